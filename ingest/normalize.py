"""Pure normalisation of read text: the text every span points into and whose hash is the document id."""

from __future__ import annotations

import re

_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2002\u2003\u2009\u202f"), " ")
_LINE_END_BLANKS = re.compile(r"[ \t]+\n")


def normalise(text: str) -> str:
    """Unify line endings, drop invisible characters, turn odd spaces into plain ones, trim line ends.

    Full-width punctuation and line breaks are kept: parsers rely on the PDF layout, and users read
    evidence in the text as it was written.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE).translate(_SPACES)
    text = _LINE_END_BLANKS.sub("\n", text + "\n")  # the last line too, with or without its line end
    return text.strip("\n") + "\n"
