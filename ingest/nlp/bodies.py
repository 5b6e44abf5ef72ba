"""Members of a body of people (a society, its branch, a committee, an alliance) elected or listed in prose.

- elections: `甲某当选主任委员，乙某、丙某当选副主任委员`, `选举甲某为理事长`;
- lists of posts: `主任委员：甲某；副主任委员：乙某、丙某；委员：丁某…`, `主任委员甲某，委员乙某、丙某`;
- lists of members: `某委员会成员甲某、乙某` (AFFILIATED_WITH with no post).

The body is the last one the paragraph names before the statement, or failing one the last named in the two
lines above it (a heading `某分会第二届委员会组成如下：`) or in the document's opening line (`某学会十一届一次理事会…举行`);
a body named as a meeting's venue (`在某科协会堂`) is none; an ordinal term of a body (第二届委员会, 新一届理事会)
is that body, never a name of its own (ingest.nlp.orgs). A post written with the kind of body instead of its name
(`当选为学会会长`) is in the last society of that kind the paragraph names, and the statements after it, naming no
other body, are in the same one. Each member is AFFILIATED_WITH the body with the post; a head post (主任委员,
理事长, 会长) also LEADS it.
"""

from __future__ import annotations

import re

from graph.schema import RelType
from ingest.model import Relation, Span
from ingest.nlp.lexicon import load_lexicon
from ingest.nlp.mentions import Mention, Mentions
from ingest.nlp.posts import is_society

# posts of a body of people (generic): what members of a society or committee are elected or listed as
SOCIETY_POSTS = frozenset({
    "主任委员", "副主任委员", "常务委员", "常委", "委员", "青年委员", "秘书长", "副秘书长", "理事长", "副理事长",
    "常务理事", "理事", "会长", "副会长", "常务副会长", "名誉会长", "主席", "副主席", "监事长", "监事", "顾问",
    "名誉主任委员", "常务副主任委员", "常务副理事长", "执行主席", "秘书", "副组长", "组长", "学术秘书", "工作秘书", "名誉理事长",
    "总召集人", "召集人", "副召集人",
})
_BODY_ENDINGS = ("委员会", "理事会", "联盟", "专委会", "领导小组", "工作小组", "联席会议")
_ELECTED = re.compile(r"[ \t\u3000]*(?:分别|共同)?(?:当选|被选举为|被选为|被推选为|担任|出任|任)(?:为)?[ \t\u3000]*$")
_ELECT_VERB = re.compile(r"(?:选举|推选|推举|选出)(?:产生)?$")
_AS = re.compile(r"[ \t\u3000]*为[ \t\u3000]*")
_LABEL = re.compile(r"[ \t\u3000]*(?:名单)?(?:为|如下)?[ \t\u3000]*[：:]?[ \t\u3000]*")  # 常务理事名单为：
# between two names: a note on the one before in brackets (甲(新任)、乙), then the mark that parts them
_NEXT_NAME = re.compile(r"(?:[ \t\u3000]*[（(][^（）()\n]{1,6}[)）])?[ \t\u3000]*(?:、|，|,|和|及|与)[ \t\u3000]*")
_AND_SO_ON = re.compile(r"[ \t\u3000]*等(?:\d+|[一二三四五六七八九十]+)?(?:人|名|位)?(?:委员|理事|同志|专家)?")  # 等16名委员
_ITEM_START = frozenset("，,；;：:。\n、 \t\u3000(（")
_LINES_ABOVE = 2
_MEMBERS = re.compile(r"[ \t\u3000]*(?:全体)?(?:成员|组成人员)[ \t\u3000]*[：:]?[ \t\u3000]*(?:有|为|包括)?[ \t\u3000]*")
# the term of the body a post is of, written between the verb and the post (当选为第二届委员会主任委员)
_TERM_BEFORE = re.compile(r"(?:第[一二三四五六七八九十\d]+|新一|首)届(?:管理|常务)?(?:委员会|理事会)?$")


def body_members(text: str, mentions: Mentions) -> list[Relation]:
    out: list[Relation] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for k, (start, end) in enumerate(lines):
        above = [*lines[:1], *lines[max(1, k - _LINES_ABOVE):k]]  # the opening line too: 某学会某届某次理事会…
        inside = mentions.within(start, end)
        named: tuple[str, int] | None = None  # the body a statement named by its kind (当选为学会会长), and where
        for post_at, people, written in _statements(text, inside):
            post = written.text
            body = _body(mentions, (start, post_at), above, text=text)
            kind = _KIND_BEFORE_POST.search(text, max(start, written.start - 2), written.start)
            if kind is not None:  # 学会会长: the last society the paragraph names, not a federation named after it
                body = _body(mentions, (start, post_at), above, kind.group(1), text) or body
                named = (body, post_at) if body is not None else None
            elif named is not None and body is not None and not _bodies_between(mentions, named[1], post_at):
                body = named[0]  # 乙某当选为监事长: the same body as the statement before
            if body is None:
                continue
            span = Span(start, end)
            for person in people:
                out.append(Relation(type=RelType.AFFILIATED_WITH, source=person.text, target=body, position=post,
                                    spans=(span,)))
                if post in load_lexicon().head_positions:
                    out.append(Relation(type=RelType.LEADS, source=person.text, target=body, role=post, spans=(span,)))
        for at, people in _also_appointed(text, inside):  # 甲被聘为某委员会委员。首批受聘的专家还包括乙、丙…
            body = _body(mentions, (start, at), above, text=text)
            if body is not None:
                out += [Relation(type=RelType.AFFILIATED_WITH, source=person.text, target=body, spans=(Span(start, end),))
                        for person in people]
        for body, people in _member_lists(text, inside):
            out += [Relation(type=RelType.AFFILIATED_WITH, source=person.text, target=body, spans=(Span(start, end),))
                    for person in people]
    return out


# the people appointed to or elected into a body along with the one a sentence before names: 首批受聘的专家还包括甲、乙…
_ALSO = re.compile(r"(?:受聘|获聘|聘任|当选|入选)的?(?:专家|委员|成员|人员|学者)?(?:还|也|同时)?(?:包括|有)[：:]?[ \t\u3000]*")
# a count of the names before it, then the list goes on: 甲、乙、丙三位院士和丁、戊…
_COUNTED_AND = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十两\d]+(?:位|名)[\u4e00-\u9fff]{0,4})?(?:和|及|以及|、|，)[ \t\u3000]*")


def _also_appointed(text: str, inside: list[Mention]) -> list[tuple[int, list[Mention]]]:
    """(where the list starts, its people) for each `受聘的专家还包括甲、乙、丙三位院士和丁、戊等64位专家`."""
    out: list[tuple[int, list[Mention]]] = []
    for m in _ALSO.finditer(text, inside[0].start if inside else 0, inside[-1].end if inside else 0):
        people: list[Mention] = []
        pos = m.end()
        while True:
            run = _names_from(text, [p for p in inside if p.start >= pos], pos)
            if not run:
                break
            people += run
            more = _COUNTED_AND.match(text, run[-1].end)
            if more is None or more.end() == run[-1].end:
                break
            pos = more.end()
        if people:
            out.append((m.start(), people))
    return out


def _member_lists(text: str, inside: list[Mention]) -> list[tuple[str, list[Mention]]]:
    """`某委员会成员甲某、乙某`, `某联盟全体成员：甲某、乙某`: the body and the people listed as its members."""
    out: list[tuple[str, list[Mention]]] = []
    for i, m in enumerate(inside):
        members = _MEMBERS.match(text, m.end) if m.label == "ORG" and is_body(m.ref) else None
        people = _names_from(text, inside[i + 1:], members.end()) if members else []
        if people:
            out.append((m.ref, people))
    return out


def is_body(name: str) -> bool:
    """A body of people one is a member of: a society, its branch or committee, an alliance, a council."""
    return is_society(name) or name.endswith(_BODY_ENDINGS) or name.endswith(_GROUP_ENDINGS) and any(
        w in name for w in _SOCIETY_WORDS)  # 某学会某分会某学组, 某分会某专业组: a society's group


_GROUP_ENDINGS = ("专业组", "学组", "工作组")
_SOCIETY_WORDS = ("学会", "协会", "分会")


def _body(mentions: Mentions, where: tuple[int, int], above: list[tuple[int, int]], ending: str = "",
          text: str = "") -> str | None:
    for start, end in (where, *reversed(above)):
        found = [m for m in mentions.within(start, end) if m.label == "ORG" and is_body(m.ref) and m.ref.endswith(ending)
                 and not _VENUE.match(text, m.end)]
        if found:
            return found[-1].ref
    return None


# the halls and buildings a meeting is held in, named after their host (在某科协会堂举行, 某大学理学院报告厅): a place
VENUES = ("大礼堂", "礼堂", "会堂", "演讲厅", "报告厅", "会议厅", "多功能厅", "学术厅", "展厅", "会议室", "会议中心",
          "大厦", "大楼")
_VENUE = re.compile("|".join(VENUES))


def _bodies_between(mentions: Mentions, start: int, end: int) -> bool:
    return any(m.label == "ORG" and is_body(m.ref) for m in mentions.within(start, end))


# the kind of body written right before the post instead of its name: 当选为学会会长, 担任协会副理事长
_KIND_BEFORE_POST = re.compile(r"(?<=[为任])(学会|协会)$")


def _statements(text: str, inside: list[Mention]) -> list[tuple[int, list[Mention], Mention]]:
    """(where the statement starts, its people, their post) for each election or listed post in a line."""
    out: list[tuple[int, list[Mention], Mention]] = []
    for i, post in enumerate(inside):
        if post.label != "POSITION" or post.text not in SOCIETY_POSTS or _former(text, post.start):
            continue
        elected = _elected(text, inside[:i], post)
        if elected:
            out.append((elected[0].start, elected, post))
            continue
        listed = _listed(text, inside[i + 1:], post)
        if listed:
            out.append((post.start, listed, post))
    return out


def _elected(text: str, before: list[Mention], post: Mention) -> list[Mention]:
    """`甲某、乙某(等)当选<post>`, or `选举甲某、乙某为<post>`."""
    term = _TERM_BEFORE.search(text, max(0, post.start - 12), post.start) or _KIND_BEFORE_POST.search(
        text, max(0, post.start - 3), post.start)  # 当选为|第二届委员会|主任委员, 当选为|学会|会长
    verb_end = term.start() if term else post.start
    verb = _ELECTED.search(text, _line_start(text, verb_end), verb_end)  # 当选为|第二届委员会|主任委员
    named = [m for m in before if m.label in ("PERSON", "TITLE")]
    titled = _without_titles(text, named)  # 甲某教授|担任副主任委员, 甲某教授等16名委员|担任
    if verb and titled and titled[-1].label == "PERSON":
        gap = text[named[-1].end:verb.start()]
        if not gap or _AND_SO_ON.fullmatch(gap):
            return _names_before(text, titled)
    if before and before[-1].label == "PERSON" and _AS.fullmatch(text, before[-1].end, post.start):
        people = _names_before(text, before)
        if _ELECT_VERB.search(text, _line_start(text, people[0].start), people[0].start):
            return people
    return []


def _without_titles(text: str, before: list[Mention]) -> list[Mention]:
    """The mentions before a verb less the titles written right after the last person (`甲某教授`, `乙某院士`)."""
    k = len(before)
    while k > 1 and before[k - 1].label == "TITLE" and not text[before[k - 2].end:before[k - 1].start].strip():
        k -= 1
    return before[:k]


def _line_start(text: str, end: int) -> int:
    """Where the line holding text[end - 1] starts: a pattern with no line break in it that ends at `end` (`…$`,
    which also matches before a line break at end - 1) lies after it, so a search needs read no further back."""
    return text.rfind("\n", 0, max(0, end - 1)) + 1


def _names_before(text: str, before: list[Mention]) -> list[Mention]:
    people = [before[-1]]
    for m in reversed(before[:-1]):
        if m.label != "PERSON" or not _NEXT_NAME.fullmatch(text, m.end, people[0].start):
            break
        people.insert(0, m)
    return people


def _listed(text: str, after: list[Mention], post: Mention) -> list[Mention]:
    """`<post>[：]甲某、乙某` where the post opens an item (after punctuation or the line's start)."""
    if post.start > 0 and text[post.start - 1] not in _ITEM_START:
        return []
    at = _LABEL.match(text, post.end)
    return _names_from(text, after, at.end() if at else post.end)


def _names_from(text: str, after: list[Mention], pos: int) -> list[Mention]:
    """The names written one after another from `pos` (`甲某、乙某和丙某`)."""
    people: list[Mention] = []
    for m in after:
        if m.label != "PERSON" or m.start != pos:
            break
        people.append(m)
        nxt = _NEXT_NAME.match(text, m.end)
        if nxt is None:
            break
        pos = nxt.end()
    return people


def _former(text: str, at: int) -> bool:
    return text.endswith(("前", "原"), 0, at)
