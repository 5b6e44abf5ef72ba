"""An expert list's column of administrative posts (行政职务) that names the units the posts are at: each post a
unit heads LEADS it, a deputy's post elsewhere is an affiliation in that post, and a post at the person's own
unit is the WORKS_AT position. Names and units invented."""

from __future__ import annotations

from graph.schema import RelType
from ingest.extract import extract
from ingest.model import Extraction
from ingest.readers import read_upload
from tests.ingest.facts import extract_text, names, relations

_EXPERTS = """序号,姓名,工作单位,职称,行政职务
1,柯远山,湖东冻土研究所,正高,湖东冻土工程重点实验室主任、湖东冻土研究所所长
2,甄明礼,江北大学,正高,南湖理工大学党委常委、副校长
3,柏青禾,江北大学,正高,湖东光量子器件国家重点实验室主任，江北大学光电研究所副所长、教授
4,杭子墨,湖东海洋研究所,正高,所长
"""


def _extract() -> Extraction:
    return extract(read_upload(_EXPERTS.encode("utf-8"), "experts.csv"))


def test_posts_at_named_units_lead_or_affiliate_and_the_own_unit_s_post_is_the_position() -> None:
    ex = _extract()
    leads = {(r.source, r.target, r.role) for r in ex.relations if r.type is RelType.LEADS}
    assert leads == {("柯远山", "湖东冻土工程重点实验室", "主任"), ("柯远山", "湖东冻土研究所", "所长"),
                     ("柏青禾", "湖东光量子器件国家重点实验室", "主任"),
                     ("杭子墨", "湖东海洋研究所", "所长")}  # 所长 alone beside a 研究所: its head
    affiliated = {(r.source, r.target, r.position) for r in ex.relations if r.type is RelType.AFFILIATED_WITH}
    assert affiliated == {("甄明礼", "南湖理工大学", "党委常委、副校长"), ("柏青禾", "江北大学光电研究所", "副所长")}
    works = {(r.source, r.target, r.position) for r in ex.relations if r.type is RelType.WORKS_AT}
    assert works == {("柯远山", "湖东冻土研究所", "所长"), ("甄明礼", "江北大学", None), ("柏青禾", "江北大学", None),
                     ("杭子墨", "湖东海洋研究所", "所长")}


def test_the_next_item_after_a_titled_name_holds_its_post_in_the_same_unit() -> None:
    from tests.ingest.facts import extract_text

    ex = extract_text("青溪医院院长韩东教授、副院长柯蓝副教授出席会议。\n")
    works = {(r.source, r.target, r.title, r.position) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert works == {("韩东", "青溪医院", "教授", "院长"), ("柯蓝", "青溪医院", "副教授", "副院长")}


def test_a_post_in_a_unit_written_after_former_is_a_past_affiliation() -> None:
    """`某公司首席技术官、前某研究院副院长甲`: 前 before the unit makes the post a former one (AFFILIATED_WITH), and is
    no part of the unit's name; the post before it is held now."""
    ex = extract_text("学院宣布聘请金智公司首席技术官、前南京大学研究院副院长陈雨桐博士出任该系系主任。\n")
    assert ("陈雨桐", "南京大学研究院") in relations(ex, "AFFILIATED_WITH")
    assert ("陈雨桐", "南京大学研究院") not in relations(ex, "WORKS_AT")
    assert ("陈雨桐", "金智公司") in relations(ex, "WORKS_AT")
    orgs = names(ex, "Organization")
    assert not any(n.startswith("前") for n in orgs)


def test_a_caption_s_words_are_no_part_of_a_unit() -> None:
    orgs = names(extract_text("图为解放军总医院院长阮一鸣讲话。\n"), "Organization")
    assert "解放军总医院" in orgs and not any(n.startswith("图") for n in orgs)


def test_a_board_s_chairman_leads_the_company() -> None:
    """`某集团董事局主席甲`, `某公司董事会主席乙`: the chair of the board is a head post of the company."""
    ex = extract_text("东川集团董事局主席周明远、南湖公司董事会主席林景行出席。\n")
    assert {("周明远", "东川集团"), ("林景行", "南湖公司")} <= relations(ex, "LEADS")


def test_a_military_unit_s_political_commissar_leads_it() -> None:
    ex = extract_text("东川总医院政委阮一鸣、院长李书明出席仪式。\n")
    assert {("阮一鸣", "东川总医院"), ("李书明", "东川总医院")} <= relations(ex, "LEADS")


def test_a_mayor_holds_the_post_in_the_city_s_government_the_document_names() -> None:
    """`某市委副书记、市长甲`, `某市副市长乙`: the head of government's post is the city's 人民政府's, where the document
    names it; without it, no government is made up."""
    ex = extract_text("南湖大学与东川市人民政府签署合作协议。东川市委副书记、市长李智明，东川市副市长李一荣出席。\n")
    assert {("李智明", "东川市人民政府"), ("李一荣", "东川市人民政府")} <= relations(ex, "WORKS_AT")
    assert ("李智明", "东川市人民政府") in relations(ex, "LEADS")
    alone = extract_text("东川市委副书记、市长李智明出席。\n")
    assert "东川市人民政府" not in names(alone, "Organization")


def test_an_item_opening_with_the_school_s_character_names_a_department_of_the_university_before_it() -> None:
    """`某大学校长甲，校党委常委、宣传部部长乙`: 校 is the university of the item before, so the department named alone is
    that university's and the item's posts are held there; `校长助理` opens with a post, not with 校."""
    from tests.ingest.facts import extract_text, relations

    x = extract_text("东川市副市长李荣，西岭大学校长郭立宏，校党委常委、副校长、生命科学与医学部主任常江，"
                     "校党委常委、宣传部部长田明纲，校长助理卜海川出席仪式。")
    part_of = relations(x, "PART_OF")
    assert {("生命科学与医学部", "西岭大学"), ("宣传部", "西岭大学")} <= part_of
    works = relations(x, "WORKS_AT")
    assert {("常江", "西岭大学"), ("常江", "生命科学与医学部"), ("田明纲", "西岭大学"), ("卜海川", "西岭大学")} <= works
    assert ("李荣", "西岭大学") not in works


def test_a_head_s_post_written_alone_is_held_in_the_one_unit_of_its_kind_the_text_names() -> None:
    """`副院长甲代表医院致辞`, `院长乙，副院长丙`: a post heading a kind of unit, alone before the name, is held in the one
    unit of that kind the text has named; where it names two, or none, nobody is placed."""
    from tests.ingest.facts import extract_text, relations

    x = extract_text("东川科技职业学院与南湖基金会签约。院长林晓岚，副院长周文博等领导出席。副院长周文博主持仪式。")
    assert {("林晓岚", "东川科技职业学院"), ("周文博", "东川科技职业学院")} <= relations(x, "WORKS_AT")
    assert ("林晓岚", "东川科技职业学院") in relations(x, "LEADS")
    y = extract_text("东川第一医院与南湖第二医院签约。副院长周文博致辞。")
    assert not {w for w in relations(y, "WORKS_AT") if w[0] == "周文博"}


def test_a_name_after_a_post_closed_by_yiji_keeps_its_last_character() -> None:
    """`某研究院党委书记吴某新以及某区委常委王某`: jieba parts 吴宝|新|以及; 以及 closes the name as 及 does."""
    from tests.ingest.facts import extract_text, names

    x = extract_text("东川市中医药研究院党委书记吴宝新以及南湖区委常委王嘉惠见证了签约仪式。")
    assert {"吴宝新", "王嘉惠"} <= names(x, "Person")


def test_a_list_of_people_after_their_universities_reads_a_short_form_among_them() -> None:
    """`东川大学甲、北京交大乙(211)及南湖理工大学丙`: in a list of `<university><name>` items, a university written in its
    short form (交大, 地大, 工大, a campus in brackets after it) is a university, and its person works there; alone, a
    short form before a name is nothing."""
    from tests.ingest.facts import extract_text, names, relations

    x = extract_text("入选院士的高校分别为：东川大学林晓岚、北辰交大周文博(211)及南湖理工大学吴一凡、中国地大(北京)郑雨桐。")
    assert {("周文博", "北辰交大"), ("郑雨桐", "中国地大(北京)"), ("林晓岚", "东川大学")} <= relations(x, "WORKS_AT")
    y = extract_text("北辰交大周文博出席。")
    assert "北辰交大" not in names(y, "Organization")
    assert not relations(y, "WORKS_AT")


def test_a_university_s_post_listed_after_a_government_office_s_head_is_no_post_in_that_office() -> None:
    ex = extract_text("北辰省科技厅厅长乔远鸣，党委常委、副校长柯振邦，党委常委、副校长诸葛岚出席会议。")
    assert relations(ex, "WORKS_AT") == {("乔远鸣", "北辰省科技厅")}
    ex = extract_text("青溪大学校长乔远鸣，党委常委、副校长柯振邦出席会议。")
    assert relations(ex, "WORKS_AT") == {("乔远鸣", "青溪大学"), ("柯振邦", "青溪大学")}


def test_an_academician_s_post_in_an_unnamed_university_is_no_job_at_the_academy_and_online_is_no_part_of_a_name() -> None:
    ex = extract_text("11月20日，某重点实验室工作汇报会召开。中国科学院院士、副校长乔远鸣线上出席并致辞，柯振邦教授线下参会。")
    assert {"乔远鸣", "柯振邦"} <= names(ex, "Person") and not any(n.endswith("线") for n in names(ex, "Person"))
    assert not relations(ex, "WORKS_AT")


def test_a_post_marked_as_once_held_is_a_past_affiliation_not_work_now() -> None:
    ex = extract_text("北辰医院原骨科主任柯振邦参加了义诊。南州医院前院长诸葛岚也到场。")
    assert not relations(ex, "WORKS_AT")
    assert relations(ex, "AFFILIATED_WITH") == {("柯振邦", "北辰医院"), ("诸葛岚", "南州医院")}
    assert not relations(ex, "LEADS")
