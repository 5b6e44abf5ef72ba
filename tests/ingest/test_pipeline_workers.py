"""Extraction in worker processes gives the very graph and rejects that extraction in this process gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.synth import write_corpus
from graph.stores.falkordb_store import FalkorDBStore
from ingest.pipeline import IngestReport, Rejected, ingest_paths, read_and_extract
from tests.snapshots import graph_snapshot

pytestmark = pytest.mark.slow  # processes, browsers or many documents: `make test-fast` leaves it out


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    write_corpus(out, 24, seed=7)  # invented documents with shared people across them
    (out / "zz_empty.txt").write_bytes(b"")
    (out / "zz_binary.txt").write_bytes(bytes(range(256)) * 8)
    return out


def _outcomes(report: IngestReport) -> tuple[list[tuple[str, str]], list[Rejected]]:
    return [(r.document_id, r.status) for r in report.loaded], report.rejected


def test_workers_load_the_same_graph_in_the_same_order(embedded_store: FalkorDBStore, folder: Path) -> None:
    inline = ingest_paths(embedded_store, [folder], workers=0)
    expected = graph_snapshot(embedded_store)
    embedded_store.clear()
    embedded_store.ensure_schema()

    seen: list[str] = []
    parallel = ingest_paths(embedded_store, [folder], on_file=lambda path, _: seen.append(path.name), workers=2)

    assert graph_snapshot(embedded_store) == expected
    assert _outcomes(parallel) == _outcomes(inline)
    # the broken files are named, with the reason; the corpus's truth.json is a data file and is read
    assert [r.name for r in parallel.rejected] == ["zz_binary.txt", "zz_empty.txt"]
    assert "empty" in parallel.rejected[1].reason
    assert seen == sorted(p.name for p in folder.iterdir())
    assert len(parallel.loaded) == 25 and len(expected[0]) > 100


def test_a_bad_file_is_a_reject_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "gone.txt"
    outcome = read_and_extract(path)
    assert isinstance(outcome, Rejected) and outcome.name == "gone.txt" and "cannot read" in outcome.reason


def test_extractions_come_back_from_a_worker_equal(folder: Path) -> None:
    import pickle

    for path in sorted(folder.glob("*.txt"))[:6]:
        ready = read_and_extract(path)
        assert not isinstance(ready, Rejected) and len(ready) == 1
        assert ready[0][1].entities and ready[0][1].relations
        assert pickle.loads(pickle.dumps(ready, protocol=pickle.HIGHEST_PROTOCOL)) == ready
