"""An institution's committee of experts and its seats, where the text names the committee by its kind and term
only (`某重点实验室召开第一届学术委员会第一次会议。…首届学术委员会由某所甲院士担任主任，乙院士、丙教授任副主任。
委员包括丁院士、戊教授…`).

The committee is the institution's, named by the institution and the kind (`某重点实验室学术委员会`), PART_OF the
institution. In the sentences after it that name the committee by its kind (with a term or none) and in the one after
each of those, each seat is AFFILIATED_WITH the committee with its post: those `由…担任` the post, those a later clause
says `任` or `担任` a post, the members a clause lists after `委员包括` (委员), a post written right after the kind
(`学术委员会副主任甲`) and a committee's post written right before a name with no unit (`受主任委员甲委托`). A head
post (主任) also LEADS it. A committee the text names whole (`某重点实验室学术委员会会议`) is read the same way, PART_OF
the institution its name opens with.
"""

from __future__ import annotations

import re

from graph.schema import Label, RelType
from ingest.model import Entity, Relation, Span
from ingest.nlp.appointments import is_society_post
from ingest.nlp.lexicon import kind_of, load_lexicon
from ingest.nlp.mentions import Mention, Mentions

_KIND = r"(?:学术|专家|技术|咨询|指导|学位评定|顾问)委员会"
_TERM = r"(?:第[一二三四五六七八九十\d]+届|首届|新一届|本届|新一轮)?"
# the institution's committee convened, founded or renewed right after the institution's name
_CONVENED = re.compile(rf"[ \t\u3000]*(?:召开|举行|举办|成立|组建|换届|产生|组织召开)?了?[ \t\u3000]*{_TERM}[ \t\u3000]*"
                       rf"(?P<kind>{_KIND})")
_NAMED = re.compile(rf"{_TERM}(?P<kind>{_KIND})")
_WHOLE = re.compile(rf"(?P<kind>{_KIND})$")
_INSTITUTIONS = ("lab", "research_institute", "university", "center", "hospital")
# 由…担任主任; …任副主任; 委员包括…
_TAKES = re.compile(r"[ \t\u3000]*(?:担任|任|为)[ \t\u3000]*")
_MEMBERS = re.compile(r"(?:委员|成员)(?:还)?(?:包括|有|为|是)[：:]?[ \t\u3000]*")
_POSTS = ("主任委员", "副主任委员", "名誉主任委员", "名誉主任", "主任", "副主任", "主席", "副主席", "秘书长", "秘书", "委员")


def committee_seats(text: str, mentions: Mentions, sentences: list[tuple[int, int]],
                    entities: list[Entity]) -> list[Relation]:
    out: list[Relation] = []
    committee: tuple[str, str] | None = None  # (name, kind) of the committee the text convened last
    follows = False  # the sentence before named the committee: its seats may go on in this one
    for start, end in sentences:
        found = _convened(text, mentions, start, end)
        if found is not None:
            name, kind, parent, span = found
            committee = (name, kind)
            if parent is not None:
                entities.append(Entity(type=Label.ORGANIZATION, name=name, kind="other", spans=(span,)))
                out.append(Relation(type=RelType.PART_OF, source=name, target=parent, spans=(span,)))
            elif text[span.start:span.end] == name \
                    and kind_of(institution := name[:len(name) - len(kind)]) in _INSTITUTIONS:  # 某实验室学术委员会
                entities.append(Entity(type=Label.ORGANIZATION, name=institution, kind=kind_of(institution),
                                       spans=(Span(span.start, span.start + len(institution)),)))
                out.append(Relation(type=RelType.PART_OF, source=name, target=institution, spans=(span,)))
        if committee is None:
            continue
        named = any(m.group("kind") == committee[1] and not _inside_a_name(mentions, m.start())
                    for m in _NAMED.finditer(text, start, end))
        if named or follows:
            out += _seats(text, mentions, start, end, committee[0])
        follows = named
    return out


def _convened(text: str, mentions: Mentions, start: int, end: int) -> tuple[str, str, str | None, Span] | None:
    """(the committee's name, its kind, the institution, where it is named) of a committee the sentence says an
    institution convened (`某重点实验室召开第一届学术委员会`), or names whole (`某重点实验室学术委员会会议`, the
    institution None: the name is the text's own), or None."""
    for m in mentions.within(start, end):
        if m.label != "ORG":
            continue
        whole = _WHOLE.search(m.ref)
        if whole is not None and whole.start() > 0:
            return m.ref, whole.group("kind"), None, Span(m.start, m.end)
        convened = _CONVENED.match(text, m.end, end) if kind_of(m.ref) in _INSTITUTIONS else None
        if convened is not None:
            return m.ref + convened.group("kind"), convened.group("kind"), m.ref, Span(m.start, convened.end())
    return None


def _inside_a_name(mentions: Mentions, at: int) -> bool:
    """The kind at `at` is the end of an organization's name the text writes whole (某实验室学术委员会)."""
    return any(m.label == "ORG" and m.start < at <= m.end for m in mentions.back_from(at))


def _seats(text: str, mentions: Mentions, start: int, end: int, committee: str) -> list[Relation]:
    inside = mentions.within(start, end)
    out: list[Relation] = []
    span = Span(start, end)
    opened = start  # where the clause that names the people of the next post opens
    for k, m in enumerate(inside):
        if m.label != "POSITION" or m.text not in _POSTS:
            continue
        takes = _TAKES.search(text, max(opened, m.start - 3), m.start)
        if takes is None or takes.end() != m.start:
            continue
        people = [p for p in inside[:k] if p.label == "PERSON" and p.start >= opened]
        out += _held(people, committee, m.text, span)
        opened = m.end
    for post, person in zip(inside, inside[1:], strict=False):  # 受主任委员甲院士委托: the post, no unit before it
        if post.label == "POSITION" and person.label == "PERSON" and person.start == post.end \
                and is_society_post(post.text) and not any(m.label == "ORG" and m.end == post.start for m in inside) \
                and not _NAMED.search(text, max(start, post.start - 9), post.start):
            out += _held([person], committee, post.text, span)
    for named in _NAMED.finditer(text, start, end):  # 、学术委员会副主任甲: the post written after the kind, then the name
        written = next((m for m in mentions.starting(named.end(), named.end() + 1) if m.label == "POSITION"), None)
        if written is None or written.text not in _POSTS or _inside_a_name(mentions, named.start()):
            continue
        holder = next((m for m in mentions.starting(written.end, written.end + 1) if m.label == "PERSON"), None)
        out += _held([holder], committee, written.text, span) if holder is not None else []
    for members in _MEMBERS.finditer(text, start, end):
        close = _list_end(text, members.end(), end)
        people = [p for p in inside if p.label == "PERSON" and members.end() <= p.start < close]
        out += _held(people, committee, "委员", span)
    return out


def _held(people: list[Mention], committee: str, post: str, span: Span) -> list[Relation]:
    out = []
    for person in people:
        out.append(Relation(type=RelType.AFFILIATED_WITH, source=person.text, target=committee, position=post,
                            spans=(span,)))
        if post in load_lexicon().head_positions:
            out.append(Relation(type=RelType.LEADS, source=person.text, target=committee, role=post, spans=(span,)))
    return out


def _list_end(text: str, at: int, end: int) -> int:
    """Where a list of members ends: at 等 after a name, or the sentence's end."""
    stop = text.find("等", at, end)
    return end if stop < 0 else stop
