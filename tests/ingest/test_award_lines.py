"""A CV's award lines: the project, its award and year, and the completers a note lists, in their order."""

from __future__ import annotations

from tests.ingest.facts import entity, extract_text, names, relations

CV = """主要获奖：
<p>2010年某省科学技术二等奖（排名第一，赵建国、钱立新、孙伟、李春燕）：复杂网络系统控制理论与方法</p>
<p>2012年教育部自然科学二等奖（排名第二，钱立新、赵建国、周海峰）：多源信息融合方法与应用</p>
3. 复杂工业过程智能控制，2016年某省科技进步一等奖（排名第2）
4. 2019年某学会自然科学奖二等奖：网络化系统的估计与控制（钱立新、赵建国）
"""


def test_each_award_line_gives_its_project_with_award_and_year() -> None:
    ex = extract_text(CV)
    assert {"复杂网络系统控制理论与方法", "多源信息融合方法与应用", "复杂工业过程智能控制",
            "网络化系统的估计与控制"} <= names(ex, "Project")
    first = entity(ex, "Project", "复杂网络系统控制理论与方法")
    assert (first.award, first.year, first.kind) == ("某省科学技术二等奖", 2010, "research_project")
    assert entity(ex, "Project", "网络化系统的估计与控制").award == "某学会自然科学奖二等奖"


def test_the_completers_a_note_lists_are_members_ranked_in_the_list_s_order() -> None:
    ex = extract_text(CV)
    members = relations(ex, "MEMBER_OF")
    assert {(p, "复杂网络系统控制理论与方法") for p in ("赵建国", "钱立新", "孙伟", "李春燕")} <= members
    assert ("周海峰", "多源信息融合方法与应用") in members
    second = {r.source: r.rank for r in ex.relations if r.target == "多源信息融合方法与应用"}
    assert second == {"钱立新": 1, "赵建国": 2, "周海峰": 3}
    assert not {p for p, t in members if t == "复杂工业过程智能控制"}  # a rank alone names no one


def test_a_clause_of_prose_or_a_bracketed_remark_is_no_award_line() -> None:
    ex = extract_text("我院科研成果丰硕，2016年获某省科技进步一等奖（排名第一）。\n"
                      "2018年某学会青年奖（会议期间颁发）：颁奖典礼在某市举行\n")
    assert not names(ex, "Project") & {"我院科研成果丰硕", "颁奖典礼在某市举行"}


WORKS = """总决赛现场评选出了本届一、二等奖获奖者。某课题组赵志国老师指导的《星载信号 收发处理——γ射线测距》(张中阳、李鹤桐、于庆池)荣获二等奖。
附：我校获奖作品
三等奖:
《四季的光谱》(学生:管智华、李阳阳;指导教师:钱立新)
另见《科技日报》(2022年12月9日)报道，刊于《自然物理》（Nature Physics）。
"""


def test_a_work_with_its_team_in_brackets_is_a_project_its_students_members_and_its_prize_said() -> None:
    ex = extract_text(WORKS)
    assert entity(ex, "Project", "星载信号 收发处理——γ射线测距").award == "二等奖"
    assert entity(ex, "Project", "四季的光谱").award == "三等奖"  # the heading above it
    members = relations(ex, "MEMBER_OF")
    assert {("张中阳", "星载信号 收发处理——γ射线测距"), ("管智华", "四季的光谱"), ("李阳阳", "四季的光谱")} <= members
    assert ("钱立新", "四季的光谱") not in members  # the adviser
    assert "钱立新" in names(ex, "Person")
    assert not {"科技日报", "自然物理"} & names(ex, "Project")  # a date, a Latin name in brackets: no team


def test_a_unit_s_title_in_quotes_in_a_sentence_about_achievements_is_its_project() -> None:
    ex = extract_text("其中，两项成果获得了一等奖建议等级，分别是青溪化学物理研究所的“纳米极限催化剂”和南山大学的"
                      "“有序介孔高分子材料的创制与应用”。北岭大学的“双一流”建设成效显著。\n")
    assert ("青溪化学物理研究所", "纳米极限催化剂") in relations(ex, "UNIT_OF")
    assert ("南山大学", "有序介孔高分子材料的创制与应用") in relations(ex, "UNIT_OF")
    assert "双一流" not in names(ex, "Project")


def test_each_project_under_a_level_s_heading_has_that_level_not_the_next_one() -> None:
    from tests.ingest.facts import extract_text

    ex = extract_text("2024年度青溪市科学技术奖励名单\n\n一、科学技术进步奖一等奖（2项）\n1. 湖泊蓝藻水华智能预警关键技术及应用\n"
                      "主要完成单位：青溪大学\n主要完成人：林小溪、韩东\n2. 高产抗病水稻新品种选育与推广\n主要完成单位：西岭农业科学院\n"
                      "主要完成人：魏星河、王振华\n二、科学技术进步奖二等奖（1项）\n1. 城市地下管网健康监测系统\n"
                      "主要完成单位：青溪理工大学\n主要完成人：陈思远、赵明远\n")
    awards = {e.name: e.award for e in ex.entities if str(e.type) == "Project"}
    assert awards == {"湖泊蓝藻水华智能预警关键技术及应用": "科学技术进步奖一等奖", "高产抗病水稻新品种选育与推广": "科学技术进步奖一等奖",
                      "城市地下管网健康监测系统": "科学技术进步奖二等奖"}


def test_a_cv_line_of_the_year_the_project_and_the_award_won_after_it() -> None:
    """`2014年，<project>， 牵头获2014某省科学技术奖二等奖;`: the project, with its award and year (the award's 年
    may be left out)."""
    from tests.ingest.facts import extract_text, names

    x = extract_text("2021年，面向全流量的态势智能感知关键技术研发及产业化，牵头获2021年北辰省科学技术奖一等奖；\n"
                     "2014年，基于资源可控的高速网络测量技术及其产业化应用， 牵头获2014北辰省科学技术奖二等奖;\n")
    assert {"面向全流量的态势智能感知关键技术研发及产业化", "基于资源可控的高速网络测量技术及其产业化应用"} <= names(x, "Project")


def test_a_bulleted_award_line_with_the_owner_s_rank_after_a_comma_makes_the_cv_s_person_a_member_at_that_rank() -> None:
    ex = extract_text("柯振邦，南州大学环境学院教授。\n\n获奖\n\n"
                      "* 2031年度国家科技进步二等奖：“湖泊富营养化治理技术与应用”，第2完成人。\n"
                      "* 2026年度某省科技进步一等奖：“浅水湖泊生态修复关键技术”（排名第3）\n")
    assert entity(ex, "Project", "湖泊富营养化治理技术与应用").award == "国家科技进步二等奖"
    ranks = {r.target: r.rank for r in ex.relations if str(r.type) == "MEMBER_OF" and r.source == "柯振邦"}
    assert ranks == {"湖泊富营养化治理技术与应用": 2, "浅水湖泊生态修复关键技术": 3}


def test_an_award_line_with_the_quoted_project_after_the_award_and_its_team_in_brackets() -> None:
    """`2031年某学会科技进步一等奖“<project>”（甲，乙，丙）`: the project with its award and year, the team in order; a
    closing quote typed as an opening one still closes the title."""
    ex = extract_text("科研奖励：\n2031年某省科学技术进步一等奖“湖泊沉积物磷迁移机理与调控”（柯振邦，诸葛岚，司马青）\n"
                      "2032年某学会自然科学一等奖“冰下溶解氧的观测方法“ (乔松、柯振邦、欧阳舒）\n")
    project = entity(ex, "Project", "湖泊沉积物磷迁移机理与调控")
    assert (project.award, project.year) == ("某省科学技术进步一等奖", 2031)
    ranks = {(r.source, r.target): r.rank for r in ex.relations if str(r.type) == "MEMBER_OF"}
    assert ranks == {("柯振邦", "湖泊沉积物磷迁移机理与调控"): 1, ("诸葛岚", "湖泊沉积物磷迁移机理与调控"): 2,
                     ("司马青", "湖泊沉积物磷迁移机理与调控"): 3, ("乔松", "冰下溶解氧的观测方法"): 1,
                     ("柯振邦", "冰下溶解氧的观测方法"): 2, ("欧阳舒", "冰下溶解氧的观测方法"): 3}


def test_an_award_line_parted_by_commas_the_team_first_then_the_quoted_project_the_award_and_the_year() -> None:
    """`甲、乙、丙，“<project>”，某省科技进步一等奖，2033`: the project with its award and year, the team ranked in order."""
    ex = extract_text("获奖：\n柯振邦、乔松、诸葛岚，“冰湖遥感监测系统设计”，国家自然科学二等奖，2033\n"
                      "司马青、柯振邦，“湖冰取样钻具”，某市科技进步一等奖，2029\n")
    assert (entity(ex, "Project", "湖冰取样钻具").award, entity(ex, "Project", "湖冰取样钻具").year) == ("某市科技进步一等奖", 2029)
    ranks = {(r.source, r.target): r.rank for r in ex.relations if str(r.type) == "MEMBER_OF"}
    assert ranks == {("柯振邦", "冰湖遥感监测系统设计"): 1, ("乔松", "冰湖遥感监测系统设计"): 2, ("诸葛岚", "冰湖遥感监测系统设计"): 3,
                     ("司马青", "湖冰取样钻具"): 1, ("柯振邦", "湖冰取样钻具"): 2}
