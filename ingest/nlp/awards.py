"""Awarded achievements stated in running text.

- `<unit><person>等完成的“<project>”[等N项][成果|项目]<award>` and `<unit>完成的“<project>”…<award>`: the
  project (research_project, with its award and year), its first completer (MEMBER_OF rank 1, WORKS_AT the
  unit) and first completing unit (UNIT_OF rank 1);
- `由<person>、<person>和<unit>、<unit>共同完成的“<project>”…<award>`: the units in order, and the people the list
  names before them its completers (MEMBER_OF, no rank);
- `<unit>“<project>”项目获<award>` (a headline): the project and its unit;
- `授予“<project>”[等N项科技成果]<award>` (a government's decision): the project and its award;
- `<unit>的“<project>”[和“<project>”]…荣获<award>`: each project (with the first award the sentence gives after
  it) and its unit;
- `<person>作为<award>项目“<project>”的第一完成人`, `“<project>”…第二完成人<person>`: MEMBER_OF with the rank;
- `（第二完成人：<person><title>）` after a project: MEMBER_OF with the rank;
- `主要完成人还包括甲、乙、丙等` after a project: MEMBER_OF each (ranked where the list is the whole one:
  `完成人依次为甲、乙`), and `<unit>为第一完成单位`: UNIT_OF with the rank; `甲为第一完成单位，并与乙、丙等为主要
  完成单位共同完成的《…》项目获得…“某奖”二等奖`: the units in that order, the quoted award with its class;
- a line of a CV's awards, `2015年某省科技进步二等奖（排名第一，甲、乙、丙）：<project>`, also with the project
  first (`<project>，2015年…奖（甲、乙）`) or the note last (`2015年…奖：<project>（第2完成人）`): the project
  with its award and year, and each completer the note lists, MEMBER_OF with the rank the list gives; also
  `2014年，<project>，牵头获2014某省科学技术奖二等奖` (the award's 年 may go);
- `<unit><title><person>等人完成的《<project>》[、…]拟推荐<award>`: each work a project with the award the sentence
  puts it up for, its first member (MEMBER_OF rank 1) and the unit before them (UNIT_OF);
- `授予<unit><person><title>“<project>”、…N个项目特等奖` (a decision listing works by the people who did them): each
  work a project, the person its first member, the unit before them its unit.

A paper's award (`论文《…》获得优秀论文奖`) makes no project: the work is a paper (ingest.nlp.papers).

The year is the one the award is written with (`2019年某省科技进步二等奖`), else the last `YYYY年度` the text
named before it (`获2004年度…奖励的人员和单位…授予…`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from graph.schema import Label, RelType
from ingest.kit.text import LIST_MARK
from ingest.model import Entity, Relation, Span
from ingest.nlp.lexicon import kind_of, load_lexicon
from ingest.nlp.mentions import ITEM_JOIN, Mention, Mentions, listed_runs
from ingest.tables.cells import LIST_SEPARATORS, PersonValue, Piece, people_in, piece, split_list

_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}
WON = r"(?:(?:荣获|获得|获颁|获)了?)"  # the verbs of winning an award, the longest first (获得了)
_PROJECT = r"(?:“(?P<name>[^“”\n]{4,120})”|《(?P<booked>[^《》\n]{4,120})》)"  # (「」 are read as “” in Simplified)
_COMPLETING = "完成|主研|研究|承担|研发|研制|主编|参编|编著|编写"
_COMPLETED = re.compile(rf"(?P<lead>领衔|牵头|主持)?(?P<team>等人?)?(?:(?:共同|合作)?(?P<joined>参与)(?:共同|合作)?(?:{_COMPLETING})?|"
                        rf"(?:共同|合作|联合|协同)?(?:{_COMPLETING}))的{_PROJECT}")  # 某单位参与的“…”: one of its units
_EACH = re.compile(rf"(?:分别{WON}|分获|均获|均荣获|同获)(?P<awards>[^，。；;]{{4,120}})")
_CODE_AFTER = r"\s*[（(][A-Za-z0-9\-]{4,30}[）)]"  # 《…》(5102008YY025): the project's number
_AWARD_AHEAD = rf"(?=\s*{WON}[^，。；,;]{{0,30}}奖)"
# 某医院“…”项目获…奖, 《…》项目，荣获…奖, 《…》(编号)获…奖, 《…》获…奖: a title the award is given to
_COUNTED_MORE = r"等\s*(?:\d+|[一二三四五六七八九十百]+)\s*(?:个|项)\s*(?:项目|成果)"  # “…”等9个项目获…奖
_GLUED = re.compile(rf"{_PROJECT}(?:(?:项目|成果)(?:{_CODE_AFTER})?[ \t]*[，,]?|{_CODE_AFTER}|{_COUNTED_MORE}){_AWARD_AHEAD}|《(?P<alone>[^《》\n]{{4,120}})》{_AWARD_AHEAD}")
# “…”获…奖 with nothing between: a title where the sentence speaks of achievements (ingest.nlp.awards._about_achievements)
_BARE = re.compile(rf"{_PROJECT}{_AWARD_AHEAD}")
# a decision's grant: 授予“…”等2项科技成果科技进步奖一等奖 (a team's or a person's award is no project's)
_GRANTED = re.compile(rf"授予\s*{_PROJECT}(?=\s*(?:等\s*(?:\d+|[一二三四五六七八九十百]+)\s*(?:个|项)\s*"
                      r"[\u4e00-\u9fff]{0,4}(?:成果|项目))?\s*[\u4e00-\u9fff“”]{2,30}?(?:[一二三四五特]等奖|奖))")
_NO_WORK = ("团队", "集体", "个人", "单位")
# a team's work the award is given for: 凭“…”研究获得…奖 (凭借, 凭藉); the team: 由甲、乙及丙组成的(研究)团队
_BY_WORK = re.compile(rf"(?:凭借|凭藉|凭|藉|以)\s*{_PROJECT}\s*(?:研究|项目|成果)?{_AWARD_AHEAD}")
_LED_TEAM = re.compile(r"(?:研究|科研)?(?:团队|课题组)\s*$")  # 甲主任团队|以“…”: the team its leader names
_ROLES_ONLY = re.compile(r"[\u4e00-\u9fff]{0,6}")  # the posts and titles between the leader's name and 团队
_TEAM_OF = re.compile(r"由(?P<list>[^，。；;]{2,80}?)(?:共同)?组成的(?:研究|科研)?(?:团队|小组|课题组)")
_FIRST = re.compile(rf"(?:19|20)\d{{2}}年度?[^，。；,;“”]{{2,30}}?奖(?:项目|成果)?{_PROJECT}的第(?P<rank>[一二三四五六七八九十]+)完成人")
_RANKED = re.compile(r"[（(]\s*第(?P<rank>[一二三四五六七八九十]+)完成人\s*[：:]\s*(?P<who>[\u4e00-\u9fff·.]{2,12})\s*[）)]")
_AWARD_TAIL = re.compile(
    rf"\s*(?:等\s*(?:\d+|[一二三四五六七八九十百]+)\s*(?:个|项))?\s*(?:[\u4e00-\u9fff]{{0,4}}(?:成果|项目))?\s*(?:同时|均|也|一举|共同)?{WON}?\s*(?:为\s*)?"
    r"(?:[\u4e00-\u9fff]{2,20}?(?=“[^“”]{2,30}奖”))?"  # 获得中国某协会“某某奖”一等奖: the body that gives it, then its name
    r"(?P<award>(?:(?P<year>(?:19|20)\d{2})年度?)?“?(?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff、]{1,12}[）)]){2,30}?"
    r"(?:[一二三四五特]等奖|最高奖|奖)"
    r"(?:”(?:[一二三四五特]等奖)?)?)")  # the award's name may be quoted, its class after: “某某奖”二等奖
_ACHIEVEMENTS = re.compile(r"成果|项目|课题")  # a sentence about achievements, where a unit's title in quotes is one
# an award for research, which only a work wins (“…”获得国家自然科学二等奖)
_RESEARCH_AWARD = re.compile(rf"\s*{WON}[^，。；,;“”]{{0,20}}?(?:自然科学|科学技术|科技进步|技术发明|科技)[^，。；,;“”]{{0,10}}?奖")
_SHORTEST_TITLE = 6  # a research title, not a slogan (“双一流”)
_POSSESSED = re.compile(rf"(?P<verb>(?:共同)?(?:牵头|领衔|主持)?(?:完成|承担)?)(?P<of>的)?{_PROJECT}")  # 某单位(牵头)的“…”
# works the clause counts after their titles (`某大学的“甲”、某研究所“乙”等15个项目参评`), or one called a project
_WORKS_COUNTED = re.compile(r"^\s*(?:项目|成果)|等\s*[\d一二三四五六七八九十百]+\s*[个项]\s*(?:项目|成果)")
_AND_TITLE = re.compile(rf"\s*(?:和|与|及|、)\s*{_PROJECT}")
# the award the sentence gives, its class kept where it has one (荣获技术发明奖一等奖, not 技术发明奖)
_AWARDED = re.compile(rf"{WON}\s*(?P<award>(?:(?:19|20)\d{{2}}年度?)?[^，。；;,“”]{{0,30}}?"
                      r"(?:[一二三四五特]等奖|最高奖|奖(?![一二三四五特]等)))")
_CLASSED = re.compile(r"[\u4e00-\u9fff]{0,30}?[一二三四五特]等奖")
_COMPARED = ("较", "比", "同比", "相比", "与")  # 较2016年度增长: a year compared with, not the awards'
_YEAR_OF_AWARDS = re.compile(r"(?P<year>(?:19|20)\d{2})年度")
_MAX_NAME = 4


@dataclass(frozen=True)
class _Award:
    name: str
    span: Span
    text: str | None
    year: int | None


def _title(m: re.Match[str]) -> tuple[str, Span]:
    """The project's title a match holds, in quotes or in book-title marks, and where it is written."""
    group = next(g for g in ("name", "booked", "alone") if g in m.groupdict() and m.group(g) is not None)
    return m.group(group), Span(*m.span(group))


def award_facts(text: str, mentions: Mentions, start: int, end: int,
                entities: list[Entity], relations: list[Relation]) -> list[str]:
    """Projects with awards in the sentence [start, end): appends their entities and relations; returns names."""
    names: list[str] = []
    span = Span(start, end)
    completed = list(_COMPLETED.finditer(text, start, end))
    each = _each_award(text, start, end, completed)
    listed = _listed_awards(text, completed, end)
    for m in completed:
        award = _Award(*_title(m), each[m.start()], year_before(text, m.end())) \
            if m.start() in each else _award(text, m, end) or listed.get(m.start())
        if award is None and (m.group("lead") or m.group("team")):  # 某教授领衔完成的“…”, 某所甲、乙等完成的《…》:
            award = _Award(*_title(m), None, None)  # a project, its award not said here
        if award is None:
            continue
        names.append(award.name)
        entities.append(_project(award))
        joined = m.group("joined") is not None  # 甲参与完成的“…”: one of its completers, not the first
        person = _completer(text, mentions, m.start())  # 甲等完成的, 甲教授研发的: the first (or the only) completer
        noted, noted_unit = _noted_completer(text, mentions, m.start()) if person is None and joined else (None, None)
        if noted is not None and noted_unit is not None:  # 甲院士(某大学)参与完成的: the person's unit in brackets
            person, units = noted, [noted_unit]
        else:
            units = [u for u in [_unit(text, mentions, person.start)] if u] if person else _units(text, mentions, m.start())
        listed_before = _listed_before(text, mentions, person, start) if person and m.group("team") else []
        if listed_before:  # 甲、乙等完成的: the list's first is the first completer
            person = listed_before[0]
            units = [u for u in [_unit(text, mentions, person.start)] if u]
            relations += [Relation(type=RelType.MEMBER_OF, source=p.text, target=award.name, rank=k, spans=(span,))
                          for k, p in enumerate(listed_before[1:], start=2)]
        if person:
            relations.append(Relation(type=RelType.MEMBER_OF, source=person.text, target=award.name,
                                      rank=None if joined else 1, spans=(span,)))
        if person and m.group("lead"):
            relations.append(Relation(type=RelType.LEADS, source=person.text, target=award.name, role=m.group("lead"),
                                      spans=(span,)))
        for rank, completing in enumerate(units, start=1):
            relations.append(Relation(type=RelType.UNIT_OF, source=completing.ref, target=award.name,
                                      rank=None if joined else rank, spans=(span,)))
        if person is None and units and (opened := text.rfind("由", start, units[0].start)) >= 0:
            for completer in (p for p in mentions.within(opened, units[0].start) if p.label == "PERSON"):
                relations.append(Relation(type=RelType.MEMBER_OF, source=completer.text, target=award.name,
                                          spans=(span,)))  # 由甲教授、乙副教授和丙医院共同完成的: its completers too
        if person and units:
            relations.append(Relation(type=RelType.WORKS_AT, source=person.text, target=units[0].ref, spans=(span,)))
    for m in _CLASS_TITLE_COMPLETERS.finditer(text, start, end):  # 自然科学奖一等奖某某研究完成人：甲、乙、丙
        award = _Award(m.group("name"), Span(*m.span("name")), m.group("award"), year_before(text, m.start()))
        people = [p for p in mentions.within(m.start("list"), m.end("list")) if p.label == "PERSON"]
        if len(people) < 2:
            continue
        names.append(award.name)
        entities.append(_project(award))
        relations += [Relation(type=RelType.MEMBER_OF, source=p.text, target=award.name, rank=k, spans=(span,))
                      for k, p in enumerate(people, start=1)]
    for m in _BY_WORK.finditer(text, start, end):  # 由甲、乙及丙组成的团队，凭“…”研究获得…奖; 甲主任团队以“…”荣获…奖
        award = _award(text, m, end)
        team = _TEAM_OF.search(text, start, m.start())
        led = _LED_TEAM.search(text, start, m.start())
        if award is None or team is None and led is None:
            continue
        names.append(award.name)
        entities.append(_project(award))
        if team is not None:
            people = [p for p in mentions.within(team.start("list"), team.end("list")) if p.label == "PERSON"]
            relations += [Relation(type=RelType.MEMBER_OF, source=p.text, target=award.name, rank=k, spans=(span,))
                          for k, p in enumerate(people, start=1)]
        elif led is not None and (leader := _team_leader(text, mentions, start, led.start())) is not None:
            relations.append(Relation(type=RelType.MEMBER_OF, source=leader.text, target=award.name, spans=(span,)))
    glued = list(_GLUED.finditer(text, start, end))
    granted = [m for m in _GRANTED.finditer(text, start, end) if not _title(m)[0].endswith(_NO_WORK)]
    glued += granted
    glued += [m for m in _BARE.finditer(text, start, end) if not any(g.start() == m.start() for g in glued)
              and len(_title(m)[0]) >= _SHORTEST_TITLE
              and (_about_achievements(text, start, m.start()) or _RESEARCH_AWARD.match(text, m.end()))]
    for m in glued:
        award = _award(text, m, end)
        if award is None:
            continue
        names.append(award.name)
        entities.append(_project(award))
        kind = _KIND_OF_WORK.search(text, max(start, m.start() - 8), m.start())  # 某学院研究项目“…”: the unit's
        unit = _unit(text, mentions, kind.start() if kind else m.start()) if m not in granted else None
        # (某学会授予: the body that grants it)
        if unit:
            relations.append(Relation(type=RelType.UNIT_OF, source=unit.ref, target=award.name, spans=(span,)))
    for org in (m for m in mentions.within(start, end) if m.label == "ORG"):
        titles = _possessed(text, org.end, end)
        counted = bool(titles) and _WORKS_COUNTED.search(text[titles[-1].end():_clause_end(text, titles[-1].end(), end)])
        if titles and not (titles[0].group("of") or titles[0].group("verb") or counted):
            continue  # 某大学“双一流”: a unit's quoted words, no work of its own unless the clause counts them
        awarded = _AWARDED.search(text, titles[-1].end(), end) if titles else None
        if awarded is None:
            line = max(start, text.rfind("\n", 0, org.start) + 1)
            # 两项成果…分别是某所的“甲”和某大学的“乙”, 由某大学牵头的《甲》、《乙》: a unit's achievement
            achievements = _ACHIEVEMENTS.search(text, line, org.start) is not None \
                or bool(titles and titles[0].group("verb")) or bool(counted)
            funder = bool(titles) and kind_of(org.ref) == "government" and not titles[0].group("verb")  # 某部《甲》项目: the ministry's
            for m in titles if achievements else []:
                name, at = _title(m)
                if len(name) >= _SHORTEST_TITLE:
                    names.append(name)
                    entities.append(_project(_Award(name, at, None, None)))
                    relations.append(Relation(type=RelType.FUNDED_BY, source=name, target=org.ref, spans=(span,)) if funder
                                     else Relation(type=RelType.UNIT_OF, source=org.ref, target=name, spans=(span,)))
            continue
        for m in titles:
            award = _award_written(text, awarded, m)
            names.append(award.name)
            entities.append(_project(award))
            relations.append(Relation(type=RelType.UNIT_OF, source=org.ref, target=award.name, spans=(span,)))
    for m in _FIRST.finditer(text, start, end):
        person = next((p for p in reversed(mentions.within(start, m.start())) if p.label == "PERSON"), None)
        year = int(m.group(0)[:4])
        name, at = _title(m)
        written = re.sub(r"^(?:19|20)\d{2}年度?", "", m.group(0)[: at.start - m.start() - 1])
        written = re.sub(r"(?:项目|成果)$", "", written)
        entities.append(_project(_Award(name, at, written, year)))
        names.append(name)
        if person:
            relations.append(Relation(type=RelType.MEMBER_OF, source=person.text, target=name,
                                      rank=numeral(m.group("rank")), spans=(span,)))
    return names


_KIND_OF_WORK = re.compile(r"的?(?:研究|科研|科技|创新|发明|技术)?(?:项目|成果)[ \t]*$")
_YEAR_AWARD = (rf"(?P<year>(?:19|20)\d{{2}})\s*年度?\s*{WON}?\s*"
               r"(?P<award>[\u4e00-\u9fff“”]{2,40}?(?:[一二三四五特]等奖|奖))")
_NOTE = r"[（(](?P<note>[^（）()\n]{2,300})[）)]"
_AWARD_TITLE = r"[“《]?(?P<title>[^\n<>，,：:；;。（）()“”《》]{4,120}?)[”》]?"
_LINE_OPENS = rf"^[ \t\u3000]*(?:<[^<>\n]{{1,40}}>[ \t]*)*(?P<counter>(?:[(（]?\d{{1,3}}[)）.．、]|{LIST_MARK})[ \t]*)?"
# the CV owner's rank after a comma, no bracket (`2031年度某奖：“<project>”，第2完成人。`)
_RANK_NOTE = r"[，,]\s*(?P<rank_note>(?:第\s*[0-9一二三四五六七八九十]{1,3}\s*(?:完成人|完成者|获奖人))|排名\s*第?\s*[0-9一二三四五六七八九十]{1,3})"
_LINE_ENDS = r"[ \t\u3000]*[。；;.]?[ \t\u3000]*(?:<[^<>\n]{1,40}>[ \t]*)*$"
_AWARD_LINES = (
    re.compile(rf"{_LINE_OPENS}{_YEAR_AWARD}\s*{_NOTE}\s*[：:]\s*{_AWARD_TITLE}{_LINE_ENDS}", re.M),
    re.compile(rf"{_LINE_OPENS}{_YEAR_AWARD}\s*[：:]\s*{_AWARD_TITLE}\s*(?:{_NOTE}|{_RANK_NOTE}){_LINE_ENDS}", re.M),
    re.compile(rf"{_LINE_OPENS}{_AWARD_TITLE}\s*[，,：:]\s*{_YEAR_AWARD}\s*{_NOTE}{_LINE_ENDS}", re.M),
    # `2014年，<project>，牵头获2014某省科学技术奖二等奖`: the year, the project, then the award won (its 年 may go)
    re.compile(rf"{_LINE_OPENS}(?:19|20)\d{{2}}\s*年度?\s*[，,]\s*{_AWARD_TITLE}\s*[，,]\s*(?:牵头|作为第一完成人)?"
               rf"(?:获得?|荣获)\s*(?P<year>(?:19|20)\d{{2}})\s*年?度?\s*"
               r"(?P<award>[\u4e00-\u9fff“”]{2,40}?(?:[一二三四五特]等奖|奖))(?:\s*[（(](?P<note>[^（）()\n]{2,300})[）)])?"
               rf"{_LINE_ENDS}", re.M),
    # `2031年某学会科技进步一等奖“<project>”（甲，乙，丙）`: the award, the quoted project, then its team
    re.compile(rf"{_LINE_OPENS}{_YEAR_AWARD}\s*[“《](?P<title>[^\n<>，,：:；;。（）()“”《》]{{4,120}}?)[”》“]\s*{_NOTE}{_LINE_ENDS}", re.M),
)
# the note's own rank, before the list of completers or alone: 排名第一, 第2完成人, 排名1/10
_OWN_RANK = re.compile(r"^\s*(?:(?:排名|排序|位次)\s*[:：]?\s*第?|第)\s*[0-9一二三四五六七八九十]{1,3}\s*"
                       r"(?:完成人|完成者|名|位)?\s*(?:/\s*\d{1,3})?\s*[，,；;：:]?\s*")


# a CV's award written as a citation: the completers, the project, the award (its certificate's code in brackets),
# the year, parted by stops (`1. 甲,乙,丙.某某研究.某省科技进步一等奖(BC2031-1-07-1). 2031.`)
_CITED_AWARD = re.compile(
    rf"{_LINE_OPENS}(?P<note>[\u4e00-\u9fff·]{{2,5}}(?:[ \t]*[,，、][ \t]*[\u4e00-\u9fff·\u3000 ]{{2,6}}){{0,30}})[ \t]*[.．。][ \t]*"
    r"(?P<title>[^\n.．。<>“”《》]{4,120}?)[ \t]*[.．。][ \t]*"
    r"(?P<award>[\u4e00-\u9fff]{2,40}?(?:[一二三四五特]等奖|奖))[ \t]*(?:[（(][^（）()\n]{1,40}[）)])?[ \t]*[.．。,，]?[ \t]*"
    rf"(?P<year>(?:19|20)\d{{2}}){_LINE_ENDS}", re.M)
# the same parted by commas, the project in quotes (`甲、乙、丙，“<project>”，某省科技进步一等奖，2031`)
_LISTED_AWARD = re.compile(
    rf"{_LINE_OPENS}(?P<note>[\u4e00-\u9fff·]{{2,5}}(?:[ \t]*[,，、][ \t]*[\u4e00-\u9fff·]{{2,5}}){{0,30}})[ \t]*[,，][ \t]*"
    r"[“《](?P<title>[^\n<>“”《》]{4,120}?)[”》][ \t]*[,，][ \t]*"
    r"(?P<award>[\u4e00-\u9fff]{2,40}?(?:[一二三四五特]等奖|奖))[ \t]*[,，][ \t]*"
    rf"(?P<year>(?:19|20)\d{{2}})[ \t]*年?{_LINE_ENDS}", re.M)
_ET_AL = re.compile(r"[ \t]*等$")


def cited_award_lines(text: str, entities: list[Entity], relations: list[Relation]) -> list[tuple[str, int]]:
    """Awards a CV lists as citations (or parted by commas, the project quoted): the project (with its award and year)
    and its completers in order, where the names before the project are all people's (`甲等.` closes a list cut
    short)."""
    out: list[tuple[str, int]] = []
    for m in (*_CITED_AWARD.finditer(text), *_LISTED_AWARD.finditer(text)):
        names = m.group("note")
        short = _ET_AL.search(names)
        listed = piece(names[:short.start()] if short else names, m.start("note"))
        people = _names_only(listed) if listed is not None else None
        if people:
            out.append(_awarded_line(m, people, entities, relations))
    return out


def _awarded_line(m: re.Match[str], listed: list[PersonValue], entities: list[Entity],
                  relations: list[Relation]) -> tuple[str, int]:
    """The project an award line names (with its award and year), and the completers its note lists, ranked in
    order; the project's name and where it is written."""
    name, at = m.group("title").strip(), Span(*m.span("title"))
    entities.append(_project(_Award(name, at, m.group("award"), int(m.group("year")))))
    for k, person in enumerate(listed, start=1):
        entities.append(Entity(type=Label.PERSON, name=person.name, spans=(person.span,)))
        relations.append(Relation(type=RelType.MEMBER_OF, source=person.name, target=name, rank=k,
                                  spans=(Span(m.start("note"), m.end("note")),)))
    return name, at.start


def award_lines(text: str, entities: list[Entity], relations: list[Relation], owner: str | None = None) -> list[tuple[str, int]]:
    """A CV's award lines, `2010年某省科学技术二等奖（排名第一，甲、乙、丙）：<project>` and its two other orders:
    the project (with its award and year) and each completer the note lists (MEMBER_OF, ranked in the list's
    order). A note that is only a rank (`排名第2`, `，第2完成人`) is the CV's owner's (MEMBER_OF at that rank, where the
    document opens with its person); the project still counts where it has none. Returns the projects' names and
    where each is written."""
    out: list[tuple[str, int]] = []
    seen: set[int] = set()
    for order, pattern in enumerate(_AWARD_LINES):
        for m in pattern.finditer(text):
            if m.start() in seen or _QUOTED_AWARD.search(m.group("award")):
                continue
            listed = _completers_noted(m)
            if listed is None or (order == _TITLE_FIRST and not listed and not m.group("counter")):
                continue  # `某某丰硕，2016年获某奖（排名第一）`: a clause of prose, unless the line is an item
            seen.add(m.start())
            out.append(_awarded_line(m, listed, entities, relations))
            rank = _owner_rank(m) if owner is not None and not listed else None
            if owner is not None and rank is not None:
                relations.append(Relation(type=RelType.MEMBER_OF, source=owner, target=out[-1][0], rank=rank,
                                          spans=(Span(m.start(), m.end()),)))
    return out


def _owner_rank(m: re.Match[str]) -> int | None:
    """The rank a line's note gives alone (`（排名第2）`, `，第二完成人`): the CV owner's."""
    note = m.group("note") or m.groupdict().get("rank_note") or ""
    rank = _OWN_RANK.fullmatch(note.strip())
    number = _RANK_NUMBER.search(note) if rank else None
    if number is None:
        return None
    return int(number.group()) if number.group().isdigit() else numeral(number.group())


_RANK_NUMBER = re.compile(r"[0-9]{1,3}|[一二三四五六七八九十]{1,3}")
_TITLE_FIRST = 2  # the order of _AWARD_LINES whose project comes first
_QUOTED_AWARD = re.compile(r"[“”]")


def _completers_noted(m: re.Match[str]) -> list[PersonValue] | None:
    """The people an award line's note lists, in order ([] for a note that is only a rank); None where the note
    is something else (a date, a place, a remark), so the line is not an award line."""
    note = m.group("note")
    if note is None:
        return []  # (a line with no note, or only the owner's rank after a comma: the project alone)
    rank = _OWN_RANK.match(note)
    rest = note[rank.end():] if rank else note
    if not rest.strip():
        return [] if rank else None
    listed = piece(rest, m.start("note") + len(note) - len(rest))
    return _names_only(listed) if listed is not None else None


def _names_only(listed: Piece) -> list[PersonValue] | None:
    """The people a list names, when every item of it is a name; else None."""
    people = people_in(listed)
    return people if people and len(people) == len(split_list(listed, LIST_SEPARATORS)) else None


# a work and its team in brackets: 《题名》（学生：甲、乙；指导教师：丙）, 《题名》(甲、乙、丙)荣获二等奖
_WORK_TEAM = re.compile(r"《(?P<title>[^《》\n]{2,120})》\s*[（(](?P<note>[^（）()\n]{2,200})[）)]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_TEAM_LABEL = re.compile(r"^\s*(?P<label>[\u4e00-\u9fff]{2,6})\s*[:：]\s*")
_ADVISERS = ("指导教师", "指导老师", "指导", "导师", "辅导教师")
_AWARD_AFTER = re.compile(rf"\s*{WON}\s*(?P<award>[^，。；;,\n]{{0,30}}?(?:[一二三四五特]等奖|奖))")
_AWARD_HEADING = re.compile(r"^[ \t\u3000]*(?P<award>[\u4e00-\u9fff]{0,20}?(?:[一二三四五特]等奖|金奖|银奖|铜奖|优秀奖))[ \t\u3000]*[:：]?[ \t\u3000]*$", re.M)


def team_works(text: str, entities: list[Entity], relations: list[Relation]) -> list[tuple[str, int]]:
    """A work with its team in brackets after it, as lists of a competition's prizes give them: the work (a
    project, with the prize said after it or in the heading above it) and each member its note lists (advisers
    are people, not members). Returns the works' names and where each is written."""
    out: list[tuple[str, int]] = []
    headings: tuple[list[int], list[str]] | None = None  # where each prize's heading line ends, and its prize
    for m in _WORK_TEAM.finditer(text):
        team = _team_noted(m)
        if team is None:
            continue
        members, advisers = team
        title, at = m.group("title"), Span(*m.span("title"))
        won = _AWARD_AFTER.match(text, m.end())
        if won is None and headings is None:
            found = list(_AWARD_HEADING.finditer(text))
            headings = [h.end() for h in found], [h.group("award") for h in found]
        award = won.group("award") if won else _last_heading(headings, m.start()) if headings else None
        entities.append(_project(_Award(title, at, award, None)))
        out.append((title, at.start))
        for person in members + advisers:
            entities.append(Entity(type=Label.PERSON, name=person.name, spans=(person.span,)))
        for person in members:
            relations.append(Relation(type=RelType.MEMBER_OF, source=person.name, target=title,
                                      spans=(Span(m.start(), m.end()),)))
    return out


def _team_noted(m: re.Match[str]) -> tuple[list[PersonValue], list[PersonValue]] | None:
    """(members, advisers) a work's note lists, each part labelled or not (`学生：甲、乙；指导教师：丙`); None when a
    part is no list of names."""
    members: list[PersonValue] = []
    advisers: list[PersonValue] = []
    at = m.start("note")
    for part in re.split(r"([；;])", m.group("note")):
        if part in "；;":
            at += len(part)
            continue
        label = _TEAM_LABEL.match(part)
        body = part[label.end():] if label else part
        listed = piece(body, at + (label.end() if label else 0))
        at += len(part)
        if listed is None:
            continue
        people = _names_only(listed)
        if people is None or not label and not all(_HAN.search(p.name) for p in people):
            return None  # 《自然物理》（Nature Physics）: a name in another script, no team
        (advisers if label and label.group("label").endswith(_ADVISERS) else members).extend(people)
    return (members, advisers) if members else None


def _last_heading(headings: tuple[list[int], list[str]], at: int) -> str | None:
    """The prize the last heading line above `at` names (`二等奖：`), if any."""
    ends, prizes = headings
    k = bisect_right(ends, at)
    return prizes[k - 1] if k else None


def ranked_completers(text: str, projects: list[tuple[str, int]], entities: list[Entity]) -> list[Relation]:
    """`（第二完成人：某某研究员）`: MEMBER_OF with the rank, of the last project named before it."""
    lex = load_lexicon()
    out = []
    for m in _RANKED.finditer(text):
        before = [name for name, at in projects if at < m.start()]
        who = m.group("who")
        title = next((t for t in sorted(lex.titles | lex.positions, key=len, reverse=True) if who.endswith(t)), "")
        person = who[: len(who) - len(title)] if title else who
        if not before or not 2 <= len(person) <= _MAX_NAME:
            continue
        at = Span(m.start("who"), m.start("who") + len(person))
        entities.append(Entity(type=Label.PERSON, name=person, spans=(at,)))
        out.append(Relation(type=RelType.MEMBER_OF, source=person, target=before[-1], rank=numeral(m.group("rank")),
                            spans=(Span(m.start(), m.end()),)))
    return out


_COMPLETERS = re.compile(r"(?<![第一二三四五六七八九十])(?:主要)?(?:完成人|完成者|获奖人|参与人|项目组成员|团队成员)(?:员)?\s*"
                         r"(?P<more>还|另外?|同时)?(?:包括|有|为|是|依次为|分别为)?\s*[：:]?\s*")
_RANK_BEFORE = re.compile(r"第(?P<rank>[一二三四五六七八九十]+)(?:完成人|完成者)\s*(?:为|是)?\s*[：:]?\s*$")
_RANKED_AS = r"\s*(?:为|是|作为)(?:该项目|该成果|项目|成果)?的?第(?P<rank>[一二三四五六七八九十]+)"  # 甲为该项目的第二…
_RANK_AFTER = re.compile(rf"{_RANKED_AS}(?:完成人|完成者)")
_UNIT_RANK = re.compile(rf"{_RANKED_AS}完成单位")


def listed_completers(text: str, projects: list[tuple[str, int]], mentions: Mentions) -> list[Relation]:
    """After a project: `主要完成人还包括甲、乙、丙等` -> MEMBER_OF each (with the rank when the list is the whole
    one, `完成人依次为甲、乙`, and no project's completer was named before it); `<unit>为第一完成单位` -> UNIT_OF."""
    out: list[Relation] = []
    lines = [c.span() for c in _CLASS_TITLE_COMPLETERS.finditer(text)]  # read with their own project (award_facts)
    for m in _COMPLETERS.finditer(text):
        project = _last_project(projects, m.start())
        if project is None or not m.group().strip() or text[m.end():m.end() + 1] in "，。；,;" \
                or any(s <= m.start() < e for s, e in lines):
            continue
        ranked = not m.group("more") and not re.search(r"参与|成员", m.group())
        for k, person in enumerate(_names_listed(text, mentions, m.end()), start=1):
            out.append(Relation(type=RelType.MEMBER_OF, source=person.text, target=project,
                                rank=k if ranked else None, spans=(Span(m.start(), person.end),)))
    people = [m for m in mentions if m.label in ("PERSON", "TITLE", "POSITION")]
    for k, person in enumerate(people):  # 第二完成人李某研究员, 李某教授为第二完成人
        if person.label != "PERSON" or text[person.start - 1:person.start] in "（(：:":
            continue  # （第二完成人：李某）is ranked_completers'
        at = people[k + 1].end if k + 1 < len(people) and people[k + 1].start == person.end else person.end
        rank = _RANK_BEFORE.search(text, max(0, person.start - 12), person.start) or _RANK_AFTER.match(text, at)
        project = _last_project(projects, person.start) if rank else None
        if rank and project:
            out.append(Relation(type=RelType.MEMBER_OF, source=person.text, target=project,
                                rank=numeral(rank.group("rank")), spans=(Span(person.start, person.end),)))
    for org in (m for m in mentions if m.label == "ORG"):
        ranked_unit = _UNIT_RANK.match(text, org.end)
        project = _last_project(projects, org.start) if ranked_unit else None
        if ranked_unit and project:
            out.append(Relation(type=RelType.UNIT_OF, source=org.ref, target=project,
                                rank=numeral(ranked_unit.group("rank")), spans=(Span(org.start, ranked_unit.end()),)))
    return out


_SHORT_INSTITUTE = re.compile(r"[\u4e00-\u9fff]{1,4}[所院]")  # 化学所, 某化所: an institute's short form


def _last_project(projects: list[tuple[str, int]], at: int) -> str | None:
    """The project named last before `at` (projects in the order they are written)."""
    return next((name for name, where in reversed(projects) if where < at), None)


def _names_listed(text: str, mentions: Mentions, at: int) -> list[Mention]:
    """The names written one after another from `at` (a title or post after each allowed: 甲教授、乙副教授; a unit
    right before each too: 某大学甲教授、某研究所乙研究员)."""
    names: list[Mention] = []
    for p in mentions.after(at - 1):
        if p.label == "ORG" and p.start >= at and (p.start == at or names and ITEM_JOIN.fullmatch(text, at, p.start)):
            at = p.end  # the unit of the name that follows
            continue
        if p.label not in ("PERSON", "TITLE", "POSITION"):
            continue  # a unit between two names ends the list at the gap check below
        if p.start > at:
            gap = ITEM_JOIN.fullmatch(text, at, p.start)
            if not names and p.label == "PERSON" and _SHORT_INSTITUTE.fullmatch(text, at, p.start):
                gap = None  # 某化所甲、乙: the first one's institute by its short form, then the names
            elif gap is None or not names:
                break
        if p.label == "PERSON":
            names.append(p)
        elif not names:
            break
        at = p.end
    return names


def numeral(written: str) -> int:
    """一 … 九十九 as a number."""
    if "十" not in written:
        return _NUMERALS[written[-1]]
    tens, _, ones = written.partition("十")
    return (_NUMERALS[tens] if tens else 1) * 10 + (_NUMERALS[ones] if ones else 0)


def _about_achievements(text: str, start: int, at: int) -> bool:
    """The sentence before `at` speaks of achievements (`共有4项成果获奖，其中“…”获…奖`)."""
    opened = max(start, *(text.rfind(stop, 0, at) + 1 for stop in "。\n！？"))
    return _ACHIEVEMENTS.search(text, opened, at) is not None


def _award(text: str, m: re.Match[str], end: int) -> _Award | None:
    tail = _AWARD_TAIL.match(text, m.end(), end)
    if tail is None:
        return None
    written = re.split(WON, tail.group("award"))[-1]  # 是某单位作为牵头单位荣获|某奖
    at = tail.end("award") - len(written)
    quoted = "“" in written
    written = written.replace("“", "").replace("”", "")
    classed = _CLASSED.match(written)  # the longest award with a class: …奖一等奖, not …奖
    if classed is None and not quoted:
        whole = _CLASSED.match(text, at, min(end, at + 40))
        written = whole.group() if whole else written
    year = int(tail.group("year")) if tail.group("year") else year_before(text, m.start())
    award = re.sub(r"^(?:19|20)\d{2}年度?", "", written)
    if _PAPER_AWARD.search(award):
        return None  # 论文《…》获得优秀论文奖: the work is a paper, which the papers' reader reads
    return _Award(*_title(m), award, year)


_PAPER_AWARD = re.compile(r"论文奖|论文[一二三特]等奖")


def _clause_end(text: str, at: int, end: int) -> int:
    return min((i for stop in "。；;\n" if (i := text.find(stop, at, end)) >= 0), default=end)


def _possessed(text: str, at: int, end: int) -> list[re.Match[str]]:
    """The titles written as a unit's right after it: `某单位的“甲”和“乙”`."""
    out = []
    m = _POSSESSED.match(text, at, end)
    while m is not None:
        out.append(m)
        m = _AND_TITLE.match(text, m.end(), end)
    return out


def _award_written(text: str, awarded: re.Match[str], m: re.Match[str]) -> _Award:
    """The award `awarded` says, given to the project of `m`: its class kept (…奖一等奖), its year the one
    written with it or the last the text named before the project."""
    written = awarded.group("award")
    year = re.match(r"(?:19|20)\d{2}", written)
    return _Award(*_title(m), re.sub(r"^(?:19|20)\d{2}年度?", "", written),
                  int(year.group()) if year else year_before(text, m.start()))


def _each_award(text: str, start: int, end: int, completed: list[re.Match[str]]) -> dict[int, str]:
    """`A…“甲”项目，B…“乙”项目，分别荣获X二等奖和Y二等奖`: one award for each project of the clause before
    `分别`, in order (keyed by where each project's match starts); `甲…、乙…分获X三等奖`: X for each."""
    m = _EACH.search(text, start, end)
    if m is None:
        return {}
    clause = max(text.rfind(c, start, m.start()) for c in "；;") + 1
    projects = [p for p in completed if clause <= p.start() and p.end() <= m.start()]
    awards = [a for a in re.split(r"以及|和|及|与|、", m.group("awards")) if a.endswith("奖")]
    if len(awards) == 1 and projects:
        return {p.start(): awards[0] for p in projects}  # 甲…、乙…分获某奖, 分别获得某奖一等奖: the one award each
    return {p.start(): a for p, a in zip(projects, awards, strict=True)} if len(awards) == len(projects) > 1 else {}


# between one project of a list and the next one's unit: `“甲”项目，`, `“甲”项目和`, `“甲”项目，以及`
_NEXT_ITEM = re.compile(r"\s*(?:项目|成果)?\s*(?:[，,、]\s*(?:以及|及|和)?|以及|和|及|与)\s*")


def _listed_awards(text: str, completed: list[re.Match[str]], end: int) -> dict[int, _Award]:
    """`A等完成的“甲”项目，B等完成的“乙”项目，以及C等完成的“丙”项目获某奖二等奖`: the award the list's last project is
    given, for each project of the list before it (keyed by where each one's match starts), its own title kept."""
    out: dict[int, _Award] = {}
    after: _Award | None = None
    for k in range(len(completed) - 1, -1, -1):
        m = completed[k]
        own = _award(text, m, end)
        if own is not None:
            after = own
            continue
        following = completed[k + 1].start() if k + 1 < len(completed) else m.end()
        gap = _NEXT_ITEM.match(text, m.end(), following)
        if after is None or gap is None or _CLAUSE_STOP.search(text, gap.end(), following):
            after = None
            continue
        name, span = _title(m)
        out[m.start()] = _Award(name, span, after.text, after.year)
    return out


_CLAUSE_STOP = re.compile(rf"[。；;！？\n]|{WON}|授予|颁发")  # the next item's unit and person hold no clause's end or verb


def year_before(text: str, at: int) -> int | None:
    years = [y for y in _YEAR_OF_AWARDS.finditer(text, 0, at) if not text.endswith(_COMPARED, 0, y.start())]
    return int(years[-1].group("year")) if years else None


def _team_leader(text: str, mentions: Mentions, start: int, at: int) -> Mention | None:
    """The person whose team is written at `at` (`甲主任|团队`: their posts and titles between)."""
    return next((p for p in reversed(mentions.within(start, at)) if p.label == "PERSON"
                 and _ROLES_ONLY.fullmatch(text, p.end, at)), None)


def _listed_before(text: str, mentions: Mentions, last: Mention, start: int) -> list[Mention]:
    """The names listed before and with `last` (`甲、乙`), in order; [] where it stands alone."""
    people = [p for p in mentions.within(start, last.end) if p.label == "PERSON"]
    run = next((r for r in listed_runs(text, people, _COMPLETERS_JOIN) if r[-1].start == last.start), [])
    return run if len(run) > 1 else []


_COMPLETERS_JOIN = re.compile(r"[、，,]")


def _completer(text: str, mentions: Mentions, at: int) -> Mention | None:
    """The person written right before `等完成的` (a title between them allowed)."""
    for p in mentions.back_from(at):
        if p.end > at:
            continue
        if p.label == "PERSON" and re.fullmatch(r"\s*", text[p.end:at]):
            return p
        if p.label == "TITLE" and p.end == at:
            at = p.start
            continue
        break
    return None


_NOTED_UNIT = re.compile(r"\s*[（(]\s*$")


def _noted_completer(text: str, mentions: Mentions, at: int) -> tuple[Mention | None, Mention | None]:
    """`甲院士(某大学)` right before `at`: the person and the unit the bracket gives."""
    if at < 1 or text[at - 1] not in "）)":
        return None, None
    unit = _unit(text, mentions, at - 1)
    opened = _NOTED_UNIT.search(text, max(0, unit.start - 2), unit.start) if unit else None
    if unit is None or opened is None:
        return None, None
    return _completer(text, mentions, opened.start()), unit


def _unit(text: str, mentions: Mentions, at: int) -> Mention | None:
    return next((o for o in reversed(mentions.ending_at(at)) if o.label == "ORG"), None)


_UNIT_JOINED = re.compile(r"[、，,和与及][ \t\u3000]*$")
_UNIT_WITH = re.compile(r"(?:联合|会同|携手|协同)[ \t\u3000]*$")
_UNIT_LED = re.compile(r"(?:牵头|领衔|(?:作为|为)第一完成单位)[ \t\u3000]*[，,]?[ \t\u3000]*(?:并?(?:与|和|同))?[ \t\u3000]*$")
# what closes the units before the verb: `甲大学、乙公司等为主要完成单位|共同完成的`, `甲大学等单位|完成的`,
# `甲大学科研人员|参与的`, `甲研究所团队|完成的` (the unit's people)
_UNITS_CLOSED = re.compile(r"等?(?:(?:作为|为)(?:主要|参与)?完成单位|单位|(?:的)?(?:科研|科技|研究)人员|(?:的)?(?:科研|研究)?团队)[ \t\u3000]*$")


def _units(text: str, mentions: Mentions, at: int) -> list[Mention]:
    """The units written right before `at`, in order (`某院牵头，联合甲大学、乙医院共同完成的`: the lead unit first,
    then those it joined), or the one unit there."""
    closed = _UNITS_CLOSED.search(text, max(0, at - 12), at)
    last = _unit(text, mentions, closed.start() if closed else at)
    if last is None:
        return []
    units = [last]
    while (sep := _UNIT_JOINED.search(text, max(0, units[0].start - 3), units[0].start)) is not None \
            and (before := _unit(text, mentions, sep.start())) is not None:
        units.insert(0, before)
    joined = _UNIT_WITH.search(text, max(0, units[0].start - 4), units[0].start)
    opened = joined.start() if joined else units[0].start  # 某院牵头，甲大学、乙医院共同完成的: joined without 联合 too
    led = _UNIT_LED.search(text, max(0, opened - 12), opened)
    lead = _lead_unit(text, mentions, led.start()) if led else None
    return [lead, *units] if lead is not None and lead not in units else units


_TEAM_END = re.compile(r"(?:团队|课题组|研究组|研究团队)$")


def _lead_unit(text: str, mentions: Mentions, at: int) -> Mention | None:
    """The unit that leads, written right before `at` (`某院牵头`), or before its person's team (`某大学甲教授团队牵头`)."""
    unit = _unit(text, mentions, at)
    team = _TEAM_END.search(text, max(0, at - 5), at) if unit is None else None
    end = team.start() if team else at
    while unit is None and (role := next((m for m in mentions.ending_at(end) if m.label in ("PERSON", "TITLE")), None)):
        end = role.start  # 某大学|甲|教授|团队: the person and the title, then the unit
        unit = _unit(text, mentions, end)
    return unit


# `某单位研究员甲等人完成的《…》、乙等人完成的《…》拟推荐2030年度某奖`: works done by a team its first member names,
# each with the award the sentence puts them up for (or says they won)
_DONE_BY = re.compile(r"等人?(?:共同)?(?:完成|承担|主持|研究)的\s*[《“](?P<title>[^》”\n]{4,120})[》”]")
_PUT_UP = re.compile(rf"\s*(?:拟推荐|拟提名|推荐|提名|拟申报|申报|被推荐为|{WON})(?:参评|为)?\s*"
                     r"(?:(?P<year>(?:19|20)\d{2})\s*年度?)?\s*(?P<award>[\u4e00-\u9fff]{2,30}?(?:[一二三四五特]等奖|奖))")
_BETWEEN_WORKS = 80  # characters from one work's title to the next one's in a list that one award closes


def team_works_done(text: str, mentions: Mentions, start: int, end: int, entities: list[Entity],
                    relations: list[Relation]) -> list[tuple[str, int]]:
    """The works a sentence says teams did (`甲等人完成的《…》`), with the award it puts them up for: each a project,
    its first member the person named before 等 (MEMBER_OF, rank 1), and the unit written before that person's name
    (UNIT_OF). Returns the projects' names and where each is written."""
    done = list(_DONE_BY.finditer(text, start, end))
    out: list[tuple[str, int]] = []
    for k, m in enumerate(done):
        j = k  # the award written after this title, or after the last title of the list it is in
        award = _PUT_UP.match(text, done[j].end(), end)
        while award is None and j + 1 < len(done) and done[j + 1].start() - done[j].end() <= _BETWEEN_WORKS:
            j += 1
            award = _PUT_UP.match(text, done[j].end(), end)
        if award is None:
            continue
        title = m.group("title").strip()
        year = int(award.group("year")) if award.group("year") else year_before(text, m.start())
        entities.append(_project(_Award(title, Span(*m.span("title")), award.group("award"), year)))
        out.append((title, m.start("title")))
        person = next((p for p in mentions.ending_at(m.start()) if p.label == "PERSON"), None)
        if person is None:
            continue
        at = person.start
        while (role := next((r for r in mentions.ending_at(at) if r.label in ("TITLE", "POSITION")), None)) is not None:
            at = role.start
        _first_member_and_unit(person, title, at, Span(person.start, m.end()), mentions, relations)
    return out


def _first_member_and_unit(person: Mention, work: str, unit_end: int, span: Span, mentions: Mentions,
                           relations: list[Relation]) -> None:
    """The person who did a work is its first member (MEMBER_OF rank 1), and the unit written right before
    `unit_end` (their name, or the titles before it) is its unit (UNIT_OF)."""
    relations.append(Relation(type=RelType.MEMBER_OF, source=person.text, target=work, rank=1, spans=(span,)))
    unit = next((o for o in mentions.ending_at(unit_end) if o.label == "ORG"), None)
    if unit is not None:
        relations.append(Relation(type=RelType.UNIT_OF, source=unit.ref, target=work, spans=(span,)))


# a decision's items (`授予某研究所甲研究员“…”、某大学乙教授“…”2个项目特等奖`): a person, with the unit before them,
# then the work in quotes; the clause closes with the award or the class its works won
_GRANTS = re.compile(r"授予|评出|评选出|获得?|荣获")
_QUOTED_WORK = re.compile(r"\s*“(?P<title>[^“”\n]{4,120})”")
_CLAUSE_AWARD = re.compile(r"[^；;。\n]*?(?:奖|[一二三特]等奖)")


def people_s_quoted_works(text: str, mentions: Mentions, start: int, end: int, entities: list[Entity],
                          relations: list[Relation]) -> list[tuple[str, int]]:
    """The works an award decision lists by the people who did them (`同意授予某研究所甲研究员“…”、某大学乙教授“…”
    2个项目特等奖`): each a project, the person its first member (MEMBER_OF rank 1), the unit before the person
    its unit (UNIT_OF). Only in a sentence that grants or wins, each title in a clause closed by an award."""
    if not _GRANTS.search(text, start, end):
        return []
    out: list[tuple[str, int]] = []
    for person in (m for m in mentions.within(start, end) if m.label == "PERSON"):
        at = person.end
        while (role := next((r for r in mentions.starting(at, at + 1) if r.label in ("TITLE", "POSITION")), None)):
            at = role.end
        work = _QUOTED_WORK.match(text, at, end)
        if work is None or _CLAUSE_AWARD.match(text, work.end(), end) is None:
            continue
        title = work.group("title").strip()
        entities.append(_project(_Award(title, Span(*work.span("title")), None, year_before(text, work.start()))))
        out.append((title, work.start("title")))
        _first_member_and_unit(person, title, person.start, Span(person.start, work.end()), mentions, relations)
    return out


def _project(award: _Award) -> Entity:
    return Entity(type=Label.PROJECT, name=award.name, kind="research_project", award=award.text, year=award.year,
                  spans=(award.span,))


# a line of an award's class, the project's title and its completers: `自然科学奖一等奖某某研究完成人：甲、乙、丙`
_CLASS_TITLE_COMPLETERS = re.compile(
    r"(?:^|(?<=[\n。；;]))[ \t\u3000]*(?P<award>[\u4e00-\u9fff]{2,20}?奖[一二三四五特]等奖)[：:\s]*"
    r"(?P<name>[^\n：:，,。；;“”]{6,80}?)[\s，,]*(?:主要)?完成人员?[：:]\s*(?P<list>[^\n。；;：:]{2,200})", re.M)


_TEAM_AWARD = re.compile(rf"\s*团队{WON}\s*(?P<award>(?:(?P<year>(?:19|20)\d{{2}})年度?)?[^，。；;,“”]{{2,30}}?"
                         r"(?:[一二三四五特]等奖|奖(?![一二三四五特]等)))")
_TEAM_PROJECT = re.compile(rf"\s*团队(?:(?:领衔|牵头|主持)?(?:共同|合作)?(?:完成|主研|承担|研发|研制))?的?{_PROJECT}(?:项目|成果)?")


def team_projects(text: str, mentions: Mentions, entities: list[Entity],
                  relations: list[Relation]) -> list[tuple[str, int]]:
    """`某某教授团队荣获某奖…某某教授团队(完成)的“…”项目`: the project of a team, its leader a member of it, with the
    award the text gives that team (in the same or an earlier sentence). Returns the projects' names and
    where each is written."""
    awards: dict[str, tuple[str, int | None]] = {}
    names = []
    roles = {m.start: m for m in mentions if m.label in ("TITLE", "POSITION")}
    for person in (m for m in mentions if m.label == "PERSON"):
        at = person.end
        while at in roles:  # past the titles and posts written right after the name (张某副院长|团队)
            at = roles[at].end
        won = _TEAM_AWARD.match(text, at)
        if won is not None:
            year = int(won.group("year")) if won.group("year") else year_before(text, won.start())
            awards.setdefault(person.text, (re.sub(r"^(?:19|20)\d{2}年度?", "", won.group("award")), year))
            continue
        owned = _TEAM_PROJECT.match(text, at)
        if owned is None:
            continue
        name, span = _title(owned)
        award, year = awards.get(person.text, (None, None))
        entities.append(_project(_Award(name, span, award, year)))
        relations.append(Relation(type=RelType.MEMBER_OF, source=person.text, target=name,
                                  spans=(Span(person.start, owned.end()),)))
        names.append((name, span.start))
    return names

