"""代表性论文 cells that share a PDF line, set apart by a run of blanks, are read as separate cells.

Given a table where the title's last words and the journal's first word share a line (`wave 12  Journal`),
and the journal's last word and the year cell share another (`Medicine  2020年`), each paper gets its
title alone, its whole journal and its year, not a title that swallowed the journal and the year.
Invented names and invented journals throughout.
"""

from __future__ import annotations

from ingest.genres.award_paper_rows import Tok, tokenize
from ingest.genres.award_paper_title import split_title_journal
from ingest.genres.award_papers import PaperRecord, parse_papers
from ingest.kit.text import Line, lines_of

SHARED_LINES = """1 Seasonal
patterns of
lantern fever: wave 12  Journal
of Invented
Medicine  2020年
42卷
3期
101-109
页
5.2 柏文澜，祁远舟
祁远舟 SCI-EXPANDED、SSCI 31 否
2 Tidal
wetland ague
in Old Harbour  Northern
Invented
Letters  2021年
7卷
2期
55-60
页
3.4 云海生，岑北辰
岑北辰 SCI-EXPANDED 12 否
3 Cohort
study of marsh cough: wave 14  Southern
Journal of Invented Surgery
2022年 9卷 1期 1-9页 2.5
鹿鸣川，云海生
云海生 SCI-EXPANDED 3 否
"""

CUT_HEAD = """1 Dune  Borealis  2023年 16.8
鹿鸣川, 祁远舟
祁远舟 SCI-EXPANDED 40 否

 fever in
 sand towns:
 wave 60
 Invented
 Geography
 54卷
 1期
 448-459
 页
2 Seasonal
patterns of
lantern fever: wave 12
Journal of Invented Medicine
2019年 42卷 3期 101-109页 5.2
柏文澜，祁远舟
祁远舟 SCI-EXPANDED 31 否
"""


def _papers(text: str) -> dict[int, PaperRecord]:
    return {p.number: p for p in parse_papers(lines_of(text))}


def test_the_year_cell_after_the_journal_on_its_line_is_the_year() -> None:
    paper = _papers(SHARED_LINES)[1]
    assert paper.title == "Seasonal patterns of lantern fever: wave 12"
    assert paper.journal == "Journal of Invented Medicine"
    assert (paper.year, paper.volume, paper.issue, paper.pages) == (2020, "42", "3", "101-109")


def test_a_journal_opened_after_the_title_on_its_line_is_whole() -> None:
    paper = _papers(SHARED_LINES)[2]
    assert paper.title == "Tidal wetland ague in Old Harbour"  # capitalised words end the title
    assert paper.journal == "Northern Invented Letters"  # and no `Journal`/`Annals` word opens the journal
    assert paper.year == 2021


def test_a_journal_opened_after_the_title_starts_there_not_at_its_journal_word() -> None:
    paper = _papers(SHARED_LINES)[3]
    assert paper.title == "Cohort study of marsh cough: wave 14"
    assert paper.journal == "Southern Journal of Invented Surgery"


def test_a_journal_opened_on_the_head_line_of_a_cut_row_takes_its_rest() -> None:
    papers = _papers(CUT_HEAD)
    assert sorted(papers) == [1, 2]
    assert papers[1].title == "Dune fever in sand towns: wave 60"
    assert papers[1].journal == "Borealis Invented Geography"
    assert (papers[1].year, papers[1].impact_factor, papers[1].pages) == (2023, 16.8, "448-459")
    assert papers[2].journal == "Journal of Invented Medicine"


def test_a_run_of_blanks_inside_one_cell_keeps_it_whole() -> None:
    names = tokenize(Line(0, "柏文澜，  祁远舟", jump=False))
    assert [(t.kind, t.text) for t in names] == [("cjk", "柏文澜，  祁远舟")]
    words = tokenize(Line(0, "patterns of  lantern fever", jump=False))
    assert [t.text for t in words] == ["patterns of  lantern fever"]


def test_the_cell_after_a_run_of_blanks_is_marked_as_opening_a_cell() -> None:
    toks = tokenize(Line(10, "Medicine  2020年", jump=True))
    assert [(t.kind, t.text, t.start, t.jump, t.opens_cell) for t in toks] == [
        ("latin", "Medicine", 10, True, False), ("yvp", "2020年", 20, False, True)]


QUALIFIED_JOURNAL = """1 Cohort
study of marsh cough: wave 15
European
Journal of Invented Surgery
2022年 9卷 1期 1-9页 2.5
鹿鸣川，云海生
云海生 SCI-EXPANDED 3 否
"""


def test_a_word_such_as_european_before_the_journal_word_opens_the_journal() -> None:
    paper = _papers(QUALIFIED_JOURNAL)[1]
    assert (paper.title, paper.journal) == ("Cohort study of marsh cough: wave 15", "European Journal of Invented Surgery")


def test_a_short_word_before_the_journal_is_the_title_end_not_a_lost_word_tail() -> None:
    cells = [Tok("latin", "Prospective analysis of dune fever", 0), Tok("latin", "in", 40), Tok("latin", "Borealis", 45)]
    assert split_title_journal(cells, [], headless=False) == ("Prospective analysis of dune fever in", "Borealis")


def test_a_programme_s_table_of_presenters_and_their_papers_gives_each_paper_its_authors() -> None:
    """`場次 | 主持人 | 發表人 | 論文題目` (a conference's programme, in Traditional characters): the presenters are
    the paper's authors, two of them in one cell (read in Simplified, as extraction reads every text)."""
    from ingest.blocks import BlockWriter
    from tests.ingest.facts import extract_text, relations

    out = BlockWriter()
    out.add_table([["場次", "主持人", "發表人", "論文題目"], ["一", "柯振邦", "諸葛嵐", "北辰方言的聲調研究"],
                   ["", "", "喬遠鳴、司馬青", "南州話的詞彙變異"]], header_rows=1)
    text, blocks = out.result()
    ex = extract_text(text, "programme.html", blocks)
    authored = relations(ex, "AUTHORED")
    assert {("诸葛岚", "北辰方言的声调研究"), ("乔远鸣", "南州话的词汇变异"), ("司马青", "南州话的词汇变异")} <= authored
    assert not relations(ex, "LEADS")  # the session's chair leads no paper
