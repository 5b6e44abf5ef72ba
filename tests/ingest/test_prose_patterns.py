"""Given prose of each kind officials read (award sentences, biographies, paper reports, campus news),
the facts it states come out with their fields, and the words around names do not.

Each fixture `tests/fixtures/news/<name>.txt` has `entities`, `relations` and `absent` in its
`.expected.json`: every expected item is found with the fields given; no absent item is.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.genres.news import parse, prose_extraction
from ingest.model import Entity, Extraction, Relation
from ingest.nlp.org_bounds import refine_proposal

FIXTURES = Path(__file__).parent.parent / "fixtures" / "news"
PATTERNS = sorted(p.name.removesuffix(".expected.json") for p in FIXTURES.glob("*.expected.json")
                  if "entities" in json.loads(p.read_text(encoding="utf-8")))


def _extract(name: str) -> Extraction:
    return parse(f"{name}.txt", (FIXTURES / f"{name}.txt").read_text(encoding="utf-8"))


def _expected(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))


def _entities(extraction: Extraction) -> dict[tuple[str, str], Entity]:
    return {(str(e.type), e.name): e for e in extraction.entities}


def _relations(extraction: Extraction) -> dict[tuple[str, str, str], Relation]:
    return {(str(r.type), r.source, r.target): r for r in extraction.relations}


def test_there_is_a_fixture_for_each_prose_pattern() -> None:
    assert {"award_prose", "bio_posts", "paper_report", "org_boundaries", "campus_news"} <= set(PATTERNS)


@pytest.mark.parametrize("name", PATTERNS)
def test_every_stated_entity_is_found_with_its_fields(name: str) -> None:
    found = _entities(_extract(name))
    for kind, entity_name, *fields in _expected(name)["entities"]:
        assert (kind, entity_name) in found, (kind, entity_name, sorted(n for t, n in found if t == kind))
        for field, value in (fields[0] if fields else {}).items():
            expected = tuple(value) if isinstance(value, list) else value
            assert getattr(found[(kind, entity_name)], field) == expected, (entity_name, field)


@pytest.mark.parametrize("name", PATTERNS)
def test_every_stated_relation_is_found_with_its_fields(name: str) -> None:
    found = _relations(_extract(name))
    for kind, source, target, fields in _expected(name)["relations"]:
        assert (kind, source, target) in found, (kind, source, target)
        for field, value in fields.items():
            assert getattr(found[(kind, source, target)], field) == value, (kind, source, target, field)


@pytest.mark.parametrize("name", PATTERNS)
def test_nothing_the_text_does_not_state_comes_out(name: str) -> None:
    extraction = _extract(name)
    entities, relations = _entities(extraction), _relations(extraction)
    for item in _expected(name)["absent"]:
        assert tuple(item) not in (relations if len(item) == 3 else entities), item


def test_prose_reads_only_the_ranges_it_is_given_and_spans_point_into_the_whole_text() -> None:
    text = (FIXTURES / "award_prose.txt").read_text(encoding="utf-8")
    second = text.index("西岭大学附属第一医院“")
    extraction = prose_extraction("award_prose.txt", text, ranges=[(second, len(text))])
    names = {e.name for e in extraction.entities}
    assert "岑子墨" in names and "柯振宇" not in names and "高温合金叶片精密铸造关键技术" not in names
    for entity in extraction.entities:
        for span in entity.spans:
            assert span.start >= second
    person = next(e for e in extraction.entities if e.name == "岑子墨")
    assert all(text[s.start:s.end] == "岑子墨" for s in person.spans)


def test_the_article_frame_is_read_even_when_its_lines_were_consumed() -> None:
    text = (FIXTURES / "campus_news.txt").read_text(encoding="utf-8")
    body = text.index("同日")
    extraction = prose_extraction("campus_news.txt", text, ranges=[(body, len(text))])
    assert ("WORKS_AT", "陆一鸣", "南江大学") in _relations(extraction)


def test_a_learned_recogniser_s_spans_are_trimmed_and_vetoed_by_the_same_rules() -> None:
    text = "热烈祝贺南江医科大学附属第二医院获批，他就读于东川理工大学，后就职于市属医院。"
    proposed = [(0, text.index("获批")), (text.index("就读于"), text.index("，后")),
                (text.index("市属"), text.index("。"))]
    refined = [refine_proposal(text, s, e) for s, e in proposed]
    assert [text[s:e] if s is not None else None for s, e in (r or (None, None) for r in refined)] == [
        "南江医科大学附属第二医院", "东川理工大学", None]


def test_a_proposal_across_a_conjunction_inside_quotes_is_extended() -> None:
    text = "由三个学院共建的“先进能源材料与器件研究中心”揭牌。"
    start = text.index("器件")
    assert refine_proposal(text, start, text.index("”")) == (text.index("先进"), text.index("”"))


def test_a_post_list_belongs_to_the_person_holding_it_not_to_the_one_speaking() -> None:
    text = "柏雨辰表示，东川理工大学邹鹤鸣教授现任江北省化学会副理事长、南湖化学研究所所长。"
    relations = _relations(parse("x.txt", text))
    assert relations[("AFFILIATED_WITH", "邹鹤鸣", "江北省化学会")].position == "副理事长"
    assert relations[("LEADS", "邹鹤鸣", "南湖化学研究所")].role == "所长"
    assert not [key for key in relations if key[1] == "柏雨辰"]


def test_names_and_agencies_cut_by_the_segmenter_are_whole() -> None:
    text = "北江医院总执行长郁明和等领导出席。西岭大学硕士毕业生祝晓岚和博士毕业生岳双印为共同第一作者。现任卫健委专家组组长。"
    extraction = parse("x.txt", text)
    names = {(str(e.type), e.name) for e in extraction.entities}
    assert {("Person", "郁明和"), ("Person", "岳双印"), ("Organization", "卫健委")} <= names
    assert ("Person", "岳双") not in names


def test_leaders_named_in_a_ceremony_are_people() -> None:
    text = "大会在人民会堂举行，郜立川总书记出席并讲话，苗锦秋、伍成蹊、宓文澜等党和国家领导人出席。"
    people = {e.name for e in parse("x.txt", text).entities if str(e.type) == "Person"}
    assert people == {"郜立川", "苗锦秋", "伍成蹊", "宓文澜"}


def test_offices_of_an_agency_and_affiliated_hospitals_name_their_parent() -> None:
    text = "江北省委组织部办公厅印发通知。来自西岭大学一附院的专家参加了会议。"
    extraction = parse("x.txt", text)
    parts = {(r.source, r.target) for r in extraction.relations if str(r.type) == "PART_OF"}
    assert {("江北省委组织部办公厅", "江北省委组织部"), ("西岭大学一附院", "西岭大学")} <= parts


def test_a_unit_the_post_names_the_kind_of_is_read_from_the_characters() -> None:
    text = "评审组由科研院院长邓启航教授、研究生院副院长王秉仁教授组成。"
    relations = _relations(parse("x.txt", text))
    assert relations[("WORKS_AT", "王秉仁", "研究生院")].position == "副院长"
    assert ("LEADS", "邓启航", "科研院") in relations


def test_a_learned_recogniser_s_person_spans_are_vetted_by_the_same_rules() -> None:
    from ingest.nlp.persons import vet_person_proposal

    text = "患者陈先生说，罗秉坤教授和张医生都来了。"
    spans = {name: (text.index(name), text.index(name) + len(name)) for name in ("陈先生", "罗秉坤", "张医生")}
    assert {name for name, (s, e) in spans.items() if vet_person_proposal(text, s, e)} == {"罗秉坤"}


def test_a_name_or_unit_read_only_inside_a_longer_one_is_that_one_cut_short() -> None:
    from ingest.genres.news import _cut_names
    from ingest.model import Span

    people = {"柏青": [Span(0, 2), Span(9, 11)], "柏青山": [Span(0, 3), Span(9, 12)], "韦望": [Span(20, 22)],
              "韦望舒": [Span(30, 33)]}
    assert _cut_names(people) == {"柏青": "柏青山"}  # 韦望 stands alone once: kept
    text = "江北省农业科学院和西岭大学联合成立江北现代种业研究中心。"
    names = {(str(e.type), e.name) for e in parse("x.txt", text).entities}
    assert ("Organization", "江北现代种业研究中心") in names and ("Organization", "种业研究中心") not in names


def test_a_school_named_by_its_discipline_is_a_unit_a_college_named_by_its_place_a_university() -> None:
    from ingest.nlp.lexicon import kind_of

    assert [kind_of(n) for n in ("化学学院", "信息与工程学院", "基础医学院")] == ["other"] * 3
    assert [kind_of(n) for n in ("滁州学院", "潍坊医学院")] == ["university"] * 2


def test_an_ending_glued_to_the_next_name_is_cut_back_apart() -> None:
    from ingest.nlp.glue import resplit

    text = "南江化学会柯望舒理事长"
    glued = [(0, 2), (2, 4), (4, 7), (7, 8), (8, 11)]  # 南江|化学|会柯望|舒|理事长, as the segmenter guesses
    assert [text[s:e] for s, e in resplit(text, glued, {"化学": "n", "理事长": "n"})] == [
        "南江", "化学", "会", "柯望", "舒", "理事长"]


def test_a_dictionary_word_is_no_name_outside_a_unit_and_a_title() -> None:
    text = "东川大学高洁院士出席。她品格高洁，东川大学全职教授三名。"
    people = {e.name for e in parse("x.txt", text).entities if str(e.type) == "Person"}
    assert people == {"高洁"}
    assert ("WORKS_AT", "高洁", "东川大学") in _relations(parse("x.txt", text))


def test_a_conjunction_before_a_role_joins_a_name_only_when_no_name_follows_the_role() -> None:
    text = "北川光学会晏清和副理事长致辞。南湖学会鲍宏远和副理事长谈静姝出席。"
    people = {e.name for e in parse("x.txt", text).entities if str(e.type) == "Person"}
    assert {"晏清和", "鲍宏远", "谈静姝"} <= people and "鲍宏远和" not in people


def test_an_office_is_not_glued_to_the_verb_organise_after_it() -> None:
    text = "5.科研处组织专家对申报书进行论证。世界气象组织发布报告。"
    names = {e.name for e in parse("x.txt", text).entities if str(e.type) == "Organization"}
    assert "科研处组织" not in names and "科研处" in names
    assert "世界气象组织" in names  # an organisation named 组织 keeps its ending


def test_a_name_ending_in_a_month_character_is_whole_where_a_title_or_a_list_closes_it() -> None:
    text = "学院赵国月教授、孙明月副教授出席。"
    people = {e.name for e in parse("x.txt", text).entities if str(e.type) == "Person"}
    assert {"赵国月", "孙明月"} <= people and "赵国" not in people


def test_we_words_stand_for_the_article_s_institution_only_where_they_can() -> None:
    from ingest.nlp.article import own_word_of

    assert own_word_of("我校", "青州理工大学") and not own_word_of("我院", "青州理工大学")  # 我院: one of its schools
    assert own_word_of("我院", "青州市第一人民医院") and own_word_of("本院", "江河省农业科学院")
    assert not own_word_of("我校", "青州市第一人民医院") and own_word_of("我所", "江河省某某研究所")
    text = "来源：青州理工大学新闻网\n我校柏青山教授当选中国某某学会理事。我院韦望舒副教授参与。"
    relations = {(str(r.type), r.source, r.target) for r in parse("x.txt", text).relations}
    assert ("WORKS_AT", "柏青山", "青州理工大学") in relations
    assert ("WORKS_AT", "韦望舒", "青州理工大学") not in relations


def test_an_abbreviation_folds_into_the_one_name_it_shortens_and_a_place_name_does_not() -> None:
    from ingest.org_names import is_contraction_of

    assert is_contraction_of("青州光机所", "青州光学精密机械研究所") and is_contraction_of("西大人民医院", "西岭大学人民医院")
    assert not is_contraction_of("青州医院", "青州大学第一医院")  # 青州 written whole in it: another hospital
    assert not is_contraction_of("青溪科学院动物研究所", "青溪科学院古脊椎动物与古人类研究所")  # a sibling unit
    assert not is_contraction_of("青州大学", "青州师范大学")
    assert not is_contraction_of("青溪系统工程学会", "青溪金融系统工程学会")  # a word dropped: another society
    assert is_contraction_of("青州大学华山医院", "青州大学附属华山医院")  # a generic word dropped: the same hospital
    assert not is_contraction_of("青州培华医院", "青州培华学院医学院")  # another kind: a hospital, not the school
    assert not is_contraction_of("北辰省医学会", "北辰省中西医结合学会")  # after the place, another society's name
    assert is_contraction_of("北辰省科技厅", "北辰省科学技术厅") and is_contraction_of("北辰市政府", "北辰市人民政府")


def test_a_post_held_by_a_person_named_with_their_own_unit_is_in_the_centre_named_last() -> None:
    text = "双方将共建“青溪绿色化工联合研究中心”，中心主任由西岭大学化学学院院长柏青山教授担任。"
    relations = {(str(r.type), r.source, r.target): r for r in parse("x.txt", text).relations}
    assert relations[("LEADS", "柏青山", "青溪绿色化工联合研究中心")].role == "主任"
    assert ("WORKS_AT", "柏青山", "西岭大学") in relations


def test_a_counted_list_of_professors_in_a_text_about_one_university_works_there() -> None:
    text = ("青溪大学21日宣布建立文科资深教授制度。这3位文科资深教授包括：柏青山、韦望舒、祁远舟。"
            "评选需在青溪任职不少于5年。")
    works = {(r.source, r.target) for r in parse("x.txt", text).relations if str(r.type) == "WORKS_AT"}
    assert {("柏青山", "青溪大学"), ("韦望舒", "青溪大学"), ("祁远舟", "青溪大学")} <= works
    two = "青溪大学与西岭大学联合评选。这3位教授包括：柏青山、韦望舒、祁远舟。"
    assert not any(str(r.type) == "WORKS_AT" for r in parse("x.txt", two).relations)  # which of two: unsaid


def test_unit_boundaries_at_a_glued_preposition_an_address_and_a_surname_after_a_post() -> None:
    def orgs(text: str) -> set[str]:
        return {e.name for e in parse("x.txt", text).entities if str(e.type) == "Organization"}

    def people(text: str) -> set[str]:
        return {e.name for e in parse("x.txt", text).entities if str(e.type) == "Person"}

    assert "江河省科技厅" in orgs("柏来武在江河省科技厅韦东厅长陪同下考察。")
    assert "青溪理工大学" in orgs("比赛在江河省青州市青溪理工大学举行。")
    assert "江河省人民医院" in orgs("会议在江河省人民医院举行。")  # a hospital keeps its province
    text = "党委书记兼纪委书记司远舟主持会议。教育部科学技术司司长韦东出席。"
    assert "司远舟" in people(text) and "教育部科学技术司" in orgs(text)
    assert not any(n.endswith("书记司") for n in orgs(text))


def test_a_postdoc_works_at_the_unit_students_are_affiliated_and_the_list_shares_the_word() -> None:
    text = "其他作者包括青溪大学交叉信息研究院博士后柏青山、韦望舒，青溪大学交叉信息研究院博士生祁远舟、蓝星河。"
    relations = {(str(r.type), r.source, r.target) for r in parse("x.txt", text).relations}
    assert {("WORKS_AT", "柏青山", "青溪大学交叉信息研究院"), ("WORKS_AT", "韦望舒", "青溪大学交叉信息研究院")} <= relations
    assert {("AFFILIATED_WITH", "祁远舟", "青溪大学"), ("AFFILIATED_WITH", "蓝星河", "青溪大学")} <= relations
    assert ("WORKS_AT", "柏青山", "青溪大学") in relations  # a school of the university: the university too


def test_teams_named_by_their_first_member_in_a_list_are_people() -> None:
    text = "我院共获得某省科技奖5项，包括科技进步二等奖2项(赵志国等、钱立新等)、自然科学三等奖3项(孙宏伟等、李春燕等、周海峰等)。"
    people = {e.name for e in parse("x.txt", text).entities if str(e.type) == "Person"}
    assert {"赵志国", "钱立新", "孙宏伟", "李春燕", "周海峰"} <= people


def test_a_meeting_held_at_a_place_does_not_glue_the_meeting_to_the_place() -> None:
    text = "10月8日，2019年度湖南省科技奖励大会于省行政会议中心召开。于都县人民医院院长出席。"
    orgs = {e.name for e in parse("x.txt", text).entities if str(e.type) == "Organization"}
    assert "省行政会议中心" in orgs and "于都县人民医院" in orgs
    assert not {o for o in orgs if "大会于" in o}


def test_titles_of_research_in_quotes_before_a_count_of_projects_are_projects() -> None:
    text = ("其中，“某型受体材料的设计、合成及机理研究”等9个项目获某省自然科学奖一等奖。"
            "比如，“某地空间基准体系建设关键技术与应用”“星载信号收发处理关键技术及应用”等项目支撑规模化应用；"
            "“双一流”建设项目稳步推进。")
    ex = parse("x.txt", text)
    projects = {e.name: e for e in ex.entities if str(e.type) == "Project"}
    assert projects["某型受体材料的设计、合成及机理研究"].award == "某省自然科学奖一等奖"
    assert {"某地空间基准体系建设关键技术与应用", "星载信号收发处理关键技术及应用"} <= set(projects)
    assert "双一流" not in projects


def test_a_university_s_short_form_is_known_by_its_head_its_staff_and_its_peers_in_a_list() -> None:
    text = ("实验室均来自本地高校，包括甲大、乙大、丙大及丁大；其中甲大校长赵志国、乙大校长钱立新担任实验室主任。\n"
            "人文类为戊大教授孙宏伟。强大团队与广大教师出席，扩大校长权限。两大校长会谈。\n")
    ex = parse("x.txt", text)
    orgs = {e.name: e.kind for e in ex.entities if str(e.type) == "Organization"}
    assert {orgs.get(n) for n in ("甲大", "乙大", "丙大", "丁大", "戊大")} == {"university"}
    assert not {o for o in orgs if o.endswith(("强大", "广大", "扩大", "两大")) or "为戊大" in o}
    works = {(r.source, r.target) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert {("赵志国", "甲大"), ("钱立新", "乙大"), ("孙宏伟", "戊大")} <= works


def test_a_campus_in_brackets_is_part_of_its_university_and_a_list_run_together_is_cut_at_each_name() -> None:
    text = "近日，某科学院公布当选名单，中国石化大学(北京)教授张遂明复旦大学教授郑正上海大学教授彭艳等3位学者当选。\n"
    ex = parse("x.txt", text)
    orgs = {e.name: e for e in ex.entities if str(e.type) == "Organization"}
    assert orgs["中国石化大学(北京)"].parent is None and "中国石化大学" not in orgs
    works = {(r.source, r.target) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert {("张遂明", "中国石化大学(北京)"), ("郑正", "复旦大学"), ("彭艳", "上海大学")} <= works
    assert not {o for o in orgs if o.startswith(("张遂明", "郑正", "彭艳"))}


def test_a_name_s_last_character_glued_to_the_verb_after_it_is_the_name_s() -> None:
    text = "某数学学会理事长张平文说，学会将积极开拓。某大学数学研究所教授龙以明获第十三届某数学奖。理事长王立明说，要努力。\n"
    people = {e.name for e in parse("x.txt", text).entities if str(e.type) == "Person"}
    assert {"张平文", "龙以明", "王立明"} <= people
    assert not people & {"张平", "龙以", "王立"}


def test_the_verb_before_a_post_is_no_part_of_the_name_the_segmenter_glued_it_to() -> None:
    text = "选举产生了某市中医药学会第九届理事会，某市中医院副院长葛晓明任理事长；某市中医院副院长徐玲任理事长。\n"
    people = {e.name for e in parse("x.txt", text).entities if str(e.type) == "Person"}
    assert {"葛晓明", "徐玲"} <= people and not people & {"葛晓明任", "徐玲任"}


def test_two_units_joined_by_and_and_a_verb_before_a_unit_are_not_one_name() -> None:
    text = "衷心拥护省委和校党委的决定，将在中共某省委和校党委的领导下，谱写同济医院发展新篇章。国家卫生和计划生育委员会主任出席。\n"
    orgs = {e.name for e in parse("x.txt", text).entities if str(e.type) == "Organization"}
    assert "同济医院" in orgs and "国家卫生和计划生育委员会" in orgs
    assert not {o for o in orgs if "和校党委" in o or o.startswith("谱写")}


def test_a_clause_s_verb_or_an_aside_before_a_unit_is_no_part_of_its_name() -> None:
    text = ("他获聘教育部某某学者特聘教授。北京工业学院（今北京理工大学）自动化系。"
            "第五届发展大会暨中国医院协会妇产医院分会年会召开。我校分会场设在学院新楼B501会议室。学校决定调整实验室主任。\n")
    orgs = {e.name for e in parse("x.txt", text).entities if str(e.type) == "Organization"}
    assert {"教育部", "北京理工大学", "中国医院协会妇产医院分会"} <= orgs
    assert not {o for o in orgs if o.startswith(("获聘", "今", "发展大会", "分会场", "调整"))}


def test_a_ministry_is_a_unit_whatever_noun_follows_it_and_a_project_s_department_is_not() -> None:
    text = "项目清单在科技部网站公布。该刊由公安部主管。本公司项目部网站上线。\n"
    orgs = {e.name for e in parse("x.txt", text).entities if str(e.type) == "Organization"}
    assert {"科技部", "公安部"} <= orgs and "项目部" not in orgs


def test_a_programme_named_with_its_year_is_the_programme_funded_by_the_body_that_announces_it() -> None:
    ex = parse("x.txt", "国家自然科学基金委员会公布了2021年度国家自然科学基金项目评审结果，我校获资助62项。\n")
    projects = {e.name for e in ex.entities if str(e.type) == "Project"}
    assert "国家自然科学基金" in projects and not {p for p in projects if p.startswith("2021")}
    funded = {(r.source, r.target) for r in ex.relations if str(r.type) == "FUNDED_BY"}
    assert ("国家自然科学基金", "国家自然科学基金委员会") in funded


def test_a_name_s_last_character_left_alone_before_a_verb_or_glued_to_a_conjunction_is_the_name_s() -> None:
    text = "中国某学会理事长袁亚湘回顾了学会的发展。应用科学类为某大教授陈良基及乙大教授陈博现。\n"
    people = {e.name for e in parse("x.txt", text).entities if str(e.type) == "Person"}
    assert {"袁亚湘", "陈良基", "陈博现"} <= people and not people & {"袁亚", "陈良"}


def test_an_award_or_a_chair_named_after_someone_names_no_person_there() -> None:
    text = "南山大学教授侯振远获第十三届华罗庚数学奖。医学院邵逸夫医学讲座教授卢明远教授出席。李明获奖，王刚获国家奖学金。\n"
    people = {e.name for e in parse("x.txt", text).entities if str(e.type) == "Person"}
    assert {"侯振远", "卢明远", "李明", "王刚"} <= people
    assert not people & {"华罗庚", "邵逸夫"}


def test_a_unit_partners_with_every_unit_of_the_list_after_with() -> None:
    ex = parse("x.txt", "青溪大学与北京大学、中国农业大学、四川省农业科学院等高校和科研机构建立了长期合作关系。\n")
    collaborations = {(r.source, r.target) for r in ex.relations if str(r.type) == "COLLABORATES_WITH"}
    assert collaborations == {("青溪大学", "北京大学"), ("青溪大学", "中国农业大学"), ("青溪大学", "四川省农业科学院")}


def test_an_institute_s_short_form_is_known_by_the_head_after_it() -> None:
    text = "会上宣读了任免通知：李来明、王成林同志任植物生态所副所长；胡国强同志任营养与健康所副所长。他现任物理所所长。\n"
    ex = parse("x.txt", text)
    orgs = {e.name: e.kind for e in ex.entities if str(e.type) == "Organization"}
    assert {orgs.get(n) for n in ("植物生态所", "营养与健康所", "物理所")} == {"research_institute"}
    works = {(r.source, r.target) for r in ex.relations if str(r.type) == "WORKS_AT"}
    assert {("李来明", "植物生态所"), ("王成林", "植物生态所"), ("胡国强", "营养与健康所")} <= works
    assert not {e.name for e in ex.entities if str(e.type) == "Person"} & {"任植物", "任植"}


def test_a_unit_leading_a_topic_in_quotes_and_the_head_the_next_clause_names() -> None:
    text = ("其中，南山医院肿瘤防治中心牵头“常见恶性肿瘤综合防治”专题，钱立新院士担任首席科学家；"
            "青溪基因股份有限公司牵头“诊断技术和产品创新及应用”专题，赵志国教授担任首席科学家。\n")
    ex = parse("x.txt", text)
    units = {(r.source, r.target) for r in ex.relations if str(r.type) == "UNIT_OF"}
    leads = {(r.source, r.target) for r in ex.relations if str(r.type) == "LEADS"}
    assert ("青溪基因股份有限公司", "诊断技术和产品创新及应用") in units
    assert {("钱立新", "常见恶性肿瘤综合防治"), ("赵志国", "诊断技术和产品创新及应用")} <= leads


def test_a_lead_unit_s_partners_are_in_its_own_clause() -> None:
    text = ("其中，青溪大学牵头“恶性肿瘤综合防治关键技术”专题；此外，南山医院和北岭医学院作为参加单位参与了"
            "“干细胞治疗技术创新与临床转化”专题。\n")
    ex = parse("x.txt", text)
    assert not {(r.source, r.target) for r in ex.relations if str(r.type) == "COLLABORATES_WITH"
                if "青溪大学" in (r.source, r.target)}


def test_a_post_given_up_is_a_past_affiliation_and_the_post_before_a_comma_is_the_earlier_subject_s() -> None:
    text = "会上宣读了决定：王一伟同志任青溪大学附属医院院长，徐永明同志因年龄原因不再担任青溪大学附属医院院长。\n"
    facts = {(str(r.type), r.source, r.target) for r in parse("x.txt", text).relations}
    assert ("LEADS", "王一伟", "青溪大学附属医院") in facts
    assert ("AFFILIATED_WITH", "徐永明", "青溪大学附属医院") in facts
    assert not {f for f in facts if f[1] == "徐永明" and f[0] in ("LEADS", "WORKS_AT")}


def test_a_post_taken_from_the_person_just_named_is_their_past_affiliation() -> None:
    text = "会上宣读了决定：王一伟同志任青溪大学附属第二医院院长，免去其青溪大学附属第一医院副院长职务。\n"
    relations = parse("x.txt", text).relations
    facts = {(str(r.type), r.source, r.target, r.position) for r in relations}
    assert ("AFFILIATED_WITH", "王一伟", "青溪大学附属第一医院", "副院长") in facts
    assert ("LEADS", "王一伟", "青溪大学附属第二医院") in {(str(r.type), r.source, r.target) for r in relations}
    assert not {f for f in facts if f[0] in ("LEADS", "WORKS_AT") and f[2] == "青溪大学附属第一医院"}


def test_two_posts_joined_by_jian_are_read_apart_not_as_one_unit() -> None:
    ex = parse("x.txt", "某分院人力资源部主任兼组织干部处处长胡一嘉宣读任免通知。\n")
    orgs = {e.name for e in ex.entities if str(e.type) == "Organization"}
    assert not {o for o in orgs if "兼" in o}
    assert ("胡一嘉", "组织干部处") in {(r.source, r.target) for r in ex.relations if str(r.type) == "LEADS"}


def test_a_kind_of_institute_before_its_head_is_no_institute_s_name() -> None:
    ex = parse("x.txt", "会上，研究所所长李某明讲话。各研究所所长参加会议。\n")
    assert not {e.name for e in ex.entities if str(e.type) == "Organization"} & {"研究所", "各研究所"}


def test_a_person_named_chief_expert_of_a_quoted_project_leads_it() -> None:
    """`甲教授任首席专家的“…”`, `乙为负责人的“…”`: the quoted title is a project, and the person leads it."""
    from tests.ingest.facts import extract_text, relations

    ex = extract_text("近日，规划办公室公布了立项名单。柯明远教授任首席专家的“湖泊沉积物磷释放机制研究”，"
                      "范青禾教授为负责人的“稀疏介质传热特性研究”两大项目均获资助。")
    assert {("柯明远", "湖泊沉积物磷释放机制研究"), ("范青禾", "稀疏介质传热特性研究")} <= relations(ex, "LEADS")


def test_a_body_that_approves_what_two_set_up_is_no_unit_they_built() -> None:
    text = "某某科学技术奖是由江北省机械工业联合会和江北省机械工程学会共同设立并经江北省科学技术厅批准的奖项。"
    ex = parse("x.txt", text)
    assert ("Organization", "江北省科学技术厅") in {(str(e.type), e.name) for e in ex.entities}
    assert not [r for r in ex.relations if str(r.type) == "PART_OF"]


def test_a_head_of_the_key_lab_or_research_centre_written_by_its_kind_alone_heads_the_one_named_before() -> None:
    text = ("11月20日，北辰湖泊与组合数学教育部重点实验室工作汇报会召开。汇报会上，重点实验室主任柏青山教授作年度工作总结。"
            "西岭大学湖泊环境研究中心同日揭牌，研究中心主任韦望舒教授致辞。")
    relations = {(str(r.type), r.source, r.target) for r in parse("x.txt", text).relations}
    assert ("LEADS", "柏青山", "北辰湖泊与组合数学教育部重点实验室") in relations
    assert ("LEADS", "韦望舒", "西岭大学湖泊环境研究中心") in relations


def test_a_congratulation_before_a_bare_ending_names_no_unit_and_alumni_and_chambers_are_societies() -> None:
    from tests.ingest.facts import extract_text, relations
    ex = extract_text("热烈祝贺集团董事长柯振邦先生受聘担任北辰理工学院南州校友会名誉会长！上届南州校友会会长乔远鸣作工作报告。"
                      "南州北辰商会常务副会长司马青受邀致辞。\n", "news.txt")
    orgs = {e.name: e.kind for e in ex.entities if e.type.value == "Organization"}
    assert not any("祝贺" in name for name in orgs)
    assert orgs["北辰理工学院南州校友会"] == "society" and orgs["南州北辰商会"] == "society"
    assert {("乔远鸣", "北辰理工学院南州校友会"), ("司马青", "南州北辰商会")} <= relations(ex, "AFFILIATED_WITH")


def test_a_three_character_name_glued_to_the_verb_of_holding_a_post_is_the_name() -> None:
    for text, person, unit in (("柯振邦任北辰实验室主任。", "柯振邦", "北辰实验室"),
                               ("欧阳舒任北辰实验室主任。", "欧阳舒", "北辰实验室")):
        extraction = parse("x.txt", text)
        assert person in {e.name for e in extraction.entities if str(e.type) == "Person"}
        assert (person, unit) in {(r.source, r.target) for r in extraction.relations if str(r.type) == "LEADS"}


def test_a_development_zone_s_short_kind_and_its_party_working_committee() -> None:
    extraction = parse("x.txt", "南州经开区党工委书记乔远鸣出席活动。东湖街道党工委书记乔松主持会议。")
    people = {e.name for e in extraction.entities if str(e.type) == "Person"}
    assert people == {"乔远鸣", "乔松"}  # no 南州经
    leads = {(r.source, r.target) for r in extraction.relations if str(r.type) == "LEADS"}
    assert {("乔远鸣", "南州经开区党工委"), ("乔松", "东湖街道党工委")} <= leads


def test_a_subsidiary_and_its_group_are_two_companies() -> None:
    for text, company in (("西岭集团全资子公司北辰（苏州）新材料有限公司研发的新型电池获得专利。", "北辰（苏州）新材料有限公司"),
                          ("西岭集团控股子公司北辰新材料有限公司成立。", "北辰新材料有限公司")):
        orgs = {e.name for e in parse("x.txt", text).entities if str(e.type) == "Organization"}
        assert orgs == {"西岭集团", company}


def test_a_branch_before_its_head_s_post_is_no_person() -> None:
    for text in ("民革南州大学支部主委柯岚出席。", "九三学社南州大学支社主委柯远山出席。"):
        people = {e.name for e in parse("x.txt", text).entities if str(e.type) == "Person"}
        assert people == {text[text.index("主委") + 2:text.index("出席")]}  # no 支部, no 支社


def test_a_post_after_the_body_s_term_is_a_post_of_the_body() -> None:
    text = "柯岚教授当选南州省医学会第五届理事会理事长。乔松任南州省医学会心血管病学分会第三届委员会副主任委员。"
    relations = {(str(r.type), r.source, r.target, r.position) for r in parse("x.txt", text).relations}
    assert ("AFFILIATED_WITH", "柯岚", "南州省医学会", "理事长") in relations
    assert ("LEADS", "柯岚", "南州省医学会", None) in relations
    assert ("AFFILIATED_WITH", "乔松", "南州省医学会心血管病学分会", "副主任委员") in relations
    orgs = {e.name for e in parse("x.txt", text).entities if str(e.type) == "Organization"}
    assert not any("届" in name for name in orgs)


def test_the_particle_after_a_verb_of_giving_is_no_part_of_the_unit() -> None:
    extraction = parse("x.txt", "北辰奖颁给了南州大学教授柯岚。")
    assert {e.name for e in extraction.entities if str(e.type) == "Organization"} == {"南州大学"}
    assert ("柯岚", "南州大学") in {(r.source, r.target) for r in extraction.relations if str(r.type) == "WORKS_AT"}


def test_a_conjunction_the_segmenter_glued_to_a_name_is_cut_back_apart() -> None:
    extraction = parse("x.txt", "学校召开会议。副校长乔新文及科研处负责人参会。来源：西岭农业大学")
    assert "乔新文" in {e.name for e in extraction.entities if str(e.type) == "Person"}
    assert "科研处" in {e.name for e in extraction.entities if str(e.type) == "Organization"}


def test_two_bodies_written_together_are_two_when_the_second_names_the_place_again() -> None:
    extraction = parse("x.txt", "现将《南州省科学技术厅南州省科学技术协会关于发布年度专题指南的通知》转发给你们。")
    orgs = {e.name for e in extraction.entities if str(e.type) == "Organization"}
    assert orgs == {"南州省科学技术厅", "南州省科学技术协会"}


def test_the_clause_s_preposition_and_a_conjunction_after_a_split_name_stay_out_of_the_units() -> None:
    extraction = parse("x.txt", "3月5日上午，以青溪省科技厅处长乔远鸣为组长的评审组到校考察。"
                                    "北辰研究院成果转化处处长司远雷及学校科研处相关人员陪同。")
    orgs = {e.name for e in extraction.entities if str(e.type) == "Organization"}
    assert "青溪省科技厅" in orgs and not any(name.startswith(("以", "雷")) or "及" in name for name in orgs)
    assert "司远雷" in {e.name for e in extraction.entities if str(e.type) == "Person"}
    assert ("乔远鸣", "青溪省科技厅") in {(r.source, r.target) for r in extraction.relations if str(r.type) == "WORKS_AT"}


def test_a_firm_s_legal_form_in_brackets_is_part_of_its_name() -> None:
    extraction = parse("x.txt", "北辰知识产权代理事务所(普通合伙)代理了该专利。乔松就职于北辰律师事务所（特殊普通合伙）。")
    orgs = {e.name: e for e in extraction.entities if str(e.type) == "Organization"}
    assert set(orgs) == {"北辰知识产权代理事务所(普通合伙)", "北辰律师事务所（特殊普通合伙）"}
    assert not any(e.aliases for e in orgs.values())


def test_the_quoted_works_a_person_led_are_their_projects_and_a_programme_s_named_part_is_not() -> None:
    extraction = parse("x.txt", "柯远山，南州大学教授，主持研制了基于北辰卫星的“南州湖泊遥感系统”和“西岭水质预警平台”。"
                                    "乔松教授表示，其主持的南州省重点研发计划“湖泊与湿地研究”重大项目进展顺利。")
    leads = {(r.source, r.target) for r in extraction.relations if str(r.type) == "LEADS"}
    assert {("柯远山", "南州湖泊遥感系统"), ("柯远山", "西岭水质预警平台")} <= leads
    assert not any(target == "湖泊与湿地研究" for _, target in leads)
