"""TITLE (职称) and POSITION (行政职务) spans: lexicon matches on word boundaries."""

from __future__ import annotations

from ingest.nlp.found import Found, Tokens
from ingest.nlp.lexicon import Lexicon


def find_roles(tokens: Tokens, lex: Lexicon) -> list[Found]:
    text = tokens.text
    starts, ends = set(tokens.starts), set(tokens.ends)
    out: list[Found] = []
    for m in lex.role_pattern.finditer(text):
        if m.start() not in starts and m.end() not in ends:
            continue  # inside another word: 学校长期
        n = tokens.at(m.start())
        if tokens.ends[n] > m.end() and tokens.word(n).endswith(lex.org_suffixes):
            continue  # the start of a body's name: 委员|会, 理事|会
        word = m.group()
        label = "POSITION" if word in lex.positions else "TITLE"
        start = m.start() - 1 if label == "POSITION" and text.endswith("副", 0, m.start()) else m.start()
        out.append(Found(start, m.end(), label))  # 副 + any post: a deputy's post
    return out
