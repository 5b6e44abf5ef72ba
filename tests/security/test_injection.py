"""Hostile strings through every parameter of every route: answered 2xx/4xx, the graph untouched.

Values reach Cypher only as parameters, and the FalkorDB client writes parameters into the query
text itself, so its quoting is under test here as much as our queries are.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from httpx import Response

from graph.stores.base import Store
from tests.security.conftest import TOKEN, fingerprint

HOSTILE = [
    "'",
    '"',
    "\\",
    "\\'",
    "'}) DETACH DELETE n //",
    '"}) DETACH DELETE n //',
    "林晓峰'}) MATCH (m) DETACH DELETE m RETURN 1 //",
    "x' OR 1=1 WITH 1 AS _ MATCH (n) DETACH DELETE n //",
    "`Person` DETACH DELETE n",
    "Person`) DETACH DELETE n //",
    "$q",
    "${key} $rows $0",
    "\\\\' } ] ) ; CREATE (:Person {key: 'pwned'}) //",
    "欧阳明远\n}) MATCH (n) DETACH DELETE n //",
    "CYPHER q='x' MATCH (n) DETACH DELETE n",
    "青松大学\u202e\u200b\ufeff",
    "🧪' 测试 ' 𠀋",
    "林晓峰\x00'}) DETACH DELETE n //",  # the server reads the client's query text up to a NUL
    "\x01\x1f\x7f",
    "a" * 99,
]
ACCEPTED = {200, 404, 409, 422}

Call = Callable[[TestClient, str], Response]


def _path(value: str) -> str:
    return quote(value, safe="")


ROUTES: dict[str, Call] = {
    "search": lambda c, v: c.get("/search", params={"q": v, "label": v}),
    "lookup": lambda c, v: c.get("/entities", params={"q": v, "label": [v, "Person"]}),
    "profile": lambda c, v: c.get(f"/entities/{_path(v)}"),
    "neighbours": lambda c, v: c.get(f"/entities/{_path(v)}/neighbors", params={"type": v}),
    "neighbours_of_a_real_node": lambda c, v: c.get(f"/entities/{_path('org:青松大学')}/neighbors", params={"type": v}),
    "collaborators": lambda c, v: c.get("/collaborators", params={"person": v, "type": [v, "AUTHORED"]}),
    "path": lambda c, v: c.get("/path", params={"from": v, "to": v, "type": v}),
    "neighbourhood": lambda c, v: c.get("/graph/neighborhood", params={"key": v, "type": v}),
    "organizations": lambda c, v: c.get("/graph/organizations", params={"key": [v, "org:青松大学"]}),
    "document": lambda c, v: c.get(f"/documents/{_path((v + '00000000')[:128])}"),
    "coi": lambda c, v: c.post("/coi/check", json={
        "experts": [{"name": v}, {"name": "欧阳明远", "organization": v}, {"key": v}],
        "applicants": [{"name": v, "organization": v}, {"key": v}],
        "declared": [{"expert": v, "applicant": v, "relation": v}],
    }),
    "coi_policy": lambda c, v: c.post("/coi/check", json={
        "experts": [{"name": "欧阳明远"}], "applicants": [{"name": "刘芳芳"}], "policy": {"rules": {v: {"x": v}}},
    }),
    "eligibility": lambda c, v: c.post("/eligibility/check", json={
        "applications": [{"project": v, "unit": v, "leader": v, "code": v, "members": [v], "partners": [v],
                          "department": v, "birth_dates": {v: v}}],
        "guide": v,
    }),
}


@pytest.mark.parametrize("route", ROUTES)
def test_hostile_values_read_nothing_and_change_nothing(client: TestClient, loaded_store: Store,
                                                        route: str) -> None:
    before = fingerprint(loaded_store)
    for value in HOSTILE:
        response = ROUTES[route](client, value)
        assert response.status_code in ACCEPTED, (value, response.text)
        if response.status_code != 200:
            assert response.headers["content-type"] == "application/problem+json", value
    assert fingerprint(loaded_store) == before


def _keys(store: Store) -> set[Any]:
    return {row["k"] for row in store.read("MATCH (n) RETURN coalesce(n.key, n.id) AS k")}


@pytest.mark.parametrize("value", HOSTILE[:14] + HOSTILE[-3:-1], ids=range(16))
def test_a_hostile_upload_only_adds_its_own_document(client: TestClient, loaded_store: Store,
                                                     value: str) -> None:
    before = _keys(loaded_store)
    text = f"东湖研究院{value}研究员与青松大学孙晓梅教授合作完成了一项研究。{value}"
    response = client.post("/documents", headers={"Authorization": f"Bearer {TOKEN}"},
                           files={"file": (f"{value}.txt", text.encode(), "text/plain")})
    assert response.status_code in {201, 422}, response.text
    after = _keys(loaded_store)
    assert before <= after
    assert "pwned" not in after
    if response.status_code == 201:
        names = [r["name"] for r in loaded_store.read("MATCH (d:Document {id: $id}) RETURN d.name AS name",
                                                      {"id": response.json()["document_id"]})]
        assert len(names) == 1 and names[0].endswith(".txt")  # the client may percent-encode the name
