"""A paper's first page as Chinese journals set it: the title (a heading, or two headings it is broken over),
the authors on a line of their own parted by commas, and their unit in brackets on the line after
(`（某研究院，某市某区 100192）`); in plain text, a line with no sentence's marks right before the authors' is the title.

The title is the paper; each author AUTHORED it in the order written and WORKS_AT the unit in brackets (its
first piece: the city and post code after it are an address). A line of names is a by-line only where the
bracketed unit follows it and a heading stands right before it; names numbered for several units
(`甲1，乙2`) are read with the unit of their number where the brackets number them (`1. 某大学；2. 某所`).
"""

from __future__ import annotations

import re

from graph.schema import Label, RelType
from ingest.blocks import Block, BlockKind
from ingest.model import Entity, Span
from ingest.org_names import kind_suffix
from ingest.reading import Coverage, Document, Facts
from ingest.tables.cells import is_name

_AUTHOR = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,5}?)(?P<mark>\d{1,2}(?:\s*[,，]\s*\d{1,2})*)?\*?(?=\s*(?:[，,、]|$))")
_AUTHOR_CUT = re.compile(r"\s*[，,、]\s*")
_UNITS = re.compile(r"^\s*[（(](?P<body>[^（）()]{4,200})[）)]\s*$")
_NUMBERED_UNIT = re.compile(r"(?P<n>\d{1,2})\s*[.．、]\s*(?P<unit>[^；;]+)")
_MIN_TITLE = 8
_SENTENCE_MARKS = re.compile(r"[，。；！？,;!?]")


def read_bylines(document: Document, taken: Coverage, facts: Facts) -> None:
    blocks = document.blocks
    for k in range(1, len(blocks) - 1):
        authors, units = blocks[k], blocks[k + 1]
        if authors.kind is not BlockKind.PARAGRAPH or not taken.free(authors.span) or not taken.free(units.span):
            continue
        names = _authors(document.text, authors)
        affiliation = _UNITS.match(document.text[units.span.start:units.span.end])
        if not names or affiliation is None:
            continue
        title_blocks = _title_blocks(blocks, k) or _title_line(document.text, blocks, k)
        title = "".join(document.text[b.span.start:b.span.end].strip() for b in title_blocks)
        if len(title) < _MIN_TITLE:
            continue
        by_number = _units(affiliation.group("body"), units.span.start + affiliation.start("body"))
        if not by_number:
            continue
        span = Span(title_blocks[0].span.start, units.span.end)
        paper = facts.out.entity(Entity(Label.PAPER, title, spans=tuple(b.span for b in title_blocks)))
        for order, (name, at, marks) in enumerate(names, start=1):
            facts.out.person(name, Span(at, at + len(name)))
            facts.out.relation(RelType.AUTHORED, name, paper, span, order=order)
            for n in marks or [next(iter(by_number))]:
                if n in by_number:
                    unit, where = by_number[n]
                    org = facts.orgs.add(unit, where)
                    if org is not None:
                        facts.out.relation(RelType.WORKS_AT, name, org, span)
        facts.read(span)


def _authors(text: str, block: Block) -> list[tuple[str, int, list[int]]]:
    """(name, where it is written, the numbers of its units) of a line made only of names; [] otherwise."""
    line = text[block.span.start:block.span.end].strip()
    at = block.span.start + text[block.span.start:block.span.end].find(line)
    out = []
    pos = 0
    for piece in _AUTHOR_CUT.split(line):
        m = _AUTHOR.fullmatch(piece)
        if m is None or not is_name(m.group("name")):
            return []
        where = line.find(piece, pos)
        pos = where + len(piece)
        marks = [int(n) for n in re.findall(r"\d+", m.group("mark") or "")]
        out.append((m.group("name"), at + where, marks))
    return out if len(out) >= 2 else []


def _title_blocks(blocks: tuple[Block, ...], k: int) -> list[Block]:
    """The headings right before block k, the title broken over them (at most two)."""
    out: list[Block] = []
    j = k - 1
    while j >= 0 and blocks[j].kind is BlockKind.HEADING and len(out) < 2:
        out.insert(0, blocks[j])
        j -= 1
    return out


def _title_line(text: str, blocks: tuple[Block, ...], k: int) -> list[Block]:
    """In plain text, where no heading is marked: the line right before block k, where it reads as a title (one line,
    no sentence's marks)."""
    if k == 0 or blocks[k - 1].kind is not BlockKind.PARAGRAPH:
        return []
    line = text[blocks[k - 1].span.start:blocks[k - 1].span.end].strip()
    return [blocks[k - 1]] if "\n" not in line and not _SENTENCE_MARKS.search(line) else []


def _units(body: str, start: int) -> dict[int, tuple[str, Span]]:
    """The units in the brackets by their number (one unit alone is number 1): each its first piece, the
    address after it aside."""
    numbered = list(_NUMBERED_UNIT.finditer(body))
    pieces = [(int(m.group("n")), m.group("unit"), m.start("unit")) for m in numbered] or [(1, body, 0)]
    out: dict[int, tuple[str, Span]] = {}
    for n, text, at in pieces:
        unit = re.split(r"\s*[，,]\s*", text.strip(), maxsplit=1)[0]
        if kind_suffix(unit):
            where = start + at + text.find(unit)
            out[n] = (unit, Span(where, where + len(unit)))
    return out
