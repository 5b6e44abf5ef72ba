"""Invented documents for the graph tests: 赵一鸣 of 某某大学附属医院 and the people around him."""

from __future__ import annotations

from dataclasses import replace

from graph.schema import Label, RelType
from ingest.model import (
    Entity,
    Extraction,
    PossiblySame,
    Relation,
    ResolvedDocument,
    Rule,
    SourceDocument,
    Span,
)


def key_for(label: Label, ref: str) -> str:
    return f"{label.lower()}:{ref}"


def _span(text: str, needle: str) -> tuple[Span, ...]:
    at = text.find(needle)
    return (Span(at, at + len(needle)),) if at >= 0 else ()


def make_document(
    name: str,
    text: str,
    entities: list[Entity],
    relations: list[Relation] | None = None,
    *,
    genre: str = "award_nomination",
    rules: tuple[Rule, ...] = (),
    possibly_same: tuple[PossiblySame, ...] = (),
) -> ResolvedDocument:
    """A resolved document whose spans point at the first place each name occurs in ``text``."""
    entities = [replace(e, spans=_span(text, e.name)) for e in entities]
    relations = [replace(r, spans=_span(text, r.source)) for r in relations or []]
    source = SourceDocument(name=name, text=text, encoding="utf-8", size=len(text.encode()))
    extraction = Extraction(
        document=name, genre=genre, entities=tuple(entities), relations=tuple(relations or ()), rules=rules,
        metadata=(("province", "某省"),),
    )
    keys = {(e.type, e.ref): key_for(e.type, e.ref) for e in entities}
    return ResolvedDocument(source=source, extraction=extraction, keys=keys, possibly_same=possibly_same)


HOSPITAL = "某某大学附属医院"
UNIVERSITY = "某某大学"
PROJECT = "某某疾病精准诊疗关键技术创新与应用"
PAPER = "某某疾病早期诊断的多中心研究"
PATENT_NO = "ZL202310000001.X"


def nomination(extra: str = "") -> ResolvedDocument:
    """An award nomination: 赵一鸣 and 钱二白 of 某某大学附属医院 complete a project."""
    text = (
        f"项目名称：{PROJECT}\n提名单位：某省卫生健康委员会\n主要完成人：赵一鸣，{HOSPITAL}（某某附院）主任医师；"
        f"钱二白，{UNIVERSITY}教授。\n代表性论文：{PAPER}，某某医学杂志，2021。\n"
        f"知识产权：一种检测装置，{PATENT_NO}。{extra}"
    )
    entities = [
        Entity(Label.PERSON, "赵一鸣"),
        Entity(Label.PERSON, "钱二白"),
        Entity(Label.ORGANIZATION, HOSPITAL, kind="hospital", aliases=("某某附院",), parent=UNIVERSITY),
        Entity(Label.ORGANIZATION, UNIVERSITY, kind="university"),
        Entity(Label.ORGANIZATION, "某省卫生健康委员会", kind="government"),
        Entity(Label.PROJECT, PROJECT, kind="award_nomination", year=2023),
        Entity(Label.PAPER, PAPER, journal="某某医学杂志", year=2021, pages="402-410", indexed_in=("SCI",)),
        Entity(Label.JOURNAL, "某某医学杂志"),
        Entity(Label.PATENT, "一种检测装置", number=PATENT_NO, kind="invention_patent"),
    ]
    relations = [
        Relation(RelType.WORKS_AT, "赵一鸣", HOSPITAL, title="主任医师"),
        Relation(RelType.WORKS_AT, "钱二白", UNIVERSITY, title="教授"),
        Relation(RelType.MEMBER_OF, "赵一鸣", PROJECT, rank=1),
        Relation(RelType.MEMBER_OF, "钱二白", PROJECT, rank=2),
        Relation(RelType.UNIT_OF, HOSPITAL, PROJECT, rank=1),
        Relation(RelType.NOMINATED_BY, PROJECT, "某省卫生健康委员会"),
        Relation(RelType.PART_OF, HOSPITAL, UNIVERSITY),
        Relation(RelType.AUTHORED, "赵一鸣", PAPER, order=1, corresponding=True),
        Relation(RelType.PUBLISHED_IN, PAPER, "某某医学杂志"),
        Relation(RelType.INVENTED, "赵一鸣", PATENT_NO, order=1),
        Relation(RelType.OWNS, HOSPITAL, PATENT_NO),
    ]
    return make_document("001_nomination.txt", text, entities, relations)


def nomination_revised() -> ResolvedDocument:
    """A new version of the same file: 钱二白 and the paper are gone, 孙三思 joins."""
    text = f"项目名称：{PROJECT}\n主要完成人：赵一鸣，{HOSPITAL}主任医师；孙三思，{HOSPITAL}副主任医师。"
    entities = [
        Entity(Label.PERSON, "赵一鸣"),
        Entity(Label.PERSON, "孙三思"),
        Entity(Label.ORGANIZATION, HOSPITAL, kind="hospital"),
        Entity(Label.PROJECT, PROJECT, kind="award_nomination", year=2023),
    ]
    relations = [
        Relation(RelType.WORKS_AT, "赵一鸣", HOSPITAL, title="主任医师"),
        Relation(RelType.WORKS_AT, "孙三思", HOSPITAL, title="副主任医师"),
        Relation(RelType.MEMBER_OF, "赵一鸣", PROJECT, rank=1),
        Relation(RelType.MEMBER_OF, "孙三思", PROJECT, rank=2),
    ]
    return make_document("001_nomination.txt", text, entities, relations)


def news() -> ResolvedDocument:
    """A press article that also names 赵一鸣 at 某某大学附属医院, and another 赵一鸣 who may be him."""
    text = f"近日，{HOSPITAL}赵一鸣主任团队在某某疾病诊疗方面取得进展。另据报道，某某研究所赵一鸣研究员也参与其中。"
    entities = [
        Entity(Label.PERSON, "赵一鸣"),
        Entity(Label.ORGANIZATION, HOSPITAL, kind="hospital", aliases=("某某大学附院",)),
        Entity(Label.ORGANIZATION, "某某研究所", kind="research_institute"),
    ]
    relations = [
        Relation(RelType.WORKS_AT, "赵一鸣", HOSPITAL, position="主任"),
        Relation(RelType.LEADS, "赵一鸣", HOSPITAL, role="主任"),
    ]
    doc = make_document("002_news.txt", text, entities, relations, genre="news")
    other = "person:赵一鸣@某某研究所"
    keys = {**doc.keys, (Label.PERSON, "赵一鸣@某某研究所"): other}
    same = (PossiblySame(a=key_for(Label.PERSON, "赵一鸣"), b=other, score=0.4, reason="same name, different unit"),)
    extraction = Extraction(
        document=doc.extraction.document, genre="news",
        entities=(*doc.extraction.entities, Entity(Label.PERSON, "赵一鸣@某某研究所", spans=(Span(30, 33),))),
        relations=(*doc.extraction.relations, Relation(RelType.WORKS_AT, "赵一鸣@某某研究所", "某某研究所")),
    )
    return ResolvedDocument(source=doc.source, extraction=extraction, keys=keys, possibly_same=same)


def guideline() -> ResolvedDocument:
    """A funding guide with one topic, one contact and one eligibility rule."""
    topic = "某某疾病防治研究"
    text = f"某某计划2024年度项目申报指南。{topic}（指南代码2001）。联系人：李四海，电话010-00000000。每位负责人限报1项。"
    entities = [
        Entity(Label.PROJECT, "某某计划", kind="programme"),
        # the same words name an organization too: MEMBER_OF and PART_OF must still reach the Project
        Entity(Label.ORGANIZATION, "某某计划", kind="other"),
        Entity(Label.PROJECT, topic, kind="funding_topic", code="2001", budget_cap_wan=300.0),
        Entity(Label.PERSON, "李四海"),
    ]
    relations = [
        Relation(RelType.PART_OF, topic, "某某计划"),
        Relation(RelType.CONTACT_FOR, "李四海", "某某计划", phone="010-00000000"),
        Relation(RelType.MEMBER_OF, "李四海", "某某计划"),
        Relation(RelType.AUTHORED, "李四海", "不存在的论文"),  # no such entity: rejected, not fatal
    ]
    rule = Rule(
        id="r1", text="每位负责人限报1项", applies_to="leader", constraint="max_applications_per_leader",
        params=(("max", "1"),), spans=(Span(text.find("每位"), len(text) - 1),),
    )
    return make_document("003_guide.txt", text, entities, relations, genre="funding_guideline", rules=(rule,))
