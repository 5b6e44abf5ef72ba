"""The tables mechanism: every table block, and every table recovered from plain text, read by its header.

A table whose header names no column of facts is left alone (its text goes to prose). Of a table that
is read, the header and the cells of the columns the vocabulary knows are consumed; cells of unknown
columns are left to prose, though a cell made of labelled fields (`专利号：ZL…，授权公告日：…`) gives the row
those fields, whatever its column.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from graph.schema import Label, RelType
from ingest.blocks import BlockKind
from ingest.model import Span
from ingest.nlp.bodies import is_body
from ingest.nlp.lexicon import load_lexicon
from ingest.nlp.posts import is_honorary
from ingest.nlp.project_lines import read_project_line
from ingest.reading import Coverage, Document, Facts, Reading
from ingest.tables.award_lists import read_award_lists
from ingest.tables.award_rolls import read_award_rolls
from ingest.tables.bylines import read_bylines
from ingest.tables.cells import Piece, counters_of, piece, without_counter
from ingest.tables.data_records import PASSAGE, read_data_records
from ingest.tables.grid import Grid, Layout, Slot, grid_of_block
from ingest.tables.lists import read_lists
from ingest.tables.name_lists import read_name_lists
from ingest.tables.owner import people_owner, researchers_owner, table_owner
from ingest.tables.patent_lines import patent_number
from ingest.tables.people_lists import heading_body_above, heading_unit_above, read_people_lists
from ingest.tables.person_cards import read_person_cards
from ingest.tables.profile_records import read_profile_records
from ingest.tables.profiles import read_profiles
from ingest.tables.records import (
    NO_CONTEXT,
    Context,
    Record,
    as_patent,
    emit,
    noted_patent,
    one_in_two_scripts,
    patent_number_in,
    people_of,
)
from ingest.tables.recover import grids_in_text
from ingest.tables.sections import is_form
from ingest.tables.typing import layout_of
from ingest.tables.unit_lists import read_unit_lists
from ingest.tables.vocabulary import PEOPLE, UNITS, Header, Role, header_of
from names.script import simplified

_TITLE_ROLES = (Role.PROJECT, Role.PAPER_TITLE, Role.PATENT_TITLE)


def read_tables(document: Document, taken: Coverage, context: Context = NO_CONTEXT) -> Reading:
    facts = Facts()
    read_data_records(document, taken, facts)
    taken = Coverage(taken.length, [*taken.spans(), *facts.consumed])
    grids: list[Grid] = [grid_of_block(b) for b in document.blocks
                         if b.kind is BlockKind.TABLE and taken.free(b.span) and not is_form(b)]  # a form: the fields'
    grids += grids_in_text(document.text, _free_paragraphs(document, taken))
    for grid in grids:
        placeless: list[Member] = []
        unitless: list[tuple[str, Span]] = []
        start = _start(grid)
        if start is not None and _titles_of_no_works(document, grid, start):
            continue  # 会议发表 | 题目, 媒体报道 | 题目: talks and news items, no projects
        body = heading_body_above(document, start, facts) if start is not None else None
        ownerless = read_grid(grid, facts, replace(context, body=body) if body else context, placeless, unitless)
        if ownerless and (start := _start(grid)) is not None:
            _owned(document, start, ownerless, facts)
        if placeless and (start := _start(grid)) is not None:
            _members(document, start, placeless, facts)
        if unitless and (start := _start(grid)) is not None:
            _researchers(document, start, unitless, facts)
    read_bylines(document, Coverage(taken.length, [*taken.spans(), *facts.consumed]), facts)
    read_profiles(document, Coverage(taken.length, [*taken.spans(), *facts.consumed]), facts)
    read_profile_records(document, Coverage(taken.length, [*taken.spans(), *facts.consumed]), facts)
    read_award_lists(document, Coverage(taken.length, [*taken.spans(), *facts.consumed]), facts)
    read_award_rolls(document, Coverage(taken.length, [*taken.spans(), *facts.consumed]), facts)
    read_unit_lists(document, Coverage(taken.length, [*taken.spans(), *facts.consumed]), facts)
    read_person_cards(document, Coverage(taken.length, [*taken.spans(), *facts.consumed]), facts)
    read_people_lists(document, Coverage(taken.length, [*taken.spans(), *facts.consumed]), facts)
    read_name_lists(document, Coverage(taken.length, [*taken.spans(), *facts.consumed]), facts)
    read_lists(document, Coverage(taken.length, [*taken.spans(), *facts.consumed]), facts, context)
    _contacts_of_the_project(facts, context)
    return facts.reading()


# a heading over a table of things that are no works of the graph: talks, news reports, courses, software
_NO_WORKS = re.compile(r"会议发表|会议报告|学术报告|特邀报告|邀请报告|报告|演讲|讲座|媒体|报道|新闻|课程|著作权")
_GENERIC_TITLES = frozenset({"题目", "标题", "名称", "title", "name"})


def _titles_of_no_works(document: Document, grid: Grid, start: int) -> bool:
    """The table's one column of titles has a generic header (题目, 名称) and the heading right above the table says
    its rows are talks, news reports, courses or software (会议发表, 媒体报道, 教授本科课程)."""
    heading = next((b for b in reversed(document.blocks) if b.span.end <= start), None)
    if heading is None or heading.kind is not BlockKind.HEADING:
        return False
    if not _NO_WORKS.search(document.text[heading.span.start:heading.span.end]):
        return False
    first = [s.value.text.strip() for s in grid.rows[0] if s.value is not None] if grid.rows else []
    titles = [h for h in first if (found := header_of(h)) is not None and found.role in _TITLE_ROLES]
    return bool(titles) and all(simplified(h).lower() in _GENERIC_TITLES or h.endswith("名称") for h in titles)


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


def read_grid(grid: Grid, facts: Facts, context: Context = NO_CONTEXT,
              placeless: list[Member] | None = None,
              unitless: list[tuple[str, Span]] | None = None) -> list[tuple[str, Span]]:
    """Read one grid's rows into `facts` (nothing when it has no header of facts, nor columns that read as
    one); the projects of rows that name no unit and no person, with their rows' spans. `placeless`
    gathers the people of rows that name no unit and no project, `unitless` those of rows that name a
    project and no unit."""
    layout = layout_of(grid)
    if layout is None or _lines_of_projects(grid, layout):
        return []
    grid = _filled_down(grid, layout)
    facts.read(*layout.header_spans)
    counters = _title_counters(grid, layout)
    header_texts = _header_texts(grid, layout)
    ownerless: list[tuple[str, Span]] = []
    numbered = any(s.value is not None and patent_number(s.value.text) is not None
                   for row in grid.rows[layout.first_data_row:] for s in row)
    for r in range(layout.first_data_row, len(grid.rows)):
        row = grid.rows[r]
        record = _record(row, r, layout, counters, header_texts)
        if record is None:
            continue
        record.numbered = numbered
        project = emit(record, facts.out, facts.orgs, context)
        if project is None:
            _profiles(record, facts)
        if project is not None and project != context.project and not record.has(*UNITS, *PEOPLE):
            ownerless.append((project, record.span))
        if not record.has(*UNITS):
            people = [(p.name, record.span)
                      for p in one_in_two_scripts([p for role in PEOPLE for p in people_of(record, role)])]
            if project is None and placeless is not None:
                past, head = _tenure(record)
                placeless += [Member(name, span, past, head) for name, span in people]
            if project is not None and unitless is not None:
                unitless += people
        facts.read(*(s.value.span for c, s in enumerate(row)
                     if s.value is not None and c < len(layout.known) and layout.known[c]))
    return ownerless


_MIN_PROFILE = 12  # characters of a cell of a person's profile in sentences (`简介`, `introduce`)


def _profiles(record: Record, facts: Facts) -> None:
    """A row of one person and the profile its note cells give in sentences, wherever the row writes the name
    (a list of academicians with the name in its last column): prose reads each profile for that person."""
    people = people_of(record, Role.PERSON)
    if len(people) != 1:
        return
    for cell in record.values.get(Role.NOTE, []):
        if len(cell.text) >= _MIN_PROFILE and PASSAGE.search(cell.text):
            facts.about(people[0].name, people[0].span, cell.span)


# what a row of a table of projects shares with the rows of its project's other people
_PROJECT_ROLES = frozenset({Role.COUNTER, Role.PROJECT, Role.CODE, Role.AWARD, Role.NOMINATOR, Role.PROGRAMME})


def _filled_down(grid: Grid, layout: Layout) -> Grid:
    """A table of projects written without merged cells (a CSV, a sheet saved so): a row with a person and no
    number and no project of its own (`| | | 乙 | 某大学 |`) goes on with the project above, as if its cells were
    merged over it. The number column vouches for the layout: a row that starts an item has one."""
    roles = {c: h.role for c, h in enumerate(layout.columns) if h is not None}
    shared = [c for c, role in roles.items() if role in _PROJECT_ROLES]
    if Role.COUNTER not in roles.values() or Role.PROJECT not in roles.values() \
            or not any(role in PEOPLE for role in roles.values()):
        return grid
    rows = list(grid.rows)
    for r in range(layout.first_data_row + 1, len(rows)):
        row, above = rows[r], rows[r - 1]
        if any(c < len(row) and row[c].value is not None for c in shared) \
                or not any(c < len(row) and row[c].value is not None for c, role in roles.items() if role in PEOPLE) \
                or all(c >= len(above) or above[c].value is None for c in shared):
            continue
        rows[r] = tuple(above[c] if c in shared and c < len(above) else slot for c, slot in enumerate(row))
    return Grid(tuple(rows), grid.header_rows)


def _lines_of_projects(grid: Grid, layout: Layout) -> bool:
    """The title column holds whole project lines (`国家自然科学基金, 面上项目, 某某研究, (62572108), 2026.1-2029.12`):
    the lines' reader reads its cells piece by piece, not this table as titles."""
    titles = [c for c, h in enumerate(layout.columns) if h is not None and h.role is Role.PROJECT]
    cells = [s.value.text for row in grid.rows[layout.first_data_row:] for c in titles
             if c < len(row) and (s := row[c]).value is not None]
    lines = sum(read_project_line(t, 0, len(t), quoted=False) is not None for t in cells)
    return bool(cells) and lines * 3 >= len(cells) * 2


def _start(grid: Grid) -> int | None:
    return min((s.value.span.start for row in grid.rows for s in row if s.value is not None), default=None)


class Member(NamedTuple):
    """A person a table lists without a unit, with what the row says of their time there."""
    name: str
    span: Span
    past: bool = False  # the row's term ended (第1任所长 (1968-1974)), or its title is an adjunct's (兼任教授): an affiliation
    head: str | None = None  # the head post the row gives (所长, 教授兼所长), held now


def _tenure(record: Record) -> tuple[bool, str | None]:
    """(ended, head post) of a roster's row: a term that ends in a year (1968-1974) is over, one that runs to
    the present (2014-至今, 2014-present) is not, and an adjunct's or a visitor's (兼任教授, 客座研究员) is no
    staff post; the head post its term or title cell names."""
    period = record.first(Role.PERIOD)
    text = simplified(period.text) if period is not None else ""
    ended = len(_YEAR.findall(text)) >= 2 and not _PRESENT.search(text)
    ended = ended or any(is_honorary(simplified(c.text).strip()) for role in (Role.POSITION, Role.TITLE)
                         if (c := record.first(role)) is not None)
    heads = load_lexicon().head_positions
    cells = [c.text for role in (Role.PERIOD, Role.POSITION, Role.TITLE) if (c := record.first(role)) is not None]
    words = (_TERM_OF.sub("", w).strip() for c in cells for w in re.split(r"兼|[、，,/]", simplified(c)))
    return ended, next((w for w in words if w in heads), None)


_YEAR = re.compile(r"(?:19|20)\d{2}")
_PRESENT = re.compile(r"至今|今|present|now|现在", re.I)
_TERM_OF = re.compile(r"第\s*[\d一二三四五六七八九十,，、]+\s*[任届]|[（(][^（）()]*[）)]")  # 第5,6任所长 (1990~1996): the post


def _members(document: Document, start: int, people: list[Member], facts: Facts) -> None:
    """People a table lists without their unit: the unit the line before the table says they are of, else the
    unit the headings above it name (a staff page's table under `某学院师资队伍`). One whose term there ended is
    AFFILIATED_WITH it; one who holds its head post now LEADS it."""
    owner = people_owner(document.text, document.blocks, start)
    unit = facts.orgs.add(*owner) if owner is not None else heading_unit_above(document, start, facts)
    if unit is None:
        return
    _work_at(unit, [(m.name, m.span) for m in people if not m.past], facts)
    for m in people:
        if m.past:
            facts.out.relation(RelType.AFFILIATED_WITH, m.name, unit, m.span)
        elif m.head is not None:
            facts.out.relation(RelType.LEADS, m.name, unit, m.span, role=m.head)


def _researchers(document: Document, start: int, people: list[tuple[str, Span]], facts: Facts) -> None:
    """The people of a table of projects that names no unit, where the caption over it says whose researchers
    led them (`某研究院研究人员主持项目`): they work at that unit."""
    owner = researchers_owner(document.text, document.blocks, start)
    _work_at(facts.orgs.add(*owner) if owner is not None else None, people, facts)


def _work_at(unit: str | None, people: list[tuple[str, Span]], facts: Facts) -> None:
    """Each of the people WORKS_AT the unit, where there is one, on the evidence of their row; a committee's or
    a society's people (`某工作委员会` above their table) are AFFILIATED_WITH it: members, not its staff."""
    if unit is None:
        return
    relation = RelType.AFFILIATED_WITH if is_body(unit) else RelType.WORKS_AT
    for person, span in people:
        facts.out.relation(relation, person, unit, span)


def _owned(document: Document, start: int, projects: list[tuple[str, Span]], facts: Facts) -> None:
    """Projects a table lists without their unit: the unit the text before the table says undertook them."""
    owner = table_owner(document.text, document.blocks, start)
    if owner is None:
        return
    name = facts.orgs.add(*owner)
    if name is None:
        return
    for project, span in projects:
        facts.out.relation(RelType.UNIT_OF, name, project, span)


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
    unlabelled: list[_Field] = []
    for c, header in enumerate(layout.columns):
        fields = _labelled_fields(cell, whole=header is not None) if c < len(values) \
            and (cell := values[c]) is not None else []
        unlabelled.extend(fields)  # a cell of labelled fields is read as its fields, whatever its column
        if header is None or fields or c >= len(values) or values[c] is None:
            continue
        value = values[c]
        assert value is not None
        if c in counters:
            value = without_counter(value, counters[c][r - layout.first_data_row])
        label = layout.texts[c] if c < len(layout.texts) else None
        inner = _cell_fields(value) if header.role is Role.PROJECT else None
        if inner is None:
            record.add(header.role, value, header.unit, label)
            continue
        for role, piece_, unit in inner:
            record.add(role, piece_, unit)
    granted = [f for f in unlabelled if f.role is Role.DATE and "授权" in f.label]
    for f in granted + unlabelled:  # 专利信息: `中国，专利号：ZL…，授权公告日：…` (the grant's date first)
        if not record.has(f.role):
            record.add(f.role, f.value, f.unit)
    if record.has(Role.INVENTORS):
        as_patent(record)
    titled = record.has(Role.PATENT_TITLE, Role.PAPER_TITLE, Role.PROJECT)
    if titled and not record.has(Role.PATENT_NUMBER):
        found = next(((cell, n) for c, h in sorted(enumerate(layout.columns), key=lambda ch: _not_an_id(ch[1]))
                      if (h is None or h.role in (Role.NOTE, Role.COUNTER, Role.CODE))
                      and c < len(values) and (cell := values[c]) is not None
                      and (n := patent_number_in(cell)) is not None), None)
        if found is not None:  # `PCT No. WO2014…-A1`, `中国 · CN2022….7 · 2024-01-12` in a note or unnamed column; a
            # search's export keys its rows by the number (`id | CN-…-A`), before the number in its link
            noted_patent(record, *found)
    return record if record.values else None


def _not_an_id(header: Header | None) -> bool:
    return header is None or header.role not in (Role.COUNTER, Role.CODE)


_FIELD_END = "，,；;。 \u3000"


class _Field(NamedTuple):
    role: Role
    value: Piece
    unit: str | None
    label: str  # as written: 授权公告日


def _labelled_fields(value: Piece, whole: bool) -> list[_Field]:
    """The labelled fields a cell is made of (`中国，专利号：ZL…，授权公告日：2021-03-02`, `申请日：…` on lines of
    their own): each known label's value up to the next label or the line's end; none where the cell is more
    than its fields (a sentence that names a label in passing). A cell under a header of its own (`whole`) is
    read so only where nothing is written before its first label."""
    from ingest.fields import labels_in  # the fields mechanism's labels; it reads tables' records itself

    if "：" not in value.text and ":" not in value.text:
        return []  # no label without its colon: most cells
    labels = labels_in(value.text)
    before = value.text[:labels[0].start()].strip(" *\n") if labels else ""
    if not labels or len(before) > 4 or whole and before:
        return []
    found: list[_Field] = []
    for n, m in enumerate(labels):
        label = re.sub(r"\s", "", m.group(1))
        header = header_of(label)
        stop = labels[n + 1].start() if n + 1 < len(labels) else len(value.text)
        line_end = value.text.find("\n", m.end(), stop)
        text = value.text[m.end():line_end if line_end >= 0 else stop].rstrip(_FIELD_END + "*")
        field = piece(text, value.span.start + m.end())
        if field is None or len(field.text) > 40:
            return []
        if header is not None:
            found.append(_Field(header.role, field, header.unit, label))
    return found


_PROGRAMME_END = ("项目", "基金", "计划", "专项", "课题", "工程", "资助")


def _cell_fields(value: Piece) -> list[tuple[Role, Piece, str | None]] | None:
    """A project's cell that holds the project's fields on lines of their own (`某某研究` then `项目编号：…`,
    `经费：10万元`, `负责人：…`): the title (after the programme on a line above it, where one is named) and
    each field by its label; None when the cell has no such lines."""
    from ingest.fields import labels_in  # the fields mechanism's labels; it reads tables' records itself

    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", value.text)]
    if len(lines) < 2:
        return None
    found: list[tuple[Role, Piece, str | None]] = []
    free: list[Piece] = []
    for at, line in lines:
        labels = labels_in(line)
        if not labels or line[:labels[0].start()].strip():
            if (p := piece(line, value.span.start + at)) is not None:
                free.append(p)
            continue
        for n, m in enumerate(labels):
            header = header_of(re.sub(r"\s", "", m.group(1)))
            stop = labels[n + 1].start() if n + 1 < len(labels) else len(line)
            field = piece(line[m.end():stop], value.span.start + at + m.end())
            if header is not None and field is not None:
                found.append((header.role, field, header.unit))
    if not found or not free or len(free) > 2:
        return None
    if len(free) == 2:
        if not free[0].text.endswith(_PROGRAMME_END):
            return None
        found.insert(0, (Role.PROGRAMME, free[0], None))
    return [(Role.PROJECT, free[-1], None), *found]


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
