"""The counts `stats` reads from FalkorDB's own tallies are those a scan of the graph gives, also after
documents are replaced and deleted (our invented example documents)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graph.loader import delete_document
from graph.stores.base import Store
from ingest.pipeline import ingest_paths
from queries.runner import QUERY_DIR, stats

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _scanned(store: Store) -> dict[str, Any]:
    counted: dict[str, dict[str, int]] = {"node": {}, "relationship": {}}
    for row in store.read((QUERY_DIR / "stats.cypher").read_text(encoding="utf-8")):
        counted[row["kind"]][row["name"]] = int(row["n"])
    return counted


def _nonzero(found: dict[str, Any]) -> dict[str, dict[str, int]]:
    return {kind: {name: n for name, n in found[kind].items() if n} for kind in ("nodes", "relationships")}


def test_stats_match_a_scan_after_loads_replacements_and_deletes(store: Store, tmp_path: Path) -> None:
    for example in EXAMPLES.glob("*.txt"):
        (tmp_path / example.name).write_bytes(example.read_bytes())
    report = ingest_paths(store, sorted(tmp_path.glob("*.txt")), workers=0)
    first = report.loaded[0]
    delete_document(store, first.document_id)
    changed = sorted(tmp_path.glob("*.txt"))[1]  # loaded second, still there
    changed.write_text(changed.read_text(encoding="utf-8") + "\n（本文有更新）\n", encoding="utf-8")
    assert ingest_paths(store, [changed], workers=0).loaded[0].status == "replaced"

    scanned = _scanned(store)
    assert _nonzero(stats(store).as_dict()) == {"nodes": scanned["node"], "relationships": scanned["relationship"]}
    assert scanned["node"]["Document"] == len(report.loaded) - 1
