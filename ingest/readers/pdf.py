"""PDF: each page's text lines in reading order and its tables as rows and cells, with page numbers.

Text comes from PDFium (pypdfium2): its text segments give each line and the gaps inside it, at a fraction
of the cost of a full layout analysis (`python -m bench.read` measures both). A page whose writer placed each
character on its own (PDFium then gives a segment a character) is read a character at a time by the boxes of
the characters' advances, which touch within a word, so that it reads in words again. A page that draws rules
(path objects) is also handed to pdfplumber's table finder, whose lines strategy reads ruled tables with
their merged cells; the lines inside a table found there are read as that table. A table without rules is
found in the text itself: three or more consecutive lines split into segments that start at the same
positions make columns.

A line of a page is one paragraph block, as plain text of a PDF has always been read here; a page without
any text (a scan) is read by OCR where the `ocr` extra is installed. Encrypted, empty, corrupt and
over-long files are refused with the reason.
"""

from __future__ import annotations

import ctypes
import io
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ingest.blocks import BlockKind, BlockWriter
from ingest.errors import Corrupt, Encrypted, NoTextLayer, TooLarge
from ingest.model import SourceDocument
from ingest.readers import ocr

if TYPE_CHECKING:
    import pdfplumber

MAX_PAGES = 500  # a funding guide runs to a hundred pages; past this a PDF is refused before reading
MAX_BYTES = 64 * 1024 * 1024
RULES_FOR_TABLES = 4  # a page drawing at least this many paths may hold a ruled table
UNRULED_MIN_LINES = 3
COLUMN_TOLERANCE = 3.0  # points between segment starts of one column
_ITEM_MARK = re.compile(r"(?:\[\d{1,3}\]|[(（]\d{1,3}[)）]|\d{1,3}[.、)]?|[•·▪●○◆■\-–])")
COLUMN_SUPPORT = 0.6  # share of a run's lines that must start a segment at a column
OCR_SCALE = 200 / 72  # render scans at 200 dpi for OCR
_NARROW_GAP = 0.5  # of a line's height: a gap this narrow between two Chinese characters is spacing, no blank
_CHINESE_EDGE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2e80-\u2fdf]")


@dataclass(slots=True)
class Line:
    """One text line of a page: its vertical extent (from the page top) and its segments (x0, x1, text)."""

    top: float
    bottom: float
    segments: list[tuple[float, float, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The segments joined by a blank, but for Chinese on both sides of a gap narrower than a character:
        a justified line's spread characters (山东师 范 大学 as drawn), not words apart."""
        out = self.segments[0][2] if self.segments else ""
        narrow = _NARROW_GAP * (self.bottom - self.top)
        for (_, right, _), (left, _, text) in itertools.pairwise(self.segments):
            glued = left - right < narrow and _CHINESE_EDGE.match(out[-1:]) and _CHINESE_EDGE.match(text[:1])
            out += text if glued else " " + text
        return out


@dataclass(slots=True)
class Table:
    top: float
    bottom: float
    rows: list[list[str]]
    spans: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)


def read_pdf(data: bytes, name: str) -> SourceDocument:
    pdf = _open(data, name)
    plumber: pdfplumber.PDF | None = None
    out = BlockWriter()
    scanned: list[int] = []
    try:
        if len(pdf) > MAX_PAGES:
            raise TooLarge(f"{name}: too many pages ({len(pdf)}; limit {MAX_PAGES})")
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                lines = page_lines(page)
                if not lines:
                    scanned.append(index)
                    if ocr.available():
                        for text in ocr.read_lines(page.render(scale=OCR_SCALE).to_pil()):
                            out.add(BlockKind.PARAGRAPH, text, page=index + 1)
                    continue
                tables: list[Table] = []
                if _draws_rules(page):
                    plumber = plumber or _plumber(data)
                    tables = ruled_tables(plumber.pages[index])
                _write_page(out, lines, tables, index + 1)
            finally:
                page.close()
    finally:
        pdf.close()
        if plumber is not None:
            plumber.close()
    text, blocks = out.result()
    if not blocks:
        if scanned and not ocr.available():
            raise NoTextLayer(f"{name}: no text layer (a scanned PDF); reading it needs OCR: {ocr.EXTRA_HINT}")
        raise NoTextLayer(f"{name}: no text layer and no text found by OCR")
    return SourceDocument(name=name, text=text, encoding="pdf", size=len(data), blocks=blocks, format="pdf")


def _open(data: bytes, name: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise Encrypted(f"{name}: encrypted (password-protected); save it without a password") from e
        raise Corrupt(f"{name}: not a readable PDF (corrupt or cut): {e}") from e


def _plumber(data: bytes) -> pdfplumber.PDF:
    import pdfplumber

    return pdfplumber.open(io.BytesIO(data))


def page_lines(page: pdfium.PdfPage) -> list[Line]:
    """The page's text lines, in the order the page draws them, each with its gap-separated segments.

    PDFium's rectangles (a run of text drawn together) give the segments; each character belongs to the
    rectangle its centre lies in, so that a glyph overhanging a rectangle's edge (a bold run drawn twice a
    little apart) is read once. Two rectangles that touch on a line (a run in another font: the CV owner's
    name in bold among a reference's authors) are one segment, parted by a blank only where the text has
    one between them. A page drawn a character at a time is read by `character_lines`."""
    textpage = page.get_textpage()
    try:
        rects = [textpage.get_rect(i) for i in range(textpage.count_rects())]
        runs = _runs_of_characters(textpage, rects)
        texts = [_printed(run.text if run else textpage.get_text_bounded(*rect)) for rect, run in zip(rects, runs, strict=True)]
    finally:
        textpage.close()
    if _drawn_character_by_character([text.strip() for text in texts if text.strip()]):
        return character_lines(page)
    height = page.get_height()
    lines: list[Line] = []
    for (left, bottom, right, top), run, text in zip(rects, runs, texts, strict=True):
        if not text.strip():
            continue
        top, bottom = height - top, height - bottom
        current = lines[-1] if lines else None
        if current is not None and _same_line(current, top, bottom) and left >= current.segments[-1][1] - 1:
            x0, x1, before = current.segments[-1]
            if run and run.follows is not None and left - x1 < _RUN_ON_GAP * (bottom - top):
                text = text.strip()
                chinese = _CHINESE_EDGE.match(before[-1]) and _CHINESE_EDGE.match(text[0])
                glue = " " if run.follows and not chinese else ""
                current.segments[-1] = (x0, right, before + glue + text)
            else:
                current.segments.append((left, right, text.strip()))
            current.top, current.bottom = min(current.top, top), max(current.bottom, bottom)
        else:
            lines.append(Line(top, bottom, [(left, right, text.strip())]))
    return lines


def _printed(text: str) -> str:
    """PDFium's text with the hyphen that breaks a word at a line's end (given as \x02 in bounded text, as
    U+FFFE in a range of characters) the hyphen the page prints."""
    return text.replace("\x02", "-").replace("\ufffe", "-")


_RUN_ON_GAP = 0.2  # of a line's height: rectangles closer than this on a line are one run of text


@dataclass(slots=True)
class _Run:
    """The characters of one of PDFium's rectangles: their text (with the blanks among them) and what the
    text layer holds between the previous rectangle's last character and this one's first (None: another
    character, or no previous rectangle)."""

    text: str
    follows: str | None


def _runs_of_characters(textpage: pdfium.PdfTextPage, rects: list[tuple[float, float, float, float]]) -> list[_Run | None]:
    """For each rectangle, the characters whose centres lie in it (in one rectangle, or else within half a
    point of it), in the text layer's order; all None where no character could be placed (the text is then
    read by the rectangles' bounds)."""
    text = textpage.get_text_range()
    count = min(len(text), textpage.count_chars())
    owners: list[list[int]] = [[] for _ in rects]
    k = 0
    left, right, bottom, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    for i in range(count):
        if text[i].isspace() or not pdfium_c.FPDFText_GetCharBox(textpage, i, left, right, bottom, top):
            continue
        x, y = (left.value + right.value) / 2, (bottom.value + top.value) / 2
        r = rects[k] if rects else (0.0, 0.0, -1.0, -1.0)
        if r[0] <= x <= r[2] and r[1] <= y <= r[3]:  # most characters lie in the rectangle of the one before
            owners[k].append(i)
            continue
        nearby = range(k, min(k + 3, len(rects)))
        for margin, j in itertools.chain(((0.0, j) for j in nearby), ((0.5, j) for j in nearby),
                                         ((0.5, j) for j in range(len(rects)))):
            r = rects[j]
            if r[0] - margin <= x <= r[2] + margin and r[1] - margin <= y <= r[3] + margin:
                owners[j].append(i)
                k = j
                break
    runs: list[_Run | None] = []
    last = -1  # the previous rectangle's last character
    if not any(owners):
        return [None] * len(rects)
    for owned in owners:
        if not owned:  # a glyph of a neighbour's overhanging into it
            runs.append(_Run("", None))
            continue
        mine = set(owned)
        parts = [text[i] for i in range(owned[0], owned[-1] + 1) if i in mine or text[i].isspace()]
        between = text[last + 1:owned[0]] if 0 <= last < owned[0] else None
        follows = None if between is None or between.strip() else ("" if not between else " ")
        runs.append(_Run("".join(parts), follows))
        last = owned[-1]
    return runs


def _drawn_character_by_character(segments: list[str]) -> bool:
    """A page whose text PDFium gives a character at a time (each placed on its own, as some writers and
    converters draw text): its segments are no words, their gaps no blanks, and every row of aligned characters
    would look like a table's columns."""
    single = sum(1 for text in segments if len(text) == 1)
    return len(segments) >= _MANY_SEGMENTS and single >= _SINGLE_SHARE * len(segments)


_MANY_SEGMENTS = 20
_SINGLE_SHARE = 0.7
_WORD_GAP = 0.6  # of a line's height: a wider gap between two characters' advances parts two segments


def character_lines(page: pdfium.PdfPage) -> list[Line]:
    """The page's text lines read a character at a time, by the boxes of the characters' advances (PDFium's
    loose boxes), which touch within a word: segments part where the page leaves a gap wider than a blank's;
    a blank PDFium gives between words stays in the segment."""
    textpage = page.get_textpage()
    height = page.get_height()
    lines: list[Line] = []
    try:
        text = textpage.get_text_range()
        blank = False  # a blank before this character
        last_left = 0.0
        for i, ch in enumerate(text[:textpage.count_chars()]):
            if ch in "\r\n":
                blank = False
                last_left = float("inf")  # PDFium's line break: a new line
                continue
            if ch.isspace():
                blank = True
                continue
            left, bottom, right, top = textpage.get_charbox(i, loose=True)
            top, bottom = height - top, height - bottom
            ch = _printed(ch)
            current = lines[-1] if lines else None
            if current is None or not _same_line(current, top, bottom) or left < last_left - 1:
                lines.append(Line(top, bottom, [(left, right, ch)]))  # (a full-width mark's box may overlap the next)
            else:
                x0, x1, word = current.segments[-1]
                if left - x1 > _WORD_GAP * (bottom - top):
                    current.segments.append((left, right, ch))
                else:  # a blank between Chinese characters set a little apart is spacing (戚 力 as drawn)
                    spaced = blank and not (left - x1 < _NARROW_GAP * (bottom - top) and _CHINESE_EDGE.match(word[-1])
                                            and _CHINESE_EDGE.match(ch))
                    current.segments[-1] = (x0, right, word + (" " if spaced else "") + ch)
                current.top, current.bottom = min(current.top, top), max(current.bottom, bottom)
            blank, last_left = False, left
    finally:
        textpage.close()
    return lines


def _same_line(line: Line, top: float, bottom: float) -> bool:
    overlap = min(line.bottom, bottom) - max(line.top, top)
    return overlap >= 0.5 * min(line.bottom - line.top, bottom - top)


def _draws_rules(page: pdfium.PdfPage) -> bool:
    paths = page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,))
    return sum(1 for _ in itertools.islice(paths, RULES_FOR_TABLES)) >= RULES_FOR_TABLES


def ruled_tables(page: Any) -> list[Table]:
    """Tables of two rows and two columns or more that pdfplumber finds by the page's rules."""
    tables = []
    for found in page.find_tables({"vertical_strategy": "lines", "horizontal_strategy": "lines"}):
        rows = [[cell or "" for cell in row] for row in found.extract()]
        if len(rows) < 2 or max(len(r) for r in rows) < 2:
            continue
        bboxes = [row.cells for row in found.rows]
        xs = sorted({round(b[0], 1) for row in bboxes for b in row if b})
        ys = sorted({round(b[1], 1) for row in bboxes for b in row if b})
        spans = {}
        for r, row in enumerate(bboxes):
            for c, box in enumerate(row):
                if box:
                    span = (sum(1 for y in ys if box[1] - 0.5 <= y < box[3] - 0.5),
                            sum(1 for x in xs if box[0] - 0.5 <= x < box[2] - 0.5))
                    if span != (1, 1):
                        spans[(r, c)] = span
        tables.append(Table(found.bbox[1], found.bbox[3], rows, spans))
    return tables


def unruled_tables(lines: list[Line]) -> list[tuple[int, int, Table]]:
    """(first line, end line, table) for each run of lines whose segments start in shared columns."""
    found = []
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and len(lines[end].segments) >= 2:
            end += 1
        run = lines[start:end]
        columns = _columns(run) if len(run) >= UNRULED_MIN_LINES else []
        if len(columns) >= 2 and not _hanging_list(run, columns) and not _justified(run, columns):
            rows = []
            for line in run:
                cells = [""] * len(columns)
                for x0, _, text in line.segments:
                    c = max((i for i, x in enumerate(columns) if x <= x0 + COLUMN_TOLERANCE), default=0)
                    cells[c] = f"{cells[c]} {text}".strip()
                rows.append(cells)
            found.append((start, end, Table(run[0].top, run[-1].bottom, rows)))
        start = max(end, start + 1)
    return found


def _justified(run: list[Line], columns: list[float]) -> bool:
    """A paragraph a word processor justified, not a table: its lines (all but the last, say) run from one
    left edge to one right edge, it holds more words than the columns found would make cells, and those
    words are set closer than a character apart (the median gap before a column's word): spread a little
    apart, they start on a grid of characters that puts some under each other on most lines. (A table of a
    CV's posts, its right column aligned to the edge, parts its cells by a character's width or more.)"""
    height = max(line.bottom - line.top for line in run)
    right = max(line.segments[-1][1] for line in run)
    full = sum(1 for line in run if line.segments[-1][1] >= right - height and line.segments[0][0] <= columns[0] + height)
    words = sum(len(line.segments) for line in run) / len(run)
    if full < _FULL_LINES * len(run) or words <= len(columns) + 2:
        return False
    gaps = sorted((x0 - before[1]) / (line.bottom - line.top) for line in run
                  for before, (x0, _, _) in itertools.pairwise(line.segments)
                  if any(abs(x0 - x) <= COLUMN_TOLERANCE for x in columns[1:]))
    return not gaps or gaps[len(gaps) // 2] < _CELL_GAP


_FULL_LINES = 0.8
_CELL_GAP = 1.0  # of a line's height


def _hanging_list(run: list[Line], columns: list[float]) -> bool:
    """Two columns whose first holds only item marks (`13.`, `[2]`, `•`) or nothing: a numbered list with a
    hanging indent, its items' lines aligned after the marks, not a table."""
    if len(columns) != 2:
        return False
    firsts = [text.strip() for line in run for x0, _, text in line.segments if x0 < columns[1] - COLUMN_TOLERANCE]
    return bool(firsts) and all(_ITEM_MARK.fullmatch(text) for text in firsts)


def _columns(run: list[Line]) -> list[float]:
    """The positions where segments of most of the run's lines start, each within COLUMN_TOLERANCE of its
    first: a justified paragraph's many words start everywhere, at no one place on most lines."""
    starts = sorted((x0, n) for n, line in enumerate(run) for x0, _, _ in line.segments)
    clusters: list[tuple[float, set[int]]] = []
    for x, n in starts:
        if clusters and x - clusters[-1][0] <= COLUMN_TOLERANCE:
            clusters[-1][1].add(n)
        else:
            clusters.append((x, {n}))
    return [x for x, lines in clusters if len(lines) >= COLUMN_SUPPORT * len(run)]


def _write_page(out: BlockWriter, lines: list[Line], ruled: list[Table], page: int) -> None:
    kept = [line for line in lines
            if not any(t.top - 1 <= (line.top + line.bottom) / 2 <= t.bottom + 1 for t in ruled)]
    unruled = {start: (end, table) for start, end, table in unruled_tables(kept)}
    pending = sorted(ruled, key=lambda t: t.top)
    left_edge = min((line.segments[0][0] for line in kept if line.segments), default=0.0)
    right_edge = max((line.segments[-1][1] for line in kept if line.segments), default=0.0)
    i = 0
    while i < len(kept):
        line = kept[i]
        while pending and pending[0].top < line.top:
            _write_table(out, pending.pop(0), page)
        if i in unruled:
            end, table = unruled[i]
            _write_table(out, table, page)
            i = end
            continue
        text = line.text
        while i + 1 < len(kept) and i + 1 not in unruled and not (pending and pending[0].top < kept[i + 1].top) \
                and _wraps(kept[i], kept[i + 1], left_edge, right_edge):
            i += 1  # a line set to the column's edge runs on in the next (某某师|范大学): one paragraph
            text += kept[i].text
        out.add(BlockKind.PARAGRAPH, text, page=page)
        i += 1
    for table in pending:
        _write_table(out, table, page)


_SENTENCE_END = re.compile(r"[。！？；：:!?;]$")
_LINE_OPENING = re.compile(rf"^\s*(?:{_ITEM_MARK.pattern}\s|[一二三四五六七八九十]+、|第[一二三四五六七八九十\d]+[章节条]|[（(][一二三四五六七八九十\d]+[)）])")


def _wraps(line: Line, following: Line, left_edge: float, right_edge: float) -> bool:
    """`line` is set across the column to its right edge and ends amid Chinese words, and `following`, in the
    same size, starts at the column's left edge and continues it (not a new item, heading or sentence): a
    paragraph the page wrapped."""
    height = line.bottom - line.top
    text, after = line.text.rstrip(), following.text.lstrip()
    if not text or not after or line.segments[-1][1] < right_edge - 1.5 * height:
        return False
    if line.segments[0][0] > left_edge + 3 * height or following.segments[0][0] > left_edge + 1.5 * height:
        return False  # a line set apart (a title, a name on the right), or one indented as a paragraph's first
    if abs((following.bottom - following.top) - height) > 0.25 * height:
        return False  # a heading's size, then the text's
    if _SENTENCE_END.search(text) or not _CHINESE_EDGE.match(text[-1]) or not _CHINESE_EDGE.match(after[0]):
        return False
    gap = following.top - line.bottom
    return gap < height and not _LINE_OPENING.match(after)


def _write_table(out: BlockWriter, table: Table, page: int) -> None:
    rows = [[unwrapped(cell) for cell in row] for row in table.rows]
    out.add_table(rows, page=page, spans=table.spans)


_WRAP_WIDTH = 12  # Han characters: a cell whose lines are this wide or wider may wrap its text
_FULL = 0.8  # a line this much of the cell's widest ran to the cell's edge and wrapped


def _width(line: str) -> int:
    """How wide a line is set: a Han character or a full-width mark two, a Latin letter or a digit one."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def unwrapped(cell: str) -> str:
    """A ruled table's cell with the lines its width wrapped joined again (a profile, a long title), so that
    a word cut at the edge (`专家指|导组`) is one; a cell of short lines (a name a line) keeps them."""
    lines = cell.split("\n")
    widest = max(_width(line.strip()) for line in lines)
    if len(lines) < 2 or widest < 2 * _WRAP_WIDTH:
        return cell
    out = lines[0].rstrip()
    for before, line in zip(lines, lines[1:], strict=False):
        line = line.strip()
        if _width(before.strip()) >= _FULL * widest and out and line:
            out += " " + line if out[-1].isascii() and out[-1].isalnum() and line[0].isascii() else line
        else:
            out += "\n" + line
    return out
