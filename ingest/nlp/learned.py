"""`kg_learned`: the learned tagger as a spaCy component. The model proposes spans; our word lists
then extend or veto them, and map the model's labels to ours:

- PER -> PERSON, less any title or position word at either end (a title is never part of a name)
  and never a word our lists say is no name;
- ORG, COM, GOV -> ORG, completed by an organization ending the model cut short (清华大|学), its kind
  from that ending where our lists know one, else company (COM), government (GOV) or other;
- POS -> TITLE where the words are a title in our lists (教授, 研究员), else POSITION.

The spans go into the span group `kg_learned` only where ingest.nlp.learned_merge lets them: where the
rules found nothing and the span passes the rules' own checks, or where it completes an organization
the rules cut. `kg_entities` takes the rules' spans first and these after.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ingest.nlp.components import (
    GROUP_LEARNED,
    GROUP_ORGS,
    GROUP_PERSONS,
    GROUP_ROLES,
    _found,
    annotate,
    doc_tokens,
    jieba_dictionary,
)
from ingest.nlp.found import Found
from ingest.nlp.learned_merge import merge_proposals
from ingest.nlp.lexicon import Lexicon, kind_of, load_lexicon
from ingest.nlp.tagger import TaggedSpan, Tagger
from ingest.nlp.tagger_features import FeatureLexicon, feature_lexicon

_COUNT = r"(?:\d+|[多几数两一二三四五六七八九十百千万余]+)[家所个批座项]"
_COUNTED_BEFORE = re.compile(_COUNT + r"$")
_COUNTED_AFTER = re.compile(r"(?:达|共|超过|近|逾)?\d+[家所]")
_NO_TAGS: Mapping[str, str] = {}
_CELL_BREAKS = "|\t\n"  # table cells and lines: a name never runs across them
_LONGEST_LATIN_ORG = 12  # longer Latin-only spans in Chinese prose are titles and journals
_MODEL_KINDS = {"COM": "company", "GOV": "government", "ORG": "other"}
_PUNCT_EDGES = "，。、；：！？,.;:!?（）()《》“”\"'·- \t\n\r\u3000"


def to_found(
    text: str, span: TaggedSpan, lex: Lexicon, features: FeatureLexicon, tags: Mapping[str, str] = _NO_TAGS,
) -> Found | None:
    """Our span for one of the model's, or None where our word lists (and jieba's dictionary,
    `tags`) veto it."""
    start, end = span.start, span.end
    while start < end and text[start] in _PUNCT_EDGES:
        start += 1
    while end > start and text[end - 1] in _PUNCT_EDGES:
        end -= 1
    if start >= end:
        return None
    if span.label == "PER":
        person = _person(text, start, end, lex, features)
        if person and tags.get(text[person.start:person.end], "")[:1] in ("v", "a"):
            return None  # a word the dictionary knows as a verb or adjective (简介, 应邀)
        return person
    if span.label == "POS":
        words = text[start:end]
        return Found(start, end, "TITLE" if _is_title(words, lex) else "POSITION")
    end = next((i for i in range(start, end) if text[i] in _CELL_BREAKS), end)
    if start >= end or (end - start > _LONGEST_LATIN_ORG and text[start:end].isascii()):
        return None  # a title or journal in English, not a unit
    end = complete_org(text, start, end, features)
    if counted(text, start, end):
        return None
    name = text[start:end]
    if features.suffix_kinds.get(name, "government") != "government" or name in lex.org_generic:
        return None  # 中心, 大学 alone: a word referring back, not a name (发改委 alone names one office)
    kind = kind_of(name)
    return Found(start, end, "ORG", kind if kind != "other" else _MODEL_KINDS[span.label])


def counted(text: str, start: int, end: int) -> bool:
    """A count before or after the name makes it a category (10家研发中心, 研发中心达393家)."""
    return bool(_COUNTED_BEFORE.search(text, max(0, start - 6), start) or _COUNTED_AFTER.match(text, end))


def _person(text: str, start: int, end: int, lex: Lexicon, features: FeatureLexicon) -> Found | None:
    """The name less every title or position word that overlaps either of its ends (院|长王明 -> 王明);
    none where one character is left (陈|先生: a form of address, not a name)."""
    for at in range(max(0, start - features.max_role + 1), end):
        for word, _ in features.roles_by_first.get(text[at], ()):
            last = at + len(word)
            if not text.startswith(word, at) or last <= start:
                continue
            if at <= start:
                start = max(start, last)
            elif last >= end:
                end = min(end, at)
    stop = next((i for i in range(start, end) if _breaks_name(text, i)), end)
    name = text[start:stop]
    if len(name) < 2 or name in lex.non_names or name in lex.titles or name in lex.positions:
        return None
    return Found(start, stop, "PERSON")


def _breaks_name(text: str, i: int) -> bool:
    """Punctuation or space ends a name; the middle dot of a foreign name and the space between
    two Latin words (Thomas Reed) do not."""
    ch = text[i]
    if ch in _CELL_BREAKS:
        return True
    if ch == "·" or (ch == " " and 0 < i < len(text) - 1 and text[i - 1].isascii() and text[i + 1].isascii()):
        return False
    return unicodedata.category(ch)[0] in "PZ"


def _is_title(words: str, lex: Lexicon) -> bool:
    return words in lex.titles or (words not in lex.positions and words.endswith(tuple(lex.titles)))


def complete_org(text: str, start: int, end: int, features: FeatureLexicon) -> int:
    """The end of the organization, moved past an ending the model cut: one that begins inside
    the span and runs past its end (清华大|学). An ending right after the span is left alone: that
    is most often a unit of its own (某大学|医学院) or a common noun (某银行|企业)."""
    best = end
    for inside in range(1, min(features.max_suffix, end - start)):
        begin = end - inside
        for size in range(features.max_suffix, inside, -1):
            if begin + size <= best or begin + size > len(text):
                continue
            if text[begin:begin + size] in features.suffix_kinds:
                best = begin + size
                break
    return best


class LearnedRecognizer:
    def __init__(self, name: str) -> None:
        self.name = name
        self.tagger: Tagger | None = None
        self.lexicon: Lexicon | None = None
        self.features: FeatureLexicon | None = None
        self.tags: dict[str, str] = {}
        self.freq: dict[str, int] = {}

    def initialize(self, get_examples: Callable[[], Any] | None = None, nlp: Language | None = None) -> None:
        self.tagger = Tagger()
        self.lexicon = load_lexicon()
        self.features = feature_lexicon()
        self.tags, self.freq = jieba_dictionary()

    def __call__(self, doc: Doc) -> Doc:
        if self.tagger is None:
            self.initialize()
        assert self.tagger is not None and self.lexicon is not None and self.features is not None
        tokens = doc_tokens(doc, self.tags, self.freq)  # jieba's words, before any component split them
        words = list(zip(tokens.starts, tokens.ends, strict=True))
        text = doc.text
        proposed = self.tagger.spans(text, words, self.tags, self.features)
        found = [f for s in proposed if (f := to_found(text, s, self.lexicon, self.features, self.tags)) is not None]
        persons = [_found(s) for s in doc.spans.get(GROUP_PERSONS, [])]
        rule_orgs = [_found(s) for s in doc.spans.get(GROUP_ORGS, [])]
        if any(counted(text, o.start, o.end) for o in rule_orgs):  # the same veto for the rules' names
            rule_orgs = [o for o in rule_orgs if not counted(text, o.start, o.end)]
            annotate(doc, GROUP_ORGS, rule_orgs)
        roles = [_found(s) for s in doc.spans.get(GROUP_ROLES, [])]
        added, replaced = merge_proposals(text, tokens, found, [*rule_orgs, *persons, *roles], self.lexicon,
                                          self.features)
        if replaced:
            annotate(doc, GROUP_ORGS, [o for o in rule_orgs if o not in replaced])
            annotate(doc, GROUP_ROLES, [r for r in roles if r not in replaced])
            annotate(doc, GROUP_PERSONS, [p for p in persons if p not in replaced])
        found = added
        annotate(doc, GROUP_LEARNED, found)
        return doc


@Language.factory("kg_learned", assigns=["doc.spans"])
def make_learned(nlp: Language, name: str) -> LearnedRecognizer:
    return LearnedRecognizer(name)
