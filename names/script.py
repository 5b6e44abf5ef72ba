"""Traditional Chinese read as Simplified for extraction and search, character for character; and the radicals
some PDF writers put for whole characters (`⼤学`, `⻄安`) read as those characters.

The graph keeps names in Simplified, so a query in Traditional characters is converted before it is looked
for. Extraction's dictionaries (surnames, titles, organisation words) are Simplified. A Traditional document is
converted with OpenCC (`t2s`) for extraction alone: the stored text, what the evidence panel shows and
every span stay those of the original. A conversion that would change the length of a line (a phrase
converted to one of another length) is not taken for that line, so offsets mean the same in both texts.
"""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path
from typing import Any

_RADICALS = Path(__file__).with_name("data") / "cjk_radicals.txt"


@functools.cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


@functools.cache
def _unified() -> dict[int, str]:
    """Radicals and compatibility ideographs -> the one ideograph each stands for (Kangxi radicals `⼤` and
    compatibility ideographs by NFKC, the CJK Radicals Supplement `⻄` by a list)."""
    table: dict[int, str] = {}
    for low, high in ((0x2F00, 0x2FD5), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)):
        for cp in range(low, high + 1):
            if len(nfkc := unicodedata.normalize("NFKC", chr(cp))) == 1 and nfkc != chr(cp):
                table[cp] = nfkc
    for line in _RADICALS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            radical, character = line.split("\t")
            table[ord(radical)] = character
    return table


def unified(text: str) -> str:
    """``text`` with each radical or compatibility ideograph written as the ideograph it stands for: the same
    length."""
    return text.translate(_unified())


def simplified(text: str) -> str:
    """``text`` with Traditional characters in Simplified, its corner quotes as the mainland's (`「…」` as `“…”`)
    and radicals as whole characters (`unified`); the same length, offset for offset."""
    if text.isascii():
        return text
    text = unified(text)
    converted: str = _converter().convert(text)
    if converted == text or len(converted) == len(text):
        return _common(text, converted).translate(_QUOTES)
    lines = text.splitlines(keepends=True)
    out = []
    for line in lines:
        simple = _converter().convert(line)
        out.append(_common(line, simple) if len(simple) == len(line) else line)
    return "".join(out).translate(_QUOTES)


def _common(text: str, converted: str) -> str:
    """The conversion but where it gives a character beyond the Basic Multilingual Plane (煇 -> 𪸩, a form of
    the Unicode extensions that no one types and no word list holds): there the character as written."""
    if converted.isascii() or max(converted) <= "\uffff":
        return converted
    return "".join(c if c <= "\uffff" or t > "\uffff" else t for t, c in zip(text, converted, strict=True))


_QUOTES = str.maketrans("「」『』", "“”‘’")

