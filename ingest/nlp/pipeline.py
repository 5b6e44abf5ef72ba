"""The prose pipeline: spaCy's Chinese tokenizer with jieba, then our registered components.

Built once per process on first use (`get_nlp`), never at import time.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import ingest.nlp.components  # noqa: F401  (registers the factories)
import ingest.nlp.learned  # noqa: F401  (registers kg_learned)
from ingest.nlp.components import DOC_TEXT, GROUP_LEARNED
from ingest.nlp.lexicon import jieba_dictionary
from ingest.nlp.orgs import LIST_OF_A_KIND
from ingest.nlp.persons import MEMBERS_ARE
from ingest.org_names import LATIN_KINDS

_TEAMS = ("课题组", "团队", "研究组")  # 李某课题组: a name with no other cue on its line
# 我院李某老师申报的“…”项目获批…: a form of address or a verb of holding a project after a name
_ADDRESS_AND_HOLDING = ("老师", "同志", "同学", "申报", "承担", "获批")
COMPONENTS = ("kg_roles", "kg_orgs", "kg_persons", "kg_learned", "kg_entities")


def build_nlp(learned: bool | None = None, lead: str = "rules") -> Language:
    """The pipeline. `lead="rules"` (documents): the rule components, then the learned tagger's
    vetted additions, if `learned` (default: yes, unless the environment sets KG_NER_MODEL=off,
    which measures what the model adds). `lead="model"` (prose, `kg ner`): the learned tagger's
    spans alone, corrected by our word lists."""
    import jieba

    jieba.setLogLevel(60)
    jieba_dictionary()  # its words added before the first segmentation
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.tokenizer = _TextKept(nlp.tokenizer)
    if lead == "model":
        nlp.add_pipe("kg_learned", config={"lead": "model"})
        nlp.add_pipe("kg_entities", config={"tiers": [[GROUP_LEARNED]]})
        nlp.initialize()
        return nlp
    if learned is None:
        learned = os.environ.get("KG_NER_MODEL", "on").strip().lower() != "off"
    for name in COMPONENTS:
        if name == "kg_learned" and not learned:
            continue
        nlp.add_pipe(name)
    nlp.initialize()
    return nlp


class _TextKept:
    """spaCy's tokenizer, keeping the text each doc was made of (`doc_text`): spaCy would join it again from
    the tokens at every reading of `doc.text`. The doc's words and spaces spell the text exactly."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[DOC_TEXT] = text
        return doc


@cache
def get_nlp(lead: str = "rules") -> Language:
    return build_nlp(lead=lead)


def may_hold_entities(line: str) -> bool:
    """A cheap test: a line with no two Chinese characters together, and no organization ending, role word or
    other cue, cannot yield a span, so the pipeline can skip it (numbers, references in Latin letters). Any line of
    Chinese may name people, with nothing around them to say so (`分别为甲、乙、丙`, `甲和乙出席了会议`)."""
    return _CHINESE_WORD.search(line) is not None or get_cues().search(line) is not None


_CHINESE_WORD = re.compile(r"[\u3400-\u9fff]{2}")


@cache
def get_cues() -> re.Pattern[str]:
    from ingest.nlp.lexicon import load_lexicon

    lex = load_lexicon()
    words = sorted({*lex.org_suffixes, *lex.titles, *lex.positions, *lex.person_context, *_TEAMS, *_ADDRESS_AND_HOLDING,
                    *LATIN_KINDS}, key=len, reverse=True)  # LATIN_KINDS: a unit named in English
    return re.compile("|".join(map(re.escape, words)) + r"|[\u3400-\u9fff][ \t\u3000]+[\u3400-\u9fff]"
                      r"|[\u3400-\u9fff][：:][ \t\u3000]*[\u3400-\u9fff]{2,4}[ \t\u3000]*$"  # 编辑：某某
                      r"|[（(、][\u3400-\u9fff]{2,4}等[、）)]"  # (甲某等、乙某等): teams by their first
                      "|" + LIST_OF_A_KIND.pattern  # 甲、乙等企业
                      + "|" + MEMBERS_ARE.pattern)  # 完成人还包括甲、乙等


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


def recognise(text: str) -> list[dict[str, Any]]:
    """PERSON, ORG (with `kind`), TITLE and POSITION spans in prose, as the learned tagger reads
    them (`lead="model"`): character offsets into `text`."""
    return next(recognise_many([text]))


def recognise_many(texts: Iterable[str]) -> Iterator[list[dict[str, Any]]]:
    nlp = get_nlp("model")
    for doc in nlp.pipe(texts):
        yield spans_of(doc)
