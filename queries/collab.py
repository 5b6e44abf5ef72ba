"""Collaboration questions over the graph: search, profiles, collaborators, paths between two entities,
neighbourhood subgraphs and organization networks. The caller passes the store in."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Annotated, Any

from pydantic import Field, computed_field

from graph.schema import RelType
from graph.stores.base import Store
from names.script import simplified
from queries.answers import Answer
from queries.errors import Ambiguous, NotFound
from queries.people import describe_people
from queries.readable import paper_title
from queries.runner import run_query
from queries.vocab import possibly_same_warning

COLLAB_TYPES = ("AUTHORED", "INVENTED", "MEMBER_OF", "LEADS", "WORKS_AT")
COLLAB_KINDS = {"coauthor": "合作论文", "coinventor": "共同专利", "comember": "同一项目/团队", "colleague": "同事（同一单位）"}
MAX_HOPS = 6
_HIDDEN = {str(RelType.MENTIONS), str(RelType.STATES)}
# /path reads a node's relationships at most this many at once; one with more is a hub, read type by type.
_HUB_PROBE = 500


@dataclass(frozen=True, slots=True)
class Hit(Answer):
    """An entity found by name: people with their work units; ``rank`` 0 an exact name or alias, 1 a
    prefix, 2 a part of one."""

    key: str
    label: str
    name: str
    kind: str | None = None
    aliases: tuple[str, ...] | None = None
    year: int | None = None
    units: tuple[str, ...] = ()
    rank: int = 2


def search(store: Store, q: str, labels: Sequence[str] | None = None, offset: int = 0, limit: int = 20
           ) -> list[Hit]:
    """Entities whose name or alias contains ``q``; people with their work units. A query in Traditional
    characters finds the names the graph keeps in Simplified (`趙一鳴` finds 赵一鸣)."""
    rows = run_query(store, "search", q=simplified(q), labels=list(labels) if labels else None, skip=offset, limit=limit)
    return [Hit(r["key"], r["label"], r["name"], r.get("kind"), tuple(r["aliases"]) if r.get("aliases") else None,
                r.get("year"), tuple(u for u in r.get("units") or () if u), int(r.get("rank") or 0)) for r in rows]


def resolve_key(store: Store, key_or_name: str, labels: Sequence[str] | None = None) -> str:
    """A key as given, or the one entity with exactly this name; NotFound / Ambiguous otherwise."""
    if run_query(store, "nodes", keys=[key_or_name]):
        return key_or_name
    exact = [hit for hit in search(store, key_or_name, labels, 0, 50) if hit.rank == 0]
    if not exact:
        raise NotFound(f"没有编号或名称为「{key_or_name}」的实体")
    if len(exact) > 1:
        raise Ambiguous(f"有 {len(exact)} 个实体名为「{key_or_name}」，请给出编号（key）", [h.as_dict() for h in exact])
    return exact[0].key


@dataclass(frozen=True, slots=True)
class RelationshipGroup(Answer):
    """An entity's relationships of one type and direction: how many, and the first of them."""

    type: str
    direction: str  # out | in
    total: int
    items: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Profile(Answer):
    """An entity's properties with its provenance (`sources`: documents that mention it, by id, and their
    `spans`; `mentioned_in`: how many do), and its relationships grouped by type."""

    key: str
    label: str
    entity: dict[str, Any]
    relationships: tuple[RelationshipGroup, ...]


def profile(store: Store, key: str, per_type: int = 50, max_sources: int = 100) -> Profile:
    """The profile of ``key``, with the first ``max_sources`` documents that mention it."""
    rows = run_query(store, "profile", key=key, per_type=per_type, max_sources=max_sources)
    if not rows:
        raise NotFound(f"没有编号为「{key}」的实体")
    relationships = tuple(RelationshipGroup(r["type"], r["direction"], r["total"], r["rels"])
                          for r in rows if r["type"] is not None)
    first = rows[0]
    mentions = first["mentions"]
    entity = {**first["entity"], "sources": [m["id"] for m in mentions],
              "spans": [s for m in mentions for s in m["spans"] or []], "mentioned_in": first["mentioned_in"]}
    return Profile(key, first["label"], entity, relationships)


@dataclass(frozen=True, slots=True)
class Collaborator(Answer):
    """A person sharing work with another: how (``kinds``), how much, when, and the shared items."""

    key: str
    name: str
    unit: str
    display: str  # the name, with the unit when the graph holds namesakes
    namesakes: int
    kinds: tuple[str, ...]  # coauthor, coinventor, comember, colleague
    kind_names: tuple[str, ...]
    shared: int
    years: tuple[int, ...]
    evidence: list[dict[str, Any]]  # the shared items: key, label, name, year, kind, and the two relationships


def collaborators(store: Store, key_or_name: str, types: Sequence[str] = COLLAB_TYPES, since: int | None = None,
                  limit: int = 50, evidence_cap: int = 5) -> list[Collaborator]:
    """People sharing papers, patents, projects or a unit with one person, most shared first."""
    key = resolve_key(store, key_or_name, ["Person"])
    rows = run_query(store, "collaborators", key=key, types=list(types), since=since, limit=limit,
                     evidence_cap=evidence_cap)
    people = describe_people(store, [r["key"] for r in rows])
    found = []
    for row in rows:
        context = people.get(row["key"])
        evidence = [{**item, "name": paper_title(item["name"])} if item.get("label") == "Paper" else item
                    for item in row.get("evidence") or []]
        kinds = tuple(row.get("kinds") or ())
        found.append(Collaborator(
            row["key"], row["name"], context.unit if context else "单位不详",
            context.display if context and context.namesakes else row["name"], context.namesakes if context else 0,
            kinds, tuple(COLLAB_KINDS.get(k, k) for k in kinds), row["shared"],
            tuple(sorted(y for y in row.get("years") or [] if y is not None)), evidence))
    return found


@dataclass(frozen=True, slots=True)
class GraphNode(Answer):
    id: Annotated[str, Field(examples=["person:林晓峰@org:青松大学附属第一医院"])]
    label: Annotated[str, Field(examples=["Person"])]
    name: Annotated[str, Field(examples=["林晓峰"])]
    kind: str | None = None
    year: int | None = None
    display: Annotated[str | None, Field(description="On a path: the name as people read it (a person with namesakes "
                                         "with their unit; a paper whose title was not recovered says so)")] = None


@dataclass(frozen=True, slots=True)
class GraphEdge(Answer):
    id: Annotated[str, Field(examples=["person:林晓峰@org:青松大学附属第一医院|AUTHORED|paper:肝纤维化新型标志物研究"])]
    source: str
    target: str
    type: Annotated[str, Field(examples=["AUTHORED"])]
    properties: Annotated[dict[str, Any], Field(examples=[{"order": 1}])]
    sources: Annotated[tuple[str, ...], Field(description="Document ids")] = ()
    warning: Annotated[str | None, Field(description="On a POSSIBLY_SAME link: that it is the resolver's guess, with its "
                                         "score and reason, in Chinese")] = None


@dataclass(frozen=True, slots=True)
class Subgraph(Answer):
    """Nodes and edges, ready for a graph view (Cytoscape); ``truncated`` when limits left some out."""

    nodes: tuple[GraphNode, ...] = ()
    edges: tuple[GraphEdge, ...] = ()
    truncated: bool = False


@dataclass(slots=True)
class _Growing:
    """A subgraph as a search grows it, keyed by id."""

    nodes: dict[str, GraphNode] = field(default_factory=dict)
    edges: dict[str, GraphEdge] = field(default_factory=dict)
    truncated: bool = False

    def add_edge(self, hit: dict[str, Any], rel_type: str) -> str:
        edge_id = f"{hit['start']}|{rel_type}|{hit['end']}"
        if edge_id not in self.edges:
            props = {k: v for k, v in (hit.get("props") or {}).items() if k not in ("sources", "spans")}
            # POSSIBLY_SAME is not a fact: a guess of the resolver, to be read as one
            warning = (possibly_same_warning(props.get("score"), props.get("reason"))
                       if rel_type == RelType.POSSIBLY_SAME else None)
            self.edges[edge_id] = GraphEdge(edge_id, hit["start"], hit["end"], rel_type, props,
                                            tuple((hit.get("props") or {}).get("sources") or ()), warning)
        return edge_id

    def add_node(self, hit: dict[str, Any]) -> None:
        if hit["key"] not in self.nodes:
            self.nodes[hit["key"]] = GraphNode(hit["key"], hit["label"], hit["name"], hit.get("kind"), hit.get("year"))

    def answer(self) -> Subgraph:
        return Subgraph(tuple(self.nodes.values()), tuple(self.edges.values()), self.truncated)


def _root(store: Store, key: str) -> dict[str, Any]:
    rows = run_query(store, "nodes", keys=[key])
    if not rows:
        raise NotFound(f"没有编号为「{key}」的实体")
    return rows[0]


def neighbourhood(store: Store, key: str, depth: int = 1, per_type: int = 25, limit: int = 300,
                  types: Sequence[str] | None = None) -> Subgraph:
    """Nodes and edges within ``depth`` hops, at most ``per_type`` neighbours per node and type, at most
    ``limit`` nodes (a Cytoscape-ready subgraph)."""
    graph = _Growing()
    graph.add_node(_root(store, key))
    frontier = [key]
    for _ in range(depth):
        if not frontier or len(graph.nodes) >= limit:
            break
        rows = run_query(store, "expand", keys=frontier, types=list(types) if types else None, per_type=per_type)
        next_frontier = []
        for row in rows:
            graph.truncated |= row["total"] > len(row["hits"])
            for hit in row["hits"]:
                if hit["key"] not in graph.nodes:
                    if len(graph.nodes) >= limit:
                        graph.truncated = True
                        continue
                    graph.add_node(hit)
                    next_frontier.append(hit["key"])
                graph.add_edge(hit, row["type"])
        frontier = next_frontier
    return graph.answer()


# A step of the search: the key it came from, and the relationship (start key, type, end key) it crossed.
_Step = tuple[str, tuple[str, str, str]]


def find_path(store: Store, a: str, b: str, max_hops: int = 4, types: Sequence[str] | None = None,
              per_type: int = 200) -> Subgraph | None:
    """A shortest path between two entities within ``max_hops``, over relationships of ``types`` (all if
    None): a breadth-first search from both ends, one query per step, at most ``per_type`` neighbours
    per node and type. The search moves keys only; the path's own relationships are read at the end.
    None if there is none."""
    found = {row["key"] for row in run_query(store, "nodes", keys=[a, b])}
    for key in (a, b):
        if key not in found:
            raise NotFound(f"没有编号为「{key}」的实体")
    max_hops = min(max_hops, MAX_HOPS)
    type_list = [t for t in types if t not in _HIDDEN] if types else None
    parents: tuple[dict[str, _Step | None], dict[str, _Step | None]] = ({a: None}, {b: None})
    frontiers = ([a], [b])
    # both ends in one query: the first two steps usually expand one end each
    both = _expand_keys(store, list(dict.fromkeys([a, b])), type_list, per_type)
    ready: dict[tuple[str, ...], list[dict[str, Any]]] = {(end,): [row for row in both if row["from_key"] == end]
                                                          for end in (a, b)}
    for _ in range(max_hops):
        side = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
        seen, other = parents[side], parents[1 - side]
        rows = ready.pop(tuple(frontiers[side]), None)
        if rows is None:
            rows = _expand_keys(store, frontiers[side], type_list, per_type)
        grown: list[str] = []
        for row in rows:
            here, rel_type = row["from_key"], row["type"]
            for key, outgoing in row["hits"]:
                if key in seen:
                    continue
                seen[key] = (here, (here, rel_type, key) if outgoing else (key, rel_type, here))
                grown.append(key)
                if key in other:
                    return _trace(store, parents, key)
        if not grown:
            return None
        frontiers = (grown, frontiers[1]) if side == 0 else (frontiers[0], grown)
    return None


def _expand_keys(store: Store, keys: list[str], types: list[str] | None, per_type: int) -> list[dict[str, Any]]:
    """path_expand rows for ``keys``; a hub's rows come from path_expand_hubs, in the same place."""
    probe = max(_HUB_PROBE, per_type + 1)
    rows = run_query(store, "path_expand", keys=keys, types=types, per_type=per_type, probe=probe)
    read: dict[str, int] = defaultdict(int)
    for row in rows:
        read[row["from_key"]] += row["total"]
    hubs = [key for key, total in read.items() if total >= probe]
    if not hubs:
        return rows
    by_hub: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in run_query(store, "path_expand_hubs", keys=hubs, types=types, per_type=per_type):
        by_hub[row["from_key"]].append(row)
    out: list[dict[str, Any]] = []
    for row in rows:
        key = row["from_key"]
        if read[key] < probe:
            out.append(row)
        elif key in by_hub:
            out += by_hub.pop(key)
    return out


def _trace(store: Store, parents: tuple[dict[str, _Step | None], dict[str, _Step | None]], meet: str) -> Subgraph:
    """The path through ``meet``: its relationships (those of the first end's side first, from ``meet``
    outwards) with their properties, and its nodes in order from the first end to the second."""
    rels: list[tuple[str, str, str]] = []
    chain: list[str] = []
    for side in (0, 1):
        node = meet
        walk = []
        while (step := parents[side].get(node)) is not None:
            node, rel = step
            rels.append(rel)
            walk.append(node)
        chain = list(reversed(walk)) + [meet] if side == 0 else chain + walk
    edges = [{"start": start, "type": rel_type, "end": end} for start, rel_type, end in dict.fromkeys(rels)]
    props = {(r["start"], r["type"], r["end"]): r["props"] for r in run_query(store, "path_edges", edges=edges)}
    graph = _Growing()
    for start, rel_type, end in dict.fromkeys(rels):
        graph.add_edge({"start": start, "end": end, "props": props.get((start, rel_type, end))}, rel_type)
    order = {k: i for i, k in enumerate(dict.fromkeys(chain))}
    for row in sorted(run_query(store, "nodes", keys=list(order)), key=lambda r: order.get(r["key"], 0)):
        graph.add_node(row)
    return graph.answer()


@dataclass(frozen=True, slots=True)
class PartnerLink(Answer):
    via: str  # project | patent | paper | stated
    shared: int
    items: list[Any]


@dataclass(frozen=True, slots=True)
class Partner(Answer):
    key: str
    name: str
    kind: str | None
    links: tuple[PartnerLink, ...]

    @computed_field
    @property
    def shared(self) -> int:
        return sum(link.shared for link in self.links)


@dataclass(frozen=True, slots=True)
class OrgNetwork(Answer):
    organizations: tuple[str, ...]
    partners: tuple[Partner, ...]  # most shared first


def org_network(store: Store, keys: Sequence[str], limit: int = 50) -> OrgNetwork:
    """Units linked to ``keys`` by shared projects, patents, papers or a stated partnership."""
    partners: dict[str, tuple[str, str | None]] = {}
    links: dict[str, list[PartnerLink]] = defaultdict(list)
    for row in run_query(store, "org_network", keys=list(keys), limit=limit):
        partners.setdefault(row["partner"], (row["partner_name"], row["partner_kind"]))
        links[row["partner"]].append(PartnerLink(row["via"], row["shared"], row["items"]))
    found = [Partner(k, *partners[k], tuple(v)) for k, v in links.items()]
    return OrgNetwork(tuple(keys), tuple(sorted(found, key=lambda p: (-p.shared, p.name))))
