"""Web pages: the article of a page as headings, paragraphs, list items and tables (rows and cells).

The charset is the document's own (a byte-order mark, then `<meta charset>` or its `http-equiv` form),
checked against the bytes, with detection where it is missing or wrong; bytes that are valid UTF-8 beyond
ASCII are UTF-8 whatever the page declares (a page declared GB2312 or Latin-1 but saved as UTF-8). The page is parsed with lxml;
chrome is found by `html_chrome`; what is left is walked in document order into pieces, and the run of
pieces that holds the article (`main_content`) is written with `BlockWriter`.

What a page's script writes into it (`$(".content").append("<p>…</p>")`: a string of block markup with Chinese text
in it) is read as the blocks it renders, where the script stands; the script's other strings are not.

The page's `<title>` is kept as a first heading where the article does not already hold it: it names the
site (`某标题 | 某大学新闻网`), which is how a page that says only 我校 names its institution.

A `<table>` is kept as a table when it holds data; a table used for layout (one column, nested tables,
one cell holding the page) is read as the blocks inside its cells.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement, document_fromstring, fragment_fromstring

from ingest.blocks import BlockKind, BlockWriter
from ingest.errors import Corrupt, ReadError
from ingest.model import SourceDocument
from ingest.readers.html_chrome import SKIPPED_TAGS, Chrome, find_chrome, visible_chars, wraps_blocks
from ingest.readers.html_content import Piece, main_content
from ingest.readers.text import decode

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w:.]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
# a line break in the source between two Chinese characters is no space (CSS Text: segment breaks)
_BREAK_IN_CJK = re.compile(rf"(?<=[{_CJK}])[ \t\r\f]*\n[ \t\n\r\f]*(?=[{_CJK}])")
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCK_TAGS = frozenset({
    "address", "article", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "hr", "html", "legend", "li", "main",
    "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption",
})
_LIST_TAGS = frozenset({"ul", "ol", "dir"})
# a script's string literal, and the block markup that makes it a piece of the page the script writes
_JS_STRING = re.compile(r"\"((?:[^\"\\\n]|\\.){8,4000})\"|'((?:[^'\\\n]|\\.){8,4000})'")
_RENDERED_BLOCK = re.compile(r"<(?:p|li|td|div|h[1-6]|tr|span)\b", re.I)
_JS_ESCAPE = re.compile(r"\\(.)")


def _unescaped(literal: str) -> str:
    return _JS_ESCAPE.sub(lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), literal)


# one cell holding most of a table's text, and much of it: the table lays out a page
_LAYOUT_CELL_CHARS = 200
_LAYOUT_CELL_SHARE = 0.8


def read_html(data: bytes, name: str) -> SourceDocument:
    html, encoding = decode_html(data, name)
    body = _parse(html, name)
    title = page_title(body)
    chrome = find_chrome(body)
    walker = _Walker(chrome)
    try:
        walker.visit(body)
    except RecursionError as e:
        raise Corrupt(f"{name}: HTML nested too deeply to read") from e
    walker.flush()
    out = BlockWriter()
    article = main_content(walker.pieces)
    if title and title not in (p.text for p in article):
        out.add(BlockKind.HEADING, title, level=1)  # the page's own name (`标题 | 某大学新闻网`): it frames the article
    for piece in article:
        if piece.kind is BlockKind.TABLE:
            out.add_table(piece.rows, header_rows=piece.header_rows, spans=piece.spans)
        elif piece.kind is not None:
            out.add(piece.kind, piece.text, level=piece.level)
    text, blocks = out.result()
    if not blocks:
        raise ReadError(f"{name}: no text on the page")
    return SourceDocument(name=name, text=text, encoding=encoding, size=len(data), blocks=blocks, format="html")


def write_fragment(html: str, out: BlockWriter) -> None:
    """Raw HTML found inside another format (a table in a Markdown page): its blocks, tables as rows and
    cells, written as they come (a fragment is content, so nothing is taken for page chrome)."""
    for piece in _fragment_pieces(html):
        if piece.kind is BlockKind.TABLE:
            out.add_table(piece.rows, header_rows=piece.header_rows, spans=piece.spans)
        elif piece.kind is not None:
            out.add(piece.kind, piece.text, level=piece.level)


def _fragment_pieces(html: str) -> list[Piece]:
    """The pieces a fragment of markup renders, as they come (a fragment is content: nothing is page chrome); none
    where it holds only comments or nothing."""
    try:
        root = fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    walker = _Walker(Chrome())
    walker.visit(root)
    walker.flush()
    return walker.pieces


def decode_html(data: bytes, name: str) -> tuple[str, str]:
    """The page's characters and their encoding: as the page declares, where the bytes bear it out."""
    declared = _META_CHARSET.search(data[:4096])
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            encoding = codecs.lookup(declared.group(1).decode("ascii")).name
        except (LookupError, UnicodeDecodeError):
            encoding = ""
        if encoding in ("gb2312", "gbk", "gb18030", "hz"):
            encoding = "gb18030"  # the superset: pages declared GB2312 use GBK characters freely
        if encoding != "utf-8" and not data.isascii():
            try:  # a page declared GB or Latin-1 but written in UTF-8 (valid UTF-8 is no accident in Chinese text)
                return data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                pass
        if encoding:
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                pass  # the declaration is wrong: detect
    raw = decode(data, name)
    return raw.text, raw.encoding


def page_title(body: HtmlElement) -> str:
    """The `<title>` of the page the body belongs to, white space folded."""
    title = body.getroottree().find(".//title")
    return _HTML_SPACE.sub(" ", title.text_content()).strip() if title is not None else ""


def _parse(html: str, name: str) -> HtmlElement:
    html = _XML_DECLARATION.sub("", html, count=1)
    if not html.strip():
        raise ReadError(f"{name}: empty file")
    try:
        root = document_fromstring(html)
    except (etree.ParserError, ValueError) as e:
        raise Corrupt(f"{name}: not readable as HTML: {e}") from e
    body = root.find("body")
    return body if body is not None else root


@dataclass(slots=True)
class _Context:
    kind: BlockKind = BlockKind.PARAGRAPH
    level: int = 0
    group: int = 0


@dataclass(slots=True)
class _Walker:
    """Walks a page in document order, gathering inline text into pieces at every block boundary."""

    chrome: Chrome
    pieces: list[Piece] = field(default_factory=list)
    _buffer: list[str] = field(default_factory=list)
    _links: int = 0
    _in_link: int = 0
    _context: _Context = field(default_factory=_Context)
    _groups: int = 0

    def _script(self, code: str) -> None:
        """The markup a page's script writes into the page (`$(".content").append("<p>1.某某论文：…</p>")`): the
        strings of markup with Chinese text in them, read as the blocks they render, where the script stands."""
        for m in _JS_STRING.finditer(code):
            markup = _unescaped(m.group(1) if m.group(1) is not None else m.group(2))
            if _RENDERED_BLOCK.search(markup) and re.search(rf"[{_CJK}]", markup) and (pieces := _fragment_pieces(markup)):
                self.flush()
                self.pieces += pieces

    def flush(self) -> None:
        text = "".join(self._buffer)
        if text.strip():
            c = self._context
            self.pieces.append(Piece(c.kind, text, level=c.level, links=self._links, group=c.group))
        self._buffer.clear()
        self._links = 0

    def visit(self, el: HtmlElement) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag == "script":  # (its own element is no chrome: what it writes is the page's)
            self._script(el.text or "")
            return
        if not tag or tag in SKIPPED_TAGS:
            return
        if el in self.chrome.removed:
            self.flush()
            self.pieces.append(Piece(None, chrome=self.chrome.removed[el]))
        elif tag == "br":
            self._buffer.append("\n")
        elif tag in _HEADINGS:
            self.flush()
            text, links = self._inner_text(el)
            if text.strip():
                self.pieces.append(Piece(BlockKind.HEADING, text, level=_HEADINGS[tag], links=links))
        elif tag == "table" and is_data_table(el):
            self.flush()
            rows, header_rows, spans = table_grid(el, self)
            self.pieces.append(Piece(BlockKind.TABLE, rows=rows, header_rows=header_rows, spans=spans))
        elif tag == "pre":
            self.flush()
            self.pieces.append(Piece(BlockKind.PARAGRAPH, el.text_content()))
        elif tag in _LIST_TAGS or tag == "li":
            self._list_part(el, tag)
        elif tag in _BLOCK_TAGS:
            self.flush()
            self._children(el)
            self.flush()
        else:
            self._inline(el, tag)

    def _list_part(self, el: HtmlElement, tag: str) -> None:
        self.flush()
        outer = self._context
        if tag == "li":
            self._context = _Context(BlockKind.LIST_ITEM, outer.level, outer.group)
        else:
            nested = outer.kind is BlockKind.LIST_ITEM
            if not nested:
                self._groups += 1
            self._context = _Context(BlockKind.PARAGRAPH, outer.level + 1 if nested else 0,
                                     outer.group if nested else self._groups)
        self._children(el)
        self.flush()
        self._context = outer

    def _inline(self, el: HtmlElement, tag: str) -> None:
        link = tag == "a" and not wraps_blocks(el)  # a card a link wraps whole (<a><h2>…</h2><p>…</p></a>) is text
        self._in_link += link
        self._children(el)
        self._in_link -= link

    def _children(self, el: HtmlElement) -> None:
        self._text(el.text)
        for child in el:
            self.visit(child)
            self._text(child.tail)

    def _text(self, text: str | None) -> None:
        if not text:
            return
        text = _HTML_SPACE.sub(" ", _BREAK_IN_CJK.sub("", text))
        if text.startswith(" ") and (not self._buffer or self._buffer[-1].endswith((" ", "\n"))):
            text = text[1:]
        if text:
            self._buffer.append(text)
            if self._in_link:
                self._links += visible_chars(text)

    def _inner_text(self, el: HtmlElement) -> tuple[str, int]:
        """An element's text as one block (a heading, a table cell): its own blocks become its lines."""
        inner = _Walker(self.chrome)
        inner._children(el)
        inner.flush()
        return "\n".join(p.text for p in inner.pieces if p.kind is not None), sum(p.links for p in inner.pieces)


def is_data_table(table: HtmlElement) -> bool:
    """A table of data (rows of people, projects), not one that lays out a page (after Readability)."""
    if (table.get("role") or "").lower() == "presentation" or table.get("datatable") == "0":
        return False
    if table.find(".//table") is not None:
        return False
    rows = _rows(table)
    columns = max((sum(_span(c, "colspan") for c in _cells(r)) for r in rows), default=0)
    if len(rows) <= 1 or columns <= 1:
        return False
    if table.get("summary") or table.find("caption") is not None or table.xpath("./thead|.//th|./colgroup|./col"):
        return True
    sizes = [visible_chars(c.text_content()) for r in rows for c in _cells(r)]
    largest, total = max(sizes, default=0), sum(sizes)
    return not (largest > _LAYOUT_CELL_CHARS and largest > _LAYOUT_CELL_SHARE * total)


def table_grid(table: HtmlElement, walker: _Walker) -> tuple[list[list[str]], int, dict[tuple[int, int], tuple[int, int]]]:
    """A table's rows of cell texts on a grid: a merged cell is written once, at its top-left position,
    with its (row_span, col_span); the positions it covers are empty."""
    rows = _rows(table)
    texts: dict[tuple[int, int], str] = {}
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    header_rows, header_open = 0, True
    for r, tr in enumerate(rows):
        c = 0
        cells = _cells(tr)
        for cell in cells:
            while (r, c) in covered:
                c += 1
            row_span = min(_span(cell, "rowspan") or len(rows) - r, len(rows) - r)
            col_span = _span(cell, "colspan") or 1
            texts[(r, c)], _ = walker._inner_text(cell)
            if (row_span, col_span) != (1, 1):
                spans[(r, c)] = (row_span, col_span)
            covered.update((r + dr, c + dc) for dr in range(row_span) for dc in range(col_span))
            c += col_span
        in_head = tr.getparent() is not None and tr.getparent().tag == "thead"
        if header_open and cells and (in_head or all(cell.tag == "th" for cell in cells)):
            header_rows += 1
        else:
            header_open = False
    width = max((c + 1 for _, c in covered), default=0)
    grid = [[texts.get((r, c), "") for c in range(width)] for r in range(len(rows))]
    return grid, header_rows, spans


def _rows(table: HtmlElement) -> list[HtmlElement]:
    return list(table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr"))


def _cells(tr: HtmlElement) -> list[HtmlElement]:
    return [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]


def _span(cell: HtmlElement, attribute: str) -> int:
    """A rowspan or colspan; 0 for a rowspan of 0 (to the end of the table); 1 where absent or unreadable."""
    match = re.match(r"\s*(\d+)", cell.get(attribute) or "")
    return min(int(match.group(1)), 1000) if match else 1
