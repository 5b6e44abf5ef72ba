"""代表性论文: rows of the paper table turned into Paper, Journal and AUTHORED facts.

A row's author cell and corresponding-author cell are read together by the PDF; the
corresponding cell is the trailing group of names that all already occur among the authors.
Names cut over lines are re-joined; where a jump shows lost text, the pieces are kept
apart. Fragments of a name (`王建` for a completer `王建华`) are resolved against the
names the document gives in full.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from graph.schema import Label, RelType
from ingest.genres.award_paper_rows import INDEXES, Row, Tok, group_rows
from ingest.genres.award_paper_title import split_title_journal
from ingest.kit.builder import Builder
from ingest.kit.text import DASHES, SEPARATORS, Joined, Line, is_chinese_name, is_person_name, surnames
from ingest.model import Entity, Span, merge_spans

_MARK = re.compile(r"[*＊#＃]+$|[（(]通讯[）)]$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_YEAR_DIGITS = re.compile(r"\d{4}")
_WHITE = re.compile(r"\s+")
_YEAR = re.compile(r"((?:19|20)\d{2})")
_VOLUME = re.compile(r"(\d+)卷")
_VOLUME_AFTER_YEAR = re.compile(r"(?:19|20)\d{2}[,，](\d+)[(（]")
_ISSUE = re.compile(r"(\d+)期")
_ISSUE_IN_PARENS = re.compile(r"[(（](\d+)[)）]")
_PAGES_AT_END = re.compile(rf"(?:第|[:：]|^|[卷期页])(\d+)[{DASHES}~](\d+)页?$")
_PAGES = re.compile(rf"(\d+)[{DASHES}~](\d+)页")
_INDEX_SEPARATORS = re.compile(r"[、,，/]+")
_SEPARATOR = re.compile(f"[{SEPARATORS}]")


@dataclass(frozen=True, slots=True)
class Author:
    name: str  # as written; may be a fragment
    span: Span
    order: int | None
    corresponding: bool


@dataclass(frozen=True, slots=True)
class PaperRole:
    """What a completer's contribution text says about a paper: author, first author, corresponding."""

    person: str
    first: bool
    corresponding: bool
    span: Span


@dataclass
class PaperRecord:
    number: int
    title: str | None
    journal: str | None
    year: int | None
    volume: str | None
    issue: str | None
    pages: str | None
    impact_factor: float | None
    citations: int | None
    indexed_in: tuple[str, ...]
    authors: list[Author]
    spans: tuple[Span, ...]

    @property
    def name(self) -> str:
        return self.title or f"代表性论文{self.number}"

    def emit(self, out: Builder, known: set[str], roles: list[PaperRole]) -> None:
        paper = out.entity(Entity(
            Label.PAPER, self.name, journal=self.journal, year=self.year, volume=self.volume, issue=self.issue,
            pages=self.pages, impact_factor=self.impact_factor, citations=self.citations,
            indexed_in=self.indexed_in, spans=self.spans,
        ))
        if self.journal:
            out.entity(Entity(Label.JOURNAL, self.journal, spans=self.spans[:1]))
            out.relation(RelType.PUBLISHED_IN, paper, self.journal, *self.spans[:1])
        for a in self.authors:
            name = resolve_fragment(a.name, known)
            if not name:
                continue
            out.person(name, a.span)
            out.relation(RelType.AUTHORED, name, paper, a.span, order=a.order,
                         corresponding=True if a.corresponding else None)
        for role in roles:
            out.person(role.person)
            out.relation(RelType.AUTHORED, role.person, paper, role.span,
                         order=1 if role.first else None, corresponding=True if role.corresponding else None)


def resolve_fragment(name: str, known: set[str]) -> str | None:
    """The full name for a cut one (`王建` → `王建华`) when exactly one known name fits."""
    if name in known:
        return name
    if _HAN.search(name):
        fits = [k for k in known if len(k) > len(name) and (k.startswith(name) or k.endswith(name))]
        if len(fits) == 1:
            return fits[0]
    return name if is_person_name(name) or _HAN_NAME.fullmatch(name) else None


_HEADER_CELL = re.compile(r"代表性?论文|论文(?:专著)?名称|刊\s*名|年卷页码|全部作者|通讯作者|收录情况|他引次数|序\s*号")


def parse_papers(lines: list[Line]) -> list[PaperRecord]:
    body = [ln for ln in lines if not (_HEADER_CELL.search(ln.text) and not _YEAR_DIGITS.search(ln.text))]
    return [_record(row) for row in group_rows(body)]


def _record(row: Row) -> PaperRecord:
    title, journal = split_title_journal(row.title, row.title_tail, headless=row.headless,
                                         continued=row.continued)
    yvp = _WHITE.sub("", "".join(t.text for t in row.yvp))
    authors = _authors(row)
    spans = tuple(Span(t.start, t.start + len(t.text)) for t in row.tokens)
    return PaperRecord(
        number=row.number or 0, title=title, journal=journal, year=_int(_YEAR, yvp),
        volume=_str(_VOLUME, yvp) or _str(_VOLUME_AFTER_YEAR, yvp),
        issue=_str(_ISSUE, yvp) or _str(_ISSUE_IN_PARENS, yvp),
        pages=_pages(yvp), impact_factor=float(row.impact.text) if row.impact else None,
        citations=int(row.citations.text) if row.citations else None,
        indexed_in=_indexes(row.index), authors=authors, spans=merge_spans(spans),
    )


def _int(pattern: re.Pattern[str], text: str) -> int | None:
    m = pattern.search(text)
    return int(m.group(1)) if m else None


def _str(pattern: re.Pattern[str], text: str) -> str | None:
    m = pattern.search(text)
    return m.group(1) if m else None


def _pages(yvp: str) -> str | None:
    m = _PAGES_AT_END.search(yvp) or _PAGES.search(yvp)
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    return None


def _indexes(tokens: list[Tok]) -> tuple[str, ...]:
    text = _WHITE.sub("", "".join(t.text for t in tokens)).upper()
    out: list[str] = []
    for piece in _INDEX_SEPARATORS.split(text):
        if not piece:
            continue
        match = next((c for c in INDEXES if c == piece), None)
        if match is None:
            match = next((c for c in INDEXES if "-" in c and piece.startswith(c.split("-")[0] + "-")
                          and c.endswith(piece.split("-")[-1])), None)
        if match is None:
            match = next((c for c in INDEXES if c.endswith(piece) and len(piece) >= 3), None)
        if match and match not in out:
            out.append(match)
    return tuple(out)


def _joined_names(tokens: list[Tok]) -> Joined:
    """Name cells glued together; a jump (lost text) becomes a separator so no two names fuse."""
    pieces: list[tuple[str, int]] = []
    for tok in tokens:
        if tok.jump and pieces:
            pieces.append(("，", tok.start))
        pieces.append((tok.text, tok.start))
    return Joined(pieces)


def _pieces(tokens: list[Tok]) -> list[tuple[str, Span]]:
    return _joined_names(tokens).split()


# A blank between Han characters, inside one name cell's line.
_BLANK_BETWEEN_HAN = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")
_HAN_RUN_END = re.compile(r"[\u4e00-\u9fff]+$")
_HAN_RUN_START = re.compile(r"[\u4e00-\u9fff]+")


def _names_apart(tokens: list[Tok], carried: str = "") -> list[Tok]:
    """Name cells with two names that only a blank sets apart (`蓝星河 蓝星河；岑北辰`: the last author, then
    the corresponding-author cell; `徐` / `天 徐天` with the first broken over two lines) cut there, the
    second part marked as after lost text so that no two names fuse. A name a blank splits (`叶 荣`,
    `司马 相如`) has one character, or a compound surname, before the blank."""
    out: list[Tok] = []
    # ``carried``: the Han characters the line before ended with, the head of a name it broke
    for tok in tokens:
        at = 0
        for blank in _BLANK_BETWEEN_HAN.finditer(tok.text):
            left = _HAN_RUN_END.search(tok.text, 0, blank.start())
            right = _HAN_RUN_START.match(tok.text, blank.end())
            assert left is not None and right is not None  # the pattern stands between Han characters
            name = left.group()
            if left.start() == 0 and not tok.jump and is_chinese_name(carried + name):
                name = carried + name
            if name in surnames()[1] or not (is_chinese_name(name) and is_chinese_name(right.group())):
                continue  # a name of two characters or more on each side, none a bare compound surname
            out.append(replace(tok, text=tok.text[at:blank.start()], start=tok.start + at,
                               jump=tok.jump if not at else True))
            at = blank.end()
        out.append(tok if not at else replace(tok, text=tok.text[at:], start=tok.start + at, jump=True))
        trailing = _HAN_RUN_END.search(tok.text)
        carried = trailing.group() if trailing else ""
    return out


def _authors(row: Row) -> list[Author]:
    on_index_line, corresponding_cell = _index_line_names(row)
    authors = _names_apart(row.names) + on_index_line
    # the corresponding cell may begin on the line before the indexing line (`李娟` / `李娟；吴敏` / `云 SCI-`)
    names, corresponding = _split_corresponding(authors + corresponding_cell)
    if len(names) > len(authors) or not corresponding:
        names, corresponding = _split_corresponding(authors)
        corresponding += corresponding_cell
    pieces = _pieces(names)
    corr_pieces = _pieces(corresponding)
    seen = {_MARK.sub("", p) for p, _ in pieces}
    for raw, span in _pieces(_names_apart(row.tail_names)):  # a name met again below the row: the corresponding cell's rest
        name = _MARK.sub("", raw)
        (corr_pieces if name in seen else pieces).append((raw, span))
        seen.add(name)
    corr_names = {_MARK.sub("", p) for p, _ in corr_pieces}
    ordered = bool(pieces) and _valid(pieces[0][0])
    out: list[Author] = []
    for i, (raw, span) in enumerate(pieces):
        marked = bool(_MARK.search(raw))
        name = _MARK.sub("", raw)
        if len(name) < 2:
            continue
        out.append(Author(name, span, i + 1 if ordered else None, marked or name in corr_names))
    listed = {a.name for a in out}
    for raw, span in corr_pieces:
        name = _MARK.sub("", raw)
        if name not in listed and len(name) >= 2:
            out.append(Author(name, span, None, True))
    return out


def _index_line_names(row: Row) -> tuple[list[Tok], list[Tok]]:
    """The names written on the indexing line: the corresponding-author cell, unless a blank sets the
    authors' last names apart from it (`…，蓝星河 蓝星河；岑北辰 SCI-`): then the names before the blank
    end the author list, when that list broke off after a separator or inside a name, or its last name
    comes again."""
    ended = _HAN_RUN_END.search(row.names[-1].text) if row.names else None
    head = ended.group() if ended else ""  # the Han characters the authors' last line ended with
    cells = _names_apart(row.corresponding, head)
    broken = len(head) == 1  # one character: a name the line break cut
    if not row.corresponding or len(cells) == len(row.corresponding) or not row.names:
        return [], cells
    first, after = cells[0], cells[1]
    authors_text = "".join(t.text for t in row.names).rstrip()
    last = _names_in(_MARK.sub("", (head if broken and not first.jump else "") + first.text.strip()))
    again = bool(last) and _names_in(after.text.strip())[:1] == last[-1:]
    if authors_text[-1:] in SEPARATORS or again or (broken and not first.jump):
        return [first], cells[1:]
    return [], cells


def _valid(piece: str) -> bool:
    return is_person_name(_MARK.sub("", piece))


def _split_corresponding(tokens: list[Tok]) -> tuple[list[Tok], list[Tok]]:
    """Authors and the corresponding-author cell that the PDF put right after them."""
    cells = [_WHITE.sub("", tok.text) for tok in tokens]
    glued = [("，" if tok.jump and i else "") + cell for i, (tok, cell) in enumerate(zip(tokens, cells, strict=True))]
    for cut in range(1, len(tokens)):
        before = "".join(glued[:cut])  # the text `_joined_names(tokens[:cut])` glues
        if not before or before[-1] in SEPARATORS:
            continue
        head = set(_names_in(before))
        tail = _names_in(cells[cut] + "".join(glued[cut + 1:]))
        if tail and all(_MARK.sub("", p) in head or p in head for p in tail):
            return tokens[:cut], tokens[cut:]
    return tokens, []


def _names_in(glued: str) -> list[str]:
    """The pieces `Joined.split` cuts glued names into, without their spans."""
    return [p for p in _SEPARATOR.split(glued) if p]
