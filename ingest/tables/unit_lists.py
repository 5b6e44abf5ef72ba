"""Lists of units: a page's labs, centres or companies, one a list item (`- 某某功能材料实验室`), each item a
unit's name and nothing else. The layout vouches for the whole item being the name, which the recogniser
may cut short (`结构实验室` of `某某材料与结构实验室`).

An item may say with whom the unit was built (`与某某有限公司共建：某某联合实验室`): both units, the one
built COLLABORATES_WITH its partner.

Two such items in a row at least; a list of one is prose's.
"""

from __future__ import annotations

import re

from graph.schema import RelType
from ingest.blocks import Block, BlockKind
from ingest.kit.orgbook import names_a_unit
from ingest.model import Span
from ingest.reading import Coverage, Document, Facts

_BUILT_WITH = re.compile(r"^\s*与\s*(?P<partner>[^，,。；;：:\s]{4,50}?)\s*(?:合作|联合)?(?:共建|合建|共同建设)\s*[：:]?\s*"
                         r"(?P<unit>[^，,。；;：:\s]{4,50})\s*$")
_MIN_ITEMS = 2


def read_unit_lists(document: Document, taken: Coverage, facts: Facts) -> None:
    run: list[tuple[Block, re.Match[str] | None]] = []
    for block in document.blocks:
        item = _item(document, block, taken)
        if item is None:
            _flush(document, run, facts)
            run = []
        else:
            run.append(item)
    _flush(document, run, facts)


def _item(document: Document, block: Block, taken: Coverage) -> tuple[Block, re.Match[str] | None] | None:
    if block.kind is not BlockKind.LIST_ITEM or not taken.free(block.span):
        return None
    text = document.text[block.span.start:block.span.end]
    if names_a_unit(text):
        return block, None
    built = _BUILT_WITH.match(text)
    if built is not None and names_a_unit(built.group("partner")) and names_a_unit(built.group("unit")):
        return block, built
    return None


def _flush(document: Document, run: list[tuple[Block, re.Match[str] | None]], facts: Facts) -> None:
    if len(run) < _MIN_ITEMS:
        return
    for block, built in run:
        at = block.span.start
        if built is None:
            text = document.text[block.span.start:block.span.end]
            lead = len(text) - len(text.lstrip())
            facts.orgs.add(text.strip(), Span(at + lead, at + lead + len(text.strip())))
        else:
            partner = facts.orgs.add(built.group("partner"), Span(at + built.start("partner"), at + built.end("partner")))
            unit = facts.orgs.add(built.group("unit"), Span(at + built.start("unit"), at + built.end("unit")))
            if partner is not None and unit is not None:
                facts.out.relation(RelType.COLLABORATES_WITH, unit, partner, Span(at, block.span.end))
        facts.read(block.span)
