"""Collaborators, paths and neighbourhood subgraphs (Cytoscape-ready: nodes and edges)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import StoreDep
from api.schemas import Collaborators
from queries.collab import (
    COLLAB_TYPES,
    OrgNetwork,
    Subgraph,
    collaborators,
    find_path,
    neighbourhood,
    org_network,
)
from queries.paths import DescribedPath, described_path

router = APIRouter(tags=["graph"])


@router.get("/collaborators", response_model=Collaborators, summary="Collaborators of a person",
            description="Co-authors, co-inventors, co-members of a project or award team and colleagues, "
                        "with counts, years and evidence (the shared items and their sources).")
def collaborators_route(
    store: StoreDep,
    person: Annotated[str, Query(description="Person key, or a name that fits one person", examples=["林晓峰"])],
    type: Annotated[list[str] | None, Query(description="Link types", examples=[["AUTHORED", "MEMBER_OF"]])] = None,
    since: Annotated[int | None, Query(ge=1900, le=2100, examples=[2021])] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> Collaborators:
    types = [t for t in (type or COLLAB_TYPES) if t in COLLAB_TYPES]
    rows = collaborators(store, person, types, since, limit)
    return Collaborators(person=person, data=rows, count=len(rows))


@router.get("/path", response_model=DescribedPath, summary="Shortest connection between two entities",
            description="Breadth-first from both ends, at most `max_hops`, over the given relationship types.")
def path_route(
    store: StoreDep,
    source: Annotated[str, Query(alias="from", examples=["person:赵明远@org:东湖研究院"])],
    target: Annotated[str, Query(alias="to", examples=["person:周雨桐@org:青松大学附属第一医院"])],
    max_hops: Annotated[int, Query(ge=1, le=6)] = 4,
    type: Annotated[list[str] | None, Query(examples=[["AUTHORED", "MEMBER_OF"]])] = None,
) -> DescribedPath:
    return described_path(store, find_path(store, source, target, max_hops, type))


@router.get("/graph/neighborhood", response_model=Subgraph, summary="Neighbourhood subgraph of an entity",
            description="Nodes [{id,label,name,kind,year}] and edges [{id,source,target,type,properties,sources}] "
                        "within `depth` hops; `per_type` neighbours per node and type, `limit` nodes in all.")
def neighborhood_route(
    store: StoreDep,
    key: Annotated[str, Query(examples=["org:青松大学"])],
    depth: Annotated[int, Query(ge=1, le=3)] = 1,
    per_type: Annotated[int, Query(ge=1, le=200)] = 25,
    limit: Annotated[int, Query(ge=1, le=2000)] = 300,
    type: Annotated[list[str] | None, Query(examples=[["WORKS_AT", "PART_OF"]])] = None,
) -> Subgraph:
    return neighbourhood(store, key, depth, per_type, limit, type)


@router.get("/graph/organizations", response_model=OrgNetwork, summary="Collaboration network of organizations",
            description="Units sharing projects, patents or papers with the given units, or a stated partnership.")
def org_network_route(
    store: StoreDep,
    key: Annotated[list[str], Query(examples=[["org:白鹭医科大学"]])],
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> OrgNetwork:
    return org_network(store, key, limit)
