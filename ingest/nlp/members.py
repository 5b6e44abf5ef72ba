"""Belonging that is not employment, and people named as a unit's share of a list.

- students and graduates: `某大学本科毕业生李某和博士毕业生王某`, `某大学博士研究生李某` -> AFFILIATED_WITH the unit;
- party members: `民盟盟员李某`, `民进会员王某` -> the party (an Organization of kind other, from the
  names in ingest/data/parties.txt) and AFFILIATED_WITH it;
- a unit's share of a list: `某大学共23人入选…：李某、王某…入选…` -> WORKS_AT the unit for each name
  the paragraph gives as selected;
- joining: `欢迎甲、乙和丙加入某实验室` -> AFFILIATED_WITH the unit (a group, lab or body one joins as a member or
  student); `甲以某层次人才引进到某大学` -> WORKS_AT the unit that recruited the person.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from graph.schema import Label, RelType
from ingest.model import Entity, Relation, Span
from ingest.nlp.mentions import ITEM_JOIN, LIST_JOIN, Mention, Mentions, listed_runs
from ingest.nlp.posts import post_relations

_STUDENT = (r"(?:(?:19|20)\d{2}级|大[一二三四五]|研[一二三]|博[一二三四五]|[一二三四五六]年级)?"  # 大三学生, 2021级本科生
            r"(?:本科|硕士班?|博士班?|研究生|在读)?(?:毕业生|研究生|博士生|硕士生|本科生|学生|校友|博士后)")  # 博士班学生 (Taiwan)
# the department between the unit and the student word, where the recogniser left it out (本校某某系博士生)
_STUDENTS = re.compile(rf"(?:[\u4e00-\u9fff]{{2,10}}?(?:系|学系|专业|研究所))?(?:的)?{_STUDENT}")
_NEXT_STUDENT = re.compile(rf"\s*(?:和|与|及|、)\s*{_STUDENT}")
_MEMBER_WORD = re.compile(r"(?:党员|盟员|社员|会员|成员)")
# `某大学共有9位学者当选`, also after a clause of praise (`某大学同样不甘示弱，共有5位学者当选`)
# `某医院5名专家入选`: a count written right after the unit names the unit's staff, not anyone's
_STAFF = r"[\u4e00-\u9fff]{0,4}?(?:学者|专家|教授|科学家|研究员|教师|老师|医生|医师|人才)"
_COUNT = r"(?:\d+|[一二三四五六七八九十两]+)"
_SELECTED = re.compile(rf"(?:[\u4e00-\u9fff]{{0,8}}?[，,]\s*)?(?:(?:共有|共|有)\s*{_COUNT}\s*(?:人|名|位)(?:次)?(?:{_STAFF})?"
                       rf"|{_COUNT}\s*(?:名|位){_STAFF})(?:入选|当选|获|荣获|获评|获批)")
# the list of those selected, given after the count: `这9位新当选的院士分别是：甲、乙(某院院士)以及丙`
_NAMED_AS = re.compile(r"(?:分别是|分别为|依次为|名单如下|他们是|她们是)\s*[：:]?\s*")
_NOTE_AFTER = re.compile(r"\s*[（(][^（）()\n]{1,20}[）)]")
# between two names of one list: separators, and the next one's designation (`，民进会员`)
_BETWEEN_NAMES = re.compile(r"[、，,和及\s]*(?:[、，,]\s*[\u4e00-\u9fff]{1,10}?)?")
# `某大学入选的5人中`, `某医院获批的3位专家中`: the people the sentence names next are that unit's
_AMONG = re.compile(r"\s*(?:入选|当选|获批|获评|获选)的\s*(?:\d+|[一二三四五六七八九十两]+)\s*(?:人|名|位)[\u4e00-\u9fff]{0,4}?中")
_INSTITUTION = re.compile(r"大学|医院|研究院|科学院|研究所|公司|集团|中心$")
_PICKED = re.compile(r"[、，,\s]*(?:等\s*(?:\d+人)?)?\s*(?:分别)?(?:入选|当选|荣获|获评|获批|获得)")


@cache
def _parties() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, party_names())))


@cache
def party_names() -> tuple[str, ...]:
    """Political parties, full and short names (generic knowledge), longest first."""
    text = resources.files("ingest").joinpath("data", "parties.txt").read_text(encoding="utf-8")
    names = {w for line in text.splitlines() if line.strip() and not line.startswith("#") for w in line.split()}
    return tuple(sorted(names, key=len, reverse=True))


def students(text: str, mentions: Mentions, span: Span) -> list[Relation]:
    """`<unit>本科毕业生<name>和博士毕业生<name>`: each student or graduate AFFILIATED_WITH the unit."""
    out: list[Relation] = []
    for org in (o for o in mentions.starting(span.start, span.end) if o.label == "ORG"):
        m = _STUDENTS.match(text, org.end)
        while m and (person := _person_at(mentions, m.end())) is not None:
            kind = RelType.WORKS_AT if m.group().endswith("博士后") else RelType.AFFILIATED_WITH  # a postdoc is employed
            listed = [person]
            while (join := LIST_JOIN.match(text, listed[-1].end)) and (nxt := _person_at(mentions, join.end())):
                listed.append(nxt)  # 博士生甲、乙: the names of the same list
            out += [Relation(type=kind, source=p.text, target=org.ref, spans=(span,)) for p in listed]
            m = _NEXT_STUDENT.match(text, person.end) if len(listed) == 1 else None
    return out


def _person_at(mentions: Mentions, at: int) -> Mention | None:
    return next((p for p in mentions.starting(at, at + 1) if p.label == "PERSON"), None)


def party_members(text: str, mentions: Mentions, span: Span, entities: list[Entity]) -> list[Relation]:
    """`<party><党员|盟员|社员><name>`: the party and the member's affiliation with it."""
    out: list[Relation] = []
    if not _parties().search(text, span.start, span.end):
        return out
    for m in _parties().finditer(text, span.start, span.end):
        party, start = m.group(), m.start()
        word = _MEMBER_WORD.match(text, m.end())
        named = [p for p in mentions.starting(word.end(), word.end() + 1) if p.label == "PERSON"] if word else []
        person = named[-1] if named else _profiled(text, mentions, span.start, start) if word else None
        if person is None or any(e.spans and e.spans[0].start < start < e.spans[0].end for e in entities
                                 if e.type is Label.ORGANIZATION):
            continue
        entities.append(Entity(type=Label.ORGANIZATION, name=party, kind="other", spans=(Span(start, m.end()),)))
        out.append(Relation(type=RelType.AFFILIATED_WITH, source=person.text, target=party, spans=(span,)))
    return out


def _profiled(text: str, mentions: Mentions, start: int, at: int) -> Mention | None:
    """`甲，某省人，九三学社社员。`: the one person the sentence opens with, before `at`, whose profile it is."""
    people = [p for p in mentions.within(start, at) if p.label == "PERSON"]
    if len(people) != 1 or text[start:people[0].start].strip() or not text.startswith(("，", ","), people[0].end):
        return None
    return people[0]


def selected_from_unit(text: str, mentions: Mentions, lines: list[tuple[int, int]]) -> list[Relation]:
    """`某大学共23人入选…`: every name the same paragraph gives as selected works at that unit."""
    out: list[Relation] = []
    for start, end in lines:
        for org in (o for o in mentions.within(start, end) if o.label == "ORG"):
            if not _SELECTED.match(text, org.end):
                continue
            named = {p.start for m in _NAMED_AS.finditer(text, org.end, end) for p in _named_after(text, mentions, m.end())}
            for person in (p for p in mentions.within(org.end + 1, end) if p.label == "PERSON"):
                if person.start in named or _picked(text, person, mentions, end):
                    out.append(Relation(type=RelType.WORKS_AT, source=person.text, target=org.ref,
                                        spans=(Span(start, end),)))
    return out


# `某公司人员有党委书记、总经理甲，副总经理乙等；某学院相关人员有院长丙，副院长丁、戊`: a unit's delegation
_DELEGATION = re.compile(r"\s*(?:方面)?(?:的)?(?:相关|主要|参会|出席|参加)?(?:人员|领导|代表|嘉宾)(?:有|包括|为)\s*[：:]?\s*")
_DELEGATION_END = re.compile(r"[；;。！？\n]")


def delegations(text: str, mentions: Mentions, start: int, end: int) -> list[Relation]:
    """The people a unit's delegation lists (`某学院相关人员有院长甲，副院长乙、丙`) work at that unit, each in the
    posts written right before the name (or before the name it is listed with); an item that names a unit of
    its own (`某实验室副主任丁`) is that unit's."""
    out: list[Relation] = []
    for org in (o for o in mentions.within(start, end) if o.label == "ORG"):
        head = _DELEGATION.match(text, org.end, end)
        if head is None:
            continue
        stop = _DELEGATION_END.search(text, head.end(), end)
        stop_at = stop.start() if stop else end
        span = Span(org.start, stop_at)
        posts: list[str] = []
        item_has_unit = False
        at = head.end()
        for m in mentions.within(head.end(), stop_at):
            if m.start < at:
                continue
            if re.search(r"[，,]", text[at:m.start]):
                posts, item_has_unit = [], False  # a new item of the list
            if m.label == "ORG":
                item_has_unit = True
            elif m.label == "POSITION":
                posts.append(m.text)
            elif m.label == "PERSON" and not item_has_unit:
                out += post_relations(m.text, org.ref, "、".join(posts) or None, None, span)
            at = m.end
    return out


def _named_after(text: str, mentions: Mentions, at: int) -> list[Mention]:
    """The names listed from `at` (`甲、乙、丙(某院院士)以及丁`), a note in brackets after each allowed; a name
    with a unit of its own before it (`某医院的丁`) ends the list."""
    out: list[Mention] = []
    for p in mentions.after(at - 1):
        if p.start < at:
            continue  # inside the note
        if p.label != "PERSON" or not (p.start == at or ITEM_JOIN.fullmatch(text, at, p.start)):
            break
        out.append(p)
        note = _NOTE_AFTER.match(text, p.end)
        at = note.end() if note else p.end
    return out


def selected_among(text: str, mentions: Mentions, sentences: list[tuple[int, int]]) -> list[Relation]:
    """`某大学入选的5人中，2位特聘教授为土木工程学院教授甲、…`: every name of the sentence after it works at
    that unit, but one a unit of its own (another university, a hospital) is written right before."""
    out: list[Relation] = []
    for start, end in sentences:
        inside = mentions.within(start, end)
        for org in (o for o in inside if o.label == "ORG" and _AMONG.match(text, o.end)):
            last_unit, clause = org, org.end
            for m in (m for m in inside if org.end < m.start):
                if any(c in text[clause:m.start] for c in "；;"):
                    last_unit, clause = org, m.start  # a clause of its own: the unit of the sentence again
                if m.label == "ORG" and _INSTITUTION.search(m.text):
                    last_unit = m  # 某医院教授乙: a unit of its own
                elif m.label == "PERSON" and last_unit is org:
                    out.append(Relation(type=RelType.WORKS_AT, source=m.text, target=org.ref, spans=(Span(start, end),)))
    return out


# `这18位文科资深教授包括：`, `首批5名特聘教授分别为`: a count of people of a title, then their names
_COUNTED_TITLE = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)\s*(?:位|名|人)(?P<title>[\u4e00-\u9fff]{0,6}?(?:教授|研究员|院士|学者|专家))"
                            r"(?:分别)?(?:包括|为|是|有)\s*[：:]?\s*")


def counted_people(text: str, mentions: Mentions, sentences: list[tuple[int, int]],
                   institutions: list[str]) -> list[Relation]:
    """`这18位文科资深教授包括：甲、乙、丙`, in a text about one institution (`institutions` holds the one the text
    names): each name of the list, with the title, works there. A name with a unit of its own is no item."""
    if len(institutions) != 1:
        return []
    out: list[Relation] = []
    for start, end in sentences:
        for m in _COUNTED_TITLE.finditer(text, start, end):
            at = m.end()
            for person in (p for p in mentions.after(m.end() - 1) if p.start < end):
                if person.label != "PERSON" or not (person.start == at or ITEM_JOIN.fullmatch(text, at, person.start)):
                    break
                out.append(Relation(type=RelType.WORKS_AT, source=person.text, target=institutions[0],
                                    title=m.group("title"), spans=(Span(start, end),)))
                at = person.end
    return out


def _picked(text: str, person: Mention, mentions: Mentions, end: int) -> bool:
    """The name is followed, through a list of names, by `入选`/`当选`."""
    at = person.end
    while True:
        if _PICKED.match(text, at, end):
            return True
        nxt = next((p for p in mentions.after(at) if p.label == "PERSON"), None)
        if nxt is None or not _BETWEEN_NAMES.fullmatch(text[at:nxt.start]):
            return False
        at = nxt.end


# people joining a unit, welcomed or not (`欢迎甲、乙加入某实验室`); recruited by one (`甲以某某人才引进到某大学`, `被引进至`)
_JOINS = re.compile(r"\s*(?:正式|先后|一同|一起)?加入(?:了)?\s*")
_RECRUITED = re.compile(r"\s*(?:以[^，。；,;\n]{1,16}?(?:人才|身份|教授|研究员))?\s*(?:被)?引进(?:到|至|进入)\s*")
# a unit joined as staff (a company, a hospital), not as a member: employment, unless students join it
_EMPLOYER = re.compile(r"(?:公司|集团|医院|银行)$")
_STUDENT_WORDS = re.compile(r"同学|学生|研究生|博士生|硕士生|本科生|推免|复试")


def joined_units(text: str, mentions: Mentions, span: Span) -> list[Relation]:
    """The people a sentence says joined a unit, or a unit recruited, each with the unit."""
    out: list[Relation] = []
    people = [m for m in mentions.within(span.start, span.end) if m.label == "PERSON"]
    students = _STUDENT_WORDS.search(text, span.start, span.end) is not None
    for run in listed_runs(text, people):
        joined = _JOINS.match(text, run[-1].end)
        recruited = None if joined else _RECRUITED.match(text, run[-1].end)
        verb = joined or recruited
        org = next((o for o in mentions.starting(verb.end(), verb.end() + 1) if o.label == "ORG"), None) if verb else None
        if org is None:
            continue
        kind = RelType.WORKS_AT if recruited or (_EMPLOYER.search(org.ref) and not students) else RelType.AFFILIATED_WITH
        out += [Relation(type=kind, source=p.text, target=org.ref, spans=(span,)) for p in run]
    return out
