"""Rebuild the NER model the package ships (ingest/data/ner.crfsuite) from public corpora.

    python -m train.ner --cluener C/train.json [--msra DIR] [--resume R/train.char.bmes] \
        [--out ingest/data/ner.crfsuite] [--holdout-out held_out.json] [--seed 16]

Training splits only (README, "The NER model"). A seeded part of CLUENER's training split
(--holdout, 10% by default) is kept out of training and written, as CLUENER lines, to
--holdout-out: `python -m bench.ner` scores the model on it.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import jieba
import pycrfsuite

from ingest.nlp.lexicon import jieba_dictionary
from ingest.nlp.tagger import model_path
from ingest.nlp.tagger_features import feature_lexicon, sentence_features
from train.corpora import CorpusError, Example, read_cluener, read_msra, read_resume

DEFAULT_PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.minfreq": 2}


def bio_labels(example: Example) -> list[str]:
    labels = ["O"] * len(example.text)
    for start, end, label in example.spans:
        if any(tag != "O" for tag in labels[start:end]):
            continue  # CLUENER nests a few mentions; the first (leftmost, longest) wins
        labels[start] = "B-" + label
        labels[start + 1:end] = ["I-" + label] * (end - start - 1)
    return labels


def words_of(text: str) -> list[tuple[int, int]]:
    """jieba's words as offsets, cut as spaCy's Chinese tokenizer cuts them."""
    bounds, pos = [], 0
    for word in jieba.cut(text, cut_all=False):
        bounds.append((pos, pos + len(word)))
        pos += len(word)
    return bounds


def split_held_out(rows: list[tuple[Example, str]], share: float, seed: int) -> tuple[list[Example], list[str]]:
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    cut = round(len(rows) * share)
    held = set(order[:cut])
    return [ex for i, (ex, _) in enumerate(rows) if i not in held], [rows[i][1] for i in sorted(held)]


def train(examples: Iterable[Example], out: Path, params: dict[str, float | int]) -> int:
    tags, _ = jieba_dictionary()
    lex = feature_lexicon()
    trainer = pycrfsuite.Trainer(verbose=False)
    count = 0
    for example in examples:
        if not example.text:
            continue
        trainer.append(sentence_features(example.text, words_of(example.text), tags, lex), bio_labels(example))
        count += 1
    trainer.select("lbfgs")
    trainer.set_params({**params, "feature.possible_transitions": True})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return count


def main(argv: list[str] | None = None) -> int:
    doc = __doc__ or ""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--cluener", type=Path, required=True, help="CLUENER2020 train.json")
    parser.add_argument("--msra", type=Path, help="folder with sentences.txt and tags.txt from MSRA NER's training split")
    parser.add_argument("--resume", type=Path, help="Resume NER train.char.bmes")
    parser.add_argument("--out", type=Path, default=model_path(), help="model file to write")
    parser.add_argument("--holdout", type=float, default=0.1, help="share of CLUENER train kept out")
    parser.add_argument("--holdout-out", type=Path, help="write the held-out CLUENER lines here")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--limit", type=int, help="use at most this many training sentences (quick trials)")
    parser.add_argument("--iterations", type=int, default=int(DEFAULT_PARAMS["max_iterations"]))
    parser.add_argument("--c1", type=float, default=float(DEFAULT_PARAMS["c1"]))
    parser.add_argument("--c2", type=float, default=float(DEFAULT_PARAMS["c2"]))
    args = parser.parse_args(argv)
    jieba.setLogLevel(60)
    started = time.perf_counter()
    try:
        examples, held_out = split_held_out(list(read_cluener(args.cluener)), args.holdout, args.seed)
        if args.msra:
            examples += list(read_msra(args.msra))
        if args.resume:
            examples += list(read_resume(args.resume))
    except (OSError, CorpusError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    random.Random(args.seed).shuffle(examples)
    if args.limit:
        examples = examples[:args.limit]
    if args.holdout_out:
        args.holdout_out.write_text("".join(line + "\n" for line in held_out), encoding="utf-8")
    sources = Counter(ex.source for ex in examples)
    print(f"training on {len(examples)} sentences ({', '.join(f'{k} {v}' for k, v in sorted(sources.items()))}); "
          f"{len(held_out)} CLUENER sentences held out", flush=True)
    params = {**DEFAULT_PARAMS, "max_iterations": args.iterations, "c1": args.c1, "c2": args.c2}
    train(examples, args.out, params)
    size = args.out.stat().st_size / 1e6
    print(f"wrote {args.out} ({size:.1f} MB) in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
