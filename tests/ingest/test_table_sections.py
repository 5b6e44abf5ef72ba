"""A CV exported as one sheet: the person's record as label and value rows, then captioned tables of projects and
patents, each with a header row of its own inside the one table (ingest.tables.sections). The record's person
works at its unit; a project row's `角色` (主持, 参与) is that person's part in the project."""

from __future__ import annotations

from pathlib import Path

from ingest.blocks import BlockKind
from ingest.pipeline import extract_file
from ingest.readers import read_document
from ingest.reading import Document
from tests.ingest.facts import relations

CV = """字段,内容,,,
学校,东川大学,,,
学院,环境学院,,,
姓名,王立新,,,
职称,教授,,,
科研项目,,,,
项目名称,项目编号,起止时间,经费,角色
湖泊沉积物磷释放机制研究,52022026,2021-01至2023-12,120万,主持
城市内涝预警模型研究,11875118,2019-01至2022-12,66万元,参与
专利,,,,
专利名称,专利号,,,
一种土壤修复装置,ZL202120234567.X,,,
"""


def test_the_sheet_is_cut_into_its_tables_with_their_captions(tmp_path: Path) -> None:
    (tmp_path / "cv.csv").write_text(CV, encoding="utf-8")
    blocks = Document.of(read_document(tmp_path / "cv.csv")).blocks
    assert [b.kind for b in blocks] == [BlockKind.TABLE, BlockKind.HEADING, BlockKind.TABLE, BlockKind.HEADING,
                                        BlockKind.TABLE]


def test_the_record_s_person_works_at_its_unit_and_leads_the_projects_the_role_says(tmp_path: Path) -> None:
    (tmp_path / "cv.csv").write_text(CV, encoding="utf-8")
    ex = extract_file(tmp_path / "cv.csv")[1]
    assert ("王立新", "东川大学环境学院") in relations(ex, "WORKS_AT")
    assert relations(ex, "LEADS") == {("王立新", "湖泊沉积物磷释放机制研究")}
    assert relations(ex, "MEMBER_OF") == {("王立新", "城市内涝预警模型研究")}
    assert "项目名称" not in {e.name for e in ex.entities}  # an inner header is no row


def test_a_form_with_labels_the_vocabulary_does_not_know_is_still_a_form() -> None:
    from ingest.blocks import BlockWriter
    from tests.ingest.facts import extract_text

    out = BlockWriter()
    out.add_table([["字段", "内容"], ["学校", "东川大学"], ["学院", "环境学院"], ["姓名", "王立新"], ["职称", "教授"],
                   ["最高学历", "研究生"], ["最高学位", "博士"], ["办公地点", "东川市北湖路1号"]], header_rows=1)
    text, blocks = out.result()
    ex = extract_text(text, "doc.html", blocks)
    assert {e.name for e in ex.entities if str(e.type) == "Organization"} == {"东川大学", "东川大学环境学院"}
    assert ("王立新", "东川大学环境学院") in relations(ex, "WORKS_AT")


def test_a_cv_s_project_written_as_one_cell_of_pieces() -> None:
    from ingest.blocks import BlockWriter
    from tests.ingest.facts import extract_text

    out = BlockWriter()
    out.add_table([["字段", "内容"], ["学校", "东川大学"], ["姓名", "王立新"], ["职称", "教授"]], header_rows=1)
    out.add_table([["序号", "科研项目"],
                   ["1", "国家自然科学基金重点项目（62231014）：湖泊沉积物磷释放机制研究，2023.1-2027.12，在研，项目负责人"],
                   ["2", "东川研究院，横向项目，水质监测设备采购，2022.1-2022.6，结题，主要参与人"]], header_rows=1)
    text, blocks = out.result()
    ex = extract_text(text, "doc.html", blocks)
    projects = {e.name: (e.year, e.code) for e in ex.entities if str(e.type) == "Project" and e.kind == "research_project"}
    assert projects == {"湖泊沉积物磷释放机制研究": (2023, "62231014"), "水质监测设备采购": (2022, None)}
    assert relations(ex, "LEADS") == {("王立新", "湖泊沉积物磷释放机制研究")}
    assert relations(ex, "MEMBER_OF") == {("王立新", "水质监测设备采购")}
    assert relations(ex, "FUNDED_BY") == {("水质监测设备采购", "东川研究院")}
