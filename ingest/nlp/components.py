"""Our spaCy components. Each computes character spans with the pure rule functions, then
annotates the Doc: a span group per component, and `kg_entities` writes the final `doc.ents`.

Dictionaries are loaded in `initialize()`, never in the factory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ingest.nlp.found import Found, Tokens
from ingest.nlp.glue import resplit
from ingest.nlp.lexicon import Lexicon, jieba_dictionary, load_lexicon
from ingest.nlp.orgs import find_orgs
from ingest.nlp.persons import find_persons
from ingest.nlp.roles import find_roles

GROUP_ROLES = "kg_roles"
GROUP_ORGS = "kg_orgs"
GROUP_PERSONS = "kg_persons"
GROUP_UNSURE = "kg_persons_unsure"
GROUP_LEARNED = "kg_learned"
DOC_TEXT = "kg_text"  # doc.user_data: the doc's text, kept (`doc_text`)
# earlier tiers win: the rules' spans, then the learned tagger's where the rules found nothing
# (ingest.nlp.learned_merge vets them)
DEFAULT_TIERS = [[GROUP_ORGS, GROUP_PERSONS, GROUP_ROLES], [GROUP_LEARNED]]
_PRIORITY = {"ORG": 0, "PERSON": 1, "POSITION": 2, "TITLE": 3}

for _name, _default in (("kind", None), ("parts", ())):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)


def doc_tokens(doc: Doc, tags: dict[str, str], freq: dict[str, int]) -> Tokens:
    """jieba's segmentation of the doc, built once: later splits only refine it."""
    cached = doc.user_data.get("kg_tokens")
    if cached is None:
        text = doc_text(doc)
        bounds, pos = [], 0
        for idx, size in doc.to_array(["IDX", "LENGTH"]).tolist():  # the tokens' offsets, no Token built
            word = text[idx:idx + size]
            start = text.index(word, pos) if word else pos  # a space token after a space: the first space
            pos = start + size
            bounds.append((start, pos))
        bounds = resplit(text, bounds, tags)  # words the segmenter glued across a boundary (会|柯某)
        cached = doc.user_data["kg_tokens"] = Tokens.from_bounds(text, bounds, tags, freq)
    return cached  # type: ignore[no-any-return]


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once (or kept by the pipeline's tokenizer): spaCy joins it from the tokens at
    every reading."""
    text = doc.user_data.get(DOC_TEXT)
    if text is None:
        text = doc.user_data[DOC_TEXT] = doc.text
    return text  # type: ignore[no-any-return]


def annotate(doc: Doc, group: str, found: Iterable[Found]) -> None:
    """Write spans into a span group, splitting tokens where a span edge falls inside one."""
    found = list(found)
    spans = [_span(doc, f) for f in found]
    if any(s is None for s in spans):
        _split_at(doc, {f.start for f in found} | {f.end for f in found})
        spans = [_span(doc, f) for f in found]
    doc.spans[group] = [s for s in spans if s is not None]


def _split_at(doc: Doc, offsets: set[int]) -> None:
    cuts: list[tuple[Any, list[str]]] = []
    for token in doc:
        inner = sorted(o - token.idx for o in offsets if token.idx < o < token.idx + len(token.text))
        if inner:
            bounds = [0, *inner, len(token.text)]
            cuts.append((token, [token.text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]))
    if not cuts:
        return
    # span groups hold token indices, which a split shifts: keep them as characters meanwhile
    saved = {g: [_found(s) for s in doc.spans[g]] for g in list(doc.spans)}
    with doc.retokenize() as retokenizer:
        for token, orths in cuts:
            retokenizer.split(token, orths, heads=[(token, i) for i in range(len(orths))])
    for group, found in saved.items():
        doc.spans[group] = [s for s in (_span(doc, f) for f in found) if s is not None]


def _span(doc: Doc, f: Found) -> Span | None:
    """The span of `f` with its kind and parts; None where its edges fall inside a token."""
    span = doc.char_span(f.start, f.end, label=f.label)
    if span is not None:
        span._.kind = f.kind
        span._.parts = f.parts
    return span


class _RuleComponent:
    def __init__(self, name: str) -> None:
        self.name = name
        self.lexicon: Lexicon | None = None
        self.tags: dict[str, str] = {}
        self.freq: dict[str, int] = {}

    def initialize(self, get_examples: Callable[[], Any] | None = None, nlp: Language | None = None) -> None:
        self.lexicon = load_lexicon()
        self.tags, self.freq = jieba_dictionary()

    def _ready(self) -> Lexicon:
        if self.lexicon is None:
            self.initialize()
        assert self.lexicon is not None
        return self.lexicon


class RoleRecognizer(_RuleComponent):
    def __call__(self, doc: Doc) -> Doc:
        found = find_roles(doc_tokens(doc, self.tags, self.freq), self._ready())
        annotate(doc, GROUP_ROLES, found)
        return doc


class OrgRecognizer(_RuleComponent):
    def __call__(self, doc: Doc) -> Doc:
        lex = self._ready()
        annotate(doc, GROUP_ORGS, find_orgs(doc_tokens(doc, self.tags, self.freq), lex))
        return doc


class PersonRecognizer(_RuleComponent):
    def __init__(self, name: str, with_unsure: bool) -> None:
        super().__init__(name)
        self.with_unsure = with_unsure

    def __call__(self, doc: Doc) -> Doc:
        lex = self._ready()
        roles = [_found(s) for s in doc.spans.get(GROUP_ROLES, [])]
        orgs = [_found(s) for s in doc.spans.get(GROUP_ORGS, [])]
        names, unsure = find_persons(doc_tokens(doc, self.tags, self.freq), lex, roles, orgs + roles, self.with_unsure)
        annotate(doc, GROUP_PERSONS, names)
        doc.spans[GROUP_UNSURE] = [s for s in (doc.char_span(u.start, u.end, label="PERSON") for u in unsure) if s]
        return doc


class EntityWriter:
    """Final, non-overlapping `doc.ents` from the groups, tier by tier (`tiers`, earlier wins);
    within a tier ORG before PERSON before roles, longer before shorter."""

    def __init__(self, name: str, tiers: list[list[str]]) -> None:
        self.name = name
        self.tiers = tiers

    def __call__(self, doc: Doc) -> Doc:
        chosen: list[Span] = []
        used: set[int] = set()
        for tier in self.tiers:
            spans = [s for g in tier for s in doc.spans.get(g, [])]
            spans.sort(key=lambda s: (_PRIORITY[s.label_], -len(s), s.start))
            for span in spans:
                if used.isdisjoint(range(span.start, span.end)):
                    chosen.append(span)
                    used.update(range(span.start, span.end))
        doc.ents = sorted(chosen, key=lambda s: s.start)
        return doc


def _found(span: Span) -> Found:
    return Found(span.start_char, span.end_char, span.label_, span._.kind, span._.parts)


@Language.factory("kg_roles", assigns=["doc.spans"])
def make_roles(nlp: Language, name: str) -> RoleRecognizer:
    return RoleRecognizer(name)


@Language.factory("kg_orgs", assigns=["doc.spans"], requires=["doc.spans"])
def make_orgs(nlp: Language, name: str) -> OrgRecognizer:
    return OrgRecognizer(name)


@Language.factory("kg_persons", assigns=["doc.spans"], default_config={"with_unsure": False})
def make_persons(nlp: Language, name: str, with_unsure: bool) -> PersonRecognizer:
    return PersonRecognizer(name, with_unsure)


@Language.factory("kg_entities", assigns=["doc.ents"], default_config={"tiers": DEFAULT_TIERS})
def make_entities(nlp: Language, name: str, tiers: list[list[str]]) -> EntityWriter:
    return EntityWriter(name, tiers)
