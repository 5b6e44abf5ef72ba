"""Invented staff lists, loaded through the loader like any document: one of 青松大学附属第一医院 with more
people than one expansion shows (the page's cap and "show more"), and one of an institute with 299 (a
300-node view of the canvas)."""

from __future__ import annotations

from graph.schema import Label, RelType
from graph.stores.base import Store
from ingest.model import Entity, Extraction, Relation, ResolvedDocument, SourceDocument, Span
from ingest.pipeline import load_resolved

HOSPITAL = "青松大学附属第一医院"


INSTITUTE = "北岭材料研究所"


def staff_names(count: int, prefix: str = "职工") -> list[str]:
    return [f"{prefix}{i:03d}" for i in range(1, count + 1)]


def roster_document(count: int, unit: str = HOSPITAL, kind: str = "hospital", prefix: str = "职工",
                    title: str = "医师", file: str = "staff_qingsong.txt") -> ResolvedDocument:
    lines = [f"{unit}在职人员名单"]
    entities = [Entity(Label.ORGANIZATION, unit, kind=kind, spans=(Span(0, len(unit)),))]
    relations = []
    offset = len(lines[0]) + 1
    names = staff_names(count, prefix)
    for i, name in enumerate(names, start=1):
        line = f"{i}. {name}，{unit}，{title}"
        at = offset + line.index(name)
        entities.append(Entity(Label.PERSON, name, spans=(Span(at, at + len(name)),)))
        relations.append(Relation(RelType.WORKS_AT, name, unit, title=title, spans=(Span(offset, offset + len(line)),)))
        lines.append(line)
        offset += len(line) + 1
    text = "\n".join(lines) + "\n"
    source = SourceDocument(name=file, text=text, encoding="utf-8", size=len(text.encode()))
    extraction = Extraction(source.name, "other", tuple(entities), tuple(relations))
    keys = {(Label.ORGANIZATION, unit): f"org:{unit}"}
    keys.update({(Label.PERSON, name): f"person:{name}@org:{unit}" for name in names})
    return ResolvedDocument(source=source, extraction=extraction, keys=keys)


def load_roster(store: Store, count: int) -> ResolvedDocument:
    doc = roster_document(count)
    load_resolved(store, doc)
    return doc


def institute_document(researchers: int, projects: int) -> ResolvedDocument:
    """北岭材料研究所's staff list, and the projects it is a unit of, each with two of its researchers."""
    staff = roster_document(researchers, INSTITUTE, "research_institute", "研究员", "研究员", "staff_beiling.txt")
    lines = [staff.source.text.rstrip("\n"), f"{INSTITUTE}承担项目"]
    offset = len(lines[0]) + 1 + len(lines[1]) + 1
    entities, relations = list(staff.extraction.entities), list(staff.extraction.relations)
    keys = dict(staff.keys)
    names = staff_names(researchers, "研究员")
    for i in range(1, projects + 1):
        project = f"新材料课题{i:03d}"
        members = (names[(2 * i) % researchers], names[(2 * i + 1) % researchers])
        line = f"{i}. {project}，承担单位：{INSTITUTE}，成员：{'，'.join(members)}"
        span = (Span(offset, offset + len(line)),)
        entities.append(Entity(Label.PROJECT, project, spans=(Span(offset + line.index(project), offset + line.index(project) + len(project)),)))
        relations.append(Relation(RelType.UNIT_OF, INSTITUTE, project, spans=span))
        relations += [Relation(RelType.MEMBER_OF, m, project, spans=span) for m in members]
        keys[(Label.PROJECT, project)] = f"project:{project}"
        lines.append(line)
        offset += len(line) + 1
    text = "\n".join(lines) + "\n"
    source = SourceDocument(name=staff.source.name, text=text, encoding="utf-8", size=len(text.encode()))
    return ResolvedDocument(source=source, extraction=Extraction(source.name, "other", tuple(entities), tuple(relations)),
                            keys=keys)


def load_institute(store: Store, researchers: int, projects: int) -> ResolvedDocument:
    """北岭材料研究所 with ``researchers`` staff and ``projects`` projects: a neighbourhood of
    researchers + projects + 1 nodes (the API gives at most 200 neighbours of one relationship type)."""
    doc = institute_document(researchers, projects)
    load_resolved(store, doc)
    return doc
