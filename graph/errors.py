"""Exceptions of the graph package: one root, one subclass per way things go wrong."""

from __future__ import annotations


class GraphError(Exception):
    """Root of every error the graph package raises."""


class StoreUnavailable(GraphError):
    """The database cannot be reached or started."""


class StoreFull(StoreUnavailable):
    """The disk holding the store's data is full: nothing more can be written until space is freed."""


class SchemaError(GraphError):
    """Constraints or indexes could not be created."""


class LoadError(GraphError):
    """A document could not be written; nothing of it was stored."""


class QueryError(GraphError):
    """The database rejected a statement (syntax, constraint, runtime error)."""
