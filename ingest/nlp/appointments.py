"""Appointments and elections: who was given (or relieved of) which post in which unit.

- `任命|聘任|聘请|委任|选举|推选|增补 <name>[同志|title] 为|担任|出任 <unit><post>` (任命柯某为某大学校长);
- a decision's later items after semicolons (`任命甲为某学院院长；\n乙为某学院副院长；`): appointed by its first verb;
- `<name>[同志|title] 当选(为)|被任命为|被聘(任)为|被选为|出任|就任|接任|升任 <unit><post>`
  (某某当选为某学会理事长), and a second name in the same sentence taking a post with no unit
  (`，某某当选副理事长`): the unit of the appointment before it;
- `<unit>新一届领导班子…。新一届班子成员为：院长甲，副院长乙、丙，党委书记丁`: a unit's new team, each post held in
  the unit whose 班子 the paragraph named last;
- a second post listed after the first in the same unit (`某医院党委副书记、院长`) is held too;
- `<unit>…为<name>、<name>颁发了<post>聘书`: each name holds the post in the unit;
- `免去 <name>[同志][的] <unit><post> 职务`, `<name>[同志]（因…）不再担任|不再任 <unit><post>`: a former post; so is
  `免去其 <unit><post> 职务` after a name (`某某任某医院院长，免去其某医院副院长职务`), the name's.

The post is read as a biography's (`<unit>[<department>]<post>`, ingest.nlp.bios) and means what a post
means (ingest.nlp.posts): WORKS_AT or, in a society, AFFILIATED_WITH, with LEADS for a head post; a former
post is an affiliation.
"""

from __future__ import annotations

import re

from graph.schema import RelType
from ingest.model import Relation, Span
from ingest.nlp.mentions import Mention, Mentions
from ingest.nlp.posts import BARE, bare_org, post_relations, the_one_unit_headed

_APPOINTS = re.compile(r"(?:任命|聘任|聘请|委任|选举|推选|推举|增补|选聘|免去|宣布了?)$")  # 宣布甲、乙为…: a decision read out
_AS = re.compile(r"(?:同志|先生|女士)?\s*(?:为|担任|出任|任)")
_TAKES = re.compile(r"(?:同志|先生|女士)?\s*(?:当选为?|被任命为|被聘任?为|被选举?为|被推选为|出任|就任|接任|升任|履新)"
                    r"|同志\s*任(?![职教务期])"  # 某某同志任某所所长: the formula of a decision read out
                    r"|(?<=[\u4e00-\u9fff])任(?![职教务期课何意命])")  # 邱某任某大学党委书记: news of it
# 某某同志（因年龄原因）不再担任…职务: a post given up, as one taken away
_RELIEVED = re.compile(r"(?:同志|先生|女士)?\s*(?:因[^，。；,;]{0,12}?)?\s*不再(?:担任|兼任|任(?![职教务期]))")
_DISMISSED_OF = re.compile(r"(?:同志|先生|女士)?\s*的?")
_CLAUSE_END = re.compile(r"[，。；;,！!？?\n]")
# after the post: a note on it (兼, its term, its rank: 所长（试用期一年）, 副所长（任期三年）), 职务
_POST_TAIL = re.compile(r"(?:[（(](?:兼|试用期[^（）()]{0,6}|任期[^（）()]{0,8}|[正副]?[部厅局处科](?:长)?级|挂职[^（）()]{0,6})[）)]"
                        r"|职务|一职|等职务?)+\s*$")
_GAP = re.compile(r"\s*")
_LIST_LINK = re.compile(r"(?:同志|先生|女士)?\s*(?:[、，,]|和|及|与)")  # 甲同志、乙同志为…: each item addressed
_LIST_TAIL = re.compile(r"(?:等|等人)?(?:[一二三四五六七八九十两\d]+(?:位|名|人))?")


def appointment_facts(text: str, mentions: Mentions, start: int, end: int) -> list[Relation]:
    """The posts given or taken away in the sentence [start, end)."""
    inside = mentions.within(start, end)
    out: list[Relation] = []
    last_unit: str | None = None
    for k, person in enumerate(inside):
        if person.label != "PERSON":
            continue
        after = _after_titles(inside[k + 1:], person.end)
        listed = list_end(text, inside, k)
        if listed != person.end and not _TAKES.match(text, after):
            # 甲、乙等两位同志任某所副所长, 选举甲、乙教授为…: each of the names takes the post
            after = _after_titles([m for m in inside if m.start >= listed], listed)
        if not _TAKES.match(text, after):  # 乙副院长等11名同志当选…, 某医院甲教授、某大学乙教授当选为…
            after = _posts_taken_after(text, inside, k) or after
        first = _list_start(text, inside, k)  # 任命甲同志、乙同志为…: the verb before the list is each name's
        verb = _APPOINTS.search(text, max(start, first.start - 3), first.start) or _verb_before_unit(text, inside, k, start) \
            or _verb_carried(text, first.start)
        relieved = _RELIEVED.match(text, after) if verb is None else None
        dismissed = verb is not None and verb.group() == "免去" or relieved is not None
        link = relieved or ((_DISMISSED_OF if dismissed else _AS).match(text, after) if verb else _TAKES.match(text, after))
        if link is None:
            continue
        post = _post(text, inside, mentions, link.end(), end)
        if post is None:
            continue
        unit, department, position = post
        unit = unit or (last_unit if not dismissed else None) or _body_of_term(text, mentions, link.end(), end) \
            or (_last_society(text, mentions, person.start) if not dismissed and is_society_post(position) else None) \
            or (the_one_unit_headed(text, mentions, position, start) if not department else None)
        if unit is None:
            continue
        last_unit = unit
        span = Span(start, end)
        if dismissed:
            out.append(Relation(type=RelType.AFFILIATED_WITH, source=person.text, target=unit,
                                position=department + position, spans=(span,)))
        else:
            out += post_relations(person.text, unit, position, None, span, department=department)
            for more in _more_posts(text, inside, link.end(), end):
                out += post_relations(person.text, unit, more, None, span, department=department)
    return out + _relieved_of_their_post(text, inside, mentions, start, end) + _moved_on(text, inside, mentions, start, end) \
        + _letters_given(text, inside, start, end)


# a unit's letters of appointment handed to people: 某医院院长甲代表医院为乙、丙及丁三位教授颁发了客座教授聘书
_LETTERS = re.compile(r"(?:为|向)(?P<people>[^，。；;为向]{2,120}?)(?:等?[一二三四五六七八九十两\d]+(?:位|名)[\u4e00-\u9fff]{0,4})?"
                      r"(?:颁发|授予|颁授)了?(?P<post>[\u4e00-\u9fff]{2,10}?)(?:聘书|证书|聘任证书)")


def _letters_given(text: str, inside: list[Mention], start: int, end: int) -> list[Relation]:
    """The people a unit hands its letters of appointment (`某医院…为甲、乙颁发了客座教授聘书`): each holds the post
    in the last unit the sentence names before them."""
    out: list[Relation] = []
    for m in _LETTERS.finditer(text, start, end):
        people = [p for p in inside if p.label == "PERSON" and m.start("people") <= p.start and p.end <= m.end("people")]
        unit = next((u for u in reversed(inside) if u.label == "ORG" and u.end <= m.start()), None)
        if not people or unit is None:
            continue
        for person in people:
            out += post_relations(person.text, unit.ref, m.group("post"), None, Span(start, end))
    return out


# a decision's later item (`任命甲为某学院院长；\n乙为某学院副院长；`): the item opens its clause after a semicolon, and
# the decision's verb opened an earlier item of the same sentence
_ITEM_OPENS = re.compile(r"[；;]\s*(?:[一二三四五六七八九十\d]+[、.．]\s*)?$")
_DECIDED = re.compile(r"任命|聘任")
_DECISION_REACH = 600


def _verb_carried(text: str, at: int) -> re.Match[str] | None:
    """The verb of the decision whose later item opens at `at`: the last 任命 or 聘任 before it, with no full stop
    between."""
    if not _ITEM_OPENS.search(text, max(0, at - 8), at):
        return None
    reach = max(0, at - _DECISION_REACH, text.rfind("。", 0, at) + 1)
    found = list(_DECIDED.finditer(text, reach, at))
    return found[-1] if found else None


_FROM = re.compile(r"(?:同志)?\s*由")
_MOVES_TO = re.compile(r"(?:转任|改任|调任|升任|转为|改任为)(?P<post>[\u4e00-\u9fff]{2,10}?)(?=[，。；;,、（(\s]|职务|$)")


def _moved_on(text: str, inside: list[Mention], mentions: Mentions, start: int, end: int) -> list[Relation]:
    """`郝某由某大学党委书记转任校长`: the post taken, in the unit of the post left."""
    from ingest.nlp.bios import read_post
    from ingest.nlp.lexicon import load_lexicon

    out: list[Relation] = []
    for k, person in enumerate(inside):
        at = _after_titles(inside[k + 1:], person.end) if person.label == "PERSON" else None
        lead = _FROM.match(text, at) if at is not None else None
        stop = _CLAUSE_END.search(text, lead.end(), end) if lead else None
        move = _MOVES_TO.search(text, lead.end(), stop.start() if stop else end) if lead else None
        if lead is None or move is None or move.group("post") not in load_lexicon().positions:
            continue
        left = read_post(text, mentions, lead.end(), move.start())
        unit = left[0] if left is not None else None
        if unit is not None:  # the post left is in the unit the person still works at: no affiliation of its own
            out += post_relations(person.text, unit, move.group("post"), None, Span(start, end))
    return out


_THEIR = re.compile(r"免去其")


def _relieved_of_their_post(text: str, inside: list[Mention], mentions: Mentions, start: int, end: int) -> list[Relation]:
    """`某某任某医院院长，免去其某医院副院长职务`: the post taken away from the person named last before 其."""
    out: list[Relation] = []
    for m in _THEIR.finditer(text, start, end):
        person = next((p for p in reversed(inside) if p.label == "PERSON" and p.end <= m.start()), None)
        post = _post(text, inside, mentions, m.end(), end) if person is not None else None
        if person is None or post is None:
            continue
        unit, department, position = post
        if unit is None:
            continue
        out.append(Relation(type=RelType.AFFILIATED_WITH, source=person.text, target=unit, position=department + position,
                            spans=(Span(start, end),)))
    return out


_DEPARTMENT_GAP = re.compile(r"[\u4e00-\u9fff]{0,8}")


def _verb_before_unit(text: str, inside: list[Mention], k: int, start: int) -> re.Match[str] | None:
    """`推举某医院某中心主任甲教授为…`: the verb before the unit and posts written right before the name."""
    at = inside[k].start
    for m in reversed(inside[:k]):
        if m.label not in ("ORG", "POSITION", "TITLE"):
            break
        department = m.label == "ORG" and at != inside[k].start  # 某医院|放射|科主任: a department between
        if m.end != at and not (department and _DEPARTMENT_GAP.fullmatch(text, m.end, at)):
            break
        at = m.start
    return _APPOINTS.search(text, max(start, at - 3), at) if at < inside[k].start else None


def opens_clause(text: str, end: int) -> bool:
    """The name ending at `end` is the subject of what follows: a post taken (当选, 出任) or words said."""
    from ingest.nlp.lexicon import load_lexicon

    return _TAKES.match(text, end) is not None or text.startswith(tuple(load_lexicon().person_context), end)


_TERM_BODY = re.compile(r"\s*(?:第?[一二三四五六七八九十\d]+|新一|本|新)届(?:委员会|理事会|常务理事会|常委会)")
# a society, or a committee of experts (专家委员会, 学术委员会): a body whose posts are seats (no 卫生健康委员会)
_SOCIETY_END = re.compile(r"(?:学会|协会|分会|专业委员会|联合会|研究会|(?:专家|学术|咨询|指导|评审|伦理|顾问)委员会)$")


def _body_of_term(text: str, mentions: Mentions, at: int, end: int) -> str | None:
    """`当选为第九届委员会主任委员`: a term of a body's committee with no name is the committee of the society
    the text named last before it."""
    if not _TERM_BODY.match(text, at, end):
        return None
    return next((m.ref for m in mentions.back_from(at) if m.label == "ORG" and m.end <= at
                 and _SOCIETY_END.search(m.text)), None)


_SOCIETY_POSTS = re.compile(r"(?:名誉|候任|前任)?(?:副|常务副)?(?:主任委员|主委|理事长|会长|秘书长|总干事|常务委员|常委|"
                            r"常务理事|理事|委员)")
_SOCIETY_REACH = 400


def is_society_post(position: str) -> bool:
    """A post only a society or its committee gives: 主任委员, 副主委, 理事, 总干事 (not 主任, 院长)."""
    return _SOCIETY_POSTS.fullmatch(position) is not None


def _last_society(text: str, mentions: Mentions, at: int) -> str | None:
    """The society or committee the text named last before `at`, not far before it: where a post such a
    body gives (当选副主任委员) is taken with no unit written."""
    for m in mentions.back_from(at):
        if m.start < at - _SOCIETY_REACH:
            return None
        if m.label == "ORG" and m.end <= at and _SOCIETY_END.search(m.ref) and not _own_unit(mentions, m):
            return m.ref  # (not the unit written before a person's name: 由某学会甲会长担任)
    return None


def _posts_taken_after(text: str, inside: list[Mention], k: int) -> int | None:
    """Where `当选` follows the list that the name `inside[k]` is an item of, each item a name with its unit
    before it and its titles and posts after it (某医院甲教授、某大学乙副院长等11名同志当选为…): the end of the
    list, or None when the name is not followed by such a list and a verb of taking a post."""
    at = inside[k].end
    for m in inside[k + 1:]:
        if m.start == at and m.label in ("TITLE", "POSITION"):
            at = m.end
            continue
        if m.label == "PERSON" and _LIST_LINK.fullmatch(text, at, m.start):
            at = m.end
            continue
        if m.label == "ORG" and _LIST_LINK.fullmatch(text, at, m.start):
            at = m.end  # the next item's unit; the name must follow it
            continue
        if m.label == "PERSON" and m.start == at:
            at = m.end
            continue
        break
    tail = _LIST_TAIL.match(text, at)
    at = tail.end() if tail else at
    return at if at > inside[k].end and _TAKES.match(text, at) else None


# (a count of seats may come between: 设主任委员1名，由甲担任)
_HELD_BY = re.compile(r"\s*(?:[0-9一二三四五六七八九十]+\s*名\s*[，,]?\s*)?(?P<verb>由|为|是)\s*")


def posts_held(text: str, mentions: Mentions, start: int, end: int) -> list[Relation]:
    """`理事长由甲担任，副理事长为乙、丙，秘书长由丁担任` after a society's election: each post, in the society
    the paragraph named last before it, held by the names written after it."""
    inside = mentions.within(start, end)
    out: list[Relation] = []
    for k, post in enumerate(inside):
        held = _HELD_BY.match(text, post.end, end) if post.label == "POSITION" else None
        if held is None:
            continue
        j, at = k + 1, held.end()
        while held.group("verb") == "由" and j < len(inside) and inside[j].start == at \
                and inside[j].label in ("ORG", "POSITION", "TITLE"):
            at, j = inside[j].end, j + 1  # 由|某学院院长|甲教授担任: the person's own unit and post before the name
        if j >= len(inside) or inside[j].label != "PERSON" or inside[j].start != at:
            continue
        names = [inside[j]]
        for m in inside[j + 1:]:
            if m.label != "PERSON" or not _LIST_LINK.fullmatch(text[names[-1].end:m.start]):
                break
            names.append(m)
        after = _after_titles(inside[j + len(names):], names[-1].end, ("TITLE", "POSITION"))  # (由甲会长担任)
        if held.group("verb") == "由" and not text.startswith("担任", after):
            continue
        bare = bare_org(text, post.start, mentions)  # 中心主任由甲担任: the centre named last
        paragraph = text.rfind("\n", 0, post.start) + 1
        unit = bare or next((m.ref for m in reversed(mentions.within(paragraph, post.start)) if m.label == "ORG"
                             and _SOCIETY_END.search(m.text) and not _own_unit(mentions, m)), None) \
            or _last_society(text, mentions, post.start)
        if unit is None or not bare and any(m.label == "ORG" for m in inside if post.start - 12 <= m.start and m.end <= post.start):
            continue  # no society named before, or a unit of the post's own written right before it
        for person in names:
            out += post_relations(person.text, unit, post.text, None, Span(start, end))
    return out


_TAKES_POST = re.compile(r"[ \t\u3000]*担任[ \t\u3000]*")


def posts_taken(text: str, mentions: Mentions, start: int, end: int) -> list[Relation]:
    """`由某学院甲教授担任实验室主任`: the person holds the post in the unit of that kind the text named last
    (the lab just founded), the post's own first words naming the kind."""
    from ingest.nlp.lexicon import load_lexicon

    inside = mentions.within(start, end)
    out: list[Relation] = []
    for k, person in enumerate(inside):
        if person.label != "PERSON" or not _opened_by_you(text, inside, k):
            continue
        after = _after_titles(inside[k + 1:], person.end)
        takes = _TAKES_POST.match(text, after, end)
        if takes is None:
            continue
        bare = next((w for w in BARE if text.startswith(w, takes.end())), "")  # 担任|实验室|主任
        post = next((m for m in inside[k + 1:] if m.start == takes.end() + len(bare) and m.label == "POSITION"), None)
        if post is None:
            continue
        kind = bare or next((w for w in BARE if post.text.startswith(w)
                             and post.text[len(w):] in load_lexicon().positions), "")
        unit = next((m.ref for m in mentions.back_from(post.start) if kind and m.label == "ORG" and m.end <= person.start
                     and m.ref.endswith(kind)), None)
        if unit is not None:
            out += post_relations(person.text, unit, post.text[len(kind) - len(bare):], None, Span(start, end))
    return out


def _opened_by_you(text: str, inside: list[Mention], k: int) -> bool:
    """`由` right before the person, or before the unit and titles written before the name (由某学院甲教授)."""
    at = inside[k].start
    for m in reversed(inside[:k]):
        if m.end != at or m.label not in ("ORG", "TITLE", "POSITION"):
            break
        at = m.start
    return text.endswith("由", 0, at)


def _list_start(text: str, inside: list[Mention], i: int) -> Mention:
    """The first name of the list of names that `inside[i]` is an item of (itself where it opens none)."""
    first = inside[i]
    for m in reversed(inside[:i]):
        if m.label != "PERSON" or not _LIST_LINK.fullmatch(text[m.end:first.start]):
            break
        first = m
    return first


def list_end(text: str, inside: list[Mention], i: int) -> int:
    """Where the list of names that `inside[i]` opens ends, past a closing `等四位`: the name's own end when
    no other name is joined to it and no 等 follows it."""
    end = inside[i].end
    for m in inside[i + 1:]:
        if m.label != "PERSON" or not _LIST_LINK.fullmatch(text[end:m.start]):
            break
        end = m.end
    if end == inside[i].end and not text.startswith("等", end):
        return end  # no list, and no 等 closing one whose last name this is (…和李某等四位)
    tail = _LIST_TAIL.match(text, end)
    return tail.end() if tail else end


# a committee that engages people in its posts (首届专家委员会聘请…为顾问): written by its kind alone, with its term
_ENGAGES = re.compile(r"(?:首届|新一届|本届|第[一二三四五六七八九十\d]{1,3}届)?(?P<body>(?:专家|学术|咨询|指导|评审|伦理|顾问)委员会)"
                      r"\s*(?:特别|正式)?(?:聘请|聘任|特聘)")
_AS_POST = re.compile(r"\s*(?:为|担任|作为)\s*")


def seats_engaged(text: str, mentions: Mentions, start: int, end: int) -> list[Relation]:
    """`首届专家委员会聘请某大学甲院士、某大学乙教授为顾问`: each person holds the post in the committee the text
    named last with that kind (its full name); their own units before their names are theirs (role chains read)."""
    from ingest.nlp.lexicon import load_lexicon

    inside = mentions.within(start, end)
    out: list[Relation] = []
    for m in _ENGAGES.finditer(text, start, end):
        body = next((o.ref for o in mentions.back_from(m.start()) if o.label == "ORG" and o.end <= m.start()
                     and o.ref.endswith(m.group("body"))), None)
        if body is None:
            continue
        people: list[Mention] = []
        at = m.end()
        for x in inside:  # the names, each with its unit before it and its titles after it, up to 为
            if x.start < at:
                continue
            if x.start != at and not (people and _LIST_LINK.fullmatch(text, at, x.start)):
                break
            if x.label == "PERSON":
                people.append(x)
            elif x.label not in ("ORG", "TITLE", "POSITION"):
                break
            at = x.end
        seat = _AS_POST.match(text, at, end)
        post = next((x for x in inside if seat is not None and x.start == seat.end() and x.label == "POSITION"), None)
        if post is None:
            continue
        heads = load_lexicon().head_positions
        for person in people:  # a seat on the committee, no job there
            out.append(Relation(type=RelType.AFFILIATED_WITH, source=person.text, target=body, position=post.text,
                                spans=(Span(start, end),)))
            if post.text in heads:
                out.append(Relation(type=RelType.LEADS, source=person.text, target=body, role=post.text,
                                    spans=(Span(start, end),)))
    return out


def _own_unit(mentions: Mentions, org: Mention) -> bool:
    """The unit is written right before a name, as that person's own (由某学会甲会长担任), no body the post is in."""
    return any(m.label == "PERSON" and m.start == org.end for m in mentions.within(org.end, org.end + 5))


def _after_titles(following: list[Mention], end: int, labels: tuple[str, ...] = ("TITLE",)) -> int:
    """The end of the titles (or of the roles of `labels`) written right after a name (柯某教授为…)."""
    for m in following:
        if m.start != end or m.label not in labels:
            break
        end = m.end
    return end


def _more_posts(text: str, inside: list[Mention], start: int, end: int) -> list[str]:
    """The posts listed after the first in the same unit: `某医院党委副书记、院长` -> [院长]."""
    stop = _CLAUSE_END.search(text, start, end)
    stop_at = stop.start() if stop else end
    out: list[str] = []
    for m in (m for m in inside if m.label == "POSITION" and start < m.start and m.end <= stop_at):
        if text[m.start - 1] == "、" and any(p.label == "POSITION" and p.end == m.start - 1 for p in inside) \
                and _POST_END.match(text, m.end, stop_at):
            out.append(m.text)
    return out


_POST_END = re.compile(r"\s*(?:[、]|(?:职务|一职)?\s*$)")


def _post(text: str, inside: list[Mention], mentions: Mentions, start: int,
          end: int) -> tuple[str | None, str, str] | None:
    """The post of the sentence `inside` holds, written from `start` (read from the document's `mentions`)."""
    from ingest.nlp.bios import read_post

    stop = _CLAUSE_END.search(text, start, end)
    stop_at = stop.start() if stop else end
    for mark in ("兼", "、"):  # 某所党委书记兼纪委书记, 某医院党委副书记、院长: the first post, in the unit named
        also = text.find(mark, start, stop_at)
        if also > start and any(m.label == "POSITION" and m.end == also for m in inside):
            stop_at = also
    tail = _POST_TAIL.search(text, start, stop_at)
    return read_post(text, mentions, start, tail.start() if tail else stop_at)


# the list of a unit's leading team: 新一届班子成员为：, 领导班子成员如下：
_TEAM = re.compile(r"班子(?:成员)?(?:名单)?(?:为|是|如下|有)[ \t\u3000]*[：:]?[ \t\u3000]*")
_TEAM_ITEM_END = re.compile(r"[，,；;。\n]")
_TEAM_REACH = 16  # from a unit's name to its 班子: 某医院新一届党政领导班子
_TEAM_POST = re.compile(r"[\u4e00-\u9fff]{2,14}")


def team_posts(text: str, mentions: Mentions, start: int, end: int) -> list[Relation]:
    """`新一届班子成员为：院长甲，副院长乙、丙，党委书记丁`: each post, written before its names, in the unit whose
    班子 the paragraph named last (`某医院新一届行政班子`)."""
    team = _TEAM.search(text, start, end)
    if team is None:
        return []
    paragraph = text.rfind("\n", 0, start) + 1
    unit = next((m.ref for m in reversed(mentions.within(paragraph, team.start())) if m.label == "ORG"
                 and "班子" in text[m.end:m.end + _TEAM_REACH]), None)
    if unit is None:
        return []
    out: list[Relation] = []
    at = team.end()
    inside = [m for m in mentions.within(at, end) if m.label in ("PERSON", "ORG")]
    while at < end:
        stop = _TEAM_ITEM_END.search(text, at, end)
        item_end = stop.start() if stop else end
        people = [m for m in inside if at <= m.start and m.end <= item_end]
        first = people[0] if people else None
        post = text[at:first.start].strip() if first is not None else ""
        if first is None or first.label != "PERSON" or not _TEAM_POST.fullmatch(post):
            break  # the list ends where an item is not a post and its names
        names = [first]
        for m in people[1:]:
            if m.label != "PERSON" or not _LIST_LINK.fullmatch(text[names[-1].end:m.start]):
                break
            names.append(m)
        for person in names:
            out += post_relations(person.text, unit, post, None, Span(team.start(), item_end))
        if stop is None or stop.group() in "。\n":
            break
        at = stop.end()
    return out
