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
        year = _YEAR_AFTER.search(title)
        name = title[:year.start()] if year else title
        span = Span(start, start + len(name))
        project = facts.out.entity(Entity(Label.PROJECT, name, kind="research_project", award=m.group("award"),
                                          year=int(year.group(1)) if year else None, spans=(span,)))
        if unit is not None:
            facts.out.relation(RelType.UNIT_OF, unit, project, Span(at + m.start(), span.end))
        facts.read(Span(at + m.start(), span.end))
