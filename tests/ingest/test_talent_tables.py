"""Talent and honour lists as tables: a cell of unit and post or title (`工作单位及职务`: 某研究院研究员) gives the
unit with the title or post (a head post LEADS the unit), and a person's 依托单位 in a row with no project is
where the person works; a nominating body is named though no project is."""

from __future__ import annotations

from ingest.blocks import BlockWriter
from ingest.model import Extraction
from tests.ingest.facts import extract_text, names, relations


def _table(rows: list[list[str]]) -> Extraction:
    out = BlockWriter()
    out.add_table(rows, header_rows=1)
    text, blocks = out.result()
    return extract_text(text, "doc.html", blocks)


def test_a_unit_with_its_post_or_title_in_one_cell() -> None:
    ex = _table([["序号", "姓名", "工作单位及职务", "学科领域"],
                 ["1", "王立新", "东川大学环境学院院长", "环境科学"],
                 ["2", "陈海燕", "东川研究院研究员", "材料科学"]])
    works = {(r.source, r.target): (r.title, r.position) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert works == {("王立新", "东川大学环境学院"): (None, "院长"), ("陈海燕", "东川研究院"): ("研究员", None)}
    assert relations(ex, "LEADS") == {("王立新", "东川大学环境学院")}


def test_a_host_unit_with_no_project_is_the_person_s_workplace() -> None:
    ex = _table([["入选者", "依托单位", "推荐部门"], ["王立新", "东川大学", "东川省教育厅"]])
    assert relations(ex, "WORKS_AT") == {("王立新", "东川大学")}
    assert "东川省教育厅" in names(ex, "Organization")
