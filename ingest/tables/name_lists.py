"""Lists of people's names and nothing else: a talent page's names grouped under honours
(`<b>某某院士</b>  甲某、乙某某`, or a heading line and the names under it), a team's members in a row.

The names are people; the institution such a list belongs to is not named, so there is nothing else to
relate them to (membership of an honour is no relation of the graph). A line is such a list when all of
it, after an honour it may open with (`院士：`, `某某人才  `), is names set apart by 、，；or blanks, each
reading as a Chinese personal name (a surname and one or two characters) that is no common word:

- after an honour on the same line, or under a short line naming an honour or a post (`副主任：`), one name
  a line will do, line after line while they are names;
- otherwise three names at least.

The honour words are generic vocabulary (ingest/data/honour_words.txt). A name under two honours is one
person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from ingest.blocks import BlockKind
from ingest.kit.text import is_chinese_name, strip_titles, surnames
from ingest.model import Span
from ingest.reading import Coverage, Document, Facts
from ingest.tables.vocabulary import header_of

_LINE = re.compile(r"[^\n]+")
_LEAD = re.compile(r"^\s*(?P<lead>[^、，,；;：:\s\u00a0\u3000]{2,30}?)\s*(?:[：:]|[\s\u00a0\u3000]+)\s*(?=\S)")
_ITEM = re.compile(r"[^、，,；;\s\u00a0\u3000]+")
_BETWEEN = re.compile(r"[、，,；;\s\u00a0\u3000]*")
_TRAILING = re.compile(r"(?:等|等人|等同志)?[。.]?$")
_MAX_NAME = 4  # a surname and one or two characters; a compound surname and one or two
_MIN_ALONE = 3  # names in a line with no honour before it
_MAX_HEADING = 25
_COMMON = 50  # a word the dictionary knows at least this often, as no name, is a common word
_NOTE = re.compile(r"[（(][^（）()]{1,4}[）)]$")  # 某某（兼）: a short note after a name
_SENTENCE = re.compile(r"[，,。；;！？!?]")


@cache
def honour_words() -> tuple[str, ...]:
    text = resources.files("ingest").joinpath("data/honour_words.txt").read_text(encoding="utf-8")
    words = (line.strip() for line in text.splitlines())
    return tuple(sorted((w for w in words if w and not w.startswith("#")), key=len, reverse=True))


def names_an_honour(text: str) -> bool:
    """A short text that names an honour or a talent programme (`中国工程院院士`, `国家级教学名师`)."""
    body = re.sub(r"[\s*#：:\u00a0\u3000]", "", text)
    return 2 <= len(body) <= _MAX_HEADING and not _SENTENCE.search(body) and body.endswith(honour_words())


def names_a_post(text: str) -> bool:
    """A line that is only a post and its colon (`副主任：`), as a roster writes it over the names that hold it."""
    from ingest.nlp.lexicon import load_lexicon

    body = text.strip()
    return body[-1:] in ("：", ":") and body[:-1].strip() in load_lexicon().positions


def read_name_lists(document: Document, taken: Coverage, facts: Facts) -> None:
    previous: str | None = None
    under = False  # the lines so far since a line naming an honour or a post were names under it
    for start, line in _lines(document, taken):
        if previous is not None and (names_an_honour(previous) or names_a_post(previous)):
            under = True
        found = _names(line, start, honoured=under)
        if found:
            for name, span in found:
                facts.out.person(name, span)
            facts.read(Span(found[0][1].start, found[-1][1].end))  # the honour before them is prose's
        else:
            under = False
        previous = line


def _lines(document: Document, taken: Coverage) -> Iterator[tuple[int, str]]:
    for block in document.blocks:
        if block.kind is BlockKind.TABLE:
            for row in block.rows:
                for cell in row:
                    if cell.text.strip() and taken.free(cell.span):
                        yield from ((m.start(), m.group()) for m in _LINE.finditer(document.text, cell.span.start, cell.span.end))
            continue
        if taken.free(block.span):
            yield from ((m.start(), m.group()) for m in _LINE.finditer(document.text, block.span.start, block.span.end))


def _names(line: str, start: int, honoured: bool) -> list[tuple[str, Span]]:
    """The names a line lists, with their spans, or none when it is not a list of names only."""
    lead = _LEAD.match(line)
    if lead is not None and names_an_honour(lead.group("lead")):
        honoured, at = True, lead.end()
    else:
        at = 0
    items: list[tuple[str, Span]] = []
    pos = at
    body = _TRAILING.sub("", line.rstrip())
    for m in _ITEM.finditer(body, at):
        if not _BETWEEN.fullmatch(body, pos, m.start()):
            return []
        name = strip_titles(_NOTE.sub("", m.group()))
        if not _personal(name):
            return []
        items.append((name, Span(start + m.start(), start + m.start() + len(name))))
        pos = m.end()
    if len(items) < (1 if honoured else _MIN_ALONE) or len({n for n, _ in items}) < len(items):
        return []
    return items


def _personal(name: str) -> bool:
    if not 2 <= len(name) <= _MAX_NAME or not is_chinese_name(name) or header_of(name) is not None:
        return False
    if len(name) == _MAX_NAME and not _compound(name):
        return False
    return not _common_word(name)


def _compound(name: str) -> bool:
    return name[:2] in surnames()[1]


def _common_word(word: str) -> bool:
    from ingest.nlp.lexicon import jieba_dictionary

    tags, freq = jieba_dictionary()
    tag = tags.get(word)
    return tag is not None and not tag.startswith("nr") and freq.get(word, 0) >= _COMMON
