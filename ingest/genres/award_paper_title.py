"""Where a paper's title ends and its journal begins, in cells the PDF read one after another.

The journal column follows the title column, so the journal is a trailing run of the
lines before the volume cell: the cell a run of blanks set apart from the title's end on
one line (`study 57  Journal`), else one that opens with `Journal`/`Acta`/… , else a run
of capitals (`LANCET`), else a run of capitalised words. Text lost between lines (a jump)
is shown as `…`, the way a reader would mark it.
"""

from __future__ import annotations

import re

from ingest.genres.award_paper_rows import Tok

_JOURNAL_START = re.compile(
    r"^(?:The\s+)?(?:Journal|J\b|Annals|Archives|Acta|Proceedings|International\s+Journal|Chinese\s+"
    r"|Frontiers|Bulletin|Transactions)"
)
_CONNECTORS = frozenset({"of", "and", "&", "in", "the", "for", "on"})
# Words that open a journal's name before its `Journal`/`Annals`/… word (`European Journal of …`).
_JOURNAL_QUALIFIERS = frozenset({
    "American", "Asian", "Australian", "British", "Canadian", "Chinese", "European", "Indian", "International",
    "Japanese", "Korean", "National", "Nordic", "Scandinavian",
})
_CJK_JOURNAL = re.compile(r"(杂志|学报|期刊|志|报|研究|医学|科学|论坛|通讯|进展)$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_END = re.compile(r"[\u4e00-\u9fff]$")
_NOT_LATIN = re.compile(r"[^A-Za-z]")
_WORD_BREAK = re.compile(r"[\s,，:]+")
_WORD_TAIL = re.compile(r"[a-z]{1,4}")
_LONG_CAPITALS = re.compile(r"[A-Z]{8,}")
_WHITE = re.compile(r"\s+")


def split_title_journal(title: list[Tok], tail: list[Tok], *, headless: bool,
                        continued: list[Tok] | None = None) -> tuple[str | None, str | None]:
    """Title and journal of a row; `continued` is what a page break moved below the row: the rest of
    the title, then the rest of the journal."""
    continued = continued or []
    if not title and not tail and not continued:
        return None, None
    cut = _cut(title, headless)
    rest = len(continued)
    if continued:
        rest = _journal_rest(continued) if cut < len(title) else _cut(continued, headless=False)
    title_text = _join(title[:cut] + continued[:rest] + tail, headless=headless)
    journal_toks = title[cut:] + continued[rest:]
    journal = _join(journal_toks, headless=False, marks=False) if journal_toks else None
    return title_text or None, journal or None


def _cut(toks: list[Tok], headless: bool) -> int:
    return _cjk_cut(toks) if any(_HAN.search(t.text) for t in toks) else _latin_cut(toks, headless)


def _journal_rest(toks: list[Tok]) -> int:
    """Where the journal's rest starts in a page-broken row's continuation: its trailing capitalised run
    (connectors such as `of` may open it), else its last cell when that names a Chinese journal."""
    if any(_HAN.search(t.text) for t in toks):
        return len(toks) - 1 if len(toks) > 1 and _CJK_JOURNAL.search(toks[-1].text.strip()) else len(toks)
    if (gap := _cell_gap(toks)) is not None:
        return gap
    run = len(toks)
    while run > 0 and (_capitalised(toks[run - 1].text) or _connectors(toks[run - 1].text)):
        run -= 1
    return run


def _connectors(text: str) -> bool:
    words = [w for w in _WORD_BREAK.split(text.strip()) if w]
    return bool(words) and all(w.lower() in _CONNECTORS for w in words)


def _latin_cut(toks: list[Tok], headless: bool) -> int:
    n = len(toks)
    if n == 0:
        return 0
    if (gap := _cell_gap(toks)) is not None:
        return gap
    for i in range(n - 1, 0, -1):
        if _JOURNAL_START.match(toks[i].text.strip()):
            return i - 1 if i > 1 and toks[i - 1].text.strip() in _JOURNAL_QUALIFIERS else i
    caps = n
    while caps > 0 and _all_caps(toks[caps - 1].text):
        caps -= 1
    if caps < n and (caps > 0 or headless):
        return caps
    run = n
    while run > 0 and _capitalised(toks[run - 1].text):
        run -= 1
    if run > 0 and run < n and _fragment(toks[run - 1].text):
        run -= 1
    if run == 0 and not headless:
        return n - 1 if n > 1 else n
    return run if run < n else n


def _cell_gap(toks: list[Tok]) -> int | None:
    """The last cell a run of blanks set apart from the text before it on its line: the journal's start."""
    return next((i for i in range(len(toks) - 1, 0, -1) if toks[i].opens_cell), None)


def _cjk_cut(toks: list[Tok]) -> int:
    for i, t in enumerate(toks):
        if "《" in t.text:
            return i
    if len(toks) > 1 and _CJK_JOURNAL.search(toks[-1].text.strip()):
        return len(toks) - 1
    return len(toks)


def _all_caps(text: str) -> bool:
    letters = _NOT_LATIN.sub("", text)
    return len(letters) >= 2 and letters.isupper()


def _capitalised(text: str) -> bool:
    words = [w for w in _WORD_BREAK.split(text.strip()) if w]
    return bool(words) and all(w[0].isupper() or w.lower() in _CONNECTORS for w in words) \
        and any(w[0].isupper() for w in words)


def _fragment(text: str) -> bool:
    """A word's lost-head tail such as `ical` or `y` (of `Medical`, `Psychiatry`), not a word (`in`, `with`)."""
    word = text.strip()
    return bool(_WORD_TAIL.fullmatch(word)) and word not in _CONNECTORS and word != "with"


def _join(toks: list[Tok], *, headless: bool, marks: bool = True) -> str:
    out = ""
    for i, t in enumerate(toks):
        piece = t.text.strip().replace("，", ", ")
        lost = marks and ((i == 0 and headless) or (i > 0 and t.jump))
        if not out:
            out = ("… " if lost else "") + piece
        elif lost:
            out += " … " + piece
        elif out.endswith("-") or (_LONG_CAPITALS.fullmatch(out.split(" ")[-1]) and piece[:1].isupper()):
            out += piece
        elif _HAN_END.search(out) and _HAN.match(piece):
            out += piece
        else:
            out += " " + piece
    return _WHITE.sub(" ", out).strip()
