"""Organization kinds and the consolidation of one document's organizations (invented names)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.schema import Label, RelType
from ingest.model import Entity, Extraction, Relation, Span
from ingest.org_names import (
    clean,
    detect_province,
    normal_form,
    org_kind,
    without_province_mark,
)
from ingest.orgs import consolidate
from tests.ingest.facts import extract_text, names, relations
from tests.shared import SHARED, shared


def org(name: str, **kw: object) -> Entity:
    return Entity(type=Label.ORGANIZATION, name=name, **kw)  # type: ignore[arg-type]


def person(name: str) -> Entity:
    return Entity(type=Label.PERSON, name=name)


def doc(*entities: Entity, relations: tuple[Relation, ...] = (), metadata: tuple[tuple[str, str], ...] = ()) -> Extraction:
    return Extraction(document="t.txt", genre="news", entities=entities, relations=relations, metadata=metadata)


def orgs_of(extraction: Extraction) -> dict[str, Entity]:
    return {e.name: e for e in extraction.entities if e.type is Label.ORGANIZATION}


@pytest.mark.parametrize(("name", "kind"), [
    ("江河大学明湖二医院", "hospital"),
    ("江河大学", "university"),
    ("云岭医学院", "university"),
    ("江河大学公共卫生学院", "other"),
    ("松溪市精神卫生中心", "hospital"),
    ("松溪市精神卫生中心（松溪市第三人民医院）", "hospital"),
    ("国家青藤疾病医学中心", "center"),
    ("青藤疾病临床医学研究中心", "center"),
    ("明湖二医院东湖院区", "hospital"),
    ("青藤医院南湖分院", "hospital"),
    ("中科院青溪分院", "research_institute"),  # a branch of an academy
    ("青藤医学基金会", "other"),  # a foundation is no society
    ("青藤全国重点实验室", "lab"),
    ("江河省青藤研究院", "research_institute"),
    ("云岭重工机械制造有限公司", "company"),
    ("松溪农商银行", "company"),
    ("中国人民银行", "government"),  # the central bank
    ("青溪高尔夫球俱乐部", "other"),  # 部 of 俱乐部 is no ministry
    ("浙江省科学技术厅", "government"),
    ("浙江省卫生健康委", "government"),
    ("国家青藤基金委", "government"),
    ("青溪市科学技术委员会", "government"),  # a committee of a government: a place or national frame first
    ("江河省青藤奖励委员会", "government"),
    ("国家青藤发展委员会", "government"),
    ("江河大学学术委员会", "other"),  # a committee of an institution, of a prize, or with no frame at all
    ("青藤重点实验室建设与运行管理委员会", "other"),
    ("青藤基金评选委员会", "other"),
    ("发展咨询委员会", "other"),
    ("青溪市人大常委会", "government"),  # a standing committee takes the same rule
    ("青藤学会常委会", "other"),
    ("委员会", "government"),  # the ending alone keeps its kind: 某省某委员会办公室 is the office of a body
    ("青溪大学科研处", "other"),  # an institution's office or department
    ("青溪学院研究生办公室", "other"),
    ("青溪大学人力资源部", "other"),
    ("校科技部", "other"),
    ("青溪市科学技术局科技服务处", "government"),  # a government body's office or department
    ("江河省科学技术厅基础研究处", "government"),
    ("青溪市卫生健康委员会办公室", "government"),
    ("国家青藤工作办公室", "government"),
    ("工业和信息化部", "government"),
    ("浙江省科学技术厅党组", "government"),
    ("驻厅纪检监察组", "government"),
    ("青藤产业协同创新联盟", "society"),
    ("联合国青藤管制局", "other"),
    ("世界青藤组织", "other"),
    ("青藤科学城", "other"),
    ("江河州立大学青溪分校", "university"),  # a university's branch campus
])
def test_kind_of_a_name(name: str, kind: str) -> None:
    assert org_kind(name) == kind


def test_short_hospital_name_merges_into_the_university_one_and_gets_its_parent() -> None:
    text = "江河大学明湖二医院是江河大学的附属医院。明湖二医院医生李某说。"
    before = doc(
        org("明湖二医院", spans=(Span(30, 35),)), org("江河大学明湖二医院", spans=(Span(0, 9),)), org("江河大学"),
        person("李某"),
        relations=(Relation(RelType.WORKS_AT, "李某", "明湖二医院"),),
    )
    after = consolidate(before, text)
    orgs = orgs_of(after)
    assert set(orgs) == {"江河大学明湖二医院", "江河大学"}
    hospital = orgs["江河大学明湖二医院"]
    assert hospital.aliases == ("明湖二医院",)
    assert hospital.kind == "hospital" and hospital.parent == "江河大学"
    assert hospital.spans == (Span(0, 9), Span(30, 35))
    assert Relation(RelType.WORKS_AT, "李某", "江河大学明湖二医院") in after.relations
    assert Relation(RelType.PART_OF, "江河大学明湖二医院", "江河大学") in after.relations


def test_two_hospitals_of_one_university_stay_apart() -> None:
    text = "江河大学明湖医院与江河大学明湖二医院合作。明湖二医院牵头。"
    after = consolidate(doc(org("江河大学明湖医院"), org("江河大学明湖二医院"), org("明湖二医院"), org("江河大学")), text)
    assert set(orgs_of(after)) == {"江河大学明湖医院", "江河大学明湖二医院", "江河大学"}
    assert orgs_of(after)["江河大学明湖医院"].aliases == ()


def test_generic_short_names_are_never_merged() -> None:
    text = "云岭市人民医院与第一附属医院。"
    after = consolidate(doc(org("云岭市人民医院"), org("人民医院"), org("江河大学第一附属医院"), org("第一附属医院")), text)
    assert len(orgs_of(after)) == 4


def test_a_short_form_ending_two_longer_names_is_ambiguous() -> None:
    text = "甲大学青藤重点实验室、乙研究所青藤重点实验室。"
    after = consolidate(doc(org("甲大学青藤重点实验室"), org("乙研究所青藤重点实验室"), org("青藤重点实验室")), text)
    assert len(orgs_of(after)) == 3


def test_a_department_written_alone_after_two_units_departments_of_that_name_joins_neither() -> None:
    """`甲医院科研处柯某副处长和乙医院科研处诸葛某副处长` and a closing `科研处`: two offices of two hospitals, never
    one; the closing `科研处` is neither's for sure; each person works at their own hospital's office."""
    ex = extract_text("座谈会上，北辰大学附属第一医院科研处柯振邦副处长和南州大学附属东湖医院科研处诸葛岚副处长先后发言。\n\n科研处\n")
    units = names(ex, "Organization")
    assert {"北辰大学附属第一医院科研处", "南州大学附属东湖医院科研处"} <= units
    assert ("诸葛岚", "南州大学附属东湖医院科研处") in relations(ex, "WORKS_AT")
    assert not {u for p, u in relations(ex, "WORKS_AT") if p == "诸葛岚" and u.startswith("北辰")}
    assert not [e for e in ex.entities if e.name.startswith("北辰") and any(a.startswith("南州") for a in e.aliases)]
    merged = consolidate(doc(org("北辰医院科研处", aliases=("科研处",)), org("南州医院科研处"), org("南州医院")), "")
    assert {"北辰医院科研处", "南州医院科研处"} <= set(orgs_of(merged))


def test_a_unit_of_the_place_written_without_the_place_is_that_unit() -> None:
    text = "云岭市药学会联合会秘书长出席；市药学会联合会副秘书长主持。"
    after = orgs_of(consolidate(doc(org("云岭市药学会联合会"), org("市药学会联合会")), text))
    assert list(after) == ["云岭市药学会联合会"] and after["云岭市药学会联合会"].aliases == ("市药学会联合会",)
    two = "云岭市中医院、江河市中医院和市中医院。"  # two cities name one: which is not said
    assert len(orgs_of(consolidate(doc(org("云岭市中医院"), org("江河市中医院"), org("市中医院")), two))) == 3


def test_company_abbreviation_merges_by_characters_in_order() -> None:
    # which names abbreviate which: tests/names/organization_pairs.tsv
    text = "云岭重型机械有限公司牵头。云岭重机公司总工程师王某介绍。"
    after = consolidate(doc(org("云岭重型机械有限公司"), org("云岭重机公司")), text)
    assert orgs_of(after)["云岭重型机械有限公司"].aliases == ("云岭重机公司",)


def test_a_company_named_whole_is_the_parent_of_its_branch_and_its_legal_form_is_the_same_company() -> None:
    text = "云岭能源有限公司、云岭能源有限公司南湖分公司、云岭航天集团、云岭航天集团有限公司"
    after = orgs_of(consolidate(doc(org("云岭能源有限公司南湖分公司"), org("云岭能源有限公司"),
                                    org("云岭航天集团"), org("云岭航天集团有限公司")), text))
    assert after["云岭能源有限公司南湖分公司"].parent == "云岭能源有限公司"
    assert "云岭能源有限公司" in after and not after["云岭能源有限公司南湖分公司"].aliases
    assert len([n for n in after if n.startswith("云岭航天集团")]) == 1


def test_universities_are_not_abbreviations_of_each_other() -> None:
    after = consolidate(doc(org("云岭大学"), org("云岭师范大学")), "云岭大学、云岭师范大学")
    assert set(orgs_of(after)) == {"云岭大学", "云岭师范大学"}


def test_bare_provincial_forms_take_the_documents_province() -> None:
    text = "浙江省科学技术厅 浙江省财政厅\n由省科技厅、省发展改革委负责。联系人：省科技厅青藤处。"
    assert detect_province(text) == "浙江省"
    after = consolidate(doc(org("浙江省科学技术厅"), org("省科技厅"), org("省发展改革委"), org("省科技厅青藤处")), text)
    orgs = orgs_of(after)
    assert orgs["浙江省科学技术厅"].aliases == ("省科技厅",)
    assert orgs["浙江省发展和改革委员会"].aliases == ("省发展改革委",)
    office = orgs["浙江省科学技术厅青藤处"]
    assert office.aliases == ("省科技厅青藤处",) and office.parent == "浙江省科学技术厅"
    assert office.kind == "government"


def test_province_from_metadata_wins_and_unknown_province_expands_nothing() -> None:
    assert detect_province("湖北省 湖北省 浙江省", (("province", "浙江"),)) == "浙江省"
    after = consolidate(doc(org("省科技厅")), "由省科技厅负责。")
    assert set(orgs_of(after)) == {"省科技厅"}


def test_abbreviated_and_full_agency_names_are_one() -> None:
    assert normal_form("湖北省卫健委") == normal_form("湖北省卫生健康委员会") == normal_form("湖北省卫生健康委")
    after = consolidate(doc(org("湖北省卫健委"), org("湖北省卫生健康委员会")), "")
    assert orgs_of(after)["湖北省卫生健康委员会"].aliases == ("湖北省卫健委",)


def test_name_in_parentheses_is_an_alias() -> None:
    text = "松溪市精神卫生中心（松溪市第三人民医院）副主任医师"
    after = consolidate(doc(org("松溪市精神卫生中心（松溪市第三人民医院")), text)
    center = orgs_of(after)["松溪市精神卫生中心"]
    assert "松溪市第三人民医院" in center.aliases and center.kind == "hospital"
    found_in_text = consolidate(doc(org("松溪市精神卫生中心"), org("松溪市第三人民医院")), text)
    assert set(orgs_of(found_in_text)) == {"松溪市精神卫生中心"}


def test_a_list_in_parentheses_names_other_organizations() -> None:
    text = "江河大学第九医院（江河大学青藤研究所、江河大学青藤学院）是头部医院"
    after = consolidate(doc(org("江河大学第九医院（江河大学青藤研究所、江河大学青藤学院）")), text)
    assert set(orgs_of(after)) == {"江河大学第九医院", "江河大学青藤研究所", "江河大学青藤学院"}


def test_university_prefix_is_a_parent_only_when_the_text_names_it_alone() -> None:
    alone = consolidate(doc(org("江河大学第九医院")), "江河大学第九医院隶属江河大学。")
    assert orgs_of(alone)["江河大学第九医院"].parent == "江河大学"
    assert orgs_of(alone)["江河大学"].kind == "university"
    only_prefix = consolidate(doc(org("江河大学第九医院")), "江河大学第九医院是头部医院。")
    assert orgs_of(only_prefix)["江河大学第九医院"].parent is None


def test_a_parent_the_parser_names_becomes_an_entity_and_a_part_of() -> None:
    after = consolidate(doc(org("青藤实验室青藤中心", parent="青藤实验室")), "")
    assert orgs_of(after)["青藤实验室"].kind == "lab"
    assert Relation(RelType.PART_OF, "青藤实验室青藤中心", "青藤实验室") in after.relations
    assert consolidate(after, "") == after


def test_relations_are_rewritten_and_not_duplicated() -> None:
    before = doc(
        org("江河大学明湖二医院"), org("明湖二医院"), org("江河大学"), person("李某"),
        relations=(
            Relation(RelType.WORKS_AT, "李某", "明湖二医院", title="教授"),
            Relation(RelType.WORKS_AT, "李某", "江河大学明湖二医院", position="主任"),
            Relation(RelType.PART_OF, "明湖二医院", "江河大学"),
        ),
    )
    after = consolidate(before, "江河大学明湖二医院 明湖二医院")
    works = [r for r in after.relations if r.type is RelType.WORKS_AT]
    assert works == [Relation(RelType.WORKS_AT, "李某", "江河大学明湖二医院", title="教授", position="主任")]
    assert [r for r in after.relations if r.type is RelType.PART_OF] == [
        Relation(RelType.PART_OF, "江河大学明湖二医院", "江河大学")]


def test_kind_given_by_the_parser_is_kept_and_missing_kind_filled() -> None:
    after = consolidate(doc(org("青藤科学城", kind="center"), org("云岭医学院")), "")
    assert orgs_of(after)["青藤科学城"].kind == "center"
    assert orgs_of(after)["云岭医学院"].kind == "university"


def test_consolidate_is_idempotent() -> None:
    text = ("浙江省科学技术厅 由省科技厅负责。江河大学明湖二医院（明湖二院）与明湖二医院。"
            "云岭重型机械有限公司、云岭重机公司。江河大学第九医院（江河大学青藤研究所、江河大学青藤学院）")
    before = doc(
        org("浙江省科学技术厅"), org("省科技厅"), org("江河大学明湖二医院"), org("明湖二医院"),
        org("云岭重型机械有限公司"), org("云岭重机公司"), org("江河大学第九医院（江河大学青藤研究所、江河大学青藤学院）"),
        person("李某"), relations=(Relation(RelType.WORKS_AT, "李某", "明湖二医院"),),
    )
    once = consolidate(before, text)
    assert consolidate(once, text) == once


def _gold_documents() -> list[Path]:
    gold_dir, _ = shared("gold", "seeds")
    files = sorted(p for p in gold_dir.glob("0*.json") if not p.name.endswith(".rules.json"))
    return files


@pytest.mark.seeds
def test_gold_organization_kinds() -> None:
    pairs = [(e["name"], e["kind"]) for f in _gold_documents()
             for e in json.loads(f.read_text(encoding="utf-8"))["entities"] if e["type"] == "Organization"]
    right = sum(org_kind(name) == kind for name, kind in pairs)
    assert right / len(pairs) >= 0.95


@pytest.mark.seeds
def test_gold_organizations_come_out_of_their_spellings() -> None:
    """Every spelling the gold lists, given as its own entity, ends in the gold organization."""
    checked = wrong = 0
    for f in _gold_documents():
        gold = json.loads(f.read_text(encoding="utf-8"))
        text = (SHARED / "seeds" / gold["document"]).read_text(encoding="utf-8")
        gold_orgs = [e for e in gold["entities"] if e["type"] == "Organization"]
        spellings = [org(n) for g in gold_orgs for n in (g["name"], *g.get("aliases", []))]
        after = consolidate(doc(*spellings), text)
        assert consolidate(after, text) == after
        owner = {clean(n): e for e in orgs_of(after).values() for n in (e.name, *e.aliases)}
        for g in gold_orgs:
            mine = owner[clean(g["name"])]
            names = {clean(n) for n in (mine.name, *mine.aliases)}
            assert {clean(a) for a in g.get("aliases", [])} <= names, g["name"]
            others = [o["name"] for o in gold_orgs if o is not g and clean(o["name"]) in names]
            assert not others, f"{g['name']} merged with {others}"
            if g.get("parent") and not g.get("uncertain"):
                checked += 1
                parent = owner.get(clean(mine.parent or ""))
                wrong += parent is None or clean(g["parent"]) not in {clean(n) for n in (parent.name, *parent.aliases)}
    # parents the name shows are found; parents only the prose states (a center of a hospital) are not
    assert checked and (checked - wrong) / checked >= 0.6


def test_a_province_is_written_without_its_mark_in_prose() -> None:
    # which short forms stand for which full names: tests/names/organization_pairs.tsv
    assert without_province_mark("湖南省青藤医院") == "湖南青藤医院"
    assert without_province_mark("广西壮族自治区青藤医院") == "广西青藤医院"


def test_a_provincial_body_written_without_the_province_mark_is_one_organization() -> None:
    text = "湖南省青藤医院牵头。湖南青藤医院主任王某介绍。"
    after = consolidate(doc(org("湖南省青藤医院"), org("湖南青藤医院")), text)
    assert orgs_of(after)["湖南省青藤医院"].aliases == ("湖南青藤医院",)


def test_a_verb_of_having_before_a_unit_is_no_part_of_its_name() -> None:
    from tests.ingest.facts import extract_text as _extract

    ex = _extract("目前，该校现有中国工程院院士5人，其中包括东川大学王立新院士。\n")
    units = {e.name for e in ex.entities if str(e.type) == "Organization"}
    assert "中国工程院" in units and not any(u.startswith(("现有", "其中", "包括")) for u in units)


def test_a_post_held_before_at_a_named_unit_does_not_put_former_into_the_unit_s_name() -> None:
    orgs = names(extract_text("李一鸣，原兰州滨河大学第二医院副院长、腹腔镜外科中心主任。原子能技术研究院王一鸣研究员出席。\n"), "Organization")
    assert {"兰州滨河大学第二医院", "原子能技术研究院"} <= orgs
    assert not {o for o in orgs if o.startswith("原兰州")}


def test_former_before_a_unit_with_no_place_and_a_verb_glued_to_it_stay_out_of_its_name() -> None:
    text = "温一鸣是原摩擦学国家重点实验室创始人。他曾任原青溪大学校长。\n"
    assert names(extract_text(text), "Organization") >= {"摩擦学国家重点实验室", "青溪大学"}
    assert not {o for o in names(extract_text(text), "Organization") if "原" in o}


def test_verbs_of_receiving_and_cherishing_before_a_unit_are_no_part_of_its_name() -> None:
    text = ("他荣获青溪大学颁发的奖章。她荣获东川省人民政府颁发的奖章。博士期间曾受国家留学基金委资助赴美访学。"
            "大家倍加珍惜省卫生健康委党组对医院的厚爱。\n")
    assert names(extract_text(text), "Organization") == {"青溪大学", "东川省人民政府", "国家留学基金委", "省卫生健康委"}


def test_a_clause_with_a_verb_before_a_recognised_unit_is_no_part_of_its_name() -> None:
    orgs = names(extract_text("得奖者包括湖东大学教授洪一鸣、江北大学教授陈立新。\n"), "Organization")
    assert orgs == {"湖东大学", "江北大学"}


def test_a_city_the_dictionary_also_reads_as_an_adverb_stays_in_the_unit_s_name() -> None:
    orgs = names(extract_text("在公示名单中，大连滨湖理工大学柯远山为贝类体系首席科学家候选人。\n"), "Organization")
    assert orgs == {"大连滨湖理工大学"}


def test_a_verb_of_handing_in_is_no_part_of_the_office_handed_to() -> None:
    orgs = names(extract_text("关于申报2031年度科学研究基金项目的通知\n各有关单位：\n请于2031年5月10日前将申报材料交科技处。\n"),
                 "Organization")
    assert not {o for o in orgs if "申报" in o or "材料" in o}


def test_a_lab_named_for_two_fields_joined_by_and_keeps_both_fields() -> None:
    text = ("近日，药物化学与分子诊断教育部重点实验室召开会议。\n\n"
            "他是大数据与智能机器人教育部重点实验室和亚热带建筑与城市科学全国重点实验室固定研究人员。\n\n"
            "王明曾任电磁仿真与射频感知工信部重点实验室副主任。\n\n"
            "他是旅游信息融合处理与数据权属保护文化和旅游部重点实验室主任。\n")
    assert names(extract_text(text), "Organization") == {
        "药物化学与分子诊断教育部重点实验室", "大数据与智能机器人教育部重点实验室", "亚热带建筑与城市科学全国重点实验室",
        "电磁仿真与射频感知工信部重点实验室", "旅游信息融合处理与数据权属保护文化和旅游部重点实验室"}


def test_two_things_listed_before_a_bare_lab_ending_make_no_lab() -> None:
    text = "学校和重点实验室共同举办。光纤传感技术研究团队和实验室成员参加。医院拥有市临床重点专科和市重点实验室各一个。\n"
    assert not names(extract_text(text), "Organization")
    assert names(extract_text("张一鸣与李东实验室合作多年。\n"), "Organization") == {"李东实验室"}


def test_a_ministry_s_committee_on_a_field_named_like_an_institution_has_no_institution_inside() -> None:
    text = "殷一鸣，国家教育部大学计算机课程教学指导委员会副主任；青溪大学教授。\n"
    orgs = names(extract_text(text), "Organization")
    assert "国家教育部大学计算机课程教学指导委员会" in orgs
    assert not {"国家教育部大学", "教育部大学"} & orgs
    table = ("| 姓名 | 单位 | 学术兼职 |\n| --- | --- | --- |\n"
             "| 殷一鸣 | 青溪大学 | 国家教育部大学计算机课程教学指导委员会副主任；某学会理事 |\n")
    assert not {"国家教育部大学", "教育部大学"} & names(extract_text(table, "experts.md"), "Organization")


def test_an_organization_named_in_english_amid_chinese_is_read_with_its_blanks_and_kind() -> None:
    text = ("柯远山，2015年毕业于Iowa State University，现为Singapore Management University助理教授。\n\n"
            "He received his Ph.D. from Lakeside State University and joined Hilltop Institute of Technology.\n")
    ex = extract_text(text)
    kinds = {e.name: e.kind for e in ex.entities if e.type.value == "Organization"}
    assert kinds == {"Iowa State University": "university", "Singapore Management University": "university"}
    assert ("柯远山", "Singapore Management University") in relations(ex, "WORKS_AT")


def test_a_one_character_verb_glued_to_the_name_after_it_is_no_part_of_the_name() -> None:
    text = ("他获省农林厅颁发的奖。王明远赴美国堪萨斯州立大学访学。项目经深圳市科技工贸和信息化委员会批准。"
            "中澳联合信息物理鉴伪与数据科学研究中心成立。\n")
    assert names(extract_text(text), "Organization") == {
        "省农林厅", "美国堪萨斯州立大学", "深圳市科技工贸和信息化委员会", "中澳联合信息物理鉴伪与数据科学研究中心"}


def test_the_points_of_a_speech_open_their_clauses_before_the_unit() -> None:
    text = "二要感谢青溪医师协会的支持。三是加强东川大学建设。一是青溪大学要带头。\n"
    assert names(extract_text(text), "Organization") == {"青溪医师协会", "东川大学", "青溪大学"}


def test_a_university_s_school_written_after_it_is_part_of_it() -> None:
    ex = extract_text("青溪大学医学院团队为儿童开展了义诊活动。\n")
    assert ("青溪大学医学院", "青溪大学") in relations(ex, "PART_OF")


@pytest.mark.parametrize(("text", "unit"), [
    ("青溪神经病学会属于国家一级学会，由市科协指导。", "国家一级学会"),  # a class of societies
    ("经会员投票，选举产生了第一届理事会和监事会正式成员。", "第一届理事会"),  # the board of a body named elsewhere
])
def test_a_class_or_a_board_of_bodies_is_no_organization(text: str, unit: str) -> None:
    assert unit not in names(extract_text(text + "\n"), "Organization")


def test_a_verb_of_gathering_is_no_part_of_the_place_nor_a_name() -> None:
    ex = extract_text("多学科专家作为会员齐聚青溪医科大学附属医院，出席成立大会。\n")
    assert "青溪医科大学附属医院" in names(ex, "Organization")
    assert "齐聚" not in names(ex, "Person")


def test_a_division_head_leads_the_division_not_the_bureau() -> None:
    ex = extract_text("青溪市民政局处长林小溪宣读了文件，青溪大学校长韩东致辞。\n")
    assert ("林小溪", "青溪市民政局") not in relations(ex, "LEADS")
    assert ("韩东", "青溪大学") in relations(ex, "LEADS")


def test_a_preposition_the_segmenter_glued_to_the_word_before_a_unit_is_no_part_of_it() -> None:
    ex = extract_text("今年的杰出奖由国立青溪大学林小溪特聘教授获得。\n")
    assert "国立青溪大学" in names(ex, "Organization")
    assert not any(n.startswith("杰出奖") for n in names(ex, "Organization"))


def test_all_the_labs_of_a_school_are_no_lab() -> None:
    assert "所有实验室" not in names(extract_text("课余时间学院开放所有实验室、办公室。\n"), "Organization")


def test_a_byline_s_lenticular_bracket_closes_what_is_before_the_unit() -> None:
    ex = extract_text("〔记者林小溪／台北报导〕大学校长韩东获得杰出研究奖。\n")
    assert not any("〕" in n for n in names(ex, "Organization"))


@pytest.mark.parametrize("text", ["我院与青溪市中心医院共建联合实验室\n", "青溪大学签约共建实验室，双方将深化合作。\n"])
def test_a_unit_a_verb_of_founding_and_a_kind_of_unit_are_no_name(text: str) -> None:
    """`某医院共建联合实验室`: a clause about founding a kind of unit; the unit is named on its own, the founded one
    (where named) in quotes."""
    orgs = names(extract_text(text), "Organization")
    assert not any("共建" in n for n in orgs)
    assert orgs & {"青溪市中心医院", "青溪大学"}


def test_a_lab_named_by_the_levels_of_government_that_founded_it_keeps_them() -> None:
    """`省部共建某某国家重点实验室` is the lab's name (not a clause, 省部|共建, before it); after its university it is
    known by its own name, part of the university."""
    ex = extract_text("省部共建青溪生态国家重点实验室主任林小溪出席会议。\n")
    assert "省部共建青溪生态国家重点实验室" in names(ex, "Organization")
    ex = extract_text("青溪大学省部共建青溪作物学国家重点实验室教授韩东做报告。\n")
    assert ("省部共建青溪作物学国家重点实验室", "青溪大学") in relations(ex, "PART_OF")
    assert ("韩东", "省部共建青溪作物学国家重点实验室") in relations(ex, "WORKS_AT")


def test_a_joint_school_named_by_china_and_another_country_keeps_both() -> None:
    """`中英国际学院`: 中 (which the segmenter reads as `in`) and 英 open the school's name; 中 of a clause stays out."""
    assert "中英国际学院" in names(extract_text("二、中英国际学院行政副院长岗位考察对象\n"), "Organization")
    orgs = names(extract_text("青溪大学中德智能制造学院院长林小溪出席。\n"), "Organization")
    assert any(n.endswith("中德智能制造学院") for n in orgs)


def test_a_kind_of_university_is_no_university_and_leaves_the_one_named_to_its_posts() -> None:
    """`某大学是一所…应用研究型大学`: a kind, no second university; 校长 and 副校长 are the one university's posts."""
    ex = extract_text("3月5日，青溪理工大学与湘湖实验室签约。校长朱小远、副校长张小众出席。\n"
                      "朱小远指出，青溪理工大学是一所市属重点应用研究型大学。\n")
    assert names(ex, "Organization") >= {"青溪理工大学"} and "研究型大学" not in names(ex, "Organization")
    assert {("朱小远", "青溪理工大学"), ("张小众", "青溪理工大学")} <= relations(ex, "WORKS_AT")


def test_a_year_before_a_body_the_model_reads_with_it_is_no_part_of_its_name() -> None:
    """`榮獲113年度國科會傑出研究獎` (a Minguo year): the body is 國科會, here the short form of the council named after."""
    ex = extract_text("本校林志明教授榮獲113年度國科會傑出研究獎。\n林教授的研究獲國家科學及技術委員會肯定。\n")
    orgs = names(ex, "Organization")
    assert not any("年度" in o for o in orgs)


def test_a_unit_written_after_an_institution_and_its_other_name_in_brackets_is_part_of_it() -> None:
    """`某计算中心（某超算中心）某重点实验室副研究员甲`: the lab is part of the centre; 甲 works at both."""
    ex = extract_text("海川市计算中心（海川超算中心）人工智能重点实验室副研究员郑博文也参加了活动。\n")
    assert ("人工智能重点实验室", "海川市计算中心") in relations(ex, "PART_OF")
    assert {("郑博文", "人工智能重点实验室"), ("郑博文", "海川市计算中心")} <= relations(ex, "WORKS_AT")


def test_a_funding_agency_s_divisions_are_named_whole_two_fields_and_all() -> None:
    """`地球科学部`, `工程与材料科学部` on lines of a flattened table and in prose: divisions of a funding agency; the 与
    between two fields is part of the name."""
    lines = extract_text("2016年立项项目分布情况\n学部\n数理科学部\n地球科学部\n工程与材料科学部\n信息科学部\n")
    assert {"数理科学部", "地球科学部", "工程与材料科学部", "信息科学部"} <= names(lines, "Organization")
    assert "材料科学部" not in names(lines, "Organization")
    prose = extract_text("其中工程与材料科学部资助18项，信息科学部资助2项。")
    assert {"工程与材料科学部", "信息科学部"} <= names(prose, "Organization")


def test_a_province_s_own_association_is_named_by_its_short_form_but_not_every_province_s() -> None:
    """`省科协负责…`: the province's association (科协, a standard short form); `各省科协` is every province's."""
    assert "省科协" in {n for e in extract_text("省科协负责评选表彰工作的组织实施。").entities
                        for n in (e.name, *e.aliases) if str(e.type) == "Organization"}
    assert not names(extract_text("各省科协要高度重视评选工作。"), "Organization")


def test_the_bodies_issuing_a_cited_document_are_named_each_alone() -> None:
    """《甲办公室关于…的通知》, 《甲部 乙部 丙协会关于…》: the issuers before 关于 are units, each apart; a unit named
    inside the title's subject is not."""
    ex = extract_text("根据《湖东省科学技术奖励工作办公室关于2023年度科学技术奖提名工作的通知》要求，"
                      "依据《湖东省科学技术厅 湖东省教育厅 湖东省科学技术协会关于开展青年科技奖提名工作的通知》。"
                      "参照《关于加强湖东大学实验室建设的意见》执行。")
    assert {"湖东省科学技术奖励工作办公室", "湖东省科学技术厅", "湖东省教育厅", "湖东省科学技术协会"} \
        <= names(ex, "Organization")
    assert not any("厅湖东" in n for n in names(ex, "Organization"))


def test_a_document_s_number_and_a_notice_s_addressees_of_a_kind_name_no_unit() -> None:
    """`湖科协〔2022〕16号`: a code; `各市县（区）党委组织部、人力资源和社会保障局、科协：`: every county's offices."""
    ex = extract_text("关于开展青年科技奖候选人提名工作的通知\n湖科协〔2022〕16号\n"
                      "各市县（区）党委组织部（人才发展局）、人力资源和社会保障局、科协、团委，各有关单位：\n"
                      "现将有关事项通知如下。\n湖东省科学技术协会\n2022年3月1日\n")
    assert names(ex, "Organization") == {"湖东省科学技术协会"}


def test_a_fund_is_funded_by_the_committee_of_its_name() -> None:
    """`国家自然科学基金委` and `国家自然科学基金` in one document: the fund is the committee's."""
    ex = extract_text("根据国家自然科学基金委公布的数据，我校2016年共获国家自然科学基金47项。")
    assert ("国家自然科学基金", "国家自然科学基金委") in relations(ex, "FUNDED_BY")


def test_a_university_system_and_two_bodies_joined_by_and_and_a_verb_of_handing_over() -> None:
    """`某綜合大學系統` is one body (a system of universities); `推荐审查会及审议委员会`: the committee named after 及, not
    `会及…`; `交由审议委员会`: the verb of handing over is no part of a name."""
    assert "台湾综合大学系统" in names(extract_text("本案由台湾综合大学系统办理。"), "Organization")
    orgs = names(extract_text("评选过程分为推荐审查会及审议委员会，交由审议委员会审议。"), "Organization")
    assert not any(n.startswith(("会及", "交由")) for n in orgs)


def test_a_date_written_before_a_unit_is_no_part_of_its_name() -> None:
    """`1990年任某大学某学院院长`, `2026年度某学会科学技术奖`: the date's 年 (年度) and the verb are not the unit's."""
    orgs = names(extract_text("1990年任青川科技大学机械学院院长，1995年起任青川大学校长。"
                              "2026年度湖东中医药学会科学技术奖开始提名。"), "Organization")
    assert {"青川科技大学机械学院", "青川大学", "湖东中医药学会"} <= orgs
    assert not any(n.startswith(("年", "度")) for n in orgs)


def test_a_door_number_written_before_a_unit_is_no_part_of_its_name() -> None:
    """`某路2号市科技局大楼`: the address's 号 ends the door number; the bureau's name starts after it."""
    orgs = names(extract_text("联系地址：东川市青石路2号市科技局大楼810室\n"), "Organization")
    assert "市科技局" in orgs
    assert not any(n.startswith("号") for n in orgs)


def test_two_people_unveiling_a_joint_lab_name_no_lab() -> None:
    """`甲和乙为联合实验室揭牌`: two people and the verb, then a bare kind of unit; no lab's name holds them."""
    ex = extract_text("仪式上，双方签署了战略合作协议，芮鸿岩和宋勤波为联合实验室揭牌。")
    assert not any("为" in n or "和" in n for n in names(ex, "Organization"))
    assert {"芮鸿岩", "宋勤波"} <= names(ex, "Person")


def test_a_committee_named_by_its_work_keeps_the_words_before_it() -> None:
    """`教育部高等学校机械学科教学指导委员会主任委员`: the committee named whole (指导 before 委员会 is its work, no verb
    that opens it), the ministry its parent, the person's seat there."""
    ex = extract_text("李培根，中国机械工程学会理事长，国家863专家委员会成员，教育部高等学校机械学科教学指导委员会主任委员。")
    assert "教育部高等学校机械学科教学指导委员会" in names(ex, "Organization")
    assert ("李培根", "教育部高等学校机械学科教学指导委员会") in relations(ex, "LEADS")


def test_an_institute_turned_company_is_one_body_not_a_company_of_the_institute() -> None:
    ex = extract_text("北辰铁道勘察设计院有限公司与东川市政设计研究院有限公司签署合作协议。")
    assert names(ex, "Organization") == {"北辰铁道勘察设计院有限公司", "东川市政设计研究院有限公司"}


def test_a_set_phrase_ending_with_a_verb_opens_no_committee_s_name() -> None:
    ex = extract_text("要在充分认识校学术委员会的重要意义的基础上，发挥其作用。")
    assert not any(n.startswith("充分") for n in names(ex, "Organization"))


def test_a_society_s_branches_of_a_kind_and_a_verb_before_its_place_name_no_unit() -> None:
    ex = extract_text("推荐材料由东川中西医结合学会各专业委员会审核后，并报送给中国中西医结合学会。")
    assert names(ex, "Organization") == {"东川中西医结合学会", "中国中西医结合学会"}


def test_an_agency_written_without_its_place_is_the_one_agency_of_a_place_the_document_names() -> None:
    ex = extract_text("青川自治区教育工委副书记、教育厅党组成员穆远浩出席签字仪式。青川自治区教育厅高教处处长林小溪见证了签署。")
    assert "教育厅" not in names(ex, "Organization")
    assert ("穆远浩", "青川自治区教育厅") in relations(ex, "WORKS_AT")


def test_an_agency_without_its_place_stays_apart_where_two_places_have_one() -> None:
    ex = extract_text("青川省教育厅与东川省教育厅签约。教育厅副厅长穆远浩出席。")
    assert "教育厅" in names(ex, "Organization")


def test_a_school_named_with_and_without_the_public_body_that_founded_it_is_one_and_no_partner_of_itself() -> None:
    ex = extract_text("东岭大学与西川经济研究院签约\n国立东岭大学与西川经济研究院6/19签署合作备忘录，东岭大学为综合型大学。")
    orgs = names(ex, "Organization")
    assert "国立东岭大学" in orgs and "东岭大学" not in orgs and not {o for o in orgs if "综合型" in o}
    assert not [r for r in ex.relations if r.source == r.target]
    assert ("国立东岭大学", "西川经济研究院") in relations(ex, "COLLABORATES_WITH")


def test_named_bodies_among_a_notice_s_addressees_are_units_but_a_group_of_a_kind_is_not() -> None:
    """`各省卫生健康委，医科院、教育部、科技部、农业农村部办公厅，中科院办公厅：`: the addressees part at commas; only
    the group that opens with 各 is every province's office. `国卫办科教函〔2031〕9号` is the issuer's code, no person."""
    ex = extract_text("关于印发某事项的通知\n国卫办科教函〔2031〕9?号\n"
                      "各省、自治区、直辖市卫生健康委，医科院、中国疾控中心，教育部、科技部、农业农村部办公厅，中科院办公厅：\n"
                      "为加强管理，现将有关事项通知如下。\n国家卫生健康委办公厅\n2031年1月7日\n")
    orgs = names(ex, "Organization")
    assert {"医科院", "教育部", "科技部", "农业农村部办公厅", "中科院办公厅"} <= orgs
    assert not any(n.endswith("卫生健康委") and n != "国家卫生健康委" for n in orgs)
    assert ("农业农村部办公厅", "农业农村部") in relations(ex, "PART_OF")
    assert not names(ex, "Person")


def test_an_office_of_the_body_that_writes_and_a_unit_after_its_label_word() -> None:
    """`向我厅基础研究处反映`: the office (我厅 is the writer); `项目牵头组织单位卫生部`: the ministry, not 单位卫生部."""
    ex = extract_text("请在公示期内以书面形式向我厅基础研究处反映。项目牵头组织单位卫生部共受理课题申报书54份。")
    assert {"基础研究处", "卫生部"} <= names(ex, "Organization")
    assert not {"厅基础研究处", "单位卫生部"} & names(ex, "Organization")


def test_who_works_at_an_office_named_after_the_university_s_short_form_works_at_the_university() -> None:
    """`北大人事部副部长柯明远` where the text calls 北辰大学 北大: the office is the university's, and so is he."""
    ex = extract_text("记者从北辰大学获悉，北大今年引进青年教授二十余名。\n"
                      "据北大人事部副部长柯明远介绍，目前北大有40岁以下的正副教授一百余名。\n")
    works = relations(ex, "WORKS_AT")
    assert ("柯明远", "北辰大学") in works
    assert ("北大人事部", "北辰大学") in relations(ex, "PART_OF")


def test_a_place_s_university_of_science_written_short_is_each_listed_professor_s_own() -> None:
    """`得奖者包括虎尾科大教授甲、台湾科大教授乙、北辰科大教授丙`: each 某某科大 is a university, and each professor works
    at the one written before the name, never all at one."""
    ex = extract_text("教育部今天公布得奖名单。最新公布的名单，得奖者包括虎尾科大教授柯明远、台湾科大教授范青禾、"
                      "屏东科大教授黎文涛、北辰科技大学教授曹若溪等4人。")
    works = relations(ex, "WORKS_AT")
    assert {("柯明远", "虎尾科大"), ("范青禾", "台湾科大"), ("黎文涛", "屏东科大"), ("曹若溪", "北辰科技大学")} <= works
    assert not {("柯明远", "北辰科技大学"), ("范青禾", "北辰科技大学")} & works


def test_a_modal_and_a_preposition_read_as_one_word_before_a_unit_are_no_part_of_its_name() -> None:
    """`愿同北辰师范学院深入开展战略合作`: the segmenter reads 愿同 as a word; the unit is 北辰师范学院."""
    ex = extract_text("东岭市中心医院作为全市医疗领域的核心力量，愿同北辰师范学院深入开展战略合作。")
    assert "北辰师范学院" in names(ex, "Organization")
    assert not any(n.startswith("愿同") for n in names(ex, "Organization"))


def test_a_list_names_the_university_of_its_hospitals_once() -> None:
    """`青川大学附属东湖医院王某医生、附属肿瘤医院李某医生`: the hospitals after the first are the same university's."""
    ex = extract_text("青川大学附属东湖医院心内科周明远医生、附属肿瘤医院乳腺外科林晓岚医生、"
                      "附属儿科医院新生儿科郑雨桐医生获得表彰。\n")
    orgs = names(ex, "Organization")
    assert {"青川大学附属东湖医院", "青川大学附属肿瘤医院", "青川大学附属儿科医院"} <= orgs
    assert ("青川大学附属肿瘤医院", "青川大学") in relations(ex, "PART_OF")
    assert ("林晓岚", "青川大学附属肿瘤医院") in relations(ex, "WORKS_AT")


def test_hospitals_of_two_universities_leave_a_bare_affiliate_unowned() -> None:
    ex = extract_text("青川大学附属东湖医院与湖东医科大学附属第一医院签约，附属肿瘤医院专家出席。\n")
    assert "附属肿瘤医院" in names(ex, "Organization")


def test_a_unit_named_for_the_academicians_or_postdocs_it_serves_holds_the_title_in_its_name() -> None:
    """`某科协院士专家服务中心`, `某大学博士后科研工作站`: 院士 and 博士后 here name the people a unit serves, not a title."""
    orgs = names(extract_text("东川省科协院士专家服务中心副主任龚雨林出席。东川大学博士后科研工作站、"
                              "湖东医院院士专家工作站同日揭牌。他购买了一台图形工作站。\n"), "Organization")
    assert {"东川省科协院士专家服务中心", "东川大学博士后科研工作站", "湖东医院院士专家工作站"} <= orgs
    assert "专家服务中心" not in orgs and not any("图形" in n for n in orgs)


def test_a_verb_after_a_name_the_walk_cut_into_is_no_part_of_the_unit() -> None:
    """`常务副院长曾明宣布某大学与…`: 曾 reads as an adverb, 明 is the end of the name, 宣布 the clause's verb."""
    orgs = names(extract_text("开学典礼上，软件学院常务副院长曾明宣布青岛大学与南湖教育联合成立云计算系。\n"), "Organization")
    assert "青岛大学" in orgs
    assert not any("宣布" in n for n in orgs)


def test_an_academy_s_national_observatory_is_named_with_the_academy_and_is_an_institute() -> None:
    """`中国科学院国家天文台`: an academy's national institute is named with it; 天文台 ends an institute's name. A
    university's 国家重点实验室 keeps its own name."""
    ex = extract_text("中国科学院国家天文台研究员刘继平、东川大学国家重点实验室主任周一鸣当选。\n")
    observatory = next(e for e in ex.entities if e.name == "中国科学院国家天文台")
    assert observatory.kind == "research_institute" and observatory.parent == "中国科学院"
    assert ("刘继平", "中国科学院国家天文台") in relations(ex, "WORKS_AT")
    assert "国家重点实验室" in names(ex, "Organization")


def test_a_body_named_by_its_own_word_and_kind_is_no_name() -> None:
    """`本学部`, `该中心`: the body that writes or the one just named, by its kind alone; 本溪 opens a place's name."""
    orgs = names(extract_text("各学部院士对本学部院士增选有效候选人进行了通信投票。该中心主任周明远、"
                              "本溪市人民医院院长林景行出席。\n"), "Organization")
    assert "本溪市人民医院" in orgs
    assert not orgs & {"本学部", "该中心"}


def test_a_verb_of_holding_glued_to_the_word_before_it_opens_no_unit() -> None:
    """`回国后任某大学教授`, `时任某大学副校长`: the segmenter reads 后任 (a successor) and 时任 as nouns; the verb
    and the words before it are the clause's, the unit starts after it."""
    ex = extract_text("2019年，柯远山回国后任青川理工大学教授。邵明川时任湖东师范大学副校长。")
    orgs = names(ex, "Organization")
    assert {"青川理工大学", "湖东师范大学"} <= orgs
    assert not any("任" in n for n in orgs)


def test_a_lab_of_two_fields_after_a_preposition_keeps_its_first_field() -> None:
    """`根据爆炸科学与技术国家重点实验室的规定`: the fields' words (a verb of a technique among them) open the lab's
    name where a preposition opens the phrase."""
    orgs = names(extract_text("根据爆炸科学与技术国家重点实验室的有关规定，柯远山牵头申报。"), "Organization")
    assert "爆炸科学与技术国家重点实验室" in orgs
    assert "科学与技术国家重点实验室" not in orgs


def test_an_agency_s_short_ending_inside_a_longer_one_does_not_hide_it() -> None:
    """`卫生健康委|员会`: the short ending does not end a word there; the search goes on to 委员会."""
    assert names(extract_text("会议由市卫生健康委员会主持。"), "Organization") == {"市卫生健康委员会"}
    assert not names(extract_text("来源：柳川市卫生健康委员会官网\n"), "Person")  # 官网: a site, no one's name


def test_a_level_of_government_glued_to_the_preposition_before_it_opens_the_name() -> None:
    """`由|省预防医学会甲会长担任`: the segmenter reads 由省 as one word; 省 opens the society's name."""
    ex = extract_text("设主任委员1名，由省预防医学会柯远山会长担任。")
    assert "省预防医学会" in names(ex, "Organization")
    assert ("柯远山", "省预防医学会") in relations(ex, "LEADS")


def test_a_university_named_in_english_with_its_campus_after_at() -> None:
    """`University of Texas at Austin`: the campus after `at` is part of the name."""
    assert "University of Northvale at Eastport" in names(extract_text("他曾在University of Northvale at Eastport访问一年。"),
                                                          "Organization")


def test_a_lab_s_field_the_dictionary_tags_as_a_name_is_still_a_field() -> None:
    """`医疗与康复工程国际实验室`: 康复 is a common word the segmenter's dictionary tags as a given name."""
    orgs = names(extract_text("2016年11月–2019年5月，北辰理工大学，医疗与康复工程国际实验室，副教授\n"), "Organization")
    assert "医疗与康复工程国际实验室" in orgs and "康复工程国际实验室" not in orgs


def test_a_latin_journal_after_a_long_qualifier_of_the_journal() -> None:
    """`发表在某领域顶级国际期刊 Invented Research Part C: …（note）的论文“…”`: the journal in Latin after its qualifier."""
    x = extract_text("以课题组柯远山博士为第一作者，林小溪教授为通讯作者，发表在智能交通领域顶级国际期刊 Invented Research Part C: "
                     "Emerging Technologies（中科院一区，IF: 9.022）的论文“Macroscopic modeling of invented parking in a "
                     "multi-region network”（2031年，128卷）入选高被引论文。\n")
    assert ("Macroscopic modeling of invented parking in a multi-region network",
            "Invented Research Part C: Emerging Technologies") in relations(x, "PUBLISHED_IN")


def test_an_office_ending_in_si_before_a_name_the_segmenter_reads_with_a_compound_surname() -> None:
    """`某某科技司|马某司长`: the segmenter reads 司马 as one word; the office ends at 司, the name after it heads it."""
    ex = extract_text("北辰部社会发展科技司马燕合司长在校本部作了报告。\n")
    assert "北辰部社会发展科技司" in names(ex, "Organization")
    assert ("马燕合", "北辰部社会发展科技司") in relations(ex, "LEADS")
    assert "司马燕合" not in names(ex, "Person")
    assert "司马远山" in names(extract_text("司马远山司长出席会议。\n"), "Person")


def test_the_main_campus_is_no_organization() -> None:
    """`在校本部逸夫图书馆作报告`: 校本部 is where, the school's main campus, no body."""
    assert not names(extract_text("刘远山院士在校本部逸夫图书馆第一会议厅作了报告。\n"), "Organization")


def test_a_conference_s_programme_committee_named_by_its_kind_is_no_organization() -> None:
    """`国际会议程序委员会：AAAI, IJCAI`, `担任程序委员会委员`: the kind of committee every conference has, none named."""
    ex = extract_text("国际会议程序委员会：AAAI, IJCAI, CIKM\n柯远山多次担任程序委员会委员。\n")
    assert not names(ex, "Organization")


def test_verbs_the_dictionary_tags_as_a_place_or_a_noun_are_no_part_of_a_unit_s_name() -> None:
    """`正式加盟东川医学院` (加盟 is a place to jieba), `将作品赠送给学院` (赠送给 a noun): the verb is the clause's; and
    a byline's office (`作者:宣传部 于淑华`, 宣传部 a name to jieba) is no person."""
    ex = extract_text("东川医学院新闻网\n发布日期:2009-04-29 作者:宣传部 于淑华\n\n"
                      "五位名人正式加盟东川医学院。林小溪先生将自己的作品赠送给学院。\n")
    organizations = names(ex, "Organization")
    assert "东川医学院" in organizations
    assert not any(n.startswith(("加盟", "作品")) for n in organizations)
    assert "宣传部" not in names(ex, "Person") and "于淑华" in names(ex, "Person")


def test_a_department_s_ending_written_again_as_its_head_s_post_opens_is_no_part_of_its_name() -> None:
    """`东川大学材料系系主任林小溪`: the department is 东川大学材料系 and its head's post 系主任."""
    ex = extract_text("东川大学材料系系主任林小溪出席会议。\n")
    assert "东川大学材料系" in names(ex, "Organization")
    assert not any(n.endswith("系系") for n in names(ex, "Organization"))
    assert ("林小溪", "东川大学材料系") in relations(ex, "LEADS")


def test_studying_under_and_belonging_to_are_no_part_of_the_unit_s_name() -> None:
    """`师从东川工程院院士甲`, `联盟作为直属东川科学理事会的组织`: the verb before the unit is the clause's."""
    ex = extract_text("林小溪获博士学位，师从东川工程院院士韩冬青教授。西岭无线电联盟作为直属东川科学理事会的科学组织。\n")
    organizations = names(ex, "Organization")
    assert {"东川工程院", "东川科学理事会"} <= organizations
    assert not any(n.startswith(("师从", "直属")) for n in organizations)


def test_a_hall_a_lecture_is_given_in_is_no_organization() -> None:
    """`应邀在国际学术报告厅为师生作报告`: the hall is a place, whatever recogniser proposes it."""
    ex = extract_text("东川大学管理学院林小溪教授应邀在国际学术报告厅为管理学院师生带来了一场讲座。\n")
    assert not any(n.endswith("报告厅") for n in names(ex, "Organization"))
    assert "东川大学管理学院" in names(ex, "Organization")


def test_this_year_written_before_a_school_is_no_part_of_its_name() -> None:
    """`本年度化工学院在集中申报期…`: the year's words open the clause, the school is 化工学院."""
    ex = extract_text("本年度化工学院在集中申报期共申报国家自然科学基金68项。\n")
    assert "化工学院" in names(ex, "Organization")
    assert not any(n.startswith("本年度") for n in names(ex, "Organization"))



def test_federations_of_writers_and_artists_written_short_are_societies_whose_posts_are_seats() -> None:
    """`某省文联副主席甲`, `省社科联主席乙`: a federation written short (文联, 社科联, 作协) is a body of people, a society,
    its posts seats, not jobs."""
    from tests.ingest.facts import extract_text, relations

    x = extract_text("东川省文联副主席林小溪先生致辞。省社科联主席柯远山出席。\n")
    kinds = {e.name: e.kind for e in x.entities if str(e.type) == "Organization"}
    assert kinds.get("东川省文联") == "society" and kinds.get("省社科联") == "society"
    assert {("林小溪", "东川省文联"), ("柯远山", "省社科联")} <= relations(x, "AFFILIATED_WITH")
    assert not {r for r in relations(x, "WORKS_AT") if r[1] in ("东川省文联", "省社科联")}


def test_the_verb_of_taking_a_post_and_of_going_to_college_are_no_part_of_a_body_s_name() -> None:
    """`新当选学会会长甲`, `连任学会副会长乙`: the verb, then the society the page is of, written by its kind alone;
    `1977年上大学`: going to college, no college named; `这是某学院…`: the copula after a demonstrative."""
    ex = extract_text("新当选学会会长柯远山。连任学会副会长林小溪。1977年上大学，1984年获硕士学位。\n")
    assert not names(ex, "Organization")
    assert {"柯远山", "林小溪"} <= names(ex, "Person")
    ex = extract_text("“我就惊呆了。”这是资源环境学院博士研究生柯远山第一次见到导师的情景。\n")  # 这是: a demonstrative and the copula
    assert names(ex, "Organization") == {"资源环境学院"}


def test_a_news_site_s_dateline_names_no_person() -> None:
    """`某某网(某某日报网)讯`: a site the dictionary tags as a name (its first character a surname)."""
    ex = extract_text("卓博网(东川日报网)讯(通讯员 林小溪)11月28日，东川大学举行颁奖仪式。\n")
    assert "卓博网" not in names(ex, "Person")
    assert "林小溪" in names(ex, "Person")


def test_a_crawler_s_path_of_pages_joins_no_two_names_into_one() -> None:
    """`title: 某大学->某重点实验室召开…` (a crawler's path to the page): the arrow parts two names."""
    ex = extract_text("东川农业大学->国家重点实验室召开第一届学术委员会第一次会议\n")
    assert not {n for n in names(ex, "Organization") if ">" in n}


def test_an_academy_s_institute_after_the_word_a_label_ends_with() -> None:
    orgs = names(extract_text("评出科技进步奖建议授奖项目中科院近代湖泊所《高原湖泊塑闪阵列探测器》。\n"), "Organization")
    assert "中科院近代湖泊所" in orgs and not any(n.startswith("项目") for n in orgs)


def test_a_count_of_results_before_a_society_is_no_part_of_its_name() -> None:
    orgs = names(extract_text("某学会授予“湖泊毒性研究方法与应用”等13项科研成果中华湖泊学会科学技术奖一等奖。\n"), "Organization")
    assert "中华湖泊学会" in orgs and not any(n.startswith(("项", "科研成果")) for n in orgs)


def test_a_preposition_glued_to_a_word_the_dictionary_lacks_opens_no_name() -> None:
    orgs = names(extract_text("经大青湖科技奖奖励委员会评审，共评出获奖项目30项。\n"), "Organization")
    assert "大青湖科技奖奖励委员会" in orgs and not any(n.startswith("经") for n in orgs)


def test_a_preposition_glued_to_the_first_two_characters_of_a_name_opens_no_name() -> None:
    orgs = names(extract_text("该项目由南州大学牵头，这一成果由西岭农业科学院完成。\n"), "Organization")
    assert orgs == {"南州大学", "西岭农业科学院"}


def test_the_national_committee_of_an_assembly_written_with_its_nationwide_word_is_a_body() -> None:
    ex = extract_text("会议由柯振邦和全国政协副主席诸葛岚主持，全国高校代表出席。\n")
    assert names(ex, "Organization") == {"全国政协"}
    assert relations(ex, "WORKS_AT") == {("诸葛岚", "全国政协")}


def test_a_hospital_numbered_with_the_zero_numeral_is_named_whole() -> None:
    orgs = names(extract_text("根据中国人民解放军第九〇三医院的函，特予以公示。\n"), "Organization")
    assert orgs == {"中国人民解放军第九〇三医院"}


def test_an_agency_s_numbered_office_is_an_office_of_the_agency() -> None:
    ex = extract_text("中共北辰省委组织部干部五处处长柯振邦出席会议，来自五处的代表也出席了。\n")
    assert ("中共北辰省委组织部干部五处", "中共北辰省委组织部") in relations(ex, "PART_OF")
    assert ("柯振邦", "中共北辰省委组织部干部五处") in relations(ex, "LEADS")
    assert "五处" not in names(ex, "Organization")


def test_a_ministry_s_own_department_is_an_office_of_it_not_a_kind_of_unit() -> None:
    ex = extract_text("农业部科技司对去年评估的教育部重点实验室进行了部署，财政部办公厅印发通知。\n")
    assert {("农业部科技司", "农业部"), ("财政部办公厅", "财政部")} <= relations(ex, "PART_OF")
    assert "教育部重点实验室" not in names(ex, "Organization")


def test_a_verb_of_joining_after_a_name_opens_no_unit_s_name() -> None:
    orgs = names(extract_text("两人顺利毕业。柯振邦入职北辰无线电测量研究所，诸葛岚入职南州曙光航空电气有限责任公司。\n"),
                 "Organization")
    assert orgs == {"北辰无线电测量研究所", "南州曙光航空电气有限责任公司"}


def test_the_country_s_hospitals_of_a_kind_in_a_ranking_are_no_hospital() -> None:
    orgs = names(extract_text("南州儿童医院入选全国最佳医院名单，位居全国儿童医院第五位。\n"), "Organization")
    assert orgs == {"南州儿童医院"}


def test_a_part_of_the_country_ending_in_bu_is_no_department() -> None:
    assert not names(extract_text("为加强中西部湖泊监测工作，东北部地区也参与。\n"), "Organization")


def test_a_unit_named_after_two_places_joined_by_a_hyphen_is_one_name() -> None:
    """`从某某-某某大学返回某大学`: the name before the hyphen is the name's start, and the verb of going back no part of
    either name."""
    ex = extract_text("柯振邦，教授，2010年博士毕业于南州大学，后在德国奥斯特林-梅尔堡大学从事博士后研究。"
                      "2015年从维德尼斯-卡伦堡理工大学返回南州大学。\n")
    assert names(ex, "Organization") == {"德国奥斯特林-梅尔堡大学", "维德尼斯-卡伦堡理工大学", "南州大学"}
    assert ("柯振邦", "德国奥斯特林-梅尔堡大学") in relations(ex, "AFFILIATED_WITH")


def test_the_items_of_a_list_of_units_are_units_whatever_their_endings_and_an_institute_collaborates_whole() -> None:
    text = ("南州科学院动物研究所柯振邦研究员领导的研究团队与北辰大学、西岭省水文水资源勘测站、美国东港大学、"
            "西岭师范大学、南岭湿地自然保护区、南州农业大学和北辰种子资源研究院等多家单位的专家合作，"
            "完成了流域水质评估。\n")
    ex = extract_text(text)
    listed = {"北辰大学", "西岭省水文水资源勘测站", "美国东港大学", "西岭师范大学", "南岭湿地自然保护区",
              "南州农业大学", "北辰种子资源研究院"}
    assert listed <= names(ex, "Organization")
    assert relations(ex, "COLLABORATES_WITH") == {("南州科学院动物研究所", unit) for unit in listed}


def test_a_list_of_few_known_units_names_no_others() -> None:
    ex = extract_text("该中心与北辰大学、青山绿水保护工作、西岭公园游客服务等多家单位开展合作。\n")
    organizations = names(ex, "Organization")
    assert "北辰大学" in organizations
    assert not organizations & {"青山绿水保护工作", "西岭公园游客服务"}


def test_a_unit_opening_a_quoted_event_s_name_and_a_numbered_hospital_s_short_form() -> None:
    ex = extract_text("3月2日，“南州大学医学院附属第三人民医院名医工作室揭牌仪式”在门诊大楼举行。"
                      "附属三院院长柯远山致辞。\n")
    hospital = next(e for e in ex.entities if e.name == "南州大学医学院附属第三人民医院")
    assert hospital.aliases == ("附属三院",)
    assert ("柯远山", "南州大学医学院附属第三人民医院") in relations(ex, "LEADS")
    assert "附属三院" not in names(ex, "Organization")


def test_a_numbered_short_form_stays_apart_where_two_hospitals_share_the_number() -> None:
    ex = extract_text("南州大学附属第三人民医院与北辰医学院附属第三医院签约。附属三院院长柯远山出席。\n")
    assert "附属三院" in names(ex, "Organization")


def test_a_hospital_called_by_its_own_name_and_a_province_s_character_before_a_short_kind() -> None:
    ex = extract_text("北辰医学科学院南岭胸科医院柯远山教授当选理事。南岭医院乔远鸣教授当选监事。\n")
    hospital = next(e for e in ex.entities if e.name == "北辰医学科学院南岭胸科医院")
    assert hospital.aliases == ("南岭医院",)
    assert ("乔远鸣", "北辰医学科学院南岭胸科医院") in relations(ex, "WORKS_AT")
    ex = extract_text("项目和个人。皖医大一附院获一等奖2项。南州人民医院与北辰人民医院签约。人民医院院长柯远山出席。\n")
    assert "皖医大一附院" in names(ex, "Organization")
    assert "人民医院" not in {a for e in ex.entities for a in e.aliases}


def test_units_listed_on_one_side_of_a_signing_each_collaborate_and_a_team_s_units_are_one_side() -> None:
    ex = extract_text("日前，北辰第二医院、北辰市急救指挥中心与南州智医科技有限公司共同签署合作框架协议。\n")
    assert relations(ex, "COLLABORATES_WITH") == {
        ("北辰第二医院", "北辰市急救指挥中心"), ("北辰第二医院", "南州智医科技有限公司"),
        ("北辰市急救指挥中心", "南州智医科技有限公司")}
    ex = extract_text("北辰农业大学园艺学院、北辰作物种质创新与利用国家重点实验室和西岭智慧农业省实验室柯振邦院士团队"
                      "与南州大学合作在某刊发表论文。\n")
    assert relations(ex, "COLLABORATES_WITH") == {("北辰农业大学", "南州大学")}


def test_a_group_s_numbered_institute_is_a_unit_of_the_group() -> None:
    ex = extract_text("北辰船舶集团七〇三所柯远山研究员出席。中国北辰集团公司七〇三所乔远鸣出席。\n")
    assert {("北辰船舶集团七〇三所", "北辰船舶集团"), ("中国北辰集团公司七〇三所", "中国北辰集团公司")} <= relations(ex, "PART_OF")
    assert ("柯远山", "北辰船舶集团七〇三所") in relations(ex, "WORKS_AT")


def test_a_desk_given_as_someone_s_place_is_no_office() -> None:
    """`送行政楼512室柯振邦处`, `交至诸葛岚老师处`: the papers go to a person, no office named 柯振邦处; a unit's own offices
    (科研处, a society's 秘书处) stay offices."""
    ex = extract_text("材料请送行政楼512室柯振邦处，或交至诸葛岚老师处。材料经南州大学科研处和西岭学会秘书处审核。")
    assert {"柯振邦", "诸葛岚"} <= names(ex, "Person")
    assert {n for n in names(ex, "Organization") if n.endswith("处")} == {"南州大学科研处", "西岭学会秘书处"}


def test_a_type_of_unit_is_no_unit_and_a_college_s_short_form_is_one() -> None:
    """`从临床型医院向教学科研型医院迈进`: types of hospital, none of them; `沧北医专`: a medical college's short form."""
    ex = extract_text("柯振邦说，沧北医专拥有雄厚的人才资源，此次合作促使医院从临床型医院向教学科研型医院迈进。\n")
    assert names(ex, "Organization") == {"沧北医专"}
    assert next(e.kind for e in ex.entities if e.name == "沧北医专") == "university"


def test_an_institute_named_by_its_field_and_所_alone_in_a_text_about_it() -> None:
    """`西岭高原所举行…`, `西岭高原所的科研人员` in a text that speaks of its 所长: the institute's short form; the passive's
    `为人民所喜爱` is none."""
    ex = extract_text("6月8日，西岭高原所举行干部大会，宣布柯振邦担任副所长。西岭高原所的科研人员参加了会议。"
                      "这一成果为人民所喜爱，为人民所称道。\n")
    assert names(ex, "Organization") == {"西岭高原所"}
    assert next(e.kind for e in ex.entities if e.name == "西岭高原所") == "research_institute"


def test_a_latin_short_form_inside_a_name_is_part_of_it_and_one_after_a_unit_is_the_unit_s() -> None:
    """`西岭（WEST）大学`, `东湖开源芯片（OPEN-X）产业联盟`: one name over the brackets. After a unit or a meeting
    (`南州研究所（NZI）某实验室`, `北辰水文研讨会（BHW）组织委员会`) the short form is that one's, and the names part; a
    person's gloss (`柯远山（KYS）`) is no part of the unit after it."""
    ex = extract_text("柯振邦教授曾在西岭（WEST）大学访问。乔远鸣担任东湖开源芯片（OPEN-X）产业联盟理事长。"
                      "诸葛岚任南州研究所（NZI）湖泊生态全国重点实验室主任，并任北辰水文研讨会（BHW）组织委员会委员。"
                      "柯远山（KYS）南州中心主任。\n")
    units = names(ex, "Organization")
    assert {"西岭（WEST）大学", "东湖开源芯片（OPEN-X）产业联盟", "南州研究所", "湖泊生态全国重点实验室", "南州中心"} <= units
    assert not [n for n in units if "（" in n and n not in {"西岭（WEST）大学", "东湖开源芯片（OPEN-X）产业联盟"}]
    assert ("乔远鸣", "东湖开源芯片（OPEN-X）产业联盟") in relations(ex, "AFFILIATED_WITH")


def test_the_class_of_society_written_before_its_name_is_no_part_of_it() -> None:
    """`国家一级学会某某研究会常务理事`, `全国一级学会某学会会员`: the society's name, without the class it is of."""
    ex = extract_text("柯振邦是国家一级学会北辰湖泊学会常务理事、国家一级学会南州地理研究会理事，全国一级学会西岭学会会员。\n")
    assert names(ex, "Organization") == {"北辰湖泊学会", "南州地理研究会", "西岭学会"}
    assert ("柯振邦", "北辰湖泊学会") in relations(ex, "AFFILIATED_WITH")


def test_an_honour_before_a_unit_is_no_part_of_its_name() -> None:
    """`外籍专家某大学甲教授`: the honour, then the university; a service centre for experts keeps the word
    (`某省专家服务中心`)."""
    ex = extract_text("聘请的外籍专家西岭大学柯振邦教授作了报告。特聘专家南州大学乔松研究员随后发言。"
                      "西岭省专家服务中心主任柯岚出席。\n")
    units = names(ex, "Organization")
    assert {"西岭大学", "南州大学", "西岭省专家服务中心"} <= units
    assert not [n for n in units if n.startswith(("专家", "特聘专家"))]


def test_the_verb_of_an_award_going_to_a_unit_is_no_part_of_its_name() -> None:
    """`某奖花落某大学附属医院甲教授`: the award went to the hospital; neither the award nor 花落 is in its name."""
    ex = extract_text("年度青年奖花落南州大学附属医院柯远山主任医师。另两个奖项花落西岭大学和东湖研究院。\n")
    assert {"南州大学附属医院", "西岭大学", "东湖研究院"} <= names(ex, "Organization")
    assert ("柯远山", "南州大学附属医院") in relations(ex, "WORKS_AT")
    assert not [n for n in names(ex, "Organization") if "花落" in n or "奖" in n]


def test_a_department_word_right_after_a_university_is_its_department_with_no_post_after_it() -> None:
    """`在某大学地理系访学`, `毕业于某大学物理系`: the department, part of the university, with no post after it; a
    verb glued before a unit (`离不开某大学`) is no part of its name."""
    ex = extract_text("乔松曾在西岭大学地理系访学一年。柯振邦毕业于东湖大学物理系。"
                      "这项成果离不开北辰大学的长期投入。\n")
    assert {("西岭大学地理系", "西岭大学"), ("东湖大学物理系", "东湖大学")} <= relations(ex, "PART_OF")
    assert "北辰大学" in names(ex, "Organization") and not [n for n in names(ex, "Organization") if "离不开" in n]


def test_a_kind_of_unit_praised_is_no_unit_in_the_rules_reading_either() -> None:
    """`甲课题组与海外著名大学同行`, `国内一流大学`: a praised kind of unit names none (nor takes the person before)."""
    ex = extract_text("柯振邦课题组与海外著名大学同行合作开展研究。该校已建成国内一流大学。\n")
    assert not names(ex, "Organization")
    assert "柯振邦" in names(ex, "Person")


def test_a_school_of_two_fields_after_a_verb_is_read_whole_and_without_the_verb() -> None:
    """`甲来自化学与生物工程学院`: the school's two fields, not the person and the verb before them; `科技合作与交流部`
    keeps 合作, a word of its field."""
    ex = extract_text("柯振邦来自化学与生物工程学院。乔松来自湖泊与环境学院。科技合作与交流部部长柯岚出席。\n")
    assert {"化学与生物工程学院", "湖泊与环境学院", "科技合作与交流部"} <= names(ex, "Organization")
    assert not [n for n in names(ex, "Organization") if "来自" in n or n in ("环境学院", "交流部")]
