"""The one translation from extraction results to what the graph takes: a resolved document becomes the
Document node and the rows of `graph.rows` (one row per distinct node and relationship, entities resolved
to one key merged, each with its spans), and the records that cannot be written, with reasons.

The ingest pipeline (ingest.pipeline) hands these to the loader; nothing below it knows an extraction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import fields
from operator import attrgetter
from typing import Any

from graph.provenance import span_tail
from graph.rows import DocumentNode, GraphDocument, NodeRow, RelationRow, SameRow
from graph.schema import ENDPOINTS, Label, RelType
from ingest.model import Entity, Relation, ResolvedDocument, Rule, Span, document_id

_ENTITY_PROPS = [f.name for f in fields(Entity) if f.name not in ("type", "name", "aliases", "spans")]
_RELATION_PROPS = [f.name for f in fields(Relation) if f.name not in ("type", "source", "target", "spans")]
_ENTITY_VALUES = attrgetter(*_ENTITY_PROPS)
_RELATION_VALUES = attrgetter(*_RELATION_PROPS)


def graph_document(doc: ResolvedDocument) -> GraphDocument:
    """Everything ``doc`` writes to the graph."""
    rejected: list[str] = []
    nodes = node_rows(doc, rejected)
    relations = relation_rows(doc, rejected)
    return GraphDocument(document_node(doc), nodes, relations, rule_rows(doc), same_rows(doc), tuple(rejected))


def document_node(doc: ResolvedDocument) -> DocumentNode:
    source = doc.source
    return DocumentNode(
        id=source.id, name=source.name, text=source.text, genre=doc.extraction.genre, size=source.size,
        encoding=source.encoding, path=source.path, part=source.part, siblings=source.siblings,
        text_id=document_id(source.text) if source.path else "", metadata=dict(doc.extraction.metadata),
    )


def _spans(spans: Iterable[Span]) -> list[str]:
    return [span_tail(s.start, s.end) for s in spans]


def _props(values: tuple[Any, ...], names: list[str]) -> dict[str, Any]:
    if values.count(None) == len(values):  # most relations carry no properties
        return {}
    return {name: list(value) if isinstance(value, tuple) else value
            for name, value in zip(names, values, strict=True) if value is not None and value != ()}


def node_rows(doc: ResolvedDocument, rejected: list[str]) -> dict[Label, list[NodeRow]]:
    """One row per distinct key and label; entities resolved to one key are merged."""
    by_key: dict[tuple[Label, str], NodeRow] = {}
    for entity in doc.extraction.entities:
        key = doc.keys.get((entity.type, entity.ref))
        if key is None:
            rejected.append(f"{entity.type} {entity.ref!r}: no key")
            continue
        row = by_key.setdefault((entity.type, key), {"key": key, "props": {"name": entity.name}, "aliases": [], "spans": []})
        for name, value in _props(_ENTITY_VALUES(entity), _ENTITY_PROPS).items():
            row["props"].setdefault(name, value)
        row["aliases"] += [a for a in entity.aliases if a not in row["aliases"]]
        row["spans"] += [s for s in _spans(entity.spans) if s not in row["spans"]]
    rows: dict[Label, list[NodeRow]] = {}
    for (label, _), row in by_key.items():
        rows.setdefault(label, []).append(row)
    return rows


def rule_key(doc_id: str, rule: Rule) -> str:
    return f"rule:{doc_id}:{rule.id}"


def rule_rows(doc: ResolvedDocument) -> list[NodeRow]:
    doc_id = doc.source.id
    rules = {rule_key(doc_id, rule): rule for rule in doc.extraction.rules}  # one row per node
    return [
        {
            "key": key,
            "props": {
                "name": rule.text, "id": rule.id, "text": rule.text, "applies_to": rule.applies_to,
                "constraint": rule.constraint, "params_json": json.dumps(dict(rule.params), ensure_ascii=False),
            },
            "aliases": [],
            "spans": _spans(rule.spans),
        }
        for key, rule in rules.items()
    ]


def _end_label(doc: ResolvedDocument, ref: str, preferred: tuple[Label, ...], types: dict[str, list[Label]]) -> Label | None:
    candidates = types.get(ref, [])
    for label in preferred:
        if label in candidates or (not candidates and (label, ref) in doc.keys):
            return label
    return candidates[0] if candidates else None


def relation_rows(
    doc: ResolvedDocument, rejected: list[str]
) -> dict[tuple[RelType, Label, Label], list[RelationRow]]:
    types: dict[str, list[Label]] = {}
    for entity in doc.extraction.entities:
        types.setdefault(entity.ref, []).append(entity.type)
    merged: dict[tuple[RelType, Label, Label, str, str], RelationRow] = {}
    for rel in doc.extraction.relations:
        sources, targets = ENDPOINTS.get(rel.type, ((), ()))
        source_label = _end_label(doc, rel.source, sources, types)
        if rel.type is RelType.PART_OF and source_label in targets:
            # an organization is part of an organization, a topic part of a programme
            targets = (source_label, *(t for t in targets if t is not source_label))
        target_label = _end_label(doc, rel.target, targets, types)
        source_key = doc.keys.get((source_label, rel.source)) if source_label else None
        target_key = doc.keys.get((target_label, rel.target)) if target_label else None
        if source_key is None or target_key is None or source_label is None or target_label is None:
            rejected.append(f"{rel.type} {rel.source!r} -> {rel.target!r}: unknown end")
            continue
        identity = (rel.type, source_label, target_label, source_key, target_key)
        props = _props(_RELATION_VALUES(rel), _RELATION_PROPS)
        spans = _spans(rel.spans)
        row = merged.get(identity)
        if row is None:  # the common case: the first statement of this fact
            merged[identity] = {"source": source_key, "target": target_key, "props": props,
                                "spans": list(dict.fromkeys(spans))}
            continue
        for name, value in props.items():
            row["props"].setdefault(name, value)
        row["spans"] += [s for s in spans if s not in row["spans"]]
    rows: dict[tuple[RelType, Label, Label], list[RelationRow]] = {}
    for (rel_type, source_label, target_label, _, _), row in merged.items():
        rows.setdefault((rel_type, source_label, target_label), []).append(row)
    return rows


def same_rows(doc: ResolvedDocument) -> list[SameRow]:
    """One row per possibly-same pair, as every other group is one row per relationship."""
    pairs = {(p.a, p.b): p for p in doc.possibly_same}
    return [{"a": p.a, "b": p.b, "score": p.score, "reason": p.reason, "spans": []} for p in pairs.values()]
