"""Rows of papers and patents: the Paper with its journal, year, volume, issue, pages, impact factor and
citations, and its authors in order (corresponding ones marked); the Patent with its number, kind,
country and date, its inventors in order and its owners."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol, TypeVar

from graph.schema import Label, RelType
from ingest.kit.builder import Builder
from ingest.kit.text import DASHES
from ingest.model import Entity, Span
from ingest.tables.cells import PersonValue, Piece, chinese_number, people_in, unquoted, year_in
from ingest.tables.patent_lines import kind_of_number, patent_number
from ingest.tables.vocabulary import Role


class Row(Protocol):
    """What a row of works is read through (ingest.tables.records.Record)."""

    @property
    def span(self) -> Span: ...

    def first(self, role: Role) -> Piece | None: ...

    def every(self, role: Role) -> list[Piece]: ...


Record = TypeVar("Record", bound=Row)
People = Callable[[Record, Role], list[PersonValue]]
Units = Callable[[Role], list[str]]

_VOLUME = re.compile(r"(?:(?:19|20)\d{2}\s*[,，;；.]\s*)?(?:Vol\.?\s*|第)?(\d{1,4})\s*(?:卷)?\s*[(（]"
                     r"|(?:19|20)\d{2}\s*[,，;；.]\s*(\d{1,4})\s*[:：]")  # 2016,11:3457-3460: a volume, no issue
_ISSUE = re.compile(r"[(（]\s*([\dA-Za-z\-]{1,8})\s*[)）]")
_PAGES = re.compile(rf"(?:[:：]|pp?\.\s*|(?<=[)）])|(?<=\d[)）])\s*[,，])\s*([A-Za-z]?\d+(?:\s*[{DASHES}~]\s*[A-Za-z]?\d+)?)")  # 26(2), 172-184
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_DOI = re.compile(r"(?:doi|DOI)\s*[:：]?\s*\S+|https?://\S+")
_PAGE_CELL = re.compile(rf"[A-Za-z]?\d+(?:\s*[{DASHES}~]{{1,2}}\s*[A-Za-z]?\d+)?(?:\s*\+\s*\d+(?:\s*[{DASHES}~]\s*\d+)?)*")  # a pages column: 63-68, e1234, 105995
# a date to the day (`2031-04-12`, `2031.4.12`, `2031年4月12日`): year, month and day
DAY = re.compile(r"((?:19|20)\d{2})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})")
_KIND_NOTE = re.compile(r"\s*[（(][^（）()]{0,12}专利[）)]\s*$")  # 某方法（国际PCT专利）: the kind, not the title
_PATENT_KINDS = ((re.compile(r"发明"), "invention_patent"), (re.compile(r"实用新型"), "utility_model"),
                 (re.compile(r"软件|著作权"), "software_copyright"))


# a journal's cell that cites the paper whole: `某学报, 46(4), 525-531 · DOI: …`, `Journal, 43, 1002-1012`
# (a journal's own name may hold a comma before a capital: `Lakes, Ice and Sediments, 2031, 12, 1234`)
CITATION = re.compile(r"(?P<journal>[^,，\d](?:[^,，]|,\s(?=[A-Z][a-z])){1,80}?)\s*[,，]\s*(?:(?P<year>(?:19|20)\d{2})\s*[,，]\s*)?"
                      r"(?:Vol\.?\s*)?(?P<volume>\d{1,4})?\s*(?:[(（]\s*(?P<issue>[\dA-Za-z\-]{1,8})\s*[)）])?\s*[,，:：]\s*"
                      rf"(?:pp?\.\s*)?(?P<pages>[A-Za-z]?\d+(?:\s*[{DASHES}~]\s*[A-Za-z]?\d+)?)(?![\d.])(?:\s*(?:[·;；,，.]|DOI|doi).*)?",
                      re.S)


def cited_journal(text: str) -> re.Match[str] | None:
    """A journal's cell that cites its paper whole (with a volume or an issue), matched; else None."""
    cited = CITATION.fullmatch(text)
    return cited if cited is not None and (cited.group("volume") or cited.group("issue")) else None


_LINK_LABEL = re.compile(r"\s*[\[【(（](?:pdf|PDF|Pdf|link|Link|LINK|html|HTML|全文|下载|链接|原文)[\]】)）]\s*$")
_PUBLISHER_AFTER = re.compile(r"\s*-{2,}\s*\S.*$")  # Journal ---Publisher: the journal, its publisher after the dashes


def paper_of(record: Record, out: Builder, people: People[Record]) -> None:
    title = record.first(Role.PAPER_TITLE)
    if title is None or len(unquoted(title).text) < 4:
        return
    title = unquoted(title)
    if (label := _LINK_LABEL.search(title.text)) is not None and label.start() >= 4:  # `某某研究  [pdf]`: a link's label
        title = Piece(title.text[:label.start()], Span(title.span.start, title.span.start + label.start()))
    journal = record.first(Role.JOURNAL)
    journal = unquoted(journal) if journal is not None else None  # `《某某学报》`
    cited = cited_journal(journal.text) if journal is not None and record.first(Role.VOLUME_PAGES) is None else None
    if journal is not None and cited is not None:  # 某学报, 46(4), 525-531: the journal's name alone
        start = journal.span.start + cited.start("journal")
        journal = Piece(cited.group("journal"), Span(start, start + len(cited.group("journal"))))
    if journal is not None and (publisher := _PUBLISHER_AFTER.search(journal.text)) is not None and publisher.start() > 0:
        journal = Piece(journal.text[:publisher.start()], Span(journal.span.start, journal.span.start + publisher.start()))
    where = record.first(Role.VOLUME_PAGES)
    text = _DOI.sub("", where.text) if where is not None else ""  # doi: 10.16383/…: no pages
    pages = _PAGES.search(text)
    page_cell, year_cell = _cell(record, Role.PAGES), _cell(record, Role.YEAR)
    page_range = page_cell if _PAGE_CELL.fullmatch(page_cell) else (pages.group(1) if pages else "")
    if cited is not None:
        text, page_range = cited.group("year") or "", cited.group("pages")
    paper = out.entity(Entity(
        Label.PAPER, title.text, journal=journal.text if journal else None,
        year=(year_in(text) if text else None) or (year_in(year_cell) if year_cell else None),
        volume=(cited.group("volume") if cited else _group(_VOLUME, text)) or _cell(record, Role.VOLUME) or None,
        issue=(cited.group("issue") if cited else _group(_ISSUE, text)) or _cell(record, Role.ISSUE) or None,
        pages=re.sub(r"[-–—]+", "-", re.sub(r"\s+", "", page_range)) or None,
        impact_factor=_float(record, Role.IMPACT_FACTOR), citations=_int(record, Role.CITATIONS),
        spans=(title.span,)))
    if journal is not None:
        out.entity(Entity(Label.JOURNAL, journal.text, spans=(journal.span,)))
        out.relation(RelType.PUBLISHED_IN, paper, journal.text, journal.span)
    corresponding = {p.name for p in people(record, Role.CORRESPONDING)}
    authors = people(record, Role.AUTHORS) or people(record, Role.FIRST_AUTHOR) or _cited_authors(where, title.text)
    corresponding |= _starred(record.first(Role.AUTHORS), authors)
    kind = _cell(record, Role.AUTHOR_KIND)
    if not authors and kind:  # a row of one person and how they authored the paper (第一作者, 通讯作者)
        _authored_as(kind, people(record, Role.PERSON), paper, record, out)
        return
    for order, person in enumerate(authors, start=1):
        out.person(person.name, person.span)
        out.relation(RelType.AUTHORED, person.name, paper, record.span, order=order,
                     corresponding=True if person.name in corresponding else None)
    for name in corresponding - {p.name for p in authors}:
        out.person(name)
        out.relation(RelType.AUTHORED, name, paper, record.span, corresponding=True)


_STAR = re.compile(r"\s*[*＊]")  # a corresponding author's mark after the name (甲*; 乙# is a co-first author)


def _starred(cell: Piece | None, authors: list[PersonValue]) -> set[str]:
    """The authors the author cell marks as corresponding (`林某*, 韩某`)."""
    if cell is None:
        return set()
    return {a.name for a in authors if cell.span.start <= a.span.end <= cell.span.end
            and _STAR.match(cell.text, a.span.end - cell.span.start)}


def _cited_authors(where: Piece | None, title: str) -> list[PersonValue]:
    """The authors a citation cell names before the paper's title (`甲,乙,丙.<title>. 某学报, 2026`), in order."""
    at = where.text.find(title) if where is not None else -1
    if where is None or at <= 0:
        return []
    byline = where.text[:at].rstrip(" .．。")
    return people_in(Piece(byline, Span(where.span.start, where.span.start + len(byline))))


_AUTHOR_ORDER = re.compile(r"第\s*([一二三四五六七八九十\d]+)\s*(?:作者|位)|^([\d]+)$")
_CORRESPONDING = re.compile(r"通讯|通信|责任作者|corresponding", re.I)


def _authored_as(kind: str, persons: list[PersonValue], paper: str, record: Row, out: Builder) -> None:
    """AUTHORED for the row's person, with the order and the corresponding mark the kind cell gives (`第一作者`,
    `通讯作者`, `第2作者`, `2`); a co-first (共同第一作者) is first too."""
    order = _AUTHOR_ORDER.search(kind)
    rank = chinese_number(next(g for g in order.groups() if g)) if order else None
    for person in persons:
        out.person(person.name, person.span)
        out.relation(RelType.AUTHORED, person.name, paper, record.span, order=rank,
                     corresponding=True if _CORRESPONDING.search(kind) else None)


def _cell(record: Row, role: Role) -> str:
    """A column's text for the row, or '' where the row has none."""
    cell = record.first(role)
    return cell.text.strip() if cell is not None else ""


_APPLICATION = re.compile(r"\d{8,13}\s*\.\s*[\dXx]\s*$")


def patent_of(record: Record, out: Builder, units: Units, people: People[Record]) -> None:
    numbers = [n for n in record.every(Role.PATENT_NUMBER) if re.search(r"\d{4,}", n.text)]
    # 申请号 and 授权号 both given: the granted number (ZL…) is the patent's; else the number it was published or granted
    # under (CN1234567, CN123456789B) over the application's, which a check digit after a dot ends (CN2031100123456.7)
    number = next((n for n in numbers if n.text.strip().upper().startswith("ZL")), None) \
        or next((n for n in numbers if not _APPLICATION.search(n.text)), numbers[0] if numbers else None)
    title = record.first(Role.PATENT_TITLE)
    if number is None or not re.search(r"\d{4,}", number.text):
        return  # a patent is known by its number
    named = _KIND_NOTE.sub("", unquoted(title).text) if title is not None else ""
    kind = _patent_kind(record)
    country = record.first(Role.COUNTRY)
    date_cell = record.first(Role.DATE)
    date = DAY.search(date_cell.text) if date_cell else None
    printed = re.sub(r"\s+|[,，;；。]+$", "", number.text)
    ref = out.entity(Entity(
        Label.PATENT, named or printed, number=printed,
        kind=kind, country=country.text if country else None,
        date=f"{date.group(1)}-{int(date.group(2)):02d}-{int(date.group(3)):02d}" if date else None,
        spans=(number.span,)))
    for order, person in enumerate(people(record, Role.INVENTORS), start=1):
        out.person(person.name, person.span)
        out.relation(RelType.INVENTED, person.name, ref, record.span, order=order)
    for owner in units(Role.PATENTEE):
        out.relation(RelType.OWNS, owner, ref, record.span)


def _patent_kind(record: Row) -> str | None:
    """The kind the row's kind cell names (发明, 实用新型, 软件著作权; `other` for any other), None with no such cell."""
    cell = record.first(Role.PATENT_KIND)
    return next((k for p, k in _PATENT_KINDS if cell and p.search(cell.text)), "other" if cell else None)


def unnumbered_patent_of(record: Record, out: Builder, people: People[Record]) -> bool:
    """A row of a table of patents that has no number column (`专利名称 | 发明人 | 类型`): the patent known by its
    title, its inventors in order; False where the row holds no such patent (a title cell listing several, with
    their numbers, or no inventors)."""
    title = record.first(Role.PATENT_TITLE)
    inventors = people(record, Role.INVENTORS)
    if title is None or not inventors or patent_number(title.text) is not None or re.search(r"[；;\n]", title.text):
        return False
    named = _KIND_NOTE.sub("", unquoted(title).text).strip()
    if len(named) < 4:
        return False
    ref = out.entity(Entity(Label.PATENT, named, kind=_patent_kind(record), spans=(title.span,)))
    for order, person in enumerate(inventors, start=1):
        out.person(person.name, person.span)
        out.relation(RelType.INVENTED, person.name, ref, record.span, order=order)
    return True


_ITEMS = re.compile(r"[^；;\n]+")
_LEFT_OVER = " \t\u3000，,、：:（(“”\"《》"


def patents_listed(value: Piece, out: Builder) -> None:
    """The patents a field of titles lists, each with its number in brackets or after it
    (`知识产权名称：一种某方法（ZL202110345678.2）；某系统V1.0（2022SR0456789）`)."""
    for item in _ITEMS.finditer(value.text):
        number = patent_number(item.group())
        if number is None:
            continue
        title = item.group()[:number.start()].rstrip(_LEFT_OVER).lstrip(_LEFT_OVER + "0123456789.．、")
        title = re.sub(r"(?:专利号|授权号|登记号|申请号)\s*[：:]?$", "", title).rstrip(_LEFT_OVER)
        if len(title) < 4:
            continue
        at = value.span.start + item.start() + item.group().find(title)
        code = re.sub(r"\s+", "", number.group("number"))
        where = Span(value.span.start + item.start() + number.start("number"),
                     value.span.start + item.start() + number.end("number"))
        out.entity(Entity(Label.PATENT, title, number=code, kind=kind_of_number(code), spans=(Span(at, at + len(title)),
                                                                                               where)))


def _group(pattern: re.Pattern[str], text: str) -> str | None:
    m = pattern.search(text)
    return next((g for g in m.groups() if g), None) if m else None


def _float(record: Row, role: Role) -> float | None:
    cell = record.first(role)
    m = _NUMBER.search(cell.text) if cell else None
    return float(m.group()) if m else None


def _int(record: Row, role: Role) -> int | None:
    value = _float(record, role)
    return int(value) if value is not None else None
