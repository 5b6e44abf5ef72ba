"""The API over the fixture world, on each backend: COI check, search, profile, paths, neighbourhoods, documents."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from graph.stores.base import Store
from settings import Settings
from tests.queries.graphs import load_world

LIN = "person:林晓峰@org:青松大学附属第一医院"


@pytest.fixture
def client(store: Store, tmp_path) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    docs = load_world(store)
    app = create_app(Settings(data_dir=tmp_path), store_factory=lambda s: store)
    with TestClient(app) as c:
        c.docs = docs  # type: ignore[attr-defined]
        yield c


def test_coi_check_returns_conflicts_with_quoted_evidence(client: TestClient) -> None:
    body = {"experts": [{"name": "韩立新"}, {"name": "王磊"}, {"name": "孙浩"}],
            "applicants": [{"name": "林晓峰", "organization": "青松一院"}]}
    r = client.post("/coi/check", json=body)
    assert r.status_code == 200
    data = r.json()
    [conflict] = data["conflicts"]
    assert conflict["expert"]["resolved_name"] == "韩立新" and "coauthor" in conflict["types"]
    paper = next(e for e in conflict["evidence"] if e["kind"] == "coauthor")
    assert paper["path"][2]["node"]["name"] == "肝纤维化新型标志物研究"
    assert paper["sources"][0]["document"]["name"] == "award_qingsong.txt"
    assert "作者：林晓峰，韩立新" in paper["sources"][0]["text"]
    assert [a["name"] for a in data["ambiguous"]] == ["王磊"]


def test_coi_check_as_csv_and_bad_policy(client: TestClient) -> None:
    body = {"experts": [{"name": "韩立新"}], "applicants": [{"name": "林晓峰"}]}
    r = client.post("/coi/check?format=csv", json=body)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    text = r.content.decode("utf-8-sig")
    assert text.startswith("审查结论,全部 1 位专家和 1 个申报方均已核查") and "\r\n专家,专家单位/编号," in text
    assert r.headers["X-COI-Complete"] == "true"
    r = client.post("/coi/check", json={**body, "policy": {"rules": {"nonsense": {}}}})
    assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json"


def test_search_profile_and_neighbors(client: TestClient) -> None:
    hits = client.get("/search", params={"q": "晓峰"}).json()["data"]
    assert hits[0]["key"] == LIN and hits[0]["units"] == ["青松大学附属第一医院"]
    profile = client.get(f"/entities/{LIN}").json()
    assert {r["type"] for r in profile["relationships"]} >= {"AUTHORED", "WORKS_AT", "MEMBER_OF", "INVENTED"}
    near = client.get(f"/entities/{LIN}/neighbors").json()
    assert "paper:肝纤维化新型标志物研究" in {n["id"] for n in near["nodes"]}
    assert client.get("/entities/person:nobody").status_code == 404


def test_path_between_two_people_and_none_when_unlinked(client: TestClient) -> None:
    r = client.get("/path", params={"from": "person:赵明远@org:东湖研究院", "to": "person:周雨桐@org:青松大学附属第一医院",
                                    "type": ["AUTHORED", "MEMBER_OF"]}).json()
    assert r["found"] and [n["name"] for n in r["nodes"]] == ["赵明远", "慢性肝炎流行病学调查", "韩立新",
                                                              "青松肝病防治体系研究", "周雨桐"]
    none = client.get("/path", params={"from": "person:孙浩@org:南山大学", "to": LIN, "type": ["AUTHORED"]}).json()
    assert none["found"] is False


def test_neighborhood_is_cytoscape_ready(client: TestClient) -> None:
    g = client.get("/graph/neighborhood", params={"key": "org:青松大学", "depth": 2}).json()
    ids = {n["id"] for n in g["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in g["edges"])
    assert any(e["type"] == "PART_OF" and e["sources"] for e in g["edges"])


def test_collaborators_and_ambiguous_name(client: TestClient) -> None:
    data = client.get("/collaborators", params={"person": "林晓峰"}).json()["data"]
    first = data[0]
    assert first["name"] == "周雨桐" and set(first["kinds"]) == {"colleague", "coinventor", "comember"}
    r = client.get("/collaborators", params={"person": "王磊"})
    assert r.status_code == 409 and len(r.json()["candidates"]) == 2


def test_document_with_fact_spans(client: TestClient) -> None:
    doc = client.docs["award"].source  # type: ignore[attr-defined]
    r = client.get(f"/documents/{doc.id}").json()
    assert r["name"] == "award_qingsong.txt"
    fact = next(f for f in r["facts"] if f.get("type") == "AUTHORED" and f["source"] == LIN)
    start, end = fact["spans"][0]
    assert "肝纤维化新型标志物研究" in r["text"][start:end]


def test_upload_needs_a_token(client: TestClient) -> None:
    r = client.post("/documents", files={"file": ("a.txt", "测试".encode())})
    assert r.status_code == 403
