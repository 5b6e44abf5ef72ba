"""Provenance: every fact in the graph says which documents it comes from and where in their text.

A relationship holds `sources` (document ids) and `spans`, each `<document id>:<start>:<end>`, a half-open
range of characters of the document's stored text; a node's provenance is its MENTIONS relationships,
one from each Document that names it, each with the `spans` where that document does. The loader writes
spans in this form and every reader of them (evidence, a document's facts) parses them here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple


class SpanRef(NamedTuple):
    """A range [start, end) of one document's text (a tuple: it unpacks and keys as one)."""

    document: str
    start: int
    end: int


def span_tail(start: int, end: int) -> str:
    """A span as rows carry it, `:<start>:<end>`: the loader's statements put the document id before it,
    so that the id is sent once per document, not once per span."""
    return f":{start}:{end}"


def parse_span(span: str) -> SpanRef | None:
    """`<document id>:<start>:<end>` → the span; None for anything else."""
    try:
        document, start, end = span.rsplit(":", 2)
        return SpanRef(document, int(start), int(end))
    except ValueError:
        return None


def spans_of(document: str, spans: Iterable[str] | None) -> list[SpanRef]:
    """Those of ``spans`` in ``document``'s text, parsed."""
    found = (parse_span(raw) for raw in spans or ())
    return [s for s in found if s is not None and s.document == document]
