"""Columns typed by what their cells hold, where no header names them.

A table may come without a header (a machine log of query results, a list pasted without its first
row) or with headers the vocabulary does not know (`时间`, a site's own words). Each cell is then read
for what it is: a row counter (1, 2, 3 … in order), an approval number or project code (`61672424`,
`2022YFF0712300`), a year (`2016`), a period (`2017-01至2020-12`, `2013-2015`), an amount (`64`,
`25.5`), a person's name or a list of names, an organization's name, or a title (longer text that is
neither), a job title (`教授`, `副研究员`, a term of a post: `第3任所长`), a room (`某楼305室`) or a degree (`某大学博士`): no fact. A column takes the type most of its cells share; a column whose cells are all the same
number says nothing of its rows (a query's category code) and is left alone.

A grid whose columns typed this way name a project title beside a person, a unit or a code, a person
beside a unit, or people beside a year, a period or a job title (a roll), is read as a table of facts (ingest.tables.grid.Layout), exactly as if a header
had said so. Content never overrides a header the vocabulary knows, except a counter header
(`编号`, `序号`) over cells that are codes, not counts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from enum import Enum
from functools import lru_cache

from ingest.kit.orgbook import unit_name
from ingest.kit.text import DASHES, is_person_name, strip_titles
from ingest.model import Span
from ingest.org_names import LIST_SEPARATORS, kind_suffix
from ingest.tables.cells import EMPTY_VALUES, Piece, is_glossed, people_in
from ingest.tables.grid import Grid, Layout, find_layout
from ingest.tables.profiles import title_of
from ingest.tables.vocabulary import PEOPLE, UNITS, Header, Role, header_of
from ingest.tables.works import cited_journal
from names.script import simplified


class Content(Enum):
    COUNTER = "counter"
    CODE = "code"
    YEAR = "year"
    PERIOD = "period"
    AMOUNT = "amount"
    PERSON = "person"
    JOB_TITLE = "job_title"
    ORG = "org"
    TITLE = "title"
    ASIDE = "aside"  # a room (`某楼305室`) or a degree (`某大学博士`): no fact of the graph


_YEAR = re.compile(r"(?:19|20)\d{2}\s*年?度?")
_DATE = r"(?:19|20)\d{2}(?:\s*[.\-/年]\s*\d{1,2}\s*月?)?(?:\s*[.\-/]\s*\d{1,2}\s*日?)?(?:\s*年)?"
_PERIOD = re.compile(rf"{_DATE}\s*(?:[{DASHES}~～至到]|to)\s*(?:{_DATE}|至今|今|present|now)?", re.I)  # 2029年8月 ~: open
_ONE_DATE = re.compile(r"(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}")  # 2006-12-06: a date, no code
_AMOUNT = re.compile(r"\d{1,6}(?:\.\d{1,4})?\s*(?:万元|万|元)?")
_COUNTER = re.compile(r"\d{1,4}\s*[.、．]?")
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-]{5,24}")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ROOM = re.compile(r".{0,30}?\d+\s*(?:[,，、/]\s*\d+)*\s*(?:室|房间|房間|号房|號房|办公室|辦公室)(?:\s*[-–—(（].{0,30})?")
_DEGREE = re.compile(r"(?:.{0,30}?(?:大学|学院|研究所|研究院|研究生院|学校)\s*.{0,12}?(?:博士|硕士|学士)(?:学位|研究生|后)?"
                     r"(?:\s*[(（][^()（）]{0,20}[)）])?[\s,，、;；/]*)+")  # one degree or several
_TERM = re.compile(r"第\s*[\d一二三四五六七八九十]+(?:\s*[,，、]\s*[\d一二三四五六七八九十]+)*\s*(?:任|届|屆)")  # 第5,6任所長
_SHARE = 0.8  # of a column's cells that must be of its type
_MIN_CELLS = 2
_MIN_TITLE = 5
_PROSE = re.compile(r"[。！？]\s*\S")  # sentences: a cell of prose (a profile, a note), no work's title
_MAX_QUALIFIED_TITLE = 10
_DISTINCT_TITLES = 0.7  # a column of titles that repeat less than this is a programme's, not a project's
_NOWHERE = Span(0, 0)
_ROLE_BY_CONTENT = {Content.PERIOD: Role.PERIOD, Content.YEAR: Role.YEAR, Content.CODE: Role.CODE,
                    Content.AMOUNT: Role.BUDGET, Content.PERSON: Role.PERSON, Content.ORG: Role.WORK_UNIT,
                    Content.JOB_TITLE: Role.TITLE, Content.TITLE: Role.PROJECT}
# a column typed by its cells only where no header already names one of its kin
_KIN = {Role.PERSON: PEOPLE | {Role.AUTHORS, Role.INVENTORS, Role.FIRST_AUTHOR, Role.CORRESPONDING},
        Role.WORK_UNIT: UNITS, Role.TITLE: frozenset({Role.TITLE, Role.POSITION}),
        Role.PROJECT: frozenset({Role.PROJECT, Role.PAPER_TITLE, Role.PATENT_TITLE, Role.UNIT_NAME})}


@lru_cache(maxsize=1 << 14)
def content_of(text: str) -> frozenset[Content]:
    """What one cell could be (several types where the text fits several: `64` is a counter or an amount)."""
    body = text.strip()
    if not body:
        return frozenset()
    found: set[Content] = set()
    if _YEAR.fullmatch(body):
        found.add(Content.YEAR)
    if _PERIOD.fullmatch(body):
        found.add(Content.PERIOD)
    if _COUNTER.fullmatch(body):
        found.add(Content.COUNTER)
    if _AMOUNT.fullmatch(body) and not _YEAR.fullmatch(body):
        found.add(Content.AMOUNT)
    if _CODE.fullmatch(body) and sum(c.isdigit() for c in body) >= 5 and re.search(r"\d{4}", body) \
            and not _YEAR.fullmatch(body) and not _PERIOD.fullmatch(body) and not _ONE_DATE.fullmatch(body):
        found.add(Content.CODE)
    if _CJK.search(body) and not found:
        if _ROOM.fullmatch(body) or _DEGREE.fullmatch(body):
            found.add(Content.ASIDE)
        elif _unit_with_post(body):
            found.add(Content.ORG)  # 某大学某研究院院长，联合主席: the unit, its post after it
        elif title_of(body) is not None or _post_label(body) or _TERM.match(body) or _qualified_title(body) \
                or _posts_held(body):
            found.add(Content.JOB_TITLE)
        elif len(body) >= 4 and _orgs(body) and len(kind_suffix(body)) >= 2:  # 吉林大学: a unit, not a name
            found.add(Content.ORG)
        elif _people(body):
            found.add(Content.PERSON)
        elif _orgs(body):
            found.add(Content.ORG)
        elif len(body) >= _MIN_TITLE and header_of(body) is None and not _PROSE.search(body):
            found.add(Content.TITLE)
    return frozenset(found)


def _qualified_title(text: str) -> bool:
    """A title with a word before it (`专任副研究员`, `青年研究员`, `特聘教授`): a job's title, not a work's."""
    from ingest.nlp.lexicon import common_word, load_lexicon

    body = re.sub(r"[\s\u3000]+", "", text)
    if len(body) > _MAX_QUALIFIED_TITLE or not _CJK.search(body) or kind_suffix(body):
        return False
    for title in load_lexicon().titles:
        prefix = body[:-len(title)]
        if body.endswith(title) and 0 < len(prefix) <= 4:
            return not is_person_name(prefix) or common_word(prefix)  # 某某教授: a person with a title
    return False


def _post_label(text: str) -> bool:
    """A post written as a row's label (`主   任:`, `秘书：`): a job, not a title of a work."""
    from ingest.nlp.lexicon import load_lexicon

    return re.sub(r"[\s\u3000]+", "", text).rstrip("：:") in load_lexicon().positions


_HELD_PARTS = re.compile(r"[\n，,、；;/]|兼")
_MAX_HELD = 16  # characters of one post with its department
_QUOTED = re.compile(r"[“”《》\"]")
_PROJECT_PART = re.compile(r"(?:负责人|主持人?|参与人?|参加人?|完成人|成员)$")


def _posts_held(text: str) -> bool:
    """A career's cell of posts and titles (`教授兼管理学院院长`, `资讯管理系，副教授`): short parts, the last and
    at least half of them ending with a post or a title, so the cell holds a job, not a work's title."""
    parts = [p.strip() for p in _HELD_PARTS.split(simplified(text)) if p.strip()]
    if len(parts) < 2 or _PROJECT_PART.search(parts[-1]):
        return False  # `某某研究，课题负责人`: a project and the part taken in it
    held = [p.endswith(_held_endings()) for p in parts]
    return held[-1] and sum(held) * 2 >= len(parts) and all(len(p) <= _MAX_HELD and not _QUOTED.search(p) for p in parts)


@lru_cache(maxsize=1)
def _held_endings() -> tuple[str, ...]:
    from ingest.nlp.lexicon import load_lexicon

    lex = load_lexicon()
    return tuple(lex.positions | lex.titles)


# what a roster writes after a name in its cell: a student's stage (在读博士, 在读研究生), after a comma or not
STUDY_NOTE = re.compile(r"[，,\s]*(?:在读|在职|访问)(?:博士|硕士)?(?:研究生|生)?$|，\s*(?:博士|硕士)(?:研究生|生)?$")


def _people(text: str) -> bool:
    text = STUDY_NOTE.sub("", text)  # 魏某，在读博士: the person
    if len(text) <= 5 and not LIST_SEPARATORS.search(text):  # 杨某、潘某 is two names, not one
        return is_person_name(strip_titles(text.replace(" ", "").replace("\u3000", "")))
    names = people_in(Piece(text, _NOWHERE))
    covered = sum(len(p.name) for p in names)
    if is_glossed(text):  # `Z. Zhang (张泽)`: the Latin forms are the same people's
        return bool(names) and covered * 2 >= len(_CJK.findall(text))
    return bool(names) and covered * 2 >= len(re.sub(r"[\s、，,；;（）()\d第排名]", "", text))


_POST_WORDS = 8


def _unit_with_post(text: str) -> bool:
    """A unit's name with a post written after it (`某大学某研究院院长`, `某学会某分会常务副理事长，联合主席`)."""
    from ingest.tables.people_lists import unit_and_post

    first, *rest = re.split(r"[，,；;]", text, maxsplit=1)
    unit, post = unit_and_post(first.strip())
    post = post or (rest[0].strip() if rest else "")  # 某研究院，联合主席
    return unit is not None and 0 < len(post) <= _POST_WORDS and post_role(post) is not None and len(unit) >= 4 \
        and len(kind_suffix(unit)) >= 2


def post_role(post: str) -> Role | None:
    """The role of a post or title written alone (`副教授`, `初创首席架构师`, `联合主席`), or None."""
    from ingest.nlp.lexicon import load_lexicon

    lex = load_lexicon()
    if post in lex.titles:
        return Role.TITLE
    if post in lex.positions or any(post.endswith(p) for p in lex.positions if len(p) >= 2):
        return Role.POSITION
    return None


def _orgs(text: str) -> bool:
    items = [t for t in LIST_SEPARATORS.split(text) if t.strip()]
    return bool(items) and all((name := unit_name(t)) is not None and kind_suffix(name) != "" for t in items)


def column_content(values: Sequence[str]) -> Content | None:
    """The type most of a column's cells share, or None (too few cells, mixed, or one number throughout)."""
    cells = [v.strip() for v in values if v.strip()]
    if len(cells) < _MIN_CELLS:
        return None
    kinds = [content_of(v) for v in cells]
    counts = Counter(k for ks in kinds for k in ks)
    constant = len(set(cells)) == 1
    for kind in (Content.YEAR, Content.PERIOD, Content.CODE, Content.COUNTER, Content.AMOUNT,
                 Content.PERSON, Content.JOB_TITLE, Content.ORG, Content.TITLE):
        if counts[kind] < _SHARE * len(cells):
            continue
        if kind is Content.COUNTER and not _counts_up(cells):
            continue
        if constant and kind not in (Content.YEAR, Content.PERIOD, Content.JOB_TITLE):
            return None  # the same value in every row: a category of the query, not a fact of the row
        if kind is Content.CODE and len(set(cells)) < 0.5 * len(cells):
            continue
        return kind
    return None


_LOOSE_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-./]{4,24}")
# 某省科学技术厅 · 重点研发计划项目, 省科技厅 社会发展面上: the body, a dot or a blank, then its kind of project
FUNDER_FIRST = re.compile(r"(?P<funder>[^·・\s]{4,40}?)(?:\s*[·・]\s*|\s+)\S")
_PROGRAMME_NAME = re.compile(r"(?:项目|基金|计划|专项|课题|工程|资助|专款)$")


def _loose_codes(values: Sequence[str]) -> bool:
    """Cells under a counter's header that are numbers of things, not counts: distinct letters-and-digits
    (`SKB25-106`, `2024-JCZD-23`), each with three digits or more and not a number alone."""
    cells = [v.strip() for v in values if v.strip() and v.strip() not in EMPTY_VALUES]
    codes = [c for c in cells if _LOOSE_CODE.fullmatch(c) and sum(ch.isdigit() for ch in c) >= 3
             and not c.isdigit() and not _YEAR.fullmatch(c) and not _PERIOD.fullmatch(c)]
    return len(cells) >= _MIN_CELLS and len(codes) >= _SHARE * len(cells) and _distinct(codes) >= _SHARE


def _programmes(values: Sequence[str]) -> bool:
    """A column of programmes' names (`某省教育厅基础研究重大项目`, `某某青年学者扶持基金`) or of funding bodies with
    their kind of funding (`某省科学技术厅 · 重点研发计划项目`), no header naming it."""
    cells = [v.strip() for v in values if v.strip()]
    named = [c for c in cells if len(c) >= 4 and _CJK.search(c) and not _PROSE.search(c)
             and (_PROGRAMME_NAME.search(c) or (m := FUNDER_FIRST.match(c)) is not None and _orgs(m.group("funder")))]
    return len(cells) >= _MIN_CELLS and len(named) >= _SHARE * len(cells)


def _citations(values: Sequence[str]) -> bool:
    """A column of papers' journals, each with the volume, issue and pages (`某学报, 46(4), 525-531`)."""
    cells = [v.strip() for v in values if v.strip()]
    cited = [c for c in cells if cited_journal(c) is not None]
    return len(cells) >= _MIN_CELLS and len(cited) >= _SHARE * len(cells)


def _counts_up(cells: list[str]) -> bool:
    numbers = [int(re.sub(r"\D", "", c)) for c in cells if re.sub(r"\D", "", c)]
    return len(numbers) == len(cells) and all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))


def layout_of(grid: Grid) -> Layout | None:
    """The layout of a grid: by its header, unknown columns typed by their cells; else by its cells alone."""
    layout = find_layout(grid)
    return refined_by_content(grid, layout) if layout is not None else layout_by_content(grid)


def layout_by_content(grid: Grid) -> Layout | None:
    """A layout from the cells alone, if they read as a table of facts. A first row none of whose cells
    is of its column's type is a header of words the vocabulary lacks (or a caption): it is passed over."""
    below = _typed(grid, 1)
    if below is not None and not _fits(grid, 0, below):
        spans = tuple(s.value.span for s in grid.rows[0] if s.value is not None)
        return Layout(1, below.columns, below.known, spans)
    return _typed(grid, 0)


def _fits(grid: Grid, r: int, layout: Layout) -> bool:
    """Some cell of row r is of the type its column was given."""
    wanted = {Role.PROJECT: Content.TITLE, Role.PROGRAMME: Content.TITLE, Role.PERSON: Content.PERSON,
              Role.WORK_UNIT: Content.ORG, Role.TITLE: Content.JOB_TITLE, Role.CODE: Content.CODE, Role.BUDGET: Content.AMOUNT,
              Role.PERIOD: Content.PERIOD, Role.YEAR: Content.YEAR, Role.COUNTER: Content.COUNTER}
    for c, header in enumerate(layout.columns):
        slot = grid.cell(r, c)
        if header is None or slot is None or slot.value is None:
            continue
        if wanted.get(header.role) in content_of(slot.value.text):
            return True
    return False


def _typed(grid: Grid, first_row: int) -> Layout | None:
    if len(grid.rows) - first_row < _MIN_CELLS:
        return None
    kinds = [column_content(_column(grid, c, first_row)) for c in range(grid.width)]
    headers = _roles(grid, kinds, first_row)
    roles = {h.role for h in headers if h is not None}
    project_table = Role.PROJECT in roles and bool(roles & {Role.PERSON, Role.WORK_UNIT, Role.CODE, Role.BUDGET})
    people_table = Role.PERSON in roles and Role.WORK_UNIT in roles
    roll = Role.PERSON in roles and bool(roles & {Role.YEAR, Role.PERIOD, Role.TITLE})  # graduates by year
    if not (project_table or people_table or roll):
        return None
    if roll and not (project_table or people_table):  # every column of names holds people (博士 | 硕士)
        headers = [Header(Role.PERSON, exact=False) if k is Content.PERSON else h for h, k in zip(headers, kinds, strict=True)]
    known = tuple(h is not None for h in headers)
    return Layout(first_row, tuple(headers), known, ())


def refined_by_content(grid: Grid, layout: Layout) -> Layout:
    """A layout whose unknown columns (and counter columns of codes) are typed by their cells: a period,
    a year, a code, an amount; and people, units, job titles or project titles where no header of the
    table names a column of those."""
    columns = list(layout.columns)
    known = list(layout.known)
    taken = {h.role for h in columns if h is not None}
    changed = False
    if Role.PROJECT not in taken:
        for c, header in enumerate(columns):
            if header is not None and header.role is Role.AWARD and _titles_not_awards(_column(grid, c, layout.first_data_row)):
                columns[c] = Header(Role.PROJECT, header.unit, exact=False)  # 奖项名称 over the works' titles
                taken.add(Role.PROJECT)
                changed = True
                break
    for c, header in enumerate(columns):  # 排名 over 甲、乙、丙等: the completers in their order, not a rank
        if header is not None and header.role is Role.RANK and not taken & _KIN[Role.PERSON] \
                and column_content(_column(grid, c, layout.first_data_row)) is Content.PERSON:
            columns[c] = Header(Role.MEMBER, header.unit, exact=False)
            taken.add(Role.MEMBER)
            changed = True
    for c, header in enumerate(columns):  # `名称` over 某重点实验室, 某学会: the units a table lists, not works
        if header is not None and header.role is Role.PROJECT and Role.UNIT_NAME not in taken \
                and _units_listed(_column(grid, c, layout.first_data_row)):
            columns[c] = Header(Role.UNIT_NAME, header.unit, exact=False)
            taken.add(Role.UNIT_NAME)
            changed = True
    for c, header in enumerate(columns):  # `title`, `类别` over 教授, 研究助理: a job's title, not a project or programme
        if header is not None and header.role in (Role.PROJECT, Role.PROGRAMME) and \
                column_content(_column(grid, c, layout.first_data_row)) is Content.JOB_TITLE:
            columns[c] = Header(Role.TITLE, header.unit, exact=False)
            changed = True
    for c, header in enumerate(columns):
        if header is not None and header.role is not Role.COUNTER:
            continue
        values = _column(grid, c, layout.first_data_row)
        kind = column_content(values)
        if kind is None and header is not None and _loose_codes(values):
            kind = Content.CODE  # 编号 over SKB25-106, 23BTQ085: the projects' numbers, not the rows' count
        role = _ROLE_BY_CONTENT.get(kind) if kind is not None else None
        if header is not None and kind not in (Content.PERIOD, Content.YEAR, Content.CODE):
            role = None  # a counter's header over cells that are not counts: only a code or a date is sure
        if role in _KIN and taken & _KIN[role] or role is Role.PROJECT and _distinct(values) < _DISTINCT_TITLES:
            role = None
        if role is None or role in taken:
            continue
        _typed_column(columns, known, c, Header(role, header.unit if header is not None else None, exact=False))
        taken.add(role)
        changed = True
    if Role.PAPER_TITLE in taken and Role.JOURNAL not in taken:
        for c, header in enumerate(columns):  # 出处 over `某学报, 46(4), 525-531`: the papers' journals, cited whole
            if header is None and _citations(_column(grid, c, layout.first_data_row)):
                _typed_column(columns, known, c, Header(Role.JOURNAL, exact=False))
                changed = True
                break
    if Role.PROJECT in taken and Role.PROGRAMME not in taken:
        for c, header in enumerate(columns):  # 来源 over 某省教育厅基础研究重大项目: the projects' programmes
            if header is None and _programmes(_column(grid, c, layout.first_data_row)):
                _typed_column(columns, known, c, Header(Role.PROGRAMME, exact=False))
                changed = True
                break
    if not changed:
        return layout
    return Layout(layout.first_data_row, tuple(columns), tuple(known), layout.header_spans, layout.texts)


def _typed_column(columns: list[Header | None], known: list[bool], c: int, header: Header) -> None:
    """Column `c` read as `header` says, and known (its cells consumed)."""
    columns[c] = header
    while len(known) <= c:
        known.append(False)
    known[c] = True


def _column(grid: Grid, c: int, first_row: int) -> list[str]:
    """The column's cells, but for rows that are a group's label (`程序委员会 |`: one cell of a wider row filled)."""
    out = []
    for r in range(first_row, len(grid.rows)):
        slot = grid.cell(r, c)
        if slot is not None and slot.value is not None and slot.origin[1] == c and not _label_row(grid, r):
            out.append(slot.value.text)
    return out


def _label_row(grid: Grid, r: int) -> bool:
    filled = {s.origin for s in grid.rows[r] if s is not None and s.value is not None}
    return grid.width >= 2 and len(filled) == 1


def _roles(grid: Grid, kinds: list[Content | None], first_row: int) -> list[Header | None]:
    """Roles of typed columns: one project title (the column of distinct, longest titles; a column of
    repeated titles is the programme), the first column of people and of units, one of each number."""
    out: list[Header | None] = [None] * len(kinds)
    titles = [c for c, k in enumerate(kinds) if k is Content.TITLE]
    distinct = [c for c in titles if _distinct(_column(grid, c, first_row)) >= _DISTINCT_TITLES]
    if distinct:
        quoted = [c for c in distinct if _quoted_share(_column(grid, c, first_row)) >= _SHARE]  # “…”: the work's title
        project = max(quoted or distinct, key=lambda c: _mean_length(_column(grid, c, first_row)))
        out[project] = Header(Role.PROJECT, exact=False)
        for c in titles:
            if c != project and c not in distinct:
                out[c] = Header(Role.PROGRAMME, exact=False)
                break
    single = {Content.PERSON: Role.PERSON, Content.JOB_TITLE: Role.TITLE, Content.ORG: Role.WORK_UNIT, Content.CODE: Role.CODE,
              Content.AMOUNT: Role.BUDGET, Content.PERIOD: Role.PERIOD, Content.YEAR: Role.YEAR,
              Content.COUNTER: Role.COUNTER}
    seen: set[Role] = set()
    for c, kind in enumerate(kinds):
        role = single.get(kind) if kind is not None else None
        if role is None or role in seen:
            continue
        seen.add(role)
        if role is Role.WORK_UNIT and distinct and any(len(_LISTED.split(v.strip())) > 1
                                                       for v in _column(grid, c, first_row)):
            role = Role.COMPLETING_UNIT  # 甲大学，乙研究所 beside a work's title: the units that completed it
        out[c] = Header(role, exact=False)
    return out


_LISTED = re.compile(r"\s*[、，,；;]\s*")
_WHOLLY_QUOTED = re.compile(r"\s*[“《\"][^“”《》\"]+[”》\"]\s*")


def _quoted_share(values: list[str]) -> float:
    """The share of a column's cells that are a title in quotes or book-title marks, whole."""
    cells = [v for v in values if v.strip()]
    return sum(_WHOLLY_QUOTED.fullmatch(v) is not None for v in cells) / len(cells) if cells else 0.0


def _units_listed(values: list[str]) -> bool:
    """Cells under a title's header that name units, not works (`名称` over 某重点实验室, 某学会, 某有限公司): most
    cells a unit's name, nearly all the rest lists of people (a meeting's committee under its units)."""
    cells = [v.strip() for v in values if v.strip()]
    kinds = [content_of(c) for c in cells]
    units = sum(Content.ORG in k for k in kinds)
    people = sum(Content.PERSON in k for k in kinds)
    return len(cells) >= _MIN_CELLS and units * 2 > len(cells) and units + people >= _SHARE * len(cells)


def _titles_not_awards(values: list[str]) -> bool:
    """Cells under an award's header that are the awarded works' titles (`奖项名称` over `某某技术的研究与应用`):
    distinct, long, and most naming no award (no 奖 in them)."""
    cells = [v.strip() for v in values if v.strip()]
    titles = [c for c in cells if "奖" not in c and len(c) >= 2 * _MIN_TITLE]
    return len(cells) >= _MIN_CELLS and _distinct(cells) >= _DISTINCT_TITLES and len(titles) >= _SHARE * len(cells)


def _distinct(values: list[str]) -> float:
    return len(set(values)) / len(values) if values else 0.0


def _mean_length(values: list[str]) -> float:
    return sum(len(v) for v in values) / len(values) if values else 0.0
