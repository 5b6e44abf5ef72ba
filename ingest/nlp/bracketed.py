"""Posts written in brackets after a name, as expert panels, committees and organizers list their members:
`柯某（某大学副校长、教授）`, `组长：柏某（某研究所研究员）`, `韦某（某医院心内科主任、主任医师）`; a unit alone in the
brackets (`柯某（某大学）`) is where the person works.

Each piece between `、` or `，` is `<unit>[<department>]<post>` or a title; a piece without a unit
(`教授`) is held in the unit of the piece before it. The posts mean what a post means (ingest.nlp.posts).
"""

from __future__ import annotations

import re

from ingest.model import Relation, Span
from ingest.nlp.mentions import Mention, Mentions
from ingest.nlp.posts import DEPARTMENT, post_relations

_OPEN, _CLOSE = "（(", "）)"
_PIECES = re.compile(r"[^、，,；;]+")
_LONGEST = 60


def bracketed_posts(text: str, mentions: Mentions, start: int, end: int) -> list[Relation]:
    out: list[Relation] = []
    for person in (m for m in mentions.within(start, end) if m.label == "PERSON" and m.end < end):
        if text[person.end] not in _OPEN:
            continue
        close = min((i for i in (text.find(c, person.end, person.end + _LONGEST) for c in _CLOSE) if i >= 0),
                    default=-1)
        if close < 0:
            continue
        inside = mentions.within(person.end + 1, close)
        span = Span(person.start, close + 1)
        unit = _unit_alone(text, inside, person.end + 1, close)
        out += post_relations(person.text, unit, None, None, span) if unit is not None \
            else _posts(text, inside, person.text, person.end + 1, close, span)
    return out


def _unit_alone(text: str, inside: list[Mention], start: int, end: int) -> str | None:
    """The unit the brackets name and nothing else (`甲（某大学）`, as lists of completers and speakers write where
    each works)."""
    orgs = [m for m in inside if m.label == "ORG"]
    if len(orgs) != 1 or len(inside) != 1 or text[start:end].strip() != orgs[0].text:
        return None
    return orgs[0].ref


def _posts(text: str, inside: list[Mention], person: str, start: int, end: int, span: Span) -> list[Relation]:
    out: list[Relation] = []
    unit: str | None = None
    for piece in _PIECES.finditer(text, start, end):
        a, b = piece.start(), piece.end()
        while a < b and text[a].isspace():
            a += 1
        roles = [m for m in inside if m.label in ("POSITION", "TITLE") and a <= m.start and m.end <= b]
        orgs = [m for m in inside if m.label == "ORG" and a <= m.start and m.end <= b]
        if not roles or text[roles[-1].end:b].strip():
            return out  # not a list of posts: a remark, a place, a date
        if orgs:
            unit = orgs[-1].ref
            lead = roles[0].start
            gap = text[orgs[-1].end:lead]
            if orgs[-1].start != a or (gap and not DEPARTMENT.fullmatch(gap)):
                return out
        elif text[a:roles[0].start].strip() or unit is None:
            return out
        else:
            gap = ""
        positions = [r for r in roles if r.label == "POSITION"]
        titles = [r for r in roles if r.label == "TITLE"]
        position = text[positions[0].start:positions[-1].end] if positions else None
        title = "、".join(t.text for t in titles) or None
        out += post_relations(person, unit, position, title, span, department=gap)
    return out
