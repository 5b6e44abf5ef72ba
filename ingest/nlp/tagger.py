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
_BATCH = 64  # sentences a run at most
_RUN_COST = 12  # the fixed cost of a run of the network (and its feeding), in token steps of one row


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
        if not order:
            return out
        lengths = np.array([len(tokens[k][0]) for k in order], dtype=np.int32)
        emission = np.zeros((len(order), int(lengths[-1]), len(TAGS)), dtype=np.float32)
        first = 0
        for last in batch_ends(lengths.tolist()):
            (emission_part,) = self._session.run(["emission"], feed([tokens[k][0] for k in order[first:last]]))
            emission[first:last, :emission_part.shape[1]] = emission_part
            first = last
        paths = viterbi(emission, lengths, self._start, self._end, self._transitions)
        for k, path in zip(order, paths, strict=True):
            out[k] = characters_tags(path, tokens[k][1])
        return out


def batch_ends(lengths: Sequence[int]) -> list[int]:
    """Where each run of the network ends, over sentences sorted by length: a run costs about as much as
    its rows times its longest row (every row runs to the longest), plus a fixed cost, so sentences of
    like length run together and a long one does not pad many short ones. Each sentence's emissions are
    the same whatever it runs with; only the time differs."""
    best = [0.0] * (len(lengths) + 1)  # the least cost of the first j sentences
    cut = [0] * (len(lengths) + 1)
    for j in range(1, len(lengths) + 1):
        longest = lengths[j - 1]
        best[j], cut[j] = min((best[i] + _RUN_COST + (j - i) * longest, i) for i in range(max(0, j - _BATCH), j))
    ends, j = [], len(lengths)
    while j:
        ends.append(j)
        j = cut[j]
    return ends[::-1]


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
    Paddle's `crf_decoding` keeps them); rows sorted by length, shortest first, so that the rows still
    running at a step are the last ones; a padded step carries the score and points to itself."""
    batch, steps, labels = emission.shape
    if np.any(lengths[1:] < lengths[:-1]):
        raise ValueError("viterbi: rows must come shortest first")
    score = start[None, :] + emission[:, 0]
    back = np.empty((batch, steps, labels), dtype=np.int8)
    back[:] = np.arange(labels, dtype=np.int8)  # a padded step points to itself
    first_live = np.searchsorted(lengths, np.arange(steps), side="right")  # rows still running at each step
    for t in range(1, steps):
        live = int(first_live[t])
        candidates = score[live:, :, None] + transitions[None, :, :]
        back[live:, t] = candidates.argmax(axis=1)
        score[live:] = candidates.max(axis=1) + emission[live:, t]
    path = np.zeros((batch, steps), dtype=np.int64)
    path[:, -1] = (score + end[None, :]).argmax(axis=1)
    rows = np.arange(batch)
    for t in range(steps - 1, 0, -1):
        path[:, t - 1] = back[rows, t, path[:, t]]
    return [row[:length] for row, length in zip(path.tolist(), lengths.tolist(), strict=True)]


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
