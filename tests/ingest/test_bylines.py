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
