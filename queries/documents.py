"""The documents in the graph: listed with their titles and what they name, read back as numbered lines
with the facts they support, and removed with every fact only they support (facts other documents
support stay: the loader's own removal, the one that replaces a changed version of a file)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from pydantic import computed_field

from graph.loader import delete_document
from graph.provenance import spans_of
from graph.stores.base import Store
from queries.answers import Answer
from queries.errors import Ambiguous, NotFound
from queries.readable import DisplayLine, display_lines, document_title
from queries.runner import run_query
from queries.vocab import LABEL_NAMES, genre_name, relation_name, relation_phrase

_HEAD = 1500  # characters of a document read to find its title


class DocumentNotFound(NotFound):
    """No document with this id, id prefix or file name."""


class DocumentAmbiguous(Ambiguous):
    """A name or id prefix that fits several documents (`candidates`: their ids and file names)."""

    def __init__(self, given: str, matches: list[dict[str, Any]]) -> None:
        super().__init__(f"「{given}」对应 {len(matches)} 个文档，请给出完整编号", matches)


@dataclass(frozen=True, slots=True)
class DocumentSummary(Answer):
    """A document as listed: file name, a title for people, genre, when ingested, entities named by label."""

    id: str
    name: str
    title: str
    genre: str | None
    genre_name: str
    ingested_at: str | None
    size: int | None
    entities: dict[str, int]
    entity_count: int
    entity_names: dict[str, int]  # the same counts by the labels' Chinese names


@dataclass(frozen=True, slots=True)
class EntityFact(Answer):
    """An entity the document names, and where."""

    key: str
    label: str
    label_name: str
    name: str
    spans: list[list[int]]


@dataclass(frozen=True, slots=True)
class RelationFact(Answer):
    """A relationship the document supports, and where: ``label`` reads it in Chinese."""

    type: str
    relation: str
    source: str
    target: str
    label: str
    spans: list[list[int]]


@dataclass(frozen=True, slots=True)
class DocumentView(Answer):
    """A document with its text, its lines as shown (numbered, broken lines joined) and every fact it
    supports with the spans of the text it rests on."""

    id: str
    name: str
    genre: str | None
    ingested_at: str | None
    size: int | None
    metadata_json: str | None
    text: str
    title: str
    genre_name: str
    lines: tuple[DisplayLine, ...]
    facts: tuple[EntityFact | RelationFact, ...]


@dataclass(frozen=True, slots=True)
class Removal(Answer):
    """What removing a document changed."""

    id: str
    name: str
    title: str
    entities_removed: int
    entities_kept: int
    relations_removed: int
    relations_kept: int

    @computed_field
    @property
    def removed(self) -> Literal[True]:
        return True

    @computed_field
    @property
    def message(self) -> str:
        return (f"已删除文档《{self.title}》（{self.name}）：移除仅由它支持的 {self.entities_removed} 个实体、"
                f"{self.relations_removed} 条关系；其他文档也支持的 {self.entities_kept} 个实体、"
                f"{self.relations_kept} 条关系保留（不再引用此文档）")


def _summary(row: dict[str, Any]) -> DocumentSummary:
    entities = {e["label"]: int(e["n"]) for e in row.get("entities") or [] if e and e.get("label")}
    return DocumentSummary(
        row["id"], row["name"], document_title(row["name"], row.get("head"), row.get("metadata_json")),
        row.get("genre"), genre_name(row.get("genre")), row.get("ingested_at"), row.get("size"), entities,
        sum(entities.values()), {LABEL_NAMES.get(k, k): v for k, v in entities.items()})


def list_documents(store: Store, offset: int = 0, limit: int = 50) -> list[DocumentSummary]:
    """Documents, newest first: id, file name, title, genre, when ingested, entities named by label."""
    return [_summary(row) for row in run_query(store, "documents", skip=offset, limit=limit, head=_HEAD)]


def find_document(store: Store, given: str) -> str:
    """The id of the one document ``given`` names: its id, the start of its id (8 characters or more) or its
    file name."""
    given = given.strip()
    matches = run_query(store, "document_find", q=given, limit=20)
    exact = [m for m in matches if m["id"] == given]
    if exact:
        return str(exact[0]["id"])
    if len(given) < 8:
        matches = [m for m in matches if m["name"] == given]
    if not matches:
        raise DocumentNotFound(f"没有编号或文件名为「{given}」的文档")
    if len(matches) > 1:
        raise DocumentAmbiguous(given, matches)
    return str(matches[0]["id"])


def _here(doc_id: str, spans: list[str] | None) -> list[list[int]]:
    return [[s.start, s.end] for s in spans_of(doc_id, spans)]


def read_document(store: Store, doc_id: str, limit: int = 200) -> DocumentView | None:
    """Document ``doc_id`` read back, with the facts it supports (at most ``limit`` relationships of each
    entity); None if there is no such document."""
    rows = run_query(store, "document", id=doc_id)
    if not rows:
        return None
    doc = rows[0]
    text = doc.get("text") or ""
    facts: list[EntityFact | RelationFact] = []
    for row in run_query(store, "document_facts", id=doc_id, limit=limit):
        facts.append(EntityFact(row["key"], row["label"], LABEL_NAMES.get(row["label"], row["label"]), row["name"],
                                _here(doc_id, row["spans"])))
        facts += [RelationFact(rel["type"], relation_name(rel["type"]), row["key"], rel["other"],
                               relation_phrase(row["name"], rel["type"], rel["other_name"]), _here(doc_id, rel["spans"]))
                  for rel in row["rels"]]
    return DocumentView(
        doc["id"], doc["name"], doc.get("genre"), doc.get("ingested_at"), doc.get("size"), doc.get("metadata_json"),
        text, document_title(doc.get("name"), text[:_HEAD], doc.get("metadata_json")), genre_name(doc.get("genre")),
        tuple(display_lines(text)), tuple(facts))


def remove_document(store: Store, doc_id: str) -> Removal:
    """Remove a document and every fact only it supports, and say what was removed and what was kept."""
    rows = run_query(store, "document", id=doc_id)
    if not rows:
        raise DocumentNotFound(f"没有编号为「{doc_id}」的文档")
    doc = rows[0]
    support = run_query(store, "document_support", id=doc_id)[0]
    delete_document(store, doc_id)
    return Removal(doc_id, doc["name"], document_title(doc["name"], (doc.get("text") or "")[:_HEAD], doc.get("metadata_json")),
                   int(support["entities_removed"] or 0), int(support["entities_kept"] or 0),
                   int(support["relations_removed"] or 0), int(support["relations_kept"] or 0))
