"""A path read step by step: each relationship in Chinese between names that tell namesakes apart, and a
warning on every step that rests on a possibly-same link."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Annotated

from pydantic import Field, computed_field

from graph.schema import Label, RelType
from graph.stores.base import Store
from queries.answers import Answer
from queries.collab import GraphNode, Subgraph
from queries.people import describe_people
from queries.readable import paper_title
from queries.vocab import relation_name, relation_phrase


@dataclass(frozen=True, slots=True)
class Step(Answer):
    number: Annotated[int, Field(examples=[1])]
    source: str  # keys of the relationship's ends, in its direction
    target: str
    type: Annotated[str, Field(examples=["AUTHORED"])]
    text: Annotated[str, Field(examples=["赵明远 —作者→ 慢性肝炎流行病学调查"])]
    warning: str | None

    @computed_field(examples=["作者"])
    @property
    def relation(self) -> str:
        return relation_name(self.type)


@dataclass(frozen=True, slots=True)
class DescribedPath(Subgraph):
    """A path as people read it: its nodes in order from the first end to the second (each with
    `display`), its edges, its steps in Chinese, and the warnings of the steps that rest on a possibly-same
    link. ``found`` False: no path within the hops asked for."""

    found: Annotated[bool, Field(examples=[True])] = False
    hops: Annotated[int | None, Field(examples=[2])] = None
    steps: Annotated[tuple[Step, ...], Field(description="The path from `from` to `to`, one relationship a step")] = ()
    warnings: Annotated[tuple[str, ...], Field(description="Steps that rest on a possibly-same link")] = ()
    uncertain: Annotated[bool, Field(description="True when any step is a possibly-same link")] = False


def node_names(store: Store, nodes: tuple[GraphNode, ...]) -> dict[str, str]:
    """How each node of a path is written: a person with namesakes with their unit, a paper whose title was
    not recovered says so."""
    people = describe_people(store, [n.id for n in nodes if n.label == Label.PERSON])
    names = {}
    for node in nodes:
        context = people.get(node.id)
        if context is not None and context.namesakes:
            names[node.id] = context.display
        elif node.label == Label.PAPER:
            names[node.id] = paper_title(node.name)
        else:
            names[node.id] = node.name
    return names


def path_steps(store: Store, graph: Subgraph, names: dict[str, str] | None = None) -> list[Step]:
    """The path's relationships in order from its first node to its last (the nodes of `find_path` are in
    that order)."""
    nodes = graph.nodes
    names = names if names is not None else node_names(store, nodes)
    by_ends = {frozenset((e.source, e.target)): e for e in graph.edges}
    steps: list[Step] = []
    for i in range(len(nodes) - 1):
        edge = by_ends.get(frozenset((nodes[i].id, nodes[i + 1].id)))
        if edge is None:
            continue
        text = relation_phrase(names[edge.source], edge.type, names[edge.target])
        steps.append(Step(len(steps) + 1, edge.source, edge.target, edge.type, text, edge.warning))
    return steps


def described_path(store: Store, graph: Subgraph | None) -> DescribedPath:
    """The path as the API gives it (None, the path not found: an empty one)."""
    if graph is None:
        return DescribedPath(found=False)
    names = node_names(store, graph.nodes)
    steps = path_steps(store, graph, names)
    return DescribedPath(
        nodes=tuple(replace(node, display=names[node.id]) for node in graph.nodes), edges=graph.edges,
        truncated=graph.truncated, found=True, hops=len(graph.edges), steps=tuple(steps),
        warnings=tuple(f"第 {s.number} 步：{s.warning}" for s in steps if s.warning),
        uncertain=any(e.type == RelType.POSSIBLY_SAME for e in graph.edges),
    )
