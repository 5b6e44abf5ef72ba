"""The records a reference manager or a literature database exports (CNKI's 导出/参考文献, a lab's list of its
papers): NoteExpress (`{Title}: …`), RIS (`TI  - …`), EndNote's refer (`%T …`), RefWorks (`T1 …`) and BibTeX
(`@article{key, title = {…}, …}`), recognised by their lines whatever the file is called.

Each record is read by its fields, as a row of a table of works is (ingest.tables.records):
- a paper (a journal's article, a conference's paper, a thesis, a newspaper's article, a book): its title, its
  authors in order, its journal, year, volume, issue and pages; the units of the authors' addresses (`1.某大学 某学院；
  2.某研究院`, a unit and its part written with a blank between) are the authors' affiliations where one author or
  one unit leaves no doubt whose each is; a thesis's degree-granting university (its publisher, BibTeX's `school`)
  is its author's, and its advisor is named;
- a patent: its title, number (wherever the record writes it), date, inventors (the record's authors) and the
  applicant that owns it; the address a patent gives is a postal address, no unit;
- anything else (a standard, a yearbook's table): only the bodies that wrote or published it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.schema import RelType
from ingest.kit.text import is_person_name
from ingest.model import Span
from ingest.org_names import kind_suffix
from ingest.reading import Facts
from ingest.tables.cells import Piece, people_in, piece
from ingest.tables.records import Record, emit, patent_number_in
from ingest.tables.vocabulary import Role

# the fields each format writes, by what they are
_PAPER, _THESIS, _PATENT, _OTHER = "paper", "thesis", "patent", "other"
_FIELDS: dict[str, str] = {
    # NoteExpress, EndNote's names, BibTeX (lower case)
    "reference type": "type", "title": "title", "author": "authors", "authors": "authors",
    "author address": "address", "authoraddress": "address", "author-address": "address", "affiliation": "address",
    "affiliations": "address", "journal": "journal", "journaltitle": "journal", "year": "year", "date": "date",
    "volume": "volume", "issue": "issue", "number": "issue", "pages": "pages", "publisher": "publisher",
    "school": "publisher", "institution": "publisher", "tertiary author": "advisor", "advisor": "advisor",
    "supervisor": "advisor", "subsidiary author": "assignee", "assignee": "assignee", "type of work": "note",
    "notes": "note", "note": "note",
    # RIS
    "ty": "type", "ti": "title", "t1": "title", "au": "authors", "a1": "authors", "ad": "address", "jo": "journal",
    "jf": "journal", "ja": "journal", "py": "year", "y1": "year", "da": "date", "vl": "volume", "is": "issue",
    "sp": "pages", "pb": "publisher", "m1": "note", "an": "note",
    # EndNote's refer
    "%0": "type", "%t": "title", "%a": "authors", "%+": "address", "%j": "journal", "%d": "year", "%v": "volume",
    "%n": "issue", "%p": "pages", "%i": "publisher", "%y": "advisor", "%9": "note", "%8": "date",
    # RefWorks (CNKI's)
    "rt": "type", "yr": "year", "fd": "date", "vo": "volume", "op": "pages",
}
_ABSTRACT = frozenset({"abstract", "ab", "n2", "%x"})
_LISTS = frozenset({"authors", "address"})
_TYPES = (
    (re.compile(r"patent|^pat$|专利", re.I), _PATENT),
    (re.compile(r"thesis|dissertation|^thes$|学位论文|博士|硕士", re.I), _THESIS),
    (re.compile(r"standard|statistic|yearbook|^stand$|标准|年鉴", re.I), _OTHER),
)
# where each format writes a field: a line's key and its value
_NOTE_EXPRESS = re.compile(r"^\{(?P<key>[A-Za-z][A-Za-z /,\-]{0,30}?),?\}:[ \t]*(?P<value>[^\n]*)$", re.M)
_RIS = re.compile(r"^(?P<key>[A-Z][A-Z0-9])  -[ \t]?(?P<value>[^\n]*)$", re.M)
_REFER = re.compile(r"^(?P<key>%[0-9A-Z+@!#$&()*^>~])[ \t]+(?P<value>[^\n]*)$", re.M)
_REFWORKS = re.compile(r"^(?P<key>RT|SR|A[1-4]|AD|T[12]|JF|JO|YR|FD|VO|IS|SP|OP|K1|AB|NO|PB|PP|SN|CN|LA|DS|LK|DO|UL)"
                       r"[ \t]+(?P<value>[^\n]*)$", re.M)
_OPENS = ((_NOTE_EXPRESS, re.compile(r"^\{Reference Type\}:", re.M | re.I)),
          (_RIS, re.compile(r"^TY  -", re.M)),
          (_REFER, re.compile(r"^%0 ", re.M)),
          (_REFWORKS, re.compile(r"^RT ", re.M)))
_BIBTEX_ENTRY = re.compile(r"@(?P<type>[A-Za-z]+)\s*\{\s*[^,\s{}]*\s*,")
_BIBTEX_FIELD = re.compile(r"\s*(?P<key>[A-Za-z][\w\-]*)\s*=\s*")
_MIN_RECORDS = 1
_AUTHOR_CUT = re.compile(r"\s*[;；]\s*|\s+and\s+")
_ADDRESS_CUT = re.compile(r"\s*[;；]\s*|(?:^|(?<=\s))(?=\d{1,2}\s*[.．、]\s*[\u4e00-\u9fff])")
_BODIES_CUT = re.compile(r"\s*[、;；,，]\s*")
_ITEM_NUMBER = re.compile(r"\d{1,2}\s*[.．、]\s*")
_POSTCODE = re.compile(r"[,，]?\s*(?:\d{6}|[\u4e00-\u9fff]{2,4}\s*\d{6})\s*$|^\s*\d{6}\s*")
_LATIN_UNIT = re.compile(r"\b(?:University|Universit[éà]|Institute|Academy|Hospital|College|Laboratory|Centre|Center)\b")
_SUBUNIT_LATIN = re.compile(r"^(?:Department|Dept\.?|School|Faculty|College|Division|Key Laboratory|Laboratory)\b")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Reference:
    """One exported record: its span and its values by field."""

    span: Span
    values: dict[str, list[Piece]] = field(default_factory=dict)
    prose: list[Span] = field(default_factory=list)  # its abstract: read as the text's prose is

    def first(self, name: str) -> Piece | None:
        found = self.values.get(name)
        return found[0] if found else None

    def kind(self) -> str:
        kind = self.first("type")
        for pattern, named in _TYPES:
            if kind is not None and pattern.search(kind.text):
                return named
        return _PAPER


def references_in(text: str) -> list[Reference]:
    """The records of an export, in order; none where the text is no export."""
    for line, opens in _OPENS:
        starts = [m.start() for m in opens.finditer(text)]
        if len(starts) >= _MIN_RECORDS:
            return [r for a, b in zip(starts, [*starts[1:], len(text)], strict=True)
                    if (r := _lined(text, a, b, line)) is not None]
    return _bibtex(text)


def _lined(text: str, start: int, end: int, line: re.Pattern[str]) -> Reference | None:
    ref = Reference(Span(start, start))
    for m in line.finditer(text, start, end):
        name = _FIELDS.get(m.group("key").strip().lower())
        value = piece(m.group("value"), m.start("value"))
        if value is None:
            continue
        ref.span = Span(start, m.end())
        if m.group("key").strip().lower() in _ABSTRACT:
            ref.prose.append(value.span)
        elif name is not None:
            _put(ref, name, value)
        elif patent_number_in(value) is not None:
            _put(ref, "note", value)
    return ref if ref.first("title") is not None else None


def _bibtex(text: str) -> list[Reference]:
    out = []
    for entry in _BIBTEX_ENTRY.finditer(text):
        ref = Reference(Span(entry.start(), entry.end()))
        ref.values["type"] = [Piece(entry.group("type"), Span(entry.start("type"), entry.end("type")))]
        at = entry.end()
        while (m := _BIBTEX_FIELD.match(text, at)) is not None:
            value, at = _bibtex_value(text, m.end())
            if value is None:
                break
            name = _FIELDS.get(m.group("key").lower())
            if m.group("key").lower() in _ABSTRACT:
                ref.prose.append(value)
            elif name is not None and (cell := piece(text[value.start:value.end], value.start)) is not None:
                _put(ref, name, cell)
            at = _skip(text, at)
            if not text.startswith(",", at):
                break
            at += 1
        close = _skip(text, at)
        ref.span = Span(entry.start(), close + 1 if text.startswith("}", close) else at)
        if ref.first("title") is not None:
            out.append(ref)
    return out


def _bibtex_value(text: str, at: int) -> tuple[Span | None, int]:
    """The span inside a field's braces or quotes (nested braces kept), or of a bare word; where it ends."""
    if text.startswith("{", at):
        close = _closing(text, at)
        if close < 0:
            return None, at
        inner = Span(at + 1, close)
        while text.startswith("{", inner.start) and _closing(text, inner.start) == inner.end - 1:
            inner = Span(inner.start + 1, inner.end - 1)  # {{某某研究}}: the case kept, the braces no part
        return inner, close + 1
    if text.startswith('"', at):
        close = text.find('"', at + 1)
        return (Span(at + 1, close), close + 1) if close > at else (None, at)
    m = re.compile(r"[\w\-.]+").match(text, at)
    return (Span(m.start(), m.end()), m.end()) if m else (None, at)


def _closing(text: str, at: int) -> int:
    """Where the brace opened at `at` closes (-1: never)."""
    depth = 0
    for k in range(at, len(text)):
        depth += {"{": 1, "}": -1}.get(text[k], 0)
        if depth == 0:
            return k
    return -1


def _skip(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _put(ref: Reference, name: str, value: Piece) -> None:
    if name in _LISTS:
        cut = _AUTHOR_CUT if name == "authors" else _ADDRESS_CUT
        items = _items(value, cut)
        if name == "address":
            items = [p for item in items if (p := _unit_of_address(item)) is not None]
        ref.values.setdefault(name, []).extend(items)
    else:
        ref.values.setdefault(name, []).append(value)


def _items(value: Piece, cut: re.Pattern[str]) -> list[Piece]:
    out, at = [], 0
    for m in [*cut.finditer(value.text), None]:
        stop = m.start() if m else len(value.text)
        if (item := piece(value.text[at:stop], value.span.start + at)) is not None:
            out.append(item)
        at = m.end() if m else stop
    return out


def _unit_of_address(item: Piece) -> Piece | None:
    """The unit an address item names: `1.某大学 某学院` is 某大学某学院 (the number and the blank between the unit
    and its part dropped), a Latin address's institution (`Department of X, Y University, City, USA`: Y University)."""
    text = _ITEM_NUMBER.sub("", item.text, count=1) if _ITEM_NUMBER.match(item.text) else item.text
    start = item.span.start + len(item.text) - len(text)
    if not _CJK.search(text):
        parts = [p.strip() for p in text.split(",")]
        named = [p for p in parts if _LATIN_UNIT.search(p) and not _SUBUNIT_LATIN.match(p)]
        if not named:
            return None
        offset = text.find(named[0])
        return Piece(named[0], Span(start + offset, start + offset + len(named[0])))
    text = _POSTCODE.sub("", text).strip()
    joined = re.sub(r"(?<=[\u4e00-\u9fff）)])[ \u3000]+(?=[\u4e00-\u9fff])", "", text)
    return Piece(joined, Span(start, start + len(text))) if kind_suffix(joined) else None


def read_references(refs: list[Reference], facts: Facts) -> None:
    """The facts of each exported record (see the module's docstring)."""
    for ref in refs:
        kind = ref.kind()
        if kind == _OTHER:
            _bodies(ref, facts)
        elif kind == _PATENT:
            _patent(ref, facts)
        else:
            _paper(ref, kind == _THESIS, facts)
        at = ref.span.start
        for prose in sorted(ref.prose, key=lambda s: s.start):
            facts.read(Span(at, prose.start))
            at = prose.end
        facts.read(Span(at, ref.span.end))


def _record(ref: Reference, roles: dict[str, Role]) -> Record:
    record = Record(ref.span)
    for name, role in roles.items():
        for value in ref.values.get(name, []):
            record.add(role, value)
    return record


def _paper(ref: Reference, thesis: bool, facts: Facts) -> None:
    record = _record(ref, {"title": Role.PAPER_TITLE, "authors": Role.AUTHORS, "journal": Role.JOURNAL,
                           "volume": Role.VOLUME, "issue": Role.ISSUE, "pages": Role.PAGES})
    year = ref.first("year") or ref.first("date")
    if year is not None:
        record.add(Role.YEAR, year)
    emit(record, facts.out, facts.orgs)
    authors = [p for value in ref.values.get("authors", []) if (p := _person(value, facts)) is not None]
    units = [u for value in ref.values.get("address", []) if (u := facts.orgs.add(value.text, value.span))]
    school = ref.first("publisher") if thesis else None
    if school is not None and (name := facts.orgs.add(school.text, school.span)) is not None:
        units = [*units, name] if name not in units else units
    if len(authors) == 1 or len(set(units)) == 1:
        for person in authors:
            for unit in dict.fromkeys(units):
                facts.out.relation(RelType.AFFILIATED_WITH, person, unit, ref.span)
    for advisor in ref.values.get("advisor", []) if thesis else []:
        _person(advisor, facts)
    for body in ref.values.get("assignee", []):  # a conference's organisers (NoteExpress's Subsidiary Author)
        for item in _items(body, _BODIES_CUT):
            if kind_suffix(item.text):
                facts.orgs.add(item.text, item.span)


def _patent(ref: Reference, facts: Facts) -> None:
    number = next((n for value in [*ref.values.get("note", []), *ref.values.get("issue", [])]
                   if (n := patent_number_in(value)) is not None), None)
    if number is None:
        return
    record = _record(ref, {"title": Role.PATENT_TITLE, "authors": Role.INVENTORS, "assignee": Role.PATENTEE,
                           "date": Role.DATE})
    record.add(Role.PATENT_NUMBER, number)
    emit(record, facts.out, facts.orgs)


def _bodies(ref: Reference, facts: Facts) -> None:
    for value in [*ref.values.get("authors", []), *ref.values.get("publisher", [])]:
        if kind_suffix(value.text):
            facts.orgs.add(value.text, value.span)


def _person(value: Piece, facts: Facts) -> str | None:
    named = people_in(value)  # (`乔 远鸣`, `诸葛 岚`: a name whose family name a blank parts from the given name)
    return facts.out.person(named[0].name, value.span) if len(named) == 1 and is_person_name(named[0].name) else None
