"""The tables mechanism: every table block, and every table recovered from plain text, read by its header.

A table whose header names no column of facts is left alone (its text goes to prose). Of a table that
is read, the header and the cells of the columns the vocabulary knows are consumed; cells of unknown
columns are left to prose.
"""

from __future__ import annotations

from graph.schema import Label, RelType
from ingest.blocks import BlockKind
from ingest.model import Span
from ingest.reading import Coverage, Document, Facts, Reading
from ingest.tables.cells import Piece, counters_of, without_counter
from ingest.tables.grid import Grid, Layout, Slot, grid_of_block
from ingest.tables.lists import read_lists
from ingest.tables.profiles import read_profiles
from ingest.tables.records import NO_CONTEXT, Context, Record, emit
from ingest.tables.recover import grids_in_text
from ingest.tables.typing import layout_of
from ingest.tables.vocabulary import Role

_TITLE_ROLES = (Role.PROJECT, Role.PAPER_TITLE, Role.PATENT_TITLE)


def read_tables(document: Document, taken: Coverage, context: Context = NO_CONTEXT) -> Reading:
    facts = Facts()
    grids: list[Grid] = [grid_of_block(b) for b in document.blocks
                         if b.kind is BlockKind.TABLE and taken.free(b.span)]
    grids += grids_in_text(document.text, _free_paragraphs(document, taken))
    for grid in grids:
        read_grid(grid, facts, context)
    read_profiles(document, Coverage(taken.length, [*taken.spans(), *facts.consumed]), facts)
    read_lists(document, Coverage(taken.length, [*taken.spans(), *facts.consumed]), facts, context)
    _contacts_of_the_project(facts, context)
    return facts.reading()


def _contacts_of_the_project(facts: Facts, context: Context) -> None:
    """Contacts a notice names before the table of its one project are that project's contacts."""
    if not context.contacts:
        return
    projects = [e.ref for e in facts.out.entities() if e.type is Label.PROJECT and e.kind != "programme"]
    if len(projects) != 1:
        return
    for name, phone, span in context.contacts:
        facts.out.relation(RelType.CONTACT_FOR, name, projects[0], span, phone=phone)


def _free_paragraphs(document: Document, taken: Coverage) -> list[Span]:
    """The spans of the text blocks no mechanism has read: where tables may hide in plain text."""
    return [b.span for b in document.blocks if b.kind is not BlockKind.TABLE and taken.free(b.span)]


def read_grid(grid: Grid, facts: Facts, context: Context = NO_CONTEXT) -> bool:
    """Read one grid's rows into `facts`; False (nothing read) when it has no header of facts."""
    layout = layout_of(grid)
    if layout is None:
        return False
    facts.read(*layout.header_spans)
    counters = _title_counters(grid, layout)
    header_texts = _header_texts(grid, layout)
    for r in range(layout.first_data_row, len(grid.rows)):
        row = grid.rows[r]
        record = _record(row, r, layout, counters, header_texts)
        if record is None:
            continue
        emit(record, facts.out, facts.orgs, context)
        facts.read(*(s.value.span for c, s in enumerate(row)
                     if s.value is not None and c < len(layout.known) and layout.known[c]))
    return True


def _record(row: tuple[Slot, ...], r: int, layout: Layout, counters: dict[int, list[int | None]],
            header_texts: set[str]) -> Record | None:
    values = [s.value for s in row]
    own = [v for v in values if v is not None]
    if not own:
        return None
    if {v.text for v in own} <= header_texts:
        return None  # the header again (a table cut by a page break)
    origins = {s.origin for s in row if s.value is not None}
    if len(origins) == 1 and len(row) > 2:
        return None  # one cell across the table: a group's caption, not a row
    record = Record(Span(min(v.span.start for v in own), max(v.span.end for v in own)))
    for c, header in enumerate(layout.columns):
        if header is None or c >= len(values) or values[c] is None:
            continue
        value = values[c]
        assert value is not None
        if c in counters:
            value = without_counter(value, counters[c][r - layout.first_data_row])
        record.add(header.role, value, header.unit)
    return record if record.values else None


def _title_counters(grid: Grid, layout: Layout) -> dict[int, list[int | None]]:
    """Per title column, the length of the row counter each value opens with (`1.` in `1.某某研究`)."""
    out = {}
    for c, header in enumerate(layout.columns):
        if header is None or header.role not in _TITLE_ROLES:
            continue
        values: list[Piece | None] = []
        for r in range(layout.first_data_row, len(grid.rows)):
            slot = grid.cell(r, c)
            values.append(slot.value if slot is not None else None)
        out[c] = counters_of(values)
    return out


def _header_texts(grid: Grid, layout: Layout) -> set[str]:
    return {s.value.text for r in range(layout.first_data_row) for s in grid.rows[r] if s.value is not None}
