"""Synthetic corpus with ground truth: award nominations, news and funding guides in the broken
layouts of PDF text, over an invented world of people, institutions, papers and patents.

`python -m bench.synth --out DIR --docs N --seed S` writes N .txt files and truth.json.
"""

from bench.synth.corpus import Corpus, SynthDocument, genre_of, write_corpus

__all__ = ["Corpus", "SynthDocument", "genre_of", "write_corpus"]
