"""Check Cypher against Neo4j's grammar offline (tools/cypher_lint.mjs, @neo4j-cypher/language-support).

Usage from any test: ``errors = lint_neo4j(statements)``; ``lint_unavailable()`` gives the reason
to skip when node or node_modules are missing (``npm ci`` at the repository root installs them).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tools" / "cypher_lint.mjs"
PACKAGE = ROOT / "node_modules" / "@neo4j-cypher" / "language-support"


def lint_unavailable() -> str | None:
    """Why the check cannot run here, or None when it can."""
    if shutil.which("node") is None:
        return "node is not installed"
    if not PACKAGE.is_dir():
        return "node_modules/@neo4j-cypher/language-support is missing: run `npm ci` at the repository root"
    return None


def lint_neo4j(statements: Sequence[str]) -> list[tuple[str, str]]:
    """(statement, message) for every syntax error Neo4j's parser finds; [] when all parse."""
    proc = subprocess.run(
        ["node", str(SCRIPT)], input=json.dumps(list(statements)), capture_output=True, text=True, cwd=ROOT,
        timeout=120,
    )
    if proc.returncode not in (0, 1) or not proc.stdout.strip():
        raise RuntimeError(f"cypher_lint.mjs failed: {proc.stderr.strip()}")
    report = json.loads(proc.stdout)
    return [(statements[i], error["message"]) for i, entry in enumerate(report) for error in entry["errors"]]
