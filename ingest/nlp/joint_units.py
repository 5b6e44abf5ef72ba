"""Units two or more institutions open together: `由A与B共建的“某联合实验室”`, `A和B联合成立某研究中心`,
`依托A建设的某重点实验室`.

The unit is an organization (named in quotes or not: `联合` inside its name stops the recogniser, so the
name is read from the characters up to an organization ending); it is PART_OF each builder, and the
builders collaborate (COLLABORATES_WITH, read by ingest.nlp.relations from the list of builders).
A unit built `依托` one institution is PART_OF that one, as is one listed with its host in brackets after it
(`某工程研究中心（依托单位：某公司）`).
"""

from __future__ import annotations

import re

from graph.schema import Label, RelType
from ingest.model import Entity, Relation, Span
from ingest.nlp.lexicon import kind_of, load_lexicon
from ingest.nlp.mentions import Mention, Mentions, listed_runs

_BUILT = re.compile(r"\s*(?:等)?(?:单位)?(?:共同|合作|联合|携手)?(?:共建|组建|成立|设立|创建|建设|筹建|揭牌成立)(?:了)?(?:的)?\s*")
_HOSTED = re.compile(r"依托\s*$")
_HOSTED_BUILT = re.compile(r"\s*(?:单位)?(?:建设|组建|建立|成立)(?:的)?\s*")
_QUOTED = re.compile(r"[“\"](?P<name>[^“”\"\n，。]{3,40})[”\"]")
_WRITTEN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,30}")
_CLAUSE_OPENING = frozenset("并经又再且而由")  # 并经, 并由: words that open a clause, not a name
_HOST_NAME = re.compile(_WRITTEN.pattern + r"(?:[（(][\u4e00-\u9fff]{2,6}[）)])?")  # (某大学（华东）)


def joint_units(text: str, mentions: Mentions, start: int, end: int,
                entities: list[Entity], relations: list[Relation]) -> None:
    orgs = [m for m in mentions.within(start, end) if m.label == "ORG"]
    span = Span(start, end)
    for run in listed_runs(text, orgs):
        hosted = len(run) == 1 and _HOSTED.search(text, max(start, run[0].start - 4), run[0].start) is not None
        built = (_HOSTED_BUILT if hosted else _BUILT).match(text, run[-1].end, end)
        if built is None or (len(run) < 2 and not hosted):
            continue
        unit = _unit(text, orgs, built.end(), end)
        if unit is None:
            continue
        name, at = unit
        entities.append(Entity(type=Label.ORGANIZATION, name=name, kind=kind_of(name), spans=(at,)))
        for builder in dict.fromkeys(o.ref for o in run):
            if builder != name:
                relations.append(Relation(type=RelType.PART_OF, source=name, target=builder, spans=(span,)))


_HOST_NOTE = re.compile(r"\s*[（(]\s*(?:依托单位|依托|承建单位|建设单位|依托单位为)\s*[：:]?\s*")


def hosted_units(text: str, mentions: Mentions, start: int, end: int) -> list[Relation]:
    """`某工程研究中心（依托单位：某公司）`: the unit PART_OF the host its bracket names, the host's name the bracket's
    whole (a label and its value are read as a field, not as prose: the host is read from the words)."""
    out = []
    for unit in (m for m in mentions.within(start, end) if m.label == "ORG"):
        note = _HOST_NOTE.match(text, unit.end)
        if note is None:
            continue
        close = _closing(text, note.end(), 40)
        if close >= 0 and any(c in text[note.end():close] for c in "（("):  # 某大学（华东）: a bracket inside the name
            close = _closing(text, close + 1, 20)
        if close < 0:
            continue
        host = text[note.end():close].strip()
        known = next((m.ref for m in mentions.within(note.end(), close) if m.label == "ORG" and m.text == host), None)
        if known is None and (not _HOST_NAME.fullmatch(host) or kind_of(host) == "other"):
            continue
        if (known or host) != unit.ref:
            out.append(Relation(type=RelType.PART_OF, source=unit.ref, target=known or host,
                                spans=(Span(unit.start, close + 1),)))
    return out


def _closing(text: str, at: int, reach: int) -> int:
    """Where the first closing bracket within `reach` characters of `at` stands; -1 if none."""
    return min((i for i in (text.find(c, at, at + reach) for c in "）)") if i >= 0), default=-1)


def _unit(text: str, orgs: list[Mention], at: int, end: int) -> tuple[str, Span] | None:
    """The unit written at `at`: a recognised organization, a quoted name with an organization ending, or the
    characters up to the longest organization ending."""
    recognised = next((o for o in orgs if o.start == at), None)
    if recognised is not None:
        return recognised.ref, Span(recognised.start, recognised.end)
    if any(0 < o.start - at <= 2 and all(c in _CLAUSE_OPENING for c in text[at:o.start]) for o in orgs):
        return None  # `共同设立并经某部批准`: the next clause, about another body
    quoted = _QUOTED.match(text, at, end)
    written = quoted.group("name") if quoted else (m.group() if (m := _WRITTEN.match(text, at, end)) else "")
    offset = quoted.start("name") if quoted else at
    endings = [s for s in load_lexicon().org_suffixes if s in written]
    if not endings:
        return None
    stop = max(written.rfind(s) + len(s) for s in endings)
    if quoted and stop != len(written):
        return None
    name = written[:stop]
    if len(name) <= max(len(s) for s in endings if name.endswith(s)) + 1:
        return None  # 实验室, 该中心: no name
    return name, Span(offset, offset + stop)
