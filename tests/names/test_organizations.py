"""Organization-name matching, read from one table (organization_pairs.tsv): which name stands for which,
for extraction, resolution and the conflict check alike."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

from names.organizations import (
    abbreviates,
    is_abbreviation_of,
    is_short_form_of,
    is_university_short_form,
    kind_suffix,
    names_the_same,
    names_unit,
    normal_form,
    org_kind,
)

TABLE = Path(__file__).with_name("organization_pairs.tsv")
PREDICATES: dict[str, Callable[[str, str], bool]] = {
    "abbreviation": is_abbreviation_of, "short_form": is_short_form_of, "abbreviates": abbreviates,
    "same": names_the_same, "unit": names_unit, "university": is_university_short_form,
}


def _cases() -> list[tuple[str, str, str, bool, str]]:
    lines = [line for line in TABLE.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    cases = []
    for row in csv.DictReader(lines, delimiter="\t"):
        for column in PREDICATES:
            if row[column] in ("y", "n"):
                cases.append((row["given"], row["known"], column, row[column] == "y", row["note"] or ""))
    return cases


CASES = _cases()


@pytest.mark.parametrize(("given", "known", "predicate", "expected", "note"), CASES,
                         ids=[f"{p}:{g}~{k}" for g, k, p, _, _ in CASES])
def test_a_name_stands_for_an_organization_as_the_table_says(given: str, known: str, predicate: str, expected: bool,
                                                              note: str) -> None:
    assert PREDICATES[predicate](given, known) is expected, note


def test_every_predicate_is_asserted_both_ways() -> None:
    for name in PREDICATES:
        assert {expected for _, _, p, expected, _ in CASES if p == name} == {True, False}, name


def test_the_predicates_widen_in_order() -> None:
    """A company abbreviation is a short form, a short form is a way of abbreviating."""
    for given, known, _, _, _ in CASES:
        if is_abbreviation_of(given, known):
            assert is_short_form_of(given, known)
        if is_short_form_of(given, known) and len(given) >= 3:
            assert abbreviates(given, known)


def test_one_table_of_standard_short_forms_serves_comparison_and_the_guides() -> None:
    from ingest.genres.guide_orgs import contractions, expand

    assert normal_form("青溪市科委") == normal_form("青溪市科学技术委员会")
    assert expand("青溪市科委") == "青溪市科学技术委员会"
    assert {"青溪市科技委", "青溪市科委"} <= set(contractions("青溪市科学技术委员会"))
    assert "科学技术" not in normal_form("青溪医院专科委员会")  # 科委 inside 专科委员会 is no short form


def test_a_name_in_traditional_characters_has_the_kind_its_simplified_suffix_says() -> None:
    assert (org_kind("東川大學"), kind_suffix("東川大學")) == ("university", "大学")
    assert org_kind("湖東醫院") == "hospital"
    assert org_kind("湖東光電研究所") == "research_institute"


def test_an_english_name_s_kind_is_the_one_its_kind_word_says() -> None:
    from names.organizations import org_kind

    assert org_kind("Iowa State University") == "university"
    assert org_kind("Institute of Physics, Lakeside Academy of Sciences") == "research_institute"
    assert org_kind("Lakeside Union Medical College Hospital") == "hospital"
    assert org_kind("IEEE") == "other"


@pytest.mark.parametrize(("post", "unit", "expected"), [
    ("处长", "某市民政局", False), ("副处长", "某市民政局科技处", True), ("校长", "某大学", True), ("校長", "某大", True),
    ("所长", "某研究院", False), ("院长", "某医科大学附属医院", True), ("主任", "某局", True), ("总执行长", "某医院", True),
])
def test_a_post_heads_the_kind_of_unit_it_is_named_after(post: str, unit: str, expected: bool) -> None:
    from names.organizations import heads

    assert heads(post, unit) is expected
