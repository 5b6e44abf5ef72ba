"""Whose projects a table lists, when its rows name no unit: the organization the text before it says
undertook them (`某某中心先后承担国家级科研项目二十余项，包括…`, then the table).

A lab's or a centre's page lists its own projects without a unit column: the unit is the page's. The
sentence that introduces the table says so; it is looked for in the paragraphs between the table and
the heading above it (the heading itself included), nearest first.
"""

from __future__ import annotations

import re

from ingest.blocks import Block, BlockKind
from ingest.model import Span
from ingest.org_names import kind_suffix

_UNDERTOOK = re.compile(
    r"\s*(?:先后|共|累计|共计|近年来|近年|近五年|多年来|已|曾|目前|还|并|主要|独立|作为牵头单位|牵头)*\s*"
    r"(?:承担|主持|获批|承接|承担并完成|主持完成|完成|牵头承担|负责)(?:了|过)?"
    r"[^。；;！？\n]{0,40}?(?:项目|课题|任务)")
_PARAGRAPHS_BACK = 3
_WON = re.compile(
    r"\s*(?:先后|共|累计|共计|近年来|近年|近五年|多年来|已|曾|还|并)*\s*(?:获得|荣获|获|斩获|摘得)(?:了|过)?"
    r"[^。；;！？\n]{0,40}?(?:奖项|奖励|奖)")


def table_owner(text: str, blocks: tuple[Block, ...], at: int) -> tuple[str, Span] | None:
    """The organization the text before offset `at` says undertook the projects that follow, with the
    span of its name; None when no sentence there says so."""
    before = [b for b in blocks if b.span.end <= at and b.kind is not BlockKind.TABLE]
    for block in list(reversed(before))[:_PARAGRAPHS_BACK]:
        found = _undertaker(text, block.span)
        if found is not None:
            return found
        if block.kind is BlockKind.HEADING:
            break
    return None


def _undertaker(text: str, span: Span) -> tuple[str, Span] | None:
    from ingest.nlp.pipeline import get_nlp  # the pipeline is built on first use, not at import

    body = text[span.start:span.end]
    if not any(w in body for w in ("承担", "主持", "获批", "承接", "完成", "负责")):
        return None
    for ent in get_nlp()(body).ents:
        if ent.label_ == "ORG" and _UNDERTOOK.match(body, ent.end_char):
            return ent.text, Span(span.start + ent.start_char, span.start + ent.end_char)
    return None


def awards_owner(text: str, blocks: tuple[Block, ...], at: int) -> tuple[str, Span] | None:
    """The organization the text before offset `at` says won the awards that follow (`某某中心获得国家、省部级
    奖项27项`), with the span of its name: looked for in the paragraphs of the section `at` is in and in
    the introductions of the sections around it (not in the sections beside it), nearest first."""
    level = 99  # the level of the innermost heading passed: what lies before it is its section's or an outer one's
    waiting: list[Block] = []
    looked = 0
    for block in reversed([b for b in blocks if b.span.end <= at]):
        if block.kind is not BlockKind.HEADING:
            waiting.append(block)
            continue
        if (block.level or 9) < level or level == 99:
            found = _winner_in(text, waiting[:_PARAGRAPHS_BACK - looked])
            if found is not None:
                return found
            looked += min(len(waiting), _PARAGRAPHS_BACK - looked)
            level = min(level, block.level or 9) if level != 99 else block.level or 9
        waiting = []
        if looked >= _PARAGRAPHS_BACK:
            return None
    return _winner_in(text, waiting[:_PARAGRAPHS_BACK - looked])


def _winner_in(text: str, blocks: list[Block]) -> tuple[str, Span] | None:
    from ingest.nlp.pipeline import get_nlp  # the pipeline is built on first use, not at import

    for block in blocks:
        if block.kind is BlockKind.TABLE:
            continue
        body = text[block.span.start:block.span.end]
        if "获" not in body and "摘得" not in body:
            continue
        for ent in get_nlp()(body).ents:
            if ent.label_ == "ORG" and _WON.match(body, ent.end_char):
                return ent.text, Span(block.span.start + ent.start_char, block.span.start + ent.end_char)
    return None


_LAST_LINE = re.compile(r"[^\n]+\s*$")
_HEAD = re.compile(r"\s*(?P<name>[\u4e00-\u9fff]{2,30}?)(?=\s*(?:的)?\s*(?:本次|今年|本年度|(?:19|20)\d{2}|新)?"
                   r"(?:入选|当选|获选|获评|入围))")
_UNIVERSITY_SHORT = re.compile(r"[\u4e00-\u9fff]{1,3}大")  # 某大: a university as prose shortens it
_MEMBERS_OF = re.compile(
    r"\s*(?:的)?\s*(?:本次|今年|本年度|(?:19|20)\d{2}\s*年度?)?\s*新?(?:入选|当选|获选|获评|入围)(?:的|者)?"
    r"[^。；;！？\n]{0,10}?(?:名单|人员|人选|专家|学者|候选人|如下)")


def people_owner(text: str, blocks: tuple[Block, ...], at: int) -> tuple[str, Span] | None:
    """The organization the line just before offset `at` says the people that follow are of (`某大学入选的
    名单是：`), with the span of its name; None when it says no such thing."""
    block = _line_before(text, blocks, at, ("入选", "当选", "获选", "获评", "入围"))
    if block is None:
        return None
    found = _org_before(text, block, _MEMBERS_OF)
    if found is not None:
        return found
    body = text[block.span.start:block.span.end]
    line = _LAST_LINE.search(body)
    head = _HEAD.match(body, line.start()) if line is not None else None
    if head is None or not _MEMBERS_OF.match(body, head.end()):
        return None
    name = head.group("name")
    if not (kind_suffix(name) or _UNIVERSITY_SHORT.fullmatch(name)):
        return None  # the line's subject is no unit
    return name, Span(block.span.start + head.start("name"), block.span.start + head.end("name"))


_RESEARCHERS = re.compile(r"\s*(?:的)?(?:研究人员|科研人员|教师|老师|教职工|专家|学者|人员|团队)(?:们)?\s*"
                          r"(?:主持|承担|负责|获批|牵头)(?:的)?(?:各类|在研|科研|纵向|横向)*(?:项目|课题)")


def researchers_owner(text: str, blocks: tuple[Block, ...], at: int) -> tuple[str, Span] | None:
    """The organization whose researchers the caption just before offset `at` says led the projects that
    follow (`某研究院研究人员主持项目`), with the span of its name; None when it says no such thing."""
    block = _line_before(text, blocks, at, ("主持", "承担", "负责", "获批", "牵头"))
    return _org_before(text, block, _RESEARCHERS) if block is not None else None


def _line_before(text: str, blocks: tuple[Block, ...], at: int, words: tuple[str, ...]) -> Block | None:
    """The last block before offset `at` that is no table, where it holds one of `words`."""
    before = [b for b in blocks if b.span.end <= at and b.kind is not BlockKind.TABLE]
    if not before or not any(w in text[before[-1].span.start:before[-1].span.end] for w in words):
        return None
    return before[-1]


def _org_before(text: str, block: Block, after: re.Pattern[str]) -> tuple[str, Span] | None:
    """The first organization the recogniser reads in the block that `after` follows, with its span."""
    from ingest.nlp.pipeline import get_nlp  # the pipeline is built on first use, not at import

    body = text[block.span.start:block.span.end]
    for ent in get_nlp()(body).ents:
        if ent.label_ == "ORG" and after.match(body, ent.end_char):
            return ent.text, Span(block.span.start + ent.start_char, block.span.start + ent.end_char)
    return None
