"""Text helpers for funding guides: lines with offsets, PDF-broken paragraphs re-joined, sentences.

Guides often come from PDFs, so a sentence may be cut by a line break or a page break
(blank lines). `Flow` re-joins such pieces and keeps, for every character, its offset in
the original text, so whatever is found in the joined text still points into the source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ingest.model import Span

# A line that opens a new item rather than continuing the previous one.
_ITEM_START = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]\s*\S"
    r"|附件|注[:：]|[-•·]\s)"
)
_TERMINAL = "。；;！？!?：:"
_SENTENCE_END = re.compile(r"[。！？!?\n]")
# Lines at least this long that end without punctuation were cut by the PDF, not by the author.
_BROKEN_LINE_MIN = 18


@dataclass(frozen=True, slots=True)
class Line:
    start: int  # offset of the first character in the document text
    text: str  # the line without its line break

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def stripped(self) -> str:
        return self.text.strip()


def lines_of(text: str) -> list[Line]:
    return list(_lines(text))


@lru_cache(maxsize=4)
def _lines(text: str) -> tuple[Line, ...]:
    """Every line of the text; kept for the next call, since each part of the guide parser reads them."""
    out: list[Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append(Line(pos, body))
        pos += len(raw)
    return tuple(out)


def squeeze(s: str) -> str:
    """Remove all white space (PDF text puts spaces inside names and numbers)."""
    return re.sub(r"\s+", "", s)


def to_fullwidth_brackets(s: str) -> str:
    return s.replace("(", "（").replace(")", "）")


@dataclass(frozen=True, slots=True)
class Flow:
    """Paragraph text with PDF line breaks removed; `origin[i]` is the source offset of `text[i]`."""

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> Span:
        """The source span covering flow characters [start, end)."""
        if end <= start:
            return Span(self.origin[start], self.origin[start])
        return Span(self.origin[start], self.origin[end - 1] + 1)

    def sentences(self) -> Iterator[tuple[int, int]]:
        """(start, end) of each sentence in the flow text, trimmed of white space."""
        start = 0
        for m in _SENTENCE_END.finditer(self.text):
            yield from _trimmed(self.text, start, m.end())
            start = m.end()
        yield from _trimmed(self.text, start, len(self.text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def flow_of(text: str) -> Flow:
    """Join lines cut by the PDF; keep a paragraph break (newline) elsewhere."""
    pieces: list[str] = []
    origin: list[int] = []
    previous: Line | None = None
    for line in lines_of(text):
        body = line.stripped
        if not body:
            continue
        lead = len(line.text) - len(line.text.lstrip())
        if previous is not None:
            if not _continues(previous.stripped, body):
                pieces.append("\n")
                origin.append(previous.end)
        pieces.append(body)
        origin.extend(range(line.start + lead, line.start + lead + len(body)))
        previous = line
    return Flow("".join(pieces), tuple(origin))


def _continues(previous: str, current: str) -> bool:
    if previous[-1] in _TERMINAL or len(previous) < _BROKEN_LINE_MIN:
        return False
    return not _ITEM_START.match(current)
