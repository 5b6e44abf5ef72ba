"""Eligibility rules from cue sentences: machine names and numeric params a checker can run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ingest.genres.guide import parse
from ingest.genres.guide_rules import CONSTRAINTS, RuleKind, find_rules
from tests.shared import shared

FIXTURES = Path(__file__).parents[1] / "fixtures" / "guide"
SEED = "003_757a5c273432423d"
CASES = json.loads((FIXTURES / "rule_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:16] for c in CASES])
def test_cue_sentence_gives_its_rule(case: dict[str, Any]) -> None:
    rules = find_rules(case["text"], class_titles=[])
    if case["constraint"] is None:
        assert rules == [], rules
        return
    matching = [r for r in rules if r.constraint == case["constraint"]
                and case["params"].items() <= dict(r.params).items()]
    assert matching, [(r.constraint, dict(r.params)) for r in rules]
    assert matching[0].applies_to == case["applies_to"]


@pytest.mark.parametrize("kind", [k for k in CONSTRAINTS if k.cue], ids=lambda k: k.constraint)
def test_a_rule_kind_cue_is_in_every_match(kind: RuleKind) -> None:
    """A sentence without the cue is skipped unsearched, so the pattern must never match without it."""
    sentences = [c["text"] for c in CASES]
    sentences += [s for p in FIXTURES.glob("*.txt") for s in p.read_text(encoding="utf-8").split("。")]
    matches = [m.group() for s in sentences for m in kind.pattern.finditer(s)]
    assert all(kind.cue in m for m in matches), [m for m in matches if kind.cue not in m]


def test_rules_bind_the_class_named_with_them() -> None:
    text = ("一、重点项目\n重点项目资助强度不超过80万元；青年项目资助强度不超过20万元。\n"
            "政府机关不得作为青年项目申报单位。\n")
    rules = find_rules(text, class_titles=["重点项目", "青年项目"])
    caps = {dict(r.params)["class"]: dict(r.params)["limit_wan"] for r in rules if r.constraint == "max_budget_wan"}
    assert caps == {"重点项目": "80", "青年项目": "20"}
    excluded = [r for r in rules if r.constraint == "government_body_excluded"]
    assert dict(excluded[0].params)["class"] == "青年项目"


def test_rule_ids_are_stable_and_spans_cover_the_sentence() -> None:
    text = "一、申报要求\n1. 同一项目负责人同一年度只能申报一项。\n2. 参与指南编制的专家不得牵头申报。\n"
    rules = find_rules(text, class_titles=[])
    assert [r.id for r in rules] == ["max_applications_per_leader_per_year#1", "guide_compilers_excluded#1"]
    first = rules[0].spans[0]
    assert text[first.start:first.end] == "同一项目负责人同一年度只能申报一项。"


def test_sentence_cut_by_a_page_break_is_one_rule() -> None:
    text = "2. 项目应具有较好的研发基础，项目申报单位近年内须有\n\n有效授权专利等自主知识产权。\n"
    rules = find_rules(text, class_titles=[])
    assert [r.constraint for r in rules] == ["applicant_ip_required"]
    span = rules[0].spans[0]
    assert text[span.start:span.end].endswith("知识产权。")


# Which constraint answers each rule of the seed's gold rules file (R1..R28).
GOLD_CONSTRAINTS = {
    "R1": "max_applications_per_leader_per_year", "R2": "no_ongoing_project_leader",
    "R3": "guide_compilers_excluded", "R4": "duplicate_submission_forbidden", "R5": "unit_quota",
    "R6": "unit_quota", "R7": "unit_quota", "R8": "hospital_partner_required", "R9": "partner_required",
    "R10": "joint_agreement_required", "R11": "leader_employed_by_applicant", "R12": "youth_share_min",
    "R13": "government_body_excluded", "R14": "applicant_legal_entity_required",
    "R15": "applicant_kind_required", "R16": "applicant_ip_required", "R17": "max_budget_wan",
    "R18": "max_budget_wan", "R19": "max_duration_years", "R20": "one_guide_code_per_application",
    "R21": "excluded_project_kinds", "R22": "recommendation_required", "R23": "integrity_pledge_required",
    "R24": "ethics_review_required", "R25": "lobbying_forbidden", "R26": "submission_deadline",
    "R27": "submission_deadline", "R28": "submission_deadline",
}


@pytest.mark.seeds
def test_seed_rules_recall_the_rules_users_need() -> None:
    seed, gold = shared(f"seeds/{SEED}.txt", f"gold/{SEED}.rules.json")
    x = parse(seed.name, seed.read_text(encoding="utf-8"))
    wanted = [g["id"] for g in json.loads(gold.read_text(encoding="utf-8"))]
    have = {r.constraint for r in x.rules}
    missing = [g for g in wanted if GOLD_CONSTRAINTS[g] not in have]
    assert not missing, missing
    params = {r.constraint: dict(r.params) for r in x.rules}
    assert params["max_applications_per_leader_per_year"]["limit"] == "1"
    assert params["youth_share_min"] == {"min_share": "0.4", "max_age": "40", "born_on_or_after": "1985-01-01",
                                         "roles": "leader,member"}
    assert params["guide_compilers_excluded"]["roles"] == "leader,member"
    assert params["partner_required"]["lead_not_grade"] == "三级甲等"
    quotas = sorted((int(dict(r.params)["limit"]), dict(r.params).get("unit_kind", ""))
                    for r in x.rules if r.constraint == "unit_quota")
    assert quotas == [(2, "any"), (4, "hospital"), (8, "hospital")]
    caps = sorted(float(dict(r.params)["limit_wan"]) for r in x.rules if r.constraint == "max_budget_wan")
    assert caps == [400.0, 1000.0]
    stages = {dict(r.params)["stage"] for r in x.rules if r.constraint == "submission_deadline"}
    assert stages == {"submission", "recommendation", "paper_materials"}


@pytest.mark.parametrize(("sentence", "params"), [
    ("3. 评审专家与申请人有师生关系、近五年合作关系或同一单位的，应当回避。\n",
     {"grounds": "advisor,collaboration,same_unit", "years": "5"}),
    ("4. 与申请人有近亲属关系或其他利益关系的评审专家须主动回避。\n", {"grounds": "kin,interest"}),
    ("6. 申报单位应于回避期内提交材料。\n", None),
    ("5. 评审专家与被评审人存在夫妻、直系亲属关系的，应予以回避。\n", {"grounds": "kin"}),
])
def test_a_reviewer_s_grounds_to_step_aside_are_a_rule_the_conflict_check_can_read(
        sentence: str, params: dict[str, str] | None) -> None:
    rules = [r for r in find_rules(sentence, class_titles=[]) if r.constraint == "reviewer_recusal"]
    assert [dict(r.params) for r in rules] == ([params] if params is not None else [])
