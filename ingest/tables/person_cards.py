"""Cards of people, as a group's page lays them out, one line a field:

- a student's card: the name alone on its line, the next line the level and year of study (`硕士 2025级`,
  `博士研究生`), then lines that describe the student; where one says where the student now works
  (`现就职于某测绘院`) or went on to (`毕业后前往某大学攻读博士学位`), WORKS_AT or AFFILIATED_WITH it. Each
  student is AFFILIATED_WITH the institution the page names above its first card (`某大学（北京） 某学院`):
  the university, not a part of it.
- a teacher's card: the name and titles on one line (`甲 乙 副教授 / 博导`), the next line nothing but
  units parted by blanks (`某大学 某学院`): WORKS_AT each with the title, the later unit part of the one before.
- a member's card, as a committee's or a conference's page lists them: the name alone on its line, up to two
  lines of posts or honours (`名誉主席`, `IEEE 会士`), then a line that is nothing but the member's unit: WORKS_AT it.

Two student cards in a row at least, and two member cards; one is prose's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.schema import RelType
from ingest.blocks import BlockKind
from ingest.kit.orgbook import institutions_of, unit_name, without_campus
from ingest.model import Span
from ingest.org_names import kind_suffix
from ingest.reading import Coverage, Document, Facts
from ingest.tables.cells import is_name
from ingest.tables.people_lists import STUDY, WENT_ON
from ingest.tables.profiles import title_of

# the level and year of study, one or both (`硕士 2025级`, `博士研究生`, `2023级博士`)
_LEVEL = re.compile(rf"[ \t\u3000]*(?:{STUDY.pattern})(?:[ \t\u3000]*(?:{STUDY.pattern}))?[ \t\u3000]*")
_NOW_AT = re.compile(r"(?:现|目前)(?:就职于|任职于|工作于|就业于|供职于)(?P<unit>[^，,。；;、\s]{4,40}?)(?=[，,。；;、\s]|从事|担任|$)")
_LINE = re.compile(r"[^\n]+")
_BLANKS = re.compile(r"[ \t\u3000]+")
_MIN_CARDS = 2
_LOOK_BACK = 40  # lines above the first card searched for the page's institution


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    start: int
    heading: bool


def read_person_cards(document: Document, taken: Coverage, facts: Facts) -> None:
    lines = list(_lines(document, taken))
    _teachers(lines, facts)
    _members(lines, facts)
    cards: list[tuple[str, int, int]] = []  # (the name, its line, the line after the card's last)
    i = 0
    while i < len(lines):
        name = _card_name(lines, i)
        if name is not None:
            end = i + 2
            while end < len(lines) and not lines[end].heading and _card_name(lines, end) is None:
                end += 1
            cards.append((name, i, end))
            i = end
            continue
        i += 1
    if len(cards) < _MIN_CARDS:
        return
    institution = _institution_above(lines, cards[0][1], facts)
    for name, first, end in cards:
        _student(lines, name, first, end, institution, facts)


def _lines(document: Document, taken: Coverage) -> list[_Line]:
    out = []
    for block in document.blocks:
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM) or not taken.free(block.span):
            continue
        for m in _LINE.finditer(document.text, block.span.start, block.span.end):
            if m.group().strip():
                out.append(_Line(m.group(), m.start(), block.kind is BlockKind.HEADING))
    return out


def _name(text: str) -> str | None:
    body = _BLANKS.sub("", text)
    return body if 2 <= len(body) <= 4 and is_name(body) else None


def _card_name(lines: list[_Line], i: int) -> str | None:
    """The name a student's card opens with at line i (the next line the level and year of study), or None."""
    if i + 1 >= len(lines) or _LEVEL.fullmatch(lines[i + 1].text) is None:
        return None
    return _name(lines[i].text)


def _student(lines: list[_Line], name: str, first: int, end: int, institution: str | None, facts: Facts) -> None:
    line = lines[first]
    lead = len(line.text) - len(line.text.lstrip())
    span = Span(line.start + lead, line.start + len(line.text.rstrip()))
    facts.out.person(name, span)
    card = Span(line.start, lines[end - 1].start + len(lines[end - 1].text))
    if institution is not None:
        facts.out.relation(RelType.AFFILIATED_WITH, name, institution, card)
    for described in lines[first + 2:end]:
        for m in _NOW_AT.finditer(described.text):
            _went(facts, name, m, described, RelType.WORKS_AT, card)
        for m in WENT_ON.finditer(described.text):
            _went(facts, name, m, described, RelType.WORKS_AT if m.group("work") else RelType.AFFILIATED_WITH, card)
    facts.read(Span(line.start, lines[first + 1].start + len(lines[first + 1].text)))


def _went(facts: Facts, name: str, m: re.Match[str], line: _Line, relation: RelType, card: Span) -> None:
    unit = facts.orgs.add(m.group("unit"), Span(line.start + m.start("unit"), line.start + m.end("unit")))
    if unit is not None:
        facts.out.relation(relation, name, unit, card)


def _institution_above(lines: list[_Line], first: int, facts: Facts) -> str | None:
    """The outermost institution the nearest line above naming units names (`某大学（北京） 某学院`)."""
    for line in reversed(lines[max(0, first - _LOOK_BACK):first]):
        units = _units(line)
        if units:
            text, start = units[0]
            outer = institutions_of(text)
            name = outer[0] if outer else text
            return facts.orgs.add(name, Span(start, start + len(name)))
    return None


def _units(line: _Line) -> list[tuple[str, int]]:
    """The units a line is made of, parted by blanks, with where each starts; empty unless it is nothing else."""
    out = []
    for m in re.finditer(r"\S+", line.text):
        if unit_name(m.group()) != m.group() or not kind_suffix(without_campus(m.group())):
            return []
        out.append((m.group(), line.start + m.start()))
    return out


_MEMBER_NOTES = 2  # lines of posts or honours between a member's name and unit


def _members(lines: list[_Line], facts: Facts) -> None:
    """`甲` over `名誉主席` over `某大学`: the member WORKS_AT the unit, where the page lists two such cards."""
    cards: list[tuple[str, int, int]] = []  # (the name, its line, the unit's line)
    for i, line in enumerate(lines):
        name = _name(line.text) if not line.heading else None
        if name is None:
            continue
        for j in range(i + 1, min(i + 2 + _MEMBER_NOTES, len(lines))):
            if lines[j].heading or _name(lines[j].text) is not None:
                break
            if _units(lines[j]):
                cards.append((name, i, j))
                break
    if len(cards) < _MIN_CARDS:
        return
    for name, i, j in cards:
        line, below = lines[i], lines[j]
        at = line.start + len(line.text) - len(line.text.lstrip())
        facts.out.person(name, Span(at, at + len(line.text.strip())))
        for text, start in _units(below)[:1]:
            unit = facts.orgs.add(text, Span(start, start + len(text)))
            if unit is not None:
                facts.out.relation(RelType.WORKS_AT, name, unit, Span(line.start, below.start + len(below.text)))
        facts.read(Span(line.start, line.start + len(line.text)))


def _teachers(lines: list[_Line], facts: Facts) -> None:
    """`甲 乙 副教授 / 博导` over `某大学（北京） 某学院`: the teacher WORKS_AT each unit with the title."""
    for line, below in zip(lines, lines[1:], strict=False):
        parts = _BLANKS.split(line.text.strip())
        units = _units(below)
        if len(parts) < 2 or not units:
            continue
        for cut in range(1, len(parts)):
            name, titles = _name(" ".join(parts[:cut])), title_of(" ".join(parts[cut:]))
            if name is not None and titles is not None:
                _teacher(name, titles.split("/")[0], line, below, units, facts)
                break


def _teacher(name: str, title: str, line: _Line, below: _Line, units: list[tuple[str, int]], facts: Facts) -> None:
    at = line.start + len(line.text) - len(line.text.lstrip())
    facts.out.person(name, Span(at, at + len(line.text.strip().split(title)[0].rstrip())))
    previous = None
    for text, start in units:
        unit = facts.orgs.add(text, Span(start, start + len(text)))
        if unit is None:
            continue
        if previous is not None:
            facts.orgs.part_of(unit, previous)
        facts.out.relation(RelType.WORKS_AT, name, unit, Span(line.start, below.start + len(below.text)), title=title)
        previous = unit
