"""Files that hold several documents: where each one begins. Pure functions over the normalised text.

A file may hold several award nominations (two 公示 pasted one after the other), several funding
guides or notices, or several news articles. Each is found by the head that only a document of its
kind opens with, and only when the file holds two or more heads of one kind, each followed by a body
of that kind:

- a nomination: a 项目名称/成果名称 field line, followed by its completers, units or works
  (主要完成人, 完成单位, 获奖者, 代表性论文 ...); it begins with the header lines above the field
  (公示内容, 推荐奖种, a 公示 title);
- a notice or guide: a line holding only a document number (X〔2025〕12号) with a 通知/指南/办法
  title close below it; it begins with the issuing authority's lines above the number;
- an article: a dateline opening a paragraph (本报讯, 新华社北京3月2日电 ...); it begins with its
  title and byline lines above.

Text before the first head stays with the first document. A file with fewer than two heads of a kind
is one document, whatever it holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ingest.blocks import Block, Cell
from ingest.model import SourceDocument, Span

_NOMINATION_FIELD = re.compile(r"^\s*(?:项目名称|成果名称)\s*[:：]?(?:\s*\S.*)?$")
_NOMINATION_BODY = re.compile(r"主要完成人|完成人情况|主要完成单位|完成单位情况|获奖者|获奖单位|代表性论文|知识产权名称")
_NOMINATION_HEADER = re.compile(r"^\s*(?:公示内容|(?:推荐|提名)奖种|奖\s*种|(?:推荐|提名)(?:单位|者|专家))")
_NOMINATION_TITLE = re.compile(r"公示|候选|拟推荐|拟提名|提名项目|推荐项目|证书")
_TABLE_CELLS = re.compile(r"\t|\s{2,}|\s\|\s")

_DOCUMENT_NUMBER = re.compile(r"^\s*[\u4e00-\u9fff]{1,16}\s*[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d{1,4}\s*号\s*$")
_NOTICE_TITLE = re.compile(r"通知|指南|办法|意见|公告|通告|决定")

_DATELINE = re.compile(r"^\s*(?:本报讯|(?:新华社|中新社|人民网|新华网|央视网|光明网|中新网)\S{0,12}?电|"
                       r"\S{0,8}(?:日报|晚报|新闻网)讯)")
_SENTENCE_END = re.compile(r"[。；！？!?]\s*$|[。；]")

MAX_HEADER_LINES = 6  # lines above a head that may still belong to it (titles, bylines, authorities)
TITLE_MAX_CHARS = 60


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int  # without the line break
    text: str


def lines_of(text: str) -> list[Line]:
    out, start = [], 0
    for raw in text.split("\n"):
        out.append(Line(start, start + len(raw), raw))
        start += len(raw) + 1
    return out


def split_points(text: str) -> tuple[int, ...]:
    """Offsets where each document of ``text`` after the first begins; () for a file of one document."""
    lines = lines_of(text)
    for kind in KINDS:
        starts = kind.heads(lines)
        if len(starts) >= 2:
            return tuple(lines[i].start for i in _with_headers(lines, starts, kind)[1:])
    return ()


def parts(text: str) -> tuple[Span, ...]:
    """The spans of ``text`` that are documents of their own (one span covering it all for most files)."""
    bounds = (0, *split_points(text), len(text))
    return tuple(Span(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip())


def split_source(source: SourceDocument) -> tuple[SourceDocument, ...]:
    """``source`` as the documents it holds, each with its own text (so its own id and spans) and the
    file's path; parts are named `<file>#<n>`. A file of one document comes back as it is."""
    spans = parts(source.text)
    if len(spans) <= 1:
        return (source,)
    texts = [source.text[s.start:s.end].strip("\n") + "\n" for s in spans]
    found = [replace(source, name=f"{source.name}#{n}", text=text, size=len(text.encode("utf-8")), part=n,
                     blocks=_blocks_within(source.blocks, span.start + _lead(source.text, span),
                                           span.start + _lead(source.text, span) + len(text)))
             for n, (span, text) in enumerate(zip(spans, texts, strict=True), start=1)]
    ids = [doc.id for doc in found]
    return tuple(replace(doc, siblings=tuple(i for i in ids if i != doc.id)) for doc in found)


def _lead(text: str, span: Span) -> int:
    """Line breaks at the start of ``span`` (a part's text starts after them)."""
    body = text[span.start:span.end]
    return len(body) - len(body.lstrip("\n"))


# ---- heads of each kind -------------------------------------------------------------------------


def _is_field_line(line: Line) -> bool:
    """A nomination's own 项目名称 field, not a column title in a table header."""
    if not _NOMINATION_FIELD.match(line.text):
        return False
    cells = [c for c in _TABLE_CELLS.split(line.text.strip()) if c.strip()]
    return len(cells) <= 2


def _with_bodies(lines: Sequence[Line], heads: list[int], body: Callable[[str], bool]) -> list[int]:
    """The heads whose document (from the head to the next) has a line ``body`` accepts."""
    bounds = [*heads, len(lines)]
    return [h for h, nxt in zip(heads, bounds[1:], strict=False) if any(body(lines[i].text) for i in range(h, nxt))]


def _nomination_heads(lines: Sequence[Line]) -> list[int]:
    heads = [i for i, line in enumerate(lines) if _is_field_line(line)]
    return _with_bodies(lines, heads, lambda text: bool(_NOMINATION_BODY.search(text)))


def _notice_heads(lines: Sequence[Line]) -> list[int]:
    heads = []
    for i, line in enumerate(lines):
        if _DOCUMENT_NUMBER.match(line.text):
            below = [ln.text for ln in lines[i + 1:i + 1 + MAX_HEADER_LINES] if ln.text.strip()][:3]
            if any(_NOTICE_TITLE.search(text) for text in below):
                heads.append(i)
    return _with_bodies(lines, heads, lambda text: bool(_SENTENCE_END.search(text)))


def _article_heads(lines: Sequence[Line]) -> list[int]:
    heads = [i for i, line in enumerate(lines) if _DATELINE.match(line.text)]
    return _with_bodies(lines, heads, lambda text: "。" in text)


# ---- where a document begins: its head and the header lines above it --------------------------------

_AUTHORITY = re.compile(r"(?:厅|局|委员会|委|部|办公室|办|政府|院|中心|署|会|文件)\s*$")


def _short(text: str) -> bool:
    return 0 < len(text) <= TITLE_MAX_CHARS and not _SENTENCE_END.search(text)


def _nomination_header(text: str) -> bool:
    return _short(text) and bool(_NOMINATION_HEADER.match(text) or _NOMINATION_TITLE.search(text))


def _authority_line(text: str) -> bool:
    return _short(text) and bool(_AUTHORITY.search(text))


@dataclass(frozen=True, slots=True)
class Kind:
    """A kind of document a file may hold several of: how its heads are found, and which lines just
    above a head are still its own (a title, a byline, the issuing authority)."""

    heads: Callable[[Sequence[Line]], list[int]]
    header: Callable[[str], bool]
    max_header_lines: int


KINDS = (
    Kind(_nomination_heads, _nomination_header, MAX_HEADER_LINES),
    Kind(_notice_heads, _authority_line, 4),
    Kind(_article_heads, _short, 3),
)


def _with_headers(lines: Sequence[Line], heads: list[int], kind: Kind) -> list[int]:
    """Each head moved up over its header lines (never into the document before)."""
    out, floor = [], 0
    for head in heads:
        start, taken, i = head, 0, head - 1
        while i >= floor and taken < kind.max_header_lines:
            text = lines[i].text.strip()
            if text and not kind.header(text):
                break
            if text:
                start, taken = i, taken + 1
            i -= 1
        out.append(start)
        floor = head + 1
    return out


def _blocks_within(blocks: tuple[Block, ...], start: int, end: int) -> tuple[Block, ...]:
    """The blocks inside [start, end), with offsets into the part's own text."""
    def moved(span: Span) -> Span:
        return Span(span.start - start, span.end - start)

    def cell(c: Cell) -> Cell:
        return replace(c, span=moved(c.span))

    return tuple(replace(b, span=moved(b.span), rows=tuple(tuple(cell(c) for c in row) for row in b.rows))
                 for b in blocks if start <= b.span.start and b.span.end <= end)
