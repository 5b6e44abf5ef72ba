"""The 代表性论文 table as rows: PDF lines classified by cell and regrouped per paper.

Columns come in a fixed order (title, journal, year/volume/pages, impact factor, authors,
corresponding authors, indexing, citations), so a row is read as a sequence of phases.
Four PDF accidents are undone here: a row's number may be lost (the next number is
assumed), a row's head may be lost (the row is kept, marked headless), the tail of a row
(the rest of its title and authors) may turn up after the row has ended, before the next
row's title starts again, and a row cut by a page break may go on below its citation
cell: every cut cell's rest, each line indented, joined back into the row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ingest.kit.text import DASHES, SEPARATORS, Line, has_cjk, is_chinese_name

INDEXES = (
    "SCI-EXPANDED", "SCIE", "SCI", "SSCI", "A&HCI", "EI", "JCR", "CSCD", "CSSCI", "PUBMED", "MEDLINE",
    "SCOPUS", "ISTP", "CPCI-S", "CPCI", "ESCI", "EMBASE", "北大核心", "中文核心", "科技核心", "统计源",
)
_CIT = re.compile(r"^(\d{1,5})\s*([是否])$")
_IF = re.compile(r"^(\d{1,3}\.\d{1,3})(?:\s+(.*))?$")
_NUM_TITLE = re.compile(r"^(\d{1,2})\s+(?=[A-Za-z\u4e00-\u9fff“\"《])(.*)$")
_YVP = re.compile(rf"^[\d\s年卷期第页{DASHES}~,，.:：()（）]+$")
_YVP_MARK = re.compile(rf"[年卷期页]|\d\s*[{DASHES}~]")
# The impact-factor cell on the line of the year/volume/pages cell: `2023年 16.8`, `页 14.6 韩冬青，`.
_YVP_THEN_IMPACT = re.compile(r"^(.*[年卷期页])\s+(\d{1,3}\.\d{1,3})(?:\s+(\S.*))?$")
_PAGES_DONE = re.compile(rf"\d\s*[{DASHES}~]\s*\d+\s*页?\s*$|页\s*$")
_INDEX_SPLIT = re.compile(r"[、,，/\s]+")
_INDEX_CHARS = frozenset("".join(INDEXES))
_SEPARATOR = re.compile(f"[{SEPARATORS}]")
_NAME_SPLIT = re.compile(f"[{SEPARATORS}\\s]+")
_SHORT_INT = re.compile(r"\d{1,4}")
_CITATION_COUNT = re.compile(r"\d{1,5}")
_LATIN = re.compile(r"[A-Za-z]")
_LATIN_END = re.compile(r"[A-Za-z]$")
_WORD = re.compile(r"\S+")
_YEAR_LIKE = re.compile(r"(?:19|20)\d{2}")
# Two cells of one row on one line, set apart by a run of blanks: the journal's first word after the
# title's end (`study 57  Journal`), the year/volume/pages cell after the journal (`Medicine  2020年`).
_CELL_GAP = re.compile(r"(?<=[A-Za-z0-9:)])[ \t\u3000]{2,}(?=[A-Z])|(?<=\S)[ \t\u3000]{2,}(?=(?:19|20)\d{2}\s*年)")

START, TITLE, YVP, IMPACT, NAMES, INDEX, CITED = range(7)


@dataclass(frozen=True, slots=True)
class Tok:
    kind: str  # num int cit impact yvp idx latin cjk mixed
    text: str
    start: int
    jump: bool = False
    indented: bool = False  # opens a line that starts with a blank
    opens_cell: bool = False  # follows a run of blanks on its line that ends the cell before it


@lru_cache(maxsize=1 << 16)
def is_index(text: str, whole: bool = False) -> bool:
    """Indexing cell text (`SCI-EXPANDED、SSCI`); fragments of one (`EXPA`) unless `whole` is asked."""
    if not _INDEX_CHARS.issuperset(_INDEX_SPLIT.sub("", text).upper()):
        return False  # a character no indexing name has (the test below would fail on it too)
    pieces = [p for p in _INDEX_SPLIT.split(text.strip()) if p]
    if not pieces:
        return False
    for p in pieces:
        up = p.upper()
        if any(c.islower() for c in p) and up not in INDEXES:
            return False
        if whole and up not in INDEXES:
            return False
        if not any(up in canon for canon in INDEXES) or (len(p) < 2 and up not in INDEXES):
            return False
    return True


@lru_cache(maxsize=1 << 16)
def looks_like_names(text: str) -> bool:
    """`韩冬青， 钱明`: a separated list whose pieces are mostly Chinese names (fragments aside)."""
    if not _SEPARATOR.search(text):
        return False
    pieces = [p for p in _NAME_SPLIT.split(text) if len(p) >= 2]
    return bool(pieces) and sum(is_chinese_name(p) for p in pieces) * 2 >= len(pieces)


def tokenize(line: Line) -> list[Tok]:
    raw = line.text
    start = line.start + len(raw) - len(raw.lstrip())
    indented = raw[:1] in (" ", "\t", "\u3000")
    return [Tok(kind, text, start + at, jump, indented and not at, opens)
            for kind, text, at, jump, opens in _cells(raw.strip(), line.jump)]


@lru_cache(maxsize=1 << 16)
def _cells(s: str, jump: bool) -> tuple[tuple[str, str, int, bool, bool], ...]:
    """`_tokens` of a stripped line at offset 0, each cell the line's gaps set apart read alone: tables
    repeat their short cells (`SCI`, `否`, `50卷`) often."""
    out: list[tuple[str, str, int, bool, bool]] = []
    at = 0
    for gap in [*_CELL_GAP.finditer(s), None]:
        end = gap.start() if gap else len(s)
        for i, t in enumerate(_tokens(s[at:end], at, jump and not out)):
            out.append((t.kind, t.text, t.start, t.jump, bool(at) and not i))
        at = gap.end() if gap else end
    return tuple(out)


def _tokens(s: str, start: int, jump: bool) -> list[Tok]:
    if not s:
        return []
    if m := _CIT.match(s):
        return [Tok("cit", m.group(1), start)]
    if m := _IF.match(s):
        rest = m.group(2) or ""
        return [Tok("impact", m.group(1), start)] + _tokens(rest, start + s.index(rest) if rest else start, False)
    if _SHORT_INT.fullmatch(s):
        return [Tok("int", s, start, jump)]
    if m := _NUM_TITLE.match(s):
        return [Tok("num", m.group(1), start)] + _tokens(m.group(2), start + m.start(2), False)
    if (m := _YVP_THEN_IMPACT.match(s)) and _YVP.match(m.group(1)):
        rest = m.group(3)
        return [Tok("yvp", m.group(1), start, jump), Tok("impact", m.group(2), start + m.start(2))] + (
            _tokens(rest, start + m.start(3), False) if rest else [])
    if _YVP.match(s) and _YVP_MARK.search(s):
        return [Tok("yvp", s, start, jump)]
    if is_index(s):
        return [Tok("idx", s, start, jump)]
    tail = _peel_tail(s, start)
    if tail:
        head = s[: tail[0].start - start].rstrip()
        if not head:
            return tail
        kind = "corr" if has_cjk(head) and any(t.kind == "idx" for t in tail) else None
        return ([Tok(kind, head, start, jump)] if kind else _tokens(head, start, jump)) + tail
    cjk, latin = has_cjk(s), bool(_LATIN.search(s))
    kind = "mixed" if cjk and latin else "cjk" if cjk else "latin"
    return [Tok(kind, s, start, jump)]


def _peel_tail(s: str, start: int) -> list[Tok]:
    """Indexing words and a `23 否` citation cell written after other cells on one line."""
    words = list(_WORD.finditer(s))
    out: list[Tok] = []
    if len(words) >= 3 and _CITATION_COUNT.fullmatch(words[-2].group(0)) and words[-1].group(0) in ("是", "否"):
        out.append(Tok("cit", words[-2].group(0), start + words[-2].start()))
        words = words[:-2]
    idx: list[re.Match[str]] = []
    while len(words) > 1 and is_index(words[-1].group(0), whole=not out and "、" not in words[-1].group(0)
                                      and not words[-1].group(0).endswith("-")):
        idx.insert(0, words.pop())
    if idx:
        out.insert(0, Tok("idx", " ".join(w.group(0) for w in idx), start + idx[0].start()))
    return out if len(words) >= 1 and out else []


@dataclass
class Row:
    number: int | None = None
    headless: bool = False
    phase: int = START
    title: list[Tok] = field(default_factory=list)
    title_tail: list[Tok] = field(default_factory=list)
    continued: list[Tok] = field(default_factory=list)  # after a page break: the title's rest, the journal's
    yvp: list[Tok] = field(default_factory=list)
    impact: Tok | None = None
    names: list[Tok] = field(default_factory=list)
    corresponding: list[Tok] = field(default_factory=list)  # names written on the indexing line
    tail_names: list[Tok] = field(default_factory=list)
    index: list[Tok] = field(default_factory=list)
    citations: Tok | None = None
    tokens: list[Tok] = field(default_factory=list)
    tail_of: Row | None = None  # set on a row that may be the previous row's lost tail
    split_from: Row | None = None  # set on a row that began with Latin text right after another row's authors

    @property
    def substantial(self) -> bool:
        return bool(self.names or self.yvp or self.impact)

    def names_open(self) -> bool:
        """The author cell read so far ends inside a list (a separator), so more names follow."""
        return bool(self.names) and self.names[-1].text.rstrip()[-1:] in SEPARATORS


def group_rows(lines: list[Line]) -> list[Row]:
    rows: list[Row] = []
    current = Row()
    last_number = 0  # the highest row number so far

    def close(row: Row) -> None:
        nonlocal last_number
        if not row.tokens:
            return
        if row.split_from is not None and not (row.yvp or row.impact):
            _merge_back(row)
            return
        if row.tail_of is not None and _continues_after_page_break(row):
            _join_continuation(row)
            return
        if row.tail_of is not None and not row.substantial:
            row.tail_of.title_tail.extend(row.title)
            return
        row.headless = row.tail_of is not None
        if row.number is None:
            row.number = last_number + 1
        last_number = max(last_number, row.number)
        rows.append(row)

    for line in lines:
        for tok in tokenize(line):
            nxt = _feed(current, tok, last_number)
            if nxt is not current:
                if nxt.tail_of is not current and current.tail_of is not None and _is_tail(current):
                    _merge_tail(current)
                else:
                    close(current)
                current = nxt
    close(current)
    return rows


def _merge_back(row: Row) -> None:
    """Latin text after the authors that brought no cells of its own: a corresponding-author cell."""
    parent = row.split_from
    assert parent is not None
    parent.corresponding.extend(row.title + row.names + row.corresponding)
    parent.index.extend(row.index)
    parent.citations = parent.citations or row.citations
    parent.tokens.extend(row.tokens)


def _continues_after_page_break(row: Row) -> bool:
    """The rest of a row a page break cut: indented lines under the row's citation cell that bring no
    cell a page break cannot cut (impact factor, citations) and go on a cell the row left open."""
    parent = row.tail_of
    assert parent is not None
    if not row.tokens[0].indented or row.impact or row.citations:
        return False
    return (bool(row.yvp) and _yvp_open(parent, row)) or (bool(row.index) and _index_open(parent, row))


def _yvp_open(parent: Row, row: Row) -> bool:
    """The row's year/volume/pages cell is missing or lacks its pages, or its `页` comes below."""
    text = " ".join(t.text for t in parent.yvp)
    return not _PAGES_DONE.search(text) or row.yvp[0].text.strip().startswith("页")


def _index_open(parent: Row, row: Row) -> bool:
    """The row's indexing cell stops inside a name (`SCI-`, `SCI-EXPANDED、SS`) or at a separator."""
    text = "".join(t.text.strip() for t in parent.index)
    return bool(text) and (not is_index(text, whole=True) or text[-1] in SEPARATORS
                           or row.index[0].text.strip()[:1] in SEPARATORS)


def _join_continuation(row: Row) -> None:
    """Each cell's rest after the row's own; the indentation is the page break's, not lost text."""
    parent = row.tail_of
    assert parent is not None
    parent.continued.extend(_seamless(row.title + row.title_tail))
    parent.yvp.extend(row.yvp)
    parent.tail_names.extend(_seamless(row.names))
    parent.corresponding.extend(_seamless(row.corresponding))
    parent.index.extend(row.index)
    parent.tokens.extend(row.tokens)


def _seamless(tokens: list[Tok]) -> list[Tok]:
    return [replace(t, jump=False) if t.jump else t for t in tokens]


def _is_tail(row: Row) -> bool:
    """A row cut short by a new title is the previous row's tail unless it has cells of its own."""
    return not (row.yvp or row.impact or row.index or row.citations)


def _merge_tail(row: Row) -> None:
    assert row.tail_of is not None
    row.tail_of.title_tail.extend(row.title)
    row.tail_of.tail_names.extend(row.names)


def _feed(row: Row, tok: Tok, last_number: int) -> Row:
    """Put one token in its row; returns the row that takes the next tokens."""
    before = row.tail_of.number if row.tail_of and row.tail_of.number else 0
    expected = max(last_number, row.number or 0, before) + 1
    if tok.kind == "num" and int(tok.text) >= expected - 1 and not _ends_title(row, int(tok.text), expected):
        return Row(number=int(tok.text), tokens=[tok])
    if tok.kind == "int":
        return _feed_int(row, tok, expected)
    row.tokens.append(tok)
    if tok.kind == "cit":
        row.citations, row.phase = tok, CITED
        return Row(tail_of=row)
    if tok.kind == "impact":
        row.impact, row.phase = tok, IMPACT
    elif tok.kind == "yvp":
        row.yvp.append(tok)
        row.phase = max(row.phase, YVP)
    elif tok.kind == "corr":
        row.corresponding.append(tok)
        row.phase = NAMES
    elif tok.kind == "idx":
        row.index.append(tok)
        row.phase = INDEX
    elif row.phase <= TITLE and row.title and looks_like_names(tok.text):
        row.names.append(tok)
        row.phase = NAMES
    elif row.phase <= TITLE:
        row.title.append(tok)
        row.phase = TITLE
    elif row.phase in (YVP, IMPACT):
        row.names.append(tok)
        row.phase = NAMES
    elif row.phase == NAMES and (tok.kind != "latin" or row.names_open() or _latin_name_part(row, tok)):
        row.names.append(tok)
    else:  # a title after the authors: the next row begins, or (after the indexing) this row's title goes on
        row.tokens.pop()
        new = Row(tail_of=row) if row.phase >= INDEX else Row(split_from=row)
        new.tokens.append(tok)
        new.title.append(tok)
        new.phase = TITLE
        return new
    return row


def _feed_int(row: Row, tok: Tok, expected: int) -> Row:
    value = int(tok.text)
    if row.phase == YVP and not _PAGES_DONE.search(" ".join(t.text for t in row.yvp)):
        row.tokens.append(tok)
        row.yvp.append(tok)
        return row
    if not row.tokens and row.tail_of is None:
        row.number = value
        row.tokens.append(tok)
        return row
    if expected <= value <= expected + 3 and (row.phase >= NAMES or row.tail_of is not None):
        return Row(number=value, tokens=[tok])
    if _ends_title(row, value, expected) and not _YEAR_LIKE.fullmatch(tok.text):
        row.tokens.append(tok)
        row.title.append(tok)
        return row
    if row.phase >= NAMES:
        row.tokens.append(tok)
        row.citations, row.phase = tok, CITED
        return Row(tail_of=row)
    return row


def _ends_title(row: Row, value: int, expected: int) -> bool:
    """A number inside a title (`study 60`) rather than the next row's: too far past the row numbers."""
    return row.phase == TITLE and bool(row.title) and value > expected + 3


def _latin_name_part(row: Row, tok: Tok) -> bool:
    """`Seewoobudu` then `l Vasish，`: a Latin name cut over lines goes on until a separator."""
    last = row.names[-1].text.rstrip() if row.names else ""
    return bool(_LATIN_END.search(last)) or bool(_SEPARATOR.search(tok.text))
