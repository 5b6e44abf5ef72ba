"""Collects entities and relations with their spans, merging repeated mentions of the same fact."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any, TypeVar

from graph.schema import Label, RelType
from ingest.model import Entity, Relation, Span, merge_spans

# what a repeated mention may fill in; its spans are merged, not filled
_ENTITY_FIELDS = tuple(f.name for f in fields(Entity) if f.name != "spans")
_RELATION_ATTRIBUTES = tuple(f.name for f in fields(Relation) if f.name not in ("type", "source", "target", "spans"))

K = TypeVar("K")
R = TypeVar("R", Entity, Relation)


class Builder:
    """Records keyed by what they are about. The spans of repeated mentions are gathered and merged
    once, when the records are read: a name mentioned fifty times is not rebuilt fifty times."""

    def __init__(self) -> None:
        self._entities: dict[tuple[Label, str], Entity] = {}
        self._relations: dict[tuple[RelType, str, str], Relation] = {}
        self._entity_spans: dict[tuple[Label, str], list[Span]] = {}  # of the repeated mentions
        self._relation_spans: dict[tuple[RelType, str, str], list[Span]] = {}

    def entity(self, entity: Entity) -> str:
        key = (entity.type, entity.ref)
        old = self._entities.get(key)
        if old is None:
            self._entities[key] = entity
            return entity.ref
        merged = {name: value for name in _ENTITY_FIELDS
                  if (value := getattr(entity, name)) not in (None, ()) and getattr(old, name) in (None, ())}
        if merged:
            self._entities[key] = replace(old, **merged)
        self._entity_spans.setdefault(key, []).extend(entity.spans)
        return entity.ref

    def person(self, name: str, *spans: Span | None) -> str:
        given = tuple(s for s in spans if s)
        key = (Label.PERSON, name)
        if key not in self._entities:
            return self.entity(Entity(Label.PERSON, name, spans=given))
        self._entity_spans.setdefault(key, []).extend(given)  # a person has nothing but spans to add
        return name

    @property
    def size(self) -> int:
        return len(self._entities) + len(self._relations)

    def has(self, label: Label, ref: str) -> bool:
        return (label, ref) in self._entities

    def relation(self, type_: RelType, source: str, target: str, *spans: Span | None, **attrs: Any) -> None:
        key = (type_, source, target)
        given = tuple(s for s in spans if s)
        old = self._relations.get(key)
        if old is None:
            self._relations[key] = Relation(type_, source, target, spans=merge_spans(given) if len(given) > 1 else given,
                                            **{k: v for k, v in attrs.items() if v is not None})
            return
        merged = {k: v for k, v in attrs.items() if v is not None and getattr(old, k) in (None, False)}
        if merged:
            self._relations[key] = replace(old, **merged)
        self._relation_spans.setdefault(key, []).extend(given)

    def targets(self, type_: RelType, source: str) -> list[str]:
        """The targets of the relations of one type from `source`, in the order they were written."""
        return [t for (k, s, t) in self._relations if k is type_ and s == source]

    def add(self, relation: Relation) -> None:
        """A relation read elsewhere, with its attributes and spans."""
        attrs = {name: getattr(relation, name) for name in _RELATION_ATTRIBUTES}
        self.relation(relation.type, relation.source, relation.target, *relation.spans, **attrs)

    def entities(self) -> tuple[Entity, ...]:
        return _with_spans(self._entities, self._entity_spans)

    def relations(self) -> tuple[Relation, ...]:
        return _with_spans(self._relations, self._relation_spans)


def _with_spans(records: dict[K, R], more: dict[K, list[Span]]) -> tuple[R, ...]:
    """Every record; one mentioned again has the spans of all its mentions, in order, once each."""
    return tuple(record if (extra := more.get(key)) is None else replace(record, spans=merge_spans(record.spans, tuple(extra)))
                 for key, record in records.items())
