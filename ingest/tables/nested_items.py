"""Works listed as items with their fields in sub-items, as an academic page lists its patents:

    * [已授权] 一种某某装置及方法
      * 甲，乙，丙
      * 专利号：ZL202211157877.2

An item whose sub-items are a list of names and a patent's number (labelled or not) is the patent: the item's text
its title (a status in brackets before it, `[已授权]`, `【授权】`, left out), the names its inventors in order (after
their label, `完成人：甲、乙`), a labelled number written without its office's letters (`专利号：203610482715X`) its
number, `授权日：2032.3.25` the day it was granted.
"""

from __future__ import annotations

import re

from graph.schema import Label, RelType
from ingest.blocks import Block, BlockKind
from ingest.model import Entity, Span
from ingest.reading import Coverage, Document, Facts, Reading
from ingest.tables.cells import Piece, people_in, piece
from ingest.tables.patent_lines import kind_of_number
from ingest.tables.records import patent_number_in

_STATUS = re.compile(r"\s*(?:\[[^\[\]\n]{1,8}\]|【[^【】\n]{1,8}】|[（(](?:已授权|已受理|授权|受理|公开|在审|实审)[）)])\s*")
_MIN_TITLE = 4
# a sub-item's label before the inventors (`完成人：甲、乙`), and before a number written without its office's
# letters (`专利号：203610482715X`, an application's twelve digits and its check character)
_PEOPLE_LABEL = re.compile(r"\s*(?:完成人|发明人|发明者|设计人|作者)\s*[：:]\s*")
_GRANT_DATE = re.compile(r"\s*(?:授权日|授权公告日)\s*[：:]\s*(?P<y>(?:19|20)\d{2})[.\-/年](?P<m>\d{1,2})[.\-/月](?P<d>\d{1,2})")
_NUMBER_LABEL = re.compile(r"\s*(?:专利号|专利申请号|申请号|授权号|授权公告号)\s*[：:]\s*(?P<number>\d{12}\.?[\dXx]|\d{8}\.?[\dXx])\s*[。.;；]?\s*$")


def read_nested_items(document: Document, taken: Coverage) -> Reading:
    """Read before the labelled fields, whose value would run on into the next item (`专利号：…` | `[已授权] …`)."""
    facts = Facts()
    blocks = [b for b in document.blocks if b.kind is BlockKind.LIST_ITEM and taken.free(b.span)]
    for k, item in enumerate(blocks):
        children: list[Block] = []
        for child in blocks[k + 1:]:
            if child.level <= item.level:
                break
            if child.level == item.level + 1:
                children.append(child)
        if len(children) >= 2:
            _patent(document.text, item, children, facts)
    return facts.reading()


def _patent(text: str, item: Block, children: list[Block], facts: Facts) -> None:
    pieces = [p for child in children if (p := piece(child.text(text), child.span.start)) is not None]
    numbers = [(p, n) for p in pieces if (n := patent_number_in(p) or _labelled_number(p)) is not None]
    numbered = [p for p, _ in numbers]
    named = [people for p in pieces if p not in numbered and (people := people_in(_unlabelled(p)))]
    title = piece(item.text(text), item.span.start)
    if len(numbers) != 1 or len(named) != 1 or title is None:
        return
    status = _STATUS.match(title.text)
    if status:
        title = Piece(title.text[status.end():], Span(title.span.start + status.end(), title.span.end))
    if len(title.text) < _MIN_TITLE:
        return
    number = re.sub(r"\s+", "", numbers[0][1].text)
    span = Span(item.span.start, children[-1].span.end)
    dated = next((m for p in pieces if (m := _GRANT_DATE.match(p.text)) is not None), None)
    date = f"{dated.group('y')}-{int(dated.group('m')):02d}-{int(dated.group('d')):02d}" if dated else None
    facts.out.entity(Entity(Label.PATENT, title.text, number=number, kind=kind_of_number(number), date=date,
                            spans=(title.span, numbers[0][1].span)))
    for order, person in enumerate(named[0], start=1):
        facts.out.person(person.name, person.span)
        facts.out.relation(RelType.INVENTED, person.name, number, span, order=order)
    facts.read(span)


def _unlabelled(value: Piece) -> Piece:
    """The inventors a sub-item lists without its label and its closing stop."""
    label = _PEOPLE_LABEL.match(value.text)
    body = value.text[label.end():] if label else value.text
    body = body.rstrip("。.；; ")
    at = value.span.start + (label.end() if label else 0)
    return Piece(body, Span(at, at + len(body)))


def _labelled_number(value: Piece) -> Piece | None:
    m = _NUMBER_LABEL.match(value.text)
    if m is None:
        return None
    return Piece(m.group("number"), Span(value.span.start + m.start("number"), value.span.start + m.end("number")))
