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


def _csv(text: str) -> Extraction:
    return extract(read_upload(text.encode("utf-8"), "roster.csv"))


def _projects(ex: Extraction) -> list[str]:
    return [e.name for e in ex.entities if e.type is Label.PROJECT]


def _relations(ex: Extraction, *types: RelType) -> list[tuple[str, str]]:
    return [(r.source, r.target) for r in ex.relations if r.type in types]


def test_a_roster_in_traditional_characters_is_read_by_its_headers_rooms_and_terms_of_office_are_no_projects() -> None:
    ex = _csv("姓名,職稱,任期,研究室,電子郵件\n林小溪,教授,第3任所長 (2031-2034),海洋研究所121室,lin@example.edu\n"
              "周一鳴,教授,\"第1,2任所長 (2025-2031)\",海洋研究所222室,zhou@example.edu\n"
              "蘇晚晴,助理教授,,海洋研究所305室,\n")
    assert {e.name for e in ex.entities if e.type is Label.PERSON} == {"林小溪", "周一鸣", "苏晚晴"}  # the graph reads Simplified
    assert not _projects(ex)
    assert not _relations(ex, RelType.LEADS)


def test_a_degree_and_the_school_graduated_from_are_no_project_and_no_work_unit() -> None:
    ex = _csv("姓名,學歷,畢業學校,職稱\n林小溪,美國某某理工學院博士,東川大學,教授\n周一鳴,南湖大學博士,西岭大学,副教授\n"
              "蘇晚晴,北辰大學碩士,北辰大學,助理教授\n")
    assert not _projects(ex)
    assert not _relations(ex, RelType.LEADS, RelType.WORKS_AT)


def test_bilingual_headers_are_read_by_either_label() -> None:
    ex = _csv("姓名,Name,職稱 Position,專長 Specialty,E-mail\n"
              "林小溪,Xiaoxi Lin,教授兼系主任,大氣物理與雲降水物理,lin@example.edu\n"
              "周一鳴,Yiming Zhou,副教授,中尺度氣象與數值模擬,zhou@example.edu\n"
              "蘇晚晴,Wanqing Su,助理教授,衛星氣象與遙感探測,su@example.edu\n")
    assert not _projects(ex)  # a specialty, not a project's title
    assert not _relations(ex, RelType.LEADS, RelType.MEMBER_OF)
    assert {e.name for e in ex.entities if e.type is Label.PERSON} == {"林小溪", "周一鸣", "苏晚晴"}  # Name: the same people


def test_several_degrees_in_a_cell_under_an_unknown_header_are_no_project() -> None:
    ex = _csv("姓名,Education,Office\n林小溪,國立某某大學學士 (2025) 美國某某理工學院博士 (2030),A101\n"
              "周一鳴,南湖大學碩士 (2027) 東川大學博士 (2031),A102\n蘇晚晴,北辰大學學士 (2024)，北辰大學博士 (2029),A103\n")
    assert not _projects(ex)
    assert not _relations(ex, RelType.LEADS, RelType.MEMBER_OF)


def test_a_title_column_of_job_titles_in_an_export_is_no_project_and_a_name_with_its_title_is_a_person() -> None:
    ex = _csv("id,name,title,office,email\n1,李  玲,专任副研究员,理科大楼B1102,li@example.edu\n"
              "2,周  杰,青年研究员,数学馆305,zhou@example.edu\n3,苏晚晴,教授级高工,理科大楼A座401,su@example.edu\n"
              "4,韩冬青,,理科大楼A座402,han@example.edu\n")
    assert {e.name for e in ex.entities if e.type is Label.PERSON} == {"李玲", "周杰", "苏晚晴", "韩冬青"}
    assert not _projects(ex)
    assert not _relations(ex, RelType.LEADS)
    roll = _csv("1,林知远教授,南湖大学\n2,苏景行研究员,东川大学\n3,周清和教授,北辰大学\n")
    assert {(r.source, r.target) for r in roll.relations if r.type is RelType.WORKS_AT} == {
        ("林知远", "南湖大学"), ("苏景行", "东川大学"), ("周清和", "北辰大学")}


_INSTITUTE = """<html><body><h2>南湖大学传播研究院研究人员主持项目</h2>
<table><tr><th>项目来源</th><th>项目名称</th><th>负责人</th><th>开始年份</th></tr>
<tr><td>国家社科基金</td><td>“十四五”时期灯笼产业改革创新研究</td><td>林小溪</td><td>2031</td></tr>
<tr><td>部委级科研项目</td><td>“湖区灯笼”走出去路径研究</td><td>周一鸣</td><td>2029</td></tr>
<tr><td>省级(哲学)社科基金项目</td><td>《灯笼志》整理与研究</td><td>苏晚晴</td><td>2030</td></tr>
</table></body></html>"""


def test_a_caption_naming_whose_researchers_led_the_projects_gives_their_unit_and_titles_keep_inner_quotes() -> None:
    ex = extract(read_upload(_INSTITUTE.encode("utf-8"), "projects.html"))
    projects = {e.name: e.kind for e in ex.entities if e.type is Label.PROJECT}
    assert projects == {"“十四五”时期灯笼产业改革创新研究": "research_project", "“湖区灯笼”走出去路径研究": "research_project",
                        "《灯笼志》整理与研究": "research_project", "国家社科基金": "programme"}
    assert {(r.source, r.target) for r in ex.relations if r.type is RelType.WORKS_AT} == {
        ("林小溪", "南湖大学传播研究院"), ("周一鸣", "南湖大学传播研究院"), ("苏晚晴", "南湖大学传播研究院")}
    assert {(r.source, r.target) for r in ex.relations if r.type is RelType.PART_OF and r.target != "南湖大学"} == {
        ("“十四五”时期灯笼产业改革创新研究", "国家社科基金")}  # a level of projects (部委级科研项目) is no programme


def test_a_staff_table_under_a_heading_or_a_sheet_title_naming_a_department_works_there() -> None:
    page = ("<html><body><h2>南湖大学大气科学系师资介绍</h2><table><tr><th>姓名</th><th>职称</th></tr>"
            "<tr><td>林小溪</td><td>教授</td></tr><tr><td>周一鸣</td><td>副教授</td></tr></table></body></html>")
    ex = extract(read_upload(page.encode("utf-8"), "staff.html"))
    assert {(r.source, r.target) for r in ex.relations if r.type is RelType.WORKS_AT} == {
        ("林小溪", "南湖大学大气科学系"), ("周一鸣", "南湖大学大气科学系")}
    sheet = _csv("南湖大学大气物理研究所 师资介绍\n\n姓名,Name,职称\n林小溪,Xiaoxi Lin,教授\n周一鸣,Yiming Zhou,副教授\n"
                 "苏晚晴,Wanqing Su,助理教授\n")
    assert {(r.source, r.target) for r in sheet.relations if r.type is RelType.WORKS_AT} == {
        ("林小溪", "南湖大学大气物理研究所"), ("周一鸣", "南湖大学大气物理研究所"), ("苏晚晴", "南湖大学大气物理研究所")}


def test_a_list_of_labs_beside_their_schools_gives_each_lab_part_of_its_school() -> None:
    data = "序号,学校名称,实验室名称\n1,东川大学,微纳器件与集成技术全国重点实验室\n2,西岭大学,跨媒体通用智能全国重点实验室\n"
    ex = extract(read_upload(data.encode("utf-8"), "labs.csv"))
    parts = {(r.source, r.target) for r in ex.relations if r.type is RelType.PART_OF}
    assert {("微纳器件与集成技术全国重点实验室", "东川大学"), ("跨媒体通用智能全国重点实验室", "西岭大学")} <= parts
