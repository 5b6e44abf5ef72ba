"""Excel (.xlsx, by openpyxl): each visible sheet a table, under a heading with the sheet's name when
the workbook has several. Values as shown (formulas by their last computed value, whole numbers without a
decimal point, dates as dates); merged cells written once, at their top-left position, with their spans;
a header of one or more rows found from the merged cells above the first row of values."""

from __future__ import annotations

import datetime
import io
import re
from typing import Any

from openpyxl import load_workbook

from ingest.blocks import BlockKind, BlockWriter
from ingest.errors import ReadError, TooLarge
from ingest.model import SourceDocument
from ingest.readers.delimited import MAX_ROWS, has_header

MAX_BYTES = 32 * 1024 * 1024
MAX_COLUMNS = 200
MAX_HEADER_ROWS = 4
_NUMBER = re.compile(r"[-+]?\d[\d,.]*%?")


def read_xlsx(data: bytes, name: str) -> SourceDocument:
    _check_size(data, name)
    book = load_workbook(io.BytesIO(data), data_only=True)
    sheets = [ws for ws in book.worksheets if ws.sheet_state == "visible"]
    return workbook_document([(ws.title, *sheet_grid(ws)) for ws in sheets], name, len(data), "xlsx")


Spans = dict[tuple[int, int], tuple[int, int]]


def workbook_document(sheets: list[tuple[str, list[list[str]], Spans]], name: str, size: int, fmt: str) -> SourceDocument:
    """A workbook's sheets (title, rows, merged cells) as one document: a table each, under a heading with the
    sheet's name where more than one sheet holds values (an empty Sheet2 adds none)."""
    out = BlockWriter()
    grids = [(title, rows, spans) for title, rows, spans in sheets if any(any(row) for row in rows)]
    for title, rows, spans in grids:
        if len(grids) > 1:
            out.add(BlockKind.HEADING, title, level=1)
        out.add_table(rows, header_rows=header_rows(rows, spans), spans=spans)
    text, blocks = out.result()
    if not blocks:
        raise ReadError(f"{name}: no values in any sheet")
    return SourceDocument(name=name, text=text, encoding=fmt, size=size, blocks=blocks, format=fmt)


def _check_size(data: bytes, name: str) -> None:
    """Refuse a workbook over the row limit before loading it whole (read-only mode streams it)."""
    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        for ws in book.worksheets:
            rows = ws.max_row if ws.max_row is not None else sum(1 for _ in ws.iter_rows(values_only=True))
            if rows > MAX_ROWS:
                raise TooLarge(f"{name}: sheet {ws.title!r} has too many rows ({rows}; limit {MAX_ROWS})")
    finally:
        book.close()


def sheet_grid(ws: Any) -> tuple[list[list[str]], Spans]:
    """A sheet's used range as text, trailing blank rows and columns trimmed, and its merged cells."""
    values = [[shown(v) for v in row[:MAX_COLUMNS]] for row in ws.iter_rows(values_only=True)]
    while values and not any(values[-1]):
        values.pop()
    width = max((max((i + 1 for i, v in enumerate(row) if v), default=0) for row in values), default=0)
    rows = [row[:width] + [""] * (width - len(row[:width])) for row in values]
    spans = {}
    for merged in ws.merged_cells.ranges:
        r, c = merged.min_row - 1, merged.min_col - 1
        if r < len(rows) and c < width:
            spans[(r, c)] = (min(merged.max_row, len(rows)) - r, min(merged.max_col, width) - c)
    return rows, spans


def header_rows(rows: list[list[str]], spans: Spans) -> int:
    """One header row where the first row labels the columns; more where cells of the first row are
    merged down over the rows of sub-headers below them, or across the sub-headers' columns (a two-row
    header), as long as those rows are labels too."""
    covered = {(r + dr, c + dc) for (r, c), (rs, cs) in spans.items() for dr in range(rs) for dc in range(cs)
               if dr or dc}
    columns = [c for c in range(len(rows[0]) if rows else 0) if (0, c) not in covered]  # merged: counted once
    if not has_header([[row[c] for c in columns] for row in rows]):
        return 0
    depth = 1
    for (r, _), (row_span, col_span) in spans.items():
        if r == 0:
            depth = max(depth, row_span + (1 if col_span > 1 and row_span == 1 else 0))
    depth = min(depth, MAX_HEADER_ROWS, len(rows) - 1)
    while depth > 1 and not all(_label_row(rows[r]) for r in range(1, depth)):
        depth -= 1
    return depth


def _label_row(row: list[str]) -> bool:
    cells = [c for c in row if c]
    return bool(cells) and not any(_NUMBER.fullmatch(c) for c in cells)


def shown(value: Any) -> str:
    """A cell's value as the sheet shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(sep=" ")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value)
