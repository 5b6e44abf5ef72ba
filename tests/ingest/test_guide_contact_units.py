"""Guide contacts whose office is written short get the issuing agency's office as their unit, so the same
contact in two guides of one agency is one person; agencies written with the province without 省 are the
province's agencies."""

from __future__ import annotations

from graph.schema import Label, RelType
from ingest.genres.guide import parse
from ingest.genres.guide_orgs import AgencyResolver
from ingest.model import Extraction
from tests.ingest.facts import extract_text, relations

LETTERHEAD = "青海省科学技术厅 青海省财政厅 青海省卫生健康委员会\n\n文件\n\n青科发〔2027〕12号\n\n"
BODY = ("关于印发《2027年度省高原医学科技专项申报指南》的通知\n\n各有关单位：\n\n"
        "现将2027年度省高原医学科技专项申报工作通知如下。\n\n三、联系方式\n\n")


def _guide(contacts: str, head: str = LETTERHEAD, body: str = BODY) -> Extraction:
    return parse("invented.txt", head + body + contacts)


def _works_at(x: Extraction) -> dict[str, str]:
    return {r.source: r.target for r in x.relations if r.type is RelType.WORKS_AT}


def _org(x: Extraction, name: str) -> tuple[str | None, tuple[str, ...]]:
    found = [e for e in x.entities if e.type is Label.ORGANIZATION and e.name == name]
    assert found, [e.name for e in x.entities if e.type is Label.ORGANIZATION]
    return found[0].parent, found[0].aliases


def test_a_bare_office_is_an_office_of_the_lead_issuing_agency() -> None:
    x = _guide("联系人：高新技术处 柏云舟，祁 岚\n\n联系电话：0971-6123456，0971-6123457\n\n")
    office = "青海省科学技术厅高新技术处"
    assert _works_at(x) == {"柏云舟": office, "祁岚": office}
    assert _org(x, office) == ("青海省科学技术厅", ("高新技术处",))
    assert (office, "青海省科学技术厅") in {(r.source, r.target) for r in x.relations if r.type is RelType.PART_OF}


def test_the_same_bare_office_contact_in_two_guides_has_one_unit() -> None:
    first = _guide("联系人：社会事业处 柏云舟\n\n联系电话：0971-6123456\n\n")
    second = _guide("联系人：青海省科学技术厅社会事业处 柏云舟\n\n联系电话：0971-6123456\n\n")
    assert _works_at(first)["柏云舟"] == _works_at(second)["柏云舟"] == "青海省科学技术厅社会事业处"


def test_a_bare_office_the_guide_names_under_another_agency_stays_with_that_agency() -> None:
    body = BODY.replace("各有关单位：", "各有关单位：材料由省卫生健康委科研教育处、省科技厅高新技术处分别受理。")
    x = _guide("联系人：科研教育处 祁岚\n\n联系电话：0971-6123457\n\n", body=body)
    assert _works_at(x) == {"祁岚": "青海省卫生健康委员会科研教育处"}


def test_an_office_written_apart_from_its_agency_is_that_agencys_office() -> None:
    x = _guide("联系人：省卫生健康委 科研教育处 祁岚\n\n联系电话：0971-6123457\n\n")
    assert _works_at(x) == {"祁岚": "青海省卫生健康委员会科研教育处"}


def test_a_bare_office_of_a_guide_without_issuer_gives_no_unit() -> None:
    x = _guide("联系人：高新技术处 柏云舟\n\n联系电话：0971-6123456\n\n", head="青海省\n\n")
    assert _works_at(x) == {}
    assert "柏云舟" in {e.name for e in x.entities if e.type is Label.PERSON}


def test_an_agency_written_with_the_province_without_its_mark_is_the_provinces() -> None:
    x = _guide("联系人：青海卫健委 祁岚\n\n联系电话：0971-6123457\n\n")
    assert _works_at(x) == {"祁岚": "青海省卫生健康委员会"}
    assert "青海卫健委" in _org(x, "青海省卫生健康委员会")[1]


def test_province_without_mark_resolves_agencies_and_their_offices() -> None:
    resolver = AgencyResolver("安徽省")
    found = {(m.name, m.surface, m.parent) for m in resolver.find("由安徽卫健委、安徽科技厅高新处，共同组织")}
    assert found == {("安徽省卫生健康委员会", "安徽卫健委", None),
                     ("安徽省科学技术厅", "安徽科技厅", None),
                     ("安徽省科学技术厅高新处", "安徽科技厅高新处", "安徽省科学技术厅")}
    assert {m.name for m in AgencyResolver("广西壮族自治区").find("广西科技厅")} == {"广西壮族自治区科学技术厅"}


def test_province_without_mark_does_not_make_agencies_of_other_bodies() -> None:
    resolver = AgencyResolver("安徽省")
    assert resolver.find("安徽医科大学附属医院党委、安徽中医药大学") == []
    assert resolver.find("江苏卫健委") == []  # another province's agency is not this guide's
    assert [m.surface for m in resolver.find("安徽省卫生健康委员会")] == ["安徽省卫生健康委员会"]


def test_a_bare_office_two_agencies_of_the_guide_have_gets_no_unit() -> None:
    body = BODY.replace("各有关单位：", "各有关单位：材料由省卫生健康委综合处、省科技厅综合处（按领域）受理。")
    x = _guide("联系人：综合处 祁岚\n\n联系电话：0971-6123457\n\n", body=body)
    assert _works_at(x) == {}


def test_a_special_administrative_regions_agencies_need_its_full_name() -> None:
    # 区 alone is any district's: 某区卫生局 is not the region's
    resolver = AgencyResolver("香港特别行政区")
    assert [m.name for m in resolver.find("香港特别行政区卫生局与某区卫生局")] == ["香港特别行政区卫生局"]


def test_a_contact_under_an_institution_that_no_agency_names_works_there_below_a_contact_with_a_local_phone() -> None:
    """Under `联系人及电话`, a contact whose phone is local (no area code) is followed by a technical support line
    naming an institution, a person and a full phone: a contact too, working at the institution."""
    x = _guide("联系人：柏云舟 联系电话：7375732\n在线申报系统技术支持 省科学技术信息研究院：祁岚 0971-65831885\n",
               body=BODY.replace("三、联系方式", "三、联系人及电话"))
    contacts = {r.source: r.phone for r in x.relations if r.type is RelType.CONTACT_FOR}
    assert contacts == {"柏云舟": "7375732", "祁岚": "0971-65831885"}
    assert _works_at(x)["祁岚"] == "青海省科学技术信息研究院"  # 省: the province of the letterhead


def test_a_talent_programme_named_in_quotes_alone_is_the_call_s_programme() -> None:
    """`开展2031年度湖东省“青溪学者”申报工作`: the programme is the quoted name, whatever its ending."""
    x = parse("invented.txt", "各有关单位：\n根据《湖东省青溪学者遴选及管理办法》要求，决定组织开展2031年度湖东省“青溪学者”申报工作。"
              "现将有关事项通知如下：\n一、联系方式\n联系人：柏云舟 联系电话：0971-6123456\n")
    assert {(r.source, r.target) for r in x.relations if r.type is RelType.CONTACT_FOR} == {("柏云舟", "青溪学者")}


def test_a_yearly_call_for_a_quoted_programme_names_the_standing_programme_and_a_phone_without_a_dash() -> None:
    """`推荐2031年度“湖东高校十大科技进展”候选项目`, the programme written without its year elsewhere: the standing
    programme is the quoted name; `电话:02866366275` (area code run on) is the contact's phone."""
    x = parse("invented.txt", "关于推荐2031年度“湖东高校十大科技进展”候选项目的通知\n校内各单位：\n"
              "湖东省教育厅决定继续开展湖东高校十大科技进展评选工作，现将有关事项通知如下。\n"
              "联系人:柏云舟\n电话:02866366275\n")
    programmes = {e.name for e in x.entities if e.type is Label.PROJECT}
    assert "湖东高校十大科技进展" in programmes
    assert {r.phone for r in x.relations if r.type is RelType.CONTACT_FOR and r.source == "柏云舟"} == {"02866366275"}


def test_a_contact_s_name_written_right_before_the_phone() -> None:
    """`某科:王某0431-5550101`: the name ends where the number starts."""
    ex = extract_text("关于做好2031年度某某项目申报工作的通知\n各有关单位：\n请于2031年3月20日前完成申报工作。\n"
                      "市科技局基础研究与规划科:柯振邦0431-5550101\n东川市科学技术局\n2031年1月17日\n")
    phones = {(r.source, r.phone) for r in ex.relations if str(r.type) == "CONTACT_FOR"}
    assert ("柯振邦", "0431-5550101") in phones


def test_two_contacts_on_one_line_each_with_the_unit_written_before_their_label() -> None:
    """`…沟通，甲厂联系人：张三（电话）；乙大学联系人：李四（电话）`: each contact works at the unit before their own label."""
    from tests.ingest.facts import extract_text, relations

    x = extract_text("北辰市2030年度科研专项基金项目申报指南\n一、基本要求\n（1）每个项目支持力度30～50万元。\n二、注意事项\n"
                     "（1）项目申报截止时间：2030年7月25日。\n（2）在项目申报前须事先交流沟通，北辰机械厂联系人：林小溪"
                     "（0533-4520000）；南湖大学联系人：柯远山（010-68910000）。\n", "guide.txt")
    assert {("林小溪", "北辰机械厂"), ("柯远山", "南湖大学")} <= relations(x, "WORKS_AT")
    assert ("柯远山", "北辰机械厂") not in relations(x, "WORKS_AT")


def test_a_sentence_between_the_province_and_a_body_s_ending_names_no_agency() -> None:
    """`本年度山东省软科学研究计划将围绕省委省政府…`: the programme's sentence, no agency `…计划将围绕省委`."""
    from tests.ingest.facts import extract_text, names

    x = extract_text("关于组织申报2030年度山东省软科学研究计划项目的通知\n各有关单位：\n"
                     "一、本年度山东省软科学研究计划将围绕省委省政府重大战略部署和工作重点，组织开展重大问题研究。\n", "call.txt")
    assert not any("计划" in n or "围绕" in n for n in names(x, "Organization"))


def test_a_city_s_bureau_or_a_unit_in_the_line_s_note_before_the_contact_label_is_where_the_contacts_work() -> None:
    text = ("南州市科学技术局关于组织申报2030年度省科技攻关计划项目的通知\n各有关单位:\n现将有关事项通知如下:\n"
            "七、联系方式\n项目受理(市科技创新服务中心)联系人:柯振邦 诸葛岚\n联系电话:88001234、88001235\n"
            "市科技局联系人:司马青\n联系电话:88005678、88005679\n")
    ex = extract_text(text)
    works = {(r.source, r.target) for r in ex.relations if r.type is RelType.WORKS_AT}
    assert works == {("柯振邦", "市科技创新服务中心"), ("诸葛岚", "市科技创新服务中心"), ("司马青", "南州市科学技术局")}


def test_a_numbered_item_s_office_before_the_label_and_names_closed_by_a_full_stop() -> None:
    """`六、科研处联系人:甲、乙。咨询电话:…、…。`: both contacts work at the office, each with their own phone."""
    ex = extract_text("关于申报2031年度北辰省青年科学基金项目的通知\n各单位：\n现将有关事项通知如下：\n"
                      "一、申报时间至4月8日截止。\n二、科研处联系人:柯振邦、乔远鸣。咨询电话:62232631、62233448。\n"
                      "附件:申请书.doc\n科研处\n2031年3月26日\n")
    assert {(r.source, r.target) for r in ex.relations if r.type is RelType.WORKS_AT} == {
        ("柯振邦", "科研处"), ("乔远鸣", "科研处")}
    assert {(r.source, r.phone) for r in ex.relations if str(r.type) == "CONTACT_FOR"} == {
        ("柯振邦", "62232631"), ("乔远鸣", "62233448")}


def test_an_item_naming_an_office_alone_is_where_the_people_on_the_line_below_work() -> None:
    """`１、某市科技局某科：` / `甲、乙，电话`: the people work at the office the item names, an office of that agency."""
    ex = extract_text("关于组织申报2031年度北辰市科技计划项目的通知\n各有关单位：\n现将有关事项通知如下：\n"
                      "一、申报截止时间为6月2日。\n二、联系方式\n１、北辰市科技局业务受理大厅：\n柯振邦、乔远鸣，22830056、22830059\n"
                      "２、北辰市科技局高新技术发展及产业化科：\n欧阳舒、司  青，22831332\n请各单位严格按要求准备材料并按时上报。\n")
    office = "北辰市科技局高新技术发展及产业化科"
    assert {(r.source, r.target) for r in ex.relations if r.type is RelType.WORKS_AT} == {
        ("柯振邦", "北辰市科技局业务受理大厅"), ("乔远鸣", "北辰市科技局业务受理大厅"), ("欧阳舒", office), ("司青", office)}
    assert (office, "北辰市科技局") in {(r.source, r.target) for r in ex.relations if r.type is RelType.PART_OF}


def test_a_fund_s_numbered_round_is_the_call_s_programme_named_in_full_by_its_attachment_s_title() -> None:
    """`根据某基金会网上通知,第十二批某基金面上资助的申报时间为…`: the round's grants are the programme, named as the
    attachment's title names them in full, run by the body whose notice the call passes on; `某办公室联系电话：…联系人：
    甲 乙`: the contacts work at the office written before the phones."""
    ex = extract_text("各学院(系),各在站博士后:\n根据北辰省博士后科学基金会网上通知,第十二批博士后基金面上资助的申报时间为"
                      "3月10日至3月31日,为做好我校博士后科学基金面上资助的申报工作,现将有关事项通知如下:\n"
                      "1、申请人员登录到系统填写申请书。\n人事处博士后管理办公室联系电话:88981453、88981423联系人:柯振邦 乔远鸣\n"
                      "附件:关于申报第十二批北辰省博士后科学基金面上资助的通知\n南州大学人事处\n二○三一年二月二十四日\n")
    programme = "第十二批北辰省博士后科学基金面上资助"
    assert {(r.source, r.phone) for r in ex.relations if str(r.type) == "CONTACT_FOR" and r.target == programme} == {
        ("柯振邦", "88981453"), ("乔远鸣", "88981423")}
    assert (programme, "北辰省博士后科学基金会") in {(r.source, r.target) for r in ex.relations if r.type is RelType.FUNDED_BY}
    office = "南州大学人事处博士后管理办公室"
    assert {("柯振邦", office), ("乔远鸣", office)} <= {(r.source, r.target) for r in ex.relations
                                                     if r.type is RelType.WORKS_AT}


def test_people_with_their_mail_on_the_line_below_a_unit_s_label_left_alone_are_its_contacts() -> None:
    text = ("关于做好北辰计划2031年度相关重点专项申报工作的通知\n\n各有关单位：\n\n"
            "受当前安排影响，科技部2031年北辰计划项目申报工作暂未启动，请各单位积极准备。目前科技部现已发布若干重点专项"
            "2031年度项目申报指南征求意见稿，请各有关单位提前确定申报意向。\n\n"
            "科研院联系人:\n\n柯振邦、诸葛岚,kezb@nanzhou.edu.cn\n\n北辰大学科研管理院\n\n2031年2月12日\n")
    ex = extract_text(text, "notice.txt")
    call = "北辰计划2031年度相关重点专项"
    assert {("柯振邦", call), ("诸葛岚", call)} <= relations(ex, "CONTACT_FOR")
    assert {("柯振邦", "科研院"), ("诸葛岚", "科研院")} <= relations(ex, "WORKS_AT")
    assert (call, "北辰计划") in relations(ex, "PART_OF")
    assert (call, "科技部") in relations(ex, "FUNDED_BY")


def test_contacts_a_call_names_in_its_sentences_with_their_phones() -> None:
    """`材料须于…前送交某办公室甲处（电话：…）`, `有关奖项事宜请联系某处处长乙老师，联系电话：…`: each person a contact of
    the call's programme, with the phone written after them."""
    ex = extract_text("关于组织申报2031年度南州青年学者基金的通知\n各学院：\n"
                      "南州教育基金会2031年度青年学者基金开始受理申请，具体安排如下。\n"
                      "一、申请资格\n1.申请人应具有博士学位。\n二、材料报送\n"
                      "1.材料须于2031年4月15日前送交人事办公室柯振邦处（电话：66012345）。\n"
                      "2.有关奖项事宜请联系教务处处长诸葛岚老师，联系电话：66098765。\n南州大学人事处\n2031年3月1日\n")
    contacts = {(r.source, r.phone) for r in ex.relations if r.type is RelType.CONTACT_FOR}
    assert contacts == {("柯振邦", "66012345"), ("诸葛岚", "66098765")}
    assert not [e for e in ex.entities if e.type is Label.ORGANIZATION and e.name.endswith("柯振邦处")]  # a desk


def test_a_call_whose_own_reading_names_no_body_keeps_the_bodies_its_prose_names() -> None:
    """A call relayed with no letterhead, whose own reading finds no body, still names the institute that receives
    the applications, as the prose reads it."""
    ex = extract_text("关于申报2031年度青年学者基金的通知\n本年度青年学者基金的遴选即将开始，有关安排通知如下：\n一、申请资格\n"
                      "1.申请人应具有博士学位。\n2.每个单位限报两人。\n"
                      "3.有关事宜请联系科研秘书柯振邦老师，联系电话：66012345。\n"
                      "南州理工研究院负责受理青年学者基金的申请。\n")
    assert "南州理工研究院" in {e.name for e in ex.entities if e.type is Label.ORGANIZATION}
    assert "柯振邦" in {e.name for e in ex.entities if e.type is Label.PERSON}


def test_an_office_written_with_its_own_institution_is_that_institution_s_not_the_agency_s() -> None:
    x = _guide("高新技术处 柏云舟 0971-6123456\n\n北辰大学科技处 祁岚 0971-6654321\n\n")
    assert _works_at(x) == {"柏云舟": "青海省科学技术厅高新技术处", "祁岚": "北辰大学科技处"}
    assert not [e.name for e in x.entities if e.type is Label.ORGANIZATION and e.name.startswith("青海省科学技术厅北辰")]
