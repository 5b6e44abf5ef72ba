"""Dependencies shared by the routers, as named Annotated aliases."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Header, Request

from api.errors import ApiProblem
from graph.settings import Settings
from graph.stores.base import Store


def get_store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def get_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def require_token(settings: SettingsDep, authorization: Annotated[str | None, Header()] = None) -> None:
    """Writes need `Authorization: Bearer <KG_API_TOKEN>`; with no token configured, writes are refused."""
    expected = settings.api_token.get_secret_value() if settings.api_token else ""
    if not expected:
        raise ApiProblem(403, "Writes disabled", "KG_API_TOKEN is not set on the server, so writes are refused.")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not authorization or not hmac.compare_digest(given.encode(), expected.encode()):
        raise ApiProblem(401, "Unauthorized", "A valid bearer token is required for this request.",
                         headers={"WWW-Authenticate": "Bearer"})


WriteAccess = Depends(require_token)
