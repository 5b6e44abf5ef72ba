"""A post in a unit the text names again by its kind word alone: `某实验室…，甲教授任实验室主任，乙院士任学术委员会主任`.

The kind word (实验室, 中心, 研究院 …) stands for the nearest organization named before it that ends with that
word, within the paragraph: the person holds the post there (a head post LEADS it), and a seat on its academic
board (学术委员会主任, 委员) is an affiliation with it.

A society named again by its kind word alone before a post (`某某协会…。协会副理事长兼秘书长甲主持会议`, `原协会常务副
理事长乙`) is the first society named in full that ends with that word, the one the text is about: the word is a mention
of it.

A place's head of government (`某市委副书记、市长甲`, `某市副市长乙`: the clause opens with the place) holds the post
in the place's 人民政府, where the document names it; 市长 leads it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from graph.schema import RelType
from ingest.model import Relation, Span
from ingest.nlp.mentions import Mention
from ingest.nlp.posts import post_relations

_KINDS = ("重点实验室", "实验室", "研究中心", "中心", "研究院", "研究所", "学院", "联盟", "平台", "基地")
_TAKES = re.compile(r"[ \t\u3000]*(?:同志)?[ \t\u3000]*(?:担任|出任|任|为)[ \t\u3000]*(?:该|本)?"
                    rf"(?:(?P<kind>{'|'.join(_KINDS)})(?P<board>学术委员会|专家委员会|技术委员会|理事会)?"
                    r"|(?P<board_only>学术委员会|专家委员会|技术委员会))"
                    r"(?P<post>常务副主任|副主任|主任|副院长|院长|副所长|所长|首席科学家|理事长|秘书长|委员)")
_BOARDED = ("实验室", "中心", "研究院", "研究所", "平台", "基地")  # units with an academic board of their own
_REACH = 400  # characters back to the unit the kind word stands for: the paragraph, not the document


def posts_in_units_named_before(text: str, mentions: Sequence[Mention]) -> list[Relation]:
    out: list[Relation] = []
    for k, person in enumerate(mentions):
        if person.label != "PERSON":
            continue
        at = person.end
        if k + 1 < len(mentions) and mentions[k + 1].label == "TITLE" and mentions[k + 1].start == at:
            at = mentions[k + 1].end  # 甲教授任…
        m = _TAKES.match(text, at)
        if m is None:
            continue
        kinds = (m.group("kind"),) if m.group("kind") else _BOARDED  # 任学术委员会主任: the board of the lab named before
        unit = next((o for o in reversed(mentions[:k]) if o.label == "ORG" and o.ref.endswith(kinds)
                     and person.start - o.end <= _REACH and "\n\n" not in text[o.end:person.start]), None)
        if unit is None:
            continue
        span = Span(person.start, m.end())
        if board := m.group("board") or m.group("board_only"):
            out.append(Relation(type=RelType.AFFILIATED_WITH, source=person.text, target=unit.ref,
                                position=board + m.group("post"), spans=(span,)))
        else:
            out += post_relations(person.text, unit.ref, m.group("post"), None, span)
    return out


# a head of government's post right before a name, and the place the clause opens with: 某市委副书记、市长|甲
_GOVERNMENT_POST = re.compile(r"(?P<post>(?:常务)?副?(?P<level>[省市县区州])长)$")
_CLAUSE_OPENS = re.compile(r"[^，,。；;：:\n]*$")


def heads_of_government(text: str, mentions: Sequence[Mention], governments: set[str]) -> list[Relation]:
    """`某市委副书记、市长甲`, `某市副市长乙`: the person holds the post in 某市人民政府 where `governments` (the
    organizations the document names) holds it."""
    out: list[Relation] = []
    for person in mentions:
        if person.label != "PERSON":
            continue
        post = _GOVERNMENT_POST.search(text, max(0, person.start - 6), person.start)
        if post is None:
            continue
        clause = _CLAUSE_OPENS.search(text, max(0, post.start() - 30), post.start())
        opening = text[clause.start():post.start()] if clause else ""
        level = post.group("level")
        cut = opening.find(level)
        government = opening[:cut + 1] + "人民政府" if cut >= 2 else None
        if government in governments:
            out += post_relations(person.text, government, post.group("post"), None, Span(post.start(), person.end))
    return out


# a society's kind word alone, no name before it (after a clause's break or a former post's mark), then a post in it
_BODY_ALONE = re.compile(r"(?:(?<=[。，,；;、：:\s“（(])|^)(?:原|前)?(?P<kind>协会|学会|研究会|基金会|联合会)"
                         r"(?=[ \t\u3000]*(?:常务)?副?(?:理事长|会长|秘书长|理事|监事长|顾问|主席|总干事))")


def bodies_named_by_kind(text: str, mentions: Sequence[Mention]) -> tuple[list[Mention], set[str]]:
    """The mentions with those of the societies the text names again by their kind word alone before a post in them
    (`协会理事长甲`), each standing for the first society named in full that ends with the word, the one the text is
    about (a society named in passing later, `协会顾问、某某协会副会长乙`, is not what the word stands for); and
    the names no longer mentioned: a name read as a former post's mark and the word (`原协会`) is the word's."""
    orgs = [m for m in mentions if m.label == "ORG"]
    added: list[Mention] = []
    glued: set[int] = set()
    for m in _BODY_ALONE.finditer(text):
        kind = m.group("kind")
        body = next((o for o in orgs if o.end <= m.start() and o.ref.endswith(kind) and len(o.ref) > len(kind)), None)
        inside = [o for o in orgs if o.start <= m.start("kind") < o.end]
        if body is None or any((o.start, o.end) != m.span() for o in inside):
            continue
        glued |= {id(o) for o in inside}  # 原协会: the mark, then the word
        added.append(Mention("ORG", m.start("kind"), m.end("kind"), kind, body.kind, ref=body.ref))
    kept = [*(m for m in mentions if id(m) not in glued), *added]
    named = {m.ref for m in kept if m.label == "ORG"}
    return sorted(kept, key=lambda m: (m.start, m.end)), {o.ref for o in orgs if id(o) in glued and o.ref not in named}
