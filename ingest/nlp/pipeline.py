"""The prose pipeline: spaCy's Chinese tokenizer with jieba, then our registered components.

Built once per process on first use (`get_nlp`), never at import time.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import ingest.nlp.components  # noqa: F401  (registers the factories)
import ingest.nlp.learned  # noqa: F401  (registers kg_learned)

_TEAMS = ("课题组", "团队", "研究组")  # 李某课题组: a name with no other cue on its line
COMPONENTS = ("kg_roles", "kg_orgs", "kg_persons", "kg_learned", "kg_entities")


def build_nlp(use_lac: bool = False, learned: bool | None = None) -> Language:
    """The pipeline; `learned`: whether the learned tagger adds its names to the rules' (default: yes,
    unless the environment sets KG_NER_MODEL=off, which measures what the model adds)."""
    import jieba

    if learned is None:
        learned = os.environ.get("KG_NER_MODEL", "on").strip().lower() != "off"
    jieba.setLogLevel(60)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    for name in COMPONENTS:
        if name == "kg_entities" and use_lac:  # a second opinion on the rules' unsure names
            import ingest.nlp.lac  # noqa: F401  (registers kg_lac_persons)

            nlp.add_pipe("kg_lac_persons", before="kg_learned" if learned else None)
        if name == "kg_learned" and not learned:
            continue
        config = {"with_unsure": True} if name == "kg_persons" and use_lac else {}
        nlp.add_pipe(name, config=config)
    nlp.initialize()
    return nlp


@cache
def get_nlp(use_lac: bool = False) -> Language:
    return build_nlp(use_lac)


def may_hold_entities(line: str) -> bool:
    """A cheap test: a line with no organization ending, role word, reporting verb, space-separated
    words or `label：name` ending cannot yield a span, so the pipeline can skip it."""
    return get_cues().search(line) is not None


@cache
def get_cues() -> re.Pattern[str]:
    from ingest.nlp.lexicon import load_lexicon

    lex = load_lexicon()
    words = sorted({*lex.org_suffixes, *lex.titles, *lex.positions, *lex.person_context, *_TEAMS}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) + r"|[\u3400-\u9fff][ \t\u3000]+[\u3400-\u9fff]"
                      r"|[\u3400-\u9fff][：:][ \t\u3000]*[\u3400-\u9fff]{2,4}[ \t\u3000]*$")  # 编辑：某某


def spans_of(doc: Doc, offset: int = 0) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for ent in doc.ents:
        item: dict[str, Any] = {
            "start": ent.start_char + offset, "end": ent.end_char + offset, "label": ent.label_, "text": ent.text,
        }
        if ent.label_ == "ORG":
            item["kind"] = ent._.kind
        out.append(item)
    return out


def recognise(text: str, use_lac: bool = False) -> list[dict[str, Any]]:
    """PERSON, ORG (with `kind`), TITLE and POSITION spans: character offsets into `text`."""
    return next(recognise_many([text], use_lac))


def recognise_many(texts: Iterable[str], use_lac: bool = False) -> Iterator[list[dict[str, Any]]]:
    nlp = get_nlp(use_lac)
    for doc in nlp.pipe(texts):
        yield spans_of(doc)
