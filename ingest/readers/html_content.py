"""Which run of a page's blocks is its article: text density along the page, after the chrome is gone.

The pieces of a page are split where chrome of some size was left out (a menu, a sidebar of headlines,
a footer). The part with the most *substantial* text — paragraphs of a sentence or more with little link
text, data tables, lists whose items together say something — is the article. Within it, the article runs
from a few blocks before its first substantial block (its title and byline; a heading ends the search)
to a couple of short lines after its last (an editor's name, a source).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.blocks import BlockKind
from ingest.readers.html_chrome import visible_chars

SUBSTANTIAL_CHARS = 25  # a sentence of Chinese; shorter blocks are titles, bylines, labels or chrome
SUBSTANTIAL_LINKS = 0.3  # at most this share of link text
SPLITTING_CHROME = 30  # chrome of this many characters or more parts the page
LEAD_BLOCKS = 4  # title, date, source, author before the first substantial block
TRAILING_BLOCKS = 2
RUN_CAPTION_CHARS = 20  # a line between two lists this short is their caption, not text that parts them
LINES_RUN = 3  # this many short lines one after another, with little link text, are read as one list


@dataclass(slots=True)
class Piece:
    """A block found on a page, before the article is chosen; kind None marks chrome left out there."""

    kind: BlockKind | None
    text: str = ""
    level: int = 0
    links: int = 0  # characters inside links
    group: int = 0  # the items of one list share a group (nonzero)
    rows: list[list[str]] = field(default_factory=list)
    header_rows: int = 0
    spans: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    chrome: int = 0  # characters of chrome left out here

    @property
    def chars(self) -> int:
        if self.kind is BlockKind.TABLE:
            return sum(visible_chars(cell) for row in self.rows for cell in row)
        return visible_chars(self.text)


def main_content(pieces: list[Piece]) -> list[Piece]:
    blocks = [p for p in pieces if p.kind is not None]
    best: list[Piece] = []
    best_chars = 0
    for part in _parts(pieces):
        substantial = _substantial(part)
        chars = sum(p.chars for p, s in zip(part, substantial, strict=True) if s)
        if chars > best_chars:
            best, best_chars = _article(part, substantial), chars
    return best if best_chars else blocks  # a page of short lines only: all of it


def _parts(pieces: list[Piece]) -> list[list[Piece]]:
    parts: list[list[Piece]] = [[]]
    for piece in pieces:
        if piece.kind is None:
            if piece.chrome >= SPLITTING_CHROME and parts[-1]:
                parts.append([])
        else:
            parts[-1].append(piece)
    return parts


def _substantial(part: list[Piece]) -> list[bool]:
    groups: dict[int, tuple[int, int]] = {}
    for run in _list_runs(part):
        chars = sum(p.chars for p in run if p.group)
        links = sum(p.links for p in run if p.group)
        groups.update((p.group, (chars, links)) for p in run if p.group)

    def dense(chars: int, links: int) -> bool:
        return chars >= SUBSTANTIAL_CHARS and links <= SUBSTANTIAL_LINKS * chars

    lines = _line_runs(part)
    return [p.kind is BlockKind.TABLE or (p.kind is not BlockKind.HEADING and (
        dense(*groups[p.group]) if p.group else dense(*lines[k]) if k in lines else dense(p.chars, p.links)))
        for k, p in enumerate(part)]


def _line_runs(part: list[Piece]) -> dict[int, tuple[int, int]]:
    """Short paragraphs in a run of `LINES_RUN` or more (an honour and its holders a line, a committee's
    members a line): each index in such a run -> the characters and link characters of the whole run."""
    out: dict[int, tuple[int, int]] = {}
    run: list[int] = []
    for k, p in enumerate([*part, Piece(None)]):
        if p.kind is BlockKind.PARAGRAPH and not p.group and p.chars < SUBSTANTIAL_CHARS:
            run.append(k)
            continue
        if len(run) >= LINES_RUN:
            chars, links = sum(part[i].chars for i in run), sum(part[i].links for i in run)
            out.update((i, (chars, links)) for i in run)
        run = []
    return out


def _list_runs(part: list[Piece]) -> list[list[Piece]]:
    """Lists that follow one another with only short lines between them (a talent list's groups under
    their honours, each a list of its own): one list, whose items together say something."""
    runs: list[list[Piece]] = []
    current: list[Piece] = []
    for p in part:
        if p.group or (current and p.kind is not BlockKind.TABLE and p.chars <= RUN_CAPTION_CHARS):
            current.append(p)
        else:
            if current:
                runs.append(current)
            current = []
    return runs + ([current] if current else [])


def _article(part: list[Piece], substantial: list[bool]) -> list[Piece]:
    first = substantial.index(True)
    last = len(substantial) - 1 - substantial[::-1].index(True)
    start = first
    while start > 0 and first - start < LEAD_BLOCKS:
        start -= 1
        if part[start].kind is BlockKind.HEADING:
            break
    end = last + 1
    while end < len(part) and end - last <= TRAILING_BLOCKS and part[end].chars < SUBSTANTIAL_CHARS \
            and part[end].links <= SUBSTANTIAL_LINKS * part[end].chars:
        end += 1
    return part[start:end]
