"""Evidence for a link: the path of nodes and relationships, and for each relationship the document it
comes from and the sentence (or line) at its span."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from graph.provenance import parse_span
from graph.stores.base import Store
from queries.readable import document_title, paper_title, quote_at
from queries.runner import run_query
from queries.vocab import relation_phrase

WINDOW = 160  # characters read on either side of a span to find its sentence


@dataclass(frozen=True, slots=True)
class NodeRef:
    key: str
    label: str
    name: str
    year: int | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"key": self.key, "label": self.label, "name": self.name}
        if self.year is not None:
            out["year"] = self.year
        return out


@dataclass(frozen=True, slots=True)
class RelRef:
    """A relationship on a path, with the provenance the graph stores for it."""

    type: str
    start: str
    end: str
    sources: tuple[str, ...] = ()
    spans: tuple[str, ...] = ()

    @staticmethod
    def of(type_: str, start: str, end: str, sources: Iterable[str] | None, spans: Iterable[str] | None) -> RelRef:
        return RelRef(type_, start, end, tuple(sources or ()), tuple(spans or ()))


@dataclass(frozen=True, slots=True)
class Source:
    document: str
    name: str | None
    supports: str  # which relationship, for people: "林晓峰 —作者→ 肝纤维化新型标志物研究"
    span: tuple[int, int] | None = None
    text: str | None = None
    line: int | None = None  # the line of the document the span starts on (1-based)
    title: str | None = None  # the document's title, for people (its name is a file name)
    relationship: tuple[str, str, str] | None = None  # (start key, type, end key)

    @property
    def where(self) -> str:
        """《title》第 N 行 (file name)."""
        title = self.title or self.name or self.document[:16]
        line = f"第 {self.line} 行" if self.line else ""
        return f"《{title}》{line}" + (f"（{self.name}）" if self.name and self.name != title else "")

    def as_dict(self) -> dict[str, Any]:
        rel = ({"start": self.relationship[0], "type": self.relationship[1], "end": self.relationship[2]}
               if self.relationship else None)
        return {"document": {"id": self.document, "name": self.name, "title": self.title}, "supports": self.supports,
                "relationship": rel, "span": list(self.span) if self.span else None, "line": self.line,
                "where": self.where, "text": self.text}


@dataclass(frozen=True, slots=True)
class Evidence:
    kind: str
    summary: str
    path: tuple[NodeRef | RelRef, ...]
    sources: tuple[Source, ...] = field(default=())

    def relationships(self) -> list[RelRef]:
        return [p for p in self.path if isinstance(p, RelRef)]

    def as_dict(self) -> dict[str, Any]:
        path: list[dict[str, Any]] = []
        for item in self.path:
            if isinstance(item, NodeRef):
                path.append({"node": item.as_dict()})
            else:
                path.append({"relationship": {"type": item.type, "start": item.start, "end": item.end}})
        return {"kind": self.kind, "summary": self.summary, "path": path,
                "sources": [s.as_dict() for s in self.sources]}


def _label(rel: RelRef, names: dict[str, str]) -> str:
    return relation_phrase(names.get(rel.start, rel.start), rel.type, names.get(rel.end, rel.end))


_HEAD = 1500  # characters of a document read to find its title


def _where(store: Store, spans: Sequence[tuple[str, int]]) -> tuple[dict[tuple[str, int], int], dict[str, str]]:
    """The line each (document, start) is on, and each document's title: one query."""
    rows = run_query(store, "source_lines", spans=[{"doc": d, "start": s} for d, s in spans], head=_HEAD) if spans else []
    lines = {(r["doc"], r["start"]): int(r["line"]) for r in rows}
    titles = {r["doc"]: document_title(r["name"], r["head"], r["metadata_json"]) for r in rows}
    return lines, titles


def attach_sources(store: Store, evidence: Sequence[Evidence], per_rel: int = 2) -> list[Evidence]:
    """Evidence with sources filled in: one query fetches every window of text needed."""
    wanted: dict[tuple[str, int, int], dict[str, Any]] = {}
    for ev in evidence:
        for rel in ev.relationships():
            for raw in rel.spans[:per_rel]:
                parsed = parse_span(raw)
                if parsed:
                    doc, s, e = parsed
                    lo = max(0, s - WINDOW)
                    wanted[parsed] = {"doc": doc, "start": s, "end": e, "from": lo, "len": e - lo + WINDOW}
            for doc in rel.sources:
                if not any(raw.startswith(doc + ":") for raw in rel.spans):
                    wanted[(doc, -1, -1)] = {"doc": doc, "start": -1, "end": -1, "from": 0, "len": 0}
    rows = run_query(store, "evidence_text", spans=list(wanted.values())) if wanted else []
    found = {(r["doc"], r["start"], r["end"]): r for r in rows}
    lines, titles = _where(store, sorted({(doc, max(start, 0)) for doc, start, _ in found}))
    out = []
    for ev in evidence:
        names = {p.key: paper_title(p.name) if p.label == "Paper" else p.name for p in ev.path if isinstance(p, NodeRef)}
        sources: list[Source] = []
        for rel in ev.relationships():
            supports = _label(rel, names)
            code = (rel.start, rel.type, rel.end)
            for raw in rel.spans[:per_rel]:
                parsed = parse_span(raw)
                row = found.get(parsed) if parsed else None
                if parsed and row:
                    doc, s, e = parsed
                    window = row["window"] or ""
                    start = s - row["window_start"]
                    # a span outside the stored text (clipped away) quotes nothing
                    text = quote_at(window, start, e - row["window_start"]) if 0 <= start < len(window) else None
                    sources.append(Source(doc, row["name"], supports, (s, e), text, lines.get((doc, s)), titles.get(doc),
                                          code))
            for doc in rel.sources:
                row = found.get((doc, -1, -1))
                if row:
                    sources.append(Source(doc, row["name"], supports, title=titles.get(doc), relationship=code))
        out.append(Evidence(ev.kind, ev.summary, ev.path, tuple(sources)))
    return out
