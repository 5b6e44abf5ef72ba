"""`python -m bench.synth --out DIR --docs N --seed S`: write a corpus and its truth.json."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench.synth.corpus import write_corpus


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.synth", description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="folder to write the documents into")
    parser.add_argument("--docs", type=int, default=100, help="number of documents")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same bytes)")
    args = parser.parse_args(argv)
    if args.docs < 1:
        parser.error("--docs must be at least 1")
    started = time.perf_counter()
    truth = write_corpus(args.out, args.docs, args.seed)
    print(f"documents: {len(truth['documents'])}  people: {len(truth['people'])}  "
          f"mentions: {len(truth['mentions'])}  names shared by several people: {truth['shared_names']}  "
          f"planted collisions: {len(truth['planted_collisions'])}  seconds: {time.perf_counter() - started:.1f}")


if __name__ == "__main__":
    main()
