"""POST /documents takes every supported type, known by its content whatever the upload is called, and
refuses what it cannot read with the status and reason: 415 for a type no reader takes, 413 over a
type's limit, 422 for a broken file; nothing is written then."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.main import create_app
from graph.stores.falkordb_store import FalkorDBStore
from ingest.readers import pdf
from settings import Settings
from tests.ingest.made_files import (
    NEWS_PAGE,
    csv_in_gb18030,
    docx_with_merged_cells,
    pdf_with_tables,
    xlsx_with_two_row_header,
)

TOKEN = "token-for-upload-tests"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def client(embedded_store: FalkorDBStore) -> Iterator[TestClient]:
    app = create_app(Settings(api_token=SecretStr(TOKEN)), store_factory=lambda _settings: embedded_store)
    with TestClient(app) as c:
        yield c


def _upload(c: TestClient, name: str, data: bytes) -> tuple[int, dict[str, object]]:
    response = c.post("/documents", files={"file": (name, data, "application/octet-stream")}, headers=AUTH)
    return response.status_code, response.json()


@pytest.mark.parametrize(("name", "data"), [
    ("notice.pdf", pdf_with_tables()),
    ("notice.docx", docx_with_merged_cells()),
    ("projects.xlsx", xlsx_with_two_row_header()),
    ("staff.csv", csv_in_gb18030()),
    ("news.html", NEWS_PAGE.encode("gb18030")),
    ("upload", NEWS_PAGE.encode("gb18030")),  # no name to go by: a web page by its content
    ("notice.bin", pdf_with_tables()),  # a PDF under another name
], ids=["pdf", "docx", "xlsx", "csv", "html", "unnamed-html", "pdf-named-bin"])
def test_every_supported_type_is_ingested(client: TestClient, embedded_store: FalkorDBStore, name: str,
                                          data: bytes) -> None:
    status, result = _upload(client, name, data)
    assert status == 201 and result["status"] == "added", result
    rows = embedded_store.read("MATCH (d:Document {name: $name}) RETURN d.text AS text", {"name": name})
    assert rows and "林小溪" in rows[0]["text"]


def test_refusals_say_why_and_write_nothing(client: TestClient, embedded_store: FalkorDBStore,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "MAX_PAGES", 1)
    status, problem = _upload(client, "notes.rtf", b"{\\rtf1\\ansi notes}")
    assert status == 415 and "notes.rtf: unsupported type (.rtf)" in str(problem["detail"])
    status, problem = _upload(client, "long.pdf", pdf_with_tables(pages=2))
    assert status == 413 and "too many pages" in str(problem["detail"])
    status, problem = _upload(client, "secret.pdf", pdf_with_tables(encrypt="pw"))
    assert status == 422 and "encrypted" in str(problem["detail"])
    assert embedded_store.read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"] == 0
