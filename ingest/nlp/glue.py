"""Words jieba's HMM invents across a boundary, cut back apart before the rules read the tokens.

For a word the dictionary does not know, the segmenter's guess is weakest: `化学|会柯望|舒` glues the last
character of an organization's ending (学会) to the surname of the name after it, and both the organization
and the person are lost. Such a word is cut where an ending that began before it (an organization suffix, a
position or a title) closes inside it and a surname opens the rest, or where an institute's short form
(`中科院某所`) or a clinical department (`中西医结合科`) ends on its first character and a name follows.
"""

from __future__ import annotations

from functools import cache

from ingest.nlp.found import is_cjk
from ingest.nlp.lexicon import Lexicon, load_lexicon

Bounds = list[tuple[int, int]]
# a unit's one-character ending the segmenter glues to the surname after it, with the shortest such word:
# 青澜|所苗书言 (an institute's short form, 某所), 中西医结合|科周|良明 (a clinical department)
_GLUED_ENDS = {"所": 3, "科": 2}


def resplit(text: str, bounds: Bounds, known: dict[str, str], lex: Lexicon | None = None) -> Bounds:
    """`bounds` with every unknown word cut where an ending glued to a following name (会|柯望)."""
    lex = lex or load_lexicon()
    out: Bounds = []
    for start, end in bounds:
        cut = _glue_cut(text, start, end, lex) if end - start >= 2 and text[start:end] not in known else None
        out += [(start, cut), (cut, end)] if cut else [(start, end)]
    return out


def _glue_cut(text: str, start: int, end: int, lex: Lexicon) -> int | None:
    shortest = _GLUED_ENDS.get(text[start])
    if shortest is not None and shortest <= end - start <= 4 and lex.surname_at(text, start + 1) \
            and start >= 2 and is_cjk(text[start - 2:start]):
        return start + 1  # a unit's ending glued to the name after it
    for cut in range(start + 1, end):
        if not lex.surname_at(text, cut) or not is_cjk(text[cut:end]):
            continue
        if any(text.endswith(word, 0, cut) and cut - len(word) < start for word in _endings(lex)):
            return cut
    return None


@cache
def _endings(lex: Lexicon) -> tuple[str, ...]:
    """Words a name may follow directly, of two characters or more: organization endings, positions, titles."""
    return tuple(w for w in {*lex.org_suffixes, *lex.positions, *lex.titles} if len(w) >= 2)
