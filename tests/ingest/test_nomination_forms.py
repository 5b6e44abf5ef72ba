"""A nomination notice laid out as a Word form: label cells beside their values (invented names)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ingest.pipeline import extract_file
from tests.ingest.facts import extract_text


def _form(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("2025年度湖南省科学技术奖提名项目公示", 1)
    table = d.add_table(rows=0, cols=2)
    for label, value in [("项目名称", "湖泊蓝藻水华智能预警关键技术及应用"), ("提名者", "青溪市科学技术局"),
                         ("提名等级", "科学技术进步奖一等奖"),
                         ("主要完成人", "林小溪（排名1，教授，青溪大学）；韩东（排名2，研究员，西岭农业科学院）"),
                         ("主要完成单位", "青溪大学、西岭农业科学院")]:
        row = table.add_row()
        row.cells[0].text, row.cells[1].text = label, value
    d.add_paragraph("知识产权名称：一种蓝藻水华预警方法，授权号：ZL202110123456.7，发明人：林小溪、韩东")
    d.save(str(path))
    return path


def test_a_form_s_completers_with_their_units_in_brackets_work_there_and_its_level_is_the_award(tmp_path: Path) -> None:
    _, ex = extract_file(_form(tmp_path / "nomination.docx"))
    works = {(r.source, r.target, r.title) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert works == {("林小溪", "青溪大学", "教授"), ("韩东", "西岭农业科学院", "研究员")}
    project = next(e for e in ex.entities if str(e.type) == "Project" and e.kind == "research_project")
    assert project.award == "科学技术进步奖一等奖"
    patent = next(e for e in ex.entities if str(e.type) == "Patent")
    assert (patent.name, patent.number) == ("一种蓝藻水华预警方法", "ZL202110123456.7")  # not its label


def test_a_notice_of_several_projects_each_under_a_chinese_numeral_gives_each_with_its_completers_and_units() -> None:
    """`一、项目名称：…` / `主要完成人：甲（某大学）、乙` / `主要完成单位：…`: the numeral before the first label does not hide
    the record; each project has its completers in rank and its units."""
    from tests.ingest.facts import extract_text, ranked, relations

    ex = extract_text("关于2031年度湖东省科学技术奖提名项目的公示\n\n"
                      "一、项目名称：复杂地质条件下隧道智能建造关键技术\n提名等级：科技进步奖一等奖\n"
                      "主要完成人：邵清和（青溪大学）、苗雅琴（湖东隧道工程有限公司）\n主要完成单位：青溪大学、湖东隧道工程有限公司\n\n"
                      "二、项目名称：新型抗肿瘤靶向药物的发现与临床转化\n提名等级：自然科学奖二等奖\n"
                      "主要完成人：潘立群、谢雨薇\n主要完成单位：南湖市中心医院\n")
    assert ranked(ex) == {"邵清和": 1, "苗雅琴": 2, "潘立群": 1, "谢雨薇": 2}
    assert ("南湖市中心医院", "新型抗肿瘤靶向药物的发现与临床转化") in relations(ex, "UNIT_OF")
    assert ("湖东隧道工程有限公司", "复杂地质条件下隧道智能建造关键技术") in relations(ex, "UNIT_OF")


@pytest.mark.parametrize("mark", ["（一）", "1. ", "1、", "（1）", "2."])
def test_a_project_s_first_label_after_an_item_s_mark_of_any_kind_opens_its_record(mark: str) -> None:
    from tests.ingest.facts import extract_text, ranked

    ex = extract_text(f"关于2031年度湖东省科学技术奖提名项目的公示\n\n{mark}项目名称：复杂地质条件下隧道智能建造关键技术\n"
                      "提名等级：科技进步奖一等奖\n主要完成人：邵清和（青溪大学）、苗雅琴（湖东隧道工程有限公司）\n"
                      "主要完成单位：青溪大学、湖东隧道工程有限公司\n")
    assert ranked(ex) == {"邵清和": 1, "苗雅琴": 2}


def test_a_label_after_a_mark_amid_a_line_is_no_label() -> None:
    from ingest.fields import labels_in

    assert [m.group(1) for m in labels_in("（一）项目名称：某某研究")] == ["项目名称"]
    assert labels_in("见附件2.联系人：") == []  # a mark amid the line's words: no item opened there


def test_completers_each_with_unit_and_title_after_commas_parted_by_semicolons_work_there() -> None:
    """`主要完成人：甲，某大学，教授；乙，某公司，高级工程师`: each completer in rank, working at the unit with the title;
    names alone parted so (`甲，乙；丙`) are names, no notes."""
    from tests.ingest.facts import extract_text, ranked, relations

    ex = extract_text("项目名称：隧道智能建造关键技术\n主要完成人：邵清和，青溪大学，教授；苗雅琴，湖东隧道工程有限公司，高级工程师\n"
                      "主要完成单位：青溪大学；湖东隧道工程有限公司\n")
    assert ranked(ex) == {"邵清和": 1, "苗雅琴": 2}
    works = {(r.source, r.target, r.title) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert works == {("邵清和", "青溪大学", "教授"), ("苗雅琴", "湖东隧道工程有限公司", "高级工程师")}
    plain = extract_text("项目名称：隧道智能建造关键技术\n主要完成人：邵清和，苗雅琴；伍子墨\n")
    assert ranked(plain) == {"邵清和": 1, "苗雅琴": 2, "伍子墨": 3} and not relations(plain, "WORKS_AT")


def test_completers_with_a_rank_in_brackets_and_the_title_before_the_unit_work_there() -> None:
    """`甲（排名1），正高级工程师，某公司；乙（排名2），教授，某大学`: the rank after the name and the title before the unit
    do not hide the layout."""
    from tests.ingest.facts import extract_text, ranked

    ex = extract_text("项目名称：隧道智能建造关键技术\n"
                      "主要完成人：邵清和（排名1），正高级工程师，湖东隧道工程有限公司；苗雅琴（排名2），教授，青溪大学\n")
    assert ranked(ex) == {"邵清和": 1, "苗雅琴": 2}
    works = {(r.source, r.target, r.title) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert works == {("邵清和", "湖东隧道工程有限公司", "正高级工程师"), ("苗雅琴", "青溪大学", "教授")}


def test_a_label_over_a_list_ends_the_field_above_and_its_patents_and_copyrights_are_read_with_their_owners() -> None:
    """`提名者：某厅` then `主要知识产权目录：` and numbered items: the label is no nominator, each item is a patent
    or a software copyright (登记号 2022SR0456789) with its inventors and its right holder (权利人：某大学)."""
    from tests.ingest.facts import extract_text, names, relations

    ex = extract_text("项目名称：隧道智能建造关键技术\n提名者：湖东省交通运输厅\n主要知识产权和标准规范目录：\n"
                      "1. 一种隧道掘进机刀盘磨损监测方法，发明专利，ZL202110345678.2，权利人：湖东隧道工程有限公司，"
                      "发明人：邵清和、苗雅琴\n"
                      "2. 隧道围岩分级智能识别系统V1.0，软件著作权，2022SR0456789，权利人：青溪大学\n")
    assert relations(ex, "NOMINATED_BY") == {("隧道智能建造关键技术", "湖东省交通运输厅")}
    patents = {(e.name, e.number, e.kind) for e in ex.entities if str(e.type) == "Patent"}
    assert patents == {("一种隧道掘进机刀盘磨损监测方法", "ZL202110345678.2", "invention_patent"),
                       ("隧道围岩分级智能识别系统V1.0", "2022SR0456789", "software_copyright")}
    assert relations(ex, "OWNS") == {("湖东隧道工程有限公司", "ZL202110345678.2"), ("青溪大学", "2022SR0456789")}
    assert "主要知识产权和标准规范目录" not in names(ex, "Organization")
    assert names(ex, "Project") == {"隧道智能建造关键技术"}  # the copyright's line is no project


def test_a_form_s_field_of_titles_each_with_its_number_gives_each_patent(tmp_path: Path) -> None:
    """A Word form's `知识产权名称` cell listing `title（number）；…`: each a patent of the kind its number states."""
    d = docx.Document()
    table = d.add_table(rows=0, cols=2)
    for label, value in [("项目名称", "湖泊蓝藻水华智能预警关键技术及应用"), ("提名者", "青溪市科学技术局"),
                         ("知识产权名称", "一种蓝藻水华预警方法（ZL202110123456.7）；水华监测浮标装置（ZL202220654321.X）；"
                                         "蓝藻预警平台V2.0（2021SR0123456）")]:
        row = table.add_row()
        row.cells[0].text, row.cells[1].text = label, value
    d.save(str(tmp_path / "form.docx"))
    _, ex = extract_file(tmp_path / "form.docx")
    patents = {(e.name, e.number, e.kind) for e in ex.entities if str(e.type) == "Patent"}
    assert patents == {("一种蓝藻水华预警方法", "ZL202110123456.7", "invention_patent"),
                       ("水华监测浮标装置", "ZL202220654321.X", "utility_model"),
                       ("蓝藻预警平台V2.0", "2021SR0123456", "software_copyright")}


def test_an_award_list_of_works_each_under_its_category_with_its_unit_and_its_team(tmp_path: Path) -> None:
    """`臨床新創獎` over `得獎單位：…`, `作品名稱：…`, `團隊成員：甲醫師、乙主任、丙護理師`: the category is the work's award,
    no project; the unit before the title is the work's; each member (a clinician's title after the name) in rank."""
    (tmp_path / "awards.txt").write_text(
        "第22屆青川新創獎得獎名單\n\n臨床新創獎\n得獎單位：青川榮民總醫院\n作品名稱：智慧型心律不整預警系統\n"
        "團隊成員：陳大文醫師、李小明主任、王美玲護理師\n\n學研新創獎\n得獎單位：北灣大學醫學院\n作品名稱：新型抗菌敷料之開發\n"
        "計畫主持人：黃志明教授\n團隊成員：張雅婷、林家豪\n", encoding="utf-8")
    from tests.ingest.facts import relations

    _, ex = extract_file(tmp_path / "awards.txt")
    projects = {e.name: e.award for e in ex.entities if str(e.type) == "Project"}
    assert projects == {"智慧型心律不整預警系統": "臨床新創獎", "新型抗菌敷料之開發": "學研新創獎"}
    assert relations(ex, "UNIT_OF") == {("青川榮民總醫院", "智慧型心律不整預警系統"), ("北灣大學醫學院", "新型抗菌敷料之開發")}
    members = {(r.source, r.target, r.rank) for r in ex.relations if str(r.type) == "MEMBER_OF"}
    assert {("陳大文", "智慧型心律不整預警系統", 1), ("王美玲", "智慧型心律不整預警系統", 3)} <= members
    assert ("黃志明", "新型抗菌敷料之開發") in relations(ex, "LEADS")


def test_an_award_and_its_level_on_the_line_above_a_project_s_fields_is_its_award() -> None:
    """`自然科學獎一等獎` then `項目名稱：…` and `獲獎者：…`: each project with the award written above it."""
    from tests.ingest.facts import extract_text

    ex = extract_text("自然科學獎一等獎\n項目名稱：新型納米材料的可控合成\n獲獎者：陳大文教授、李嘉明教授\n"
                      "科學技術進步獎二等獎\n項目名稱：智慧城市交通預測系統\n獲獎者：張志強教授\n")
    awards = {e.name: e.award for e in ex.entities if str(e.type) == "Project"}
    assert awards == {"新型纳米材料的可控合成": "自然科学奖一等奖", "智慧城市交通预测系统": "科学技术进步奖二等奖"}


def test_two_whole_units_joined_by_and_are_two_units_and_an_and_inside_a_name_parts_nothing() -> None:
    ex = extract_text("项目名称：中药复方制剂质量控制关键技术\n提名单位：北辰省卫生健康委员会\n"
                      "主要完成单位：南州大学、北辰和盛堂制药有限公司和西岭中医院\n主要完成人：柯振邦、诸葛岚、司马青\n")
    units = {(r.source, r.rank) for r in ex.relations if str(r.type) == "UNIT_OF"}
    assert units == {("南州大学", 1), ("北辰和盛堂制药有限公司", 2), ("西岭中医院", 3)}
    ex = extract_text("项目名称：湖泊蓝藻监测技术\n主要完成单位：南州大学和平湖研究中心、北辰农业和林业科学研究院\n")
    assert {r.source for r in ex.relations if str(r.type) == "UNIT_OF"} == {"南州大学和平湖研究中心", "北辰农业和林业科学研究院"}


def test_a_form_quoted_after_a_letter_expert_nominators_and_completers_run_into_one_line() -> None:
    from tests.ingest.facts import relations
    letter = ("编辑部：\n\n近来读到一份提名材料，其中提名专家推荐意见几乎一字不差，是否出自一人之手？"
              "希望北辰省科技厅核查此事，给大家一个说明。" * 6 + "\n\n")
    form = ("提名国家自然科学奖项目公示项目名称\t复杂流体的界面输运机制研究提名专家1姓名\t柯振邦\t提名专家1工作单位\t北辰大学"
            "提名专家1职称\t教授\t提名专家1学科专业\t流体力学提名专家1意见：该项目在界面输运方面取得了突破。提名专家2姓名\t诸葛岚\t"
            "提名专家2工作单位\t南州大学提名专家2职称\t研究员\t提名专家2学科专业\t化学提名专家2意见：同意提名。\n"
            "主要完成人情况：  1. 司马青，排名1，教授，工作单位：北辰大学，完成单位：北辰大学，是该项目的负责人，对发现点1、2均有贡献。"
            "  2. 乔远鸣，排名2，副研究员，工作单位：西岭物理研究所，完成单位：北辰大学，是该项目组核心成员，对发现点2有贡献。\n")
    ex = extract_text(letter + form, "letter.md")
    project = "复杂流体的界面输运机制研究"
    members = {(r.source, r.rank) for r in ex.relations if str(r.type) == "MEMBER_OF" and r.target == project}
    assert members == {("司马青", 1), ("乔远鸣", 2)}
    works = {(r.source, r.target, r.title) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert {("柯振邦", "北辰大学", "教授"), ("诸葛岚", "南州大学", "研究员"), ("司马青", "北辰大学", "教授"),
            ("乔远鸣", "西岭物理研究所", "副研究员")} <= works
    assert ("乔远鸣", "北辰大学") in relations(ex, "AFFILIATED_WITH")  # the completing unit, not where one works
    orgs = {e.name for e in ex.entities if e.type.value == "Organization"}
    assert "北辰省科技厅" in orgs  # the letter before the form is read as prose
    assert not any("一字不差" in o or "姓名" in o for o in orgs)
