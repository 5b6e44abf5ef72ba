"""A reference in a list of publications, written in Latin letters in one of the common citation styles:

- ACS: `Surname, A.; Surname, B.-C.* Title. Journal 2020, 12(3), 45-67.`
- APA: `Surname, A. B., & Surname, C. (2020). Title. Journal, 12(3), 45–67. https://doi.org/…`
- Springer: `Surname AB, Surname C (2020) Title. Journal 12(3):45–67`
- AMA/Vancouver: `Surname AB, Surname CD, et al. Title. Journal. 2020;12(3):45-67.`
- IEEE: `A. B. Surname, C. Surname, and D. Surname, "Title," Journal, vol. 12, no. 3, pp. 45–67, 2020.`
- Nature/Science: `Surname, A. B. et al. Title. Journal 12, 45–67 (2020).`
- Elsevier: `A. Surname, B. Surname, Title, Journal 12 (2020) 45–67.`
- MLA (as Google Scholar cites): `Surname, Given, et al. "Title." Journal 12.3 (2020): 45-67.`
- GB/T 7714 and the like: `SURNAME A B, SURNAME C. Title[J]. Journal, 2020, 12(3): 45-67.`
- all parted by commas: `A. Surname, B. Surname, et al., Title, Journal, 12(3): 45-67, 2020.` (the journal
  after the title's last comma), the authors' names with stops, written in full, as `Surname AB`, or closed by `et al`;
- parted by semicolons: `Given Surname, Given Surname; Title; Journal; 2010, 44(18): 5376-5384`.
- full names, title, journal and the year alone, parted by commas: `Given Surname, Given Surname, Title, Journal of
  Things, 2024.` (only where the venue reads as a journal's name: Journal, Transactions, Letters…).

The text may carry a list number (`1.`, `[1]`, `(1)`), markdown emphasis (`*`, `**`, `_`, `\\*`), full-width
punctuation, a DOI, URL or impact-factor note at the end, and commas without spaces. Pages are a range or an
article number (`054906`, `e1234`). A reference is read only when it has authors, a title, a journal and a
locator (year with volume or pages, or volume and pages); anything else is no reference.

`parse_reference(text, start, end)` reads one line; spans point into `text`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ingest.kit.text import DASHES, LIST_MARK
from ingest.nlp.names import publication_like
from ingest.nlp.reference_authors import Author, author_list

_YEAR = r"(?P<year>(?:19|20)\d{2})[a-z]?"
_VOLUME = r"(?P<volume>\d{1,5})"
_ISSUE = r"(?:\s*\((?P<issue>[^()]{1,15})\))?"
_PAGE = r"(?:[A-Za-z]{1,2}\d+|\d+[A-Za-z]?)"
_PAGES = rf"(?P<pages>{_PAGE}(?:\s*[{DASHES}~]\s*{_PAGE})?)"
_MONTH = r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|[1-4](?:st|nd|rd|th)\s+Quart(?:er)?\.?)"  # 3rd Quart.
# a paper not yet in an issue: accepted, in press, online first, submitted
_NOT_IN_AN_ISSUE = (r"[Ii]n [Pp]ress|[Pp]ublished [Oo]nline|[Oo]nline [Ff]irst|[Ff]orthcoming|[Aa]ccepted|[Ee]arly [Aa]ccess"
                    r"|[Ss]ubmitted|[Uu]nder [Rr]eview|[Tt]o [Aa]ppear")
_ARTICLE = r"(?:(?:Art(?:icle)?\.?\s*(?:[Nn]o\.?|[Nn]umber|ID)?|e-?location)\s*:?\s*)?"
_LOCATORS = (
    # Journal, 2020, 12(3): 45-67  |  Journal. 2020, 12: 45
    # Journal; 2012; 223: 4429  |  Journal, 2012, 417-418: 241 (a volume of two numbers)
    re.compile(rf"(?:\s*[,.]\s*|\s+){_YEAR}\s*[,;]\s*(?P<volume>\d{{1,5}}(?:-\d{{1,5}})?)?{_ISSUE}\s*:\s*{_PAGES}$"),
    # Journal. 2020;12(3):45-67  |  Journal. 2020 Mar;12:e1234
    re.compile(rf"\s*\.\s*{_YEAR}(?:\s+{_MONTH}(?:\s*\d{{1,2}})?)?\s*;\s*{_VOLUME}{_ISSUE}\s*:\s*{_PAGES}$"),
    # Journal 2020, 12(3), 45-67  |  Journal, 2020, 12, 45
    re.compile(rf"\s*,?\s+{_YEAR}\s*,\s*{_VOLUME}{_ISSUE}\s*,\s*{_ARTICLE}{_PAGES}$"),
    # Journal 12, 45–67 (2020)  |  Journal 12(3):45 (2020)  |  Journal, 10, 7910, (2020)  |  Journal, 40(9):23-28. (2021)
    re.compile(rf"\s*,?\s+{_VOLUME}{_ISSUE}\s*[,:]\s*{_ARTICLE}{_PAGES}\s*[,.]?\s*\(\s*{_YEAR}\s*\)$"),
    # Journal 12 (2020) 45–67  (Elsevier: the volume, the year in brackets, the pages)
    re.compile(rf"\s*,?\s+{_VOLUME}\s*\(\s*{_YEAR}\s*\)\s*[,:]?\s*{_ARTICLE}{_PAGES}(?P<issue>(?!))?$"),
    # Journal, vol. 12, no. 3, pp. 45–67, Mar. 2020
    re.compile(rf"\s*,\s*[Vv]ol\.?\s*{_VOLUME}(?:\s*,\s*(?:[Nn]o|[Ii]ssue)\.?\s*(?P<issue>[\w\-/]{{1,10}}))?"
               rf"(?:\s*(?:,\s*(?:[Pp]p?\.?|{_ARTICLE})|:)\s*{_PAGES})?"
               rf"(?:\s*,\s*(?:{_MONTH}\s*(?:\d{{1,2}}\s*)?(?:[-–/]\s*{_MONTH}\s*)?,?\s*)?{_YEAR})?$"),
    # Journal, 12(3): 45–67, 2020  |  Journal, 12: 45, SEP 2021 (all fields parted by commas)
    re.compile(rf"\s*,\s*{_VOLUME}{_ISSUE}\s*:\s*{_ARTICLE}{_PAGES}\s*,\s*(?:(?i:{_MONTH})\s*)?{_YEAR}$"),
    # [C]//Proceedings. Publisher, 2019: 1316-1323  (GB/T 7714: a meeting's year, then its pages)
    re.compile(rf"\s*,\s*{_YEAR}\s*:\s*{_PAGES}(?P<volume>(?!))?(?P<issue>(?!))?$"),
    # Journal, 12(3), 45–67  |  Journal, 12(3): 45–67 (the year is written after the authors: APA)
    re.compile(rf"\s*,\s*{_VOLUME}{_ISSUE}\s*[,:]\s*{_ARTICLE}{_PAGES}$"),
    # In Proceedings of the … Conference (pp. 45-67)  (APA: a paper of a meeting, its pages in brackets)
    re.compile(rf"\s*\(\s*[Pp]p?\.\s*{_PAGES}\s*\)(?P<volume>(?!))?(?P<issue>(?!))?(?P<year>(?!))?$"),
    # Journal 4.1 (2017): 015001  |  Journal 12 (2020): 45-67  (MLA, as Google Scholar cites: volume.issue (year): pages)
    re.compile(rf"\s*,?\s+{_VOLUME}(?:\.(?P<issue>\d{{1,4}}))?\s*\(\s*{_YEAR}\s*\)\s*:\s*{_ARTICLE}{_PAGES}$"),
    # arXiv preprint arXiv:2312.07088 (2023)  |  bioRxiv, 2024-03  (a preprint: its server's number or date, no pages)
    re.compile(r"(?:\s+(?:arXiv:\s*)?\d{4}\.\d{4,5}(?:v\d+)?(?:\s*\(\s*(?:19|20)\d{2}\s*\))?|\s*,\s*(?:19|20)\d{2}-[01]\d(?:-[0-3]\d)?)"
               r"(?P<volume>(?!))?(?P<issue>(?!))?(?P<pages>(?!))?(?P<year>(?!))?$"),
    # Journal, In Press  |  Journal, 2023. accepted (a paper accepted, not yet in an issue: no locator)
    re.compile(rf"(?:\s*,\s*{_YEAR})?\s*[,.]\s*(?:{_NOT_IN_AN_ISSUE})(?P<volume>(?!))?(?P<issue>(?!))?(?P<pages>(?!))?$"),
    # Journal, 2030, vol.31(4), pp. 211-219  (the year first, then the volume and pages with their words)
    re.compile(rf"\s*,\s*{_YEAR}\s*,\s*[Vv]ol\.?\s*{_VOLUME}(?:\s*\((?P<issue>[^()]{{1,10}})\))?"
               rf"\s*,\s*[Pp]p?\.\s*{_PAGES}$"),
    # Journal, Available online 2 March 2034  (a paper out online before its issue, the day it came out)
    re.compile(rf"\s*[,.]\s*[Aa]vailable [Oo]nline(?:\s+\d{{1,2}})?\s+{_MONTH}\s*,?\s*{_YEAR}"
               r"(?P<volume>(?!))?(?P<issue>(?!))?(?P<pages>(?!))?$"),
    # Journal, Volume 87, March 2030, Pages 40–52  (as a publisher's page cites: the fields named in words)
    re.compile(rf"\s*,\s*Volume\s+{_VOLUME}(?:\s*,\s*Issue\s+(?P<issue>[\w\-]{{1,10}}))?\s*,\s*(?:{_MONTH}\s*(?:\d{{1,2}}\s*)?,?\s*)?"
               rf"{_YEAR}\s*,\s*(?:Pages?|pp?\.)\s*{_PAGES}$"),
    # Journal, Early access, 2025.  |  Journal, Submitted, 2025 (the state first, then the year)
    re.compile(rf"\s*[,.]\s*(?:{_NOT_IN_AN_ISSUE})\s*,\s*{_YEAR}(?P<volume>(?!))?(?P<issue>(?!))?(?P<pages>(?!))?$"),
)
# “Title,” in Proc. Meeting (ICC), 2025, pp. 1–2.  (IEEE: a meeting's paper after its quoted title, the year alone)
_MEETING_YEAR = re.compile(rf"\s*,\s*(?:{_MONTH}\s*(?:\d{{1,2}}\s*)?,?\s*)?{_YEAR}(?:\s*,\s*[Pp]p?\.\s*{_PAGES})?"
                           r"(?P<volume>(?!))?(?P<issue>(?!))?$")
_IN_PROCEEDINGS = re.compile(r"[\"“”'‘][^\"”]{6,400}?[,.]?[\"”'’]\s*[,.]?\s*in:?\s+\S")
# [J]. Journal, 2023.  (a paper typed as a journal's, out before its issue: the year alone)
_YEAR_LAST = _LOCATORS[3]  # Journal 12, 45–67 (2020): the style of Optica and AIP
_NAMED_JOURNAL = re.compile(r"(?:[A-Z][A-Za-z]*\.?|[A-Z]{2,}|of|and|&)(?:\s+(?:[A-Z][A-Za-z]*\.?|[A-Z]{2,}|of|and|&)){0,4}")
_MIN_TITLE_WORDS = 4
# Journal 19:5521–5530  |  Journal 520(7546):186–191  (Springer: the year in brackets after the authors, a blank
# before the volume)
_BLANK_BEFORE_VOLUME = re.compile(rf"\s+{_VOLUME}{_ISSUE}\s*:\s*{_ARTICLE}{_PAGES}(?P<year>(?!))?$")
_YEAR_ONLY = re.compile(rf"\s*,\s*{_YEAR}(?P<volume>(?!))?(?P<issue>(?!))?(?P<pages>(?!))?$")
_APA_YEAR = re.compile(rf"\s*[.,]?\s*\(\s*{_YEAR}(?:\s*,\s*[^()]{{1,20}})?\s*\)\s*[.,:]?\s*")
_TAILS = (
    re.compile(r"\s*(?:https?://|www\.)\S+$"),
    re.compile(r"[.,;]?\s*(?:doi|DOI)\s*:?\s*10\.\S+$|\s*10\.\d{4,9}/\S+$"),
    re.compile(r"[.,;]?\s*(?:PMID|PMCID|ISSN|ISBN|eISSN)\s*:?\s*\S+$"),
    re.compile(r"\s*[\[(【][^\[\]()【】]*(?:IF|影响因子|JCR|SCI|EI(?![A-Za-z])|中科院|分区|[一二三四]区|Q[1-4]|引用|被引|[Cc]it(?:ed|ations?)"
               r"|Top|ESI|高被引|热点|封面|[Cc]over|[Hh]ighlight|[Ii]n Chinese|中文|英文|[Cc]orresponding|通讯作者"
               r"|[Cc]o-?first|[Ff]irst[ \-][Aa]uthor|[Ee]qual(?:ly)?[ \-][Cc]ontribut|[Jj]oint(?:ly)? first"
               r"|CCF|CSSCI|SSCI|核心|[Oo]ral|[Ss]potlight|[Aa]ward|[Bb]est|最佳|获奖)[^\[\]()【】]*[\])】]$"),
    re.compile(r"\s*[\[(【][\s\d\u4e00-\u9fff]*[\u4e00-\u9fff][\s\d\u4e00-\u9fff]*[\])】]$"),  # (通信顶会): a note in Chinese
    re.compile(r"\s*[.;,]$"),
)
_NUMBERING = re.compile(rf"\s*(?:{LIST_MARK}|\d{{1,3}}(?=\s+[A-Z]))\s*")
_LABEL = re.compile(r"\s*[^\x00-\x7f\s]{1,12}\s*:\s*")  # 代表作：
_EMPHASIS = re.compile(r"(?<![\w*\\])([*_])(?=[\w\"“(])(?P<inner>[^*_\n]+?)(?<=[\w.)”\"?!])\1(?![\w*])")
_RUN = re.compile(r"\*{2,}|_{2,}")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LETTER = re.compile(r"[A-Za-z]")
_QUOTED = re.compile(r"[\"“”'‘](?P<title>[^\"”]{6,400}?)[,.]?[\"”'’]\s*[,.]?\s*(?:in:?\s+)?")
_TYPE_MARK = re.compile(r"\s*\[[JC](?:/OL)?\]\s*(?://\s*)?[.,]?\s*")  # [J] a journal's paper, [C]// a meeting's
_BREAK = re.compile(r"[.?!]\s+(?=\S)|\.(?=[A-Z][a-z]{3,})")
_ABBREVIATION = re.compile(r"(?:[A-Z][A-Za-z]{0,7}\.?|[A-Z]{2,6}|npj|&|of|and|the|in)(?:\s+(?:[A-Z][A-Za-z]{0,7}\.?|[A-Z]{2,6}|&|of|and|the|in)){0,2}")
_JOURNAL = re.compile(r"(?:(?:19|20)\d{2} )?(?:\d{1,3}(?:st|nd|rd|th) )?[A-Za-z][\w&:'’.,\- ()/]{1,119}")  # IEEE/CVF; 2024 43rd …
_FULL_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)+")  # Bin Xu, Fu-Xiang Tian
_SEMICOLON = re.compile(r"\s*;\s*")
_INITIALLED = re.compile(r"[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)?\s+[A-Z]{1,3}")  # Vancouver's `Surname AB`
_SENTENCE_WORDS = re.compile(r"\b(?:is|are|was|were|has|have|we|our|University|Department|Institute|College|School)\b")


@dataclass(frozen=True, slots=True)
class Reference:
    title: str
    journal: str
    year: int | None
    volume: str | None
    issue: str | None
    pages: str | None
    authors: tuple[Author, ...]  # spans into the text the reference was read from
    title_span: tuple[int, int]
    journal_span: tuple[int, int]
    span: tuple[int, int]


def parse_reference(text: str, start: int = 0, end: int | None = None) -> Reference | None:
    """The reference written in text[start:end] (one line), or None."""
    end = len(text) if end is None else end
    if not _LETTER.search(unicodedata.normalize("NFKD", text[start:end])):
        return None  # a journal's name opens with a Latin letter (full-width ones too): no line of prose without one
    clean, where = _cleaned(text, start, end)
    at = 0
    numbered = _NUMBERING.match(clean)
    if numbered:
        at = numbered.end()
    label = _LABEL.match(clean, at)
    if label:
        at = label.end()
        numbered = _NUMBERING.match(clean, at)  # `代表性论文： 1. …`: the list's first item after its label
        if numbered:
            at = numbered.end()
    body_end = _without_tail(clean, at)
    authors = author_list(clean[:body_end], at)
    if authors is None or not authors.authors:
        return None
    named = len(authors.authors) >= 2 and clean[authors.end:authors.end + 1] in (",", ".") \
        and all(_FULL_NAME.fullmatch(a.name) for a in authors.authors)  # Given Surname, Given Surname, Title, … (or . Title.)
    year_only = _TYPE_MARK.search(clean, authors.end, body_end) or named  # (…, Journal, 2024: the year alone)
    middle = _APA_YEAR.match(clean, authors.end)
    for locator in (*_LOCATORS, *((_YEAR_ONLY,) if year_only else ()), *((_BLANK_BEFORE_VOLUME,) if middle else ()),
                    *((_MEETING_YEAR,) if _IN_PROCEEDINGS.match(clean, _opening(clean, authors.end))
                      or _MEETING_WORDS.search(clean, authors.end, body_end) else ())):
        found = locator.search(clean, authors.end, body_end)
        if found:
            break
    else:
        return None
    year = found.group("year") if "year" in found.groupdict() and found.group("year") else None
    if year is None and middle:
        year = middle.group("year")
    title_at = middle.end() if middle else authors.end
    # `A. Surname, B. Surname, et al., Title, Journal, …`: initials with stops, full names, surnames with their initials
    # (`Surname AB`) or `et al` tell the authors from the title
    commas = middle is None and clean[authors.end:authors.end + 1] == "," and (
        all("." in a.name or _FULL_NAME.fullmatch(a.name) or _INITIALLED.fullmatch(a.name) for a in authors.authors)
        or _LETTER.search(clean, authors.authors[-1].end, authors.end) is not None)
    after_comma = middle is None and clean[authors.end:authors.end + 1] == "," and found.re is _YEAR_LAST
    parts = _title_and_journal(clean, title_at, found.start(), apa=middle is not None, commas=commas,
                               after_comma=after_comma, semicolons=middle is None and _SEMICOLON.match(clean, authors.end) is not None,
                               stopped=middle is None and clean[authors.end:authors.end + 1] == ".")
    if parts is None:
        return None
    (ts, te), (js, je) = parts
    if clean.startswith(("In ", "in: ", "In: "), js) and clean[js:je].count(" ") > 1:
        js = clean.index(" ", js) + 1  # `In Proceedings of …`: the meeting's proceedings are the venue
    if (short := _SHORT_NAME_AFTER.search(clean, js, je)) is not None and short.start() > js \
            and "[C]" not in clean[authors.end:js] and not _MEETING_WORDS.search(clean, js, je):
        je = short.start()  # IEEE Transactions on Lantern Processing (TLP): the journal, its short name aside
    if names_a_meeting(clean[js:je]) and (comma := clean.find(",", js, je)) > js:
        je = comma  # `In Proceedings of Meeting 2029, Milan, Italy, July 8-13, 2029`: the meeting, not where or when
    title, journal = clean[ts:te], clean[js:je]
    if found.re is _YEAR_ONLY and not _TYPE_MARK.search(clean, authors.end, body_end) \
            and not (publication_like(journal) and len(title.split()) >= _MIN_TITLE_WORDS):
        return None  # names, a title and the year alone: only where the venue reads as a journal's name
    if not _is_title(title) or not _JOURNAL.fullmatch(journal) or _CJK.search(title + journal) or (year is None and not found.group("pages")):
        return None
    pages = found.group("pages")
    written = tuple(_glossed(text, Author(a.name, a.order, a.corresponding, where[a.start], where[a.end - 1] + 1), end)
                    for a in authors.authors)
    return Reference(
        title=" ".join(title.split()), journal=" ".join(journal.split()), year=int(year) if year else None,
        volume=found.group("volume"), issue=(found.group("issue") or "").strip() or None,
        pages=re.sub(rf"\s*[{DASHES}~]\s*", "-", pages) if pages else None,
        authors=written,
        title_span=(where[ts], where[te - 1] + 1), journal_span=(where[js], where[je - 1] + 1),
        span=(where[at], where[body_end - 1] + 1))


# a Latin name's Chinese form in brackets right after it (`Jun Mao（毛骏）`, `Ming Ke*(柯鸣)`)
_GLOSS = re.compile(r"(?<=[A-Za-z*.])\s*[（(](?P<name>(?!(?:共同)?(?:通讯|通信|第一)作者|学生|研究生|博士生|硕士生|导师|本人|指导)"
                    r"[\u4e00-\u9fff·]{2,5})[）)]")


_GLOSS_AFTER = re.compile(r"[*\\]*" + _GLOSS.pattern.removeprefix(r"(?<=[A-Za-z*.])"))


def _glossed(text: str, author: Author, end: int) -> Author:
    """The author by the Chinese form of the name written in brackets right after the Latin one, where there is one."""
    m = _GLOSS_AFTER.match(text, author.end, end)
    if m is None:
        return author
    return Author(m.group("name"), author.order, author.corresponding or "*" in text[author.end:m.start("name")],
                  m.start("name"), m.end("name"))


def _cleaned(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """text[start:end] without emphasis marks and escapes, full-width punctuation made half-width; with the
    offset in `text` of each character kept."""
    chars: list[str] = []
    where: list[int] = []
    literal: list[bool] = []  # written escaped (`\\*`): a mark, never emphasis
    for i in range(start, end):
        c = text[i]
        if c == "\\" and i + 1 < end and text[i + 1] in "*_#[]()":
            continue
        folded = " " if c.isspace() else unicodedata.normalize("NFKC", c)  # a reference wrapped across lines
        chars.append(folded if len(folded) == 1 else c)
        where.append(i)
        literal.append(i > start and text[i - 1] == "\\")
        if c == "．" and i + 1 < end and not text[i + 1].isspace():  # a full-width stop is typed with no space after it
            chars.append(" ")
            where.append(i)
            literal.append(False)
    line = "".join(chars)
    keep = [True] * len(line)
    for m in _GLOSS.finditer(line):  # Jun Mao（毛骏）: the name in Chinese, read apart (ingest.nlp.references._glossed)
        for i in range(*m.span()):
            keep[i] = False
    for m in _RUN.finditer(line):
        for i in range(*m.span()):
            keep[i] = literal[i]
    for m in _EMPHASIS.finditer(line):
        if all(keep[m.start():m.end()]) and not literal[m.start()] and not literal[m.end() - 1]:
            keep[m.start()] = keep[m.end() - 1] = False
    return "".join(c for c, k in zip(line, keep, strict=True) if k), [w for w, k in zip(where, keep, strict=True) if k]


def _without_tail(clean: str, at: int) -> int:
    """Where the reference's body ends: before a DOI, URL, identifiers, notes in brackets and the final stop."""
    end = len(clean.rstrip())
    changed = True
    while changed and end > at:
        changed = False
        for tail in _TAILS:
            m = tail.search(clean, at, end)
            if m and m.end() == end and m.start() > at:
                end, changed = m.start(), True
    return end


_LEAD = re.compile(r"\s*[.,:]?\s*")


def _opening(clean: str, at: int) -> int:
    """Where what follows the authors opens, past the stop or comma that closes them."""
    lead = _LEAD.match(clean, at)
    return lead.end() if lead else at


def _title_and_journal(clean: str, at: int, end: int, apa: bool = False, commas: bool = False,
                       after_comma: bool = False, semicolons: bool = False,
                       stopped: bool = False) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The title's and the journal's spans in clean[at:end] (what stands between the authors and the
    locator): a quoted title, a title closed by `[J]`, or the title and the journal split at the stop that
    opens the journal (abbreviated journals keep their stops: `J. Am. Chem. Soc.`); after a year in brackets
    (`apa`), or where commas part the authors from the title, with no stop in between, the comma before the
    journal. Where a comma closes the authors (`after_comma`, the year in brackets at the end), a comma may open
    the journal: its abbreviated name's first word before the stop taken for a break (`…, Title, Biomed. Opt.
    Express 10(2), 642 (2019)`), or a journal's few capitalised words after the title's last comma."""
    if semicolons:  # `A, B; Title; Journal; 2010, 44: 5376`: a semicolon closes each part
        at = _SEMICOLON.match(clean, at).end()  # type: ignore[union-attr]
        end = at + len(clean[at:end].rstrip(" ;"))
        cut = clean.rfind(";", at, end)
        if cut <= at or _SENTENCE_WORDS.search(clean, at, end):
            return None  # (`甲; Department of X; University of Y; 2020, 12: 45`: an address, no paper)
        return _trimmed(clean, at, cut), _trimmed(clean, cut + 1, end)
    at = _opening(clean, at)
    quoted = _QUOTED.match(clean, at)
    if quoted:
        return _trimmed(clean, quoted.start("title"), quoted.end("title")), _trimmed(clean, quoted.end(), end)
    typed = _TYPE_MARK.search(clean, at, end)
    if typed:
        venue = _trimmed(clean, typed.end(), end)
        stop = clean.find(". ", *venue) if "[C]" in typed.group() else -1
        return _trimmed(clean, at, typed.start()), (venue[0], stop) if stop > 0 else venue  # [C]//Meeting. Publisher
    breaks = [m for m in _BREAK.finditer(clean, at, end) if m.end() < end]
    if stopped and (comma := _comma_before_journal(clean, at, end)) > 0:
        return _trimmed(clean, at, comma), _trimmed(clean, comma + 1, end)  # `A. B, C. Title, IEEE Trans. On Things, 20: 1`
    if not breaks:
        comma = clean.rfind(", ", at, end)  # `(2020) Title, Journal, 12: 45`: the journal after the last comma,
        if comma <= at or re.search(r"\d", clean[comma:end]):  # words only (not `Hall 3`)
            return None
        if not (apa or commas or after_comma and _NAMED_JOURNAL.fullmatch(clean[comma + 1:end].strip(" ,"))):
            return None  # (authors, title and journal parted by commas: `…, Title, Sci Rep 11, 9670 (2021)`)
        return _trimmed(clean, at, comma), _trimmed(clean, comma + 1, end)
    k = len(breaks) - 1
    while k > 0 and _ABBREVIATION.fullmatch(clean[breaks[k - 1].end():breaks[k].start() + 1].strip()) \
            and clean[breaks[k].start()] == ".":
        k -= 1  # `J. Am. Chem. Soc.`: the stops of an abbreviated name are no break
    comma = clean.rfind(", ", at, breaks[k].start())
    if after_comma and comma > at and clean[breaks[k].start()] == "." \
            and _ABBREVIATION.fullmatch(clean[comma + 2:breaks[k].start() + 1].strip()) and clean[comma + 2].isupper():
        return _trimmed(clean, at, comma), _trimmed(clean, comma + 1, end)  # `…, Title, Biomed. Opt. Express 10, …`
    return _trimmed(clean, at, breaks[k].start() + (clean[breaks[k].start()] in "?!")), _trimmed(clean, breaks[k].end(), end)


def names_a_meeting(venue: str) -> bool:
    """The venue is a meeting's (its proceedings), no journal: `In Proc. IEEE Int. Conf. on …`, `…Workshop…`."""
    return _MEETING_WORDS.search(venue) is not None and _JOURNAL_WORDS.search(venue) is None


_JOURNAL_WORDS = re.compile(r"\bJournal\b|\bTransactions\b|\bTrans\.|\bLetters\b|学报|期刊|杂志")
_MEETING_WORDS = re.compile(r"\bProc(?:\.|eedings)|\bConf(?:\.|erence)|\bSymp|\bWorkshop|\bCongress|\bMeeting")  # (a meeting keeps its short name: `… (ICL)`)
_SHORT_NAME_AFTER = re.compile(r"\s*\([A-Z][A-Za-z&\-]{1,9}\)$")
_SMALL_WORDS = frozenset({"of", "and", "on", "in", "for", "the", "&", "de"})
_JOURNAL_OPENING = re.compile(r"(?:IEEE|ACM|IET|SPIE|AIP|IOP|J\.|Trans\.|Proc\.)\s")


def _comma_before_journal(clean: str, at: int, end: int) -> int:
    """Where the comma stands that parts a title from the journal after it, in `Title, Journal` written after authors
    closed by a stop: the last comma after which every word is capitalised (or a small word: of, on, and) and the words
    name a journal; -1 where there is none."""
    comma = clean.rfind(", ", at, end)
    while comma > at:
        venue = clean[comma + 2:end].strip(" ,.")
        words = venue.split()
        if words and len(words) <= 12 and all(w.lstrip("(")[:1].isupper() or w.lower() in _SMALL_WORDS for w in words) \
                and (publication_like(venue) or _JOURNAL_OPENING.match(venue + " ")) \
                and len(clean[at:comma].split()) >= _MIN_TITLE_WORDS:
            return comma
        if not all(w.lstrip("(")[:1].isupper() or w.lower() in _SMALL_WORDS for w in words):
            return -1  # lower-case words after the comma: the title's own
        comma = clean.rfind(", ", at, comma)
    return -1


def _trimmed(clean: str, start: int, end: int) -> tuple[int, int]:
    while start < end and clean[start] in " ,.;:\t":
        start += 1
    while end > start and clean[end - 1] in " ,;:\t":
        end -= 1
    return start, end


def _is_title(title: str) -> bool:
    words = title.split()
    return len(title) >= 10 and len(words) >= 2 and not title.lower().startswith(("http", "doi"))
