"""A Neo4j server for the tests: the in-process harness of tools/neo4j-test, or the one NEO4J_URI names.

`make neo4j-harness` (and `.ci/run`) builds the harness with Maven; `start_harness` runs it under Java
with a bounded heap and reads the Bolt URI it prints; closing its stdin stops it.
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

HARNESS_DIR = Path(__file__).resolve().parents[1] / "tools" / "neo4j-test"
TARGET = HARNESS_DIR / "target"
LAUNCHER = "kg.neo4jtest.Launcher"
HEAP = os.environ.get("KG_NEO4J_TEST_HEAP", "1g")
START_SECONDS = 180.0  # a cold JVM on two busy cores takes 20 s or more
STOP_SECONDS = 60.0
REQUIRE_VARIABLE = "KG_REQUIRE_NEO4J"


def required() -> bool:
    """CI sets KG_REQUIRE_NEO4J=1: a Neo4j test that cannot run is then a failure, not a skip."""
    return os.environ.get(REQUIRE_VARIABLE, "") not in ("", "0")


def built() -> bool:
    return (TARGET / "classes" / "kg" / "neo4jtest" / "Launcher.class").is_file() and (TARGET / "lib").is_dir()


def unavailable_reason() -> str | None:
    """Why no Neo4j can be had for the tests, or None when one can (a NEO4J_URI, or the harness)."""
    if os.environ.get("NEO4J_URI"):
        return None
    if not shutil.which("java"):
        return "no NEO4J_URI and no `java` on PATH to run the Neo4j test harness"
    if not built():
        if not shutil.which("mvn"):
            return "no NEO4J_URI and no `mvn` on PATH to build the Neo4j test harness (tools/neo4j-test)"
        return "no NEO4J_URI and the Neo4j test harness is not built: run `make neo4j-harness`"
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
