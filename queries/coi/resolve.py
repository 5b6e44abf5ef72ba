"""Experts and applicants as given (name, unit, key) → graph nodes; a name that fits several people is
reported as ambiguous, never guessed; a name that fits nobody as not found."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.stores.base import Store
from queries.runner import run_query

_NAME_HEADERS = ("name", "姓名", "专家姓名", "申请人", "负责人")
_ORG_HEADERS = ("organization", "org", "unit", "单位", "工作单位", "所在单位")
_KEY_HEADERS = ("key", "编号", "实体")


class PeopleFileError(ValueError):
    """A people list that cannot be read."""


@dataclass(frozen=True, slots=True)
class PersonRef:
    """An expert or applicant as the user names them: a name (and unit), or an entity key; a project
    key stands for the project's team."""

    name: str | None = None
    organization: str | None = None
    key: str | None = None

    @property
    def label(self) -> str:
        if self.key and not self.name:
            return self.key
        return f"{self.name}（{self.organization}）" if self.organization else str(self.name)

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "organization": self.organization, "key": self.key}


@dataclass(frozen=True, slots=True)
class Party:
    """A resolved expert or applicant: one person, or a project standing for its team."""

    ref: PersonRef
    key: str
    label: str  # Person or Project
    name: str
    members: tuple[str, ...]  # person keys: the person, or the project's team
    member_names: dict[str, str] = field(default_factory=dict)
    team_rels: dict[str, dict[str, Any]] = field(default_factory=dict)  # member key → MEMBER_OF/LEADS row
    project_units: tuple[dict[str, Any], ...] = ()  # for a project: [{key, name, sources, spans}]

    def as_dict(self) -> dict[str, Any]:
        return {**self.ref.as_dict(), "resolved_key": self.key, "label": self.label, "resolved_name": self.name}


@dataclass(frozen=True, slots=True)
class Candidate:
    key: str
    name: str
    units: tuple[str, ...]
    possibly_same: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"key": self.key, "name": self.name, "units": list(self.units), "possibly_same": list(self.possibly_same)}


@dataclass(frozen=True, slots=True)
class Unresolved:
    ref: PersonRef
    role: str  # expert | applicant
    reason: str
    candidates: tuple[Candidate, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {**self.ref.as_dict(), "role": self.role, "reason": self.reason,
                "candidates": [c.as_dict() for c in self.candidates]}


@dataclass(frozen=True, slots=True)
class Resolution:
    parties: tuple[Party, ...]
    ambiguous: tuple[Unresolved, ...]
    not_found: tuple[Unresolved, ...]


def norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _unit_matches(wanted: str, unit: dict[str, Any]) -> bool:
    w = norm(wanted)
    names = [unit.get("name") or "", *(unit.get("aliases") or []), *(unit.get("parents") or [])]
    return any(n and (norm(n) == w or w in norm(n) or norm(n) in w) for n in names)


def _candidate(row: dict[str, Any]) -> Candidate:
    units = tuple(u["name"] for u in row["units"] if u and u.get("name"))
    return Candidate(row["key"], row["name"], units, tuple(row.get("possibly_same") or ()))


def resolve_parties(store: Store, refs: Sequence[PersonRef], role: str) -> Resolution:
    """Resolve every reference with three queries in all: names, keys, project teams."""
    names = sorted({r.name for r in refs if r.name and not r.key})
    by_name: dict[str, list[dict[str, Any]]] = {}
    for row in run_query(store, "coi_people", names=names) if names else []:
        row["units"] = [u for u in row["units"] if u]
        by_name.setdefault(row["query"], []).append(row)
    keys = sorted({r.key for r in refs if r.key})
    nodes = {row["key"]: row for row in run_query(store, "nodes", keys=keys)} if keys else {}
    project_keys = [k for k, row in nodes.items() if row["label"] == "Project"]
    teams = {row["key"]: row for row in run_query(store, "project_team", keys=project_keys)} if project_keys else {}

    parties: list[Party] = []
    ambiguous: list[Unresolved] = []
    not_found: list[Unresolved] = []
    for ref in refs:
        if ref.key:
            node = nodes.get(ref.key)
            if node is None or node["label"] not in ("Person", "Project"):
                not_found.append(Unresolved(ref, role, "no person or project with this key"))
            elif node["label"] == "Person":
                parties.append(Party(ref, node["key"], "Person", node["name"], (node["key"],), {node["key"]: node["name"]}))
            else:
                team = teams.get(ref.key, {})
                members = [m for m in team.get("team", []) if m]
                parties.append(Party(
                    ref, node["key"], "Project", node["name"], tuple(dict.fromkeys(m["key"] for m in members)),
                    {m["key"]: m["name"] for m in members}, {m["key"]: m for m in members},
                    tuple(u for u in team.get("units", []) if u),
                ))
            continue
        if not ref.name:
            not_found.append(Unresolved(ref, role, "neither a name nor a key"))
            continue
        rows = by_name.get(ref.name, [])
        fitting = [r for r in rows if not ref.organization or any(_unit_matches(ref.organization, u) for u in r["units"])]
        if len(fitting) == 1:
            row = fitting[0]
            parties.append(Party(ref, row["key"], "Person", row["name"], (row["key"],), {row["key"]: row["name"]}))
        elif not rows:
            not_found.append(Unresolved(ref, role, "no person of this name in the graph"))
        elif not fitting:
            ambiguous.append(Unresolved(ref, role, "people of this name exist, none at the given unit",
                                        tuple(_candidate(r) for r in rows)))
        else:
            ambiguous.append(Unresolved(ref, role, f"{len(fitting)} people of this name; give the unit or the key",
                                        tuple(_candidate(r) for r in fitting)))
    return Resolution(tuple(parties), tuple(ambiguous), tuple(not_found))


# ---- reading lists of people -------------------------------------------------------------------


def _pick(row: dict[str, Any], headers: Iterable[str]) -> str | None:
    for h in headers:
        value = row.get(h)
        if value is not None and str(value).strip():
            return str(value).strip()
    return None


def refs_from_rows(rows: Iterable[dict[str, Any] | str]) -> list[PersonRef]:
    out = []
    for row in rows:
        if isinstance(row, str):
            out.append(PersonRef(name=row.strip()))
            continue
        ref = PersonRef(_pick(row, _NAME_HEADERS), _pick(row, _ORG_HEADERS), _pick(row, _KEY_HEADERS))
        if ref.name or ref.key:
            out.append(ref)
    return out


def parse_people(text: str, fmt: str) -> list[PersonRef]:
    """People from CSV (headers name,organization or 姓名,单位; optional key) or JSON (a list of names or
    objects, or {"people": [...]})."""
    if fmt == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise PeopleFileError(f"not JSON: {e}") from e
        if isinstance(data, dict):
            data = data.get("people") or data.get("experts") or data.get("applicants") or []
        if not isinstance(data, list):
            raise PeopleFileError("JSON people must be a list")
        return refs_from_rows(data)
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    if not reader.fieldnames or not set(reader.fieldnames) & {*_NAME_HEADERS, *_KEY_HEADERS}:
        raise PeopleFileError(f"CSV needs a name column ({' / '.join(_NAME_HEADERS)}) or a key column")
    return refs_from_rows({k.strip(): v for k, v in row.items() if k} for row in reader)


def load_people(path: str | Path) -> list[PersonRef]:
    path = Path(path)
    text = path.read_text(encoding="utf-8-sig")
    return parse_people(text, "json" if path.suffix.lower() == ".json" else "csv")
