"""Invented staff lists, loaded through the loader like any document: one of 青松大学附属第一医院 with more
people than one expansion shows (the page's cap and "show more"), and one of an institute with 299 (a
300-node view of the canvas)."""

from __future__ import annotations

from graph.loader import load_document
from graph.schema import Label, RelType
from graph.stores.base import Store
from ingest.model import Entity, Extraction, Relation, ResolvedDocument, SourceDocument, Span

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
    load_document(store, doc)
    return doc


def load_institute(store: Store, count: int) -> ResolvedDocument:
    """北岭材料研究所 and ``count`` researchers: with the institute, a view of ``count`` + 1 nodes."""
    doc = roster_document(count, INSTITUTE, "research_institute", "研究员", "研究员", "staff_beiling.txt")
    load_document(store, doc)
    return doc
