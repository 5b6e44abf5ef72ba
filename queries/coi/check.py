"""The conflict-of-interest check: experts × applicants under a policy, each conflict with its evidence.

A fixed number of queries whatever the size of the lists: resolve names (1–3), units and their
parents (2), shared items (1), collaborators' collaborators (1), evidence text (1). Pairs are
matched in Python over sets, never one query per pair.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pydantic import computed_field, field_serializer

from graph.stores.base import Store
from names import clean
from queries.answers import Answer
from queries.coi.evidence import Evidence, NodeRef, RelRef, attach_sources
from queries.coi.links import (
    RULE_TYPES,
    Anchor,
    CoLink,
    ancestors,
    colinks,
    indirect_links,
    match_units,
    person_anchors,
)
from queries.coi.policy import SEVERITIES, Declared, Policy, default_policy
from queries.coi.resolve import ROLE_NAMES, Party, PersonRef, Unresolved, resolve_parties
from queries.readable import paper_title
from queries.vocab import possibly_same_basis

TYPE_LABELS = {
    "same_unit": "同一单位", "coauthor": "合作论文", "coinventor": "共同专利", "co_member": "同一项目/奖励团队",
    "team_member": "专家为申报团队成员", "unit_of_project": "专家单位为项目单位", "declared": "申报关系",
    "indirect": "间接关联",
}
SEVERITY_LABELS = {"high": "高", "medium": "中", "low": "低"}
_UNIT_WORDS = {"same": "同一单位", "parent": "上下级单位", "sibling": "同属一个上级单位"}


@dataclass(frozen=True, slots=True)
class Conflict(Answer):
    expert: Party
    applicant: Party
    types: tuple[str, ...]
    severity: str
    evidence: tuple[Evidence, ...]

    @computed_field
    @property
    def type_names(self) -> list[str]:
        return [TYPE_LABELS.get(t, t) for t in self.types]

    @computed_field
    @property
    def severity_name(self) -> str:
        return SEVERITY_LABELS.get(self.severity, self.severity)

    @computed_field
    @property
    def warnings(self) -> list[str]:
        return [w for p in (self.expert, self.applicant) for w in identity_warnings(p)]


def identity_warnings(party: Party) -> list[str]:
    """A party the graph says may be another person node too: its conflicts through that node are not
    counted, so the reader must know."""
    if party.context is None:
        return []
    return [f"{party.display}与{same.name}（{same.key}）疑似同一人（{possibly_same_basis(same.score, same.reason)}）："
            "后者的记录未计入本次审查，请人工核实两者是否为同一人" for same in party.context.possibly_same]


@dataclass(frozen=True, slots=True)
class Checked(Answer):
    """How many parties were checked, and how many pairs of them."""

    experts: int
    applicants: int

    @computed_field
    @property
    def pairs(self) -> int:
        return self.experts * self.applicants


@dataclass(frozen=True, slots=True)
class CoiReport(Answer):
    """The conflicts found, and before them the parties that could not be checked: a report is complete
    only when every expert and applicant was resolved to one node. In this order, so that a report read
    from the top opens with its verdict and the unchecked parties (`CoiReport.of` makes one)."""

    complete: bool
    status: str  # complete | incomplete
    verdict: str  # one sentence for people: whether the check is complete, and what it found
    unchecked: tuple[Unresolved, ...]  # the ambiguous, then those not found
    unchecked_count: int
    warnings: tuple[str, ...]
    conflicts: tuple[Conflict, ...]
    ambiguous: tuple[Unresolved, ...]
    not_found: tuple[Unresolved, ...]
    checked: Checked
    elapsed_ms: float

    @field_serializer("elapsed_ms")
    def _round(self, value: float) -> float:
        return round(value, 1)

    @staticmethod
    def of(conflicts: tuple[Conflict, ...], ambiguous: tuple[Unresolved, ...], not_found: tuple[Unresolved, ...],
           experts: int, applicants: int, elapsed_ms: float, warnings: tuple[str, ...] = ()) -> CoiReport:
        unchecked = ambiguous + not_found
        complete = not unchecked
        return CoiReport(complete, "complete" if complete else "incomplete",
                         _verdict(len(conflicts), len(ambiguous), len(not_found), experts, applicants),
                         unchecked, len(unchecked), warnings, conflicts, ambiguous, not_found,
                         Checked(experts, applicants), elapsed_ms)

    @property
    def experts(self) -> int:
        return self.checked.experts

    @property
    def applicants(self) -> int:
        return self.checked.applicants


def _verdict(found: int, ambiguous: int, not_found: int, experts: int, applicants: int) -> str:
    """One sentence for people: whether the check is complete, and what it found."""
    if not (ambiguous or not_found):
        everyone = f"全部 {experts} 位专家和 {applicants} 个申报方均已核查"
        return f"{everyone}，发现 {found} 项利益冲突。" if found else f"{everyone}，未发现利益冲突。"
    parts = [f"{n} 人{word}" for n, word in ((ambiguous, "重名待确认"), (not_found, "在图谱中未找到")) if n]
    checked = (f"已核查的人员中发现 {found} 项利益冲突。" if found
               else "已核查的人员之间没有查到冲突记录，但这不代表未核查人员没有冲突。")
    return (f"审查未完成：{ambiguous + not_found} 人未能核查（{'，'.join(parts)}），"
            f"未能核查的人员不能视为无利益冲突。{checked}")


class _Findings:
    """(expert index, applicant index) → conflict type → evidence, with the severity of each type."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.found: dict[tuple[int, int], dict[str, list[Evidence]]] = defaultdict(dict)
        self.severity: dict[tuple[int, int], dict[str, str]] = defaultdict(dict)

    def add(self, pair: tuple[int, int], kind: str, evidence: Evidence, severity: str) -> None:
        items = self.found[pair].setdefault(kind, [])
        if len(items) < self.policy.max_evidence and all(e.path != evidence.path for e in items):
            items.append(evidence)
        current = self.severity[pair].get(kind)
        if current is None or SEVERITIES[severity] > SEVERITIES[current]:
            self.severity[pair][kind] = severity


def _owners(parties: Sequence[Party]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(list)
    for i, party in enumerate(parties):
        for member in party.members:
            out[member].append(i)
    return out


def _with_team(path: tuple[NodeRef | RelRef, ...], applicant: Party, member: str) -> tuple[NodeRef | RelRef, ...]:
    """For a project applicant, the path goes on from the team member to the project."""
    if applicant.label != "Project":
        return path
    rel = applicant.team_rels.get(member, {})
    return (*path, RelRef.of(rel.get("rel", "MEMBER_OF"), member, applicant.key, rel.get("sources"), rel.get("spans")),
            NodeRef(applicant.key, "Project", applicant.name))


def _same_unit(store: Store, policy: Policy, experts: Sequence[Party], applicants: Sequence[Party],
               names: dict[str, str], out: _Findings) -> None:
    rule = policy.rule("same_unit")
    e_of, a_of = _owners(experts), _owners(applicants)
    anchors = person_anchors(store, [*e_of, *a_of], rule.relations, names)
    project_anchors = [
        Anchor(p.key, NodeRef(p.key, "Project", p.name), RelRef.of("UNIT_OF", u["key"], p.key, u["sources"], u["spans"]),
               NodeRef(u["key"], "Organization", u["name"]))
        for p in applicants if p.label == "Project" for u in p.project_units
    ] if policy.on("unit_of_project") else []
    up = ancestors(store, {a.unit.key for a in anchors} | {a.unit.key for a in project_anchors})
    left = [a for a in anchors if a.owner in e_of]
    if policy.on("same_unit"):
        right = [a for a in anchors if a.owner in a_of]
        for m in match_units(left, right, up, rule.parent_units, rule.sibling_units):
            severity = rule.sibling_severity if m.relation == "sibling" else rule.severity
            text = (f"{_UNIT_WORDS[m.relation]}：{m.left.owner_node.name}（{m.left.unit.name}）与"
                    f"{m.right.owner_node.name}（{m.right.unit.name}）")
            for ei in e_of[m.left.owner]:
                for ai in a_of[m.right.owner]:
                    path = _with_team(m.path, applicants[ai], m.right.owner)
                    out.add((ei, ai), "same_unit", Evidence("same_unit", text, path), severity)
    if project_anchors:
        index = {p.key: i for i, p in enumerate(applicants)}
        for m in match_units(left, project_anchors, up, True, False):
            text = f"专家所在单位{m.left.unit.name}与项目单位{m.right.unit.name}（{_UNIT_WORDS[m.relation]}）"
            for ei in e_of[m.left.owner]:
                out.add((ei, index[m.right.owner]), "unit_of_project",
                        Evidence("unit_of_project", text, m.path), policy.rule("unit_of_project").severity)


def _summary(link: CoLink) -> str:
    year = f"（{link.item.year}）" if link.item.year else "（年份不详）"
    word = {"coauthor": "合作论文《", "coinventor": "共同专利《", "co_member": "同一项目/团队《"}[link.rule]
    ends = (link.path[0], link.path[-1])
    who = "与".join(n.name for n in ends if isinstance(n, NodeRef))
    item = paper_title(link.item.name) if link.rule == "coauthor" else link.item.name
    return f"{word}{item}》{year}：{who}"


def _shared_items(store: Store, policy: Policy, experts: Sequence[Party], applicants: Sequence[Party],
                  names: dict[str, str], out: _Findings) -> None:
    rules = [r for r in RULE_TYPES if policy.on(r)]
    e_of, a_of = _owners(experts), _owners(applicants)
    types = [t for r in rules for t in RULE_TYPES[r]]
    since = {r: policy.since(r) for r in rules}
    undated = {r: policy.rule(r).include_undated for r in rules}
    for link in colinks(store, e_of, a_of, types, names, since, undated):
        if link.rule not in rules:
            continue
        for ei in e_of[link.person]:
            for ai in a_of.get(link.other, ()):
                path = _with_team(link.path, applicants[ai], link.other)
                out.add((ei, ai), link.rule, Evidence(link.rule, _summary(link), path), policy.rule(link.rule).severity)
    # an expert who is on the applicant project's own team
    for ai, applicant in enumerate(applicants):
        if applicant.label == "Project":
            for member in applicant.members:
                for ei in e_of.get(member, ()):
                    path = _with_team((NodeRef(member, "Person", names.get(member, member)),), applicant, member)
                    out.add((ei, ai), "team_member", Evidence("team_member", "专家本人为申报团队成员", path), "high")


def _indirect(store: Store, policy: Policy, experts: Sequence[Party], applicants: Sequence[Party],
              names: dict[str, str], out: _Findings) -> None:
    rule = policy.rule("indirect")
    e_of, a_of = _owners(experts), _owners(applicants)
    direct = {pair for pair, kinds in out.found.items() if kinds}
    for person, other, mid, path in indirect_links(store, e_of, a_of, rule.relationships, policy.since("indirect"), names):
        x, y = path[2], path[6]
        text = f"间接关联：经{mid}（{x.name}；{y.name}）"  # type: ignore[union-attr]
        for ei in e_of[person]:
            for ai in a_of[other]:
                if (ei, ai) not in direct:  # a direct conflict says more
                    out.add((ei, ai), "indirect", Evidence("indirect", text, _with_team(path, applicants[ai], other)),
                            rule.severity)


def _party_matches(party: Party, wanted: str) -> bool:
    return wanted in (party.key, party.ref.key) or (party.ref.name is not None and clean(party.ref.name) == clean(wanted))


def _declared(policy: Policy, declared: Iterable[Declared], experts: Sequence[Party], applicants: Sequence[Party],
              out: _Findings) -> None:
    for d in (*policy.declared, *declared):
        for ei, e in enumerate(experts):
            if not _party_matches(e, d.expert):
                continue
            for ai, a in enumerate(applicants):
                if _party_matches(a, d.applicant):
                    path = (NodeRef(e.key, e.label, e.name), NodeRef(a.key, a.label, a.name))
                    out.add((ei, ai), "declared", Evidence("declared", f"申报关系：{d.relation}", path),
                            policy.rule("declared").severity)


def check_conflicts(store: Store, experts: Sequence[PersonRef], applicants: Sequence[PersonRef],
                    policy: Policy | None = None, declared: Iterable[Declared] = ()) -> CoiReport:
    """Every conflicted (expert, applicant) pair under ``policy``, with evidence quoting its documents."""
    started = time.perf_counter()
    policy = policy or default_policy()
    res_e = resolve_parties(store, experts, "expert")
    res_a = resolve_parties(store, applicants, "applicant")
    ex, ap = res_e.parties, res_a.parties
    names = {k: v for p in (*ex, *ap) for k, v in p.member_names.items()}
    found = _Findings(policy)
    if ex and ap:
        if policy.on("same_unit") or policy.on("unit_of_project"):
            _same_unit(store, policy, ex, ap, names, found)
        _shared_items(store, policy, ex, ap, names, found)
        if policy.on("declared"):
            _declared(policy, declared, ex, ap, found)
        if policy.on("indirect") and policy.rule("indirect").relationships:
            _indirect(store, policy, ex, ap, names, found)
    evidence = [e for kinds in found.found.values() for items in kinds.values() for e in items]
    sourced = iter(attach_sources(store, evidence))
    conflicts = []
    for (ei, ai), kinds in found.found.items():
        types = tuple(sorted(kinds, key=lambda k: (-SEVERITIES[found.severity[(ei, ai)][k]], k)))
        items = tuple(next(sourced) for k in kinds for _ in kinds[k])
        by_type = {k: [e for e in items if e.kind == k] for k in types}
        severity = max((found.severity[(ei, ai)][k] for k in types), key=lambda s: SEVERITIES[s])
        conflicts.append(Conflict(ex[ei], ap[ai], types, severity, tuple(e for k in types for e in by_type[k])))
    conflicts.sort(key=lambda c: (-SEVERITIES[c.severity], c.expert.name, c.applicant.name))
    warnings = tuple(f"{ROLE_NAMES[role]}{w}" for role, parties in (("expert", ex), ("applicant", ap))
                     for p in parties for w in identity_warnings(p))
    return CoiReport.of(tuple(conflicts), res_e.ambiguous + res_a.ambiguous, res_e.not_found + res_a.not_found,
                     len(ex), len(ap), (time.perf_counter() - started) * 1000, warnings)
