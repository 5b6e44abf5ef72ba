"""Literal search in document text, without building a regular expression for every name."""

from __future__ import annotations

from collections.abc import Iterator


def occurrences(needle: str, text: str) -> Iterator[int]:
    """Where each non-overlapping occurrence of `needle` starts, left to right.

    The matches of `re.finditer(re.escape(needle), text)`: a name found in a document is not
    worth a compiled pattern, and hundreds of them would crowd `re`'s cache of patterns.
    """
    if not needle:
        yield from range(len(text) + 1)
        return
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + len(needle))
