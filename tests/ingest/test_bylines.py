"""A paper's first page as Chinese journals set it: the title over one or two headings, the authors on a line
parted by commas, their unit in brackets under them, numbered where there are several. Names invented."""

from __future__ import annotations

from graph.schema import Label, RelType
from ingest.extract import extract
from ingest.model import Extraction
from ingest.readers import read_upload


def _extract(page: str) -> Extraction:
    return extract(read_upload(page.encode("utf-8"), "paper.md"))


def test_the_authors_under_a_title_write_the_paper_in_order_and_work_at_the_unit_in_brackets() -> None:
    ex = _extract("## 考虑不对称故障的\n\n## 灯笼骨架暂态混合仿真方法\n\n王立新，陈海燕，孙建国\n\n"
                  "(东川电力科学研究院，东川市北区 100192)\n\n## 参考文献\n")
    papers = [e.name for e in ex.entities if e.type is Label.PAPER]
    assert papers == ["考虑不对称故障的灯笼骨架暂态混合仿真方法"]
    authored = {(r.source, r.order) for r in ex.relations if r.type is RelType.AUTHORED}
    assert authored == {("王立新", 1), ("陈海燕", 2), ("孙建国", 3)}
    works = {(r.source, r.target) for r in ex.relations if r.type is RelType.WORKS_AT}
    assert works == {("王立新", "东川电力科学研究院"), ("陈海燕", "东川电力科学研究院"), ("孙建国", "东川电力科学研究院")}


def test_authors_numbered_for_several_units_work_at_the_unit_of_their_number() -> None:
    ex = _extract("## 湖泊沉积物中磷的释放机制研究\n\n王立新1，陈海燕2，孙建国1\n\n（1. 东川大学环境学院，东川 100084；2. 北湖研究所，北湖 100085）\n")
    works = {(r.source, r.target) for r in ex.relations if r.type is RelType.WORKS_AT}
    assert works == {("王立新", "东川大学环境学院"), ("陈海燕", "北湖研究所"), ("孙建国", "东川大学环境学院")}


def test_a_line_of_names_without_a_unit_under_it_is_no_by_line() -> None:
    ex = _extract("## 2031年度优秀教师\n\n王立新，陈海燕，孙建国\n\n以上同志表现突出。\n")
    assert not [e for e in ex.entities if e.type is Label.PAPER]


def test_a_plain_text_article_page_with_numbered_units_its_funding_line_and_its_corresponding_author() -> None:
    """An article page as plain text: the title line (no heading marked), the authors numbered for their units,
    the units in brackets; `基金项目：甲（号）；乙（号）` each programme without its number; `通信作者：丁` the
    corresponding author alone, not the names on the lines after."""
    text = ("高原冰川退缩对下游水资源的影响研究\n"
            "柯振邦1，诸葛岚2，司马青1，乔远鸣1*\n"
            "(1.南州大学 地理科学学院，南州 510000；2.西岭省水文局，西岭 610000)\n"
            "摘要：目的 探讨高原冰川退缩对下游水资源的影响。方法 采用遥感监测数据进行分析。\n"
            "基金项目：国家自然科学基金面上项目（42171234）；西岭省科技厅重点研发计划（2031YFS0012）\n"
            "通信作者：乔远鸣，教授，E-mail：qiaoym@nzu.edu.cn\n"
            "引用本文：柯振邦，诸葛岚，司马青，等. 高原冰川退缩对下游水资源的影响研究[J]. 南州地理学报，2031，12（3）：45-52.\n")
    ex = extract(read_upload(text.encode("utf-8"), "article.txt"))
    paper = "高原冰川退缩对下游水资源的影响研究"
    authored = {(r.source, r.order, r.corresponding) for r in ex.relations if str(r.type) == "AUTHORED" and r.target == paper}
    assert authored == {("柯振邦", 1, None), ("诸葛岚", 2, None), ("司马青", 3, None), ("乔远鸣", 4, True)}
    works = {(r.source, r.target) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert {("诸葛岚", "西岭省水文局"), ("柯振邦", "南州大学地理科学学院")} <= works
    programmes = {e.name for e in ex.entities if str(e.type) == "Project"}
    assert programmes == {"国家自然科学基金面上项目", "西岭省科技厅重点研发计划"}
