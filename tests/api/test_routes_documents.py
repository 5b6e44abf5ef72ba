"""Documents over the API: listed with titles, read back as numbered lines with their facts, removed with
the token (facts another document supports stay); people told apart; paths read step by step; /docs
from our own files."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.main import create_app
from api.web import SWAGGER
from graph.stores.base import Store
from settings import Settings
from tests.queries.graphs import load_fixture, load_world

TOKEN = "t" * 32
LIN = "person:林晓峰@org:青松大学附属第一医院"
QIAN = "person:钱多多@org:白鹭医科大学"
WANG_HOSPITAL = "person:王磊@org:青松大学附属第一医院"
WANG_INSTITUTE = "person:王磊@org:东湖研究院"


@pytest.fixture
def client(store: Store, tmp_path) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    docs = load_world(store)
    docs["visit"] = load_fixture(store, "news_visit")
    app = create_app(Settings(data_dir=tmp_path, api_token=SecretStr(TOKEN)), store_factory=lambda s: store)
    with TestClient(app) as c:
        c.docs = docs  # type: ignore[attr-defined]
        yield c


def _id(client: TestClient, stem: str) -> str:
    return str(client.docs[stem].source.id)  # type: ignore[attr-defined]


def test_documents_are_listed_with_titles_genres_and_counts(client: TestClient) -> None:
    body = client.get("/documents").json()
    listed = {d["name"]: d for d in body["data"]}
    assert set(listed) == {"award_qingsong.txt", "news_donghu.txt", "news_visit.txt"} and body["has_more"] is False
    award = listed["award_qingsong.txt"]
    assert award["title"] == "青松肝病防治体系研究"  # the form's 项目名称, not the file name
    assert listed["news_visit.txt"]["title"] == "青松大学附属第一医院举办肝病诊疗培训班"
    assert award["entities"]["Person"] == 4 and award["entity_names"]["人员"] == 4
    assert listed["news_donghu.txt"]["genre_name"] == "新闻" and award["ingested_at"]


def test_a_document_reads_back_as_numbered_lines_with_its_facts_in_chinese(client: TestClient) -> None:
    doc = client.get(f"/documents/{_id(client, 'award')}").json()
    assert doc["title"] == "青松肝病防治体系研究"
    assert [(line["first"], line["text"]) for line in doc["lines"][:2]] == [
        (1, "2024年度甲省科学技术奖提名项目公示"), (2, "项目名称：青松肝病防治体系研究")]
    member = next(f for f in doc["facts"] if f.get("type") == "MEMBER_OF" and f["source"] == LIN)
    assert member["label"] == "林晓峰 —完成人/成员→ 青松肝病防治体系研究" and member["relation"] == "完成人/成员"
    (start, end), = member["spans"]
    assert doc["text"][start:end] == "1. 林晓峰，青松大学附属第一医院，主任医师"
    assert client.get("/documents/" + "0" * 64).status_code == 404


def test_removal_needs_the_token_and_keeps_what_other_documents_support(client: TestClient) -> None:
    visit = _id(client, "visit")
    assert client.delete(f"/documents/{visit}").status_code == 401
    works_at = f"{LIN}|WORKS_AT|org:青松大学附属第一医院"
    before = client.get(f"/entities/{quote(LIN)}").json()
    assert visit in before["entity"]["sources"] and client.get(f"/entities/{quote(QIAN)}").status_code == 200

    r = client.delete(f"/documents/{visit}", headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200, r.text
    removal = r.json()
    assert removal["entities_removed"] == 2  # 钱多多 and the project only this news names
    assert removal["entities_kept"] == 3  # 林晓峰 and both units: the nomination names them too
    assert removal["relations_kept"] == 1 and removal["relations_removed"] == 3
    assert removal["message"].startswith("已删除文档《青松大学附属第一医院举办肝病诊疗培训班》")

    assert client.get(f"/documents/{visit}").status_code == 404
    assert client.get(f"/entities/{quote(QIAN)}").status_code == 404
    assert client.get(f"/entities/{quote('project:肝病随访管理模式研究')}").status_code == 404
    after = client.get(f"/entities/{quote(LIN)}").json()
    assert visit not in after["entity"]["sources"] and _id(client, "award") in after["entity"]["sources"]
    edges = client.get("/graph/neighborhood", params={"key": LIN}).json()["edges"]
    kept = next(e for e in edges if e["id"] == works_at)
    assert kept["sources"] == [_id(client, "award")]
    assert client.delete(f"/documents/{visit}", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 404


def test_namesakes_come_with_what_tells_them_apart(client: TestClient) -> None:
    hits = client.get("/search", params={"q": "王磊"}).json()["data"]
    by_key = {h["key"]: h for h in hits}
    assert by_key[WANG_HOSPITAL]["namesakes"] == 1 and by_key[WANG_HOSPITAL]["units"] == ["青松大学附属第一医院"]
    assert by_key[WANG_INSTITUTE]["hint"] == "见于《东湖研究院与白鹭医科大学签署合…》"
    people = client.get("/people", params={"key": [WANG_HOSPITAL, WANG_INSTITUTE]}).json()["data"]
    assert [p["display"] for p in people] == ["王磊（青松大学附属第一医院；见于《青松肝病防治体系研究》）",
                                              "王磊（东湖研究院；见于《东湖研究院与白鹭医科大学签署合…》）"]
    [twin] = people[0]["possibly_same"]
    assert twin["key"] == WANG_INSTITUTE and twin["score"] == 0.5 and "相似度 0.50" in twin["warning"]


def test_a_path_through_a_possibly_same_link_is_read_step_by_step_with_a_warning(client: TestClient) -> None:
    # within 3 hops 王磊 of 东湖研究院 reaches 林晓峰 only as the namesake of the hospital's 王磊
    path = client.get("/path", params={"from": WANG_INSTITUTE, "to": LIN, "max_hops": 3}).json()
    assert path["found"] and path["uncertain"] is True and len(path["steps"]) == 3
    first, *rest = path["steps"]
    assert first["type"] == "POSSIBLY_SAME" and all(s["warning"] is None for s in rest)
    assert first["relation"] == "疑似同一人" and "王磊（东湖研究院" in first["text"] and "王磊（青松大学附属第一医院" in first["text"]
    assert first["warning"].startswith("此处经过「疑似同一人」关联（相似度 0.50，依据：同名）")
    assert path["warnings"] == [f"第 1 步：{first['warning']}"]
    edge = next(e for e in path["edges"] if e["type"] == "POSSIBLY_SAME")
    assert edge["warning"] == first["warning"]


def test_coi_reports_say_in_their_headers_whether_everyone_was_checked(client: TestClient) -> None:
    body = {"experts": [{"name": "王磊"}], "applicants": [{"name": "林晓峰"}]}
    r = client.post("/coi/check?format=csv", json=body)
    assert r.headers["X-COI-Complete"] == "false" and r.headers["X-COI-Unchecked"] == "1"
    assert r.content.decode("utf-8-sig").startswith("审查结论,审查未完成")
    data = client.post("/coi/check", json=body).json()
    assert data["complete"] is False and data["unchecked"][0]["code"] == "several_people"
    body["experts"] = [{"key": WANG_HOSPITAL}]
    assert client.post("/coi/check?format=xlsx", json=body).headers["X-COI-Complete"] == "true"


def test_docs_are_served_from_our_own_files(client: TestClient) -> None:
    html = client.get("/docs").text
    if not (SWAGGER / "swagger-ui-bundle.js").exists():
        pytest.skip("page not built: run `make setup`")
    assert 'src="/swagger/swagger-ui-bundle.js"' in html and 'href="/swagger/swagger-ui.css"' in html
    assert "cdn" not in html.lower() and "https://" not in html
    assert client.get("/swagger/swagger-ui-bundle.js").status_code == 200
    assert client.get("/redoc").status_code == 404
