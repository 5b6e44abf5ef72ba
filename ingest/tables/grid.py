"""A table as a grid of cells, and its header: which rows name the columns and what each column holds.

A merged cell fills every slot it covers, so a project cell merged over the rows of its members is
the project of each of those rows. The header is found, not assumed: the first rows (up to a few)
whose cells are mostly headers of the vocabulary; rows of sub-headers below a merged header cell
(`负责人` over `姓名 | 职称`) refine it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.blocks import Block
from ingest.model import Span
from ingest.tables.cells import Piece, piece
from ingest.tables.vocabulary import PAPER, PATENT, PEOPLE, UNITS, Header, Role, header_of, is_query_echo

_JOINED = re.compile(r"\s*(?:及|和|与|、|/)\s*")
_HEADER_SEARCH = 6  # rows from the top where a header may start (a title row or two may come first)
FACT_ROLES = PEOPLE | UNITS | PAPER | PATENT | {Role.PROJECT}


@dataclass(frozen=True, slots=True)
class Slot:
    """One position of the grid: the cell that covers it (a merged cell covers several)."""

    value: Piece | None
    origin: tuple[int, int]  # (row, column) where the covering cell starts


@dataclass(frozen=True, slots=True)
class Grid:
    rows: tuple[tuple[Slot, ...], ...]
    header_rows: int = 0  # as the source states; 0 when it does not say

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def cell(self, r: int, c: int) -> Slot | None:
        row = self.rows[r]
        return row[c] if c < len(row) else None


@dataclass(frozen=True, slots=True)
class Layout:
    """Where the data rows start and what each column holds (None: a column the vocabulary lacks)."""

    first_data_row: int
    columns: tuple[Header | None, ...]
    known: tuple[bool, ...]  # the column is in the vocabulary (query echoes too): read, not left to prose
    header_spans: tuple[Span, ...]
    texts: tuple[str | None, ...] = ()  # each column's header as written (its lowest row's)


def grid_of_block(block: Block) -> Grid:
    """The grid of a table block. Readers give every position of the table a cell (ingest.blocks); a
    merged cell's span covers positions whose own cells are empty, and fills them here."""
    covering: dict[tuple[int, int], Slot] = {}
    for row in block.rows:
        for cell in row:
            if cell.row_span > 1 or cell.col_span > 1:
                slot = Slot(piece(cell.text, cell.span.start), (cell.row, cell.col))
                for dr in range(cell.row_span):
                    for dc in range(cell.col_span):
                        covering.setdefault((cell.row + dr, cell.col + dc), slot)
    width = max((cell.col + 1 for row in block.rows for cell in row), default=0)
    rows = []
    for r, row in enumerate(block.rows):
        own = {cell.col: Slot(piece(cell.text, cell.span.start), (r, cell.col)) for cell in row}
        rows.append(tuple(covering.get((r, c)) or own.get(c) or Slot(None, (r, c)) for c in range(width)))
    return Grid(tuple(rows), block.header_rows)


def grid_of_rows(rows: list[list[Piece | None]]) -> Grid:
    return Grid(tuple(tuple(Slot(v, (r, c)) for c, v in enumerate(row)) for r, row in enumerate(rows)))


def find_layout(grid: Grid) -> Layout | None:
    """The header of the grid and the role of each column; None when no row reads as a header that
    names at least one column of facts (a person, a unit, a project, a paper or a patent). The header
    rows the source states are taken first; if they name no such column (a caption over the table),
    the header is looked for."""
    if grid.header_rows and (stated := _layout(grid, 0, grid.header_rows)) is not None:
        return stated
    found = _header_rows(grid)
    return _layout(grid, *found) if found is not None else None


def _layout(grid: Grid, start: int, count: int) -> Layout | None:
    columns: list[Header | None] = []
    texts: list[str | None] = []
    known: list[bool] = []
    spans: list[Span] = []
    parts = _parts_of_merged_headers(grid, start, count)
    for c in range(grid.width):
        stack = []
        seen: set[tuple[int, int]] = set()
        for r in range(start, start + count):
            slot = grid.cell(r, c)
            if slot is None or slot.value is None or slot.origin in seen:
                continue
            seen.add(slot.origin)
            spans.append(slot.value.span)
            stack.append(parts.get((slot.origin, c), slot.value.text))
        header = _combined([header_of(t) for t in stack])
        columns.append(header)
        texts.append(stack[-1] if stack else None)
        # a note column holds free text: prose reads it
        known.append(header is not None and header.role is not Role.NOTE or any(is_query_echo(t) for t in stack))
    columns = _papers_sources(_other_language_titles(_in_context(columns), texts), texts)
    if not {h.role for h in columns if h is not None} & FACT_ROLES:
        return None
    return Layout(start + count, tuple(columns), tuple(known), tuple(dict.fromkeys(spans)), tuple(texts))


def _parts_of_merged_headers(grid: Grid, start: int, count: int) -> dict[tuple[tuple[int, int], int], str]:
    """A header merged over several columns that names as many things (`负责人及单位` over two): each
    column its part, in order. Keyed by (the header cell's origin, column)."""
    out: dict[tuple[tuple[int, int], int], str] = {}
    for r in range(start, start + count):
        covered: dict[tuple[int, int], list[int]] = {}
        for c in range(grid.width):
            slot = grid.cell(r, c)
            if slot is not None and slot.value is not None:
                covered.setdefault(slot.origin, []).append(c)
        for origin, cols in covered.items():
            cell = grid.cell(r, cols[0])
            if len(cols) < 2 or cell is None or cell.value is None:
                continue
            names = [p for p in _JOINED.split(cell.value.text) if p.strip()]
            if len(names) == len(cols) and all(header_of(p) is not None for p in names):
                out.update(((origin, c), name) for c, name in zip(cols, names, strict=True))
    return out


def _header_rows(grid: Grid) -> tuple[int, int] | None:
    for r in range(min(_HEADER_SEARCH, len(grid.rows))):
        if _is_header_row(grid, r, first=True):
            count = 1
            while r + count < len(grid.rows) and _is_header_row(grid, r + count, first=False):
                count += 1
            return r, count
    return None


def _is_header_row(grid: Grid, r: int, first: bool) -> bool:
    """Most of the row's own cells (not those merged down from above) are headers: two at least in the
    first header row, every one in a row of sub-headers below it."""
    own = [s.value.text for s in grid.rows[r] if s.value is not None and s.origin[0] == r]
    own = list(dict.fromkeys(own))
    if not own or not first and grid.width > 1 and len({s.origin for s in grid.rows[r]}) == 1:
        return False  # one cell across the table (个人简介 over each row's profile below): a label, no sub-header
    named = sum(1 for t in own if header_of(t) is not None or is_query_echo(t))
    if first:
        return named >= 2 and named * 2 >= len(own)
    return named == len(own)


def _combined(headers: list[Header | None]) -> Header | None:
    """A column under several header rows: the lowest header names it, but a generic one (`姓名`)
    under a specific one (`负责人`) takes the specific role."""
    out: Header | None = None
    for h in headers:
        if h is None:
            continue
        if out is not None and h.role is Role.PERSON and out.role in PEOPLE:
            continue
        out = Header(h.role, h.unit or (out.unit if out else None), h.exact)
    return out


_AUTHORS = frozenset({Role.AUTHORS, Role.FIRST_AUTHOR, Role.CORRESPONDING, Role.AUTHOR_KIND})  # a column of authorship
_TITLES = frozenset({Role.PROJECT, Role.PAPER_TITLE, Role.PATENT_TITLE})
_OTHER_LANGUAGE = ("英文", "外文", "english")


def _other_language_titles(columns: list[Header | None], texts: list[str | None]) -> list[Header | None]:
    """A column of titles in another language beside the column of the titles (`论文名称 | 论文英文名称`): the
    same works' other names, no works of their own."""
    titled = [c for c, h in enumerate(columns) if h is not None and h.role in _TITLES]
    out = list(columns)
    for c in titled:
        if _other_language(texts, c) and any(o != c and not _other_language(texts, o) for o in titled):
            out[c] = None
    return out


def _other_language(texts: list[str | None], c: int) -> bool:
    text = (texts[c] or "").lower() if c < len(texts) else ""
    return any(w in text for w in _OTHER_LANGUAGE)


_SOURCE = frozenset({"来源", "文献来源", "来源期刊", "来源刊物"})  # a bibliographic export's column of where it appeared


def _papers_sources(columns: list[Header | None], texts: list[str | None]) -> list[Header | None]:
    """`题名 | 作者 | 来源`, as a bibliographic database exports its papers: the source of a paper is its journal
    (beside no paper's title, `来源` is no column this reads)."""
    if not any(h is not None and h.role is Role.PAPER_TITLE for h in columns):
        return columns
    return [Header(Role.JOURNAL, None, True) if h is None and t is not None and re.sub(r"\s", "", t) in _SOURCE else h
            for h, t in zip(columns, texts, strict=True)]


def _in_context(columns: list[Header | None]) -> list[Header | None]:
    """Generic headers read by the other columns: `题目` in a table of journals is a paper's title,
    `名称` and `类别` beside a patent number are a patent's (its `作者` are its inventors), and its `申请人` owns it (beside its inventors)
    or invented it (with no column of inventors); an unqualified `单位` of a project's leader is the
    project's host unit."""
    roles = {h.role for h in columns if h is not None}
    # a table of projects with their leaders may list each one's output (成果名称, 作者, 出版社): still projects
    patents = Role.PATENT_NUMBER in roles
    # (`作者 | 名称 | 专利号`: beside a patent's number and nothing else of a paper's, the authors are its inventors)
    papers = bool(roles & (PAPER - {Role.PAPER_TITLE} - (_AUTHORS if patents else frozenset()))) and Role.LEADER not in roles
    written = Role.PAPER_TITLE in roles and not roles & _AUTHORS and not patents
    out = []
    for h in columns:
        if h is not None and h.role is Role.PERSON and written:
            h = Header(Role.AUTHORS, h.unit, h.exact)  # 姓名 | 论文名称: the row's person wrote it (a thesis)
        if h is not None and h.role is Role.PROJECT and (papers or patents):
            h = Header(Role.PAPER_TITLE if papers else Role.PATENT_TITLE, h.unit, h.exact)
        elif h is not None and h.role is Role.PROGRAMME and patents:
            h = Header(Role.PATENT_KIND, h.unit, h.exact)
        elif h is not None and (h.role in (Role.PERSON, Role.MEMBER) or h.role is Role.AUTHORS and not papers) \
                and patents and Role.INVENTORS not in roles:
            h = Header(Role.INVENTORS, h.unit, h.exact)
        elif h is not None and h.role is Role.LEADER and patents:
            h = Header(Role.PATENTEE if Role.INVENTORS in roles else Role.INVENTORS, h.unit, h.exact)
        out.append(h)
    return out
