"""A biography's posts after a verb of holding (兼任, 生前任): a seat in an assembly (某省政协委员) and a member's seat on
a body's panel (某委员会学科评议组成员) are affiliations, not employment; a part the list does not know as a post does
not end the list; and the biography's subject is the person its own line opens with, whatever headline stands above
it. Names and units invented."""

from __future__ import annotations

from graph.schema import Label, RelType
from ingest.extract import extract
from ingest.genres.news import parse
from ingest.model import Extraction
from ingest.readers import read_upload
from tests.ingest.facts import extract_text, names, relations


def _posts(text: str) -> set[tuple[str, str, str, str | None]]:
    extraction = parse("invented.txt", f"\n\n青溪学者逝世\n\n{text}\n")
    return {(str(r.type), r.source, r.target, r.position) for r in extraction.relations
            if r.type in (RelType.WORKS_AT, RelType.AFFILIATED_WITH)}


def test_seats_in_an_assembly_and_on_a_body_s_panel_are_affiliations() -> None:
    found = _posts("柏清浩，男，1971年3月出生，南湖人。生前任第十二届南湖省政协委员，青溪大学副校长、教授；"
                   "兼任国家自然科学基金委员会专家评审组成员、中国园艺学会理事、南湖遗传学会常务理事等。")
    assert found >= {("AFFILIATED_WITH", "柏清浩", "南湖省政协", "委员"),
                     ("WORKS_AT", "柏清浩", "青溪大学", "副校长"),
                     ("AFFILIATED_WITH", "柏清浩", "国家自然科学基金委员会", "专家评审组成员"),
                     ("AFFILIATED_WITH", "柏清浩", "中国园艺学会", "理事"),
                     ("AFFILIATED_WITH", "柏清浩", "南湖遗传学会", "常务理事")}
    assert not {f for f in found if f[0] == "WORKS_AT" and f[2] in ("南湖省政协", "国家自然科学基金委员会")}


def test_a_part_that_is_no_post_does_not_end_the_list() -> None:
    found = _posts("柏清浩，青溪大学教授，兼任某某学科评议专家、中国园艺学会理事。")
    assert ("AFFILIATED_WITH", "柏清浩", "中国园艺学会", "理事") in found


def test_a_later_verb_of_a_biography_s_sentence_keeps_its_subject_and_a_society_seat_is_an_affiliation() -> None:
    from tests.ingest.facts import extract_text

    ex = extract_text("据悉，林小溪现任青溪医科大学附属第一医院副院长，兼任中华医学会心血管病学分会常务委员。\n"
                      "韩东，教授，兼任中华医学会心血管病学分会委员。\n")
    seats = {(r.source, r.target, r.position) for r in ex.relations if str(r.type) == "AFFILIATED_WITH"}
    assert seats == {("林小溪", "中华医学会心血管病学分会", "常务委员"), ("韩东", "中华医学会心血管病学分会", "委员")}
    assert not {r.source for r in ex.relations if str(r.type) == "WORKS_AT" and r.target == "中华医学会心血管病学分会"}


def test_this_hospital_is_the_hospital_named_before() -> None:
    from tests.ingest.facts import extract_text

    ex = extract_text("青溪医科大学附属第一医院林小溪教授团队发表研究成果。该院心血管内科主任韩东教授为通讯作者。\n")
    works = {(r.source, r.target, r.position) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert ("韩东", "青溪医科大学附属第一医院", "心血管内科主任") in works


def test_a_paragraph_opening_with_the_verb_goes_on_with_the_person_the_paragraph_before_opens_with() -> None:
    """A profile page's second paragraph (`担任…`) names no one: its subject is the person the first one opens with,
    even where another reading took that line; a society's committee written short (专委) and a member's seat
    (高级会员) are affiliations."""
    from ingest.extract import extract
    from ingest.readers import read_upload
    from tests.ingest.facts import relations

    ex = extract(read_upload(("**柯远航**，博士，现为东岭大学计算机学院副教授、博士生导师。\n\n"
                              "担任中国青溪学会智能服务专委委员、中国南岭学会高级会员。\n").encode(), "about.md"))
    seats = {(r.source, r.target, r.position) for r in ex.relations if str(r.type) == "AFFILIATED_WITH"}
    assert ("柯远航", "中国青溪学会智能服务专委", "委员") in seats and ("柯远航", "中国南岭学会", "高级会员") in seats
    assert ("中国青溪学会智能服务专委", "中国青溪学会") in relations(ex, "PART_OF")
    two = extract(read_upload("柯远航与韩东出席会议。\n\n担任中国南岭学会理事。\n".encode(), "news.txt"))
    assert not relations(two, "AFFILIATED_WITH")  # the paragraph before names two people: whose post, it does not say


def test_a_foreign_academy_s_member_does_not_work_there_and_a_bare_post_is_no_unit_named_only_inside_another() -> None:
    """`美国科学院院士` is an honour as `中国科学院院士` is; `校长某某` in an article whose only university is written as
    the opening of a partner institute's name (`某大学现代农业研究院`) is the host school's, which it does not name."""
    from tests.ingest.facts import extract_text, relations

    ex = extract_text("10月24日，学校与东岭大学现代农业研究院签约。校长管英华、副校长卢国平，东岭大学现代农业研究院院长、"
                      "美国科学院院士柯远航出席活动。")
    works = relations(ex, "WORKS_AT")
    assert ("柯远航", "东岭大学现代农业研究院") in works
    assert not {w for w in works if w[1] in ("美国科学院",) or w[0] in ("管英华", "卢国平")}


def test_degrees_each_from_its_unit_postdoctoral_and_visiting_years_and_the_unit_worked_at_since() -> None:
    """`分别获得甲、乙和丙学士、硕士和博士学位`: each unit; `获甲（现乙）某专业博士学位`, `在甲从事两年博士后研究`,
    `博士期间在甲、乙访问研究`: past affiliations; `2031年起任职于甲`: where the person works now."""
    found = {(kind, source, target) for kind, source, target, _ in _posts(
        "柏清浩，教授，博士生导师。2001年、2004年和2008年分别获得南湖大学、青溪理工大学和东川科学院化学研究所学士、"
        "硕士和博士学位，在西岭大学从事两年博士后研究，2011年起任职于青溪大学。")}
    assert found >= {("AFFILIATED_WITH", "柏清浩", u) for u in ("南湖大学", "青溪理工大学", "东川科学院化学研究所", "西岭大学")}
    assert ("WORKS_AT", "柏清浩", "青溪大学") in found
    found = {(kind, source, target) for kind, source, target, _ in _posts(
        "韩冬青，教授。1996年获北湖联合大学（现北湖大学）化学纤维专业博士学位；博士期间在南湖理工大学、东川大学访问研究。")}
    assert found >= {("AFFILIATED_WITH", "韩冬青", u) for u in ("北湖联合大学", "南湖理工大学", "东川大学")}
    assert not {f for f in found if f[0] == "WORKS_AT"}


def test_a_person_hired_by_a_unit_or_serving_there_works_there() -> None:
    """`受聘于甲`, `供职于甲`: where the person works."""
    found = {(kind, source, target) for kind, source, target, _ in _posts(
        "柯振邦2021年7月作为高层次人才受聘于南州湖泊研究所。诸葛岚现供职于西岭理工大学。")}
    assert {("WORKS_AT", "柯振邦", "南州湖泊研究所"), ("WORKS_AT", "诸葛岚", "西岭理工大学")} <= found


def test_a_unit_followed_by_a_visit_or_postdoctoral_stay_is_a_past_affiliation_however_the_sentence_opens() -> None:
    """`西岭大学访问学者。` as a sentence of its own, `曾在南湖理工大学（Nanhu Tech）做访问学者`, `东川大学博士后`: the
    person was there, no job; `某大学博士后科研工作站` names a station, no stay."""
    found = {(kind, source, target) for kind, source, target, _ in _posts(
        "柏清浩，博士，副教授。西岭大学访问学者。青溪大学湖泊研究所所长。")}
    assert ("AFFILIATED_WITH", "柏清浩", "西岭大学") in found
    assert ("WORKS_AT", "柏清浩", "西岭大学") not in found
    found = {(kind, source, target) for kind, source, target, _ in _posts(
        "韩冬青，教授。2020年博士毕业于北湖大学，曾在南湖理工大学(Nanhu Tech)做访问学者，东川大学博士后。")}
    assert found >= {("AFFILIATED_WITH", "韩冬青", u) for u in ("北湖大学", "南湖理工大学", "东川大学")}
    found = {(kind, source, target) for kind, source, target, _ in _posts(
        "韩冬青，教授。现负责东川大学博士后科研工作站的日常管理。")}
    assert ("AFFILIATED_WITH", "韩冬青", "东川大学") not in found


def test_a_biography_opening_with_its_name_in_brackets_is_that_person_s() -> None:
    """`【林小溪】，历史学专业博士，硕士生导师。…现任马克思主义学院副院长`: the bracketed name is the subject."""
    from tests.ingest.facts import extract_text, relations

    x = extract_text("【林小溪】，历史学专业博士，研究生学历，硕士生导师。高校思想政治理论课教师2031年度影响力提名人物。"
                     "现任马克思主义学院副院长。\n")
    assert ("林小溪", "马克思主义学院") in relations(x, "WORKS_AT")


def test_a_personal_page_s_profile_naming_no_one_is_its_author_s() -> None:
    """A personal site's page names its author in its front matter (`title: 某某`); its profile never names them
    again: the units it opens with and the seats after 为 are the author's, a membership an affiliation."""
    from tests.ingest.facts import extract_text, relations

    page = ("---\ntitle: 林晓岚\nrole: 东川大学信息学院副院长\n---\n\n"
            "南湖大学电子工程系本硕博连读，北辰理工大学访问学者。曾任东川医学影像青年论坛委员会轮值主席，"
            "为东川医学装备协会超声装备分会常务委员、东川生物医学工程学会人工智能专委会副主任委员，东川科学基金会会员。\n")
    x = extract_text(page, "author.md")
    affiliated = relations(x, "AFFILIATED_WITH")
    assert {("林晓岚", "东川医学装备协会超声装备分会"), ("林晓岚", "东川生物医学工程学会人工智能专委会"),
            ("林晓岚", "东川科学基金会")} <= affiliated
    assert ("林晓岚", "东川科学基金会") not in relations(x, "WORKS_AT")


def test_a_profile_under_its_name_s_line_opening_with_a_degree_and_a_department_s_party_branch() -> None:
    """`某某` over `博士，某大学某学院副教授，硕士生导师，专业党支部书记、系副主任。`: the degree before the unit does not hide
    the posts; a department's Party branch named by no name of its own (专业党支部) is no unit of the posts; nor does a comma the
    profile opens with or an honour (某基金获得者) before the unit."""
    from tests.ingest.facts import extract_text, relations

    x = extract_text("林晓岚\n博士，东川大学工商管理学院副教授，硕士生导师，专业党支部书记、系副主任。主要从事创新管理研究。\n")
    assert ("林晓岚", "东川大学工商管理学院") in relations(x, "WORKS_AT")
    assert not {w for w in relations(x, "WORKS_AT") | relations(x, "LEADS") if w[1] == "专业党支部"}
    # the name's link on a line of its own, the profile going on after a comma, an honour before the unit
    y = extract_text("周文博\n，教授，国家杰出青年科学基金获得者，东川科技大学化学与化工学院院长。南湖省人。\n")
    assert ("周文博", "东川科技大学化学与化工学院") in relations(y, "LEADS")


def test_a_person_who_opens_a_clause_and_is_said_to_be_a_unit_s_holds_its_post() -> None:
    """`甲是某大学某学院教授`: read as 现为; a person named inside a clause (`他说甲是某大学的骄傲`) holds nothing."""
    found = _posts("林小溪是东川大学环境学院教授。他说韩冬青是西岭大学的骄傲。")
    assert {("WORKS_AT", "林小溪", "东川大学环境学院"), ("WORKS_AT", "林小溪", "东川大学")} <= {f[:3] for f in found}
    assert not any(f[1] == "韩冬青" for f in found)


def test_a_head_s_post_written_alone_is_not_held_in_the_unit_the_article_visits() -> None:
    """`校长甲应邀赴某大学讲学`, then `校长甲受聘某大学杰出客座教授`: the one university named is the host, not the
    one the president leads; where the article names its own unit, 校长 is still that unit's, and so is the unit
    that hires someone (`某大学聘请乙为首席顾问…校长丙`)."""
    found = _posts("校长林小溪院士应邀赴西岭大学讲学。11月25日，校长林小溪院士受聘西岭大学杰出客座教授仪式在西岭大学举行。")
    assert not any(f[0] == "WORKS_AT" and f[2] == "西岭大学" for f in found)
    found = _posts("东川大学举行大会。校长林小溪致辞。")
    assert ("WORKS_AT", "林小溪", "东川大学") in {f[:3] for f in found}
    found = _posts("韩冬青受聘东川大学首席顾问。仪式上，校长林小溪致辞。")
    assert ("WORKS_AT", "林小溪", "东川大学") in {f[:3] for f in found}


def test_a_subjectless_sentence_late_in_a_paragraph_is_of_the_person_the_last_sentence_naming_anyone_opens_with() -> None:
    """A news paragraph naming two guests, then `甲教授1985年…。主要研究领域为…。现任某学会某专委会主任委员。`: the
    seat is the person's whose sentence the subjectless ones follow; where that sentence names two, no one's."""
    from tests.ingest.facts import extract_text, relations

    x = extract_text("5月24日，西岭大学林小溪教授、东川电机有限公司周一鸣博士等一行来我校交流。林小溪教授1985年在西岭大学"
                     "获工学博士学位。主要研究领域为高压电器等。现任东川电工学会智能电器专委会主任委员。\n")
    assert ("林小溪", "东川电工学会智能电器专委会") in relations(x, "AFFILIATED_WITH")
    x = extract_text("5月24日，西岭大学林小溪教授、东川电机有限公司周一鸣博士等一行来我校交流。林小溪教授与周一鸣博士"
                     "作了报告。主要研究领域为高压电器等。现任东川电工学会智能电器专委会主任委员。\n")
    assert not {r for r in relations(x, "AFFILIATED_WITH") if r[1] == "东川电工学会智能电器专委会"}


def test_a_profile_s_department_the_segmenter_cuts_before_ke_and_a_post_before_a_verb_of_holding() -> None:
    """`甲，男，某医院心内|科主任`: the department 心内科, the post 主任 at the hospital; `某医院副院长兼任某科主任` in a
    later sentence with no subject: the post before the verb is the person's; a society's board (理事会) is a seat."""
    from tests.ingest.facts import extract_text

    ex = extract_text("柯远山，男，东川省人民医院心内科主任。\n")
    assert {(r.source, r.target, r.position) for r in ex.relations if str(r.type) == "WORKS_AT"} == \
        {("柯远山", "东川省人民医院", "心内科主任")}
    ex = extract_text("林小溪，女，主任医师，教授。东川医科大学第一医院副院长兼任普通外科主任。东川省医学会理事会理事。\n")
    assert ("林小溪", "东川医科大学第一医院", "副院长") in {(r.source, r.target, r.position) for r in ex.relations
                                                   if str(r.type) == "WORKS_AT"}
    assert ("林小溪", "东川省医学会理事会") in {(r.source, r.target) for r in ex.relations if str(r.type) == "AFFILIATED_WITH"}


def test_a_person_with_a_title_is_said_to_be_a_unit_s_and_the_unit_s_post_with_de() -> None:
    """`甲教授是某医院的主任医师`: the titles after the name before the copula, and 的 between the unit and the title;
    `慕名加盟` after a title is no person (慕名 is a verb the dictionary tags as a name)."""
    from tests.ingest.facts import extract_text

    ex = extract_text("柯远山教授是东川医学院附属第一医院的主任医师，从事临床工作30余年。林小溪是东川大学的教授。"
                      "乔远航教授慕名加盟东川医院。\n")
    works = {(r.source, r.target) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert {("柯远山", "东川医学院附属第一医院"), ("林小溪", "东川大学")} <= works
    assert "慕名" not in {e.name for e in ex.entities if str(e.type) == "Person"}


def test_a_card_s_caption_with_the_post_before_the_name_heads_the_profile_below_it() -> None:
    """`新当选学会副会长甲` on a line of its own, then `1980年考到某大学。1984年在某大学中文系本科毕业…1990年在某大学
    研究生毕业`: the caption's person studied at each (AFFILIATED_WITH)."""
    from tests.ingest.facts import extract_text

    ex = extract_text("新当选学会副会长柯远山\n1963年生于东川省。1980年从岳云中学考到湘潭师范大学。1984年在湘潭师范大学中文系"
                      "本科毕业，获得学士学位。1990年在东川人民大学研究生毕业，获得硕士学位。\n")
    studied = {(r.source, r.target) for r in ex.relations if str(r.type) == "AFFILIATED_WITH"}
    assert {("柯远山", "湘潭师范大学"), ("柯远山", "东川人民大学")} <= studied


def test_a_profile_s_degree_from_a_unit_then_the_title_held_there() -> None:
    """`甲，男，1967年生，某大学某学院博士，副教授`: the unit of the degree holds the title after it; `1994年晋升讲师`
    is a promotion, no person named 晋升."""
    from tests.ingest.facts import extract_text

    ex = extract_text("　　柯远山，男，1967年生，东川大学计算机科学与技术学院博士，副教授，硕士生导师。1994年晋升讲师，"
                      "2000年12月晋升副教授。\n")
    assert ("柯远山", "东川大学计算机科学与技术学院") in {(r.source, r.target) for r in ex.relations
                                                        if str(r.type) == "WORKS_AT"}
    assert "晋升" not in {e.name for e in ex.entities if str(e.type) == "Person"}


def test_a_post_held_over_a_span_of_time_that_has_ended_is_a_past_affiliation() -> None:
    """`2011年2月至2012年7月作为援疆干部，任某大学某学院副院长`: the span has ended, the post is past; `2015年起任…` is now."""
    from tests.ingest.facts import extract_text

    ex = extract_text("柯远山，男，东川大学副教授。2011年2月至2012年7月作为援疆干部，任西岭大学信息工程学院副院长。"
                      "2015年起任南湖大学教授。\n")
    kinds = {(r.type.value, r.target) for r in ex.relations if r.source == "柯远山"}
    assert ("AFFILIATED_WITH", "西岭大学信息工程学院") in kinds and ("WORKS_AT", "西岭大学信息工程学院") not in kinds
    assert ("WORKS_AT", "南湖大学") in kinds


def test_posts_listed_after_the_person_opening_the_sentence_with_no_verb_are_the_person_s() -> None:
    """`甲，业务副院长，儿科主任医师，某学会理事会理事，某协会常务理事会理事，某医学会会员。`: each society's seat (on its
    council: the society's), no verb of holding before them."""
    ex = extract_text("乔远鸣，业务副院长，儿科主任医师，北辰省医学微量元素学会理事会理事，北辰省地中海贫血防治协会常务理事会理事，"
                      "北辰省医学会会员。\n")
    assert {("乔远鸣", "北辰省医学微量元素学会"), ("乔远鸣", "北辰省地中海贫血防治协会"), ("乔远鸣", "北辰省医学会")} <= \
        relations(ex, "AFFILIATED_WITH")


def test_a_part_naming_another_person_after_the_comma_is_no_post_of_the_subject() -> None:
    ex = extract_text("乔远鸣，北辰大学校长柯振邦的学生，2020年毕业。\n")
    assert ("乔远鸣", "北辰大学") not in relations(ex, "WORKS_AT")


def test_a_card_s_introduction_lists_the_posts_of_the_name_on_the_line_above() -> None:
    page = ("<div><p>姓名:乔远鸣</p><p>介绍:业务副院长，儿科主任医师，北辰省医学微量元素学会理事会理事，北辰省医学会会员。</p>"
            "<p>姓名:柯振邦</p><p>介绍:医务科科长、副主任医师，从事内科临床工作二十多年。</p></div>")
    ex = extract(read_upload(page.encode("utf-8"), "doctors.html"))
    assert relations(ex, "AFFILIATED_WITH") == {("乔远鸣", "北辰省医学微量元素学会"), ("乔远鸣", "北辰省医学会")}


def test_a_graduate_who_joined_a_unit_works_there_and_each_name_before_its_verb_is_its_subject() -> None:
    """`甲入职X，乙入职Y`: each works where their own verb says, also where the recogniser read the second name
    only the first time the text wrote it."""
    found = {(kind, source, target) for kind, source, target, _ in _posts(
        "6月26日，祝贺硕士生柯振邦、诸葛岚顺利毕业。柯振邦入职北辰无线电测量研究所，诸葛岚入职南州航空电气有限责任公司。")}
    assert ("WORKS_AT", "柯振邦", "北辰无线电测量研究所") in found
    assert ("WORKS_AT", "诸葛岚", "南州航空电气有限责任公司") in found
    assert ("WORKS_AT", "柯振邦", "南州航空电气有限责任公司") not in found


def test_a_card_s_description_is_about_the_name_in_the_field_above_and_training_trips_are_affiliations() -> None:
    """`姓名：甲` / `介绍：…曾于某医院进修…`: the description's subject is the name above it; 曾先后到X某科专科进修 and
    曾多次到X等上级医院进修学习 are training at X."""
    from ingest.readers import read_upload

    page = ("<html><body><ul>\n<li><h4><span></span></h4>\n<p>姓名:柯振邦 </p>\n<h4><span></span></h4>\n"
            "<p>介绍:妇科副主任，妇产科副主任医师，毕业于南州医学院，从事妇产科临床工作近二十年。"
            "曾于北辰医科大学附属第二医院进修妇科内分泌。</p>\n</li>\n<li><h4><span></span></h4>\n<p>姓名:乔远鸣 </p>\n"
            "<h4><span></span></h4>\n<p>介绍:儿科副主任医师，从事儿科工作十多年，曾先后到北辰市儿童医院小儿外科专科进修。"
            "曾多次到南州市妇幼保健院等上级医院进修学习。</p>\n</li>\n</ul></body></html>\n")
    found = relations(extract(read_upload(page.encode(), "experts.html")), "AFFILIATED_WITH")
    assert {("柯振邦", "南州医学院"), ("柯振邦", "北辰医科大学附属第二医院"), ("乔远鸣", "北辰市儿童医院"),
            ("乔远鸣", "南州市妇幼保健院")} <= found
    assert not {(who, unit) for who, unit in found if who == "乔远鸣" and "南州医学院" in unit}


def test_a_department_before_a_doctor_s_title_leaves_the_title_whole() -> None:
    """`某医院泌尿外科主任医师`: the segmenter's 科主任 is no post here; the title 主任医师 is held at the hospital."""
    found = {(kind, source, target) for kind, source, target, _ in _posts(
        "柯振邦，北辰医学院附属医院泌尿外科主任医师、教授。擅长肾肿瘤的微创手术。")}
    assert ("WORKS_AT", "柯振邦", "北辰医学院附属医院") in found


def test_a_cv_s_dashed_lines_of_society_posts_name_each_body_and_a_group_of_the_body_named_before_it() -> None:
    """`--某医学会外科学分会委员、腹腔镜外科学组副组长`: the dashes are no part of a name; the group written without its
    body is the body's named before it on the line; a head post leads the body."""
    from tests.ingest.facts import extract_text

    x = extract_text("柯振邦\n主任医师 二级教授\n普外科学术带头人，主任医师、南州大学二级教授、博士生导师。现任南州大学附属医院副院长。\n"
                     "【重要学术团体任职与学术兼职】\n--北辰医学会外科学分会委员、腹腔镜外科学组副组长\n"
                     "--北辰省医师协会外科医师分会主任委员\n")
    seats = {(r.source, r.target, r.position) for r in x.relations if r.type is RelType.AFFILIATED_WITH}
    assert {("柯振邦", "北辰医学会外科学分会", "委员"), ("柯振邦", "北辰医学会外科学分会腹腔镜外科学组", "副组长"),
            ("柯振邦", "北辰省医师协会外科医师分会", "主任委员")} <= seats
    assert not any(e.name.startswith("-") for e in x.entities)
    assert ("柯振邦", "北辰省医师协会外科医师分会") in relations(x, "LEADS")


def test_units_a_biography_lists_after_a_later_in_its_career_are_past_affiliations() -> None:
    """`1952年毕业于甲，后在乙、丙及丁工作`: each unit of the list is one the person worked at before."""
    found = {(kind, source, target) for kind, source, target, _ in _posts(
        "柯振邦，男，1931年1月出生于南州，1952年毕业于北辰大学，后在西岭大学、南州工学院及北辰研究所工作。")}
    assert {("AFFILIATED_WITH", "柯振邦", u) for u in ("北辰大学", "西岭大学", "南州工学院", "北辰研究所")} <= found


def test_a_degree_from_a_department_and_units_at_or_hired_by_over_an_ended_span_are_past_affiliations() -> None:
    """`获得某大学某系哲学博士学位`; `2006年3月至2007年5月，在X作为助理研究员`; `2009年10月至2010年9月，被Y聘为研究员`:
    the person was at each; `2010年被Z聘任为副教授` has no end and is no past affiliation."""
    found = {(kind, source, target) for kind, source, target, _ in _posts(
        "柯振邦，男，1980年10月生。2009年获得南湾城市大学电子工程系哲学博士学位。2006年3月至2007年5月，在南湾城市大学"
        "无线通信研究中心作为助理研究员；2009年10月至2010年9月，被北辰东方大学聘为研究员/博士后职位。"
        "2010年被南州科技大学聘任为副教授。")}
    assert {("AFFILIATED_WITH", "柯振邦", u) for u in ("南湾城市大学", "南湾城市大学无线通信研究中心", "北辰东方大学")} <= found
    assert ("AFFILIATED_WITH", "柯振邦", "南州科技大学") not in found


def test_where_a_person_is_at_present_and_the_posts_held_before_each_at_its_unit() -> None:
    """`目前为某学院特聘教授`: where the person works; `还曾在甲任某职、乙任某职`: each a past affiliation."""
    found = {(kind, source, target) for kind, source, target, _ in _posts(
        "柯振邦目前为南州大学生命科学学院特聘教授。回南州以前，他还曾在北辰生命科学研究所任高级研究员、西岭大学任终身教授。")}
    assert ("WORKS_AT", "柯振邦", "南州大学生命科学学院") in found
    assert {("AFFILIATED_WITH", "柯振邦", "北辰生命科学研究所"), ("AFFILIATED_WITH", "柯振邦", "西岭大学")} <= found
    assert ("WORKS_AT", "柯振邦", "西岭大学") not in found


def test_a_post_on_a_unit_s_science_committee_before_a_designer_s_is_held_at_the_unit() -> None:
    """`某集团第六一二研究所科技委主任、总设计师某某`: both posts held at the institute, neither heading it."""
    found = _posts("北辰装备集团有限公司第六一二研究所科技委主任、总设计师柯振邦出席。")
    assert ("WORKS_AT", "柯振邦", "北辰装备集团有限公司第六一二研究所", "科技委主任、总设计师") in found


def test_a_profile_opening_with_a_name_its_latin_form_and_a_degree_before_the_comma() -> None:
    """`某某（Mou Mou）博士，某大学讲席教授`: the profile of the name, however many sentences follow; an academy's 院士
    (`国际某某科学院院士`) is an honour, no job there."""
    found = _posts("柯振邦（Z. B. Ke）博士，南州大学讲席教授，博导。西岭省特聘专家。\n诸葛岚教授：国际湖泊科学院院士、西岭大学教授。")
    assert ("WORKS_AT", "柯振邦", "南州大学", None) in found
    assert ("WORKS_AT", "诸葛岚", "西岭大学", None) in found
    assert not {f for f in found if f[2] == "国际湖泊科学院"}


def test_a_society_s_fellow_is_a_member_of_it_no_employee() -> None:
    """`某学会会士`, `某学会Fellow`: a membership the society gives (AFFILIATED_WITH, the grade its position), no job; a
    sentence saying what a person is (`柏某是某学会Fellow`) is no line of posts, its name no part of the society's."""
    found = _posts("柯振邦，西岭图像学会会士，西岭自动化学会常务理事。柏青禾是北辰信号处理学会Fellow。")
    assert {("AFFILIATED_WITH", "柯振邦", "西岭图像学会", "会士"), ("AFFILIATED_WITH", "柏青禾", "北辰信号处理学会", "Fellow")} <= found
    assert not {f for f in found if f[0] == "WORKS_AT"}


def _works(ex: Extraction) -> set[tuple[str, str, str | None, str | None]]:
    return {(r.source, r.target, r.title, r.position) for r in ex.relations if str(r.type) == "WORKS_AT"}


def test_a_profile_s_posts_after_its_name_gloss_and_birth_and_in_its_next_sentence() -> None:
    """`甲（Jia Mou），女，1962年生于某地。知名材料学家，某大学教授、某实验室主任，某大学兼职教授。`: the name's
    Latin form is the same person, no second one; the unit with a title is a job, a 兼职 title an affiliation; the
    next sentence, which names no one, goes on with the profile's person."""
    ex = extract_text("柯雷策（Mike Keretz），女，1962年生于西岭。知名材料学家，西岭联邦理工学院教授、"
                      "光子学实验室主任，南州大学兼职教授。\n")
    assert names(ex, "Person") == {"柯雷策"}
    assert _works(ex) == {("柯雷策", "西岭联邦理工学院", "教授", None), ("柯雷策", "光子学实验室", None, "主任")}
    assert relations(ex, "AFFILIATED_WITH") == {("柯雷策", "南州大学")}
    assert relations(ex, "LEADS") == {("柯雷策", "光子学实验室")}


def test_a_fellowship_one_was_elected_to_and_a_council_s_seat_are_memberships() -> None:
    """`2014年当选某学会会士`: a membership of the society; `某组织亚太地区委员会理事`: a seat on the council, no job;
    an academy's 院士 an honour, no relation."""
    ex = extract_text("柯振邦，1971年出生，北辰人，南州大学研究员。2026年当选西岭材料学会会士，2029年当选西岭科学院院士，"
                      "兼任西岭冰川学联合会亚太地区委员会理事。\n")
    assert ("柯振邦", "西岭材料学会") in relations(ex, "AFFILIATED_WITH")
    assert {t for s, t in relations(ex, "AFFILIATED_WITH")} & {"西岭科学院"} == set()
    assert {t for s, t in relations(ex, "WORKS_AT")} == {"南州大学"}


def test_a_name_an_award_or_a_fund_is_named_after_is_no_person_there() -> None:
    """`获某基金会乔远鸣杰出青年教师奖`: the award's namesake, no person working at the foundation; `由某主任颁发奖励证书`: a
    person all the same."""
    ex = extract_text("柯振邦，南州大学教授。2030年获西岭教育基金会乔远鸣杰出青年教师奖，由司马青主任颁发奖励证书。\n")
    assert "乔远鸣" not in names(ex, "Person")
    assert "司马青" in names(ex, "Person")
    assert {s for s, t in relations(ex, "WORKS_AT")} == {"柯振邦"}


def test_works_counted_and_who_a_list_is_are_no_part_of_a_unit_s_name() -> None:
    """`编写教材一部、专著一部`: works counted, no department; `合作者有某大学教授乙`: who they are, then the university."""
    ex = extract_text("柯振邦编写教材一部、专著一部。合作者有南州大学教授诸葛岚。\n")
    assert names(ex, "Organization") == {"南州大学"}
    assert ("诸葛岚", "南州大学") in relations(ex, "WORKS_AT")


def test_working_at_a_unit_now_said_with_the_time_is_a_job_and_before_an_affiliation() -> None:
    """`长期在某院工作`, `现在某学院工作`, `目前在某医院任职`: where the person works (WORKS_AT); `曾在某大学工作` is a
    past affiliation, and `在某大学工作期间` says nothing of now."""
    ex = extract_text("乔远鸣研究员长期在西岭农业科学院工作。诸葛岚长期从事水稻育种研究，现在南州大学农学院工作。"
                      "欧阳舒目前在东湖医院任职。司马青曾在北辰大学工作。柯振邦在北辰理工大学工作期间获奖。\n")
    works = relations(ex, "WORKS_AT")
    assert {("乔远鸣", "西岭农业科学院"), ("诸葛岚", "南州大学农学院"), ("欧阳舒", "东湖医院")} <= works
    assert ("司马青", "北辰大学") in relations(ex, "AFFILIATED_WITH") and ("司马青", "北辰大学") not in works
    assert not {(p, u) for p, u in works if p == "柯振邦"}


def test_a_post_held_in_the_unit_written_before_its_verb() -> None:
    posts = _posts("柯岚在西岭大学任教授。乔松于2020年在北辰研究院担任研究员。")
    assert {("WORKS_AT", "柯岚", "西岭大学", None), ("WORKS_AT", "乔松", "北辰研究院", None)} <= posts
    assert not any(source.endswith("于") for _, source, _, _ in posts)  # no 乔松于
    past = _posts("博士毕业后，诸葛岚先后在南州理工大学化学系担任讲师，西岭大学担任副教授。")
    assert ("AFFILIATED_WITH", "诸葛岚", "南州理工大学化学系", None) in past
    assert ("AFFILIATED_WITH", "诸葛岚", "西岭大学", None) in past
    assert not any(kind == "WORKS_AT" for kind, _, _, _ in past)  # 先后: posts held before


def test_which_holder_of_a_post_one_is_does_not_hide_the_post() -> None:
    extraction = parse("invented.txt", "柯远山现任北辰湖泊研究所首任所长。")
    leads = {(r.source, r.target, r.role) for r in extraction.relations if r.type is RelType.LEADS}
    assert leads == {("柯远山", "北辰湖泊研究所", "所长")}


def test_becoming_a_researcher_of_a_unit_is_a_post_there_and_no_part_of_its_name() -> None:
    extraction = parse("invented.txt", "2030年，柯远山正式成为南州大学湖泊研究所研究员。北辰学院更名为北辰大学。")
    orgs = {e.name for e in extraction.entities if e.type is Label.ORGANIZATION}
    assert not any("成为" in name or "更名为" in name for name in orgs)
    assert ("柯远山", "南州大学湖泊研究所") in relations(extraction, "WORKS_AT")


def test_a_post_s_gloss_in_brackets_does_not_end_the_profile_s_parts() -> None:
    extraction = parse("invented.txt", "柯岚，教授，南州大学首席教授，西岭大学荣誉教授（Adjunct Professor），"
                                           "北辰光学学会会士(OSB Fellow),北辰声学学会会士(ASB Fellow)，南州自动化学会常务理事。")
    affiliated = relations(extraction, "AFFILIATED_WITH")
    assert {("柯岚", "西岭大学"), ("柯岚", "北辰光学学会"), ("柯岚", "北辰声学学会"), ("柯岚", "南州自动化学会")} <= affiliated
