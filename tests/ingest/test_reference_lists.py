"""A researcher's page lists their papers as references in Latin letters: every paper comes out with its
journal and its authors as the page writes them, in order and with their marks; none of them is read as the
page's Chinese-named person, whom pinyin does not tell from another of the same reading. Pages in Markdown, HTML (a list, a table) and
plain text; names and titles invented."""

from __future__ import annotations

import pytest

from graph.schema import Label
from ingest.extract import extract
from ingest.model import Extraction, Relation
from ingest.readers import read_upload

_MARKDOWN = """---
title: 饶鸿
authors:
  - Hong Rao
---
### 个人简介
饶鸿，东川大学化学学院教授，博士生导师。

### 代表性论文

1. Tang, Y.; Lu, H.; Shi, A.-C.\\*; Rao, H.\\*,Entropy-Driven Drift of Beads on Woven Threads. ***Macrochains*** 2024, 57(4), 1846-1858.

2. Rao, H.; Mao, J.\\* One-pot routes to grafted lanterns: An in-silico insight. *Lantern Science and Technology* 2024, 251, 110583.
"""

_HTML = """<html><body><h1>韦望舒课题组</h1><p>韦望舒，南江大学物理学院教授。</p>
<ol><li>Q. Xu, M. Tang and <u>W. Wei</u>, “A kinetic view of lantern frames,” <i>Lantern Letters</i>, vol. 4,
no. 1, pp. 1–9, 2021.</li></ol>
<table><tr><th>序号</th><th>论文</th></tr>
<tr><td>1</td><td>Wei, W.; Lin, X.* Quiet lights in dark rooms. Phys. Rev. Lanterns 2022, 128, 056001.</td></tr>
<tr><td>2</td><td>Lin X, Wei W*. Shadows on the northern shore. Optica Lanterns, 2021, 8(2): 101-109.</td></tr>
</table></body></html>"""


def _extract(data: str, name: str) -> Extraction:
    return extract(read_upload(data.encode("utf-8"), name))


def _authored(extraction: Extraction) -> dict[tuple[str, str], Relation]:
    return {(r.source, r.target): r for r in extraction.relations if str(r.type) == "AUTHORED"}


def test_a_markdown_page_s_references_and_its_person_as_their_author() -> None:
    extraction = _extract(_MARKDOWN, "rao.md")
    papers = {e.name: e for e in extraction.entities if str(e.type) == "Paper"}
    first = papers["Entropy-Driven Drift of Beads on Woven Threads"]
    assert (first.journal, first.year, first.volume, first.issue, first.pages) == ("Macrochains", 2024, "57", "4",
                                                                                    "1846-1858")
    assert papers["One-pot routes to grafted lanterns: An in-silico insight"].pages == "110583"
    assert {e.name for e in extraction.entities if str(e.type) == "Journal"} >= {"Macrochains",
                                                                                 "Lantern Science and Technology"}
    authored = _authored(extraction)
    owner = authored[("Rao, H.", "Entropy-Driven Drift of Beads on Woven Threads")]
    assert (owner.order, owner.corresponding) == (4, True)
    second = authored[("Rao, H.", "One-pot routes to grafted lanterns: An in-silico insight")]
    assert (second.order, second.corresponding) == (1, None)
    assert not [key for key in authored if key[0] == "饶鸿"]
    assert authored[("Shi, A.-C.", "Entropy-Driven Drift of Beads on Woven Threads")].corresponding
    assert ("PUBLISHED_IN", first.name, "Macrochains") in {(str(r.type), r.source, r.target)
                                                           for r in extraction.relations}


def test_references_in_an_html_list_and_in_table_cells_are_read() -> None:
    extraction = _extract(_HTML, "wei.html")
    authored = _authored(extraction)
    assert {title for who, title in authored if who.replace(".", "").replace(",", "") in ("W Wei", "Wei W")} == {
        "A kinetic view of lantern frames", "Quiet lights in dark rooms", "Shadows on the northern shore"}
    assert (authored[("Wei W", "Shadows on the northern shore")].order,
            authored[("Wei W", "Shadows on the northern shore")].corresponding) == (2, True)


def test_no_chinese_named_person_of_the_page_is_read_as_a_latin_author() -> None:
    text = ("东川大学化学学院饶鸿教授、物理学院饶浩教授共同指导。\n"
            "1. Rao, H.; Tang, Y.* Quiet lights in dark rooms. Lantern Letters 2022, 12, 101-109.\n")
    extraction = _extract(text, "two.txt")
    assert "Quiet lights in dark rooms" in {e.name for e in extraction.entities if str(e.type) == "Paper"}
    assert {"饶鸿", "饶浩"} <= {e.name for e in extraction.entities if str(e.type) == "Person"}
    assert not [key for key in _authored(extraction) if key[0] in ("饶鸿", "饶浩")]


def test_sentences_and_addresses_on_a_page_are_no_papers() -> None:
    text = ("饶鸿，东川大学化学学院教授。\n"
            "Department of Chemistry, Dongchuan University, Lantern City 100084, 2020, 12, 45.\n"
            "Prof. Hong Rao has published more than 100 papers in 2020, 12, 45.\n")
    assert not [e for e in _extract(text, "addr.txt").entities if str(e.type) == "Paper"]


def test_a_reference_wrapped_across_lines_is_read_whole() -> None:
    text = ("饶鸿，东川大学化学学院教授。\n代表性论文\n"
            "1. Tang, Y.; Lu, H.; Rao, H.* Entropy-Driven Drift of Beads on\nWoven Threads. Macrochains 2024, 57(4),\n"
            "1846-1858.\n2. Rao, H.; Mao, J.* One-pot routes to grafted lanterns. Lantern Letters 2024, 251, 110583.\n")
    extraction = _extract(text, "wrapped.txt")
    papers = {e.name: e for e in extraction.entities if str(e.type) == "Paper"}
    assert set(papers) == {"Entropy-Driven Drift of Beads on Woven Threads", "One-pot routes to grafted lanterns"}
    assert papers["Entropy-Driven Drift of Beads on Woven Threads"].pages == "1846-1858"
    assert _authored(extraction)[("Rao, H.", "Entropy-Driven Drift of Beads on Woven Threads")].order == 3


def test_a_reference_wrapped_before_its_year_is_read_to_the_year() -> None:
    text = ("6. Hong Rao, Ruo Lin, and Tiao Lu. Simulation of a lantern by using closed high-order moment\n"
            "models. Journal of Scientific Lanterns , 59(3):761–774,\nJUN 2034. (T2, 2033 IF: 1.698).\n"
            "7. Hong Rao. Lanterns in the wind. Lantern Letters , 3:1–9, MAY 2033.\n")
    papers = [e for e in _extract(text, "cv.txt").entities if str(e.type) == "Paper"]
    assert [(p.name, p.year, p.pages) for p in papers] == [
        ("Simulation of a lantern by using closed high-order moment models", 2034, "761-774"),
        ("Lanterns in the wind", 2033, "1-9")]


def test_a_line_is_not_joined_to_the_reference_after_it_and_a_paper_in_press_is_a_paper() -> None:
    text = ("Ann Moss, Karl Orlov (2031) Tide tables under pressure, Journal of Imaginary Tides, In Press.\n"
            "Ann Moss and Karl Orlov (2031) Tides of the north, notes for a talk.\n"
            "Orlov, K., A. Moss and B. Lee (2031) Drift of shallow bays revisited, Imaginary Letters, 7(1): 10-19.\n")
    papers = [e for e in extract(read_upload(text.encode("utf-8"), "cv.txt")).entities if e.type is Label.PAPER]
    assert [(p.name, p.journal, p.year, p.pages) for p in papers] == [
        ("Tide tables under pressure", "Journal of Imaginary Tides", 2031, None),
        ("Drift of shallow bays revisited", "Imaginary Letters", 2031, "10-19")]


_PATENTS_MD = """---
title: Patents
---
<ol reversed>
<li>饶鸿, 韦望舒, 祁远舟. 一种灯笼骨架的编织方法[P]. 中国: ZL202410012345.6（授权公告日: 2024.04.16, <b>发明</b>）</li>
<li>韦望舒, 饶鸿. 灯笼骨架编织装置[P].（申请公布号: CN117012345A, 申请公布日: 2024.03.19, 实质审查的生效, <b>发明</b>）</li>
<li>祁远舟, 饶鸿. 灯笼骨架编织装置[P]. 中国: ZL202320054321.1（授权公告日: 2023.07.07, <b>实用新型</b>）</li>
</ol>
"""


def test_patents_in_citation_format_are_patents_with_their_inventors_not_projects() -> None:
    from tests.ingest.facts import extract_text

    extraction = extract(read_upload(_PATENTS_MD.encode("utf-8"), "patents.md"))
    patents = {e.number: e for e in extraction.entities if e.type is Label.PATENT}
    assert set(patents) == {"ZL202410012345.6", "CN117012345A", "ZL202320054321.1"}  # two of one title: two patents
    assert (patents["ZL202410012345.6"].name, patents["ZL202410012345.6"].kind) == ("一种灯笼骨架的编织方法", "invention_patent")
    assert patents["ZL202320054321.1"].kind == "utility_model" and patents["ZL202320054321.1"].date == "2023-07-07"
    invented = {(r.source, r.target): r.order for r in extraction.relations if str(r.type) == "INVENTED"}
    assert invented[("祁远舟", "ZL202410012345.6")] == 3 and invented[("祁远舟", "ZL202320054321.1")] == 1
    assert not any(e.type is Label.PROJECT for e in extraction.entities)  # no reference line read as a project
    text = "饶鸿, 韦望舒. 灯笼骨架的力学分析[J]. 青溪学报, 2021, 12(3): 45-67.\n韦望舒, 饶鸿. 灯笼的光学[J]. 青溪学报, 2022, 13(1): 1-9.\n"
    assert not any(e.type is Label.PROJECT for e in extract_text(text).entities)


def test_a_paper_titled_in_a_news_sentence_has_its_journal_and_authors() -> None:
    from tests.ingest.facts import extract_text

    text = ("近日，青溪大学韦望舒教授团队在国际期刊《Lantern Letters》上发表题为“Woven frames under light load”的研究论文。"
            "博士研究生祁远舟为论文第一作者，韦望舒教授为通讯作者。")
    extraction = extract_text(text, "news.txt")
    authored = {(r.source, r.target): r for r in extraction.relations if str(r.type) == "AUTHORED"}
    assert authored[("祁远舟", "Woven frames under light load")].order == 1
    assert authored[("韦望舒", "Woven frames under light load")].corresponding is True
    assert any(str(r.type) == "PUBLISHED_IN" and r.target == "Lantern Letters" for r in extraction.relations)


def test_a_team_s_result_published_online_in_a_journal_named_after_the_kind_of_publication() -> None:
    from tests.ingest.facts import extract_text

    text = ("8月28日，青溪农业大学韦望舒教授团队最新的研究成果“Woven lantern frames improve rice grain quality”"
            "在线发表在国际农林科学主流学术刊物《Lantern Crops Research》（中科院一区TOP期刊，IF=6.145）。")
    extraction = extract_text(text, "news.txt")
    assert {(r.source, r.target) for r in extraction.relations if str(r.type) == "PUBLISHED_IN"} == {
        ("Woven lantern frames improve rice grain quality", "Lantern Crops Research")}
    assert not [e for e in extraction.entities if str(e.type) == "Project"]


def test_a_journal_in_latin_letters_with_a_note_on_its_rank_before_the_verb() -> None:
    from tests.ingest.facts import extract_text

    text = ("近日，团队研究生祁远舟等以第一作者在权威期刊IEEE Journal of Lantern Informatics (JCR Q1, 中科院一区Top, IF: 6.7 )"
            "上发表了题为“A Multimodal Lantern Framework for Automated Sleep Staging”的研究论文。")
    assert {(r.source, r.target) for r in extract_text(text, "news.txt").relations if str(r.type) == "PUBLISHED_IN"} == {
        ("A Multimodal Lantern Framework for Automated Sleep Staging", "IEEE Journal of Lantern Informatics")}


@pytest.mark.parametrize("text", [
    "日前，机器人领域国际顶级期刊《IEEE灯笼学汇刊》（IEEE Transactions on Lanterns）在线发表了这一科研成果"
    "（《Design of a Multimode Lantern Robot》）。该论文由青溪大学完成，韦望舒副教授为论文的通讯作者。",
    "日前，国际期刊《IEEE Transactions on Lanterns》在线发表了题为“Design of a Multimode Lantern Robot”的研究论文，"
    "韦望舒副教授为论文的通讯作者。",
])
def test_a_journal_that_published_the_result_is_the_subject_of_the_sentence(text: str) -> None:
    from tests.ingest.facts import extract_text

    extraction = extract_text(text, "news.txt")
    assert {(r.source, r.target) for r in extraction.relations if str(r.type) == "PUBLISHED_IN"} == {
        ("Design of a Multimode Lantern Robot", "IEEE Transactions on Lanterns")}
    assert ("韦望舒", "Design of a Multimode Lantern Robot") in {
        (r.source, r.target) for r in extraction.relations if str(r.type) == "AUTHORED"}


@pytest.mark.parametrize(("text", "papers"), [
    ("青溪大学韦望舒教授作了题为《灯笼骨架的低开销编织》的学术报告。", set()),  # a talk
    ("课题组完成了题为《灯笼骨架的低开销编织》的研究报告。", {"灯笼骨架的低开销编织"}),
])
def test_a_talk_titled_in_a_news_sentence_is_no_paper(text: str, papers: set[str]) -> None:
    from tests.ingest.facts import extract_text

    extraction = extract_text(text, "news.txt")
    assert {e.name for e in extraction.entities if str(e.type) == "Paper"} == papers


def test_a_paper_named_in_chinese_with_its_english_title_and_its_authors_named_after_their_roles() -> None:
    from tests.ingest.facts import extract_text

    text = ("青溪大学物理系韦望舒课题组与西岭大学合作取得新进展。该成果论文《灯笼骨架的低开销编织》（Low-overhead weaving of "
            "lantern frames）近日在《自然物理》（Nature Physics）杂志发表。\n"
            "该论文通讯作者为青溪大学物理系韦望舒长聘副教授与西岭大学祁远舟研究员。西岭大学博士生蓝星河、鹿鸣川为文章共同一作。"
            "其他作者包括青溪大学博士后柏青山。")
    extraction = extract_text(text, "news.txt")
    title = "Low-overhead weaving of lantern frames"
    authored = {r.source: r for r in extraction.relations if str(r.type) == "AUTHORED" and r.target == title}
    assert authored["韦望舒"].corresponding and authored["祁远舟"].corresponding
    assert authored["蓝星河"].order == 1 and authored["鹿鸣川"].order == 1
    assert "柏青山" in authored and authored["柏青山"].order is None
    assert any(str(r.type) == "PUBLISHED_IN" and (r.source, r.target) == (title, "Nature Physics") for r in extraction.relations)


def test_typed_chinese_citations_giving_only_the_year_are_papers_in_a_list_and_in_an_exported_table() -> None:
    lines = ("林小溪, 周一鸣, 苏晚晴. 2031-2034年湖区秸秆焚烧火点的时空变化[J]. 灯笼工程学报, 2035.\n"
             "周一鸣, 林小溪. 晴空条件下地表温度生成研究[D]. 南湖大学, 2036.\n"
             "韩冬青, 林小溪. 街道空间活力测度研究[A]. 2035城市发展大会, 2035\n")
    for name, data in (("cv.txt", "代表性论文\n" + lines),
                       ("cv.csv", "section,item\n" + "".join(f'Publications,"{ln}"\n' for ln in lines.splitlines()))):
        ex = _extract(data, name)
        papers = {e.name: (e.journal, e.year) for e in ex.entities if str(e.type) == "Paper"}
        assert papers == {"2031-2034年湖区秸秆焚烧火点的时空变化": ("灯笼工程学报", 2035),
                          "晴空条件下地表温度生成研究": (None, 2036),  # a thesis names no journal
                          "街道空间活力测度研究": (None, 2035)}, name
        authored = _authored(ex)
        assert authored[("苏晚晴", "2031-2034年湖区秸秆焚烧火点的时空变化")].order == 3
        assert authored[("林小溪", "街道空间活力测度研究")].order == 2


def test_numbered_references_run_together_on_one_line_are_read_one_by_one() -> None:
    """A page whose line breaks were lost: `1. 甲. Title. Journal, 2019, … 2. 乙. …`, the items counted one after
    another on one line, is three papers, not one whose title runs over the others."""
    ex = _extract("1. Lin XX, Zhou YM. Phosphorus release from lake sediments. Water Research, 2019, 12: 45-67. "
                  "2. Lin XX, Han DQ. Carbon burial in plateau lakes. Chemosphere, 2020, 83: 909-916. "
                  "3. Ke L, Lin XX. Drought tolerant wheat breeding. Plant Science, 2021, 7: 1-9.\n", "cv.txt")
    papers = {e.name: e.journal for e in ex.entities if str(e.type) == "Paper"}
    assert papers == {"Phosphorus release from lake sediments": "Water Research",
                      "Carbon burial in plateau lakes": "Chemosphere", "Drought tolerant wheat breeding": "Plant Science"}


def test_references_run_together_after_their_label_in_the_comma_and_semicolon_styles() -> None:
    """`代表性论文： 1. Given Surname, …, et al, Title, Journal, 2012, 417: 241-247 2. …; Title; Journal; 2010, …`:
    the first item follows the label on its line, and each item is read in its own style."""
    ex = _extract("乔远鸣，甲州大学教授。\n代表性论文： 1. Yuanming Qiao, Zhenbang Ke, et al, Lantern kinetics during "
                  "night flights, Lantern Lett, 2012, 417: 241-247 2. Yuanming Qiao, Lan Zhuge; Dissolved lantern oil "
                  "in water samples; Lantern Research; 2010, 44(18): 5376-5384 3. Yuanming Qiao, Zhenbang Ke, Smoke "
                  "of lanterns by UV process, Journal of Lantern Materials, 2009, 162: 954-959\n", "cv.txt")
    papers = {e.name: e.journal for e in ex.entities if str(e.type) == "Paper"}
    assert papers == {"Lantern kinetics during night flights": "Lantern Lett",
                      "Dissolved lantern oil in water samples": "Lantern Research",
                      "Smoke of lanterns by UV process": "Journal of Lantern Materials"}


def test_a_meeting_s_paper_has_no_journal_and_a_reference_is_not_joined_to_the_next_that_opens_with_its_authors() -> None:
    """A paper in a meeting's proceedings is in no journal (no Journal, no PUBLISHED_IN); a line that ends a reference
    with its dates is not read with the next line, which opens with its own authors."""
    ex = _extract("# 饶鸿\n\n饶鸿，东川大学计算机学院教授。\n\n## 论文\n\n"
                  "- Hong Rao, Jun Mao (Corresponding Author). **A Lantern Recommendation Service Based on Woven Threads.** "
                  "In Proceedings of IEEE LANTERNS 2029, Nanzhou, Xiling, June 3-6, 2029.\n"
                  "- Rao, Hong*，Tang, Wei. Telling lanterns from their shadows at night, IEEE Workshop on Lantern "
                  "Processing Proceedings, 88-95, Nanzhou, Xiling，May 3, 2031 - May 5, 2031.\n"
                  "- Mao Jun; Rao Hong*, Tang Wei. Woven threads of a sparse lantern model, Advanced Lantern Research, "
                  "402-407,2031.\n", "cv.md")
    papers = {e.name for e in ex.entities if e.type is Label.PAPER}
    assert "A Lantern Recommendation Service Based on Woven Threads" in papers
    assert not {p for p in papers if "Woven threads of a sparse" in p and "Telling" in p}
    assert not {e.name for e in ex.entities if e.type is Label.JOURNAL and ("Proceedings" in e.name or "Workshop" in e.name)}
    authored = {(r.source, r.target, r.corresponding) for r in ex.relations if str(r.type) == "AUTHORED"}
    assert ("Jun Mao", "A Lantern Recommendation Service Based on Woven Threads", True) in authored
