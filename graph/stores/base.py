"""The one interface every graph backend implements, and the schema they all set up."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from graph.schema import DOCUMENT_KEY, ENTITY_LABELS, KEY_PROPERTY, SEARCH_PROPERTIES, Label

Statement = tuple[str, Mapping[str, Any]]


@dataclass(frozen=True)
class WriteCounts:
    """What an atomic write changed, as the database reports it."""

    nodes_created: int = 0
    relationships_created: int = 0
    nodes_deleted: int = 0
    relationships_deleted: int = 0

    def __add__(self, other: WriteCounts) -> WriteCounts:
        return WriteCounts(
            self.nodes_created + other.nodes_created,
            self.relationships_created + other.relationships_created,
            self.nodes_deleted + other.nodes_deleted,
            self.relationships_deleted + other.relationships_deleted,
        )


@runtime_checkable
class Store(Protocol):
    dialect: str  # "falkordb" or "neo4j"

    def ping(self) -> str:
        """The server's version string; raises StoreUnavailable."""
        ...

    def ensure_schema(self) -> None:
        """Create, idempotently, the unique constraints and lookup indexes of `graph.schema`."""
        ...

    def read(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]: ...

    def write(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]: ...

    def write_atomic(self, statements: Sequence[Statement]) -> WriteCounts:
        """Run the statements all or nothing. Statements must not RETURN anything."""
        ...

    def exclusive(self) -> AbstractContextManager[None]:
        """A block no other writer's write lands in, where the backend needs one (re-entrant): for a read whose
        answer decides a write, and that write. The embedded FalkorDB does (graph.stores.write_lock); Neo4j's
        transactions and unique keys keep concurrent loads of one document apart without it."""
        ...

    def close(self) -> None: ...


def unique_keys() -> list[tuple[Label, str]]:
    """(label, property) pairs that identify a node: `key` for entities, `id` for documents."""
    return [(label, KEY_PROPERTY) for label in ENTITY_LABELS] + [(Label.DOCUMENT, DOCUMENT_KEY)]


def lookup_indexes() -> list[tuple[Label, str]]:
    """(label, property) pairs indexed for lookup besides the unique keys."""
    pairs = [(label, prop) for label, props in SEARCH_PROPERTIES.items() for prop in props]
    return pairs + [(Label.DOCUMENT, "name"), (Label.DOCUMENT, "path")]
