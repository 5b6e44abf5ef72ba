"""Awards stated in news sentences: a title in quotes given an award with nothing between them is a project only
where the sentence speaks of achievements or the award is one for research; a slogan in quotes is none."""

from __future__ import annotations

from tests.ingest.facts import extract_text, names, relations


def _awards(text: str) -> dict[str, str | None]:
    return {e.name: e.award for e in extract_text(text).entities if str(e.type) == "Project"}


def test_a_quoted_title_given_an_award_in_a_sentence_about_achievements_is_a_project_with_the_award() -> None:
    assert _awards("青溪科技大学共有4项成果获奖，其中“多光子纠缠及干涉度量”获国家自然科学一等奖。") == {
        "多光子纠缠及干涉度量": "国家自然科学一等奖"}


def test_a_quoted_title_given_a_research_award_is_a_project_its_completers_listed_after_an_institute_s_short_form() -> None:
    ex = extract_text("本届评审中，“湖泊沉积物磷循环机理研究”获得西岭省自然科学一等奖，主要完成人为湖泊所柯振邦、诸葛岚、欧阳舒等人。"
                      "大家都想认识一下柯其人。")
    assert {e.name: e.award for e in ex.entities if str(e.type) == "Project"} == {"湖泊沉积物磷循环机理研究": "西岭省自然科学一等奖"}
    assert {(r.source, r.rank) for r in ex.relations if str(r.type) == "MEMBER_OF"} == {("柯振邦", 1), ("诸葛岚", 2), ("欧阳舒", 3)}
    assert {e.name for e in ex.entities if str(e.type) == "Person"} == {"柯振邦", "诸葛岚", "欧阳舒"}  # 柯其人: the man, no name


def test_a_quoted_saying_given_an_award_is_no_project() -> None:
    assert _awards("他说“科技创新是发展的第一动力”获得广泛认同奖。") == {}


def test_a_paper_reported_in_traditional_script_with_corner_quotes_and_the_people_whose_work_it_is() -> None:
    ex = extract_text("9月7日，青溪理工大學穆遠浩教授、林小溪院士等人的工作以題為「A lantern polymer with ultrahigh "
                      "conductivity」的文章發表於Nature上。")
    papers = {e.name: e.journal for e in ex.entities if str(e.type) == "Paper"}
    assert papers == {"A lantern polymer with ultrahigh conductivity": "Nature"}
    assert {r.source for r in ex.relations if str(r.type) == "AUTHORED"} == {"穆远浩", "林小溪"}  # as the pipeline reads them, before the written forms


def test_a_ceremony_a_person_chairs_is_no_project_they_lead() -> None:
    assert _awards("5日下午一场由穆远浩校长主持的“青溪杰出研究奖庆祝茶会”热闹登场。") == {}


def test_a_project_quoted_in_a_sentence_with_its_completers_in_a_note_and_its_award_after_the_note() -> None:
    """`由某医院牵头完成的“某某研究”项目（主要完成人：甲、乙、丙）获某奖。`: the quoted title is the project, the unit
    that led it its first unit, every completer up to the note's end a member in rank, the award after it its award."""
    ex = extract_text("由青溪医科大学附属第一医院牵头完成的“肝癌精准诊疗关键技术研究”项目（主要完成人：穆远浩、林小溪、"
                      "魏星河）获科技进步一等奖。\n")
    assert _awards_of(ex) == {"肝癌精准诊疗关键技术研究": "科技进步一等奖"}
    assert {(r.source, r.rank) for r in ex.relations if str(r.type) == "MEMBER_OF"} == {
        ("穆远浩", 1), ("林小溪", 2), ("魏星河", 3)}
    assert {r.source for r in ex.relations if str(r.type) == "UNIT_OF"} == {"青溪医科大学附属第一医院"}


def _awards_of(ex) -> dict[str, str | None]:
    return {e.name: e.award for e in ex.entities if str(e.type) == "Project"}


def test_a_team_s_work_given_a_prize_and_a_clinician_s_work_in_a_traditional_hospital_news() -> None:
    """`甲主任團隊以「某系統」榮獲某獎`, `乙教授研發的「某平台」則獲頒某獎`: each work is a project with its prize, the
    team's leader and the developer its members; `3項研究` names no one."""
    ex = extract_text("青溪總醫院今年共有3項研究榮獲國家新創獎，其中外科部韓立峰主任團隊以「智慧手術導航系統」榮獲臨床新創獎。"
                      "神經科林小溪教授研發的「失智症早期篩檢平台」則獲頒國家新創精進獎。")
    assert _awards_of(ex) == {"智慧手术导航系统": "临床新创奖", "失智症早期筛检平台": "国家新创精进奖"}
    assert {(r.source, r.target) for r in ex.relations if str(r.type) == "MEMBER_OF"} == {
        ("韩立峰", "智慧手术导航系统"), ("林小溪", "失智症早期筛检平台")}
    assert "项研究" not in {e.name for e in ex.entities}


def test_a_project_completed_by_a_first_unit_and_the_units_it_joined_wins_a_quoted_award_with_its_class() -> None:
    """`甲为第一完成单位，并与乙、丙等为主要完成单位共同完成的《…》项目获得2031年度“某奖”二等奖`: the project with the
    award and its class written after the quotes; the first unit first, then those it joined, in order. A
    programme's word inside a company's name (某某防水工程公司) names no programme."""
    ex = extract_text("青溪新材料股份有限公司为第一完成单位，并与南湖大学、东湖防水工程有限公司等为主要完成单位共同完成的"
                      "《地下空间高分子卷材成套技术及应用》项目获得2031年度“国家科学技术进步奖”二等奖。")
    title = "地下空间高分子卷材成套技术及应用"
    assert {e.name: e.award for e in ex.entities if e.kind == "research_project"} == {title: "国家科学技术进步奖二等奖"}
    assert [(r.source, r.rank) for r in ex.relations if str(r.type) == "UNIT_OF" and r.target == title] == [
        ("青溪新材料股份有限公司", 1), ("南湖大学", 2), ("东湖防水工程有限公司", 3)]
    assert not {e.name for e in ex.entities if str(e.type) == "Project" and "防水工程" in e.name and e.name != title}


def test_a_booked_project_title_then_a_comma_before_the_award_it_won() -> None:
    assert _awards("青溪轴承有限公司的《自润滑关节轴承研发与产业化》项目，荣获2019年度某某机械工业科学技术奖二等奖。") == {
        "自润滑关节轴承研发与产业化": "某某机械工业科学技术奖"}


def test_a_unit_s_people_listed_before_the_work_they_completed_are_its_completers_in_order() -> None:
    ex = extract_text("评出一等奖两项，分别为北辰大学乔远鸣主持完成的《催化串联反应构筑湖泊分子骨架的新策略》和北辰科学院湖泊分院"
                      "柯振邦、诸葛岚等完成的《面向超级电容器应用的湖泊纳米材料结构设计》，评出二等奖4项。")
    work = "面向超级电容器应用的湖泊纳米材料结构设计"
    ranks = {r.source: r.rank for r in ex.relations if str(r.type) == "MEMBER_OF" and r.target == work}
    assert ranks == {"柯振邦": 1, "诸葛岚": 2}
    assert ("北辰科学院湖泊分院", work) in {(r.source, r.target) for r in ex.relations if str(r.type) == "UNIT_OF"}


def test_the_page_s_own_word_before_a_school_is_no_part_of_the_unit_that_completed_an_awarded_work() -> None:
    ex = extract_text("近日，南州省人民政府发布了2031年度南州省科学技术奖励决定。我校材料学院柯振邦教授团队完成的"
                      "“湖区灯笼骨架高强复合材料制备关键技术及应用”获科技进步一等奖，化学学院诸葛岚教授主持完成的"
                      "“北辰地区湖泊水质监测新方法”获自然科学二等奖。\n（南州大学科技处）\n")
    assert "材料学院" in names(ex, "Organization")
    assert not {n for n in names(ex, "Organization") if n.startswith("我校")}
    assert ("柯振邦", "南州大学") in relations(ex, "WORKS_AT")
