"""A group's page of people laid out as cards, one field a line: the teacher's name and titles over the units
(`甲 乙 副教授 / 博导` over `某大学（北京） 某学院`), and each student's name over the level and year of study
(`硕士 2031级`) and a line that describes them, perhaps saying where they now work. Names and units invented."""

from __future__ import annotations

from pathlib import Path

from graph.schema import Label, RelType
from ingest.extract import extract
from ingest.model import Extraction
from ingest.pipeline import extract_file
from ingest.readers import read_upload
from tests.ingest.facts import extract_text

_PAGE = """<h3>柯 远 副教授 / 博导</h3>
<h3>湖东矿业大学（江北） 地球信息工程学院</h3>
<h3>研究方向</h3>
<ul><li>雷达干涉测量与地表形变</li></ul>
<h3>博士生</h3>
<p>甄一帆</p>
<p>博士 2031级</p>
<p>研究干涉相位解缠的误差改正。</p>
<h3>硕士生</h3>
<p>柏若水</p>
<p>硕士 2030级</p>
<p>从事时间序列形变分析。现就职于湖东测绘设计集团。</p>
<p>杭子墨</p>
<p>硕士 2029级</p>
<p>本科毕业于江北科技大学，研究地下水与地面沉降的关系。</p>
"""


def _extract(text: str) -> Extraction:
    return extract(read_upload(text.encode("utf-8"), "people.md"))


def test_each_student_card_gives_the_student_affiliated_with_the_page_s_university() -> None:
    ex = _extract(_PAGE)
    assert {e.name for e in ex.entities if e.type is Label.PERSON} == {"柯远", "甄一帆", "柏若水", "杭子墨"}
    affiliated = {(r.source, r.target) for r in ex.relations if r.type is RelType.AFFILIATED_WITH}
    assert {("甄一帆", "湖东矿业大学（江北）"), ("柏若水", "湖东矿业大学（江北）"), ("杭子墨", "湖东矿业大学（江北）")} <= affiliated
    assert ("柏若水", "湖东测绘设计集团") in {(r.source, r.target) for r in ex.relations if r.type is RelType.WORKS_AT}


def test_the_teacher_card_gives_the_teacher_working_at_both_units_with_the_title() -> None:
    ex = _extract(_PAGE)
    works = {(r.target, r.title) for r in ex.relations if r.type is RelType.WORKS_AT and r.source == "柯远"}
    assert works == {("湖东矿业大学（江北）", "副教授"), ("地球信息工程学院", "副教授")}
    parts = {(r.source, r.target) for r in ex.relations if r.type is RelType.PART_OF}
    assert ("地球信息工程学院", "湖东矿业大学（江北）") in parts


_COMMITTEE = """<h2>大会组委会</h2>
<p>柯远山</p><p>顾问委员会主席</p><p>湖东矿业大学</p>
<p>甄一帆</p><p>名誉主席</p><p>江北科技大学</p>
<h2>技术委员会</h2>
<p>主题 1: 地表形变监测</p>
<p>柏若水</p><p>IEEE 会士, ACM 会士</p><p>西山理工大学</p>
<p>杭子墨</p><p>湖东矿业大学</p>
"""


def test_each_member_card_of_a_committee_page_gives_the_member_working_at_the_unit_under_the_name() -> None:
    ex = _extract(_COMMITTEE)
    works = {(r.source, r.target) for r in ex.relations if r.type is RelType.WORKS_AT}
    assert works == {("柯远山", "湖东矿业大学"), ("甄一帆", "江北科技大学"), ("柏若水", "西山理工大学"), ("杭子墨", "湖东矿业大学")}


def test_one_name_over_a_unit_is_no_roster() -> None:
    ex = _extract("<p>关于举办学术年会的通知</p><p>柯远山</p><p>湖东矿业大学</p><p>2031年5月</p>")
    assert not {r for r in ex.relations if r.type is RelType.WORKS_AT}


def test_experts_lines_inside_a_long_paragraph_broken_by_line_breaks_are_read(tmp_path: Path) -> None:
    """A page's experts, each a line `某某 某医院某科主任` over a paragraph of prose, all in one <p> broken by <br>:
    each expert works at the hospital, the ward in the post; a degree after the name is no title."""
    bio = "擅长运用显微外科技术治疗各类难治性神经系统疾病，" * 6
    page = tmp_path / "experts.html"
    page.write_text("<html><body><p>"
                    f"<span>于思远&nbsp;北辰省人民医院神经外科副主任</span><br />\n<span> 于思远，医学博士。{bio}</span><br />\n"
                    f"<span>柯振邦&nbsp;西岭大学附属医院神经外科主任</span><br />\n<span> 柯振邦，主任医师。{bio}</span><br />\n"
                    "</p></body></html>", "utf-8")
    _, ex = extract_file(page)
    works = {(r.source, r.target, r.position) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert works == {("于思远", "北辰省人民医院", "神经外科副主任"), ("柯振邦", "西岭大学附属医院", "神经外科主任")}
    assert not any(e.name.endswith("神经外科") for e in ex.entities)


def test_a_degree_after_a_name_does_not_keep_the_line_from_being_a_person_s() -> None:
    ex = extract_text("于思远，医学博士，北辰省人民医院神经外科副主任。\n")
    assert {(r.source, r.target) for r in ex.relations if str(r.type) == "WORKS_AT"} == {("于思远", "北辰省人民医院")}
