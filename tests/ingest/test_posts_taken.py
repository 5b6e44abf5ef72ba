"""`由某学院甲教授担任实验室主任`: the person holds the post in the unit of that kind the text named last (the
lab just founded), not in their own unit."""

from __future__ import annotations

from tests.ingest.facts import extract_text, names, relations

TEXT = ("双方将共建“东川大学—北湖集团智能制造联合实验室”，由东川大学机械工程学院孙建国教授担任实验室主任。\n")


def test_the_post_is_held_in_the_lab_named_before() -> None:
    ex = extract_text(TEXT)
    assert ("孙建国", "东川大学—北湖集团智能制造联合实验室") in relations(ex, "LEADS")
    assert ("孙建国", "东川大学机械工程学院") not in relations(ex, "LEADS")


def test_no_unit_of_the_kind_named_before_gives_no_post() -> None:
    ex = extract_text("会议由东川大学孙建国教授担任中心主任。\n")
    assert not relations(ex, "LEADS")


def test_a_list_of_posts_after_one_unit_carries_it_past_a_party_body_s_post() -> None:
    ex = extract_text("东川市中心医院院长柏清远、总会计师李阳、副院长韦晓川、纪委书记祁建安、副院长廉宏舟、阮静波参会。\n")
    posts = {r.source: r.position for r in ex.relations if str(r.type) == "WORKS_AT" and r.target == "东川市中心医院"}
    assert posts == {"柏清远": "院长", "李阳": "总会计师", "韦晓川": "副院长", "祁建安": "纪委书记", "廉宏舟": "副院长",
                     "阮静波": "副院长"}
    assert relations(ex, "LEADS") == {("柏清远", "东川市中心医院")}


def test_a_clause_before_an_honour_and_a_unit_is_no_part_of_the_unit() -> None:
    ex = extract_text("出席仪式的有中国科学院院士、南湖大学教授王立新，中国工程院院士、东川大学校长陈海燕。\n")
    assert not [name for name in names(ex, "Organization") if "的" in name]
    assert relations(ex, "WORKS_AT") == {("王立新", "南湖大学"), ("陈海燕", "东川大学")}


def test_a_chain_of_posts_carries_past_the_unit_s_one_character_and_its_departments() -> None:
    ex = extract_text("出席会议的有东川县人民医院党委书记韩冬青、副院长柯远航、院副院长许青禾、副院长孙建国、"
                      "医务科主任陈海燕、检验科主任王立新。\n")
    works = {(r.source, r.target, r.position) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert {("许青禾", "东川县人民医院", "副院长"), ("孙建国", "东川县人民医院", "副院长"),
            ("陈海燕", "东川县人民医院", "医务科主任"), ("王立新", "东川县人民医院", "检验科主任")} <= works


def test_a_head_s_assistant_holds_a_post_there_and_leads_nothing() -> None:
    """`某处诸葛某处长助理`, `某集团乔某总经理助理`: the assistant's post, no head's."""
    from tests.ingest.facts import extract_text, relations
    ex = extract_text("南州医院科研处柯振邦副处长主持论坛，北辰医院科研处诸葛岚处长助理作报告。西岭集团乔远鸣总经理助理出席。\n")
    posts = {(r.source, r.target, r.position) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert {("诸葛岚", "北辰医院科研处", "处长助理"), ("乔远鸣", "西岭集团", "总经理助理")} <= posts
    assert not relations(ex, "LEADS")
