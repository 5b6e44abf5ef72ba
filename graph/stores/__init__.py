"""Graph backends behind one interface: `open_store` picks one from the settings it is given."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, Protocol

from pydantic import SecretStr

from graph.errors import StoreUnavailable
from graph.stores.base import Store, WriteCounts
from graph.stores.embedded_server import stop_embedded


class StoreSettings(Protocol):
    """What opening a store reads of the settings (`settings.Settings` has it all)."""

    @property
    def store(self) -> Literal["embedded", "neo4j"]: ...

    @property
    def data_dir(self) -> Path: ...

    @property
    def neo4j_uri(self) -> str | None: ...

    @property
    def neo4j_user(self) -> str: ...

    @property
    def neo4j_password(self) -> SecretStr | None: ...

    @property
    def neo4j_database(self) -> str: ...


def open_store(settings: StoreSettings) -> Store:
    """Open the store the settings name: the embedded FalkorDB (started if needed) or Neo4j."""
    if settings.store == "neo4j":
        from graph.stores.neo4j_store import Neo4jStore

        if not settings.neo4j_uri:
            raise StoreUnavailable("KG_STORE=neo4j but NEO4J_URI is not set")
        password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else None
        return Neo4jStore.connect(settings.neo4j_uri, settings.neo4j_user, password, settings.neo4j_database)
    from graph.stores.falkordb_store import FalkorDBStore

    return FalkorDBStore.embedded(settings.data_dir)


__all__ = ["Store", "StoreSettings", "WriteCounts", "open_store", "stop_embedded"]
