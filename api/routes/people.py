"""People told apart: for each person key, the units, documents and co-workers that tell them from a namesake."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import StoreDep
from api.schemas import People
from queries.people import MAX_KEYS, describe_people

router = APIRouter(tags=["entities"])


@router.get("/people", response_model=People, summary="What tells people of one name apart",
            description="For each person key: units, the documents that name them (with titles), the people they "
                        "most often work with, possibly-same links (score and reason in Chinese), how many others "
                        "share the name, and `display`: the name with the unit and a short disambiguator.")
def people_route(
    store: StoreDep,
    key: Annotated[list[str], Query(max_length=MAX_KEYS, description="Person keys",
                                    examples=[["person:王磊@org:青松大学附属第一医院"]])],
) -> People:
    found = describe_people(store, key)
    return People(data=[found[k] for k in dict.fromkeys(key) if k in found])
