"""Given a news article, the people, organizations and stated relations come out, and nothing else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.genres.news import parse
from ingest.model import Extraction, to_kgx
from tests.shared import shared

FIXTURES = Path(__file__).parent.parent / "fixtures" / "news"


def _expected(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))


def _extract(name: str) -> Extraction:
    return parse(f"{name}.txt", (FIXTURES / f"{name}.txt").read_text(encoding="utf-8"))


def _prf(found: set, wanted: set) -> tuple[float, float]:
    tp = len(found & wanted)
    return (tp / len(found) if found else 0.0), (tp / len(wanted) if wanted else 0.0)


def test_people_and_organizations_are_found_with_their_kinds() -> None:
    expected = _expected("roles_and_partners")
    extraction = _extract("roles_and_partners")
    persons = {e.name for e in extraction.entities if str(e.type) == "Person"}
    orgs = {e.name: e.kind for e in extraction.entities if str(e.type) == "Organization"}
    assert persons == set(expected["persons"])
    assert not persons & set(expected["not_persons"])
    precision, recall = _prf(set(orgs), set(expected["organizations"]))
    assert recall == 1.0 and precision >= 0.85, orgs
    assert {n: orgs[n] for n in expected["organizations"]} == expected["organizations"]


def test_nested_roles_collaborations_and_funding_become_relations() -> None:
    expected = _expected("roles_and_partners")
    extraction = _extract("roles_and_partners")
    found = {(str(r.type), r.source, r.target) for r in extraction.relations}
    wanted = {tuple(r[:3]) for r in expected["relations"]}
    precision, recall = _prf(found, wanted)
    assert recall >= 0.95 and precision >= 0.85, sorted(found ^ wanted)
    by_key = {(str(r.type), r.source, r.target): r for r in extraction.relations}
    for rtype, source, target, fields in expected["relations"]:
        for field, value in fields.items():
            assert getattr(by_key[(rtype, source, target)], field) == value, (rtype, source, target, field)


def test_every_fact_carries_the_text_it_came_from() -> None:
    text = (FIXTURES / "roles_and_partners.txt").read_text(encoding="utf-8")
    extraction = _extract("roles_and_partners")
    for entity in extraction.entities:
        assert entity.spans, entity
        if str(entity.type) == "Person":
            assert all(text[s.start:s.end] == entity.name for s in entity.spans)
    assert all(r.spans for r in extraction.relations)


def test_a_forms_of_address_text_yields_no_people() -> None:
    text = "患者陈先生在医院接受治疗。来自县城的张医生说，王老师和李女士也参加了培训。"
    assert not [e for e in parse("x.txt", text).entities if str(e.type) == "Person"]


def test_genre_follows_the_caller_or_detection() -> None:
    assert parse("x.txt", "东川理工大学。", genre="other").genre == "other"
    assert parse("x.txt", "据悉，东川理工大学新建实验楼。记者了解到，工程已经完工。他表示满意。").genre == "news"


@pytest.mark.seeds
def test_seed_news_article_scores_at_the_project_bar() -> None:
    seed, gold_file = shared("seeds/001_41f379b8db8d3c15.txt", "gold/001_41f379b8db8d3c15.json")
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    pred = to_kgx(parse(seed.name, seed.read_text(encoding="utf-8")))

    def keys(doc: dict, what: str) -> set:
        items = [x for x in doc[what] if not x.get("uncertain")]
        if what == "entities":
            return {(x["type"], n) for x in items for n in [x["name"], *x.get("aliases", [])]}
        return {(x["type"], x["source"], x["target"]) for x in items}

    gold_entities = {(x["type"], x["name"]) for x in gold["entities"] if not x.get("uncertain")}
    predicted_names = keys(pred, "entities")
    assert len(gold_entities - predicted_names) <= 1
    gold_relations = keys(gold, "relations")
    predicted = {(r["type"], r["source"], r["target"]) for r in pred["relations"]}
    assert len(gold_relations & predicted) / len(gold_relations) >= 0.9


def test_two_bodies_written_apart_by_a_blank_are_two_and_a_unit_name_is_no_person() -> None:
    ex = parse("notice.txt", "日前,国家卫生健康委员会 国家中医药管理局公布了第九届中青年专家名单。\n"
                             "南湖大学 化学学院林小溪教授出席。\n吉林大学\n")
    orgs = {e.name for e in ex.entities if str(e.type) == "Organization"}
    assert {"国家卫生健康委员会", "国家中医药管理局", "南湖大学"} <= orgs
    assert "国家卫生健康委员会 国家中医药管理局" not in orgs
    assert {e.name for e in ex.entities if str(e.type) == "Person"} == {"林小溪"}


def test_short_forms_of_the_universities_a_text_names_in_full_are_those_universities() -> None:
    """`港大`, `理大`, `科大` after 香港大学, 香港理工大学 and 香港科技大学 are named: each is the one university whose name
    holds its character (港 is in all three: 港大 is the one whose name ends with it)."""
    from ingest.genres.news import parse

    ex = parse("news.txt", "\n\n三学者获青溪奖\n\n青溪基金会为来自香港大学、香港科技大学及香港理工大学的学者颁奖。"
                           "获奖教授包括理大副教授邝小儿及科大教授刘立能。左起：港大许小源教授。\n")
    orgs = {e.name: e.aliases for e in ex.entities if str(e.type) == "Organization"}
    assert "港大" in orgs["香港大学"] and "理大" in orgs["香港理工大学"] and "科大" in orgs["香港科技大学"]
    works = {(r.source, r.target) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert {("邝小儿", "香港理工大学"), ("刘立能", "香港科技大学")} <= works


def test_a_person_named_again_by_surname_and_title_is_the_one_of_that_surname() -> None:
    """`林教授目前担任…` after 林志明 is named: what is said of 林教授 is said of 林志明; where two people of the surname
    are named, 林教授 is neither."""
    from ingest.genres.news import parse

    text = ("\n\n青溪大学林志明教授获奖\n\n青溪大学电机系林志明教授荣获杰出研究奖。林教授目前兼任青溪电机工程学会理事。"
            "校长许泰文表示祝贺。\n")
    ex = parse("news.txt", text)
    assert ("林志明", "青溪电机工程学会") in {(r.source, r.target) for r in ex.relations if str(r.type) == "AFFILIATED_WITH"}
    two = parse("news.txt", text.replace("校长许泰文", "校长林泰文"))
    assert not [r for r in two.relations if str(r.type) == "AFFILIATED_WITH" and r.target == "青溪电机工程学会"]


def test_assistant_deans_appointed_together_and_the_university_s_own_offices_named_without_its_mark() -> None:
    """`宣布聘任甲和乙为某学院助理院长`: both take the post; `校人力资源处处长`: the university's office is 人力资源处;
    `服务好某学院师生`: the verb and its 好 are no part of the school's name."""
    from tests.ingest.facts import extract_text, names

    ex = extract_text("仪式由校人力资源处处长祁海舟主持。院长代表学校正式宣布聘任梁文涛和米雪琴为物质科学与技术学院"
                      "助理院长。两位助理院长表示将服务好物质科学与技术学院师生。")
    works = {(r.source, r.target, r.position) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert {("梁文涛", "物质科学与技术学院", "助理院长"), ("米雪琴", "物质科学与技术学院", "助理院长"),
            ("祁海舟", "人力资源处", "处长")} <= works
    assert not {"校人力资源处", "服务好物质科学与技术学院"} & names(ex, "Organization")


def test_people_named_on_a_line_with_nothing_around_them_to_say_so_are_read() -> None:
    """`分别为甲、乙、丙`, `甲和乙出席了会议`: no title, post, unit or verb of speech near the names; the model reads
    them all the same, and a line of numbers alone is still skipped."""
    from tests.ingest.facts import extract_text, names

    assert {"龚庄明", "宗江晨", "乐汝安"} <= names(
        extract_text("另有3位专家荣膺青川工程科技奖，分别为龚庄明、宗江晨、乐汝安。"), "Person")
    assert names(extract_text("张伟和李娜出席了会议。"), "Person") == {"张伟", "李娜"}


def test_a_prize_given_to_a_unit_s_person_written_together_and_a_joint_appointment_with_a_slash() -> None:
    """`颁给北湖大学高山宁，`: the model reads unit and name as one; the name (a dictionary word's characters) is a person
    of the unit. `颁给南川大学/东川大学程一舟`: the person is of both universities."""
    from tests.ingest.facts import extract_text, relations

    ex = extract_text("其中，青川科学奖数理科学奖颁给北湖大学高山宁，化学科学奖颁给西岭大学冯小明，"
                      "生命科学奖颁给南川大学/东川大学程一舟。")
    assert {("高山宁", "北湖大学"), ("程一舟", "南川大学"), ("程一舟", "东川大学")} <= relations(ex, "WORKS_AT")


def test_a_joint_lab_named_by_its_partners_with_a_dash_gives_the_partners_and_the_company_s_founder() -> None:
    """`青川大学—海石生物(广州)微生物智造联合实验室`: the lab named whole; the company after the dash, named by its brand
    before its seat in brackets, is an organization wherever the text names it, not a person (海石); the founder and
    CEO (创始人&CEO) works at it and leads it; a company's brand with its seat opens its full name."""
    from tests.ingest.facts import extract_text, names, relations

    ex = extract_text("青川大学—海石生物(广州)微生物智造联合实验室揭牌仪式举行。青川大学副校长兰和平，海石生物创始人&CEO蒋先知"
                      "出席会议。兰和平希望青川大学与海石不断深化合作。\n海石(广州)生物科技有限公司成立于2016年。")
    orgs = names(ex, "Organization")
    assert {"青川大学—海石生物(广州)微生物智造联合实验室", "海石生物", "海石(广州)生物科技有限公司"} <= orgs
    assert "海石" not in names(ex, "Person")
    assert ("蒋先知", "海石生物") in relations(ex, "WORKS_AT") and ("蒋先知", "海石生物") in relations(ex, "LEADS")


def test_the_unit_a_sentence_opens_with_signs_with_the_partners_of_a_later_clause() -> None:
    """`甲大學在…支持下,成立…聯盟,27日與乙大學、丙大學簽訂合作意向書` under a byline: the sentence's subject collaborates
    with each partner; `藉由聯盟伙伴` names no alliance."""
    from tests.ingest.facts import extract_text, names, relations

    ex = extract_text("記者林小明/新竹報導\n青川大學在科技部計畫的支持下,成立青川三校聯盟,27日與北湖大學、西嶺大學簽訂合作意向書,"
                      "藉由聯盟伙伴之典範學習,壯大產學能量。")
    assert relations(ex, "COLLABORATES_WITH") >= {("青川大学", "北湖大学"), ("青川大学", "西岭大学")}  # (as read)
    assert not any(n.endswith(("由联盟", "由聯盟")) for n in names(ex, "Organization"))


def test_books_a_person_is_said_to_have_written_and_a_retired_researcher_of_the_page_s_own_institute() -> None:
    """`如本院某研究所退休研究员甲所著《…》`, `乙撰写《…》`, `丙出版专著《…》`: each book a work its author AUTHORED; the
    unit is the institute, without the example's 如 and the page's 本院; a retired researcher's post there is a past
    affiliation (AFFILIATED_WITH), not employment."""
    from tests.ingest.facts import extract_text, names, relations

    ex = extract_text("如本院历史语言研究所退休研究员李孝悌所著《中国现代的戏曲、社会与政治》。"
                      "如青川大学历史学系教授吴翎君撰写《美国人未竟的中国梦》。王明出版专著《青川植物志》。")
    assert relations(ex, "AUTHORED") == {("李孝悌", "中国现代的戏曲、社会与政治"), ("吴翎君", "美国人未竟的中国梦"),
                                         ("王明", "青川植物志")}
    assert ("李孝悌", "历史语言研究所") in relations(ex, "AFFILIATED_WITH")
    assert not any(n.startswith(("如", "本院")) for n in names(ex, "Organization"))


def test_the_winners_of_a_numbered_project_each_written_with_their_unit_are_its_members() -> None:
    """`1. 项目《…》获得某奖。获奖人是某大学甲教授、某大学乙教授和某研究所丙研究员`: each winner a member in rank, the
    unit before each name no end of the list."""
    from tests.ingest.facts import extract_text, ranked

    ex = extract_text("1. 项目《高质量薄膜的外延生长研究》获得青川数理科学奖，该成果具有重要意义。获奖人是青川大学闻其远教授、"
                      "青川大学陈曦教授和北湖物理研究所梅旭川研究员。\n2. 项目《有机功能材料的研究》获得青川化学科学奖。\n")
    assert ranked(ex) == {"闻其远": 1, "陈曦": 2, "梅旭川": 3}


def test_a_head_named_by_a_rare_dictionary_word_after_the_post_and_a_clause_s_links_before_the_unit() -> None:
    """`，并与某科学院院长甲和某工程院院长周济一起…`: 周济 (a dictionary word) is a name after the post and before 一起;
    并与 before the unit is the clause's, no part of its name."""
    from tests.ingest.facts import extract_text, names, relations

    ex = extract_text("甘延青出席颁奖仪式，并与青川科学院院长符春霖和青川工程院院长周济一起为获奖科学家颁奖。")
    assert {("符春霖", "青川科学院"), ("周济", "青川工程院")} <= relations(ex, "LEADS")
    assert not any(n.startswith("并与") for n in names(ex, "Organization"))


def test_the_own_institution_is_the_one_named_that_is_no_partner_and_its_heads_posts_are_its() -> None:
    """`我校聘任乙大学原校长…` and `我校与乙大学密切合作`: 我校 is the other university the text names, and 校长甲, 副校长丙
    hold their posts there, though the text names two universities."""
    from tests.ingest.facts import extract_text, relations

    text = ("我校聘任东岭医科大学原校长范青禾教授为学校发展战略咨询首席顾问\n"
            "12月2日上午，我校聘任东岭医科大学原校长范青禾教授为学校发展战略咨询首席顾问的聘任仪式举行。"
            "校党委书记柯明远，校长黎文涛，副校长曹若溪出席仪式。\n"
            "范青禾教授回顾了我校与东岭医科大学密切合作、协同发展的历史渊源，表示将尽己所能为北辰医科大学的发展建设贡献力量。\n")
    ex = extract_text(text)
    works = relations(ex, "WORKS_AT")
    assert {("柯明远", "北辰医科大学"), ("黎文涛", "北辰医科大学"), ("曹若溪", "北辰医科大学")} <= works
    assert ("北辰医科大学", "东岭医科大学") in relations(ex, "COLLABORATES_WITH") | {
        (b, a) for a, b in relations(ex, "COLLABORATES_WITH")}
