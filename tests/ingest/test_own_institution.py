"""`我校` with no page frame stands for the one university the text names, unless that one is named as the
partner (联合某大学, 与某大学): then the article's own institution is not known, and no workplace is guessed. A project
`由某院士牵头，联合某大学乙院士以及某所等共同承担` is led by the first and has the partners as units and members."""

from __future__ import annotations

from tests.ingest.facts import extract_text, relations


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
