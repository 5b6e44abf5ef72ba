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

_UNDERTOOK = re.compile(
    r"\s*(?:先后|共|累计|共计|近年来|近年|近五年|多年来|已|曾|目前|还|并|主要|独立|作为牵头单位|牵头)*\s*"
    r"(?:承担|主持|获批|承接|承担并完成|主持完成|完成|牵头承担|负责)(?:了|过)?"
    r"[^。；;！？\n]{0,40}?(?:项目|课题|任务)")
_PARAGRAPHS_BACK = 3


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
