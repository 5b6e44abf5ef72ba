"""What a call's programme is made of, read from its name: the standing programme a quoted special
programme belongs to (`X计划“Y”等重点专项2030年度项目`: `Y` PART_OF `X计划`), where the standing award of
a round (`第五届X奖`) starts, and the verb-noun a call writes after a programme's name that is
no part of it (`X基金资助项目`, `X奖评选`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.genres.literal import occurrences
from ingest.model import Span

# A standing programme's own word, and a special programme quoted right after it (`X计划“Y”重点专项`).
_QUOTED_PART = re.compile(
    r"(?P<parent>(?:国家|全国|中国|[\u4e00-\u9fff]{1,8}?(?:省|市|自治区))?[\u4e00-\u9fff]{2,20}?(?:计划|基金|专项|工程))"
    r"[“\"](?P<part>[^”\"\n]{2,30})[”\"]"
)
LEADING_YEAR = re.compile(r"^(?:19|20)\d{2}\s*年度?")  # `2021年度` before a programme's name
_CUT_YEAR = re.compile(r"^(?:(?:19|20)\d{2}\s*)?年度?")  # a year the match began inside (`年度X计划`)
# A round of a standing award or programme (`第五届`, `第十二届`), after the year where a call gives one.
_ROUND = re.compile(r"^(?:(?:19|20)\d{2}\s*年度?)?(?P<round>第[一二三四五六七八九十百\d]{1,4}届)")
# What a call does with a programme, written after its name: fund, select, review, nominate.
_TRAILING_VERB = re.compile(r"(?<=[计划基金专项工程资金奖])(?:资助|评选|评审|遴选|推荐|奖励|申报)(?:项目)?$")


@dataclass(frozen=True, slots=True)
class Part:
    """A programme named inside another's name, and the standing programme it belongs to."""

    name: str
    span: Span
    parent: str
    parent_span: Span


def parts_of(name: str, spans: tuple[Span, ...], text: str) -> list[Part]:
    """The quoted special programme and the standing one it is part of, and the standing award a round
    belongs to, where the call's programme name holds them (its spans locate them in the text)."""
    first = spans[0] if spans else None
    out = []
    for m in _QUOTED_PART.finditer(name):
        parent = _CUT_YEAR.sub("", m.group("parent"))
        at = m.start("parent") + len(m.group("parent")) - len(parent)
        out.append(Part(m.group("part"), _locate(text, m.group("part"), first, m.start("part")),
                        parent, _locate(text, parent, first, at)))
    return out


def round_of(name: str) -> int | None:
    """Where the standing award or programme starts in the name of a round of it (`第五届X奖`), if it is one."""
    m = _ROUND.match(name)
    return m.end() if m is not None else None


def drop_trailing_verb(name: str, text: str) -> str:
    """The programme's name without a verb-noun written after it (`X基金资助项目` → `X基金`), where the
    text also names the programme without it; else the name as it stands."""
    m = _TRAILING_VERB.search(name)
    if m is None:
        return name
    bare = name[:m.start()]
    stem = _ROUND.sub("", LEADING_YEAR.sub("", bare))
    if len(stem) < 4:
        return name
    verb = m.group()[:2]
    for at in occurrences(stem, text):
        if not text.startswith(verb, at + len(stem)):
            return bare
    return name


def _locate(text: str, words: str, within: Span | None, offset: int) -> Span:
    """Where `words` stand: inside the call's name where its span covers the name letter for letter,
    else their first occurrence in the text."""
    if within is not None and text[within.start + offset:within.start + offset + len(words)] == words:
        return Span(within.start + offset, within.start + offset + len(words))
    at = text.find(words)
    if at >= 0:
        return Span(at, at + len(words))
    return within or Span(0, 0)
