"""The FastAPI application: `create_app()` opens one store in the lifespan and closes it after."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.deps import bearer_ok, connect_store
from api.errors import TooLarge, install_handlers, problem
from api.privacy import PersonalDataFilter
from api.routes import ROUTERS
from api.version import VERSION
from api.web import mount_docs, mount_web
from graph.errors import StoreUnavailable
from graph.stores import open_store
from graph.stores.base import Store
from settings import Settings

log = logging.getLogger(__name__)


class BodyLimit:
    """ASGI middleware: request bodies over ``limit`` bytes are refused with 413, by their declared
    length before anything is read, or as soon as the bytes received pass the limit."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.limit:
            response = problem(413, "Content Too Large", f"request bodies are limited to {self.limit} bytes",
                               scope.get("path"))
            await response(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise TooLarge(self.limit)
            return message

        await self.app(scope, counted, send)


class ServerErrors:
    """ASGI middleware: an unexpected error is answered here, 500 problem+json, on the same connection.
    (Starlette's handler for it answers too, then raises the error on to the server, which drops the
    connection and with it the keep-alive the client's next request would have used.)"""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracked)
        except Exception:
            if started:  # part of a response is out: nothing else can be sent
                raise
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            response = problem(500, "Internal server error", "The server failed to answer this request.",
                               scope.get("path"))
            await response(scope, receive, send)


def create_app(settings: Settings | None = None, store_factory: Callable[[Settings], Store] | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.store, app.state.schema_ready = None, False
        try:
            connect_store(app)
        except StoreUnavailable as e:
            # serve anyway: every request answers 503 with the reason until the store is reachable
            log.warning("graph store unavailable at startup: %s", e)
        try:
            yield
        finally:
            if app.state.store is not None:
                app.state.store.close()

    app = FastAPI(
        title="Researchers knowledge graph",
        version=VERSION,
        description="People, institutions, papers, patents and projects from Chinese documents, with provenance; "
        "collaboration links, paths and conflict-of-interest checks.",
        lifespan=lifespan,
        docs_url=None,  # served by mount_docs from our own Swagger UI files: /docs works offline
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store_factory = store_factory or open_store
    app.state.store, app.state.schema_ready = None, False
    install_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    mount_docs(app)
    mount_web(app)
    # Outermost last: CORS answers preflights; personal data is filtered from whatever is sent.
    app.add_middleware(ServerErrors)
    app.add_middleware(BodyLimit, limit=settings.max_upload_bytes)
    app.add_middleware(PersonalDataFilter, authorised=lambda authorization: bearer_ok(settings, authorization))
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST", "DELETE"],
                           allow_headers=["Authorization", "Content-Type"], allow_credentials=False)
    return app
