"""Award lists written as prose or as numbered lines: items that each name a unit, people and a project,
and the award they won.

- in a sentence: `甲公司申报的“某项目”、乙医院申报的“某成果”等5个项目获得一等奖`, or
  `甲大学张三教授领衔完成的“某项目”项目，李四教授领衔完成的“某项目”项目，分别荣获A奖二等奖和B奖二等奖`:
  two items at least (one alone is a sentence for prose), each `[unit][people[title]][等]…的“title”`,
  and after some of them the award the items since the last award won (`分别` hands out as many awards as
  items, in order);
- in numbered lines: one item a line, the award written after it or on a short line above the list
  (`一等奖`, `二等奖（3项）`).

Each item gives the awarded Project (its award and the year the text gives), each person MEMBER_OF it
(LEADS where the text says 领衔/主持/牵头), the unit UNIT_OF it, and each person WORKS_AT the unit with
the title written after the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.schema import Label, RelType
from ingest.blocks import BlockKind
from ingest.kit.orgbook import unit_name
from ingest.kit.text import strip_titles
from ingest.model import Entity, Span
from ingest.org_names import kind_suffix
from ingest.reading import Coverage, Document, Facts
from ingest.tables.cells import is_name
from ingest.tables.profiles import title_of

_QUOTED = re.compile(r"[“\"]([^“”\"\n]{4,80})[”\"]")  # (a quote left open before it is no part of a title)
# the verb before 的 that says whose the title is; 主研 and 参与: a member's part, no lead
_VERB_TAIL = re.compile(r"(?:(?:(?P<lead>领衔|牵头|主持|负责)|主研|参与|参加|合作|共同|联合)?"
                        r"(?P<verb>完成|申报|研制|研发|承担|主持|推荐|选送|提名|开展|完成申报)?)?的\s*$")
# the award the items after it won, written before them: `获科技进步二等奖5项，分别是：`
_AWARD_FIRST = re.compile(r"(?:荣获|获得|喜获|获)了?\s*(?P<awards>[^，。；;,：:\n]{2,40}?奖)\s*"
                          r"(?:\d+|[一二两三四五六七八九十]+)\s*项\s*[，,]?\s*(?:分别(?:是|为)|包括|具体(?:是|为))?\s*[：:]")
_NOMINATING = ("推荐", "提名", "选送")  # the unit before these nominated the project: NOMINATED_BY
# short forms of companies an award list names them by (`某某控股的“…”`), with no suffix of a kind
_SHORT_COMPANY = re.compile(r"(?:控股|股份|药业|电气|重工|化工|钢铁|建工|制药|电子|能源|电力|石化|汽车|生物|科技)$")
_ITEM_END = re.compile(r"[\s。；;，,]*$")
_JOINED = re.compile(r"(?:以及|和|与|及)\s*")
_OWNER_START = re.compile(r"[，,；;。：:！？\n]|其中|以及|另有|此外")
_AFTER_ITEM = re.compile(r"\s*(?:项目|成果|课题)?\s*")
_AWARD = re.compile(
    r"(?P<head>(?:等)?\s*(?:\d+|[一二两三四五六七八九十]+)?\s*(?:个|项)?\s*(?:项目|成果)?\s*(?:均|分别|共同|同时|一起)?)"
    r"\s*(?P<verb>荣获|获得|分获|喜获|获|荣膺|摘得|斩获)了?\s*(?P<awards>[^，。；;,\n]{2,80}?奖)(?=[^奖]*?(?:[，。；;,\n]|$))")
_PEOPLE_END = re.compile(r"(?:等\s*(?:\d+\s*)?人?|团队|课题组|研究团队)+$")  # 甲等, 甲等人, 甲等5人
_FIELD_PREFIX = re.compile(r"^.{0,12}?领域")
_AWARD_JOIN = re.compile(r"\s*(?:和|及|与|、)\s*")
_LEVEL_LINE = re.compile(r"^\s*(?P<award>[^\s，。；;,]{0,30}?[一二三四五特]等奖)\s*(?:[（(][^（）()]{0,10}[）)])?\s*[:：]?\s*$")
_NUMBERED = re.compile(r"^\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[.、．)）]\s*")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度")
_BY = re.compile(r"^(?:由|经|是|为|即)?\s*(?:我校|本校|我院|本院|我所|本所|我单位|本单位)?\s*")  # (我校|某学院…: the page's own word)
_FIRST_UNIT = re.compile(r"牵头单位|第一完成单位|第一单位")
# what the people before a title were to it (`某某副教授作为第一完成人的“…”`): their part, no unit's or name's words
_AS_COMPLETER = re.compile(r"(?:作为|为|是)(?P<first>第一|主要)?(?:完成人|负责人|主持人)$")
_JOINT = ("合作", "共同", "联合")
_UNITS_JOINED = re.compile(r"[与和及]")
_MIN_ITEMS = 2
_MAX_OWNER = 60


@dataclass
class _Item:
    title: str
    title_span: Span
    owner: str
    owner_span: Span
    lead: bool = False
    nominated: bool = False  # the unit nominated the project (`某单位提名的“…”`)
    first_unit: bool = False  # the text says its unit led (`作为牵头单位`, `第一完成单位`)
    first_person: bool = False  # the text says its person came first (`作为第一完成人`)
    awards: list[str] = field(default_factory=list)
    end: int = 0  # where the item's text (its award clause, if any) ends


def read_award_lists(document: Document, taken: Coverage, facts: Facts) -> None:
    year = _year(document.text)
    for block in document.blocks:
        if block.kind is BlockKind.TABLE or taken.covers(block.span):
            continue
        for start, end in _sentences(document.text, block.span):
            items = _items(document.text, start, end)
            if len(items) >= _MIN_ITEMS and not any(i.awards for i in items) \
                    and (first := _AWARD_FIRST.search(document.text, start, items[0].owner_span.start)) is not None \
                    and not _AWARD.search(document.text, first.end(), items[0].owner_span.start):
                for item in items:  # `获某奖5项，分别是：甲教授主持完成的“…”；…`: every item's
                    item.awards = [first.group("awards")]
            if len(items) >= _MIN_ITEMS and any(i.awards for i in items):
                _emit(items, year, facts)
    _numbered(document, taken, year, facts)


def _sentences(text: str, span: Span) -> list[tuple[int, int]]:
    out, at = [], span.start
    for m in re.finditer(r"[。！？\n]", text[span.start:span.end]):
        out.append((at, span.start + m.end()))
        at = span.start + m.end()
    if at < span.end:
        out.append((at, span.end))
    return out


def _items(text: str, start: int, end: int) -> list[_Item]:
    """The items of a sentence, each with the award of the clause that follows it or the items after it."""
    items: list[_Item] = []
    pending: list[_Item] = []
    previous = start
    quotes = list(_QUOTED.finditer(text, start, end))
    for n, q in enumerate(quotes):
        owner = _owner(text, previous, q.start())
        if owner is None:
            continue
        item = _Item(q.group(1), Span(q.start(1), q.end(1)), *owner[:4], first_person=owner[4])
        after = _AFTER_ITEM.match(text, q.end())
        previous = after.end() if after else q.end()
        item.end = previous
        items.append(item)
        pending.append(item)
        stop = quotes[n + 1].start() if n + 1 < len(quotes) else end
        award = _AWARD.search(text, previous, stop)
        if award is not None and _owner(text, previous, award.start()) is None:
            _hand_out(pending, award)
            for done in pending:
                done.first_unit = bool(_FIRST_UNIT.search(text, previous, award.start()))
            pending = []
            previous = award.end()
    return items


def _owner(text: str, start: int, quote: int) -> tuple[str, Span, bool, bool, bool] | None:
    """The words before a quoted title that say whose it is: `甲大学张三教授领衔完成的`, `乙公司申报的`."""
    cut = start
    for m in _OWNER_START.finditer(text, start, quote):
        cut = m.end()
    body = text[cut:quote]
    lead = len(body) - len(body.lstrip(" 、"))
    body = body.strip(" 、")
    if cut > 0 and text[cut - 1] in "”\"》" or cut == start and start > 0 and text[start - 1] in "”\"》":
        joined = _JOINED.match(body)  # “甲”和|乙研究员主持完成的“…”: the conjunction joins the items
        if joined is not None:
            lead, body = lead + joined.end(), body[joined.end():]
    tail = _VERB_TAIL.search(body)
    if tail is None or not body[:tail.start()].strip() or len(body) > _MAX_OWNER:
        return None
    owner = body[:tail.start()].strip()
    if tail.group().startswith(_JOINT) and _UNITS_JOINED.search(owner) and _unit(owner, 0) is not None:
        return None  # 某大学与某公司合作完成的: two units, no one unit's name; prose's to read
    part = _AS_COMPLETER.search(owner)
    if part is not None:
        owner = owner[:part.start()].rstrip()
    by = _BY.match(owner)
    if by is not None:
        lead, owner = lead + by.end(), owner[by.end():]
    return (owner, Span(cut + lead, cut + lead + len(owner)), bool(tail.group("lead")), tail.group("verb") in _NOMINATING,
            part is not None and part.group("first") == "第一")


def _hand_out(items: list[_Item], award: re.Match[str]) -> None:
    names = [_FIELD_PREFIX.sub("", a).strip() for a in _AWARD_JOIN.split(award.group("awards")) if a.strip()]
    names = [a for a in names if a.endswith("奖")]
    if not names:
        return
    spread = ("分别" in award.group("head") or award.group("verb") == "分获") and len(names) == len(items)
    for n, item in enumerate(items):
        item.awards = [names[n]] if spread else names
        item.end = award.end()


def _emit(items: list[_Item], year: int | None, facts: Facts) -> None:
    read = [_one(item, year, facts) for item in items]
    if all(read):  # an item whose words are no unit's nor people's is left to the prose, and its sentence with it
        facts.read(Span(items[0].owner_span.start, max(i.end for i in items)))


def _one(item: _Item, year: int | None, facts: Facts) -> bool:
    unit, people = _unit_and_people(item.owner, item.owner_span.start)
    if unit is None and not people:
        return False
    project = facts.out.entity(Entity(Label.PROJECT, item.title, kind="research_project", year=year,
                                      award=item.awards[0] if item.awards else None, spans=(item.title_span,)))
    span = Span(item.owner_span.start, item.end or item.title_span.end)
    org = facts.orgs.add(*unit) if unit is not None else None
    if org is not None and item.nominated:
        facts.out.relation(RelType.NOMINATED_BY, project, org, span)
        org = None  # who nominated is not where the people work
    elif org is not None:
        facts.out.relation(RelType.UNIT_OF, org, project, span, rank=1 if item.first_unit else None)
    for rank, (name, name_span, title) in enumerate(people, start=1):
        facts.out.person(name, name_span)
        facts.out.relation(RelType.MEMBER_OF, name, project, span,
                           rank=rank if len(people) > 1 or item.first_person else None)
        if item.lead and rank == 1:
            facts.out.relation(RelType.LEADS, name, project, span)
        if org is not None:
            facts.out.relation(RelType.WORKS_AT, name, org, span, title=title)
    return True


def _unit_and_people(owner: str, at: int) -> tuple[tuple[str, Span] | None, list[tuple[str, Span, str | None]]]:
    """`甲大学张三教授、李四等` -> (甲大学, [(张三, 教授), (李四, None)]): the people are the names at the end,
    the unit the words before them."""
    body = _PEOPLE_END.sub("", owner)
    people: list[tuple[str, Span, str | None]] = []
    parts = body.split("、")
    first_at = len(body)
    for n, part in enumerate(parts):
        offset = sum(len(p) + 1 for p in parts[:n])
        name, title, lead = _name_at_end(part) if n == 0 else _name_alone(part)
        if name is None:
            return _unit(owner, at), []  # not a list of people: all of it is a unit's name, if anything
        start = offset + lead
        if n == 0:
            first_at = start
        people.append((name, Span(at + start, at + start + len(name)), title))
    unit = _unit(body[:first_at], at) if first_at else None
    return unit, people


def _name_at_end(text: str) -> tuple[str | None, str | None, int]:
    """The name (and title) a text ends with, and where the name starts: `甲大学张三教授` -> 张三, 教授."""
    for title_len in range(min(len(text), 12), -1, -1):  # the longest title first: 林晓|副教授, not 林晓副|教授
        for size in (3, 2, 4):
            end = len(text) - title_len
            title = text[end:] or None
            if title is not None and title_of(title) is None:
                continue
            start = end - size
            if start >= 0 and is_name(text[start:end]) and (start == 0 or _unit(text[:start], 0)):
                return text[start:end], title, start
    return None, None, 0


def _name_alone(text: str) -> tuple[str | None, str | None, int]:
    name = strip_titles(text.strip())
    if not is_name(name):
        return None, None, 0
    rest = text.strip()[len(name):]
    return name, (rest if rest and title_of(rest) else None), len(text) - len(text.lstrip())


def _unit(text: str, at: int) -> tuple[str, Span] | None:
    name = unit_name(text)
    bare = re.sub(r"[（(][^（）()]*[）)]$", "", name) if name is not None else ""
    if name is None or not (kind_suffix(bare) or (3 <= len(bare) <= 10 and _SHORT_COMPANY.search(bare))):
        return None
    lead = len(text) - len(text.lstrip())
    return text.strip(), Span(at + lead, at + lead + len(text.strip()))


def _numbered(document: Document, taken: Coverage, year: int | None, facts: Facts) -> None:
    """Numbered lines of one item each, under a line that names their award (`一等奖`)."""
    award: str | None = None
    group: list[_Item] = []
    for block in document.blocks:
        if block.kind is BlockKind.TABLE or taken.covers(block.span):
            continue
        for start, end in _sentences(document.text, block.span):
            line = document.text[start:end].rstrip("\n")
            level = _LEVEL_LINE.match(line)
            if level is not None:
                _flush(group, facts, year)
                group, award = [], level.group("award")
                continue
            number = _NUMBERED.match(line)
            if number is None and block.kind is not BlockKind.LIST_ITEM:
                continue
            at = start + (number.end() if number is not None else 0)
            items = _items(document.text, at, start + len(line))
            if len(items) != 1:
                continue
            if award is not None:
                if not items[0].awards:
                    items[0].awards = [award]
                group.append(items[0])
            elif _whole(items[0], document.text, at, start + len(line)):
                group.append(items[0])
    _flush(group, facts, year)


def _whole(item: _Item, text: str, start: int, end: int) -> bool:
    """An item that is all of its line: `某单位的“某项目”`, with nothing before or after it."""
    return not text[start:item.owner_span.start].strip() and not _ITEM_END.sub("", text[item.end:end])


def _flush(group: list[_Item], facts: Facts, year: int | None) -> None:
    if len(group) >= _MIN_ITEMS:
        for item in group:
            if _one(item, year, facts):
                facts.read(Span(item.owner_span.start, item.end or item.title_span.end))


def _year(text: str) -> int | None:
    m = _YEAR.search(text)
    return int(m.group(1)) if m else None
