"""Prose that lists units with their hosts, a fund's batches of grants, and people joined by 和 after a post.

- `某工程研究中心（依托单位：某公司）`: the unit is PART_OF the host its bracket names;
- `某基金第14批特别资助（站中）和第69批面上资助`: each batch a programme PART_OF the fund;
- `甲书记和乙副院长`: 和 joins two people, it opens no name; `、配合和协助大学常委`: verbs, no unit.
"""

from __future__ import annotations

from tests.ingest.facts import extract_text, names, relations


def test_units_listed_with_their_hosts_in_brackets_are_part_of_them() -> None:
    x = extract_text("近日，本市共有3家工程实验室获省级认定，分别是：北辰省肉兔繁育工程研究中心（依托单位：北辰康大外贸集团有限公司）、"
                     "北辰省机车车辆工程研究中心（依托单位：南湖四方车辆有限公司）、北辰省海藻纤维工程实验室"
                     "（依托单位：北辰石油大学（华东））。\n")
    assert relations(x, "PART_OF") >= {
        ("北辰省肉兔繁育工程研究中心", "北辰康大外贸集团有限公司"),
        ("北辰省机车车辆工程研究中心", "南湖四方车辆有限公司"),
        ("北辰省海藻纤维工程实验室", "北辰石油大学（华东）"),
    }
    plain = extract_text("北辰省机车车辆工程研究中心（2031年认定）和北辰省海藻纤维工程实验室（北辰大学）获评优秀。\n")
    assert not relations(plain, "PART_OF")


def test_the_batches_of_a_fund_s_grants_are_programmes_of_the_fund() -> None:
    x = extract_text("日前，中国博士后科学基金第14批特别资助（站中）和第69批面上资助评审结果公布，我校共9人获得资助。\n")
    fund = "中国博士后科学基金"
    assert {fund, "第14批特别资助（站中）", "第69批面上资助"} <= names(x, "Project")
    assert relations(x, "PART_OF") >= {("第14批特别资助（站中）", fund), ("第69批面上资助", fund)}


def test_and_after_a_post_joins_two_people_and_verbs_name_no_unit() -> None:
    x = extract_text("之后，周学东院长一行在李铁军书记和林野副院长的陪同下分别参观了科研楼和医疗楼。\n")
    assert {"李铁军", "林野"} <= names(x, "Person")
    assert "和林野" not in names(x, "Person")
    y = extract_text("张玉表示，将全力支持、配合和协助大学常委、院长王国斌同志的工作。\n")
    assert not {n for n in names(y, "Organization") if "配合" in n}


def test_a_unit_s_delegation_listed_after_it_works_there_in_the_posts_written_before_each_name() -> None:
    """`参加签约仪式的北辰研究院人员有党委书记、总经理甲，副总经理乙等；南湖大学机械工程学院相关人员有院长丙，副院长丁、戊，
    某重点实验室副主任己等`: each at the unit the list is for, in its posts; an item naming a unit of its own is that unit's."""
    x = extract_text("参加签约仪式的北辰汽车工程研究院有限公司人员有党委书记、总经理王建明，副总经理李洪涛等；"
                     "南湖大学机械工程学院相关人员有院长王天佑，副院长柯亮、刁明海，内燃机燃烧学国家重点实验室副主任李云涛等。\n")
    company, school = "北辰汽车工程研究院有限公司", "南湖大学机械工程学院"
    works = {(r.source, r.target): r.position for r in x.relations if str(r.type) == "WORKS_AT"}
    assert works[("王建明", company)] == "党委书记、总经理"
    assert works[("李洪涛", company)] == "副总经理"
    assert works[("王天佑", school)] == "院长"
    assert works[("柯亮", school)] == works[("刁明海", school)] == "副院长"
    assert ("李云涛", school) not in works
    assert {("王建明", company), ("王天佑", school)} <= relations(x, "LEADS")


def test_a_company_s_name_holds_the_place_in_brackets_and_a_reporting_verb_opens_no_unit() -> None:
    x = extract_text("签署仪式在中汽北(天津)汽车工程研究院有限公司举行。王天佑指出学院相关学科与北辰研究院研究方向高度契合。"
                     "请于异议期内报中国北辰工程学会奖励办公室。\n")
    orgs = names(x, "Organization")
    assert "中汽北(天津)汽车工程研究院有限公司" in orgs
    assert "中国北辰工程学会奖励办公室" in orgs
    assert not {n for n in orgs if n.startswith(("王天佑", "异议", "汽车工程"))}


def test_a_party_department_after_a_post_is_the_unit_s_and_a_name_cut_short_is_completed_by_the_whole() -> None:
    """`某大学党委副书记、组织部部长甲`: one post held in the university; `中天|科技集团人力资源部` (the segmenter read 中
    alone) is the department of 中天科技集团, named whole elsewhere."""
    x = extract_text("会议由北辰理工大学党委副书记、组织部部长周建明同志主持。\n")
    works = {(r.source, r.target): r.position for r in x.relations if str(r.type) == "WORKS_AT"}
    assert works == {("周建明", "北辰理工大学"): "党委副书记、组织部部长"}
    y = extract_text("中天科技集团党委书记、董事长薛明萍出席仪式。对外合作与发展处处长伏永明、中天科技集团人力资源部总经理"
                     "钱蒋锋代表双方签署捐赠协议。\n")
    assert ("钱蒋锋", "中天科技集团人力资源部") in relations(y, "WORKS_AT")
    assert ("中天科技集团人力资源部", "中天科技集团") in relations(y, "PART_OF")


def test_a_place_s_party_committee_is_a_body_whose_posts_people_hold() -> None:
    """`江西省委`, `中共江西省委`, `雅安市委`, `龙口市市委`: a place's Party committee; `城市委托` is none."""
    x = extract_text("会上，重庆市委书记袁明军讲话。中共江西省委组织部干部五处处长胡立明宣读决定，将在中共江西省委和校党委的"
                     "领导下开展工作。城市委托管理的项目另行安排。\n")
    orgs = names(x, "Organization")
    assert {"重庆市委", "中共江西省委", "中共江西省委组织部干部五处"} <= orgs
    assert not {n for n in orgs if n.startswith("城市")}
    assert ("袁明军", "重庆市委") in relations(x, "LEADS")
    assert ("中共江西省委组织部", "中共江西省委") in relations(x, "PART_OF")


def test_a_list_item_whose_person_did_something_leaves_no_unit_to_the_names_after_it() -> None:
    """`某医院皮肤科甲教授当选名誉会长，乙教授、丙教授当选副会长`: the hospital is 甲's, not 乙's or 丙's."""
    x = extract_text("经选举，北辰医科大学宣武医院皮肤科连明教授当选名誉会长，耿松林教授、李珊明教授当选副会长。\n")
    works = relations(x, "WORKS_AT")
    assert ("连明", "北辰医科大学宣武医院") in works
    assert not {w for w in works if w[0] in ("耿松林", "李珊明")}
    y = extract_text("出席会议的有北辰大学校长林小溪、副校长柯明远。\n")
    assert ("柯明远", "北辰大学") in relations(y, "WORKS_AT")


def test_verbs_and_adverbs_before_a_body_are_no_part_of_its_name() -> None:
    x = extract_text("随后北辰交大研究生院常务副院长陈天明介绍了情况。项目将助推南湖大学发展，充分发挥福清光电科技有限公司的优势，"
                     "为母校北辰大学争光。中心将助力东川科技大学发展。最后预祝中心越办越好。\n")
    orgs = names(x, "Organization")
    assert {"北辰交大研究生院", "南湖大学", "福清光电科技有限公司", "北辰大学", "东川科技大学"} <= orgs
    assert not {n for n in orgs if n.startswith(("随后", "助推", "充分", "母校", "助力", "最后", "预祝"))}


def test_a_meeting_s_organisers_labelled_without_a_colon_and_a_unit_running_into_the_clause_s_verb() -> None:
    """`会议主办单位某学会，某学会协办`: the label and the verb of the part taken are no part of the names; `某医院积极建设…`,
    `持续提升医院…`: the adverbs of an effort end a unit's name or open none."""
    x = extract_text("北辰神经外科高峰论坛召开。会议主办单位南湖省医学会，东川市医学会协办。北辰医院积极建设区域医疗中心，"
                     "持续提升医院服务能力，优化医院管理。\n")
    orgs = names(x, "Organization")
    assert {"南湖省医学会", "东川市医学会", "北辰医院"} <= orgs
    assert not {n for n in orgs if any(w in n for w in ("主办单位", "协办", "积极", "提升", "优化"))}


def test_a_place_or_a_level_before_a_kind_of_lab_names_a_kind_and_no_lab() -> None:
    x = extract_text("学校新增南湖省重点实验室2个、北辰市重点实验室3家和市级工程技术研究中心5家，毕业生多来自211大学和985大学。"
                     "南湖省植物功能基因组学重点实验室主任王明出席。\n")
    assert names(x, "Organization") == {"南湖省植物功能基因组学重点实验室"}


def test_a_government_s_name_run_into_a_university_s_is_two_bodies() -> None:
    """`《北辰市人民政府南湖大学共建北辰市人民医院…》`: two bodies, the university no unit of the government."""
    x = extract_text("南湖大学与北辰市人民政府签署校地合作协议\n签约仪式在北辰市举行。南湖大学校长郭立明出席仪式。\n"
                     "《北辰市人民政府与南湖大学校地合作协议》\n《北辰市人民政府南湖大学共建北辰市人民医院\n")
    orgs = names(x, "Organization")
    assert {"南湖大学", "北辰市人民政府"} <= orgs
    assert "北辰市人民政府南湖大学" not in orgs
    assert ("郭立明", "南湖大学") in relations(x, "LEADS")
    assert ("南湖大学", "北辰市人民政府") not in relations(x, "PART_OF")


def test_a_township_s_committee_and_government_named_by_their_level_alone_are_no_bodies() -> None:
    """`乡党委和乡政府一定全力协助研究所…`: the level alone names no body, and an adverb and a verb before a kind of
    unit open no name."""
    x = extract_text("北辰乡党委书记林晓岚一行来东川研究所调研。林晓岚表示，乡党委和乡政府一定全力协助研究所在北辰的发展。\n")
    orgs = names(x, "Organization")
    assert not {"乡党委", "乡政府"} & orgs
    assert not {n for n in orgs if "协助" in n or "全力" in n}


def test_a_ministry_whose_name_joins_two_fields_stays_whole_after_a_preposition() -> None:
    """`大会由人力资源和社会保障部、共青团中央主办`: 和 inside a ministry's own name joins no two bodies."""
    x = extract_text("大会由人力资源和社会保障部、东川省科学技术协会主办。会议由工业和信息化部指导。\n")
    orgs = names(x, "Organization")
    assert {"人力资源和社会保障部", "工业和信息化部"} <= orgs
    assert "社会保障部" not in orgs
