"""Relations stated in prose, read from recognised spans sentence by sentence.

- roles: `ORG POSITION[、ORG POSITION] PERSON [TITLE]` -> WORKS_AT (position, title), LEADS (role);
  a bare `中心主任…` refers to the last organization named with that ending;
- collaborations: `由A牵头，联合B、C`, `A与B…合作` -> COLLABORATES_WITH, and UNIT_OF a project
  the sentence names;
- projects: `YYYY年<programme>“<name>”`, `主持的<name>项目` (LEADS, role 主持),
  `<ORG>YYYY年<name>项目资助` (FUNDED_BY); journals: `杂志《name》`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.schema import Label, RelType
from ingest.model import Entity, Relation, Span
from ingest.nlp.lexicon import load_lexicon

_JOIN = re.compile(r"[、，,\s\u3000]*")
_BARE = ("中心", "医院", "学院", "大学", "实验室", "研究所", "研究院", "公司", "集团")
_LEAD = re.compile(r"牵头|领衔")
_PARTNER = re.compile(r"联合|携手|与|和|同")
_COLLAB = re.compile(r"合作|联合|携手|协同|共建|共同")
_IN_QUOTES = re.compile(
    r"(?P<year>(?:19|20)\d{2})年(?:度)?(?P<prog>[^，。；、“”\s]{2,30}?(?:项目|计划|专项))“(?P<name>[^”]{2,40})”")
_LED = re.compile(r"主持(?:的|了)?(?P<name>[^，。；、《》\s]{2,60}?(?:重大项目|重点项目|项目|课题|专项))")
_FUNDED = re.compile(r"(?P<year>(?:19|20)\d{2})年(?:度)?(?P<name>[^，。；、“”\s]{2,40}?项目)(?:资助|支持)")
_JOURNAL = re.compile(r"(?:杂志|期刊|学报)《(?P<name>[^》]{2,40})》")


@dataclass
class Mention:
    label: str
    start: int
    end: int
    text: str
    kind: str | None = None
    parts: tuple[int, ...] = ()
    ref: str = ""  # entity name after folding (organizations)

    def __post_init__(self) -> None:
        self.ref = self.ref or self.text


def relations_in(
    text: str, mentions: list[Mention], sentences: list[tuple[int, int]],
) -> tuple[list[Entity], list[Relation]]:
    entities: list[Entity] = []
    relations: list[Relation] = []
    for start, end in sentences:
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        earlier = [m for m in mentions if m.end <= start or (m.end <= end and m.label == "ORG")]
        span = Span(start, end)
        relations += _roles(text, inside, earlier, span)
        projects = _projects(text, start, end, inside, mentions, entities, relations)
        relations += _collaborations(text, inside, earlier, projects, span)
        for m in _JOURNAL.finditer(text, start, end):
            entities.append(Entity(type=Label.JOURNAL, name=m.group("name"), spans=(Span(*m.span("name")),)))
    return entities, relations


def _roles(text: str, inside: list[Mention], earlier: list[Mention], span: Span) -> list[Relation]:
    lex = load_lexicon()
    out: list[Relation] = []
    for i, person in enumerate(inside):
        if person.label != "PERSON":
            continue
        title = None
        if i + 1 < len(inside) and inside[i + 1].label == "TITLE" and inside[i + 1].start == person.end:
            title = inside[i + 1].text
        for org, first, last in _chain(text, inside[:i], person.start, earlier):
            position = text[first.start:last.end]
            out.append(Relation(type=RelType.WORKS_AT, source=person.text, target=org, position=position,
                                title=title, spans=(span,)))
            heads = [w for w in re.split(r"[、，,]", position) if w in lex.head_positions]
            if heads:
                out.append(Relation(type=RelType.LEADS, source=person.text, target=org, role=heads[0], spans=(span,)))
    return out


def _chain(text: str, before: list[Mention], end: int, earlier: list[Mention]) -> list[tuple[str, Mention, Mention]]:
    """(organization, first position, last position) groups written right before a name."""
    groups: list[tuple[str, Mention, Mention]] = []
    j = len(before) - 1
    while j >= 0 and before[j].label == "POSITION" and _adjacent(text, before[j], end):
        last = before[j]
        while j > 0 and before[j - 1].label == "POSITION" and _JOIN.fullmatch(text[before[j - 1].end:before[j].start]):
            j -= 1
        first = before[j]
        org_end = first.start
        if j > 0 and before[j - 1].label == "ORG" and before[j - 1].end == org_end:
            groups.append((before[j - 1].ref, first, last))
            end, j = before[j - 1].start, j - 2
            continue
        bare = _bare_org(text, org_end, earlier)
        if bare:
            groups.append((bare, first, last))
        break
    return groups


def _adjacent(text: str, position: Mention, end: int) -> bool:
    gap = text[position.end:end]
    return bool(_JOIN.fullmatch(gap)) or gap == position.text[-1]  # a doubled character: 院长长|李某


def _bare_org(text: str, end: int, earlier: list[Mention]) -> str | None:
    """`中心` written alone before a position: the last organization named with that ending."""
    for word in _BARE:
        start = end - len(word)
        if text[start:end] == word and (start == 0 or not re.match(r"[\u3400-\u9fff]", text[start - 1])):
            for m in reversed(earlier):
                if m.label == "ORG" and m.end <= start and m.ref.endswith(word):
                    return m.ref
    return None


def _projects(
    text: str, start: int, end: int, inside: list[Mention], mentions: list[Mention],
    entities: list[Entity], relations: list[Relation],
) -> list[str]:
    names: list[str] = []
    span = Span(start, end)
    for m in _IN_QUOTES.finditer(text, start, end):
        name, prog, year = m.group("name"), m.group("prog"), int(m.group("year"))
        entities.append(_project(name, "research_project", year, Span(*m.span("name"))))
        entities.append(_project(prog, "programme", None, Span(*m.span("prog"))))
        relations.append(Relation(type=RelType.PART_OF, source=name, target=prog, spans=(span,)))
        names.append(name)
    for m in _LED.finditer(text, start, end):
        name = m.group("name")
        entities.append(_project(name, "research_project", None, Span(*m.span("name"))))
        leader = next((p for p in reversed(mentions) if p.label == "PERSON" and p.end <= m.start()), None)
        if leader and leader.end >= start - 200:
            relations.append(Relation(type=RelType.LEADS, source=leader.text, target=name, role="主持", spans=(span,)))
    for org in (o for o in inside if o.label == "ORG"):
        m = _FUNDED.match(text, org.end, end)
        if m:
            name = m.group("name")
            entities.append(_project(name, "programme", int(m.group("year")), Span(*m.span("name"))))
            relations.append(Relation(type=RelType.FUNDED_BY, source=name, target=org.ref, spans=(span,)))
    return names


def _project(name: str, kind: str, year: int | None, span: Span) -> Entity:
    return Entity(type=Label.PROJECT, name=name, kind=kind, year=year, spans=(span,))


def _collaborations(
    text: str, inside: list[Mention], earlier: list[Mention], projects: list[str], span: Span,
) -> list[Relation]:
    sentence = text[span.start:span.end]
    if not _COLLAB.search(sentence) and not _LEAD.search(sentence):
        return []
    orgs = [m for m in inside if m.label == "ORG"]
    lead = next((o for o in orgs if _LEAD.match(text, o.end)), None)
    partners = [o.ref for o in orgs if o is not lead]
    if lead is None:
        bare = re.search(r"(?:^|[，。、\s])(" + "|".join(_BARE) + r")(?=与|和|同|携手|联合)", sentence)
        lead_ref = _bare_org(text, span.start + bare.end(1), earlier) if bare else None
        if lead_ref is None and orgs and _PARTNER.match(text, orgs[0].end):
            lead_ref, partners = orgs[0].ref, partners[1:]
    else:
        lead_ref = lead.ref
    if lead_ref is None or not partners:
        return []
    out = [Relation(type=RelType.COLLABORATES_WITH, source=lead_ref, target=p, spans=(span,))
           for p in dict.fromkeys(partners) if p != lead_ref]
    for project in projects:
        out += [Relation(type=RelType.UNIT_OF, source=o, target=project, spans=(span,))
                for o in dict.fromkeys([lead_ref, *partners])]
    return out
