"""A recognised span of the prose pipeline, as the relation patterns read it."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import overload

LIST_JOIN = re.compile(r"\s*(?:、|和|与|及|以及)\s*")
ITEM_JOIN = re.compile(r"\s*(?:、|，|,|和|与|及|以及)\s*")  # the same, and a comma: 甲、乙，丙和丁
# a short form declared right after a name: 某某委员会（简称管委会）, （以下简称“某所”）, (下称某公司), （以下称“某所”）
DECLARED_SHORT = re.compile(r"[ \t\u3000]*[（(][ \t\u3000]*(?:(?:以下)?(?:简称|下称)|以下称)[ \t\u3000]*[：:为]?[ \t\u3000]*[“\"「『]?"
                             r"(?P<short>[^（()）“”\"「」『』，,。；;：:、\s]{2,12}?)[”\"」』]?[ \t\u3000]*[）)]")


@dataclass
class Mention:
    label: str
    start: int
    end: int
    text: str
    kind: str | None = None
    parts: tuple[int, ...] = ()
    ref: str = ""  # entity name after folding (organizations)

    def __post_init__(self) -> None:
        self.ref = self.ref or self.text


class Mentions(Sequence[Mention]):
    """A document's mentions in order of where they start, found by position: the rules read one sentence's
    mentions (or those near a word) without a pass over the whole document's for each."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self._items = sorted(mentions, key=lambda m: m.start)  # stable: mentions starting together keep their order
        self._starts = [m.start for m in self._items]
        self._by_end: dict[int, list[Mention]] = {}
        for m in self._items:
            self._by_end.setdefault(m.end, []).append(m)

    @overload
    def __getitem__(self, i: int) -> Mention: ...
    @overload
    def __getitem__(self, i: slice) -> list[Mention]: ...
    def __getitem__(self, i: int | slice) -> Mention | list[Mention]:
        return self._items[i]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Mention]:
        return iter(self._items)

    def __reversed__(self) -> Iterator[Mention]:
        return reversed(self._items)

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions lying wholly in [start, end), in order."""
        return [m for m in self.starting(start, end + 1) if m.end <= end]

    def starting(self, start: int, end: int) -> list[Mention]:
        """The mentions that start in [start, end), in order."""
        return self._items[bisect_left(self._starts, start):bisect_left(self._starts, end)]

    def ending_at(self, at: int) -> list[Mention]:
        return self._by_end.get(at, [])

    def back_from(self, at: int) -> Iterator[Mention]:
        """The mentions that start at or before `at`, the nearest first: every one that ends by `at` is among
        them."""
        for k in range(bisect_right(self._starts, at) - 1, -1, -1):
            yield self._items[k]

    def after(self, at: int) -> Iterator[Mention]:
        """The mentions that start after `at`, in order."""
        for k in range(bisect_right(self._starts, at), len(self._items)):
            yield self._items[k]


def listed_runs(text: str, mentions: Sequence[Mention], join: re.Pattern[str] = LIST_JOIN) -> Iterator[list[Mention]]:
    """The mentions in order, grouped into runs written as one list (`A、B和C`, items separated by `join`);
    a mention alone is a run of one."""
    k = 0
    while k < len(mentions):
        run = [mentions[k]]
        while k + 1 < len(mentions) and join.fullmatch(text, mentions[k].end, mentions[k + 1].start):
            k += 1
            run.append(mentions[k])
        k += 1
        yield run


class Ranges:
    """Character ranges, asked whether one of them covers or overlaps a span without a pass over them all:
    sorted by start, with the furthest end reached by any range starting so far."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))

    def __len__(self) -> int:
        return len(self._starts)

    def cover(self, start: int, end: int) -> bool:
        k = bisect_right(self._starts, start)  # the ranges starting at or before `start`
        return k > 0 and self._reach[k - 1] >= end

    def overlap(self, start: int, end: int) -> bool:
        k = bisect_left(self._starts, end)  # the ranges starting before `end`
        return k > 0 and self._reach[k - 1] > start
