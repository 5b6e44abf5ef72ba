"""problem+json (RFC 9457) error responses: every error the API returns has this shape."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from graph.errors import GraphError, StoreUnavailable
from queries.errors import Ambiguous, InvalidQuestion, NotFound, QuestionError

PROBLEM = "application/problem+json"
log = logging.getLogger(__name__)


class ApiProblem(Exception):
    """Raised by routes for an error a user can act on."""

    def __init__(self, status: int, title: str, detail: str, headers: dict[str, str] | None = None,
                 **extra: Any) -> None:
        super().__init__(detail)
        self.status, self.title, self.detail, self.headers, self.extra = status, title, detail, headers, extra


class TooLarge(StarletteHTTPException):
    """A request body over the configured limit (an HTTPException, so body parsing passes it on as is)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request bodies are limited to {limit} bytes")


def problem(status: int, title: str, detail: str, instance: str | None = None,
            headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}
    if instance:
        body["instance"] = instance
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "HTTP error"


# What each kind of question the graph cannot answer is, in HTTP.
QUESTION_STATUS: tuple[tuple[type[QuestionError], int], ...] = ((NotFound, 404), (Ambiguous, 409), (InvalidQuestion, 422))


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(QuestionError)
    async def _question(request: Request, exc: QuestionError) -> JSONResponse:
        status = next((code for kind, code in QUESTION_STATUS if isinstance(exc, kind)), 400)
        extra: dict[str, Any] = {"candidates": exc.candidates} if isinstance(exc, Ambiguous) else {}
        return problem(status, exc.title, str(exc), request.url.path, None, **extra)

    @app.exception_handler(ApiProblem)
    async def _api_problem(request: Request, exc: ApiProblem) -> JSONResponse:
        return problem(exc.status, exc.title, exc.detail, request.url.path, exc.headers, **exc.extra)

    @app.exception_handler(StoreUnavailable)
    async def _unavailable(request: Request, exc: StoreUnavailable) -> JSONResponse:
        return problem(503, "Graph store unavailable", str(exc), request.url.path, {"Retry-After": "5"})

    @app.exception_handler(GraphError)
    async def _graph_error(request: Request, exc: GraphError) -> JSONResponse:
        return problem(500, "Graph store error", str(exc), request.url.path)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        return problem(422, "Invalid request", "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors),
                       request.url.path, errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return problem(exc.status_code, _phrase(exc.status_code), str(exc.detail), request.url.path,
                       dict(exc.headers) if exc.headers else None)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem(500, "Internal server error", "The server failed to answer this request.", request.url.path)
