"""Health, graph statistics and entity lookup by name or alias."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from api.deps import StoreDep
from api.schemas import EntitySummary, Page
from api.version import VERSION
from graph.errors import StoreUnavailable
from graph.schema import ENTITY_LABELS
from queries.collab import search
from queries.runner import GraphStats, stats

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str = Field(examples=["ok"])
    store: str = Field(examples=["falkordb"])
    store_version: str | None = Field(default=None, examples=["4.10.3"])
    version: str = Field(examples=["0.1.0"])
    detail: str | None = None


@router.get("/health", response_model=Health, summary="Is the store reachable?",
            responses={503: {"description": "Store unreachable", "model": Health}})
def health(store: StoreDep) -> Any:
    try:
        server = store.ping()
    except StoreUnavailable as e:
        body = Health(status="unavailable", store=store.dialect, version=VERSION, detail=str(e))
        return JSONResponse(body.model_dump(), status_code=503)
    return Health(status="ok", store=store.dialect, store_version=server, version=VERSION)


@router.get("/stats", response_model=GraphStats, summary="Counts of documents, nodes by label, relationships by type")
def graph_stats(store: StoreDep) -> GraphStats:
    return stats(store)


@router.get("/entities", response_model=Page[EntitySummary], summary="Look up entities by name or alias",
            description="Case-insensitive substring match on names and aliases (Chinese partial names work).")
def find_entities(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=100, examples=["湘雅"])],
    label: Annotated[list[str] | None, Query(description="Restrict to these labels", examples=[["Person"]])] = None,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> Page[EntitySummary]:
    labels = [x for x in (label or []) if x in {str(lab) for lab in ENTITY_LABELS}] or None
    rows = search(store, q, labels, offset, limit + 1)
    items = [EntitySummary.model_validate(hit, from_attributes=True) for hit in rows[:limit]]
    return Page[EntitySummary](data=items, offset=offset, limit=limit, has_more=len(rows) > limit)
