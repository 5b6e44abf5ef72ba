"""Roles stated around a name: `ORG POSITION|TITLE[、ORG POSITION] PERSON [TITLE]` and `ORG PERSON TITLE`.

WORKS_AT (position, title) and LEADS (role); a bare `中心主任…` refers to the last organization named with
that ending; a unit the recogniser left out or cut short, or a clause broken by a line break, is read from
the characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from graph.schema import Label, RelType
from ingest.model import Entity, Relation, Span
from ingest.nlp.appointments import list_end, opens_clause
from ingest.nlp.found import is_cjk
from ingest.nlp.lexicon import TAKING_POSTS, jieba_dictionary, kind_of, load_lexicon, stop_words
from ingest.nlp.mentions import DECLARED_SHORT, Mention, Mentions
from ingest.nlp.org_bounds import ORDINAL_TERM, past_own_school
from ingest.nlp.posts import (
    ACADEMIES,
    ACADEMY_HONOURS,
    DEPARTMENT,
    SCHOOL_ENDINGS,
    bare_org,
    fits_unit,
    gives_honours,
    is_former,
    is_society,
    is_society_unit_alone,
    post_relations,
    society_unit,
    the_one_unit_headed,
)
from ingest.org_names import kind_suffix

_JOIN = re.compile(r"[、，,\s\u3000]*|\s*[兼＆&]\s*")  # 副校长兼教务长, 创始人&CEO: two posts held together
_ROLE_LABELS = ("POSITION", "TITLE")
_CJK = re.compile(r"[\u3400-\u9fff]")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{1,4}")
_MAX_UNIT = 24
_CLAUSE_START = frozenset("“”\"，。；：、！？（）()【】 \t\n\u3000")  # or the text's start
# short forms prose gives units: 安岭大 (安岭大学), 安岭医大, 安岭大附一院, 景和二院, 鼎新医疗, 某医科院, 某所
_SHORT_ENDING = re.compile(r"(?:大|[一二三四五六七八九十]院|医疗|科院|所)$")
_SHORT_KINDS = {"大": "university", "医疗": "company", "科院": "research_institute", "所": "research_institute"}
_NOT_UNIT_START = frozenset("在由据经从与和对向把被为于及是将让请给这那其该本我你他她了着过")  # (给了|某大学: an aspect's particle)
_FORMER = ("前任", "前", "原", "退休")  # 某所退休研究员, 某大学前任校长: a post held before
_HEADED_UNITS = frozenset("院系所处部校")
_MARKED_ENDINGS = {"校": SCHOOL_ENDINGS}  # the units the one character stands for (院 for …院)
_DEPARTMENT_BEFORE = re.compile(r"(?:^|(?<=[，。、；：“\s]))(?:以及|及|和|由|经|从)?(?:我校|我院|本校|本院)?"
                                r"(?P<unit>[\u4e00-\u9fff]{1,6}?(?:系|研究室|教研室|课题组))$")
_PREPOSITIONS = "由经从据被把将向对让请给"
_LINKS_ONLY = re.compile(r"[并与和同及跟且]+")  # ，并与|某科学院院长: the clause's links before the recognised name
_EXAMPLE = ("例如", "比如", "譬如", "如")
_OWN = ("本院", "本校", "我院", "我校")
# a unit's own Party and union bodies, named by their kind alone: their posts are posts in that unit
_PARTY_BODIES = frozenset({"党委", "纪委", "监委", "团委", "工会", "党总支", "党支部", "纪检组"})
_ITEM_MARKS = ("，", ",", "、", "；", ";")
# departments every Party committee has, named alone after a post in the unit before them (党委副书记、组织部部长)
_PARTY_DEPARTMENTS = frozenset({"组织部", "宣传部", "统战部", "统一战线工作部", "政法委", "纪委", "纪工委"})



def roles(text: str, inside: list[Mention], mentions: Mentions, span: Span,
           entities: list[Entity]) -> list[Relation]:
    """Posts of the people of the sentence `inside` holds; `mentions` are the document's (a unit named before)."""
    out: list[Relation] = []
    listed: list[Post] = []  # the posts of the name before, where a list of names follows one post
    for i, person in enumerate(inside):
        if person.label != "PERSON":
            continue
        after = after_position = None
        if i + 1 < len(inside) and inside[i + 1].start == person.end and inside[i + 1].label in _ROLE_LABELS:
            after, after_position = (inside[i + 1].text, None) if inside[i + 1].label == "TITLE" \
                else (None, inside[i + 1].text)  # 李某教授; 某医院胸外科李某主任
        before = inside[:i]
        if before and "，" in text[before[-1].end:person.start].replace(",", "，") \
                and (opens_clause(text, list_end(text, inside, i)) or _posts_of_an_earlier_subject(text, before)):
            before = []  # 某学会理事长，李某当选副理事长 (甲、乙等两位同志任…): the names open a clause of their own
        groups = [Post(g.unit, _role_text(text, g.roles, "POSITION"), _role_text(text, g.roles, "TITLE"),
                       g.department, bool(g.roles) and (is_former(text, g.roles[0].start)  # 原院长; 前某研究院副院长
                                                         or g.at is not None and _former_unit(text, g.at.start)))
                  for g in _chain(text, before, person.start, mentions, entities)]
        across = _across_rows(text, before, person.start)
        if across:
            groups = []  # 甲教授 | 某学会常务副理事长\n乙 | …: the post of the row above, not of the name opening this one
        if not groups and (after or after_position):
            groups = [Post(*g) for g in _department_alone(text, person.start, inside[:i], entities)]
        clause_start = _clause_start(text, person.start)
        if not across and (not groups or (clause_start >= 0 and "\n" in text[clause_start:person.start]
                                          and not _units_on_the_line(text, groups, before, person.start))):
            groups = [Post(*g) for g in _clause(text, person.start, inside[:i], entities, titled=after is not None)] \
                or groups
        if not groups and i > 0 and inside[i - 1].label == "PERSON" \
                and text[inside[i - 1].end:person.start] in ("、", *_SLASHES):
            groups = listed  # 某委员会委员甲某、乙某, 某大学甲/乙/丙团队: each holds the post
        if not groups and listed:  # 某大学副校长甲，党委常委、副校长乙: the posts of the item before's unit
            groups = _carried(text, inside, i, listed)
        if not groups and (only := _the_one_unit(text, inside, i, mentions)) is not None:
            groups = [only]  # 副院长甲代表医院致辞: a head's post in the one hospital the document names
        elif groups and listed and (school := _school_s_department(text, person.start, groups, listed)) is not None:
            out.append(Relation(type=RelType.PART_OF, source=groups[0].unit, target=school.unit, spans=(span,)))
            groups = [*groups, school]
        groups = _party_departments(groups)
        groups += _slashed(text, before, groups)
        listed = groups
        for g in groups:
            position = g.position or (after_position if g.department or not g.position and after_position else None)
            out += post_relations(person.text, g.unit, position, g.title or after, span, former=g.former,
                                  department=g.department)
    return out


_SLASHES = ("/", "／")


_CLAUSE_OPENS = frozenset("，,、；;。：:\n")


def _the_one_unit(text: str, inside: list[Mention], i: int, mentions: Mentions) -> Post | None:
    """`副院长甲…`, `，院长乙，`: a head's post of a kind of unit written alone right before the name, opening its clause
    (no unit before it): the post is in the one unit of that kind the document has named so far, where it has named
    exactly one."""
    person = inside[i]
    if i == 0 or inside[i - 1].label != "POSITION" or inside[i - 1].end != person.start:
        return None
    post = inside[i - 1]
    if post.start > 0 and text[post.start - 1] not in _CLAUSE_OPENS:
        return None
    unit = the_one_unit_headed(text, mentions, post.text, post.start)
    return None if unit is None else Post(unit, post.text, None)



_SCHOOL_CLAUSE = re.compile(r"[，,、；;]\s*校(?!长)(?P<posts>[^，,。；;、]{1,20}(?:、[^，,。；;、]{2,20}){0,3})$")
_DEPARTMENT_ENDINGS = ("部", "处", "办公室", "学院", "学部", "系", "研究院", "中心")


def _school_s_department(text: str, end: int, groups: list[Post], listed: list[Post]) -> Post | None:
    """`某大学校长甲，校党委常委、宣传部部长乙`: an item opening with 校 after a university's is that university's, and
    the department it names alone (宣传部, 某某学部) is the university's: the posts of the whole item are held at the
    university, and the department is part of it."""
    clause = _SCHOOL_CLAUSE.search(text, max(0, end - 44), end)
    school = next((g.unit for g in listed if g.unit.endswith(SCHOOL_ENDINGS[:3])), None)
    unit = groups[0].unit
    if clause is None or school is None or len(groups) != 1 or unit == school \
            or not unit.endswith(_DEPARTMENT_ENDINGS) or unit not in clause.group("posts") \
            or any(w in unit[:-2] for w in SCHOOL_ENDINGS[:3]) or len(unit) > _MAX_UNIT // 2:
        return None
    return Post(school, "校" + clause.group("posts"), None)


# an item of a list of people each written after their university (`清华大学甲、北京交大乙、哈工大丙`): a university's
# short form, where the recogniser read none (交大, 地大, 工大, 师大, 农大, 科大, 医大), a campus in brackets after it
_SHORT_UNIVERSITY = re.compile(r"(?P<unit>[\u4e00-\u9fff]{1,5}?(?:交大|地大|工大|师大|农大|科大|医大|理工大|矿大|财大|海大)"
                               r"(?:[（(][\u4e00-\u9fff]{2,4}[）)])?)$")
_ITEM_OPENS = frozenset("、，,：:；;及和\n")


def short_named_universities(text: str, inside: list[Mention], span: Span, entities: list[Entity]) -> list[Relation]:
    """The people of a list whose items are `<university><name>`, each item with a university the recogniser read but
    some written in a short form it did not: each such form is a university, and its person works there."""
    items = [k for k, p in enumerate(inside) if p.label == "PERSON" and k > 0 and inside[k - 1].label == "ORG"
             and inside[k - 1].end == p.start and kind_of(inside[k - 1].ref) == "university"]
    if len(items) < 2:
        return []
    out: list[Relation] = []
    for k, person in enumerate(inside):
        if person.label != "PERSON" or k in items or (k > 0 and inside[k - 1].end > person.start - 2):
            continue
        opened = max((i for i in range(max(span.start, person.start - 12), person.start) if text[i] in _ITEM_OPENS),
                     default=None)
        if opened is None:
            continue
        m = _SHORT_UNIVERSITY.search(text, opened + 1, person.start)
        if m is None or m.start() != opened + 1:
            continue
        unit = m.group("unit")
        entities.append(Entity(type=Label.ORGANIZATION, name=unit, kind="university", spans=(Span(*m.span("unit")),)))
        out += post_relations(person.text, unit, None, None, span)
    return out


def _party_departments(groups: list[Post]) -> list[Post]:
    """`某大学党委副书记、组织部部长甲`: a Party committee's department named alone after a post in a unit is that
    unit's; its post joins the unit's posts (`党委副书记、组织部部长`). Groups run from the name back."""
    out: list[Post] = []
    for g in reversed(groups):
        if g.unit in _PARTY_DEPARTMENTS and g.position and out and not g.department and not g.former:
            head = out[-1]
            out[-1] = Post(head.unit, "、".join(p for p in (head.position, g.unit + g.position) if p), head.title,
                           head.department, head.former)
        else:
            out.append(g)
    return out[::-1]


def _slashed(text: str, before: list[Mention], groups: list[Post]) -> list[Post]:
    """The units written before a post's unit with a slash between (`南川大学/东川大学施某`): the person holds the post
    in each (a joint appointment)."""
    out = []
    for g in groups:
        k = next((k for k in range(len(before) - 1, -1, -1) if before[k].label == "ORG" and before[k].ref == g.unit), None)
        while k and before[k - 1].label == "ORG" and text[before[k - 1].end:before[k].start] in _SLASHES:
            k -= 1
            out.append(Post(before[k].ref, g.position, g.title, g.department, g.former))
    return out


def _across_rows(text: str, before: list[Mention], start: int) -> bool:
    """The name opens a table's row (`乙 | …`) and the mentions before it end on rows above, or it opens a line that
    describes it after a colon (`乙教授：某大学院长`): no post of a line above is its."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    row = text[line_start:line_end if line_end >= 0 else len(text)]
    if text[line_start:start].strip() or before and before[-1].end > line_start:
        return False
    return bool(before) and " | " in row or _DESCRIBED.match(text, start) is not None


_DESCRIBED = re.compile(r"[\u4e00-\u9fff·]{2,4}[\u4e00-\u9fff]{0,5}?[ \t\u3000]*[：:]")  # 乙教授：, 乙 女士:


def _former_unit(text: str, at: int) -> bool:
    """`前某研究院副院长`, `原某医院院长`: 前 or 原 right before the unit, opening its item, makes the post a former one."""
    return text.endswith(("前", "原"), 0, at) and (at < 2 or not is_cjk(text[at - 2]) or text[at - 2] in "、，,；;：:")


def _posts_of_an_earlier_subject(text: str, before: list[Mention]) -> bool:
    """`甲同志任某医院院长，乙同志…`: the clause before the comma has a person of its own before its unit and post,
    whose they are."""
    clause = max(text.rfind(c, 0, before[-1].start) for c in "，,；;。\n") + 1
    return any(m.label == "PERSON" and m.start >= clause for m in before)


@dataclass(frozen=True)
class Post:
    unit: str
    position: str | None
    title: str | None
    department: str = ""
    former: bool = False


@dataclass
class _Group:
    unit: str
    roles: list[Mention]
    department: str = ""
    at: Span | None = None  # where the unit is written


def _department_alone(text: str, end: int, before: list[Mention],
                      entities: list[Entity]) -> list[tuple[str, None, None]]:
    """`电子系陆某教授`: a department written alone right before a titled name, opening a clause."""
    m = _DEPARTMENT_BEFORE.search(text, max(0, end - _MAX_UNIT), end)
    if m is None or any(m.start("unit") < b.end and b.start < end for b in before):
        return []
    unit = m.group("unit")
    entities.append(Entity(type=Label.ORGANIZATION, name=unit, kind="other", spans=(Span(*m.span("unit")),)))
    return [(unit, None, None)]


def _titles_the_name_before(inside: list[Mention], j: int) -> bool:
    """`甲教授、副主任乙`: a title written right after a name is that name's, not the next item's."""
    return inside[j].label == "TITLE" and j > 0 and inside[j - 1].label == "PERSON" and inside[j - 1].end == inside[j].start


def _carried(text: str, inside: list[Mention], i: int, before: list[Post]) -> list[Post]:
    """An item of a list of people and their posts (`，党委常委、副校长乙`) that names no unit: its posts, in the
    unit of the item before it, where only a comma or 、 stands between that item's name (or its title) and
    these posts."""
    j = i - 1
    while j >= 0 and (inside[j].label in _ROLE_LABELS or inside[j].label == "ORG" and ACADEMIES.fullmatch(inside[j].ref)) \
            and _JOIN.fullmatch(_ACADEMY_ENDING.sub("", text[inside[j].end:inside[j + 1].start])) \
            and not _titles_the_name_before(inside, j):
        j -= 1  # back over the posts and titles, an academy's 院士 among them (副校长、中科院院士乙)
    roles = [m for m in inside[j + 1:i] if m.label != "ORG" and not _honour_of_academy(text, inside, m)]
    if not roles or j < 0 or inside[i - 1].end != inside[i].start:
        return []
    k = j
    while k >= 0 and inside[k].label == "TITLE":  # the item before ends with its name's titles (甲教授，)
        k -= 1
    gap = text[inside[j].end:roles[0].start].strip()
    body = next((b for b in _PARTY_BODIES if gap.endswith(b) and gap[:-len(b)].strip() in _ITEM_MARKS), None)
    if body is not None:  # 、纪委|书记乙: the unit's own body, written before the post
        roles[0] = Mention(roles[0].label, roles[0].start - len(body), roles[0].end, body + roles[0].text)
        gap = gap[:-len(body)].strip()
    if gap[:1] in _ITEM_MARKS and gap[1:] in _HEADED_UNITS:
        if not before[0].unit.endswith(_MARKED_ENDINGS.get(gap[1:], gap[1:])):
            return []  # 某处处长甲，校|党委副书记乙: 校 is a university, not the office before
        gap = gap[:1]  # 、院|副院长乙: the unit written by its one character (院, 校, 所) before the post
    elif gap[:1] in _ITEM_MARKS and roles[0].text.startswith(("科", "室")) and _CJK_RUN.fullmatch(gap[1:]):
        department = gap[1:]  # 、医务|科主任乙: a department of the unit, and its head
        roles[0] = Mention(roles[0].label, roles[0].start - len(department), roles[0].end, department + roles[0].text)
        gap = gap[:1]
    if k < 0 or inside[k].label != "PERSON" or gap not in _ITEM_MARKS:
        return []
    unit = before[0]
    position = _role_text(text, roles, "POSITION")
    if not fits_unit(position, unit.unit):
        return []  # 某厅厅长甲，党委常委、副校长乙: a university's post is no post of the office before
    return [Post(unit.unit, position, _role_text(text, roles, "TITLE"))]


def _honour_of_academy(text: str, inside: list[Mention], m: Mention) -> bool:
    """`院士` written right after an academy (中科院院士), recognised or not."""
    return m.label == "TITLE" and m.text in ACADEMY_HONOURS and _ACADEMY_ENDING.search(text, 0, m.start) is not None


def _role_text(text: str, roles: list[Mention], label: str) -> str | None:
    if label == "POSITION":  # as written: 党委常委、副校长
        positions = [r for r in roles if r.label == label]
        return text[positions[0].start:positions[-1].end] if positions else None
    return "、".join(r.text for r in roles if r.label == label) or None


def _units_on_the_line(text: str, groups: list[Post], before: list[Mention], end: int) -> bool:
    """The units of the groups are ones the recogniser read on the name's own line, with no post before the
    first (`…医⏎院副院长、某实验室主任甲`: a post whose unit the line above begins): the line above is no part of
    the clause (a photo's caption over `某省科协副主席甲`), however it ends."""
    line = text.rfind("\n", 0, end) + 1
    found = [next((m for m in before if m.label == "ORG" and m.start >= line and g.unit in (m.text, m.ref)), None)
             for g in groups]
    if not all(found):
        return False
    opening = text[line:min(m.start for m in found if m)]
    return not any(role in opening for role in _roles_longest_first())


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
    for piece in reversed(list(re.finditer(r"[^、兼]+", chars))):  # right to left: 甲大学党委常委、副校长 (兼: another post)
        rest = piece.group()
        while word := next((w for w in _roles_longest_first() if rest.endswith(w)), None):
            (titles if word in lex.titles else positions).insert(0, word)
            rest = rest[:-len(word)]
        if positions and lex.office_of_a_post(rest):
            positions[0], rest = rest + positions[0], ""  # 书记处书记: the post in the office of its body
        if not groups and not (positions or titles or titled) or piece.end() != right:
            return groups
        right = piece.start() - 1
        if not rest:
            continue
        skip = _after_preposition(rest)
        unit_end = at[piece.start() + len(rest) - 1] + 1
        short = next((m for m in before if m.label == "ORG" and _whole_short_form(m, unit_end)), None)
        if short is not None and short.start > at[piece.start() + skip]:
            skip = len(rest) - len(short.text)  # 类为|某大教授: the short form the recogniser read is the unit
        rest = rest[skip:]
        if not _is_unit_name(rest, positions[0] if positions else None):
            return groups
        first = piece.start() + skip
        if gives_honours(rest) and not positions and set(titles) <= set(ACADEMY_HONOURS):
            titles = []  # 中国科学院院士: an honour, not where the person works
            continue
        entities.append(Entity(type=Label.ORGANIZATION, name=rest, kind=_unit_kind(rest),
                               spans=(Span(at[first], at[first + len(rest) - 1] + 1),)))
        groups.append((rest, "、".join(positions) or None, "、".join(titles) or None))
        positions, titles = [], []
    return groups


@cache
def _roles_longest_first() -> tuple[str, ...]:
    lex = load_lexicon()
    return tuple(sorted(lex.positions | lex.titles, key=len, reverse=True))


def _chain(text: str, before: list[Mention], end: int, mentions: Mentions,
           entities: list[Entity]) -> list[_Group]:
    """(organization, its positions and titles) groups written right before a name: `甲大学党委常委、副校长，
    乙医院院长李某`, `甲医院主任医师李某`, `甲医院胸外科主任李某` (a department between unit and post), or the
    organization alone, glued to the name (`甲医院李某`)."""
    groups: list[_Group] = []
    j = len(before) - 1
    if j >= 0 and before[j].label == "ORG" and text[before[j].end:end] in ("", "的"):
        return [_Group(before[j].ref, [])]  # 甲医院李某, 甲医院的李某医师
    if j >= 0 and before[j].label == "ORG" and DEPARTMENT.fullmatch(text[before[j].end:end]):
        return [_Group(before[j].ref, [], text[before[j].end:end])]  # 甲医院胸外科李某主任
    while j >= 0 and before[j].label in _ROLE_LABELS and _adjacent(text, before[j], end):
        last = j
        while j > 0 and before[j - 1].label in _ROLE_LABELS and _joined(text, before[j - 1].end, before[j].start):
            j -= 1
        roles, org_end = before[j:last + 1], before[j].start
        org_end -= next((len(w) for w in _FORMER if text.endswith(w, 0, org_end)), 0)  # 某分会前主任委员
        recognised = before[j - 1] if j > 0 and before[j - 1].label == "ORG" and (
            before[j - 1].end == org_end or DECLARED_SHORT.fullmatch(text, before[j - 1].end, org_end)
            or _glossed(text, before[j - 1], org_end) and not _OPENS_AN_ITEM.match(text, end)) else None
        department = "" if recognised else _department(text, before[:j], roles)
        if department:
            recognised = before[j - 1]
            roles = _without_department(roles)
        bare = None if recognised else bare_org(text, org_end, mentions)
        if bare:
            groups.append(_Group(bare, roles))
            break
        written = _written_unit(text, org_end, before[:j], entities, recognised, roles[0].text)
        if recognised is None and written is None:
            break
        if _academician(written.name if written else recognised.ref if recognised else "", roles):
            pass  # 中国科学院院士: an honour the academy gives, not where the person works; the chain goes on
        elif written:
            groups.append(_Group(written.name, roles, at=written.spans[0]))
        else:
            assert recognised is not None
            groups.append(_Group(recognised.ref, roles, department, Span(recognised.start, recognised.end)))
        end = written.spans[0].start if written else recognised.start  # type: ignore[union-attr]
        end -= 1 if text.endswith(("前", "原", "现"), 0, end) else 0  # 、|前|某研究院副院长: the unit as it was
        while j >= 0 and before[j].start >= end:  # the mentions inside the unit (安岭医大 of 安岭医大一院)
            j -= 1
    return _society_units(groups, entities)


# the unit's short form in Latin letters in brackets after it (某基金会（ABF）|会长), or the bracket it closes after its
# short form and its Latin name (ABF（A Base Foundation，某基金会）|会长, ABF（某基金会）|会长)
_LATIN_SHORT_AFTER = re.compile(r"[ \t\u3000]*[（(][A-Z][A-Za-z0-9&.\-]{1,15}[）)][ \t\u3000]*")
_OPENS_AN_ITEM = re.compile(r"[^，,。；;：:\n]{1,20}[：:]")  # 甲女士：…: the name opens an item of its own posts
_GLOSS_OPENS = re.compile(r"[A-Z][A-Za-z0-9&.\-]{1,15}[（(](?:[A-Za-z][A-Za-z .,&'\-]{2,80}[，,、;；])?[ \t\u3000]*$")


def _glossed(text: str, org: Mention, post_start: int) -> bool:
    """The unit and the post after it are parted by a gloss of the unit's name (`某基金会（ABF）会长`,
    `ABF（A Base Foundation，某基金会）会长`, `ABF（某基金会）会长`): the post is the unit's."""
    if _LATIN_SHORT_AFTER.fullmatch(text, org.end, post_start):
        return True
    return text[org.end:post_start].strip() in ("）", ")") and _GLOSS_OPENS.search(text, 0, org.start) is not None


def _joined(text: str, end: int, start: int) -> bool:
    """Two roles of one chain: joined by 、 and the like, or by the office of the second's post (`、书记处|书记`)."""
    gap = text[end:start]
    if _JOIN.fullmatch(gap):
        return True
    office = gap.lstrip("、，, ")
    if len(office) == len(gap):
        return False
    return office in _POST_MODIFIERS or load_lexicon().office_of_a_post(office)


_POST_MODIFIERS = frozenset({"专职", "兼职", "驻会", "挂职"})  # 、专职|副主席: how a post is held, written before it


_ACADEMY_ENDING = re.compile(rf"(?:{ACADEMIES.pattern})$")  # 副校长、|中科院|院士: the academy of the honour


def _academician(unit: str, roles: list[Mention]) -> bool:
    """`中国科学院院士`, `中国工程院院士`: the academy's honour alone, no post in it."""
    return gives_honours(unit) and all(r.label == "TITLE" and r.text in ACADEMY_HONOURS for r in roles)


def _department(text: str, before: list[Mention], roles: list[Mention]) -> str:
    """The department written between a recognised unit and its post (`某医院|胸外科|主任`), or ''."""
    if not before or before[-1].label != "ORG":
        return ""
    gap = text[before[-1].end:roles[0].start]
    if roles[0].text in ("科主任", "系主任"):  # the recogniser took the department's last character
        gap += roles[0].text[0]
    return gap if gap and DEPARTMENT.fullmatch(gap) else ""


def _without_department(roles: list[Mention]) -> list[Mention]:
    first = roles[0]
    if first.text in ("科主任", "系主任"):
        first = Mention(first.label, first.start + 1, first.end, first.text[1:])
    return [first, *roles[1:]]


def _society_units(groups: list[_Group], entities: list[Entity]) -> list[_Group]:
    """`某学会某分会常务委员、心律学组组长`: a branch written alone after a society's post is that society's."""
    for k, group in enumerate(groups[:-1]):
        parent = groups[k + 1].unit
        if is_society_unit_alone(group.unit) and is_society(parent) and group.at is not None:
            entities.append(society_unit(parent, group.unit, group.at))
            group.unit = parent + group.unit
    return groups


def _adjacent(text: str, position: Mention, end: int) -> bool:
    gap = text[position.end:end]
    return bool(_JOIN.fullmatch(gap)) or gap == position.text[-1]  # a doubled character: 院长长|李某


def _verb_in(gap: str) -> bool:
    """A word no unit's name runs across (包括, 来自, 出席) in the text before a recognised name."""
    return stop_words().search(gap) is not None


def _written_unit(text: str, end: int, before: list[Mention], entities: list[Entity],
                  recognised: Mention | None = None, post: str | None = None) -> Entity | None:
    """A unit written from a clause's start up to a role, where the recogniser left it out (`”安岭大副校长李某说`)
    or cut it short (`，景和|第二医院院长李某`, `、南川感染与|免疫重点实验室主任李某`): a name with an organization
    ending or a short one (X大, 二院, 医疗) that holds no other mention. None when the recognised one is whole."""
    start = end
    while start > 0 and end - start < _MAX_UNIT and _CJK.match(text[start - 1]):
        start -= 1
    if start == end or (start > 0 and text[start - 1] not in _CLAUSE_START):
        return None
    if recognised is not None and (start >= recognised.start or _whole_short_form(recognised, end)
                                   or "的" in text[start:recognised.start] or _verb_in(text[start:recognised.start])
                                   or _LINKS_ONLY.fullmatch(text, start, recognised.start)
                                   or text[start:recognised.start] in ("前", "原", "现")
                                   or text[start:recognised.start] in load_lexicon().org_lead):
        return None  # 出席仪式的有|中国科学院, 得奖者包括|某大学: a clause before the recognised name, not the rest of it;
        # 前|某研究院: the unit as it was, not a longer name; 图为|某医院: a lead word of the clause
    if recognised is not None and recognised.end == end and recognised.start > 0 and text[recognised.start - 1] in "与和及同跟" \
            and kind_of(recognised.text) in ("university", "hospital"):
        return None  # 甲与|某大学党委副书记乙: a university or hospital named whole, joined to what is before it
    start = past_own_school(text, start + _after_preposition(text[start:end]), end, jieba_dictionary()[0])
    if text.startswith("以", start) and _opens_no_word(text, start):
        start += 1  # 以|某省科技厅处长甲为组长: the preposition of the clause (以色列 is a word)
    example = next((w for w in _EXAMPLE if text.startswith(w, start)), "")
    if example and (len(example) > 1 or text.startswith(_OWN, start + 1)):
        start += len(example)  # 如|本院某所…, 例如|某大学…: the example the clause gives
    if text.startswith(_OWN, start) and end - start > len(_OWN[0]) + 2:
        start += len(_OWN[0])  # 本院|某研究所: the unit of the page's own institution, named
    term = ORDINAL_TERM.match(text, start, end)
    if term is not None:  # 第一届|某某分会主任委员: the term is no part of the body's name
        start = term.end()
        if recognised is not None and start >= recognised.start:
            return None
    name = text[start:end]
    if any(start < m.end and m.start < end for m in before if m.label != "ORG") or not _is_unit_name(name, post):
        return None
    unit = Entity(type=Label.ORGANIZATION, name=name, kind=_unit_kind(name), spans=(Span(start, end),))
    entities.append(unit)
    return unit


def _whole_short_form(recognised: Mention, end: int) -> bool:
    """A university's short form the recogniser read (类为|台大教授): whole, nothing before it is its name."""
    return recognised.end == end and len(recognised.text) <= 3 and recognised.text.endswith("大")


def _opens_no_word(text: str, at: int) -> bool:
    """The character at `at` opens no word of the dictionary with the characters after it."""
    words = jieba_dictionary()[0]
    return not any(text[at:at + n] in words for n in (2, 3, 4) if at + n <= len(text))


def _after_preposition(words: str) -> int:
    """Where a unit read from a clause's characters starts: after a preposition (`评审组由|某研究院`) and the aspect's
    particle after it (`颁给了|某大学`)."""
    at = max((words.rfind(c) + 1 for c in _PREPOSITIONS), default=0)
    return at + 1 if at and words.startswith(_ASPECT, at) else at


_ASPECT = ("了", "着", "过")


def _is_unit_name(name: str, post: str | None = None) -> bool:
    if len(name) < 3 or name[0] in _NOT_UNIT_START or any(verb in name for verb in TAKING_POSTS):
        return False  # 新当选学会|会长: the verb of taking the post, then the body the text is of
    if name[2:3] in ("和", "与", "及") and jieba_dictionary()[0].get(name[:2]) == "v":
        return False  # 、配合和协助|大学常委: verbs the clause opens with, no unit's name
    head = (post or "").removeprefix("常务").removeprefix("副")
    if head[:1] and name.endswith(head[:1]) and head[:1] in _HEADED_UNITS:
        return True  # 研究生院副院长, 某某系主任: the post names the kind of unit it heads
    lead = next((w for w in load_lexicon().org_lead if name.startswith(w)), "")
    if kind_suffix(name) in (name, name[len(lead):]) or load_lexicon().office_of_a_post(name):
        return False  # 实验室甲教授: the kind of unit alone, the page's own, no name (热烈祝贺|集团董事长: after the clause's
        # lead words); 书记处: the office of a post
    return kind_of(name) != "other" or _SHORT_ENDING.search(name) is not None


def _unit_kind(name: str) -> str:
    kind = kind_of(name)
    short = _SHORT_ENDING.search(name)
    if kind != "other" or short is None:
        return kind
    return _SHORT_KINDS.get(short.group(), "hospital")  # 二院: a numbered hospital
