"""Who an awarded project belongs to, in phrasings the completer sentences (ingest.nlp.awards) do not cover:

- `以<unit>[（department）](作为|为)第N完成单位(参与)?的项目《<project>》，获二等奖`: the project (with its award),
  UNIT_OF with rank N; `由<unit>提名|推荐` earlier in the sentence: NOMINATED_BY;
- `<unit>提名|推荐的“<project>”项目` (or `…的项目《<project>》`): the project nominated, NOMINATED_BY the unit;
- `<unit><person>[title]团队(的)?(研究)?(项目|成果|专利)“<project>”`: MEMBER_OF for the person, UNIT_OF for the
  institution of the unit (the outermost of a compound name), and the award the sentence gives it
  (`…，分别荣获A奖和B奖`: in order);
- `甲副院长团队荣获某奖一等奖，某医院为唯一(第一)完成单位` with the team's project named in another sentence
  (`甲副院长团队的“某某”项目…`): the unit is the project's, at that rank.
"""

from __future__ import annotations

import re

from graph.schema import Label, RelType
from ingest.model import Entity, Relation, Span
from ingest.nlp.awards import numeral, year_before
from ingest.nlp.mentions import Mention, Mentions

_NAMED = r"[《“](?P<name>[^《》“”\n]{4,120})[》”]"
_AS_UNIT = re.compile(rf"\s*(?:[（(][^（()）\n]{{1,20}}[）)])?\s*(?:作为|为|是)第(?P<rank>[一二三四五六七八九十]+)"
                      rf"(?:完成|承担|参与)单位(?:参与|完成|申报)?的?(?:项目|成果)?\s*{_NAMED}")
_AS_BEFORE = re.compile(r"以\s*$")
_NOMINATED = re.compile(r"由\s*$")
_NOMINATES = re.compile(r"\s*(?:提名|推荐)")
_NOMINATED_ITEM = re.compile(rf"\s*(?:提名|推荐)的\s*(?P<before>项目|成果)?\s*{_NAMED}")
_ITEM_AFTER = re.compile(r"\s*(?:项目|成果)")
_TEAM = re.compile(rf"\s*(?:团队|课题组|研究组)的?(?:研究)?(?:项目|成果|专利)\s*{_NAMED}")
_TAIL = re.compile(r"\s*[，,]?\s*(?:荣获|获得|获)\s*(?P<award>[^，。；,;]{0,30}?(?:[一二三四五特]等奖|金奖|银奖|铜奖|优秀奖))")
_PUBLISHING = re.compile(r"发表|刊发|刊登|刊出|在线发布|录用|接收")


def _published(text: str, start: int, end: int, team: re.Match[str]) -> bool:
    """`《某刊》在线发表了甲教授团队研究成果“<title>”`: the team's work published, a paper (ingest.nlp.papers), where the
    sentence gives it no award."""
    return _PUBLISHING.search(text, start, team.end()) is not None and "奖" not in text[start:end]


_EACH = re.compile(r"分别(?:荣获|获得|获)(?P<awards>[^，。；;]{4,120})")


def award_parties(text: str, mentions: Mentions, start: int, end: int,
                  entities: list[Entity], relations: list[Relation]) -> list[str]:
    """Projects of the sentence [start, end) with their units, completers and nominators; returns their names."""
    inside = mentions.within(start, end)
    span = Span(start, end)
    names: list[str] = []
    for org in (m for m in inside if m.label == "ORG" and _AS_BEFORE.search(text, start, m.start)):
        m = _AS_UNIT.match(text, org.end, end)
        if m is None:
            continue
        name = m.group("name")
        entities.append(_project(name, _award(text, m.end(), end), m))
        relations.append(Relation(type=RelType.UNIT_OF, source=org.ref, target=name, rank=numeral(m.group("rank")),
                                  spans=(span,)))
        nominator = _nominator(text, inside, start, org.start)
        if nominator is not None:
            relations.append(Relation(type=RelType.NOMINATED_BY, source=name, target=nominator, spans=(span,)))
        names.append(name)
    for org in (m for m in inside if m.label == "ORG"):
        m = _NOMINATED_ITEM.match(text, org.end, end)
        if m is None or not (m.group("before") or _ITEM_AFTER.match(text, m.end(), end)):
            continue  # 某单位提名的“某某”项目, 某单位推荐的项目《某某》: an item nominated for an award
        name = m.group("name")
        entities.append(Entity(type=Label.PROJECT, name=name, kind="award_nomination", spans=(Span(*m.span("name")),)))
        relations.append(Relation(type=RelType.NOMINATED_BY, source=name, target=org.ref, spans=(span,)))
        names.append(name)
    teams = [(p, m) for p in inside if p.label == "PERSON" and (m := _TEAM.match(text, _after_titles(inside, p), end))
             and not _published(text, start, end, m)]
    each = _each(text, start, end, len(teams))
    for k, (person, m) in enumerate(teams):
        name = m.group("name")
        entities.append(_project(name, each[k] if each else _award(text, m.end(), end), m))
        relations.append(Relation(type=RelType.MEMBER_OF, source=person.text, target=name, spans=(span,)))
        unit = _team_institution(text, inside, person)
        if unit is not None:
            relations.append(Relation(type=RelType.UNIT_OF, source=unit, target=name, spans=(span,)))
        names.append(name)
    return names


def _team_institution(text: str, inside: list[Mention], person: Mention) -> str | None:
    """The institution of the unit written before a team's leader in the same clause (某大学附属医院某科主任
    某某教授团队 -> 某大学): the outermost unit of a compound name."""
    clause = max(text.rfind(c, 0, person.start) for c in "，,；;。") + 1
    orgs = [m for m in inside if m.label == "ORG" and clause <= m.start and m.end <= person.start]
    if not orgs:
        return None
    org = orgs[0]
    return org.text[:org.parts[0]] if org.parts else org.ref


def _after_titles(inside: list[Mention], person: Mention) -> int:
    end = person.end
    for m in inside:
        if m.start == end and m.label == "TITLE":
            end = m.end
    return end


def _nominator(text: str, inside: list[Mention], start: int, at: int) -> str | None:
    for org in (m for m in reversed(inside) if m.label == "ORG" and m.end <= at):
        if _NOMINATED.search(text, start, org.start) and _NOMINATES.match(text, org.end):
            return org.ref
    return None


def _award(text: str, at: int, end: int) -> str | None:
    m = _TAIL.match(text, at, end)
    return m.group("award") if m else None


def _each(text: str, start: int, end: int, projects: int) -> list[str]:
    m = _EACH.search(text, start, end)
    if m is None:
        return []
    awards = [a for a in re.split(r"以及|和|及|与|、", m.group("awards")) if a.endswith("奖")]
    if len(awards) == 1 and projects > 1:
        return awards * projects  # 分别荣获某奖二等奖: the same award for each
    return awards if len(awards) == projects else []


def _project(name: str, award: str | None, m: re.Match[str]) -> Entity:
    year = year_before(m.string, m.start()) if award else None
    return Entity(type=Label.PROJECT, name=name, kind="research_project", award=award, year=year,
                  spans=(Span(*m.span("name")),))


_UNIT_OF_TEAM = re.compile(r"(?:团队|课题组)[^。；;]{0,60}?[，,]\s*$")
_COMPLETING = re.compile(r"\s*(?:为|是|作为)(?:唯一|第(?P<rank>[一二三四五六七八九十]+)|主要)?完成单位")


def team_units(text: str, mentions: Mentions, sentences: list[tuple[int, int]], entities: list[Entity],
               relations: list[Relation]) -> list[Relation]:
    """`甲团队荣获某奖，某医院为第一完成单位`, the team's project named elsewhere (甲 a member of exactly one): the unit
    completes that project, at the rank written (唯一: the first)."""
    projects_named = {e.name for e in entities if e.type is Label.PROJECT and e.kind != "programme"}
    out: list[Relation] = []
    for start, end in sentences:
        inside = mentions.within(start, end)
        for org in (m for m in inside if m.label == "ORG"):
            completing = _COMPLETING.match(text, org.end, end)
            team = _UNIT_OF_TEAM.search(text, start, org.start) if completing else None
            leader = next((p for p in reversed(inside) if p.label == "PERSON" and p.end <= team.start()), None) \
                if team else None
            if leader is None or completing is None:
                continue
            projects = {r.target for r in relations if r.source == leader.text and r.target in projects_named
                        and r.type in (RelType.MEMBER_OF, RelType.LEADS)}
            if len(projects) == 1:
                rank = numeral(completing.group("rank")) if completing.group("rank") else 1
                out.append(Relation(type=RelType.UNIT_OF, source=org.ref, target=projects.pop(), rank=rank,
                                    spans=(Span(start, end),)))
    return out
