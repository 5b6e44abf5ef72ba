"""Ingest benchmark: generated documents into a fresh embedded store in a temporary KG_DATA_DIR.

    python -m bench.ingest [--docs 10000] [--seed 1] [--corpus DIR] [--workers N]

Prints documents/s, KB/s, the ratio to `jieba.cut` over the same text, peak memory of this
process and of the embedded redis server, and the store's size on disk. Figures only.
`kg ingest`'s default is used unless --workers says otherwise (0: extraction in this process);
jieba.cut runs in this one process either way.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.synth import write_corpus
from graph.errors import StoreUnavailable
from graph.stores import stop_embedded
from graph.stores.embedded_server import running_server
from graph.stores.falkordb_store import FalkorDBStore


@contextmanager
def fresh_store(workdir: Path) -> Iterator[tuple[FalkorDBStore, Path]]:
    """An empty embedded store in its own data dir; its server is stopped on the way out."""
    data_dir = workdir / "kg-data"
    os.environ["KG_DATA_DIR"] = str(data_dir)
    store = FalkorDBStore.embedded(data_dir)
    try:
        store.ensure_schema()
        yield store, data_dir
    except StoreUnavailable:
        log = data_dir / "redis.log"
        lines = log.read_text(errors="replace").splitlines()[-400:] if log.exists() else []
        print("embedded server failed; last lines of its log:", *lines, sep="\n  ")
        raise
    finally:
        store.close()
        stop_embedded(data_dir)


def corpus(workdir: Path, docs: int, seed: int, given: Path | None) -> Path:
    if given is not None:
        return given
    out = workdir / "corpus"
    started = time.perf_counter()
    truth = write_corpus(out, docs, seed)
    print(f"generated      {docs} documents, {len(truth['people'])} people in {time.perf_counter() - started:.1f} s")
    return out


def jieba_seconds(texts: list[str]) -> float:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    started = time.perf_counter()
    for text in texts:
        for _ in jieba.cut(text):
            pass
    return time.perf_counter() - started


@contextmanager
def stage_timers() -> Iterator[dict[str, float]]:
    """Seconds spent in each stage of `ingest.pipeline`, measured by wrapping the functions it composes."""
    import ingest.pipeline as pipeline

    seconds: dict[str, float] = {}
    # in worker processes these are not wrapped: their time shows as waiting for extraction
    originals = {name: getattr(pipeline, name) for name in ("read_document", "extract", "resolve", "plan_document",
                                                            "load_document", "write_document")}

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - started
        return wrapper

    in_workers = pipeline._extract_in_workers

    def waited(*args: Any) -> Iterator[Any]:
        results = in_workers(*args)
        while True:
            started = time.perf_counter()
            try:
                result = next(results)
            except StopIteration:
                return
            finally:
                seconds["waiting for extraction"] = seconds.get("waiting for extraction", 0.0) + time.perf_counter() - started
            yield result

    patched: dict[str, Callable[..., Any]] = {name: timed(name, fn) for name, fn in originals.items()}
    patched["_extract_in_workers"], originals["_extract_in_workers"] = waited, in_workers
    for name, fn in patched.items():
        setattr(pipeline, name, fn)
    try:
        yield seconds
    finally:
        for name, fn in originals.items():
            setattr(pipeline, name, fn)


def peak_rss_kb(pid: int) -> int | None:
    """VmHWM of another process (the daemonised redis server is not our child)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def disk_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_socket())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.ingest", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10000, help="documents to generate")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", type=Path, help="ingest this folder instead of generating one")
    parser.add_argument("--workers", type=int, help="extraction processes (default: kg ingest's)")
    args = parser.parse_args(argv)

    from graph.known_mirror import MirroredKnownEntities
    from ingest.pipeline import MIN_FILES_PER_WORKER, default_workers, ingest_paths
    from queries.runner import stats

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        folder = corpus(Path(tmp), args.docs, args.seed, args.corpus)
        files = sorted(folder.glob("*.txt"))
        size = sum(p.stat().st_size for p in files)
        texts = [p.read_text(encoding="utf-8") for p in files]
        jieba_s = jieba_seconds(texts)
        del texts
        with fresh_store(Path(tmp)) as (store, data_dir):
            with stage_timers() as stages:
                started = time.perf_counter()
                report = ingest_paths(store, files, workers=args.workers)
                seconds = time.perf_counter() - started
            counts = stats(store)
            ingest_peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before the copy below
            started = time.perf_counter()
            MirroredKnownEntities(store).document_starts()  # what the next batch pays first, on this graph
            copy_s = time.perf_counter() - started
            server = running_server(data_dir)
            redis_kb = peak_rss_kb(server.pid) if server else None
            store_bytes = disk_bytes(data_dir)
        kb = size / 1024
        ours_kbs, jieba_kbs = kb / seconds, kb / jieba_s
        print(f"documents      {len(files)} ({kb / 1024:.1f} MB): {len(report.loaded)} loaded, "
              f"{len(report.rejected)} rejected")
        print(f"ingest         {seconds:.1f} s  {len(files) / seconds:.2f} documents/s  {ours_kbs:.1f} KB/s")
        workers = args.workers if args.workers is not None else (
            default_workers() if len(files) >= 2 * MIN_FILES_PER_WORKER else 0)
        print("stages         " + "  ".join(f"{name} {t:.1f} s" for name, t in stages.items())
              + (f" ({workers} worker(s))" if workers else "")
              + "\n               (a batch of 16 files or more writes each document while it resolves the next)")
        print(f"jieba.cut      {jieba_s:.1f} s  {jieba_kbs:.1f} KB/s   ratio ours/jieba {ours_kbs / jieba_kbs:.3f}")
        worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest ended child
        print(f"peak RSS       this process {ingest_peak_mb:.0f} MB, "
              f"redis server {'?' if redis_kb is None else f'{redis_kb / 1024:.0f}'} MB"
              + (f", largest extraction worker {worker_mb:.0f} MB" if workers else ""))
        print(f"store on disk  {store_bytes / 1024 / 1024:.1f} MB")
        print(f"evidence copy  {copy_s:.1f} s to read it from the final graph (the start of a next batch)")
        print(f"graph          {counts.documents} documents, {sum(counts.nodes.values())} nodes, "
              f"{sum(counts.relationships.values())} relationships, {counts.nodes.get('Person', 0)} Person")
        for rejected in report.rejected[:5]:
            print(f"rejected       {rejected.reason[:150]}")


if __name__ == "__main__":
    main()
