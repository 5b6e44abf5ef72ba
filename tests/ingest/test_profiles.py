"""A profile line: a name, then its posts with no verb between (`张某，某大学教授、某研究院院长。`)."""

from __future__ import annotations

from tests.ingest.facts import extract_text, names, relations

TEXT = ("张遂明，中国石化大学(北京)资深教授、昆明理工大学荣誉教授、山西省太行煤层气工程技术研究院院长、"
        "煤层气产业技术创新战略联盟专家委员会主任。中国最早从事煤层气研究的先行者。\n\n"
        "彭艳，1982年6月出生，上海大学教授、浙江省海洋智能无人系统装备工程研究中心常务副主任。\n")


def _facts(text: str) -> set[tuple[str, str, str, str | None, str | None]]:
    ex = extract_text(text)
    return {(str(r.type), r.source, r.target, r.title, r.position) for r in ex.relations}


def test_each_unit_and_post_of_a_profile_line_is_the_person_s() -> None:
    facts = _facts(TEXT)
    assert ("WORKS_AT", "张遂明", "中国石化大学(北京)", "资深教授", None) in facts
    assert ("LEADS", "张遂明", "山西省太行煤层气工程技术研究院", None, None) in facts
    assert ("WORKS_AT", "彭艳", "上海大学", "教授", None) in facts  # after the facts of a life
    assert ("WORKS_AT", "彭艳", "浙江省海洋智能无人系统装备工程研究中心", None, "常务副主任") in facts


def test_an_honorary_title_is_an_affiliation_and_its_modifier_no_name() -> None:
    ex = extract_text(TEXT)
    assert ("AFFILIATED_WITH", "张遂明", "昆明理工大学") in {(str(r.type), r.source, r.target) for r in ex.relations}
    assert ("WORKS_AT", "张遂明", "昆明理工大学") not in {(str(r.type), r.source, r.target) for r in ex.relations}
    assert "荣誉" not in names(ex, "Person")


def test_a_line_that_does_not_go_straight_on_to_a_unit_is_no_profile() -> None:
    facts = _facts("赵志国，我们的老朋友，昨天参观了上海大学教授的实验室。\n")
    assert not {f for f in facts if f[1] == "赵志国"}


def test_a_name_on_a_line_of_its_own_heads_the_profile_below_it() -> None:
    ex = extract_text("王立新\n东川大学教授、博士生导师，长期从事环境研究。\n")
    works = {(r.source, r.target): r.title for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert works == {("王立新", "东川大学"): "教授"}
    assert "王立新" in names(ex, "Person")


def test_a_name_alone_above_a_biography_is_its_subject() -> None:
    ex = extract_text("王立新\n博士、教授。现任东川省环境监测重点实验室主任。兼任中国东川学会常务理事。\n")
    assert ("王立新", "东川省环境监测重点实验室") in relations(ex, "LEADS")
    assert ("王立新", "中国东川学会") in relations(ex, "AFFILIATED_WITH")


def test_a_table_row_of_a_name_and_its_profile() -> None:
    from ingest.blocks import BlockWriter

    out = BlockWriter()
    out.add_table([["index", "title", "desc"],
                   ["1", "王立新", "博士，东川大学环境学院教授，博士生导师，长期从事湖泊环境研究。"],
                   ["2", "陈海燕", "现任东川省环境监测重点实验室主任，兼任中国东川学会理事。主要从事环境监测研究工作。"],
                   ["3", "呼吸科", "门诊时间为每周一至周五上午，下午为专家门诊，节假日另行安排。"]], header_rows=1)
    text, blocks = out.result()
    ex = extract_text(text, "doc.html", blocks)
    assert {"王立新", "陈海燕"} <= names(ex, "Person") and "呼吸科" not in names(ex, "Person")
    assert ("王立新", "东川大学环境学院") in relations(ex, "WORKS_AT")
    assert ("陈海燕", "东川省环境监测重点实验室") in relations(ex, "LEADS")


def test_a_later_sentence_of_a_profile_opening_with_a_unit_and_its_post_is_the_person_s() -> None:
    ex = extract_text("李明远，教授，博士生导师。中国东川研究型医院学会神经眼科专业委员会副主任委员，长期从事眼科研究。"
                      "东川大学校长王海涛为其颁奖。\n")
    assert ("李明远", "中国东川研究型医院学会神经眼科专业委员会") in relations(ex, "AFFILIATED_WITH")
    assert not {r for r in ex.relations if r.source == "李明远" and "东川大学" == r.target}


_EXPERTS = ("专家名字 | 单位 | 专业方向 | 职称 | 履历\n"
            "林文海 | 东川大学农学院 | 小麦 | 教授 | 林文海，男，1961年生，汉族，东川人，博士，现任东川大学农学院教授、"
            "博士生导师；兼任东川大学小麦研究中心主任；为东川作物学会理事。长期从事小麦栽培研究。\n"
            "陈秀梅 | 西岭农业大学 | 水稻 | 教授 | 1987年获西岭农业大学农学学士学位。现为西岭农业大学教授，"
            "西岭农业大学农学院副院长，东川遗传学会理事。主持国家级项目4项。\n")


def test_a_column_of_profiles_is_read_as_prose_for_the_row_s_person_not_as_projects() -> None:
    ex = extract_text(_EXPERTS)
    assert not names(ex, "Project")
    assert ("林文海", "东川大学小麦研究中心") in relations(ex, "LEADS")
    assert ("林文海", "东川作物学会") in relations(ex, "AFFILIATED_WITH")
    assert ("陈秀梅", "东川遗传学会") in relations(ex, "AFFILIATED_WITH")


def test_a_cell_of_sentences_under_a_header_no_one_knows_is_no_project_title() -> None:
    ex = extract_text(_EXPERTS.replace("履历", "详情"))
    assert not names(ex, "Project")


def test_a_profile_field_of_a_record_is_left_to_prose() -> None:
    from ingest.extract import extract
    from ingest.readers import read_upload

    data = ("字段,内容\n姓名,林文海\n职称,教授\n个人简介,\"林文海，东川大学农学院教授。现任东川大学小麦研究中心主任，"
            "当选东川作物学会副理事长。\"\n")
    ex = extract(read_upload(data.encode("utf-8"), "cv.csv"))
    assert ("林文海", "东川大学小麦研究中心") in relations(ex, "LEADS")
    assert ("林文海", "东川作物学会") in relations(ex, "AFFILIATED_WITH")


def test_a_title_held_in_a_unit_after_a_verb_of_holding_is_the_person_s() -> None:
    ex = extract_text("林文海，男，1961年生，博士，现任东川大学农学院教授、博士生导师；兼任东川大学小麦研究中心主任。\n"
                      "李海涛，现任东川大学教授、西岭研究院院长。\n"
                      "陈立伟，曾任东川大学物理学院教授。\n")
    works = {(r.source, r.target): r for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert works[("林文海", "东川大学农学院")].title == "教授"
    assert works[("李海涛", "东川大学")].title == "教授"
    assert ("李海涛", "西岭研究院") in relations(ex, "LEADS")
    assert not {o for o in names(ex, "Organization") if o.startswith("现任")}
    assert ("陈立伟", "东川大学物理学院") in relations(ex, "AFFILIATED_WITH")  # a former post
    assert ("陈立伟", "东川大学物理学院") not in works


def test_society_posts_after_a_copula_and_a_seat_on_an_expert_panel_are_affiliations() -> None:
    ex = extract_text("林文海，男，博士，现任东川大学农学院教授；兼任东川省农业厅小麦专家指导组组长；"
                      "为中国东川作物学会理事、东川省作物学会常务理事。他为东川农业发展做出贡献。\n")
    affiliated = relations(ex, "AFFILIATED_WITH")
    assert {("林文海", "中国东川作物学会"), ("林文海", "东川省作物学会"), ("林文海", "东川省农业厅")} <= affiliated
    assert ("林文海", "东川省农业厅") not in relations(ex, "WORKS_AT")  # a seat on its panel, not its staff


def test_a_numbered_item_s_profile_is_the_person_s_and_titles_listed_after_the_unit_are_all_kept() -> None:
    facts = _facts("以下是各高校入选情况：\n1、王明远，青溪大学教授、博士生导师，IEEE Fellow。长期从事视频编码研究。\n"
                   "2、李秋华，东川大学教授、博士生导师。\n")
    assert ("WORKS_AT", "王明远", "青溪大学", "教授", None) in facts
    assert ("WORKS_AT", "李秋华", "东川大学", "教授/博士生导师", None) in facts


def test_a_page_s_caption_over_its_people_s_fields_is_no_project() -> None:
    """`专家介绍` above `姓名：甲 / 介绍：…` records: the page's caption for its people, no project they are members of."""
    from tests.ingest.facts import extract_text, names

    ex = extract_text("专家介绍\n姓名:柯远山\n介绍:院长、外科副主任医师，从事临床医疗工作多年。\n姓名:林小溪\n"
                      "介绍:业务副院长，儿科主任医师，东川省医学会会员。\n")
    assert not names(ex, "Project")


def test_a_name_ending_in_a_conjunction_s_character_is_whole_wherever_the_text_writes_it_so() -> None:
    """`柯远和，1978年出生，…` opens a profile with the whole name; prose cuts `柯远|和主要研究` before 和: one person,
    柯远和, everywhere the text writes it."""
    ex = extract_text("柯远和，1978年出生，北辰人，南州大学研究员。柯远和主要研究湖泊沉积。柯远和兼任西岭湖沼学会理事。\n")
    assert names(ex, "Person") == {"柯远和"}
    assert relations(ex, "AFFILIATED_WITH") == {("柯远和", "西岭湖沼学会")}


def test_a_foreign_name_parted_by_a_bullet_is_one_name() -> None:
    ex = extract_text("南州大学客座教授马蒂亚斯•布伦策出席了开幕式。\n")
    assert "马蒂亚斯•布伦策" in names(ex, "Person")


def test_a_row_s_profile_is_its_person_s_wherever_the_row_writes_the_name() -> None:
    from ingest.extract import extract
    from ingest.readers import read_upload

    sheet = ("division,elected,introduce,url,name\n"
             "化学部,2031,湖泊学家，1950年生于南州。1975年毕业于南州大学环境系。现任北辰研究院研究员。曾任西岭大学教授。,"
             "http://example.org/1.html,柯远山\n"
             "物理部,2029,物理学家，1955年生。南州大学教授。,http://example.org/2.html,乔松\n")
    ex = extract(read_upload(sheet.encode(), "academicians.csv"))
    assert {("柯远山", "北辰研究院"), ("乔松", "南州大学")} <= relations(ex, "WORKS_AT")
    assert ("柯远山", "西岭大学") in relations(ex, "AFFILIATED_WITH")


def test_a_title_held_in_a_unit_s_field_of_study_is_held_in_the_unit_and_the_field_is_no_unit() -> None:
    for held in ("南州大学“水利工程”学科校内特聘教授", "南州大学水文学科特聘教授", "南州大学校内特聘教授"):
        ex = extract_text(f"柯振邦，教授，博士。现任{held}，湖区水文观测实验室主任。\n")
        assert ("柯振邦", "南州大学") in relations(ex, "WORKS_AT"), held
        assert not {n for n in names(ex, "Organization") if n.endswith("学科")}, held


def test_units_listed_alone_before_a_unit_with_its_post_hold_the_same_post() -> None:
    ex = extract_text("柯振邦，男，副教授。现兼任北辰市地理学会常务理事，南州水利学会、东湖湿地学会会员。\n")
    seats = {(r.target, r.position) for r in ex.relations if str(r.type) == "AFFILIATED_WITH"}
    assert seats == {("北辰市地理学会", "常务理事"), ("南州水利学会", "会员"), ("东湖湿地学会", "会员")}


def test_societies_known_by_their_acronyms_are_named_by_whom_they_count_as_members() -> None:
    ex = extract_text("柯振邦，男，副教授，研究湖泊遥感。现任南州大学信息化办公室主任，南州省测绘学会理事，"
                      "IEEE会员，ACM、CCF高级会员。\n")
    assert {"IEEE", "ACM", "CCF"} <= names(ex, "Organization")
    seats = {(r.target, r.position) for r in ex.relations if str(r.type) == "AFFILIATED_WITH"}
    assert {("IEEE", "会员"), ("ACM", "高级会员"), ("CCF", "高级会员")} <= seats
    assert not {n for n in names(ex, "Organization") if n.isascii() and n not in ("IEEE", "ACM", "CCF")}


def test_a_profile_s_party_membership_and_an_industry_alliance_named_whole() -> None:
    ex = extract_text("柯振邦，1975年生，北辰人，九三学社社员，南州大学水利学院教授、南州湖区灯笼产业技术创新战略联盟理事长。\n"
                      "诸葛岚，北辰人，民主同盟盟员，博士研究生导师。\n")
    assert {("柯振邦", "九三学社"), ("诸葛岚", "民主同盟")} <= relations(ex, "AFFILIATED_WITH")
    assert "南州湖区灯笼产业技术创新战略联盟" in names(ex, "Organization")
    assert not {n for n in names(ex, "Organization") if n.startswith("战略")}


def test_a_person_s_line_reads_a_fellowship_of_a_society_known_by_its_acronym_as_a_seat_not_a_post_at_the_unit() -> None:
    ex = extract_text("柯振邦，南州大学教授，IEEE Fellow，AAAS Fellow，现任北辰研究院院长。\n")
    seats = {(r.target, r.position) for r in ex.relations if str(r.type) == "AFFILIATED_WITH"}
    assert seats == {("IEEE", "Fellow"), ("AAAS", "Fellow")}
    works = {(r.target, r.position) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert works == {("南州大学", None), ("北辰研究院", "院长")}


def test_each_biography_under_a_name_and_title_heading_is_that_person_s_not_the_page_s_first() -> None:
    ex = extract_text("柯振邦 教授：\n博士，南州大学灯具学院院长。\n"
                      "诸葛岚 研究员：\n博士，竹艺研究所所长。曾任北辰大学建筑系副主任。\n"
                      "乔远鸣 讲师：\n硕士，南州大学讲师。\n")
    people = {r.source for r in ex.relations if str(r.type) in ("WORKS_AT", "AFFILIATED_WITH") and "北辰" in r.target}
    assert people == {"诸葛岚"}


def test_a_person_who_teaches_at_a_unit_now_works_there_and_the_verb_is_no_part_of_either_name() -> None:
    ex = extract_text("柯振邦现任教于南州大学灯具学院。诸葛岚，硕士，毕业于北辰大学。目前在南州大学竹艺学院任教。")
    assert relations(ex, "WORKS_AT") >= {("柯振邦", "南州大学灯具学院"), ("诸葛岚", "南州大学竹艺学院")}
    assert names(ex, "Person") == {"柯振邦", "诸葛岚"}
    assert not any("任教" in n or "柯振邦" in n for n in names(ex, "Organization"))


def test_posts_held_together_in_one_unit_are_read_as_one_and_the_head_post_leads_it() -> None:
    ex = extract_text("柯振邦，教授。现任南州大学灯具学院党委书记兼院长、北辰灯具研究院院长。")
    assert ("柯振邦", "南州大学灯具学院") in relations(ex, "WORKS_AT")
    assert relations(ex, "LEADS") >= {("柯振邦", "南州大学灯具学院"), ("柯振邦", "北辰灯具研究院")}
