"""What an extraction says, as plain sets the tests can compare (entities, relations, attributes)."""

from __future__ import annotations

from ingest.blocks import Block
from ingest.extract import extract
from ingest.model import Entity, Extraction, SourceDocument
from ingest.normalize import normalise


def extract_text(text: str, name: str = "doc.txt", blocks: tuple[Block, ...] = ()) -> Extraction:
    text = text if blocks else normalise(text)
    return extract(SourceDocument(name, text, "utf-8", len(text.encode()), blocks=blocks))


def names(extraction: Extraction, label: str) -> set[str]:
    return {e.name for e in extraction.entities if str(e.type) == label}


def relations(extraction: Extraction, rel_type: str) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in extraction.relations if str(r.type) == rel_type}


def ranked(extraction: Extraction, rel_type: str = "MEMBER_OF") -> dict[str, int | None]:
    return {r.source: r.rank for r in extraction.relations if str(r.type) == rel_type}


def entity(extraction: Extraction, label: str, name: str) -> Entity:
    return next(e for e in extraction.entities if str(e.type) == label and e.name == name)
