"""A programme's categories a call enumerates in a sentence, and the sub-kinds of a category."""

from __future__ import annotations

from pathlib import Path

from ingest.extract import extract
from ingest.genres.guide_categories import find_categories
from ingest.model import Extraction
from ingest.readers import read_upload
from tests.ingest.facts import names, relations

FIXTURES = Path(__file__).parent.parent / "fixtures" / "guide_categories"


def _read(name: str) -> Extraction:
    return extract(read_upload((FIXTURES / name).read_bytes(), name))


def test_a_funds_categories_are_part_of_it_and_a_categorys_sub_kinds_part_of_the_category() -> None:
    extraction = _read("postdoc_fund.txt")
    call = "2023年度南湖省博士后科学基金"
    part_of = relations(extraction, "PART_OF")
    assert {("面上资助", call), ("特别资助", call), ("优秀学术专著出版资助", call)} <= part_of
    assert {("特别资助(站前)", "特别资助"), ("特别资助(站中)", "特别资助")} <= part_of


def test_categories_of_this_fund_counted_after_the_list() -> None:
    call = "2024年度东川省青年科学基金"
    assert {("重点项目", call), ("一般项目", call), ("培育项目", call)} <= relations(_read("youth_fund.txt"), "PART_OF")


def test_categories_listed_after_a_colon_and_no_project_of_a_sentence_of_eligibility() -> None:
    extraction = _read("social_fund.txt")
    call = "2025年度西岭市社会科学基金"
    assert {("重大项目", call), ("年度项目", call), ("青年项目", call)} <= relations(extraction, "PART_OF")
    assert not any("符合" in p or "申请人" in p for p in names(extraction, "Project"))


def test_a_sentence_whose_subject_is_no_programme_enumerates_nothing() -> None:
    text = "申请人所在单位设立科研处、财务处和人事处。项目负责人符合面上项目、重点项目的申请条件。"
    assert find_categories(text, ("2023年度南湖省博士后科学基金",)) == []
    assert find_categories("本基金设面上资助、特别资助。", ()) == []


def test_an_awards_categories_are_part_of_it_in_a_call_for_nominations() -> None:
    text = ("关于组织推荐2025年度南湖省科学技术奖的通知\n各有关单位：\n"
            "南湖省科学技术奖设自然科学奖、技术发明奖和科学技术进步奖，每年评审一次。\n"
            "江西省医学科技奖医学科学技术奖、卫生管理奖、青年科技奖实行限额推荐。\n"
            "推荐项目获一等奖、二等奖的，不再重复推荐。\n")
    extraction = extract(read_upload(text.encode(), "call.txt"))
    part_of = relations(extraction, "PART_OF")
    call = "2025年度南湖省科学技术奖"
    assert {("自然科学奖", call), ("技术发明奖", call), ("科学技术进步奖", call)} <= part_of
    assert {("医学科学技术奖", "江西省医学科技奖"), ("卫生管理奖", "江西省医学科技奖"), ("青年科技奖", "江西省医学科技奖")} <= part_of
    assert not {"一等奖", "二等奖"} & names(extraction, "Project")


def test_the_kinds_a_call_takes_listed_under_their_heading_are_part_of_its_programme() -> None:
    from tests.ingest.facts import extract_text, relations

    ex = extract_text("关于组织2032年度东岭省科学技术奖推荐工作的通知\n\n各学院：\n现将有关事项通知如下：\n一、推荐奖种\n"
                      "自然科学奖、技术发明奖、科学技术进步奖。\n二、推荐要求\n请于2031年12月20日前报送。\n", "call.txt")
    assert {("自然科学奖", "2032年度东岭省科学技术奖"), ("技术发明奖", "2032年度东岭省科学技术奖"),
            ("科学技术进步奖", "2032年度东岭省科学技术奖")} <= relations(ex, "PART_OF")


def test_a_relayed_round_under_way_its_kinds_in_groups_under_their_heading_and_the_body_it_came_from() -> None:
    """`接某委通知，2031-2032年度某科研项目已经开始申报`: the round of two years is the call's programme and the body
    whose notice it relays funds it; under `申报类型` the kinds are parted by semicolons, a group's head before a colon
    holding the kinds after it."""
    from tests.ingest.facts import extract_text

    call = "2031-2032年度省卫生健康科研项目"
    x = extract_text("各科室：\n接东岭省卫生健康委员会通知，2031-2032年度省卫生健康科研项目已经开始申报。现将要求通知如下：\n"
                     "一、申报类型\n重点项目：创新团队项目、重点支撑项目；面上项目；青年人才项目；适宜技术推广项目。\n"
                     "二、申报条件\n申请人须具有中级以上职称。\n", "call.txt")
    assert (call, "东岭省卫生健康委员会") in relations(x, "FUNDED_BY")
    part_of = relations(x, "PART_OF")
    assert {("重点项目", call), ("面上项目", call), ("青年人才项目", call), ("适宜技术推广项目", call)} <= part_of
    assert {("创新团队项目", "重点项目"), ("重点支撑项目", "重点项目")} <= part_of


def test_the_round_s_topics_of_four_classes_named_in_a_sentence_with_their_count() -> None:
    """`本次年度课题立项分为重点课题、一般课题、青年课题和共建课题四类`: 课题 are kinds too, and the count is no part of
    the last one's name."""
    from tests.ingest.facts import extract_text

    call = "东川市社会科学规划2031年度课题"
    x = extract_text("关于申报东川市社会科学规划2031年度课题的通知\n本次年度课题立项分为重点课题、一般课题、青年课题和共建课题"
                     "四类，前三者资助金额分别不超过30万元、18万元和5万元。\n", "call.txt")
    assert {("重点课题", call), ("青年课题", call), ("共建课题", call)} <= relations(x, "PART_OF")


def test_a_programme_s_kinds_counted_before_their_list_and_the_kinds_of_projects_a_round_takes() -> None:
    text = ("关于组织申报2030年度北辰省湖泊科学研究计划项目的通知\n各有关单位：\n"
            "三、本年度北辰省湖泊科学研究计划项目安排分为两大类：重大项目和面上项目。面上项目实行限额申报。\n")
    call = "2030年度北辰省湖泊科学研究计划"
    assert {("重大项目", call), ("面上项目", call)} <= relations(extract(read_upload(text.encode(), "call.txt")), "PART_OF")
    text = ("关于做好2030年度北辰省湖泊基金项目申请工作的通知\n各学院：\n"
            "为做好2030年度北辰省湖泊基金项目(以下简称项目)申请工作，现将有关事项通告如下：\n一、项目申请接收：\n"
            "1.2030年度集中接收申请的项目类型包括：面上项目、部分重大项目、海外及港澳学者合作研究基金项目、"
            "重点国际(地区)合作研究项目和青年湖泊基金项目等。\n二、申请书一律采用在线方式撰写，请于3月1日前提交。\n")
    ex = extract(read_upload(text.encode(), "call.txt"))
    kinds = {k for k, parent in relations(ex, "PART_OF") if parent.startswith("2030年度北辰省湖泊基金")}
    assert kinds == {"面上项目", "重大项目", "海外及港澳学者合作研究基金项目", "重点国际(地区)合作研究项目", "青年湖泊基金项目"}
    assert not any("简称" in n for n in names(ex, "Project"))


def test_kinds_named_in_quotes_with_no_separator_are_categories_with_the_caps_given_later() -> None:
    from tests.ingest.facts import extract_text
    text = ("南州大学转发关于开展2031年度青年学术交流项目资助申报工作的通知\n\n"
            "2031年北辰省科协继续实施青年学术交流项目资助，择优支持省内高校开展学术交流活动。\n\n"
            "一、申报项目类型\n\n"
            "2031年青年学术交流项目类型分为“前沿问题研讨会”“青年学者沙龙”“跨学科交流活动”等3个类型，"
            "各申报单位可依据有关办法进行申报。\n\n"
            "二、资助标准\n\n（一）“前沿问题研讨会”，资助标准3万元/个。\n\n（二）“青年学者沙龙”，资助标准2万元/个。\n")
    extraction = extract_text(text, "relay.txt")
    call = "2031年度青年学术交流项目"
    assert {("前沿问题研讨会", call), ("青年学者沙龙", call), ("跨学科交流活动", call)} <= relations(extraction, "PART_OF")
    caps = {e.name: e.budget_cap_wan for e in extraction.entities if e.type.value == "Project"}
    assert (caps["前沿问题研讨会"], caps["青年学者沙龙"], caps["跨学科交流活动"]) == (3.0, 2.0, None)
    assert (call, "北辰省科协") in relations(extraction, "FUNDED_BY")
