"""Named-entity figures on a labelled file: per-label P/R/F1 and throughput. No assertions.

    python -m bench.ner FILE [--limit N]        (from the project root)

FILE holds CLUENER2020-style lines, `{"text": ..., "label": {kind: {mention: [[start, end], ...]}}}`
with inclusive ends (for instance the part of CLUENER's training split that `python -m train.ner`
held out). Our spans are read as CLUENER's labels (README, "The NER model"): PERSON is name; ORG
of kind company is company, of kind government is government, of any other kind organization;
TITLE and POSITION are position. Matching is strict: same start, end and label.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from ingest.nlp import recognise_many

LABELS = ("name", "organization", "company", "government", "position")


def as_cluener(span: dict[str, Any]) -> str:
    """Our label (and kind) as the CLUENER label an outside evaluator counts it under."""
    if span["label"] == "PERSON":
        return "name"
    if span["label"] in ("TITLE", "POSITION"):
        return "position"
    return {"company": "company", "government": "government"}.get(span.get("kind") or "", "organization")


def gold_spans(row: dict[str, Any]) -> set[tuple[int, int, str]]:
    return {(s, e + 1, kind) for kind, mentions in row.get("label", {}).items() if kind in LABELS
            for places in mentions.values() for s, e in places}


def score(gold: list[set[tuple[int, int, str]]], predicted: list[set[tuple[int, int, str]]]) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {label: Counter() for label in LABELS}
    for g, p in zip(gold, predicted, strict=True):
        for *_, label in g & p:
            counts[label]["tp"] += 1
        for *_, label in p - g:
            counts[label]["fp"] += 1
        for *_, label in g - p:
            counts[label]["fn"] += 1
    return counts


def prf(c: Counter[str]) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("file", type=Path, help="CLUENER-style JSON lines")
    parser.add_argument("--limit", type=int, help="only the first N lines")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = rows[:args.limit] if args.limit else rows
    texts = [str(r["text"]) for r in rows]
    next(recognise_many(["预热：北京大学王小明教授。"]))  # load the pipeline and model before timing
    started = time.perf_counter()
    predicted = [{(s["start"], s["end"], as_cluener(s)) for s in spans} for spans in recognise_many(texts)]
    seconds = time.perf_counter() - started
    counts = score([gold_spans(r) for r in rows], predicted)
    kb = sum(len(t.encode("utf-8")) for t in texts) / 1024
    print(f"{len(rows)} sentences, {kb:.0f} KB")
    print(f"{'label':<14}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}")
    total: Counter[str] = Counter()
    for label in LABELS:
        total.update(counts[label])
        p, r, f = prf(counts[label])
        c = counts[label]
        print(f"{label:<14}{c['tp']:>6}{c['fp']:>6}{c['fn']:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    p, r, f = prf(total)
    print(f"{'ALL':<14}{total['tp']:>6}{total['fp']:>6}{total['fn']:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    print(f"throughput: {kb / seconds:.1f} KB/s")


if __name__ == "__main__":
    main()
