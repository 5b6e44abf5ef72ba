"""A Neo4j server for the tests and benchmarks: the in-process harness of tools/neo4j-test, or the server
KG_TEST_NEO4J_URI names. Both get emptied, so the tests never read NEO4J_URI: that may be a real graph.

`make neo4j-harness` (and `.ci/run`) builds the harness with Maven; `start_harness` runs it under Java
with a bounded heap and reads the Bolt URI it prints; closing its stdin stops it.
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from graph.stores.neo4j_store import Neo4jStore
from settings import Settings

HARNESS_DIR = Path(__file__).resolve().parents[1] / "tools" / "neo4j-test"
TARGET = HARNESS_DIR / "target"
LAUNCHER = "kg.neo4jtest.Launcher"
HEAP = os.environ.get("KG_NEO4J_TEST_HEAP", "1g")
START_SECONDS = 180.0  # a cold JVM on two busy cores takes 20 s or more
STOP_SECONDS = 60.0
REQUIRE_VARIABLE = "KG_REQUIRE_NEO4J"
URI_VARIABLE = "KG_TEST_NEO4J_URI"


def given_uri() -> str | None:
    """The Neo4j server the tests may empty, when one is named (credentials from NEO4J_USER and so on)."""
    return os.environ.get(URI_VARIABLE) or None


def required() -> bool:
    """CI sets KG_REQUIRE_NEO4J=1: a Neo4j test that cannot run is then a failure, not a skip."""
    return os.environ.get(REQUIRE_VARIABLE, "") not in ("", "0")


def built() -> bool:
    return (TARGET / "classes" / "kg" / "neo4jtest" / "Launcher.class").is_file() and (TARGET / "lib").is_dir()


def unavailable_reason() -> str | None:
    """Why no Neo4j can be had for the tests, or None when one can (KG_TEST_NEO4J_URI, or the harness)."""
    if given_uri():
        return None
    if not shutil.which("java"):
        return f"no {URI_VARIABLE} and no `java` on PATH to run the Neo4j test harness"
    if not built():
        if not shutil.which("mvn"):
            return f"no {URI_VARIABLE} and no `mvn` on PATH to build the Neo4j test harness (tools/neo4j-test)"
        return f"no {URI_VARIABLE} and the Neo4j test harness is not built: run `make neo4j-harness`"
    return None


@dataclass
class HarnessServer:
    """A running harness: its Bolt URI, and the process to stop."""

    uri: str
    process: subprocess.Popen[str]

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        assert self.process.stdin is not None
        self.process.stdin.close()  # the launcher stops Neo4j and deletes its store
        try:
            self.process.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_harness(work_dir: Path) -> HarnessServer:
    """Start the harness with its store under ``work_dir``; RuntimeError if it prints no Bolt URI."""
    classpath = os.pathsep.join([str(TARGET / "classes"), str(TARGET / "lib" / "*")])
    log = (work_dir / "neo4j-harness.log").open("w", encoding="utf-8")
    process = subprocess.Popen(
        ["java", f"-Xmx{HEAP}", "-cp", classpath, LAUNCHER, str(work_dir)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, text=True,
    )
    log.close()  # the child holds it
    assert process.stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(process.stdout.readline() if process.stdout else ""), daemon=True).start()
    try:
        uri = lines.get(timeout=START_SECONDS).strip()
    except queue.Empty:
        uri = ""
    if not uri.startswith("bolt://"):
        HarnessServer(uri, process).stop()
        tail = (work_dir / "neo4j-harness.log").read_text(encoding="utf-8", errors="replace")[-2000:]
        raise RuntimeError(f"the Neo4j test harness did not start (exit {process.poll()}):\n{tail}")
    return HarnessServer(uri, process)


@contextmanager
def server_for_tests(work_dir: Path) -> Iterator[str]:
    """The Bolt URI of KG_TEST_NEO4J_URI, or of a harness started (its store under ``work_dir``) until the
    block ends; RuntimeError with the reason when there is neither."""
    if uri := given_uri():
        yield uri
        return
    if reason := unavailable_reason():
        raise RuntimeError(reason)
    server = start_harness(work_dir)
    try:
        yield server.uri
    finally:
        server.stop()


def credentials() -> tuple[str, str | None]:
    """(user, password) from NEO4J_USER and NEO4J_PASSWORD; no password for the harness, which runs with auth off."""
    settings = Settings()
    return settings.neo4j_user, settings.neo4j_password.get_secret_value() if settings.neo4j_password else None


def empty_store(uri: str) -> Neo4jStore:
    """A connection to the Neo4j at ``uri``, its graph emptied, its schema set up."""
    user, password = credentials()
    store = Neo4jStore.connect(uri, user, password, Settings().neo4j_database)
    try:
        store.clear()
        store.ensure_schema()
    except BaseException:
        store.close()
        raise
    return store
