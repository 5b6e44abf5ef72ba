"""A CV's projects listed on lines of their own, their pieces parted by commas in any order: each is a project with
its number, year and budget, part of its programme (the programme's own name, without the class), and the person
whose name opens the CV leads it (主持) or is a member (参与). An item wrapped over lines is read whole; sentences
and lines without a period or a number are no projects. Names and titles invented."""

from __future__ import annotations

from graph.schema import Label, RelType
from ingest.extract import extract
from ingest.model import Extraction
from ingest.readers import read_upload
from tests.ingest.facts import extract_text, relations


def _extract(text: str, name: str = "cv.txt") -> Extraction:
    return extract(read_upload(text.encode("utf-8"), name))


def _projects(ex: Extraction) -> dict[str, tuple[str | None, int | None, str | None, float | None]]:
    return {e.name: (e.kind, e.year, e.code, e.budget_cap_wan) for e in ex.entities if e.type is Label.PROJECT}


def _links(ex: Extraction, *types: RelType) -> set[tuple[str, str, str]]:
    return {(str(r.type), r.source, r.target) for r in ex.relations if r.type in types}


_TYPESET = """林小溪，青溪大学数学学院副教授。
科研项目
• 薄膜流动的数值方法研究 , 国家自然科学基金青年科学基金项目 , 直接经费 ¥24 万 , 编号 : 12301234, 2031.01.01 - 2033.12.31, 主持
• 多孔介质内热对流现象的理论研究与数值模拟 , 国家自然科学基金面上项目 , ¥50 万 , 编号 :
12171234, 2030.01.01 - 2033.12.31, 参与
• 稀疏介质传热特性研究 , 江苏省自然科学基金青年基金项目 , ¥20.5 万 , 编号 : BK20310775, 2031.07.01 - 2034.06.30, 参与
"""

_WRITTEN = """周一鸣
南湖大学材料学院教授，博士生导师。
主持和参与的科研项目：
1. 国家自然科学基金面上项目，薄膜晶体的缺陷机理研究（52371234），2024.01-2027.12，主持。
2. 湖东省自然科学基金，多孔陶瓷的热稳定性研究，2019.01-2021.12，在研，参与。
"""


def test_typeset_project_items_with_budget_number_period_and_part_wrapped_over_lines() -> None:
    ex = _extract(_TYPESET)
    assert _projects(ex) == {
        "薄膜流动的数值方法研究": ("research_project", 2031, "12301234", 24.0),
        "多孔介质内热对流现象的理论研究与数值模拟": ("research_project", 2030, "12171234", 50.0),
        "稀疏介质传热特性研究": ("research_project", 2031, "BK20310775", 20.5),
        "国家自然科学基金": ("programme", None, None, None),
        "江苏省自然科学基金": ("programme", None, None, None),
    }
    assert _links(ex, RelType.PART_OF, RelType.LEADS, RelType.MEMBER_OF) >= {
        ("PART_OF", "薄膜流动的数值方法研究", "国家自然科学基金"),
        ("PART_OF", "多孔介质内热对流现象的理论研究与数值模拟", "国家自然科学基金"),
        ("PART_OF", "稀疏介质传热特性研究", "江苏省自然科学基金"),
        ("LEADS", "林小溪", "薄膜流动的数值方法研究"),
        ("MEMBER_OF", "林小溪", "多孔介质内热对流现象的理论研究与数值模拟"),
        ("MEMBER_OF", "林小溪", "稀疏介质传热特性研究"),
    }


def test_numbered_items_with_the_programme_first_and_the_number_in_brackets_by_the_name_on_its_own_line() -> None:
    ex = _extract(_WRITTEN)
    projects = _projects(ex)
    assert projects["薄膜晶体的缺陷机理研究"] == ("research_project", 2024, "52371234", None)
    assert projects["多孔陶瓷的热稳定性研究"] == ("research_project", 2019, None, None)
    assert _links(ex, RelType.LEADS, RelType.MEMBER_OF) == {
        ("LEADS", "周一鸣", "薄膜晶体的缺陷机理研究"), ("MEMBER_OF", "周一鸣", "多孔陶瓷的热稳定性研究")}


def test_without_a_person_opening_the_document_the_projects_stand_alone() -> None:
    ex = _extract("科研项目\n" + _WRITTEN.split("\n", 3)[3])
    assert {"薄膜晶体的缺陷机理研究", "多孔陶瓷的热稳定性研究"} <= set(_projects(ex))
    assert not _links(ex, RelType.LEADS, RelType.MEMBER_OF)


def test_sentences_and_lines_without_a_period_or_a_number_are_no_projects() -> None:
    text = ("苏晚晴，南湖大学教授。\n"
            "她主持国家自然科学基金项目，研究薄膜晶体的缺陷机理，2019年获省科技进步奖。此后，她继续相关研究，成果丰硕。\n"
            "• 薄膜晶体研讨会，南湖大学，南湖\n"
            "• 多孔陶瓷的热稳定性研究，湖东省自然科学基金，参与\n")
    assert not {name for name, (kind, *_) in _projects(_extract(text)).items() if kind == "research_project"}


def test_a_programme_with_the_class_of_its_projects_is_no_project_a_person_led() -> None:
    ex = _extract("苏晚晴，南湖大学教授。\n她主持国家自然科学基金青年项目，研究薄膜晶体的缺陷机理。\n")
    assert "国家自然科学基金青年项目" not in _projects(ex)
    assert not _links(ex, RelType.LEADS)


def test_projects_in_the_cells_of_an_exported_cv_with_the_unit_that_funds_them() -> None:
    data = ("name,周一鸣\ndepartment,南湖大学水利学院\n\nname,content\n"
            "实验教学项目,湖区水文虚拟仿真实验教学项目设计研究及实现，水利国家级实验教学示范中心（南湖大学），2029-2030年，主持人\n"
            "实验教学项目,《水文预报》课程虚拟仿真实验教学模式研究，南湖大学，2029-2030年，主要参与人\n")
    ex = _extract(data, "cv.csv")
    assert {n for n, (kind, *_) in _projects(ex).items() if kind == "research_project"} == {
        "湖区水文虚拟仿真实验教学项目设计研究及实现", "《水文预报》课程虚拟仿真实验教学模式研究"}
    assert _links(ex, RelType.FUNDED_BY, RelType.LEADS, RelType.MEMBER_OF) == {
        ("FUNDED_BY", "湖区水文虚拟仿真实验教学项目设计研究及实现", "水利国家级实验教学示范中心"),
        ("FUNDED_BY", "《水文预报》课程虚拟仿真实验教学模式研究", "南湖大学"),
        ("LEADS", "周一鸣", "湖区水文虚拟仿真实验教学项目设计研究及实现"),
        ("MEMBER_OF", "周一鸣", "《水文预报》课程虚拟仿真实验教学模式研究")}


def test_a_count_of_projects_led_is_no_project() -> None:
    ex = _extract("宋明，南湖大学教授。主持完成省部级项目两项，主持国家级课题三个，发表学术论文50余篇。\n")
    assert not [name for name, (kind, *_) in _projects(ex).items() if kind == "research_project"]


def test_a_grant_named_by_its_programme_and_class_with_its_period_and_the_part_taken() -> None:
    text = ("周一鸣\n职称：教授\n科研项目\n"
            "* 湖东省自然科学基金面上项目(2031.1-2033.12)，主持。\n"
            "* 南湖大学交叉学科重点专项(2029.1—2030.12)，结题，主持。\n"
            "* 国家自然科学基金联合基金重点项目(2028.1—2031.12)，参与。\n"
            "* 南湖大学百人计划启动经费(2027.3—2029.12)，结题。\n")
    ex = _extract(text)
    grants = {n: year for n, (kind, year, *_) in _projects(ex).items() if kind == "research_project"}
    assert grants == {"湖东省自然科学基金面上项目": 2031, "南湖大学交叉学科重点专项": 2029, "国家自然科学基金联合基金重点项目": 2028}
    assert _links(ex, RelType.LEADS, RelType.MEMBER_OF) == {
        ("LEADS", "周一鸣", "湖东省自然科学基金面上项目"), ("LEADS", "周一鸣", "南湖大学交叉学科重点专项"),
        ("MEMBER_OF", "周一鸣", "国家自然科学基金联合基金重点项目")}


def test_kinds_of_projects_led_are_no_projects() -> None:
    ex = _extract("宋明，南湖大学教授。由南湖大学宋明教授主持完成的“湖泊底泥磷钝化技术”等通用项目以及5个专用项目(主持完成4项)"
                  "获得省技术发明二等奖,占省技术发明奖授奖项目总数的13.64%。她主持过省部级及以上的科研项目。\n")
    assert set(_projects(ex)) == {"湖泊底泥磷钝化技术"}


def test_a_programme_with_its_quoted_field_is_the_project_a_person_led() -> None:
    ex = _extract("宋明，南湖大学教授，主持国家科技创新2030“脑科学与类脑研究”重大项目，发表论文50余篇。\n")
    assert ("LEADS", "宋明", "国家科技创新2030“脑科学与类脑研究”重大项目") in _links(ex, RelType.LEADS)


_PEOPLE_NAMED = """## 参与的主要课题
1.	国家自然科学基金项目，柏青禾，“多孔介质的热对流机理研究”，在研，项目编号：61961234，2030.01-2033.12（参与第二）。
2.	湖东省自然科学基金项目，杭子墨，“薄膜流动的数值方法研究”，项目组核心成员（614321）（第六）。
3.	湖东省重点研发计划项目（社发）, 基于遥感成像的近海目标识别关键技术研究、ZDYF2032SHFZ039、2032.3.16 – 2034.3.15，主持。
4.	湖东大学青年基金项目，唐青岚，湖区耕地地力的统一评价研究， 唐青岚,赵春明（外）,柯远山 2025-06-12--2027-06-01。
"""


def test_a_name_before_the_title_leads_the_project_and_names_after_it_are_its_members() -> None:
    ex = _extract(_PEOPLE_NAMED, "projects.md")
    projects = _projects(ex)
    assert projects["多孔介质的热对流机理研究"] == ("research_project", 2030, "61961234", None)
    assert projects["薄膜流动的数值方法研究"][2] == "614321"
    assert projects["基于遥感成像的近海目标识别关键技术研究"] == ("research_project", 2032, "ZDYF2032SHFZ039", None)
    assert projects["湖区耕地地力的统一评价研究"][1] == 2025
    assert _links(ex, RelType.LEADS, RelType.MEMBER_OF) == {
        ("LEADS", "柏青禾", "多孔介质的热对流机理研究"), ("LEADS", "杭子墨", "薄膜流动的数值方法研究"),
        ("LEADS", "唐青岚", "湖区耕地地力的统一评价研究"), ("MEMBER_OF", "唐青岚", "湖区耕地地力的统一评价研究"),
        ("MEMBER_OF", "赵春明", "湖区耕地地力的统一评价研究"), ("MEMBER_OF", "柯远山", "湖区耕地地力的统一评价研究")}


_GROUP_SHEET = """科研项目
| 序号 | 项目 | 状态 |
| --- | --- | --- |
| 1 | 【国家级纵向项目】国家自然科学基金, 面上项目, 海岛渔村变迁的数据处理技术, (62572108), 2026.1-2029.12, 在研 | 在研 |
| 2 | 【国家级纵向项目】国家自然科学基金联合基金重点项目, 多中心湖仓融合架构关键技术, (U23B2019), 2024.1-2027.12, 在研 | 在研 |
| 3 | 【国家级纵向项目】国家重点研发计划课题, 面向混合负载的异构计算技术, (2023YFB4503603), 2023.12-2026.11, 在研 | 在研 |
| 4 | 【国家级纵向项目】国家自然科学基金, 青年基金, 面向交互式事件处理关键技术研究 2013.1-2015.12, 已结题 | 已结题 |
"""


def test_a_table_whose_project_cells_are_whole_project_lines_is_read_piece_by_piece() -> None:
    ex = _extract(_GROUP_SHEET, "group.md")
    assert _projects(ex) == {
        "国家自然科学基金": ("programme", None, None, None), "国家重点研发计划": ("programme", None, None, None),
        "海岛渔村变迁的数据处理技术": ("research_project", 2026, "62572108", None),
        "多中心湖仓融合架构关键技术": ("research_project", 2024, "U23B2019", None),
        "面向混合负载的异构计算技术": ("research_project", 2023, "2023YFB4503603", None),
        "面向交互式事件处理关键技术研究": ("research_project", 2013, None, None)}
    assert ("PART_OF", "多中心湖仓融合架构关键技术", "国家自然科学基金") in _links(ex, RelType.PART_OF)


def test_lines_under_a_part_label_with_their_funder_first_and_study_lines_that_are_no_projects() -> None:
    ex = _extract("""魏星河
邮箱：weixinghe@example.edu
研究课题
主持
青溪大学，青溪大学科研启动项目，XRC-31012，隧道施工智能感知机理和方法，30万元，2031.11–2033.10
主要参与
国家自然科学基金委员会，国家自然科学基金面上项目，52378408，盾构隧道沉降感知映射机制及预警模型
教育经历
2027.03–2031.09，南湖大学，土木工程，博士研究生（导师：柯远航 教授）
""")
    links = _links(ex, RelType.LEADS, RelType.MEMBER_OF, RelType.FUNDED_BY)
    assert ("LEADS", "魏星河", "隧道施工智能感知机理和方法") in links
    assert ("MEMBER_OF", "魏星河", "盾构隧道沉降感知映射机制及预警模型") in links
    assert ("FUNDED_BY", "盾构隧道沉降感知映射机制及预警模型", "国家自然科学基金委员会") in links
    assert ("FUNDED_BY", "国家自然科学基金", "国家自然科学基金委员会") in links  # the body funds its programme
    projects = _projects(ex)
    assert "国家自然科学基金委员会" not in projects and "土木工程" not in projects  # a body, a field of study


def test_a_sentence_of_news_with_a_quoted_project_and_its_number_is_prose_not_a_listed_project() -> None:
    """`此前，甲团队承担了某计划项目“…”（编号），获得资助经费1200万元。`: one line, pieces parted by commas, a number
    and a budget, yet a sentence: the project is the quoted title with its number, led by the person; the clause of
    holding is no title and the budget's clause no programme."""
    ex = _extract("此前，潘晓群团队承担了国家重点研发计划项目“薄膜早筛关键技术研究”（2032YFC2500100），获得资助经费1200万元。\n",
                  "news.txt")
    projects = _projects(ex)
    assert projects["薄膜早筛关键技术研究"][2] == "2032YFC2500100"
    assert not [n for n in projects if "承担" in n or "经费" in n]
    assert ("LEADS", "潘晓群", "薄膜早筛关键技术研究") in _links(ex, RelType.LEADS)
    assert not _links(ex, RelType.PART_OF) - {("PART_OF", "薄膜早筛关键技术研究", "国家重点研发计划")}


def test_a_heading_of_projects_led_or_joined_is_no_project_and_each_item_says_the_part() -> None:
    """`主持/参与科研项目` over the items: a heading of both parts (no project named `/参与科研项目`), each
    item's own `主持` or `参与` says which."""
    ex = _extract("陈一鸣\n副教授，北辰农业大学动物科技学院\n主持/参与科研项目\n"
                  "1. 奶牛场精准饲喂关键技术研究，国家自然科学基金青年项目，2031-2033，主持\n"
                  "2. 智慧牧场数据平台建设，湖东省重点研发计划，2032-2034，参与\n")
    assert set(_projects(ex)) == {"奶牛场精准饲喂关键技术研究", "国家自然科学基金", "智慧牧场数据平台建设", "湖东省重点研发计划"}
    assert _links(ex, RelType.LEADS, RelType.MEMBER_OF) == {
        ("LEADS", "陈一鸣", "奶牛场精准饲喂关键技术研究"),
        ("MEMBER_OF", "陈一鸣", "智慧牧场数据平台建设"),
    }


def test_a_period_opening_the_funder_s_piece_and_a_bare_class_are_neither_unit_nor_programme() -> None:
    """`- 2031.01-2034.12 国家自然科学基金委员会，面上项目，…`: the period is the project's, the body after the blank
    funds it, and 面上项目 names no programme of its own."""
    text = ("周一鸣\n南湖大学化学学院教授。\n科研项目\n"
            "- 2031.01-2034.12 国家自然科学基金委员会，面上项目，21973045，分子反应动力学的量子效应，65万元，主持\n"
            "- 2028.01-2032.12 科技部，国家重点研发计划，2028YFA0200600，表面催化的理论研究，参与\n")
    ex = _extract(text)
    projects = _projects(ex)
    assert projects["分子反应动力学的量子效应"] == ("research_project", 2031, "21973045", 65.0)
    assert "面上项目" not in projects
    assert ("FUNDED_BY", "分子反应动力学的量子效应", "国家自然科学基金委员会") in _links(ex, RelType.FUNDED_BY)
    assert ("PART_OF", "表面催化的理论研究", "国家重点研发计划") in _links(ex, RelType.PART_OF)
    orgs = {e.name for e in ex.entities if e.type is Label.ORGANIZATION}
    assert {"国家自然科学基金委员会", "科技部"} <= orgs and not any(any(c.isdigit() for c in n) for n in orgs)


def test_a_heading_of_projects_led_is_no_project() -> None:
    ex = _extract("# 周一鸣\n\n## 主持科研项目\n\n1. 国家自然科学基金面上项目，“薄膜晶体的缺陷机理研究”，2031-2034，主持\n", "cv.md")
    assert "科研项目" not in _projects(ex)
    assert "薄膜晶体的缺陷机理研究" in _projects(ex)


def test_a_project_s_funder_role_and_period_over_its_quoted_title_on_the_next_line() -> None:
    """`国家自然科学基金面上项目#71770001，主持，2031-2034` over `“某某研究”`: the title below is the project's; the number
    after # is its code, the funder's piece its programme or its funding body."""
    text = ("林晓岚\n在研课题\n国家自然科学基金面上项目#71770001，主持，2031-2034\n“湖泊沉积物磷释放的微观机理研究”\n"
            "东川市政府，子课题负责人，2030-2031\n“城市内涝智能预警方法研究”\n")
    ex = extract_text(text, "cv.txt")
    projects = {e.name: e for e in ex.entities if str(e.type) == "Project"}
    assert projects["湖泊沉积物磷释放的微观机理研究"].code == "71770001"
    assert ("湖泊沉积物磷释放的微观机理研究", "国家自然科学基金") in relations(ex, "PART_OF")
    assert ("城市内涝智能预警方法研究", "东川市政府") in relations(ex, "FUNDED_BY")
    assert ("林晓岚", "湖泊沉积物磷释放的微观机理研究") in relations(ex, "LEADS")


def test_a_profile_opening_with_its_subject_and_projects_whose_titles_stand_below_their_funders() -> None:
    """`林某主要从事…研究` opens the page: its projects are 林某's; `某委员会，子课题负责人，2019-2020` over `“某某建议”`: the
    quoted line is the title (the funder's line alone is no project), and a sub-project's head is a member."""
    text = ("研究专长\n林小溪主要从事环境经济学与环境管理方面的研究。\n在研课题\n"
            "国家自然科学基金面上项目#71773043，主持，2028-2032\n        “基于防护支出法量化空气污染损失的实证研究”\n"
            "北辰环境与发展国际合作委员会，子课题负责人，2029-2030\n        “关于促进生态保护和生物多样性融资的政策建议”\n"
            "南湖市政府，主持，2029-2030\n        “母婴群体的大气污染防护行为研究”\n")
    x = extract_text(text)
    assert relations(x, "LEADS") == {("林小溪", "基于防护支出法量化空气污染损失的实证研究"),
                                     ("林小溪", "母婴群体的大气污染防护行为研究")}
    assert ("林小溪", "关于促进生态保护和生物多样性融资的政策建议") in relations(x, "MEMBER_OF")
    assert "北辰环境与发展国际合作委员会" not in {e.name for e in x.entities if e.type is Label.PROJECT}


def test_numbered_lines_each_labelled_with_its_leader_and_closing_with_the_state_of_the_project() -> None:
    """`1.甲项目：某某研究，某规划“十四五”一般项目，2031结项`: a lab's list of its members' projects. The name before the
    colon leads the project; the state (在研, 2031年结项) stands for a date; the quoted period stays in the programme's
    name; a line without a programme or a leader is no project."""
    text = ("某研究中心成员课题\n"
            "1.林晓岚项目：南山古戏台营造技艺的调查研究，东川省社会科学规划“十四五”一般项目，2031结项\n"
            "2.周文博项目：数字化背景下民间剪纸纹样的保护与传承研究，东川省艺术科学规划项目，在研\n"
            "3.周文博项目：高校美术课程中民间纹样的应用研究，东川省教改课题，2032年结项\n"
            "4.南山古戏台营造技艺的调查与分析，在研\n")
    x = extract_text(text)
    assert relations(x, "LEADS") == {("林晓岚", "南山古戏台营造技艺的调查研究"),
                                     ("周文博", "数字化背景下民间剪纸纹样的保护与传承研究"),
                                     ("周文博", "高校美术课程中民间纹样的应用研究")}
    assert ("南山古戏台营造技艺的调查研究", "东川省社会科学规划“十四五”一般项目") in relations(x, "PART_OF")
    assert ("高校美术课程中民间纹样的应用研究", "东川省教改课题") in relations(x, "PART_OF")
    projects = {e.name: e for e in x.entities if e.type is Label.PROJECT}
    assert projects["高校美术课程中民间纹样的应用研究"].year == 2032
    assert "南山古戏台营造技艺的调查与分析" not in projects


def test_a_project_s_pieces_in_brackets_after_its_title_and_a_programme_with_its_number_after_a_colon() -> None:
    """`2031.1 – 2033.12 某某研究（主持，某基金青年项目：52209103，30万元）`: the pieces in the closing bracket are the
    item's; `programme：number` gives both."""
    text = ("林晓岚\n科研项目\n2031.1 – 2033.12 高原湖泊沉积物磷释放的微观机理研究（主持，国家自然科学基金青年项目：52209103，30万元）\n"
            "2029.1 – 2030.12 输水通道附着流动阻力的形成机理研究（参与，东川大学水沙科学国家重点实验室开放基金：sklhse-2029-B-03，10万元）\n")
    x = extract_text(text)
    projects = {e.name: e for e in x.entities if str(e.type) == "Project"}
    assert projects["高原湖泊沉积物磷释放的微观机理研究"].code == "52209103"
    assert ("林晓岚", "高原湖泊沉积物磷释放的微观机理研究") in relations(x, "LEADS")
    assert ("林晓岚", "输水通道附着流动阻力的形成机理研究") in relations(x, "MEMBER_OF")
    assert ("高原湖泊沉积物磷释放的微观机理研究", "国家自然科学基金") in relations(x, "PART_OF")


def test_a_site_data_file_s_project_items_under_a_key_with_the_period_over_a_break() -> None:
    """`- name: "2031.1 – 2033.12 <br> 某某研究（主持，某基金：编号，30万元）"` in a YAML data file: the key and its quote
    open no title, and the period before the break is the project's."""
    data = ('- name: "2031.1 – 2033.12 <br> 高原湖泊沉积物磷释放的微观机理研究（主持，国家自然科学基金青年项目：52209103，30万元）"\n'
            '- name: "2030.3 – 2032.3 <br> 机器狗农田环境感知驱动的节水灌溉调控技术研究（主持，东川大学水资源全国重点实验室\n'
            '交叉研究基金项目，20万元）"\n')
    x = extract(read_upload(data.encode(), "grants.yml"))
    projects = {e.name: e for e in x.entities if str(e.type) == "Project"}
    assert projects["高原湖泊沉积物磷释放的微观机理研究"].year == 2031
    assert "机器狗农田环境感知驱动的节水灌溉调控技术研究" in projects
    assert not any(n.startswith("name") for n in projects)


def test_a_cv_titled_by_its_person_s_name_gives_them_their_part_in_lines_and_in_a_table_s_role_column() -> None:
    """`林某个人简历` opening the CV: its person leads the projects a line says 主持 and is a member of those it says
    参与; a table's `角色` column (主持人, 参与人) says the same of each row."""
    lines = extract_text("林小溪个人简历\n\n主要科研项目：\n1. 国家自然科学基金面上项目，湖泊沉积物中磷的释放机制研究（41871234），"
                         "2019-2022，主持\n2. 国家重点研发计划课题，高原湖泊碳埋藏的过程与机制（2018YFC0000000），2018-2021，参与\n")
    assert relations(lines, "LEADS") == {("林小溪", "湖泊沉积物中磷的释放机制研究")}
    assert relations(lines, "MEMBER_OF") == {("林小溪", "高原湖泊碳埋藏的过程与机制")}
    table = extract_text("林小溪个人简历\n\n主要科研项目\n\n| 项目名称 | 项目来源 | 起止时间 | 角色 |\n| -- | -- | -- | -- |\n"
                         "| 湖泊沉积物中磷的释放机制研究 | 国家自然科学基金 | 2019-2022 | 主持人 |\n"
                         "| 高原湖泊碳埋藏的过程与机制 | 国家重点研发计划 | 2018-2021 | 参与人 |\n", "cv.md")
    assert relations(table, "LEADS") == {("林小溪", "湖泊沉积物中磷的释放机制研究")}
    assert relations(table, "MEMBER_OF") == {("林小溪", "高原湖泊碳埋藏的过程与机制")}


def test_a_personal_page_opened_by_its_person_s_name_written_as_a_heading_without_its_blank() -> None:
    """`#林某 (Lin Mou)` (a heading's mark with no blank after it, so plain text to Markdown) opening the page: the
    table's `角色` column gives its person's part in each row's project."""
    ex = extract_text("#林小溪 (Lin Xiaoxi)\n\n现任东川大学教授。\n\n| 时间 | 项目名称 | 角色 |\n| -- | -- | -- |\n"
                      "| 2019.03-2019.08 | 湖泊沉积物中磷的释放机制研究 | 项目首席科学家 |\n"
                      "| 2018.10-2019.07 | 高原湖泊碳埋藏的过程与机制 | 参与人 |\n", "about.md")
    assert relations(ex, "LEADS") >= {("林小溪", "湖泊沉积物中磷的释放机制研究")}
    assert ("林小溪", "高原湖泊碳埋藏的过程与机制") in relations(ex, "MEMBER_OF")


def test_a_project_type_column_of_fields_names_no_programme_but_one_naming_a_fund_does() -> None:
    """`项目类型 | 工业智能算法`: the kind of the project in words, no programme it is part of; `国家自然科学基金` in the
    same column is one."""
    ex = extract_text("林小溪个人简历\n\n| 时间 | 项目名称 | 项目类型 | 角色 |\n| -- | -- | -- | -- |\n"
                      "| 2019.03-2019.08 | 湖泊脱硫工艺优化 | 工业智能算法 | 项目首席科学家 |\n"
                      "| 2018.10-2019.07 | 湖泊沉积物中磷的释放机制研究 | 国家自然科学基金 | 参与人 |\n", "cv.md")
    assert relations(ex, "PART_OF") == {("湖泊沉积物中磷的释放机制研究", "国家自然科学基金")}


def test_a_research_office_s_export_with_tags_a_bare_budget_and_participants_in_order() -> None:
    """`1. [省部级] [在研] 2031-01-01~2033-12-31 某某研究，某基金，资金：6.0，参与者：甲，乙，丙`: the bracketed tags are no
    programme, the labelled amount is in 万元, and each participant (parted by commas or blanks, `丁等` without the
    等) is a member in the order written."""
    page = ("---\nlayout: widepage\ntitle: 科研项目\n---\n\n"
            "1. [省部级] [在研] 2031-01-01~2033-12-31 湖泊沉积物磷释放的多尺度监测方法研究，北辰省自然科学基金，资金：6.0，"
            "参与者：柯振邦，乔远鸣，诸葛岚\n"
            "2. [国家级] 2030-07-03~2033-07-03 基于形式概念分析的湖冰遥感识别研究，国家自然科学基金面上项目，资金：58，"
            "参与者：欧阳舒 司马青 柯振邦等\n")
    x = extract(read_upload(page.encode(), "projects.md"))
    first, second = "湖泊沉积物磷释放的多尺度监测方法研究", "基于形式概念分析的湖冰遥感识别研究"
    budgets = {e.name: e.budget_cap_wan for e in x.entities if e.type is Label.PROJECT}
    assert (budgets[first], budgets[second]) == (6.0, 58.0)
    ranks = {(r.source, r.target): r.rank for r in x.relations if r.type is RelType.MEMBER_OF}
    assert ranks == {("柯振邦", first): 1, ("乔远鸣", first): 2, ("诸葛岚", first): 3,
                     ("欧阳舒", second): 1, ("司马青", second): 2, ("柯振邦", second): 3}
    assert (first, "北辰省自然科学基金") in relations(x, "PART_OF")


def test_a_quoted_title_right_after_its_programme_and_the_period_in_brackets_after_it() -> None:
    """`- 某基金青年项目“某某研究”（2031-2033），主持`: the title in quotes, the programme before it, the period in brackets."""
    x = extract_text("柯振邦\n南州大学副教授\n\n科研项目\n\n- 国家自然科学基金青年项目“低时延高可靠无人机边缘算力网络”（2031-2033），主持\n"
                     "- 北辰省自然科学基金面上项目“湖冰遥感识别方法研究”（2030-2032），主持\n")
    years = {e.name: e.year for e in x.entities if e.type is Label.PROJECT}
    assert (years.get("低时延高可靠无人机边缘算力网络"), years.get("湖冰遥感识别方法研究")) == (2031, 2030)
    assert {("柯振邦", "低时延高可靠无人机边缘算力网络"), ("柯振邦", "湖冰遥感识别方法研究")} <= relations(x, "LEADS")
    assert ("低时延高可靠无人机边缘算力网络", "国家自然科学基金") in relations(x, "PART_OF")


def test_a_cv_s_projects_whose_pieces_are_parted_by_stops() -> None:
    from ingest.nlp.project_lines import read_project_line
    for line, title, code, programme in (
            ("1. 冻土路基温度场的演化机理研究（92471036）.国家自然科学基金. 2035-2038. 73万", "冻土路基温度场的演化机理研究",
             "92471036", "国家自然科学基金"),
            ("2. 湖泊沉积物磷释放的调控研究.(92270845/Z0402) .国家自然科学基金. 2033-2036. 70万", "湖泊沉积物磷释放的调控研究",
             "92270845", "国家自然科学基金")):
        found = read_project_line(line, 0, len(line))
        assert found is not None and (found.title, found.code, found.programme, found.year) == (title, code, programme,
                                                                                               int(line.split(". ")[-2][:4]))


def test_pieces_parted_by_semicolons_a_name_marked_as_the_head_and_a_special_programme_s_quoted_field() -> None:
    from ingest.nlp.project_lines import read_project_line
    x = extract_text("柯振邦，南州大学计算机学院教授。\n科研项目:\n"
                     "2032年国家自然科学基金；面向可信推理的逻辑程序求解方法研究；项目批准号：62170001；在研；柯振邦（主持人）.\n"
                     "国家重点研发计划科研项目子课题；语义通信的数学基础；项目批准号：2031YFA0100001；在研；柯振邦（参与）.\n")
    assert relations(x, "LEADS") == {("柯振邦", "面向可信推理的逻辑程序求解方法研究")}
    assert ("柯振邦", "语义通信的数学基础") in relations(x, "MEMBER_OF")
    # the year before the programme is the grant's, no part of the programme's name
    assert ("面向可信推理的逻辑程序求解方法研究", "国家自然科学基金") in relations(x, "PART_OF")
    assert not any(e.name.startswith("2032年") for e in x.entities if e.type is Label.PROJECT)
    line = "国家重点研发计划“先进计算”重点专项，2031YFB0900700，面向中学生的科学计算实训平台，2031/7-2033/6 ，主持"
    found = read_project_line(line, 0, len(line))
    assert found is not None and (found.title, found.programme, found.leads) == (
        "面向中学生的科学计算实训平台", "国家重点研发计划“先进计算”重点专项", True)
    line = "北辰省科技重大专项，2031B020203001，港口物流多式联运调度服务平台，2031/12-2034/12 ，参与（南州大学方主持）"
    found = read_project_line(line, 0, len(line))
    assert found is not None and (found.title, found.funder, found.leads) == ("港口物流多式联运调度服务平台", None, False)


def test_a_staff_list_s_rows_each_hold_a_profile_whose_projects_are_the_row_s_person_s() -> None:
    text = """,姓名,链接,详情
1,柯振邦,https://example.org/1,"所属研究所:
遥感与地理信息研究所
职称:
教授
研究领域:
湖泊遥感、冻土监测、时空数据融合。
工作经历:
2030.1-至今 南州大学地理学院，教授
科研项目:
国家自然科学基金面上项目，62172001，湖冰遥感识别方法研究，2032/1-2035/12，主持
北辰省自然科学基金，2031A1515011001，冻土边坡监测数据融合，2031/1-2033/12，参与"
2,乔远鸣,https://example.org/2,"所属研究所:
海岸工程研究所
职称:
副教授
研究领域:
近岸泥沙输运、海岸工程。
科研项目:
国家自然科学基金青年项目，62102002，近岸泥沙输运预测模型研究，2031/1-2033/12，主持"
"""
    x = _extract(text, "staff.csv")
    assert relations(x, "LEADS") == {("柯振邦", "湖冰遥感识别方法研究"), ("乔远鸣", "近岸泥沙输运预测模型研究")}
    assert ("柯振邦", "冻土边坡监测数据融合") in relations(x, "MEMBER_OF")


def test_a_quoted_title_ends_at_its_quote_before_its_number_and_amount_in_brackets() -> None:
    """`某基金重点项目“<title>”（61234567）（120万元）；负责人；在研`: the title alone, its number and amount read; a blank
    before the quote (`重大项目 “<title>”（号 ) (金额）`) parts nothing."""
    ex = extract_text("柯振邦\n电话：020-61640000\n科研项目：\n"
                      "2030.01-2033.12 北辰自然科学基金重点项目“多孔介质的热对流机理研究”（61234567）（120万元）；负责人；在研。\n"
                      "2031.01-2035.12 北辰自然科学基金重大项目 “湖泊沉积物的碳埋藏过程”（62345678 ) (856.5万元）；负责人；在研。\n")
    projects = {e.name: e for e in ex.entities if e.type is Label.PROJECT and e.kind == "research_project"}
    assert set(projects) == {"多孔介质的热对流机理研究", "湖泊沉积物的碳埋藏过程"}
    assert (projects["多孔介质的热对流机理研究"].code, projects["多孔介质的热对流机理研究"].budget_cap_wan) == ("61234567", 120.0)
    assert projects["湖泊沉积物的碳埋藏过程"].code == "62345678"
    assert {("柯振邦", "多孔介质的热对流机理研究"), ("柯振邦", "湖泊沉积物的碳埋藏过程")} <= relations(ex, "LEADS")


def test_the_period_then_the_programme_and_its_colon_then_the_title_and_its_number_in_brackets() -> None:
    """`2031-2034 某基金联合项目：某某研究（U2731405）` (the part taken after it, or none): the title after the programme's
    colon, the number in brackets, the first year."""
    from ingest.nlp.project_lines import read_project_line
    for line, title, code, programme, leads in (
            ("2031-2034 国家自然科学基金联合项目：湖冰遥感识别方法研究（U2731405）", "湖冰遥感识别方法研究", "U2731405",
             "国家自然科学基金", None),
            ("2031-2032  国家重点研发计划课题：冻土路基温度场演化机理（2031YFC0401101），负责人", "冻土路基温度场演化机理",
             "2031YFC0401101", "国家重点研发计划", True)):
        found = read_project_line(line, 0, len(line))
        assert found is not None and (found.title, found.code, found.programme, found.year, found.leads) == (
            title, code, programme, 2031, leads), line


def test_the_part_taken_said_as_负责_or_as_a_second_head_of_the_project() -> None:
    """`…，负责` leads the project; `第二负责人（某大学牵头）` is one of its heads, a member, not its head."""
    from ingest.nlp.project_lines import read_project_line
    for line, leads in (("2027-2028  湖冰厚度反演方法研究，北辰省科技厅项目，负责", True),
                        ("2029-2031 冻土路基关键技术研究，北辰省科技计划项目，第二负责人（西岭大学牵头）", False),
                        ("2029-2031 冻土路基关键技术研究，北辰省科技计划项目，第一负责人", True)):
        found = read_project_line(line, 0, len(line))
        assert found is not None and found.leads is leads, line


def test_a_numbered_list_of_projects_each_its_leader_a_stop_the_quoted_title_and_its_number_in_brackets() -> None:
    """`1、甲.“<title>”（批准号：31&ZD417）.某基金重大项目，2031.12-2034.12`: the leader, the title in quotes after the
    stop, the number (a social-science fund's, with its &) in brackets with its label, the programme."""
    x = extract_text("科研项目\n国家级：\n1、柯振邦.“湖冰遥感识别方法研究”（批准号：31&ZD417）.国家社会科学基金重大项目，2031.12-2034.12\n"
                     "2、乔松.冻土优化方法研究（批准号：42371968）.国家自然科学基金面上项目，2032.09\n")
    project = next(e for e in x.entities if e.type is Label.PROJECT and e.name == "湖冰遥感识别方法研究")
    assert (project.code, project.year) == ("31&ZD417", 2031)
    assert {("柯振邦", "湖冰遥感识别方法研究"), ("乔松", "冻土优化方法研究")} <= relations(x, "LEADS")
    assert not [e.name for e in x.entities if e.type is Label.PROJECT and "." in e.name]


def test_an_era_a_title_studies_in_brackets_is_part_of_the_title_and_a_project_s_term_is_not() -> None:
    from ingest.extract import extract
    from ingest.readers import read_upload

    sheet = ("项目名称,项目类别,项目负责人,工作单位,立项时间,批准号\n"
             "北辰思想的理论与实践研究(1920—1949),重点项目,柯远山,南州大学,2031-06-30,31AZS011\n"
             "湖泊治理的制度研究（2031-2034）,一般项目,乔松,西岭大学,2031-06-30,31BZS012\n")
    ex = extract(read_upload(sheet.encode(), "list.csv"))
    projects = {e.name: e for e in ex.entities if str(e.type) == "Project"}
    assert {"北辰思想的理论与实践研究(1920—1949)", "湖泊治理的制度研究"} <= set(projects)
    assert projects["北辰思想的理论与实践研究(1920—1949)"].year == 2031


def test_a_title_that_speaks_of_funding_is_no_programme_when_the_line_names_one_after_it() -> None:
    ex = extract_text("承担项目：\n1、柯振邦.灯会资助制度设计研究.南州省博士后科学基金第9批资助项目,2031.06-2032.07\n"
                      "2、柯振邦.民间灯会资助现状分析（批准号：31CH106），南州省社会科学基金青年项目，2031.8\n")
    assert relations(ex, "LEADS") == {("柯振邦", "灯会资助制度设计研究"), ("柯振邦", "民间灯会资助现状分析")}
    assert ("灯会资助制度设计研究", "南州省博士后科学基金第9批资助项目") in relations(ex, "PART_OF")
    assert {source for source, _ in relations(ex, "PART_OF")} == {"灯会资助制度设计研究", "民间灯会资助现状分析"}
