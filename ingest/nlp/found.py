"""What the rule functions return: character spans over the text they were given."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import repeat

CJK = re.compile(r"[\u3400-\u9fff]+")


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    label: str  # PERSON, ORG, TITLE, POSITION
    kind: str | None = None  # ORG: kgx/1 kind
    parts: tuple[int, ...] = ()  # ORG: ends (relative) of the organizations it is a unit of


@dataclass(frozen=True, slots=True)
class Tokens:
    """Token boundaries and dictionary tags of one text: what the rules know of segmentation."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    tags: tuple[str | None, ...]  # jieba dictionary tag, None for words the dictionary lacks
    index: tuple[int, ...]  # char offset -> token number
    freqs: tuple[int, ...] = ()  # jieba dictionary frequency, 0 for unknown words
    lookup: dict[str, str] = field(default_factory=dict, repr=False, compare=False)  # the dictionary's tags
    frequency: dict[str, int] = field(default_factory=dict, repr=False, compare=False)  # and frequencies

    @classmethod
    def build(cls, text: str, words: list[str], tag_table: dict[str, str], freq: dict[str, int] | None = None) -> Tokens:
        """From words that concatenate to `text` (jieba's output)."""
        bounds, pos = [], 0
        for w in words:
            bounds.append((pos, pos + len(w)))
            pos += len(w)
        return cls.from_bounds(text, bounds, tag_table, freq)

    @classmethod
    def from_bounds(
        cls, text: str, bounds: list[tuple[int, int]], tag_table: dict[str, str], freq: dict[str, int] | None = None,
    ) -> Tokens:
        """From (start, end) pairs; characters between words count as part of the word before."""
        starts = [s for s, _ in bounds]
        words = [text[s:e] for s, e in bounds]
        index = [0] * len(text)
        for n, (start, nxt) in enumerate(zip(starts, [*starts[1:], len(text)], strict=False)):
            index[start:nxt] = [n] * (nxt - start)
        freq = freq or {}
        return cls(
            text,
            tuple(starts),
            tuple(e for _, e in bounds),
            tuple(map(tag_table.get, words)),
            tuple(index),
            tuple(map(freq.get, words, repeat(0))),
            tag_table,
            freq,
        )

    def freq(self, n: int) -> int:
        return self.freqs[n] if self.freqs else 0

    def tag_of(self, word: str) -> str | None:
        """The dictionary's tag of any word, not only of a token."""
        return self.lookup.get(word)

    def lookup_freq(self, word: str) -> int:
        return self.frequency.get(word, 0)

    def word(self, n: int) -> str:
        return self.text[self.starts[n]:self.ends[n]]

    def at(self, offset: int) -> int:
        return self.index[offset]


def is_cjk(s: str) -> bool:
    return bool(s) and CJK.fullmatch(s) is not None
