"""The conflict-of-interest policy: which links count, within how many years, and how severe they are."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from graph.schema import RelType
from queries.errors import InvalidQuestion

DEFAULT_POLICY = Path(__file__).with_name("default_policy.yaml")
SEVERITIES = {"high": 3, "medium": 2, "low": 1}
RULE_NAMES = ("same_unit", "coauthor", "coinventor", "co_member", "unit_of_project", "declared", "indirect")


class PolicyError(InvalidQuestion):
    """A policy that cannot be used."""

    title = "Invalid policy"


@dataclass(frozen=True, slots=True)
class RuleConfig:
    enabled: bool = True
    severity: str = "high"
    within_years: int | None = None
    include_undated: bool = True
    relations: tuple[str, ...] = (str(RelType.WORKS_AT),)
    parent_units: bool = True
    sibling_units: bool = False
    sibling_severity: str = "medium"
    degrees: int = 2
    relationships: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Declared:
    expert: str
    applicant: str
    relation: str


@dataclass(frozen=True, slots=True)
class Policy:
    rules: Mapping[str, RuleConfig]
    reference_year: int = field(default_factory=lambda: date.today().year)
    max_evidence: int = 5
    declared: tuple[Declared, ...] = ()

    def rule(self, name: str) -> RuleConfig:
        return self.rules.get(name, RuleConfig(enabled=False))

    def on(self, name: str) -> bool:
        return self.rule(name).enabled

    def since(self, name: str) -> int | None:
        years = self.rule(name).within_years
        return None if years is None else self.reference_year - years


_FLAGS = ("enabled", "include_undated", "parent_units", "sibling_units")
MAX_YEARS = 200


def _whole_number(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _rule(name: str, raw: object) -> RuleConfig:
    if not isinstance(raw, Mapping):
        raise PolicyError(f"rule {name}: settings must be a mapping")
    unknown = set(raw) - set(RuleConfig.__slots__)  # type: ignore[attr-defined]
    if unknown:
        raise PolicyError(f"rule {name}: unknown settings {sorted(map(str, unknown))}")
    values = dict(raw)
    for key in _FLAGS:
        if key in values and not isinstance(values[key], bool):
            raise PolicyError(f"rule {name}: {key} must be true or false")
    if values.get("within_years") is not None and not _whole_number(values["within_years"], 0, MAX_YEARS):
        raise PolicyError(f"rule {name}: within_years must be a whole number of years (0-{MAX_YEARS}) or null")
    for key in ("relations", "relationships"):
        if key in values:
            types = values[key]
            if not isinstance(types, list | tuple) or not all(isinstance(t, str) for t in types):
                raise PolicyError(f"rule {name}: {key} must be a list of relationship types")
            bad = [t for t in types if t not in RelType.__members__]
            if bad:
                raise PolicyError(f"rule {name}: unknown relationship types {bad}")
            values[key] = tuple(types)
    for key in ("severity", "sibling_severity"):
        if key in values and (not isinstance(values[key], str) or values[key] not in SEVERITIES):
            raise PolicyError(f"rule {name}: {key} must be one of {list(SEVERITIES)}")
    if "degrees" in values and not (_whole_number(values["degrees"], 2, 3)):
        raise PolicyError(f"rule {name}: degrees must be 2 or 3")
    return RuleConfig(**values)


def _declared(raw: object) -> tuple[Declared, ...]:
    if not isinstance(raw, list) or not all(isinstance(d, Mapping) and d.get("expert") and d.get("applicant")
                                            for d in raw):
        raise PolicyError("declared must be a list of {expert, applicant, relation}")
    return tuple(Declared(str(d["expert"]), str(d["applicant"]), str(d.get("relation", "申报关系"))) for d in raw)


def policy_from_dict(raw: Mapping[str, Any], base: Mapping[str, Any] | None = None) -> Policy:
    """A policy from parsed YAML/JSON; rules missing from ``raw`` keep the settings of ``base``. PolicyError
    for anything it cannot use."""
    try:
        return _policy(raw, base)
    except PolicyError:
        raise
    except (TypeError, ValueError) as e:
        raise PolicyError(str(e)) from e


def _policy(raw: Mapping[str, Any], base: Mapping[str, Any] | None) -> Policy:
    base = base if base is not None else _default_raw()
    if not isinstance(raw, Mapping):
        raise PolicyError("a policy is a mapping")
    rules = raw.get("rules") or {}
    if not isinstance(rules, Mapping):
        raise PolicyError("rules must be a mapping of rule name to settings")
    rules_raw = {**base.get("rules", {})}
    for name, settings in rules.items():
        if name not in RULE_NAMES:
            raise PolicyError(f"unknown rule {name!r}; known: {', '.join(RULE_NAMES)}")
        if settings is not None and not isinstance(settings, Mapping):
            raise PolicyError(f"rule {name}: settings must be a mapping")
        rules_raw[name] = {**rules_raw.get(name, {}), **(settings or {})}
    year = raw.get("reference_year", base.get("reference_year")) or date.today().year
    if not _whole_number(year, 1900, 2200):
        raise PolicyError("reference_year must be a year (1900-2200)")
    max_evidence = raw.get("max_evidence", base.get("max_evidence", 5))
    if not _whole_number(max_evidence, 1, 1000):
        raise PolicyError("max_evidence must be a whole number from 1 to 1000")
    return Policy(
        rules={name: _rule(name, settings) for name, settings in rules_raw.items()},
        reference_year=year,
        max_evidence=max_evidence,
        declared=_declared(raw.get("declared") or base.get("declared") or []),
    )


def _default_raw() -> dict[str, Any]:
    return yaml.safe_load(DEFAULT_POLICY.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def default_policy() -> Policy:
    return policy_from_dict({}, _default_raw())


def load_policy(path: str | Path | None = None) -> Policy:
    """The policy in a YAML or JSON file (merged over the default), or the default."""
    if path is None:
        return default_policy()
    text = Path(path).read_text(encoding="utf-8")
    try:
        raw = json.loads(text) if str(path).endswith(".json") else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as e:
        raise PolicyError(f"{path}: {e}") from e
    if not isinstance(raw, dict):
        raise PolicyError(f"{path}: a policy is a mapping")
    return policy_from_dict(raw)
