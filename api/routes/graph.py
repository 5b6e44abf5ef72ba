"""Collaborators, paths and neighbourhood subgraphs (Cytoscape-ready: nodes and edges)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from api.deps import StoreDep
from api.errors import ApiProblem
from queries.collab import (
    COLLAB_TYPES,
    Ambiguous,
    collaborators,
    find_path,
    neighbourhood,
    org_network,
)
from queries.paths import described_path

router = APIRouter(tags=["graph"])


class NodeOut(BaseModel):
    id: str = Field(examples=["person:林晓峰@org:青松大学附属第一医院"])
    label: str = Field(examples=["Person"])
    name: str = Field(examples=["林晓峰"])
    kind: str | None = None
    year: int | None = None
    display: str | None = Field(default=None, description="On a path: the name as people read it (a person with "
                                "namesakes with their unit; a paper whose title was not recovered says so)")


class EdgeOut(BaseModel):
    id: str = Field(examples=["person:林晓峰@org:青松大学附属第一医院|AUTHORED|paper:肝纤维化新型标志物研究"])
    source: str
    target: str
    type: str = Field(examples=["AUTHORED"])
    properties: dict[str, Any] = Field(default_factory=dict, examples=[{"order": 1}])
    sources: list[str] = Field(default_factory=list, description="Document ids")
    warning: str | None = Field(default=None, description="On a POSSIBLY_SAME link: that it is the resolver's guess, "
                                "with its score and reason, in Chinese")


class StepOut(BaseModel):
    number: int = Field(examples=[1])
    source: str
    target: str
    type: str = Field(examples=["AUTHORED"])
    relation: str = Field(examples=["作者"])
    text: str = Field(examples=["赵明远 —作者→ 慢性肝炎流行病学调查"])
    warning: str | None = None


class SubgraphOut(BaseModel):
    nodes: list[NodeOut]
    edges: list[EdgeOut]
    truncated: bool = False


class PathOut(SubgraphOut):
    found: bool = Field(examples=[True])
    hops: int | None = Field(default=None, examples=[2])
    steps: list[StepOut] = Field(default_factory=list, description="The path from `from` to `to`, one relationship a step")
    warnings: list[str] = Field(default_factory=list, description="Steps that rest on a possibly-same link")
    uncertain: bool = Field(default=False, description="True when any step is a possibly-same link")


def _problem(e: LookupError) -> ApiProblem:
    if isinstance(e, Ambiguous):
        return ApiProblem(409, "Ambiguous name", str(e), candidates=e.candidates)
    return ApiProblem(404, "Not found", str(e))


@router.get("/collaborators", summary="Collaborators of a person",
            description="Co-authors, co-inventors, co-members of a project or award team and colleagues, "
                        "with counts, years and evidence (the shared items and their sources).")
def collaborators_route(
    store: StoreDep,
    person: Annotated[str, Query(description="Person key, or a name that fits one person", examples=["林晓峰"])],
    type: Annotated[list[str] | None, Query(description="Link types", examples=[["AUTHORED", "MEMBER_OF"]])] = None,
    since: Annotated[int | None, Query(ge=1900, le=2100, examples=[2021])] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict[str, Any]:
    types = [t for t in (type or COLLAB_TYPES) if t in COLLAB_TYPES]
    try:
        rows = collaborators(store, person, types, since, limit)
    except LookupError as e:
        raise _problem(e) from e
    return {"person": person, "data": rows, "count": len(rows)}


@router.get("/path", response_model=PathOut, summary="Shortest connection between two entities",
            description="Breadth-first from both ends, at most `max_hops`, over the given relationship types.")
def path_route(
    store: StoreDep,
    source: Annotated[str, Query(alias="from", examples=["person:赵明远@org:东湖研究院"])],
    target: Annotated[str, Query(alias="to", examples=["person:周雨桐@org:青松大学附属第一医院"])],
    max_hops: Annotated[int, Query(ge=1, le=6)] = 4,
    type: Annotated[list[str] | None, Query(examples=[["AUTHORED", "MEMBER_OF"]])] = None,
) -> Any:
    try:
        graph = find_path(store, source, target, max_hops, type)
    except LookupError as e:
        raise _problem(e) from e
    if graph is None:
        return PathOut(nodes=[], edges=[], found=False)
    return PathOut(**described_path(store, graph), found=True, hops=len(graph.edges))


@router.get("/graph/neighborhood", response_model=SubgraphOut, summary="Neighbourhood subgraph of an entity",
            description="Nodes [{id,label,name,kind,year}] and edges [{id,source,target,type,properties,sources}] "
                        "within `depth` hops; `per_type` neighbours per node and type, `limit` nodes in all.")
def neighborhood_route(
    store: StoreDep,
    key: Annotated[str, Query(examples=["org:青松大学"])],
    depth: Annotated[int, Query(ge=1, le=3)] = 1,
    per_type: Annotated[int, Query(ge=1, le=200)] = 25,
    limit: Annotated[int, Query(ge=1, le=2000)] = 300,
    type: Annotated[list[str] | None, Query(examples=[["WORKS_AT", "PART_OF"]])] = None,
) -> Any:
    try:
        return neighbourhood(store, key, depth, per_type, limit, type).as_dict()
    except LookupError as e:
        raise _problem(e) from e


@router.get("/graph/organizations", summary="Collaboration network of organizations",
            description="Units sharing projects, patents or papers with the given units, or a stated partnership.")
def org_network_route(
    store: StoreDep,
    key: Annotated[list[str], Query(examples=[["org:白鹭医科大学"]])],
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict[str, Any]:
    return org_network(store, key, limit)
