"""The FastAPI application: `create_app()` opens one store in the lifespan and closes it after."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from fastapi import FastAPI

from api.errors import install_handlers
from api.routes import ROUTERS
from api.version import VERSION
from api.web import mount_web
from graph.settings import Settings
from graph.stores import open_store
from graph.stores.base import Store

def create_app(settings: Settings | None = None, store_factory: Callable[[Settings], Store] | None = None) -> FastAPI:
    settings = settings or Settings()
    factory = store_factory or open_store

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = factory(settings)
        store.ensure_schema()
        app.state.store = store
        try:
            yield
        finally:
            store.close()

    app = FastAPI(
        title="Researchers knowledge graph",
        version=VERSION,
        description="People, institutions, papers, patents and projects from Chinese documents, with provenance; "
        "collaboration links, paths and conflict-of-interest checks.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    install_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    mount_web(app)
    return app
