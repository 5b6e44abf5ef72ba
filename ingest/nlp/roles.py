"""TITLE (职称) and POSITION (行政职务) spans: lexicon matches on word boundaries."""

from __future__ import annotations

from ingest.nlp.found import Found, Tokens
from ingest.nlp.lexicon import Lexicon


def find_roles(tokens: Tokens, lex: Lexicon) -> list[Found]:
    text = tokens.text
    starts, ends = set(tokens.starts), set(tokens.ends)
    out: list[Found] = []
    at = 0
    while (m := lex.role_pattern.search(text, at)) is not None:
        at = m.end()
        if m.start() not in starts and m.end() not in ends:
            at = m.start() + 1  # inside another word (学校长期); a role may still start inside it (泌尿外|科主任|医师)
            continue
        n = tokens.at(m.start())
        if tokens.ends[n] > m.end() and tokens.word(n).endswith(lex.org_suffixes):
            continue  # the start of a body's name: 委员|会, 理事|会
        inner = next((k for k in range(m.start() + 1, m.end()) if (longer := lex.role_pattern.match(text, k)) is not None
                      and longer.end() > m.end() and longer.end() in ends and longer.end() - k >= _LONG_ROLE), None)
        if inner is not None:
            at = inner  # 物理学院|长聘教轨副教授: a longer title opens inside the post the segmenter read (院长)
            continue
        word = m.group()
        label = "POSITION" if word in lex.positions else "TITLE"
        start = m.start() - 1 if label == "POSITION" and text.endswith("副", 0, m.start()) else m.start()
        if label == "POSITION" and word in _FUNCTION_POSTS:
            start = _function_before(tokens, lex, start)
        out.append(Found(start, m.end(), label))  # 副 + any post: a deputy's post
    return out


# a company's posts that a line of business opens (售前产品总监, 市场部经理 is a department's: DEPARTMENT reads it)
_FUNCTION_POSTS = frozenset({"总监", "经理", "主管", "专员"})
_FUNCTION_TAGS = frozenset({"n", "vn", "v", "j", "b"})
_LIST_MARKS = frozenset("、，,：:；;\n")
_LONGEST_FUNCTION = 6
_LONG_ROLE = 4


def _function_before(tokens: Tokens, lex: Lexicon, start: int) -> int:
    """Where a post opens with the words of a line of business right after a list's mark (`、售前产品|总监`): the
    dictionary's common words, no unit's ending and no post among them; else `start`."""
    text = tokens.text
    n = tokens.at(start - 1) if start > 0 else -1
    at = start
    while n >= 0 and tokens.ends[n] == at and tokens.tags[n] in _FUNCTION_TAGS and start - tokens.starts[n] <= _LONGEST_FUNCTION:
        word = tokens.word(n)
        if word.endswith(lex.org_suffixes) or lex.role_pattern.fullmatch(word):
            return start
        at = tokens.starts[n]
        n -= 1
    return at if at < start and (at == 0 or text[at - 1] in _LIST_MARKS) else start
