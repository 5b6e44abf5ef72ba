"""Set-based link finding for the conflict check: units shared (with parent units), items shared
(papers, patents, projects), and collaborators in common. Each function runs a fixed number of
queries whatever the number of people, and returns candidate links with their evidence paths."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from graph.stores.base import Store
from queries.coi.evidence import NodeRef, RelRef
from queries.runner import run_query

PathItems = tuple[NodeRef | RelRef, ...]
ITEM_RULE = {"Paper": "coauthor", "Patent": "coinventor", "Project": "co_member"}
RULE_TYPES = {"coauthor": ("AUTHORED",), "coinventor": ("INVENTED",), "co_member": ("MEMBER_OF", "LEADS")}


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where an owner (a person, or a project through its units) stands in the organization tree."""

    owner: str
    owner_node: NodeRef
    rel: RelRef  # owner → unit (WORKS_AT) or unit → project (UNIT_OF)
    unit: NodeRef


@dataclass(frozen=True, slots=True)
class UnitMatch:
    left: Anchor
    right: Anchor
    relation: str  # same | parent | sibling
    path: PathItems


def person_anchors(store: Store, keys: Iterable[str], rels: tuple[str, ...], names: dict[str, str]) -> list[Anchor]:
    keys = sorted(set(keys))
    rows = run_query(store, "person_units", keys=keys, rels=list(rels)) if keys else []
    return [
        Anchor(r["person"], NodeRef(r["person"], "Person", names.get(r["person"], r["person"])),
               RelRef.of(r["rel"], r["person"], r["org"], r["sources"], r["spans"]),
               NodeRef(r["org"], "Organization", r["org_name"]))
        for r in rows
    ]


def ancestors(store: Store, orgs: Iterable[str]) -> dict[str, dict[str, list[tuple[NodeRef, RelRef]]]]:
    """org → {ancestor key: [(node, PART_OF rel)] steps from the org up to that ancestor}."""
    orgs = sorted(set(orgs))
    out: dict[str, dict[str, list[tuple[NodeRef, RelRef]]]] = defaultdict(dict)
    for row in run_query(store, "org_ancestors", keys=orgs) if orgs else []:
        steps: list[tuple[NodeRef, RelRef]] = []
        below = row["org"]
        for step in row["chain"]:
            steps.append((NodeRef(step["key"], "Organization", step["name"]),
                          RelRef.of("PART_OF", below, step["key"], step["sources"], step["spans"])))
            below = step["key"]
            known = out[row["org"]].get(step["key"])
            if known is None or len(known) > len(steps):
                out[row["org"]][step["key"]] = list(steps)
    return out


def _climb(anchor: Anchor, up: dict[str, dict[str, list[tuple[NodeRef, RelRef]]]]
           ) -> list[tuple[str, list[tuple[NodeRef, RelRef]]]]:
    return [(anchor.unit.key, [])] + list(up.get(anchor.unit.key, {}).items())


def _up_path(anchor: Anchor, steps: list[tuple[NodeRef, RelRef]]) -> list[NodeRef | RelRef]:
    items: list[NodeRef | RelRef] = [anchor.owner_node, anchor.rel, anchor.unit]
    for node, rel in steps:
        items += [rel, node]
    return items


def match_units(left: list[Anchor], right: list[Anchor], up: dict[str, dict[str, list[tuple[NodeRef, RelRef]]]],
                parents: bool, siblings: bool) -> list[UnitMatch]:
    """Pairs of anchors on one unit, or (if asked) on a unit and its parent, or two units of one parent;
    the closest relation per pair of owners."""
    index: dict[str, list[tuple[Anchor, list[tuple[NodeRef, RelRef]]]]] = defaultdict(list)
    for anchor in right:
        for org, steps in _climb(anchor, up):
            index[org].append((anchor, steps))
    best: dict[tuple[str, str], tuple[int, UnitMatch]] = {}
    for anchor in left:
        for org, steps_l in _climb(anchor, up):
            for other, steps_r in index.get(org, ()):
                if other.owner == anchor.owner:
                    continue
                rank = (1 if steps_l else 0) + (1 if steps_r else 0)
                relation = ("same", "parent", "sibling")[rank]
                if (relation == "parent" and not parents) or (relation == "sibling" and not siblings):
                    continue
                right_path = _up_path(other, steps_r)
                path = tuple(_up_path(anchor, steps_l) + list(reversed(right_path))[1:])
                pair = (anchor.owner, other.owner)
                if pair not in best or best[pair][0] > rank:
                    best[pair] = (rank, UnitMatch(anchor, other, relation, path))
    return [m for _, m in best.values()]


@dataclass(frozen=True, slots=True)
class CoLink:
    person: str
    other: str
    rule: str  # coauthor | coinventor | co_member
    item: NodeRef
    path: PathItems


def _year(row: dict[str, Any]) -> int | None:
    if row.get("year") is not None:
        return int(row["year"])
    date = row.get("date")
    return int(date[:4]) if isinstance(date, str) and date[:4].isdigit() else None


def colinks(store: Store, keys: Iterable[str], targets: Iterable[str], types: Iterable[str], names: dict[str, str],
            since: dict[str, int | None], undated: dict[str, bool]) -> list[CoLink]:
    """People of ``targets`` sharing a paper, patent or project with one of ``keys``, within the years."""
    keys, targets, types = sorted(set(keys)), sorted(set(targets)), sorted(set(types))
    if not keys or not targets or not types:
        return []
    out = []
    for r in run_query(store, "colinks", keys=keys, targets=targets, types=types):
        rule = ITEM_RULE[r["via"]]  # the query returns works only
        year = _year(r)
        limit = since.get(rule)
        if (year is None and not undated.get(rule, True)) or (year is not None and limit is not None and year < limit):
            continue
        names.setdefault(r["other"], r["other_name"])
        item = NodeRef(r["item"], r["via"], r["item_name"], year)
        path = (NodeRef(r["person"], "Person", names.get(r["person"], r["person"])),
                RelRef.of(r["rel_a"], r["person"], r["item"], r["sources_a"], r["spans_a"]), item,
                RelRef.of(r["rel_b"], r["other"], r["item"], r["sources_b"], r["spans_b"]),
                NodeRef(r["other"], "Person", r["other_name"]))
        out.append(CoLink(r["person"], r["other"], rule, item, path))
    return out


def indirect_links(store: Store, keys: Iterable[str], targets: Iterable[str], types: Iterable[str],
                   since: int | None, names: dict[str, str], limit: int = 20_000) -> list[tuple[str, str, str, PathItems]]:
    """(person, other, common collaborator's name, path) for people linked through one collaborator."""
    keys, targets, types = sorted(set(keys)), sorted(set(targets)), sorted(set(types))
    if not keys or not targets or not types:
        return []
    out: list[tuple[str, str, str, PathItems]] = []
    for r in run_query(store, "coi_indirect", keys=keys, targets=targets, types=types, since=since, limit=limit):
        p, q, m = r["person"], r["other"], r["mid"]
        x = NodeRef(r["x"], r["x_label"], r["x_name"], r["x_year"])
        y = NodeRef(r["y"], r["y_label"], r["y_name"], r["y_year"])
        path = (NodeRef(p, "Person", names.get(p, p)), RelRef.of(r["r1"]["type"], p, x.key, r["r1"]["sources"], r["r1"]["spans"]),
                x, RelRef.of(r["r2"]["type"], m, x.key, r["r2"]["sources"], r["r2"]["spans"]),
                NodeRef(m, "Person", r["mid_name"]), RelRef.of(r["r3"]["type"], m, y.key, r["r3"]["sources"], r["r3"]["spans"]),
                y, RelRef.of(r["r4"]["type"], q, y.key, r["r4"]["sources"], r["r4"]["spans"]),
                NodeRef(q, "Person", r["other_name"]))
        out.append((p, q, r["mid_name"], path))
    return out
