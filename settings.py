"""The settings, in one place: read from the environment (prefix KG_; the Neo4j variables keep their usual
names) by the command line and the API, the two programs; what the layers below need of them is passed in
(`graph.stores.open_store` takes the store's part)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024


def default_data_dir() -> Path:
    """The platform's per-user data directory, plus ``kg-data``."""
    home = Path.home()
    if sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    elif sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / "kg-data"


def _unprefixed(name: str) -> AliasChoices:
    # The env var keeps its conventional name; the field name still works as a keyword argument.
    return AliasChoices(name, name.lower())


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KG_", extra="ignore", populate_by_name=True)

    store: Literal["embedded", "neo4j"] = "embedded"
    data_dir: Path = Field(default_factory=default_data_dir)
    api_token: SecretStr | None = None
    # Origins allowed to call the API from a browser (KG_CORS_ORIGINS, comma-separated); none: CORS closed.
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    max_upload_bytes: int = Field(default=DEFAULT_MAX_UPLOAD_BYTES, gt=0)

    neo4j_uri: str | None = Field(default=None, validation_alias=_unprefixed("NEO4J_URI"))
    neo4j_user: str = Field(default="neo4j", validation_alias=_unprefixed("NEO4J_USER"))
    neo4j_password: SecretStr | None = Field(default=None, validation_alias=_unprefixed("NEO4J_PASSWORD"))
    neo4j_database: str = Field(default="neo4j", validation_alias=_unprefixed("NEO4J_DATABASE"))

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [origin.strip() for origin in value.split(",") if origin.strip()]
        return value
