"""`kg_learned`: the learned tagger as a spaCy component. The model proposes spans; our word lists
then extend or veto them, and map the model's labels to ours:

- PER -> PERSON, less any title or position word at either end (a title is never part of a name)
  and never a word our lists say is no name;
- ORG, COM, GOV -> ORG, completed by an organization ending the model cut short (清华大|学), its kind
  from that ending where our lists know one, else company (COM), government (GOV) or other;
- POS -> TITLE where the words are a title in our lists (教授, 研究员), else POSITION.

The spans go into the span group `kg_learned`; `kg_entities` prefers them to the rule groups'.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ingest.nlp.components import (
    GROUP_LEARNED,
    GROUP_ORGS,
    GROUP_PERSONS,
    _found,
    annotate,
    doc_tokens,
    jieba_dictionary,
)
from ingest.nlp.found import Found
from ingest.nlp.lexicon import Lexicon, kind_of, load_lexicon
from ingest.nlp.tagger import TaggedSpan, Tagger
from ingest.nlp.tagger_features import FeatureLexicon, feature_lexicon

# a count before or after makes a category of the name: 10家研发中心, 研发中心达393家
_COUNT = r"(?:\d+|[多几数两一二三四五六七八九十百千万余]+)[家所个批座项]"
_COUNTED_BEFORE = re.compile(_COUNT + r"$")
_COUNTED_AFTER = re.compile(r"(?:达|共|超过|近|逾)?\d+[家所]")
_MODEL_KINDS = {"COM": "company", "GOV": "government", "ORG": "other"}
_PUNCT_EDGES = "，。、；：！？,.;:!?（）()《》“”\"'·- \t"


def to_found(text: str, span: TaggedSpan, lex: Lexicon, features: FeatureLexicon) -> Found | None:
    """Our span for one of the model's, or None where our word lists veto it."""
    start, end = span.start, span.end
    while start < end and text[start] in _PUNCT_EDGES:
        start += 1
    while end > start and text[end - 1] in _PUNCT_EDGES:
        end -= 1
    if start >= end:
        return None
    if span.label == "PER":
        return _person(text, start, end, lex, features)
    if span.label == "POS":
        words = text[start:end]
        return Found(start, end, "TITLE" if _is_title(words, lex) else "POSITION")
    end = complete_org(text, start, end, features)
    if _COUNTED_BEFORE.search(text, max(0, start - 6), start) or _COUNTED_AFTER.match(text, end):
        return None
    name = text[start:end]
    kind = kind_of(name)
    return Found(start, end, "ORG", kind if kind != "other" else _MODEL_KINDS[span.label])


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
    if ch == "·" or (ch == " " and 0 < i < len(text) - 1 and text[i - 1].isascii() and text[i + 1].isascii()):
        return False
    return unicodedata.category(ch)[0] in "PZ"


def prefer_rule_orgs(found: list[Found], rule_orgs: list[Found]) -> list[Found]:
    """A rule's organization replaces the model's that it holds where it is one name the model cut
    in pieces (it holds two or more), or a compound name whose units the rules know (`parts`),
    or the same span (whose parts it brings). Elsewhere the model's span stands."""
    orgs = [f for f in found if f.label == "ORG"]
    out: list[Found] = []
    for f in found:
        if f.label == "ORG":
            for rule in rule_orgs:
                held = [o for o in orgs if rule.start <= o.start and o.end <= rule.end]
                if f in held and (len(held) > 1 or rule.parts or (rule.start, rule.end) == (f.start, f.end)):
                    f = rule
                    break
        if f not in out:
            out.append(f)
    return out


def drop_orgs_named_as_persons(
    text: str, found: list[Found], rule_persons: list[Found], features: FeatureLexicon,
) -> list[Found]:
    """An organization the model proposed is no organization where it has no ending our lists know,
    the rules read the same words as a person's name, and a title or position word stands right
    before or after them (主任|欧阳景澄|研究员): the rules' name then takes its place."""
    endings = tuple(features.suffix_kinds)
    persons = {(p.start, p.end) for p in rule_persons}
    return [
        f for f in found
        if not (f.label == "ORG" and (f.start, f.end) in persons and not text[f.start:f.end].endswith(endings)
                and _next_to_role(text, f.start, f.end, features))
    ]


def _next_to_role(text: str, start: int, end: int, features: FeatureLexicon) -> bool:
    after = any(text.startswith(w, end) for w, _ in features.roles_by_first.get(text[end:end + 1], ()))
    before = any(text.endswith(w, 0, start) for w in features.roles if len(w) <= start)
    return after or before


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
        found = [f for f in (to_found(text, s, self.lexicon, self.features) for s in proposed) if f is not None]
        found = prefer_rule_orgs(found, [_found(s) for s in doc.spans.get(GROUP_ORGS, [])])
        found = drop_orgs_named_as_persons(text, found, [_found(s) for s in doc.spans.get(GROUP_PERSONS, [])],
                                           self.features)
        annotate(doc, GROUP_LEARNED, found)
        return doc


@Language.factory("kg_learned", assigns=["doc.spans"])
def make_learned(nlp: Language, name: str) -> LearnedRecognizer:
    return LearnedRecognizer(name)
