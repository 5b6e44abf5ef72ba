"""What every reader must give: normalised text that its blocks and cells slice exactly."""

from __future__ import annotations

from ingest.blocks import Block, BlockKind
from ingest.model import SourceDocument
from ingest.normalize import normalise


def assert_exact(doc: SourceDocument) -> None:
    assert normalise(doc.text) == doc.text
    assert doc.blocks, "no blocks"
    for block in doc.blocks:
        assert 0 <= block.span.start < block.span.end <= len(doc.text)
        assert block.text(doc.text).strip() == block.text(doc.text)
        for row in block.rows:
            for cell in row:
                assert doc.text[cell.span.start:cell.span.end] == cell.text
                assert block.span.start <= cell.span.start <= cell.span.end <= block.span.end


def tables(doc: SourceDocument) -> list[Block]:
    return [b for b in doc.blocks if b.kind is BlockKind.TABLE]


def cells(table: Block) -> list[list[str]]:
    return [[cell.text for cell in row] for row in table.rows]


def spans(table: Block) -> dict[tuple[int, int], tuple[int, int]]:
    return {(c.row, c.col): (c.row_span, c.col_span) for row in table.rows for c in row
            if (c.row_span, c.col_span) != (1, 1)}


def texts(doc: SourceDocument, kind: BlockKind) -> list[str]:
    return [b.text(doc.text) for b in doc.blocks if b.kind is kind]
