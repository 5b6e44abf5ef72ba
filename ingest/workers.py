"""Worker processes that end with the process that started them, however it ends.

An extraction worker blocks reading its task queue; if `kg ingest` is killed (SIGKILL, or SIGTERM,
which ends Python without running its exit handlers) nothing would ever close that queue, and the
worker, holding spaCy and jieba in a few hundred MB, would wait forever, and with it the
multiprocessing resource tracker. `end_with_parent` is the workers' initializer: on Linux the kernel
sends the worker SIGKILL when its parent dies (PR_SET_PDEATHSIG); elsewhere a watchdog thread ends
it within a second of the parent's death.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
WATCH_EVERY_S = 1.0


def _parent_death_signal(sig: int) -> bool:
    """Ask the kernel to send ``sig`` to this process when its parent dies; False where it cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return bool(libc.prctl(PR_SET_PDEATHSIG, sig, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCH_EVERY_S)
    os._exit(1)


def end_with_parent(parent: int) -> None:
    """Make this process end when ``parent`` (its parent's pid, as the parent saw it) dies."""
    if not _parent_death_signal(signal.SIGKILL):
        threading.Thread(target=_watch, args=(parent,), name="kg-parent-watch", daemon=True).start()
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)
