"""The embedded store comes back at any size, from a snapshot, and there is only ever one server per data dir."""

from __future__ import annotations

import os
import random
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from graph.stores import embedded_server, stop_embedded
from graph.stores.embedded_server import (
    INFO_FILE,
    SOCKET_FILE,
    Loading,
    compact,
    ensure_server,
    running_server,
)
from graph.stores.falkordb_store import FalkorDBStore
from ingest.pipeline import ingest_text

pytestmark = pytest.mark.slow  # processes, browsers or many documents: `make test-fast` leaves it out

EXAMPLE = Path(__file__).parents[2] / "examples" / "award_invented_east_river.txt"


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path
    stop_embedded(tmp_path)


def servers_on(data_dir: Path) -> list[int]:
    """Pids of the redis-server processes whose socket lies in ``data_dir``."""
    pids = []
    for proc in Path("/proc").iterdir():
        try:
            cmdline = (proc / "cmdline").read_bytes()
        except OSError:
            continue
        if proc.name.isdigit() and b"redis-server" in cmdline and str(data_dir).encode() in cmdline:
            pids.append(int(proc.name))
    return pids


def kill_9(data_dir: Path) -> None:
    info = running_server(data_dir)
    assert info is not None
    os.kill(info.pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while running_server(data_dir) is not None and time.monotonic() < deadline:
        time.sleep(0.02)


def fill(data_dir: Path, documents: int, size: int = 1000) -> None:
    """``documents`` Document nodes of ``size`` random CJK characters (which no snapshot compresses away)."""
    rng = random.Random(documents)
    store = FalkorDBStore.embedded(data_dir)
    try:
        for i in range(documents):
            text = "".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(size))
            store.write("CREATE (:Document {id: $id, text: $text})", {"id": f"doc-{i}", "text": text})
    finally:
        store.close()


def documents(data_dir: Path) -> int:
    store = FalkorDBStore.embedded(data_dir)
    try:
        return int(store.read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"])
    finally:
        store.close()


def log_files(data_dir: Path) -> dict[str, int]:
    """Sizes of the log's snapshot (`base.rdb`) and tail (`incr.aof`)."""
    return {".".join(p.name.split(".")[-2:]): p.stat().st_size for p in (data_dir / "appendonlydir").iterdir()
            if not p.name.endswith("manifest")}


def test_a_document_acknowledged_before_a_kill_9_is_there_after_the_restart(data_dir: Path) -> None:
    store = FalkorDBStore.embedded(data_dir)
    store.ensure_schema()
    loaded = ingest_text(store, "nomination.txt", EXAMPLE.read_bytes())
    store.close()
    kill_9(data_dir)
    store = FalkorDBStore.embedded(data_dir)
    try:
        rows = store.read("MATCH (d:Document {id: $id}) RETURN d.name AS name", {"id": loaded[0].document_id})
        assert rows == [{"name": "nomination.txt"}]
    finally:
        store.close()


def test_writes_are_logged_as_their_effects_not_as_queries_to_run_again(data_dir: Path) -> None:
    fill(data_dir, 3)
    logged = b"".join(p.read_bytes() for p in (data_dir / "appendonlydir").glob("*.incr.aof"))
    assert b"GRAPH.EFFECT" in logged and b"GRAPH.QUERY" not in logged


def test_a_clean_stop_leaves_a_snapshot_so_that_the_next_start_replays_nothing(data_dir: Path) -> None:
    fill(data_dir, 200)
    assert stop_embedded(data_dir) is True
    files = log_files(data_dir)
    assert files["base.rdb"] > 200 * 1000 and files["incr.aof"] < 1000, files
    assert documents(data_dir) == 200


def test_a_compacted_store_restarts_from_its_snapshot_after_a_kill_9(data_dir: Path) -> None:
    fill(data_dir, 200)
    assert compact(data_dir) is True
    assert compact(data_dir) is False  # nothing new to fold in
    kill_9(data_dir)
    files = log_files(data_dir)
    assert files["base.rdb"] > 200 * 1000 and files["incr.aof"] < 1000, files
    assert documents(data_dir) == 200


@pytest.mark.parametrize("lost", ["missing", "empty"])
def test_a_lost_server_json_never_leads_to_a_second_server(data_dir: Path, lost: str) -> None:
    first = ensure_server(data_dir)
    if lost == "missing":
        (data_dir / INFO_FILE).unlink()
    else:
        (data_dir / INFO_FILE).write_text("")  # what a full disk left behind
    again = ensure_server(data_dir)
    assert again.pid == first.pid
    assert servers_on(data_dir) == [first.pid]
    assert (data_dir / SOCKET_FILE).exists()
    assert stop_embedded(data_dir) is True
    assert servers_on(data_dir) == []


def test_a_server_still_loading_is_waited_for_with_progress_and_never_doubled(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    info = ensure_server(data_dir)
    client = redis.Redis(unix_socket_path=info.socket)
    pipe = client.pipeline(transaction=False)
    for i in range(6000):
        pipe.set(f"filler:{i}", "x")
    pipe.execute()
    client.close()
    kill_9(data_dir)
    # a millisecond per logged command: loading takes about six seconds, six times the starters' timeout
    server_args = embedded_server._server_args
    monkeypatch.setattr(embedded_server, "_server_args", lambda *a: [*server_args(*a), "--key-load-delay", "1000"])
    reports: list[Loading] = []
    started: dict[int, int] = {}

    def starter(n: int) -> None:
        started[n] = ensure_server(data_dir, timeout=1.0, progress=reports.append).pid

    threads = [threading.Thread(target=starter, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(set(started.values())) == 1 and len(started) == 3
    assert servers_on(data_dir) == list(started.values())[:1]
    assert reports and all(r.data_dir == data_dir for r in reports)


def test_stopping_with_server_json_lost_still_stops_the_one_server(data_dir: Path) -> None:
    first = ensure_server(data_dir)
    (data_dir / INFO_FILE).unlink()
    assert stop_embedded(data_dir) is True
    assert servers_on(data_dir) == []
    assert ensure_server(data_dir).pid != first.pid
