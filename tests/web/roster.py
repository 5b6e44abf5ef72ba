"""An invented staff list of 青松大学附属第一医院: more people than one expansion shows, so the page's
cap and "show more" can be tested on the real routes. Loaded through the loader like any document."""

from __future__ import annotations

from graph.loader import load_document
from graph.schema import Label, RelType
from graph.stores.base import Store
from ingest.model import Entity, Extraction, Relation, ResolvedDocument, SourceDocument, Span

HOSPITAL = "青松大学附属第一医院"


def staff_names(count: int) -> list[str]:
    return [f"职工{i:03d}" for i in range(1, count + 1)]


def roster_document(count: int) -> ResolvedDocument:
    lines = [f"{HOSPITAL}在职人员名单"]
    entities = [Entity(Label.ORGANIZATION, HOSPITAL, kind="hospital", spans=(Span(0, len(HOSPITAL)),))]
    relations = []
    offset = len(lines[0]) + 1
    for i, name in enumerate(staff_names(count), start=1):
        line = f"{i}. {name}，{HOSPITAL}，医师"
        at = offset + line.index(name)
        entities.append(Entity(Label.PERSON, name, spans=(Span(at, at + len(name)),)))
        relations.append(Relation(RelType.WORKS_AT, name, HOSPITAL, title="医师", spans=(Span(offset, offset + len(line)),)))
        lines.append(line)
        offset += len(line) + 1
    text = "\n".join(lines) + "\n"
    source = SourceDocument(name="staff_qingsong.txt", text=text, encoding="utf-8", size=len(text.encode()))
    extraction = Extraction(source.name, "other", tuple(entities), tuple(relations))
    keys = {(Label.ORGANIZATION, HOSPITAL): f"org:{HOSPITAL}"}
    keys.update({(Label.PERSON, name): f"person:{name}@org:{HOSPITAL}" for name in staff_names(count)})
    return ResolvedDocument(source=source, extraction=extraction, keys=keys)


def load_roster(store: Store, count: int) -> ResolvedDocument:
    doc = roster_document(count)
    load_document(store, doc)
    return doc
