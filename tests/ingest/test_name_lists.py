"""Lists of names only: people grouped under honours, a team's names in a row, whatever the layout; and
the rows of words that only look like them."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.extract import extract
from ingest.model import Extraction
from ingest.readers import read_upload
from ingest.tables.name_lists import names_an_honour
from tests.ingest.facts import extract_text, names, relations

FIXTURES = Path(__file__).parent.parent / "fixtures" / "talent"


def _read(name: str) -> Extraction:
    return extract(read_upload((FIXTURES / name).read_bytes(), name))


def test_names_after_bold_honours_are_people_and_a_name_under_two_honours_is_one() -> None:
    extraction = _read("honours_bold.html")
    assert names(extraction, "Person") == {"林小溪", "周一帆", "韩冬青", "柯蓝", "魏星河", "丁一苇", "许青禾",
                                           "宋明哲", "仉云帆", "杜若兰", "陈子墨"}
    assert sum(e.name == "周一帆" for e in extraction.entities) == 1
    assert not any(o.startswith(("人才", "优秀")) for o in names(extraction, "Organization"))


def test_names_under_a_heading_line_of_an_honour_are_people_even_two_of_them() -> None:
    extraction = _read("honours_headed.txt")
    assert names(extraction, "Person") == {"林小溪", "周一帆", "韩冬青", "柯蓝", "魏星河", "丁一苇", "许青禾"}
    assert not any("人才" in o for o in names(extraction, "Organization"))  # no `优秀人才中国工程院`


def test_a_row_of_three_names_is_a_list_of_people_without_any_title_word() -> None:
    assert names(_read("team_row.md"), "Person") == {"司马青云", "欧阳晓", "杜若兰", "陈子墨", "郑一鸣"}


def test_names_in_a_table_cell_beside_an_honour_are_people() -> None:
    assert {"林小溪", "周一帆", "韩冬青"} <= names(_read("honours_table.md"), "Person")


@pytest.mark.parametrize("text", [
    "研究方向\n\n湖泊沉积、环境演变、碳循环\n",  # words, not names
    "主要产品\n\n高温合金、马铃薯淀粉、石油管材\n",
    "我们的城市\n\n金沙江、黄土坡、王府井\n",  # places
])
def test_a_row_of_words_that_open_with_surnames_is_no_list_of_people(text: str) -> None:
    assert not names(extract_text(text), "Person") & {"湖泊沉积", "环境演变", "碳循环", "高温合金", "马铃薯淀粉",
                                                     "石油管材", "金沙江", "黄土坡", "王府井"}


def test_an_honour_is_a_short_line_ending_in_an_honour_word() -> None:
    assert names_an_honour("中国工程院院士") and names_an_honour("**国家杰出青年科学基金获得者**")
    assert not names_an_honour("学院近年来引进了一批优秀人才，其中包括多名院士")
    assert not names_an_honour("研究方向")


def test_a_semicolon_ends_the_unit_a_list_s_items_leave_to_the_next() -> None:
    """`某医院科主任甲教授获二等奖；乙教授、丙副教授获得三等奖`: the second clause names no unit for 乙 and 丙."""
    ex = extract_text("东川医科大学附属医院肝胆外科主任林海生教授获二等奖；周明远教授、郑雨桐副教授获得三等奖。\n")
    works = relations(ex, "WORKS_AT")
    assert ("林海生", "东川医科大学附属医院") in works
    assert not {p for p, _ in works} & {"周明远", "郑雨桐"}


def test_items_after_a_comma_still_take_the_unit_named_before() -> None:
    ex = extract_text("出席会议的有东川大学校长林海生、副校长周明远。\n")
    assert ("周明远", "东川大学") in relations(ex, "WORKS_AT")


def test_a_photo_caption_s_places_are_no_people() -> None:
    """`左一：某中心主任甲、左二：某院总监乙`: a caption counts places from the left; 王一 is a name."""
    people = names(extract_text("左一：东川大学培训中心执行主任方业昌、左二：联想研究院上海分院高级总监汪海；"
                                "右一：东川大学副校长王一\n"), "Person")
    assert {"方业昌", "汪海", "王一"} <= people
    assert not people & {"左一", "左二", "右一"}


def test_a_line_of_a_name_a_blank_and_its_unit_s_posts_and_titles() -> None:
    """`甲 某大学副校长、教授`: one person a line, a blank after the name; the unit's posts and titles parted by 、.
    The name is no part of the unit."""
    ex = extract_text("奖状获得者：\n蔡一鸣 东川大学医学院附属东湖医院院长、教授、主任医师\n严海生 东川大学副校长、教授\n"
                      "王晓岚 东川大学茶叶研究所所长、教授\n")
    assert {("蔡一鸣", "东川大学医学院附属东湖医院"), ("严海生", "东川大学"), ("王晓岚", "东川大学茶叶研究所")} <= \
        relations(ex, "WORKS_AT")
    assert ("王晓岚", "东川大学茶叶研究所") in relations(ex, "LEADS")
    assert not any(n.startswith(("蔡", "严", "王")) for n in names(ex, "Organization"))


def test_items_parted_by_a_list_mark_are_no_person_and_unit() -> None:
    ex = extract_text("招生范围：\n高等院校、其他学校\n")
    assert not names(ex, "Person")


def test_a_body_before_its_head_s_post_and_a_verb_before_a_province_are_no_names() -> None:
    """`宣传部部长甲`: 宣传部 is the body whose head 甲 is (the segmenter's dictionary calls it a name); `总书记来陕考察`:
    a verb of coming and the province's one-character name. 来新华 is a name."""
    people = names(extract_text("校党委常委、宣传部部长田明纲出席仪式。总书记来陕考察。来新华教授出席。\n"), "Person")
    assert {"田明纲", "来新华"} <= people
    assert not people & {"宣传部", "来陕"}


def test_an_item_marked_as_the_school_s_takes_no_unit_from_an_office_before_it() -> None:
    """`某省委组织部某处处长甲，校党委副书记、副校长乙`: 校 is a university, not the office of the item before; within a
    university's items (`某大学校长甲，校党委书记乙`) the university is carried."""
    ex = extract_text("宣布会在医院举行。中共东川省委组织部干部五处处长胡立明，校党委副书记、副校长马小杰出席。\n")
    assert not any(person == "马小杰" and "组织部" in unit for person, unit in relations(ex, "WORKS_AT"))
    ex = extract_text("东川大学校长郭立新，校党委书记马小杰、副校长周一鸣出席。\n")
    assert {("马小杰", "东川大学"), ("周一鸣", "东川大学")} <= relations(ex, "WORKS_AT")


def test_a_modal_verb_read_as_a_surname_and_a_photo_credit_s_verb_make_no_names() -> None:
    """`项目负责人应具有…`: 应 a modal verb before 具有, no 应具有; `（王某供图）`: 供 the credit's verb, the name 王某;
    a given name that is a name's word (应建国) is still one."""
    ex = extract_text("申报项目负责人应具有相应的研究基础。分支系统树和古地理图（林小溪供图）。负责人应建国教授出席。\n")
    people = names(ex, "Person")
    assert "应具有" not in people and "林小溪供" not in people
    assert "应建国" in people


def test_the_verb_of_winning_before_a_year_is_no_part_of_a_name() -> None:
    """`某医院柯蓝获2015东川科学奖`: 获 is the verb, the year after it no name's."""
    ex = extract_text("东川医院柯蓝获2015东川科学与技术进步奖。柯蓝教授长期从事消化病研究。\n")
    assert "柯蓝获" not in names(ex, "Person")
