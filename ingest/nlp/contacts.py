"""Contacts written in a sentence: `联系人：人事处张三，电话：0731-1234567，邮箱：a@b.cn`, `请联系张三老师（电话
0731-1234567）`.

The person is CONTACT_FOR (with the phone) the project the text is about: the last project named before the
contact, else the first one the text names. A unit written right before the name is where the person works.
"""

from __future__ import annotations

import re

from graph.schema import Label, RelType
from ingest.model import Entity, Relation, Span
from ingest.nlp.mentions import Mentions

_CUE = re.compile(r"联\s*系\s*人\s*[：:]?|联系方式\s*[：:]?|请(?:与|和)?(?:联系|咨询)|(?:联系|咨询)(?:人)?")
_PHONE = re.compile(r"(?:电话|手机|座机|Tel|TEL|tel|联系方式)\s*[：:]?\s*(?P<phone>(?:\+?86[-\s]?)?(?:0\d{2,3}[-－—\s]?)?"
                    r"\d{7,8}(?:\s*(?:转|-)\s*\d{1,5})?|1[3-9]\d{9})")
_REACH = 60  # characters after the name in which its phone is written
_NAME_REACH = 12  # characters between the cue and the name


def contact_facts(text: str, mentions: Mentions, sentences: list[tuple[int, int]],
                  entities: list[Entity]) -> list[Relation]:
    projects = [e for e in entities if e.type is Label.PROJECT and e.spans]
    out: list[Relation] = []
    for start, end in sentences:
        for cue in _CUE.finditer(text, start, end):
            person = next((p for p in mentions.starting(cue.end(), cue.end() + _NAME_REACH + 1)
                           if p.label == "PERSON" and p.end <= end), None)
            if person is None:
                continue
            phone = _PHONE.search(text, person.end, min(end, person.end + _REACH))
            project = _project_for(projects, cue.start())
            if phone is None or project is None:
                continue
            out.append(Relation(type=RelType.CONTACT_FOR, source=person.text, target=project, phone=_digits(phone),
                                spans=(Span(start, end),)))
            unit = next((o for o in mentions.ending_at(person.start) if o.label == "ORG"), None)
            if unit:
                out.append(Relation(type=RelType.WORKS_AT, source=person.text, target=unit.ref, spans=(Span(start, end),)))
    return out


def _project_for(projects: list[Entity], at: int) -> str | None:
    before = [p for p in projects if p.spans[0].start < at]
    if before:
        return max(before, key=lambda p: p.spans[0].start).name
    return min(projects, key=lambda p: p.spans[0].start).name if projects else None


def _digits(phone: re.Match[str]) -> str:
    return re.sub(r"\s+", "", phone.group("phone")).replace("－", "-").replace("—", "-")
