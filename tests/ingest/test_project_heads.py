"""Projects a news page lists under headings of their titles (《某某研究》 over `某学院 某某教授`): the Project, its
leader, where the leader works and the project's unit; a site named by its university's short name
(`北辰新闻网讯`) is that university's. Names and titles invented."""

from __future__ import annotations

from tests.ingest.facts import extract_text, names, relations

_WON = """北辰大学获批3项国家社科基金重大项目
北辰新闻网讯（通讯员 林小溪）12月8日，全国哲学社会科学工作办公室公布了2031年度国家社科基金重大项目立项名单，北辰大学获批3项。
获批项目介绍：
**《近代江南市镇账簿整理与研究》**
**历史学院 韩冬青教授**
本课题以近代江南市镇的商号账簿为对象，系统整理与研究。
《数字经济赋能区域协调发展的理论与实践研究》
首席专家：周一鸣（经济学院）
本课题立足数字经济时代的典型特征，研究区域协调发展。
“乡村治理现代化的法治路径研究”
法学院 柯蓝研究员
本课题围绕乡村治理现代化展开。
"""


def test_titles_over_their_leaders_lines_are_projects_led_by_them_at_the_sites_university() -> None:
    ex = extract_text(_WON)
    projects = {"近代江南市镇账簿整理与研究", "数字经济赋能区域协调发展的理论与实践研究", "乡村治理现代化的法治路径研究"}
    assert projects <= names(ex, "Project")
    assert relations(ex, "LEADS") >= {("韩冬青", "近代江南市镇账簿整理与研究"), ("周一鸣", "数字经济赋能区域协调发展的理论与实践研究"),
                                      ("柯蓝", "乡村治理现代化的法治路径研究")}
    assert {("北辰大学", "近代江南市镇账簿整理与研究"), ("北辰大学", "乡村治理现代化的法治路径研究")} <= relations(ex, "UNIT_OF")
    assert {("韩冬青", "北辰大学"), ("韩冬青", "历史学院"), ("柯蓝", "北辰大学"), ("周一鸣", "经济学院")} <= relations(ex, "WORKS_AT")


def test_a_title_over_a_byline_or_a_paragraph_is_no_project() -> None:
    ex = extract_text("北辰大学召开学术年会\n《北辰日报》\n记者 韩冬青\n"
                      "《近代江南市镇账簿整理与研究》\n本书由历史学院韩冬青教授主编，近日出版。\n")
    assert not names(ex, "Project") & {"北辰日报", "近代江南市镇账簿整理与研究"}
    assert not relations(ex, "LEADS")
