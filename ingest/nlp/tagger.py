"""The learned sequence labeller: LAC's pretrained BiGRU fine-tuned on public NER corpora with a CRF
over our labels, run by onnxruntime from `ingest/data/ner/` and rebuilt by `python -m train.ner`.

It reads a sentence as LAC's tokens (ingest.nlp.lexical), tags each token B-X / I-X / O with X one of
the model's own labels (`MODEL_LABELS`), and `spans` gives those tags back as character spans:
a token's first character takes its tag, the rest continue it. Mapping the labels to ours is the
component's business (ingest.nlp.learned).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
import onnxruntime

from ingest.nlp.lexical import Vocabulary

MODEL_FOLDER = "ner"
NETWORK_FILE = "ner.onnx"
# PER person, ORG an organization of no kind below, COM company, GOV government body,
# POS a title or position written next to a name
MODEL_LABELS = ("PER", "ORG", "COM", "GOV", "POS")
TAGS = ("O", *(f"{edge}-{label}" for label in MODEL_LABELS for edge in "BI"))  # the network's outputs, in order
_LONGEST_SENTENCE = 200  # characters; longer runs are cut at punctuation (see `sentence_bounds`)
_CUTS = "。！？!?；;，,、：:\n"
_BATCH = 64  # sentences a run; sorted by length, so little of a batch is padding


@dataclass(frozen=True, slots=True)
class TaggedSpan:
    start: int
    end: int
    label: str  # one of MODEL_LABELS


def model_path() -> Path:
    return Path(str(resources.files("ingest").joinpath("data", MODEL_FOLDER)))


class Tagger:
    """One loaded model. onnxruntime's session may be run from several threads; one core each."""

    def __init__(self, folder: Path | None = None) -> None:
        folder = folder or model_path()
        network = folder / NETWORK_FILE
        if not network.is_file():
            raise FileNotFoundError(f"no NER model at {network}: rebuild it with `python -m train.ner`")
        self.vocabulary = Vocabulary(folder)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1  # an extraction worker has one core
        options.inter_op_num_threads = 1
        self._session = onnxruntime.InferenceSession(str(network), options, providers=["CPUExecutionProvider"])
        labels = self._session.get_modelmeta().custom_metadata_map.get("tags", "")
        if tuple(labels.split(",")) != TAGS:
            raise ValueError(f"{network} tags {labels!r}, not {','.join(TAGS)}: rebuild it with `python -m train.ner`")
        crf = self._session.run(["crf"], feed([[0]]))[0]
        self._start, self._end, self._transitions = crf[0], crf[1], crf[2:]

    def spans(self, text: str) -> list[TaggedSpan]:
        """Spans of `text`, tagged sentence by sentence (`sentence_bounds`)."""
        return self.spans_many([text])[0]

    def spans_many(self, texts: Sequence[str]) -> list[list[TaggedSpan]]:
        """`spans` of each text, the sentences of all of them tagged together, in batches a few dozen."""
        bounds = [sentence_bounds(text) for text in texts]
        labels = iter(self.tag([text[s:e] for text, b in zip(texts, bounds, strict=True) for s, e in b]))
        out: list[list[TaggedSpan]] = []
        for b in bounds:
            spans: list[TaggedSpan] = []
            for (start, _), sentence in zip(b, labels, strict=False):  # b first: labels is read no further
                spans += [TaggedSpan(s.start + start, s.end + start, s.label) for s in read_spans(sentence)]
            out.append(spans)
        return out

    def tag(self, sentences: Sequence[str]) -> list[list[str]]:
        """B-X / I-X / O for every character of each sentence."""
        tokens = [self.vocabulary.tokens(sentence) for sentence in sentences]
        out: list[list[str]] = [[] for _ in sentences]
        order = sorted((k for k in range(len(sentences)) if tokens[k][0]), key=lambda k: len(tokens[k][0]))
        for first in range(0, len(order), _BATCH):
            batch = order[first:first + _BATCH]
            inputs = feed([tokens[k][0] for k in batch])
            (emission,) = self._session.run(["emission"], inputs)
            paths = viterbi(emission, inputs["lengths"], self._start, self._end, self._transitions)
            for k, path in zip(batch, paths, strict=True):
                out[k] = characters_tags(path, tokens[k][1])
        return out


def characters_tags(path: Sequence[int], sizes: Sequence[int]) -> list[str]:
    """Token tags as character tags: a token's first character takes its tag, the rest continue it."""
    out: list[str] = []
    for label, size in zip(path, sizes, strict=True):
        tag = TAGS[label]
        out.append(tag)
        out += ["O" if tag == "O" else "I-" + tag[2:]] * (size - 1)
    return out


def feed(batch: Sequence[Sequence[int]]) -> dict[str, np.ndarray]:
    """The network's inputs: token ids padded to the longest sentence, and each sentence's length."""
    lengths = np.array([len(ids) for ids in batch], dtype=np.int32)
    ids = np.zeros((len(batch), int(lengths.max())), dtype=np.int64)
    for row, sentence in enumerate(batch):
        ids[row, :len(sentence)] = sentence
    return {"ids": ids, "lengths": lengths}


def viterbi(
    emission: np.ndarray, lengths: np.ndarray, start: np.ndarray, end: np.ndarray, transitions: np.ndarray,
) -> list[list[int]]:
    """The best tag path of each sentence under the CRF (start, transition and end weights, as
    Paddle's `crf_decoding` keeps them); a padded step carries the score and points to itself."""
    batch, steps, labels = emission.shape
    live = np.arange(steps)[None, :] < lengths[:, None]
    score = start[None, :] + emission[:, 0]
    back = np.zeros((batch, steps, labels), dtype=np.int64)
    stay = np.arange(labels)[None, :]
    for t in range(1, steps):
        candidates = score[:, :, None] + transitions[None, :, :]
        best = candidates.argmax(axis=1)
        moved = candidates.max(axis=1) + emission[:, t]
        score = np.where(live[:, t:t + 1], moved, score)
        back[:, t] = np.where(live[:, t:t + 1], best, stay)
    last = (score + end[None, :]).argmax(axis=1)
    paths = []
    for row in range(batch):
        label = int(last[row])
        path = [label]
        for t in range(steps - 1, 0, -1):
            label = int(back[row, t, label])
            path.append(label)
        path.reverse()
        paths.append(path[:int(lengths[row])])
    return paths


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
