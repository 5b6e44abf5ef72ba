"""The `kg` command on each store: the example documents, loaded through the CLI into the embedded store
and into Neo4j, give the same graph and the same answers (what a user of `docker compose up` gets)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph.stores.base import Store
from graph.stores.neo4j_store import Neo4jStore
from tests.snapshots import graph_snapshot

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
COI_EXAMPLES = ROOT / "coi_examples"
COI = ["coi", "--experts", str(COI_EXAMPLES / "experts.csv"),
       "--applicants", str(COI_EXAMPLES / "applicants.csv"), "--format", "json"]
# invented people and units of examples/
QUESTIONS = [COI, ["search", "明哲", "--json"], ["collaborators", "宋明哲", "--json"],
             ["path", "宋明哲", "南湖化学研究所", "--json"], ["stats", "--json"]]


def kg(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cli", *args], cwd=ROOT, env={**os.environ, **env},
                          capture_output=True, text=True, timeout=600)


def answers(env: dict[str, str]) -> list[object]:
    first = kg(env, "ingest", str(EXAMPLES), "--workers", "0")
    assert first.returncode == 0 and " 0 failed" in first.stdout, first.stdout + first.stderr
    again = kg(env, "ingest", str(EXAMPLES), "--workers", "0")
    assert again.returncode == 0 and "unchanged" in again.stdout, again.stdout + again.stderr
    found: list[object] = []
    for question in QUESTIONS:
        result = kg(env, *question)
        assert result.returncode == 0, (question, result.stderr)
        answer = json.loads(result.stdout)
        if isinstance(answer, dict):
            answer.pop("elapsed_ms", None)  # the one figure that may differ
        found.append(answer)
    return found


@pytest.mark.neo4j
def test_the_examples_give_the_same_graph_and_answers_on_both_stores(
        embedded_store: Store, embedded_data_dir: Path, neo4j_store: Neo4jStore, neo4j_uri: str) -> None:
    on_embedded = answers({"KG_STORE": "embedded", "KG_DATA_DIR": str(embedded_data_dir)})
    on_neo4j = answers({"KG_STORE": "neo4j", "NEO4J_URI": neo4j_uri})
    assert graph_snapshot(neo4j_store) == graph_snapshot(embedded_store)
    for question, embedded, neo4j in zip(QUESTIONS, on_embedded, on_neo4j, strict=True):
        assert neo4j == embedded, question
    coi = on_neo4j[0]
    assert isinstance(coi, dict) and coi["conflicts"], "the example experts and applicants conflict"
