"""The fields mechanism: key–value fields in any layout, read into records of facts.

A field is a label of the header vocabulary (ingest/data/table_headers.txt) and its value:
`项目名称：…`, several on a line (`联系人：张三 电话：…`), a label cell of a pipe copy with its value on
the next line (`推荐单位 |` then `某某大学 |`), a label alone on its line over its value's lines in a form
of such labels (`项目名称` over the title, `主要完成人` over names in two columns), or a label cell beside its
value in a table the tables mechanism did not read. Values wrapped over lines, as OCR and narrow forms wrap them, are gathered:
a list of people runs on while its lines still name people (or are OCR crumbs of a character or two);
another value takes the lines up to a label that follows within two lines. A label seen again (a
second `项目名称`) starts the next record, and so does a heading. A record of people that names no project
and no unit, under a heading that is a unit's name and nothing else (`某某实验室` over `负责人：…` and
`研发骨干：…`), is that unit's: its people work there, its leaders lead it in the words of their label.
People each with their unit in brackets (`某某（某大学）`) are the people lists' (ingest.tables.people_lists).

Award certificates state their award in a sentence (`为表彰2019年某某科学技术奖获得者`): the award's
name, with the level a field gives (`二等奖`), is the project's award; its year the project's year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from graph.schema import Label, RelType
from ingest.blocks import Block, BlockKind
from ingest.kit.orgbook import names_a_unit
from ingest.model import Entity, Span
from ingest.nlp.awards import WON
from ingest.nlp.project_lines import cv_owner
from ingest.org_names import kind_suffix
from ingest.readers.text import is_yaml_data, yaml_blocks
from ingest.reading import Coverage, Document, Facts, Reading
from ingest.tables.cells import Piece, is_reference, people_in, piece, rank_of, year_in
from ingest.tables.grid import grid_of_block
from ingest.tables.patent_lines import is_unnumbered_patent_item, on_patent_lines
from ingest.tables.people_lists import (
    names_before_notes,
    names_people_with_notes,
    opens_with_a_person,
    read_units_noted,
)
from ingest.tables.records import Context, Record, contacts_of, emit, is_school_of, people_of
from ingest.tables.recover import pipe_cells
from ingest.tables.sections import is_form
from ingest.tables.typing import layout_of
from ingest.tables.vocabulary import PEOPLE, Role, chinese_headers, exact_header, header_of

_LINE = re.compile(r"[^\n]+")
_CRUMB = 2  # an OCR crumb: a line of this many characters or fewer that names nobody
_SANDWICH = 2  # a value continues over at most this many lines before the next label
_LIST_ROLES = PEOPLE | {Role.AUTHORS, Role.INVENTORS}
# may come again in one record (a second phone; a patent's numbers of application, publication and grant)
_GATHERED = frozenset({Role.PHONE, Role.EMAIL, Role.PATENT_NUMBER})
_AWARD_STATEMENT = re.compile(
    r"为表彰\s*(?:((?:19|20)\d{2})\s*年度?\s*)?([^\s，,。；;]{2,40}?奖)\s*(?:的)?\s*(?:获得者|获奖者|获奖单位|获奖项目|获奖集体)")
_ANY_LABEL = re.compile(r"(?<=[\s/|，,；;])[\u4e00-\u9fff]{2,5}[：:]")  # a label outside the vocabulary
_NUMBERED_ITEM = re.compile(r"\s*\d{1,3}\s*[.、．)）]\s*\S")
_NUMBERED_NAME = re.compile(r"(?:^|[\s、，,；;])\d{1,2}[.．、]?[\u4e00-\u9fff]{2}")
_BARE_LABEL = re.compile(r"^\s*([\u4e00-\u9fff]{3,8})[ \u3000]+(?=\S)")
_RECORD_ROLES = frozenset({Role.MEMBER, Role.LEADER, Role.PERSON, Role.COMPLETING_UNIT, Role.HOST_UNIT})
_SENTENCE_MARKS = re.compile(r"[。，,；;：:！？!?]")
_LEVEL_LINE = re.compile(r"^\s*[一二三四五六七八九十、.．\s]*([^\s，,。；;：:]{0,30}?[一二三四五特]\s*等\s*奖)\s*(?:[（(][^（）()]{0,10}[）)])?\s*[:：]?\s*$")
_ITEM_MARK = re.compile(r"\s*(?:[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3})\s*[）)]|(?:[一二三四五六七八九十]{1,3}|\d{1,3})\s*[.、．)）])\s*")
_NUMBERED_ITEM_MARK = re.compile(r"\s*\d{1,3}\s*[.、．)）]\s*")
_HEADING_NUMBER = re.compile(r"\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)])\s*")
_UNIT_ROLES = (Role.WORK_UNIT, Role.HOST_UNIT, Role.COMPLETING_UNIT)
_LEVEL = re.compile(r"[一二三四五六七八九十特]\s*等\s*奖?")
_AWARD_CAPTION = re.compile(r"[\u4e00-\u9fff]{2,20}奖")  # an award's (or its category's) name alone on a line
_OPEN_LABEL = re.compile(r"\s*[^\s，,。；;：:]{2,30}[：:]\s*")  # a label with nothing after it: the lines below are its


@dataclass(frozen=True, slots=True)
class Field:
    role: Role
    label: Span
    value: Piece
    unit: str | None = None
    notes: Piece | None = None  # people with their units in brackets, whose names `value` keeps


def read_fields(document: Document, taken: Coverage) -> tuple[Reading, Context]:
    """Facts of every record of fields in the text no mechanism has read yet, and the context they set
    for tables (the document's project, whether it is an award's)."""
    facts = Facts()
    if is_yaml_data(document.name, document.text):
        return facts.reading(), Context()  # `title:` over `- name: …` items: a data file's keys, read as its records
    taken = Coverage(taken.length, [*taken.spans(), *yaml_blocks(document.text, document.blocks)])  # (front matter's)
    lines = _free_lines(document, taken)
    headed = frozenset(b.span.start for b in _sections(document))
    fields = list(_line_fields(document.text, lines, headed))
    fields += list(_table_fields(document, taken))
    fields.sort(key=lambda f: f.label.start)
    statement = _AWARD_STATEMENT.search(document.text)
    context = Context()
    waiting: list[tuple[str, str | None, Span]] = []  # contacts named before any project
    owners: list[str] = []  # the people of records that name no project
    sections = _sections(document)
    for record, read in _records(fields, sections):
        if statement is not None:
            _certified(record, statement)
        if context.project is None and all(f.role is Role.MEMBER for f in read):
            continue  # `成员：甲 某厅厅长` with no project named: a roster's line, the people lists' to read
        before = facts.size()
        unit = _section_unit(document, sections, record, context) if statement is None else None
        if unit is not None:
            record.add(Role.WORK_UNIT, unit)
        project = emit(record, facts.out, facts.orgs, context)  # contacts of the document's project
        people = [p.name for role in (Role.PERSON, Role.LEADER) for p in people_of(record, role)]
        if project is None and people:
            owners += people
        if project is not None and not people and not record.has(Role.MEMBER) and (rank := _owner_s_rank(record)):
            if (owner := cv_owner(document.text)) is not None:  # a CV's award: its person, ranked as the line says
                facts.out.person(owner)
                facts.out.relation(RelType.MEMBER_OF, owner, project, record.span, rank=rank)
        if unit is not None:
            _section_heads(document, facts, record, read, unit)
        if project is None and context.project is None:
            waiting += contacts_of(record)
        if project is not None and context.project is None:
            context = Context(project, awarded=record.awarded or record.has(Role.AWARD))
        if project is not None and statement is not None:
            _programme(facts, statement, project)
        if facts.size() > before:  # a record that gave nothing is left to prose, and a note (a profile) always
            facts.read(*(span for f in read for span in (f.label, f.value.span) if f.role is not Role.NOTE))
        for f in read:
            if f.notes is not None:
                read_units_noted(document, f.notes, facts)  # 甲（某大学）: WORKS_AT the unit
    if context.project is None and waiting:
        context = Context(contacts=tuple(waiting))
    if len(owners) == 1:
        context = replace(context, owner=owners[0])  # a CV's record: the one person the document is about
    return facts.reading(), context


def _owner_s_rank(record: Record) -> int | None:
    """The rank a record of a work gives the page's own person, where a line of its wrote one after the title."""
    cell = record.first(Role.RANK)
    return rank_of(cell) if cell is not None else None


def _free_lines(document: Document, taken: Coverage) -> list[tuple[int, str]]:
    spans = [b.span for b in document.blocks if b.kind is not BlockKind.TABLE and taken.free(b.span)]
    return [(m.start(), m.group()) for s in spans for m in _LINE.finditer(document.text, s.start, s.end)
            if not on_patent_lines(document.text, m.start(), m.end())
            and not is_unnumbered_patent_item(m.group())]  # (a patent, numbered or not, is the prose's)


@cache
def _label_pattern() -> re.Pattern[str]:
    labels = sorted((h for h in chinese_headers() if len(h) >= 2), key=len, reverse=True)
    spaced = ("[ \u3000]*".join(map(re.escape, label)) for label in labels)
    # (after a blank, a stop or an item's mark: `一、项目名称：…`, `（一）项目名称：…`, `1.项目名称：…`)
    return re.compile(r"(?:^|(?<=[\s，,;；。|（(])|(?<=[一二三四五六七八九十\d][、.．)）]))("
                      + "|".join(spaced) + r")[ \u3000]*(?:[（(][^）)]{1,6}[）)])?[ \u3000]*[：:]", re.M)


def labels_in(line: str) -> list[re.Match[str]]:
    """The labels written in a line: after a blank or a stop, or first after the item's mark that opens it."""
    return [m for m in _label_pattern().finditer(line)
            if m.start() == 0 or line[m.start() - 1] not in _MARK_ENDS or _ITEM_MARK.fullmatch(line[:m.start()])]


_MARK_ENDS = frozenset("、.．)）")


def _line_fields(text: str, lines: list[tuple[int, str]], headed: frozenset[int] = frozenset()) -> Iterator[Field]:
    """The fields of the free lines; `headed`: where the document's headings start (no label of a form)."""
    i = 0
    item = False  # within a numbered item of fields: its lines of fields are the lists mechanism's too
    while i < len(lines):
        start, line = lines[i]
        labels = labels_in(line)
        mark = _ITEM_MARK.match(line)  # `1. 项目名称：…`: a record's first label after the item's mark, the fields'
        opened = mark is not None and bool(labels) and labels[0].start() == mark.end()
        numbered = _NUMBERED_ITEM.match(line) is not None and not opened
        item = (numbered and bool(labels)) or (item and bool(labels) and not line[:labels[0].start()].strip())
        if numbered or item:  # items are the lists mechanism's
            labels = []
        if not labels and (bare := _bare_label(start, line)) is not None:
            yield bare
            i += 1
            continue
        if labels and (lead := _lead_title(start, line, labels)):
            yield from lead
        elif labels and i:
            yield from _title_above(lines, i, labels) or _award_above(lines, i, labels)
        if not labels and start not in headed and (form := _label_alone(text, lines, i)) is not None:
            field, i = form
            if field is not None:
                yield field
            continue
        if not labels and (pairs := _pipe_pairs(start, line)):
            yield from pairs
            i += 1
            continue
        if not labels:
            cell = _label_cell(line)
            alone = not (i and _label_cell(_cell_before(lines, i))) and i + 1 < len(lines) \
                and not _label_cell(lines[i + 1][1]) and not labels_in(lines[i + 1][1])
            if cell is not None and alone:  # not one of a row of header cells (a pipe copy's table)
                value = piece(lines[i + 1][1].rstrip().rstrip("|"), lines[i + 1][0])
                if value is not None:
                    yield Field(cell, Span(start, start + len(line.rstrip())), value)
                i += 2
                continue
            i += 1
            continue
        following = i + 1
        for n, m in enumerate(labels):
            header = header_of(re.sub(r"\s", "", m.group(1)))
            if header is None:
                continue
            stop = labels[n + 1].start() if n + 1 < len(labels) else len(line)
            other = _ANY_LABEL.search(line, m.end(), stop)
            stop = other.start() if other is not None else stop
            end = start + len(line[:stop].rstrip())
            if n + 1 == len(labels):
                end, following = _continued(lines, i, header.role, end)
            closed = _note_closed(text, start + m.end(), end)  # （主要完成人：甲、乙）获某奖: the note ends the value
            if closed is not None:
                awarded = _AWARDED_AFTER.match(text, closed + 1, end)
                if awarded is not None:
                    yield Field(Role.AWARD, Span(start + m.start(), start + m.start()),
                                Piece(awarded.group("award"), Span(awarded.start("award"), awarded.end("award"))))
                end = closed
            own = _OWN_RANK_AFTER.search(text, start + m.end(), end) if header.role is Role.PROJECT else None
            if own is not None:  # 获奖项目：某某研究，第四获奖人: the work, then the rank of the page's person in it
                yield Field(Role.RANK, Span(own.start(), own.start()), Piece(own.group("rank"), Span(*own.span("rank"))))
                end = own.start()
            value = piece(text[start + m.end():end], start + m.end())
            if value is not None and header.role in _LIST_ROLES and names_people_with_notes(value.text):
                # people each with their unit in brackets: the names here, in order, their units the people lists'
                yield Field(header.role, Span(start + m.start(), start + m.end()), names_before_notes(value),
                            header.unit, notes=value)
                continue
            if value is not None:
                yield Field(header.role, Span(start + m.start(), start + m.end()), value, header.unit)
        i = following


# the rank written after a work's title in a CV's list of awards: `，第四获奖人`, `，排名第2`
_OWN_RANK_AFTER = re.compile(r"[，,]\s*(?P<rank>(?:排名|排序)?第\s*[一二三四五六七八九十\d]{1,3}\s*(?:获奖人|完成人|完成者)?)"
                             r"\s*[。.；;]?\s*$")
_FORM_REACH = 12  # lines from one label alone on its line to the next of the same form
_VALUE_LINE_MAX = 60  # a value's line is no longer than this; a longer one, or a sentence, is prose again


def _alone(line: str) -> Role | None:
    """The role of a line that is a label and nothing else, no colon (`项目名称`, `主要完成单位`)."""
    body = line.strip()
    header = exact_header(body) if 2 <= len(body) <= 12 else None
    return header.role if header is not None else None


def _a_header(line: str) -> bool:
    """The line is a column's header alone, one the vocabulary knows exactly or by a word it holds (`奖项类别`)."""
    body = line.strip()
    return 2 <= len(body) <= 12 and header_of(body) is not None


def _label_alone(text: str, lines: list[tuple[int, str]], i: int) -> tuple[Field | None, int] | None:
    """A form copied with each label alone on its line and its value on the lines below (`项目名称` over the
    title, `主要完成人` over names in two columns, `主要完成单位` over one unit a line): the label's field, and
    the line after its value. Only in a form: another such label within a few lines before or after it."""
    role = _alone(lines[i][1])
    if role is None or any(_a_header(lines[k][1]) for k in _neighbours(lines, i)):
        return None  # 序号 / 姓名 / 工作单位, one a line (奖项类别 too): the header of a table laid out a cell a line
    near = range(max(0, i - _FORM_REACH), min(len(lines), i + _FORM_REACH + 1))
    if not any(k != i and _alone(lines[k][1]) is not None for k in near):
        return None
    j, last = i + 1, None
    while j < len(lines) and j - i <= _FORM_REACH and _alone(lines[j][1]) is None:
        body = lines[j][1].strip()
        if body and ("。" in body or len(body) > _VALUE_LINE_MAX or labels_in(lines[j][1]) or body.isdigit()):
            break  # (a counter alone: the rows of a table laid out a cell a line)
        last = j if body else last
        j += 1
    if last is None:
        return None, i + 1
    start = lines[i + 1][0]
    value = piece(text[start:lines[last][0] + len(lines[last][1].rstrip())], start)
    label = Span(lines[i][0], lines[i][0] + len(lines[i][1].rstrip()))
    return (Field(role, label, value) if value is not None else None), last + 1


def _neighbours(lines: list[tuple[int, str]], i: int) -> list[int]:
    """The lines before and after line i that are not blank."""
    before = next((k for k in range(i - 1, -1, -1) if lines[k][1].strip()), None)
    after = next((k for k in range(i + 1, len(lines)) if lines[k][1].strip()), None)
    return [k for k in (before, after) if k is not None]


def _note_closed(text: str, start: int, end: int) -> int | None:
    """Where a bracket closes in text[start:end] that opened before it: the end of the note the fields are in."""
    depth = 0
    for at in range(start, end):
        if text[at] in "（(":
            depth += 1
        elif text[at] in "）)":
            if depth == 0:
                return at
            depth -= 1
    return None


_AWARDED_AFTER = re.compile(rf"[）)]?\s*{WON}\s*(?P<award>[^，,。；;（）()“”]{{2,30}}?奖)")


def _bare_label(start: int, line: str) -> Field | None:
    """`项目名称 某某研究`: a form's label at the start of a line, its value after a blank (not a row of
    column headers: no other header follows it)."""
    m = _BARE_LABEL.match(line) if "|" not in line else None
    if m is None:
        return None
    header = header_of(m.group(1))
    rest = line[m.end():]
    if header is None or not header.exact or len(m.group(1)) < 3 or any(header_of(w) for w in rest.split()):
        return None
    value = piece(rest, start + m.end())
    return Field(header.role, Span(start + m.start(1), start + m.end(1)), value, header.unit) if value else None


def _lead_title(start: int, line: str, labels: list[re.Match[str]]) -> list[Field]:
    """The title a line of a project's fields opens with (`某某研究 完成人：甲、乙 完成单位：某大学`), the quoted one
    where the words around it say more (`由某医院牵头完成的“某某研究”项目（主要完成人：…）`: with that unit, which
    completed it first); an award's level and a colon before it (`一等奖：某某研究，主要完成人：…`) is its award."""
    roles = {h.role for m in labels if (h := header_of(re.sub(r"\s", "", m.group(1)))) is not None}
    if Role.PROJECT in roles or not roles & _RECORD_ROLES:
        return []
    lead = line[:labels[0].start()].rstrip().rstrip("（(").rstrip()
    if is_reference(lead):
        return []  # a reference (发明人. 题名[P].（申请公布号: …）): no project's title
    found = []
    level = LEVEL_FIRST.match(lead)
    if level is not None:
        award = Piece(level.group("award"), Span(start + level.start("award"), start + level.end("award")))
        found.append(Field(Role.AWARD, Span(award.span.start, award.span.start), award))
        start, lead = start + level.end(), lead[level.end():].rstrip("，,；;").rstrip()
    quoted = _QUOTED_TITLE.search(lead)
    if quoted is not None and quoted.group() != lead:
        found.append(Field(Role.PROJECT, Span(start + quoted.start(1), start + quoted.start(1)),
                           Piece(quoted.group(1), Span(start + quoted.start(1), start + quoted.end(1)))))
        by = _COMPLETED_BY.search(lead, 0, quoted.start())
        if by is not None and names_a_unit(by.group(1)):
            found.append(Field(Role.COMPLETING_UNIT, Span(start + by.start(1), start + by.start(1)),
                               Piece(by.group(1), Span(start + by.start(1), start + by.end(1)))))
        return found
    value = piece(lead, start)
    if value is None or not 4 <= len(value.text) <= 80 or _SENTENCE_MARKS.search(value.text.strip("“”\"《》")) \
            or INSTRUCTION.search(value.text):
        return []
    return [*found, Field(Role.PROJECT, Span(value.span.start, value.span.start), value)]


# words that tell the reader what to do, by when (`申报者请于3月29日前将…`): a notice's instruction, no work's title
INSTRUCTION = re.compile(r"(?<![申邀提])请(?:于|在|将|各|按|务必|登录|联系|发送|提交|认真|及时)|\d{1,2}\s*日\s*(?:前|之前|以前)"
                         r"|务必|不得|须于|应于")


# an award's level and a colon before a title (`一等奖：某某研究`, `科技进步奖二等奖：…`)
LEVEL_FIRST = re.compile(r"\s*(?P<award>[^\s：:，,。；;“”《》]{0,20}?(?:[一二三四五特]等奖|金奖|银奖|铜奖|优秀奖))\s*[：:]\s*")


_QUOTED_TITLE = re.compile(r"[“《]([^“”《》\n]{4,80})[”》]")
_COMPLETED_BY = re.compile(r"由([\u4e00-\u9fff（）()]{4,40}?)(?:牵头|主持|领衔)?(?:完成|承担|申报|研发)的$")


# a section's caption above records (主要完成人情况, 获奖名单, 项目基本信息): what the records are, no project's title
_SECTION_CAPTION = re.compile(r"(?:情况|情况表|名单|一览表|汇总表|信息|信息表|简介|介绍|简表|公示|简历|履历|个人主页|风采|名录)"
                              r"[：:]?$")  # (专家介绍, 名医风采: the page's people)


_FIELD_RUN = 8  # the lines of labels after a title that may be its record's


def _title_above(lines: list[tuple[int, str]], i: int, labels: list[re.Match[str]]) -> list[Field]:
    """The title on the line above a project's fields (`1.某某研究` then `主要完成单位：…`), as a government's
    award decision or a list of results lays them out; with the award level of the line above the
    list (`一等奖（3项）`), if there is one. The fields are those of the lines of labels that run on from this one
    (`奖项：…` then `主要完成人：…`)."""
    run = [labels, *(labels_in(line) for _, line in lines[i + 1:i + _FIELD_RUN])]
    run = run[:next((n for n, found in enumerate(run) if not found), len(run))]
    roles = [{h.role for m in found if (h := header_of(re.sub(r"\s", "", m.group(1)))) is not None} for found in run]
    if Role.PROJECT in roles[0] or not set().union(*roles) & _RECORD_ROLES:
        return []
    start, line = lines[i - 1]
    if labels_in(line) or _label_cell(line) is not None or _LEVEL_LINE.match(line):
        return []
    number = _NUMBERED_ITEM_MARK.match(line)
    lead = number.end() if number else len(line) - len(line.lstrip())
    value = piece(line[lead:], start + lead)
    if value is None or not 4 <= len(value.text) <= 80 or _SENTENCE_MARKS.search(value.text.strip("“”\"《》")):
        return []
    if names_a_unit(value.text) or names_people_with_notes(value.text) or _SECTION_CAPTION.search(value.text) \
            or opens_with_a_person(value.text):
        return []  # a unit's name above its people's fields (a lab's heading), people (`甲  某委主任`: a roster's
        # line above `成员：乙 …`), or a section's caption
    if _AWARD_CAPTION.fullmatch(value.text.strip()):  # 临床新创奖 over 获奖单位：… 作品名称：…: the award of the record
        return [Field(Role.AWARD, Span(value.span.start, value.span.start), value)]
    if any(Role.PROJECT in found for found in roles):
        return []  # the fields below name the project: the line above is no title of it
    found = [Field(Role.PROJECT, Span(value.span.start, value.span.start), value)]
    for at, above in reversed(lines[:i - 1]):
        if (level := _LEVEL_LINE.match(above)) is not None:
            award = Piece(level.group(1), Span(at + level.start(1), at + level.end(1)))
            found.append(Field(Role.AWARD, Span(value.span.start, value.span.start), award))  # read with its project
            break
    return found


def _award_above(lines: list[tuple[int, str]], i: int, labels: list[re.Match[str]]) -> list[Field]:
    """`自然科学奖一等奖` alone on the line above `项目名称：…`: the award of the project the fields name."""
    header = header_of(re.sub(r"\s", "", labels[0].group(1)))
    if header is None or header.role is not Role.PROJECT or labels[0].start() != len(lines[i][1]) - len(lines[i][1].lstrip()):
        return []
    start, line = lines[i - 1]
    level = _LEVEL_LINE.match(line)
    if level is None or not _next_to(lines, i):
        return []
    award = Piece(level.group(1), Span(start + level.start(1), start + level.end(1)))
    return [Field(Role.AWARD, Span(award.span.start, award.span.start), award)]


def _continued(lines: list[tuple[int, str]], i: int, role: Role, end: int) -> tuple[int, int]:
    """The end of a value that may wrap onto the lines after line i, and the next line to read."""
    j = i + 1
    if role in _LIST_ROLES:
        while j < len(lines) and _next_to(lines, j) and not labels_in(lines[j][1]) and _label_cell(lines[j][1]) is None:
            body = lines[j][1].strip()
            names = people_in(Piece(body, Span(lines[j][0], lines[j][0] + len(body))))
            if not names and len(body) > _CRUMB and not _NUMBERED_NAME.search(body):
                break
            end = lines[j][0] + len(lines[j][1].rstrip())
            j += 1
        return end, j
    ahead = next((k for k in range(j, min(j + _SANDWICH + 1, len(lines))) if labels_in(lines[k][1])), None)
    if ahead is None or ahead == j or not all(_next_to(lines, k) for k in range(j, ahead)):
        return end, j  # (a line another mechanism read between them: the value does not run over it)
    if any("。" in lines[k][1] or len(lines[k][1].strip()) > 30 or _OPEN_LABEL.fullmatch(lines[k][1])
           for k in range(j, ahead)):
        return end, j  # (a line of prose, or a label of its own over a list: `主要知识产权目录：`)
    return lines[ahead - 1][0] + len(lines[ahead - 1][1].rstrip()), ahead


def _next_to(lines: list[tuple[int, str]], k: int) -> bool:
    """Line k follows line k-1 in the text with no line between them that is not free (read by another
    mechanism: a patent on its line, a table)."""
    start, line = lines[k - 1]
    return lines[k][0] - (start + len(line)) <= 1


def _cell_before(lines: list[tuple[int, str]], i: int) -> str:
    """The pipe-copy cell before line `i`, with the line it wraps from (`首席` + `科学家 |`)."""
    before = lines[i - 1][1]
    if i >= 2 and "|" not in lines[i - 2][1] and before.rstrip().endswith("|"):
        return lines[i - 2][1].strip() + before.strip()
    return before


def _pipe_pairs(start: int, line: str) -> list[Field]:
    """`申请号 | CN… | 申请日期 | 2031-06-10 |`: a form's row copied as pipe cells, each label beside its value (a label of
    no role of ours, `法律状态`, beside its own). A row of header cells (a value cell that is a label too) is a table's."""
    cells = [c for c in pipe_cells(start, line) if c is not None] if "|" in line else []
    if len(cells) < 2 or len(cells) % 2 or all(exact_header(c.text) is None for c in cells[::2]) \
            or any(exact_header(c.text) is not None for c in cells[1::2]):
        return []
    return [Field(header.role, label.span, value, header.unit) for label, value in zip(cells[::2], cells[1::2], strict=True)
            if (header := exact_header(label.text)) is not None]


def _label_cell(line: str) -> Role | None:
    """A pipe-copy cell that is only a label (`推荐单位 |`)."""
    body = line.strip()
    if not body.endswith("|") or body.count("|") != 1:
        return None
    header = header_of(body[:-1])
    return header.role if header is not None and header.exact and len(body[:-1].strip()) >= 2 else None


def _table_fields(document: Document, taken: Coverage) -> Iterator[Field]:
    """Label cells beside their values in tables no mechanism has read (a form laid out as a table)."""
    for block in document.blocks:
        if block.kind is not BlockKind.TABLE or taken.covers(block.span) \
                or (layout_of(grid_of_block(block)) and not is_form(block)):
            continue  # a table with a header of facts is the tables mechanism's
        for row in block.rows:
            for label, value in zip(row, row[1:], strict=False):
                header = exact_header(label.text) if label.text else None
                body = piece(value.text, value.span.start)
                if header is not None and body is not None and exact_header(body.text) is None:
                    if header.role in _LIST_ROLES and names_people_with_notes(body.text):  # 甲（某大学）；乙（…）
                        yield Field(header.role, label.span, names_before_notes(body), header.unit, notes=body)
                        continue
                    yield Field(header.role, label.span, body, header.unit)  # 学院 | 某某学院: a value, not a header


def _sections(document: Document) -> list[Block]:
    """The document's headings in order: each opens a section that ends at the next."""
    return [b for b in document.blocks if b.kind is BlockKind.HEADING]


def _section_of(sections: list[Block], at: int) -> Block | None:
    """The heading of the section a position is in (the nearest heading before it)."""
    return next((h for h in reversed(sections) if h.span.start <= at), None)


def _section_unit(document: Document, sections: list[Block], record: Record, context: Context) -> Piece | None:
    """The unit a section's heading names as a whole (`某某实验室` over `负责人：…` and `研发骨干：…`), for a
    record of people under it that names no project and no unit of its own: the people are the unit's."""
    if context.project is not None or record.has(Role.PROJECT, *_UNIT_ROLES):
        return None
    if not record.has(Role.LEADER, Role.MEMBER, Role.PERSON):
        return None
    heading = _section_of(sections, record.span.start)
    if heading is None:
        return None
    raw = document.text[heading.span.start:heading.span.end]
    number = _NUMBERED_ITEM_MARK.match(raw) or _HEADING_NUMBER.match(raw)
    lead = number.end() if number else len(raw) - len(raw.lstrip())
    value = piece(raw[lead:], heading.span.start + lead)
    if value is None or not names_a_unit(value.text):
        return None
    return value


def _section_heads(document: Document, facts: Facts, record: Record, read: list[Field], unit: Piece) -> None:
    """The leaders of a section's unit lead it, in the words of their label (`负责人`, `主任`)."""
    name = facts.orgs.add(unit.text, unit.span)
    if name is None:
        return
    for f in read:
        if f.role is not Role.LEADER:
            continue
        role = re.sub(r"\s|[（(][^）)]*[）)]|[：:]$", "", document.text[f.label.start:f.label.end])
        for person in people_in(f.value):
            facts.out.relation(RelType.LEADS, person.name, name, record.span, role=role)
    facts.read(unit.span)


def _records(fields: list[Field], sections: list[Block] | None = None) -> Iterator[tuple[Record, list[Field]]]:
    record: Record | None = None
    read: list[Field] = []
    section: Block | None = None
    for f in fields:
        here = _section_of(sections, f.label.start) if sections else None
        if record is None or (f.role in record.values and f.role not in _GATHERED and not _school(record, f)
                              and not _said_again(record, f)) or here is not section:
            if record is not None:
                yield record, read
            record, read, section = Record(f.label), [], here
        record.add(f.role, f.value, f.unit)
        read.append(f)
        record.span = Span(min(record.span.start, f.label.start), max(record.span.end, f.value.span.end))
    if record is not None:
        yield record, read


def _said_again(record: Record, f: Field) -> bool:
    """`权利人：某公司 当前权利人：某公司`: the same value under a second label of its role, no next record."""
    return any(v.text == f.value.text for v in record.values.get(f.role, []))


def _school(record: Record, f: Field) -> bool:
    """`学院：某学院` after `学校：某大学`: the school of the record's institution, one record with it."""
    units = record.values.get(Role.WORK_UNIT, [])
    return f.role is Role.WORK_UNIT and len(units) == 1 and is_school_of(f.value.text.strip(), units[0].text.strip())


def _certified(record: Record, statement: re.Match[str]) -> None:
    """A certificate's award and year on its project's record: `某某奖` with the level a field gives."""
    if not record.has(Role.PROJECT):
        return
    record.awarded = True
    award_name = re.sub(r"\s", "", statement.group(2))
    level = record.first(Role.AWARD)
    level_text = re.sub(r"\s", "", level.text) if level is not None else ""
    if level is None or _LEVEL.fullmatch(level_text):
        full = award_name + (level_text if level_text.endswith("奖") else level_text + "奖" if level_text else "")
        span = Span(statement.start(2), statement.end(2))
        record.values[Role.AWARD] = [Piece(full, level.span if level is not None else span)]
    if not record.has(Role.YEAR):
        year = statement.group(1) or next((str(y) for v in record.values.get(Role.CODE, [])
                                           if (y := year_in(v.text)) is not None), None)
        if year is not None:
            record.add(Role.YEAR, Piece(year, Span(statement.start(), statement.start())))


def _programme(facts: Facts, statement: re.Match[str], project: str) -> None:
    """The award a certificate names is a programme the awarded project is part of; the body its name
    opens with (`某某学会` of `某某学会科学技术奖`) is the organization that gives it."""
    name = re.sub(r"\s", "", statement.group(2))
    span = Span(statement.start(2), statement.end(2))
    facts.out.entity(Entity(Label.PROJECT, name, kind="programme", spans=(span,)))
    facts.out.relation(RelType.PART_OF, project, name, span)
    giver = next((name[:n] for n in range(len(name) - 2, 3, -1) if kind_suffix(name[:n])), None)
    if giver is not None and kind_suffix(giver) not in ("中心", "平台", "基地"):
        facts.orgs.add(giver, Span(span.start, span.start + len(giver)))
    facts.read(Span(statement.start(), statement.end()))
