"""`我校` with no page frame stands for the one university the text names, unless that one is named as the
partner (联合某大学, 与某大学): then the article's own institution is not known, and no workplace is guessed. A project
`由某院士牵头，联合某大学乙院士以及某所等共同承担` is led by the first and has the partners as units and members."""

from __future__ import annotations

from tests.ingest.facts import extract_text, names, relations


def test_the_one_university_named_stands_for_we() -> None:
    ex = extract_text("东川大学召开科研工作会议。我校王立新教授作报告。\n")
    assert ("王立新", "东川大学") in relations(ex, "WORKS_AT")


def test_a_partner_named_after_we_is_not_our_university() -> None:
    ex = extract_text("近日，我校牵头申报的项目“湖泊沉积物磷循环机制”获批立项，由我校王立新院士牵头，"
                      "联合北湖大学陈海燕院士以及东川研究院等国内优势团队共同承担。\n")
    assert ("王立新", "北湖大学") not in relations(ex, "WORKS_AT")
    assert ("陈海燕", "北湖大学") in relations(ex, "WORKS_AT")


def test_the_project_is_led_by_the_person_after_you_and_the_partners_are_its_units() -> None:
    ex = extract_text("近日，我校牵头申报的项目“湖泊沉积物磷循环机制”获批立项，由我校王立新院士牵头，"
                      "联合北湖大学陈海燕院士以及东川研究院等国内优势团队共同承担。\n")
    assert relations(ex, "LEADS") == {("王立新", "湖泊沉积物磷循环机制")}
    assert relations(ex, "UNIT_OF") == {("北湖大学", "湖泊沉积物磷循环机制"), ("东川研究院", "湖泊沉积物磷循环机制")}
    assert relations(ex, "MEMBER_OF") == {("陈海燕", "湖泊沉积物磷循环机制")}


def test_a_unit_leading_the_project_a_later_sentence_calls_this_project_is_its_first_unit() -> None:
    ex = extract_text("近日，我校承担的“湖区灯笼骨架编织技术研发”项目获得国家重点研发计划立项。\n"
                      "据悉，该项目由南湖农业科学院植物研究所牵头，联合东川农业大学等国内40余家优势单位共同实施。\n")
    units = {(r.source, r.target, r.rank) for r in ex.relations if str(r.type) == "UNIT_OF"}
    assert units == {("南湖农业科学院植物研究所", "湖区灯笼骨架编织技术研发", 1), ("东川农业大学", "湖区灯笼骨架编织技术研发", None)}
    assert not relations(ex, "LEADS")


def test_a_person_as_the_head_of_a_sub_topic_or_of_the_project_named_before() -> None:
    ex = extract_text("近日，我校承担的“湖区灯笼骨架编织技术研发”项目获得立项，物理学院王立新教授作为该项目的子课题负责人。\n"
                      "此前，东川大学“湖泊沉积物磷循环机制”项目获批，陈海燕研究员作为项目负责人。\n")
    assert relations(ex, "MEMBER_OF") == {("王立新", "湖区灯笼骨架编织技术研发")}
    assert relations(ex, "LEADS") == {("陈海燕", "湖泊沉积物磷循环机制")}


def test_a_task_leader_a_pair_of_heads_and_a_list_of_other_members_take_part_in_the_project() -> None:
    ex = extract_text("近日，2031年度国家重点研发计划“湖区新型显示材料”专项的立项工作已完成，由材料科学系林永明副教授作为我校任务负责人"
                      "参与的“湖区高效发光材料与器件研究”项目成功获批。\n"
                      "我校在该项目中共参与两个子课题，分别以林永明副教授和朱雅楠讲师作为我校的负责人。"
                      "参与该项目的其他教师还包括：秦海华教授、常远帅教授、蔡万青高级讲师等人。\n")
    project = "湖区高效发光材料与器件研究"
    members = {p for p, t in relations(ex, "MEMBER_OF") if t == project}
    assert members == {"林永明", "朱雅楠", "秦海华", "常远帅", "蔡万青"}
    assert not {p for p, t in relations(ex, "LEADS") if t == project}
    assert (project, "湖区新型显示材料") in relations(ex, "PART_OF")


def test_a_head_post_brought_in_by_a_preposition_is_held_at_the_one_university() -> None:
    ex = extract_text("东川大学新闻网讯\n学生将于12月12日前往南极考察，12月4日下午由校长吴天明授旗。\n")
    assert ("吴天明", "东川大学") in relations(ex, "WORKS_AT")
    assert ("吴天明", "东川大学") in relations(ex, "LEADS")


def test_a_student_named_after_a_department_the_recogniser_left_out_belongs_to_the_university() -> None:
    ex = extract_text("东川大学海洋生物学系博士班学生陈一鸣在会上发言。\n")
    assert ("陈一鸣", "东川大学") in relations(ex, "AFFILIATED_WITH")


def test_an_institute_named_alone_in_an_academy_s_own_article_is_one_of_its_institutes() -> None:
    ex = extract_text("湖东农业科学院新闻网讯 我院主持完成的9项成果受到表彰。粮食作物研究所梁晓玲主持的《玉米新品种选育及应用》获一等奖。\n")
    assert ("梁晓玲", "湖东农业科学院") in relations(ex, "WORKS_AT")
    assert ("梁晓玲", "粮食作物研究所") in relations(ex, "WORKS_AT")


def test_an_institute_a_university_runs_is_not_tied_to_an_academy() -> None:
    ex = extract_text("湖东农业科学院新闻网讯 我院与江北大学植物研究所合作。江北大学植物研究所柯远研究员出席。\n")
    assert ("柯远", "湖东农业科学院") not in relations(ex, "WORKS_AT")


def test_a_news_site_s_lead_names_the_institution_its_departments_belong_to() -> None:
    ex = extract_text("青溪大学新闻网讯 近日，2023年度杰出青年科学基金资助名单公布，我校3人入选，分别是化学学院林小溪教授、"
                      "物理学院韩东研究员和生命科学学院柯蓝教授。\n林小溪2010年博士毕业于西岭大学。\n")
    assert {("林小溪", "青溪大学"), ("韩东", "青溪大学"), ("柯蓝", "青溪大学")} <= relations(ex, "WORKS_AT")
    assert ("韩东", "西岭大学") not in relations(ex, "WORKS_AT")


def test_a_page_s_breadcrumb_names_its_institution_and_we_school_is_that_one() -> None:
    """`您现在的位置是某大学新闻中心 >> 要闻`: the page's institution; 我校甲、乙2位教授 work there."""
    from tests.ingest.facts import extract_text, relations

    ex = extract_text("您现在的位置是青溪医科大学新闻中心 >> 青医要闻\n青医要闻\n"
                      "日前，国家卫生健康委员会公布了专家名单，我校卢小秋、吴小灿2位教授入选。\n")
    assert {("卢小秋", "青溪医科大学"), ("吴小灿", "青溪医科大学")} <= relations(ex, "WORKS_AT")


def test_a_department_written_after_this_school_is_the_school_s() -> None:
    """`某大学…。该校机械学院甲教授`: 该校 is the university named before; its department is part of it and the
    professor works at both."""
    ex = extract_text("东川大学近日获批国家重点研发计划项目。该校机械学院周海鸣教授担任项目负责人。\n")
    assert ("机械学院", "东川大学") in relations(ex, "PART_OF")
    assert ("周海鸣", "东川大学") in relations(ex, "WORKS_AT")


def test_a_post_after_a_verb_s_le_is_the_one_university_s() -> None:
    """`拜访了校长甲院士`: 了 ends the verb; the post with no unit is the one university's the article names."""
    ex = extract_text("东川大学举行仪式。返校期间，他还拜访了校长窦一康院士。\n")
    assert ("窦一康", "东川大学") in relations(ex, "LEADS")


def test_of_several_universities_named_we_is_the_one_the_title_names() -> None:
    """`东川农业大学->我校18项成果获奖` over `仅次于西岭大学和南湖交通大学`: the rivals compared are not 我校; the title's is."""
    ex = extract_text("---\ntitle: 东川农业大学->我校18项成果获省科学技术奖\n---\n我校获奖总数名列第3，仅次于西岭大学和南湖交通"
                      "大学。我校获科技进步二等奖2项，分别是：园艺学院林小溪教授主持完成的“高原湖泊碳埋藏的过程与机制”；"
                      "林学院柯蓝教授主持完成的“抗旱小麦新品种选育与推广”。\n", "news.md")
    assert {("林小溪", "东川农业大学"), ("柯蓝", "东川农业大学")} <= relations(ex, "WORKS_AT")
    assert not any(unit in ("西岭大学", "南湖交通大学") for _, unit in relations(ex, "WORKS_AT"))


def test_a_university_written_short_by_its_place_and_kind_is_one() -> None:
    """`对于上海交大来说` with no role after it: a place, then 交大 (师大, 科大…), is a university; the same
    characters inside a word that opens with no place (`加工大型设备`) are none."""
    ex = extract_text("贺某院士的团队在《自然》发表论文。对于云州师大来说，国际化既是目标又是手段。工厂加工大型设备。\n")
    assert "云州师大" in {e.name for e in ex.entities if str(e.type) == "Organization"}
    assert not any("工大" in e.name for e in ex.entities if str(e.type) == "Organization")


def test_departments_named_alone_in_a_list_of_awarded_works_belong_to_the_site_s_institution_by_its_short_name() -> None:
    """`南州新闻网讯` names the site by its institution's short name: the departments named alone in a list of awarded
    works (`化学学院甲教授领衔完成的“…”、生命科学学院乙教授…`) are that institution's; it completes the works and the
    people work there."""
    ex = extract_text("南州新闻网讯（通讯员 乔远鸣）本周，南州大学在西岭省年度评奖中收获颇丰。\n\n"
                      "化学学院柯振邦教授领衔完成的“湖泊沉积物中磷的迁移规律”、环境学院诸葛岚教授领衔完成的"
                      "“浅水湖泊藻华预警方法”2个项目荣获自然科学一等奖。\n")
    assert {("柯振邦", "南州大学"), ("诸葛岚", "南州大学")} <= relations(ex, "WORKS_AT")
    assert {("南州大学", "湖泊沉积物中磷的迁移规律"), ("南州大学", "浅水湖泊藻华预警方法")} <= relations(ex, "UNIT_OF")


def test_the_school_s_leaders_listed_work_at_the_one_university_and_a_word_said_after_a_name_is_no_given_name() -> None:
    """`校领导甲、乙、丙，校党委常委丁出席`: each leader works at the article's university; `在某大学调研时强调` names
    no one called 时强调."""
    from tests.ingest.facts import extract_text, names, relations
    ex = extract_text("南州大学新闻网讯（记者 乔远鸣）6月8日，南州大学举办湖泊科学论坛。北辰大学校长柯远山在南州大学调研时强调，"
                      "要重视交叉学科。校领导柯振邦、诸葛岚、司马青，校党委常委欧阳舒出席了开幕式。\n")
    assert {("柯振邦", "南州大学"), ("诸葛岚", "南州大学"), ("司马青", "南州大学"), ("欧阳舒", "南州大学")} <= relations(ex, "WORKS_AT")
    assert "时强调" not in names(ex, "Person")


def test_a_head_s_post_right_after_a_name_opening_its_clause_is_held_in_the_one_university_named() -> None:
    """`，甲副校长会见了代表团` in a page that names one university besides one its students visit: the vice-president's
    post is at that university; a foundation's head keeps his own unit."""
    from tests.ingest.facts import extract_text, relations
    ex = extract_text("北辰基金会代表团到访我校\n（来源：外事办公室，2031-06-18）\n"
                      "6月17日，北辰基金会会长柯远山率团到访，柯振邦副校长会见了代表团。柯振邦介绍了学校的办学特色。"
                      "今年南州大学将派出9名学生前往西岭大学研修。\n")
    works = relations(ex, "WORKS_AT")
    assert ("柯振邦", "南州大学") in works and ("柯远山", "北辰基金会") in works
    assert not {(p, u) for p, u in works if u == "西岭大学"}


def test_a_lead_in_a_page_a_database_row_holds_names_the_institution_also_named_with_its_schools() -> None:
    """A page's HTML saved in a database dump: the lead comes after `&nbsp;` and before a tag, and the text names the
    university also with one of its schools (南州大学环境系): the departments named alone are still the university's."""
    from ingest.extract import extract
    from ingest.readers import read_upload

    page = ("<p><strong> &nbsp; &nbsp;南州新闻网3月6日电</strong>（通讯员 乔远鸣）3月6日，年度科学技术奖励大会举行。"
            "南州大学环境系柯振邦教授等完成的“湖泊沉积物中磷的迁移规律”项目获自然科学二等奖；"
            "地理系诸葛岚教授等完成的“浅水湖泊藻华预警方法”项目获技术发明二等奖。</p>")
    dump = ("INSERT INTO `t_news` VALUES (1,'科研院','" + page.replace('"', '\\"') + "','2031-03-06');\n")
    ex = extract(read_upload(dump.encode(), "news.sql"))
    assert ("诸葛岚", "南州大学") in relations(ex, "WORKS_AT")
    assert ("南州大学", "浅水湖泊藻华预警方法") in relations(ex, "UNIT_OF")


def test_a_person_who_heads_the_project_named_before_leads_it_and_the_units_joined_are_its_units() -> None:
    ex = extract_text("近日，由我院牵头承担的重点专项项目“高比例风电网柔性调控技术”通过综合绩效评价。"
                      "该项目由南州电力科学研究院柯振邦研究员担任项目负责人，联合北辰大学、西岭电气股份有限公司等6家单位共同承担。\n")
    project = "高比例风电网柔性调控技术"
    assert relations(ex, "LEADS") == {("柯振邦", project)}
    assert {("北辰大学", project), ("西岭电气股份有限公司", project)} <= relations(ex, "UNIT_OF")


def test_the_and_of_a_quoted_title_between_the_lead_and_the_body_that_reviews_makes_no_partners() -> None:
    ex = extract_text("近日，由南州电力科学研究院牵头承担的国家重点研发计划“储能技术与装备”重点专项项目“高比例风电网柔性调控技术”"
                      "通过科技部组织的综合绩效评价。\n")
    assert not relations(ex, "COLLABORATES_WITH")
    assert ("南州电力科学研究院", "高比例风电网柔性调控技术") in relations(ex, "UNIT_OF")


def test_the_units_a_sentence_lists_as_members_of_this_project_are_its_units() -> None:
    ex = extract_text("近日，由北辰大学牵头的国际合作项目“湖区灯笼骨架编织技术研究”正式启动。\n"
                      "该项目由三所高校和两家企业联合实施，参与单位有北辰大学，南州大学、西岭大学、东湖信息科技公司和江河渔业有限公司。\n"
                      "在本课题中南州大学团队负责数据分析。\n")
    project = "湖区灯笼骨架编织技术研究"
    assert {u for u, p in relations(ex, "UNIT_OF") if p == project} == {
        "北辰大学", "南州大学", "西岭大学", "东湖信息科技公司", "江河渔业有限公司"}
    assert not {n for n in names(ex, "Organization") if n.startswith(("项目", "课题"))}


def test_a_person_s_team_leads_the_topic_it_took_on_named_in_book_marks_after_its_kind() -> None:
    ex = extract_text("南州大学水利学院柯振邦教授团队主持承担课题《湖区灯笼骨架编织的结构设计方法研究》，研究周期三年。\n")
    assert relations(ex, "LEADS") == {("柯振邦", "湖区灯笼骨架编织的结构设计方法研究")}
    assert names(ex, "Project") == {"湖区灯笼骨架编织的结构设计方法研究"}


def test_the_institution_a_page_names_as_its_work_s_first_unit_is_the_article_s_own() -> None:
    ex = extract_text("日前，校长柯振邦教授领衔的研究组与北辰大学诸葛岚教授合作，在《湖泊科学》发表论文。"
                      "材料学院博士生乔松参与了该研究，南州大学为该论文第一完成单位。\n")
    assert ("柯振邦", "南州大学") in relations(ex, "WORKS_AT") and ("柯振邦", "南州大学") in relations(ex, "LEADS")
    assert ("乔松", "南州大学") in relations(ex, "AFFILIATED_WITH")
    assert ("诸葛岚", "南州大学") not in relations(ex, "WORKS_AT")
