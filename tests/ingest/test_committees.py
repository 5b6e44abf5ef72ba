"""An institution's committee of experts named by its kind and term only, and its seats (invented names)."""

from __future__ import annotations

from tests.ingest.facts import extract_text, names, relations

MEETING = ("11月29日下午，东川作物基因资源国家重点实验室召开第一届学术委员会第一次会议。\n"
           "林小溪宣读了首届学术委员会名单。首届学术委员会由东川科学院遗传研究所柯远山院士担任主任，西岭农业科学院"
           "乔远航院士、我校宋雨田教授任副主任。委员包括南湖农业大学吕冰清院士、北辰大学校长苗青禾院士等。\n"
           "实验室主任乔远鸣作2031年度工作进展报告。学校将充分尊重学术委员会的意见，征询学术委员会的建议。\n")
COMMITTEE = "东川作物基因资源国家重点实验室学术委员会"


def test_the_committee_an_institution_convened_is_the_institution_s() -> None:
    """`某重点实验室召开第一届学术委员会`: the lab's academic committee, part of the lab; 尊重学术委员会 and
    征询学术委员会 are a clause's verb and the committee's kind, no bodies."""
    ex = extract_text(MEETING)
    assert COMMITTEE in names(ex, "Organization")
    assert (COMMITTEE, "东川作物基因资源国家重点实验室") in relations(ex, "PART_OF")
    assert not {n for n in names(ex, "Organization") if "尊重" in n or "征询" in n}


def test_the_seats_of_a_committee_named_by_its_term_are_held_with_their_posts() -> None:
    """`首届学术委员会由甲院士担任主任，乙院士、丙教授任副主任。委员包括丁院士、戊院士等`: each a seat with its
    post, the chair its head; each person's own unit as written (WORKS_AT)."""
    ex = extract_text(MEETING)
    seats = {(r.source, r.position) for r in ex.relations if str(r.type) == "AFFILIATED_WITH" and r.target == COMMITTEE}
    assert seats == {("柯远山", "主任"), ("乔远航", "副主任"), ("宋雨田", "副主任"), ("吕冰清", "委员"), ("苗青禾", "委员")}
    assert ("柯远山", COMMITTEE) in relations(ex, "LEADS")
    assert ("柯远山", "东川科学院遗传研究所") in relations(ex, "WORKS_AT")


def test_a_lab_s_head_named_before_the_verb_of_a_talk_glued_to_the_name() -> None:
    """`实验室主任乔某作2031年度工作进展报告`: the segmenter glues 作 to the name; the lab is the one the text named."""
    ex = extract_text(MEETING)
    assert ("乔远鸣", "东川作物基因资源国家重点实验室") in relations(ex, "LEADS")


def test_a_committee_the_text_names_whole_is_not_named_again() -> None:
    """A committee another institution's name opens (`北辰大学学术委员会`) is that institution's, not the convened one."""
    ex = extract_text("东川作物基因资源国家重点实验室召开第一届学术委员会会议。北辰大学学术委员会主任苗青禾院士出席。\n")
    assert ("苗青禾", COMMITTEE) not in relations(ex, "AFFILIATED_WITH")


def test_a_committee_named_whole_and_its_post_written_after_the_kind_alone() -> None:
    """`某联合国家重点实验室学术委员会会议…会议由某院副院长、学术委员会副主任甲主持`: a joint state key lab's name is
    whole (联合 opens its ending, no clause's verb), the committee its; the post after the kind alone is a seat there;
    `大力支持重点实验室` is a clause about a kind of lab, no lab."""
    ex = extract_text("2031年12月11日，化学工程联合国家重点实验室学术委员会会议在西郊宾馆举行。会议由东川科学院副院长、"
                      "学术委员会副主任柯远山主持。学校将一如既往地大力支持重点实验室的未来发展。\n")
    committee = "化学工程联合国家重点实验室学术委员会"
    assert committee in names(ex, "Organization")
    assert (committee, "化学工程联合国家重点实验室") in relations(ex, "PART_OF")
    assert ("柯远山", "副主任") in {(r.source, r.position) for r in ex.relations
                                  if str(r.type) == "AFFILIATED_WITH" and r.target == committee}
    assert not {n for n in names(ex, "Organization") if "支持" in n}


def test_a_person_then_a_verb_before_a_bare_kind_of_unit_is_no_unit() -> None:
    """`乔某某围绕实验室发展作报告`: the subject's name, a verb, then the word lab: a clause, the person named."""
    ex = extract_text("会上，乔远鸣围绕实验室发展方向作了报告。\n")
    assert not names(ex, "Organization")
    assert "乔远鸣" in names(ex, "Person")
