"""The learned sequence labeller: a CRF (python-crfsuite) over character features, shipped as
`ingest/data/ner.crfsuite` and rebuilt by `python -m train.ner`.

It tags each character B-X / I-X / O with X one of the model's own labels (`MODEL_LABELS`), and
`tag_spans` reads those tags back as character spans. Mapping them to our labels is the
component's business (ingest.nlp.learned).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pycrfsuite

from ingest.nlp.tagger_features import FeatureLexicon, sentence_features

MODEL_FILE = "ner.crfsuite"
# PER person, ORG an organization of no kind below, COM company, GOV government body,
# POS a title or position written next to a name
MODEL_LABELS = ("PER", "ORG", "COM", "GOV", "POS")
_LONGEST_SENTENCE = 200  # characters; longer runs are cut at punctuation (see `sentence_bounds`)
_CUTS = "。！？!?；;，,、：:\n"


@dataclass(frozen=True, slots=True)
class TaggedSpan:
    start: int
    end: int
    label: str  # one of MODEL_LABELS


def model_path() -> Path:
    return Path(str(resources.files("ingest").joinpath("data", MODEL_FILE)))


class Tagger:
    """One loaded model. Not thread-safe: one per process (the component holds it)."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or model_path()
        if not path.is_file():
            raise FileNotFoundError(f"no NER model at {path}: rebuild it with `python -m train.ner`")
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))

    def tag(self, features: list[list[str]]) -> list[str]:
        return list(self._tagger.tag(features)) if features else []

    def spans(
        self, text: str, words: Sequence[tuple[int, int]], tags: Mapping[str, str], lex: FeatureLexicon,
    ) -> list[TaggedSpan]:
        """Spans of `text`, tagged sentence by sentence; `words` are jieba's (start, end) offsets."""
        out: list[TaggedSpan] = []
        for start, end in sentence_bounds(text):
            inside = [(max(s, start) - start, min(e, end) - start) for s, e in words if s < end and e > start]
            piece = text[start:end]
            labels = self.tag(sentence_features(piece, inside, tags, lex))
            out += [TaggedSpan(s.start + start, s.end + start, s.label) for s in read_spans(labels)]
        return out


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Lines, cut into pieces of at most `_LONGEST_SENTENCE` characters: at a sentence end, or
    failing one at the last clause mark before the limit, or failing that at the limit."""
    out, start = [], 0
    while start < len(text):
        line_end = text.find("\n", start)
        limit = len(text) if line_end < 0 else line_end + 1  # a name never runs over a line break
        end = min(limit, start + _LONGEST_SENTENCE)
        if end < limit:
            cut = max(text.rfind(ch, start, end) for ch in _CUTS)
            end = cut + 1 if cut > start else end
        out.append((start, end))
        start = end
    return out


def read_spans(labels: Sequence[str]) -> list[TaggedSpan]:
    """B-X I-X ... runs as spans; an I-X with no B-X before it opens a span too."""
    out: list[TaggedSpan] = []
    start, current = 0, ""
    for i, tag in enumerate([*labels, "O"]):
        kind = tag[2:] if tag != "O" else ""
        if current and (tag == "O" or tag.startswith("B-") or kind != current):
            out.append(TaggedSpan(start, i, current))
            current = ""
        if kind and not current:
            start, current = i, kind
    return out
