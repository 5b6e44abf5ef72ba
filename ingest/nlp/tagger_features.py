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
    """Feature strings of every character of `text`, given jieba's words as (start, end) offsets.

    Built column by column (each a list comprehension) rather than character by character: this
    runs on every line of prose, and the order of a character's features does not matter."""
    n = len(text)
    shapes = [_shape(ch) for ch in text]
    chars = [*_PAD_LEFT, *(_normal(ch, s) for ch, s in zip(text, shapes, strict=True)), *_PAD_RIGHT]
    cm2, cm1, c0, cp1, cp2 = chars[0:n], chars[1:n + 1], chars[2:n + 2], chars[3:n + 3], chars[4:n + 4]
    columns = (
        ["c=" + x for x in c0], ["c-1=" + x for x in cm1], ["c+1=" + x for x in cp1],
        ["c-2=" + x for x in cm2], ["c+2=" + x for x in cp2],
        ["b-1=" + a + b for a, b in zip(cm1, c0, strict=True)], ["b+1=" + a + b for a, b in zip(c0, cp1, strict=True)],
        ["b-2=" + a + b for a, b in zip(cm2, cm1, strict=True)], ["b+2=" + a + b for a, b in zip(cp1, cp2, strict=True)],
        ["t3=" + a + b + c for a, b, c in zip(cm1, c0, cp1, strict=True)],
        ["s=" + a + b + c for a, b, c in zip(["^", *shapes[:-1]], shapes, [*shapes[1:], "$"], strict=True)],
    )
    rows = [list(row) for row in zip(*columns, strict=True)]
    _add_word_features(rows, text, words, tags)
    for i in [i for i, ch in enumerate(text) if ch in lex.surnames]:
        rows[i].append("sur")
        if text[i:i + 2] in lex.surnames:
            rows[i].append("sur2")
    for i in [i for i, ch in enumerate(text) if ch in lex.compound_surname_starts and text[i:i + 2] in lex.surnames]:
        if text[i] not in lex.surnames:
            rows[i].append("sur2")
    suffix_end, suffix_start = _matches(text, lex.suffixes_by_first)
    for i, (_, kind) in suffix_end.items():
        rows[i].append("sfxE=" + kind)
    for i, kind in suffix_start.items():
        if i:
            rows[i - 1].append("sfxN=" + kind)
    role_end, role_start = _matches(text, lex.roles_by_first)
    for i, (size, role) in role_end.items():
        rows[i].append(f"roleE={role}{min(size, 3)}")
    for i, role in role_start.items():
        rows[i].append("roleB=" + role)
    return rows


def _add_word_features(
    rows: list[list[str]], text: str, words: Sequence[tuple[int, int]], tags: Mapping[str, str],
) -> None:
    """Per character: its place in its word (B/M/E/S), the word, its tag and the neighbours' tags."""
    word_tags = [tags.get(text[s:e], "unk") for s, e in words]
    last = len(words) - 1
    for n, (start, end) in enumerate(words):
        end = min(end, len(text))
        if end <= start:
            continue
        word = text[start:end]
        size = end - start
        tag = word_tags[n]
        shown = min(size, _MAX_WORD_FEATURE + 1)
        spelled = size <= _MAX_WORD_FEATURE and bool(word.strip())
        before = "wt-1=" + (word_tags[n - 1] if n else "^")
        after = "wt+1=" + (word_tags[n + 1] if n < last else "$")
        if size == 1:
            rows[start] += [f"wp=S{shown}", f"wt=S{tag}", before, after, *([f"w=S{word}"] if spelled else [])]
            continue
        rows[start] += [f"wp=B{shown}", f"wt=B{tag}", before, *([f"w=B{word}"] if spelled else [])]
        middle = [f"wp=M{shown}", f"wt=M{tag}", *([f"w=M{word}"] if spelled else [])]
        for i in range(start + 1, end - 1):
            rows[i] += middle
        rows[end - 1] += [f"wp=E{shown}", f"wt=E{tag}", after, *([f"w=E{word}"] if spelled else [])]
