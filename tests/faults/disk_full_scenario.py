"""A data dir on a small disk that fills up: run by test_disk_full inside its own mount namespace.

    unshare -rm python -m tests.faults.disk_full_scenario MOUNT_POINT

Mounts a small tmpfs at MOUNT_POINT (seen only inside the namespace, by this process and what it starts),
then: writes a document, fills the disk, tries a write, stops the server and tries to start it again, runs
`kg stats`, lets the server itself meet the full disk, frees the space and opens the store again. Prints
what each step gave as one JSON object.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from graph.errors import GraphError
from graph.stores import embedded_state, falkordb_store, stop_embedded
from graph.stores.embedded_server import running_server
from graph.stores.falkordb_store import FalkorDBStore

DISK_MB = 24
WRITE = "CREATE (:Document {id: $id, text: $text})"


def _outcome(call: Any) -> str:
    try:
        call()
        return "ok"
    except GraphError as e:
        return f"{type(e).__name__}: {e}"


def _fill(mount: Path, leave: int) -> Path:
    filler = mount / "filler.bin"
    free = os.statvfs(mount).f_bavail * os.statvfs(mount).f_frsize
    with open(filler, "ab") as out:
        out.write(b"\0" * max(0, free - leave))
    return filler


def _servers(data_dir: Path) -> int:
    count = 0
    for proc in Path("/proc").iterdir():
        try:
            cmdline = (proc / "cmdline").read_bytes()
        except OSError:
            continue
        count += proc.name.isdigit() and b"redis-server" in cmdline and str(data_dir).encode() in cmdline
    return count


def _info_file(data_dir: Path) -> str:
    path = data_dir / embedded_state.INFO_FILE
    if not path.exists():
        return "absent"
    try:
        json.loads(path.read_text())
        return "whole"
    except ValueError:
        return "broken"


def _kg_stats(data_dir: Path) -> dict[str, Any]:
    kg = Path(sys.executable).with_name("kg")
    done = subprocess.run([str(kg), "stats"], env={**os.environ, "KG_DATA_DIR": str(data_dir)},
                          capture_output=True, text=True, timeout=120)
    return {"code": done.returncode, "stderr": done.stderr.strip()}


def main(mount: Path) -> dict[str, Any]:
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={DISK_MB}m", "tmpfs", str(mount)], check=True)
    data_dir = mount / "kg-data"
    out: dict[str, Any] = {"data_dir": str(data_dir)}
    store = FalkorDBStore.embedded(data_dir)
    try:
        store.write(WRITE, {"id": "canary", "text": "甲" * 1000})
        filler = _fill(mount, leave=512 * 1024)
        out["write_on_a_full_disk"] = _outcome(lambda: store.write(WRITE, {"id": "late", "text": "乙" * 1000}))
        out["read_on_a_full_disk"] = _outcome(lambda: store.read("MATCH (d:Document) RETURN count(d) AS n"))
        server = running_server(data_dir)
        assert server is not None
        os.kill(server.pid, signal.SIGKILL)
        out["restart_on_a_full_disk"] = _outcome(lambda: FalkorDBStore.embedded(data_dir).close())
        out["info_file_after_refused_start"] = _info_file(data_dir)
        out["kg_stats_on_a_full_disk"] = _kg_stats(data_dir)

        filler.unlink()
        store = FalkorDBStore.embedded(data_dir)
        # the server meets the full disk itself: the check before a write is turned off
        checked = falkordb_store.check_free_space
        falkordb_store.check_free_space = lambda *_, **__: None  # type: ignore[assignment]
        filler = _fill(mount, leave=64 * 1024)
        out["write_that_stops_the_server"] = _outcome(
            lambda: store.write(WRITE, {"id": "big", "text": "丙" * 200_000}))
        deadline = time.monotonic() + 10  # its exit may take a moment after the connection closes
        while running_server(data_dir) and time.monotonic() < deadline:
            time.sleep(0.05)
        out["server_after_it_met_the_full_disk"] = "running" if running_server(data_dir) else "stopped"
        out["info_file_after_the_server_stopped"] = _info_file(data_dir)
        out["next_open_on_the_full_disk"] = _outcome(lambda: FalkorDBStore.embedded(data_dir).close())

        filler.unlink()
        falkordb_store.check_free_space = checked  # type: ignore[assignment]
        store = FalkorDBStore.embedded(data_dir)
        ids = [r["id"] for r in store.read("MATCH (d:Document) RETURN d.id AS id ORDER BY id")]
        out["documents_after_space_returned"] = ids
        out["servers_after_space_returned"] = _servers(data_dir)
        return out
    finally:
        store.close()
        stop_embedded(data_dir)
        subprocess.run(["umount", str(mount)], check=False)


if __name__ == "__main__":
    sys.stdout.write(json.dumps(main(Path(sys.argv[1])), ensure_ascii=False) + "\n")
