"""What extraction reads a document without: pinyin glosses that some mirror sites write inside words, after
each character they gloss (`醫(yī)院`, `大學(xué)`, `聯(lián)合`), and the blanks a list pads a two-character name with
to the width of three (`王　伟`, `李 明`), and the brackets and address of a Markdown link a plain text keeps
as written (`[某某](https://…)`: 某某). Every span extraction finds points back into the text as stored,
glosses and blanks and all.

A gloss is a run of pinyin letters (tone marks included) in brackets right after a Han character. A document
is read without its glosses only where it holds several of them (a page that glosses its words), so that a
bracketed note in Latin letters elsewhere (`某某(sic)`) is left alone. A padded name is two Han characters
with blanks between them and no Han character on either side. Names go back to the form the document writes
through the spans (ingest.written).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.blocks import Block
from ingest.model import Extraction, SourceDocument, Span

GLOSS_BODY = r"\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6})\)"  # (yī)
GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])" + GLOSS_BODY)
MIN_GLOSSES = 3


# a Markdown link left as written in a plain text (`[某某](https://…)`, or to a page a site's template links:
# `[某某]({{ site.baseurl }}{% link people/x.md %})`): its text is what the document says
_LINK = re.compile(r"\[(?P<text>[^\[\]\n]{1,80})\]\((?:(?:https?://|www\.)[^()\s]*|\{[{%][^(){}\n]*[}%]\}[^()\n]*)\)")
_PADDED = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?P<blanks>[ \u3000]{1,3})[\u4e00-\u9fff](?![\u4e00-\u9fff])")


def bare(source: SourceDocument) -> tuple[SourceDocument, list[int]] | None:
    """The document without its glosses, its names' padding and its links' addresses, and for each offset of that text (and its end)
    the offset in the stored text; None for a document that has neither."""
    glosses = list(GLOSS.finditer(source.text))
    cuts = [(m.start(), m.end()) for m in glosses] if len(glosses) >= MIN_GLOSSES else []
    cuts += [m.span("blanks") for m in _PADDED.finditer(source.text)]
    cuts += [cut for m in _LINK.finditer(source.text) for cut in ((m.start(), m.start() + 1), (m.end("text"), m.end()))]
    if not cuts:
        return None
    kept: list[str] = []
    back: list[int] = []  # offset in the text without glosses -> offset in the stored text
    ahead = [0] * (len(source.text) + 1)  # offset in the stored text -> offset in the text without glosses
    at = 0
    for cut in [*sorted(cuts), None]:
        end = cut[0] if cut is not None else len(source.text)
        for i in range(at, end):
            ahead[i] = len(back)
            back.append(i)
            kept.append(source.text[i])
        if cut is not None:
            for i in range(*cut):
                ahead[i] = len(back)
            at = cut[1]
    ahead[len(source.text)] = len(back)
    back.append(len(source.text))
    text = "".join(kept)
    blocks = tuple(_moved(block, ahead, text) for block in source.blocks)
    return replace(source, text=text, blocks=blocks), back


def _moved(block: Block, ahead: list[int], text: str) -> Block:
    rows = tuple(tuple(replace(cell, span=(span := _ahead(cell.span, ahead)), text=text[span.start:span.end])
                       for cell in row) for row in block.rows)
    return replace(block, span=_ahead(block.span, ahead), rows=rows)


def _ahead(span: Span, ahead: list[int]) -> Span:
    return Span(ahead[span.start], ahead[span.end])


def spans_back(extraction: Extraction, back: list[int]) -> Extraction:
    """The extraction with every span pointing into the stored text (glosses inside a name's span included)."""
    def moved(spans: tuple[Span, ...]) -> tuple[Span, ...]:
        return tuple(Span(back[s.start], back[s.end - 1] + 1 if s.end > s.start else back[s.end]) for s in spans)

    return replace(
        extraction,
        entities=tuple(replace(e, spans=moved(e.spans)) for e in extraction.entities),
        relations=tuple(replace(r, spans=moved(r.spans)) for r in extraction.relations),
        rules=tuple(replace(r, spans=moved(r.spans)) for r in extraction.rules))
