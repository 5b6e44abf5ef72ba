"""Readers of the public annotated corpora the NER model learns from, each mapped to the model's
labels (ingest.nlp.tagger.MODEL_LABELS). Training splits only; the files stay outside the repository.

- CLUENER2020 `train.json`: one JSON object a line, `{"text", "label": {kind: {mention: [[s, e]]}}}`
  with inclusive ends.
- MSRA NER (part of its training split): `sentences.txt` and `tags.txt`, one sentence a line,
  characters and BIO tags separated by spaces; or its whole training split, `msra_train_bio`: one
  `character\tTAG` a line (BIO), a blank line between sentences.
- Resume NER `train.char.bmes`: one `character TAG` a line (BMES), a blank line between sentences.
- Weibo NER `weiboNER_2nd_conll.train`: one `character<digit>\tTAG` a line (BIO; the digit is the
  character's place in its word), a blank line between posts. Named mentions only (PER.NAM, ORG.NAM):
  a nominal mention (PER.NOM: 男人) is no name.
- Boson NER (`boson.txt` as kept by its public copies): one JSON object a line,
  `{"text", "entity_list": [{"entity_index": {"begin", "end"}, "entity_type", "entity"}]}`,
  ends exclusive; a whole article a line, cut into sentences as the tagger cuts text at run time.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ingest.nlp.lexicon import kind_of
from ingest.nlp.tagger import sentence_bounds

# CLUENER2020's labels; address, book, game, movie and scene have no counterpart and stay O
CLUENER_LABELS = {"name": "PER", "organization": "ORG", "company": "COM", "government": "GOV", "position": "POS"}
RESUME_LABELS = {"NAME": "PER", "ORG": "ORG", "TITLE": "POS"}
MSRA_LABELS = {"PER": "PER", "ORG": "ORG"}
WEIBO_LABELS = {"PER.NAM": "PER", "ORG.NAM": "ORG"}
# location, time and product_name have no counterpart; company_name is a company whatever its ending
BOSON_LABELS = {"person_name": "PER", "org_name": "ORG", "company_name": "COM"}


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


def read_msra_bio(path: Path) -> Iterator[Example]:
    yield from _read_columns(path, MSRA_LABELS, "msra", bmes=False)


def read_resume(path: Path) -> Iterator[Example]:
    yield from _read_columns(path, RESUME_LABELS, "resume", bmes=True)


def _read_columns(path: Path, mapping: dict[str, str], source: str, bmes: bool) -> Iterator[Example]:
    """One `character TAG` (or `character\tTAG`) a line, a blank line between sentences."""
    chars: list[str] = []
    labels: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if chars:
                yield _from_tags(chars, _bmes_to_bio(labels) if bmes else labels, mapping, source)
            chars, labels = [], []
            continue
        char, _, label = line.rpartition("\t" if "\t" in line else " ")
        if not char:
            raise CorpusError(f"{path}: not a `character TAG` line: {line!r}")
        chars.append(_half_width(char))
        labels.append(label)


def read_weibo(path: Path) -> Iterator[Example]:
    chars: list[str] = []
    labels: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if chars:
                yield _from_tags(chars, labels, WEIBO_LABELS, "weibo")
            chars, labels = [], []
            continue
        token, _, label = line.rpartition("\t")
        if not token:
            raise CorpusError(f"{path}: not a `character<digit>\\tTAG` line: {line!r}")
        char = token.rstrip("0123456789") or token
        chars.append(_half_width(char[0]))  # a broken emoji is two replacement characters: one is kept
        labels.append(label)


def read_boson(path: Path) -> Iterator[Example]:
    """Sentences of each article; a mention a sentence cut does not hold whole is dropped. The
    corpus writes some line breaks as the two characters `\\n`: they are read as a break (and a space)."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            text = str(row["text"]).replace("\\n", "\n ")
            spans = []
            for entity in row["entity_list"]:
                label = BOSON_LABELS.get(entity["entity_type"])
                start, end = int(entity["entity_index"]["begin"]), int(entity["entity_index"]["end"])
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1].isspace():
                    end -= 1
                if label and start < end:
                    spans.append((start, end, org_label(text[start:end]) if label == "ORG" else label))
        except (ValueError, KeyError, TypeError) as e:
            raise CorpusError(f"{path}:{number}: not a Boson line ({e})") from e
        for start, end in sentence_bounds(text):
            inside = tuple(sorted((s - start, e - start, k) for s, e, k in spans if start <= s and e <= end))
            if text[start:end].strip():
                yield Example(text[start:end], inside, "boson")


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


# Harmonising the corpora: positions where a corpus marks none, organizations labelled as CLUENER does
UNMARKED_POSITIONS = ("msra", "weibo", "boson")  # corpora that annotate no positions
_MIN_POSITION_MARKS = 3
_ORG_LABELS = ("ORG", "COM", "GOV")
_MIN_POSITION_SHARE = 0.5


def position_words(examples: Sequence[Example]) -> frozenset[str]:
    """Words the examples mark as a position at least `_MIN_POSITION_MARKS` times and in at least
    `_MIN_POSITION_SHARE` of the places they are written."""
    marked = Counter(ex.text[s:e] for ex in examples for s, e, label in ex.spans if label == "POS" and e - s > 1)
    candidates = [w for w, n in marked.items() if n >= _MIN_POSITION_MARKS]
    written = Counter({w: sum(ex.text.count(w) for ex in examples) for w in candidates})
    return frozenset(w for w in candidates if marked[w] >= _MIN_POSITION_SHARE * written[w])


def mark_positions(example: Example, words: frozenset[str]) -> Example:
    """The example with every free occurrence of `words` (longest first) marked as a position."""
    if not words:
        return example
    longest = max(map(len, words))
    taken = [False] * len(example.text)
    for start, end, _ in example.spans:
        taken[start:end] = [True] * (end - start)
    added = []
    i = 0
    while i < len(example.text):
        size = next((n for n in range(min(longest, len(example.text) - i), 1, -1)
                     if example.text[i:i + n] in words and not any(taken[i:i + n])), 0)
        if size:
            added.append((i, i + size, "POS"))
        i += size or 1
    return Example(example.text, tuple(sorted((*example.spans, *added))), example.source) if added else example


def organization_labels(examples: Sequence[Example]) -> dict[str, str]:
    """The label (ORG, COM or GOV) the examples give each organization name most often."""
    counts: dict[str, Counter[str]] = {}
    for ex in examples:
        for start, end, label in ex.spans:
            if label in _ORG_LABELS:
                counts.setdefault(ex.text[start:end], Counter())[label] += 1
    return {name: c.most_common(1)[0][0] for name, c in counts.items()}


def relabel_organizations(example: Example, labels: dict[str, str]) -> Example:
    """Organizations of a corpus that does not tell companies and government bodies apart (or
    tells them apart by other rules) labelled as CLUENER labels the same name (国务院 GOV, 微软 COM)."""
    spans = tuple((s, e, labels.get(example.text[s:e], k) if k in _ORG_LABELS else k) for s, e, k in example.spans)
    return Example(example.text, spans, example.source) if spans != example.spans else example
