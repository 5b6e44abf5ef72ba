"""Neo4j down (NEO4J_URI at a closed loopback port): the API answers 503 and `kg stats` says so in one line."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.main import create_app
from settings import Settings

pytestmark = pytest.mark.slow  # processes, browsers or many documents: `make test-fast` leaves it out


@pytest.fixture
def closed_uri() -> str:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"bolt://127.0.0.1:{port}"  # nothing listens here once the socket is closed


def test_the_api_answers_503_while_neo4j_is_unreachable(closed_uri: str) -> None:
    settings = Settings(store="neo4j", neo4j_uri=closed_uri, neo4j_password=SecretStr("not-used-here"))
    with TestClient(create_app(settings)) as client:
        health = client.get("/health")
        assert health.status_code == 503
        assert health.json()["status"] == "unavailable"
        assert closed_uri in health.json()["detail"]
        for method, url, body in [("GET", "/stats", None), ("GET", "/search?q=林晓峰", None),
                                  ("GET", "/entities/org:青松大学", None),
                                  ("POST", "/coi/check", {"experts": [{"name": "陈静"}], "applicants": [{"name": "林晓峰"}]})]:
            response = client.request(method, url, json=body)
            assert response.status_code == 503, (url, response.text)
            assert response.headers["content-type"] == "application/problem+json"
            detail = response.json()["detail"]
            assert detail == f"Neo4j at {closed_uri} does not answer: Connection refused"


def test_kg_stats_exits_1_with_one_clear_line(closed_uri: str, tmp_path: Path) -> None:
    env = {**os.environ, "KG_STORE": "neo4j", "NEO4J_URI": closed_uri, "NEO4J_PASSWORD": "not-used-here",
           "KG_DATA_DIR": str(tmp_path)}
    env.pop("COLUMNS", None)
    done = subprocess.run([sys.executable, "-m", "cli", "stats"], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines == [f"graph store error Neo4j at {closed_uri} does not answer: Connection refused"], done.stderr
    assert done.stdout == ""
