"""Programmes named in their own right in prose, and words that only look like one: a discipline (`某某工程`)
before a degree or a society's name, or a university's name before it."""

from __future__ import annotations

from tests.ingest.facts import extract_text, names, relations


def test_a_discipline_ending_in_engineering_is_no_programme_but_a_provincial_fund_is() -> None:
    text = ("林小溪，2009年获山东大学湖泊环境工程学士学位，现为中国湖泊环境工程学会会员，"
            "主持浙江省自然科学基金项目2项。")
    projects = names(extract_text(text), "Project")
    assert "浙江省自然科学基金" in projects
    assert not any("湖泊环境工程" in p for p in projects)


def test_the_bodies_that_hold_an_award_s_round_fund_the_award() -> None:
    ex = extract_text("根据有关规定，市委组织部、市人社局、市科协决定开展第十三届东川市青年科技奖评选活动。\n"
                      "为此，各县要组织开展青年科技奖推荐工作。\n")
    funded = {(r.source, r.target) for r in ex.relations if str(r.type) == "FUNDED_BY"}
    assert funded == {("东川市青年科技奖", "市委组织部"), ("东川市青年科技奖", "市人社局"), ("东川市青年科技奖", "市科协")}
    assert "东川市青年科技奖" in names(ex, "Project")


def test_a_programme_in_corner_brackets_as_taiwan_writes_it() -> None:
    from tests.ingest.facts import extract_text, names

    ex = extract_text("東川醫院近年實施「菁英計畫」，由院內評選出具有國際影響力的研究團隊。\n")
    assert "菁英计划" in {n.replace("計畫", "计划") for n in names(ex, "Project")}


def test_a_journal_named_after_a_field_of_engineering_is_no_programme() -> None:
    from tests.ingest.facts import extract_text, names

    ex = extract_text("荣誉奖项\n- 2023 中国电气工程学报年度优秀论文\n- 2022 东川大学 一等奖学金\n")
    assert "中国电气工程" not in names(ex, "Project")


def test_the_body_that_sets_up_a_quoted_programme_funds_it() -> None:
    ex = extract_text("南湖省教育厅设立“青年学术带头人支持计划”是为了加强高等学校青年学术带头人队伍建设。\n")
    funded = {(r.source, r.target) for r in ex.relations if str(r.type) == "FUNDED_BY"}
    assert funded == {("青年学术带头人支持计划", "南湖省教育厅")}


def test_a_company_s_chief_engineer_is_no_programme() -> None:
    ex = extract_text("北京某某航空器材有限公司总工程师、副总经理张伟民出席会议。\n")
    assert not [n for n in names(ex, "Project") if n.endswith("工程")]


def test_award_programmes_are_named_as_written_without_their_level_or_their_office() -> None:
    ex = extract_text("王明远获2031年度国家科学技术进步奖二等奖。\n\n他曾获国家自然科学奖二等奖和第十届柯远山医学奖。\n\n"
                      "国家科学技术奖励工作办公室发布公告，浙江省科学技术奖同期揭晓。\n")
    programmes = {e.name: e.year for e in ex.entities if e.type.value == "Project" and e.kind == "programme"}
    assert programmes == {"2031年度国家科学技术进步奖": 2031, "国家自然科学奖": None, "第十届柯远山医学奖": None,
                          "浙江省科学技术奖": None}


def test_an_award_round_the_bodies_hold_is_one_programme() -> None:
    ex = extract_text("市委组织部、市科协决定开展第十三届东川市青年科技奖评选活动。\n")
    assert {e.name for e in ex.entities if e.type.value == "Project"} == {"东川市青年科技奖"}


def test_a_programme_with_a_joiner_inside_its_name_is_whole_but_two_bodies_joined_are_none() -> None:
    projects = names(extract_text("该研究得到国家自然科学基金和湖南省基础与应用基础研究基金的资助。"), "Project")
    assert {"国家自然科学基金", "湖南省基础与应用基础研究基金"} <= projects
    projects = names(extract_text("湖南省科技厅与湖南省财政厅联合实施湖南省重点研发计划。"), "Project")
    assert not any("厅" in p for p in projects)


def test_an_award_named_in_quotes_is_a_programme_where_its_name_says_whose_it_is() -> None:
    projects = names(extract_text("2007年青溪公司联合韩东学术基金会共同设置「湖南杰出女科学家奖」。"
                                  "该成果获“韩东湖泊科学奖”，另有两篇获“最佳论文奖”、“优秀青年教师奖”。"), "Project")
    assert {"湖南杰出女科学家奖", "韩东湖泊科学奖"} <= projects
    assert not projects & {"最佳论文奖", "优秀青年教师奖"}


def test_an_award_named_after_a_body_is_the_body_s_and_a_year_s_round_is_the_award() -> None:
    ex = extract_text("近日，湖南医学会在青溪召开会议，部署2019年度湖南医学科技奖推荐工作。湖南医学科技奖每年评选一次。\n")
    assert ("湖南医学科技奖", "湖南医学会") in relations(ex, "FUNDED_BY")
    award = next(e for e in ex.entities if e.name == "湖南医学科技奖")
    assert "2019年度湖南医学科技奖" in award.aliases
    assert "2019年度湖南医学科技奖" not in names(ex, "Project")


def test_an_awards_categories_listed_after_its_name_are_part_of_it() -> None:
    ex = extract_text("今年，湖南省医学科技奖医学科学技术奖、卫生管理奖、医学科学技术普及奖接受推荐。"
                      "第三届西岭医学奖包括：杰出贡献奖、青年医师奖。柯蓝获湖南省医学科技奖一等奖、二等奖各一项。\n")
    part_of = relations(ex, "PART_OF")
    assert {("医学科学技术奖", "湖南省医学科技奖"), ("卫生管理奖", "湖南省医学科技奖"),
            ("医学科学技术普及奖", "湖南省医学科技奖")} <= part_of
    assert {("杰出贡献奖", "第三届西岭医学奖"), ("青年医师奖", "第三届西岭医学奖")} <= part_of
    assert not {"一等奖", "二等奖"} & names(ex, "Project")


def test_the_programmes_a_cv_lists_as_led_are_named_whole_with_their_classes() -> None:
    """`主持某基金青年基金项目、某省…重点项目、某计划（青年科学家项目）子课题、某网（NET）创新项目等…项目7项`: each a programme,
    named whole with its class; `参与完成某计划项目、…等科研项目6项`: the programme (its 项目 no part of the name)."""
    from tests.ingest.facts import extract_text

    ex = extract_text("林晓溪，副研究员。主持国家自然科学基金青年基金项目、湖东省自然科学基金联合基金重点项目、 国家重点研发计划 "
                      "（青年科学家项目） 子课题、 湖东教育和科研计算机网 （ HNET ） 创新项目等国家级 / 省部级项目 7 项；"
                      "参与完成国家重点研发计划项目、湖东省学科发展战略研究项目等科研项目 6 项。\n")
    programmes = {e.name for e in ex.entities if str(e.type) == "Project" and e.kind == "programme"}
    assert {"国家自然科学基金青年基金项目", "湖东省自然科学基金联合基金重点项目", "国家重点研发计划（青年科学家项目）",
            "湖东教育和科研计算机网（HNET）创新项目", "国家重点研发计划", "湖东省学科发展战略研究项目"} <= programmes


def test_a_society_s_award_and_the_sub_awards_it_is_divided_into() -> None:
    """`中华某学会科学技术奖下设甲奖、乙奖…等五个子奖项`: the society's award (FUNDED_BY the society) and each sub-award
    PART_OF it; `各省、自治区、直辖市及计划单列市某学会`, `有关部委局`: classes of bodies, no body."""
    from tests.ingest.facts import extract_text, names, relations

    ex = extract_text("中华青川医学会科学技术奖下设青川医学科学技术奖、李时珍医药创新奖、华佗医药奖、青年科技创新奖等四个子奖项。"
                      "各省、自治区、直辖市及计划单列市医学会，教育部等有关部委局直属单位可推荐。")
    assert ("李时珍医药创新奖", "中华青川医学会科学技术奖") in relations(ex, "PART_OF")
    assert ("中华青川医学会科学技术奖", "中华青川医学会") in relations(ex, "FUNDED_BY")
    assert not any(n.startswith(("直辖市", "计划单列市")) or n == "部委局" for n in names(ex, "Organization"))


def test_a_programme_with_its_classes_listed_after_it_is_named_alone_and_funded_by_its_announcer() -> None:
    """`某办公室公布了2031年国家社科基金年度项目、青年项目、西部项目立项结果`: the programme is 国家社科基金 (its classes
    listed after it), funded by the office that announces it."""
    ex = extract_text("9月24日，全国哲学社会科学办公室公布了2031年国家社科基金年度项目、青年项目、西部项目立项结果。")
    assert "国家社科基金" in names(ex, "Project")
    assert ("国家社科基金", "全国哲学社会科学办公室") in relations(ex, "FUNDED_BY")


def test_the_projects_people_lead_named_in_quotes_after_them_but_not_a_ceremony_they_chair() -> None:
    """`甲副教授主持申报的“某某研究”和乙教授主持申报的“某某研究”等2个项目获批立项`: each leads the project quoted after
    them; `由丙校长主持的“某某庆祝茶会”` is an event, no project."""
    ex = extract_text("我院韩立新副教授主持申报的“网络社会思潮的传播及引导研究”和周文军教授主持申报的“农村居民心理健康促进策略研究”"
                      "等2个项目获批立项。5日下午一场由柯远校长主持的“2031年杰出研究奖庆祝茶会”热闹登场。")
    assert relations(ex, "LEADS") == {("韩立新", "网络社会思潮的传播及引导研究"), ("周文军", "农村居民心理健康促进策略研究")}
    assert not any("茶会" in n for n in names(ex, "Project"))


def test_an_award_a_body_gives_is_its_programme_even_where_its_name_is_generic() -> None:
    ex = extract_text("青溪科学委员会今日举行「学术研究奖项颁奖典礼」，共颁发「杰出研究奖」80名及「柯远航先生纪念奖」45名。"
                      "另有两篇获“最佳论文奖”。\n")
    assert {"杰出研究奖", "柯远航先生纪念奖"} <= names(ex, "Project") and "最佳论文奖" not in names(ex, "Project")
    assert {("杰出研究奖", "青溪科学委员会"), ("柯远航先生纪念奖", "青溪科学委员会")} <= relations(ex, "FUNDED_BY")


def test_an_award_in_quotes_right_after_a_verb_of_founding_is_a_programme_and_a_physics_word_no_name() -> None:
    ex = extract_text("闻振宇等14位科学家于2018年共同发起“南山探索奖”。另有两篇获“最佳论文奖”。团队研制了单光子激光雷达。\n")
    assert "南山探索奖" in names(ex, "Project") and "最佳论文奖" not in names(ex, "Project")
    assert "单光子" not in names(ex, "Person")



def test_a_programme_written_short_and_in_full_is_one_programme() -> None:
    """`国家社科基金` and `国家社会科学基金` in one text: one programme, its full name, the short one an alias, the
    facts of either its."""
    ex = extract_text("全国哲学社会科学工作办公室公布了国家社科基金项目立项名单。柯明远教授主持的“湖泊治理的制度研究”获国家社科基金资助。"
                      "本年度全校获批国家社会科学基金项目11项。")
    programmes = [e for e in ex.entities if e.type.value == "Project" and e.kind == "programme"]
    assert [p.name for p in programmes] == ["国家社会科学基金"]
    assert "国家社科基金" in programmes[0].aliases
    assert not any("国家社科基金" in (r.source, r.target) for r in ex.relations)


def test_a_school_written_before_a_national_programme_is_an_applicant_not_its_funder() -> None:
    """`某大学化工学院2022年度国家自然科学基金获批项目数`: the school applies for the fund, which it does not fund."""
    x = extract_text("东川大学化工学院2022年度国家自然科学基金获批项目数再创新高。\n")
    assert "国家自然科学基金" in names(x, "Project")
    assert not relations(x, "FUNDED_BY")


def test_a_verb_of_winning_opens_no_programme_s_name() -> None:
    ex = extract_text("2017年，共有52位中国科学家荣膺某某基金科学与技术奖，其中“科学与技术成就奖”2位。\n")
    assert not any(n.startswith("中国科学家") for n in names(ex, "Project"))


def test_a_fund_s_plan_written_right_after_the_fund_s_name_is_named_whole() -> None:
    text = "日前公布了首批名单。今年开始实施的中国青年海洋科学基金特别资助计划，是由国家财政拨款设立的国家级基金。\n"
    assert "中国青年海洋科学基金特别资助计划" in names(extract_text(text, "news.txt"), "Project")


def test_a_grant_the_projects_received_is_a_programme_named_with_its_class_and_they_are_part_of_it() -> None:
    """`“甲”获得国家自然科学基金面上项目资助`: the programme named whole with its class, the quoted project a grant of it;
    `甲教授主持的“…”和乙教授主持的“…”分别获得2031年度某基金重大项目资助`: the programme, not its year's call, and no
    project spanning the titles and the words between them; a joint scheme of
    two universities (`受某国与某大学联合项目资助`) is no programme."""
    ex = extract_text("南州大学新闻网讯 近日，学校科研工作取得进展。司马青教授主持的“复杂网络同步研究”获得国家自然科学基金面上项目资助。"
                      "柯振邦教授主持的“高原冰川退缩的治理研究”和诸葛岚教授主持的“山地果园水肥一体化研究”"
                      "分别获得2031年度国家社科基金重大项目资助。欧阳舒曾受西岭与南州大学联合项目资助。学校将继续支持。\n")
    programmes = {e.name for e in ex.entities if str(e.type) == "Project" and e.kind == "programme"}
    assert programmes == {"国家自然科学基金面上项目", "国家社科基金重大项目"}
    assert names(ex, "Project") - programmes == {"复杂网络同步研究", "高原冰川退缩的治理研究", "山地果园水肥一体化研究"}
    assert relations(ex, "PART_OF") == {("复杂网络同步研究", "国家自然科学基金面上项目"),
                                        ("高原冰川退缩的治理研究", "国家社科基金重大项目"),
                                        ("山地果园水肥一体化研究", "国家社科基金重大项目")}


def test_the_part_of_a_project_a_person_is_said_to_lead_and_a_host_after_yi() -> None:
    """`甲研究员为项目总负责人和“…”课题负责人`, `乙为“…”课题负责人`: each leads the part named; `以某大学为牵头单位`:
    以南 (south of) is the preposition and the university's first character."""
    ex = extract_text("该计划下设三个子课题：柯振邦研究员为项目总负责人和“湖冰监测方法”课题负责人，乔松副研究员为"
                      "“湖泊沉积机理”课题负责人。此次合作以南州大学为牵头单位。\n", "news.txt")
    assert {("柯振邦", "湖冰监测方法"), ("乔松", "湖泊沉积机理")} <= relations(ex, "LEADS")
    assert "南州大学" in names(ex, "Organization") and not [n for n in names(ex, "Organization") if n.startswith("以")]


def test_a_clause_after_the_word_project_is_no_title_and_a_commission_before_de_is_read() -> None:
    """`甲教授主持的项目获批青年项目`: 项目 then what happened to it, no project's title; `来自某基金委的三个学部`:
    the commission, though the segmenter glued its last character to 的."""
    ex = extract_text("今年，化学系柯振邦教授主持的项目获得重点项目资助；物理系乔松讲师主持的项目获批青年项目。"
                      "新立项目来自西岭自然科学基金委的三个学部。\n", "news.txt")
    assert not names(ex, "Project")
    assert "西岭自然科学基金委" in names(ex, "Organization")


def test_a_profile_s_honours_each_with_its_own_verb_name_the_programmes_without_the_verb() -> None:
    ex = extract_text("柯振邦，教授，博士生导师。曾获北辰市青年岗位能手称号(2026)，入选国家高层次人才特殊支持计划(2028)，"
                      "获得国家杰出青年科学基金资助(2031)。\n")
    assert {"国家高层次人才特殊支持计划", "国家杰出青年科学基金"} <= names(ex, "Project")
    assert not {n for n in names(ex, "Project") if n.startswith(("入选", "获得", "获"))}


def test_a_ministry_s_named_project_is_funded_by_the_ministry_not_completed_by_it() -> None:
    ex = extract_text("柯岚，副教授，博士。2031年起参加了教育部《高校实验教学示范中心建设》项目，并在北辰大学访问。\n")
    assert relations(ex, "FUNDED_BY") == {("高校实验教学示范中心建设", "教育部")}
    assert not relations(ex, "UNIT_OF")


def test_a_profile_s_projects_led_under_named_programmes_are_led_by_its_person_and_part_of_the_programmes() -> None:
    ex = extract_text("柯振邦，南州大学教授。主持国家自然科学基金重点项目“湖区灯笼骨架的力学机制”、湖南省重点研发计划项目"
                      "“竹材改性技术”等10余项。")
    first, second = "湖区灯笼骨架的力学机制", "竹材改性技术"
    assert relations(ex, "LEADS") >= {("柯振邦", first), ("柯振邦", second)}
    assert relations(ex, "PART_OF") >= {(first, "国家自然科学基金重点项目"), (second, "湖南省重点研发计划")}


def test_a_unit_s_two_projects_one_numbered_in_brackets_are_both_its_own() -> None:
    ex = extract_text("南州大学承担的国家重点研发计划项目“竹材改性技术”（2031YFB0100100）和“灯具节能设计”通过验收。")
    assert relations(ex, "UNIT_OF") == {("南州大学", "竹材改性技术"), ("南州大学", "灯具节能设计")}
    assert ("竹材改性技术", "国家重点研发计划") in relations(ex, "PART_OF")


def test_a_profile_naming_two_people_gives_no_one_the_projects_of_a_sentence_without_a_subject() -> None:
    ex = extract_text("柯振邦，教授。诸葛岚，副教授。主持国家自然科学基金项目“竹材改性技术”。")
    assert not relations(ex, "LEADS")
    assert relations(ex, "PART_OF") == {("竹材改性技术", "国家自然科学基金")}


def test_a_unit_that_developed_or_whose_people_completed_a_quoted_work_is_its_unit() -> None:
    ex = extract_text("南州大学研发的“湖区灯笼骨架编织技术”已在多家企业应用。"
                      "北辰灯具有限公司等单位科研人员完成的“竹材改性技术”项目通过鉴定。")
    assert relations(ex, "UNIT_OF") == {("南州大学", "湖区灯笼骨架编织技术"), ("北辰灯具有限公司", "竹材改性技术")}
