"""Our word lists as the learned tagger's spans are checked against them (ingest.nlp.learned,
ingest.nlp.learned_merge): surnames, organization endings and their kinds, title and position words,
each indexed by its first character.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from ingest.nlp.lexicon import load_lexicon
from ingest.org_names import ORG_SUFFIXES, org_kind


@dataclass(frozen=True, slots=True)
class FeatureLexicon:
    surnames: frozenset[str]
    suffix_kinds: Mapping[str, str]  # organization ending -> kgx/1 kind (or "org" when the kind is unknown)
    roles: Mapping[str, str]  # title word -> "T", position word -> "P"
    max_suffix: int
    max_role: int
    suffixes_by_first: Mapping[str, tuple[tuple[str, str], ...]]  # first character -> (ending, kind)
    roles_by_first: Mapping[str, tuple[tuple[str, str], ...]]
    compound_surname_starts: frozenset[str]  # first characters of two-character surnames


def _by_first(words: Mapping[str, str]) -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for word, value in sorted(words.items(), key=lambda wv: -len(wv[0])):
        out.setdefault(word[0], []).append((word, value))
    return {first: tuple(found) for first, found in out.items()}


@cache
def feature_lexicon() -> FeatureLexicon:
    lex = load_lexicon()
    suffixes = {s: org_kind("某" + s) for s in (*lex.org_suffixes, *ORG_SUFFIXES)}
    suffixes = {s: ("org" if k == "other" else k) for s, k in suffixes.items()}
    roles = {**{p: "P" for p in lex.positions}, **{t: "T" for t in lex.titles}}
    return FeatureLexicon(
        surnames=lex.surnames,
        suffix_kinds=suffixes,
        roles=roles,
        max_suffix=max(map(len, suffixes)),
        max_role=max(map(len, roles)),
        suffixes_by_first=_by_first(suffixes),
        roles_by_first=_by_first(roles),
        compound_surname_starts=frozenset(s[0] for s in lex.surnames if len(s) == 2),
    )
