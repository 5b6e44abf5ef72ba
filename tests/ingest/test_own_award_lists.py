"""A university's news listing its own awarded works, in the layouts such pages use: a table of completers, a list
of awards and titles, titles with their fields on the lines below, completers in brackets after a title."""

from __future__ import annotations

from ingest.extract import extract
from ingest.model import Extraction
from ingest.readers import read_upload
from tests.ingest.facts import names, ranked, relations

_GLACIER = "高原冰川退缩遥感监测方法"
_ORCHARD = "山地果园水肥一体化装备研制"
_CLAY = "黏土矿物表面催化机理研究"


def _read(text: str, name: str = "news.md") -> Extraction:
    return extract(read_upload(text.encode("utf-8"), name))


def test_a_table_of_completers_under_the_university_s_count_of_awarded_works_gives_it_each_work() -> None:
    extraction = _read(
        "# 北辰理工大学3项成果获2033年度西岭省科学技术奖\n\n"
        "日前，西岭省科学技术奖励大会召开，我校共有3项成果获奖。\n\n"
        "| 序号 | 项目名称 | 奖励等级 | 第一完成人 | 其他完成人 |\n| --- | --- | --- | --- | --- |\n"
        f"| 1 | {_GLACIER} | 一等奖 | 柯振邦 | 诸葛岚、司马青 |\n"
        f"| 2 | {_ORCHARD} | 二等奖 | 欧阳舒 | 柏青禾 |\n"
        f"| 3 | {_CLAY} | 三等奖 | 乔远鸣 | 司马青 |\n")
    assert relations(extraction, "UNIT_OF") == {("北辰理工大学", w) for w in (_GLACIER, _ORCHARD, _CLAY)}
    assert ("诸葛岚", _GLACIER) in relations(extraction, "MEMBER_OF")


def test_a_table_of_more_works_than_the_university_won_is_no_list_of_its_own() -> None:
    extraction = _read(
        "# 北辰理工大学1项成果获2033年度西岭省科学技术奖\n\n我校共有1项成果获奖，全省获奖项目如下。\n\n"
        "| 序号 | 项目名称 | 奖励等级 | 完成人 |\n| --- | --- | --- | --- |\n"
        f"| 1 | {_GLACIER} | 一等奖 | 柯振邦、诸葛岚 |\n| 2 | {_ORCHARD} | 二等奖 | 欧阳舒、柏青禾 |\n")
    assert ("诸葛岚", _GLACIER) in relations(extraction, "MEMBER_OF")
    assert relations(extraction, "UNIT_OF") == set()


def test_an_award_s_level_before_a_colon_opens_the_item_and_is_no_part_of_the_title() -> None:
    extraction = _read(
        "# 北辰理工大学2项成果获西岭省科学技术奖\n\n"
        f"- 一等奖：{_GLACIER}，主要完成人：柯振邦、诸葛岚、司马青\n"
        f"- 科技进步奖二等奖：{_ORCHARD}，主要完成人：欧阳舒、柏青禾\n")
    assert names(extraction, "Project") == {_GLACIER, _ORCHARD}
    assert ranked(extraction) == {"柯振邦": 1, "诸葛岚": 2, "司马青": 3, "欧阳舒": 1, "柏青禾": 2}


def test_a_title_over_its_fields_is_the_project_whatever_field_comes_first() -> None:
    extraction = _read(
        "# 获奖项目\n\n"
        f"1. **{_GLACIER}**\n   - 奖项：自然科学奖一等奖\n   - 项目负责人：柯振邦\n   - 主要完成人：柯振邦、诸葛岚、司马青\n"
        f"2. **{_ORCHARD}**\n   - 奖项：科技进步奖二等奖\n   - 项目负责人：欧阳舒\n   - 主要完成人：欧阳舒、柏青禾\n")
    assert relations(extraction, "LEADS") == {("柯振邦", _GLACIER), ("欧阳舒", _ORCHARD)}
    assert ranked(extraction) == {"柯振邦": 1, "诸葛岚": 2, "司马青": 3, "欧阳舒": 1, "柏青禾": 2}


def test_completers_with_their_school_in_brackets_are_people_who_work_there_not_units() -> None:
    extraction = _read(
        "# 获奖项目\n\n| 项目名称 | 等级 | 完成人 |\n|---|---|---|\n"
        f"| {_GLACIER} | 一等奖 | 柯振邦（测绘学院）、诸葛岚（测绘学院）、司马青 |\n"
        f"| {_ORCHARD} | 二等奖 | 欧阳舒（机电学院）、柏青禾 |\n")
    assert names(extraction, "Organization") == {"测绘学院", "机电学院"}
    assert relations(extraction, "WORKS_AT") == {("柯振邦", "测绘学院"), ("诸葛岚", "测绘学院"), ("欧阳舒", "机电学院")}
    assert ranked(extraction) == {"柯振邦": 1, "诸葛岚": 2, "司马青": 3, "欧阳舒": 1, "柏青禾": 2}
    assert relations(extraction, "UNIT_OF") == set()


def test_a_roll_of_awards_with_the_school_and_completers_in_brackets_after_each_title() -> None:
    extraction = _read(
        "# 获奖名单\n\n一、自然科学奖\n\n"
        f"一等奖：{_GLACIER}（测绘学院 柯振邦 诸葛岚 司马青）\n\n二等奖：{_CLAY}（化学学院 乔远鸣 柏青禾）\n")
    assert names(extraction, "Project") == {_GLACIER, _CLAY}
    assert ranked(extraction) == {"柯振邦": 1, "诸葛岚": 2, "司马青": 3, "乔远鸣": 1, "柏青禾": 2}
    assert relations(extraction, "UNIT_OF") == {("测绘学院", _GLACIER), ("化学学院", _CLAY)}
    assert ("乔远鸣", "化学学院") in relations(extraction, "WORKS_AT")


def test_a_unit_s_count_of_the_listed_projects_and_the_body_that_announced_them() -> None:
    """`某基金委公布了…评审结果，某学院共有3项获得资助` over a list of three projects with their leaders and no unit:
    the school holds each, the body that announced the results funds each."""
    text = ("10月12日，南州省自然科学基金委员会公布了2031年度资助项目评审结果，环境学院共有3项获得资助。\n\n资助项目名单：\n\n"
            "| 负责人 | 项目名称 | 项目类别 |\n|---|---|---|\n"
            "| 柯远山 | 湖泊沉积物中磷的迁移规律研究 | 面上项目 |\n"
            "| 乔松 | 浅水湖泊藻华预警方法研究 | 青年科学基金项目 |\n"
            "| 诸葛岚 | 湿地碳汇的季节变化机制研究 | 青年科学基金项目 |\n")
    from ingest.extract import extract
    from ingest.readers import read_upload

    ex = extract(read_upload(text.encode(), "list.md"))
    titles = {"湖泊沉积物中磷的迁移规律研究", "浅水湖泊藻华预警方法研究", "湿地碳汇的季节变化机制研究"}
    assert {("环境学院", t) for t in titles} <= relations(ex, "UNIT_OF")
    assert {(t, "南州省自然科学基金委员会") for t in titles} <= relations(ex, "FUNDED_BY")
    assert {("柯远山", "环境学院"), ("乔松", "环境学院"), ("诸葛岚", "环境学院")} <= relations(ex, "WORKS_AT")
