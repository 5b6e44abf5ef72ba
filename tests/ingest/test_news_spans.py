"""Span-level scores of the document pipeline (the rules lead, as news extraction runs it) over every
news fixture, line by line: the floors hold for all the styles together, not for one text.

Gold spans are every occurrence of a gold string that no longer gold string covers.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ingest.genres.news import parse
from ingest.nlp.pipeline import get_nlp, spans_of

FIXTURES = Path(__file__).parent.parent / "fixtures" / "news"
NAMES = sorted(p.name.removesuffix(".expected.json") for p in FIXTURES.glob("*.expected.json"))

Spans = set[tuple[int, int, str]]


def _gold(text: str, expected: dict) -> tuple[Spans, dict[tuple[int, int], str]]:
    wanted = [(name, "PERSON") for name in expected["spans"]["PERSON"]]
    wanted += [(name, "ORG") for name in expected["spans"]["ORG"]]
    found = {(m.start(), m.end(), label) for name, label in wanted for m in re.finditer(re.escape(name), text)}
    spans = {s for s in found if not any(o[0] <= s[0] and s[1] <= o[1] and o[:2] != s[:2] for o in found)}
    kinds = {(s, e): expected["spans"]["ORG"][text[s:e]] for s, e, label in spans if label == "ORG"}
    return spans, kinds


def _predicted(text: str) -> tuple[Spans, dict[tuple[int, int], str]]:
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    spans: Spans = set()
    kinds: dict[tuple[int, int], str] = {}
    for (offset, _), found in zip(lines, (spans_of(doc) for doc in get_nlp().pipe(line for _, line in lines)), strict=True):
        for s in found:
            if s["label"] in ("PERSON", "ORG"):
                spans.add((s["start"] + offset, s["end"] + offset, s["label"]))
                if s["label"] == "ORG":
                    kinds[(s["start"] + offset, s["end"] + offset)] = s["kind"]
    return spans, kinds


def _f1(found: Spans, wanted: Spans) -> float:
    tp = len(found & wanted)
    return 2 * tp / (len(found) + len(wanted)) if found or wanted else 1.0


@pytest.fixture(scope="module")
def scored() -> dict[str, tuple[Spans, Spans, dict, dict]]:
    out = {}
    for name in NAMES:
        text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
        expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
        gold, gold_kinds = _gold(text, expected)
        pred, pred_kinds = _predicted(text)
        out[name] = (pred, gold, pred_kinds, gold_kinds)
    return out


def _pooled(scored: dict, label: str) -> tuple[Spans, Spans]:
    found = {(name, *s) for name, (pred, _, _, _) in scored.items() for s in pred if s[2] == label}
    wanted = {(name, *s) for name, (_, gold, _, _) in scored.items() for s in gold if s[2] == label}
    return found, wanted  # type: ignore[return-value]


def test_there_are_news_fixtures_in_several_styles() -> None:
    assert len(NAMES) >= 5


def test_person_spans_over_all_news_fixtures(scored: dict) -> None:
    found, wanted = _pooled(scored, "PERSON")
    assert _f1(found, wanted) >= 0.9, (sorted(found - wanted), sorted(wanted - found))


def test_organization_spans_over_all_news_fixtures(scored: dict) -> None:
    found, wanted = _pooled(scored, "ORG")
    assert _f1(found, wanted) >= 0.85, (sorted(found - wanted), sorted(wanted - found))


def test_matched_organizations_have_the_gold_kind(scored: dict) -> None:
    wrong = [(name, span, pk[span], gk[span]) for name, (_, _, pk, gk) in scored.items() for span in gk.keys() & pk.keys()
             if pk[span] != gk[span]]
    assert not wrong


@pytest.mark.parametrize("name", NAMES)
def test_forms_of_address_and_common_words_are_not_people(name: str) -> None:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    people = {e.name for e in parse(f"{name}.txt", text).entities if str(e.type) == "Person"}
    assert not people & set(expected["not_persons"])
    assert set(expected["spans"]["PERSON"]) - people <= {n for n in expected["spans"]["PERSON"] if not re.search(
        r"[\u3400-\u9fff]", n)}, sorted(set(expected["spans"]["PERSON"]) - people)
