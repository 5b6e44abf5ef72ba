"""Relations stated in prose, read from recognised spans sentence by sentence.

- roles: `ORG POSITION|TITLE[、ORG POSITION] PERSON [TITLE]` and `ORG PERSON TITLE` -> WORKS_AT (position,
  title), LEADS (role); a bare `中心主任…` refers to the last organization named with that ending; a unit the
  recogniser left out or cut short, or a clause broken by a line break, is read from the characters;
- bylines: a paper's reporters (`某日报记者 张三`, `本报讯（记者 张三）` under the paper's masthead) -> WORKS_AT
  the paper's press;
- collaborations: `由A牵头，联合B、C`, `A与B…合作` -> COLLABORATES_WITH, and UNIT_OF a project
  the sentence names;
- projects: `YYYY年<programme>“<name>”`, `主持的<name>项目` (LEADS, role 主持),
  `<ORG>YYYY年<name>项目资助` (FUNDED_BY); journals: `杂志《name》`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from graph.schema import Label, RelType
from ingest.model import Entity, Relation, Span
from ingest.nlp.lexicon import kind_of, load_lexicon

_JOIN = re.compile(r"[、，,\s\u3000]*")
_ROLE_LABELS = ("POSITION", "TITLE")
_CJK = re.compile(r"[\u3400-\u9fff]")
_MAX_UNIT = 24
_CLAUSE_START = frozenset("“”\"，。；：、！？（）()【】 \t\n\u3000")  # or the text's start
# short forms prose gives units: 安岭大 (安岭大学), 安岭医大, 安岭大附一院, 景和二院, 鼎新医疗, 某医科院, 某所
_SHORT_ENDING = re.compile(r"(?:大|[一二三四五六七八九十]院|医疗|科院|所)$")
_SHORT_KINDS = {"大": "university", "医疗": "company", "科院": "research_institute", "所": "research_institute"}
_NOT_UNIT_START = frozenset("在由据经从与和对向把被为于及是将让请给这那其该本我你他她")
_PAPER = r"(?P<paper>[\u4e00-\u9fff]{2,8}?(?:日报|晚报|晨报|商报|都市报|时报|青年报|法治报|科技报))(?P<press>社)?"
_BYLINE = re.compile(rf"(?:(?:^|(?<=[\s（(【])){_PAPER}|本报讯?[（(]?[ \t\u3000]*)(?:全媒体|融媒体|全媒)?记者", re.M)
_MASTHEAD = re.compile(rf"^[ \t\u3000]*{_PAPER}[ \t\u3000]+\d{{4}}年", re.M)  # 某日报 2025年3月5日 第3版
_HEADER_REACH = 200
_OTHER_LABEL = re.compile(r"通讯员|实习生|摄影|编辑|校对|[）)]")
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
        relations += _roles(text, inside, earlier, span, entities)
        projects = _projects(text, start, end, inside, mentions, entities, relations)
        relations += _collaborations(text, inside, earlier, projects, span)
        for m in _JOURNAL.finditer(text, start, end):
            entities.append(Entity(type=Label.JOURNAL, name=m.group("name"), spans=(Span(*m.span("name")),)))
    relations += _reporters(text, mentions, entities)
    return entities, relations


def _reporters(text: str, mentions: list[Mention], entities: list[Entity]) -> list[Relation]:
    """A byline's reporters work at the paper's press (某日报社): the paper the byline names (`某日报记者 张三
    李四`), or for `本报` (this paper) the one the page's header names (`某日报 2025年3月5日 第3版`). A
    correspondent (通讯员) usually works for the unit reported on, so is left alone."""
    out: list[Relation] = []
    masthead = _MASTHEAD.search(text, 0, _HEADER_REACH)
    for m in _BYLINE.finditer(text):
        paper, press = (m.group("paper"), m.group("press")) if m.group("paper") else (
            (masthead.group("paper"), masthead.group("press")) if masthead else (None, None))
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        other = _OTHER_LABEL.search(text, m.end(), line_end)
        stop = other.start() if other else line_end
        names = [p for p in mentions if p.label == "PERSON" and m.end() <= p.start and p.end <= stop]
        if not paper or not names:
            continue
        where = masthead if not m.group("paper") and masthead else m
        entities.append(Entity(type=Label.ORGANIZATION, name=paper + "社", kind=kind_of(paper + "社"),
                               aliases=() if press else (paper,), spans=(Span(*where.span("paper")),)))
        line = Span(m.start(), line_end)
        out += [Relation(type=RelType.WORKS_AT, source=p.text, target=paper + "社", position="记者", spans=(line,))
                for p in names]
    return out


def _roles(text: str, inside: list[Mention], earlier: list[Mention], span: Span,
           entities: list[Entity]) -> list[Relation]:
    lex = load_lexicon()
    out: list[Relation] = []
    for i, person in enumerate(inside):
        if person.label != "PERSON":
            continue
        after = None
        if i + 1 < len(inside) and inside[i + 1].label == "TITLE" and inside[i + 1].start == person.end:
            after = inside[i + 1].text
        groups = [(org, _role_text(text, roles, "POSITION"), _role_text(text, roles, "TITLE"))
                  for org, roles in _chain(text, inside[:i], person.start, earlier, entities)]
        clause_start = _clause_start(text, person.start)
        if not groups or (clause_start >= 0 and "\n" in text[clause_start:person.start]):
            groups = _clause(text, person.start, inside[:i], entities, titled=after is not None) or groups
        for org, position, title in groups:
            out.append(Relation(type=RelType.WORKS_AT, source=person.text, target=org, position=position,
                                title=title or after, spans=(span,)))
            heads = [w for w in re.split(r"[、，,]", position or "") if w in lex.head_positions]
            if heads:
                out.append(Relation(type=RelType.LEADS, source=person.text, target=org, role=heads[0], spans=(span,)))
    return out


def _role_text(text: str, roles: list[Mention], label: str) -> str | None:
    if label == "POSITION":  # as written: 党委常委、副校长
        positions = [r for r in roles if r.label == label]
        return text[positions[0].start:positions[-1].end] if positions else None
    return "、".join(r.text for r in roles if r.label == label) or None


def _clause_start(text: str, end: int) -> int:
    """Where the clause of words and line breaks ending at `end` starts: after punctuation, or at a line's or
    the text's start when no line break is crossed (a headline above is no part of it). -1: none in reach."""
    at, kept, crossed = end, 0, False
    while at > 0 and kept <= _MAX_UNIT + 8:
        c = text[at - 1]
        if _CJK.match(c) or c == "、":
            kept += 1
        elif c == "\n":
            crossed = True
        elif not c.isspace():
            break
        at -= 1
    if at == 0:
        return -1 if crossed else 0
    return at if text[at - 1] in _CLAUSE_START else -1


def _clause(text: str, end: int, before: list[Mention], entities: list[Entity],
            titled: bool) -> list[tuple[str, str | None, str | None]]:
    """(unit, position, title) groups from the clause `<unit><positions>、<unit><positions>` right before a
    name, read from the characters when the recogniser could not: a line break inside it (`”湖北医科院主⏎⏎任
    医师李某说`), or a unit it left out glued to a titled name (`”某大附二院李某教授说`)."""
    start = _clause_start(text, end)
    if start < 0 or any(start < m.end and m.start < end for m in before if m.label not in ("ORG", *_ROLE_LABELS)):
        return []
    at = [k for k in range(start, end) if _CJK.match(text[k]) or text[k] == "、"]
    chars = "".join(text[k] for k in at)
    lex = load_lexicon()
    groups: list[tuple[str, str | None, str | None]] = []
    positions: list[str] = []
    titles: list[str] = []
    right = len(chars)
    for piece in reversed(list(re.finditer(r"[^、]+", chars))):  # right to left: 甲大学党委常委、副校长
        rest = piece.group()
        while word := next((w for w in _roles_longest_first() if rest.endswith(w)), None):
            (titles if word in lex.titles else positions).insert(0, word)
            rest = rest[:-len(word)]
        if not groups and not (positions or titles or titled) or piece.end() != right:
            return groups
        right = piece.start() - 1
        if not rest:
            continue
        if not _is_unit_name(rest):
            return groups
        entities.append(Entity(type=Label.ORGANIZATION, name=rest, kind=_unit_kind(rest),
                               spans=(Span(at[piece.start()], at[piece.start() + len(rest) - 1] + 1),)))
        groups.append((rest, "、".join(positions) or None, "、".join(titles) or None))
        positions, titles = [], []
    return groups


@cache
def _roles_longest_first() -> tuple[str, ...]:
    lex = load_lexicon()
    return tuple(sorted(lex.positions | lex.titles, key=len, reverse=True))


def _chain(text: str, before: list[Mention], end: int, earlier: list[Mention],
           entities: list[Entity]) -> list[tuple[str, list[Mention]]]:
    """(organization, its positions and titles) groups written right before a name: `甲大学党委常委、副校长，
    乙医院院长李某`, `甲医院主任医师李某`, or the organization alone, glued to the name (`甲医院李某`)."""
    groups: list[tuple[str, list[Mention]]] = []
    j = len(before) - 1
    if j >= 0 and before[j].label == "ORG" and before[j].end == end:
        return [(before[j].ref, [])]
    while j >= 0 and before[j].label in _ROLE_LABELS and _adjacent(text, before[j], end):
        last = j
        while j > 0 and before[j - 1].label in _ROLE_LABELS and _JOIN.fullmatch(text[before[j - 1].end:before[j].start]):
            j -= 1
        roles, org_end = before[j:last + 1], before[j].start
        recognised = before[j - 1] if j > 0 and before[j - 1].label == "ORG" and before[j - 1].end == org_end else None
        bare = None if recognised else _bare_org(text, org_end, earlier)
        if bare:
            groups.append((bare, roles))
            break
        written = _written_unit(text, org_end, before[:j], entities, recognised)
        if recognised is None and written is None:
            break
        groups.append((written.name, roles) if written else (recognised.ref, roles))  # type: ignore[union-attr]
        end = written.spans[0].start if written else recognised.start  # type: ignore[union-attr]
        while j >= 0 and before[j].start >= end:  # the mentions inside the unit (安岭医大 of 安岭医大一院)
            j -= 1
    return groups


def _adjacent(text: str, position: Mention, end: int) -> bool:
    gap = text[position.end:end]
    return bool(_JOIN.fullmatch(gap)) or gap == position.text[-1]  # a doubled character: 院长长|李某


def _written_unit(text: str, end: int, before: list[Mention], entities: list[Entity],
                  recognised: Mention | None = None) -> Entity | None:
    """A unit written from a clause's start up to a role, where the recogniser left it out (`”安岭大副校长李某说`)
    or cut it short (`，景和|第二医院院长李某`, `、南川感染与|免疫重点实验室主任李某`): a name with an organization
    ending or a short one (X大, 二院, 医疗) that holds no other mention. None when the recognised one is whole."""
    start = end
    while start > 0 and end - start < _MAX_UNIT and _CJK.match(text[start - 1]):
        start -= 1
    if start == end or (start > 0 and text[start - 1] not in _CLAUSE_START):
        return None
    if recognised is not None and start >= recognised.start:
        return None
    name = text[start:end]
    if any(start < m.end and m.start < end for m in before if m.label != "ORG") or not _is_unit_name(name):
        return None
    unit = Entity(type=Label.ORGANIZATION, name=name, kind=_unit_kind(name), spans=(Span(start, end),))
    entities.append(unit)
    return unit


def _is_unit_name(name: str) -> bool:
    if len(name) < 3 or name[0] in _NOT_UNIT_START:
        return False
    return kind_of(name) != "other" or _SHORT_ENDING.search(name) is not None


def _unit_kind(name: str) -> str:
    kind = kind_of(name)
    short = _SHORT_ENDING.search(name)
    if kind != "other" or short is None:
        return kind
    return _SHORT_KINDS.get(short.group(), "hospital")  # 二院: a numbered hospital


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
        funded = _FUNDED.match(text, org.end, end)
        if funded:
            name = funded.group("name")
            entities.append(_project(name, "programme", int(funded.group("year")), Span(*funded.span("name"))))
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
