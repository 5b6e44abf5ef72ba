"""Rolls of awards, one a line: the award, then the title of the work that won it, as a lab's or a centre's
page lists its honours (`- **湖北省科技进步二等奖** 某某关键技术研究`, `1. 国家自然科学二等奖：某某机理研究`).

Two such lines in a row at least, list items or numbered lines: each gives the awarded Project (kind
research_project, with its award). An award is a short name ending in 奖 (`…二等奖`, `…金奖`), with any
note in brackets after it (`（参与）`); the title after it is no sentence, no person's or unit's name, and
no award itself (a category of an award: `创新产品奖`). A title written under several awards of the roll
is a category too, not a work. A year written after the title (`某某技术2008`) is the project's year.

The unit the works are credited to is the one the text before the roll says won them (ingest.tables.owner):
UNIT_OF each project.
"""

from __future__ import annotations

import re
from collections import Counter

from graph.schema import Label, RelType
from ingest.blocks import BlockKind
from ingest.kit.text import is_person_name
from ingest.model import Entity, Span
from ingest.org_names import kind_suffix
from ingest.reading import Coverage, Document, Facts
from ingest.tables.owner import awards_owner

_LINE = re.compile(
    r"^\s*(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[.、．)）]\s*)?"
    r"(?P<award>[^\s，,。；;：:、]{2,30}?奖(?:[（(][^（）()\s]{1,8}[）)])?)"
    r"(?:\s*[：:]\s*|[ \t\u3000\u00a0]+)(?P<title>\S[^\n]{2,79}?)\s*$")
_SENTENCE = re.compile(r"[，,。；;！？!?]")
_YEAR_AFTER = re.compile(r"(?<=[\u4e00-\u9fff])\s*[（(]?((?:19|20)\d{2})\s*年?[）)]?$")  # 某某技术2008
_MIN_LINES = 2
# the completers in brackets after a work's title (`某某研究（计算机学院 甲 乙）`)
_NOTE = re.compile(r"(?P<title>[^（()）]{4,80}?)\s*[（(](?P<note>[^（()）]{2,60})[）)]")
_NOTE_PARTS = re.compile(r"[^\s、，,；;：:]+")
_MIN_TITLE = 4


def read_award_rolls(document: Document, taken: Coverage, facts: Facts) -> None:
    roll: list[tuple[re.Match[str], int]] = []
    for block in document.blocks:
        if block.kind in (BlockKind.TABLE, BlockKind.HEADING) or not taken.free(block.span):
            _flush(document, roll, facts)
            roll = []
            continue
        for line in re.finditer(r"[^\n]+", document.text[block.span.start:block.span.end]):
            m = _LINE.match(line.group())
            if m is None or not _work(m.group("title")):
                _flush(document, roll, facts)
                roll = []
                continue
            roll.append((m, block.span.start + line.start()))
    _flush(document, roll, facts)


def _work(title: str) -> bool:
    body = title.strip()
    return (len(body) >= _MIN_TITLE and not _SENTENCE.search(body) and not body.endswith("奖")
            and not is_person_name(body) and not kind_suffix(body))


def _completers(note: str) -> tuple[tuple[str, int] | None, list[tuple[str, int]]] | None:
    """A note after a title made of its completers' names, a unit before them or not (`计算机学院 甲 乙`,
    `某大学：甲、乙`): the unit and the names, each with where it opens in the note; None where it is no such note."""
    parts = [(p.group(), p.start()) for p in _NOTE_PARTS.finditer(note)]
    unit = parts[0] if parts and kind_suffix(parts[0][0]) and not is_person_name(parts[0][0]) else None
    names = parts[1:] if unit is not None else parts
    if not names or not all(is_person_name(n) for n, _ in names):
        return None
    return unit, names


def _completed(parts: tuple[tuple[str, int] | None, list[tuple[str, int]]], at: int, project: str, line: Span,
               facts: Facts) -> None:
    """The completers of a work in the order written, and the unit named before them: the work's unit, theirs."""
    unit, names = parts
    org = facts.orgs.add(unit[0], Span(at + unit[1], at + unit[1] + len(unit[0]))) if unit is not None else None
    if org is not None:
        facts.out.relation(RelType.UNIT_OF, org, project, line)
    for rank, (name, start) in enumerate(names, start=1):
        facts.out.person(name, Span(at + start, at + start + len(name)))
        facts.out.relation(RelType.MEMBER_OF, name, project, line, rank=rank)
        if org is not None:
            facts.out.relation(RelType.WORKS_AT, name, org, line)


def _flush(document: Document, roll: list[tuple[re.Match[str], int]], facts: Facts) -> None:
    if len(roll) < _MIN_LINES:
        return
    first = roll[0][1]
    owner = awards_owner(document.text, document.blocks, first)
    unit = facts.orgs.add(*owner) if owner is not None else None
    repeated = Counter(m.group("title").strip() for m, _ in roll)
    for m, at in roll:
        title = m.group("title").strip()
        if repeated[title] > 1:
            facts.read(Span(at + m.start(), at + m.start("title") + len(title)))  # a category, not a work
            continue
        start = at + m.start("title")
        noted = _NOTE.fullmatch(title)
        parts = _completers(noted.group("note")) if noted is not None else None
        if noted is not None and parts is not None:
            title = noted.group("title").rstrip()
        year = _YEAR_AFTER.search(title)
        name = title[:year.start()] if year else title
        span = Span(start, start + len(name))
        line = Span(at + m.start(), at + m.end("title"))
        project = facts.out.entity(Entity(Label.PROJECT, name, kind="research_project", award=m.group("award"),
                                          year=int(year.group(1)) if year else None, spans=(span,)))
        if unit is not None:
            facts.out.relation(RelType.UNIT_OF, unit, project, line)
        if noted is not None and parts is not None:
            _completed(parts, start + noted.start("note"), project, line, facts)
        facts.read(line)
