"""Every route says what it answers (a response model in the OpenAPI), and a question the graph cannot
answer is turned into problem+json in one place, whatever route asked it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from api.errors import install_handlers
from api.main import create_app
from api.routes import ROUTERS
from queries.coi.policy import PolicyError
from queries.documents import DocumentAmbiguous, DocumentNotFound
from queries.errors import Ambiguous, NotFound, QuestionError
from settings import Settings


def test_every_route_of_the_api_declares_its_response_model(tmp_path: Path) -> None:
    app = create_app(Settings(data_dir=tmp_path))
    routes = [r for router in ROUTERS for r in router.routes if isinstance(r, APIRoute) and r.include_in_schema]
    assert len(routes) >= 17
    assert [r.path for r in routes if r.response_model is None] == []
    schema = app.openapi()
    for route in routes:
        for method in route.methods or ():
            ok = schema["paths"][route.path_format][method.lower()]["responses"][str(route.status_code or 200)]
            assert "application/json" in ok["content"], (method, route.path)


def test_each_kind_of_unanswerable_question_has_its_status_from_one_handler() -> None:
    app = FastAPI()
    install_handlers(app)
    raised: dict[str, QuestionError] = {
        "missing": NotFound("没有编号为「x」的实体"), "document": DocumentNotFound("没有文档「y」"),
        "ambiguous": Ambiguous("有 2 个实体名为「王磊」", [{"key": "person:a"}, {"key": "person:b"}]),
        "documents": DocumentAmbiguous("abc", [{"id": "1", "name": "a.txt"}, {"id": "2", "name": "a.txt"}]),
        "policy": PolicyError("rule coauthor: within_years must be a whole number"), "other": QuestionError("?"),
    }

    def raising(error: QuestionError) -> Callable[[], None]:
        def route() -> None:
            raise error
        return route

    for name, error in raised.items():
        app.add_api_route(f"/raise/{name}", raising(error), include_in_schema=False)
    client = TestClient(app, raise_server_exceptions=False)
    answers = {name: client.get(f"/raise/{name}") for name in raised}

    assert {name: r.status_code for name, r in answers.items()} == {
        "missing": 404, "document": 404, "ambiguous": 409, "documents": 409, "policy": 422, "other": 400}
    assert all(r.headers["content-type"] == "application/problem+json" for r in answers.values())
    assert answers["ambiguous"].json()["candidates"] == [{"key": "person:a"}, {"key": "person:b"}]
    assert answers["policy"].json()["title"] == "Invalid policy"
    assert answers["missing"].json()["detail"] == "没有编号为「x」的实体"
