"""Parser for award nominations (公示 of candidates for a science and technology award).

`parse(name, text)` reads the header fields (推荐奖种, 项目名称, 推荐/提名单位), the completer
and completing-unit tables, the representative papers and intellectual property tables, and
the organizations and citations stated in prose, into one kgx/1 `Extraction`.
"""

from __future__ import annotations

from graph.schema import Label, RelType
from ingest.genres.award_orgs import OrgRegistry, ends_with_org_suffix, split_parenthetical
from ingest.genres.award_papers import PaperRecord, parse_papers
from ingest.genres.award_patents import parse_patents
from ingest.genres.award_people import Completer, CompletingUnit, parse_completers, parse_units
from ingest.genres.award_prose import (
    cited_papers,
    contribution_paper_roles,
    funded_projects,
    prose_organizations,
)
from ingest.genres.award_sections import Header, find_sections, parse_header
from ingest.kit.builder import Builder
from ingest.kit.text import item_lines, lines_of
from ingest.model import Entity, Extraction

GENRE = "award_nomination"


def parse(name: str, text: str) -> Extraction:
    return read_form(name, text)[0]


def read_form(name: str, text: str) -> tuple[Extraction, int]:
    """The form's extraction, and where the form starts (`_form_start`)."""
    lines = lines_of(text)
    sections = find_sections(lines)
    header = parse_header(lines[slice(*sections.header)])
    units = parse_units(lines[slice(*sections.units)])
    completers = parse_completers(item_lines(lines[slice(*sections.completers)]), [u.name for u in units])
    papers = parse_papers(lines[slice(*sections.papers)])
    patents = parse_patents(lines[slice(*sections.patents)])

    out = Builder()
    orgs = OrgRegistry(text)
    project = _project(out, header)
    _nominators(out, orgs, header, project)
    _units(out, orgs, units, project)
    _completers(out, orgs, completers, project)
    known_people = {c.name for c in completers}
    _papers(out, papers, completers, known_people)
    for patent in patents:
        patent.emit(out, orgs)
    intro = lines[slice(*sections.intro)]
    prose_organizations(orgs, text, intro, units, completers)
    funded_projects(out, orgs, completers)
    if project:
        cited_papers(out, text, intro, units, completers)
    orgs.infer_structure()
    for entity in orgs.entities():
        out.entity(entity)
    for relation in orgs.relations():
        out.relation(relation.type, relation.source, relation.target, *relation.spans)
    return Extraction(document=name, genre=GENRE, entities=out.entities(), relations=out.relations()), \
        _form_start(text, header)


# text before the form's first field longer than a title block: a letter or a news item the form is quoted in
_PREFACE = 300


def _form_start(text: str, header: Header) -> int:
    """Where the nomination form starts: the line of its first field, where a letter or news item runs before
    it (prose of its own); else the document's start (the title lines above the fields are the form's)."""
    if header.first_label is None:
        return 0
    start = text.rfind("\n", 0, header.first_label) + 1
    return start if len("".join(text[:start].split())) > _PREFACE else 0


def _project(out: Builder, header: Header) -> str | None:
    if not header.project:
        return None
    spans = [header.project.span] + ([header.award.span] if header.award else [])
    return out.entity(Entity(
        Label.PROJECT, header.project.value, kind="award_nomination",
        award=header.award.value if header.award else None, year=header.year, spans=tuple(spans),
    ))


def _nominators(out: Builder, orgs: OrgRegistry, header: Header, project: str | None) -> None:
    for field in header.nominators:
        org = orgs.add(field.value, field.span, from_table=True)
        if project:
            out.relation(RelType.NOMINATED_BY, project, org, field.span)
    for expert in header.experts:  # a person nominates; NOMINATED_BY is a unit's (gold/SCHEMA.md): where each works
        person = out.person(expert.name.value, expert.name.span)
        if expert.unit is not None and ends_with_org_suffix(expert.unit.value):
            unit = orgs.add(expert.unit.value, expert.unit.span, from_table=True)
            out.relation(RelType.WORKS_AT, person, unit, expert.name.span, title=expert.title)


def _units(out: Builder, orgs: OrgRegistry, units: list[CompletingUnit], project: str | None) -> None:
    for unit in units:
        head, aliases = split_parenthetical(unit.name)
        org = orgs.add(head, unit.span, from_table=True, aliases=tuple(aliases))
        if project:
            out.relation(RelType.UNIT_OF, org, project, unit.span, rank=unit.rank)


def _completers(out: Builder, orgs: OrgRegistry, completers: list[Completer], project: str | None) -> None:
    for c in completers:
        person = out.person(c.name, c.name_span)
        if project:
            out.relation(RelType.MEMBER_OF, person, project, c.span, rank=c.rank)
        work = completing = None
        if c.work_unit:
            head, aliases = split_parenthetical(c.work_unit)
            work = orgs.add(head, c.work_span, from_table=True,
                            aliases=tuple(aliases) + ((c.work_unit,) if aliases else ()))
            out.relation(RelType.WORKS_AT, person, work, c.span, title=c.title, position=c.position)
        if c.completing_unit:
            head, aliases = split_parenthetical(c.completing_unit)
            completing = orgs.add(head, c.completing_span, from_table=True, aliases=tuple(aliases))
        if completing and completing != work:
            out.relation(RelType.AFFILIATED_WITH, person, completing, c.completing_span)


def _papers(out: Builder, papers: list[PaperRecord], completers: list[Completer], known: set[str]) -> None:
    roles = contribution_paper_roles(completers)
    for paper in papers:
        paper.emit(out, known, roles.get(paper.number, []))
