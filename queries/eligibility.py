"""Eligibility of applications against the rules a funding guide states (Rule nodes in the graph).

Each flag quotes the rule's text and cites the guide document it comes from. Rule parameters are read
from `params_json` (strings, as the guide extractor writes them), with the guide's usual values as
fallback; facts about units and people come from the graph.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, computed_field

from graph.stores.base import Store
from names import clean
from names.organizations import names_unit
from queries.answers import Answer
from queries.errors import InvalidQuestion
from queries.runner import run_query

DEFAULTS: dict[str, dict[str, str]] = {
    "max_applications_per_leader_per_year": {"limit": "1"},
    "unit_quota": {"limit": "2", "unit_kind": "any"},
    "youth_share_min": {"min_share": "0.4", "born_on_or_after": "1985-01-01"},
    "hospital_partner_required": {"lead_kinds": "university,research_institute"},
    "max_budget_wan": {"limit_wan": "400"},
}
_SPLIT = re.compile(r"[、,，;；/\s]+")
_HEADERS = {
    "project": ("project", "项目名称", "name"), "code": ("code", "guide_code", "指南代码"),
    "unit": ("unit", "applying_unit", "申报单位"), "leader": ("leader", "项目负责人", "负责人"),
    "members": ("members", "项目成员", "项目骨干"), "partners": ("partners", "合作单位", "联合单位"),
    "department": ("department", "推荐部门", "主管部门"), "budget_wan": ("budget_wan", "申请经费", "申请经费（万元）"),
    "leader_birth": ("leader_birth", "负责人出生日期", "出生日期"), "high_level": ("high_level", "高水平医院"),
}


@dataclass(frozen=True, slots=True)
class Application:
    """An application as the applicant lists it: project, unit, leader and the rest."""

    project: str
    unit: str
    leader: str
    code: str | None = None
    members: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    department: str | None = None
    budget_wan: float | None = None
    birth_dates: dict[str, str] = field(default_factory=dict)  # person name → YYYY-MM-DD
    high_level: bool = False  # applying hospital is in the high-level hospital programme


class ApplicationsError(InvalidQuestion):
    """A list of applications that cannot be read."""

    title = "Invalid applications"


@dataclass(frozen=True, slots=True)
class GuideRule(Answer):
    """A rule a funding guide states (its text, what it constrains) and the guide document."""

    key: str | None
    id: str
    constraint: str
    text: str
    params: Annotated[dict[str, str], Field(exclude=True)]
    document: Annotated[dict[str, str | None], Field(exclude=True)]  # {id, name}


@dataclass(frozen=True, slots=True)
class Flag(Answer):
    """An application a rule flags, why (in Chinese) and the facts behind it."""

    application: str
    rule: GuideRule
    message: str
    facts: dict[str, Any] = field(default_factory=dict)

    @computed_field
    @property
    def document(self) -> dict[str, str | None]:
        """The guide the rule comes from: {id, name}."""
        return self.rule.document


@dataclass(frozen=True, slots=True)
class UncheckedRule(Answer):
    """A rule of the guide no check here reads: listed, so that it is not taken as passed."""

    id: str
    constraint: str
    text: str


@dataclass(frozen=True, slots=True)
class EligibilityReport(Answer):
    """The flags of every application against the guide's checkable rules, and the rules not checked."""

    applications: int
    rules_checked: tuple[str, ...]
    rules_not_checked: tuple[UncheckedRule, ...]
    flags: tuple[Flag, ...]
    unknown_units: tuple[str, ...]  # units the graph does not know (their kind unknown)


def _params(raw: str | None) -> dict[str, str]:
    try:
        data = json.loads(raw or "{}")
    except json.JSONDecodeError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def guide_rules(store: Store, guide_doc: str | None = None) -> list[GuideRule]:
    return [
        GuideRule(r["key"], r["id"], r["constraint"], r["text"], {**DEFAULTS.get(r["constraint"], {}), **_params(r["params_json"])},
                  {"id": r["doc"], "name": r["doc_name"]})
        for r in run_query(store, "guide_rules", doc=guide_doc)
    ]


@dataclass(slots=True)
class _Facts:
    """What the graph says about the units and leaders named in the applications."""

    kinds: dict[str, str | None]  # unit name → organization kind
    employers: dict[str, list[str]]  # leader name → names (and aliases, parents) of units they work at

    @staticmethod
    def load(store: Store, apps: Sequence[Application]) -> _Facts:
        units = sorted({u for a in apps for u in (a.unit, *a.partners)})
        kinds: dict[str, str | None] = {}
        for row in run_query(store, "orgs_by_name", names=units) if units else []:
            kinds.setdefault(row["query"], row["kind"])
        leaders = sorted({a.leader for a in apps})
        employers: dict[str, list[str]] = defaultdict(list)
        for row in run_query(store, "coi_people", names=leaders) if leaders else []:
            for unit in row["units"]:
                if unit and unit.get("rel") == "WORKS_AT":
                    employers[row["query"]] += [unit["name"], *(unit.get("aliases") or []), *(unit.get("parents") or [])]
        return _Facts(kinds, dict(employers))


def _kinds(value: str) -> set[str]:
    return {k for k in value.split(",") if k}


def _leader_limit(rule: GuideRule, apps: Sequence[Application], facts: _Facts) -> Iterable[Flag]:
    limit = int(rule.params.get("limit", "1") or 1)
    by_leader: dict[str, list[Application]] = defaultdict(list)
    for a in apps:
        by_leader[clean(a.leader)].append(a)
    for leader_apps in by_leader.values():
        if len(leader_apps) > limit:
            names = _listed(a.project for a in leader_apps)
            for a in leader_apps[limit:]:
                yield Flag(a.project, rule, f"负责人{a.leader}牵头申报{len(leader_apps)}项，超过{limit}项",
                           {"leader": a.leader, "applications": names, "count": len(leader_apps)})


def _unit_quota(rule: GuideRule, apps: Sequence[Application], facts: _Facts) -> Iterable[Flag]:
    limit = int(rule.params.get("limit", "2") or 2)
    wanted = _kinds(rule.params.get("unit_kind", "any"))
    excluded = _kinds(rule.params.get("excluding_kinds", ""))
    tier = rule.params.get("tier")
    by_unit: dict[str, list[Application]] = defaultdict(list)
    for a in apps:
        kind = facts.kinds.get(a.unit)
        if kind is None and "any" not in wanted:
            continue
        if ("any" in wanted or kind in wanted) and kind not in excluded and \
                (tier != "qualified" or a.high_level) and (tier != "rest" or not a.high_level or "any" in wanted):
            by_unit[a.unit].append(a)
    for unit, unit_apps in by_unit.items():
        if len(unit_apps) > limit:
            names = _listed(x.project for x in unit_apps)
            for a in unit_apps[limit:]:
                yield Flag(a.project, rule, f"{unit}申报{len(unit_apps)}项，超过限额{limit}项",
                           {"unit": unit, "kind": facts.kinds.get(unit), "applications": names,
                            "count": len(unit_apps)})


def _listed(projects: Iterable[str], cap: int = 20) -> list[str]:
    """The first ``cap`` project names: every excess application carries the list, so it stays short."""
    return list(itertools.islice(projects, cap))


def _compilers(rule: GuideRule, apps: Sequence[Application], facts: _Facts) -> Iterable[Flag]:
    names = {clean(n) for n in _SPLIT.split(rule.params.get("names", "") or rule.params.get("compilers", "")) if n}
    for a in apps:
        for person in (a.leader, *a.members):
            if clean(person) in names:
                yield Flag(a.project, rule, f"{person}参与了指南编制，不得牵头或参与申报", {"person": person})


def _hospital_partner(rule: GuideRule, apps: Sequence[Application], facts: _Facts) -> Iterable[Flag]:
    leads = _kinds(rule.params.get("lead_kinds", "")) or {"university", "research_institute"}
    for a in apps:
        if facts.kinds.get(a.unit) in leads and not any(facts.kinds.get(p) == "hospital" for p in a.partners):
            yield Flag(a.project, rule, f"申报单位{a.unit}（{facts.kinds.get(a.unit)}）未联合医院",
                       {"unit": a.unit, "partners": list(a.partners)})


def _employed(rule: GuideRule, apps: Sequence[Application], facts: _Facts) -> Iterable[Flag]:
    for a in apps:
        employers = facts.employers.get(a.leader)
        if employers and not any(names_unit(a.unit, e) for e in employers):
            yield Flag(a.project, rule, f"图谱中{a.leader}的工作单位为{'、'.join(dict.fromkeys(employers))}，"
                       f"不是申报单位{a.unit}", {"leader": a.leader, "works_at": list(dict.fromkeys(employers))})


def _youth(rule: GuideRule, apps: Sequence[Application], facts: _Facts) -> Iterable[Flag]:
    cutoff = rule.params.get("born_on_or_after", "1985-01-01")
    minimum = float(rule.params.get("min_share", "0.4"))
    groups: dict[str, list[Application]] = defaultdict(list)
    for a in apps:
        groups[a.department or "（全部）"].append(a)
    for department, group in groups.items():
        people = [(p, a.birth_dates.get(p)) for a in group for p in (a.leader, *a.members)]
        dated = [(p, d) for p, d in people if d]
        if not dated:
            continue
        young = sum(1 for _, d in dated if str(d) >= cutoff)
        share = young / len(dated)
        if share < minimum:
            for a in group:
                yield Flag(a.project, rule, f"{department}推荐项目中青年人才占比{share:.0%}，低于{minimum:.0%}",
                           {"department": department, "young": young, "dated": len(dated), "share": round(share, 3)})


def _government(rule: GuideRule, apps: Sequence[Application], facts: _Facts) -> Iterable[Flag]:
    for a in apps:
        if facts.kinds.get(a.unit) == "government":
            yield Flag(a.project, rule, f"申报单位{a.unit}为政府机关", {"unit": a.unit})


def _budget(rule: GuideRule, apps: Sequence[Application], facts: _Facts) -> Iterable[Flag]:
    limit = float(rule.params.get("limit_wan", "0") or 0)
    for a in apps:
        if limit and a.budget_wan is not None and a.budget_wan > limit:
            yield Flag(a.project, rule, f"申请经费{a.budget_wan:g}万元，超过{limit:g}万元", {"budget_wan": a.budget_wan})


CHECKS: dict[str, Callable[[GuideRule, Sequence[Application], _Facts], Iterable[Flag]]] = {
    "max_applications_per_leader_per_year": _leader_limit, "unit_quota": _unit_quota,
    "guide_compilers_excluded": _compilers, "hospital_partner_required": _hospital_partner,
    "leader_employed_by_applicant": _employed, "youth_share_min": _youth,
    "government_body_excluded": _government, "max_budget_wan": _budget,
}


def check_eligibility(store: Store, applications: Sequence[Application], guide_doc: str | None = None
                      ) -> EligibilityReport:
    """Flags for every application against the guide's checkable rules; rules we cannot check are listed."""
    rules = guide_rules(store, guide_doc)
    facts = _Facts.load(store, applications)
    flags = [f for rule in rules if rule.constraint in CHECKS for f in CHECKS[rule.constraint](rule, applications, facts)]
    return EligibilityReport(
        len(applications), tuple(r.id for r in rules if r.constraint in CHECKS),
        tuple(UncheckedRule(r.id, r.constraint, r.text) for r in rules if r.constraint not in CHECKS), tuple(flags),
        tuple(sorted({u for a in applications for u in (a.unit, *a.partners) if u not in facts.kinds})),
    )


def _cell(row: dict[str, Any], field_name: str) -> Any:
    for header in _HEADERS[field_name]:
        if row.get(header) not in (None, ""):
            return row[header]
    return None


def _names(value: Any) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(str(v).strip() for v in value if str(v).strip())
    return tuple(n for n in _SPLIT.split(str(value or "")) if n)


def application_from_row(row: dict[str, Any]) -> Application:
    leader = str(_cell(row, "leader") or "").strip()
    births = dict(row.get("birth_dates") or {})
    if _cell(row, "leader_birth"):
        births.setdefault(leader, str(_cell(row, "leader_birth")))
    budget = _cell(row, "budget_wan")
    return Application(
        project=str(_cell(row, "project") or "").strip(), unit=str(_cell(row, "unit") or "").strip(), leader=leader,
        code=str(_cell(row, "code")) if _cell(row, "code") else None, members=_names(_cell(row, "members")),
        partners=_names(_cell(row, "partners")), department=_cell(row, "department"),
        budget_wan=float(budget) if budget not in (None, "") else None, birth_dates=births,
        high_level=str(_cell(row, "high_level") or "").lower() in ("1", "true", "是", "yes"),
    )


def parse_applications(text: str, fmt: str) -> list[Application]:
    """Applications from CSV (one a row, Chinese or English headers) or JSON (a list, or {"applications"})."""
    try:
        if fmt == "json":
            data = json.loads(text)
            rows = data.get("applications", []) if isinstance(data, dict) else data
        else:
            rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
        return [application_from_row(r) for r in rows]
    except (ValueError, TypeError, AttributeError) as e:
        raise ApplicationsError(f"applications cannot be read: {e}") from e


def load_applications(path: str | Path) -> list[Application]:
    path = Path(path)
    return parse_applications(path.read_text(encoding="utf-8-sig"), "json" if path.suffix.lower() == ".json" else "csv")
