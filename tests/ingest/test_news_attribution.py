"""Who a news article quotes works where, as prose writes it: units in short forms the recogniser does not know,
titles instead of posts, lines broken inside the attribution; and the reporters of the paper that prints it
(invented names, units and papers)."""

from __future__ import annotations

import pytest

from graph.schema import Label, RelType
from ingest.genres.news import parse
from tests.ingest.facts import extract_text, names, relations

QUOTE = "“下一步，团队将继续推动成果走向临床。”"


def works_at(text: str) -> dict[str, set[str]]:
    extraction = parse("invented.txt", f"\n\n青溪科技创新迎来新突破\n\n{text}\n")
    out: dict[str, set[str]] = {}
    for r in extraction.relations:
        if r.type is RelType.WORKS_AT:
            out.setdefault(r.source, set()).add(r.target)
    return out


def people(text: str) -> set[str]:
    return {e.name for e in parse("invented.txt", text).entities if e.type is Label.PERSON}


@pytest.mark.parametrize(("attribution", "person", "unit"), [
    ("青溪大副校长穆远浩说。", "穆远浩", "青溪大"),  # X大 for X大学, no name
    ("青溪医大一院研究员穆远浩说。", "穆远浩", "青溪医大一院"),  # a title, not a post
    ("白沙远帆医疗科技有限公司副研究员穆远浩表示。", "穆远浩", "白沙远帆医疗科技有限公司"),
    ("远帆医疗首席科学家穆远浩介绍。", "穆远浩", "远帆医疗"),
    ("明湖二院科主任穆远浩说。", "穆远浩", "明湖二院"),
    ("青溪医科院穆远浩教授说。", "穆远浩", "青溪医科院"),  # the unit glued to the name
    ("青溪医科院主\n\n任医师穆远浩表示。", "穆远浩", "青溪医科院"),  # a line break inside
    ("湖北省\n\n医学科学院主任穆远浩说。", "穆远浩", "湖北省医学科学院"),
    ("青溪医科大学党委常委、副校长，景和第二医院院长穆远浩说。", "穆远浩", "景和第二医院"),  # 和 cut it short
])
def test_the_unit_before_a_quoted_persons_post_or_title_is_where_they_work(attribution: str, person: str,
                                                                            unit: str) -> None:
    found = works_at(QUOTE + attribution)
    assert unit in found.get(person, set()), found
    assert set(found) == {person}  # the unit is no person


def test_every_unit_of_a_chain_of_posts_is_kept() -> None:
    found = works_at(QUOTE + "青溪医科大学党委常委、副校长，景和医院院长穆远浩说。")
    assert found == {"穆远浩": {"青溪医科大学", "景和医院"}}
    broken = works_at(QUOTE + "青溪医大明湖医\n\n院副院长、青溪心血管影像重点实验室主任穆远浩说。")
    assert broken == {"穆远浩": {"青溪医大明湖医院", "青溪心血管影像重点实验室"}}


def test_a_name_glued_to_its_reporting_verb_is_still_found() -> None:
    assert "穆浩" in works_at(QUOTE + "明湖医院院长穆浩说。")


def test_a_headline_above_is_no_part_of_the_unit() -> None:
    found = works_at("青溪要闻\n\n明湖二院科主任穆远浩说，团队将继续推动成果走向临床。")
    assert found == {"穆远浩": {"明湖二院"}}


def test_a_papers_reporters_work_at_the_paper_as_written_and_its_correspondent_does_not() -> None:
    assert works_at("江河日报记者 柏清浩 通讯员 穆远浩") == {"柏清浩": {"江河日报"}}
    assert works_at("江河日报社记者 柏清浩 穆远浩") == {"柏清浩": {"江河日报社"}, "穆远浩": {"江河日报社"}}
    assert works_at("江河日报讯 (记者 柏清浩 实习生 穆远浩)5月24日，江河日报记者获悉。") == {"柏清浩": {"江河日报"}}


def test_a_paper_s_reporter_unnamed_is_no_one_named_later_in_the_sentence() -> None:
    assert works_at("江河日报记者注意到，短短几日，包括柏清浩教授在内，已有多位学者逝世。") == {}
    assert works_at("江河日报记者注意到，青溪大学副校长柏清浩教授近日逝世。") == {"柏清浩": {"青溪大学"}}


def test_this_papers_reporters_work_at_the_paper_its_page_header_names() -> None:
    page = "江河日报 2027年5月12日 第3版\n\n青溪科技创新迎来新突破\n\n本报讯（记者 柏清浩，穆远浩）\n\n近日，青溪科技创新工作再传捷报。\n"
    extraction = parse("invented.txt", page)
    found = {(r.source, r.target) for r in extraction.relations if r.type is RelType.WORKS_AT}
    assert found == {("柏清浩", "江河日报"), ("穆远浩", "江河日报")}  # the paper as its header writes it
    assert works_at("本报讯（记者 柏清浩，穆远浩）") == {}  # no paper named: nobody to tie them to


@pytest.mark.parametrize("attribution", [
    "青溪大系主任穆远浩介绍道。", "梅陵大心血管影像所所长穆远浩表示。", "玉岚大一院副主任医师穆远浩表示。",
    "蓝隆大副校长穆远浩表示。",
])
def test_a_university_short_form_before_a_post_is_no_person(attribution: str) -> None:
    assert people(QUOTE + attribution) == {"穆远浩"}


def test_a_board_s_posts_before_names_are_seats_on_the_board_the_text_named_last() -> None:
    text = ("近日,南湖动态测试技术重点实验室第一届学术委员会第一次会议召开。受主任委员柏清浩院士委托,"
            "会议由学术委员会副主任委员穆远浩院士主持。")
    extraction = parse("invented.txt", f"\n\n青溪科技创新迎来新突破\n\n{text}\n")
    seats = {(r.source, r.target, r.position) for r in extraction.relations if r.type is RelType.AFFILIATED_WITH}
    committee = "南湖动态测试技术重点实验室学术委员会"  # the lab's board, an organization of its own
    assert seats == {("柏清浩", committee, "主任委员"), ("穆远浩", committee, "副主任委员")}
    assert not [r for r in extraction.relations if r.type is RelType.WORKS_AT]
    assert {(r.source, r.target) for r in extraction.relations if r.type is RelType.LEADS} == {("柏清浩", committee)}


def test_a_chief_designer_works_at_the_unit_and_a_headline_s_nomination_is_no_unit() -> None:
    text = "据官网显示,推选对象分别为:南湖航发动力机械研究所总师柏清浩,南湖省林业科学院院长穆远浩。"
    extraction = parse("invented.txt", f"省科协推荐四人候选中国工程院院士\n\n{text}\n")
    found = {(r.source, r.target, r.position) for r in extraction.relations if r.type is RelType.WORKS_AT}
    assert ("柏清浩", "南湖航发动力机械研究所", "总师") in found
    assert not [e for e in extraction.entities if "推荐" in e.name]


def test_a_hospital_s_director_heads_a_department_not_the_hospital() -> None:
    extraction = parse("invented.txt", "\n\n青溪科技创新迎来新突破\n\n签约仪式上，南湖大学附属医院主任柏清浩、南湖大学附属医院院长穆远浩致辞。\n")
    leads = {(r.source, r.target) for r in extraction.relations if r.type is RelType.LEADS}
    assert leads == {("穆远浩", "南湖大学附属医院")}


def test_a_caption_line_above_is_no_part_of_the_unit_read_on_the_name_s_line() -> None:
    text = ("王明远院士(左)与李秋华院士(右)进行会旗交接仪式\n"
            "东川省科协副主席魏军峰对大会的成功举办表示热烈祝贺。\n")
    relations = parse("invented.txt", text).relations
    assert {r.target for r in relations if r.source == "魏军峰"} == {"东川省科协"}


def test_the_schools_and_people_listed_after_a_university_are_its_own() -> None:
    """`某大学甲副校长、某学院乙院长、某系丙主任、丁教授等出席`: each school named alone after the university is one
    of its own, so its people work at the university; a person named with no unit works where the list is."""
    found = works_at("青溪大学穆远浩副校长、材料学院林小溪院长、机电工程学系韩立峰主任、魏星河教授等出席。")
    assert {p for p, units in found.items() if "青溪大学" in units} == {"穆远浩", "林小溪", "韩立峰", "魏星河"}


def test_a_normal_university_written_as_the_start_of_its_place_and_shi_da() -> None:
    """`青师大` of `青溪师范大学` (as 北师大 of 北京师范大学), where the text names the university in full."""
    found = works_at("青溪师范大学举办年会。青师大穆远浩副校长致辞。")
    assert found["穆远浩"] == {"青溪师范大学"}


def test_a_hospital_s_departments_listed_with_their_people_and_the_prizes_they_won() -> None:
    """`某医院中西医结合科甲院士、神经外科乙院士获颁“某奖”，手外科丙教授、放射科丁教授获颁“某奖”（按笔画排序）`: each
    department is the hospital's, across the comma and the prize's name, and a department's ending glued to the
    surname after it (`科穆`) is cut apart."""
    found = works_at("青溪医院中西医结合科穆远浩院士、神经外科林小溪院士获颁“青溪医学终身成就奖”，"
                     "手外科韩立峰教授、放射科魏星河教授获颁“青溪医学杰出贡献奖”（青溪市医学会按姓氏笔画排序）。")
    assert {p for p, units in found.items() if "青溪医院" in units} == {"穆远浩", "林小溪", "韩立峰", "魏星河"}


def test_a_person_s_colleagues_listed_after_them_work_at_their_unit() -> None:
    found = works_at("青溪科技大学穆远浩院士与同事林小溪、韩立峰、魏星河等组成的研究团队长期开展量子实验研究。")
    assert {p for p, units in found.items() if "青溪科技大学" in units} == {"穆远浩", "林小溪", "韩立峰", "魏星河"}
    assert "魏星河" in works_at("青溪科技大学穆远浩院士与同事林小溪、魏星河等出席。")
    assert not works_at("青溪科技大学穆远浩院士与林小溪、魏星河等出席。").get("林小溪")  # no colleagues said


def test_a_team_of_names_parted_by_slashes_works_at_the_unit_before_the_first() -> None:
    """`某大学的甲/乙/丙团队`: each name is a person of the unit; a name opening with a common word (周一|鸣) is one
    where its neighbours in the list say so."""
    found = works_at("2030年5月25日，青溪科技大学的林小溪/周一鸣/韩立峰团队联合东川医院魏星河教授团队在《自然》发表论文。")
    assert {p for p, units in found.items() if "青溪科技大学" in units} == {"林小溪", "周一鸣", "韩立峰"}
    assert found["魏星河"] == {"东川医院"}
    assert "周一鸣" in works_at("青溪科技大学林小溪、周一鸣团队发表论文。")


def test_a_university_s_party_post_is_a_post_at_the_university_and_a_partner_joined_before_it_no_part_of_it() -> None:
    found = works_at("穆远浩与青溪农林科技大学党委常务副书记林小溪代表双方签字。")
    assert found["林小溪"] == {"青溪农林科技大学"}


def test_a_clause_about_founding_a_kind_of_lab_with_a_university_names_no_lab() -> None:
    ex = parse("invented.txt", "双方就下一步与青溪农业大学建立联合实验室、与东川大学开展人才培养等事宜进行了磋商。\n")
    assert {e.name for e in ex.entities if e.type is Label.ORGANIZATION} == {"青溪农业大学", "东川大学"}


def test_units_on_a_cv_s_lines_with_no_stop_between_them_do_not_work_together() -> None:
    """Lines with no stop run on as one sentence; longer than any sentence, the units on them are no partners."""
    lines = ["青溪大学与 2022.08 - 至今"] + [f"第{i}项原型验证平台的设计与测试工作" for i in range(1, 30)]
    lines += ["东川科学研究院联合开展 2025.07 - 2028.06"]
    ex = parse("invented.txt", "\n".join(lines) + "\n")
    assert not [r for r in ex.relations if r.type is RelType.COLLABORATES_WITH]
    short = parse("invented.txt", "青溪大学与东川科学研究院联合开展该项目研究。\n")
    assert [r for r in short.relations if r.type is RelType.COLLABORATES_WITH]  # a sentence's units do


def test_the_kind_of_unit_alone_before_a_person_is_no_unit_and_belonging_to_a_body_joins_no_names() -> None:
    ex = parse("invented.txt", "日前，第三批领军人才人选进入公示。实验室穆远浩教授入选。青溪力学学会隶属于青溪省科协。\n")
    assert {e.name for e in ex.entities if e.type is Label.ORGANIZATION} == {"青溪力学学会", "青溪省科协"}
    assert not [r for r in ex.relations if r.type is RelType.WORKS_AT]


def test_the_staff_posts_of_a_society_s_officials_with_the_office_and_the_manner_of_a_post_in_the_chain() -> None:
    """`某科协党组副书记、专职副主席、书记处书记甲`: one chain of posts (书记处 the office of a post, 专职 how a post is
    held), held as the body's staff: WORKS_AT it, and no unit named 书记处."""
    ex = parse("invented.txt", "青溪省科学技术协会党组副书记、专职副主席、书记处书记穆远浩出席会议。\n")
    assert {(r.type, r.target) for r in ex.relations if r.source == "穆远浩"} == {(RelType.WORKS_AT, "青溪省科学技术协会")}
    assert "书记处" not in {e.name for e in ex.entities}
    elected = parse("invented.txt", "青溪省科学技术协会副主席穆远浩出席会议。\n")
    assert {r.type for r in elected.relations if r.source == "穆远浩"} == {RelType.AFFILIATED_WITH}  # a seat


def test_departments_listed_after_a_person_of_a_university_s_institute_are_the_university_s() -> None:
    """`某大学教育研究所教授甲、资讯系教授乙…；机械系副教授丙` (a Taiwan page, read in Simplified): the institute is the
    university's, so the departments named alone after it are the university's too; a school named with another
    university (`某工业大学计算机学院`, `港城大计算学院`) is that one's, not the list's."""
    found = works_at("其中青溪大学教育研究所教授韩立新、资讯系教授周文军获荣誉学者；机械系副教授柯勤远获研究奖。")
    assert {p for p, units in found.items() if "青溪大学" in units} == {"韩立新", "周文军", "柯勤远"}
    other = works_at("青溪大学物理学院教授韩立新、东川工业大学计算机学院教授周文军、港城大计算学院教授柯勤远出席。")
    assert {p for p, units in other.items() if "青溪大学" in units} == {"韩立新"}


def test_a_former_president_named_after_the_university_s_short_form_was_affiliated_with_it() -> None:
    """`成大前校長某某` (成大: 成功大學, named in full before): the short form is the university, not part of a name;
    a former post (前校长, 原院长) is a past affiliation (AFFILIATED_WITH), no employment."""
    extraction = parse("invented.txt", "青溪大学举行颁奖典礼。\n因柏宁十分感佩水利专家、青大前校长韩立新对水资源问题的贡献，特邀其家属出席。\n"
                                        "青溪大学原副校长周文军出席。\n")
    past = {(r.source, r.target) for r in extraction.relations if r.type is RelType.AFFILIATED_WITH}
    assert {("韩立新", "青溪大学"), ("周文军", "青溪大学")} <= past
    assert not any(r.type is RelType.WORKS_AT and r.source in ("韩立新", "周文军") for r in extraction.relations)
    assert "青大前" not in people("因柏宁十分感佩水利专家、青大前校长韩立新的贡献。青溪大学举行典礼。")


def test_an_item_of_a_school_s_person_may_end_with_a_prize_named_after_a_person() -> None:
    found = works_at("其中青溪大学物理学院教授韩立新、资讯系教授周文军获林家骏荣誉学者，由林家骏颁奖。")
    assert {p for p, units in found.items() if "青溪大学" in units} == {"韩立新", "周文军"}


def test_a_group_of_universities_before_a_national_academy_is_no_part_of_it_nor_a_programme() -> None:
    """`东川高校中国工程院院士+6`, `东川高校6位中国工程院新院士`: the academy alone; `…中国工程` before 院 is no
    programme (工程 ends a programme's name, not a body's)."""
    extraction = parse("invented.txt", "东川高校中国工程院院士+6！\n中国工程院22日公布院士增选结果，东川高校6位中国工程院新院士名单如下。\n")
    organizations = {e.name for e in extraction.entities if e.type is Label.ORGANIZATION}
    assert "中国工程院" in organizations and not any(n.startswith("东川") for n in organizations)
    assert not any(e.type is Label.PROJECT for e in extraction.entities)


def test_a_verb_glued_to_the_level_of_a_local_body_is_no_part_of_its_name() -> None:
    """`某某率县科技局、县工信局负责人`: the bodies are 县科技局 and 县工信局 (no person named 信局); a place whose name ends
    with its level (嘉兴市, 自治区) keeps it."""
    extraction = parse("invented.txt", "7月23日，青川县人民政府副县长邓蕴青率县科技局、县工信局相关负责人到东川市考察。"
                                        "东川市第二医院、内蒙古自治区科学技术厅负责人陪同。\n")
    organizations = {e.name for e in extraction.entities if e.type is Label.ORGANIZATION}
    assert {"县科技局", "县工信局", "东川市第二医院", "内蒙古自治区科学技术厅"} <= organizations
    assert not any("率" in n for n in organizations)
    assert "信局" not in {e.name for e in extraction.entities if e.type is Label.PERSON}


def test_a_visit_s_verb_and_a_meeting_s_hall_are_no_part_of_the_units_named() -> None:
    """`先后参观某某研究中心`: the verb of visiting opens no name; `某大学理学院报告厅`: the hall is a place, its
    host the school (not `中国科学|会堂`, no unit's name before the hall)."""
    extraction = parse("invented.txt", "东川省科技厅一行先后参观微藻工程技术研究中心和大学生艺术创意中心。"
                                        "韩立新在青溪大学理学院报告厅作报告，大会在中国科学会堂举行。\n")
    organizations = {e.name for e in extraction.entities if e.type is Label.ORGANIZATION}
    assert {"微藻工程技术研究中心", "大学生艺术创意中心", "青溪大学理学院"} <= organizations
    assert not any(n.startswith("参观") or n.endswith(("报告厅", "会堂")) for n in organizations)


def test_a_college_headed_by_a_president_may_be_the_article_s_own_so_a_partner_university_is_not() -> None:
    """`我校` in an article about 某某学院 (its 党委副书记、校长 named), which also names a partner university once: the
    college's president works at the college, not at the partner the college would otherwise be a school of."""
    found = works_at("省科技厅调研组来我校调研河西湾学院建设情况。河西湾学院党委副书记、校长刘仁杰教授陪同调研。"
                     "调研组参观了东川大学对口支援成果展。")
    assert found.get("刘仁杰") == {"河西湾学院"}


def test_a_unit_s_team_that_joins_another_unit_s_team_collaborates_with_it() -> None:
    """`某大学的甲/乙团队联合某医院丙教授团队在《…》发表论文`: the two units work together."""
    ex = parse("invented.txt", "2030年5月25日，青溪科技大学的林小溪/韩立峰团队联合东川医院魏星河教授团队在《自然》发表论文。\n")
    assert {(r.source, r.target) for r in ex.relations if r.type is RelType.COLLABORATES_WITH} == {("青溪科技大学", "东川医院")}


def test_a_surname_the_dictionary_reads_as_a_measure_word_opens_an_item_s_name() -> None:
    """`，段|玉玺教授（…）`: 段 (a measure word to the segmenter) opening an item before a given name it knows as a name."""
    ex = parse("invented.txt", "他们分别是林小溪教授，段玉玺教授（先后获得青年教师奖），韩立峰教授。\n")
    assert {"林小溪", "段玉玺", "韩立峰"} <= {e.name for e in ex.entities if e.type is Label.PERSON}
    assert "玉玺" not in {e.name for e in ex.entities}


def test_the_school_after_a_preposition_that_is_also_a_surname_is_no_one_s_name() -> None:
    """`报告会由校党委书记甲主持`, `由院党委书记…`: 由 is the preposition, 校 and 院 the school itself."""
    for line in ("报告会由校党委书记林小溪主持。\n", "会议由院党委书记林小溪主持。\n"):
        people = {e.name for e in parse("invented.txt", line).entities if e.type is Label.PERSON}
        assert people == {"林小溪"}


@pytest.mark.parametrize("text", ["据青溪大学前任校长韩立新介绍，该校已建成三个重点实验室。\n",
                                  "出席会议的有：\n韩立新，青溪大学原校长\n周文军，东川农业科学院研究员\n",
                                  "韩立新，青溪大学前任校长。\n"])
def test_a_post_written_as_held_before_前任_or_原_is_a_past_affiliation_in_prose_and_in_a_person_s_line(text: str) -> None:
    extraction = extract_text(text)
    held = {(r.source, r.target, r.type, r.position) for r in extraction.relations if r.source == "韩立新"}
    assert held == {("韩立新", "青溪大学", RelType.AFFILIATED_WITH, "校长")}


def test_a_society_named_again_by_its_kind_word_alone_is_the_society_the_article_is_about() -> None:
    text = ("北辰省工程标准化协会第一届专家委员会成立大会在南州召开。协会副理事长兼秘书长柯振邦主持会议，协会理事长诸葛岚出席会议。\n"
            "协会顾问、东川建筑业协会副会长乔远鸣，原北京市设计研究院院长、原协会常务副理事长司马青出任顾问。\n")
    ex = extract_text(text)
    seats = {(r.source, r.target, r.position) for r in ex.relations if r.type is RelType.AFFILIATED_WITH}
    society = "北辰省工程标准化协会"
    assert {("柯振邦", society, "副理事长兼秘书长"), ("诸葛岚", society, "理事长"), ("乔远鸣", society, "顾问"),
            ("乔远鸣", "东川建筑业协会", "副会长"), ("司马青", society, "常务副理事长")} <= seats
    assert {e.name for e in ex.entities if e.type is Label.ORGANIZATION} & {"协会", "原协会"} == set()


def test_a_company_s_post_opened_by_a_line_of_business_after_a_list_mark_is_one_post() -> None:
    ex = extract_text("南州数据技术有限公司总经理柯振邦、副总经理诸葛岚、售前产品总监司马青出席了本次交流会。\n")
    posts = {(r.source, r.position) for r in ex.relations if r.type is RelType.WORKS_AT and r.target == "南州数据技术有限公司"}
    assert posts == {("柯振邦", "总经理"), ("诸葛岚", "副总经理"), ("司马青", "售前产品总监")}


def test_the_school_s_posts_after_a_verb_of_holding_in_a_college_s_article_and_a_province_s_congress() -> None:
    ex = extract_text("北辰理工学院校友会成立大会召开。北辰理工学院原校长欧阳舒，现任校党委书记柯远山、校长甄明礼、副校长杭子墨"
                      "等200余人参加了此次会议。北辰省人大副主任乔远鸣致辞。\n", "news.txt")
    assert {("柯远山", "北辰理工学院"), ("甄明礼", "北辰理工学院"), ("杭子墨", "北辰理工学院")} <= relations(ex, "WORKS_AT")
    assert {e.name: e.kind for e in ex.entities if e.type.value == "Organization"}.get("北辰省人大") == "government"


def test_a_paper_in_book_marks_before_its_reporter_is_the_press_and_since_when_is_no_part_of_a_name() -> None:
    """`（《某科学报》记者 甲）`: the paper, in book marks, is the reporter's press (no journal); `乙自2019年起`: 自 is
    since when, no character of the name."""
    ex = extract_text("（《北辰科学报》记者 柯振邦）该成果近日刊发于《南州学报》。"
                      "论文通讯作者乔松自2019年起在该校任教。\n")
    assert ("柯振邦", "北辰科学报") in relations(ex, "WORKS_AT")
    assert "北辰科学报" not in names(ex, "Journal") and "南州学报" in names(ex, "Journal")
    assert "乔松" in names(ex, "Person") and "乔松自" not in names(ex, "Person")


def test_a_verb_the_segmenter_glues_to_a_name_of_two_characters_leaves_the_name() -> None:
    """`柯岚任某大学副校长`, `乔岩自2018年起任…`: 任 and 自 open the clause; the name is the two characters before them, and
    the post is held at the unit (2018年起|任南州|大学: 任 no part of the unit's name either)."""
    ex = extract_text("经研究，决定柯岚任西岭大学副校长。乔岩自2018年起任南州大学教授。\n")
    assert {"柯岚", "乔岩"} <= names(ex, "Person") and not {n for n in names(ex, "Person") if len(n) > 2}
    assert {("柯岚", "西岭大学"), ("乔岩", "南州大学")} <= relations(ex, "WORKS_AT")
    assert not [n for n in names(ex, "Organization") if n.startswith("任")]


def test_a_post_taken_at_a_unit_the_page_names_by_its_level_alone() -> None:
    """`甲同志任市精神卫生中心主任`, `乙任省某实验室主任`: 任 is the verb (the segmenter's 任市, 任省), and the city's own
    unit named by its level alone (市精神卫生中心, 县人民政府) is a unit; a level with a category (省重点实验室) is none."""
    ex = extract_text("经市委研究，乔远鸣同志任市精神卫生中心主任。县人民政府副县长柯岚出席。"
                      "诸葛岚任省重点实验室主任。\n")
    assert {("乔远鸣", "市精神卫生中心"), ("柯岚", "县人民政府")} <= relations(ex, "WORKS_AT")
    assert {r.position for r in ex.relations if str(r.type) == "WORKS_AT" and r.source == "乔远鸣"} == {"主任"}
    assert not [n for n in names(ex, "Organization") if n.startswith("任") or "重点实验室" in n]
    assert "诸葛岚" in names(ex, "Person")


def test_a_unit_s_website_is_the_unit() -> None:
    """`据某部某司官网消息`: the department is named (not cut at the 司官 the segmenter reads), and its website is no
    unit of its own."""
    ex = extract_text("据北辰部国际合作司官网消息，通知如下。据西岭省科学技术委员会计划局官网消息，名单公布。\n")
    units = names(ex, "Organization")
    assert {"北辰部国际合作司", "西岭省科学技术委员会计划局"} <= units
    assert not [n for n in units if "官网" in n or n.endswith("官")]


def test_a_unit_s_latin_short_form_in_brackets_between_it_and_a_post_leaves_the_post_its_own() -> None:
    """`某基金会（ABF）会长甲`, `ABF（A Base Foundation，某基金会）会长乙`: each heads the foundation; in a list of
    `名字：posts` items the posts before the next item's name are the item before's, not its."""
    ex = extract_text("6月17日，北辰基金会（NBF）会长柯远山来访。西岭基金会的WBF（West Base Foundation，西岭基金会）会长柯振邦教授一行同来。\n")
    assert {("柯远山", "北辰基金会"), ("柯振邦", "西岭基金会")} <= relations(ex, "LEADS")
    ex = extract_text("嘉宾：柯远山教授：北辰学会（NBS）主席， 南州学会（NZS）前主席 Amy Stone女士：北辰学会（NBS）秘书长\n")
    assert not {u for p, u in relations(ex, "LEADS") if p == "Amy Stone"}
