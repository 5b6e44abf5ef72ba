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
from collections.abc import Callable, Mapping
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

_COUNT = r"(?:\d+|[多几数两一二三四五六七八九十百千万余]+)[家所个批座项]"
_COUNTED_BEFORE = re.compile(_COUNT + r"$")
_COUNTED_AFTER = re.compile(r"(?:达|共|超过|近|逾)?\d+[家所]")
_NO_TAGS: Mapping[str, str] = {}
_CELL_BREAKS = "|\t\n"  # table cells and lines: a name never runs across them
_LONGEST_LATIN_ORG = 12  # longer Latin-only spans in Chinese prose are titles and journals
_ADDRESS = ("同志", "先生", "女士")  # written after a full name
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


def prefer_rule_orgs(found: list[Found], rule_orgs: list[Found], rule_persons: list[Found]) -> list[Found]:
    """A rule's organization replaces the model's that it holds where it is one name the model cut
    in pieces (it holds two or more), or a compound name whose units the rules know (`parts`),
    or the same span (whose parts it brings); and the model's organization that runs on into a
    person's name (某医科院|穆远浩) gives way to the rule's organization before the name.
    Elsewhere the model's span stands."""
    orgs = [f for f in found if f.label == "ORG"]
    persons = {(p.start, p.end) for p in rule_persons}
    out: list[Found] = []
    for f in found:
        if f.label == "ORG":
            for rule in rule_orgs:
                held = [o for o in orgs if rule.start <= o.start and o.end <= rule.end]
                same = (rule.start, rule.end) == (f.start, f.end)
                if f in held and (len(held) > 1 or rule.parts or same):
                    f = rule
                    break
                if rule.start == f.start and rule.end < f.end and (rule.end, f.end) in persons:
                    f = rule
                    break
        if f not in out:
            out.append(f)
    return out


def drop_orgs_named_as_persons(
    text: str, found: list[Found], rule_persons: list[Found], lex: Lexicon, features: FeatureLexicon,
) -> list[Found]:
    """An organization the model proposed is no organization where it has no ending our lists know
    and the rules read a person's name across it that a title, a position, a form of address or a
    reporting verb stands next to (主任|欧阳景澄|研究员, 聘任|司徒振华|同志): the rules' name then
    takes its place. Without such a word the model is trusted (沙尔克 is a club, not a 沙)."""
    endings = tuple(features.suffix_kinds)
    named = [p for p in rule_persons if _next_to_person_word(text, p.start, p.end, lex, features)]
    return [
        f for f in found
        if not (f.label == "ORG" and not text[f.start:f.end].endswith(endings)
                and any(p.start < f.end and f.start < p.end for p in named))
    ]


def prefer_rule_persons(
    text: str, found: list[Found], rule_persons: list[Found], lex: Lexicon, features: FeatureLexicon,
) -> list[Found]:
    """Where the model's name and the rules' overlap but differ, the rules' stands if a title, a
    position, a form of address or a reporting verb stands next to it (院长长|吕奔|表示)."""
    named = [p for p in rule_persons if _next_to_person_word(text, p.start, p.end, lex, features)]
    out: list[Found] = []
    for f in found:
        if f.label == "PERSON":
            f = next((p for p in named if p.start < f.end and f.start < p.end), f)
        if f not in out:
            out.append(f)
    return out


def named_rule_persons(
    text: str, found: list[Found], rule_persons: list[Found], rule_orgs: list[Found], lex: Lexicon,
    features: FeatureLexicon,
) -> list[Found]:
    """The rules' names the model missed, where the text says they are people: a title, position,
    form of address or reporting verb next to them, a unit right before them (某研究院|杜某), a space
    before them (a byline), or a list mark between them and such a name. The rules' other guesses
    (a transliterated club, a brand) are left out."""
    free = [p for p in rule_persons if not any(p.start < f.end and f.start < p.end for f in found)]
    org_ends = {o.end for o in (*found, *rule_orgs) if o.label == "ORG"}
    accepted = [p for p in free if _next_to_person_word(text, p.start, p.end, lex, features)
                or p.start in org_ends or (p.start and text[p.start - 1] in " \t\u3000")]
    people = {(f.start, f.end) for f in (*found, *accepted) if f.label == "PERSON"}
    grown = True
    while grown:
        grown = False
        for p in free:
            if p in accepted:
                continue
            if any(e + 1 == p.start and text[e] == "、" for _, e in people) or \
                    any(p.end + 1 == s and text[p.end] == "、" for s, _ in people):
                accepted.append(p)
                people.add((p.start, p.end))
                grown = True
    return sorted(accepted, key=lambda p: p.start)


def _next_to_person_word(text: str, start: int, end: int, lex: Lexicon, features: FeatureLexicon) -> bool:
    after = any(text.startswith(w, end) for w, _ in features.roles_by_first.get(text[end:end + 1], ()))
    before = any(text.endswith(w, 0, start) for w in features.roles if len(w) <= start)
    spoken = text.startswith((*_ADDRESS, *lex.person_context), end)
    return after or before or spoken


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
        found = prefer_rule_orgs(found, rule_orgs, persons)
        found = drop_orgs_named_as_persons(text, found, persons, self.lexicon, self.features)
        found = prefer_rule_persons(text, found, persons, self.lexicon, self.features)
        found += named_rule_persons(text, found, persons, rule_orgs, self.lexicon, self.features)
        annotate(doc, GROUP_LEARNED, found)
        return doc


@Language.factory("kg_learned", assigns=["doc.spans"])
def make_learned(nlp: Language, name: str) -> LearnedRecognizer:
    return LearnedRecognizer(name)
