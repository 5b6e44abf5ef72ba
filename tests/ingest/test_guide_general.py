"""Calls for applications in the shapes other issuers write them, read through the whole extraction.

Each fixture is one class of call: a school office that names its school only in its header and relays
a provincial notice; a city bureau's own call with contact lines that carry no label; a school relaying
an award's nomination round; a national department's call for proposals relayed by a school; a bureau
extending the deadlines of its own programme; a school relaying a provincial plan with a quota table;
classes given in a table or a sentence with their amounts; contacts in every common shape. And the
notices that are not calls: award candidates on show with a contact, news of a call, a certificate.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.genres.detect import detect_genre
from ingest.model import Extraction
from tests.ingest.facts import entity, extract_text, names, relations

FIXTURES = Path(__file__).parents[1] / "fixtures" / "guide"


def _read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _extract(name: str) -> Extraction:
    return extract_text(_read(name), name)


def _phones(x: Extraction) -> dict[tuple[str, str], str | None]:
    return {(r.source, r.target): r.phone for r in x.relations if str(r.type) == "CONTACT_FOR"}


def _caps(x: Extraction) -> dict[str, float | None]:
    return {e.name: e.budget_cap_wan for e in x.entities if str(e.type) == "Project" and e.kind == "programme"}


@pytest.mark.parametrize(("name", "genre"), [
    ("invented_school_relay_header.txt", "funding_guideline"),
    ("invented_city_call_sections.txt", "funding_guideline"),
    ("invented_award_round.txt", "funding_guideline"),  # a call for nominations is a call
    ("invented_proposal_call.txt", "funding_guideline"),  # proposals called for, no 申报 anywhere
    ("invented_deadline_extension.txt", "funding_guideline"),
    ("invented_plan_quota.txt", "funding_guideline"),
    ("invented_class_table.txt", "funding_guideline"),
    ("invented_contact_shapes.txt", "funding_guideline"),
    ("invented_award_candidates.txt", "award_nomination"),  # on show for objections, with a contact
    ("invented_call_meeting_news.txt", "news"),  # news of a call: 申报材料, 国家自然科学基金
    ("invented_award_news.txt", "news"),  # news that an award list was put on show (公示了, 提名)
    ("invented_award_certificate.txt", "other"),  # completers and an award, but nobody nominated
])
def test_each_notice_is_recognised_as_what_it_is(name: str, genre: str) -> None:
    assert detect_genre(_read(name)) == genre


def test_a_list_of_awards_given_is_no_nomination() -> None:
    # it names the award and its 推荐单位, but nominates nobody and puts nothing on show
    assert detect_genre(_read("invented_award_results.txt")) != "award_nomination"


def test_a_school_office_named_with_its_school_in_the_header_relays_a_provincial_call() -> None:
    x = _extract("invented_school_relay_header.txt")
    office = entity(x, "Organization", "青岚大学科学技术处")
    assert (office.parent, office.kind) == ("青岚大学", "other") and "科学技术处" in office.aliases
    programme = "2026年度省自然科学基金"
    # the call's own title repeats the relayed notice's: the body written before that notice runs it
    assert relations(x, "FUNDED_BY") == {(programme, "省科学技术厅")}
    assert _caps(x) == {programme: None, "重点项目": 20.0, "面上项目": 10.0, "青年项目": 5.0}
    assert {("重点项目", programme), ("面上项目", programme), ("青年项目", programme)} <= relations(x, "PART_OF")
    # two contacts sharing one phone
    assert _phones(x) == {("林晓岚", programme): "0571-86912345", ("郑子墨", programme): "0571-86912345"}


def test_a_city_bureaus_own_call_with_contact_lines_that_carry_no_label() -> None:
    x = _extract("invented_city_call_sections.txt")
    programme, bureau = "2027年度市重点研发计划", "苍梧市科学技术局"
    assert relations(x, "FUNDED_BY") == {(programme, bureau)}
    assert _phones(x) == {("钱思远", programme): "0774-2835566", ("孙若溪", programme): "0774-2835577"}
    high_tech = entity(x, "Organization", bureau + "高新技术科")
    assert high_tech.parent == bureau and "高新技术科" in high_tech.aliases
    assert ("钱思远", bureau + "高新技术科") in relations(x, "WORKS_AT")
    # the classes are named only in the sentence that gives their caps
    assert _caps(x) == {programme: None, "重点项目": 50.0, "一般项目": 20.0}


def test_a_school_relays_an_awards_nomination_round() -> None:
    x = _extract("invented_award_round.txt")
    award = "2026年度省科学技术奖"
    assert relations(x, "FUNDED_BY") == {(award, "省人民政府")}
    office = "云雾医科大学科研处"
    assert entity(x, "Organization", office).parent == "云雾医科大学"
    # office, person and phone on one contact line
    assert _phones(x) == {("贺明轩", award): "0851-83621234"}
    assert ("贺明轩", office) in relations(x, "WORKS_AT")


def test_a_national_departments_call_for_proposals_relayed_by_a_school() -> None:
    x = _extract("invented_proposal_call.txt")
    programme = "“智慧海洋与深远海资源开发”重点专项"
    department = entity(x, "Organization", "国家海洋资源委员会科技司")
    assert (department.parent, department.kind) == ("国家海洋资源委员会", "government")
    assert relations(x, "FUNDED_BY") == {(programme, "国家海洋资源委员会科技司")}
    assert _phones(x) == {("殷若舟", programme): "6623418"}  # the phone on the line below the name
    office = entity(x, "Organization", "青澜医科大学科研处")
    assert (office.parent, office.kind) == ("青澜医科大学", "other")


def test_a_bureau_extends_the_deadlines_of_its_own_programme() -> None:
    x = _extract("invented_deadline_extension.txt")
    programme, bureau = "2026年度青枫市第二批基础研究项目", "青枫市科学技术局"
    assert relations(x, "FUNDED_BY") == {(programme, bureau)}
    assert ("农业科技一般项目", programme) in relations(x, "PART_OF")
    # an office, two people and one phone without a label
    assert _phones(x) == {("邬向晚", programme): "86120457", ("苗若溪", programme): "86120457"}
    assert relations(x, "WORKS_AT") == {("邬向晚", bureau + "基础研究科"), ("苗若溪", bureau + "基础研究科")}
    assert "市农业农村局" in names(x, "Organization")  # named by its level only, as an actor


def test_a_school_relays_a_provincial_plan_with_a_quota_table() -> None:
    x = _extract("invented_plan_quota.txt")
    programme = "2027年度省科技计划重点项目"
    # nobody's notice is relayed: the province's agency of the plan's field funds it
    assert relations(x, "FUNDED_BY") == {(programme, "甘肃省科学技术厅")}
    assert "省科技厅" in entity(x, "Organization", "甘肃省科学技术厅").aliases
    # the quota table is read by the tables mechanism
    assert {"陇原理工大学", "陇原市农业科学研究院"} <= names(x, "Organization")


def test_classes_and_amounts_given_in_a_table() -> None:
    x = _extract("invented_class_table.txt")
    programme = "2027年度青枫市社会发展科技专项"
    assert _caps(x) == {programme: None, "重点项目": 30.0, "一般项目": 10.0, "青年科技人才项目": 5.0}
    assert relations(x, "FUNDED_BY") == {(programme, "青枫市科学技术局")}
    assert _phones(x) == {("曹一鸣", programme): "0553-5871234", ("许可心", programme): "0553-5871234"}


def test_contacts_in_every_common_shape() -> None:
    x = _extract("invented_contact_shapes.txt")
    programme = "2027年度省软科学研究计划"
    phones = {person: phone for (person, _), phone in _phones(x).items()}
    assert phones == {
        "何一帆": "0731-84001234", "骆晴": "0731-84001235",  # each with a phone in brackets
        "孔令杰": "0731-84001236", "冉佳怡": "0731-84001237",  # 联系人及电话: A 电话; B 电话
        "甘露": "0731-84001238",  # after a phone label: office, person, phone
        "邵华": "0731-84001239", "马骁": "0731-84001240",  # lines under a label left alone
        "龙啸天": "0731-84001241",  # 联系方式: person, phone, e-mail
        "宁远航": "0731-84001243",  # a line with no label at all
        "温如玉": "0731-84001244",  # the office in brackets after the name
        "柏思远": "0731-84001245",  # the office written against the name
        "沈知秋": "0731-84001247",  # the phone written before the label
    }
    assert {p for _, p in _phones(x)} == {programme}
    school = "青崖大学"
    assert {("甘露", school + "财务处"), ("马骁", school + "国际处"), ("宁远航", school + "科研处"),
            ("温如玉", school + "财务处"), ("柏思远", school + "国际处")} <= relations(x, "WORKS_AT")
    assert entity(x, "Organization", school + "财务处").parent == school
    assert not {n for n in names(x, "Person") if n[:1] in "伍张"}  # 伍老师, 张老师 name nobody


def test_award_candidates_on_show_keep_their_contact() -> None:
    x = _extract("invented_award_candidates.txt")
    assert x.genre == "award_nomination"
    assert {"鲍文川", "韦晓岚", "蒙子豪", "梁秋实"} <= names(x, "Person")


def test_a_city_bureau_relays_a_ministrys_notice() -> None:
    x = _extract("invented_ministry_relay.txt")
    programme = "2027年度国家重点研发计划“合成生物学”重点专项"
    assert relations(x, "FUNDED_BY") == {(programme, "科技部办公厅")}
    assert entity(x, "Organization", "科技部办公厅").parent == "科技部"
    # the contact's office is written after the bureau's short name: it is the bureau's office
    office = entity(x, "Organization", "苍梧市科学技术局社会发展科")
    assert office.parent == "苍梧市科学技术局" and "市科技局社会发展科" in office.aliases
    assert relations(x, "WORKS_AT") == {("章怀远", office.name)}
    assert not [n for n in names(x, "Organization") if "局市" in n]


def test_a_school_calls_for_its_own_programme_under_its_title() -> None:
    x = _extract("invented_school_own_programme.txt")
    programme = "2027年度校级教学改革研究项目"
    assert relations(x, "FUNDED_BY") == {(programme, "青溪师范大学")}
    assert _caps(x) == {programme: None, "重点项目": 3.0, "一般项目": 1.0}
    assert ("华清远", "青溪师范大学教务处") in relations(x, "WORKS_AT")


def test_a_web_copy_with_its_byline_is_still_a_call() -> None:
    text = _read("invented_web_copy_call.txt")
    assert detect_genre(text) == "funding_guideline"
    x = _extract("invented_web_copy_call.txt")
    assert relations(x, "FUNDED_BY") == {("2027年度国家社会科学基金", "全国哲学社会科学工作办公室")}
    assert _phones(x) == {("段思齐", "2027年度国家社会科学基金"): "0898-66281234"}


@pytest.mark.parametrize("name", ["invented_contact_table.txt", "invented_markdown_tables.txt"])
def test_contacts_given_in_a_table_with_their_offices(name: str) -> None:
    x = _extract(name)
    programme, agency = "2027年度省重点研发计划", "甘肃省科学技术厅"
    assert relations(x, "FUNDED_BY") == {(programme, agency)}
    assert _phones(x)[("黎文轩", programme)] == "0931-8821234"
    assert _phones(x)[("杭雨桐", programme)] == "0931-8821235"
    assert {("黎文轩", agency + "高新技术处"), ("杭雨桐", agency + "农村科技处")} <= relations(x, "WORKS_AT")
    assert entity(x, "Organization", agency + "农村科技处").parent == agency


def test_a_cell_that_lists_two_contacts_and_classes_in_a_markdown_table() -> None:
    x = _extract("invented_markdown_tables.txt")
    assert _phones(x)[("纪子涵", "2027年度省重点研发计划")] == "0931-8821235"
    assert _caps(x) == {"2027年度省重点研发计划": None, "重点项目": 100.0, "一般项目": 30.0}


def test_a_copy_that_lost_its_date_is_signed_by_its_last_line() -> None:
    text = ("关于组织申报2027年度省社会科学规划项目的通知\n各学院：\n"
            "现将省社会科学规划办公室《关于组织申报2027年度省社会科学规划项目的通知》转发给你们，请认真组织申报。"
            "请于3月1日前将申请书报送社科处。\n联系人：缪子衿，电话：0571-88273456\n青岚大学社科处\n")
    x = extract_text(text, "call.txt")
    assert entity(x, "Organization", "青岚大学社科处").parent == "青岚大学"
    assert relations(x, "FUNDED_BY") == {("2027年度省社会科学规划项目", "省社会科学规划办公室")}


def test_a_news_item_that_only_names_a_guide_is_read_as_prose() -> None:
    text = ("我院2家南湖市临床医学研究中心通过现场评审\n"
            "来源：本站 发布时间：2031-05-15\n"
            "南湖市科学技术局（以下简称市科技局）和南湖市卫生健康委员会联合发布市临床研究中心年度申报指南。"
            "我院根据申报指南牵头申报“南湖市脓毒症临床医学研究中心”。"
            "3月27日，市科技局农社处处长柯远航、副处长林小溪组织专家进行现场评审。我院院长魏星河参加会议。\n")
    extraction = extract_text(text)
    assert {"柯远航", "林小溪", "魏星河"} <= names(extraction, "Person")
    assert ("柯远航", "市科技局农社处") in relations(extraction, "LEADS")
    assert entity(extraction, "Organization", "南湖市科学技术局").aliases == ("市科技局",)  # not 以下简称市科技局


NAMED_BODIES = """关于第三届青松儿科医学奖申报推荐工作的通知

各有关科室：
“青松儿科医学奖”是由中国青松慈善基金会与国家卫生健康委员会妇幼健康司共同发起设立的奖项。为做好申报工作，现将有关事宜通知如下：
一、申报要求
推荐项目须为近5年完成的科研项目，且未获过中华康复医学会和省内医院所设奖项。
二、申报截止日期
请于2031年2月16日前将申报材料交至医院科技部。
医院联系人：邵云帆 85501234
"""


def test_a_call_keeps_the_bodies_its_prose_names_in_their_own_right_and_no_generic_ones() -> None:
    ex = extract_text(NAMED_BODIES, "call.txt")
    assert {"中国青松慈善基金会", "国家卫生健康委员会妇幼健康司", "中华康复医学会"} <= names(ex, "Organization")
    assert not {n for n in names(ex, "Organization") if "省内" in n or n.startswith("医院")}


def test_the_bodies_that_founded_an_award_fund_the_standing_award_a_round_of_it_calls_for() -> None:
    ex = extract_text(NAMED_BODIES, "call.txt")
    assert {("青松儿科医学奖", "中国青松慈善基金会"), ("青松儿科医学奖", "国家卫生健康委员会妇幼健康司")} <= relations(ex, "FUNDED_BY")
    assert ("国家卫生健康委员会妇幼健康司", "国家卫生健康委员会") in relations(ex, "PART_OF")
    assert ("第三届青松儿科医学奖", "青松儿科医学奖") in relations(ex, "PART_OF")


YEAR_AFTER_THE_NAME = """全校各单位：
根据科技部《关于发布北岭资源普查专项2031年度项目申报指南的通知》要求，现将有关事项通知如下：
一、申报要求
北岭资源普查专项2031年度项目申报指南已公布（指南内容见附件1）。
二、校内联系人
联系人：裴云帆，电话：87551234
附件：
1. 北岭资源普查专项2031年度指南支持方向
2. 校内申报意向汇总表
"""


def test_a_year_written_after_the_programmes_name_leaves_the_standing_programme_and_attachments_are_no_topics() -> None:
    ex = extract_text(YEAR_AFTER_THE_NAME, "call.txt")
    assert ("北岭资源普查专项2031年度项目", "北岭资源普查专项") in relations(ex, "PART_OF")
    assert not {n for n in names(ex, "Project") if "支持方向" in n or "汇总表" in n}


def test_a_compound_surname_with_a_title_after_it_names_no_contact() -> None:
    ex = extract_text("关于组织申报2032年度东岭省自然科学基金项目的通知\n\n各学院：\n现将有关事项通知如下。\n"
                      "联系人：邵云帆 0571-85501234\n咨询电话：0571-85501236（欧阳老师）\n", "call.txt")
    assert "邵云帆" in names(ex, "Person") and "欧阳" not in names(ex, "Person")


def test_an_office_signed_under_a_university_with_its_campus_in_brackets_is_part_of_that_university() -> None:
    ex = extract_text("关于组织2032年度东岭省科学技术奖推荐工作的通知\n\n各学院：\n现将有关事项通知如下。\n"
                      "联系人：邵云帆，电话：0532-86981234\n\n东岭石油大学(华东)科技处\n2031年11月28日\n", "call.txt")
    assert ("东岭石油大学(华东)科技处", "东岭石油大学(华东)") in relations(ex, "PART_OF")


def test_a_school_s_report_of_the_grants_it_won_is_news_and_its_list_of_leaders_are_people() -> None:
    """`从某基金委传来喜讯，我校今年…申报的项目有15项获得批准资助…` with a summary of the year's 申报工作: a report of
    results, not a call, so the leaders listed by school are read as people."""
    from ingest.genres.detect import detect_genre
    from tests.ingest.facts import extract_text, names

    text = ("日前，从国家自然科学基金委传来喜讯，我校今年申报的国家自然科学基金项目有9项获得批准资助、总经费达300万元。"
            "这是继2029年获得6项资助后再创历史新高。\n2031年我校获得国家自然科学基金资助的项目\n项目负责人\n业务所在学院\n"
            "林晓岚、周文博、吴一凡\n材料科学与工程学院\n郑雨桐、孔德明\n化学化工学院\n"
            "总结今年我校国家自然科学基金申报工作，呈现以下特点：一、管理部门组织发动有力，保证申报数量、申报进程与申报质量。"
            "二、广大教师踊跃申报，认真撰写申请书。科技处将对申报工作做进一步总结。\n")
    assert detect_genre(text) == "news"
    assert {"林晓岚", "周文博", "郑雨桐", "孔德明"} <= names(extract_text(text), "Person")


def test_a_call_titled_as_a_web_page_with_its_site_s_name_after_the_title() -> None:
    """`关于组织申报2031年度某市软科学研究项目的通知_某大学`: the site's name after the title leaves the title a call's."""
    from tests.ingest.facts import extract_text, names

    x = extract_text("关于组织申报2031年度东川市软科学研究项目的通知_南湖科技大学\n\n各有关学院、各部门:\n"
                     "按照市委市政府部署，2031年将继续组织实施软科学研究项目，请于5月20日前报送申报书。\n", "call.txt")
    assert "2031年度东川市软科学研究项目" in names(x, "Project")
    assert "市委市政府" not in names(x, "Organization")


def test_a_relayed_round_of_planned_topics_and_the_two_bodies_whose_notice_it_relays() -> None:
    """`接甲、乙通知，2031年度某市哲学社会科学规划课题申报工作已经开始`: both bodies fund the round."""
    from tests.ingest.facts import extract_text, relations

    x = extract_text("各二级学院：\n接东川市委宣传部、东川市社会科学界联合会通知，2031年度东川市哲学社会科学规划课题申报工作已经开始，"
                     "现将有关事项通知如下：\n一、申报要求\n每人限报一项。\n", "call.txt")
    call = "2031年度东川市哲学社会科学规划课题"
    assert {(call, "东川市委宣传部"), (call, "东川市社会科学界联合会")} <= relations(x, "FUNDED_BY")
