"""Numbered lists read as rows: each item one record.

- An item with labelled fields (`1. 某某研究 完成人：甲、乙 完成单位：某大学、某医院`): the text before the
  first label is the project (unless a label names it), the labels give the rest.
- An item of a list of projects (`1. 某某计划项目：某某研究 2011AB123456 （2011-2013）`): a period or a
  code marks it; the text before a colon (or an organization before a blank) says where the project
  comes from: a programme (the project is PART_OF it) or a funding organization (FUNDED_BY).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.schema import Label, RelType
from ingest.blocks import BlockKind
from ingest.fields import INSTRUCTION, LEVEL_FIRST, labels_in
from ingest.kit.annotations import split_title
from ingest.kit.text import BRACKET_NOTE, DASHES
from ingest.model import Entity, Span
from ingest.nlp.project_lines import read_project_line
from ingest.org_names import is_distinctive, kind_suffix, org_kind
from ingest.reading import Coverage, Document, Facts
from ingest.tables.cells import Piece, is_name, is_reference, piece, unquoted
from ingest.tables.patent_lines import on_patent_lines
from ingest.tables.records import NO_CONTEXT, Context, Record, emit
from ingest.tables.vocabulary import Role, header_of

_LINE = re.compile(r"[^\n]+")
_NUMBER = re.compile(r"\s*(\d{1,3})\s*[.、．)）]\s*")
_PERIOD = re.compile(rf"\s*[（(]\s*((?:19|20)\d{{2}})\s*(?:年\s*)?(?:[{DASHES}~至]\s*(?:(?:19|20)\d{{2}})?\s*(?:年\s*)?)?[）)]\s*$")
_CODE = re.compile(r"(?:(?<=\s)|(?<=[\u4e00-\u9fff”\"]))([A-Z]{1,6}\s?\d{5,}[\dA-Z]*|\d{4}[A-Z]{2,5}\d[\dA-Z]{3,}|\d{6,})\s*$")
_COLON = re.compile(r"\s*[：:]\s*")
_ALIAS = re.compile(r"\s*[（(][^（）()]{1,12}[）)]")
_PROGRAMME_END = re.compile(r"(计划|基金|平台|专项|工程|规划|项目|课题)$")
_PROGRAMME_NOUN = re.compile(r"(项目|课题|项)$")
# a title with a bracket after it that closes the item: `某某研究（某大学，甲）`
_BRACKETED_TAIL = re.compile(r"\s*(?P<title>[^（(）)]{6,80}?)\s*[（(](?P<note>[^（()）]{2,60})[）)]\s*[；;。.]?\s*")
_BRACKET_PARTS = re.compile(r"[^，,、；;/\s]+(?:[：:]\s*[^，,、；;/\s]+)?")
_LEADER_LABEL = re.compile(r"^(?:项目)?(?:负责人|主持人|首席科学家|承担人|申请人|依托单位|承担单位|单位)\s*[：:]\s*")
_ORG_THEN_TITLE = re.compile(r"^(\S{4,40}?)[ \u3000]+(\S.*)$")
_MIN_ITEMS = 2
# the bracket a title's fields are written in (`某某研究（完成人：甲、乙；完成单位：某大学）`)
_OPEN_NOTE = re.compile(r"\s*[（(]\s*$")
# `项目—课题` or `项目---课题`: a single dash or a run of hyphens joins a project to a task of it; the
# doubled dash `——` of Chinese punctuation opens a subtitle and is left alone
_TASK_DASH = re.compile(r"(?<!—)—(?!—)|-{2,}")
_MIN_TITLE = 4
_MAX_TITLE = 80
_SENTENCE = re.compile(r"[，。；;！？!?]")


def read_lists(document: Document, taken: Coverage, facts: Facts, context: Context = NO_CONTEXT) -> None:
    for items in _lists(document, taken):
        for item in items:
            opened = document.text.rfind("\n", 0, item.span.start) + 1  # the item with its number: a listed patent's
            if is_reference(item.text) or on_patent_lines(document.text, opened, item.span.end) \
                    or _project_line(item.text):
                continue  # a reference (作者. 题名[J]. …), a patent or a CV's project line (programme, title, number,
                # period, part, parted by commas), read by the prose's
            if _with_its_people(item, facts) or _units_then_names(item, facts):
                continue
            if (labels := labels_in(item.text)) and not _in_closing_note(item.text, labels[0].start()):
                _labelled(item, facts, context)
            else:
                _project_item(item, facts)


_CLOSING_NOTE = re.compile(r"[（(][^（）()]*[）)][\s。.；;]*$")
_PARTED = re.compile(r"[。，,]|\. ")  # the item's own pieces (甲, 乙. 题名. 获得…。), not one title before its fields' note


def _in_closing_note(text: str, label: int) -> bool:
    """The item's first label is inside the note in brackets that closes it, after the item's own pieces (`甲, 乙. 某服务.
    获得某奖。（指导教师：丙）`): an item of its own shape with a note, no record of labelled fields (not a title with its
    fields in brackets: `某平台（完成人：甲；完成单位：某大学）`)."""
    note = _CLOSING_NOTE.search(text)
    return note is not None and 0 < note.start() < label and _PARTED.search(text, 0, note.start()) is not None


def _project_line(text: str) -> bool:
    """A CV's project as its line lists it, pieces parted by commas (`某基金项目，甲，“…”，项目编号：…，2020.01-2023.12`),
    not opened by a programme and a colon (`某基金(61103069)：<title>，…`, read here)."""
    first = BRACKET_NOTE.sub("", re.split(r"[，,]", text, maxsplit=1)[0])  # (a number's label in brackets: （批准号：…）)
    return "：" not in first and ":" not in first and read_project_line(text, 0, len(text)) is not None


def _lists(document: Document, taken: Coverage) -> Iterator[list[Piece]]:
    """The items of each numbered list (list-item blocks, or numbered lines), without their numbers."""
    current: list[Piece] = []
    expected = 1
    for block in document.blocks:
        if block.kind is BlockKind.TABLE or taken.covers(block.span):
            continue
        for m in _LINE.finditer(document.text, block.span.start, block.span.end):
            number = _NUMBER.match(m.group())
            if number is not None and int(number.group(1)) in (expected, 1):
                if int(number.group(1)) == 1 and len(current) >= _MIN_ITEMS:
                    yield current
                if int(number.group(1)) == 1:
                    current = []
                body = piece(m.group()[number.end():], m.start() + number.end())
                if body is not None:
                    current.append(body)
                expected = int(number.group(1)) + 1
            elif current and _continues(current[-1], m.group()):
                current[-1] = Piece(document.text[current[-1].span.start:m.end()].rstrip(),
                                    Span(current[-1].span.start, m.start() + len(m.group().rstrip())))
            elif block.kind is BlockKind.LIST_ITEM and (body := piece(m.group(), m.start())) is not None:
                current.append(body)
    if len(current) >= _MIN_ITEMS:
        yield current


def _continues(item: Piece, line: str) -> bool:
    """A line of fields that goes on with the labelled item above it (`1. 项目名称：…` then `完成单位：…`)."""
    labels = labels_in(item.text)
    first = labels_in(line)
    return bool(labels and first and not line[:first[0].start()].strip() and not _NUMBER.match(line))


def _labelled(item: Piece, facts: Facts, context: Context) -> None:
    labels = labels_in(item.text)
    record = Record(item.span)
    lead = piece(_OPEN_NOTE.sub("", item.text[:labels[0].start()]), item.span.start)  # 某某研究（完成人：…）
    level = LEVEL_FIRST.match(lead.text) if lead is not None else None
    if lead is not None and level is not None:  # 一等奖：某某研究，主要完成人：…: the award, then the project
        record.add(Role.AWARD, Piece(level.group("award"), Span(lead.span.start + level.start("award"),
                                                                 lead.span.start + level.end("award"))))
        lead = piece(lead.text[level.end():], lead.span.start + level.end())
    if lead is not None and not INSTRUCTION.search(lead.text):  # (申报者请于…前将…报某办公室，电话：…: no title)
        record.add(Role.PROJECT, lead)
    for n, m in enumerate(labels):
        header = header_of(re.sub(r"\s", "", m.group(1)))
        stop = labels[n + 1].start() if n + 1 < len(labels) else len(item.text)
        value = piece(_closing_note(item.text[m.end():stop]), item.span.start + m.end())
        if header is not None and value is not None and header.role is Role.CODE \
                and (dated := _CODE_THEN_PERIOD.fullmatch(value.text)) is not None:
            record.add(Role.PERIOD, Piece(dated.group("period"), Span(value.span.start + dated.start("period"),
                                                                      value.span.start + dated.end("period"))))
            value = Piece(dated.group("code"), Span(value.span.start, value.span.start + dated.end("code")))
        if header is not None and value is not None:
            record.add(header.role, value, header.unit)
    before = facts.size()
    emit(record, facts.out, facts.orgs, context)
    if facts.size() > before:
        facts.read(item.span)


# a number's field that runs on to the period (`批准号:61690204, 2017-2021.`): the number, then the years
_CODE_THEN_PERIOD = re.compile(r"(?P<code>[A-Za-z0-9][A-Za-z0-9\-./]*?)\s*[，,；;]\s*"
                               rf"(?P<period>(?:19|20)\d{{2}}(?:[.\-/年]\d{{1,2}}月?)?\s*[{DASHES}~至]+\s*(?:(?:19|20)\d{{2}}(?:[.\-/年]\d{{1,2}}月?)?|至今|今))"
                               r"\s*[.。；;]?")


def _closing_note(value: str) -> str:
    """A field's value without the bracket that closes the note its title's fields are written in."""
    body = value.rstrip().rstrip("；;。.").rstrip()
    if body.endswith(("）", ")")) and body.count("（") + body.count("(") < body.count("）") + body.count(")"):
        return body[:-1]
    return value


def _project_item(item: Piece, facts: Facts) -> None:
    text = item.text
    period = _PERIOD.search(text)
    year = int(period.group(1)) if period else None
    body = text[:period.start()] if period else text
    code = _CODE.search(body)
    lifted, codes, units = split_title(body) if code is None else (body, [], [])
    if period is None and code is None and not codes:
        return
    if code is not None:
        body = body[:code.start()]
    elif codes:
        body = lifted
    source, title = _source_and_title(body)
    title_piece = unquoted(Piece(title.strip(), _sub_span(item, text.find(title.strip()), len(title.strip()))))
    if not _MIN_TITLE <= len(title_piece.text) <= _MAX_TITLE or _SENTENCE.search(title_piece.text):
        return  # a sentence, not a title
    facts.read(item.span)
    parts = _tasks(title_piece)
    names = [facts.out.entity(Entity(Label.PROJECT, p.text, kind="research_project", year=year,
                                     code=(code.group(1) if code else codes[0] if codes else None)
                                     if n == len(parts) - 1 else None,
                                     spans=(p.span,)))
             for n, p in enumerate(parts)]
    for task, project in zip(names[1:], names, strict=False):
        facts.out.relation(RelType.PART_OF, task, project, item.span)
    name = names[0]
    for rank, unit in enumerate(units, start=1):
        found = facts.orgs.add(unit, _sub_span(item, text.find(unit), len(unit)))
        if found is not None:
            facts.out.relation(RelType.UNIT_OF, found, name, item.span, rank=rank)
    if source is None:
        return
    source_span = _sub_span(item, text.find(source), len(source))
    if org_kind(source) != "other":
        org = facts.orgs.add(source, source_span)
        if org is not None:
            facts.out.relation(RelType.FUNDED_BY, name, org, item.span)
        return
    programme = _programme_name(source)
    if programme:
        facts.out.entity(Entity(Label.PROJECT, programme, kind="programme", spans=(source_span,)))
        facts.out.relation(RelType.PART_OF, name, programme, item.span)


# 某某研究（甲大学、乙研究所）：丙、丁: an awarded project, its units in brackets, its completers after the colon
_UNITS_THEN_NAMES = re.compile(r"\s*(?P<title>[^（(）)：:]{6,80}?)\s*[（(](?P<units>[^（()）]{4,80})[）)]\s*[：:]\s*"
                               r"(?P<names>[^：:（()）]{2,80}?)\s*[；;。.]?\s*")


def _units_then_names(item: Piece, facts: Facts) -> bool:
    """`某某研究（甲大学、乙研究所）：丙、丁、戊`: the project, its units ranked in the order written, its completers
    ranked after the colon; every part of the bracket a unit and every name after the colon a name."""
    m = _UNITS_THEN_NAMES.fullmatch(item.text)
    if m is None:
        return False
    title = unquoted(Piece(m.group("title").strip(), _sub_span(item, m.start("title"), len(m.group("title").strip()))))
    units = [(u.group(), m.start("units") + u.start()) for u in re.finditer(r"[^、，,；;\s]+", m.group("units"))]
    names = [(n.group().removesuffix("等"), m.start("names") + n.start())
             for n in re.finditer(r"[^、，,；;\s]+", m.group("names"))]
    if not _MIN_TITLE <= len(title.text) <= _MAX_TITLE or _SENTENCE.search(title.text) or kind_suffix(title.text) \
            or not all(kind_suffix(u) and is_distinctive(u) for u, _ in units) or not all(is_name(n) for n, _ in names):
        return False
    facts.read(item.span)
    project = facts.out.entity(Entity(Label.PROJECT, title.text, kind="research_project", spans=(title.span,)))
    for rank, (unit, at) in enumerate(units, start=1):
        found = facts.orgs.add(unit, _sub_span(item, at, len(unit)))
        if found is not None:
            facts.out.relation(RelType.UNIT_OF, found, project, item.span, rank=rank)
    for rank, (name, at) in enumerate(names, start=1):
        span = _sub_span(item, at, len(name))
        facts.out.person(name, span)
        facts.out.relation(RelType.MEMBER_OF, name, project, item.span, rank=rank)
    return True


_ONE_TOKEN = re.compile(r"@?[A-Za-z0-9_.\-]+")


def _with_its_people(item: Piece, facts: Facts) -> bool:
    """`某某研究（某大学，甲）`, `某某研究（负责人：甲，某大学）`: a project with its unit and leader in brackets
    after it, as lists of approved projects write them; each part of the bracket a unit or a person's name.
    Several names alone (`某某研究（甲、乙、丙）`, `（甲等）`) are the project's completers, in order."""
    m = _BRACKETED_TAIL.fullmatch(item.text)
    if m is None:
        return False
    title = unquoted(Piece(m.group("title").strip(), _sub_span(item, m.start("title"), len(m.group("title").strip()))))
    if not _MIN_TITLE + 2 <= len(title.text) <= _MAX_TITLE or _SENTENCE.search(title.text) or is_name(title.text) \
            or kind_suffix(title.text) or _ONE_TOKEN.fullmatch(title.text):
        return False  # (`@handle`（甲）: a user's handle, then the name, no project)
    units: list[Piece] = []
    people: list[Piece] = []
    others = False  # 甲等: the names are some of several
    for part in _BRACKET_PARTS.finditer(item.text, m.start("note"), m.end("note")):
        value = _LEADER_LABEL.sub("", part.group()).strip()
        others = others or value.endswith("等")
        value = value.removesuffix("等")  # 甲等: 甲 and others
        if not value:
            continue
        at = _sub_span(item, item.text.find(value, part.start()), len(value))
        if is_name(value):
            people.append(Piece(value, at))
        elif kind_suffix(value) and is_distinctive(value):
            units.append(Piece(value, at))
        else:
            return False
    if not people or len(units) > 1 or len(people) > 1 and units:
        return False  # a leader, and at most one unit: not people with their notes, nor a sentence's aside
    facts.read(item.span)
    project = facts.out.entity(Entity(Label.PROJECT, title.text, kind="research_project", spans=(title.span,)))
    if len(people) > 1 or others and not units:  # 某某研究（甲、乙、丙）, （甲等）: its completers, in order
        for rank, person in enumerate(people, start=1):
            facts.out.person(person.text, person.span)
            facts.out.relation(RelType.MEMBER_OF, person.text, project, item.span, rank=rank)
        return True
    leader = people[0]
    facts.out.person(leader.text, leader.span)
    facts.out.relation(RelType.LEADS, leader.text, project, item.span)
    for unit in units:
        found = facts.orgs.add(unit.text, unit.span)
        if found is not None:
            facts.out.relation(RelType.UNIT_OF, found, project, item.span)
            facts.out.relation(RelType.WORKS_AT, leader.text, found, item.span)
    return True


def _tasks(title: Piece) -> list[Piece]:
    """A project and the task (课题) of it a dash joins to it, or the title alone."""
    m = _TASK_DASH.search(title.text)
    if m is None:
        return [title]
    head = piece(title.text[:m.start()], title.span.start)
    tail = piece(title.text[m.end():], title.span.start + m.end())
    if head is None or tail is None or min(len(head.text), len(tail.text)) < _MIN_TITLE:
        return [title]
    return [unquoted(head), unquoted(tail)]


def _source_and_title(body: str) -> tuple[str | None, str]:
    """`来源：题目` or `某某研究院 题目`: where the project comes from, and its title."""
    colon = _COLON.search(body)
    if colon is not None and 2 <= colon.start() <= 40:
        return body[:colon.start()].strip(), body[colon.end():]
    m = _ORG_THEN_TITLE.match(body.strip())
    if m and org_kind(m.group(1)) != "other":
        return m.group(1), m.group(2)
    return None, body


def _programme_name(source: str) -> str | None:
    """`某某发展计划（甲类）项目` -> `某某发展计划`; a name that is not a programme's stays as written."""
    name = _ALIAS.sub("", source).strip()
    bare = _PROGRAMME_NOUN.sub("", name)
    if bare != name and _PROGRAMME_END.search(bare) and len(bare) >= 4:
        name = bare
    return name if len(name) >= 4 and _PROGRAMME_END.search(name) else None


def _sub_span(item: Piece, at: int, length: int) -> Span:
    at = max(at, 0)
    return Span(item.span.start + at, item.span.start + at + length)
