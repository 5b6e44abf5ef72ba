"""Search entities by (partial) name or alias."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from api.deps import StoreDep
from api.schemas import Page
from graph.schema import ENTITY_LABELS
from queries.collab import search
from queries.people import describe_people

router = APIRouter(tags=["search"])
_LABELS = {str(label) for label in ENTITY_LABELS}


class SearchHit(BaseModel):
    key: str = Field(examples=["person:林晓峰@org:青松大学附属第一医院"])
    label: str = Field(examples=["Person"])
    name: str = Field(examples=["林晓峰"])
    kind: str | None = Field(default=None, examples=[None])
    aliases: list[str] | None = None
    year: int | None = None
    units: list[str] = Field(default_factory=list, examples=[["青松大学附属第一医院"]])
    namesakes: int = Field(default=0, description="A person: how many other people in the graph have this name")
    hint: str | None = Field(default=None, description="A person: besides the unit, what tells them from a namesake",
                             examples=["见于《2024年度甲省科学技术奖提名…》"])


@router.get("/search", response_model=Page[SearchHit], summary="Search people, units, projects, papers by name",
            description="Substring match on names and aliases (partial Chinese names work); exact names first. "
                        "People come with their work units, to tell namesakes apart.")
def search_route(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=100, examples=["林晓"])],
    label: Annotated[list[str] | None, Query(description="Restrict to these labels", examples=[["Person"]])] = None,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> Page[SearchHit]:
    labels = [x for x in (label or []) if x in _LABELS] or None
    hits = search(store, q, labels, offset, limit + 1)
    people = describe_people(store, [hit.key for hit in hits[:limit] if hit.label == "Person"])
    items = []
    for hit in hits[:limit]:
        item = SearchHit.model_validate(hit, from_attributes=True)
        if (context := people.get(hit.key)) is not None:
            item = item.model_copy(update={"namesakes": context.namesakes, "hint": context.hint or None})
        items.append(item)
    return Page[SearchHit](data=items, offset=offset, limit=limit, has_more=len(hits) > limit)
