"""Response models of the API's own: pages of answers, and what a route shows of an answer. The answers
themselves (queries/) are the response models of the routes that give them whole."""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, Field

from queries.collab import Collaborator
from queries.people import PersonContext

T = TypeVar("T")


class EntitySummary(BaseModel):
    key: str = Field(examples=["person:赵一鸣@org:某某大学附属医院"])
    label: str = Field(examples=["Person"])
    name: str = Field(examples=["赵一鸣"])
    kind: str | None = Field(default=None, examples=["hospital"])
    aliases: list[str] | None = None


class Page(BaseModel, Generic[T]):
    data: list[T]
    offset: int
    limit: int
    has_more: bool


class Collaborators(BaseModel):
    person: str = Field(examples=["林晓峰"], description="As asked: a key or a name")
    data: list[Collaborator]
    count: int


class People(BaseModel):
    data: list[PersonContext]


class Loaded(BaseModel):
    """One document of an upload, as the loader wrote it."""

    document_id: str
    status: Literal["added", "unchanged", "replaced"]
    nodes_created: int
    relationships_created: int
    rejected: list[str] = Field(default_factory=list, description="Records left out, each with the reason")


class Uploaded(Loaded):
    """The first document of an upload (most files hold one), and every document it held."""

    documents: list[Loaded]
