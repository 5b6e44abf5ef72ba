"""Papers listed with book-title marks, as humanities and social-science CVs write them (`甲：《题名》，《刊名》2019年第2期`):
the title, the journal, the year, volume, issue and pages, and the authors in order where the line names them; a
book, a sentence and a line that goes on after its locator are no paper."""

from __future__ import annotations

import pytest

from ingest.nlp.marked_citations import parse_marked_citation
from tests.ingest.facts import extract_text, names


def _read(line: str) -> tuple[object, ...] | None:
    r = parse_marked_citation(line, 0, len(line))
    if r is None:
        return None
    return (r.title, r.journal, r.year, r.volume, r.issue, r.pages, [(a.name, a.corresponding) for a in r.authors])


@pytest.mark.parametrize(("line", "expected"), [
    ("1. 《北辰书院与地方社会》，《西岭史学》2031年第4期。",
     ("北辰书院与地方社会", "西岭史学", 2031, None, "4", None, [])),
    ("2. 柯振邦：《南州市镇的商业网络》，《东川经济史研究》2029年第2期，第33-48页。",
     ("南州市镇的商业网络", "东川经济史研究", 2029, None, "2", "33-48", [("柯振邦", False)])),
    ("（3）柯振邦、乔远鸣：《驿传制度新探》，载《西岭史学》2027年第1期（人大复印资料全文转载）",
     ("驿传制度新探", "西岭史学", 2027, None, "1", None, [("柯振邦", False), ("乔远鸣", False)])),
    ("柯振邦，欧阳舒（通讯作者），“面向边缘计算的任务调度方法”，《南州计算机学报》，2025年第38卷第5期，第1001-1015页。",
     ("面向边缘计算的任务调度方法", "南州计算机学报", 2025, "38", "5", "1001-1015", [("柯振邦", False), ("欧阳舒", True)])),
    ("代表作：《港口贸易的长时段观察》，《东川社会科学》，2024（3）：45-52",
     ("港口贸易的长时段观察", "东川社会科学", 2024, None, "3", "45-52", [])),
    # a CV's own paper with its person's part and co-authors noted after the title, the journal's new name after it
    ("1.《冰川退缩的政治经济学》（第一作者，与乔远鸣、欧阳舒合作），载《西岭政治学研究》，2031年第1期，第5至26页。",
     ("冰川退缩的政治经济学", "西岭政治学研究", 2031, None, "1", "5-26", [("乔远鸣", False), ("欧阳舒", False)])),
    ("4.《边疆治理的历史演进》（第二作者，与欧阳舒合作），载《北辰区域研究》（现更名为《北辰区域学报》），2028年第3期，第61至80页。",
     ("边疆治理的历史演进", "北辰区域研究", 2028, None, "3", "61-80", [("欧阳舒", False)])),
])
def test_a_marked_reference_gives_its_parts(line: str, expected: tuple[object, ...]) -> None:
    assert _read(line) == expected


@pytest.mark.parametrize("line", [
    "《北辰书院研究》（专著），北辰人民出版社，2030年。",  # a book
    "柯振邦、乔远鸣：《北辰书院研究》，《西岭文库》，南州大学出版社2030年版。",
    "论文《北辰书院与地方社会》发表于《西岭史学》2031年第4期。",  # a sentence about a paper, read elsewhere
    "根据《南州市科技计划管理办法》，《关于开展申报工作的通知》2031年第4期起施行，请各单位遵照执行。",
    "《北辰书院与地方社会》，《西岭史学》",  # no year
])
def test_what_is_no_marked_reference(line: str) -> None:
    assert _read(line) is None


def test_a_cv_s_marked_list_gives_papers_journals_and_ordered_authors() -> None:
    ex = extract_text("柯振邦，南州大学历史学院教授。\n\n代表性成果：\n"
                      "1. 《北辰书院与地方社会》，《西岭史学》2031年第4期。\n"
                      "2. 柯振邦、乔远鸣：《驿传制度新探》，《东川历史研究》2027年第1期，第5-20页。\n"
                      "3. 《北辰书院研究》（专著），北辰人民出版社，2026年。\n")
    assert names(ex, "Paper") == {"北辰书院与地方社会", "驿传制度新探"}
    assert names(ex, "Journal") == {"西岭史学", "东川历史研究"}
    authored = {(r.source, r.target, r.order) for r in ex.relations if str(r.type) == "AUTHORED"}
    assert authored == {("柯振邦", "驿传制度新探", 1), ("乔远鸣", "驿传制度新探", 2)}
    published = {(r.source, r.target) for r in ex.relations if str(r.type) == "PUBLISHED_IN"}
    assert published == {("北辰书院与地方社会", "西岭史学"), ("驿传制度新探", "东川历史研究")}


def test_the_co_authors_a_cv_notes_are_ordered_around_its_person_where_the_note_says_their_place() -> None:
    """`（第三作者，与甲、乙合作）`: 甲 first, 乙 second; `（通讯作者，与甲合作）`: 甲 wrote it too, in no order said."""
    def orders(line: str) -> list[tuple[str, int | None]]:
        r = parse_marked_citation(line, 0, len(line))
        assert r is not None
        return [(a.name, a.order) for a in r.authors]

    assert orders("《边疆贸易与城市》（第三作者，与乔远鸣、欧阳舒合作），载《北辰区域研究》，2028年第5期，第7至28页。") == [
        ("乔远鸣", 1), ("欧阳舒", 2)]
    assert orders("《边疆贸易与城市》（第一作者，与乔远鸣、欧阳舒合作），载《北辰区域研究》，2028年第5期。") == [
        ("乔远鸣", 2), ("欧阳舒", 3)]
    assert orders("《边疆贸易与城市》（通讯作者，与乔远鸣合作），载《北辰区域研究》，2028年第5期。") == [("乔远鸣", None)]
