"""People listed in prose with their units and posts, where an item leaves its unit to the one before.

`出席会议的有某学会甲某理事长、乙某副理事长、某大学丙某院士`, `某大学校长甲某、副校长乙某`, `某研究院院长甲某和副院长乙某`:
an item that names a person with a post or title but no unit of its own (`乙某副理事长`, `副校长乙某`) holds
it in the unit of the item before, when that item named a person of a unit. Items are cut at `、，；和及`;
the relations are those of holding the post in the unit (ingest.nlp.posts: WORKS_AT, or AFFILIATED_WITH in a
society; LEADS for a head post).
"""

from __future__ import annotations

import re

from graph.schema import RelType
from ingest.model import Relation, Span
from ingest.nlp.mentions import Mention
from ingest.nlp.posts import academy_honour, post_relations

_ITEM = re.compile(r"[^、，,；;和及]+")
_ROLES = ("POSITION", "TITLE")
_TAIL = re.compile(r"\s*(?:等(?:[\u4e00-\u9fff]{0,12})?)?[。！!]?\s*$")  # 等出席签约仪式
_GAP = re.compile(r"\s*")


def listed_people(text: str, mentions: list[Mention], start: int, end: int) -> list[Relation]:
    out: list[Relation] = []
    unit: str | None = None
    span = Span(start, end)
    for item in _ITEM.finditer(text, start, end):
        inside = [m for m in mentions if item.start() <= m.start and m.end <= item.end()]
        people = [m for m in inside if m.label == "PERSON"]
        orgs = [m for m in inside if m.label == "ORG" and not academy_honour(text, m)]  # 中科院院士: no unit
        if orgs:
            unit = orgs[-1].ref if people and people[0].start >= orgs[-1].end else None
            continue
        read = _person_with_post(text, inside, item.start(), item.end())
        if read is None or unit is None:
            unit = None if people else unit
            continue
        person, position, title = read
        out += [r for r in post_relations(person, unit, position, title, span)
                if r.type is not RelType.WORKS_AT or position or title]
    return out


def _person_with_post(text: str, inside: list[Mention], start: int, end: int) -> tuple[str, str | None, str | None] | None:
    """`乙某副理事长`, `副校长乙某`, `丙某教授等出席`: (person, position, title) of an item that is only that."""
    people = [m for m in inside if m.label == "PERSON"]
    if len(people) != 1:
        return None
    person = people[0]
    before = [m for m in inside if m.label in _ROLES and m.end <= person.start]
    after = [m for m in inside if m.label in _ROLES and m.start >= person.end]
    roles = before + after
    if not roles or len(roles) != len(inside) - 1:
        return None
    first = before[0].start if before else person.start
    last = after[-1].end if after else person.end
    if text[start:first].strip() or not _TAIL.match(text, last, end) or not _joined(text, [*before, person, *after]):
        return None
    position = "、".join(m.text for m in roles if m.label == "POSITION") or None
    title = "、".join(m.text for m in roles if m.label == "TITLE") or None
    return person.text, position, title


def _joined(text: str, run: list[Mention]) -> bool:
    return all(_GAP.fullmatch(text, a.end, b.start) for a, b in zip(run, run[1:], strict=False))
