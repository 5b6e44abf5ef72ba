"""Project classes a call gives in a table with their amounts (`项目类别 | 资助强度（万元） | 资助数量`).

The table is found as the tables mechanism finds tables in plain text (cells one per line ending in
`|`, aligned columns, delimited lines) and read by its header: the column of classes (类别, 项目类型 …)
and the column of amounts (资助强度, 资助金额, 经费 …, in the unit the header states).
"""

from __future__ import annotations

import re

from ingest.genres.guide_topics import ProjectClass
from ingest.model import Span
from ingest.tables.cells import Piece, piece, wan
from ingest.tables.grid import Grid, grid_of_rows
from ingest.tables.recover import grids_in_text
from ingest.tables.vocabulary import Header, Role, header_of

_HEADER_ROWS = 3  # rows from the top where the header may stand (a caption row may come first)
_AMOUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:万元|万)?")
_LINE = re.compile(r"[^\n]+")
_CLASS_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z（）()]{2,24}")


def classes_in_tables(text: str) -> list[ProjectClass]:
    """Every class a table of classes and amounts lists, with its cap, in the order listed."""
    out: dict[str, ProjectClass] = {}
    grids = _cell_line_grids(text) or grids_in_text(text, [Span(0, len(text))])
    for grid in grids:
        for name, cap in _rows(grid):
            cls = out.setdefault(name.text, ProjectClass(name.text))
            cls.spans.append(name.span)
            if cls.budget_cap_wan is None and cap is not None:
                cls.budget_cap_wan = cap
    return list(out.values())


def _cell_line_grids(text: str) -> list[Grid]:
    """Tables copied one cell a line (`重点项目 |`), cut into rows where the first amount says: a class's row
    starts with its name and gives its amount in the column the header puts it in (class names such as
    `重点项目` read like headers, so the header's width is not told by its words alone)."""
    grids: list[Grid] = []
    for run in _cell_runs(text):
        headers = [header_of(p.text) for p in run]
        amount = next((c for c, h in enumerate(headers) if h is not None and h.role is Role.BUDGET), None)
        first_number = next((k for k, p in enumerate(run) if _AMOUNT.fullmatch(p.text)), None)
        if amount is None or first_number is None or first_number - amount <= amount:
            continue
        width = first_number - amount
        rows = [run[k:k + width] for k in range(0, len(run) - width + 1, width)]
        grids.append(grid_of_rows([list(r) for r in rows]))
    return grids


def _cell_runs(text: str) -> list[list[Piece]]:
    runs: list[list[Piece]] = []
    run: list[Piece] = []
    for m in _LINE.finditer(text):
        line = m.group()
        if line.rstrip().endswith("|") and line.count("|") == 1:
            cell = piece(line.rstrip()[:-1], m.start())
            if cell is not None:
                run.append(cell)
            continue
        if run:
            runs.append(run)
        run = []
    return [*runs, run] if run else runs


def _rows(grid: Grid) -> list[tuple[Piece, float | None]]:
    for r, row in enumerate(grid.rows[:_HEADER_ROWS]):
        headers = [header_of(s.value.text) if s.value is not None else None for s in row]
        named = _column(headers, Role.PROGRAMME)
        amount = _column(headers, Role.BUDGET)
        if named is None or amount is None:
            continue
        unit = headers[amount].unit if headers[amount] is not None else None  # type: ignore[union-attr]
        out = []
        for data in grid.rows[r + 1:]:
            name = data[named].value if named < len(data) else None
            value = data[amount].value if amount < len(data) else None
            if name is None or not _CLASS_NAME.fullmatch(name.text):
                continue
            out.append((name, wan(value.text, unit) if value is not None else None))
        return out
    return []


def _column(headers: list[Header | None], role: Role) -> int | None:
    return next((c for c, h in enumerate(headers) if h is not None and h.role is role), None)
