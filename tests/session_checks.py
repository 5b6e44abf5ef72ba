"""Checks at the end of a test session (a pytest plugin, loaded by tests/conftest.py): nothing the session
started is left running, and the shared folder's tests ran where it exists.

A run leaves no process behind: an embedded store server of a temporary data folder, an extraction worker,
a `kg` a test started. What counts as the session's: its own descendants, anything naming its temporary
folder (servers of temporary data folders), and a process of this checkout's interpreter that started
during the session and lost its parent. Those still running a few seconds after the last test fail the run,
are named, and are stopped. Linux only (it reads /proc); elsewhere nothing is checked.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

PROC = Path("/proc")
# multiprocessing's helpers of this interpreter (started by a process pool in a test): each reads a pipe
# from this process and ends when it does, so they are not left behind
OWN_HELPERS = ("from multiprocessing.resource_tracker import main", "from multiprocessing.forkserver import main")
GRACE_S = 5.0  # processes told to end (a killed `kg ingest`'s workers) get this long to go
_STASH = pytest.StashKey["Session"]()


@dataclass(frozen=True)
class Process:
    pid: int
    parent: int
    command: str


@dataclass
class Session:
    before: set[int]
    temp: str
    leftovers: list[Process]


def processes() -> dict[int, Process]:
    """Every living process (zombies are not), by pid."""
    found = {}
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
        except OSError:
            continue
        if fields[0] != "Z":
            found[int(entry.name)] = Process(int(entry.name), int(fields[1]), command)
    return found


def descendants(pid: int, living: dict[int, Process]) -> set[int]:
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {p.pid for p in living.values() if p.parent in frontier} - found
        found |= frontier
    return found


def left_behind(session: Session) -> list[Process]:
    """The session's processes still running (see the module's docstring)."""
    living = processes()
    mine = descendants(os.getpid(), living)
    interpreter = sys.executable
    found = []
    for p in living.values():
        if p.pid == os.getpid() or p.pid in session.before:
            continue
        if p.parent == os.getpid() and any(helper in p.command for helper in OWN_HELPERS):
            continue
        orphaned = p.parent == 1 or p.parent not in living
        if p.pid in mine or session.temp + "/" in p.command or (orphaned and p.command.startswith(interpreter)):
            found.append(p)
    return sorted(found, key=lambda p: p.pid)


def pytest_sessionstart(session: pytest.Session) -> None:
    if PROC.is_dir():
        temp = str(session.config._tmp_path_factory.getbasetemp())  # type: ignore[attr-defined]
        session.config.stash[_STASH] = Session(set(processes()), temp, [])


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    state = session.config.stash.get(_STASH, None)
    if state is None:
        return
    deadline = time.monotonic() + GRACE_S
    while (found := left_behind(state)) and time.monotonic() < deadline:
        time.sleep(0.25)
    state.leftovers = found
    for p in found:  # ours: stop them, so that the next run starts clean
        try:
            os.kill(p.pid, signal.SIGKILL)
        except OSError:
            pass
    if found and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    state = terminalreporter.config.stash.get(_STASH, None)
    if state is None:
        return
    if state.leftovers:
        terminalreporter.section("processes left behind", red=True)
        for p in state.leftovers:
            terminalreporter.write_line(f"{p.pid} (parent {p.parent}): {p.command[:200]}")
        terminalreporter.write_line(f"{len(state.leftovers)} processes outlived the tests: the run fails (they were stopped)")
    else:
        terminalreporter.write_line("processes: none left behind")
