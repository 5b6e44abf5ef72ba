"""A recognised span of the prose pipeline, as the relation patterns read it."""

from __future__ import annotations

from dataclasses import dataclass


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
