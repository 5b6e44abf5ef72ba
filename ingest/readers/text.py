"""Plain text: the encoding is detected, not assumed. Bad files raise ReadError with the reason.

Every text-based reader (HTML, CSV, Markdown) decodes its bytes here first.
"""

from __future__ import annotations

import codecs
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

from charset_normalizer import from_bytes

from ingest.blocks import Block, BlockKind
from ingest.errors import ReadError, TooLarge
from ingest.model import SourceDocument, Span
from ingest.normalize import normalise
from ingest.readers.sniff import DATA_SUFFIXES

# A nomination, guide or article is well under 1 MB; past this a text file is refused before extraction.
MAX_BYTES = 8 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# Characters frequent in Chinese text in both of its written forms (function words, numbers, units, the
# words of institutions and documents): enough to tell a right decoding from a wrong one.
_COMMON = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
    "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性"
    "好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第"
    "向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管"
    "特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处"
    "理世车院校会所科研究员教授项目单位奖励技术医科院学會與為個們這來時對說國發進經過學實現開關長門問題機動產"
    "業領導專員組織報紙書記區縣廳處務師獎勵術醫療研究"
)


@dataclass(frozen=True, slots=True)
class RawText:
    name: str
    text: str
    encoding: str
    size: int


def decode(data: bytes, name: str = "<bytes>") -> RawText:
    """Decode bytes as UTF-8, UTF-16 or GB18030/GBK; refuse empty and binary input."""
    if len(data) > MAX_BYTES:
        raise TooLarge(f"{name}: too large ({len(data)} bytes; limit {MAX_BYTES})")
    if not data.strip():
        raise ReadError(f"{name}: empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return RawText(name, data.decode(encoding), encoding.replace("-sig", ""), len(data))
    if _looks_like_utf16(data):
        encoding = "utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be"
        try:
            text = data.decode(encoding)
            if _mostly_text(text):
                return RawText(name, text, "utf-16", len(data))
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192]:
        raise ReadError(f"{name}: binary file (contains NUL bytes)")
    try:
        return RawText(name, data.decode("utf-8"), "utf-8", len(data))
    except UnicodeDecodeError as e:
        if e.reason == "unexpected end of data":  # a file cut mid-character: keep the whole lines before it
            head = data[: e.start].decode("utf-8")
            return RawText(name, head[: head.rfind("\n") + 1] or head, "utf-8", len(data))
    # GB18030 (a superset of GBK and GB2312) is the usual encoding of Chinese text that is not UTF-8;
    # Big5 that of Traditional Chinese. Bytes of either often decode in the other, as rare characters.
    decoded = {}
    for encoding in ("gb18030", "big5"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _mostly_text(text):
            decoded[encoding] = text
    if decoded:
        encoding = max(decoded, key=lambda e: (_common_hanzi(decoded[e]), e == "gb18030"))
        return RawText(name, decoded[encoding], encoding, len(data))
    best = from_bytes(data).best()
    if best is None or not _mostly_text(str(best)):
        raise ReadError(f"{name}: not text in a known encoding (binary or corrupt)")
    return RawText(name, str(best), best.encoding, len(data))


def read_text(data: bytes, name: str) -> SourceDocument:
    """A plain-text document: its lines are its blocks (`ingest.blocks.blocks_of`). Text that carries a page's
    markup (a site's component saved as text or source: `<p>&nbsp;<strong>某某</strong>，某医院…</p>`) is kept
    without its tags and with its entities written out, as the page shows it."""
    raw = decode(data, name)
    text = raw.text
    if _SQL_ROWS.search(text):  # a database dump writes a value's line breaks as escapes: its lines are read as lines
        text = _ESCAPED_BREAK.sub("\n", text)
    if PurePath(name).suffix.lower() not in DATA_SUFFIXES and len(_MARKS.findall(text)) >= _MIN_MARKS \
            and not _data_file(text):  # (a program's source keeps its markup: its readers read the components)
        text = html.unescape(_TAG.sub(lambda m: "\n" if m.group(1).lower() in _BLOCKS else "", text))
    return SourceDocument(name=name, text=normalise(text), encoding=raw.encoding, size=raw.size)


_SQL_ROWS = re.compile(r"INSERT\s+INTO\s+\S+[^;]{0,2000}?VALUES\s*\(", re.I)
_ESCAPED_BREAK = re.compile(r"(?<!\\)(?:\\r\\n|\\n|\\r)")
# an escaped break with Chinese text on one side (`…博士生导师。\n现任…`): a program's string literal holding prose
_PROSE_BREAK = re.compile(r"[^\x00-\x7f]\\n|(?<!\\)\\n[^\x00-\x7f]")
_MIN_PROSE_BREAKS = 3


def escaped_prose(text: str) -> bool:
    """Prose kept in a program's source or a scraper's output (`"简介": "…。\n现任…"`), whose line breaks are written
    as escapes; not a data file, whose own reader decodes its strings."""
    return len(_PROSE_BREAK.findall(text)) >= _MIN_PROSE_BREAKS and not _data_file(text)
# a page's tags and entities in a text (the elements of running text only: a component's own tags stay)
_TAG = re.compile(r"</?(p|div|span|strong|b|i|em|u|a|font|li|ul|ol|h[1-6]|td|tr|th|table|section|article|br|img|"
                  r"sup|sub|small|label|center)\b[^<>]*>", re.I)
_BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
                     "article", "br", "center"})  # a line of its own, as the page shows it
_MARKS = re.compile(r"</(?:p|div|span|strong|b|em|a|font|li|h[1-6]|td)>|&nbsp;|<br\s*/?>", re.I)
_MIN_MARKS = 3
# a YAML data file's items, keys in Latin (`- title: …`), in its first characters: a data file whatever its name
YAML_ITEMS = re.compile(r"(?m)^- [A-Za-z_][A-Za-z0-9_-]*:[ \t]")
YAML_SNIFF = 4000


# a YAML block's items, nested or not (`      - name: 某某`), and its first line (`title: 组织团队`)
_YAML_ANY_ITEMS = re.compile(r"(?m)^[ \t]*- [A-Za-z_][A-Za-z0-9_-]*:[ \t]")
_YAML_OPENS = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*:(?:[ \t]|$)")


def yaml_blocks(text: str, blocks: Sequence[Block]) -> list[Span]:
    """The spans of the blocks that hold YAML as written (a page's front matter of records, kept as it is by the
    Markdown reader): `key:` first, and two items at least."""
    return [b.span for b in blocks if b.kind is BlockKind.PARAGRAPH and _YAML_OPENS.match(text, b.span.start)
            and len(_YAML_ANY_ITEMS.findall(text, b.span.start, b.span.end)) >= 2]


def is_yaml_data(name: str, text: str) -> bool:
    """A YAML data file, by its name or by its items (`- title: …` under one another), saved as text or not."""
    return name.lower().endswith((".yml", ".yaml")) or len(YAML_ITEMS.findall(text, 0, YAML_SNIFF)) >= 2


def _data_file(text: str) -> bool:
    """A data file (JSON, YAML items) whose values hold markup: its reader reads the values as they are written."""
    return text.lstrip().startswith(("{", "[")) or len(YAML_ITEMS.findall(text, 0, YAML_SNIFF)) >= 2


def read_file(path: Path) -> RawText:
    """A file's text, whatever its format claims (for tools that want the characters alone)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise TooLarge(f"{path.name}: too large ({size} bytes; limit {MAX_BYTES})")
        data = path.read_bytes()
    except OSError as e:
        raise ReadError(f"{path.name}: cannot read: {e.strerror or e}") from e
    return decode(data, path.name)


def _looks_like_utf16(data: bytes) -> bool:
    sample = data[:4096]
    if len(sample) < 4:
        return False
    # ASCII characters (line breaks, digits) put their zero byte always on the same side in UTF-16,
    # while binary data scatters zeros on both.
    zeros_even, zeros_odd = sample[0::2].count(0), sample[1::2].count(0)
    return max(zeros_even, zeros_odd) >= 2 and min(zeros_even, zeros_odd) <= 0.25 * max(zeros_even, zeros_odd)


def _common_hanzi(text: str) -> float:
    """How much of the text is in the common characters of Chinese, Simplified or Traditional (those both
    forms share most): text decoded in the wrong one of GB18030 and Big5 is full of rare characters and
    private-use code points instead."""
    sample = text[:20000]
    han = [ch for ch in sample if "\u4e00" <= ch <= "\u9fff" or "\ue000" <= ch <= "\uf8ff"]
    if not han:
        return 1.0
    return sum(1 for ch in han if ch in _COMMON) / len(han)


def _mostly_text(text: str) -> bool:
    if not text:
        return False
    control = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    return control <= 0.01 * min(len(text), 20000)
