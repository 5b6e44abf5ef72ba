"""Plain text: the encoding is detected, not assumed. Bad files raise ReadError with the reason.

Every text-based reader (HTML, CSV, Markdown) decodes its bytes here first.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from ingest.errors import ReadError, TooLarge
from ingest.model import SourceDocument
from ingest.normalize import normalise

# A nomination, guide or article is well under 1 MB; past this a text file is refused before extraction.
MAX_BYTES = 8 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
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
    try:  # GB18030 is a superset of GBK and GB2312: the usual encoding of Chinese text that is not UTF-8
        text = data.decode("gb18030")
        if _mostly_text(text):
            return RawText(name, text, "gb18030", len(data))
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or not _mostly_text(str(best)):
        raise ReadError(f"{name}: not text in a known encoding (binary or corrupt)")
    return RawText(name, str(best), best.encoding, len(data))


def read_text(data: bytes, name: str) -> SourceDocument:
    """A plain-text document: its lines are its blocks (`ingest.blocks.blocks_of`)."""
    raw = decode(data, name)
    return SourceDocument(name=name, text=normalise(raw.text), encoding=raw.encoding, size=raw.size)


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


def _mostly_text(text: str) -> bool:
    if not text:
        return False
    control = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    return control <= 0.01 * min(len(text), 20000)
