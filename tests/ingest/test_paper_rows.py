"""代表性论文 rows cut by a page break: the row's head, its citation cell, then every cut cell's rest.

Given a table whose second row was cut by a page break (the head `Randomized` / `Annals of` with the
year, impact factor, first authors and `SCI-`, then, indented after the citation cell, the rest of the
title, the journal, volume and pages, more authors and the indexing), the row reads as one paper, not
as a one-word paper `Randomized` and a headless `… lantern fever …` one. Invented names throughout.
"""

from __future__ import annotations

from ingest.genres.award_papers import PaperRecord, parse_papers
from ingest.kit.text import lines_of

PAGE_BROKEN = """1 Seasonal
patterns of
lantern fever: study 7
Journal
of Invented
Medicine
2019年
42卷
3期
101-109
页
5.2 柏文澜，祁
远舟，蓝星河
蓝星河 SCI-
EXPA
NDED
、SS
CI、
JCR 31 否

2
Randomized
Annals
of
2023年 16.8
鹿鸣川, 祁
远舟, 柏文澜,
蓝星河
SCI-
254 否

 assessment of
 lantern fever
 in river towns:
 trial
 60
 Invented
 Surgery
 54卷
 1期
 448-459
 页
 云海生, 岑
 北辰
 EXPA
 NDED
 、SS
 CI、
 JCR
3 Cohort
study of
marsh cough: wave
88  Journal
of Invented
Medicine
2021年
45卷
2期
200-210
页
3.1 岑北辰，鹿鸣川
鹿鸣川 SCI-
EXPANDED 12 否
"""


def _papers(text: str) -> dict[int, PaperRecord]:
    return {p.number: p for p in parse_papers(lines_of(text))}


def test_a_row_cut_by_a_page_break_is_one_paper() -> None:
    papers = _papers(PAGE_BROKEN)
    assert sorted(papers) == [1, 2, 3]
    cut = papers[2]
    assert cut.title == "Randomized assessment of lantern fever in river towns: trial 60"
    assert cut.journal == "Annals of Invented Surgery"
    assert (cut.year, cut.volume, cut.issue, cut.pages) == (2023, "54", "1", "448-459")
    assert (cut.impact_factor, cut.citations, cut.indexed_in) == (16.8, 254, ("SCI-EXPANDED", "SSCI", "JCR"))


def test_authors_after_the_page_break_follow_the_first_ones() -> None:
    cut = _papers(PAGE_BROKEN)[2]
    assert [(a.name, a.order) for a in cut.authors] == [
        ("鹿鸣川", 1), ("祁远舟", 2), ("柏文澜", 3), ("蓝星河", 4), ("云海生", 5), ("岑北辰", 6)]


def test_rows_around_the_cut_one_keep_their_own_cells() -> None:
    papers = _papers(PAGE_BROKEN)
    assert (papers[1].title, papers[1].journal, papers[1].pages) == (
        "Seasonal patterns of lantern fever: study 7", "Journal of Invented Medicine", "101-109")
    assert [a.name for a in papers[1].authors if a.corresponding] == ["蓝星河"]
    assert papers[3].journal == "Journal of Invented Medicine"  # `88` ends the title, it numbers no row
    assert (papers[3].title, papers[3].year, papers[3].citations) == ("Cohort study of marsh cough: wave 88", 2021, 12)


COMPLETE_THEN_INDENTED = """1 Seasonal
patterns of
lantern fever: study 7
Journal
of Invented
Medicine
2019年 42卷 3期 101-109页 5.2
柏文澜，祁远舟
祁远舟 SCI-EXPANDED、SSCI 31 否

 Tidal
 wetland ague
 Invented
 Surgery
 2020年 54卷 1期 448-459页
 云海生, 岑北辰
 JCR
"""


def test_indented_lines_after_a_complete_row_are_not_joined_to_it() -> None:
    papers = parse_papers(lines_of(COMPLETE_THEN_INDENTED))
    assert [(p.title, p.pages) for p in papers][0] == ("Seasonal patterns of lantern fever: study 7", "101-109")
    assert [a.name for a in papers[0].authors] == ["柏文澜", "祁远舟"]
    assert len(papers) == 2 and papers[1].pages == "448-459"


def test_a_paper_row_s_volume_issue_and_pages_column_and_its_starred_corresponding_author() -> None:
    from tests.ingest.facts import extract_text

    ex = extract_text("| 序号 | 论文题目 | 作者 | 期刊 | 年份 | 卷(期):页码 |\n| --- | --- | --- | --- | --- | --- |\n"
                      "| 1 | 湖泊蓝藻水华遥感监测方法 | 林小溪*, 韩东 | 环境科学学报 | 2021 | 41(3):100-110 |\n", "papers.md")
    paper = next(e for e in ex.entities if str(e.type) == "Paper")
    assert (paper.year, paper.volume, paper.issue, paper.pages) == (2021, "41", "3", "100-110")
    authored = {(r.source, r.order, r.corresponding) for r in ex.relations if str(r.type) == "AUTHORED"}
    assert authored == {("林小溪", 1, True), ("韩东", 2, None)}


def test_a_paper_listed_on_a_line_labelled_with_its_author_is_theirs() -> None:
    """`4.甲论文：某某研究，某学报，2031年4月，省刊`: the paper with its journal and year, the author its first."""
    from tests.ingest.facts import entity, extract_text, relations

    x = extract_text("中心成员论文\n4.林晓岚论文：南山古戏台营造技艺的调查与分析，东川学院学报，2031年4月，省刊\n"
                     "5.周文博、吴一凡的论文：抢救与换装：民间剪纸纹样的保护研究，文艺生活，2030年02期，省刊\n")
    paper = entity(x, "Paper", "抢救与换装：民间剪纸纹样的保护研究")
    assert (paper.journal, paper.year) == ("文艺生活", 2030)
    assert relations(x, "AUTHORED") == {("林晓岚", "南山古戏台营造技艺的调查与分析"), ("周文博", paper.name),
                                        ("吴一凡", paper.name)}
    assert ("南山古戏台营造技艺的调查与分析", "东川学院学报") in relations(x, "PUBLISHED_IN")


def test_a_bibliographic_export_s_source_column_beside_titles_is_the_journal(tmp_path) -> None:
    """`题名,作者,来源,发表时间,…` (a database's export of papers): each paper PUBLISHED_IN the source, its authors
    (parted by `;`) in order."""
    from ingest.pipeline import extract_file
    from tests.ingest.facts import relations

    (tmp_path / "export.csv").write_text(
        "题名,作者,来源,发表时间,数据库,被引,下载\n新时代高校教师专业发展路径研究,林小溪;柯远山,北辰教育研究,2031-03-15,期刊,12,2341\n"
        "乡村教育振兴的现实困境与对策,魏星河,南湖教育学刊,2030-11-02,期刊,5,1203\n", encoding="utf-8")
    _, x = extract_file(tmp_path / "export.csv")
    assert relations(x, "PUBLISHED_IN") == {("新时代高校教师专业发展路径研究", "北辰教育研究"), ("乡村教育振兴的现实困境与对策", "南湖教育学刊")}
    order = {r.source: r.order for r in x.relations if r.type.value == "AUTHORED" and r.target == "新时代高校教师专业发展路径研究"}
    assert order == {"林小溪": 1, "柯远山": 2}


def test_a_source_column_beside_no_paper_s_title_is_no_journal(tmp_path) -> None:
    from ingest.pipeline import extract_file
    from tests.ingest.facts import names

    (tmp_path / "news.csv").write_text("标题,来源,日期\n北辰大学召开科研工作会议,北辰大学新闻网,2031-03-15\n", encoding="utf-8")
    _, x = extract_file(tmp_path / "news.csv")
    assert not names(x, "Journal")
