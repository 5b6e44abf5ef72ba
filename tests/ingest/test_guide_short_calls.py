"""Short funding calls: a bureau's notice with its document number, a school office's schedule for a
national-style programme, a city bureau relaying a provincial call with contacts per section.

Each says who issues it in its header (signature, letterhead, the office that printed it), whom it
calls to apply to which programme, who funds that programme, and whom to ask.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.schema import Label, RelType
from ingest.genres.detect import detect_genre
from ingest.genres.guide import parse
from ingest.model import Entity, Extraction
from tests.ingest.facts import extract_text, names

FIXTURES = Path(__file__).parents[1] / "fixtures" / "guide"


def _fixture(name: str) -> tuple[str, Extraction]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return text, parse(name, text)


def _org(x: Extraction, name: str) -> Entity:
    found = [e for e in x.entities if e.type is Label.ORGANIZATION and e.name == name]
    assert found, [e.name for e in x.entities if e.type is Label.ORGANIZATION]
    return found[0]


def _projects(x: Extraction) -> dict[str, Entity]:
    return {e.name: e for e in x.entities if e.type is Label.PROJECT}


def _rels(x: Extraction, rel: RelType) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in x.relations if r.type is rel}


def _phones(x: Extraction) -> dict[str, str | None]:
    return {r.source: r.phone for r in x.relations if r.type is RelType.CONTACT_FOR}


def _orgs(x: Extraction) -> set[str]:
    return {e.name for e in x.entities if e.type is Label.ORGANIZATION}


# --- a district bureau's notice with a document number -------------------------------------------------

BUREAU = "青枫市云溪区科学技术局"
BUREAU_PROGRAMME = "2023年云溪区社会发展科技计划"


def test_a_bureau_notice_calls_for_its_own_programme_and_funds_it() -> None:
    _, x = _fixture("invented_bureau_notice.txt")
    programme = _projects(x)[BUREAU_PROGRAMME]
    assert (programme.kind, programme.year) == ("programme", 2023)
    assert _rels(x, RelType.FUNDED_BY) == {(BUREAU_PROGRAMME, BUREAU)}
    meta = dict(x.metadata)
    assert (meta["doc_number"], meta["issued"]) == ("云溪科〔2023〕15号", "2023-03-01")


def test_a_bureau_notice_lists_its_classes_with_a_cap_each() -> None:
    _, x = _fixture("invented_bureau_notice.txt")
    projects = _projects(x)
    key, general = projects["社会发展科技计划重点项目"], projects["社会发展科技计划一般项目"]
    assert (key.kind, key.budget_cap_wan, general.budget_cap_wan) == ("programme", 2.0, 1.0)
    assert {(key.name, BUREAU_PROGRAMME), (general.name, BUREAU_PROGRAMME)} <= _rels(x, RelType.PART_OF)


def test_the_bureau_is_named_short_in_its_body_and_its_offices_follow_it() -> None:
    _, x = _fixture("invented_bureau_notice.txt")
    bureau = _org(x, BUREAU)
    assert bureau.kind == "government" and "云溪区科学技术局" in bureau.aliases
    office = _org(x, BUREAU + "社会发展科")
    assert (office.parent, office.kind) == (BUREAU, "government")
    assert "云溪区科学技术局社会发展科" in office.aliases
    printer = _org(x, BUREAU + "办公室")  # the office that printed the notice
    assert printer.parent == BUREAU
    assert "区科学技术局" not in _orgs(x)  # the short form is the bureau, not a body of its own


def test_every_body_of_the_copy_list_and_no_generic_phrase() -> None:
    _, x = _fixture("invented_bureau_notice.txt")
    assert {"市科技局", "市科技局高新处", "区委办", "区政府办", "区财政局"} <= _orgs(x)
    assert _org(x, "市科技局高新处").parent == "市科技局"
    assert all(_org(x, n).kind == "government" for n in ("区委办", "区政府办", "区财政局"))
    assert not {n for n in _orgs(x) if n.startswith(("局属", "辖区", "各"))}


def test_a_spaced_contact_label_and_a_local_phone_number() -> None:
    _, x = _fixture("invented_bureau_notice.txt")
    assert _phones(x) == {"孟庆华": "66012345"}
    assert _rels(x, RelType.CONTACT_FOR) == {("孟庆华", BUREAU_PROGRAMME)}


def test_overdue_and_ongoing_projects_bar_a_leader() -> None:
    _, x = _fixture("invented_bureau_notice.txt")
    rules = {r.constraint: dict(r.params) for r in x.rules}
    assert rules["overdue_project_leader_excluded"] == {"overdue_years": "1", "roles": "leader,member"}
    assert rules["max_ongoing_projects_per_leader"] == {"limit": "1"}
    assert "no_ongoing_project_leader" not in rules  # the count says more than `any ongoing project`
    assert rules["submission_deadline"]["deadline"] == "2023-04-10"


# --- a school office's schedule for a programme run above it --------------------------------------------

SCHOOL = "青岚理工学院"


def test_a_schools_schedule_calls_for_the_years_programme_named_in_its_text() -> None:
    _, x = _fixture("invented_school_schedule.txt")
    programme = _projects(x)["2025年度省自然科学基金"]
    assert (programme.kind, programme.year) == ("programme", 2025)
    # the body named after the programme funds it; the school that relays the call does not
    assert _rels(x, RelType.FUNDED_BY) == {("2025年度省自然科学基金", "省自然科学基金委员会")}


def test_the_signing_office_is_an_office_of_its_school() -> None:
    _, x = _fixture("invented_school_schedule.txt")
    assert _org(x, SCHOOL).kind == "university"
    office = _org(x, SCHOOL + "科研处")
    assert (office.parent, office.kind) == (SCHOOL, "other")  # a school's office is no government body
    assert "科研处" in office.aliases  # the schedule's 报送至科研处, 科研处邀请… are this office
    assert "我校" not in {a for e in x.entities for a in e.aliases}


def test_a_contact_whose_phone_is_on_the_next_line() -> None:
    _, x = _fixture("invented_school_schedule.txt")
    assert _phones(x) == {"苏明远": "0931-2975566"}


# --- a city bureau relaying a provincial call ------------------------------------------------------------

RELAYED = "2024年度省重点研发计划"


def test_a_relayed_call_is_for_the_upstream_programme_funded_by_the_upstream_body() -> None:
    _, x = _fixture("invented_relayed_notice.txt")
    assert _projects(x)[RELAYED].year == 2024
    assert _rels(x, RelType.FUNDED_BY) == {(RELAYED, "江西省科学技术厅")}
    assert not [n for n in _projects(x) if "关于" in n or "通知" in n]  # not the cited notice's title


def test_the_relaying_body_is_the_one_our_bureau_points_at() -> None:
    _, x = _fixture("invented_relayed_notice.txt")
    assert _org(x, "市科技局").kind == "government"
    assert not [n for n in _orgs(x) if "区(县)" in n or "区（县）" in n or n.startswith("各")]


def test_each_sections_contacts_work_at_the_office_that_handles_it() -> None:
    _, x = _fixture("invented_relayed_notice.txt")
    high_tech, rural = "市科技局高新技术科", "市科技局农村社会科"
    assert _rels(x, RelType.WORKS_AT) == {("邱明", high_tech), ("邓小红", high_tech), ("傅立群", rural)}
    assert _org(x, high_tech).parent == "市科技局" and "高新技术科" in _org(x, high_tech).aliases
    assert _phones(x) == {"邱明": "8123456", "邓小红": "8123457", "傅立群": "8123458"}
    assert {p for _, p in _rels(x, RelType.CONTACT_FOR)} == {RELAYED}


def test_the_areas_of_each_section_belong_to_the_programme() -> None:
    _, x = _fixture("invented_relayed_notice.txt")
    areas = {"工业领域", "高新技术产业化领域", "农业农村领域", "社会发展领域"}
    assert {(a, RELAYED) for a in areas} <= _rels(x, RelType.PART_OF)


# --- all three --------------------------------------------------------------------------------------------

SHORT_CALLS = ["invented_bureau_notice.txt", "invented_school_schedule.txt", "invented_relayed_notice.txt"]


@pytest.mark.parametrize("name", SHORT_CALLS)
def test_a_short_call_is_recognised_as_a_funding_guide(name: str) -> None:
    assert detect_genre((FIXTURES / name).read_text(encoding="utf-8")) == "funding_guideline"


@pytest.mark.parametrize("name", SHORT_CALLS)
def test_every_fact_of_a_short_call_points_at_its_words(name: str) -> None:
    text, x = _fixture(name)
    for e in x.entities:
        assert e.spans and all(0 <= s.start < s.end <= len(text) for s in e.spans), e
    for r in x.relations:
        assert r.spans, r


_JOINT_CALL = """【徵件公告】125年度「國立北辰科技大學、國立東嶺科技大學」兩校學術合作專題研究計畫申請，即日起至124年11月14日(星期五)前受理申請
說明：
一、執行期限：125年1月1日~125年12月31日。
二、申請資格：
(一) 兩校所屬專任教研人員，由兩校各1位計畫主持人共同提出。
三、補助原則：
(一) 各校依計畫核定經費總額各自等額補助，每件以補助新臺幣30萬元為限。
(二) 高創新性且有機會引領該領域研發方向。
四、申請期限及方式：有意申請者，請檢附計畫書電子檔，於124年11月14日(星期五)前繳交至所屬學校之研發處承辦人。
五、各校研發處承辦人聯絡方式：
(一) 北辰科大承辦人柯明遠小姐：02-2737-3141分機7546、kmy@example.edu.tw。
(二) 東嶺科大承辦人范青禾先生：05-534-2601分機2546、fqh@example.edu.tw。
"""


def test_a_joint_call_of_taiwan_s_universities_its_programme_its_funders_and_its_contacts() -> None:
    """A call as Taiwan's universities write it (徵件, 申請資格, 補助原則, 承辦人), read in Simplified: the programme
    after the quoted universities that run it together, each funding it, and each university's 承辦人 its contact
    with the phone in Taiwan's form; a criterion ending in 方向 is no topic."""
    from ingest.extract import extract
    from ingest.readers import read_upload
    from ingest.written import written_names

    ex = written_names(extract(read_upload(_JOINT_CALL.encode("utf-8"), "call.txt")), _JOINT_CALL)
    assert ex.genre == "funding_guideline"
    programme = "兩校學術合作專題研究計畫"
    assert {e.name for e in ex.entities if e.type is Label.PROJECT} == {programme}
    rels = {(r.type, r.source, r.target): r for r in ex.relations}
    assert {(s, t) for (k, s, t) in rels if k is RelType.FUNDED_BY} == {
        (programme, "國立北辰科技大學"), (programme, "國立東嶺科技大學")}
    assert rels[(RelType.CONTACT_FOR, "柯明遠", programme)].phone == "02-2737-3141"
    assert rels[(RelType.CONTACT_FOR, "范青禾", programme)].phone == "05-534-2601"


def test_the_kind_of_unit_a_call_designates_is_its_programme_and_no_organization() -> None:
    """`关于做好2031年度江西省工程技术研究中心申报工作的通知`: units apply to become one; 江西省工程技术研究中心 names no unit."""
    text = ("关于做好2031年度江西省工程技术研究中心申报工作的通知\n各有关单位：\n"
            "按照《江西省科学技术厅关于组织申报2031年省工程技术研究中心的通知》要求，现将有关事项通知如下：\n"
            "一、申报程序\n1.企业网上申报时间：11月18日至11月27日。\n2.市科技局审核提交时间：11月28日至11月30日。\n"
            "二、联系方式\n资源管理与基础研究科 5820696\n2031年11月9日\n")
    ex = parse("call.txt", text)
    assert "2031年度江西省工程技术研究中心" in {e.name for e in ex.entities if e.type is Label.PROJECT}
    assert "江西省工程技术研究中心" not in {e.name for e in ex.entities if e.type is Label.ORGANIZATION}


def test_contacts_under_a_contacts_heading_their_phone_on_a_line_of_its_own_and_a_quoted_notice_s_round() -> None:
    """`四、联系人及联系方式` / `科 技 处：苏 青、林小溪` / `联系方式：87281234`: the people under the heading, the
    number below them theirs; a relayed 《X申报公告》 is for X; a date (`2031年9月4号…开展项目`) names no round."""
    text = ("关于转发《2031年度南湖省社会科学基金项目申报公告》的通知\n各学院：\n"
            "南湖省社会科学规划办公室已发布《2031年度南湖省社会科学基金项目申报公告》，现转发给你们。\n"
            "一、学校拟定于2031年9月4号左右请校外专家到学校开展项目申报专项指导。\n"
            "二、联系人及联系方式\n科 技 处：苏 青、林小溪\n联系方式：87281234\n科技处\n2031年4月10日\n")
    ex = parse("call.txt", text)
    assert {e.name for e in ex.entities if e.type is Label.PROJECT} >= {"2031年度南湖省社会科学基金"}
    assert not {e.name for e in ex.entities if e.type is Label.PROJECT and ("公告" in e.name or "9月" in e.name)}
    assert _phones(ex) == {"苏青": "87281234", "林小溪": "87281234"}
    contact = parse("call.txt", text.replace("科 技 处：苏 青、林小溪\n联系方式：87281234",
                                             "联系人电话及QQ:苏青87281234,274901990"))
    assert set(_phones(contact)) == {"苏青"}


def test_a_round_named_after_its_standing_programme_an_office_before_the_contact_label_and_a_quoted_notice() -> None:
    """`南湖省社会科学基金2031年度滚动项目的申报受理工作已经开始`: the round is named whole, its standing programme first;
    `科研处联系人：苏青 林小溪` gives the office they sit in; `根据某协会“关于开展第九届某工程项目申报工作的通知(…号)”`
    cites the notice in quotes; `其他国家级人才计划` is a class of programmes, no name."""
    text = ("各相关单位及专家：\n南湖省社会科学基金2031年度滚动项目的申报受理工作已经开始，现将有关事项通知如下：\n"
            "1.重点项目资助经费为2万元，一般项目资助经费为1万元。\n"
            "2.其他国家级人才计划入选者不得申报。\n"
            "未尽事宜请与科研处项目科联系。\n科研处联系人：苏青 林小溪；联系电话：84391234\n")
    ex = parse("call.txt", text)
    round_ = "南湖省社会科学基金2031年度滚动项目"
    assert {round_, "南湖省社会科学基金"} <= set(_projects(ex))
    assert "国家级人才计划" not in _projects(ex)
    assert ("重点项目", round_) in _rels(ex, RelType.PART_OF)
    assert _rels(ex, RelType.WORKS_AT) == {("苏青", "科研处"), ("林小溪", "科研处")}
    assert _phones(ex) == {"苏青": "84391234", "林小溪": "84391234"}
    cited = parse("call.txt", "各会员单位：\n根据中国北辰协会“关于开展第九届北辰青年人才托举工程项目申报工作的通知"
                              "(北协函〔2031〕60号)”，现开展候选人申报工作。\n")
    assert "第九届北辰青年人才托举工程" in _projects(cited)
    assert ("第九届北辰青年人才托举工程", "中国北辰协会") in _rels(cited, RelType.FUNDED_BY)


def test_a_relayed_notice_for_two_programmes_joined_gives_each_its_funder_and_contact() -> None:
    """`现转发《省教育厅关于开展2031年度某某研究项目和专项任务项目的通知》`: no call word in the relayed title, yet
    it opens a round of projects; each programme is the issuer's, and the contact is for both."""
    text = ("现转发《省教育厅关于开展2031年度哲学社会科学研究项目和专项任务项目的通知》（附件1）。"
            "请相关部门及科研人员认真学习文件精神，做好项目申报工作。\n"
            "联系人：苏青，电话：84391234。\n")
    ex = parse("call.txt", text)
    first, second = "2031年度哲学社会科学研究项目", "专项任务项目"
    assert {first, second} <= set(_projects(ex))
    assert {(first, "省教育厅"), (second, "省教育厅")} <= _rels(ex, RelType.FUNDED_BY)
    assert {(p, n) for (n, p) in _rels(ex, RelType.CONTACT_FOR)} >= {(first, "苏青"), (second, "苏青")}
    quoted = parse("call.txt", "各学院：\n南湖省教育厅发布了“关于组织申报2031年度南湖省教育厅科研计划项目和高校优秀中青年"
                               "科技创新团队的通知”，根据通知要求，我校只能申报指导性项目。\n")
    team = "高校优秀中青年科技创新团队"
    assert {"2031年度南湖省教育厅科研计划项目", team} <= set(_projects(quoted))
    assert (team, "南湖省教育厅") in _rels(quoted, RelType.FUNDED_BY)


def test_a_body_whose_announcement_the_call_says_is_published_funds_the_programme() -> None:
    """`全国社科规划办《2031年国家社科基金某项目申报公告》已经发布`: the verb after the title."""
    text = ("关于做好2031年国家社科基金中华学术外译项目申报工作的通知\n各单位科研管理部门：\n"
            "全国社科规划办《2031年国家社科基金中华学术外译项目申报公告》已经发布（以下简称《公告》）。"
            "请严格按照《公告》的要求认真组织做好项目申报工作。\n")
    ex = parse("call.txt", text)
    assert ("2031年国家社科基金中华学术外译项目", "全国社科规划办") in _rels(ex, RelType.FUNDED_BY)


def test_a_call_that_names_its_programme_after_its_verb_and_lists_numbered_topics_and_bracketed_classes() -> None:
    """`现决定组织申报省软科学研究计划青年项目，具体通知要求如下` / `选题指南如下。` / `1. 黄河流域…` …: the programme
    named after the call's verb, each numbered line a topic of it; `（一）重点学术交流活动（A类）`: a class."""
    text = ("校属各单位：\n根据2031年度省软科学计划项目单列要求，现决定组织申报省软科学研究计划青年项目，具体通知要求如下。\n"
            "一、申报要求\n（一）项目申请人年龄不超过35岁。\n（二）项目选题要围绕创新驱动发展战略开展研究。选题指南如下。\n"
            "1. 黄河流域生态保护和高质量发展\n2. 中部地区崛起\n3. 改善民生、社会治理\n二、申报指标\n青年项目限报3项。\n")
    ex = parse("call.txt", text)
    programme = "省软科学研究计划青年项目"
    topics = {e.name: e for e in ex.entities if e.kind == "funding_topic"}
    assert set(topics) == {"黄河流域生态保护和高质量发展", "中部地区崛起", "改善民生、社会治理"}
    assert topics["中部地区崛起"].code == "2"
    assert {(t, programme) for t in topics} <= _rels(ex, RelType.PART_OF)
    classes = parse("call.txt", "各全国学会：\n为认真落实中央书记处关于北辰科协工作的指示，北辰科协拟以项目资助的形式开展学术交流活动。\n"
                                "关于申报2031年度北辰科协学术交流择优支持项目的通知\n一、支持项目类型\n"
                                "（一）重点学术交流活动（A类）\n为推进学术建设，设立重点学术交流支持项目。\n"
                                "（二）青年学术交流（B类）\n为促进青年人才快速成长，设立本类项目。\n")
    assert {"重点学术交流活动（A类）", "青年学术交流（B类）"} <= set(_projects(classes))
    assert not {n for n in _orgs(classes) if "落实" in n}


def test_a_round_of_two_years_belongs_to_its_standing_programme() -> None:
    """`关于开展北辰行业科研专项2031年度和2032年度项目的组织申报工作的通知`: the standing programme without its years."""
    ex = parse("call.txt", "转发北辰部关于开展北辰行业科研专项2031年度和2032年度项目的组织申报工作的通知\n各位老师：\n"
                           "近日，北辰部发布了《关于开展北辰行业科研专项2031年度和2032年度项目的组织申报工作的公告》，请按照要求认真组织申报。\n")
    assert ("北辰行业科研专项2031年度和2032年度项目", "北辰行业科研专项") in _rels(ex, RelType.PART_OF)


def test_a_call_for_a_programme_s_project_proposals_names_the_programme_without_them() -> None:
    ex = extract_text("关于征集北辰省基础研究基金南北联合基金项目建议案的通知\n各有关单位:\n"
                      "为做好南北联合基金申报指南编制工作，现征集项目建议案。\n")
    assert "北辰省基础研究基金南北联合基金" in names(ex, "Project")
    assert not any(n.endswith(("建议案", "建议")) for n in names(ex, "Project"))


def test_two_quoted_programmes_joined_in_the_running_text_are_both_called_for() -> None:
    text = ("各学院、中心及有关单位：\n现决定启动我校2031年国家级、省级“青年创新训练项目”和“本科生科研探索基金”"
            "（以下统称“双创项目”）项目的立项申报工作，有关注意事项通知如下：\n一、申报对象\n项目申报人为我校全日制在校本科生。\n")
    assert {"青年创新训练项目", "本科生科研探索基金"} <= names(extract_text(text, "call.txt"), "Project")


def test_news_of_a_meeting_that_launches_applications_is_read_as_prose() -> None:
    """Many words of applying (申报工作, 申报材料…) make the text look like a call, but the guide's reading finds only
    the programme its title names: the people and posts the news gives are still read."""
    text = ("2031年度国家基金项目申报动员会\n\n3月2日上午，西岭农业大学召开2031年度国家基金项目申报动员会。"
            "校长柯岚、副校长乔远鸣参会。柯岚要求各学院重视申报工作，把好申报材料关，争取更多资助经费。乔远鸣指出，"
            "各单位要明确申报程序，落实申报人员，提升申报书水平。科研处诸葛岚介绍了申报工作安排。\n")
    assert detect_genre(text) == "funding_guideline"
    x = extract_text(text)
    works = {(r.source, r.target) for r in x.relations if r.type is RelType.WORKS_AT}
    assert {("柯岚", "西岭农业大学"), ("乔远鸣", "西岭农业大学")} <= works
