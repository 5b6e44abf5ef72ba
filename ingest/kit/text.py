"""The shared text kit: lines with offsets, cells re-joined across line breaks, values, person names.

Every mechanism reads the document through these. Text from PDF tables wraps a cell over several
lines (a name may be cut as `王\\n\\n汨`), columns are read one after another, and a line that
starts with a blank after a single line break usually follows lost text (a "jump"). `Joined` glues pieces back
together without white space and remembers, for every character, where it came from, so
whatever is found in the glued text still has a span in the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from ingest.model import Span

SEPARATORS = "，,；;、"
# a list item's number or bullet where a line opens: 1. 1、 1) (1) （1） [1], a bullet (• ◆ ▪ ★ …), markdown's `- `, `* `, `+ `
# an editor's post on a journal, written after its name (`《某刊》副主编`, `《某刊》编委`, `《某刊》编辑部主任`)
EDITOR_POST = (r"(?:执行|常务|共同|青年|特邀)?(?:副)?(?:主编|编委会委员|编委|责任编委|编辑部(?:副)?主任|客座编辑|领域编辑|审稿人"
               r"|编辑(?![部室社]))")
LIST_MARK = r"(?:\[\d{1,3}\]|[(（]\d{1,3}[)）]|\d{1,3}\s*[.、．)）](?!\d)|[•·▪●○◆◇■□►▶★☆◎❖]|[-–—*+](?=[ \t\u3000]))"
_SEP_RE = re.compile(f"[{SEPARATORS}]")
# the dashes a range of dates, years or pages is written with, for a regex character class (2003.03―2005.08, 35－38)
DASHES = r"\-–—―－−"
# a note in brackets with no bracket inside it (`（按姓氏笔画为序）`, `（批准号：…）`, `（不超过15人）`)
BRACKET_NOTE = re.compile(r"[（(][^（）()]*[）)]")
# a page's inline formatting inside a string of a data file (`<strong>某某</strong>`, `<a href=…>某某</a>`, `某某<br>Mou Mou`):
# no words, blanked to its length where read so every span still points at the stored text
INLINE_FORMATTING = re.compile(r"</?(?:a|span|strong|b|em|i|u|font|sup|sub|img|small|big|mark|br)\b[^<>\n]*>", re.I)
EMPTY_VALUES = frozenset({"无", "其他", "其它", "/", "-", "—", "暂无", "空", "NULL", "null", "None", "N/A", "n/a"})
_CJK = re.compile(r"[\u4e00-\u9fff]")
_NON_SPACE = re.compile(r"\S+")
_LINE = re.compile(r"[^\n]+")
_WHITE = re.compile(r"\s+")
_CHINESE_NAME = re.compile(r"[\u4e00-\u9fff·]{2,5}")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z.'\-]+")
_CAPITAL = re.compile(r"[A-Z]")
# A Latin-letter name written with spaces: two to four capitalised words, a middle initial allowed
# (`Ann Lee`, `Jean-Paul Martin`, `Mary K. O'Neil`, `LIN Wei`)
_SPACED_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'\-]+(?: (?:[A-Z]\.|[A-Z][A-Za-z'\-]+)){1,3}")
_TRAILING_TITLES = re.compile(r"(教授|研究员|院士|博士|医生|医师|护理师|护士长|护士|药师|工程师|讲师|高级|主任|老师|同志|先生|女士|副)+$")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# a line break between two Chinese characters, with the blanks around it: a title or a sentence wrapped over lines
_WRAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]*\n[ \t\u3000]*(?=[\u4e00-\u9fff])")


@dataclass(frozen=True, slots=True)
class Line:
    start: int  # offset of the first character in the document text
    text: str  # the line without its line break
    jump: bool  # starts with a blank right after a single line break: text was probably lost before it

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def span(self) -> Span:
        lead = len(self.text) - len(self.text.lstrip())
        return Span(self.start + lead, self.start + len(self.text.rstrip()))


# the next item's number after a run of blanks inside a line (`1. 甲，…。  2. 乙，…`): a list a page ran into one line
_RUN_ON_ITEM = re.compile(r"(?<=\S)[ \t\u3000]{2,}(?P<number>\d{1,2})\s*[.．、](?!\d)")
_FIRST_ITEM = re.compile(r"\s*(?:[^\n]{0,20}?[：:]\s*)?(?P<number>\d{1,2})\s*[.．、](?!\d)")


def item_lines(lines: list[Line]) -> list[Line]:
    """The lines with a list run into one line cut at each item's number, where the numbers after blanks go on
    one by one from the item that opens the line (after its label, as in `主要完成人情况：  1. 甲，…  2. 乙，…`)."""
    out: list[Line] = []
    for line in lines:
        first = _FIRST_ITEM.match(line.text)
        cuts, expected = [], int(first.group("number")) + 1 if first else None
        for m in _RUN_ON_ITEM.finditer(line.text):
            if expected is not None and int(m.group("number")) == expected:
                cuts.append(m.start("number"))
                expected += 1
        if not cuts:
            out.append(line)
            continue
        if first is not None and first.start("number") > 0 and line.text[:first.start("number")].strip():
            cuts.insert(0, first.start("number"))  # the label before the first item, a line of its own
        for a, b in zip([0, *cuts], [*cuts, len(line.text)], strict=True):
            body = line.text[a:b].rstrip()
            if body.strip():
                out.append(Line(line.start + a, body, jump=False))
    return out


def lines_of(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The non-empty lines of text[start:end], with their offsets."""
    end = len(text) if end is None else end
    out: list[Line] = []
    for m in _LINE.finditer(text, start, end):
        body = m.group()
        if body.isspace():
            continue
        pos = m.start()
        single_break = pos >= 2 and text[pos - 1] == "\n" and text[pos - 2] != "\n"
        out.append(Line(pos, body, jump=single_break and body[:1] in (" ", "\t", "\u3000")))
    return out


def unwrapped(text: str) -> str:
    """`text` with the line breaks between two Chinese characters taken out (a title wrapped over lines)."""
    return _WRAP.sub("", text)


class Joined:
    """Pieces of the document glued together without white space, each character keeping its offset."""

    __slots__ = ("text", "offsets")

    def __init__(self, pieces: Iterable[tuple[str, int]] = ()) -> None:
        chars: list[str] = []
        offsets: list[int] = []
        for piece, start in pieces:
            for m in _NON_SPACE.finditer(piece):  # `\S` is exactly `not str.isspace()`
                chars.append(m.group())
                offsets.extend(range(start + m.start(), start + m.end()))
        self.text = "".join(chars)
        self.offsets = offsets

    @classmethod
    def of_lines(cls, lines: Iterable[Line]) -> Joined:
        return cls((ln.text, ln.start) for ln in lines)

    @classmethod
    def of_range(cls, text: str, start: int, end: int) -> Joined:
        return cls([(text[start:end], start)])

    @classmethod
    def unwrapped(cls, text: str, start: int = 0) -> Joined:
        """`text` (at offset `start`) with the line breaks between two Chinese characters taken out, as where a
        title is wrapped over two lines (`关于成立某市\\n某工作领导小组的通知`); other white space is kept."""
        out = cls()
        pieces: list[str] = []
        pos = 0
        for m in [*_WRAP.finditer(text), None]:
            stop = m.start() if m else len(text)
            pieces.append(text[pos:stop])
            out.offsets.extend(range(start + pos, start + stop))
            pos = m.end() if m else stop
        out.text = "".join(pieces)
        return out

    def span(self, i: int, j: int) -> Span:
        """Document span of the joined characters [i, j)."""
        if not self.offsets or i >= j:
            at = self.offsets[min(i, len(self.offsets) - 1)] if self.offsets else 0
            return Span(at, at)
        return Span(self.offsets[i], self.offsets[j - 1] + 1)

    def sub(self, i: int, j: int) -> Joined:
        out = Joined()
        out.text = self.text[i:j]
        out.offsets = self.offsets[i:j]
        return out

    def split(self, pattern: re.Pattern[str] = _SEP_RE) -> list[tuple[str, Span]]:
        """Non-empty pieces between separators, each with its span."""
        out: list[tuple[str, Span]] = []
        pos = 0
        for m in [*pattern.finditer(self.text), None]:
            stop = m.start() if m else len(self.text)
            if stop > pos:
                out.append((self.text[pos:stop], self.span(pos, stop)))
            pos = m.end() if m else stop
        return out


def is_empty_value(value: str | None) -> bool:
    return value is None or value.strip() in EMPTY_VALUES or not value.strip()


def clean_value(value: str | None) -> str | None:
    """A table cell's value, or None for the words tables use for 'nothing'."""
    if value is None:
        return None
    value = _WHITE.sub("", value).strip("，,;；、")
    return None if is_empty_value(value) else value


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames) from the shipped surname table."""
    raw = resources.files("ingest").joinpath("data/surnames.txt").read_text(encoding="utf-8")
    names = [ln.strip() for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) > 1)


# a hospital's clinical department (康复科, 方外科 read as 方|外科): no given name ends with one
_CLINICAL_DEPARTMENT = re.compile(r"(?:内|外|儿|眼|骨|妇|产|康复|皮肤|口腔|急诊|麻醉|放射|检验|病理|药剂|中医|营养|神经|泌尿|肿瘤|感染"
                                  r"|疼痛|超声|核医学|耳鼻喉|心内|肾内|普外|胸外|脑外)科$")
_NOT_IN_GIVEN = re.compile(r"[的了是我你他她它们这那吗呢吧啊]")  # characters of speech, not of given names
_NOT_GIVEN = frozenset({"其人", "某人", "本人", "等人", "个人", "众人", "其他", "之人"})  # 了解孙其人: words, not given names
_ONCE_DID = re.compile(r"曾(?:任|获|在|于|是|为|经|先后|多次|担任|兼任|主持|参与|参加|入选|荣获|获得|赴|到|去)")  # 曾: formerly
# two-character endings of units and their short forms, never a given name's (吉林大学, 华南理工)
_ORG_ENDS = ("大学", "学院", "医院", "公司", "中心", "集团", "银行", "学校", "学会", "协会", "中学", "小学", "医科",
             "理工", "师范", "科技", "水利", "农业", "工业", "研究", "实验", "酒店", "宾馆", "饭店", "大厦", "会堂",
             "会议", "礼堂", "剧院")  # 东方大酒店: a place of a meeting, not a name


_UNIT_ONE_CHAR_ENDS = frozenset("系所院处部科室局厅站")


def spoken_not_named(name: str) -> bool:
    """A surname's character opening words that name no one: 了解孙其人 (the man), 。曾任某职 (formerly held)."""
    return name[1:] in _NOT_GIVEN or _ONCE_DID.fullmatch(name) is not None


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def cjk_count(text: str, start: int = 0, end: int | None = None) -> int:
    """How many Chinese characters text[start:end] holds."""
    return len(_CJK.findall(text, start, len(text) if end is None else end))


@lru_cache(maxsize=1 << 16)
def is_chinese_name(name: str) -> bool:
    """Two to four Han characters opening with a known surname (compound surnames allow five)."""
    single, compound = surnames()
    if not _CHINESE_NAME.fullmatch(name) or _NOT_IN_GIVEN.search(name, 1) or name.endswith(_ORG_ENDS, 2) \
            or spoken_not_named(name) or _CLINICAL_DEPARTMENT.search(name, 1):
        return False  # 关于我们, 吉林大学: a surname's character opening words or a unit's name, not a name
    if name[:2] in compound:
        return len(name) <= 5
    if len(name) == 4 and name[-1] in _UNIT_ONE_CHAR_ENDS:
        return False  # 计算机系, 管理学院: a department's name, not a single surname's four characters
    return name[0] in single and len(name) <= 4


def is_latin_name(name: str) -> bool:
    """A Latin-letter name glued without spaces: at least two capitalised parts (`JohnSmithson`)."""
    if not _LATIN_NAME.fullmatch(name):
        return False
    return len(_CAPITAL.findall(name)) >= 2 and any(c.islower() for c in name)


def is_spaced_latin_name(name: str) -> bool:
    """A Latin-letter name with spaces between its parts, as a column of people gives one (`Ann Lee`).
    Only where the place says a person stands there: in running text such words are as often a journal."""
    return bool(_SPACED_LATIN_NAME.fullmatch(name)) and any(c.islower() for c in name)


# a foreign name written in Chinese after its initials (`M·贝尔`, `D·J·欧文`, `K.乔`, `F·柯-约翰森`)
_INITIALS_THEN_NAME = re.compile(r"(?:[A-Z][·.．•][ \t]?){1,3}[\u4e00-\u9fff]{1,6}(?:[-－][\u4e00-\u9fff]{1,6})?")


def is_initialled_name(name: str) -> bool:
    """A foreign name in Chinese characters after one to three initials, as translated patents and papers write it."""
    return _INITIALS_THEN_NAME.fullmatch(name) is not None


@lru_cache(maxsize=1 << 16)
def is_person_name(name: str) -> bool:
    return is_chinese_name(name) or is_latin_name(name) or is_initialled_name(name)


def strip_titles(name: str) -> str:
    """A person's name without the honorific or title written after it (`李某教授` → `李某`)."""
    return _TRAILING_TITLES.sub("", name)


def year_of(text: str) -> int | None:
    m = _YEAR.search(text)
    return int(m.group(1)) if m else None
