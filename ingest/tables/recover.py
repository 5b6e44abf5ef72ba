"""Tables that only the layout of plain text shows, as grids with the span of every cell.

- pipe rows: `| 序号 | 姓名 | 单位 |` or `1 | 张三 | 甲大学 |`, one row a line (Markdown's `| -- |`
  rule lines are skipped);
- pipe copies of web pages: one cell a line, each ending in `|` (an empty cell is a bare `|`): the
  header is the run of cells the vocabulary names, and the cells after it fill rows of that width;
  cells no header leads fill rows of the width whose columns read best by their contents;
- aligned columns: cells set apart by a tab or a run of blanks, as many on each line as in the header;
  or by single blanks under a header of known headers, a name padded to two characters (`高 松`) one cell;
- delimited text: comma-separated values, quoted or not, as many on each line as in the header;
- delimited rows without a header: consecutive lines of as many comma-separated values (four at
  least), each maybe opening with the same label (`result: 1,…`, a log's own word); and aligned
  columns without a header, as many cells (three at least) on each line.

Whether a grid is a table of facts is for its header to say, or where it has none, for the contents of
its columns (ingest.tables.typing).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest.model import Span
from ingest.tables.cells import Piece, is_reference, piece
from ingest.tables.grid import Grid, grid_of_rows
from ingest.tables.patent_lines import read_patent_line
from ingest.tables.vocabulary import Role, exact_header, header_of, is_query_echo

_LINE = re.compile(r"[^\n]+")
_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_ALIGNED_GAP = re.compile(r"\t+|[ \u3000]{2,}")
_CSV_FIELD = re.compile(r'\s*(?:"((?:[^"]|"")*)"|([^,"]*))\s*(,|$)')
_NUMBER = re.compile(r"\d{1,4}[.、．]?")
_MIN_ROWS = 2
_MIN_FIELDS = 4  # values on a line of delimited rows without a header
_MIN_ALIGNED = 3  # cells on a line of aligned columns without a header
_LINE_LABEL = re.compile(r"\s*[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff]{0,11}\s*[:：]\s*")
_MIN_HEADER_LINES = 3  # header cells a line each that open a table copied a cell a line
_CELL_LINE_MAX = 80
_SENTENCE_END = re.compile(r"[。！？；]$")
_WIDEST = 12  # columns of a table without a header tried
_LEAD_CELLS = 1  # cells before such a table's first row (a caption) tried
_COVERED = 0.8
_SAMPLE_CELLS = 240  # of the cells, those the rows of a width must hold
_COLON = re.compile(r"[:：]")  # `键: 值` lines are fields, not rows
_WORD = re.compile(r"[^ \t\u3000]+")
_LONE_HAN = re.compile(r"[\u4e00-\u9fff]")
_WRAPPED = 60  # a line longer than this is prose, not a wrapped cell

Row = list[Piece | None]


def grids_in_text(text: str, spans: list[Span]) -> list[Grid]:
    lines = [(m.start(), m.group()) for s in spans for m in _LINE.finditer(text, s.start, s.end)
             if m.group().strip() and not is_reference(m.group())]  # a reference is no row
    patents = {start for start, line in lines if read_patent_line(line) is not None}
    grids: list[Grid] = []
    for finder in (_pipe_rows, _pipe_cells, _literal, _literal_rows, _line_cells, _aligned, _delimited, _delimited_rows,
                   _aligned_rows, _blank_separated):
        # a patent on its line is no row of a table no header line opens
        found = list(finder(lines if finder in _UNDER_HEADERS else [ln for ln in lines if ln[0] not in patents]))
        grids += [g for g, _ in found]
        used = {start for _, starts in found for start in starts}
        lines = [ln for ln in lines if ln[0] not in used]
    return grids


def _runs(lines: list[tuple[int, str]], keep: object) -> Iterator[list[tuple[int, str]]]:
    """Runs of consecutive lines (in document order, nothing between them) that `keep` accepts."""
    run: list[tuple[int, str]] = []
    for line in lines:
        if keep(line[1]):  # type: ignore[operator]
            run.append(line)
        elif run:
            yield run
            run = []
    if run:
        yield run


def _role(cell: Piece | None) -> Role | None:
    header = header_of(cell.text) if cell is not None else None
    return header.role if header is not None else None


def _is_header(text: str) -> bool:
    return header_of(text) is not None or is_query_echo(text)


# ---- pipe rows --------------------------------------------------------------------------------

def pipe_cells(start: int, line: str) -> Row:
    """The cells of a line of pipe-separated cells at `start` (`| 甲 | 乙 |`, `甲 | 乙`), an empty one None."""
    body_start = len(line) - len(line.lstrip())
    body = line.strip()
    if body.startswith("|"):
        body, body_start = body[1:], body_start + 1
    if body.endswith("|"):
        body = body[:-1]
    out: Row = []
    pos = 0
    for part in body.split("|"):
        out.append(piece(part, start + body_start + pos))
        pos += len(part) + 1
    return out


def _pipe_rows(lines: list[tuple[int, str]]) -> Iterator[tuple[Grid, list[int]]]:
    def is_row(line: str) -> bool:
        return line.count("|") >= 2 and len(line.strip().strip("|").split("|")) >= 2

    for run in _runs(lines, is_row):
        rows = [pipe_cells(s, ln) for s, ln in run if not _RULE.match(ln)]
        if len(rows) >= _MIN_ROWS:
            yield grid_of_rows(rows), [s for s, _ in run]


# ---- pipe copies: one cell a line -------------------------------------------------------------

def _pipe_cells(lines: list[tuple[int, str]]) -> Iterator[tuple[Grid, list[int]]]:
    """Runs of one-cell lines; a cell wrapped over lines has only its last line end in `|`."""
    cells: Row = []
    starts: list[list[int]] = []  # of each cell, the starts of its lines
    pending: list[tuple[int, str]] = []
    for n, (start, line) in enumerate(lines):
        if _is_cell_line(line):
            first = pending[0][0] if pending else start
            body = "\n".join(ln for _, ln in pending) + ("\n" if pending else "") + line.rstrip()[:-1]
            cells.append(piece(body, first))
            starts.append([s for s, _ in pending] + [start])
            pending = []
        elif "|" not in line and len(line) <= _WRAPPED and n + 1 < len(lines) and lines[n + 1][0] == start + len(line) + 1 \
                and cells and (_is_cell_line(lines[n + 1][1]) or pending):  # within a run of cells
            pending.append((start, line))
        else:
            yield from _cell_stream(cells, starts)
            cells, starts, pending = [], [], []
    yield from _cell_stream(cells, starts)


def _line_cells(lines: list[tuple[int, str]]) -> Iterator[tuple[Grid, list[int]]]:
    """A web table copied one cell a line with no marks at all: a run of lines each a known header (three at
    least as the vocabulary writes them, most of them), then the short lines after it, its cells row by row, up to
    a line of prose."""
    i = 0
    while i < len(lines):
        width = 0
        while i + width < len(lines) and _bare_cell(lines[i + width][1]) and _is_header(lines[i + width][1].strip()):
            width += 1
        exact = sum(1 for _, line in lines[i:i + width] if exact_header(line.strip()) is not None)
        if width < _MIN_HEADER_LINES or exact < _MIN_HEADER_LINES or 2 * exact < width:
            i += max(width, 1)  # lines of a page's headings that hold a header's word (某某课题组, 某大学某学院)
            continue
        j = i + width
        while j < len(lines) and _bare_cell(lines[j][1]):
            j += 1
        run = lines[i:j]
        cells = [piece(line, start) for start, line in run]
        yield from (found for found in _cell_stream(cells, [[start] for start, _ in run]) if len(found[0].rows) > 1)
        i = j


def _bare_cell(line: str) -> bool:
    """A line that may be one cell of a table copied a cell a line: short, no sentence, no marks of columns."""
    body = line.strip()
    return 0 < len(body) <= _CELL_LINE_MAX and "|" not in body and "\t" not in body and not _SENTENCE_END.search(body)


def _is_cell_line(line: str) -> bool:
    return line.rstrip().endswith("|") and line.count("|") == 1


def _cell_stream(cells: Row, starts: list[list[int]]) -> Iterator[tuple[Grid, list[int]]]:
    i = 0
    loose = 0  # where the cells that no header leads begin
    while i < len(cells):
        width = 0
        while i + width < len(cells) and (c := cells[i + width]) is not None and _is_header(c.text):
            width += 1
        if width < 2:
            i += max(width, 1)
            continue
        counted = _role(cells[i]) in (Role.COUNTER, Role.RANK)
        rows: list[Row] = [cells[i:i + width]]
        j = i + width
        while j + width <= len(cells):
            first = cells[j]
            if first is not None and _is_header(first.text):
                break  # the next table's header
            if counted and (first is None or not _NUMBER.fullmatch(first.text)):
                j += 1  # out of step (a cell lost or split): find the next row's counter
                continue
            rows.append(cells[j:j + width])
            j += width
        if len(rows) > 1:
            yield from _without_header(cells[loose:i], starts[loose:i])
            yield grid_of_rows(rows), [s for cell in starts[i:j] for s in cell]
            loose = j
        i = j
    yield from _without_header(cells[loose:], starts[loose:])


def _without_header(cells: Row, starts: list[list[int]]) -> Iterator[tuple[Grid, list[int]]]:
    """Cells no header leads: rows of the width (and from the cell) whose columns read best by their
    contents (ingest.tables.typing), if any width reads as a table of facts."""
    from ingest.tables.typing import layout_by_content

    best: tuple[int, int, int] | None = None  # (columns read, -width, -first cell)
    sample = cells[:_SAMPLE_CELLS]  # the width is found on the first cells, and read over all
    for width in range(2, min(_WIDEST, len(sample) // _MIN_ROWS) + 1):
        for first in range(min(width, _LEAD_CELLS + 1)):
            rows = _rows_of(sample[first:], width)
            if len(rows) < _MIN_ROWS or len(rows) * width < _COVERED * (len(sample) - first):
                continue
            layout = layout_by_content(grid_of_rows(rows))
            if layout is None:
                continue
            score = (sum(h is not None for h in layout.columns), -width, -first)
            best = max(best, score) if best is not None else score
    if best is None:
        return
    width, first = -best[1], -best[2]
    rows = _rows_of(cells[first:], width)
    yield grid_of_rows(rows), [s for cell in starts[first:first + len(rows) * width] for s in cell]


def _rows_of(cells: Row, width: int) -> list[Row]:
    return [cells[k:k + width] for k in range(0, len(cells) - width + 1, width)]


# ---- aligned columns ----------------------------------------------------------------------------

def _gap_cells(start: int, line: str) -> Row:
    out: Row = []
    pos = 0
    for m in [*_ALIGNED_GAP.finditer(line), None]:
        stop = m.start() if m else len(line)
        mark = _ITEM_NUMBER.match(line, pos, stop) if not out and m is not None else None
        if mark is not None:  # `1. 某某  某大学  …`: the item's number is a cell of its own
            out.append(Piece(mark.group(1), Span(start + mark.start(1), start + mark.end(1))))
            pos = mark.end()
        cell = piece(line[pos:stop], start + pos)
        if cell is not None:
            out.append(cell)
        pos = m.end() if m else stop
    return out


_ITEM_NUMBER = re.compile(r"\s*(\d{1,3})\s*[.、．)）]\s*(?=\S)")


def _aligned(lines: list[tuple[int, str]]) -> Iterator[tuple[Grid, list[int]]]:
    yield from _same_width(lines, _gap_cells)


def _blank_cells(start: int, line: str) -> Row:
    """Cells set apart by single blanks (`乔某 70 天体物理`), where a name a cell pads to the width of the
    column (`高 松`) is one cell: single Han characters side by side are one cell's."""
    out: Row = []
    for m in _WORD.finditer(line):
        cell = Piece(m.group(), Span(start + m.start(), start + m.end()))
        last = out[-1] if out else None
        if last is not None and _LONE_HAN.fullmatch(last.text) and _LONE_HAN.fullmatch(m.group()):
            out[-1] = Piece(line[last.span.start - start:m.end()], Span(last.span.start, start + m.end()))
            continue
        out.append(cell)
    return out


def _blank_separated(lines: list[tuple[int, str]]) -> Iterator[tuple[Grid, list[int]]]:
    """Columns set apart by single blanks, under a header line of known headers (as aligned columns)."""
    yield from _same_width([ln for ln in lines if not _ALIGNED_GAP.search(ln[1].strip()) and not _COLON.search(ln[1])],
                           _blank_cells)


def _same_width(lines: list[tuple[int, str]], cells_of: object) -> Iterator[tuple[Grid, list[int]]]:
    """A header line of at least two known headers, and the lines after it with as many cells."""
    split = [(s, cells_of(s, ln)) for s, ln in lines]  # type: ignore[operator]
    i = 0
    while i < len(split):
        start, header = split[i]
        named = sum(1 for c in header if c is not None and _is_header(c.text))
        if len(header) < 2 or named < 2 or named * 2 < len(header):
            i += 1
            continue
        j = i + 1
        while j < len(split) and len(split[j][1]) == len(header):
            j += 1
        if j - i >= _MIN_ROWS:
            yield grid_of_rows([cells for _, cells in split[i:j]]), [s for s, _ in split[i:j]]
        i = max(j, i + 1)


# ---- delimited text -----------------------------------------------------------------------------

def _csv_cells(start: int, line: str) -> Row:
    out: Row = []
    pos = 0
    if "," not in line:
        return out
    while pos <= len(line):
        m = _CSV_FIELD.match(line, pos)
        if m is None:
            return []
        if m.group(1) is not None:
            value_start = m.start(1)
            out.append(piece(m.group(1).replace('""', '"'), start + value_start))
        else:
            out.append(piece(m.group(2), start + m.start(2)))
        if not m.group(3):
            break
        pos = m.end()
    return out


# a row written as a script's list or tuple of values: `["1", "某某研究", "某某"],`, `('某某研究', '某某', 2031),`
_LITERAL_ROW = re.compile(r"\s*[\[(](?P<items>.*)[\])]\s*[,;]?\s*")
_LITERAL_ITEM = re.compile(r"""\s*(?:"(?P<double>(?:[^"\\]|\\.)*)"|'(?P<single>(?:[^'\\]|\\.)*)'|(?P<bare>-?\d+(?:\.\d+)?|null|None|"""
                           r"""true|false|True|False))\s*(?P<comma>,|$)""")
_NO_VALUE = frozenset({"null", "None", "true", "false", "True", "False"})


def _literal_cells(start: int, line: str) -> Row:
    """The values of a line that is one list or tuple of strings and numbers; none for any other line."""
    row = _LITERAL_ROW.fullmatch(line)
    if row is None or not ("'" in line or '"' in line):
        return []
    out: Row = []
    pos, end = row.start("items"), row.end("items")
    while pos < end:
        m = _LITERAL_ITEM.match(line, pos, end)
        if m is None:
            return []
        name = next(k for k in ("double", "single", "bare") if m.group(k) is not None)
        out.append(None if m.group(name) in _NO_VALUE else piece(m.group(name), start + m.start(name)))
        if not m.group("comma"):
            break
        pos = m.end()
    return out if len(out) >= 2 else []


def _literal(lines: list[tuple[int, str]]) -> Iterator[tuple[Grid, list[int]]]:
    yield from _same_width(lines, _literal_cells)


def _literal_rows(lines: list[tuple[int, str]]) -> Iterator[tuple[Grid, list[int]]]:
    yield from _rows_without_header(lines, _literal_cells, _MIN_FIELDS)


def _delimited(lines: list[tuple[int, str]]) -> Iterator[tuple[Grid, list[int]]]:
    yield from _same_width(lines, _csv_cells)


def _delimited_rows(lines: list[tuple[int, str]]) -> Iterator[tuple[Grid, list[int]]]:
    yield from _rows_without_header(lines, _csv_cells, _MIN_FIELDS)


def _aligned_rows(lines: list[tuple[int, str]]) -> Iterator[tuple[Grid, list[int]]]:
    yield from _rows_without_header(lines, _gap_cells, _MIN_ALIGNED)


def _rows_without_header(lines: list[tuple[int, str]], cells_of: object, least: int) -> Iterator[tuple[Grid, list[int]]]:
    """Runs of lines with the same number of values (`least` at least) and no header; a label every line
    of the run opens with (`result: 1,…`) is no value."""
    rows: list[tuple[int, Row, str]] = []  # (line start, cells, label)
    for start, line in [*lines, (-1, "")]:
        label = _LINE_LABEL.match(line)
        at = label.end() if label is not None and "," not in label.group() else 0
        cells = cells_of(start + at, line[at:]) if start >= 0 else []  # type: ignore[operator]
        if rows and (len(cells) != len(rows[-1][1]) or line[:at].strip() != rows[-1][2]):
            if len(rows) >= _MIN_ROWS:
                yield grid_of_rows([r for _, r, _ in rows]), [s for s, _, _ in rows]
            rows = []
        if len(cells) >= least:
            rows.append((start, cells, line[:at].strip()))


# finders that take a line only under a header line of known headers: a patent on its line may be a row of theirs
_UNDER_HEADERS = (_literal, _line_cells, _aligned, _delimited)
