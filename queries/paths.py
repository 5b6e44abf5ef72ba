"""A path read step by step: each relationship in Chinese between names that tell namesakes apart, and a
warning on every step that rests on a possibly-same link."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graph.schema import Label, RelType
from graph.stores.base import Store
from queries.collab import Subgraph
from queries.people import describe_people
from queries.readable import paper_title
from queries.vocab import relation_name, relation_phrase


@dataclass(frozen=True, slots=True)
class Step:
    number: int
    source: str  # keys of the relationship's ends, in its direction
    target: str
    type: str
    text: str
    warning: str | None

    def as_dict(self) -> dict[str, Any]:
        return {"number": self.number, "source": self.source, "target": self.target, "type": self.type,
                "relation": relation_name(self.type), "text": self.text, "warning": self.warning}


def node_names(store: Store, nodes: list[dict[str, Any]]) -> dict[str, str]:
    """How each node of a path is written: a person with namesakes with their unit, a paper whose title was
    not recovered says so."""
    people = describe_people(store, [n["id"] for n in nodes if n.get("label") == Label.PERSON])
    names = {}
    for node in nodes:
        context = people.get(node["id"])
        if context is not None and context.namesakes:
            names[node["id"]] = context.display
        elif node.get("label") == Label.PAPER:
            names[node["id"]] = paper_title(node["name"])
        else:
            names[node["id"]] = node["name"]
    return names


def path_steps(store: Store, graph: Subgraph) -> list[Step]:
    """The path's relationships in order from its first node to its last (the nodes of `find_path` are in
    that order)."""
    nodes = list(graph.nodes.values())
    names = node_names(store, nodes)
    by_ends = {frozenset((e["source"], e["target"])): e for e in graph.edges.values()}
    steps: list[Step] = []
    for i in range(len(nodes) - 1):
        edge = by_ends.get(frozenset((nodes[i]["id"], nodes[i + 1]["id"])))
        if edge is None:
            continue
        text = relation_phrase(names[edge["source"]], edge["type"], names[edge["target"]])
        steps.append(Step(len(steps) + 1, edge["source"], edge["target"], edge["type"], text, edge.get("warning")))
    return steps


def described_path(store: Store, graph: Subgraph) -> dict[str, Any]:
    """The path as the API gives it: nodes (with `display`), edges, its steps in Chinese and the warnings of
    the steps that rest on a possibly-same link."""
    out = graph.as_dict()
    names = node_names(store, out["nodes"])
    for node in out["nodes"]:
        node["display"] = names[node["id"]]
    steps = path_steps(store, graph)
    out["steps"] = [s.as_dict() for s in steps]
    out["warnings"] = [f"第 {s.number} 步：{s.warning}" for s in steps if s.warning]
    out["uncertain"] = any(e["type"] == RelType.POSSIBLY_SAME for e in out["edges"])
    return out
