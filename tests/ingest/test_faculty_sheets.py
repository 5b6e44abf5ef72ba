"""A faculty export's sheets: a row per project of each teacher (`教师 | 类别 | 序号 | 项目`) whose cell writes the
project as a CV does (`2017年 某计划某专项“<title>”（编号），课题负责人。`), and a row per teacher whose
social posts are a column of their own. Names invented."""

from __future__ import annotations

from ingest.blocks import BlockWriter
from ingest.model import Extraction
from tests.ingest.facts import extract_text, names, relations


def _sheet(rows: list[list[str]]) -> Extraction:
    out = BlockWriter()
    out.add_table(rows, header_rows=1)
    text, blocks = out.result()
    return extract_text(text, "faculty.xlsx", blocks)


PROJECTS = [["教师", "类别", "序号", "项目"],
            ["林海燕", "纵向", "[1]", "2017年 国家重点研发计划云计算专项“东川中医临床智能辅助诊断研究”（2017YFB1002304），课题负责人。"],
            ["林海燕", "纵向", "[2]", "2013年国家科技支撑计划“东川临床跟师信息采集软件研发” (2013BAI13B06)，主要参加人。"],
            ["陈立伟", "纵向", "8.", "省部级项目：东川宫颈异常细胞图像检测与分类, 2019–2021，主持"]]


def test_a_project_cell_written_as_a_cv_line_gives_its_title_programme_number_and_part() -> None:
    ex = _sheet(PROJECTS)
    projects = {e.name: e for e in ex.entities if str(e.type) == "Project"}
    first = projects["东川中医临床智能辅助诊断研究"]
    assert (first.code, first.year) == ("2017YFB1002304", 2017)
    assert ("东川中医临床智能辅助诊断研究", "国家重点研发计划云计算专项") in relations(ex, "PART_OF")
    assert ("林海燕", "东川中医临床智能辅助诊断研究") in relations(ex, "LEADS")
    assert ("林海燕", "东川临床跟师信息采集软件研发") in relations(ex, "MEMBER_OF")  # 主要参加人: took part
    assert ("林海燕", "东川临床跟师信息采集软件研发") not in relations(ex, "LEADS")


def test_a_category_column_names_no_programme_and_a_year_range_is_no_title() -> None:
    ex = _sheet(PROJECTS)
    assert not {"纵向", "2019–2021"} & names(ex, "Project")
    assert not {r for r in relations(ex, "PART_OF") if r[1] == "纵向"}
    assert any("东川宫颈异常细胞图像检测与分类" in t for p, t in relations(ex, "LEADS") if p == "陈立伟")


def test_a_column_of_social_posts_is_no_project() -> None:
    ex = _sheet([["姓名", "外文名", "职务", "社会兼职"],
                 ["陈立伟", "Chen Liwei", "副院长", "中国东川学会常务理事 东川省人工智能学会智慧医疗专委会主任"],
                 ["林海燕", "Lin Haiyan", "", "中国东川计算机学会会员 东川省密码学会会员 东川省通信协会专委会委员"],
                 ["王志远", "Wang Zhiyuan", "系主任", "东川省计算机学会理事"]])
    assert not names(ex, "Project")
    assert not {r for r in relations(ex, "LEADS") if "会员" in r[1] or "理事" in r[1]}


def test_each_row_s_society_posts_are_its_own_person_s() -> None:
    ex = _sheet([["姓名", "外文名", "职务", "社会兼职"],
                 ["陈立伟", "Chen Liwei", "副院长", "中国东川学会常务理事 东川省人工智能学会智慧医疗专委会主任"],
                 ["林海燕", "Lin Haiyan", "", "中国东川计算机学会会员 东川省密码学会会员"]])
    affiliated = relations(ex, "AFFILIATED_WITH")
    assert {("陈立伟", "中国东川学会"), ("林海燕", "东川省密码学会")} <= affiliated
    assert ("陈立伟", "东川省人工智能学会智慧医疗专委会") in relations(ex, "LEADS")
    assert not {r for r in affiliated if r[0] == "陈立伟" and "密码" in r[1]}


def test_a_career_table_of_units_and_posts_held_gives_no_project() -> None:
    from ingest.blocks import BlockKind

    out = BlockWriter()
    out.add(BlockKind.HEADING, "经历", level=3)
    out.add_table([["东川商业教育学会", "秘书长\n监事"],
                   ["东川科技大学", "教授兼管理学院院长\n教授兼图书资讯处副处长"],
                   ["西岭药理大学", "资讯管理系所，副教授\n资讯管理系，助理教授"],
                   ["东川师范大学", "资讯管理系所，博士后研究"]])
    text, blocks = out.result()
    ex = extract_text(text, "cv.html", blocks)
    assert not names(ex, "Project")
    assert not {o for o in names(ex, "Organization") if o.startswith("兼")}


def test_a_title_held_with_a_post_is_no_part_of_the_unit() -> None:
    ex = extract_text("王海涛，教授兼东川大学管理学院院长。\n")
    assert ("王海涛", "东川大学管理学院") in relations(ex, "LEADS")
    assert not {o for o in names(ex, "Organization") if "兼" in o}


def test_a_student_on_a_roster_studies_at_the_unit_and_is_not_its_staff() -> None:
    ex = _sheet([["姓名", "任职", "科系", "职称"],
                 ["林海燕", "东川科技大学", "资讯管理系", "副教授"],
                 ["潘佳玲", "东川科技大学", "资讯管理系", "学生"],
                 ["曾弘远", "东川科技大学", "资讯管理系", "学生兼研究生"]])
    assert {("潘佳玲", "东川科技大学"), ("曾弘远", "东川科技大学")} <= relations(ex, "AFFILIATED_WITH")
    assert not {r for r in relations(ex, "WORKS_AT") if r[0] in ("潘佳玲", "曾弘远")}
    assert ("林海燕", "东川科技大学") in relations(ex, "WORKS_AT")


def test_an_honour_received_in_a_row_is_no_project() -> None:
    ex = _sheet([["教师", "序号", "项目"],
                 ["陈立伟", "[1]", "2022年获东川省高等教育教学成果奖一等奖；"],
                 ["陈立伟", "[2]", "2019 年获东川大学生计算机博弈大赛一等奖指导教师；"],
                 ["陈立伟", "[3]", "东川湖区智能监测系统关键技术研究"]])
    assert names(ex, "Project") == {"东川湖区智能监测系统关键技术研究"}


def test_a_row_s_sentence_around_a_quoted_title_gives_the_project_and_the_person_s_part() -> None:
    ex = _sheet([["教师", "类别", "序号", "项目"],
                 ["林海燕", "横向", "[1]", "2014年作为负责人承担“东川企业档案轻量化存储方式的研究”项目。"],
                 ["林海燕", "横向", "[2]", "2013年参与“东川中医数据挖掘平台建设”项目。"],
                 ["林海燕", "横向", "[3]", "2017年“东川智慧矿山研究与应用”获东川矿山科学技术特等奖；"],
                 ["林海燕", "横向", "[4]", "发明专利：2013年4月12日，一种视觉认知模型驱动的图像合成方法（201310127841.4）"],
                 ["陈立伟", "纵向", "[1]", "2016年作为负责人承担“东川导航软件开发与测试”项目。"]])
    projects = {e.name: e for e in ex.entities if str(e.type) == "Project"}
    assert set(projects) == {"东川企业档案轻量化存储方式的研究", "东川中医数据挖掘平台建设", "东川智慧矿山研究与应用",
                             "东川导航软件开发与测试"}
    assert projects["东川企业档案轻量化存储方式的研究"].year == 2014
    assert ("林海燕", "东川企业档案轻量化存储方式的研究") in relations(ex, "LEADS")
    assert {("林海燕", "东川中医数据挖掘平台建设"), ("林海燕", "东川智慧矿山研究与应用")} <= relations(ex, "MEMBER_OF")
    assert projects["东川智慧矿山研究与应用"].award == "东川矿山科学技术特等奖"


def test_the_schools_a_person_studied_at_are_past_affiliations_and_a_database_s_null_is_no_value() -> None:
    """`本科学校`, `博士学校`, `毕业院校`: where the row's person studied, AFFILIATED_WITH and never the job; `NULL`, a
    database's empty value, names nothing."""
    ex = _sheet([["姓名", "单位", "本科学校", "博士学校", "毕业院校"],
                 ["柯振邦", "南州大学", "西岭大学", "NULL", "NULL"],
                 ["乔远鸣", "NULL", "NULL", "北辰大学", "NULL"],
                 ["诸葛岚", "东湖研究院", "NULL", "NULL", "南州师范学院"]])
    assert relations(ex, "WORKS_AT") == {("柯振邦", "南州大学"), ("诸葛岚", "东湖研究院")}
    assert relations(ex, "AFFILIATED_WITH") == {("柯振邦", "西岭大学"), ("乔远鸣", "北辰大学"), ("诸葛岚", "南州师范学院")}
    assert "NULL" not in names(ex, "Organization")
