"""Tables read by what their columns hold, where no header (or no header the vocabulary knows) says."""

from __future__ import annotations

from pathlib import Path

from ingest.blocks import BlockWriter
from ingest.extract import extract
from ingest.kit.orgbook import institutions_of
from ingest.model import Extraction, SourceDocument
from ingest.tables.typing import Content, column_content
from tests.ingest.facts import entity, extract_text, relations

FIXTURES = Path(__file__).parent.parent / "fixtures" / "tables"


def _html_table(rows: list[list[str]], header_rows: int = 0, before: str = "") -> Extraction:
    out = BlockWriter()
    if before:
        from ingest.blocks import BlockKind

        out.add(BlockKind.PARAGRAPH, before)
    out.add_table(rows, header_rows=header_rows)
    text, blocks = out.result()
    return extract(SourceDocument("page.html", text, "utf-8", len(text.encode()), blocks=blocks, format="html"))


def test_a_query_log_without_a_header_is_read_by_the_contents_of_its_columns() -> None:
    extraction = extract_text((FIXTURES / "query_log.txt").read_text(encoding="utf-8"), "result.txt")
    first = "湖泊沉积物中磷的释放机制研究"
    assert relations(extraction, "LEADS") == {
        ("韩冬青", first), ("柯蓝", "高原湖泊碳埋藏的过程与机制"), ("许青禾", "冰川消融对下游水文的影响"),
        ("魏星河", "河网水质在线预警的理论与方法"), ("丁一苇", "湿地植被演替的遥感监测")}
    assert ("西岭大学", first) in relations(extraction, "UNIT_OF")
    assert ("韩冬青", "西岭大学") in relations(extraction, "WORKS_AT")
    project = entity(extraction, "Project", first)
    # the year the query asked for (approval), not the start of the period; the amount in 万元
    assert (project.code, project.year, project.budget_cap_wan) == ("41901234", 2019, 58.0)
    assert entity(extraction, "Project", "湿地植被演替的遥感监测").year == 2018
    # the separator rows and the query's own category code give nothing
    assert not any(e.name in ("301", "A0103") for e in extraction.entities)


def test_a_unit_written_as_one_word_is_part_of_the_institution_it_names() -> None:
    extraction = extract_text((FIXTURES / "query_log.txt").read_text(encoding="utf-8"), "result.txt")
    assert ("南湖科学院地理研究所", "南湖科学院") in relations(extraction, "PART_OF")
    assert institutions_of("青溪大学计算机科学与技术系") == ("青溪大学",)
    assert institutions_of("南湖科学院大学") == ()  # a bare suffix after it names no unit


def test_columns_are_typed_by_their_cells() -> None:
    assert column_content(["1", "2", "3"]) is Content.COUNTER
    assert column_content(["58", "60", "61"]) is Content.AMOUNT
    assert column_content(["301", "301", "301"]) is None  # one number throughout: the query's, not the row's
    assert column_content(["2022YFA0712300", "2021YFC3301004"]) is Content.CODE
    assert column_content(["2013-2015", "2018-2021"]) is Content.PERIOD
    assert column_content(["韩冬青", "柯蓝、许青禾"]) is Content.PERSON
    assert column_content(["西岭大学", "南湖科学院地理研究所"]) is Content.ORG
    assert column_content(["湖泊沉积物中磷的释放机制研究", "高原湖泊碳埋藏的过程与机制"]) is Content.TITLE


def test_a_table_without_a_header_row_is_read_by_its_cells() -> None:
    extraction = _html_table([["1", "湖泊沉积物中磷的释放机制研究", "韩冬青", "西岭大学"],
                              ["2", "高原湖泊碳埋藏的过程与机制", "柯蓝", "东川理工大学"]])
    assert relations(extraction, "LEADS") == {("韩冬青", "湖泊沉积物中磷的释放机制研究"),
                                              ("柯蓝", "高原湖泊碳埋藏的过程与机制")}


def test_a_header_of_unfamiliar_words_is_passed_over_and_the_columns_read_by_their_cells() -> None:
    extraction = _html_table([["课题", "主要承担者", "所在机构"],
                              ["湖泊沉积物中磷的释放机制研究", "韩冬青", "西岭大学"],
                              ["高原湖泊碳埋藏的过程与机制", "柯蓝", "东川理工大学"]])
    assert ("柯蓝", "高原湖泊碳埋藏的过程与机制") in relations(extraction, "LEADS")
    assert not any(e.name in ("主要承担者", "所在机构") for e in extraction.entities)


def test_a_numbering_column_of_codes_and_an_unknown_time_column_are_read_by_their_cells() -> None:
    extraction = _html_table([["编号", "项目名称", "负责人", "时间"],
                              ["QX2021-017", "湖泊沉积物中磷的释放机制研究", "韩冬青", "2021-2023"],
                              ["QX2022-003", "高原湖泊碳埋藏的过程与机制", "柯蓝", "2022-2024"]], header_rows=1)
    project = entity(extraction, "Project", "高原湖泊碳埋藏的过程与机制")
    assert (project.code, project.year) == ("QX2022-003", 2022)


def test_a_header_word_that_opens_with_a_surname_is_no_person_and_the_contact_is_the_projects() -> None:
    text = ("联系电话:010-5550123 联 系 人:林小溪\n附件\n项目名称 |\n完成人 |\n完成单位 |\n"
            "湖泊沉积物中磷的释放机制研究 |\n韩冬青,柯蓝 |\n西岭大学,东川理工大学 |\n")
    extraction = extract_text(text, "notice.txt")
    assert not any(e.name == "项目名称" for e in extraction.entities)
    contacts = {(r.source, r.target, r.phone) for r in extraction.relations if str(r.type) == "CONTACT_FOR"}
    assert contacts == {("林小溪", "湖泊沉积物中磷的释放机制研究", "010-5550123")}
    assert {(r.source, r.rank) for r in extraction.relations if str(r.type) == "MEMBER_OF"} == {("韩冬青", 1), ("柯蓝", 2)}


def test_a_pipe_copy_without_a_header_is_read_in_rows_of_the_width_its_cells_fit() -> None:
    text = ("获奖项目名单\n1 |\n湖泊沉积物中磷的释放机制研究 |\n韩冬青 |\n西岭大学 |\n"
            "2 |\n高原湖泊碳埋藏的过程与机制 |\n柯蓝 |\n东川理工大学 |\n"
            "3 |\n冰川消融对下游水文的影响 |\n许青禾 |\n南湖科学院地理研究所 |\n各单位请知悉。\n")
    extraction = extract_text(text, "copy.txt")
    assert relations(extraction, "WORKS_AT") == {("韩冬青", "西岭大学"), ("柯蓝", "东川理工大学"),
                                                 ("许青禾", "南湖科学院地理研究所")}
    assert ("许青禾", "冰川消融对下游水文的影响") in relations(extraction, "LEADS")


def test_aligned_columns_without_a_header_are_read_by_their_cells() -> None:
    text = ("附件：获资助人员名单\n"
            "1    湖泊沉积物中磷的释放机制研究    韩冬青    西岭大学\n"
            "2    高原湖泊碳埋藏的过程与机制      柯蓝      东川理工大学\n"
            "各单位请按要求组织实施。\n")
    extraction = extract_text(text, "list.txt")
    assert relations(extraction, "WORKS_AT") == {("韩冬青", "西岭大学"), ("柯蓝", "东川理工大学")}


def test_an_award_header_over_the_works_titles_is_the_project_column() -> None:
    rows = [["序号", "科室", "完成人", "奖项名称", "奖励级别", "获奖时间"],
            ["1", "心内科", "柯蓝 许青禾", "心肌损伤标志物的早期检测与临床转化研究", "市科技进步奖二等奖", "2016"],
            ["2", "检验科", "韩冬青", "多重耐药菌院内传播的分子监测体系建立", "市医学科技奖三等奖", "2016"]]
    extraction = _html_table(rows, header_rows=1)
    assert relations(extraction, "MEMBER_OF") >= {("柯蓝", "心肌损伤标志物的早期检测与临床转化研究"),
                                                  ("韩冬青", "多重耐药菌院内传播的分子监测体系建立")}
    # a column of awards under the same header stays the award: no project named 市科技进步奖二等奖
    awards = [["序号", "完成人", "项目", "奖项名称"],
              ["1", "柯蓝", "心肌损伤标志物的早期检测与临床转化研究", "市科技进步奖二等奖"],
              ["2", "韩冬青", "多重耐药菌院内传播的分子监测体系建立", "市医学科技奖三等奖"]]
    names = {e.name for e in _html_table(awards, header_rows=1).entities if e.type.value == "Project"}
    assert names == {"心肌损伤标志物的早期检测与临床转化研究", "多重耐药菌院内传播的分子监测体系建立"}


def test_a_unit_cell_keeps_no_term_of_a_body() -> None:
    from ingest.kit.orgbook import unit_name

    assert unit_name("第一届南江省药学会") == "南江省药学会"
    assert unit_name("新一届理事会") is None and unit_name("第三届管理委员会") is None
    assert unit_name("南江大学") == "南江大学"


def test_a_university_named_by_its_place_is_a_unit_and_a_post_label_no_title_of_a_work() -> None:
    assert column_content(["吉林大学", "苏州大学", "青溪大学"]) is Content.ORG  # not 吉林大|学, a name
    rows = [[str(k), f"{name}教授", unit] for k, (name, unit) in enumerate(
        [("柏青山", "吉林大学"), ("韦望舒", "苏州大学"), ("祁远舟", "青溪大学"), ("蓝星河", "南湖科学院地理研究所")], start=1)]
    assert ("柏青山", "吉林大学") in relations(_html_table(rows), "WORKS_AT")
    committee = _html_table([["主   任:", "柏青山、韦望舒"], ["委   员:", "祁远舟、蓝星河、鹿鸣川"], ["秘   书:", "云海生"]])
    assert not any(str(e.type) == "Project" for e in committee.entities)  # 主任 is a post, no project
    assert not relations(committee, "MEMBER_OF")


def test_a_row_of_one_author_and_how_they_authored_the_paper_is_an_authorship() -> None:
    rows = [["序号", "作者类型", "姓名", "部门", "论文题目", "杂志名称", "杂志期数", "影响因子"],
            ["1", "第一作者", "柏青山", "CT室", "河网水质在线预警的理论与方法", "青溪医学杂志", "2016.22（21）：50-51", "1.2"],
            ["2", "通讯作者", "韦望舒", "ICU", "Lantern fever in river towns: a cohort", "J Invented Med", "2016,11:3457-3460", "5.2"],
            ["3", "第一作者", "祁远舟", "CCU", "湿地植被演替的遥感监测", "南湖护理", "2016.34（8）574", ""]]
    extraction = _html_table(rows, header_rows=1)
    authored = {(r.source, r.target): r for r in extraction.relations if str(r.type) == "AUTHORED"}
    assert authored[("柏青山", "河网水质在线预警的理论与方法")].order == 1
    assert authored[("韦望舒", "Lantern fever in river towns: a cohort")].corresponding is True
    paper = entity(extraction, "Paper", "河网水质在线预警的理论与方法")
    assert (paper.journal, paper.year, paper.volume, paper.issue, paper.pages) == ("青溪医学杂志", 2016, "22", "21", "50-51")
    other = entity(extraction, "Paper", "Lantern fever in river towns: a cohort")
    assert (other.year, other.volume, other.pages) == (2016, "11", "3457-3460")
    assert entity(extraction, "Paper", "湿地植被演替的遥感监测").pages == "574"  # 34（8）574: pages after the issue
    assert ("河网水质在线预警的理论与方法", "青溪医学杂志") in relations(extraction, "PUBLISHED_IN")


def test_a_unit_cell_with_the_post_written_after_the_unit_gives_both() -> None:
    rows = [["姓名", "工作单位和职务"], ["柏青山", "青溪竹藤研究中心常务副主任"], ["韦望舒", "西岭大学副校长"]]
    extraction = _html_table(rows, header_rows=1)
    works = {(r.source, r.target): r for r in extraction.relations if str(r.type) == "WORKS_AT"}
    assert works[("柏青山", "青溪竹藤研究中心")].position == "常务副主任"
    assert works[("韦望舒", "西岭大学")].position == "副校长"
    assert not any(e.name.endswith("副主任") for e in extraction.entities)


def test_a_cv_s_project_lines_take_the_quoted_cell_as_the_title_not_the_programme_before_it() -> None:
    """`[2022-2025] 某基金面上项目, 62176243, “…”, 73.9万, 主持人` lines: the work's title is the quoted cell, not the
    longer cell of its programme and period."""
    from tests.ingest.facts import extract_text, names

    x = extract_text("林小溪，北辰大学教授。\n\n科研项目\n\n"
                     "[2022-2025] **国家自然科学基金面上项目**, 62176243, “面向复杂时空数据的表征学习方法研究”,73.9万, **主持人**\n\n"
                     "[2017-2019] 北辰省高等学校科技计划项目, J17KA091, “交通大数据实时挖掘关键技术研究”, 3.5万, **主持人**\n\n"
                     "[2016-2019] 国家自然科学基金面上项目, 61572409, “基于CP-nets的多Agent定性博弈”, 61万, 主要参与人\n", "cv.md")
    assert {"面向复杂时空数据的表征学习方法研究", "交通大数据实时挖掘关键技术研究", "基于CP-nets的多Agent定性博弈"} <= names(x, "Project")
    assert not any(n.startswith("[") for n in names(x, "Project"))
