"""A Chinese reference written loosely, as CVs and lab pages list their papers:

- `李某 孙某 关某. 题名. 刊名. 2009, pp.19-25`
- `杜某 关某 岳某，题名，刊名，2008年18期`
- `孙某 王某 关某 题名，刊名， 2008，36(12)： 2450-2453` (the title after a blank)
- `王某 关某，题名 刊名; 2007年08期` (the journal after a blank)
- `王某 关某 题名，刊名，第29卷第12期，2885-2890，2007年12月`
- `何某 关某 题名，第三届全国某某学术会议，2007.11，苏州` (a meeting: no journal)

- `甲, 乙. 题名. 刊名, 2018, 33(2).`, `甲. 题名. 刊名, 2018(2): 145-152`, `甲，乙。题名。刊名，2018年第2期。` (names parted
  by commas, the list closed by a stop; a locator without pages, or a year with its issue alone)
- `甲，乙，题名，刊名，2018，33(2):145-152` (all parted by commas: the venue must read as a journal's name)
- `甲（第一作者）, 乙*. 题名. …` (a name's role noted in brackets or marked)
- `题名，刊名，2018，33（2）：145-152，甲（第一作者），乙（通讯作者）` (the title first, the authors last)

The authors are Chinese names at the start, parted by blanks, 、 or commas: two or more, or one closed by a stop; the
title is the piece after them; the venue the piece after the title, a journal unless it names a meeting; the year,
volume, issue and pages are read from what follows. A line with no year is no reference. Typed references (`[J]`) and
the comma-and-stop form with pages `甲, 乙. 题名.刊名, 2022, 42: 1-9` are read first, elsewhere (ingest.nlp.papers).
"""

from __future__ import annotations

import re

from ingest.kit.text import DASHES, LIST_MARK, is_latin_name, is_spaced_latin_name
from ingest.nlp.names import publication_like
from ingest.nlp.reference_authors import Author, author_list
from ingest.nlp.references import Reference
from ingest.tables.cells import is_name, piece, split_list

_NUMBERING = re.compile(rf"[ \t\u3000|]*(?:{LIST_MARK})?[ \t\u3000|]*")
# a name, its mark (`*` corresponding, `#` co-first) or its role in brackets (`甲（通讯作者）`)
_NAME = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4})(?P<mark>[*＊#＃]{1,2}|[（(](?P<role>(?:共同)?(?:第一|通讯|通信)作者|一作)[)）])?")
_NAME_SEP = re.compile(r"[ \t\u3000]+|[ \t\u3000]*[、，,][ \t\u3000]*")
# (APA's year in brackets after the names: `甲, 乙 (2018). 题名. 刊名, 33(2), 145-152.`)
_AFTER_AUTHORS = re.compile(r"[ \t\u3000]*(?:[,，、]?[ \t\u3000]*等)?[ \t\u3000]*(?:[(（](?P<year>(?:19|20)\d{2})[)）][ \t\u3000]*)?"
                            r"(?P<sep>[.．。，,:：;；]?)[ \t\u3000]*")
# pieces: parted by commas, stops and semicolons, never inside a number (36.5) or a Latin word's abbreviation
_CUT = re.compile(r"[，,；;。]|[．](?!\d)|(?<![\dA-Za-z])\.(?!\d)|(?<=[\u4e00-\u9fff])\.")
_MEETING = re.compile(r"会议|评测|研讨会|论坛|大会|年会|学术会|讲习班|[Cc]onference|[Pp]roceedings|[Pp]roc\.|[Ww]orkshop|"
                      r"[Ss]ymposium|[Cc]ongress|[Mm]eeting")
_JOURNAL_END = re.compile(r"(?:学报|杂志|期刊|通讯|通报|学刊|季刊|月刊|评论|研究|科学|信息|技术|工程|世界|Journal|Letters|Review)$")
_YEAR = re.compile(r"(?<![\d\-])((?:19|20)\d{2})(?![\d])")
_PAGES = re.compile(rf"(?:[Pp]{{1,2}}\s*\.?\s*)?(?<!\d)(?<!\d\.)(\d{{1,5}})\s*[{DASHES}~]\s*(\d{{1,5}})(?![\d])\s*页?")
_VOLUME_ISSUE = re.compile(r"(?<![\d])(\d{1,4})\s*[(（]\s*(\d{1,3})\s*[)）]|第\s*(\d{1,4})\s*卷(?:\s*第\s*(\d{1,3})\s*期)?"
                           r"|(?:19|20)\d{2}\s*年\s*第?\s*(\d{1,3})\s*期"
                           r"|\b[Vv]ol(?:ume)?\.?\s*(\d{1,4})(?:\s*[,，]?\s*(?:[Nn]o|[Ii]ssue)\.?\s*(\d{1,3}))?")  # Vol.12, No.1
_BOOK_ROLE = re.compile(r"(?:编著|主编|著)$")  # the authors of a book, written after the last name
_PUBLISHER = re.compile(r"出版社|出版公司|[Pp]ress\b|[Pp]ublishers?\b")
_MIN_AUTHORS = 2
_MIN_TITLE = 5
_STOPS = ".．。"
_MIN_LATIN_WORDS = 4
_FIRST_PIECE = re.compile(r"[，,、.．。\s]")
_PROGRAMME_END = re.compile(r"(?:基金|项目|计划|课题|专项|奖)$")
_TYPE_MARK = re.compile(r"\s*\[[JCDMA](?:/OL)?\]\s*")
_AFTER_NAMES = re.compile(r"[ \t\u3000]*[,，、.．。:：][ \t\u3000]*")
# a journal's name in Latin letters or in book-title marks (not an award's, a fund's, a programme's, a patent's or a
# software copyright's, whatever its code)
_NAMED_JOURNAL = re.compile(r"[A-Za-z][A-Za-z&.,:'\- ]+|《[^《》]+》")
_NO_JOURNAL = re.compile(r"奖|基金|计划|项目|课题|专项|工程(?:中心|院|所)|专利|著作权|证书|登记号|公开号|授权号")


def parse_loose_citation(text: str, start: int, end: int) -> Reference | None:
    """The reference text[start:end] (one line, or a table cell) writes loosely, or None."""
    at = _NUMBERING.match(text, start, end).end()  # type: ignore[union-attr]  # the pattern matches ''
    authors, at, commas = _authors(text, at, end)
    if not authors:
        return _title_first(text, at, end)
    after = _AFTER_AUTHORS.match(text, at, end)
    stopped = after.group("sep") != "" and after.group("sep") in _STOPS  # type: ignore[union-attr]  # matches ''
    if len(authors) < (1 if stopped else _MIN_AUTHORS):
        return None
    # (where commas part everything, or one name opens the line, only a journal's name tells the line a reference)
    strict = commas and not stopped or len(authors) == 1
    if _BOOK_ROLE.search(authors[-1].name) and is_name(_BOOK_ROLE.sub("", authors[-1].name)) \
            or _PUBLISHER.search(text, at, end):
        return None  # 甲、乙著；《书名》，某出版社，2010年: a book, no paper
    at = after.end()  # type: ignore[union-attr]  # the pattern matches ''
    pieces = _pieces(text, at, end)
    if not pieces:
        return None
    (ts, te), rest = pieces[0], pieces[1:]
    typed = _TYPE_MARK.search(text, ts, te)
    if typed is not None and text[typed.end():te].strip():  # 题名[J]刊名. 2031: the journal glued after the mark
        rest = [(typed.end() + len(text[typed.end():te]) - len(text[typed.end():te].lstrip()), te), *rest]
        te = typed.start()
    title = text[ts:te]
    inner = re.search(r"[ \t\u3000]+(?P<journal>[\u4e00-\u9fff]{2,20})$", title)
    if inner and _JOURNAL_END.search(inner.group("journal")) and not rest[:1] == [] and not _names_a_venue(text, rest[0]):
        rest = [(ts + inner.start("journal"), te), *rest]  # 题名 刊名; 2007年08期: the journal after a blank
        te = ts + inner.start()
        title = text[ts:te]
    if len(re.sub(r"\W", "", title)) < _MIN_TITLE or _YEAR.fullmatch(title.strip()) or is_name(title.strip()) \
            or title.lstrip().startswith("《"):
        return None  # (a title in book-title marks: ingest.nlp.marked_citations reads the line)
    venue = rest[0] if rest and _names_a_venue(text, rest[0]) else None
    if venue and text.startswith("《", venue[0]) and 0 < (closed := text.find("》", venue[0], venue[1]) + 1) < venue[1]:
        venue = (venue[0], closed)  # 《刊名》2018年第2期: the journal's name in its marks, the locator after
    if strict and (venue is None or not _reads_as_journal(text[venue[0]:venue[1]].strip())) \
            or venue and _NO_JOURNAL.search(text, *venue):
        return None  # (甲，乙. 题名. 某省科技进步一等奖. 2030: an award's line, not a paper's)
    past = venue[1] if venue else te
    journal = text[venue[0]:venue[1]] if venue and not _MEETING.search(text[venue[0]:venue[1]]) else ""
    journal_span = venue if venue and journal else (te, te)
    return _reference(text, (ts, te), journal_span, journal, past, end, tuple(authors), (start, end),
                      after.span("year") if after.group("year") else None)  # type: ignore[union-attr]  # matches ''


def _reference(text: str, title: tuple[int, int], venue: tuple[int, int], journal: str, past: int, end: int,
               authors: tuple[Author, ...], span: tuple[int, int], dated: tuple[int, int] | None = None) -> Reference | None:
    """The reference of that title, venue and authors, its year, volume, issue and pages read from text[past:end] (its
    year from `dated` where the names are followed by it)."""
    year = _YEAR.search(text, *dated) if dated is not None else _YEAR.search(text, past, end)
    if year is None:
        return None
    pages = _PAGES.search(text, past, end)
    if pages and all(len(g) == 4 and g[:2] in ("19", "20") for g in pages.groups()):
        pages = None  # 2007-2008: years, not pages
    volume = _VOLUME_ISSUE.search(text, past, end)
    issue = (volume.group(2) or volume.group(4) or volume.group(5) or volume.group(7)) if volume else None
    printed = (volume.group(1) or volume.group(3) or volume.group(6)) if volume else None
    if printed is not None and printed == year.group(1):
        printed = None  # 2018(2): the year and its issue, no volume
    if journal.startswith("《") and journal.endswith("》"):
        journal, venue = journal[1:-1], (venue[0] + 1, venue[1] - 1)
    return Reference(
        title=" ".join(text[title[0]:title[1]].split()), journal=journal, year=int(year.group(1)), volume=printed,
        issue=issue, pages=f"{pages.group(1)}-{pages.group(2)}" if pages else None, authors=authors,
        title_span=title, journal_span=venue, span=span)


def authors_and_title(text: str, start: int, end: int) -> tuple[tuple[Author, ...], tuple[int, int]] | None:
    """`[1]甲,乙,丙,题名` as a person's list of papers writes one with no venue: the names parted by commas or 、, then
    the title, the rest of the item (no year in it); None where the item is not so."""
    at = _NUMBERING.match(text, start, end).end()  # type: ignore[union-attr]  # the pattern matches ''
    authors, at, _ = _authors(text, at, end)
    sep = _AFTER_NAMES.match(text, at, end)
    if not authors or sep is None:
        return None
    ts, te = sep.end(), len(text[:end].rstrip("#；;。. \t\u3000"))
    title = text[ts:te]
    if te - ts < _MIN_TITLE or _YEAR.search(title) or is_name(title.strip()) or _TYPE_MARK.search(title) \
            or not re.search(r"[\u4e00-\u9fffA-Za-z]{4}", title):
        return None
    return tuple(authors), (ts, te)


# a paper a CV lists with no authors (its person's own): the title, a journal's name and a locator, parted by commas or
# stops (`题名，刊名，2018，33(2):145-152`, `题名[J]. 刊名, 2018, 33(2): 145-152. (第一作者)`, `Title, Journal of Things,
# 2018, 33(2): 145-152.`)
_AUTHORLESS = re.compile(
    r"(?:(?:共同)?(?:第一|通讯|通信)作者[：:][ \t\u3000]*)?"  # (第一作者：题名，…: the CV's person's part, before the title)
    r"(?P<title>[^\n\[\]，,。．.;；:：“”\"《》]{6,200}?|[^\n\[\]\u4e00-\u9fff.。；;“”\"《》]{12,300}?)[ \t\u3000]*(?:\[[JCDA](?:/OL)?\])?[ \t\u3000]*"
    r"(?:[，,。．;；]|\.(?=\s))[ \t\u3000]*"
    r"《?(?P<journal>[^\n，,。．.;；\d《》\[\]]{2,80}?)》?[ \t\u3000]*[，,.．][ \t\u3000]*(?=(?:19|20)\d{2})")

# the same with its title in quotes and a note on its authors after it (`“Title,” (Corresponding Author, with A. Name)
# Journal of Things, Vol.12, No.1, 2031, pp.45-60.`), the volume before the year or not
_QUOTED_AUTHORLESS = re.compile(
    r"[“\"](?P<title>[^“”\"\n]{8,300}?)[,，.]?[”\"][ \t\u3000]*[,，.]?[ \t\u3000]*"
    r"(?:[(（](?P<note>[^()（）\n]{2,160})[)）][ \t\u3000]*)?"
    r"(?P<journal>[A-Z][^\n,，.;；\d“”\"()（）]{2,80}?)[ \t\u3000]*[,，.][ \t\u3000]*(?=(?:19|20)\d{2}|[Vv]ol)")
_WITH = re.compile(r"\b(?:co-authored\s+)?with\s+(?P<names>.+)$")


def parse_authorless(text: str, start: int, end: int) -> Reference | None:
    """A reference written with no authors, where its venue reads as a journal's and it gives a volume, an issue or pages
    besides its year."""
    at = _NUMBERING.match(text, start, end).end()  # type: ignore[union-attr]  # the pattern matches ''
    m = _AUTHORLESS.match(text, at, end) or _QUOTED_AUTHORLESS.match(text, at, end)
    if m is None:
        return None
    title, journal = m.group("title").strip(), m.group("journal").strip()
    latin = not re.search(r"[\u4e00-\u9fff]", title)
    if latin and (len(title.split()) < _MIN_LATIN_WORDS or not publication_like(journal)) \
            or not latin and (not _reads_as_journal(journal) or len(re.sub(r"\W", "", title)) < _MIN_TITLE) \
            or _NO_JOURNAL.search(journal) or _PUBLISHER.search(text, at, end) or is_name(_FIRST_PIECE.split(title)[0].rstrip("等")) \
            or _PROGRAMME_END.search(title) or latin and (listed := author_list(title)) is not None and len(listed.authors) >= 2:
        return None  # (a grant's line: its programme first; names before a title: a reference with authors)
    past = m.end("journal")
    if not (_PAGES.search(text, past, end) or _VOLUME_ISSUE.search(text, past, end)):
        return None  # (a year alone: a project's or an award's line as well as a paper's)
    ts = m.start("title") + len(m.group("title")) - len(m.group("title").lstrip())
    js = m.start("journal") + len(m.group("journal")) - len(m.group("journal").lstrip())
    return _reference(text, (ts, ts + len(title)), (js, js + len(journal)), journal, past, end, _with(text, m),
                      (start, end))


def _with(text: str, m: re.Match[str]) -> tuple[Author, ...]:
    """The co-authors an authorless paper's note names (`(Corresponding Author, with A. Name, B. Name)`), in no order."""
    if "note" not in m.groupdict() or not m.group("note"):
        return ()
    listed = _WITH.search(m.group("note"))
    if listed is None:
        return ()
    at = m.start("note") + listed.start("names")
    out = []
    for part in re.finditer(r"[^,，;；]+", listed.group("names")):
        for name in re.split(r"\s+and\s+", part.group()):
            name = name.strip()
            if is_spaced_latin_name(name) or is_latin_name(name) or is_name(name):
                k = text.index(name, at + part.start())
                out.append(Author(name, None, False, k, k + len(name)))
    return tuple(out)


def _title_first(text: str, start: int, end: int) -> Reference | None:
    """`题名，刊名，2018，33（2）：145-152，甲（第一作者），乙（通讯作者）`: the title, a journal's name and the
    locator, the authors last, each a piece of its own."""
    pieces = _pieces(text, start, end)
    names: list[re.Match[str]] = []
    for a, b in reversed(pieces[3:]):
        m = _NAME.fullmatch(text, a, b)
        if m is None or not is_name(m.group("name")):
            break
        names.insert(0, m)
    if not names or len(pieces) - len(names) < 3:
        return None
    (ts, te), (js, je) = pieces[0], pieces[1]
    title, journal = text[ts:te], text[js:je]
    if len(re.sub(r"\W", "", title)) < _MIN_TITLE or is_name(title) or not _reads_as_journal(journal) \
            or _YEAR.search(title + journal) \
            or not (_PAGES.search(text, je, names[0].start()) or _VOLUME_ISSUE.search(text, je, names[0].start())):
        return None  # (a journal's locator, more than a year: a project's line names its programme and years)
    authors = tuple(Author(m.group("name"), k, _corresponding(m), m.start(), m.end("name")) for k, m in enumerate(names, 1))
    return _reference(text, (ts, te), (js, je), journal, je, names[0].start(), authors, (start, end))


def _corresponding(m: re.Match[str]) -> bool:
    """A name marked as the corresponding author's: `*`, or the role in brackets (not `#` nor 第一作者, the first's)."""
    mark = m.group("mark") or ""
    return mark.strip("#＃") != "" and "第一" not in mark and "一作" not in mark


def _authors(text: str, at: int, end: int) -> tuple[list[Author], int, bool]:
    """The names written at `at`, each a whole word between the list's separators, in order; where the list
    ends; and whether commas part it. One separator throughout (blanks, 、, or commas)."""
    out: list[Author] = []
    kind: str | None = None
    pos = at
    while True:
        m = _NAME.match(text, pos, end)
        if m is None or not _whole_name(text, m, end):
            break  # part of a longer word: the title
        out.append(Author(m.group("name"), len(out) + 1, _corresponding(m), m.start(), m.end("name")))
        pos = m.end()
        sep = _NAME_SEP.match(text, pos, end)
        if sep is None:
            break
        sep_kind = "blank" if not sep.group().strip() else sep.group().strip().replace("，", ",")
        if kind is not None and sep_kind != kind:
            break
        nxt = _NAME.match(text, sep.end(), end)
        if nxt is None or not _whole_name(text, nxt, end):
            break
        kind = sep_kind
        pos = sep.end()
    return out, pos, kind == ","


def _whole_name(text: str, m: re.Match[str], end: int) -> bool:
    """The name matched is a whole word, not the head of a longer one (the title's)."""
    return not (m.end() < end and re.match(r"[\u4e00-\u9fff]", text[m.end()])) and is_name(m.group("name"))


def _reads_as_journal(venue: str) -> bool:
    return bool(_JOURNAL_END.search(venue) or _NAMED_JOURNAL.fullmatch(venue)) and not _MEETING.search(venue) \
        and not _NO_JOURNAL.search(venue)


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    whole = piece(text[start:end], start)
    return [(p.span.start, p.span.end) for p in split_list(whole, _CUT)] if whole is not None else []


def _names_a_venue(text: str, piece: tuple[int, int]) -> bool:
    """A journal's or a meeting's name: words, not a year, a locator or a place alone."""
    body = text[piece[0]:piece[1]].strip()
    return len(body) >= 3 and not re.match(r"[\d(（]|第\s*\d+\s*[卷期]", body) and not _YEAR.fullmatch(body)
