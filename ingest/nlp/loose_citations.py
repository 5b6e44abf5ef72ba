"""A Chinese reference written loosely, as CVs and lab pages list their papers:

- `李某 孙某 关某. 题名. 刊名. 2009, pp.19-25`
- `杜某 关某 岳某，题名，刊名，2008年18期`
- `孙某 王某 关某 题名，刊名， 2008，36(12)： 2450-2453` (the title after a blank)
- `王某 关某，题名 刊名; 2007年08期` (the journal after a blank)
- `王某 关某 题名，刊名，第29卷第12期，2885-2890，2007年12月`
- `何某 关某 题名，第三届全国某某学术会议，2007.11，苏州` (a meeting: no journal)

The authors are two or more Chinese names at the start, parted by blanks or 、; the title is the piece
after them; the venue the piece after the title, a journal unless it names a meeting; the year, volume, issue
and pages are read from what follows. A line with no year is no reference. Typed references (`[J]`) and the
comma-and-stop form `甲, 乙. 题名.刊名, 2022, 42: 1-9` are read elsewhere (ingest.nlp.papers).
"""

from __future__ import annotations

import re

from ingest.nlp.reference_authors import Author
from ingest.nlp.references import Reference
from ingest.tables.cells import is_name, piece, split_list

_NUMBERING = re.compile(r"[ \t\u3000|]*(?:\[\d{1,3}\]|[(（]\d{1,3}[)）]|\d{1,3}\s*[.、．)](?!\d))?[ \t\u3000|]*")
_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}\*?")
_NAME_SEP = re.compile(r"[ \t\u3000]+|[ \t\u3000]*[、，,][ \t\u3000]*")
_AFTER_AUTHORS = re.compile(r"[ \t\u3000]*(?:等)?[ \t\u3000]*[.．。，,:：;；]?[ \t\u3000]*")
# pieces: parted by commas, stops and semicolons, never inside a number (36.5) or a Latin word's abbreviation
_CUT = re.compile(r"[，,；;。]|[．](?!\d)|(?<![\dA-Za-z])\.(?!\d)|(?<=[\u4e00-\u9fff])\.")
_MEETING = re.compile(r"会议|评测|研讨会|论坛|大会|年会|学术会|讲习班|[Cc]onference|[Pp]roceedings|[Pp]roc\.|[Ww]orkshop|"
                      r"[Ss]ymposium|[Cc]ongress|[Mm]eeting")
_JOURNAL_END = re.compile(r"(?:学报|杂志|期刊|通讯|通报|学刊|季刊|月刊|评论|研究|科学|信息|技术|工程|世界|Journal|Letters|Review)$")
_YEAR = re.compile(r"(?<![\d\-])((?:19|20)\d{2})(?![\d])")
_PAGES = re.compile(r"(?:[Pp]{1,2}\s*\.?\s*)?(?<!\d)(?<!\d\.)(\d{1,5})\s*[-–—~]\s*(\d{1,5})(?![\d])\s*页?")
_VOLUME_ISSUE = re.compile(r"(?<![\d])(\d{1,4})\s*[(（]\s*(\d{1,3})\s*[)）]|第\s*(\d{1,4})\s*卷(?:\s*第\s*(\d{1,3})\s*期)?"
                           r"|(?:19|20)\d{2}\s*年\s*第?\s*(\d{1,3})\s*期")
_BOOK_ROLE = re.compile(r"(?:编著|主编|著)$")  # the authors of a book, written after the last name
_PUBLISHER = re.compile(r"出版社|出版公司|[Pp]ress\b|[Pp]ublishers?\b")
_MIN_AUTHORS = 2
_MIN_TITLE = 5


def parse_loose_citation(text: str, start: int, end: int) -> Reference | None:
    """The reference text[start:end] (one line, or a table cell) writes loosely, or None."""
    at = _NUMBERING.match(text, start, end).end()  # type: ignore[union-attr]  # the pattern matches ''
    authors, at = _authors(text, at, end)
    if len(authors) < _MIN_AUTHORS:
        return None
    if _BOOK_ROLE.search(authors[-1].name) and is_name(_BOOK_ROLE.sub("", authors[-1].name)) \
            or _PUBLISHER.search(text, at, end):
        return None  # 甲、乙著；《书名》，某出版社，2010年: a book, no paper
    at = _AFTER_AUTHORS.match(text, at, end).end()  # type: ignore[union-attr]
    pieces = _pieces(text, at, end)
    if not pieces:
        return None
    (ts, te), rest = pieces[0], pieces[1:]
    title = text[ts:te]
    inner = re.search(r"[ \t\u3000]+(?P<journal>[\u4e00-\u9fff]{2,20})$", title)
    if inner and _JOURNAL_END.search(inner.group("journal")) and not rest[:1] == [] and not _names_a_venue(text, rest[0]):
        rest = [(ts + inner.start("journal"), te), *rest]  # 题名 刊名; 2007年08期: the journal after a blank
        te = ts + inner.start()
        title = text[ts:te]
    if len(re.sub(r"\W", "", title)) < _MIN_TITLE or _YEAR.fullmatch(title.strip()) or is_name(title.strip()):
        return None
    venue = rest[0] if rest and _names_a_venue(text, rest[0]) else None
    after = venue[1] if venue else te
    year = _YEAR.search(text, after, end)
    if year is None:
        return None
    journal = text[venue[0]:venue[1]] if venue and not _MEETING.search(text[venue[0]:venue[1]]) else ""
    pages = _PAGES.search(text, after, end)
    if pages and all(len(g) == 4 and g[:2] in ("19", "20") for g in pages.groups()):
        pages = None  # 2007-2008: years, not pages
    volume = _VOLUME_ISSUE.search(text, after, end)
    issue = (volume.group(2) or volume.group(4) or volume.group(5)) if volume else None
    journal_span = venue if venue and journal else (te, te)
    return Reference(
        title=" ".join(title.split()), journal=journal, year=int(year.group(1)),
        volume=(volume.group(1) or volume.group(3)) if volume else None, issue=issue,
        pages=f"{pages.group(1)}-{pages.group(2)}" if pages else None, authors=tuple(authors),
        title_span=(ts, te), journal_span=journal_span, span=(start, end))


def _authors(text: str, at: int, end: int) -> tuple[list[Author], int]:
    """The names written at `at`, each a whole word between the list's separators, in order; and where the list
    ends. One separator throughout (blanks, or 、)."""
    out: list[Author] = []
    kind: str | None = None
    pos = at
    while True:
        m = _NAME.match(text, pos, end)
        if m is None:
            break
        name = m.group().rstrip("*")
        stop = m.end()
        if stop < end and re.match(r"[\u4e00-\u9fff]", text[stop]) or not is_name(name):
            break  # part of a longer word: the title
        sep = _NAME_SEP.match(text, stop, end)
        out.append(Author(name, len(out) + 1, m.group().endswith("*"), m.start(), m.start() + len(name)))
        pos = stop
        if sep is None:
            break
        sep_kind = "blank" if not sep.group().strip() else sep.group().strip()
        if kind is not None and sep_kind != kind or sep_kind in "，,":
            break  # names parted by commas are the stricter forms' (甲, 乙*. 题名.刊名, 2022, 42: 1-9)
        nxt = _NAME.match(text, sep.end(), end)
        if nxt is None or (nxt.end() < end and re.match(r"[\u4e00-\u9fff]", text[nxt.end()])) \
                or not is_name(nxt.group().rstrip("*")):
            break
        kind = sep_kind
        pos = sep.end()
    return out, pos


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    whole = piece(text[start:end], start)
    return [(p.span.start, p.span.end) for p in split_list(whole, _CUT)] if whole is not None else []


def _names_a_venue(text: str, piece: tuple[int, int]) -> bool:
    """A journal's or a meeting's name: words, not a year, a locator or a place alone."""
    body = text[piece[0]:piece[1]].strip()
    return len(body) >= 3 and not re.match(r"[\d(（]|第\s*\d+\s*[卷期]", body) and not _YEAR.fullmatch(body)
