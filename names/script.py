"""Traditional Chinese read as Simplified for extraction and search, character for character.

The graph keeps names in Simplified, so a query in Traditional characters is converted before it is looked
for. Extraction's dictionaries (surnames, titles, organisation words) are Simplified. A Traditional document is
converted with OpenCC (`t2s`) for extraction alone: the stored text, what the evidence panel shows and
every span stay those of the original. A conversion that would change the length of a line (a phrase
converted to one of another length) is not taken for that line, so offsets mean the same in both texts.
"""

from __future__ import annotations

import functools
from typing import Any


@functools.cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """``text`` with Traditional characters in Simplified; the same length, offset for offset."""
    if text.isascii():
        return text
    converted: str = _converter().convert(text)
    if converted == text or len(converted) == len(text):
        return converted
    lines = text.splitlines(keepends=True)
    out = []
    for line in lines:
        simple = _converter().convert(line)
        out.append(simple if len(simple) == len(line) else line)
    return "".join(out)

