"""Markdown (CommonMark with pipe tables, by markdown-it-py): headings, paragraphs, list items with their
nesting depth, and tables whose cells keep their `<br/>` line breaks. Front matter is not text."""

from __future__ import annotations

import re

from lxml.html import fragment_fromstring
from markdown_it import MarkdownIt
from markdown_it.token import Token

from ingest.blocks import BlockKind, BlockWriter
from ingest.errors import ReadError
from ingest.model import SourceDocument
from ingest.readers.text import decode

_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\n.*?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
_PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def read_markdown(data: bytes, name: str) -> SourceDocument:
    raw = decode(data, name)
    source = _FRONT_MATTER.sub("", raw.text.lstrip("\ufeff"), count=1)
    out = BlockWriter()
    _write(_PARSER.parse(source), out)
    text, blocks = out.result()
    if not blocks:
        raise ReadError(f"{name}: no text")
    return SourceDocument(name=name, text=text, encoding=raw.encoding, size=len(data), blocks=blocks,
                          format="markdown")


def _write(tokens: list[Token], out: BlockWriter) -> None:
    lists = 0  # lists open around the current token
    item: list[str] | None = None  # the paragraphs of the list item being read
    table: list[list[str]] | None = None
    header_rows = 0
    heading = 0
    for token in tokens:
        kind = token.type
        if kind == "heading_open":
            heading = int(token.tag[1:])
        elif kind in ("bullet_list_open", "ordered_list_open"):
            _end_item(out, item, lists)
            item = None
            lists += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists -= 1
        elif kind == "list_item_open":
            item = []
        elif kind == "list_item_close":
            _end_item(out, item, lists)
            item = None
        elif kind == "table_open":
            table, header_rows = [], 0
        elif kind == "tr_open" and table is not None:
            table.append([])
        elif kind == "th_open":
            header_rows = len(table or [])
        elif kind == "table_close" and table is not None:
            out.add_table(table, header_rows=header_rows)
            table = None
        elif kind == "inline":
            text = _inline_text(token)
            if table is not None:
                table[-1].append(text)
            elif heading:
                out.add(BlockKind.HEADING, text, level=heading)
                heading = 0
            elif item is not None:
                item.append(text)
            else:
                out.add(BlockKind.PARAGRAPH, text)
        elif kind in ("fence", "code_block"):
            _paragraph(out, item, token.content)
        elif kind == "html_block":
            _paragraph(out, item, _html_text(token.content))


def _end_item(out: BlockWriter, item: list[str] | None, lists: int) -> None:
    if item:
        out.add(BlockKind.LIST_ITEM, "\n".join(item), level=max(lists - 1, 0))


def _paragraph(out: BlockWriter, item: list[str] | None, text: str) -> None:
    if item is not None:
        item.append(text)
    else:
        out.add(BlockKind.PARAGRAPH, text)


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "html_inline" and _LINE_BREAK_TAG.fullmatch(child.content.strip()):
            parts.append("\n")
    return "".join(parts)


def _html_text(html: str) -> str:
    """The text of raw HTML inside Markdown, a line for each line break or block."""
    try:
        element = fragment_fromstring(_LINE_BREAK_TAG.sub("\n", html), create_parent="div")
    except ValueError:
        return ""
    return "\n".join(line for line in (element.text_content() or "").splitlines())
