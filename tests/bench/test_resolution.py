"""The resolution benchmark's scores: pairwise same-person decisions, and the missed pairs by role."""

from __future__ import annotations

from bench.resolution import missed_by_role, pairwise

TRUTH = {("a.txt", "柏清浩"): "p1", ("b.txt", "柏清浩"): "p1", ("c.txt", "柏清浩"): "p1",
         ("a.txt", "穆远浩"): "p2", ("d.txt", "穆远浩"): "p2", ("e.txt", "穆远浩"): "p3"}


def test_a_graph_that_keeps_everyone_apart_has_full_precision_and_no_recall() -> None:
    apart = {m: f"k{i}" for i, m in enumerate(TRUTH)}
    scores = pairwise(TRUTH, apart)
    assert (scores.precision, scores.recall, scores.true_pairs, scores.correct_pairs) == (1.0, 0.0, 4, 0)


def test_a_wrong_merge_of_namesakes_costs_precision() -> None:
    predicted = {m: "k1" if m[1] == "柏清浩" else "k2" for m in TRUTH}  # p2 and p3 merged
    scores = pairwise(TRUTH, predicted)
    assert scores.recall == 1.0 and scores.predicted_pairs == 6 and round(scores.precision, 3) == round(4 / 6, 3)


def test_missed_pairs_are_counted_by_the_roles_of_their_mentions() -> None:
    predicted = {m: "k1" for m in TRUTH if m[1] == "柏清浩"} | {
        ("a.txt", "穆远浩"): "k2", ("d.txt", "穆远浩"): "k3", ("e.txt", "穆远浩"): "k4"}
    predicted[("c.txt", "柏清浩")] = "k5"
    roles = {("a.txt", "柏清浩"): ["author", "completer"], ("b.txt", "柏清浩"): ["speaker"],
             ("c.txt", "柏清浩"): ["speaker"], ("a.txt", "穆远浩"): ["journalist"], ("d.txt", "穆远浩"): ["journalist"]}
    missed = missed_by_role(TRUTH, predicted, roles)
    assert dict(missed) == {("award", "speaker"): 1, ("speaker", "speaker"): 1, ("journalist", "journalist"): 1}
