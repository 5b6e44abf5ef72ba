"""Typed answers: what a query function returns is a frozen dataclass of these, and its JSON form (the
API's responses, `kg ... --json`) follows from its types, never written out by hand.

The API declares the same classes as its response models. A field marked `Field(exclude=True)` stays in
Python (what the check needs, not what the reader does); a `computed_field` property is part of the JSON;
`serialization_alias` gives a field its JSON name where Python calls it otherwise.
"""

from __future__ import annotations

from typing import Any

from pydantic import ConfigDict, TypeAdapter

_ADAPTERS: dict[type, TypeAdapter[Any]] = {}


def as_data(answer: Any) -> Any:
    """An answer as JSON data: dicts, lists, strings, numbers."""
    kind = type(answer)
    if kind not in _ADAPTERS:
        _ADAPTERS[kind] = TypeAdapter(kind)
    return _ADAPTERS[kind].dump_python(answer, mode="json")


class Answer:
    """Base of the answers (frozen dataclasses with slots)."""

    __slots__ = ()
    __pydantic_config__ = ConfigDict(serialize_by_alias=True)

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = as_data(self)
        return data
