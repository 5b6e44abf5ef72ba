"""People listed in prose with their units and posts, where an item leaves its unit to the one before.

`出席会议的有某学会甲某理事长、乙某副理事长、某大学丙某院士`, `某大学校长甲某、副校长乙某`, `某研究院院长甲某和副院长乙某`:
an item that names a person with a post or title but no unit of its own (`乙某副理事长`, `副校长乙某`) holds
it in the unit of the item before, when that item named a person of a unit in the same clause (a semicolon ends
one: `某医院甲教授获二等奖；乙教授获三等奖` says nothing of 乙's unit, while `；机械系丙副教授` still names a department of
the institution before). Items are cut at `、，；和及`;
the relations are those of holding the post in the unit (ingest.nlp.posts: WORKS_AT, or AFFILIATED_WITH in a
society; LEADS for a head post).

After an item naming a university's or hospital's person, an item opening with a school or department alone
(`某大学甲副校长、物理学院乙院长`, `某医院甲院士、神经外科乙教授获颁“某奖”`) is of that institution: its person works
there, the department written into the post. After `甲院士与同事乙`, the names listed bare (`、丙、丁等`) are colleagues
at 甲's unit.
"""

from __future__ import annotations

import re

from graph.schema import RelType
from ingest.kit.orgbook import INSTITUTION_KINDS, institution_of_school
from ingest.model import Relation, Span
from ingest.nlp.article import is_department
from ingest.nlp.lexicon import kind_of
from ingest.nlp.mentions import Mention
from ingest.nlp.posts import SCHOOL_ENDINGS, academy_honour, fits_unit, post_relations

_ITEM = re.compile(r"[^、，,；;和及]+")
_ROLES = ("POSITION", "TITLE")
_TAIL = re.compile(r"\s*(?:等(?:[\u4e00-\u9fff]{0,12})?)?[。！!]?\s*$")  # 等出席签约仪式
# 、丙某教授出席会议, 、丙某教授获颁“某奖”
_ENUMERATED_TAIL = re.compile(r"\s*等?[\u4e00-\u9fff]{0,12}(?:[“\"《][^”\"》\n]{1,40}[”\"》])?(?:[（(][^（）()\n]*[）)])?[。！!]?\s*$")
_NOTED = re.compile(r"[“\"《][^”\"》\n]*[”\"》]|[（(][^（）()\n]*[）)]")
_GAP = re.compile(r"\s*")
_COLLEAGUES = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:与|和|及|携)(?:其|他的|她的)?(?:同事|同仁)")  # 甲院士与同事乙
_OTHER_INSTITUTION = re.compile(r"大学|医院|大(?=[^大]*(?:学院|系)$)")  # 港城大计算学院: a short form before the school
# what the item's person did, closing the clause: the items after it name people of no unit said
_DONE = re.compile(r"当选|担任|出任|荣获|获得|获评|获颁|宣读|汇报|主持|致辞|讲话|发言|介绍|作为")
_CLAUSES = ("；", ";")  # a semicolon closes a clause, and the unit its items left to the next
_LAST_NAMED = re.compile(r"\s*(?:等[^、]*)?[。！!]?\s*$")  # 、丁等组成的研究团队…: the list ends with 等


def listed_people(text: str, mentions: list[Mention], start: int, end: int) -> list[Relation]:
    out: list[Relation] = []
    unit: str | None = None
    institution: str | None = None  # the institution the list's items so far are of
    colleagues: str | None = None  # the unit of a person whose colleagues the list goes on to name (甲与同事乙、丙)
    span = Span(start, end)
    for item in _ITEM.finditer(text, start, end):
        if text[item.start() - 1:item.start()] in _CLAUSES:  # 乙教授获二等奖；丙教授、丁教授获三等奖: a clause of its own
            unit = colleagues = None  # (a department named alone is still the institution's: ；机械系丙副教授)
        if unit is not None and text.startswith("校", item.start()) and not unit.endswith(SCHOOL_ENDINGS):
            unit = None  # 某处处长甲，校党委副书记乙: 校 is the university, not the unit before
        inside = [m for m in mentions if item.start() <= m.start and m.end <= item.end()]
        people = [m for m in inside if m.label == "PERSON"]
        orgs = [m for m in inside if m.label == "ORG" and not academy_honour(text, m)]  # 中科院院士: no unit
        enumerated = _enumerated(text, item.start())
        department = _department_item(text, item.start(), inside) if institution else None  # 、或，某科乙教授
        if department is not None and institution is not None:  # 某大学甲副校长、某学院乙院长: the school's people
            out += _in_a_school(text, inside, item.end(), department, institution, span)
            unit = institution
            continue
        if orgs:
            unit = orgs[-1].ref if people and people[0].start >= orgs[-1].end else None
            institution = None if unit is None else institution_of_school(unit) or (  # 某大学某研究所甲教授、某系乙教授
                unit if kind_of(unit) in INSTITUTION_KINDS else None)
            with_them = _COLLEAGUES.match(text, people[0].end, item.end()) if unit is not None and people else None
            colleagues = unit if with_them is not None else None
            out += [Relation(type=RelType.WORKS_AT, source=m.text, target=unit, spans=(span,))
                    for m in people if with_them is not None and unit is not None and m.start >= with_them.end()]
            if people and with_them is None and _DONE.search(text, people[-1].end, item.end()):
                unit = institution = None  # 某医院甲教授当选名誉会长，乙教授、丙教授当选副会长: a clause of its own
            continue
        if colleagues is not None and enumerated and len(people) == 1 and len(inside) == 1 \
                and not text[item.start():people[0].start].strip() and _LAST_NAMED.match(text, people[0].end, item.end()):
            out.append(Relation(type=RelType.WORKS_AT, source=people[0].text, target=colleagues, spans=(span,)))
            continue
        colleagues = None
        read = _person_with_post(text, inside, item.start(), item.end(), enumerated)
        if read is None or unit is None:
            unit = None if people else unit
            continue
        person, position, title = read
        if not fits_unit(position, unit):
            continue  # 某厅厅长甲，副校长乙: a university's post, no post of the office before
        out += [r for r in post_relations(person, unit, position, title, span)
                if r.type is not RelType.WORKS_AT or position or title]
    return out


def _in_a_school(text: str, inside: list[Mention], end: int, department: tuple[str, int], institution: str,
                 span: Span) -> list[Relation]:
    """The person of an item opening with a school or department (`物理学院乙院长`) works at the institution, the
    school written into the post; a prize's name or a note after them (`获颁“某奖”（按笔画排序）`) says nothing of it."""
    dept, at = department
    noted = [(m.start(), m.end()) for m in _NOTED.finditer(text, at, end)]
    rest = [m for m in inside if m.start >= at and not any(a <= m.start < b for a, b in noted)]
    first = next((k for k, m in enumerate(rest) if m.label == "PERSON"), None)
    if first is not None:  # 某系教授乙获某某奖: a prize named after a person in what the item's person did
        k = first + 1
        while k < len(rest) and rest[k].label in _ROLES and rest[k].start == rest[k - 1].end:
            k += 1
        rest = rest[:k]
    read = _person_with_post(text, rest, at, end, True)
    if read is None:
        return []
    person, position, title = read
    post = position if position and position.startswith(dept) else dept + (position or "")
    return [r for r in post_relations(person, institution, post, title, span) if r.type is RelType.WORKS_AT]


def _department_item(text: str, start: int, inside: list[Mention]) -> tuple[str, int] | None:
    """The department an item opens with (`化学系杨某主任`, recognised or not) and where the rest starts, or None."""
    first = min((m.start for m in inside if m.label in ("PERSON", *_ROLES)), default=None)
    if first is None:
        return None
    lead = text[start:first].strip()
    orgs = [m for m in inside if m.label == "ORG" and m.end <= first]
    if orgs and orgs[-1].ref != lead or not is_department(lead) or kind_of(lead) not in ("other", "government"):
        return None  # 物理学院, 化学系, 人事处; not an institute or an academy (某科学院院士) of its own
    if _OTHER_INSTITUTION.search(lead):
        return None  # 某工业大学计算机学院, 港城大计算学院: a school of another institution, named with it
    return lead, first


def _enumerated(text: str, at: int) -> bool:
    """The item at `at` follows another in an enumeration (after 、, 和, 及), not a clause after a comma."""
    return at > 0 and text[at - 1] in "、和及"


def _person_with_post(text: str, inside: list[Mention], start: int, end: int,
                      enumerated: bool = False) -> tuple[str, str | None, str | None] | None:
    """`乙某副理事长`, `副校长乙某`, `丙某教授等出席`: (person, position, title) of an item that is only that; an item
    of an enumeration may end with what they did (`丙某教授出席`)."""
    people = [m for m in inside if m.label == "PERSON"]
    if len(people) != 1:
        return None
    person = people[0]
    etc = text.find("等", person.end, end)
    if etc >= 0:  # 丙某教授等学术委员出席: what the list's people are together, after 等, is the tail's
        inside = [m for m in inside if m.end <= etc]
    before = [m for m in inside if m.label in _ROLES and m.end <= person.start]
    after = [m for m in inside if m.label in _ROLES and m.start >= person.end]
    roles = before + after
    if not roles or len(roles) != len(inside) - 1:
        return None
    first = before[0].start if before else person.start
    last = after[-1].end if after else person.end
    tail = _ENUMERATED_TAIL if enumerated else _TAIL
    if text[start:first].strip() or not tail.match(text, last, end) or not _joined(text, [*before, person, *after]):
        return None
    position = "、".join(m.text for m in roles if m.label == "POSITION") or None
    title = "、".join(m.text for m in roles if m.label == "TITLE") or None
    return person.text, position, title


def _joined(text: str, run: list[Mention]) -> bool:
    return all(_GAP.fullmatch(text, a.end, b.start) for a, b in zip(run, run[1:], strict=False))
