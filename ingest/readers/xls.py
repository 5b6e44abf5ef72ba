"""Excel 97-2003 (.xls, by xlrd): as a .xlsx workbook is read (ingest.readers.xlsx): each visible sheet a
table, under a heading with the sheet's name when the workbook has several; values as shown (whole numbers
without a decimal point, dates as dates); merged cells written once, at their top-left position, with their
spans; a header of one or more rows found from the merged cells."""

from __future__ import annotations

from typing import Any

import xlrd

from ingest.errors import TooLarge
from ingest.model import SourceDocument
from ingest.readers.delimited import MAX_ROWS
from ingest.readers.xlsx import MAX_COLUMNS, Spans, shown, workbook_document

_VISIBLE = 0  # xlrd's sheet visibility: 0 visible, 1 hidden, 2 very hidden


def read_xls(data: bytes, name: str) -> SourceDocument:
    book = _open(data)
    sheets = [book.sheet_by_index(i) for i in range(book.nsheets)]
    sheets = [sheet for sheet in sheets if sheet.visibility == _VISIBLE]
    for sheet in sheets:
        if sheet.nrows > MAX_ROWS:
            raise TooLarge(f"{name}: sheet {sheet.name!r} has too many rows ({sheet.nrows}; limit {MAX_ROWS})")
    return workbook_document([(sheet.name, *sheet_grid(sheet, book.datemode)) for sheet in sheets], name, len(data),
                             "xls")


def _open(data: bytes) -> Any:
    """The workbook with its formatting (merged cells are recorded there); without it where that part is
    broken, as some writers leave it."""
    try:
        return xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=False)
    except (NotImplementedError, xlrd.XLRDError, AssertionError, IndexError, KeyError):
        return xlrd.open_workbook(file_contents=data, formatting_info=False, on_demand=False)


def sheet_grid(sheet: Any, datemode: int) -> tuple[list[list[str]], Spans]:
    """A sheet's used range as text, trailing blank rows and columns trimmed, and its merged cells."""
    values = [[_cell(sheet.cell(r, c), datemode) for c in range(min(sheet.row_len(r), MAX_COLUMNS))]
              for r in range(sheet.nrows)]
    while values and not any(values[-1]):
        values.pop()
    width = max((max((i + 1 for i, v in enumerate(row) if v), default=0) for row in values), default=0)
    rows = [row[:width] + [""] * (width - len(row[:width])) for row in values]
    spans = {}
    for row_lo, row_hi, col_lo, col_hi in sheet.merged_cells:  # half-open ranges
        if row_lo < len(rows) and col_lo < width and (row_hi - row_lo > 1 or col_hi - col_lo > 1):
            spans[(row_lo, col_lo)] = (min(row_hi, len(rows)) - row_lo, min(col_hi, width) - col_lo)
    return rows, spans


def _cell(cell: Any, datemode: int) -> str:
    kind, value = cell.ctype, cell.value
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    if kind == xlrd.XL_CELL_BOOLEAN:
        return shown(bool(value))
    if kind == xlrd.XL_CELL_DATE:
        try:
            return shown(xlrd.xldate.xldate_as_datetime(value, datemode))
        except (xlrd.xldate.XLDateError, OverflowError, ValueError):
            return shown(value)
    return shown(value)
