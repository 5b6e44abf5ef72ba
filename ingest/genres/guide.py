"""Parser for funding guides (genre `funding_guideline`): string in, `Extraction` out.

What a guide yields: the programme it calls for (FUNDED_BY each issuing agency), its
project classes with budget caps, every topic code with its title (PART_OF its class),
the agencies and offices it names, its contact persons (CONTACT_FOR the programme,
WORKS_AT their office), its eligibility rules, and document facts in `metadata`
(province, doc_number, issued, deadlines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.schema import Label, RelType
from ingest.genres.guide_contacts import Contact, find_contacts, office_home
from ingest.genres.guide_orgs import (
    AgencyResolver,
    OrgBook,
    find_agencies,
    find_doc_number,
    find_province,
    issuing_bodies,
)
from ingest.genres.guide_rules import find_rules
from ingest.genres.guide_topics import Programme, Structure, find_structure
from ingest.model import Entity, Extraction, Relation, Rule, Span
from ingest.org_names import org_kind

GENRE = "funding_guideline"
_ISSUED = re.compile(r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$", re.M)


@dataclass(slots=True)
class _Builder:
    entities: dict[tuple[Label, str], Entity] = field(default_factory=dict)
    relations: dict[tuple[RelType, str, str], Relation] = field(default_factory=dict)

    def entity(self, entity: Entity) -> None:
        self.entities.setdefault((entity.type, entity.name), entity)

    def relate(self, relation: Relation) -> None:
        self.relations.setdefault((relation.type, relation.source, relation.target), relation)


def parse(name: str, text: str) -> Extraction:
    province = find_province(text)
    resolver = AgencyResolver(province)
    structure = find_structure(text)
    orgs = find_agencies(text, resolver)
    issuers = issuing_bodies(text, resolver)
    contacts = find_contacts(text, resolver, office_home(issuers, orgs.mentions))
    for contact in contacts:
        if contact.office is not None:
            orgs.add(contact.office)

    builder = _Builder()
    programme = structure.programme
    _add_projects(builder, structure)
    _add_orgs(builder, orgs)
    if programme is not None:
        for issuer in issuers:
            builder.relate(Relation(RelType.FUNDED_BY, programme.name, issuer.name, spans=(issuer.span,)))
    _add_contacts(builder, contacts, programme)

    first_topic = min((t.span.start for t in structure.topics), default=None)
    rules = find_rules(text, [c.title for c in structure.classes],
                       [(t.code, t.span.start) for t in structure.topics], stop=first_topic)
    return Extraction(
        document=name,
        genre=GENRE,
        entities=tuple(builder.entities.values()),
        relations=tuple(builder.relations.values()),
        rules=tuple(rules),
        metadata=_metadata(text, province, programme, rules),
    )


def _add_projects(builder: _Builder, structure: Structure) -> None:
    programme = structure.programme
    year = programme.year if programme else None
    if programme is not None:
        builder.entity(Entity(Label.PROJECT, programme.name, kind="programme", year=year, spans=programme.spans))
    for cls in structure.classes:
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


def _add_orgs(builder: _Builder, orgs: OrgBook) -> None:
    for name in orgs.names():
        parent = orgs.parent(name)
        spans = orgs.spans(name)
        builder.entity(Entity(Label.ORGANIZATION, name, kind=org_kind(name), aliases=orgs.aliases(name),
                              parent=parent, spans=spans))
        if parent is not None:
            builder.relate(Relation(RelType.PART_OF, name, parent, spans=spans[:1]))


def _add_contacts(builder: _Builder, contacts: list[Contact], programme: Programme | None) -> None:
    for contact in contacts:
        person = builder.entities.get((Label.PERSON, contact.name))
        spans = (contact.span,) if person is None else tuple(sorted({*person.spans, contact.span},
                                                                    key=lambda s: s.start))
        builder.entities[(Label.PERSON, contact.name)] = Entity(Label.PERSON, contact.name, spans=spans)
        if contact.office is not None:
            builder.relate(Relation(RelType.WORKS_AT, contact.name, contact.office.name, spans=(contact.line_span,)))
        if programme is not None:
            builder.relate(Relation(RelType.CONTACT_FOR, contact.name, programme.name, phone=contact.phone,
                                    spans=(contact.line_span,)))


def _metadata(text: str, province: str | None, programme: Programme | None,
              rules: list[Rule]) -> tuple[tuple[str, str], ...]:
    meta: dict[str, str] = {}
    if province:
        meta["province"] = province
    doc_number = find_doc_number(text)
    if doc_number:
        meta["doc_number"] = doc_number[0]
    if programme is not None:
        meta["programme"] = programme.name
        if programme.year:
            meta["year"] = str(programme.year)
    issued = _ISSUED.search(text)
    if issued:
        y, m, d = (int(g) for g in issued.groups())
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
