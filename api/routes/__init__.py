"""Routers, one per resource. `create_app()` includes every router listed in ROUTERS."""

from __future__ import annotations

from fastapi import APIRouter

from api.routes import health

ROUTERS: list[APIRouter] = [health.router]
