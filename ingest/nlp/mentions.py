"""A recognised span of the prose pipeline, as the relation patterns read it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

LIST_JOIN = re.compile(r"\s*(?:、|和|与|及|以及)\s*")
# a short form declared right after a name: 某某委员会（简称管委会）, （以下简称“某所”）, (下称某公司)
DECLARED_SHORT = re.compile(r"[ \t\u3000]*[（(][ \t\u3000]*(?:以下)?(?:简称|下称)[ \t\u3000]*[：:为]?[ \t\u3000]*[“\"「『]?"
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
