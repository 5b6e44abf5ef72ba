"""A document as the graph takes it: its Document node, and the rows of nodes, relationships and
possibly-same links its statements write, grouped as they write them.

Whatever produces a document (the ingest pipeline translates extraction results into this, in
`ingest.to_graph`) hands the loader these rows, and the loader knows nothing else of it. The rows are
the statements' own parameters (`UNWIND $rows`), so they are typed dictionaries; each span a row carries
is `graph.provenance.span_tail`, the document id put before it by the statement.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypedDict

from graph.schema import Label, RelType


class NodeRow(TypedDict):
    """A node of one label, upserted by its key; the document MENTIONS it at ``spans``."""

    key: str
    props: dict[str, Any]  # name, and whatever else is known (kind, year, ...)
    aliases: list[str]
    spans: list[str]


class RelationRow(TypedDict):
    """A relationship between two nodes given by their keys; identity is (source, type, target)."""

    source: str
    target: str
    props: dict[str, Any]
    spans: list[str]


class SameRow(TypedDict):
    """Two person keys that may be one person, kept apart for want of evidence."""

    a: str
    b: str
    score: float
    reason: str
    spans: list[str]


@dataclass(frozen=True, slots=True)
class DocumentNode:
    """The Document node: the stored text every span points into, and where it was read from."""

    id: str
    name: str
    text: str
    genre: str
    size: int
    encoding: str
    path: str = ""  # a file's absolute path, `upload:<name>`; "" when unknown
    part: int = 0  # of a file holding several documents, which one (1, 2, ...); 0: the whole
    siblings: tuple[str, ...] = ()  # ids of the other documents of the same file
    text_id: str = ""  # the id the same text had before documents were known by their path
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GraphDocument:
    """Everything one document writes, and the records left out (with reasons)."""

    document: DocumentNode
    nodes: dict[Label, list[NodeRow]] = field(default_factory=dict)
    relations: dict[tuple[RelType, Label, Label], list[RelationRow]] = field(default_factory=dict)
    rules: list[NodeRow] = field(default_factory=list)  # Rule nodes the document STATES
    possibly_same: list[SameRow] = field(default_factory=list)
    rejected: tuple[str, ...] = ()
