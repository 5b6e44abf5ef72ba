"""Character features for the learned tagger: one function, used alike by training and at run time.

Each character gets its own and its neighbours' characters, its place in jieba's word, that word's
dictionary tag, and what our word lists say of it (a surname, an organization ending and its kind,
a title or position word). Pure: text and segmentation in, feature strings out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from ingest.nlp.lexicon import load_lexicon
from ingest.org_names import ORG_SUFFIXES, org_kind

_PAD_LEFT = ("<s2>", "<s1>")
_PAD_RIGHT = ("</s1>", "</s2>")
_MAX_WORD_FEATURE = 4  # longer words are too rare to learn from by themselves


@dataclass(frozen=True, slots=True)
class FeatureLexicon:
    surnames: frozenset[str]
    suffix_kinds: Mapping[str, str]  # organization ending -> kgx/1 kind (or "org" when the kind is unknown)
    roles: Mapping[str, str]  # title word -> "T", position word -> "P"
    max_suffix: int
    max_role: int
    suffixes_by_first: Mapping[str, tuple[tuple[str, str], ...]]  # first character -> (ending, kind)
    roles_by_first: Mapping[str, tuple[tuple[str, str], ...]]


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
    )


def _shape(ch: str) -> str:
    if "\u3400" <= ch <= "\u9fff":
        return "C"
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "A"
    if ch.isspace():
        return "S"
    return "P"


def _normal(ch: str, shape: str) -> str:
    """Digits and Latin letters by their shape: a number's digits do not matter to a name."""
    return "0" if shape == "D" else ("a" if shape == "A" else ch)


def _matches(
    text: str, by_first: Mapping[str, tuple[tuple[str, str], ...]],
) -> tuple[dict[int, tuple[int, str]], dict[int, str]]:
    """The longest word of a list ending at each offset (size, value), and starting at each (value)."""
    ending: dict[int, tuple[int, str]] = {}
    starting: dict[int, str] = {}
    for i, ch in enumerate(text):
        candidates = by_first.get(ch)
        if not candidates:
            continue
        for word, value in candidates:  # longest first
            if text.startswith(word, i):
                starting.setdefault(i, value)
                last = i + len(word) - 1
                if last not in ending or ending[last][0] < len(word):
                    ending[last] = (len(word), value)
    return ending, starting


def sentence_features(
    text: str, words: Sequence[tuple[int, int]], tags: Mapping[str, str], lex: FeatureLexicon,
) -> list[list[str]]:
    """Feature strings of every character of `text`, given jieba's words as (start, end) offsets."""
    shapes = [_shape(ch) for ch in text]
    chars = [*_PAD_LEFT, *(_normal(ch, s) for ch, s in zip(text, shapes, strict=True)), *_PAD_RIGHT]
    word_feats = _word_features(text, words, tags)
    suffix_end, suffix_start = _matches(text, lex.suffixes_by_first)
    role_end, role_start = _matches(text, lex.roles_by_first)
    out: list[list[str]] = []
    for i in range(len(text)):
        k = i + 2
        c_2, c_1, c0, c1, c2 = chars[k - 2], chars[k - 1], chars[k], chars[k + 1], chars[k + 2]
        feats = [
            "c=" + c0, "c-1=" + c_1, "c+1=" + c1, "c-2=" + c_2, "c+2=" + c2,
            "b-1=" + c_1 + c0, "b+1=" + c0 + c1, "b-2=" + c_2 + c_1, "b+2=" + c1 + c2,
            "t3=" + c_1 + c0 + c1,
            "s=" + (shapes[i - 1] if i else "^") + shapes[i] + (shapes[i + 1] if i + 1 < len(text) else "$"),
            *word_feats[i],
        ]
        if text[i] in lex.surnames:
            feats.append("sur")
        if text[i:i + 2] in lex.surnames:
            feats.append("sur2")
        if i in suffix_end:
            feats.append("sfxE=" + suffix_end[i][1])
        if i + 1 in suffix_start:
            feats.append("sfxN=" + suffix_start[i + 1])
        if i in role_end:
            feats.append(f"roleE={role_end[i][1]}{min(role_end[i][0], 3)}")
        if i in role_start:
            feats.append("roleB=" + role_start[i])
        out.append(feats)
    return out


def _word_features(text: str, words: Sequence[tuple[int, int]], tags: Mapping[str, str]) -> list[list[str]]:
    """Per character: its place in its word (B/M/E/S), the word, its tag and the neighbours' tags."""
    out: list[list[str]] = [[] for _ in text]
    word_tags = [tags.get(text[s:e], "unk") for s, e in words]
    for n, (start, end) in enumerate(words):
        word = text[start:end]
        size = end - start
        tag = word_tags[n]
        before = word_tags[n - 1] if n else "^"
        after = word_tags[n + 1] if n + 1 < len(words) else "$"
        for i in range(start, min(end, len(text))):
            place = "S" if size == 1 else ("B" if i == start else ("E" if i == end - 1 else "M"))
            feats = out[i]
            feats.append(f"wp={place}{min(size, _MAX_WORD_FEATURE + 1)}")
            feats.append(f"wt={place}{tag}")
            if size <= _MAX_WORD_FEATURE and word.strip():
                feats.append(f"w={place}{word}")
            if place in "BS":
                feats.append("wt-1=" + before)
            if place in "ES":
                feats.append("wt+1=" + after)
    return out
