"""Routers, one per resource. `create_app()` includes every router listed in ROUTERS."""

from __future__ import annotations

from fastapi import APIRouter

from api.routes import coi, documents, eligibility, entities, graph, health, people, search

ROUTERS: list[APIRouter] = [health.router, search.router, entities.router, graph.router, coi.router,
                            eligibility.router, documents.router, people.router]
