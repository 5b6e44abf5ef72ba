"""Elections to a society or a committee written in a news paragraph: each elected person holds the post in the
body the paragraph means, with a title or a count of others between the name and the verb; a head post leads the
body, the chair of the supervisors does not."""

from __future__ import annotations

from tests.ingest.facts import extract_text, relations


def _seats(ex, body: str) -> dict[str, str | None]:
    return {r.source: r.position for r in ex.relations if str(r.type) == "AFFILIATED_WITH" and r.target == body}


def test_people_with_titles_and_others_counted_take_up_posts_in_the_committee_named_first() -> None:
    ex = extract_text("大会选举赵立平院士担任东川大学学术委员会主任委员，王田华教授等16名委员担任副主任委员，"
                      "邓远教授担任秘书长。")
    assert _seats(ex, "东川大学学术委员会") == {"赵立平": "主任委员", "王田华": "副主任委员", "邓远": "秘书长"}


def test_a_post_written_with_the_kind_of_body_is_in_the_society_not_in_the_federation_named_after_it() -> None:
    ex = extract_text("东川神经病学会属于国家一级学会，由东川市科协和民政部门进行指导和管理。选举结果如下："
                      "东川医院李立峰教授当选为学会会长，韩英教授等6人当选为学会副会长，李继平教授当选为监事长，"
                      "邱世明教授等14人当选为常务理事。")
    assert _seats(ex, "东川神经病学会") == {"李立峰": "会长", "韩英": "副会长", "李继平": "监事长", "邱世明": "常务理事"}
    assert not _seats(ex, "东川市科协")
    assert {p for p, body in relations(ex, "LEADS") if body == "东川神经病学会"} == {"李立峰"}


def test_a_verb_the_dictionary_reads_as_a_noun_opens_no_committee_s_name() -> None:
    ex = extract_text("会议选举产生东川学会理事会，经投票产生东川学会监事会。")
    assert not any(name.startswith(("产生", "投票")) for name in {e.name for e in ex.entities})


def test_the_new_term_of_a_committee_of_an_unnamed_school_is_no_organization() -> None:
    ex = extract_text("会议选举产生学校新一届学术委员会，穆远浩当选主任委员。")
    assert not {e.name for e in ex.entities if str(e.type) == "Organization"}
