"""A Chinese-named person of the document behind an author of a reference written in Latin letters.

A researcher's page names its person in Chinese (`刘鸿`) and lists their papers with the authors in Latin
letters (`Liu, H.`, `H. Liu`, `Liu H`, `Hong Liu`, `LIU Hong`). An author is that person when the surname's
pinyin is the same (a polyphone surname read as a surname: 单 shan, 曾 zeng, from data) and so is the given
name (its initials, `H.-Y.` for 宏宇, a single initial for a given name written as one word, or the full
pinyin, `Hongyu`). Only one person of the document may fit an author, and only one author of a paper may fit
a person; then the person is that author, with the author's order and corresponding mark.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import cache
from importlib import resources
from itertools import product

from pypinyin import Style, pinyin

from graph.schema import Label, RelType
from ingest.kit.text import is_chinese_name, surnames
from ingest.model import Entity, Relation

_LATIN = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ.,'’\- ]*")
_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.?[\s\-]*){1,3}")
_MAX_READINGS = 16


def chinese_authors(entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> list[Relation]:
    """AUTHORED from the document's Chinese-named people to the papers where one Latin-letter author is
    them; papers that already name a Chinese author are left as they are."""
    people = sorted({e.name for e in entities if e.type is Label.PERSON and is_chinese_name(e.name)})
    authored = [r for r in relations if r.type is RelType.AUTHORED]
    named = {r.target for r in authored if is_chinese_name(r.source)}
    by_paper: dict[str, list[Relation]] = defaultdict(list)
    for r in authored:
        if r.target not in named and _LATIN.fullmatch(r.source):
            by_paper[r.target].append(r)
    out: list[Relation] = []
    for paper, latin in by_paper.items():
        fits: dict[str, list[Relation]] = defaultdict(list)
        for r in latin:
            who = [p for p in people if is_written_as(p, r.source)]
            if len(who) == 1:
                fits[who[0]].append(r)
        for person, rs in fits.items():
            if len(rs) == 1:
                r = rs[0]
                out.append(Relation(type=RelType.AUTHORED, source=person, target=paper, order=r.order,
                                    corresponding=r.corresponding, spans=r.spans))
    return out


def is_written_as(chinese: str, latin: str) -> bool:
    """Whether the Latin-letter name may be the Chinese name's pinyin (`Liu, H.` / `Hong Liu` for 刘鸿)."""
    single, compound = surnames()
    cut = 2 if chinese[:2] in compound else 1
    surname, given = _surname_reading(chinese[:cut]), chinese[cut:]
    if not given:
        return False
    return any(_plain(family) == surname and _given_fits(given, first)
               for family, first in _readings_of(latin))


def _readings_of(latin: str) -> list[tuple[str, str]]:
    """(surname, given) as the Latin name may be read: `Liu, H.`; `H. Liu`; `Liu H`; `Hong Liu` either way."""
    latin = latin.strip()
    if "," in latin:
        family, _, first = latin.partition(",")
        return [(family, first)]
    words = latin.split()
    if len(words) < 2:
        return []
    return [(words[-1], " ".join(words[:-1])), (words[0], " ".join(words[1:]))]


def _given_fits(given: str, written: str) -> bool:
    written = written.strip()
    readings = _given_readings(given)
    if _INITIALS_ONLY.fullmatch(written):
        initials = re.sub(r"[^A-Z]", "", written).lower()
        return any("".join(s[0] for s in r) == initials for r in readings) or (
            len(initials) == 1 and any(r[0][0] == initials for r in readings))
    whole = _plain(written)
    return any("".join(r) == whole for r in readings)


@cache
def _given_readings(given: str) -> tuple[tuple[str, ...], ...]:
    per_char = [tuple(dict.fromkeys(_plain(p) for p in pinyin(c, style=Style.NORMAL, heteronym=True)[0]))
                for c in given]
    return tuple(r for _, r in zip(range(_MAX_READINGS), product(*per_char), strict=False))


@cache
def _surname_reading(surname: str) -> str:
    return _surname_readings().get(surname) or "".join(_plain(p[0]) for p in pinyin(surname, style=Style.NORMAL))


@cache
def _surname_readings() -> dict[str, str]:
    raw = resources.files("ingest").joinpath("data/surname_readings.txt").read_text(encoding="utf-8")
    rows = (line.split() for line in raw.splitlines() if line.strip() and not line.startswith("#"))
    return {row[0]: row[1] for row in rows if len(row) == 2}


def _plain(name: str) -> str:
    """Lower-case letters only, ü written u (`Lü`, `Lv`, `Lyu` are one surname)."""
    letters = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if c.isascii() and c.isalpha())
    return re.sub(r"(?<=[ln])(?:v|yu|ue)$", "u", letters.replace("v", "u"))
