"""Evidence for a link: the path of nodes and relationships, and for each relationship the document it
comes from and the sentence (or line) at its span."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Annotated, Any

from pydantic import Field, computed_field

from graph.provenance import parse_span
from graph.stores.base import Store
from queries.answers import Answer
from queries.people import DocumentRef
from queries.readable import document_title, paper_title, quote_at
from queries.runner import run_query
from queries.vocab import relation_phrase

WINDOW = 160  # characters read on either side of a span to find its sentence


@dataclass(frozen=True, slots=True)
class NodeRef(Answer):
    key: str
    label: str
    name: str
    year: Annotated[int | None, Field(exclude_if=lambda year: year is None)] = None


@dataclass(frozen=True, slots=True)
class RelRef(Answer):
    """A relationship on a path (its ends' keys), with the provenance the graph stores for it."""

    type: str
    start: str
    end: str
    sources: Annotated[tuple[str, ...], Field(exclude=True)] = ()
    spans: Annotated[tuple[str, ...], Field(exclude=True)] = ()

    @staticmethod
    def of(type_: str, start: str, end: str, sources: Iterable[str] | None, spans: Iterable[str] | None) -> RelRef:
        return RelRef(type_, start, end, tuple(sources or ()), tuple(spans or ()))


@dataclass(frozen=True, slots=True)
class Source(Answer):
    """Where a relationship of the evidence comes from: the document (with its title, for people), the
    span of its text and the line it starts on (1-based), and the sentence there."""

    document: Annotated[str, Field(exclude=True)]  # its id
    name: Annotated[str | None, Field(exclude=True)]  # its file name
    supports: str  # which relationship, for people: "林晓峰 —作者→ 肝纤维化新型标志物研究"
    span: tuple[int, int] | None = None
    text: str | None = None
    line: int | None = None
    title: Annotated[str | None, Field(exclude=True)] = None  # the document's title, for people
    relationship: RelRef | None = None

    @computed_field(alias="document")
    @property
    def document_ref(self) -> DocumentRef:
        return DocumentRef(self.document, self.name, self.title)

    @computed_field
    @property
    def where(self) -> str:
        """《title》第 N 行 (file name)."""
        title = self.title or self.name or self.document[:16]
        line = f"第 {self.line} 行" if self.line else ""
        return f"《{title}》{line}" + (f"（{self.name}）" if self.name and self.name != title else "")


@dataclass(frozen=True, slots=True)
class PathNode(Answer):
    node: NodeRef


@dataclass(frozen=True, slots=True)
class PathRelationship(Answer):
    relationship: RelRef


@dataclass(frozen=True, slots=True)
class Evidence(Answer):
    kind: str
    summary: str
    path: Annotated[tuple[NodeRef | RelRef, ...], Field(exclude=True)]
    sources: tuple[Source, ...] = field(default=())

    def relationships(self) -> list[RelRef]:
        return [p for p in self.path if isinstance(p, RelRef)]

    @computed_field(alias="path")
    @property
    def steps(self) -> list[PathNode | PathRelationship]:
        """The path as read: a node, a relationship, a node ..."""
        return [PathNode(p) if isinstance(p, NodeRef) else PathRelationship(p) for p in self.path]


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
                                          rel))
            for doc in rel.sources:
                row = found.get((doc, -1, -1))
                if row:
                    sources.append(Source(doc, row["name"], supports, title=titles.get(doc), relationship=rel))
        out.append(Evidence(ev.kind, ev.summary, ev.path, tuple(sources)))
    return out
