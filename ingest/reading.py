"""What one extraction mechanism returns (a `Reading`: its facts and the text it consumed), and the
`Coverage` of a document's text by the mechanisms that have read it so far.

Mechanisms run in turn over one document (ingest.extract): each reads only the text the ones before
it left, so that a table row is read as a row and not again as prose.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from ingest.blocks import Block
from ingest.kit.builder import Builder
from ingest.kit.orgbook import OrgBook
from ingest.model import Entity, Extraction, Relation, Rule, SourceDocument, Span


@dataclass(frozen=True, slots=True)
class Document:
    """A document as every mechanism sees it: its text in Simplified Chinese (the stored text's length and
    offsets, `SourceDocument.simplified`) and its blocks (ingest.blocks)."""

    name: str
    text: str
    blocks: tuple[Block, ...]

    @classmethod
    def of(cls, source: SourceDocument) -> Document:
        from ingest.blocks import blocks_of
        from ingest.tables.sections import table_sections

        text = source.simplified
        blocks = blocks_of(source)
        if text != source.text:  # a table's cells read in Simplified too, as the text is
            blocks = tuple(_cells_of(block, text) for block in blocks)
        blocks = tuple(part for block in blocks for part in table_sections(block))
        return cls(source.name, text, blocks)


def _cells_of(block: Block, text: str) -> Block:
    """The block with each cell's text taken from `text` (the same offsets in another script)."""
    if not block.rows:
        return block
    rows = tuple(tuple(replace(cell, text=text[cell.span.start:cell.span.end]) for cell in row) for row in block.rows)
    return replace(block, rows=rows)


@dataclass(frozen=True, slots=True)
class Reading:
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    rules: tuple[Rule, ...] = ()
    metadata: tuple[tuple[str, str], ...] = ()
    consumed: tuple[Span, ...] = ()
    # passages about a person the passage does not name (a record's `bio` beside its `name`): the person's name,
    # where the name is written, the passage (ingest.extract.read_subjects reads each for its person)
    subjects: tuple[tuple[str, Span, Span], ...] = ()

    @classmethod
    def of(cls, extraction: Extraction, consumed: Iterable[Span] = ()) -> Reading:
        return cls(extraction.entities, extraction.relations, extraction.rules, extraction.metadata,
                   tuple(consumed))

    @property
    def empty(self) -> bool:
        return not self.entities and not self.relations


class Facts:
    """What a mechanism collects: entities and relations (kit.builder) and the units the layout names
    (kit.orgbook), with the spans it has read."""

    def __init__(self) -> None:
        self.out = Builder()
        self.orgs = OrgBook()
        self.consumed: list[Span] = []
        self.subjects: list[tuple[str, Span, Span]] = []

    def read(self, *spans: Span) -> None:
        self.consumed.extend(spans)

    def about(self, person: str, named: Span, passage: Span) -> None:
        """The passage is about the person named at `named`: prose reads it for them, apart from the rest."""
        self.subjects.append((person, named, passage))
        self.consumed.append(passage)

    def size(self) -> int:
        """How many facts have been collected (to tell whether a record gave any)."""
        return self.out.size + len(self.orgs.names())

    def reading(self) -> Reading:
        entities = [*self.out.entities(), *self.orgs.entities()]
        relations = [*self.out.relations(), *self.orgs.relations()]
        return Reading(tuple(entities), tuple(relations), consumed=tuple(self.consumed), subjects=tuple(self.subjects))


class Coverage:
    """The character ranges of a text that mechanisms have consumed."""

    def __init__(self, length: int, spans: Iterable[Span] = ()) -> None:
        self.length = length
        self._taken = bytearray(length)
        self._spans: list[Span] = []
        self.add(spans)

    def add(self, spans: Iterable[Span]) -> None:
        spans = list(spans)
        self._spans.extend(spans)
        for s in spans:
            self._taken[s.start:min(s.end, self.length)] = b"\x01" * (min(s.end, self.length) - s.start)

    def spans(self) -> list[Span]:
        return list(self._spans)

    def covers(self, span: Span) -> bool:
        """Any character of `span` is consumed."""
        return any(self._taken[span.start:span.end])

    def free(self, span: Span) -> bool:
        return not self.covers(span)

    def free_ranges(self) -> list[tuple[int, int]]:
        """The character ranges no mechanism has consumed, in order."""
        out, at = [], 0
        for start, end in self._runs():
            if at < start:
                out.append((at, start))
            at = end
        return out + ([(at, self.length)] if at < self.length else [])

    def _runs(self) -> list[tuple[int, int]]:
        """The consumed ranges, merged and in order."""
        runs: list[tuple[int, int]] = []
        for s in sorted(self._spans, key=lambda s: s.start):
            end = min(s.end, self.length)
            if runs and s.start <= runs[-1][1]:
                runs[-1] = (runs[-1][0], max(runs[-1][1], end))
            elif s.start < end:
                runs.append((s.start, end))
        return runs
