"""Typed, frozen records passed between the ingest stages and to the loader.

`Extraction` maps 1:1 to one `kgx/1` document (../shared/gold/SCHEMA.md): `to_kgx` and
`from_kgx` convert both ways. Spans are character offsets into the normalised text of
the source document, so a fact can always be shown with the sentence it came from.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from operator import attrgetter
from typing import Any

from graph.schema import Label, RelType
from ingest.blocks import Block, Span

KGX_FORMAT = "kgx/1"
GENRES = ("award_nomination", "news", "funding_guideline", "other")


def _by_position(value: Any) -> tuple[Any, ...]:
    """A dataclass's field values in order. The many small records of an extraction pickle as these (to
    and from extraction workers): the dataclass default looks its fields up again for every record."""
    values: tuple[Any, ...] = _BY_POSITION[type(value)](value)
    return values


@dataclass(frozen=True, slots=True)
class Entity:
    type: Label
    name: str
    kind: str | None = None  # Organization, Patent, Project
    aliases: tuple[str, ...] = ()  # Organization
    parent: str | None = None  # Organization
    journal: str | None = None  # Paper
    year: int | None = None  # Paper, Project
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    impact_factor: float | None = None
    citations: int | None = None
    indexed_in: tuple[str, ...] = ()
    number: str | None = None  # Patent
    country: str | None = None
    date: str | None = None
    code: str | None = None  # Project
    award: str | None = None
    budget_cap_wan: float | None = None
    spans: tuple[Span, ...] = ()

    def __reduce__(self) -> tuple[Callable[..., Entity], tuple[Any, ...]]:
        return Entity, _by_position(self)

    @property
    def ref(self) -> str:
        """How relations in the same document name this entity (kgx/1: a patent by its number)."""
        if self.type is Label.PATENT and self.number:
            return self.number
        return self.name


@dataclass(frozen=True, slots=True)
class Relation:
    type: RelType
    source: str  # Entity.ref of the source
    target: str  # Entity.ref of the target
    rank: int | None = None
    order: int | None = None
    corresponding: bool | None = None
    title: str | None = None
    position: str | None = None
    role: str | None = None
    phone: str | None = None
    spans: tuple[Span, ...] = ()

    def __reduce__(self) -> tuple[Callable[..., Relation], tuple[Any, ...]]:
        return Relation, _by_position(self)


_BY_POSITION = {cls: attrgetter(*(f.name for f in fields(cls))) for cls in (Entity, Relation)}


@dataclass(frozen=True, slots=True)
class Rule:
    """An eligibility rule a funding guide states, structured enough to be checked."""

    id: str
    text: str
    applies_to: str  # leader, member, unit, expert, application
    constraint: str  # machine name of what it constrains, e.g. max_applications_per_leader
    params: tuple[tuple[str, str], ...] = ()
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction:
    document: str  # file name
    genre: str
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    rules: tuple[Rule, ...] = ()
    metadata: tuple[tuple[str, str], ...] = ()  # document-level facts: province, doc number, deadline ...


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """A file read and normalised: the text every span points into."""

    name: str
    text: str
    encoding: str
    size: int  # bytes on disk
    blocks: tuple[Block, ...] = ()  # the document model (ingest.blocks); empty for text read as lines
    format: str = "text"  # the reader that produced it: text, pdf, docx, html, xlsx, csv, markdown
    path: str = ""  # where it was read from: a file's absolute path, `upload:<name>`; "" when unknown
    part: int = 0  # of a file holding several documents, which one (1, 2, ...; see ingest.split); 0: the whole
    siblings: tuple[str, ...] = ()  # ids of the other documents read from the same file

    @property
    def id(self) -> str:
        return document_id(self.text, f"{self.path}#{self.part}" if self.part else self.path)

    @property
    def simplified(self) -> str:
        """The text with Traditional Chinese in Simplified, for extraction: the same length and offsets."""
        from names.script import simplified

        return simplified(self.text)


def document_id(normalised_text: str, origin: str = "") -> str:
    """A document is its text read from one place (a path, and which part of the file): the same text at
    two paths is two documents, each replaced only by a new version at its own path. With no origin, the
    text alone: the sha256 of it."""
    data = normalised_text.encode("utf-8")
    if origin:
        data = origin.encode("utf-8") + b"\x00" + data
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True, slots=True)
class PossiblySame:
    """Two person keys that may be one person; kept apart for want of evidence."""

    a: str
    b: str
    score: float
    reason: str


@dataclass(frozen=True, slots=True)
class ResolvedDocument:
    """An extraction with every entity given its stable graph key."""

    source: SourceDocument
    extraction: Extraction
    keys: dict[tuple[Label, str], str] = field(default_factory=dict)  # (type, ref) -> key
    possibly_same: tuple[PossiblySame, ...] = ()

    def key_of(self, label: Label, ref: str) -> str:
        return self.keys[(label, ref)]


# ---- kgx/1 conversion -------------------------------------------------------------------------

_ENTITY_FIELDS = [f.name for f in fields(Entity) if f.name not in ("type", "name", "spans")]
_RELATION_FIELDS = [f.name for f in fields(Relation) if f.name not in ("type", "source", "target", "spans")]


def _spans_out(spans: tuple[Span, ...]) -> list[list[int]]:
    return [[s.start, s.end] for s in spans]


def _spans_in(raw: Any) -> tuple[Span, ...]:
    return tuple(Span(int(a), int(b)) for a, b in raw or ())


def _compact(obj: Any, names: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in names:
        value = getattr(obj, name)
        if value is None or value == ():
            continue
        out[name] = list(value) if isinstance(value, tuple) else value
    return out


def to_kgx(extraction: Extraction) -> dict[str, Any]:
    entities = []
    for e in extraction.entities:
        item = {"type": str(e.type), "name": e.name, **_compact(e, _ENTITY_FIELDS)}
        if e.spans:
            item["spans"] = _spans_out(e.spans)
        entities.append(item)
    relations = []
    for r in extraction.relations:
        item = {"type": str(r.type), "source": r.source, "target": r.target, **_compact(r, _RELATION_FIELDS)}
        if r.spans:
            item["spans"] = _spans_out(r.spans)
        relations.append(item)
    out: dict[str, Any] = {
        "format": KGX_FORMAT,
        "document": extraction.document,
        "genre": extraction.genre,
        "entities": entities,
        "relations": relations,
    }
    if extraction.rules:
        out["rules"] = [
            {"id": r.id, "text_zh": r.text, "applies_to": r.applies_to, "constraint": r.constraint,
             "params": dict(r.params), "spans": _spans_out(r.spans)}
            for r in extraction.rules
        ]
    if extraction.metadata:
        out["metadata"] = dict(extraction.metadata)
    return out


def from_kgx(data: dict[str, Any]) -> Extraction:
    if data.get("format") != KGX_FORMAT:
        raise ValueError(f"not a {KGX_FORMAT} document: format={data.get('format')!r}")
    entities = []
    for raw in data.get("entities", []):
        kwargs = {k: raw[k] for k in _ENTITY_FIELDS if k in raw}
        for k in ("aliases", "indexed_in"):
            if k in kwargs:
                kwargs[k] = tuple(kwargs[k])
        entities.append(Entity(type=Label(raw["type"]), name=raw["name"], spans=_spans_in(raw.get("spans")), **kwargs))
    relations = [
        Relation(type=RelType(raw["type"]), source=raw["source"], target=raw["target"],
                 spans=_spans_in(raw.get("spans")), **{k: raw[k] for k in _RELATION_FIELDS if k in raw})
        for raw in data.get("relations", [])
    ]
    rules = [
        Rule(id=raw["id"], text=raw.get("text_zh", raw.get("text", "")), applies_to=raw.get("applies_to", ""),
             constraint=raw.get("constraint", ""), params=tuple((str(k), str(v)) for k, v in (raw.get("params") or {}).items()),
             spans=_spans_in(raw.get("spans")))
        for raw in data.get("rules", [])
    ]
    return Extraction(
        document=data["document"], genre=data.get("genre", "other"), entities=tuple(entities),
        relations=tuple(relations), rules=tuple(rules),
        metadata=tuple((str(k), str(v)) for k, v in (data.get("metadata") or {}).items()),
    )


def merge_spans(*groups: tuple[Span, ...]) -> tuple[Span, ...]:
    return tuple(sorted({s for g in groups for s in g}, key=lambda s: (s.start, s.end)))


def fold_projects(extraction: Extraction, into: dict[str, str]) -> Extraction:
    """Each project of `into` folded into the one it maps to: gone as an entity, its name an alias of the other and
    its spans the other's, every relation of it the other's (each once; none from a project to itself)."""
    if not into:
        return extraction
    folded = {e.ref: e for e in extraction.entities if e.type is Label.PROJECT and e.ref in into}
    entities = []
    for e in extraction.entities:
        if e.type is Label.PROJECT and e.ref in into:
            continue
        parts = [f for ref, f in folded.items() if into[ref] == e.ref] if e.type is Label.PROJECT else []
        if parts:
            e = replace(e, aliases=tuple(dict.fromkeys((*e.aliases, *(f.name for f in parts)))),
                        spans=merge_spans(e.spans, *(f.spans for f in parts)))
        entities.append(e)
    relations: dict[tuple[RelType, str, str], Relation] = {}
    for r in extraction.relations:
        r = replace(r, source=into.get(r.source, r.source), target=into.get(r.target, r.target))
        if r.source != r.target:
            relations.setdefault((r.type, r.source, r.target), r)
    return replace(extraction, entities=tuple(entities), relations=tuple(relations.values()))
