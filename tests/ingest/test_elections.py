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


def test_elections_paragraphs_below_the_opening_line_are_in_the_society_it_names_not_the_venue() -> None:
    """The society whose council meets is named only in the opening line, and the hall of the science association
    it meets in is no body; the lists of posts (`（常务理事名单为：…）`, `副理事长：甲(新任)、乙`) hold their posts."""
    ex = extract_text("2031年3月31日，东川市纺织工程学会十一届一次理事会在东川市科协会堂举行，应到理事47人。\n"
                      "会议以无记名投票的方式，选举韩立新等5名常务理事。（常务理事名单为：韩立新、周文军、柯勤远、邓晓林、林兰舟。）\n"
                      "会议以无记名投票的方式，选举周文军为理事长。\n"
                      "会议选举柯勤远等2名副理事长。副理事长：柯勤远(新任)、邓晓林。\n"
                      "会议以无记名投票的方式，选举林兰舟为秘书长。\n")
    seats = _seats(ex, "东川市纺织工程学会")
    assert seats.keys() == {"韩立新", "周文军", "柯勤远", "邓晓林", "林兰舟"}
    assert {p for p, body in relations(ex, "LEADS") if body == "东川市纺织工程学会"} == {"周文军"}
    assert not _seats(ex, "东川市科协")


def test_a_committee_of_experts_engages_advisers_and_sets_posts_held_by_people_of_other_units() -> None:
    """`首届专家委员会聘请甲院士、乙教授为顾问。设主任委员1名，由某学会丙会长担任；副主任委员1名，由某中心丁书记担任`:
    each a seat on the committee the text named; the units written before the names are the people's own."""
    ex = extract_text("日前，首届江西省疾病预防控制专家委员会成立大会召开。首届专家委员会聘请柳川大学林小溪院士、北辰大学柯远山教授"
                      "为顾问。同时，设主任委员1名，由省预防医学会魏星河会长担任；副主任委员1名，由省疾控中心周明川书记担任。")
    body = "江西省疾病预防控制专家委员会"
    assert _seats(ex, body) == {"林小溪": "顾问", "柯远山": "顾问", "魏星河": "主任委员", "周明川": "副主任委员"}
    assert ("魏星河", body) in relations(ex, "LEADS")
    assert ("周明川", "江西省预防医学会") not in relations(ex, "AFFILIATED_WITH")  # another's unit, no body of his


def test_the_people_appointed_along_with_one_named_before_are_members_of_the_same_body() -> None:
    """`甲被聘为某委员会委员。首批受聘的专家还包括乙、丙两位院士和丁、戊等20位专家。`: everyone the second sentence lists
    is in the committee the first names, the count between the lists no break; no list, no members."""
    from tests.ingest.facts import extract_text, relations

    x = extract_text("我所林小溪所长被聘为东川农机推广总站专家委员会委员。首批受聘的专家还包括汪立群、蒋晓峰两位院士和"
                     "黄明川、胡南山等20位专家。\n")
    body = "东川农机推广总站专家委员会"
    members = {p for p, b in relations(x, "AFFILIATED_WITH") if b == body}
    assert {"汪立群", "蒋晓峰", "黄明川", "胡南山"} <= members
    x = extract_text("我所林小溪所长被聘为东川农机推广总站专家委员会委员。汪立群院士出席了会议。\n")
    assert "汪立群" not in {p for p, b in relations(x, "AFFILIATED_WITH") if b == body}
