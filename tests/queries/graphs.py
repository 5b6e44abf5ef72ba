"""Build test graphs from the invented documents in tests/fixtures/coi: text + kgx/1 annotations.

A stand-in for the resolver: keys follow the project's conventions (a person is keyed by the unit
they work at in that document, else by the document) and spans are found in the text, so that
evidence can quote the line a fact comes from.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from graph.schema import Label, RelType
from graph.stores.base import Store
from ingest.model import (
    Extraction,
    PossiblySame,
    ResolvedDocument,
    SourceDocument,
    Span,
    from_kgx,
)
from ingest.pipeline import load_resolved

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "coi"
_PREFIX = {Label.ORGANIZATION: "org", Label.PROJECT: "project", Label.PAPER: "paper",
           Label.PATENT: "patent", Label.JOURNAL: "journal"}


def _find(text: str, needle: str) -> tuple[Span, ...]:
    at = text.find(needle)
    return (Span(at, at + len(needle)),) if at >= 0 else ()


def _line_with(text: str, *needles: str) -> tuple[Span, ...]:
    start = 0
    for line in text.split("\n"):
        if all(n in line for n in needles):
            return (Span(start, start + len(line)),)
        start += len(line) + 1
    return ()


def _display(extraction: Extraction, ref: str) -> str:
    for e in extraction.entities:
        if e.ref == ref:
            return e.name
    return ref


def person_key(name: str, org: str | None, doc_id: str) -> str:
    return f"person:{name}@org:{org}" if org else f"person:{name}@doc:{doc_id[:16]}"


def resolve_fixture(stem: str, possibly_same: tuple[tuple[str, str], ...] = ()) -> ResolvedDocument:
    text = (FIXTURES / f"{stem}.txt").read_text(encoding="utf-8")
    raw = from_kgx(json.loads((FIXTURES / f"{stem}.kgx.json").read_text(encoding="utf-8")))
    source = SourceDocument(name=raw.document, text=text, encoding="utf-8", size=len(text.encode()))
    entities = tuple(replace(e, spans=_find(text, e.name)) for e in raw.entities)
    relations = tuple(
        replace(r, spans=_line_with(text, _display(raw, r.source), _display(raw, r.target))
                or _line_with(text, _display(raw, r.source)))
        for r in raw.relations
    )
    extraction = Extraction(raw.document, raw.genre, entities, relations, raw.rules, raw.metadata)
    works_at = {r.source: r.target for r in relations if r.type is RelType.WORKS_AT}
    keys: dict[tuple[Label, str], str] = {}
    for e in entities:
        if e.type is Label.PERSON:
            keys[(e.type, e.ref)] = person_key(e.name, works_at.get(e.name), source.id)
        else:
            keys[(e.type, e.ref)] = f"{_PREFIX[e.type]}:{e.ref}"
    same = tuple(PossiblySame(a, b, 0.5, "同名") for a, b in possibly_same)
    return ResolvedDocument(source=source, extraction=extraction, keys=keys, possibly_same=same)


def load_fixture(store: Store, stem: str, possibly_same: tuple[tuple[str, str], ...] = ()) -> ResolvedDocument:
    doc = resolve_fixture(stem, possibly_same)
    load_resolved(store, doc)
    return doc


def load_world(store: Store) -> dict[str, ResolvedDocument]:
    """The award nomination of 青松肝病防治体系研究 and the 东湖研究院 news article."""
    award = load_fixture(store, "award_qingsong")
    news = load_fixture(store, "news_donghu", possibly_same=(
        ("person:王磊@org:青松大学附属第一医院", "person:王磊@org:东湖研究院"),))
    return {"award": award, "news": news}
