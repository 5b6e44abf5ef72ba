"""Experts and applicants as given (name, unit, key) → graph nodes; a name that fits several people is
reported as ambiguous, never guessed; a name that fits nobody as not found."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, computed_field

from graph.stores.base import Store
from names.organizations import names_unit
from queries.answers import Answer
from queries.errors import InvalidQuestion
from queries.people import Coworker, DocumentRef, PersonContext, describe_people
from queries.runner import run_query

_NAME_HEADERS = ("name", "姓名", "专家姓名", "申请人", "负责人")
_ORG_HEADERS = ("organization", "org", "unit", "单位", "工作单位", "所在单位")
_KEY_HEADERS = ("key", "编号", "实体")


class PeopleFileError(InvalidQuestion):
    """A people list that cannot be read."""

    title = "Invalid people list"


@dataclass(frozen=True, slots=True)
class PersonRef(Answer):
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


@dataclass(frozen=True, slots=True)
class Given(Answer):
    """Base of what answers for one party as the user gave it: their name, organization and key in the JSON."""

    ref: Annotated[PersonRef, Field(exclude=True)]

    @computed_field(alias="name")
    @property
    def given_name(self) -> str | None:
        return self.ref.name

    @computed_field
    @property
    def organization(self) -> str | None:
        return self.ref.organization

    @computed_field(alias="key")
    @property
    def given_key(self) -> str | None:
        return self.ref.key


class ToldApart:
    """A person's unit and hint in the JSON, from what tells them from a namesake (None: not a person)."""

    __slots__ = ()
    context: PersonContext | None

    @computed_field
    @property
    def unit(self) -> str | None:
        return self.context.unit if self.context else None

    @computed_field
    @property
    def hint(self) -> str | None:
        return self.context.hint if self.context else None


@dataclass(frozen=True, slots=True)
class Party(Given, ToldApart):
    """A resolved expert or applicant: one person, or a project standing for its team."""

    key: Annotated[str, Field(serialization_alias="resolved_key")]
    label: str  # Person or Project
    name: Annotated[str, Field(serialization_alias="resolved_name")]
    members: Annotated[tuple[str, ...], Field(exclude=True)]  # person keys: the person, or the project's team
    member_names: Annotated[dict[str, str], Field(exclude=True)] = field(default_factory=dict)
    # member key → MEMBER_OF/LEADS row
    team_rels: Annotated[dict[str, dict[str, Any]], Field(exclude=True)] = field(default_factory=dict)
    # for a project: [{key, name, sources, spans}]
    project_units: Annotated[tuple[dict[str, Any], ...], Field(exclude=True)] = ()
    # for a person: unit, documents, co-workers, namesakes
    context: Annotated[PersonContext | None, Field(exclude=True)] = None

    @computed_field
    @property
    def display(self) -> str:
        """The name with what tells this party from a namesake (unit; document)."""
        return self.context.display if self.context else self.name

    @computed_field
    @property
    def namesakes(self) -> int | None:
        return self.context.namesakes if self.context else None


@dataclass(frozen=True, slots=True)
class Candidate(Answer, ToldApart):
    """A person an ambiguous name may mean, with what tells them apart: unit, documents, co-workers."""

    key: str
    name: str
    units: tuple[str, ...]
    possibly_same: tuple[str, ...] = ()
    context: Annotated[PersonContext | None, Field(exclude=True)] = None

    @computed_field
    @property
    def display(self) -> str:
        return self.context.display if self.context else f"{self.name}（{'、'.join(self.units) or '单位不详'}）"

    @computed_field
    @property
    def documents(self) -> tuple[DocumentRef, ...] | None:
        return self.context.documents if self.context else None

    @computed_field
    @property
    def coworkers(self) -> tuple[Coworker, ...] | None:
        return self.context.coworkers if self.context else None


# Why a party went unchecked: a code for programs, and the status it falls under.
UNRESOLVED_STATUS = {"several_people": "ambiguous", "unit_mismatch": "ambiguous", "name_not_found": "not_found",
                     "key_not_found": "not_found", "no_name": "not_found"}
ROLE_NAMES = {"expert": "专家", "applicant": "申报方"}


@dataclass(frozen=True, slots=True)
class Unresolved(Given):
    """An expert or applicant the check could not resolve to one node, so could not check: ``reason`` in
    Chinese for people, ``code`` for programs (see UNRESOLVED_STATUS)."""

    role: str  # expert | applicant
    reason: str
    candidates: tuple[Candidate, ...] = ()
    code: str = "name_not_found"

    @computed_field
    @property
    def role_name(self) -> str:
        return ROLE_NAMES.get(self.role, self.role)

    @computed_field
    @property
    def status(self) -> str:
        return UNRESOLVED_STATUS.get(self.code, "not_found")


@dataclass(frozen=True, slots=True)
class Resolution:
    parties: tuple[Party, ...]
    ambiguous: tuple[Unresolved, ...]
    not_found: tuple[Unresolved, ...]


def _unit_matches(wanted: str, unit: dict[str, Any]) -> bool:
    """The unit given names this unit of the graph: by its name, an alias or an organization it is part of."""
    names = [unit.get("name") or "", *(unit.get("aliases") or []), *(unit.get("parents") or [])]
    return any(n and names_unit(wanted, n) for n in names)


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
                not_found.append(Unresolved(ref, role, "图谱中没有此编号的人员或项目", code="key_not_found"))
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
            not_found.append(Unresolved(ref, role, "未给出姓名或编号", code="no_name"))
            continue
        rows = by_name.get(ref.name, [])
        fitting = [r for r in rows if not ref.organization or any(_unit_matches(ref.organization, u) for u in r["units"])]
        if len(fitting) == 1:
            row = fitting[0]
            parties.append(Party(ref, row["key"], "Person", row["name"], (row["key"],), {row["key"]: row["name"]}))
        elif not rows:
            not_found.append(Unresolved(ref, role, "图谱中没有此姓名的人员", code="name_not_found"))
        elif not fitting:
            ambiguous.append(Unresolved(ref, role, f"图谱中有 {len(rows)} 位同名人员，但都不在所填单位「{ref.organization}」；"
                                        "请从候选人中选择，或核对单位", tuple(_candidate(r) for r in rows), "unit_mismatch"))
        else:
            ambiguous.append(Unresolved(ref, role, f"图谱中有 {len(fitting)} 位同名人员"
                                        f"{'在所填单位' if ref.organization else ''}，请从候选人中选择一位或补充单位",
                                        tuple(_candidate(r) for r in fitting), "several_people"))
    return _with_context(store, Resolution(tuple(parties), tuple(ambiguous), tuple(not_found)))


def _with_context(store: Store, resolution: Resolution) -> Resolution:
    """Every person party and candidate with what tells them from a namesake (one query for all)."""
    keys = [p.key for p in resolution.parties if p.label == "Person"]
    keys += [c.key for u in resolution.ambiguous for c in u.candidates]
    contexts = describe_people(store, keys)
    if not contexts:
        return resolution
    parties = tuple(replace(p, context=contexts.get(p.key)) if p.label == "Person" else p for p in resolution.parties)
    ambiguous = tuple(replace(u, candidates=tuple(replace(c, context=contexts.get(c.key)) for c in u.candidates))
                      for u in resolution.ambiguous)
    return Resolution(parties, ambiguous, resolution.not_found)


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
