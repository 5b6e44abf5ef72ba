"""Person-resolution benchmark: pairwise precision, recall and F1 of same-person decisions.

    python -m bench.resolution [--docs 300] [--seed 1] [--corpus DIR]

Generates a corpus (or takes one with its truth.json), ingests it document by document into a
fresh embedded store (each document resolved against what the graph already holds), then reads
which Person node every (document, name) became and compares with the truth. Anchor: AMiner
WhoIsWho from scratch ~0.89 F1; target F1 >= 0.95 with precision >= 0.98. Figures only.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from bench.ingest import corpus, fresh_store
from graph.schema import Label, RelType

MENTIONED_PEOPLE = (
    f"MATCH (d:{Label.DOCUMENT})-[:{RelType.MENTIONS}]->(p:{Label.PERSON}) "
    "RETURN d.name AS document, p.name AS name, p.key AS key"
)

Mention = tuple[str, str]  # (document, name)


@dataclass(frozen=True, slots=True)
class PairScores:
    precision: float
    recall: float
    f1: float
    true_pairs: int
    predicted_pairs: int
    correct_pairs: int


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise(truth: Mapping[Mention, str], predicted: Mapping[Mention, str]) -> PairScores:
    """Pairwise scores over the mentions both sides have: a pair is 'same person' or not."""
    common = [m for m in truth if m in predicted]
    true_pairs = sum(_pairs(n) for n in Counter(truth[m] for m in common).values())
    predicted_pairs = sum(_pairs(n) for n in Counter(predicted[m] for m in common).values())
    correct = sum(_pairs(n) for n in Counter((truth[m], predicted[m]) for m in common).values())
    precision = correct / predicted_pairs if predicted_pairs else 1.0
    recall = correct / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PairScores(precision, recall, f1, true_pairs, predicted_pairs, correct)


def _clean(name: str) -> str:
    return "".join(str(name).split())


def truth_mentions(truth: dict) -> dict[Mention, str]:
    return {(m["document"], _clean(m["name"])): m["person"] for m in truth["mentions"]}


def predicted_mentions(rows: Iterable[Mapping[str, object]]) -> tuple[dict[Mention, str], int]:
    """(document, name) -> Person key, and how many mentions went to more than one node."""
    keys: dict[Mention, set[str]] = {}
    for row in rows:
        keys.setdefault((str(row["document"]), _clean(str(row["name"]))), set()).add(str(row["key"]))
    return {m: min(k) for m, k in keys.items()}, sum(1 for k in keys.values() if len(k) > 1)


def report(truth: dict, predicted: dict[Mention, str], split_in_document: int) -> None:
    expected = truth_mentions(truth)
    genre = {d["document"]: d["genre"] for d in truth["documents"]}
    found = [m for m in expected if m in predicted]
    spurious = [m for m in predicted if m not in expected and m[0] in genre]
    print(f"mentions       {len(expected)} in truth, {len(found)} found ({len(found) / max(1, len(expected)):.3f}), "
          f"{len(spurious)} person mentions not in truth, {split_in_document} split within a document")
    missed = [m for m in expected if m not in predicted]
    print("  e.g. missed: " + " ".join(f"{n}({genre[d][:5]})" for d, n in missed[:8]))
    print("  e.g. not in truth: " + " ".join(f"{n}({genre[d][:5]})" for d, n in spurious[:8]))
    for g in sorted(set(genre.values())):
        total = sum(1 for m in expected if genre[m[0]] == g)
        hit = sum(1 for m in found if genre[m[0]] == g)
        print(f"  {g:<18} {hit}/{total} found")
    people = len({expected[m] for m in found})
    nodes = len({predicted[m] for m in found})
    print(f"people         {people} true people behind the found mentions, {nodes} Person nodes")
    scores = pairwise(expected, predicted)
    print(f"pairwise       precision {scores.precision:.4f}  recall {scores.recall:.4f}  F1 {scores.f1:.4f}  "
          f"(true pairs {scores.true_pairs}, predicted {scores.predicted_pairs}, correct {scores.correct_pairs})")
    same_name = _same_name_scores(expected, predicted, found)
    print(f"same-name only precision {same_name.precision:.4f}  recall {same_name.recall:.4f}  F1 {same_name.f1:.4f}  "
          f"over names several true people share")
    for (a, b), (hit, total) in sorted(_recall_by_genre_pair(expected, predicted, found, genre).items()):
        print(f"  same person in {a} and {b}: {hit}/{total} pairs joined")
    roles = {(m["document"], _clean(m["name"])): m.get("roles", []) for m in truth["mentions"]}
    by_role = missed_by_role(expected, predicted, roles)
    print("missed pairs   " + ("  ".join(f"{a}-{b} {n}" for (a, b), n in by_role.most_common()) or "none")
          + "  (by the roles the truth gives the two mentions)")


def _recall_by_genre_pair(expected: dict[Mention, str], predicted: dict[Mention, str], found: list[Mention],
                          genre: dict[str, str]) -> dict[tuple[str, str], tuple[int, int]]:
    """For true same-person pairs: how many the graph joined, by the genres of the two documents."""
    by_person: dict[str, list[Mention]] = {}
    for m in found:
        by_person.setdefault(expected[m], []).append(m)
    out: dict[tuple[str, str], tuple[int, int]] = {}
    for mentions in by_person.values():
        for i, a in enumerate(mentions):
            for b in mentions[i + 1:]:
                ga, gb = genre[a[0]], genre[b[0]]
                pair = (min(ga, gb), max(ga, gb))
                hit, total = out.get(pair, (0, 0))
                out[pair] = (hit + (predicted[a] == predicted[b]), total + 1)
    return out


def missed_by_role(expected: Mapping[Mention, str], predicted: Mapping[Mention, str],
                   roles: Mapping[Mention, list[str]]) -> Counter[tuple[str, str]]:
    """True same-person pairs the graph kept apart, counted by the roles of their two mentions (a mention's
    role: speaker, journalist, contact ...; an award's author, inventor and completer count as `award`)."""
    def role(m: Mention) -> str:
        mine = roles.get(m) or ["?"]
        return "award" if set(mine) <= {"author", "inventor", "completer"} else mine[0]

    by_person: dict[str, list[Mention]] = {}
    for m in expected:
        if m in predicted:
            by_person.setdefault(expected[m], []).append(m)
    out: Counter[tuple[str, str]] = Counter()
    for mentions in by_person.values():
        for i, a in enumerate(mentions):
            for b in mentions[i + 1:]:
                if predicted[a] != predicted[b]:
                    ra, rb = sorted((role(a), role(b)))
                    out[(ra, rb)] += 1
    return out


def _same_name_scores(expected: dict[Mention, str], predicted: dict[Mention, str], found: list[Mention]) -> PairScores:
    """Scores over the mentions of names that several true people share: the hard decisions."""
    holders: dict[str, set[str]] = {}
    for m in found:
        holders.setdefault(m[1], set()).add(expected[m])
    hard = [m for m in found if len(holders[m[1]]) > 1]
    return pairwise({m: expected[m] for m in hard}, {m: predicted[m] for m in hard})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.resolution", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=300, help="documents to generate")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", type=Path, help="a folder written by `python -m bench.synth`")
    args = parser.parse_args(argv)

    from ingest.pipeline import ingest_paths

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        folder = corpus(Path(tmp), args.docs, args.seed, args.corpus)
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        with fresh_store(Path(tmp)) as (store, _):
            started = time.perf_counter()
            result = ingest_paths(store, sorted(folder.glob("*.txt")))
            print(f"ingested       {len(result.loaded)} documents, {len(result.rejected)} rejected "
                  f"in {time.perf_counter() - started:.1f} s")
            predicted, split = predicted_mentions(store.read(MENTIONED_PEOPLE))
        report(truth, predicted, split)


if __name__ == "__main__":
    main()
