"""The tagger's decoding and batching: the CRF's best path, and runs of the network grouped by length."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from ingest.nlp.tagger import _BATCH, Tagger, batch_ends, viterbi


def _best_path(emission: np.ndarray, start: np.ndarray, end: np.ndarray, transitions: np.ndarray) -> list[int]:
    """Every path scored: the one the CRF must choose."""
    labels = emission.shape[1]

    def score(path: tuple[int, ...]) -> float:
        total = start[path[0]] + emission[0, path[0]] + end[path[-1]]
        return float(total + sum(transitions[a, b] + emission[t + 1, b] for t, (a, b) in enumerate(itertools.pairwise(path))))

    best = max(itertools.product(range(labels), repeat=len(emission)), key=score)
    return list(best)


def test_the_decoded_path_is_the_best_of_all_paths_whatever_the_padding() -> None:
    rng = np.random.default_rng(7)
    labels = 3
    start, end = rng.normal(size=labels), rng.normal(size=labels)
    transitions = rng.normal(size=(labels, labels))
    lengths = np.array([1, 2, 4, 4, 5])
    emission = rng.normal(size=(len(lengths), 5, labels))
    emission[np.arange(5)[None, :] >= lengths[:, None]] = 99.0  # padding must not count
    paths = viterbi(emission, lengths, start, end, transitions)
    assert paths == [_best_path(emission[row, :n], start, end, transitions) for row, n in enumerate(lengths)]


def test_rows_must_come_shortest_first() -> None:
    with pytest.raises(ValueError, match="shortest first"):
        viterbi(np.zeros((2, 3, 2)), np.array([3, 1]), np.zeros(2), np.zeros(2), np.zeros((2, 2)))


def test_runs_cover_every_sentence_once_and_keep_a_long_one_apart() -> None:
    lengths = [2] * 30 + [150]
    ends = batch_ends(lengths)
    assert ends[-1] == len(lengths) and ends == sorted(set(ends))
    assert all(b - a <= _BATCH for a, b in zip([0, *ends], ends, strict=False))
    assert ends[-2:] == [30, 31]  # the long sentence runs alone, not padding thirty short ones
    many = [5] * (3 * _BATCH)
    assert all(b - a <= _BATCH for a, b in zip([0, *batch_ends(many)], batch_ends(many), strict=False))
    assert batch_ends([]) == []


def test_sentences_of_any_length_read_together_as_each_alone() -> None:
    tagger = Tagger()
    sentences = ["好", "柯远航说。", "东川理工大学材料学院院长柯远航教授表示，" * 6 + "项目由青禾材料有限公司牵头。",
                 "西岭医院院长周明远", "", "周明远"]
    assert tagger.tag(sentences) == [tagger.tag([s])[0] for s in sentences]
