"""The ingest pipeline: read → normalise → extract → resolve → load, one document at a time.

Each stage is a function of its own; this module only composes them and keeps the rejects
list, so that a bad file is reported and skipped while the others still load. It is where ingest meets
the graph: a resolved document is translated into the graph's rows (ingest.to_graph) and handed to the
loader, and resolution asks the graph what it knows (graph.known, graph.known_mirror).

Reading and extraction need no database, so for a batch of files they run ahead in worker
processes while this process resolves and loads the documents one by one, in file order: each
document still resolves against everything loaded before it, and the graph is the same as with
no workers.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from graph.errors import GraphError, StoreUnavailable
from graph.known import GraphKnownEntities
from graph.known_mirror import MirroredKnownEntities, known_for_batch
from graph.loader import LoadResult, load_document, plan_document, write_document
from graph.rows import GraphDocument
from graph.stores.base import Statement, Store
from ingest.errors import IngestError
from ingest.extract import extract
from ingest.model import Extraction, ResolvedDocument, SourceDocument
from ingest.readers import find_documents, read_document, read_upload
from ingest.resolve import KnownEntities, NoKnownEntities, resolve
from ingest.split import split_source
from ingest.to_graph import graph_document
from ingest.workers import end_with_parent
from ingest.written import written_names


@dataclass(frozen=True, slots=True)
class Rejected:
    name: str
    reason: str


@dataclass(slots=True)
class IngestReport:
    loaded: list[LoadResult] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)

    @property
    def nodes_created(self) -> int:
        return sum(r.nodes_created for r in self.loaded)

    @property
    def relationships_created(self) -> int:
        return sum(r.relationships_created for r in self.loaded)

    def count(self, status: str) -> int:
        return sum(1 for r in self.loaded if r.status == status)


Ready = tuple[SourceDocument, Extraction]
Extracted = tuple[Ready, ...] | Rejected  # a file's documents, extracted, or why it was not read


def documents_of(source: SourceDocument, path: str) -> tuple[SourceDocument, ...]:
    """The documents a file read from ``path`` holds (most hold one; see ingest.split)."""
    return split_source(replace(source, path=path))


def file_path(path: Path) -> str:
    """A file's path as documents record it: absolute, so that the same file is the same path from anywhere."""
    return str(path.resolve())


def upload_name(data: bytes) -> str:
    """The name of an upload that came without one: from its content, so that two such uploads differ."""
    return f"upload-{hashlib.sha256(data).hexdigest()[:12]}"


def extract_file(path: Path) -> tuple[SourceDocument, Extraction]:
    """Read and extract one file of any supported format, whole, without a database (for `kg extract` and
    `kg eval`): the document's own record, its names as it writes them (ingest.written)."""
    source = replace(read_document(path), path=file_path(path))
    return source, written_names(extract(source), source.text)


def read_and_extract(path: Path) -> Extracted:
    """Everything before resolution, for one file; a bad file becomes a `Rejected`."""
    try:
        return tuple((source, extract(source)) for source in documents_of(read_document(path), file_path(path)))
    except IngestError as e:
        return Rejected(path.name, str(e))


def ingest_source(store: Store, source: SourceDocument, known: KnownEntities | None = None) -> LoadResult:
    return resolve_and_load(store, source, extract(source), known)


def resolve_and_load(store: Store, source: SourceDocument, extraction: Extraction,
                     known: KnownEntities | None = None) -> LoadResult:
    resolved = resolve(source, extraction, known or NoKnownEntities())
    return load_document(store, graph_document(resolved))


def load_resolved(store: Store, doc: ResolvedDocument, *, now: datetime | None = None) -> LoadResult:
    """Load a document already resolved (or the older version of its file replaced), in one atomic write."""
    return load_document(store, graph_document(doc), now=now)


def ingest_text(store: Store, name: str, data: bytes) -> list[LoadResult]:
    """An uploaded file of any supported format (known by its content): read, split into the documents it
    holds, each extracted, resolved against the graph and loaded whole. Uploads of one name are versions of
    one file (path `upload:<name>`)."""
    known = GraphKnownEntities(store)
    return [ingest_source(store, source, known) for source in documents_of(read_upload(data, name), f"upload:{name}")]


MIN_FILES_PER_WORKER = 8  # below this, starting a worker (its own spaCy and jieba) costs more than it saves


def default_workers() -> int:
    """Extraction workers beside this process (which resolves and loads, with the store's server)."""
    return max(1, min((os.cpu_count() or 1) - 1, 4))


def ingest_paths(
    store: Store,
    paths: Iterable[Path],
    on_file: Callable[[Path, list[LoadResult | Rejected]], None] | None = None,
    workers: int | None = None,
) -> IngestReport:
    """Ingest files in order, each document a file holds (see ingest.split). ``on_file``: called once per
    file, with the outcome of each of its documents. ``workers``: extraction processes (None:
    `default_workers()` when there are enough files to be worth it; 0: extract in this process)."""
    report = IngestReport()
    files = list(find_documents(paths))
    # a large enough batch keeps the graph's resolution evidence in memory (read once, then kept up to date)
    known = known_for_batch(store, len(files))
    if workers is None:
        workers = default_workers() if len(files) >= 2 * MIN_FILES_PER_WORKER else 0
    extracted = _extract_in_workers(files, workers) if workers > 0 else map(read_and_extract, files)
    outcomes: list[LoadResult | Rejected] = []
    for path, last, outcome in _each(store, _documents(files, extracted), known):
        if isinstance(outcome, Rejected):
            report.rejected.append(outcome)
        else:
            report.loaded.append(outcome)
        outcomes.append(outcome)
        if last:
            if on_file:
                on_file(path, outcomes)
            outcomes = []
    return report


def _documents(files: list[Path], extracted: Iterable[Extracted]) -> Iterator[tuple[Path, bool, Ready | Rejected]]:
    """Each document of each file, in order, with whether it is its file's last."""
    for path, ready in zip(files, extracted, strict=True):
        if isinstance(ready, Rejected):
            yield path, True, ready
            continue
        for n, document in enumerate(ready, start=1):
            yield path, n == len(ready), document


def list_documents(paths: Iterable[Path]) -> list[Path]:
    return list(find_documents(paths))


def _extract_in_workers(files: list[Path], workers: int) -> Iterator[Extracted]:
    """`read_and_extract` of each file, in order, computed up to a few files ahead in worker processes
    (spawned, not forked: this process holds the store's socket). The workers end with this process,
    however it ends (ingest.workers)."""
    ahead = 4 * workers  # bounds the memory held by documents waiting for the store
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                             initializer=end_with_parent, initargs=(os.getpid(),)) as pool:
        pending: deque[Future[Extracted]] = deque()
        queued = iter(files)
        for path in queued:
            pending.append(pool.submit(read_and_extract, path))
            if len(pending) >= ahead:
                break
        try:
            while pending:
                yield pending.popleft().result()
                if (following := next(queued, None)) is not None:
                    pending.append(pool.submit(read_and_extract, following))
        finally:  # stopped early (the store went away): don't extract what will not be loaded
            for future in pending:
                future.cancel()


Documents = Iterable[tuple[Path, bool, Ready | Rejected]]  # (file, its last document?, the document)
Outcome = tuple[Path, bool, LoadResult | Rejected]


def _each(store: Store, documents: Documents, known: GraphKnownEntities) -> Iterator[Outcome]:
    if isinstance(known, MirroredKnownEntities):
        yield from _each_mirrored(store, documents, known)
        return
    for path, last, ready in documents:
        yield path, last, ready if isinstance(ready, Rejected) else _load(
            path, partial(resolve_and_load, store, *ready, known))


def _load(path: Path, write: Callable[[], LoadResult]) -> LoadResult | Rejected:
    """The outcome of one document's write: its `LoadResult`, or a `Rejected` that says why not."""
    try:
        return write()
    except IngestError as e:
        return Rejected(path.name, str(e))
    except StoreUnavailable:
        raise
    except GraphError as e:
        if isinstance(e.__cause__, StoreUnavailable):  # the store went away: stop, don't reject every file
            raise e.__cause__ from e
        return Rejected(path.name, f"{path.name}: not loaded: {e}")


def _each_mirrored(store: Store, documents: Documents, known: MirroredKnownEntities) -> Iterator[Outcome]:
    """As `_each`, with each document resolved and its write planned while the one before it is written (in
    a thread: resolving needs no store, as the copy already holds the document in flight). Before a write
    the copy is checked against the graph; if it had to be read again, the document is resolved again.
    The copy also tells which older versions of the file the write replaces."""
    with ThreadPoolExecutor(1, thread_name_prefix="kg-load") as writer:
        in_flight: tuple[Path, bool, GraphDocument, Future[LoadResult]] | None = None

        def settle() -> Outcome:
            assert in_flight is not None
            path, last, written, future = in_flight
            outcome = _load(path, future.result)
            known.loaded(written, outcome if isinstance(outcome, LoadResult) else None)
            return path, last, outcome

        for path, last, ready in documents:
            # only the copy can answer while a write is in flight (the store does not hold it yet)
            early = _resolve(path, ready, known) if known.index is not None and not isinstance(ready, Rejected) else None
            planned = _plan(early) if isinstance(early, ResolvedDocument) else None
            if in_flight is not None:
                yield settle()
                in_flight = None
            if isinstance(ready, Rejected):
                yield path, last, ready
                continue
            if known.document_starts() or early is None:  # the copy was read again, or given up
                early = _resolve(path, ready, known)
                planned = None
            if isinstance(early, Rejected):
                yield path, last, early
                continue
            rows, plan = planned or _plan(early)
            older = known.loading(rows)
            if older is None:  # the copy cannot tell what the graph holds of this file: the loader reads it
                future = writer.submit(load_document, store, rows)
            else:
                future = writer.submit(write_document, store, rows, plan, older)
            in_flight = (path, last, rows, future)
        if in_flight is not None:
            yield settle()


def _plan(doc: ResolvedDocument) -> tuple[GraphDocument, tuple[list[Statement], list[str]]]:
    """The rows ``doc`` writes and the write's plan, made of them once (the copy takes the same rows)."""
    rows = graph_document(doc)
    return rows, plan_document(rows, datetime.now(UTC))


def _resolve(path: Path, ready: Ready, known: KnownEntities) -> ResolvedDocument | Rejected:
    try:
        return resolve(*ready, known)
    except IngestError as e:
        return Rejected(path.name, str(e))
