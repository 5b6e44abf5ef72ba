"""Words jieba's HMM invents across a boundary, cut back apart before the rules read the tokens.

For a word the dictionary does not know, the segmenter's guess is weakest: `化学|会柯望|舒` glues the last
character of an organization's ending (学会) to the surname of the name after it, and both the organization
and the person are lost. Such a word is cut where an ending that began before it (an organization suffix, a
position or a title) closes inside it and a surname opens the rest, or where an institute's short form
(`中科院某所`) or a clinical department (`中西医结合科`) ends on its first character and a name follows.
以南, 以北 (south of, north of) before a lone character are the preposition and a place's first character (`以南|州|大学`).
An unknown word opening with 任 after 起, 后 or 并 (`年起|任南州|大学`) is the verb, then the word after it.
An unknown word of a surname, one character and a verb or adverb (`柯岚任|某大学副校长`, `柯岚自|2018年`, `柯岚曾|在`)
is cut before that last character where what follows reads so (`glued_adverb`). A word, known or not, that glues a unit's last character to the 官 of 官网 (`合作|司官|网`, `卫|健委官|网`) is cut
before 官: the unit is named, and then its website. A two-character name whose third character the segmenter read with
the verb's first (`柯远|民主|持`) is whole again before the verb (`柯远民|主持`).
"""

from __future__ import annotations

import re
from functools import cache

from ingest.nlp.found import is_cjk
from ingest.nlp.lexicon import LEVELS, Lexicon, load_lexicon

Bounds = list[tuple[int, int]]
_SINCE_WHEN = re.compile(r"\s*(?:(?:19|20)\d{2}|[一二三四五六七八九十〇]{2,4}年|去年|今年|此|那时|上世纪|小)")
_AFTER_ONCE = re.compile(r"(?:多次|先后|长期|经|历)?[在任获是担主参于到赴与被为兼作做从受荣入就]")
_AFTER_NOW = re.compile(r"(?:任|在|为|是|担任|兼任|就职|就读|任教|任职|工作|供职|主持|负责|从事)")
_PREPOSITION_AND_PLACE = frozenset({"以南", "以北", "以东", "以西", "在南", "在北", "在东", "在西"})
_BEFORE_TAKING = frozenset("起后并又均")  # 2018年起任, 后任, 并任: words before the verb of holding a post
# words opening with 任 that are words of their own, not the verb before a unit (任职于, 任教, 任期内)
_WORDS_OF_TAKING = frozenset({"任职", "任教", "任期", "任命", "任内", "任上", "任务", "任何", "任意", "任凭", "任由",
                              "任免", "任用", "任选", "任课", "任性"})
_CLAUSE_END = re.compile(r"[，。；;,！!？?：:\n]")
# a unit's one-character ending the segmenter glues to the surname after it, with the shortest such word:
# 青澜|所苗书言 (an institute's short form, 某所), 中西医结合|科周|良明 (a clinical department)
_GLUED_ENDS = {"所": 3, "科": 2}
_UNIT_LAST = frozenset("司局处厅部院所委会校室心馆站社")  # last characters of a unit's name, before its 官网


def resplit(text: str, bounds: Bounds, known: dict[str, str], lex: Lexicon | None = None) -> Bounds:
    """`bounds` with every unknown word cut where an ending glued to a following name (会|柯望)."""
    lex = lex or load_lexicon()
    out: Bounds = []
    skip = False
    for k, (start, end) in enumerate(bounds):
        if skip:
            skip = False
            continue
        if k and out and out[-1] == bounds[k - 1] and k + 1 < len(bounds) \
                and _name_cut_before_verb(text, bounds[k - 1], (start, end), bounds[k + 1], known, lex):
            out[-1] = (bounds[k - 1][0], start + 1)  # 房俊|民主|持 -> 房俊民|主持: the name's last character, then the verb
            out.append((start + 1, bounds[k + 1][1]))
            skip = True
            continue
        if text[start:end] in _PREPOSITION_AND_PLACE and k + 1 < len(bounds) and bounds[k + 1][1] - bounds[k + 1][0] == 1 \
                and is_cjk(text[bounds[k + 1][0]]):
            out += [(start, start + 1), (start + 1, end)]  # 以南|州|大学为…: the preposition, then a place's first character
            continue
        if _name_and_verb(text, start, end, known, lex):
            out += [(start, end - 1), (end - 1, end)]  # 柯岚任|某大学副校长: the name, then the verb
            continue
        if end - start == 2 and text[end - 1] in _JOINING and text[start:end] not in known and is_cjk(text[end:end + 1]) \
                and k > 0 and lex.surname_at(text, bounds[k - 1][0]):
            out += [(start, end - 1), (end - 1, end)]  # 柯振|邦及|某处: a name's last character, then the conjunction
            continue
        if end - start >= 2 and text[start] == "任" and _takes_a_post(text, start, end, known):
            out += [(start, start + 1), (start + 1, end)]  # 2018年起|任南州|大学: the verb, then the unit's place
            continue
        if end - start == 2 and text[end - 1] == "的" and text[start] in _UNIT_LAST and text[start:end] not in known \
                and start > 0 and is_cjk(text[start - 1]):
            out += [(start, end - 1), (end - 1, end)]  # 某基金|委的|三个: the unit's last character, then 的
            continue
        if end - start >= 2 and text[end - 1] == "官" and text.startswith("网", end) and text[end - 2] in _UNIT_LAST:
            out += [(start, end - 1), (end - 1, end)]  # 某司官|网: the unit, then its website
            continue
        cut = _glue_cut(text, start, end, lex) if end - start >= 2 and text[start:end] not in known else None
        out += [(start, cut), (cut, end)] if cut else [(start, end)]
    return out


_JOINING = ("及", "与")


def _name_cut_before_verb(text: str, name: tuple[int, int], word: tuple[int, int], last: tuple[int, int],
                          known: dict[str, str], lex: Lexicon) -> bool:
    """`柯远|民主|持`: an unknown two-character word a surname opens, a known word of two, and one character that with
    the known word's second makes a verb (主持): the name's third character went into the word after it."""
    (a, b), (c, d), (e, f) = name, word, last
    return b - a == 2 and d - c == 2 and f - e == 1 and text[a:b] not in known and bool(lex.surname_at(text, a)) \
        and (known.get(text[c + 1:f]) or "").startswith("v") and is_cjk(text[c]) \
        and text[c:d] not in lex.titles and text[c:d] not in lex.positions  # (柯远|教授|获: the title, then the verb)


def _name_and_verb(text: str, start: int, end: int, known: dict[str, str], lex: Lexicon) -> bool:
    """The unknown word at `start` is a name of two or three characters and the verb or adverb after it (柯岚任,
    柯振邦任, 欧阳舒任): a surname opens it and the clause after it is the verb's."""
    surname = lex.surname_at(text, start)
    if not surname or text[start:end] in known or not is_cjk(text[start:end]):
        return False
    size = end - start
    return (size == 3 and surname == text[start] or size == 4) and glued_adverb(text, end, lex)


def _takes_a_post(text: str, start: int, end: int, known: dict[str, str]) -> bool:
    """The word at `start` is 任 glued to the unit after it: to a level of government (任市|某医院, 任省|某实验室), after 同志
    (甲同志任|某医院院长) or after 起, 后 or 并 an unknown word (2018年起|任南州|大学), never a word of its own (任职, 任教)."""
    word = text[start:end]
    if any(word.startswith(w) for w in _WORDS_OF_TAKING):
        return False
    return len(word) == 2 and word[1] in LEVELS or text.endswith("同志", 0, start) or end - start >= 3 and text[start - 1:start] in _BEFORE_TAKING and word not in known


def glued_adverb(text: str, end: int, lex: Lexicon) -> bool:
    """The character before `end` is a verb or adverb that opens the clause after a name, not the name's last:
    `自`, `从` or `于` before a time (柯某自|2018年, 柯某于|2018年), `曾` or `现` before its verb (柯某曾|在, 柯某现|任教于),
    `任` before a post its clause names (柯某任|某大学副校长)."""
    last = text[end - 1:end]
    if last in ("自", "从", "于"):
        return _SINCE_WHEN.match(text, end) is not None
    if last == "曾":
        return _AFTER_ONCE.match(text, end) is not None
    if last == "现":
        return _AFTER_NOW.match(text, end) is not None  # 柯某现|任教于某大学, 柯某现|为某所研究员
    if last in _JOINING:
        return is_cjk(text[end:end + 1])  # 甲及|某处负责人, 甲与|乙: the conjunction after the name (no name ends with it)
    if last == "任":
        stop = _CLAUSE_END.search(text, end)
        return lex.role_pattern.search(text, end, stop.start() if stop else len(text)) is not None
    return False


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
