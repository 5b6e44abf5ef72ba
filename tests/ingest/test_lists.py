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
