"""Dependencies shared by the routers, as named Annotated aliases."""

from __future__ import annotations

import hmac
import threading
from typing import Annotated

from fastapi import Depends, FastAPI, Header, Request

from api.errors import ApiProblem
from graph.errors import StoreUnavailable
from graph.stores.base import Store
from settings import Settings

_connecting = threading.Lock()


def connect_store(app: FastAPI) -> Store:
    """The app's store, opened (with its schema) on first use and again after a failed open: an API
    started while its database is down answers 503 until the database is back, then recovers."""
    store: Store | None = app.state.store
    if store is not None and app.state.schema_ready:
        return store
    with _connecting:
        if app.state.store is None:
            app.state.store = app.state.store_factory(app.state.settings)
        store = app.state.store
        if not app.state.schema_ready:
            try:
                store.ensure_schema()
                app.state.schema_ready = True
            except StoreUnavailable:
                pass  # the route's own query reports the outage (health answers it in its own shape)
    return store


def get_store(request: Request) -> Store:
    return connect_store(request.app)


def get_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def bearer_ok(settings: Settings, authorization: str | None) -> bool:
    """Does ``authorization`` carry the configured token (`Bearer <token>`)? Never with no token set."""
    expected = settings.api_token.get_secret_value() if settings.api_token else ""
    scheme, _, given = (authorization or "").strip().partition(" ")
    if not expected or scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(given.strip().encode(), expected.encode())


def require_token(settings: SettingsDep, authorization: Annotated[str | None, Header()] = None) -> None:
    """Writes need `Authorization: Bearer <KG_API_TOKEN>`; with no token configured, writes are refused."""
    if not (settings.api_token and settings.api_token.get_secret_value()):
        raise ApiProblem(403, "Writes disabled", "KG_API_TOKEN is not set on the server, so writes are refused.")
    if not bearer_ok(settings, authorization):
        raise ApiProblem(401, "Unauthorized", "A valid bearer token is required for this request.",
                         headers={"WWW-Authenticate": "Bearer"})


WriteAccess = Depends(require_token)
