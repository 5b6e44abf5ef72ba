"""Response models shared by several routers."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, Field

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
