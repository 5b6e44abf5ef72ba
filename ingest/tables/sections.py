"""One table that holds several: a CV exported as one sheet (`字段 | 内容` rows of a person's record, then a caption
`科研项目` and a header `项目名称 | 项目编号 | …` with its rows, then `专利` and `专利名称 | 专利号` …). Each header
row inside the table opens a table of its own, and the one-cell row right above it is its caption (a heading), as
is a row of a label and a value (`填报单位 | 某大学`, `页面 | 教职员::某学系`: the value the caption);
each part is then read by its own header, and the rows above the first inner header as a table of their own
(a form's label and value cells). A header repeated as it was at the top (a table cut by a page break) opens
nothing.
"""

from __future__ import annotations

import re

from ingest.blocks import Block, BlockKind, Cell
from ingest.model import Span
from ingest.tables.vocabulary import UNITS, exact_header, header_of

_MIN_HEADERS = 2
_CAPTION_LEVEL = 3
_LONGEST = 12  # a header cell's most characters


def table_sections(block: Block) -> tuple[Block, ...]:
    """The tables (and captions) a table block holds, or the block alone."""
    if block.kind is not BlockKind.TABLE or len(block.rows) < 3:
        return (block,)
    first = _texts(block.rows[0])
    starts = [r for r in range(1, len(block.rows)) if _is_header(block.rows[r]) and _texts(block.rows[r]) != first]
    if not starts or any(c.row_span > 1 for row in block.rows for c in row):
        return (block,)
    out: list[Block] = []
    bounds = [0, *starts, len(block.rows)]
    for n, (lo, hi) in enumerate(zip(bounds, bounds[1:], strict=False)):
        end = hi
        caption = block.rows[hi - 1] if n + 1 < len(bounds) - 1 and hi - 1 >= lo else None  # (the sheet's title too)
        cell = _caption(caption) if caption is not None else None
        if cell is not None:
            end = hi - 1  # the caption of the table that starts at `hi`
        if end > lo:
            out.append(_part(block, lo, end, header_rows=block.header_rows if n == 0 else 1))
        if cell is not None:
            out.append(Block(BlockKind.HEADING, cell.span, level=_CAPTION_LEVEL, page=block.page))
    return tuple(out)


# a caption's label before its value: the unit the table is of, or the page it was taken from
_STAMP = re.compile(r"[（(](?:盖章|公章|签章|章)[）)]")
_LONGEST_LABEL = 6
_CAPTION_LABELS = frozenset({"页面", "頁面", "网页", "網頁", "标题", "標題", "页面标题", "頁面標題", "page", "title"})


def _caption(row: tuple[Cell, ...]) -> Cell | None:
    """The cell of a row above a header that is the table's caption: its one cell, or the value after a label."""
    filled = _filled(row)
    if len(filled) == 1:
        return filled[0]
    if len(filled) == 2:
        label = _STAMP.sub("", filled[0].text).strip().rstrip(":：")
        header = header_of(label) if len(label) <= _LONGEST_LABEL else None
        if label.lower() in _CAPTION_LABELS or header is not None and header.role in UNITS:
            return filled[1]
    return None


def _part(block: Block, lo: int, hi: int, header_rows: int) -> Block:
    rows = tuple(tuple(Cell(c.row - lo, c.col, c.span, c.text, c.row_span, c.col_span) for c in row)
                 for row in block.rows[lo:hi])
    spans = [c.span for row in rows for c in row]
    span = Span(min(s.start for s in spans), max(s.end for s in spans)) if spans else block.span
    return Block(BlockKind.TABLE, span, rows=rows, header_rows=min(header_rows, len(rows)), page=block.page)


def _filled(row: tuple[Cell, ...]) -> list[Cell]:
    return [c for c in row if c.text.strip()]


def _texts(row: tuple[Cell, ...]) -> list[str]:
    return [c.text.strip() for c in _filled(row)]


def _is_header(row: tuple[Cell, ...]) -> bool:
    """A row of column headers: two or more the vocabulary knows as written, two of every three cells, all of them
    short."""
    filled = _filled(row)
    known = sum(exact_header(c.text) is not None for c in filled)
    return known >= _MIN_HEADERS and known * 3 >= len(filled) * 2 and all(len(c.text.strip()) <= _LONGEST for c in filled)


_MIN_FORM_ROWS = 3


def is_form(block: Block) -> bool:
    """A form laid out as a table: rows of a label the vocabulary knows as written, then its value (学校 | 某大学,
    姓名 | 某某), three or more and half the rows, in rows of two cells; its labels are no column header."""
    rows = [_filled(row) for row in block.rows]
    labelled = sum(len(r) >= 2 and exact_header(r[0].text) is not None and exact_header(r[1].text) is None for r in rows)
    filled = [r for r in rows if r]
    wide = sum(len(r) > 2 for r in filled)
    return labelled >= _MIN_FORM_ROWS and labelled * 2 >= len(filled) and wide * 3 <= len(filled)
