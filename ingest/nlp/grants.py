"""Projects and grants in news: who holds which project, which unit carries it, who funds it.

- `<name>[title] 主持|承担|负责|牵头(申报)|申报|获批 [了|的] <programme words> “<project>”` (某教授主持的国家某某基金
  重点项目“某某研究”, 主持国家某某基金项目“…”): the project (research_project), LEADS by the person with the verb as role;
  each further item of the list (`、乙计划项目“…”`) is held too; the project is PART_OF the programme its words name
  (named with its class as written: 国家某某基金重点项目; alone where only 项目 follows); a profile's sentence that opens
  with the verb is the paragraph's one person's;
- `<unit>[等单位][…人员] 研发|研制|完成 的 “<project>”` (某公司等单位科研人员完成的“…”项目): UNIT_OF the project;
- `<unit> 承担|牵头(承担)|主持|获批 的 <programme words> “<project>”`: UNIT_OF the project;
- in the same sentence, `获<body>(立项)?资助|支持`, `由<body>资助|支持`, `<body>资助的`: FUNDED_BY the body;
- a list of projects without quotes, two items or more in a sentence (`甲大学乙所负责的某某机制研究，丙所负责的
  某某调控；丁大学戊主持的某某技术等`): each title the person before `(所)负责|主持|承担的` leads, the unit written
  right before the person carries it and the person works there; an item after a comma keeps the unit of the
  item before it, an item after a semicolon does not.

The programme itself is read by ingest.nlp.programmes; a class of it (重点项目, 面上项目) alone is no project.
"""

from __future__ import annotations

import re

from graph.schema import Label, RelType
from ingest.kit.text import is_chinese_name
from ingest.model import Entity, Relation, Span
from ingest.nlp.mentions import Mention, Mentions

_HOLDS = r"(?P<verb>主持|承担|负责|牵头申报|牵头承担|牵头|申报|获批)"
_PROGRAMME_WORDS = r"[^，。；！？“”\n]{0,40}?"
# the verb, then 了 or 的, or straight on to the programme's words (主持国家某某基金重点项目“…”; not 主持人, 承担单位)
_HELD = re.compile(rf"{_HOLDS}(?:了|的|(?!人|单位|者)(?=[^，。；！？“”\n]{{0,30}}?(?:基金|计划|专项|项目|课题)))")
# programme words, then the project's name in quotes; a quoted name followed by more programme words is the
# programme's (国家某某计划“某某”重点专项项目“<project>”)
_CHAIN = re.compile(r"\s*(?:(?!\s*(?:[（(][^（）()\n]{1,30}[）)]\s*)?(?:和|及|与|以及))"  # (“甲”（编号）和“乙”: a list, no chain)
                    r"[^，。；！？“”\"《》\n、的]{0,40}?(?:[“\"][^“”\"\n]{1,80}[”\"]|《[^《》\n]{1,80}》))+")
_QUOTE = re.compile(r"[“\"](?P<name>[^“”\"\n]{4,80})[”\"]|《(?P<book>[^《》\n]{4,80})》")  # 甲主持的《某某研究》 too
# the project's number in brackets after its name: `“某某研究”（2022YFC2500100）`, `（项目编号：62271234）`
_CODE_AFTER = re.compile(r"\s*[（(]\s*(?:(?:项目|课题)?(?:编号|批准号)\s*[：:]?\s*)?"
                         r"(?P<code>(?=[A-Za-z\d\-]*\d{4})[A-Za-z]{0,6}\d[A-Za-z\d\-]{3,19})\s*[)）]")
_FUNDER_AFTER = re.compile(r"\s*(?:获得?|得到|获)(?:了)?\s*$")
_FUNDS = re.compile(r"\s*(?:的)?\s*(?:立项)?(?:资助|支持|批准立项|立项)")
_FUNDER_BEFORE = re.compile(r"(?:由|经)\s*$")
_SUBJECT_GAP = re.compile(r"[\s，,]*(?:等)?(?:教授|研究员|副教授|副研究员|博士|院士|团队|课题组|研究组|老师|同志|医生)?"
                          r"\s*(?:等)?\s*$")
# 甲教授的《某某研究》, 乙老师的“某某研究”: a person's title, in a sentence that grants projects (_GRANTED)
_POSSESSED = re.compile(r"的\s*(?:《(?P<book>[^《》\n]{6,80})》|“(?P<name>[^“”\n]{6,80})”)")
_GRANTED = re.compile(r"(?:获批|批准|立项|获得?[^，。；！？\n]{0,30}?资助)[^。！？\n]{0,200}?项目|项目[^。！？\n]{0,200}?(?:获批|立项|资助)"
                      r"|(?:资助|获批|立项)项目")  # 两项国家自然基金资助项目分别是甲教授的“…”
_CATEGORY = re.compile(r"(?:国家|省|市|部)?(?:级)?(?:重点|重大|面上|青年|一般|培育|专项|研发|科研|科技|研究|横向|纵向|合作|攻关|教学|教改"
                       r"|其他|主要|各类)*(?:项目|课题|计划)")  # 主持科研项目, 主持横向课题: a kind, no project's name


# where a programme's own name ends: its first fund, plan or special programme word, a class of it after that
_PROGRAMME_ROOT = re.compile(r"^(?P<root>.{2,30}?(?:基金|计划|专项))\s*(?:[（(][^）)]{0,12}[）)])?\s*"
                             r"(?P<rest>(?:青年|面上|重点|重大|一般|培育|优秀青年|杰出青年|地区|联合|创新|专项|国际合作|应急)?"
                             r"[^，,]{0,12}?(?:项目|课题|资助|基金)?)$")
_CLASS_OF_PROGRAMME = re.compile(r"^(?:联合基金|区域创新发展联合基金|企业创新发展联合基金)?(?:科学)?(?:青年|面上|重点|重大|一般|培育|优秀青年|杰出青年|地区|联合|应急|国际合作)?"
                                 r"(?:科学)?(?:基金)?(?:项目|课题)?$|^第\s*\d+\s*批.*资助$|^[（(]\d+计划\s*[)）]\s*项目$")


def programme_of_class(name: str) -> str | None:
    """The programme's own name where `name` is a programme and a class of its projects (国家自然科学基金 of
    国家自然科学基金青年科学基金项目, 国家自然科学基金面上项目, 国家自然科学基金联合基金重点项目, 某省自然科学基金项目),
    no project's title; else None."""
    m = _PROGRAMME_ROOT.match(name)
    if m and _CLASS_OF_PROGRAMME.match(m.group("rest").strip()):
        return m.group("root").strip()
    return None


def is_class_of_programme(name: str) -> bool:
    """A class of a programme's projects written alone (面上, 青年, 重点项目), no programme of its own."""
    return bool(name.strip()) and _CLASS_OF_PROGRAMME.match(name.strip()) is not None


# what an event's name ends with: the meetings and ceremonies a person chairs (主持的“某某颁奖典礼”), no project
EVENTS = ("会", "仪式", "典礼", "论坛", "沙龙", "讲座", "活动", "大赛", "比赛", "展览")


def is_category(name: str) -> bool:
    """A class of projects (重点项目, 省级重点研发项目), not a project's name."""
    return _CATEGORY.fullmatch(name) is not None


# an item of a list of projects held: the holder's verb, then the title up to the item's end
_LISTED_HELD = re.compile(r"所?(?:负责|主持|承担)的(?P<title>[^，,。；;：:“”\"《》、\n]{4,40}?)(?=等?[，,。；;]|等?$)")
_NAME_BEFORE = re.compile(r"(?:^|(?<=[，,；;：:、\s]))(?P<name>[\u4e00-\u9fff]{2,3})$")
_MIN_LISTED = 2


def listed_holdings(text: str, mentions: Mentions, start: int, end: int,
                    entities: list[Entity], relations: list[Relation]) -> None:
    """The projects of a list written without quotes in the sentence [start, end); appends to `entities` and
    `relations`. Fewer than two items is no list: `甲负责的工作` in passing names no project."""
    items = [m for m in _LISTED_HELD.finditer(text, start, end)
             if not is_category(m.group("title")) and not m.group("title").endswith(EVENTS)]
    if len(items) < _MIN_LISTED:
        return
    inside = mentions.within(start, end)
    span, unit, last = Span(start, end), None, start
    for m in items:
        person = _listed_holder(text, inside, last, m.start())
        if person is None:
            continue
        name, at = person
        orgs = [o for o in inside if o.label == "ORG" and o.end == at]
        if orgs:
            unit = orgs[-1].ref
        elif ";" in text[last:at] or "；" in text[last:at]:
            unit = None
        title = m.group("title")
        entities.append(Entity(type=Label.PERSON, name=name, spans=(Span(at, at + len(name)),)))
        entities.append(Entity(type=Label.PROJECT, name=title, kind="research_project",
                               spans=(Span(*m.span("title")),)))
        relations.append(Relation(type=RelType.LEADS, source=name, target=title, spans=(span,)))
        if unit is not None:
            relations.append(Relation(type=RelType.UNIT_OF, source=unit, target=title, spans=(span,)))
            relations.append(Relation(type=RelType.WORKS_AT, source=name, target=unit, spans=(span,)))
        last = m.end()


def _listed_holder(text: str, inside: list[Mention], start: int, at: int) -> tuple[str, int] | None:
    """The person's name right before a listed item's verb, and where it starts: a person the document's
    mentions name, else a name that opens with a surname after a unit or a separator."""
    person = next((p for p in inside if p.label == "PERSON" and p.end == at and p.start >= start), None)
    if person is not None:
        return person.text, person.start
    units = [o for o in inside if o.label == "ORG" and start <= o.end <= at and at - o.end in (2, 3)]
    if units:
        name = text[units[-1].end:at]
    else:
        m = _NAME_BEFORE.search(text, start, at)
        name = m.group("name") if m else ""
    return (name, at - len(name)) if is_chinese_name(name) else None


def grant_facts(text: str, mentions: Mentions, start: int, end: int,
                entities: list[Entity], relations: list[Relation]) -> None:
    """Projects held in the sentence [start, end); appends to `entities` and `relations`."""
    inside = mentions.within(start, end)
    span = Span(start, end)
    for m in _HELD.finditer(text, start, end):
        holder = _holder(text, inside, m.start()) or _profile_person(text, mentions, start, m.start())
        at = m.end()
        while (item := _held_item(text, at, end)) is not None:  # (主持甲基金项目“…”、乙计划项目“…”等: each item)
            last, code = item
            group = "book" if last.group("book") else "name"
            name = last.group(group).strip()
            if is_category(name) or name.endswith(EVENTS):
                break  # 重点项目: a class of projects; 主持的“某某庆祝茶会”: an event
            entities.append(Entity(type=Label.PROJECT, name=name, kind="research_project",
                                   code=code.group("code") if code else None, spans=(Span(*last.span(group)),)))
            if holder is not None and holder.label == "PERSON":
                relations.append(Relation(type=RelType.LEADS, source=holder.text, target=name, role=m.group("verb"),
                                          spans=(span,)))
            elif holder is not None:
                relations.append(Relation(type=RelType.UNIT_OF, source=holder.ref, target=name, spans=(span,)))
            for body in _funders(text, inside, last.end(), end):
                relations.append(Relation(type=RelType.FUNDED_BY, source=name, target=body, spans=(span,)))
            _of_programme(text, at, last.start(), name, span, entities, relations)
            following = _NEXT_ITEM.match(text, code.end() if code else last.end(), end)
            if following is None:
                break
            at = following.end()
    if _GRANTED.search(text, start, end):
        for m in _POSSESSED.finditer(text, start, end):
            _possessed(text, inside, m, span, entities, relations)
    for m in _HEAD_OF_PART.finditer(text, start, end):  # 甲教授为“某某方法”课题负责人
        holder = _holder(text, inside, m.start())
        name = m.group("name").strip()
        if holder is not None and holder.label == "PERSON" and not is_category(name):
            entities.append(Entity(type=Label.PROJECT, name=name, kind="research_project", spans=(Span(*m.span("name")),)))
            relations.append(Relation(type=RelType.LEADS, source=holder.text, target=name, role=m.group("role"),
                                      spans=(span,)))
    listed_holdings(text, mentions, start, end, entities, relations)
    _made_by_units(text, inside, span, entities, relations)


# a unit's work in quotes, made or carried out by it or its people (`某大学研发的“…”`, `某公司等单位科研人员完成的
# “…”项目`): the unit is the project's
_MADE = re.compile(r"(?P<verb>研发|研制|开发|完成|研究开发)的\s*[“\"](?P<name>[^“”\"\n]{4,60})[”\"]")
_MAKERS_GAP = re.compile(r"\s*(?:等(?:单位|企业|高校|院校|机构|院所))?(?:的)?(?:[\u4e00-\u9fff]{0,8}?(?:团队|人员|课题组|研究组))?\s*"
                         r"(?:联合|共同|合作)?\s*")


def _made_by_units(text: str, inside: list[Mention], span: Span, entities: list[Entity], relations: list[Relation]) -> None:
    """The quoted works the sentence says a unit made (`_MADE`), written right after the unit or its people: UNIT_OF."""
    for m in _MADE.finditer(text, span.start, span.end):
        name = m.group("name").strip()
        units = [o for o in inside if o.label == "ORG" and o.end <= m.start()]
        if not units or not _MAKERS_GAP.fullmatch(text, units[-1].end, m.start()) or is_category(name) \
                or name.endswith(EVENTS) or any(e.name == name and e.type is not Label.PROJECT for e in entities):
            continue
        if not any(e.type is Label.PROJECT and e.name == name for e in entities):
            entities.append(Entity(type=Label.PROJECT, name=name, kind="research_project", spans=(Span(*m.span("name")),)))
        relations.append(Relation(type=RelType.UNIT_OF, source=units[-1].ref, target=name, spans=(span,)))


def _profile_person(text: str, mentions: Mentions, start: int, at: int) -> Mention | None:
    """The one person a paragraph names before a sentence that opens with the holder's verb (`甲，教授。主持…`):
    the subject a profile's later sentences leave unsaid."""
    if not _LEAD_IN.fullmatch(text, start, at):
        return None
    paragraph = text.rfind("\n\n", 0, start) + 1
    people = [p for p in mentions.within(paragraph, start) if p.label == "PERSON"]
    return people[-1] if len({p.text for p in people}) == 1 else None


_LEAD_IN = re.compile(r"[\s，,]*(?:(?:近年来|近\s*\d+\s*年来?|先后|曾|还|并|共|累计|已)[，,]?\s*)*")


def _held_item(text: str, at: int, end: int) -> tuple[re.Match[str], re.Match[str] | None] | None:
    """The project a holder's words name from `at`: its programme's words, then its title in quotes (the last
    quote of the chain), and its number in brackets after it; None where no title ends the words."""
    chain = _CHAIN.match(text, at, end)
    last = list(_QUOTE.finditer(text, at, chain.end())) if chain else []
    if not last or chain is None or last[-1].end() != chain.end():
        return None
    return last[-1], _CODE_AFTER.match(text, last[-1].end(), end)


_NEXT_ITEM = re.compile(r"\s*(?:、|和|及|以及)\s*")


def _of_programme(text: str, start: int, end: int, project: str, span: Span,
                  entities: list[Entity], relations: list[Relation]) -> None:
    """`主持国家某某基金重点项目“<project>”`: the programme the words before the title name holds the project, PART_OF
    it: named with its class of projects as written (某基金重点项目), or alone where no class follows (某基金项目)."""
    words = _COUNTED.sub("", text[start:end].strip())
    root = programme_of_class(words)
    if root is None or not _PROGRAMME_NAME.fullmatch(root):
        return
    name = root if _NO_CLASS.fullmatch(words[len(root):]) else words
    at = start + text[start:end].index(name)
    if not any(e.type is Label.PROJECT and e.name == name for e in entities):
        entities.append(Entity(type=Label.PROJECT, name=name, kind="programme", spans=(Span(at, at + len(name)),)))
    relations.append(Relation(type=RelType.PART_OF, source=project, target=name, spans=(span,)))


_NO_CLASS = re.compile(r"\s*(?:项目|课题)?\s*")
_COUNTED = re.compile(r"^(?:了|的)?\s*(?:[一二两三四五六七八九十\d]+\s*[项个])?")
# a programme's own name: a state's, a province's or a ministry's fund, plan or special programme (not 某公司委托计划)
_PROGRAMME_NAME = re.compile(r"(?:国家|中国|教育部|科技部|[\u4e00-\u9fff]{2,3}(?:省|市|自治区))[\u4e00-\u9fff]{2,24}(?:基金|计划|专项)")


# 甲教授为“某某方法”课题负责人, 乙为项目总负责人和“…”课题负责人: the part of a project (or the project) a person leads
_HEAD_OF_PART = re.compile(r"为(?:[^，。；“”\n]{0,12}?和)?\s*[“\"](?P<name>[^“”\"\n]{4,80})[”\"]\s*"
                           r"(?P<role>(?:子?课题|项目|子项目|任务|专题)(?:总)?负责人)")


def _possessed(text: str, inside: list[Mention], m: re.Match[str], span: Span,
               entities: list[Entity], relations: list[Relation]) -> None:
    """`甲教授的《某某研究》…获…资助`: the title in book quotes (or quotes) after a person's 的, in a sentence
    that grants projects, is the person's project."""
    group = "book" if m.group("book") else "name"
    name = m.group(group).strip()
    holder = _holder(text, inside, m.start())
    if holder is None or holder.label != "PERSON" or is_category(name):
        return
    entities.append(Entity(type=Label.PROJECT, name=name, kind="research_project", spans=(Span(*m.span(group)),)))
    relations.append(Relation(type=RelType.LEADS, source=holder.text, target=name, spans=(span,)))


def _holder(text: str, inside: list[Mention], at: int) -> Mention | None:
    """The person or unit right before the verb (titles, 等, 团队 between them allowed)."""
    before = [m for m in inside if m.end <= at and m.label in ("PERSON", "ORG", "TITLE", "POSITION")]
    for m in reversed(before):
        if m.label in ("TITLE", "POSITION"):
            continue
        gap = text[m.end:at]
        titles = [t for t in before if m.end <= t.start and t.end <= at]
        for t in reversed(titles):
            gap = gap[: t.start - m.end] + gap[t.end - m.end:]
        return m if _SUBJECT_GAP.fullmatch(gap) else None
    return None


def _funders(text: str, inside: list[Mention], start: int, end: int) -> list[str]:
    out = []
    for org in (o for o in inside if o.label == "ORG" and o.start >= start):
        gained = _FUNDER_AFTER.search(text, start, org.start) is not None or \
            _FUNDER_BEFORE.search(text, start, org.start) is not None
        if (gained or text[start:org.start].strip() == "") and _FUNDS.match(text, org.end):
            out.append(org.ref)
    return out
