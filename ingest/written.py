"""A document's own record names things as the document writes them (`kg extract`, `kg eval`).

Extraction reads Traditional Chinese as Simplified (names.script) and the graph keeps the Simplified names
it resolves people and units by; the record of one document gives each name as that document writes it, less
the pinyin glosses a mirror site puts after its characters (`醫(yī)院` is 醫院: the gloss is a reading aid, no
part of the name).
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.schema import Label
from ingest.glosses import GLOSS, GLOSS_BODY, MIN_GLOSSES
from ingest.model import Extraction
from names.script import simplified, unified

_BLANKS = re.compile(r"[ \u3000\u00a0]+")
_GLOSSED = f"(?:{GLOSS_BODY})?"


def written_names(extraction: Extraction, written: str) -> Extraction:
    """The extraction with each name (and a project's award), and each post and title of a relation, as the
    document writes it: Traditional where the document is, read off the same offsets of the stored text (the two
    have the same length character for character). A renamed organization keeps its Simplified name as an alias. A radical
    a PDF put for a character (`⼤学`) is written as that character; a page's pinyin glosses are left out."""
    written = unified(written)
    read = simplified(written)
    if read == written:
        return extraction
    cache: dict[str, str] = {}
    glossed = len(GLOSS.findall(written)) >= MIN_GLOSSES  # a page that glosses its words, as extraction reads it

    def as_written(name: str | None) -> str | None:
        if not name:
            return name
        if name not in cache:
            found = _as_written(name, read, written)
            cache[name] = GLOSS.sub("", found) if glossed else found
        return cache[name]

    entities = []
    for e in extraction.entities:
        name = as_written(e.name) or e.name
        aliases = tuple(a for a in (as_written(a) for a in e.aliases) if a)
        if e.type is Label.ORGANIZATION and name != e.name:
            aliases = (*aliases, e.name)
        entities.append(replace(e, name=name, aliases=tuple(dict.fromkeys(a for a in aliases if a != name)),
                                parent=as_written(e.parent), journal=as_written(e.journal), award=as_written(e.award)))
    relations = [replace(r, source=as_written(r.source) or r.source, target=as_written(r.target) or r.target,
                         position=as_written(r.position), title=as_written(r.title), role=as_written(r.role))
                 for r in extraction.relations]
    return replace(extraction, entities=tuple(entities), relations=tuple(relations))


def _as_written(name: str, read: str, written: str) -> str:
    """`name` as the document writes it at its first occurrence in the Simplified reading; a name a cell
    pads with blanks (`李 红` for 李红) read across them, without them; one a page glosses in pinyin (`醫(yī)院`)
    read across its glosses; the name itself where it is not there."""
    at = read.find(name)
    if at >= 0:
        return written[at:at + len(name)]
    if len(name) < 2:
        return name
    m = re.search("[ \u3000\u00a0]*".join(map(re.escape, name)), read)
    if m:
        return _BLANKS.sub("", written[m.start():m.end()])
    glossed = re.search(_GLOSSED.join(map(re.escape, name)), read)  # 醫(yī)院: a page that glosses its words
    return written[glossed.start():glossed.end()] if glossed else name
