"""Tables a call gives: its project classes with their amounts (`项目类别 | 资助强度（万元）`) and its contacts
with their phones and offices (`处室 | 联系人 | 联系电话`).

Tables are found as the tables mechanism finds them in plain text (rows of `|` cells, aligned columns,
delimited lines) and read by their header. A table copied one cell a line (`重点项目 |`) is cut into
rows where its first value of a known shape says: class names such as `重点项目` read like headers, so
the header's width is not told by its words alone, but the first amount (or phone) stands in the
column the header gives it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.genres.guide_topics import ProjectClass
from ingest.model import Span
from ingest.tables.cells import Piece, piece, wan
from ingest.tables.grid import Grid, grid_of_rows
from ingest.tables.recover import grids_in_text
from ingest.tables.vocabulary import Header, Role, header_of

_HEADER_ROWS = 3  # rows from the top where the header may stand (a caption row may come first)
_AMOUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:万元|万)?")
_PHONE = re.compile(r"(?:[(（]?0\d{2,3}[)）]?[-－—\s]?)?\d{7,8}(?:[-－—]\d{1,4})?|1[3-9]\d{9}")
_LINE = re.compile(r"[^\n]+")
_CLASS_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z（）()]{2,24}")
_OFFICE_HEADER = re.compile(r"^(?:处室|科室|部门|单位|所在处室|所在部门|业务处室|负责处室|受理处室|联系处室|联系部门)$")


@dataclass(frozen=True, slots=True)
class ContactRow:
    """One row of a table of contacts: the person's cell, the phone, the office cell (if the table has one)."""

    person: Piece
    phone: str | None
    office: Piece | None
    span: Span


def classes_in_tables(text: str) -> list[ProjectClass]:
    """Every class a table of classes and amounts lists, with its cap, in the order listed."""
    out: dict[str, ProjectClass] = {}
    for grid in _grids(text, Role.BUDGET, _AMOUNT):
        found = _header(grid, (Role.PROGRAMME, Role.BUDGET))
        if found is None:
            continue
        r, (named, amount), headers = found
        unit = headers[amount].unit if headers[amount] is not None else None  # type: ignore[union-attr]
        for row in grid.rows[r + 1:]:
            name, value = _cell(row, named), _cell(row, amount)
            if name is None or not _CLASS_NAME.fullmatch(name.text):
                continue
            cls = out.setdefault(name.text, ProjectClass(name.text))
            cls.spans.append(name.span)
            if cls.budget_cap_wan is None and value is not None:
                cls.budget_cap_wan = wan(value.text, unit)
    return list(out.values())


def contacts_in_tables(text: str) -> list[ContactRow]:
    """Every row of a table of contacts (a person column and a phone column), with its office cell."""
    out: list[ContactRow] = []
    for grid in _grids(text, Role.PHONE, _PHONE):
        found = _header(grid, (Role.CONTACT, Role.PHONE)) or _header(grid, (Role.PERSON, Role.PHONE))
        if found is None:
            continue
        r, (person_at, phone_at), headers = found
        office_at = next((c for c, slot in enumerate(grid.rows[r]) if slot.value is not None
                          and _OFFICE_HEADER.match(slot.value.text.strip())), None)
        for row in grid.rows[r + 1:]:
            person, phone = _cell(row, person_at), _cell(row, phone_at)
            if person is None:
                continue
            office = _cell(row, office_at) if office_at is not None else None
            cells = [p.span for p in (person, phone, office) if p is not None]
            number = _PHONE.search(phone.text) if phone is not None else None
            out.append(ContactRow(person, number.group() if number else None, office,
                                  Span(min(s.start for s in cells), max(s.end for s in cells))))
    return out


def table_spans(text: str) -> list[Span]:
    """Where the tables a call's own reading reads stand (cells of class and contact tables)."""
    spans = [Span(row.span.start, row.span.end) for row in contacts_in_tables(text)]
    spans += [s for cls in classes_in_tables(text) for s in cls.spans]
    return spans


def _grids(text: str, anchor: Role, shape: re.Pattern[str]) -> list[Grid]:
    return _cell_line_grids(text, anchor, shape) or grids_in_text(text, [Span(0, len(text))])


def _header(grid: Grid, roles: tuple[Role, ...]) -> tuple[int, tuple[int, ...], list[Header | None]] | None:
    """The header row among the first rows that names a column for each role, with those columns."""
    for r, row in enumerate(grid.rows[:_HEADER_ROWS]):
        headers = [header_of(s.value.text) if s.value is not None else None for s in row]
        columns = [next((c for c, h in enumerate(headers) if h is not None and h.role is role), None) for role in roles]
        if all(c is not None for c in columns):
            return r, tuple(c for c in columns if c is not None), headers
    return None


def _cell(row: tuple, column: int | None) -> Piece | None:  # type: ignore[type-arg]
    if column is None or column >= len(row):
        return None
    value: Piece | None = row[column].value
    return value


def _cell_line_grids(text: str, anchor: Role, shape: re.Pattern[str]) -> list[Grid]:
    """Tables copied one cell a line, cut into rows of the width the first value in the anchor's column
    gives (the anchor: the amount of a class, the phone of a contact)."""
    grids: list[Grid] = []
    for run in _cell_runs(text):
        headers = [header_of(p.text) for p in run]
        at = next((c for c, h in enumerate(headers) if h is not None and h.role is anchor), None)
        first = next((k for k, p in enumerate(run) if k > (at or 0) and shape.fullmatch(p.text)), None)
        if at is None or first is None or first - at <= at:
            continue
        width = first - at
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
