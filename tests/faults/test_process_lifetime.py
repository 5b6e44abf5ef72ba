"""`kg ingest` killed (SIGTERM or SIGKILL) while its extraction workers run: nothing of it is left running."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.synth import write_corpus
from graph.stores import stop_embedded
from graph.stores.falkordb_store import FalkorDBStore

pytestmark = pytest.mark.slow  # processes, browsers or many documents: `make test-fast` leaves it out

KG = Path(sys.executable).with_name("kg")


def _children(pid: int) -> set[int]:
    """Every living process below ``pid`` (children, their children ...)."""
    parents: dict[int, int] = {}
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                stat = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if stat[0] != "Z":
                parents[int(proc.name)] = int(stat[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended; only its reaper has not looked yet


def _documents(data_dir: Path) -> int:
    store = FalkorDBStore.embedded(data_dir)
    try:
        return int(store.read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"])
    finally:
        store.close()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc (Linux)")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_killing_kg_ingest_leaves_no_worker_and_no_resource_tracker(tmp_path: Path, sig: signal.Signals) -> None:
    corpus, data_dir = tmp_path / "corpus", tmp_path / "kg-data"
    write_corpus(corpus, 80, seed=5)
    env = {**os.environ, "KG_DATA_DIR": str(data_dir)}
    kg = subprocess.Popen([str(KG), "ingest", "--workers", "1", str(corpus)], env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    left: set[int] = set()
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:  # a worker has extracted and the store holds a document
            assert kg.poll() is None, "kg ingest ended before it could be killed"
            if data_dir.joinpath("server.json").exists() and _documents(data_dir) >= 1:
                break
            time.sleep(0.5)
        left = _children(kg.pid)
        assert len(left) >= 2, "an extraction worker and the resource tracker run"
        kg.send_signal(sig)
        kg.wait(30)
        deadline = time.monotonic() + 20
        while any(_running(pid) for pid in left) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert [pid for pid in left if _running(pid)] == []
    finally:
        if kg.poll() is None:
            kg.kill()
        for pid in (left | _children(kg.pid)):
            if _running(pid):
                os.kill(pid, signal.SIGKILL)
        stop_embedded(data_dir)
