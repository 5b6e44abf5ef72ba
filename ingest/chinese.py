"""Traditional Chinese read as Simplified for extraction, character for character.

Extraction's dictionaries (surnames, titles, organisation words) are Simplified. A Traditional document is
converted with OpenCC (`t2s`) for extraction alone: the stored text, what the evidence panel shows and
every span stay those of the original. A conversion that would change the length of a line (a phrase
converted to one of another length) is not taken for that line, so offsets mean the same in both texts.
"""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from graph.schema import Label

if TYPE_CHECKING:
    from ingest.model import Extraction


@functools.cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """``text`` with Traditional characters in Simplified; the same length, offset for offset."""
    if text.isascii():
        return text
    converted: str = _converter().convert(text)
    if converted == text or len(converted) == len(text):
        return converted
    lines = text.splitlines(keepends=True)
    out = []
    for line in lines:
        simple = _converter().convert(line)
        out.append(simple if len(simple) == len(line) else line)
    return "".join(out)


def written_names(extraction: Extraction, written: str) -> Extraction:
    """The extraction with each name, and each post and title of a relation, as the document writes it:
    Traditional where the document is, read off the same offsets of the stored text. For the document-level
    record (`kg extract`, `kg eval`); the graph keeps the Simplified names it resolves people and units by.
    A renamed organization keeps its Simplified name as an alias."""
    read = simplified(written)
    if read == written:
        return extraction
    cache: dict[str, str] = {}

    def as_written(name: str | None) -> str | None:
        if not name:
            return name
        if name not in cache:
            at = read.find(name)
            cache[name] = written[at:at + len(name)] if at >= 0 else name
        return cache[name]

    entities = []
    for e in extraction.entities:
        name = as_written(e.name) or e.name
        aliases = tuple(a for a in (as_written(a) for a in e.aliases) if a)
        if e.type is Label.ORGANIZATION and name != e.name:
            aliases = (*aliases, e.name)
        entities.append(replace(e, name=name, aliases=tuple(dict.fromkeys(a for a in aliases if a != name)),
                                parent=as_written(e.parent), journal=as_written(e.journal)))
    relations = [replace(r, source=as_written(r.source) or r.source, target=as_written(r.target) or r.target,
                         position=as_written(r.position), title=as_written(r.title), role=as_written(r.role))
                 for r in extraction.relations]
    return replace(extraction, entities=tuple(entities), relations=tuple(relations))
