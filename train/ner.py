"""Rebuild the NER model the package ships (ingest/data/ner/) from LAC and public corpora.

    python -m train.ner --lac LAC-2.1.2.tar.gz --cluener C/train.json [--msra DIR] \
        [--resume R/train.char.bmes] [--out ingest/data/ner] [--holdout-out held_out.json] [--seed 16] [--holdout-seed 16]

Baidu LAC's pretrained encoder (train.lac) gets a new output layer and CRF over our tags and is
fine-tuned on the corpora (train.network); the result is written as one ONNX graph with LAC's
dictionaries beside it. After each epoch the held-out scores are printed.

Training splits only (README, "The NER model"). A seeded part of CLUENER's training split
(--holdout, 10% by default) is kept out of training and written, as CLUENER lines, to
--holdout-out: `python -m bench.ner` scores the model on it.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tarfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from bench.ner import gold_spans, prf, score
from ingest.nlp.lexical import FILES, Vocabulary
from ingest.nlp.tagger import NETWORK_FILE, TAGS, Tagger, model_path, read_spans
from train.corpora import (
    UNMARKED_POSITIONS,
    CorpusError,
    Example,
    mark_positions,
    organization_labels,
    position_words,
    read_boson,
    read_cluener,
    read_msra,
    read_msra_bio,
    read_resume,
    read_weibo,
    relabel_organizations,
)
from train.lac import network, read_lac
from train.network import fine_tune, new_head

DEFAULT_EPOCHS = 3
DEFAULT_RATES = (1e-3, 3e-3)
_LONGEST_TRAINING = 160  # tokens; the few longer sentences are cut
_AS_CLUENER = {"PER": "name", "ORG": "organization", "COM": "company", "GOV": "government", "POS": "position"}


def bio_labels(example: Example) -> list[str]:
    labels = ["O"] * len(example.text)
    for start, end, label in example.spans:
        if any(tag != "O" for tag in labels[start:end]):
            continue  # CLUENER nests a few mentions; the first (leftmost, longest) wins
        labels[start] = "B-" + label
        labels[start + 1:end] = ["I-" + label] * (end - start - 1)
    return labels


def split_held_out(rows: list[tuple[Example, str]], share: float, seed: int) -> tuple[list[Example], list[str]]:
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    cut = round(len(rows) * share)
    held = set(order[:cut])
    return [ex for i, (ex, _) in enumerate(rows) if i not in held], [rows[i][1] for i in sorted(held)]


def token_tags(vocabulary: Vocabulary, example: Example) -> tuple[list[int], list[int]]:
    """LAC's tokens of a sentence and the tag of each (the tag of its first character); no token
    straddles a name's end, so every name starts and ends on a token."""
    ids, sizes = vocabulary.tokens(example.text, {i for s, e, _ in example.spans for i in (s, e)})
    chars = bio_labels(example)
    tags, pos = [], 0
    for size in sizes:
        tags.append(TAGS.index(chars[pos]))
        pos += size
    return ids[:_LONGEST_TRAINING], tags[:_LONGEST_TRAINING]


def held_out_scores(tagger: Tagger, rows: list[dict[str, Any]]) -> str:
    """Span F1 per CLUENER label on the held-out lines, the model's labels read as bench.ner reads ours."""
    found = [{(s.start, s.end, _AS_CLUENER[s.label]) for s in read_spans(labels)}
             for labels in tagger.tag([str(r["text"]) for r in rows])]
    counts = score([gold_spans(r) for r in rows], found)
    return ", ".join(f"{label} {prf(c)[2]:.3f}" for label, c in counts.items())


def main(argv: list[str] | None = None) -> int:
    doc = __doc__ or ""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--lac", type=Path, required=True, help="LAC-2.1.2.tar.gz, LAC's source package")
    parser.add_argument("--cluener", type=Path, required=True, help="CLUENER2020 train.json")
    parser.add_argument("--msra", type=Path,
                        help="MSRA NER's training split: msra_train_bio, or a folder with sentences.txt and tags.txt")
    parser.add_argument("--resume", type=Path, help="Resume NER train.char.bmes")
    parser.add_argument("--weibo", type=Path, help="Weibo NER weiboNER_2nd_conll.train")
    parser.add_argument("--boson", type=Path, help="Boson NER boson.txt (JSON lines)")
    parser.add_argument("--out", type=Path, default=model_path(), help="model folder to write")
    parser.add_argument("--holdout", type=float, default=0.1, help="share of CLUENER train kept out")
    parser.add_argument("--holdout-out", type=Path, help="write the held-out CLUENER lines here")
    parser.add_argument("--seed", type=int, default=16, help="the order of training and the new layer's start")
    parser.add_argument("--holdout-seed", type=int, default=16,
                        help="which CLUENER lines are held out: the same part whatever --seed trains with")
    parser.add_argument("--limit", type=int, help="use at most this many training sentences (quick trials)")
    parser.add_argument("--epochs", type=int, default=DEFAULT_EPOCHS)
    parser.add_argument("--rate-encoder", type=float, default=DEFAULT_RATES[0], help="Adam's rate for LAC's layers")
    parser.add_argument("--rate-head", type=float, default=DEFAULT_RATES[1], help="for the new output layer and CRF")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        lac, files = read_lac(args.lac)
        examples, held_out = split_held_out(list(read_cluener(args.cluener)), args.holdout, args.holdout_seed)
        if args.msra:
            examples += list(read_msra(args.msra) if args.msra.is_dir() else read_msra_bio(args.msra))
        if args.resume:
            examples += list(read_resume(args.resume))
        if args.weibo:
            examples += list(read_weibo(args.weibo))
        if args.boson:
            examples += list(read_boson(args.boson))
    except (OSError, CorpusError, ValueError, tarfile.TarError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    cluener = [ex for ex in examples if ex.source == "cluener"]
    positions, organizations = position_words(cluener), organization_labels(cluener)
    examples = [ex if ex.source == "cluener" else relabel_organizations(ex, organizations) for ex in examples]
    examples = [mark_positions(ex, positions) if ex.source in UNMARKED_POSITIONS else ex for ex in examples]
    random.Random(args.seed).shuffle(examples)
    if args.limit:
        examples = examples[:args.limit]
    if args.holdout_out:
        args.holdout_out.write_text("".join(line + "\n" for line in held_out), encoding="utf-8")
    sources = Counter(ex.source for ex in examples)
    print(f"training on {len(examples)} sentences ({', '.join(f'{k} {v}' for k, v in sorted(sources.items()))}); "
          f"{len(held_out)} CLUENER sentences held out", flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        if name in FILES:
            (args.out / name).write_bytes(content)
    vocabulary = Vocabulary(args.out)
    data = [token_tags(vocabulary, ex) for ex in examples if ex.text]
    data = [d for d in data if d[0]]
    held_rows = [json.loads(line) for line in held_out]

    def write(params: dict[str, np.ndarray]) -> None:
        (args.out / NETWORK_FILE).write_bytes(network(params, TAGS).SerializeToString())

    def report(epoch: int, loss: float, params: dict[str, np.ndarray]) -> None:
        write(params)
        scores = held_out_scores(Tagger(args.out), held_rows) if held_rows else "no held-out lines"
        print(f"epoch {epoch + 1}/{args.epochs}: loss {loss:.3f}; held out: {scores} "
              f"({time.perf_counter() - started:.0f} s)", flush=True)

    tuned = fine_tune(new_head(lac, len(TAGS), args.seed), data, epochs=args.epochs, seed=args.seed,
                      rate_encoder=args.rate_encoder, rate_head=args.rate_head, after_epoch=report)
    write(tuned)
    size = sum(f.stat().st_size for f in args.out.iterdir()) / 1e6
    print(f"wrote {args.out} ({size:.1f} MB) in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
