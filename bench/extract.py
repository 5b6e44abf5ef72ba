"""Extraction throughput against jieba.cut on the same text: figures only, no assertions.

    python -m bench.extract [--mb 3]    (from the project root)

Text: the seed documents and the news fixtures, repeated to about --mb megabytes.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import jieba

from ingest.extract import extract
from ingest.genres.detect import detect_genre
from ingest.model import SourceDocument

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"  # ../shared beside the checkout; without it, our own fixtures alone
SOURCES = [*sorted(SEEDS.glob("*.txt")), *sorted((ROOT / "tests/fixtures/news").glob("*.txt"))]


def _documents(megabytes: float) -> list[SourceDocument]:
    base = [SourceDocument(p.name, p.read_text(encoding="utf-8"), "utf-8", p.stat().st_size) for p in SOURCES]
    size = sum(len(d.text.encode("utf-8")) for d in base)
    copies = max(1, round(megabytes * 1024 * 1024 / size)) if size else 0
    return [SourceDocument(f"{i}_{d.name}", d.text, d.encoding, d.size) for i in range(copies) for d in base]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=3.0, help="megabytes of text to process")
    args = parser.parse_args()
    jieba.setLogLevel(60)
    docs = _documents(args.mb)
    kb = sum(len(d.text.encode("utf-8")) for d in docs) / 1024
    first_of_genre: dict[str, SourceDocument] = {}
    for doc in docs:
        first_of_genre.setdefault(detect_genre(doc.text), doc)
    for doc in first_of_genre.values():
        extract(doc)  # load every genre's pipeline and dictionaries before timing, as for jieba below
    jieba.lcut("预热")

    started = time.perf_counter()
    failures = 0
    for doc in docs:
        try:
            extract(doc)
        except Exception:  # a figure, not a test: count and go on
            failures += 1
    ours = kb / (time.perf_counter() - started)

    started = time.perf_counter()
    for doc in docs:
        jieba.lcut(doc.text)
    theirs = kb / (time.perf_counter() - started)

    seeds = "" if SEEDS.is_dir() else f"; no seeds at {SEEDS}: our own fixtures only"
    print(f"text: {len(docs)} documents, {kb / 1024:.2f} MB ({len(SOURCES)} distinct files{seeds})")
    print(f"extract:   {ours:8.1f} KB/s" + (f"  ({failures} documents failed)" if failures else ""))
    print(f"jieba.cut: {theirs:8.1f} KB/s")
    print(f"ratio:     {ours / theirs:8.2f}  (target >= 0.5)")


if __name__ == "__main__":
    main()
