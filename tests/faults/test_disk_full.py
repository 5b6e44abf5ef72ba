"""A full disk under the embedded store: one clear line naming the cause and the data dir, no half-written
state file, no second server, and every acknowledged document there once space is back."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow  # processes, browsers or many documents: `make test-fast` leaves it out

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if not shutil.which("unshare") or not Path("/proc/self/ns/mnt").exists():
        pytest.skip("needs Linux mount namespaces (unshare) to give the store a small disk of its own")
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot make a mount namespace here: {probe.stderr.strip()}")
    mount = tmp_path_factory.mktemp("small-disk")
    done = subprocess.run(["unshare", "-rm", sys.executable, "-m", "tests.faults.disk_full_scenario", str(mount)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    if "mount: " in done.stderr and done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.strip()[-200:]}")
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _one_clear_line(message: str, data_dir: str) -> None:
    assert "\n" not in message and "Traceback" not in message
    assert "no space left on device" in message and data_dir in message


def test_a_write_on_a_full_disk_is_refused_with_one_clear_line(scenario: dict[str, Any]) -> None:
    assert scenario["write_on_a_full_disk"].startswith("StoreFull: ")
    _one_clear_line(scenario["write_on_a_full_disk"], scenario["data_dir"])
    assert scenario["read_on_a_full_disk"] == "ok"  # the server is still up: reads go on


def test_a_start_on_a_full_disk_is_refused_and_leaves_no_broken_state_file(scenario: dict[str, Any]) -> None:
    _one_clear_line(scenario["restart_on_a_full_disk"], scenario["data_dir"])
    assert scenario["info_file_after_refused_start"] in ("absent", "whole")


def test_kg_on_a_full_disk_prints_one_line_and_exits_1(scenario: dict[str, Any]) -> None:
    stats = scenario["kg_stats_on_a_full_disk"]
    assert stats["code"] == 1
    _one_clear_line(stats["stderr"], scenario["data_dir"])


def test_a_server_stopped_by_the_full_disk_says_so_and_is_not_restarted_into_it(scenario: dict[str, Any]) -> None:
    assert "the write was not stored" in scenario["write_that_stops_the_server"]
    _one_clear_line(scenario["write_that_stops_the_server"], scenario["data_dir"])
    assert scenario["server_after_it_met_the_full_disk"] == "stopped"
    assert scenario["info_file_after_the_server_stopped"] in ("absent", "whole")
    _one_clear_line(scenario["next_open_on_the_full_disk"], scenario["data_dir"])


def test_once_space_is_back_one_server_holds_every_acknowledged_document(scenario: dict[str, Any]) -> None:
    assert scenario["documents_after_space_returned"] == ["canary"]
    assert scenario["servers_after_space_returned"] == 1
