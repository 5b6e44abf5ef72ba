"""recognise(): PERSON, ORG, TITLE and POSITION spans as character offsets into the input, as the
learned tagger reads prose; and the document pipeline (the rules lead) where its rules are the point."""

from __future__ import annotations

import pytest

from ingest.nlp import recognise, recognise_many
from ingest.nlp.pipeline import get_nlp, spans_of
from tests.ingest.facts import extract_text, names, relations


def _labels(text: str) -> set[tuple[str, str]]:
    return {(s["label"], s["text"]) for s in recognise(text)}


def _document_labels(text: str) -> set[tuple[str, str]]:
    return {(s["label"], s["text"]) for s in spans_of(get_nlp()(text))}


def test_nested_roles_before_a_name() -> None:
    text = "青山材料集团有限公司副总经理、先进合金材料全国重点实验室主任王立新介绍，项目进展顺利。"
    spans = recognise(text)
    assert [(s["label"], s["text"]) for s in spans] == [
        ("ORG", "青山材料集团有限公司"), ("POSITION", "副总经理"),
        ("ORG", "先进合金材料全国重点实验室"), ("POSITION", "主任"), ("PERSON", "王立新"),
    ]
    assert all(text[s["start"]:s["end"]] == s["text"] for s in spans)
    assert [s["kind"] for s in spans if s["label"] == "ORG"] == ["company", "lab"]


def test_several_organizations_in_one_sentence() -> None:
    text = "该车由北岭机车有限公司牵头，联合东川理工大学、南湖化学研究所及西江市人民医院共同研制。"
    orgs = {(s["text"], s["kind"]) for s in recognise(text) if s["label"] == "ORG"}
    assert orgs == {
        ("北岭机车有限公司", "company"), ("东川理工大学", "university"),
        ("南湖化学研究所", "research_institute"), ("西江市人民医院", "hospital"),
    }


def test_titles_after_names_and_compound_surnames() -> None:
    found = _labels("中心主任欧阳景澄研究员表示，司马文华教授也参与了评审。")
    assert {("PERSON", "欧阳景澄"), ("TITLE", "研究员"), ("PERSON", "司马文华"), ("TITLE", "教授")} <= found


def test_forms_of_address_and_categories_are_not_entities() -> None:
    found = _labels("陈先生说，10家研发中心和国家医学中心都来自湘西某县人民医院，张医生表示赞同。")
    assert not {label for label, _ in found} & {"PERSON", "ORG"}, found


def test_byline_names() -> None:
    found = _labels("记者 钱明远 孙可欣\n\n本报讯 新的实验楼落成。")
    assert {("PERSON", "钱明远"), ("PERSON", "孙可欣")} <= found


def test_names_in_brackets_after_a_reporter_label_are_a_byline() -> None:
    found = _labels("本报讯（记者 钱明远，孙可欣）新的实验楼落成。")
    assert {("PERSON", "钱明远"), ("PERSON", "孙可欣")} <= found
    found = _labels("本报讯（记者 钱明远 通讯员 孙可欣）新的实验楼落成。")
    assert {("PERSON", "钱明远"), ("PERSON", "孙可欣")} <= found


def test_recognise_many_keeps_order_and_offsets() -> None:
    texts = ["东川理工大学校长邵文博表示。", "", "没有实体的句子。"]
    results = list(recognise_many(texts))
    assert len(results) == 3
    assert ("PERSON", "邵文博") in {(s["label"], s["text"]) for s in results[0]}
    assert results[1] == [] and results[2] == []


def test_a_reporting_verb_after_a_name_keeps_its_last_character() -> None:
    assert ("PERSON", "贺立群") in _labels("主任贺立群说，下一步将开展试验。")
    assert ("PERSON", "滕立群") in _labels("滕立群说，下一步将开展试验。")
    assert ("PERSON", "黄河清") in _labels("常务副院长黄河清指出，要加强合作。")


def test_organizations_before_nested_positions_keep_their_names() -> None:
    found = _labels("青峰智能装备集团副总经理、东湖重点实验室主任卫建华说，项目进展顺利。")
    assert {("ORG", "青峰智能装备集团"), ("ORG", "东湖重点实验室"), ("PERSON", "卫建华")} <= found


def test_names_in_lists_after_appointment_verbs_and_before_tong_zhi() -> None:
    found = _labels("会议由廉洋主持，章晓东、柏春来和韦娜等专家出席。任命司马振华同志为所长。")
    assert {("PERSON", n) for n in ("廉洋", "章晓东", "柏春来", "韦娜", "司马振华")} <= found


def test_foreign_and_latin_names() -> None:
    found = _document_labels("北港大学教授托马斯·里德（Thomas Reed）表示欢迎，NovaMind公司首席执行官Mark Stone认为可行。")
    assert {("PERSON", "托马斯·里德"), ("PERSON", "Thomas Reed"), ("PERSON", "Mark Stone"),
            ("ORG", "NovaMind公司")} <= found


def test_a_latin_surname_with_a_capital_inside_is_whole() -> None:
    found = _document_labels("转座子由北辰港实验室Ellen McQuarrie（2031年获奖）首先在玉米中发现。")
    assert ("PERSON", "Ellen McQuarrie") in found


def test_a_journal_s_english_name_before_an_editor_s_post_is_no_person() -> None:
    found = _document_labels("柯振邦担任SCI期刊Journal of Northern Optics及Marine Robotics Letters副主编，"
                             "与Thomas Reed教授合作。")
    assert ("PERSON", "Thomas Reed") in found
    assert not {t for label, t in found if label == "PERSON"} & {"Northern Optics", "Marine Robotics Letters"}


def test_russian_names_whole_with_their_long_surnames_and_their_patronymics() -> None:
    found = _document_labels("北港国立海洋技术大学卡列宁·安德烈耶夫娜教授、别洛夫·捷列金教授和副校长罗日杰斯特文斯基·叶琳娜出席。")
    assert {("PERSON", "卡列宁·安德烈耶夫娜"), ("PERSON", "别洛夫·捷列金"), ("PERSON", "罗日杰斯特文斯基·叶琳娜")} <= found


def test_an_honour_s_word_of_excellence_before_engineer_is_no_name() -> None:
    assert not [t for label, t in _document_labels("81名个人被授予“国家卓越工程师”称号，50个团队获奖。") if label == "PERSON"]


def test_place_names_and_common_words_that_open_with_a_surname_are_not_people() -> None:
    found = _labels("高新区管委会主任表示，黄河沿岸和江南地区投入300万元。主任高度重视，大学毕业后常务会议研究。")
    assert not {text for label, text in found if label == "PERSON"}, found


def test_a_name_the_segmenter_reads_whole_may_end_in_characters_that_are_words_elsewhere() -> None:
    found = _document_labels("东川化学学会龚建年理事长、尹其林副理事长出席会议。")
    assert {("PERSON", "龚建年"), ("PERSON", "尹其林")} <= found
    assert not any(label == "PERSON" for label, _ in _document_labels("会议于2019年在东川举行，陈年会上发言。"))


def test_a_body_s_term_and_a_clause_s_preposition_are_no_part_of_its_name() -> None:
    found = _document_labels("会议选举产生了新一届东川省医学会老年医学分会委员。")
    assert ("ORG", "东川省医学会老年医学分会") in found and not any("新一届" in t for _, t in found)
    assert ("ORG", "市医药学会联合会") in _document_labels("会议由市医药学会联合会秘书长柯远航主持。")
    assert not any(label == "ORG" for label, _ in _document_labels("他代表上届委员会作报告。"))
    thanks = _document_labels("县长代表安宁县对昆医大附二院一行表示欢迎。")  # 对: a preposition, no part of a name
    assert ("ORG", "昆医大附二院") in thanks and not any("对" in t for label, t in thanks if label == "ORG")


def test_the_rules_read_the_segmenter_s_words_at_their_offsets() -> None:
    from ingest.nlp.components import doc_text, doc_tokens
    from ingest.nlp.lexicon import jieba_dictionary

    tags, freq = jieba_dictionary()
    for text in ("东川理工大学柯远航教授表示，项目进展顺利。", "编辑：周明远  审核：柯远航", "甲 乙\t丙"):
        doc = get_nlp().make_doc(text)
        assert doc_text(doc) == text == doc.text
        tokens = doc_tokens(doc, tags, freq)
        assert tokens.text == text
        words = {(t.idx, t.idx + len(t.text)) for t in doc if t.text.strip()}  # later splits only refine them
        assert {t[0] for t in words} <= set(tokens.starts) and {t[1] for t in words} <= set(tokens.ends)


def test_a_verb_of_receiving_after_a_title_is_no_name() -> None:
    from tests.ingest.facts import extract_text, names

    ex = extract_text("李明远教授荣获2019年度东川省科学技术进步奖二等奖。王海涛研究员荣膺东川青年科技奖。\n")
    assert {"李明远", "王海涛"} <= names(ex, "Person")
    assert not {"荣获", "荣膺"} & names(ex, "Person")


def test_uyghur_names_joined_by_a_dot_are_whole() -> None:
    people = names(extract_text("自治区副主席阿不力孜·买合木提、自治区人大常委会副主任热依拉•吐尔逊江出席会议。\n"), "Person")
    assert people == {"阿不力孜·买合木提", "热依拉•吐尔逊江"}


def test_a_word_alone_in_quotes_is_a_term_not_a_name() -> None:
    from tests.ingest.facts import extract_text

    ex = extract_text("学生们与老师一起讨论可行的“金点子”，反复修改设计方案。\n")
    assert "金点子" not in {e.name for e in ex.entities if str(e.type) == "Person"}


def test_the_people_a_project_s_members_are_said_to_include_are_named() -> None:
    from tests.ingest.facts import extract_text

    ex = extract_text("该项目获得一等奖。项目主要完成人还包括柯蓝、魏星河等。\n")
    assert {"柯蓝", "魏星河"} <= {e.name for e in ex.entities if str(e.type) == "Person"}


def test_the_verb_of_winning_after_a_name_is_no_part_of_it() -> None:
    assert ("PERSON", "柯蓝") in _labels("柯蓝获南湖省医学科技奖一等奖。")
    assert ("PERSON", "林晓") in _labels("经评审，林晓获二等奖。")
    assert ("PERSON", "柯蓝") in _labels("本次获奖者中，柯蓝荣获特等奖。")
    assert ("PERSON", "王建荣") in _labels("王建荣获得了一等奖。")  # 荣 of the name, 获得 the verb
    assert not {text for _, text in _labels("柯蓝获南湖省医学科技奖一等奖。柯蓝荣获特等奖。")} & {"柯蓝获", "柯蓝荣"}


def test_a_school_named_by_two_fields_is_one_name() -> None:
    assert ("ORG", "化学与化工学院") in _document_labels("由化学与化工学院柯远航教授主持完成。")
    assert ("ORG", "东川大学化学与化工学院") in _document_labels("会议由东川大学化学与化工学院主办。")
    two = _document_labels("东川大学与化工学院签约。")  # a university, then a school: two names
    assert {("ORG", "东川大学"), ("ORG", "化工学院")} <= two
    assert ("ORG", "化工学院") in _document_labels("教师与化工学院签约。")  # 教师: no field of study


def test_a_unit_named_whole_in_quotes_is_one_name() -> None:
    assert ("ORG", "智能制造联合实验室") in _document_labels("双方共建的“智能制造联合实验室”昨日揭牌。")
    assert ("ORG", "东川大学智能感知与计算联合研究中心") in _document_labels("成立“东川大学智能感知与计算联合研究中心”。")
    assert not any(label == "ORG" for label, _ in _document_labels("获批“重点实验室”。"))  # a kind, no name
    assert not any(label == "ORG" for label, _ in _document_labels("双方联合研究中心成立。"))  # 双方: who, no name


def test_rarer_surnames_open_names_and_a_ministry_s_kind_of_unit_is_none() -> None:
    assert ("PERSON", "丘明远") in _document_labels("本校邀请数学家丘明远院士共同推动科学教育。")
    found = _document_labels("该中心由教育部顶尖大学计划中所设立的研究团队整合而成。")
    assert not any(label == "ORG" and "大学" in text for label, text in found)  # 顶尖大学计划: a programme's words


def test_thanks_is_no_one_s_name() -> None:
    found = _document_labels("陈年兴教授说：“谢谢校长对于茶会的重视，也谢谢学生的支持。”谢明教授说。")
    assert ("PERSON", "谢明") in found and ("PERSON", "谢谢") not in found


def test_the_kinds_a_hospital_is_of_and_the_labs_it_counts_are_no_units() -> None:
    found = _document_labels("青溪医院是国家卫生健康委员会直管的大型综合性教学医院，系国家首批三级甲等医院、全国百佳医院。"
                             "医院拥有教育部重点实验室1个、卫生部重点实验室1个。")
    orgs = {text for label, text in found if label == "ORG"}
    assert "青溪医院" in orgs and "国家卫生健康委员会" in orgs
    assert not orgs & {"大型综合性教学医院", "首批三级甲", "全国百佳医院", "教育部重点实验室", "卫生部重点实验室"}


def test_a_name_the_segmenter_reads_as_one_word_with_ben_in_it() -> None:
    """本 opens and ends given names (`唐本忠`, `朱道本`) where the segmenter read the whole name as one word."""
    ex = extract_text("东川科技大学穆本忠教授获奖。东川化学研究所柯道本研究员出席。")
    assert {"穆本忠", "柯道本"} <= names(ex, "Person")


def test_a_news_lead_s_dispatch_word_and_the_province_before_a_university_are_no_part_of_a_name() -> None:
    found = _document_labels("某某网10月13日讯 科技部近日公布入选名单，西川省东岭大学柯远航等4人入选。")
    orgs = {text for label, text in found if label == "ORG"}
    assert {"科技部", "东岭大学"} <= orgs
    assert not {o for o in orgs if o.startswith(("讯", "西川省"))}


def test_a_quoted_programme_s_body_a_quoted_unit_with_a_note_inside_and_a_list_s_last_name_glued_to_its_closer() -> None:
    found = _document_labels("“南山探索奖”管理委员会委员柯远航说，双方共建的“东岭师大（泉昇）新能源材料研发中心”揭牌。"
                             "闻振宇、程一舟等14位科学家共同发起。")
    assert {("ORG", "“南山探索奖”管理委员会"), ("ORG", "东岭师大（泉昇）新能源材料研发中心")} <= found
    assert {("PERSON", "柯远航"), ("PERSON", "程一舟")} <= found
    assert ("ORG", "管理委员会") not in found and ("ORG", "新能源材料研发中心") not in found


def test_a_founding_head_leads_the_unit() -> None:
    ex = extract_text("中国科学院院士、东岭医学科学院创始院长、青溪湾实验室主任柯远航说，今年获奖人中女性最多。")
    leads = {(r.source, r.target, r.role) for r in ex.relations if str(r.type) == "LEADS"}
    assert leads == {("柯远航", "东岭医学科学院", "创始院长"), ("柯远航", "青溪湾实验室", "主任")}


def test_a_name_between_a_unit_and_a_title_is_a_name_even_where_it_opens_with_a_word() -> None:
    ex = extract_text("入选团队是由青溪生物技术研究所游学甫教授领导的创新团队。韩东研究所负责人出席。")
    assert "游学甫" in names(ex, "Person") and ("游学甫", "青溪生物技术研究所") in {
        (r.source, r.target) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert "负责人" not in names(ex, "Person")


def test_a_unit_that_has_already_partnered_and_a_quoted_unit_named_after_two_partners() -> None:
    ex = extract_text("此前，东岭大学已与云岭智能装备有限公司合作成立“东岭—云岭智能装备研究中心”。")
    assert ("东岭大学", "云岭智能装备有限公司") in relations(ex, "COLLABORATES_WITH")
    assert "东岭—云岭智能装备研究中心" in names(ex, "Organization")


def test_words_the_dictionary_tags_as_names_after_a_surname_character_are_no_people() -> None:
    """`培养高素质应用型人才`, `几十年来女性当选`: 高素质 and 来女性 are a quality and women, no one's name."""
    from tests.ingest.facts import extract_text, names

    ex = extract_text("学院致力于培养高素质应用型人才。新当选院士中共有9名女性，这是几十年来女性当选比例最高的一次。")
    assert not {"高素质", "来女性"} & names(ex, "Person")


def test_a_chair_professor_works_at_the_university() -> None:
    """讲座教授 (講座教授) is a chair, held full time, as every gold reads it; not a visitor's post (客座教授)."""
    from tests.ingest.facts import extract_text, relations

    ex = extract_text("北辰大学化学系讲座教授柯明远1995年当选院士。")
    assert ("柯明远", "北辰大学") in relations(ex, "WORKS_AT")
    assert ("柯明远", "北辰大学") not in relations(ex, "AFFILIATED_WITH")


@pytest.mark.parametrize("text", ["双方在南州大学明理馆305举办交流会。", "会议在南州大学逸夫楼B201召开。"])
def test_a_building_and_its_room_after_a_unit_is_no_person(text: str) -> None:
    assert not names(extract_text(text + "\n"), "Person")


def test_a_given_name_ending_like_a_building_is_a_name_where_no_room_follows() -> None:
    assert names(extract_text("南州大学教授柯小楼出席。\n"), "Person") == {"柯小楼"}


def test_a_latin_name_called_doctor_after_its_unit_is_a_person_working_there() -> None:
    ex = extract_text("柯振邦教授与北港大学Mirela Vandeck博士建立了合作，他拥有化学博士学位。\n")
    assert names(ex, "Person") == {"柯振邦", "Mirela Vandeck"}
    assert ("Mirela Vandeck", "北港大学") in relations(ex, "WORKS_AT")


def test_a_term_named_after_a_person_names_no_person() -> None:
    assert names(extract_text("基于干涉原理并结合傅里叶变换，柯振邦教授解调出量子态。\n"), "Person") == {"柯振邦"}


def test_a_fellow_of_a_society_is_affiliated_with_the_society_named_whole() -> None:
    ex = extract_text("柯振邦，教授，英国皇家湖沼学会会士。\n")
    assert relations(ex, "AFFILIATED_WITH") == {("柯振邦", "英国皇家湖沼学会")}


def test_a_member_of_a_committee_s_panel_holds_a_seat_there_not_a_job() -> None:
    ex = extract_text("柯振邦担任北辰省科技委湖泊环境学部委员、北辰省湖泊学科评议组成员。\n")
    assert ("柯振邦", "北辰省科技委湖泊环境学部") in relations(ex, "AFFILIATED_WITH")
    assert not relations(ex, "WORKS_AT")


def test_a_person_a_quoted_prize_is_named_after_is_no_person_of_the_text() -> None:
    assert names(extract_text("柯振邦荣获“韩立新湖泊科学优秀青年学者奖”，并应邀作大会报告。\n"), "Person") == {"柯振邦"}
    assert names(extract_text("新闻标题为“柯振邦获奖”。\n"), "Person") == {"柯振邦"}


def test_a_name_read_with_the_adverb_after_it_is_the_name_the_text_gives_elsewhere() -> None:
    from tests.ingest.facts import extract_text, names

    x = extract_text("北辰医疗创始人兼CEO柯舒出席论坛。柯舒就互联网医疗的发展发表演讲。柯舒还表示，医生集团将加快发展。\n")
    assert names(x, "Person") == {"柯舒"}


def test_a_student_named_with_the_year_of_study_is_affiliated_with_the_university() -> None:
    """`某大学大三学生甲`, `某大学2031级本科生乙`: each a student of the university."""
    from tests.ingest.facts import extract_text, relations

    x = extract_text("近日，北辰科技大学大三学生柯振邦的设计作品《书架》获奖。南州大学2031级本科生乔远鸣获一等奖。\n")
    assert {("柯振邦", "北辰科技大学"), ("乔远鸣", "南州大学")} <= relations(x, "AFFILIATED_WITH")


def test_a_unit_before_an_adverb_and_verb_kept_as_one_word_and_a_name_read_with_a_verb_of_coming() -> None:
    from tests.ingest.facts import extract_text, names
    ex = extract_text("“特聘主任”柯远山来厦开患者分享会\n2031年4月26日，北辰眼科中心积极响应北辰市卫计委推行的“双主任制”，"
                      "正式引进南州大学附属眼耳鼻喉科医院博导柯远山教授担任该院特聘主任。柯远山教授将定期坐诊。\n", "news.txt")
    orgs = names(ex, "Organization")
    assert {"北辰眼科中心", "北辰市卫计委"} <= orgs and not any("响应" in o for o in orgs)
    assert "柯远山" in names(ex, "Person") and "柯远山来" not in names(ex, "Person")


def test_a_verb_the_dictionary_reads_as_a_noun_is_no_part_of_the_unit_after_it() -> None:
    """`此事已交代|某大学…处理`, `委托|某大学…实施`: the verb hands the unit a matter; it opens no name."""
    from tests.ingest.facts import extract_text, names
    ex = extract_text("该问题已交代南州大学纪委调查。项目委托西岭大学化学学院实施。\n")
    organizations = names(ex, "Organization")
    assert {"南州大学", "西岭大学化学学院"} <= organizations
    assert not any(name.startswith(("交代", "委托")) for name in organizations)


def test_ying_before_an_invitation_is_the_preposition_no_surname() -> None:
    """`某教授应某平台之邀作报告`: at the invitation of; 应 opens no name."""
    from tests.ingest.facts import extract_text, names
    ex = extract_text("北辰医院柯远山教授应名家讲坛之邀作了专题讲座。应司马青的邀请，乔远鸣教授来校讲学。\n")
    assert {"柯远山", "乔远鸣"} <= names(ex, "Person")
    assert not {n for n in names(ex, "Person") if n.startswith("应")}


def test_an_item_between_two_names_of_a_list_is_a_name_though_its_words_are_common() -> None:
    """`甲、何平安、乙`: 何 read as a conjunction and 平安 as an adjective, between two names of the list."""
    from tests.ingest.facts import extract_text, names
    ex = extract_text("名单包括柯振邦、乔远鸣、何平安、司马青、柏青禾等5人。研究涉及材料、张力、结构等领域。\n")
    assert {"柯振邦", "乔远鸣", "何平安", "司马青", "柏青禾"} <= names(ex, "Person")


def test_names_with_compound_surnames_before_a_verb_a_list_s_end_or_a_role() -> None:
    """`司马青为项目负责人`, `欧阳明远以通讯作者身份`, `欧阳舒等5位`: the segmenter cuts the given name across the word after
    it; a compound surname that is a common word (东方) opens no name."""
    from tests.ingest.facts import extract_text, names, relations
    ex = extract_text("南州大学新闻网讯 司马青为项目负责人。欧阳明远以通讯作者身份发表论文。欧阳舒等5位专家受聘。"
                      "诸葛岚是项目负责人。东方红卫星成功发射。原协会常务副理事长上官青出任顾问。\n")
    assert {"司马青", "欧阳明远", "欧阳舒", "诸葛岚", "上官青"} <= names(ex, "Person")
    assert not {n for n in names(ex, "Person") if n.startswith("东方")}
    ex = extract_text("经研究决定，欧阳明远任北辰大学副校长，柯远山任西岭理工大学副校长。\n")
    assert {("欧阳明远", "北辰大学"), ("柯远山", "西岭理工大学")} <= relations(ex, "WORKS_AT")
    assert "欧阳明远任北辰大学" not in names(ex, "Organization")
    ex = extract_text("司马青曾任北辰大学校长。欧阳舒曾获南州奖。柯岚曾在西岭医院进修。柯曾明教授出席。\n")
    assert {"司马青", "欧阳舒", "柯岚", "柯曾明"} <= names(ex, "Person")
    assert not [n for n in names(ex, "Person") if n.endswith("曾")]


def test_a_byline_in_brackets_with_the_names_before_the_slash() -> None:
    """`某大报讯(甲/文)`, `（乙 丙/图）`: the writer's and the photographers' names."""
    from tests.ingest.facts import extract_text, names
    ex = extract_text("南大报讯(柯远山/文)近日，南州大学举行学术会议。（司马青 乔远鸣/图）\n")
    assert {"柯远山", "司马青", "乔远鸣"} <= names(ex, "Person")


def test_the_school_of_medicine_named_alone_in_a_list_of_schools_is_a_unit_but_not_the_common_noun() -> None:
    ex = extract_text("我校化学学院柯振邦教授、医学院乔远鸣教授和商学院欧阳舒教授获得资助。\n")
    assert ("乔远鸣", "医学院") in relations(ex, "WORKS_AT")
    assert ("ORG", "医学院") not in _labels("他考入医学院学习，医学院的学生都很勤奋。")


def test_a_name_ending_in_he_before_a_title_and_one_whose_last_character_went_into_the_verb_are_whole() -> None:
    ex = extract_text("南州大学与北辰研究所签署协议。北辰研究所所长柯远和院士代表研究所致辞。研讨会由北辰研究所所长助理乔远民主持。\n")
    assert {"柯远和", "乔远民"} <= names(ex, "Person")
    assert not {"柯远", "乔远"} & names(ex, "Person")
    assert not {t for label, t in _labels("北辰研究所推进民主持续发展") if label == "PERSON"}
