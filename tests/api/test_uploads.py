"""Uploads: a file without a name is named after its content, one name is one file's versions, and a file
holding several documents loads them all."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.main import create_app
from graph.stores.base import Store
from settings import Settings
from tests.ingest.test_split import EXAMPLES, _second_nomination

TOKEN = "upload-token-for-tests"
FIRST = (EXAMPLES / "award_invented_east_river.txt").read_bytes()
SECOND = _second_nomination().encode("utf-8")


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    app = create_app(Settings(api_token=SecretStr(TOKEN)), store_factory=lambda _settings: store)
    with TestClient(app) as c:
        yield c


def _upload(client: TestClient, name: str, data: bytes) -> dict[str, object]:
    response = client.post("/documents", files={"file": (name, data, "text/plain")},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


def _names(store: Store) -> list[str]:
    return [r["name"] for r in store.read("MATCH (d:Document) RETURN d.name AS name ORDER BY name")]


def test_uploads_without_a_name_are_named_after_their_content(client: TestClient, store: Store) -> None:
    assert _upload(client, "", FIRST)["status"] == "added"
    assert _upload(client, "", SECOND)["status"] == "added"
    names = _names(store)
    assert len(names) == 2 and all(n.startswith("upload-") for n in names)
    assert _upload(client, "", FIRST)["status"] == "unchanged"


def test_uploads_of_one_base_name_from_two_folders_are_two_documents(
        client: TestClient, store: Store) -> None:
    assert _upload(client, "2031/公示.txt", FIRST)["status"] == "added"
    assert _upload(client, "2032/公示.txt", SECOND)["status"] == "added"
    assert len(_names(store)) == 2
    assert _upload(client, "2032/公示.txt", SECOND.replace("管一帆".encode(), "管一航".encode()))["status"] == "replaced"
    assert len(_names(store)) == 2


def test_an_upload_holding_two_nominations_loads_both(client: TestClient, store: Store) -> None:
    body = _upload(client, "两项公示.txt", FIRST + SECOND)
    documents = body["documents"]
    assert isinstance(documents, list) and [d["status"] for d in documents] == ["added", "added"]
    assert body["document_id"] == documents[0]["document_id"]
    assert _names(store) == ["两项公示.txt#1", "两项公示.txt#2"]
