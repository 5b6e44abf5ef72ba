"""One document model for every file format: an ordered list of blocks over the stored text.

A reader (PDF, Word, HTML, spreadsheet, Markdown, text) renders what it finds into one normalised
text with `BlockWriter`, and every block and table cell records the character range it occupies in
that text. Extraction reads blocks (a table by its rows and cells, never by its layout on the page),
and every span it reports points into the same text, so the evidence panel highlights the right
words whatever the source format was.

Rendering: a heading, paragraph or list item is one line (a line break inside it stays in the
text); a table is one line per row with its cells set apart by `CELL_SEPARATOR` (` | `; an empty cell
leaves only `|`); blocks are set apart by a line break. The text a writer produces is a fixed point of `ingest.normalize.normalise`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from ingest.normalize import normalise

CELL_SEPARATOR = " | "
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range [start, end) in the normalised document text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}-{self.end}")

    def __reduce__(self) -> tuple[type[Span], tuple[int, int]]:
        return Span, (self.start, self.end)


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell: where it sits in the table and where its text sits in the document."""

    row: int
    col: int
    span: Span
    text: str  # the cell's text, exactly text[span.start:span.end] of the document
    row_span: int = 1
    col_span: int = 1


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    span: Span
    level: int = 0  # heading level (1 is the top) or list nesting depth
    rows: tuple[tuple[Cell, ...], ...] = ()  # tables: rows of cells, in order
    header_rows: int = 0  # tables: how many leading rows are the header, where the source says so
    page: int | None = None  # 1-based page of a paged source (PDF)

    def text(self, document: str) -> str:
        return document[self.span.start:self.span.end]


class Read(Protocol):
    """A document as read (ingest.model.SourceDocument): its text, and the blocks its reader gave."""

    @property
    def text(self) -> str: ...

    @property
    def blocks(self) -> tuple[Block, ...]: ...


def row_cells(text: str, start: int, end: int) -> list[Span]:
    """The cells of a table's row as the document model writes it (CELL_SEPARATOR between them); a plain line
    is one cell."""
    out: list[Span] = []
    pos = start
    while True:
        if text.startswith(_EMPTY_CELL, pos, end) and out:  # `甲 | | 乙`: an empty cell between two separators
            out.append(Span(pos, pos))
            pos += len(_EMPTY_CELL)
            continue
        cut = text.find(CELL_SEPARATOR, pos, end)
        out.append(Span(pos, cut if cut >= 0 else end))
        if cut < 0:
            return out
        pos = cut + len(CELL_SEPARATOR)


_EMPTY_CELL = CELL_SEPARATOR.lstrip()


def blocks_of(source: Read) -> tuple[Block, ...]:
    """The blocks a reader gave the document, or, for text that came without any, its lines."""
    return source.blocks or text_blocks(source.text)


def text_blocks(text: str, start: int = 0, end: int | None = None) -> tuple[Block, ...]:
    """The model of a plain-text document: each non-blank line a paragraph. Tables and headings that
    only the layout of plain text shows are found by extraction, which reads the text itself."""
    end = len(text) if end is None else end
    out = []
    for m in _LINE.finditer(text, start, end):
        body = m.group()
        lead = len(body) - len(body.lstrip())
        trail = len(body.rstrip())
        if trail > lead:
            out.append(Block(BlockKind.PARAGRAPH, Span(m.start() + lead, m.start() + trail)))
    return tuple(out)


class BlockWriter:
    """Builds a document's text and its blocks together, so that every offset is right by construction.

    Text given to it is cleaned the way `normalise` would (line ends, invisible characters, blanks at
    line ends), so the text it returns is already normalised and the offsets stay valid.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._blocks: list[Block] = []

    def _append(self, piece: str) -> Span:
        start = self._length
        self._parts.append(piece)
        self._length += len(piece)
        return Span(start, self._length)

    def _open_line(self) -> None:
        if self._length:
            self._append("\n")

    def add(self, kind: BlockKind, text: str, level: int = 0, page: int | None = None,
            indented: bool = False) -> Block | None:
        """A heading, paragraph or list item; None (nothing written) when the text is blank. ``indented``: the
        lines keep the blanks they open with (a data file's nesting, YAML's)."""
        body = clean_text(text, indented)
        if not body:
            return None
        self._open_line()
        block = Block(kind, self._append(body), level=level, page=page)
        self._blocks.append(block)
        return block

    def add_table(self, rows: list[list[str]], header_rows: int = 0, page: int | None = None,
                  spans: dict[tuple[int, int], tuple[int, int]] | None = None) -> Block | None:
        """A table from its rows of cell texts. ``spans`` gives (row_span, col_span) of merged cells by
        their (row, col) in ``rows``. Rows with no text at all are dropped (and the header count with
        them); None when nothing is left."""
        kept = [(r, [clean_text(c) for c in row]) for r, row in enumerate(rows)]
        header_rows = sum(1 for r, cells in kept[:header_rows] if any(cells))
        kept = [(r, cells) for r, cells in kept if any(cells)]
        if not kept:
            return None
        self._open_line()
        table_start = self._length
        out_rows = []
        for out_r, (src_r, cells) in enumerate(kept):
            if out_r:
                self._append("\n")
            out_cells = []
            for c, body in enumerate(cells):
                if c:  # " |" then " " only before text: a line never ends in a blank that normalise would trim
                    self._append(CELL_SEPARATOR.rstrip())
                    if body:
                        self._append(" ")
                row_span, col_span = (spans or {}).get((src_r, c), (1, 1))
                out_cells.append(Cell(out_r, c, self._append(body), body, row_span, col_span))
            out_rows.append(tuple(out_cells))
        block = Block(BlockKind.TABLE, Span(table_start, self._length), rows=tuple(out_rows),
                      header_rows=header_rows, page=page)
        self._blocks.append(block)
        return block

    def result(self) -> tuple[str, tuple[Block, ...]]:
        text = "".join(self._parts) + "\n"
        return text, tuple(self._blocks)


def clean_text(text: str, indented: bool = False) -> str:
    """Text of one block or cell as the stored document will hold it: normalised line ends, no blank
    lines inside, runs of blanks at line ends removed (and at line starts, unless ``indented``)."""
    lines = ((line.rstrip() if indented else line.strip()) for line in normalise(text).split("\n"))
    return "\n".join(line for line in lines if line.strip())
