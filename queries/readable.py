"""Stored text made readable, without changing it: a document's title, its lines with numbers (a line the
PDF broke in two shown joined), the sentence around a span, and names the extraction stood in for.

Every function is pure and keeps offsets into the stored text, so that spans still point where they did.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from queries.answers import Answer

_TITLE_MAX = 60
_HAN = re.compile(r"[\u4e00-\u9fff]")
# A form's own title field (award nominations: 项目名称 …), and an official notice's title line (关于…的通知).
_NAMED_FIELD = re.compile(r"^\s*(?:项目名称|标题|题目)\s*[：:]?\s*(\S.*?)\s*$")
_NOTICE_LINE = re.compile(r"^\s*关于.{4,}(?:通知|公告|公示|决定|意见|办法|指南)\s*$")
_BOILERPLATE = re.compile(r"^(?:公示内容|文件|附件\d*|目录)$")


def document_title(name: str | None, head: str | None, metadata: dict[str, Any] | str | None = None) -> str:
    """What to call a document: a title its metadata gives, else its form's title field, an official
    notice's title line or its first line of some length; else its file name."""
    meta = _metadata(metadata)
    for field in ("title", "programme"):
        if meta.get(field):
            return _clip(str(meta[field]))
    lines = [line.strip() for line in (head or "").split("\n") if line.strip()]
    for line in lines:
        found = _NAMED_FIELD.match(line)
        if found and len(_HAN.findall(found.group(1))) >= 4:
            return _clip(found.group(1))
    for line in lines:
        if _NOTICE_LINE.match(line):
            return _clip(line)
    for line in lines:
        if len(_HAN.findall(line)) >= 6 and not _BOILERPLATE.match(line):
            return _clip(line)
    return name or "（未命名文档）"


def _metadata(metadata: dict[str, Any] | str | None) -> dict[str, Any]:
    if isinstance(metadata, dict):
        return metadata
    try:
        loaded = json.loads(metadata) if metadata else {}
    except ValueError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _TITLE_MAX else text[: _TITLE_MAX - 1] + "…"


# ---- lines ---------------------------------------------------------------------------------------

_TERMINAL = "。！？!?；;：:”’」』）)】"
_CONTINUES = "，、（(“‘「—"
# A line that starts a new item is never the tail of the one before: 1. / 1、 / （1） / 一、 / 第二 / bullets
# / a form's field (联系人：).
_NEW_ITEM = re.compile(r"^\s*(?:\d{1,3}\s*[.、．)）]|[（(]\s*\d{1,3}\s*[)）]|[一二三四五六七八九十]+、|第[一二三四五六七八九十\d]+"
                       r"|[•·●■◆▪\-–【]|[\u4e00-\u9fff]{2,6}[：:])")
_LATIN_END = re.compile(r"[A-Za-z0-9,]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9(]")
_MIN_FILLED = 12  # characters: shorter lines are never taken for a filled line the PDF broke
_PROSE_LINE = 24  # a line this long with a comma in it is prose, not a heading or a title
_COMMAS = "，,、"


@dataclass(frozen=True, slots=True)
class DisplayLine(Answer):
    """One line as shown: stored lines ``first``..``last`` (1-based), their pieces of text as [start, end)
    offsets into the stored text, and the text joined for reading."""

    first: int
    last: int
    pieces: tuple[tuple[int, int], ...]
    text: str


def stored_lines(text: str) -> list[tuple[int, int]]:
    """Every stored line as [start, end) offsets (without its newline)."""
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, start + len(line)))
        start += len(line) + 1
    if out and out[-1][0] == out[-1][1] == len(text):
        out.pop()  # the text ends with a newline: no empty last line
    return out


def filled_width(lengths: list[int]) -> int:
    """The length of a full line in this text: the 90th percentile of its longer lines."""
    longer = sorted(n for n in lengths if n >= _MIN_FILLED)
    if not longer:
        return 0
    return longer[min(len(longer) - 1, int(len(longer) * 0.9))]


def _broken(line: str, following: str, width: int) -> bool:
    """Did the PDF break ``line`` where ``following`` goes on? A filled (or comma-ended) line that does not
    end a sentence, followed by one that does not start a new item."""
    if not line or not following or _NEW_ITEM.match(following):
        return False
    if line[-1] in _TERMINAL:
        return False
    if line[-1] in _CONTINUES:
        return len(line) >= _MIN_FILLED
    if len(line) >= _PROSE_LINE and any(c in line for c in _COMMAS):
        return True  # prose stopped mid-sentence: narrower than the page's widest lines, still broken
    return width > 0 and len(line) >= max(_MIN_FILLED, int(width * 0.85))


def _join(parts: list[str]) -> tuple[str, list[int]]:
    """The pieces read as one line (a space between two pieces of Latin text), and where each starts."""
    text, starts = "", []
    for part in parts:
        if text and _LATIN_END.search(text) and _LATIN_START.match(part):
            text += " "
        starts.append(len(text))
        text += part
    return text, starts


def display_lines(text: str, width: int | None = None) -> list[DisplayLine]:
    """The stored text as lines to read: blank lines dropped, each line numbered as stored, and a line the
    PDF broke (with any blank lines between its pieces) shown as one, numbered first–last."""
    spans = stored_lines(text)
    if width is None:
        width = filled_width([len(text[s:e].strip()) for s, e in spans])
    out: list[DisplayLine] = []
    group: list[tuple[int, int, int]] = []  # (line number, start, end) of the stripped pieces

    def close() -> None:
        if group:
            pieces = tuple((s, e) for _, s, e in group)
            out.append(DisplayLine(group[0][0], group[-1][0], pieces, _join([text[s:e] for s, e in pieces])[0]))
            group.clear()

    for number, (start, end) in enumerate(spans, start=1):
        raw = text[start:end]
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        piece = (number, start + lead, start + lead + len(stripped))
        if group and not _broken(text[group[-1][1]:group[-1][2]], stripped, width):
            close()
        group.append(piece)
    close()
    return out


def line_of(text_before: str) -> int:
    """The 1-based number of the line an offset is on, given the text before it."""
    return text_before.count("\n") + 1


# ---- quotes --------------------------------------------------------------------------------------

_SENTENCE_END = "。；;！？!?"
MAX_QUOTE = 240


def quote_at(window: str, start: int, end: int) -> str:
    """The sentence of ``window`` holding [start, end) (offsets in the window), read across a line the PDF
    broke: a hard line break or sentence punctuation ends it, a broken line is joined."""
    lines = display_lines(window, filled_width([len(x.strip()) for x in window.split("\n")[1:-1]]))
    for line in lines:
        lo, hi = line.pieces[0][0], line.pieces[-1][1]
        if lo <= start < hi or (lo < end <= hi):
            return _sentence(window, line, start, end)
    return window[start:end].strip()


def _sentence(window: str, line: DisplayLine, start: int, end: int) -> str:
    text, starts = _join([window[s:e] for s, e in line.pieces])
    at = 0
    for (s, e), joined_at in zip(line.pieces, starts, strict=True):
        if s <= start <= e:
            at = joined_at + start - s
            break
    span_end = min(len(text), at + (end - start))
    left = max((text.rfind(c, 0, at) for c in _SENTENCE_END), default=-1) + 1
    rights = [i for i in (text.find(c, span_end) for c in _SENTENCE_END) if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    quote = text[left:right].strip()
    if len(quote) > MAX_QUOTE:
        centre = (at + span_end) // 2 - left
        lo = max(0, centre - MAX_QUOTE // 2)
        quote = "…" + quote[lo:lo + MAX_QUOTE] + "…"
    return quote


# ---- names the extraction stood in for ---------------------------------------------------------

# A paper row whose title the extraction could not recover is named 代表性论文<N> (award_papers.PaperRecord).
_UNTITLED_PAPER = re.compile(r"^代表性论文(\d+)$")


def paper_title(name: str) -> str:
    """A paper's name for people: a stand-in says plainly that the title was not recovered."""
    found = _UNTITLED_PAPER.match(name or "")
    if found:
        return f"代表性论文第{found.group(1)}篇（原文未能识别题目）"
    return name
