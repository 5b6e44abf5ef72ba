"""What the embedded server leaves in its data dir, and the locks that keep one server per data dir.

`server.lock` is held (an exclusive ``flock``) by the running server itself for its whole life: its
starter takes it, hands the locked file to the server it starts and lets go of its own copy. The OS
releases it when the server ends, however it ends, so the lock is free exactly when no server runs on
the data dir. `start.lock` serialises starting and stopping. Only a process holding `server.lock` itself,
which proves that no server runs, removes the socket, the pid file or `server.json`.

State files are written whole or not at all (a temporary file renamed over the old one), and a full
disk is reported as such, naming the data dir. Last, what is asked of the server's process: is it alive,
is it working, end it.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO

from graph.errors import StoreFull, StoreUnavailable

INFO_FILE = "server.json"
START_LOCK = "start.lock"
SERVER_LOCK = "server.lock"
LOG_FILE = "redis.log"
SOCKET_FILE = "redis.sock"
PID_FILE = "redis.pid"
# Below this much free space a server is not started and a write is not sent: Redis, which syncs the
# log on every write, exits when a write to it fails, so a full disk would stop it again and again.
MIN_FREE_BYTES = 2 * 1024 * 1024
# What Redis logs when a write to its files failed for want of space.
_DISK_FULL_LOG = ("No space left on device", "Can't recover from AOF write error", "Error writing to the AOF")


@dataclass(frozen=True)
class ServerInfo:
    """Where a running embedded server listens (pid 0: started, not yet answering)."""

    pid: int
    socket: str | None = None
    port: int | None = None

    def connection_kwargs(self) -> dict[str, object]:
        if self.socket:
            return {"unix_socket_path": self.socket}
        return {"host": "127.0.0.1", "port": self.port}


@contextmanager
def start_lock(data_dir: Path) -> Iterator[None]:
    """Held while a server is started or stopped (blocking: the other starter is quick)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    with open(data_dir / START_LOCK, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def hold_server_lock(data_dir: Path) -> IO[str] | None:
    """`server.lock`, locked by this process, or None if a server holds it (one runs on ``data_dir``)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    handle = open(data_dir / SERVER_LOCK, "a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        return None
    return handle


def server_holds_lock(data_dir: Path) -> bool:
    """Does a server run on ``data_dir`` (hold its `server.lock`)?"""
    if not (data_dir / SERVER_LOCK).exists():
        return False
    handle = hold_server_lock(data_dir)
    if handle is None:
        return True
    handle.close()
    return False


def read_info(data_dir: Path) -> ServerInfo | None:
    try:
        raw = json.loads((data_dir / INFO_FILE).read_text())
        return ServerInfo(pid=int(raw["pid"]), socket=raw.get("socket"), port=raw.get("port"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_info(data_dir: Path, info: ServerInfo) -> None:
    """Replace `server.json` whole (never a half-written one); StoreFull or StoreUnavailable if it cannot be."""
    write_state_file(data_dir / INFO_FILE, json.dumps(asdict(info)))


def write_state_file(path: Path, text: str) -> None:
    """Write ``path`` atomically: a temporary file beside it, synced, then renamed over it."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as e:
        with suppress(OSError):
            tmp.unlink()
        raise state_error(path.parent, f"cannot write {path.name}", e) from e


def state_error(data_dir: Path, doing: str, error: OSError) -> StoreUnavailable:
    """The one-line error for an OS error on the data dir: StoreFull when the disk is full."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return StoreFull(f"{doing}: no space left on device in {data_dir} ({free_text(data_dir)} free)")
    return StoreUnavailable(f"{doing} in {data_dir}: {error.strerror or error}")


def pid_from_file(data_dir: Path) -> int | None:
    try:
        return int((data_dir / PID_FILE).read_text().strip())
    except (OSError, ValueError):
        return None


def remove_server_files(data_dir: Path, lock: IO[str]) -> None:
    """Remove what a dead server left; ``lock`` (this process's hold of `server.lock`) proves none runs."""
    assert not lock.closed
    for name in (INFO_FILE, SOCKET_FILE, PID_FILE):
        (data_dir / name).unlink(missing_ok=True)


def free_bytes(data_dir: Path) -> int | None:
    try:
        return shutil.disk_usage(data_dir).free
    except OSError:
        return None


def free_text(data_dir: Path) -> str:
    free = free_bytes(data_dir)
    return "?" if free is None else f"{free / 1024:.0f} KB"


def check_free_space(data_dir: Path, needed: int = 0) -> None:
    """StoreFull when ``data_dir``'s disk has less than MIN_FREE_BYTES (plus ``needed``) free."""
    free = free_bytes(data_dir)
    if free is not None and free < MIN_FREE_BYTES + needed:
        raise StoreFull(f"no space left on device in {data_dir} ({free / 1024:.0f} KB free): "
                        "free some space, then try again")


def log_lines(data_dir: Path, last: int = 200) -> list[str]:
    try:
        lines = (data_dir / LOG_FILE).read_text(errors="replace").splitlines()[-last:]
    except OSError:
        return []
    return [line.strip() for line in lines if line.strip()]


def last_log_line(data_dir: Path, fallback: str) -> str:
    lines = log_lines(data_dir)
    return lines[-1] if lines else fallback


def died_of_full_disk(data_dir: Path) -> bool:
    """Did the last server on ``data_dir`` stop because a write failed for want of space?"""
    lines = log_lines(data_dir, 40)
    starts = [i for i, line in enumerate(lines) if "Server initialized" in line or "oO0OoO0OoO0Oo" in line]
    recent = lines[starts[-1]:] if starts else lines
    return any(marker in line for line in recent for marker in _DISK_FULL_LOG)


def full_disk_error(data_dir: Path, doing: str) -> StoreFull:
    return StoreFull(f"{doing}: no space left on device in {data_dir} ({free_text(data_dir)} free): "
                     "free some space, then try again")


# ---- the server's process ---------------------------------------------------------------------------


def process_alive(pid: int) -> bool:
    """Does a redis-server of this pid run (not a zombie, not another program that got the pid)?"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    if Path("/proc/self").exists():
        # pid reuse, or a zombie (empty cmdline): either way not a server of ours
        try:
            return b"redis-server" in Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            return False
    return True


def cpu_ticks(pid: int | None) -> int | None:
    """CPU time the process has used (Linux), to tell a server busy loading from a hung one."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return None


def terminate(pid: int, timeout: float) -> None:
    """SIGTERM (a clean shutdown), then SIGKILL if it has not ended within ``timeout`` seconds."""
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while process_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    if process_alive(pid):
        os.kill(pid, signal.SIGKILL)
