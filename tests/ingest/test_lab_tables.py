"""A group's page of tables, as lab sites write them: a table of projects whose cell gives the programme on one
line and the title on the next, a column of states (已结题) where numbers are missing; and a roll of students by
year and degree, their names written in Chinese or in Latin letters with the Chinese in brackets. Names and
titles invented."""

from __future__ import annotations

from graph.schema import Label, RelType
from ingest.extract import extract
from ingest.model import Extraction
from ingest.readers import read_upload

_PROJECTS = """### 科研项目

| **时间** | **职责** | **课题** | **基金号** |
| --- | --- | --- | --- |
| 2031.01-2034.12 | **主持** | **国家自然科学基金面上项目** <br> <small> 薄膜流动的数值方法研究</small> | 12573042 |
| 2029.01-2031.12 | 参与 | **湖东省自然科学基金重大项目·课题四** <br> <small> 多孔介质的热对流机理 </small> | <small>已结题</small> |
"""

_ROLL = """### 毕业生

| **年份** | **博士** | **硕士** |
| --- | --- | --- |
| 2031 | ⛷ Z. Lin <small>(林知远)</small><br>⛷ J. Su <small>(苏景行)</small> | Q. Zhou <small>(周清和)</small> |
| 2030 | 韩冬青<br>柯蓝 | 许青禾 |
"""


def _extract(text: str) -> Extraction:
    return extract(read_upload(text.encode("utf-8"), "lab.md"))


def test_a_project_cell_of_programme_and_title_gives_the_project_part_of_the_programme() -> None:
    ex = _extract(_PROJECTS)
    projects = {e.name: (e.kind, e.year, e.code) for e in ex.entities if e.type is Label.PROJECT}
    assert projects == {
        "薄膜流动的数值方法研究": ("research_project", 2031, "12573042"),
        "国家自然科学基金面上项目": ("programme", None, None),
        "多孔介质的热对流机理": ("research_project", 2029, None),  # 已结题 is a state, not a number
        "湖东省自然科学基金重大项目·课题四": ("programme", None, None),
    }
    assert {(r.source, r.target) for r in ex.relations if r.type is RelType.PART_OF} == {
        ("薄膜流动的数值方法研究", "国家自然科学基金面上项目"), ("多孔介质的热对流机理", "湖东省自然科学基金重大项目·课题四")}


def test_a_roll_of_students_by_year_gives_every_name_as_a_person_glossed_latin_names_by_their_chinese() -> None:
    people = {e.name for e in _extract(_ROLL).entities if e.type is Label.PERSON}
    assert people == {"林知远", "苏景行", "周清和", "韩冬青", "柯蓝", "许青禾"}
