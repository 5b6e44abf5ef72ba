"""Who may write, how much may be sent, and which browser origins may call the API."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from api.deps import require_token
from api.routes import ROUTERS
from graph.stores.base import Store
from tests.security.conftest import TOKEN, client_for, fingerprint

# POST routes that only read the graph (a request body too large for a query string).
READ_ONLY_POSTS = {"/coi/check", "/eligibility/check"}
NEWS = "东湖研究院赵明远研究员与青松大学孙晓梅教授合作完成了一项研究。".encode()


def _dependencies(route: APIRoute) -> set[object]:
    stack, seen = [route.dependant], set[object]()
    while stack:
        dependant = stack.pop()
        seen.add(dependant.call)
        stack.extend(dependant.dependencies)
    return seen


def _write_operations(app: FastAPI) -> list[tuple[str, str]]:
    return [(method.upper(), path) for path, item in app.openapi()["paths"].items() for method in item
            if method.upper() in ("POST", "PUT", "PATCH", "DELETE") and path not in READ_ONLY_POSTS]


def test_every_route_that_can_write_declares_the_token() -> None:
    routes = [r for router in ROUTERS for r in router.routes if isinstance(r, APIRoute)]
    writes = [r for r in routes if (r.methods or set()) - {"GET", "HEAD"} and r.path not in READ_ONLY_POSTS]
    assert {r.path for r in writes} >= {"/documents"}
    for route in writes:
        assert require_token in _dependencies(route), f"{route.methods} {route.path} is writable without a token"


def test_every_write_operation_refuses_a_request_without_the_token(loaded_store: Store) -> None:
    before = fingerprint(loaded_store)
    with client_for(loaded_store, api_token=TOKEN) as c:
        operations = _write_operations(c.app)  # type: ignore[arg-type]
        assert ("POST", "/documents") in operations
        for method, path in operations:
            url = path.replace("{id}", "0" * 64).replace("{key}", "person:x")
            response = c.request(method, url, files={"file": ("a.txt", NEWS, "text/plain")})
            assert response.status_code == 401, (method, path, response.text)
    assert fingerprint(loaded_store) == before


def _upload(c: TestClient, headers: dict[str, str] | None = None, name: str = "news_upload.txt",
            data: bytes = NEWS) -> object:
    return c.post("/documents", files={"file": (name, data, "text/plain")}, headers=headers or {})


def test_without_a_configured_token_writes_are_refused(loaded_store: Store) -> None:
    before = fingerprint(loaded_store)
    with client_for(loaded_store) as c:
        for headers in (None, {"Authorization": "Bearer "}, {"Authorization": f"Bearer {TOKEN}"}):
            response = _upload(c, headers)
            assert response.status_code == 403  # type: ignore[attr-defined]
            assert response.headers["content-type"] == "application/problem+json"  # type: ignore[attr-defined]
    assert fingerprint(loaded_store) == before


@pytest.mark.parametrize("authorization", [None, "Bearer wrong-token", TOKEN, f"Basic {TOKEN}",
                                          f"Bearer {TOKEN}x", "Bearer", f"Bearer {TOKEN[:-1]}"])
def test_a_missing_or_wrong_token_is_401(client: TestClient, loaded_store: Store,
                                         authorization: str | None) -> None:
    before = fingerprint(loaded_store)
    response = _upload(client, {"Authorization": authorization} if authorization else None)
    assert response.status_code == 401  # type: ignore[attr-defined]
    assert response.headers["www-authenticate"] == "Bearer"  # type: ignore[attr-defined]
    assert response.json()["title"] == "Unauthorized"  # type: ignore[attr-defined]
    assert "headers" not in response.json()  # type: ignore[attr-defined]
    assert fingerprint(loaded_store) == before


@pytest.fixture
def small_limit_client(loaded_store: Store) -> Iterator[TestClient]:
    with client_for(loaded_store, api_token=TOKEN, max_upload_bytes=2_000) as c:
        yield c


def test_an_upload_over_the_limit_is_413_problem_json(small_limit_client: TestClient,
                                                      loaded_store: Store) -> None:
    before = fingerprint(loaded_store)
    response = _upload(small_limit_client, {"Authorization": f"Bearer {TOKEN}"}, data=NEWS * 50)
    assert response.status_code == 413  # type: ignore[attr-defined]
    assert response.headers["content-type"] == "application/problem+json"  # type: ignore[attr-defined]
    assert "2000 bytes" in response.json()["detail"]  # type: ignore[attr-defined]
    assert fingerprint(loaded_store) == before


def test_a_streamed_body_without_length_is_cut_off_at_the_limit(small_limit_client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(100):
            yield b'{"experts": [], "applicants": []}' + b" " * 100

    response = small_limit_client.post("/coi/check", content=chunks(), headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert response.json()["status"] == 413


def test_a_body_under_the_limit_passes(small_limit_client: TestClient) -> None:
    response = small_limit_client.post("/coi/check", json={"experts": [], "applicants": []})
    assert response.status_code == 200


def test_cors_is_closed_by_default(client: TestClient) -> None:
    response = client.get("/stats", headers={"Origin": "https://elsewhere.example"})
    assert response.status_code == 200
    assert "access-control-allow-origin" not in response.headers
    preflight = client.options("/documents", headers={"Origin": "https://elsewhere.example",
                                                      "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in preflight.headers


def test_cors_opens_only_to_configured_origins(loaded_store: Store,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CORS_ORIGINS", "https://kg.example, https://staff.example")
    with client_for(loaded_store) as c:
        allowed = c.get("/stats", headers={"Origin": "https://staff.example"})
        other = c.get("/stats", headers={"Origin": "https://elsewhere.example"})
        preflight = c.options("/documents", headers={"Origin": "https://kg.example",
                                                     "Access-Control-Request-Method": "POST",
                                                     "Access-Control-Request-Headers": "authorization"})
    assert allowed.headers["access-control-allow-origin"] == "https://staff.example"
    assert "access-control-allow-origin" not in other.headers
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "https://kg.example"


@pytest.mark.parametrize("scheme", ["Bearer", "bearer"])
def test_the_configured_token_writes(client: TestClient, scheme: str) -> None:
    documents = client.get("/stats").json()["documents"]
    response = _upload(client, {"Authorization": f"{scheme} {TOKEN}"}, name=f"news_{scheme}.txt",
                       data=NEWS + scheme.encode())
    assert response.status_code == 201, response.text  # type: ignore[attr-defined]
    assert response.json()["status"] == "added"  # type: ignore[attr-defined]
    assert client.get("/stats").json()["documents"] == documents + 1
