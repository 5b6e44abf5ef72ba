"""The check at the end of a test session (tests/session_checks.py): a run that leaves a process behind
fails, names it and stops it; multiprocessing's own helpers, which end with the run, are not counted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

FORGETS_A_CHILD = """
import subprocess, sys
from pathlib import Path

def test_starts_a_process_and_forgets_it(tmp_path_factory):
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"])
    (Path(__file__).parent / "child.pid").write_text(str(child.pid))
"""

USES_A_PROCESS_POOL = """
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

def test_a_pool_of_spawned_workers():
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        assert pool.submit(abs, -2).result() == 2
"""


def _session(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_inner.py").write_text(source, encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "tests.session_checks", "-p", "no:cacheprovider",
                           f"--basetemp={tmp_path / 'base'}", "test_inner.py"],
                          cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                          timeout=120)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="the session check reads /proc (Linux)")
def test_a_session_that_leaves_a_process_behind_fails_and_stops_it(tmp_path: Path) -> None:
    result = _session(tmp_path, FORGETS_A_CHILD)
    child = int((tmp_path / "child.pid").read_text())
    assert result.returncode == 1, result.stdout
    assert "processes left behind" in result.stdout and f"{child} (parent" in result.stdout
    assert not _alive(child)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="the session check reads /proc (Linux)")
def test_a_process_pool_and_its_resource_tracker_are_no_leftover(tmp_path: Path) -> None:
    result = _session(tmp_path, USES_A_PROCESS_POOL)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "processes: none left behind" in result.stdout
