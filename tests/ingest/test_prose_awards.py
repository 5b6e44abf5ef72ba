"""Awarded projects in news prose: a team's project (`某某教授团队完成的“…”`) has its leader as a member, and the
units a lead unit joined (`某院牵头，联合甲大学、乙医院共同完成的“…”`) are all its units, ranked in order."""

from __future__ import annotations

from tests.ingest.facts import extract_text, names, ranked, relations


def test_a_team_s_completed_project_and_units_a_lead_unit_joined() -> None:
    ex = extract_text("东川大学王立新教授团队完成的“湖泊沉积物磷释放机制研究”获自然科学一等奖。"
                      "东川研究院牵头，联合北湖大学、西山医院共同完成的“新型储氢合金设计”项目获技术发明二等奖。\n")
    assert ("王立新", "湖泊沉积物磷释放机制研究") in relations(ex, "MEMBER_OF")
    units = {r.source: r.rank for r in ex.relations if str(r.type) == "UNIT_OF" and r.target == "新型储氢合金设计"}
    assert units == {"东川研究院": 1, "北湖大学": 2, "西山医院": 3}


def test_a_project_named_in_quotes_after_the_word_project() -> None:
    ex = extract_text("一等奖提名中，有王立新提名的项目“湖泊沉积物磷释放机制研究”、陈海燕推荐的项目“新型储氢合金设计与应用”等。\n")
    assert {"湖泊沉积物磷释放机制研究", "新型储氢合金设计与应用"} <= {e.name for e in ex.entities if str(e.type) == "Project"}
    notice = extract_text("现根据《通知》要求，将我司参与的项目《超大直径盾构隧道建设关键技术》予以公示。\n")
    assert "超大直径盾构隧道建设关键技术" in {e.name for e in notice.entities if str(e.type) == "Project"}


def test_the_projects_a_unit_led_in_book_marks_and_the_winner_s_verbs_are_no_part_of_a_unit() -> None:
    ex = extract_text("2030年度南湖省科学技术奖最高奖获得者南湖工业大学柏清浩院士上台领奖。1977年,柏清浩考入南湖工业大学机械工程系。"
                      "另外,由南湖工业大学牵头的《大跨度桥梁风效应的涡动力学机理与控制》、《微纳机器人设计理论与控制方法》等14个项目"
                      "荣获一等奖。\n")
    assert {("南湖工业大学", "大跨度桥梁风效应的涡动力学机理与控制"),
            ("南湖工业大学", "微纳机器人设计理论与控制方法")} <= relations(ex, "UNIT_OF")
    orgs = {e.name for e in ex.entities if str(e.type) == "Organization"}
    assert not [o for o in orgs if "考入" in o or "获得者" in o]


def test_items_of_an_award_report_whose_people_end_in_deng_ren() -> None:
    from ingest.genres.detect import detect_genre

    text = ("湖东省13项科技成果获2030年度国家科学技术奖\n1月8日上午,国家科学技术奖励大会在北京隆重举行。湖东省共有13项科技成果获奖,"
            "推荐单位为湖东省科技厅。牵头完成的5项中,南湖大学柏清浩等人完成的“湖泊生态系统的结构及其稳定性研究”、"
            "南湖大学穆远浩等人完成的“燃料电池反应网络调控理论及方法”获自然科学类二等奖。\n")
    assert detect_genre(text) != "award_nomination"
    ex = extract_text(text)
    assert {("柏清浩", "湖泊生态系统的结构及其稳定性研究"), ("穆远浩", "燃料电池反应网络调控理论及方法")} <= relations(ex, "MEMBER_OF")
    assert not [e for e in ex.entities if e.name.endswith("等人")]


def test_a_project_in_book_marks_after_its_holder_s_verb_is_the_holder_s() -> None:
    ex = extract_text("粮食作物研究所柯远主持的《高产抗逆玉米新品种选育及应用》获自治区科技进步一等奖。\n")
    assert ("柯远", "高产抗逆玉米新品种选育及应用") in relations(ex, "LEADS")


def test_a_unit_or_person_that_took_part_completes_the_project_with_no_first_rank() -> None:
    ex = extract_text("谢一鸣院士(湖东理工大学)参与完成的“农林废弃物快速热解创制环境材料及其应用”项目获国家科技进步二等奖。"
                      "湖东化工有限责任公司参与完成的“工业烟气多污染物协同治理技术及应用”项目获国家科技进步二等奖。\n")
    assert ("谢一鸣", "农林废弃物快速热解创制环境材料及其应用") in relations(ex, "MEMBER_OF")
    assert ("谢一鸣", "湖东理工大学") in relations(ex, "WORKS_AT")
    assert ("湖东化工有限责任公司", "工业烟气多污染物协同治理技术及应用") in relations(ex, "UNIT_OF")
    assert all(r.rank is None for r in ex.relations if str(r.type) in ("MEMBER_OF", "UNIT_OF"))


def test_the_conjunction_after_a_quoted_title_joins_two_items_and_is_no_surname() -> None:
    ex = extract_text("柯丽研究员主持完成的“芒果保鲜关键技术创新及应用”和阎远研究员主持完成的“超级稻系列品种选育与应用”"
                      "获科学技术进步奖一等奖。\n")
    assert relations(ex, "LEADS") == {("柯丽", "芒果保鲜关键技术创新及应用"), ("阎远", "超级稻系列品种选育与应用")}


def test_a_project_led_by_a_unit_s_team_and_completed_with_partners_named_without_a_word_of_joining() -> None:
    """`由某大学甲教授团队牵头，乙院、丙公司共同完成的“…”项目荣获…`: the lead unit first among the project's units (its
    person's team between it and 牵头), the partners after it; the lead collaborates with each."""
    from tests.ingest.facts import extract_text, relations

    ex = extract_text("由青川大学唐文博教授团队牵头，青川农业科学院、海光科技股份有限公司共同完成的“高寒地区作物抗逆育种技术与应用”"
                      "项目荣获科技进步一等奖。")
    units = {(r.source, r.rank) for r in ex.relations if str(r.type) == "UNIT_OF"}
    assert units == {("青川大学", 1), ("青川农业科学院", 2), ("海光科技股份有限公司", 3)}
    assert relations(ex, "COLLABORATES_WITH") == {("青川大学", "青川农业科学院"), ("青川大学", "海光科技股份有限公司")}


def test_a_team_s_work_in_traditional_quotes_and_its_members_named_by_department() -> None:
    """`由物理系甲教授、化學系乙教授及丙博士組成的研究團隊，憑「…」研究獲得…獎`: the work with its award, each member in
    rank; `由` before a department is no part of it."""
    from tests.ingest.facts import extract_text, names, relations

    ex = extract_text("由物理系陳大文教授、化學系李嘉明教授及黃美玲博士組成的研究團隊，憑「新型納米材料的可控合成」研究"
                      "獲得自然科學獎一等獎。")
    members = {(r.source, r.rank) for r in ex.relations if str(r.type) == "MEMBER_OF"}
    assert members == {("陈大文", 1), ("李嘉明", 2), ("黄美玲", 3)}  # (as read: the document's script is restored on output)
    assert ("陈大文", "物理系") in relations(ex, "WORKS_AT")
    assert not any(n.startswith("由") for n in names(ex, "Organization"))


_NEWS = ("东川新闻网1月18日电（通讯员 林晓）1月18日上午，2031年度国家科学技术奖励大会在北京举行。"
         "东川大学自动化系周明远教授等完成的“多源异构数据融合方法”项目和土木系郑雨桐教授等完成的“装配式桥梁快速建造技术”"
         "项目同时获得2031年度国家技术发明奖一等奖。\n"
         "此外，电子系陆晓岚教授等完成的“无线协同通信模型”项目，化工系骆海生教授等完成的“微反应器传质设备”项目，"
         "以及材料学院潘景行教授等完成的“氧化物薄膜微结构调控”项目获国家自然科学奖二等奖。\n"
         "供稿：科研院 编辑：林晓\n")


def test_each_project_of_a_list_takes_the_award_its_last_item_is_given() -> None:
    """`甲等完成的“P1”项目，乙等完成的“P2”项目，以及丙等完成的“P3”项目获某奖`: the award is each project's, and each
    first completer a member; `…和…项目同时获得某奖` too."""
    ex = extract_text(_NEWS, "news.txt")
    members = relations(ex, "MEMBER_OF")
    assert {("陆晓岚", "无线协同通信模型"), ("骆海生", "微反应器传质设备"), ("潘景行", "氧化物薄膜微结构调控"),
            ("周明远", "多源异构数据融合方法"), ("郑雨桐", "装配式桥梁快速建造技术")} <= members
    awards = {e.name: e.award for e in ex.entities if str(e.type) == "Project"}
    assert awards["无线协同通信模型"] == awards["氧化物薄膜微结构调控"] == "国家自然科学奖二等奖"


def test_projects_completed_in_the_article_s_departments_are_its_university_s() -> None:
    """`某新闻网1月18日电` names the site's university by its short form; a department written alone before a first
    completer (`电子系甲教授等完成的`) is that university's: it completes the project and the person works there. The
    office that contributed the story (`供稿：科研院`) is no one's employer."""
    ex = extract_text(_NEWS, "news.txt")
    units = relations(ex, "UNIT_OF")
    assert {("东川大学", "无线协同通信模型"), ("东川大学", "微反应器传质设备"), ("东川大学", "多源异构数据融合方法")} <= units
    works = relations(ex, "WORKS_AT")
    assert {("陆晓岚", "东川大学"), ("骆海生", "东川大学"), ("潘景行", "东川大学")} <= works
    assert not any(unit == "科研院" for _, unit in works)
    assert not any(n.startswith("以及") for n in {e.name for e in ex.entities})


def test_a_line_of_an_award_s_class_a_title_and_its_completers() -> None:
    """`自然科学奖一等奖某某研究完成人：甲、乙、丙`: the title between the class and 完成人 is the project, each name a member
    in the order given; the next line's completers are its own project's."""
    ex = extract_text("大会表彰了2031年度湖南省科学技术获奖项目和个人。\n"
                      "自然科学奖一等奖银屑病等遗传性皮肤病的易感基因鉴定完成人:张学海、孙良岚、崔一勇\n"
                      "科学进步奖一等奖前列腺癌早期诊断与微创手术技术的创新、应用及推广完成人:梁朝辉、周一骏\n")
    first, second = "银屑病等遗传性皮肤病的易感基因鉴定", "前列腺癌早期诊断与微创手术技术的创新、应用及推广"
    assert relations(ex, "MEMBER_OF") == {("张学海", first), ("孙良岚", first), ("崔一勇", first),
                                          ("梁朝辉", second), ("周一骏", second)}
    assert ranked(ex)["崔一勇"] == 3
    awards = {e.name: e.award for e in ex.entities if str(e.type) == "Project"}
    assert awards[first] == "自然科学奖一等奖"


def test_a_decision_granting_awards_to_quoted_achievements_names_each_project_and_not_the_granter_as_its_unit() -> None:
    """`某市人民政府…授予“甲”等2项科技成果科技进步奖一等奖`, `某学会授予“乙”等13项科研成果某学会科学技术奖一等奖`: each
    quoted achievement is a project with its award; the body that grants it completed none of them, and a team's award
    names no project."""
    from tests.ingest.facts import extract_text, names, relations

    x = extract_text("东川市人民政府决定对2030-2031年度作出贡献的科技人员和组织予以奖励：授予林晓岚同志重大科技成就奖。"
                     "授予“东川钢铁集团创新团队”等9个企业创新团队科技创新特别奖。"
                     "授予“高炉工艺装备与技术系统集成创新”等2项科技成果科技进步奖一等奖。\n"
                     "经专家评审，东川省中医药学会授予“中药毒性研究方法与应用”等13项科研成果东川省中医药学会科学技术奖一等奖。")
    projects = names(x, "Project")
    assert {"高炉工艺装备与技术系统集成创新", "中药毒性研究方法与应用"} <= projects
    assert "东川钢铁集团创新团队" not in projects
    assert not relations(x, "UNIT_OF")


def test_a_name_right_after_a_completer_s_label_the_segmenter_glued_to_its_surname() -> None:
    """`成果主要完成人童某某荣获…`: jieba reads 人童 as one word, yet the name after the label is whole; `完成人和单位`
    names no one."""
    from tests.ingest.facts import extract_text, names

    x = extract_text("该成果荣获三等奖，成果主要完成人童景盛荣获“创新科技达人”奖。对项目主要完成人和单位有异议的，可书面提出。")
    assert names(x, "Person") == {"童景盛"}


def test_works_done_by_teams_named_by_their_first_member_with_the_award_they_are_put_up_for() -> None:
    """`某单位研究员甲等人完成的《…》拟推荐…奖`, and two such works listed before one award: each a project, its first
    member the person before 等 (rank 1), the unit before that person's title its unit."""
    from tests.ingest.facts import extract_text, names, relations

    x = extract_text("六个项目分别为：北辰大学研究员林小溪等人完成的《多孔晶体的创制、性质与应用》拟推荐2030年度国家自然科学奖。"
                     "北辰研究所研究员柯远山等人完成的《碳基薄膜关键技术与工程应用》、南湖大学教授魏星河等人完成的"
                     "《多肽化学修饰的关键技术》拟推荐2030年度国家技术发明奖。\n")
    works = {"多孔晶体的创制、性质与应用", "碳基薄膜关键技术与工程应用", "多肽化学修饰的关键技术"}
    assert works <= names(x, "Project")
    ranks = {(r.source, r.target): r.rank for r in x.relations if r.type.value == "MEMBER_OF"}
    assert ranks == {("林小溪", "多孔晶体的创制、性质与应用"): 1, ("柯远山", "碳基薄膜关键技术与工程应用"): 1,
                     ("魏星河", "多肽化学修饰的关键技术"): 1}
    assert ("南湖大学", "多肽化学修饰的关键技术") in relations(x, "UNIT_OF")
    awarded = {e.name: e.award for e in x.entities if e.name in works}
    assert awarded["碳基薄膜关键技术与工程应用"] == "国家技术发明奖"


def test_a_decision_s_works_listed_by_the_people_who_did_them() -> None:
    """`同意授予某研究所甲研究员 “…”、某大学乙教授 “…”2个项目特等奖；某公司丙研究员“…”等10个项目一等奖`: each work
    a project, its person the first member and the unit before the person its unit."""
    from tests.ingest.facts import extract_text, relations

    x = extract_text("经北辰科技奖奖励委员会审核批准，同意授予北辰农业科学院兽医研究所林小溪研究员 “鸡传染性病毒变异的分子机制研究”、"
                     "南湖大学柯远山教授 “水稻抗虫基因的发掘与利用研究”2个项目特等奖；东川化工研究院有限公司魏星河研究员"
                     "“杀菌剂唑菌酯”等10个项目一等奖。\n")
    ranks = {(r.source, r.target): r.rank for r in x.relations if r.type.value == "MEMBER_OF"}
    assert ranks == {("林小溪", "鸡传染性病毒变异的分子机制研究"): 1, ("柯远山", "水稻抗虫基因的发掘与利用研究"): 1,
                     ("魏星河", "杀菌剂唑菌酯"): 1}
    assert ("东川化工研究院有限公司", "杀菌剂唑菌酯") in relations(x, "UNIT_OF")
    said = extract_text("林小溪研究员“鸡传染性病毒变异的分子机制研究”的报告引起热烈讨论。\n")
    assert not [r for r in said.relations if r.type.value == "MEMBER_OF"]  # no award: a talk, no project


def test_textbooks_their_editors_wrote_win_an_award_whose_class_carries_a_note_in_brackets() -> None:
    """`甲教授主编的《某学（第5版）》、乙教授参编的《某论》获全国优秀教材（高等教育类）一等奖`: each book is a project its
    editor is a member of, the award's bracketed note no end to the award."""
    from tests.ingest.facts import extract_text, names, relations

    x = extract_text("我校林小溪教授主编的《湖泊沉积学（第5版）》、周一鸣教授参编的《湿地生态学导论》获全国优秀教材"
                     "（高等教育类）一等奖。\n")
    assert {"湖泊沉积学（第5版）", "湿地生态学导论"} <= names(x, "Project")
    assert {("林小溪", "湖泊沉积学（第5版）"), ("周一鸣", "湿地生态学导论")} <= relations(x, "MEMBER_OF")


def test_the_awards_a_body_s_decision_gives_are_funded_by_that_body() -> None:
    """`国务院关于2031年度国家科学技术奖励的决定` as the title: each award programme the decision names with no other
    funder is the State Council's to give; a document titled otherwise gives none."""
    from tests.ingest.facts import extract_text, relations

    body = ("国务院批准，授予“湖泊沉积物磷释放机制研究”国家自然科学奖一等奖，授予“新型储氢合金设计”等3项成果"
            "国家技术发明奖一等奖。\n")
    x = extract_text("国务院关于2031年度国家科学技术奖励的决定\n" + body)
    assert {("国家自然科学奖", "国务院"), ("国家技术发明奖", "国务院")} <= relations(x, "FUNDED_BY")
    x = extract_text("东川大学获奖成果简报\n" + body)
    assert not relations(x, "FUNDED_BY")


def test_a_city_s_decision_names_the_award_its_achievements_are_granted_and_gives_it() -> None:
    """`东川政[2031]8号 东川市人民政府关于表彰2030年度东川市科学技术进步奖的决定` over `授予“甲”等11项科技成果为东川市科学
    技术进步奖一等奖`: the award (its class aside, no 为) is a programme the city's government gives, each achievement
    PART_OF it; the decision's own title, as a page's 名称 field gives it, is no project."""
    from tests.ingest.facts import extract_text, names, relations

    x = extract_text("东川政[2031]8号 东川市人民政府关于表彰2030年度东川市科学技术进步奖的决定\n"
                     "名 称 :东川政[2031]8号 东川市人民政府关于表彰2030年度东川市科学技术进步奖的决定\n"
                     "市政府决定授予“湖泊沉积物多尺度监测技术”等11项科技成果为东川市科学技术进步奖一等奖,"
                     "授予“新型储氢合金设计”等51项科技成果为东川市科学技术进步奖二等奖。\n")
    award = "东川市科学技术进步奖"
    assert award in names(x, "Project") and not any(n.startswith("为") or "决定" in n for n in names(x, "Project"))
    assert (award, "东川市人民政府") in relations(x, "FUNDED_BY")
    assert {("湖泊沉积物多尺度监测技术", award), ("新型储氢合金设计", award)} <= relations(x, "PART_OF")


def test_a_decision_whose_issuer_only_a_page_s_field_names_gives_its_awards_from_that_body() -> None:
    """A government page with no title line: `发布机构 | 国务院` above `国务院决定，对…给予奖励。…授予“甲”国家自然科学奖一等奖`:
    the award programmes are the issuer's; a page that decides nothing about awards funds none from its field."""
    from tests.ingest.facts import extract_text, relations

    grants = "授予“湖泊沉积物磷释放机制研究”国家自然科学奖一等奖,授予“新型储氢合金设计”等3项成果国家技术发明奖一等奖。\n"
    x = extract_text("发布机构 | 国务院 | ||\n文件号 | 国发〔2031〕22号 |\n各省、自治区、直辖市人民政府:\n"
                     "国务院决定,对作出突出贡献的科学技术人员和组织给予奖励。国务院批准," + grants)
    assert {("国家自然科学奖", "国务院"), ("国家技术发明奖", "国务院")} <= relations(x, "FUNDED_BY")
    x = extract_text("发布机构 | 国务院 | ||\n各省、自治区、直辖市人民政府:\n近年来,我国科技事业发展迅速。" + grants)
    assert not relations(x, "FUNDED_BY")


def test_a_unit_s_researchers_took_part_in_each_project_that_each_won_the_award() -> None:
    """`甲大学科研人员参与的“…”，乙研究所科研人员参与的“…”，也分别获得某奖一等奖`: each project a unit of its own
    took part in (参与的, no verb of completing after it), the one award each."""
    ex = extract_text("东川大学科研人员参与的“湖泊污染治理关键技术研究与应用”，西岭研究所科研人员参与的“重要植物病害防控"
                      "关键技术研究”，也分别获得2031年度国家科学技术进步奖一等奖。\n")
    assert {("东川大学", "湖泊污染治理关键技术研究与应用"), ("西岭研究所", "重要植物病害防控关键技术研究")} <= \
        relations(ex, "UNIT_OF")
    assert {"湖泊污染治理关键技术研究与应用", "重要植物病害防控关键技术研究"} <= names(ex, "Project")


def test_a_unit_s_project_named_with_its_kind_of_work_between_them_wins_an_award() -> None:
    """`某学院研究项目“…”获得某奖一等奖`: the words for the kind of work (研究项目, 科研成果) between the unit and the
    title; the unit is the project's all the same."""
    ex = extract_text("近日，东川大学药学院研究项目“基于病理药理机制平移的药物研发技术及应用”获得东川省科学技术进步奖一等奖。\n")
    assert ("东川大学药学院", "基于病理药理机制平移的药物研发技术及应用") in relations(ex, "UNIT_OF")


def test_an_award_written_after_the_body_that_gives_it() -> None:
    """`获得中国某某协会“某某奖成果奖”一等奖`: the body that gives the award before its quoted name; the project wins it."""
    ex = extract_text("近日，东川大学药学院研究项目“基于病理药理机制平移的药物研发技术及应用”获得东川发明协会“发明创业奖成果奖”"
                      "一等奖。\n")
    assert "基于病理药理机制平移的药物研发技术及应用" in names(ex, "Project")


def test_a_team_s_patent_named_in_quotes_that_wins_a_gold_award() -> None:
    """`某学院甲教授团队的专利“一种…方法”获某市专利金奖`: a patent with no number, named by its title, is the team's
    work that wins the award (金奖, 优秀奖: an award's grade with no class number)."""
    ex = extract_text("化学学院柯远山教授团队的专利“一种湖泊底泥修复方法”获东川市专利金奖。\n")
    assert ("柯远山", "一种湖泊底泥修复方法") in relations(ex, "MEMBER_OF")
    assert ("化学学院", "一种湖泊底泥修复方法") in relations(ex, "UNIT_OF")


def test_units_titles_in_quotes_the_clause_counts_as_projects_are_the_units_projects() -> None:
    ex = extract_text("此次我省拟提名南州大学的“湖泊蓝藻水华预警关键技术”、西岭农业科学院“高原作物抗旱育种技术”"
                      "等15个项目参评国家科学技术奖。\n")
    assert relations(ex, "UNIT_OF") == {("南州大学", "湖泊蓝藻水华预警关键技术"), ("西岭农业科学院", "高原作物抗旱育种技术")}
    slogan = extract_text("南州大学“双一流学科建设方案”获批，西岭农业科学院“高原作物抗旱育种技术”交流会召开。\n")
    assert "Project" not in {str(e.type) for e in slogan.entities}


def test_units_that_together_took_part_in_completing_a_work_are_its_units() -> None:
    ex = extract_text("参与完成的项目8项，其中由南州湖光装备技术有限公司、南州湖光科技有限公司共同参与完成的"
                      "“湖泊蓝藻监测用高精度光学传感器关键技术与产业化”获一等奖。\n")
    work = "湖泊蓝藻监测用高精度光学传感器关键技术与产业化"
    assert relations(ex, "UNIT_OF") == {("南州湖光装备技术有限公司", work), ("南州湖光科技有限公司", work)}


def test_a_unit_alone_in_brackets_after_each_name_of_a_completers_line_is_where_each_works() -> None:
    text = ("获奖项目分别是：\n\n一、2031年，湖泊生态修复的理论与方法    柯振邦(北辰大学)，诸葛岚(南州大学)，司马青(西岭理工大学)\n\n"
            "二、2027年，新型储能材料的基础研究  柯振邦(北辰大学)，乔远鸣（东川工业大学，已退休）\n")
    works = relations(extract_text(text, "letter.txt"), "WORKS_AT")
    assert {("柯振邦", "北辰大学"), ("诸葛岚", "南州大学"), ("司马青", "西岭理工大学")} <= works
    assert ("乔远鸣", "东川工业大学") not in works  # the brackets say more than the unit


def test_a_cv_s_awards_written_as_citations_give_the_projects_and_their_ranked_completers() -> None:
    text = ("科研获奖\n1.  柯远山,诸葛岚,司马青,乔远鸣.湖泊蓝藻水华预警技术系列研究.北辰省科技进步一等奖(BC2031-1-07-1). 2031.\n"
            "2.  柯远山、张光明、李青波.高原湿地碳汇的野外观测研究.北辰省教育厅高校奖自然科学类一等奖(2034990017).2034\n"
            "3.  柯远山等.冻土路基稳定技术的推广应用.北辰省医学科技进步一等奖. 2029\n")
    ex = extract_text(text, "cv.txt")
    ranks = {(r.source, r.target, r.rank) for r in ex.relations if str(r.type) == "MEMBER_OF"}
    assert {("柯远山", "湖泊蓝藻水华预警技术系列研究", 1), ("乔远鸣", "湖泊蓝藻水华预警技术系列研究", 4),
            ("李青波", "高原湿地碳汇的野外观测研究", 3), ("柯远山", "冻土路基稳定技术的推广应用", 1)} <= ranks
    awards = {e.name: (e.award, e.year) for e in ex.entities if e.type.value == "Project"}
    assert awards["湖泊蓝藻水华预警技术系列研究"] == ("北辰省科技进步一等奖", 2031)


def test_units_that_completed_a_project_together_with_lianhe_and_an_award_won_with_le() -> None:
    """`由甲大学与乙公司联合完成的“…”项目获得了…一等奖`: both units complete it, in order, and the award is its."""
    ex = extract_text("由北辰农业大学与东湖种业有限公司联合完成的“耐寒稻种选育技术”项目获得了2021年度西岭省科技进步一等奖。\n",
                      "news.txt")
    units = {(r.source, r.target, r.rank) for r in ex.relations if str(r.type) == "UNIT_OF"}
    assert units == {("北辰农业大学", "耐寒稻种选育技术", 1), ("东湖种业有限公司", "耐寒稻种选育技术", 2)}
    project = next(e for e in ex.entities if e.name == "耐寒稻种选育技术")
    assert (project.award, project.year) == ("西岭省科技进步一等奖", 2021)
