"""A reference written with book-title marks, as humanities and social-science CVs list their papers:

- `《题名》，《刊名》2021年第4期。` (no authors: the page's owner wrote it, which the line does not say)
- `甲：《题名》，《刊名》2019年第2期，第33-48页。` / `甲、乙：《题名》，载《刊名》2018年第6期。`
- `甲，乙，“题名”，《刊名》，2015年第38卷第5期，第1001-1015页。` (the title in quotes)
- `《题名》，《刊名》，2014（3）：45-52` / `《题名》，《刊名》2020年第12卷` (the year, then the volume or issue)

The title is marked (`《》` or quotes), the journal named in `《》` after it, the year after the journal, and the
line holds nothing after the locator but pages and notes. What opens the line before the title is its authors
(Chinese names parted by 、 or commas, one of them marked `*` or `（通讯作者）` as the corresponding author), a year
(`2025年，`) or a label (`代表作：`); anything else (`论文《…》发表于…`, a sentence) is no reference. A book
(`某出版社`, `（专著）`) is no paper.
"""

from __future__ import annotations

import re

from ingest.kit.text import DASHES, LIST_MARK
from ingest.nlp.lexicon import common_word
from ingest.nlp.reference_authors import Author
from ingest.nlp.references import Reference
from ingest.tables.cells import chinese_number, is_name

_NUMBERING = re.compile(rf"[ \t\u3000]*(?:{LIST_MARK})?[ \t\u3000]*")
_TITLE = re.compile(r"《(?P<booked>[^《》\n]{4,200})》|[“\"](?P<quoted>[^“”\"\n]{4,200}?)[”\"]")
_TO_JOURNAL = re.compile(r"[ \t\u3000]*(?:\[[JN]\])?[ \t\u3000]*[，,.．。;；]?[ \t\u3000]*(?:载于|载|刊于|发表于|见)?[ \t\u3000]*"
                         r"《(?P<journal>[^《》\n]{2,40})》")
_LOCATOR = re.compile(
    r"[ \t\u3000]*[，,]?[ \t\u3000]*(?P<year>(?:19|20)\d{2})[ \t\u3000]*"
    r"(?:年[ \t\u3000]*(?:第[ \t\u3000]*(?P<volume>\d{1,4})[ \t\u3000]*卷[ \t\u3000]*[，,]?[ \t\u3000]*)?"
    r"(?:第?[ \t\u3000]*(?P<issue>\d{1,3})[ \t\u3000]*期|\d{1,2}[ \t\u3000]*月(?:[ \t\u3000]*\d{1,2}[ \t\u3000]*日)?)?"
    r"|[ \t\u3000]*[，,]?[ \t\u3000]*(?P<volume2>\d{1,4})?[ \t\u3000]*[(（][ \t\u3000]*(?P<issue2>\d{1,3})[ \t\u3000]*[)）])")
_PAGES = re.compile(r"[ \t\u3000]*(?:[，,][ \t\u3000]*(?:第|[Pp]{1,2}\.?)?|[:：]|第)[ \t\u3000]*"
                    rf"(?P<first>\d{{1,5}})(?:[ \t\u3000]*[{DASHES}~至][ \t\u3000]*(?P<last>\d{{1,5}}))?[ \t\u3000]*页?")
# what may close the line after the locator: notes in brackets (CSSCI, 第一作者, 全文转载) and the stop
_TAIL = re.compile(r"(?:[ \t\u3000]*(?:[（(【\[][^（()）【】\[\]\n]{1,40}[）)】\]]|[，,;；][^，,。.;；\n]{0,12}(?:转载|收录|作者)))*"
                   r"[ \t\u3000]*[.．。;；，,]?[ \t\u3000]*$")
_CORRESPONDING = re.compile(r"[ \t\u3000]*(?:[*＊]|[（(](?:通讯作者|通信作者)[）)])")
_NOTE = re.compile(r"[ \t\u3000]*[#＃]?[ \t\u3000]*(?:[（(](?:第一作者|独立作者|独著|合著|排名第?[一二三四五\d])[）)])?")
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,5}")
# a CV's note on its own paper after the title: its person's part, and who wrote it with them
# (`（第一作者，与甲、乙合作）`, `（通讯作者，与甲合作）`, `（与甲合作）`)
_ROLE_NOTE = re.compile(r"[ \t\u3000]*[（(][ \t\u3000]*(?P<role>第(?P<place>[一二三四五六七八九十\d]{1,2})作者|通讯作者|通信作者|独立作者|独著)?"
                        r"[ \t\u3000]*[，,、；;]?[ \t\u3000]*(?:与(?P<with>[\u4e00-\u9fff·、，, \t\u3000]{2,60}?)合作)?[ \t\u3000]*[）)]")
# a note after the journal that it has since been renamed (`（现更名为《某刊》）`)
_RENAMED = re.compile(r"[ \t\u3000]*[（(][^（()）\n]{0,8}更名为[^（()）\n]{2,40}[）)]")
_SEPARATOR = re.compile(r"[ \t\u3000]*[、，,][ \t\u3000]*")
_OPENING = re.compile(r"[ \t\u3000]*(?:(?:19|20)\d{2}[ \t\u3000]*年?[ \t\u3000]*[，,：:.．]?[ \t\u3000]*)?")
_LABEL = re.compile(r"[\u4e00-\u9fff]{2,8}[：:][ \t\u3000]*")
_CLOSING = re.compile(r"[ \t\u3000]*(?:等)?[ \t\u3000]*(?:[：:，,.．]|(?:著|撰))?[ \t\u3000]*")  # 甲、乙等：, 甲著，
_BOOK = re.compile(r"出版社|出版公司|[Pp]ress\b|专著|著作|译著|教材|ISBN")


def parse_marked_citation(text: str, start: int, end: int) -> Reference | None:
    """The reference text[start:end] (one line) writes with book-title marks, or None."""
    line_end = start + len(text[start:end].rstrip())
    at = _NUMBERING.match(text, start, line_end).end()  # type: ignore[union-attr]  # the pattern matches ''
    title = _TITLE.search(text, at, line_end)
    if title is None:
        return None
    authors = _authors(text, at, title.start())
    if authors is None:
        return None
    note = _ROLE_NOTE.match(text, title.end(), line_end) if not authors else None
    if note is not None and not (note.group("role") or note.group("with")):
        note = None
    to_journal = _TO_JOURNAL.match(text, note.end() if note else title.end(), line_end)
    if to_journal is None:
        return None
    renamed = _RENAMED.match(text, to_journal.end(), line_end)  # 《刊名》（现更名为《…》）
    locator = _LOCATOR.match(text, renamed.end() if renamed else to_journal.end(), line_end)
    if locator is None:
        return None
    pages = _PAGES.match(text, locator.end(), line_end)
    after = pages.end() if pages else locator.end()
    if not _TAIL.match(text, after, line_end) or _BOOK.search(text, at, line_end):
        return None
    group = "booked" if title.group("booked") else "quoted"
    ts, te = title.span(group)
    js, je = to_journal.span("journal")
    first, last = (pages.group("first"), pages.group("last")) if pages else (None, None)
    if note is not None:
        authors = _co_authors(text, note)
    return Reference(
        title=" ".join(text[ts:te].split()), journal=text[js:je].strip(), year=int(locator.group("year")),
        volume=locator.group("volume") or locator.group("volume2"), issue=locator.group("issue") or locator.group("issue2"),
        pages=(f"{first}-{last}" if last else first) if first else None, authors=tuple(authors),
        title_span=(ts, te), journal_span=(js, je), span=(at, line_end))


def _co_authors(text: str, note: re.Match[str]) -> list[Author]:
    """The co-authors a CV's own paper names in its note (`（第一作者，与甲、乙合作）`), in order: around the page's own
    person where the note gives their place (第二作者: 甲 first), else with no order."""
    if not note.group("with"):
        return []
    names = [m for m in _NAME.finditer(text, note.start("with"), note.end("with")) if is_name(m.group())]
    place = chinese_number(note.group("place")) if note.group("place") else None
    out = []
    for n, m in enumerate(names, start=1):
        order = (n if n < place else n + 1) if place is not None else None
        out.append(Author(m.group(), order, False, m.start(), m.end()))
    return out


def _authors(text: str, start: int, end: int) -> list[Author] | None:
    """The authors written between the line's opening and its title, in order: none where the line opens with the
    title, a year or a label; None where something else stands there (a sentence's words)."""
    at = _OPENING.match(text, start, end).end()  # type: ignore[union-attr]
    if at == end:
        return []
    out: list[Author] = []
    while at < end:
        m = _NAME.match(text, at, end)
        if m is None or not is_name(m.group()) or common_word(m.group()):  # (代表作：a label, no name)
            break
        corresponding = _CORRESPONDING.match(text, m.end(), end)
        after = corresponding.end() if corresponding else m.end()
        after = _NOTE.match(text, after, end).end()  # type: ignore[union-attr]
        out.append(Author(m.group(), len(out) + 1, corresponding is not None, m.start(), m.end()))
        separator = _SEPARATOR.match(text, after, end)
        at = separator.end() if separator else after
        if separator is None:
            break
    if out and _CLOSING.fullmatch(text, at, end):
        return out
    label = _LABEL.fullmatch(text, _OPENING.match(text, start, end).end(), end)  # type: ignore[union-attr]
    return [] if label and not out else None
