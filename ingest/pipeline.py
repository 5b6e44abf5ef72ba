"""The ingest pipeline: read → normalise → extract → resolve → load, one document at a time.

Each stage is a function of its own; this module only composes them and keeps the rejects
list, so that a bad file is reported and skipped while the others still load.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import GraphError, StoreUnavailable
from graph.known import GraphKnownEntities
from graph.loader import LoadResult, load_document
from graph.stores.base import Store
from ingest.errors import IngestError
from ingest.extract import extract
from ingest.model import Extraction, SourceDocument
from ingest.normalize import normalise
from ingest.readers import RawText, decode, find_documents, read_file
from ingest.resolve import KnownEntities, NoKnownEntities, resolve


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


def prepare(raw: RawText) -> SourceDocument:
    return SourceDocument(name=raw.name, text=normalise(raw.text), encoding=raw.encoding, size=raw.size)


def extract_file(path: Path) -> tuple[SourceDocument, Extraction]:
    """Read and extract one file without a database (for `kg extract`)."""
    source = prepare(read_file(path))
    return source, extract(source)


def ingest_source(store: Store, source: SourceDocument, known: KnownEntities | None = None) -> LoadResult:
    extraction = extract(source)
    resolved = resolve(source, extraction, known or NoKnownEntities())
    return load_document(store, resolved)


def ingest_text(store: Store, name: str, data: bytes) -> LoadResult:
    """One uploaded document: decoded, extracted, resolved against the graph and loaded whole."""
    return ingest_source(store, prepare(decode(data, name)), GraphKnownEntities(store))


def ingest_paths(
    store: Store,
    paths: Iterable[Path],
    on_file: Callable[[Path, LoadResult | Rejected], None] | None = None,
) -> IngestReport:
    report = IngestReport()
    known = GraphKnownEntities(store)
    for path, outcome in _each(store, list(find_documents(paths)), known):
        if isinstance(outcome, Rejected):
            report.rejected.append(outcome)
        else:
            report.loaded.append(outcome)
        if on_file:
            on_file(path, outcome)
    return report


def list_documents(paths: Iterable[Path]) -> list[Path]:
    return list(find_documents(paths))


def _each(store: Store, files: list[Path], known: KnownEntities) -> Iterator[tuple[Path, LoadResult | Rejected]]:
    for path in files:
        try:
            yield path, ingest_source(store, prepare(read_file(path)), known)
        except IngestError as e:
            yield path, Rejected(path.name, str(e))
        except StoreUnavailable:
            raise
        except GraphError as e:
            if isinstance(e.__cause__, StoreUnavailable):  # the store went away: stop, don't reject every file
                raise e.__cause__ from e
            yield path, Rejected(path.name, f"{path.name}: not loaded: {e}")
