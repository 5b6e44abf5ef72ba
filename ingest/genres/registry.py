"""The one registry of kinds of document: how each is recognised and what reading of its own it adds.

Every document goes through the shared mechanisms (fields, tables, prose: ingest.extract); a kind only
adds configuration: the cues that recognise it, the kgx/1 genre its extractions carry, and, where its
layout needs one, a reading of its own that runs first (an award nomination form, a funding guide).
A kind is one module under `ingest.genres.kinds` defining `KIND`, with its data under `ingest/data/`:
adding a kind (立项公示, 获奖名单, 人才名单, an expert list, a lab's staff page) edits nothing else.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from ingest.model import GENRES
from ingest.reading import Document, Reading

PACKAGE = "ingest.genres.kinds"
THRESHOLD = 2.0  # the weighted cue count a kind needs to be recognised
HEAD = 20000  # cues are counted in the first characters only


@dataclass(frozen=True)
class Kind:
    name: str
    genre: str  # the kgx/1 genre of its extractions: award_nomination, news, funding_guideline, other
    cues: tuple[tuple[str, float], ...] = ()  # (pattern, weight): structural words of the kind
    read: Callable[[Document], Reading] | None = None  # its own reading, before the shared mechanisms
    requires: str | None = None  # a pattern the text must hold for the kind to be recognised at all
    compiled: tuple[tuple[re.Pattern[str], float], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.genre not in GENRES:
            raise ValueError(f"kind {self.name}: genre {self.genre!r} is not one of {GENRES}")
        object.__setattr__(self, "compiled", tuple((re.compile(p), w) for p, w in self.cues))

    def score(self, text: str) -> float:
        if self.requires is not None and not re.search(self.requires, text):
            return 0.0
        return sum(w * min(len(p.findall(text)), 3) for p, w in self.compiled)


@cache
def kinds(package: str = PACKAGE) -> tuple[Kind, ...]:
    """Every kind defined in `package`, in module name order."""
    root = importlib.import_module(package)
    found = []
    for info in sorted(pkgutil.iter_modules(root.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{package}.{info.name}")
        kind = getattr(module, "KIND", None)
        if isinstance(kind, Kind):
            found.append(kind)
    return tuple(found)


def kind_named(name: str, package: str = PACKAGE) -> Kind:
    """The kind of that name, or else the first kind of that genre."""
    every = kinds(package)
    found = next((k for k in every if k.name == name), None) or next((k for k in every if k.genre == name), None)
    if found is None:
        raise KeyError(f"no kind of document named {name!r}")
    return found


def detect(text: str, package: str = PACKAGE) -> Kind:
    """The kind whose cues weigh most in the text, if they weigh enough; else news for prose, other."""
    head = text[:HEAD]
    scored = [(k.score(head), -n, k) for n, k in enumerate(kinds(package)) if k.cues]
    best = max(scored, default=None, key=lambda s: s[:2])
    if best is not None and best[0] >= THRESHOLD:
        return best[2]
    return kind_named("news" if _looks_like_prose(head) else "other", package)


def _looks_like_prose(text: str) -> bool:
    sentences = text.count("。")
    return sentences >= 3 and sentences * 60 >= len(text) * 0.3
