"""Word (.docx, by python-docx): paragraphs, headings, list items and tables in document order.

A heading is a paragraph in a heading style or with an outline level; a list item one with numbering,
at its numbering level. A table is read from its XML grid: a cell merged across columns (`gridSpan`) or
down rows (`vMerge`) is written once, at its top-left position, with its spans; rows marked to repeat as
the table's header (`tblHeader`) are its header rows. Page headers, footers and comments are not read.
A relationship to a part the archive lacks (`Target="NULL"`, which some add-ins and converters leave) is
dropped before the file is read, as Word itself ignores it.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from typing import Any

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from ingest.blocks import BlockKind, BlockWriter
from ingest.errors import ReadError
from ingest.model import SourceDocument

MAX_BYTES = 32 * 1024 * 1024
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)


def read_docx(data: bytes, name: str) -> SourceDocument:
    try:
        document = Document(io.BytesIO(data))
    except KeyError:  # "There is no item named 'word/NULL' in the archive": a dangling relationship
        document = Document(io.BytesIO(without_dangling_relationships(data)))
    out = BlockWriter()
    _write_body(document.element.body, document._body, out)
    text, blocks = out.result()
    if not blocks:
        raise ReadError(f"{name}: no text")
    return SourceDocument(name=name, text=text, encoding="docx", size=len(data), blocks=blocks, format="docx")


_RELATIONSHIP = re.compile(rb"<Relationship\b[^>]*?/>|<Relationship\b.*?</Relationship>", re.S)
_ATTRIBUTE = re.compile(rb'\b(Target|TargetMode)\s*=\s*"([^"]*)"')


def without_dangling_relationships(data: bytes) -> bytes:
    """The archive less every internal relationship whose target part it lacks."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = set(source.namelist())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            blob = source.read(info)
            if info.filename.endswith(".rels"):
                base = posixpath.dirname(posixpath.dirname(info.filename))  # word/_rels/x.rels: relative to word/
                blob = b"".join(_kept(blob, base, names))
            target.writestr(info, blob)
    return out.getvalue()


def _kept(blob: bytes, base: str, names: set[str]) -> list[bytes]:
    """The relationships file's pieces, less the relationships that dangle."""
    pieces, at = [], 0
    for m in _RELATIONSHIP.finditer(blob):
        pieces.append(blob[at:m.start()])
        if not _dangling(m.group(), base, names):
            pieces.append(m.group())
        at = m.end()
    return [*pieces, blob[at:]]


def _dangling(relationship: bytes, base: str, names: set[str]) -> bool:
    attributes = {k.decode(): v.decode("utf-8", "replace") for k, v in _ATTRIBUTE.findall(relationship)}
    if attributes.get("TargetMode") == "External" or "Target" not in attributes:
        return False
    target = attributes["Target"].split("#", 1)[0]
    part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
    return part not in names


def _write_body(body: Any, parent: Any, out: BlockWriter) -> None:
    """``parent``: the document's body object, through which a paragraph finds its style."""
    for element in body.iterchildren():
        if element.tag == qn("w:p"):
            _write_paragraph(Paragraph(element, parent), out)
        elif element.tag == qn("w:tbl"):
            rows, header_rows, spans = table_grid(element)
            out.add_table(rows, header_rows=header_rows, spans=spans)
        elif element.tag == qn("w:sdt"):  # a content control: its paragraphs and tables are the document's
            content = element.find(qn("w:sdtContent"))
            if content is not None:
                _write_body(content, parent, out)


def _write_paragraph(paragraph: Paragraph, out: BlockWriter) -> None:
    properties = paragraph._p.pPr
    style = _style_name(paragraph)
    heading = _HEADING_STYLE.match(style)
    outline = _val(properties, "w:outlineLvl", 9) if properties is not None else 9  # 9: body text
    numbering = properties.find(qn("w:numPr")) if properties is not None else None
    if heading or style.lower() == "title":
        out.add(BlockKind.HEADING, paragraph.text, level=int(heading.group(1)) if heading else 1)
    elif outline < 9:
        out.add(BlockKind.HEADING, paragraph.text, level=outline + 1)
    elif numbering is not None or style.lower().startswith("list"):
        if numbering is not None:
            level = _val(numbering, "w:ilvl", 0)
        else:  # numbered by its style: "List Bullet 2" is the second level
            level = int(style[-1]) - 1 if style[-1:].isdigit() else 0
        out.add(BlockKind.LIST_ITEM, paragraph.text, level=level)
    else:
        out.add(BlockKind.PARAGRAPH, paragraph.text)


def _style_name(paragraph: Paragraph) -> str:
    try:
        return str(paragraph.style.name or "") if paragraph.style is not None else ""
    except (AttributeError, KeyError, ValueError):  # a paragraph outside a document part has no styles
        return ""


def table_grid(table: Any) -> tuple[list[list[str]], int, dict[tuple[int, int], tuple[int, int]]]:
    rows: list[list[str]] = []
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    merging_down: dict[int, tuple[int, int]] = {}  # column -> top-left (row, col) of a cell merged down
    header_rows, header_open = 0, True
    for r, tr in enumerate(table.findall(qn("w:tr"))):
        row: list[str] = [""] * _grid_before(tr)
        for tc in tr.findall(qn("w:tc")):
            c, width = len(row), _val(tc, "w:tcPr/w:gridSpan", 1)
            merge = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
            continues = merge is not None and merge.get(qn("w:val"), "continue") == "continue"
            if continues and c in merging_down:
                top = merging_down[c]
                row_span, col_span = spans.get(top, (1, width))
                spans[top] = (row_span + 1, col_span)
                row.extend([""] * width)
                continue
            row.append(cell_text(tc))
            row.extend([""] * (width - 1))
            if width > 1:
                spans[(r, c)] = (1, width)
            for covered in range(c, c + width):
                merging_down.pop(covered, None)
            if merge is not None:
                merging_down[c] = (r, c)
        rows.append(row)
        if header_open and tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None:
            header_rows += 1
        else:
            header_open = False
    width = max((len(row) for row in rows), default=0)
    return [row + [""] * (width - len(row)) for row in rows], header_rows, spans


def cell_text(tc: Any) -> str:
    """A cell's paragraphs (those of tables inside it too), one a line."""
    return "\n".join(p.text for p in tc.iter(qn("w:p")))


def _grid_before(tr: Any) -> int:
    return _val(tr, "w:trPr/w:gridBefore", 0)


def _val(element: Any, path: str, default: int) -> int:
    found = element.find("/".join(qn(part) for part in path.split("/")))
    value = found.get(qn("w:val")) if found is not None else None
    return int(value) if value and value.isdigit() else default
