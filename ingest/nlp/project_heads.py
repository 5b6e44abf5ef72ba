"""Projects a page lists under headings of their titles, as a university announces the projects it won: the
title alone on its line in 《》 or quotes (`《某某研究》`), the next line its leader, with a unit and a title or a
label (`历史学院 某某教授`, `首席专家：某某`, `负责人：某某（某学院）`). Each is a Project the person LEADS; the person
works at the line's unit (and, for a school named alone, at the article's institution: ingest.nlp.article),
and the institution is the project's unit.

A title line followed by anything else (a paragraph, a reporter's byline, a second title) is no project here:
the leader's line must hold one person and nothing but a unit, a title or post, and a label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graph.schema import Label, RelType
from ingest.model import Entity, Relation, Span
from ingest.nlp.article import Frame, is_department
from ingest.nlp.mentions import Mention

_LINE = re.compile(r"[^\n]+")
# the title alone on its line, maybe numbered, maybe in bold marks left by a page (**《…》**)
_TITLE_LINE = re.compile(r"[ \t\u3000*]*(?:\d{1,2}\s*[.、．]\s*|[（(]\d{1,2}[)）]\s*)?(?:项目名称\s*[：:]\s*)?"
                         r"(?:《(?P<book>[^《》\n]{6,80})》|“(?P<quoted>[^“”\n]{6,80})”)[ \t\u3000*]*")
_NOT_A_WORK = re.compile(r"(?:报|杂志|期刊|学报|周刊|日报|晚报|通讯|条例|办法|规定|意见|通知|纲要|规划|决定|法)$")
# what the leader's line may hold besides the person, the unit and titles: a label, marks
_LABEL = re.compile(r"(?:项目)?(?:首席专家|负责人|主持人|带头人|申请人|课题负责人)\s*[：:]?")
_FILLER = re.compile(r"[\s*（）()、，,：:/|]+")
_MAX_LEADER_LINE = 40


def headed_projects(text: str, ranges: Sequence[tuple[int, int]], mentions: Sequence[Mention],
                    frame: Frame | None) -> tuple[list[Entity], list[Relation]]:
    lines = [m for start, end in ranges for m in _LINE.finditer(text, start, end) if m.group().strip()]
    entities: list[Entity] = []
    relations: list[Relation] = []
    for head, below in zip(lines, lines[1:], strict=False):
        title = _TITLE_LINE.fullmatch(head.group())
        if title is None:
            continue
        group = "book" if title.group("book") else "quoted"
        name = title.group(group).strip()
        if _NOT_A_WORK.search(name) or len(below.group().strip()) > _MAX_LEADER_LINE:
            continue
        leader = _leader(text, below, mentions)
        if leader is None:
            continue
        person, unit, titles = leader
        span = Span(head.start(), below.end())
        entities.append(Entity(type=Label.PROJECT, name=name, kind="research_project",
                               spans=(Span(head.start() + title.start(group), head.start() + title.start(group)
                                           + len(title.group(group))),)))
        relations.append(Relation(type=RelType.LEADS, source=person.text, target=name, spans=(span,)))
        title_text = "、".join(t.text for t in titles if t.label == "TITLE") or None
        position = "、".join(t.text for t in titles if t.label == "POSITION") or None
        if unit is not None:
            relations.append(Relation(type=RelType.WORKS_AT, source=person.text, target=unit.ref, title=title_text,
                                      position=position, spans=(span,)))
        institution = frame.name if frame is not None and (unit is None or is_department(unit.ref)) \
            else unit.ref if unit is not None and not is_department(unit.ref) else None
        if institution is not None:
            relations.append(Relation(type=RelType.UNIT_OF, source=institution, target=name, spans=(span,)))
    return entities, relations


def _leader(text: str, line: re.Match[str], mentions: Sequence[Mention]) -> tuple[Mention, Mention | None, list[Mention]] | None:
    """The one person of a leader's line, its one unit (or None) and its titles and posts, where the line holds
    nothing else."""
    inside = [m for m in mentions if line.start() <= m.start and m.end <= line.end()]
    people = [m for m in inside if m.label == "PERSON"]
    units = [m for m in inside if m.label == "ORG"]
    titles = [m for m in inside if m.label in ("TITLE", "POSITION")]
    if len(people) != 1 or len(units) > 1:
        return None
    rest = list(text[line.start():line.end()])
    for m in inside:
        rest[m.start - line.start():m.end - line.start()] = [" "] * (m.end - m.start)
    left = _FILLER.sub("", _LABEL.sub("", "".join(rest)))
    if left or not (titles or _LABEL.search(line.group())):
        return None  # more than a leader's line, or a name with nothing that makes it a leader's
    return people[0], (units[0] if units else None), titles
