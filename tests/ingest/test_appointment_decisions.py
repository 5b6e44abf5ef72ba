"""A decision of posts read out line by line (某某同志任某所所长(试用期一年); 免去某某同志某所副所长职务)."""

from __future__ import annotations

from ingest.genres.news import parse


def test_a_decision_of_posts_with_a_term_after_a_post_and_a_person_addressed_before_the_unit() -> None:
    text = ("经研究,决定:\n柯远同志任青溪研究所所长(试用期一年);\n"
            "免去宋立同志青溪研究所副所长职务,保留副局级。\n")
    extraction = parse("decision.txt", text)
    works = {(r.source, r.target, r.position) for r in extraction.relations if str(r.type) == "WORKS_AT"}
    assert ("柯远", "青溪研究所", "所长") in works
    assert ("宋立", "青溪研究所") in {(r.source, r.target) for r in extraction.relations
                                     if str(r.type) == "AFFILIATED_WITH"}
    orgs = {e.name for e in extraction.entities if str(e.type) == "Organization"}
    assert not any("同志" in name for name in orgs)


def _posts(text: str) -> set[tuple[str, str, str, str | None]]:
    extraction = parse("news.txt", f"\n\n青溪研究所新一届领导班子任命大会举行\n\n{text}\n")
    return {(str(r.type), r.source, r.target, r.position) for r in extraction.relations
            if str(r.type) in ("WORKS_AT", "AFFILIATED_WITH")}


def test_each_name_of_a_list_addressed_one_by_one_takes_the_post_and_the_one_announcing_takes_none() -> None:
    found = _posts("柯远局长宣布了任免通知,正式任命宋立同志为青溪研究所所长,任命赫荣乔同志、张伟民同志为副所长。")
    assert found == {("WORKS_AT", "宋立", "青溪研究所", "所长"), ("WORKS_AT", "赫荣乔", "青溪研究所", "副所长"),
                     ("WORKS_AT", "张伟民", "青溪研究所", "副所长")}


def test_an_election_of_names_with_their_titles_after_the_list() -> None:
    assert _posts("会议选举张伟民、柏清浩教授为南湖医学会副理事长。") == {
        ("AFFILIATED_WITH", "张伟民", "南湖医学会", "副理事长"), ("AFFILIATED_WITH", "柏清浩", "南湖医学会", "副理事长")}


def test_an_appointee_the_segmenter_glued_to_the_appointment_s_copula_is_named_and_placed() -> None:
    from tests.ingest.facts import extract_text

    ex = extract_text("经校党委常委会研究决定：\n任命柯蓝为青溪大学化学化工学院副院长（试用期一年）；\n青溪大学\n2024年3月1日\n")
    works = {(r.source, r.target, r.position) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert ("柯蓝", "青溪大学化学化工学院", "副院长") in works
    assert not any(e.name.startswith("任命") for e in ex.entities)


def test_a_lab_built_by_a_verb_s_object_is_named_without_the_verb() -> None:
    from tests.ingest.facts import extract_text

    ex = extract_text("近日，科技部批准建设湖泊环境全国重点实验室，实验室依托青溪大学和西岭科学院共同建设。\n")
    orgs = {e.name for e in ex.entities if str(e.type) == "Organization"}
    assert {"湖泊环境全国重点实验室", "青溪大学", "西岭科学院"} <= orgs
    assert not any(o.startswith(("建设", "实验室依托")) for o in orgs)


def test_a_post_in_a_unit_named_again_by_its_kind_word_is_held_in_the_unit_named_before() -> None:
    from tests.ingest.facts import extract_text

    ex = extract_text("近日，科技部批准建设湖泊环境全国重点实验室，实验室依托青溪大学和西岭科学院共同建设，"
                      "林小溪教授任实验室主任，韩东院士任学术委员会主任。\n")
    assert ("林小溪", "湖泊环境全国重点实验室") in {(r.source, r.target) for r in ex.relations if str(r.type) == "LEADS"}
    assert [(r.source, r.target, r.position) for r in ex.relations if str(r.type) == "AFFILIATED_WITH"] == [
        ("韩东", "湖泊环境全国重点实验室", "学术委员会主任")]


def test_news_of_posts_taken_in_the_forms_news_writes_them() -> None:
    """`宣布了甲、乙、卢雪华为某大学副校长` (the last name's 华 read with 为 by the segmenter: 王雪|华为), `邱某任某大学
    党委书记（副部长级）`, `郝某由某大学党委书记转任校长`: each takes the post in the unit, no name glued to the unit."""
    extraction = parse("news.txt", "\n\n青溪大学领导班子调整\n\n会议宣布了李善明、肖海林、卢雪华为青溪大学副校长。"
                                   "10月23日，邱水清任南湖大学党委书记（副部长级），郝平由南湖大学党委书记转任校长。\n")
    posts = {(str(r.type), r.source, r.target, r.position or r.role) for r in extraction.relations}
    assert {("WORKS_AT", n, "青溪大学", "副校长") for n in ("李善明", "肖海林", "卢雪华")} <= posts
    assert {("WORKS_AT", "邱水清", "南湖大学", "党委书记"), ("WORKS_AT", "郝平", "南湖大学", "校长"),
            ("LEADS", "郝平", "南湖大学", "校长")} <= posts
    assert not [r for r in extraction.relations if r.source == "郝平" and str(r.type) == "AFFILIATED_WITH"]
    orgs = {e.name for e in extraction.entities if str(e.type) == "Organization"}
    assert orgs == {"青溪大学", "南湖大学"}


def test_a_post_s_verb_written_before_the_unit_is_no_part_of_its_name() -> None:
    extraction = parse("news.txt", "\n\n任命\n\n此次任命中，新任青溪大学常务副校长孙冬林为年龄压线的一位。\n")
    assert {e.name for e in extraction.entities if str(e.type) == "Organization"} == {"青溪大学"}


def test_a_unit_s_new_team_listed_post_by_post_works_there() -> None:
    """`某医院新一届行政班子…。新一届班子成员为：院长甲，副院长乙、丙，党委书记丁`: each post is the unit's whose 班子 the
    paragraph named; its heads lead it. `二附院` alone is a hospital's name as its university's news writes it."""
    ex = parse("news.txt", "5月13日下午，二附院新一届党政领导班子任命宣布大会召开。\n"
                           "部长宣读了学校关于二附院新一届行政班子和党委班子的任命通知。新一届班子成员为：院长林景行，"
                           "副院长高雅琴、邓子墨，党委书记巩云帆，总会计师谢如意。\n")
    works = {(r.source, r.target, r.position) for r in ex.relations if r.type == "WORKS_AT"}
    assert {("林景行", "二附院", "院长"), ("高雅琴", "二附院", "副院长"), ("邓子墨", "二附院", "副院长"),
            ("巩云帆", "二附院", "党委书记"), ("谢如意", "二附院", "总会计师")} <= works
    leads = {(r.source, r.target) for r in ex.relations if r.type == "LEADS"}
    assert ("林景行", "二附院") in leads and ("高雅琴", "二附院") not in leads


def test_a_team_list_with_no_unit_named_before_it_gives_no_posts() -> None:
    ex = parse("news.txt", "会议宣布了任命通知。新一届班子成员为：院长林景行，副院长高雅琴。\n")
    assert not [r for r in ex.relations if r.type == "WORKS_AT"]


def test_a_second_post_after_the_first_in_the_same_unit_and_a_post_no_longer_held() -> None:
    """`甲同志不再任某医院党委书记；乙同志任某医院党委副书记、院长`: 甲's post is a former one; 乙 holds both posts,
    院长 a head post, in the unit written once."""
    extraction = parse("news.txt", "\n\n青溪医院召开干部大会\n\n会上宣读了任免决定：柯远同志不再任青溪市立第三医院党委书记；"
                                   "宋立同志任青溪市立第三医院党委副书记、院长。\n")
    rels = {(str(r.type), r.source, r.target) for r in extraction.relations}
    assert {("AFFILIATED_WITH", "柯远", "青溪市立第三医院"), ("WORKS_AT", "宋立", "青溪市立第三医院"),
            ("LEADS", "宋立", "青溪市立第三医院")} <= rels
    assert ("WORKS_AT", "柯远", "青溪市立第三医院") not in rels


def test_letters_of_appointment_a_unit_hands_to_a_list_of_people() -> None:
    """`某医院院长甲代表医院为乙、丙及丁三位教授颁发了客座教授聘书`: each holds the visiting post in the hospital, an
    affiliation, no employment."""
    from tests.ingest.facts import extract_text, relations

    x = extract_text("北辰市中心医院院长林晓岚代表医院先后为周文博、吴一凡及郑雨桐三位教授颁发了客座教授聘书。")
    assert {("周文博", "北辰市中心医院"), ("吴一凡", "北辰市中心医院"), ("郑雨桐", "北辰市中心医院")} \
        <= relations(x, "AFFILIATED_WITH")
    assert ("周文博", "北辰市中心医院") not in relations(x, "WORKS_AT")


def test_a_head_s_post_given_with_no_unit_is_held_in_the_one_unit_of_its_kind_named_before() -> None:
    """`决定由甲同志任副所长` under a notice that named one institute: the post is that institute's; where two
    institutes were named, or the unit of the post's kind is only visited, no unit is guessed."""
    extraction = parse("notice.txt", "北辰研究所召开干部大会。会上宣读了任免决定：经研究，决定由诸葛岚同志任副所长，"
                                     "柯振邦同志不再担任副所长职务。\n")
    rels = {(str(r.type), r.source, r.target) for r in extraction.relations}
    assert {("WORKS_AT", "诸葛岚", "北辰研究所"), ("AFFILIATED_WITH", "柯振邦", "北辰研究所")} <= rels
    extraction = parse("two.txt", "北辰研究所与西岭研究所召开联席会议。经研究，决定由诸葛岚同志任副所长。\n")
    assert not [r for r in extraction.relations if r.source == "诸葛岚"]
    extraction = parse("visit.txt", "柯远山一行赴北辰研究所调研。经研究，决定由诸葛岚同志任副所长。\n")
    assert not [r for r in extraction.relations if r.source == "诸葛岚"]


def test_a_decision_s_later_items_after_semicolons_are_appointed_by_its_first_verb() -> None:
    ex = parse("decision.txt", "经研究决定：\n任命柯振邦为灯具学院院长；\n诸葛岚为竹艺学院副院长（试用期两年）；\n"
                      "乔远鸣为灯具学院院长助理。\n欧阳舒为学生代表。")
    posts = {(r.source, r.target, r.position) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert posts == {("柯振邦", "灯具学院", "院长"), ("诸葛岚", "竹艺学院", "副院长"), ("乔远鸣", "灯具学院", "院长助理")}
