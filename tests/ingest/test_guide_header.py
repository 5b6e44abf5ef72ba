"""A call's header: its title's programme, its issuer wherever the header names it, the notice it relays."""

from __future__ import annotations

import pytest

from ingest.genres.guide import parse
from ingest.genres.guide_contacts import contact_name
from ingest.genres.guide_header import find_header
from ingest.genres.guide_programme import programme_in_title, runs_above
from tests.ingest.facts import extract_text, names, relations


@pytest.mark.parametrize(("title", "programme"), [
    ("关于申报2027年临川区社区健康科研计划项目的通知", "2027年临川区社区健康科研计划"),
    ("关于组织申报2027年度省科技发展专项资金项目(第二批)的通知", "2027年度省科技发展专项资金项目（第二批）"),
    ("关于印发《2027年度省前沿技术计划（农业领域）项目指南》及组织申报项目的通知", "2027年度省前沿技术计划（农业领域）"),
    ("关于做好2027年度国家自然科学基金项目申报工作的通知", "2027年度国家自然科学基金"),
    ("关于发布《2027年度市科技创新专项申报指南》的通知", "2027年度市科技创新专项"),
    ("关于转发《关于组织申报2027年度省软科学计划项目的通知》的通知", "2027年度省软科学计划"),
    ("关于组织申报2027年度省引导性项目的通知", "2027年度省引导性项目"),
    # a notice about the paperwork: the programme it is for
    ("关于2027年度国家自然科学基金项目申请书集中接收相关工作的通知", "2027年度国家自然科学基金"),
    ("关于2027年度省重点研发计划项目申报材料受理的通知", "2027年度省重点研发计划"),
    # the call's work after the projects (项目的组织申报工作): the projects are the programme's round
    ("关于开展卫生行业科研专项2027年度项目的组织申报工作的通知", "卫生行业科研专项2027年度项目"),
    ("关于做好2027年度国家自然科学基金项目的组织申报工作的通知", "2027年度国家自然科学基金"),
    # the matters around it (`有关事项`, `相关事宜`) are no part of its name
    ("关于申请2027年度柳川省杰出青年科学基金有关事项的通知", "2027年度柳川省杰出青年科学基金"),
    ("关于2027年度柳川市科技计划项目申报相关事宜的通知", "2027年度柳川市科技计划"),
    # two steps of the call after the projects (申报评审): neither is part of its name
    ("关于组织实施2027年度全民科学素质行动第三批项目申报评审的通知", "2027年度全民科学素质行动第三批项目"),
    ("关于开展2027年度重点学术活动项目资助申报工作的通知", "2027年度重点学术活动项目"),  # (the projects' funding)
])
def test_the_programme_a_title_calls_for(title: str, programme: str) -> None:
    found = programme_in_title(title)
    assert found is not None and found[0] == programme
    assert title[found[1]:found[2]].replace("(", "（").replace(")", "）") == programme


def test_a_title_that_calls_for_nothing_names_no_programme() -> None:
    assert programme_in_title("关于召开2027年度科技工作会议的通知") is None


@pytest.mark.parametrize(("programme", "issuer", "above"), [
    ("2027年度国家自然科学基金", "柳川大学", True),
    ("2027年度国家自然科学基金", "国家自然科学基金委员会", False),
    ("2027年度省重点研发计划", "柳川市科学技术局", True),
    ("2027年度省重点研发计划", "湖北省科学技术厅", False),
    ("2027年度湖北省重点研发计划", "柳川大学", True),
    ("2027年临川区社区健康科研计划", "柳川市临川区卫生健康局", False),
    ("2027年度校级青年基金", "柳川大学", False),
])
def test_a_programme_run_above_its_caller(programme: str, issuer: str, above: bool) -> None:
    assert runs_above(programme, issuer) is above


def test_the_issuer_written_before_about_in_the_title() -> None:
    text = "柳川市科学技术局关于组织申报2027年度市科技创新专项项目的通知\n各有关单位：\n现将有关事项通知如下。\n"
    header = find_header(text)
    assert [n.name for n in header.issuers] == ["柳川市科学技术局"]
    x = parse("t.txt", text)
    assert {(r.source, r.target) for r in x.relations if r.type.value == "FUNDED_BY"} == {
        ("2027年度市科技创新专项", "柳川市科学技术局")}


def test_a_relaying_title_names_the_upstream_body_without_brackets() -> None:
    text = ("关于转发省科技厅关于组织申报2027年度省基础研究计划项目的通知的通知\n各有关单位：\n"
            "请于2027年3月1日前将纸质材料报送至我委科技教育处。\n联系人：鲁文杰，联系电话：0471-6951234\n"
            "柳川市卫生健康委员会\n2027年2月10日\n")
    header = find_header(text)
    assert header.cited is not None and header.cited.issuer is not None
    assert header.cited.issuer.name == "省科技厅"
    x = parse("t.txt", text)
    assert {(r.source, r.target) for r in x.relations if r.type.value == "FUNDED_BY"} == {
        ("2027年度省基础研究计划", "省科技厅")}
    office = next(e for e in x.entities if e.name == "柳川市卫生健康委员会科技教育处")  # 我委 is the signer
    assert office.parent == "柳川市卫生健康委员会"


def test_a_cited_title_is_never_the_issuer_of_a_call_with_its_own() -> None:
    text = ("柳川市科学技术局\n关于申报2027年度市软科学计划项目的通知\n各有关单位：\n"
            "根据《柳川市人民政府关于推进科技创新的若干意见》，现将有关事项通知如下。\n")
    header = find_header(text)
    assert header.cited is None and [n.name for n in header.issuers] == ["柳川市科学技术局"]


@pytest.mark.parametrize(("token", "name"), [
    ("张伟老师", "张伟"), ("王老师", None), ("刘芳芳主任", "刘芳芳"), ("欧阳明远", "欧阳明远"), ("科技处", None),
])
def test_a_contact_is_named_without_the_title_after_the_name(token: str, name: str | None) -> None:
    assert contact_name(token) == name


def test_the_body_that_published_the_upstream_call_funds_the_programme() -> None:
    text = ("关于组织申报2027年度国家社会科学基金项目的通知\n各学院：\n"
            "全国哲学社会科学工作办公室已发布《2027年度国家社会科学基金项目申报公告》，现将我校申报有关事项通知如下：\n"
            "请于2027年2月20日前将申请书纸质版报送至社会科学处。\n社会科学处\n2026年12月20日\n")
    x = parse("t.txt", text)
    assert {(r.source, r.target) for r in x.relations if r.type.value == "FUNDED_BY"} == {
        ("2027年度国家社会科学基金", "全国哲学社会科学工作办公室")}
    office = next(e for e in x.entities if e.name == "社会科学处")  # the school's office signs; it funds nothing
    assert office.kind == "other"


def test_topics_listed_under_a_funding_heading_with_a_cap_each_and_contacts_without_a_label() -> None:
    text = ("柳川市科学技术局\n关于组织申报2027年度市科技合作专项项目的通知\n各有关单位：\n一、支持方向\n"
            "1.海洋经济合作。每项资助不超过30万元。\n2.数字经济合作。每项资助不超过20万元。\n二、联系方式\n"
            "柳川市科学技术局对外合作科 陈立平，0599-87000001\n")
    x = parse("t.txt", text)
    caps = {e.name: e.budget_cap_wan for e in x.entities if e.kind == "funding_topic"}
    assert caps == {"海洋经济合作": 30.0, "数字经济合作": 20.0}
    programme = "2027年度市科技合作专项"
    assert {(t, programme) for t in caps} <= {(r.source, r.target) for r in x.relations if r.type.value == "PART_OF"}
    assert {(r.source, r.target, r.phone) for r in x.relations if r.type.value == "CONTACT_FOR"} == {
        ("陈立平", programme, "0599-87000001")}
    assert {(r.source, r.target) for r in x.relations if r.type.value == "WORKS_AT"} == {
        ("陈立平", "柳川市科学技术局对外合作科")}


def test_a_letterhead_with_its_document_mark_a_title_over_two_lines_and_a_numeric_date() -> None:
    text = ("柳川市科学技术局文件\n柳科〔2027〕3号\n关于组织申报2027年度市青年科技英才培养计划\n项目的通知\n"
            "各有关单位：\n现将有关事项通知如下。\n联系人：张大伟、李晓红；联系电话：0599-12345678、0599-12345679\n"
            "柳川市科学技术局\n2027-03-01\n")
    header = find_header(text)
    assert [n.name for n in header.issuers] == ["柳川市科学技术局"]
    x = parse("t.txt", text)
    programme = "2027年度市青年科技英才培养计划"
    assert {(r.source, r.target) for r in x.relations if r.type.value == "FUNDED_BY"} == {
        (programme, "柳川市科学技术局")}
    assert {(r.source, r.phone) for r in x.relations if r.type.value == "CONTACT_FOR"} == {
        ("张大伟", "0599-12345678"), ("李晓红", "0599-12345679")}
    assert dict(x.metadata)["issued"] == "2027-03-01"


def test_coded_topics_numbered_as_items_with_a_cap_each() -> None:
    text = ("柳川市科学技术局\n关于组织申报2027年度市新材料专项项目的通知\n各有关单位：\n一、申报指南\n"
            "（一）A01 高熵合金轻量化结构件制备技术\n每项资助不超过30万元。\n"
            "（二）A02 固态电解质界面稳定性调控技术\n每项资助不超过20万元。\n")
    x = parse("t.txt", text)
    topics = {e.code: (e.name, e.budget_cap_wan) for e in x.entities if e.kind == "funding_topic"}
    assert topics == {"A01": ("高熵合金轻量化结构件制备技术", 30.0), "A02": ("固态电解质界面稳定性调控技术", 20.0)}


def test_an_office_of_an_unnamed_school_funds_nothing_and_a_handling_office_needs_its_section() -> None:
    text = ("关于组织申报2027年度校级教学改革项目的通知\n各学院：\n"
            "请于2027年3月1日前将申报书报送至教务处，经费预算由财务处负责审核。\n"
            "联系人：王晓明，电话：0599-1234567\n科技处\n2027年2月1日\n")
    x = parse("t.txt", text)
    assert not [r for r in x.relations if r.type.value == "FUNDED_BY"]
    assert not [r for r in x.relations if r.type.value == "WORKS_AT"]  # 财务处 handles the budget, not this section
    assert {e.name: e.kind for e in x.entities if e.type.value == "Organization"} == {
        "科技处": "other", "教务处": "other", "财务处": "other"}


def test_the_office_that_printed_the_call_is_named_with_its_body() -> None:
    text = ("关于申报2027年度市软科学计划项目的通知\n各有关单位：\n现将有关事项通知如下。\n柳川市科学技术局\n2027年2月1日\n"
            "柳川市人民政府办公室 2027年2月2日印发\n")
    x = parse("t.txt", text)
    orgs = {e.name: e.parent for e in x.entities if e.type.value == "Organization"}
    assert orgs == {"柳川市科学技术局": None, "柳川市人民政府": None, "柳川市人民政府办公室": "柳川市人民政府"}


def test_our_bureau_is_the_one_body_of_that_ending_named_at_a_clause_start() -> None:
    text = ("各县(市、区)科技局、各有关单位:\n"
            "现将《福建省科学技术厅关于组织申报2027年度省引导性项目的通知》转发给你们,请各县市科技局做好推荐,"
            "为我局审核推荐工作预留时间。\n二、柳川市科学技术局受理分工及联系方式\n(一)农业领域\n由农村科技科负责受理。\n"
            "联系人:傅立群,电话:8123458。\n")
    x = parse("t.txt", text)
    orgs = {e.name: e.parent for e in x.entities if e.type.value == "Organization"}
    assert orgs == {"福建省科学技术厅": None, "柳川市科学技术局": None, "柳川市科学技术局农村科技科": "柳川市科学技术局"}
    assert {(r.source, r.target) for r in x.relations if r.type.value == "FUNDED_BY"} == {
        ("2027年度省引导性项目", "福建省科学技术厅")}


def test_a_contacts_line_labelled_as_the_way_to_reach_someone() -> None:
    text = ("关于申报2027年度市软科学计划项目的通知\n联系方式：柳川市科学技术局规划科 张大伟 0599-12345678\n"
            "柳川市科学技术局\n2027年2月1日\n")
    x = parse("t.txt", text)
    assert {(r.source, r.phone) for r in x.relations if r.type.value == "CONTACT_FOR"} == {("张大伟", "0599-12345678")}
    assert {(r.source, r.target) for r in x.relations if r.type.value == "WORKS_AT"} == {
        ("张大伟", "柳川市科学技术局规划科")}


def test_a_relaying_title_s_words_are_no_part_of_the_body_that_says_we() -> None:
    """`关于转发区科技厅《…》的` over a call whose body says 我厅: the 厅 is 区科技厅, not `关于转发区科技厅`."""
    ex = extract_text("关于转发区科技厅《更新某某基金项目评估咨询专家库》的\n各有关单位：\n"
                      "现将区科技厅《更新某某基金项目评估咨询专家库》的通知转发给你们。\n"
                      "关于更新某某基金项目评估咨询专家库的通知\n我厅决定对专家库进行充实更新。申报指南见附件。\n")
    orgs = names(ex, "Organization")
    assert "区科技厅" in orgs
    assert not any(n.startswith("关于") for n in orgs)


def test_a_title_that_relays_a_body_s_notice_names_the_body_that_funds_not_the_issuer() -> None:
    """`转发某部关于开展…的通知` (the relayed title alone): 某部 issued the notice relayed and funds its programme; the
    school that relays it is not 转发某部."""
    ex = extract_text("转发东川部关于开展卫生行业科研专项2027年度项目的组织申报工作的通知\n各位老师：\n"
                      "请按照要求认真组织申报。材料报送至学院科研办公室。\n联系人：余文静\n电话：85161234\n")
    assert not any(n.startswith("转发") for n in names(ex, "Organization"))
    assert ("卫生行业科研专项2027年度项目", "东川部") in relations(ex, "FUNDED_BY")


def test_national_programmes_a_call_s_rules_name_are_programmes() -> None:
    """`在研的国家社科基金和国家自然科学基金各类项目…不能申报`: the rules name two of the state's programmes; `其他国家科技计划`
    is a kind of programme, none by its name."""
    ex = extract_text("各系(部)、各部门：\n2027年度国家社会科学基金项目申报工作已经开始，现将有关申报注意事项通知如下：\n"
                      "一、在研的国家社科基金和国家自然科学基金各类项目课题负责人不能申报新项目，"
                      "也不能申报其他国家科技计划项目。\n")
    programmes = names(ex, "Project")
    assert {"国家社科基金", "国家自然科学基金"} <= programmes
    assert "国家科技计划" not in programmes


def test_a_city_s_relay_names_its_province_s_agency_without_the_province() -> None:
    """A city's call that names no province (`根据省科技厅《关于…的通知》`): 省科技厅, as written, issued the relayed
    notice and funds the programme."""
    ex = extract_text("东川市科学技术局关于组织申报2031年度省科技支撑计划项目的通知\n各有关单位：\n"
                      "根据省科技厅《关于印发〈2031年度省科技支撑计划项目指南〉及组织申报项目的通知》要求，现将有关事项通知如下：\n"
                      "项目申报截止期为2031年3月26日。\n市科技局联系人：樊华宁\n联系电话：83639281\n")
    assert "省科技厅" in names(ex, "Organization")
    assert ("2031年度省科技支撑计划", "省科技厅") in relations(ex, "FUNDED_BY")


def test_a_unit_s_own_call_titled_without_about_names_its_programme_and_the_unit_funds_it() -> None:
    text = ("南州市中心医院2032年度院级科研课题申报通知\n\n来源：科研处 发布日期：2032-01-06\n\n"
            "为推动我院科研工作，我院决定组织开展2032年度院级科研课题申报工作，现将有关事项通知如下：\n\n"
            "一、申报条件\n\n1．具有中级以上职称的在职职工。\n\n"
            "二、联系方式\n\n联系人：柯远山，联系电话：0731-12345678\n")
    assert programme_in_title("南州市中心医院2032年度院级科研课题申报通知") == ("南州市中心医院2032年度院级科研课题", 0, 19)
    ex = extract_text(text)
    assert "南州市中心医院2032年度院级科研课题" in names(ex, "Project")
    assert relations(ex, "FUNDED_BY") == {("南州市中心医院2032年度院级科研课题", "南州市中心医院")}
    assert relations(ex, "CONTACT_FOR") == {("柯远山", "南州市中心医院2032年度院级科研课题")}
    assert programme_in_title("南州市2032年度科技工作会议通知") is None  # no call's word: no call


def test_a_province_s_hospital_or_school_is_no_agency_of_the_province() -> None:
    text = ("江西省南州市中心医院官方网站 | 首页\n\n南州市中心医院2032年度院级科研课题申报通知\n\n"
            "江西省南州县中心小学、江西省南州医学院的在职人员可作为合作者参与申报。\n")
    organizations = names(parse("call.txt", text), "Organization")
    assert not organizations & {"江西省南州市中心", "江西省南州县中心", "江西省南州市中心医院", "江西省南州医学院"}
    assert "南州市中心医院" in organizations


def test_the_numbered_rows_of_a_list_of_recommended_projects_are_no_topics() -> None:
    text = ("关于南州大学2032年大学生创业训练项目拟推荐项目名单的公示\n\n各学院：\n现将拟推荐项目名单予以公示。\n\n"
            "序号 | 学院 | 推荐级别 | 项目名称 | 项目类别 | 负责人\n"
            "1 | 地理科学学院 | 拟推荐国家级 | 校园二手书循环平台 | 创业实践 | 柯振邦\n"
            "2 | 生命科学学院 | 拟推荐省级 | 乡村儿童阅读陪伴计划 | 创业实践 | 乔远鸣\n"
            "10 | 岭南学院 | 拟推荐校级 | 老年人智能药盒设计 | 创业训练 | 司马青\n")
    topics = {e.name for e in parse("notice.txt", text).entities if e.kind == "funding_topic"}
    assert not topics


def test_a_relayed_notice_of_two_bodies_written_together_and_its_contacts_under_a_longer_heading() -> None:
    """`现将《甲省某厅甲省某协会关于…的通知》转发给你们`: two issuers written with no mark between (each opens with the
    province), both fund the programme, whose years the relay writes with another mark (`2031~2032` for
    `2031-2032`); the contacts listed under `三、项目联系方式` with their phones are the call's."""
    ex = extract_text("东川市科技局转发关于2031~2032年生态环境监测专题指南的通知\n各有关单位:\n"
                      "现将《江河省科学技术厅江河省生态环境学会关于发布2031-2032年生态环境监测专题指南的通知》转发给你们,"
                      "请按要求组织申报。\n一、申报方式\n由有关单位按照指南要求进行申报。\n三、项目联系方式\n"
                      "1.东川市科技局社发科:0755-3317654。\n2.业务咨询:柯岚、乔远鸣,020-22456781、22456782。\n"
                      "东川市科技局\n2031年5月9日\n")
    assert {"江河省科学技术厅", "江河省生态环境学会"} <= names(ex, "Organization")
    funders = {body for _, body in relations(ex, "FUNDED_BY")}
    assert {"江河省科学技术厅", "江河省生态环境学会"} <= funders
    assert {person for person, _ in relations(ex, "CONTACT_FOR")} == {"柯岚", "乔远鸣"}
