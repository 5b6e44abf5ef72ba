"""Readers of the public annotated corpora the NER model learns from, each mapped to the model's
labels (ingest.nlp.tagger.MODEL_LABELS). Training splits only; the files stay outside the repository.

- CLUENER2020 `train.json`: one JSON object a line, `{"text", "label": {kind: {mention: [[s, e]]}}}`
  with inclusive ends.
- MSRA NER (part of its training split): `sentences.txt` and `tags.txt`, one sentence a line,
  characters and BIO tags separated by spaces.
- Resume NER `train.char.bmes`: one `character TAG` a line (BMES), a blank line between sentences.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ingest.nlp.lexicon import kind_of

# CLUENER2020's labels; address, book, game, movie and scene have no counterpart and stay O
CLUENER_LABELS = {"name": "PER", "organization": "ORG", "company": "COM", "government": "GOV", "position": "POS"}
RESUME_LABELS = {"NAME": "PER", "ORG": "ORG", "TITLE": "POS"}
MSRA_LABELS = {"PER": "PER", "ORG": "ORG"}


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    spans: tuple[tuple[int, int, str], ...]  # (start, end exclusive, model label)
    source: str


class CorpusError(ValueError):
    """A corpus file that cannot be read as its format says."""


def org_label(name: str) -> str:
    """An organization of a corpus that does not tell companies and government bodies apart
    (MSRA, Resume): its kind from its ending, as our lexicon reads it."""
    kind = kind_of(name)
    return {"company": "COM", "government": "GOV"}.get(kind, "ORG")


def read_cluener(path: Path) -> Iterator[tuple[Example, str]]:
    """Examples with the original line (kept for the held-out file, which bench.ner reads)."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            text = row["text"]
            spans = [
                (s, e + 1, CLUENER_LABELS[kind])
                for kind, mentions in row.get("label", {}).items() if kind in CLUENER_LABELS
                for places in mentions.values() for s, e in places
            ]
        except (ValueError, KeyError, TypeError) as e:
            raise CorpusError(f"{path}:{number}: not a CLUENER line ({e})") from e
        yield Example(text, tuple(sorted(spans)), "cluener"), line


def read_msra(folder: Path) -> Iterator[Example]:
    sentences = (folder / "sentences.txt").read_text(encoding="utf-8").splitlines()
    tags = (folder / "tags.txt").read_text(encoding="utf-8").splitlines()
    if len(sentences) != len(tags):
        raise CorpusError(f"{folder}: {len(sentences)} sentences but {len(tags)} tag lines")
    for chars_line, tags_line in zip(sentences, tags, strict=True):
        chars, labels = chars_line.split(" "), tags_line.split(" ")
        if len(chars) != len(labels):
            raise CorpusError(f"{folder}: a sentence of {len(chars)} characters has {len(labels)} tags")
        yield _from_tags([_half_width(c) for c in chars], labels, MSRA_LABELS, "msra")


def read_resume(path: Path) -> Iterator[Example]:
    chars: list[str] = []
    labels: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if chars:
                yield _from_tags(chars, _bmes_to_bio(labels), RESUME_LABELS, "resume")
            chars, labels = [], []
            continue
        char, _, label = line.rpartition(" ")
        if not char:
            raise CorpusError(f"{path}: not a `character TAG` line: {line!r}")
        chars.append(_half_width(char))
        labels.append(label)


def _half_width(char: str) -> str:
    normal = unicodedata.normalize("NFKC", char)
    return normal if len(normal) == 1 else char


def _bmes_to_bio(labels: list[str]) -> list[str]:
    return ["B-" + t[2:] if t[:2] in ("B-", "S-") else ("I-" + t[2:] if t[:2] in ("M-", "E-") else "O")
            for t in labels]


def _from_tags(chars: list[str], labels: list[str], mapping: dict[str, str], source: str) -> Example:
    text = "".join(chars)
    spans, start, kind = [], 0, ""
    for i, tag in enumerate([*labels, "O"]):
        if kind and not (tag.startswith("I-") and tag[2:] == kind):
            spans.append((start, i, kind))
            kind = ""
        if tag.startswith("B-") or (tag.startswith("I-") and not kind):
            start, kind = i, tag[2:]
    out = []
    for s, e, k in spans:
        label = mapping.get(k)
        if label == "ORG":
            label = org_label(text[s:e])
        if label:
            out.append((s, e, label))
    return Example(text, tuple(out), source)
