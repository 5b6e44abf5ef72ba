"""Extraction time against a document's length: seconds per 100 kB of one long text at two sizes, and their
ratio (about 1 where the time grows linearly with the length). Figures only, no assertions.

    python -m bench.long_document [--kb 100] [--times 4]    (from the project root)

Text: the news articles of the synthetic corpus (bench.synth) one after another, as one document, so that a
longer document names more people and units, as a long real one does.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterator

import jieba

from bench.synth import Corpus
from ingest.extract import extract
from ingest.model import SourceDocument

SEED = 1
DOCUMENTS_PER_KB = 5  # a news article is about 1.5 kB, one document in five: enough news, read only as far as needed


def _articles(kilobytes: float) -> Iterator[str]:
    corpus = Corpus(max(50, round(kilobytes * DOCUMENTS_PER_KB)), SEED)
    return (d.text.strip() for d in corpus.documents() if d.genre == "news")


def long_text(kilobytes: float, articles: Iterator[str] | None = None) -> str:
    """News articles, one paragraph break apart, up to about `kilobytes` of UTF-8."""
    parts: list[str] = []
    size = 0
    for article in articles or _articles(kilobytes):
        if size >= kilobytes * 1024:
            break
        parts.append(article)
        size += len(article.encode("utf-8")) + 2
    return "\n\n".join(parts) + "\n"


def seconds_per_100kb(text: str) -> float:
    size = len(text.encode("utf-8"))
    started = time.perf_counter()
    extract(SourceDocument("long.txt", text, "utf-8", size))
    return (time.perf_counter() - started) / (size / 102_400)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=float, default=100.0, help="the shorter document's size in kilobytes")
    parser.add_argument("--times", type=float, default=4.0, help="how many times longer the longer one is")
    args = parser.parse_args()
    jieba.setLogLevel(60)
    longer = long_text(args.kb * args.times)
    shorter = long_text(args.kb, iter(longer.split("\n\n")))
    seconds_per_100kb(long_text(4))  # load the pipeline and its dictionaries before timing
    short_rate, long_rate = seconds_per_100kb(shorter), seconds_per_100kb(longer)
    print(f"{len(shorter.encode('utf-8')) / 1024:7.0f} kB: {short_rate:6.2f} s per 100 kB")
    print(f"{len(longer.encode('utf-8')) / 1024:7.0f} kB: {long_rate:6.2f} s per 100 kB")
    print(f"{'ratio':>10}: {long_rate / short_rate:6.2f}  (1 is linear; {args.times:g} would be quadratic)")


if __name__ == "__main__":
    main()
