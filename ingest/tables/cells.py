"""Values of table cells and fields: lists split, people with their rank, counters, years, money, codes.

Every value keeps the span of the text it was read from. A cell may hold a list (`张三、李四、王五`,
`1.张三 2.李四`, `1张三，2李四`, `张三（排名第1）`); names with a blank inside (`时　鹏`) are one name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.kit.text import (
    EMPTY_VALUES,
    LIST_MARK,
    has_cjk,
    is_person_name,
    is_spaced_latin_name,
    strip_titles,
    surnames,
)
from ingest.model import Span
from ingest.nlp.lexicon import common_word, load_lexicon
from ingest.tables.vocabulary import header_of
from names.organizations import latin_kind

# a reference's GB/T 7714 document type (作者. 题名[J]. 刊名, …; 发明人. 题名[P]. …): the line is a reference,
# which the references of prose read, not a row, a field record or a list's project
REFERENCE_TYPE = re.compile(r"\[(?:J|P|M|C|D|N|R|S|Z|A|EB/OL|J/OL)\]")
# a Chinese author or inventor list of a citation: 甲, 乙*, 丙等
# (a foreign name may be transliterated with its initials: D．D．某某某)
# a mark after an author's name: `乙*` (corresponding), `乙#` (co-first)
AUTHOR_MARKS = "*＊#＃"
# a name and its mark (`*` corresponding, `#` co-first), or the corresponding author's role written after it: `甲（通讯作者）`
_AUTHOR_CN = r"(?:(?:[A-Z]\s*[．.·]\s*){1,3}[\u4e00-\u9fff]{2,8}|[\u4e00-\u9fff]{2,4})(?:[*＊#＃]|\s*[（(](?:通讯|通信)作者[)）])?"
CORRESPONDING_NOTE = re.compile(r"\s*[（(](?:通讯|通信)作者[)）]$")
AUTHORS_CN = rf"{_AUTHOR_CN}(?:\s*[,，、]\s*{_AUTHOR_CN}){{0,29}}(?:\s*[,，]?\s*等)?"
# a citation with no document type, as publication lists write it on a line of its own: `1. 甲, 乙*. 题名.刊名,
# 2022, 42(3): 2844-2851.` (the title closed by a stop or a comma, the journal the words before the year, in book-title
# marks or not)
_AUTHORS_OPEN = rf"^[ \t\u3000]*(?:{LIST_MARK}[ \t\u3000]*)?(?P<authors>{AUTHORS_CN})"
_LISTED_AUTHORS = _AUTHORS_OPEN + r"\s*[.．。]\s*"
# (or closed by a comma before a title of five characters or more: `甲, 乙, 等, 题名, 刊名, 2011, 27(5): 88-95`)
_LISTED_AUTHORS_OR_COMMA = _AUTHORS_OPEN + r"\s*(?:[.．。]|[,，](?=\s*[^,，\n]{5,}[,，]))\s*"
CITATION_UNTYPED = re.compile(
    rf"{_LISTED_AUTHORS_OR_COMMA}"
    r"(?P<title>[^\[\]\n]{6,200}?)\s*[.．。,，]\s*《?(?P<journal>[^,，.．。\[\]\n\d《》]{2,40}?)》?\s*[,，]\s*(?P<year>(?:19|20)\d{2})"
    r"\s*[,，]\s*(?:(?P<volume>\d+)\s*(?:[(（]\s*(?P<issue>[A-Za-z]?[\d\-]+)\s*[)）])?\s*[:：]\s*)?"
    r"(?P<pages>\d+(?:\s*[-–—]\s*\d+)?)(?![\d(（])",  # (2018, 33(2). gives no pages: a volume and issue alone)
    re.M)


@dataclass(frozen=True, slots=True)
class Piece:
    """A value read from the document, with the span it was read from."""

    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class PersonValue:
    name: str
    span: Span
    rank: int | None = None


LIST_SEPARATORS = re.compile(r"\s*[、，,；;\n]\s*|\s*/\s*(?=\S)")
_UNIT_SEPARATORS = re.compile(r"\s*[、，,；;]\s*|\s{2,}|\n")
_NUMBERED = re.compile(r"(?:^|(?<=[\s、，,；;]))[(（]?(\d{1,2})[)）.．、:：]?\s*(?=[\u4e00-\u9fff])")
_RANK_NOTE = re.compile(r"[（(]\s*(?:排名)?第?\s*([0-9一二三四五六七八九十]{1,3})\s*(?:完成人|名|位)?\s*[）)]")
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九", start=0)}
_WHITESPACE = " \t\n\u3000"
_MARKS = re.compile(r"[*＊#＃†‡]+")
_WORD = re.compile(r"[^ \t\n\u3000]+")
_QUOTES = "“”\"'《》〈〉「」『』‘’"
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_COUNTER = re.compile(r"\s*(\d{1,3})\s*[.．、]\s*(?=\S)")


# a patent written the same way: `1. 甲, 乙. 题名. ZL202311054031.0, 2024.`, `甲, 乙. 题名. 20211231, CN2020233093.X.`
# a Chinese patent's number: granted (ZL…), or applied for or published (CN….X, CN…A)
# a Chinese patent's number (ZL…, CN…), or a granted US patent's (US 7,664,351 B2, US7664351B2)
# (a publication's number: CN, nine digits and its kind letter, which a list may leave out: CN112345678)
PATENT_NUMBER = re.compile(r"(?P<number>ZL\s*(?:\d\s*){8,12}\.?\s*[\dXx]|CN\s*\d{9,12}(?:\.[\dXx]|(?:\.\d)?\s*[A-Z]\d?)"
                           r"|CN\s*\d{9}(?!\d|\.\d|[A-Za-z\-])|(?:CN|US)-\d{7,12}-[A-Z]\d?(?![\w\-])"  # (CN-…-A: as a search exports it)
                           r"|(?<![A-Za-z])US\s*(?:\d{1,2},\d{3},\d{3}|\d{7,8})\s*B[12])")
PATENT_UNTYPED = re.compile(
    rf"{_LISTED_AUTHORS}"
    r"(?P<title>[^\[\]\n.．。]{4,120}?)\s*[.．。,，]\s*(?:[\d.\-/年月日]{4,12}\s*[,，.．]\s*)?"
    rf"{PATENT_NUMBER.pattern}",
    re.M)


def is_reference(text: str) -> bool:
    """A reference, typed (`作者. 题名[J]. …`, `发明人. 题名[P]. …`) or not (`甲, 乙*. 题名.刊名, 2022, 42: 1-9`), which
    the references of prose read: no row, no field record, no list's project."""
    return REFERENCE_TYPE.search(text) is not None or any(
        authors_are_names(m) for m in (*CITATION_UNTYPED.finditer(text), *PATENT_UNTYPED.finditer(text)))


def authors_are_names(citation: re.Match[str]) -> bool:
    """A citation's author list is people's names, not the words of a sentence: two of every three a name we
    know (a rare surname may not be; a transliterated foreign name counts), and all of them, in a list of
    one or two."""
    authors = [CORRESPONDING_NOTE.sub("", a).rstrip(AUTHOR_MARKS).strip()
               for a in re.split(r"\s*[,，、]\s*", citation.group("authors")) if a.strip() != "等"]
    known = sum(is_name(a) or _TRANSLITERATED.fullmatch(a) is not None for a in authors)
    return bool(authors) and (known == len(authors) or len(authors) >= 3 and known * 3 >= len(authors) * 2)


_TRANSLITERATED = re.compile(r"(?:[A-Z]\s*[．.·]\s*){1,3}[\u4e00-\u9fff]{2,8}")


def piece(text: str, start: int) -> Piece | None:
    """The cell text at `start` without its surrounding blanks, or None if nothing is left."""
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    if not body or body in EMPTY_VALUES:
        return None
    return Piece(body, Span(start + lead, start + lead + len(body)))


def split_list(value: Piece, separators: re.Pattern[str] = _UNIT_SEPARATORS) -> list[Piece]:
    """The items of a list cell (`甲大学、乙医院`), each with its span."""
    out = []
    pos = 0
    text = value.text
    for m in [*(m for m in separators.finditer(text) if not _inside_latin_name(text, m)), None]:
        stop = m.start() if m else len(text)
        item = piece(value.text[pos:stop], value.span.start + pos)
        if item is not None:
            out.append(item)
        pos = m.end() if m else stop
    return out


_LATIN_COMMA = re.compile(r"(?<=[A-Za-z.])\s*,\s*(?=[A-Za-z])")
_LEGAL_FORM = re.compile(r"(?:Ltd|Inc|LLC|Co|Corp|GmbH)\b")


def _inside_latin_name(text: str, sep: re.Match[str]) -> bool:
    """A comma of an English name (`Commission for Science, Technology and Industry`, `Co., Ltd.`): what follows it
    up to the next separator is its legal form, or names no kind of unit of its own."""
    if not _LATIN_COMMA.fullmatch(sep.group()) and not (sep.group().strip() == "," and _LATIN_COMMA.match(text, sep.start())):
        return False
    rest = text[sep.end():]
    rest = rest[:m.start()] if (m := re.search(r"[,;，；、\n]", rest)) else rest
    return _LEGAL_FORM.match(rest) is not None or latin_kind(rest) == "other"


def chinese_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if len(text) == 2 and text[0] == "十" and text[1] in _CN_DIGITS:
        return 10 + _CN_DIGITS[text[1]]
    if len(text) in (2, 3) and text[0] in _CN_DIGITS and text[1] == "十":
        return _CN_DIGITS[text[0]] * 10 + (_CN_DIGITS.get(text[2], 0) if len(text) == 3 else 0)
    return _CN_DIGITS.get(text) if len(text) == 1 else None


_ET_AL = re.compile(r"\s*(?:等人?|等等)$")


_LATIN_GLOSSED = re.compile(r"[^\w(（]*[A-Z][A-Za-z.'’\- ]{0,40}?\s*[(（]\s*(?P<name>[\u4e00-\u9fff·]{2,5})\s*[)）][^\w]*(?:\\ast|\*)?[^\w]*")


def is_glossed(text: str) -> bool:
    """Some name in `text` is written in Latin letters with its Chinese form in brackets (`Z. Zhang (张泽)`)."""
    return _LATIN_GLOSSED.search(text) is not None


# a name spelt in Latin letters, then in Chinese in brackets (a line break between, or its escape in a literal)
_LATIN_THEN_NAME = re.compile(r"\s*[A-Za-z][A-Za-z .'\-]{1,40}(?:\s|\\n)*[（(]\s*(?P<name>[\u4e00-\u9fff·]{2,6})\s*[）)]\s*")


def people_in(value: Piece, strict: bool = True) -> list[PersonValue]:
    """The people a cell or field names, in order, with the rank the text gives them.

    `1.张三 2.李四`, `1张三，2李四` and `张三（排名第1）` state ranks; a plain list leaves them unset.
    ``strict``: every piece must read as a person's name (else the cell is not a list of people)."""
    text = value.text
    glossed = _LATIN_THEN_NAME.fullmatch(text)
    if glossed is not None and is_name(glossed.group("name")):  # `KEMOU\n（柯某）`: the name in Chinese after its spelling
        at = value.span.start + glossed.start("name")
        return [PersonValue(glossed.group("name"), Span(at, at + len(glossed.group("name"))), None)]
    numbered = list(_NUMBERED.finditer(text))
    if len(numbered) >= 2 and numbered[0].start() <= 1:
        cuts = [(m.start(), m.end(), int(m.group(1))) for m in numbered]
        pieces: list[tuple[str, int, int | None]] = [
            (text[end:(cuts[i + 1][0] if i + 1 < len(cuts) else len(text))], end, rank)
            for i, (_, end, rank) in enumerate(cuts)]
    else:
        pieces = [(p.text, p.span.start - value.span.start, None)
                  for p in split_list(value, LIST_SEPARATORS)]
    out: list[PersonValue] = []
    for n, (raw, at, rank) in enumerate(pieces):
        raw = raw.rstrip("，,、；;" + _WHITESPACE)
        etc = _ET_AL.search(raw)
        if etc is not None and n == len(pieces) - 1 and len(pieces) > 1 and is_name(raw[:etc.start()]):
            raw = raw[:etc.start()]  # `甲, 乙, 丙等`: the list's last name, and others it leaves out
        if raw.count("）") + raw.count(")") > raw.count("（") + raw.count("("):
            raw = raw.rstrip("）)")  # the bracket closing a list the cell stands in
        for name, span, note in _names_in(raw, value.span.start + at):
            out.append(PersonValue(name, span, rank if rank is not None else note))
    if strict and not out:
        return []
    return out


def _names_in(raw: str, start: int) -> list[tuple[str, Span, int | None]]:
    """One piece of a list: a name (maybe blank-spaced, titled or with a rank note), or several
    names set apart by blanks (`张三 李四`)."""
    glossed = _LATIN_GLOSSED.fullmatch(raw)
    if glossed and is_name(glossed.group("name")):  # `Z. Zhang (张泽)`: the name in Chinese after its Latin form
        return [(glossed.group("name"), Span(start + glossed.start("name"), start + glossed.end("name")), None)]
    note = _RANK_NOTE.search(raw)
    rank = chinese_number(note.group(1)) if note else None
    if note:
        raw = raw[:note.start()] + " " * (note.end() - note.start()) + raw[note.end():]
    raw = re.sub(r"[(（][^()（）]*[)）]?$", lambda m: " " * len(m.group()), raw)  # a trailing note
    raw = _MARKS.sub(lambda m: " " * len(m.group()), raw)  # `张三*`: a corresponding author's mark
    words = [(m.group(), m.start()) for m in _WORD.finditer(raw)]
    if not words:
        return []
    joined = "".join(w for w, _ in words)
    whole = strip_titles(joined)
    if is_name(whole) and (len(words) == 1 or all(len(w) == 1 for w, _ in words[:-1]) or _family_apart(words)):
        first, last = words[0][1], words[-1][1] + len(words[-1][0])
        return [(whole, Span(start + first, start + last - (len(joined) - len(whole))), rank)]
    spaced = raw.strip()
    if len(words) > 1 and is_spaced_latin_name(spaced) and header_of(spaced) is None:
        first = words[0][1]
        return [(spaced, Span(start + first, start + first + len(spaced)), rank)]
    out = []
    for word, at in words:
        name = strip_titles(word)
        if is_name(name):
            out.append((name, Span(start + at, start + at + len(name)), rank if len(words) == 1 else None))
    return out


def _family_apart(words: list[tuple[str, int]]) -> bool:
    """A compound family name and the given name, a blank between (`诸葛 岚`, `欧阳 远舒`)."""
    return len(words) == 2 and words[0][0] in surnames()[1] and len(words[1][0]) <= 2 and has_cjk(words[1][0])


def is_name(text: str) -> bool:
    """A person's name, and not a column header that happens to open with a surname (`项目名称`), nor an office the
    dictionary knows that does (`宣传部`, `人事处`: a byline's `作者：宣传部 某某`)."""
    return is_person_name(text) and header_of(text) is None \
        and not (text.endswith(_OFFICE_ENDS) and common_word(text)) and text not in load_lexicon().positions  # (国务委员)


_OFFICE_ENDS = ("部", "处", "科", "室", "办", "局", "厅", "委")


def rank_of(value: Piece) -> int | None:
    m = re.search(r"\d{1,3}|[一二三四五六七八九十]{1,3}", value.text)
    return chinese_number(m.group()) if m else None


def unquoted(value: Piece) -> Piece:
    """A title without the quotes or book-title marks around it."""
    text = value.text
    start, end = 0, len(text)
    while True:  # a pair of marks around the whole, again while there is one (`“《某某》”`)
        while start < end and text[start] == " ":
            start += 1
        while end > start and text[end - 1] == " ":
            end -= 1
        if end - start < 2 or text[start] not in _QUOTES or text[end - 1] not in _QUOTES:
            break
        inner = text[start + 1:end - 1]
        if _CLOSING.get(text[start]) != text[end - 1] or not _balanced(inner):
            break  # `“十二五”时期…研究”`: the mark opens a quote inside the title
        start, end = start + 1, end - 1
    while start < end and text[start] in _QUOTES and _CLOSING.get(text[start], "") not in text[start + 1:end]:
        start += 1  # a mark left open at the start
    while end > start and text[end - 1] in _QUOTES and text[end - 1] not in _CLOSING.values():
        end -= 1
    while end > start and text[end - 1] in _CLOSING.values() and _OPENING[text[end - 1]] not in text[start:end - 1]:
        end -= 1  # a mark closing nothing at the end
    body = text[start:end]
    return Piece(body, Span(value.span.start + start, value.span.start + end)) if body else value


_CLOSING = {"“": "”", "《": "》", "〈": "〉", "「": "」", "‘": "’", "『": "』", '"': '"', "'": "'"}
_OPENING = {v: k for k, v in _CLOSING.items()}


def _balanced(text: str) -> bool:
    """Every mark in `text` that opens a quote is closed after it, and none closes before it opens."""
    depth: dict[str, int] = {}
    for ch in text:
        if ch in _CLOSING and _CLOSING[ch] != ch:
            depth[ch] = depth.get(ch, 0) + 1
        elif ch in _OPENING and _OPENING[ch] != ch:
            opener = _OPENING[ch]
            if depth.get(opener, 0) == 0:
                return False
            depth[opener] -= 1
    return not any(depth.values())


def year_in(text: str) -> int | None:
    m = _YEAR.search(text)
    return int(m.group(1)) if m else None


def wan(text: str, unit: str | None) -> float | None:
    """An amount in 万元 from a cell and the unit its header states (万元 when none)."""
    m = _NUMBER.search(text.replace(",", "").replace("，", ""))
    if not m:
        return None
    amount = float(m.group())
    stated = unit or ("万元" if "万" in text else "元" if text.rstrip().endswith("元") else "万元")
    factor = {"万元": 1.0, "元": 1e-4, "千元": 0.1, "亿元": 1e4}.get(stated, 1.0)
    return round(amount * factor, 4)


def counters_of(values: list[Piece | None]) -> list[int | None]:
    """Where each value of a column opens with a row counter (`1.`, `2.`, … restarting at 1 in each
    group), the counter's length; None where it does not. A column whose values do not count in order
    has no counters: `1.2型糖尿病…` keeps its digits unless the rows before it counted up to it."""
    lengths: list[int | None] = [None] * len(values)
    expected: int | None = None
    hits = 0
    present = [v for v in values if v is not None]
    for i, value in enumerate(values):
        if value is None:
            continue
        m = _COUNTER.match(value.text)
        if not m:
            continue
        number = int(m.group(1))  # digits only: `1.2型…` is counter 1 before `2型…`, never 1.2
        if number == 1 or number == expected:
            lengths[i] = m.end()
            expected = number + 1
            hits += 1
    if len(present) < 2 or hits < 0.8 * len(present):
        return [None] * len(values)
    return lengths


def without_counter(value: Piece, length: int | None) -> Piece:
    if not length:
        return value
    return Piece(value.text[length:], Span(value.span.start + length, value.span.end))
