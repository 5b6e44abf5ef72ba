"""Two `kg ingest` of the same folder at once, on one data dir, end where a single run ends."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.stores import open_store, stop_embedded
from queries.runner import stats
from settings import Settings

pytestmark = pytest.mark.slow  # processes, browsers or many documents: `make test-fast` leaves it out

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for path in sorted(EXAMPLES.glob("*.txt")):
        shutil.copy(path, docs / path.name)
    return docs


@pytest.fixture
def data_dirs(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    single, shared = tmp_path / "single", tmp_path / "shared"
    yield single, shared
    stop_embedded(single)
    stop_embedded(shared)


def _ingest(folder: Path, data_dir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "KG_DATA_DIR": str(data_dir), "KG_STORE": "embedded"}
    return subprocess.Popen([sys.executable, "-m", "cli", "ingest", str(folder)], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _graph(data_dir: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    store = open_store(Settings(data_dir=data_dir))
    try:
        keys = store.read("MATCH (n) RETURN labels(n)[0] AS label, coalesce(n.key, n.id) AS key, "
                          "size(coalesce(n.sources, [])) AS sources ORDER BY label, key")
        return stats(store).as_dict(), keys
    finally:
        store.close()


def test_two_concurrent_ingests_equal_one(folder: Path, data_dirs: tuple[Path, Path]) -> None:
    single, shared = data_dirs
    alone = _ingest(folder, single)
    assert alone.wait(timeout=300) == 0, alone.communicate()

    runs = [_ingest(folder, shared), _ingest(folder, shared)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    assert sum("failed" in out and ", 0 failed" not in out for out, _ in outputs) == 0, outputs

    assert _graph(shared) == _graph(single)
