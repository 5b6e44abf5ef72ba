"""Lists in any layout: project tables embedded in Markdown pages, records in front matter, committee and
talent lists, award lists in prose."""

from __future__ import annotations

from pathlib import Path

from ingest.extract import extract
from ingest.model import Extraction
from ingest.readers import read_upload
from tests.ingest.facts import entity, relations

FIXTURES = Path(__file__).parent.parent / "fixtures" / "lists"


def _read(name: str) -> Extraction:
    return extract(read_upload((FIXTURES / name).read_bytes(), name))


def test_a_centres_project_table_in_markdown_gives_its_projects_the_centre_that_undertook_them() -> None:
    extraction = _read("centre_projects.md")
    centre = "国家湖泊沉积工程技术研究中心"
    assert {p for u, p in relations(extraction, "UNIT_OF") if u == centre} == {
        "湖泊沉积物中磷的释放机制研究", "高原湖泊碳埋藏的过程与机制", "湿地植被演替的遥感监测"}
    project = entity(extraction, "Project", "湖泊沉积物中磷的释放机制研究")
    assert (project.code, project.year) == ("2021YFC3300101", 2021)  # `时间` read by its cells: a period
    assert entity(extraction, "Project", "湿地植被演替的遥感监测").code is None
    # under another heading, with no sentence saying who undertook them, the projects have no unit
    assert not any(p == "河网水质在线预警的理论与方法" for _, p in relations(extraction, "UNIT_OF"))


def _works(extraction: Extraction) -> set[tuple[str, str, str | None, str | None]]:
    return {(r.source, r.target, r.position, r.title) for r in extraction.relations if str(r.type) == "WORKS_AT"}


def test_a_committee_list_gives_each_member_the_unit_and_post_in_brackets() -> None:
    extraction = _read("committee.html")
    works = _works(extraction)
    assert ("韩冬青", "青溪大学", "副校长", "教授") in works
    assert ("柯蓝", "青溪大学教务处", "处长", None) in works
    assert ("仉云帆", "青溪大学地理科学学院", "党委书记", None) in works  # a rare surname, vouched for by the note
    assert ("丁一苇", "青溪大学", "数学建模竞赛总教练", None) in works
    assert ("宋明哲", "青溪大学教务处", "实践科科长", None) in works  # a section's post is a post of its office
    leads = {(r.source, r.target, r.role) for r in extraction.relations if str(r.type) == "LEADS"}
    assert leads == {("柯蓝", "青溪大学教务处", "处长"), ("许青禾", "青溪大学地理科学学院", "院长"),
                     ("仉云帆", "青溪大学地理科学学院", "党委书记")}
    assert ("青溪大学教务处", "青溪大学") in relations(extraction, "PART_OF")


def test_a_staff_list_of_names_and_titles_gives_each_the_unit_of_the_heading() -> None:
    extraction = _read("staff_list.md")
    assert _works(extraction) == {
        ("林小溪", "青溪大学地理科学学院", None, "教授"), ("周一帆", "青溪大学地理科学学院", None, "教授/博士生导师"),
        ("韩冬青", "青溪大学地理科学学院", None, "副教授"), ("柯蓝", "青溪大学地理科学学院", None, "副研究员")}
