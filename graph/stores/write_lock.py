"""One writer at a time on an embedded store: `write.lock` in its data folder.

FalkorDB (4.16) adds the property names a write's text introduces while it plans the write, and takes
them away again when that write fails (a unique key refused, say). A write planned in between that
used those names keeps its values under ids that then name nothing, or the next names added: two
`kg ingest` of one folder at once left Documents whose `ingested_at` read back as `sources` and whose
text read back as `pages` (tests/graph/test_write_lock.py shows it without the lock). So every write to
an embedded store is sent holding this lock, and the loader holds it across "is this document loaded
already?" and the document's write, so that concurrent ingests never send a write bound to fail.

The lock is an exclusive ``flock`` on `write.lock`: it keeps other processes out, and the OS lets go
of it when its holder ends, however it ends. Within a process one `WriteLock` per data folder
serialises threads and is re-entrant (the loader holds it around the store's own writes).
"""

from __future__ import annotations

import fcntl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

WRITE_LOCK = "write.lock"


class WriteLock:
    """Exclusive, re-entrant hold on a data folder's writes (``path`` None: this process's threads only,
    for a store reached without a data folder)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._threads = threading.RLock()
        self._depth = 0
        self._handle: IO[str] | None = None

    @contextmanager
    def held(self) -> Iterator[None]:
        with self._threads:
            if self._depth == 0 and self.path is not None:
                self._handle = _locked(self.path)
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0 and self._handle is not None:
                    handle, self._handle = self._handle, None
                    fcntl.flock(handle, fcntl.LOCK_UN)
                    handle.close()


def _locked(path: Path) -> IO[str]:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
    except BaseException:
        handle.close()
        raise
    return handle


_LOCKS: dict[Path | None, WriteLock] = {}
_REGISTRY = threading.Lock()


def write_lock(data_dir: Path | None) -> WriteLock:
    """The one `WriteLock` of ``data_dir`` in this process (None: of the stores that have no data folder)."""
    key = Path(data_dir).resolve() if data_dir is not None else None
    with _REGISTRY:
        if key not in _LOCKS:
            _LOCKS[key] = WriteLock(key / WRITE_LOCK if key is not None else None)
        return _LOCKS[key]
