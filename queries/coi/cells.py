"""Cells of a report a spreadsheet will open: text only, never a formula, never a control character.

A CSV cell whose text starts with = + - @ (or a tab or carriage return) is run as a formula by
spreadsheet programs (CSV injection): such text gets a leading apostrophe, which they take as "text".
An XLSX cell is written as a text cell, which is never evaluated. Control characters other than line
breaks and tabs are dropped from both: XLSX cannot hold them at all.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(text: str) -> str:
    """``text`` without control characters (line breaks and tabs stay)."""
    return _CONTROL.sub("", text)


def safe_cell(value: object) -> object:
    """A report cell as a spreadsheet should take it: text cleaned and never a formula; numbers as they are."""
    if not isinstance(value, str):
        return value
    text = clean_text(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def safe_row(row: list[str]) -> list[object]:
    return [safe_cell(value) for value in row]
