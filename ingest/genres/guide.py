"""Parser for funding guides (genre `funding_guideline`): string in, `Extraction` out.

What a guide yields: the programme it calls for (FUNDED_BY the body that runs it), its
project classes with budget caps (listed as items, in a table, or in a sentence of caps),
every topic code with its title (PART_OF its class), the agencies and offices it names
(an office PART_OF its agency or school), its contact persons (CONTACT_FOR the programme
with their phone, WORKS_AT their office where the call says it), its eligibility rules,
and document facts in `metadata` (province, doc_number, issued, deadlines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.schema import Label, RelType
from ingest.genres.guide_bodies import body_mentions, find_bodies
from ingest.genres.guide_categories import find_categories, sub_kinds
from ingest.genres.guide_contacts import Contact, OfficeHome, find_contacts, table_contacts
from ingest.genres.guide_funders import funders_of
from ingest.genres.guide_header import Header, find_header
from ingest.genres.guide_items import Area, capped_class_names, capped_classes, find_areas, find_item_classes
from ingest.genres.guide_orgs import (
    AgencyResolver,
    OrgBook,
    find_agencies,
    find_province,
    issuing_bodies,
)
from ingest.genres.guide_programme import Call, Programme, find_call, standing_name
from ingest.genres.guide_rules import find_rules
from ingest.genres.guide_tables import classes_in_tables, contacts_in_tables
from ingest.genres.guide_text import to_fullwidth_brackets
from ingest.genres.guide_topics import ProjectClass, Structure, find_structure
from ingest.model import Entity, Extraction, Relation, Rule, Span
from ingest.nlp.programmes import listed_categories
from ingest.org_names import org_kind

GENRE = "funding_guideline"
_ISSUED = re.compile(r"^\s*(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|-(\d{1,2})-(\d{1,2}))\s*$", re.M)


@dataclass(slots=True)
class _Builder:
    entities: dict[tuple[Label, str], Entity] = field(default_factory=dict)
    relations: dict[tuple[RelType, str, str], Relation] = field(default_factory=dict)

    def entity(self, entity: Entity) -> None:
        self.entities.setdefault((entity.type, entity.name), entity)

    def relate(self, relation: Relation) -> None:
        self.relations.setdefault((relation.type, relation.source, relation.target), relation)


def parse(name: str, text: str) -> Extraction:
    header = find_header(text)
    province = find_province(text)
    resolver = AgencyResolver(province)
    call = find_call(text, header)
    programme = call.programme
    structure = find_structure(text, programme)
    orgs = find_agencies(text, resolver)
    issuers = issuing_bodies(text, resolver)
    bodies = find_bodies(text, header, issuers, resolver)
    for mention in bodies.mentions:
        orgs.add(mention)
    funders, agencies = funders_of(call, issuers, bodies, orgs, resolver)
    for funder in [*funders, *agencies]:
        orgs.add(funder)
    founders = [m for n in call.founders for m in body_mentions(n.name, n.span, resolver)]
    for founder in founders:
        orgs.add(founder)
    home = OfficeHome(bodies.lead, tuple(m for m in orgs.mentions if m.parent))
    contacts = find_contacts(text, resolver, home, bodies.handling)
    contacts += table_contacts(contacts_in_tables(text), resolver, home)
    for contact in contacts:
        if contact.office is not None:
            orgs.add(contact.office)

    builder = _Builder()
    classes = (structure.classes or find_item_classes(text) or classes_in_tables(text) or capped_classes(text)
               or _sub_class(call))
    _add_programmes(builder, call)
    _add_projects(builder, structure, classes, programme)
    _add_areas(builder, [] if structure.topics else find_areas(text), programme)
    _add_categories(builder, text, call)
    _add_orgs(builder, orgs, _designation(programme))
    if programme is not None:
        for funder in funders:
            for funded in (programme, *call.also):
                builder.relate(Relation(RelType.FUNDED_BY, funded.name, funder.name, spans=(funder.span,)))
        founded = call.standing.name if call.standing is not None else programme.name  # the standing award's
        parents = {m.parent for m in founders if m.parent}
        for founder in (m for m in founders if m.name not in parents):
            builder.relate(Relation(RelType.FUNDED_BY, founded, founder.name, spans=(founder.span,)))
    _add_contacts(builder, contacts, (programme, *call.also) if programme is not None else ())

    first_topic = min((t.span.start for t in structure.topics), default=None)
    rules = find_rules(text, [c.title for c in classes] or capped_class_names(text),
                       [(t.code, t.span.start) for t in structure.topics], stop=first_topic)
    return Extraction(
        document=name,
        genre=GENRE,
        entities=tuple(builder.entities.values()),
        relations=tuple(builder.relations.values()),
        rules=tuple(rules),
        metadata=_metadata(text, province, header, programme, rules),
    )


def _sub_class(call: Call) -> list[ProjectClass]:
    """The class of the programme a call is for, where the call names it after the programme alone."""
    if call.sub_class is None:
        return []
    return [ProjectClass(to_fullwidth_brackets(call.sub_class.name), spans=[call.sub_class.span])]


def _add_programmes(builder: _Builder, call: Call) -> None:
    programme, standing = call.programme, call.standing
    if programme is None:
        return
    builder.entity(Entity(Label.PROJECT, programme.name, kind="programme", year=programme.year,
                          spans=programme.spans))
    if standing is not None:
        builder.entity(Entity(Label.PROJECT, standing.name, kind="programme", spans=standing.spans))
        builder.relate(Relation(RelType.PART_OF, programme.name, standing.name, spans=standing.spans[:1]))
    for other in call.also:
        builder.entity(Entity(Label.PROJECT, other.name, kind="programme", year=other.year, spans=other.spans))
    for part in call.parts:
        builder.entity(Entity(Label.PROJECT, part.parent, kind="programme", spans=(part.parent_span,)))
        builder.entity(Entity(Label.PROJECT, part.name, kind="programme", spans=(part.span,)))
        builder.relate(Relation(RelType.PART_OF, part.name, part.parent, spans=(part.span,)))


def _add_projects(builder: _Builder, structure: Structure, classes: list[ProjectClass],
                  programme: Programme | None) -> None:
    year = programme.year if programme else None
    for cls in classes:
        spans = tuple(sorted({*cls.spans, *cls.cap_spans}, key=lambda s: (s.start, s.end)))
        builder.entity(Entity(Label.PROJECT, cls.title, kind="programme", year=year, code=cls.code,
                              budget_cap_wan=cls.budget_cap_wan, spans=spans))
        if programme is not None:
            builder.relate(Relation(RelType.PART_OF, cls.title, programme.name, spans=spans[:1]))
    for topic in structure.topics:
        builder.entity(Entity(Label.PROJECT, topic.title, kind="funding_topic", code=topic.code, year=year,
                              budget_cap_wan=structure.topic_caps.get(topic.code), spans=(topic.span,)))
        parent = structure.topic_class.get(topic.code) or (programme.name if programme else None)
        if parent is not None:
            builder.relate(Relation(RelType.PART_OF, topic.title, parent, spans=(topic.span,)))


def _add_categories(builder: _Builder, text: str, call: Call) -> None:
    names = tuple(p.name for p in (call.programme, call.standing) if p is not None)
    year = call.programme.year if call.programme is not None else None
    categories = sub_kinds(find_categories(text, names))
    for category in categories:
        builder.entity(Entity(Label.PROJECT, category.name, kind="programme", year=year,
                              budget_cap_wan=category.budget_cap_wan, spans=(category.span,)))
        builder.relate(Relation(RelType.PART_OF, category.name, category.parent, spans=(category.span,)))
    named = {c.name for c in categories}
    for award, name, start, end, listed in listed_categories(text, 0, len(text)):  # 某奖|自然科学奖、技术发明奖
        if name in named:
            continue
        builder.entity(Entity(Label.PROJECT, award, kind="programme", spans=(Span(listed.start, listed.start + len(award)),)))
        builder.entity(Entity(Label.PROJECT, name, kind="programme", spans=(Span(start, end),)))
        builder.relate(Relation(RelType.PART_OF, name, award, spans=(listed,)))


def _add_areas(builder: _Builder, areas: list[Area], programme: Programme | None) -> None:
    year = programme.year if programme else None
    for area in areas:
        builder.entity(Entity(Label.PROJECT, area.title, kind="funding_topic", year=year,
                              budget_cap_wan=area.budget_cap_wan, spans=(area.span,)))
        if programme is not None:
            builder.relate(Relation(RelType.PART_OF, area.title, programme.name, spans=(area.span,)))


def _designation(programme: Programme | None) -> str | None:
    """The kind of unit a call designates (`2021年度某省工程技术研究中心` calls units to become one): its name, which
    names no organization."""
    if programme is None:
        return None
    name = standing_name(programme.name)
    return name if org_kind(name) != "other" else None


def _add_orgs(builder: _Builder, orgs: OrgBook, designation: str | None = None) -> None:
    for name in orgs.names():
        if name == designation:
            continue
        parent = orgs.parent(name)
        spans = orgs.spans(name)
        builder.entity(Entity(Label.ORGANIZATION, name, kind=orgs.kind(name) or org_kind(name), aliases=orgs.aliases(name),
                              parent=parent, spans=spans))
        if parent is not None:
            builder.relate(Relation(RelType.PART_OF, name, parent, spans=spans[:1]))


def _add_contacts(builder: _Builder, contacts: list[Contact], programmes: tuple[Programme, ...]) -> None:
    for contact in contacts:
        person = builder.entities.get((Label.PERSON, contact.name))
        spans = (contact.span,) if person is None else tuple(sorted({*person.spans, contact.span},
                                                                    key=lambda s: s.start))
        builder.entities[(Label.PERSON, contact.name)] = Entity(Label.PERSON, contact.name, spans=spans)
        if contact.office is not None:
            builder.relate(Relation(RelType.WORKS_AT, contact.name, contact.office.name, spans=(contact.line_span,)))
        for programme in programmes:  # (each the call is for)
            builder.relate(Relation(RelType.CONTACT_FOR, contact.name, programme.name, phone=contact.phone,
                                    spans=(contact.line_span,)))


def _metadata(text: str, province: str | None, header: Header, programme: Programme | None,
              rules: list[Rule]) -> tuple[tuple[str, str], ...]:
    meta: dict[str, str] = {}
    if province:
        meta["province"] = province
    if header.doc_number is not None:
        meta["doc_number"] = header.doc_number.name
    if programme is not None:
        meta["programme"] = programme.name
        if programme.year:
            meta["year"] = str(programme.year)
    issued = _ISSUED.search(text)
    if issued:
        y, m, d = (int(g) for g in issued.groups() if g)
        meta["issued"] = f"{y:04d}-{m:02d}-{d:02d}"
    for rule in rules:
        if rule.constraint != "submission_deadline":
            continue
        params = dict(rule.params)
        meta.setdefault(f"deadline_{params['stage']}", params["deadline"])
        meta.setdefault("deadline", params["deadline"])
    return tuple(meta.items())


def spans_text(text: str, spans: tuple[Span, ...]) -> list[str]:
    """The source text each span covers (for review and tests)."""
    return [text[s.start:s.end] for s in spans]
