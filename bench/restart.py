"""Restart benchmark: how long the embedded store takes to come back, against the time to ingest its documents.

    python -m bench.restart [--docs 1000 10000] [--seed 1] [--workers N]

For each size: generated documents are ingested into a fresh store, and the store is restarted and timed
until it answers a query: after the server is killed with SIGKILL right after the ingest (a crash before
`kg ingest` compacts the log: the writes since Redis last rewrote it are replayed), then, the log
compacted as `kg ingest` does, after a clean stop (`kg store stop`) and after another SIGKILL. Also printed: the log's
snapshot and tail on disk, and, as the baseline the goal is set against, the ingest time. Goal: a restart
under 10% of the ingest time, and under 30 s at 10,000 documents. Figures only.
"""

from __future__ import annotations

import argparse
import os
import signal
import tempfile
import time
from pathlib import Path

from bench.ingest import corpus, fresh_store
from graph.stores.embedded_server import compact, ensure_server, running_server, stop_embedded
from graph.stores.falkordb_store import FalkorDBStore


def _log_sizes(data_dir: Path) -> tuple[float, float]:
    """MB of the log's snapshot (base) and tail (incr)."""
    sizes = {"base": 0, "incr": 0}
    for path in (data_dir / "appendonlydir").iterdir():
        for part in sizes:
            if f".{part}." in path.name:
                sizes[part] += path.stat().st_size
    return sizes["base"] / 2**20, sizes["incr"] / 2**20


def _answered(data_dir: Path) -> tuple[float, int]:
    """Seconds from a start to the first answered query, and the documents it counts."""
    started = time.perf_counter()
    ensure_server(data_dir, timeout=120)
    store = FalkorDBStore.embedded(data_dir)
    try:
        n = int(store.read("MATCH (d:Document) RETURN count(d) AS n")[0]["n"])
    finally:
        store.close()
    return time.perf_counter() - started, n


def _kill(data_dir: Path) -> None:
    info = running_server(data_dir)
    assert info is not None
    os.kill(info.pid, signal.SIGKILL)
    while running_server(data_dir) is not None:
        time.sleep(0.02)


def measure(docs: int, seed: int, workers: int | None) -> None:
    from ingest.pipeline import ingest_paths

    with tempfile.TemporaryDirectory(prefix="kg-bench-restart-") as tmp:
        files = sorted(corpus(Path(tmp), docs, seed, None).glob("*.txt"))
        with fresh_store(Path(tmp)) as (store, data_dir):
            started = time.perf_counter()
            report = ingest_paths(store, files, workers=workers)
            ingest_s = time.perf_counter() - started
            raw_base_mb, raw_tail_mb = _log_sizes(data_dir)
            _kill(data_dir)
            replay_s, after_replay = _answered(data_dir)
            started = time.perf_counter()
            compact(data_dir)
            compact_s = time.perf_counter() - started
            base_mb, tail_mb = _log_sizes(data_dir)

            started = time.perf_counter()
            stop_embedded(data_dir)
            stop_s = time.perf_counter() - started
            clean_s, after_clean = _answered(data_dir)
            _kill(data_dir)
            crash_s, after_crash = _answered(data_dir)
        goal = min(0.1 * ingest_s, 30.0) if docs >= 10_000 else 0.1 * ingest_s
        print(f"documents      {docs}: {len(report.loaded)} loaded, {len(report.rejected)} rejected")
        print(f"ingest         {ingest_s:.1f} s ({docs / ingest_s:.1f} documents/s); compacting after it {compact_s:.1f} s")
        print(f"log on disk    after the ingest: snapshot {raw_base_mb:.1f} MB, tail {raw_tail_mb:.1f} MB; "
              f"compacted: snapshot {base_mb:.1f} MB, tail {tail_mb:.2f} MB")
        print(f"crash restart  SIGKILL before compacting {replay_s:.2f} s ({after_replay} documents)")
        print(f"clean stop     {stop_s:.1f} s")
        print(f"restart        after a clean stop {clean_s:.2f} s ({after_clean} documents), "
              f"after SIGKILL {crash_s:.2f} s ({after_crash} documents)")
        worst = max(clean_s, crash_s, replay_s)
        print(f"ratio          restart / ingest {worst / ingest_s:.3%} (goal < 10%{', < 30 s' if docs >= 10_000 else ''}): "
              f"{'met' if worst < goal else 'NOT met'}\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.restart", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, nargs="+", default=[1000, 10000], help="store sizes (documents)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, help="extraction processes (default: kg ingest's)")
    args = parser.parse_args(argv)
    for docs in args.docs:
        measure(docs, args.seed, args.workers)


if __name__ == "__main__":
    main()
