"""One entity: its profile (relationships grouped by type, with sources) and its neighbours."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.deps import StoreDep
from queries.collab import Profile, Subgraph, neighbourhood, profile

router = APIRouter(tags=["entities"])
KEY = Path(description="Entity key", examples=["person:林晓峰@org:青松大学附属第一医院"])
PROFILE_EXAMPLE = {
    "key": "person:林晓峰@org:青松大学附属第一医院", "label": "Person",
    "entity": {"name": "林晓峰", "sources": ["4a47edbf…"], "spans": ["4a47edbf…:56:59"], "mentioned_in": 1},
    "relationships": [{"type": "AUTHORED", "direction": "out", "total": 1, "items": [
        {"key": "paper:肝纤维化新型标志物研究", "label": "Paper", "name": "肝纤维化新型标志物研究", "year": 2023,
         "props": {"order": 1, "sources": ["4a47edbf…"], "spans": ["4a47edbf…:178:231"]}}]}],
}


@router.get("/entities/{key:path}/neighbors", response_model=Subgraph, summary="Direct neighbours of an entity",
            description="One hop out, at most `per_type` neighbours per relationship type.")
def neighbors_route(
    store: StoreDep, key: Annotated[str, KEY],
    type: Annotated[list[str] | None, Query(description="Relationship types", examples=[["AUTHORED"]])] = None,
    per_type: Annotated[int, Query(ge=1, le=200)] = 50,
) -> Subgraph:
    return neighbourhood(store, key, depth=1, per_type=per_type, limit=1000, types=type)


@router.get("/entities/{key:path}", response_model=Profile, summary="Profile of an entity",
            description="Properties, provenance (`sources`: up to 100 of the documents that mention it, with their "
                        "`spans`; `mentioned_in`: how many do) and relationships grouped by type and direction.",
            responses={200: {"content": {"application/json": {"example": PROFILE_EXAMPLE}}}})
def profile_route(
    store: StoreDep, key: Annotated[str, KEY], per_type: Annotated[int, Query(ge=1, le=500)] = 50,
) -> Profile:
    return profile(store, key, per_type)
