"""Collects entities and relations with their spans, merging repeated mentions of the same fact."""

from __future__ import annotations

from dataclasses import fields, replace

from graph.schema import Label, RelType
from ingest.model import Entity, Relation, Span, merge_spans

_REL_FIELDS = [f.name for f in fields(Relation) if f.name not in ("type", "source", "target", "spans")]


class Builder:
    def __init__(self) -> None:
        self._entities: dict[tuple[Label, str], Entity] = {}
        self._relations: dict[tuple[RelType, str, str], Relation] = {}

    def entity(self, entity: Entity) -> str:
        key = (entity.type, entity.ref)
        old = self._entities.get(key)
        if old is None:
            self._entities[key] = entity
        else:
            merged = {f.name: getattr(entity, f.name) for f in fields(Entity)
                      if getattr(old, f.name) in (None, ()) and getattr(entity, f.name) not in (None, ())}
            self._entities[key] = replace(old, spans=merge_spans(old.spans, entity.spans), **merged)
        return entity.ref

    def person(self, name: str, *spans: Span | None) -> str:
        return self.entity(Entity(Label.PERSON, name, spans=tuple(s for s in spans if s)))

    def has(self, label: Label, ref: str) -> bool:
        return (label, ref) in self._entities

    def relation(self, type_: RelType, source: str, target: str, *spans: Span | None, **attrs: object) -> None:
        key = (type_, source, target)
        clean = tuple(s for s in spans if s)
        old = self._relations.get(key)
        if old is None:
            self._relations[key] = Relation(type_, source, target, spans=merge_spans(clean),
                                            **{k: v for k, v in attrs.items() if v is not None})
            return
        merged = {k: v for k, v in attrs.items() if v is not None and getattr(old, k) in (None, False)}
        self._relations[key] = replace(old, spans=merge_spans(old.spans, clean), **merged)

    def entities(self) -> tuple[Entity, ...]:
        return tuple(self._entities.values())

    def relations(self) -> tuple[Relation, ...]:
        return tuple(self._relations.values())
