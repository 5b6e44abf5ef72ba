"""Contact phones of a funding guide's 联系人 reach only requests carrying the API token."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.privacy import mask_text, redact
from tests.security.conftest import GUIDE_PHONES, TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _contact_key(client: TestClient) -> str:
    hits = client.get("/search", params={"q": "欧阳明远", "label": "Person"}).json()["data"]
    assert hits, "the guide's contact person is in the graph"
    return str(hits[0]["key"])


def _guide_id(client: TestClient) -> str:
    hits = client.get("/search", params={"q": "新材料创新专项"}).json()["data"]
    project = client.get(f"/entities/{hits[0]['key']}").json()
    return str(project["entity"]["sources"][0])


def _keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def _read_responses(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    person, guide = _contact_key(client), _guide_id(client)
    project = client.get(f"/entities/{person}/neighbors").json()["nodes"]
    project_key = next(n["id"] for n in project if n["label"] == "Project")
    calls = {
        "profile": ("GET", f"/entities/{person}", None),
        "neighbours": ("GET", f"/entities/{person}/neighbors", None),
        "neighbourhood": ("GET", "/graph/neighborhood", {"key": project_key, "depth": 2}),
        "path": ("GET", "/path", {"from": person, "to": project_key}),
        "document": ("GET", f"/documents/{guide}", None),
        "search": ("GET", "/search", {"q": "欧阳"}),
        "lookup": ("GET", "/entities", {"q": "欧阳"}),
    }
    out = {}
    for name, (method, url, params) in calls.items():
        response = client.request(method, url, params=params, headers=headers)
        assert response.status_code == 200, (name, response.text)
        out[name] = response.json()
    coi = client.post("/coi/check", params={"format": "csv"}, headers=headers,
                      json={"experts": [{"name": "欧阳明远"}], "applicants": [{"name": "刘芳芳"}]})
    assert coi.status_code == 200
    out["coi_csv"] = coi.text
    return out


def test_no_read_response_without_the_token_shows_a_phone(client: TestClient) -> None:
    for name, body in _read_responses(client, {}).items():
        text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
        for phone in GUIDE_PHONES:
            assert phone not in text, f"{name} shows {phone}"
        assert "phone" not in _keys(body), name


def test_the_token_holder_sees_the_contact_phone(client: TestClient) -> None:
    responses = _read_responses(client, AUTH)
    contact_for = [item for group in responses["profile"]["relationships"] if group["type"] == "CONTACT_FOR"
                   for item in group["items"]]
    assert contact_for[0]["props"]["phone"] == "0731-88881234"
    assert "0731-88881234" in responses["document"]["text"]
    edges = responses["neighbours"]["edges"]
    assert any(e["properties"].get("phone") == "0731-88881234" for e in edges)


def test_a_wrong_token_counts_as_none(client: TestClient) -> None:
    person = _contact_key(client)
    body = client.get(f"/entities/{person}", headers={"Authorization": "Bearer not-the-token"}).json()
    assert "0731-88881234" not in json.dumps(body, ensure_ascii=False)


def test_masked_text_keeps_every_span_in_place(client: TestClient) -> None:
    guide = _guide_id(client)
    public = client.get(f"/documents/{guide}").json()
    private = client.get(f"/documents/{guide}", headers=AUTH).json()
    assert len(public["text"]) == len(private["text"])
    assert public["facts"] == private["facts"]
    for fact in public["facts"]:
        for start, end in fact["spans"]:
            assert public["text"][start:end] == mask_text(private["text"][start:end])
    assert "联系电话：*************" in public["text"]


@pytest.mark.parametrize(("text", "masked"), [
    ("联系电话：0731-88881234", "联系电话：*************"),
    ("手机13912345678。", "手机***********。"),
    ("（010）68598765转", "*************转"),
    ("邮箱 wang.lei@example.edu.cn", "邮箱 " + "*" * len("wang.lei@example.edu.cn")),
    ("2024年4月1日，湘科计〔2024〕9号", "2024年4月1日，湘科计〔2024〕9号"),
    ("4a47edbf13912345678c", "4a47edbf13912345678c"),  # inside a document id: not a phone
    ("person:林晓峰@org:青松大学", "person:林晓峰@org:青松大学"),
])
def test_what_counts_as_a_phone_or_address(text: str, masked: str) -> None:
    assert mask_text(text) == masked


def test_redaction_drops_personal_properties_at_any_depth() -> None:
    body = {"data": [{"props": {"phone": "0731-1", "Email": "a", "role": "联系人"}, "name": "欧阳明远"}]}
    assert redact(body) == {"data": [{"props": {"role": "联系人"}, "name": "欧阳明远"}]}
