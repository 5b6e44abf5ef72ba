"""Person names: a surname-initial word of two to four characters where the context says person.

Context is a position or title just before (主任李某), a title or reporting verb just after
(李某教授, 李某表示), a byline of names, or another mention of a name already accepted.
Forms of address (陈先生, 张医生) are not names. Surname-initial words the dictionary does not
know, seen without context, are returned as `unsure` for a second opinion.
"""

from __future__ import annotations

import re

from ingest.nlp.found import Found, Tokens, is_cjk
from ingest.nlp.lexicon import Lexicon

_BYLINE = re.compile(r"^[ \t\u3000]*([\u3400-\u9fff]{2,4}(?:[ \t\u3000]+[\u3400-\u9fff]{2,4})+)[ \t\u3000]*$", re.M)
_BYLINE_LABELS = frozenset({"记者", "通讯员", "作者", "文", "撰稿", "摄影", "编辑"})
_REPORTER = re.compile(r"(?:记者|通讯员|作者|撰稿|文/|文 ?/ ?)[ \u3000]*$")
_BAD_GIVEN = re.compile(r"[的了是在和与及等为年月日说称到对从将把被也都这那其该本他她它我你们]")


def find_persons(
    tokens: Tokens, lex: Lexicon, roles: list[Found], taken: list[Found], with_unsure: bool = False,
) -> tuple[list[Found], list[Found]]:
    """(names, unsure): names the context supports, and bare candidates worth a second opinion."""
    text = tokens.text
    names: dict[str, list[tuple[int, int]]] = {}

    def accept(span: tuple[int, int] | None) -> None:
        if span and _valid(text[span[0]:span[1]], tokens, span, lex):
            names.setdefault(text[span[0]:span[1]], []).append(span)

    for role in roles:
        accept(_name_at(tokens, role.end, lex))
        if role.label == "TITLE" or role.start in set(tokens.starts):
            accept(_name_ending_at(tokens, role.start, lex))
    for n, _ in enumerate(tokens.starts):
        word = tokens.word(n)
        if word in lex.person_context or word.rstrip("道") in lex.person_context:
            accept(_name_ending_at(tokens, tokens.starts[n], lex))
    for m in _BYLINE.finditer(text):
        parts = [p for p in re.finditer(r"[\u3400-\u9fff]+", m.group(1)) if p.group() not in _BYLINE_LABELS]
        if all(lex.surname_at(p.group(), 0) for p in parts):
            for p in parts:
                accept((m.start(1) + p.start(), m.start(1) + p.end()))
    for start in tokens.starts:
        if _REPORTER.search(text[max(0, start - 4):start]):
            accept(_name_at(tokens, start, lex))

    blocked = [(f.start, f.end) for f in taken]
    found = _every_mention(text, names, blocked)
    unsure = _unsure(tokens, lex, found + blocked) if with_unsure else []
    return [Found(s, e, "PERSON") for s, e in found], unsure


def _name_at(tokens: Tokens, pos: int, lex: Lexicon) -> tuple[int, int] | None:
    text = tokens.text
    if pos >= len(text) or not lex.surname_at(text, pos):
        return None
    n = tokens.at(pos)
    if tokens.starts[n] != pos:
        return None
    word = tokens.word(n)
    if 2 <= len(word) <= 4 and is_cjk(word) and word not in lex.surnames:
        return pos, tokens.ends[n]
    if len(word) <= 2 and n + 1 < len(tokens.starts):
        nxt = tokens.word(n + 1)
        if 1 <= len(nxt) <= 2 and is_cjk(nxt) and len(word) + len(nxt) <= 4:
            return pos, tokens.ends[n + 1]
    return None


def _name_ending_at(tokens: Tokens, pos: int, lex: Lexicon) -> tuple[int, int] | None:
    if pos <= 0:
        return None
    n = tokens.at(pos - 1)
    if tokens.ends[n] != pos:
        return None
    word = tokens.word(n)
    if not is_cjk(word):
        return None
    before = tokens.word(n - 1) if n > 0 else ""
    if len(word) <= 2 and before in lex.surnames and (len(before) == 2 or not lex.surname_at(word, 0)):
        return tokens.starts[n - 1], pos  # 欧阳|某某, 曾|建国
    if 2 <= len(word) <= 4 and lex.surname_at(word, 0):
        return tokens.starts[n], pos
    if len(word) == 3 and lex.surname_at(word, 1) and not lex.surname_at(word, 0):
        return tokens.starts[n] + 1, pos  # a stray character glued on: 院长长|吕某
    return None


def _valid(name: str, tokens: Tokens, span: tuple[int, int], lex: Lexicon) -> bool:
    surname = lex.surname_at(name, 0)
    if not surname or not 2 <= len(name) <= 4:
        return False
    given = name[len(surname):]
    if not given or len(given) > 2 or _BAD_GIVEN.search(given):
        return False
    if any(given.startswith(w) or given.endswith(w) for w in lex.non_names):
        return False
    if name in lex.positions or name in lex.titles or lex.role_pattern.search(name):
        return False
    n = tokens.at(span[0])
    if tokens.starts[n] == span[0] and tokens.ends[n] == span[1]:
        tag = tokens.tags[n]
        if tag is not None and not tag.startswith("nr"):
            return False  # a dictionary word that is not a name: 公司, 高新
    return True


def _every_mention(text: str, names: dict[str, list[tuple[int, int]]], blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans: set[tuple[int, int]] = set()
    for name in names:
        for m in re.finditer(re.escape(name), text):
            s, e = m.span()
            if any(bs < e and s < be for bs, be in blocked):
                continue
            spans.add((s, e))
    ordered = sorted(spans, key=lambda se: (se[0], -se[1]))
    out: list[tuple[int, int]] = []
    for s, e in ordered:
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


def _unsure(tokens: Tokens, lex: Lexicon, covered: list[tuple[int, int]]) -> list[Found]:
    out = []
    for n, start in enumerate(tokens.starts):
        word = tokens.word(n)
        if not 2 <= len(word) <= 3 or not is_cjk(word) or tokens.tags[n] not in (None, "nr"):
            continue
        end = tokens.ends[n]
        if any(s < end and start < e for s, e in covered):
            continue
        if _valid(word, tokens, (start, end), lex):
            out.append(Found(start, end, "PERSON"))
    return out
