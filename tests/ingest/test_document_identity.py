"""A document is its text at its path: nothing is replaced by a namesake in another folder, a file holding
several documents loads them all, each with its own provenance, and ingesting twice changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

import graph.known_mirror
from graph.stores.falkordb_store import FalkorDBStore
from ingest.model import SourceDocument
from ingest.normalize import normalise
from ingest.pipeline import extract_file, ingest_paths, load_resolved
from ingest.resolve import NoKnownEntities, resolve
from tests.ingest.test_split import EXAMPLES, _second_nomination
from tests.shared import shared
from tests.snapshots import graph_snapshot

PEOPLE_OF = "MATCH (:Document {name: $name})-[:MENTIONS]->(p:Person) RETURN p.name AS name ORDER BY name"
DOCUMENTS = "MATCH (d:Document) RETURN d.name AS name ORDER BY name"
PROJECTS = "MATCH (p:Project) RETURN p.name AS name ORDER BY name"


def _people(store: FalkorDBStore, name: str) -> set[str]:
    return {row["name"] for row in store.read(PEOPLE_OF, {"name": name})}


def _two_years(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "2031" / "公示.txt", tmp_path / "2032" / "公示.txt"
    first.parent.mkdir()
    second.parent.mkdir()
    first.write_bytes((EXAMPLES / "award_invented_east_river.txt").read_bytes())
    second.write_text(_second_nomination(), encoding="utf-8")
    return first, second


def test_two_files_of_one_name_in_two_folders_are_two_documents(embedded_store: FalkorDBStore, tmp_path: Path) -> None:
    first, second = _two_years(tmp_path)
    report = ingest_paths(embedded_store, [first, second], workers=0)
    assert [r.status for r in report.loaded] == ["added", "added"]
    assert _people(embedded_store, "公示.txt") >= {"宋明哲", "顾晓琳", "柯远舟", "卜思源"}
    assert [r["name"] for r in embedded_store.read(PROJECTS)] == ["慢性肾病早期诊断与综合防治体系建设",
                                                                   "青苔病快速检测技术及推广应用"]


def test_a_changed_file_replaces_its_own_document_only(embedded_store: FalkorDBStore, tmp_path: Path) -> None:
    first, second = _two_years(tmp_path)
    ingest_paths(embedded_store, [first, second], workers=0)
    second.write_text(second.read_text(encoding="utf-8").replace("管一帆", "管一航"), encoding="utf-8")
    report = ingest_paths(embedded_store, [first, second], workers=0)
    assert [r.status for r in report.loaded] == ["unchanged", "replaced"]
    people = _people(embedded_store, "公示.txt")
    assert "管一航" in people and "管一帆" not in people and {"宋明哲", "严子墨"} <= people


def test_the_same_text_at_two_paths_survives_an_edit_of_one_copy(embedded_store: FalkorDBStore, tmp_path: Path) -> None:
    first, copy = tmp_path / "a" / "公示.txt", tmp_path / "b" / "公示.txt"
    for path in (first, copy):
        path.parent.mkdir()
        path.write_bytes((EXAMPLES / "award_invented_east_river.txt").read_bytes())
    assert [r.status for r in ingest_paths(embedded_store, [first, copy], workers=0).loaded] == ["added", "added"]
    first.write_text(_second_nomination(), encoding="utf-8")
    assert [r.status for r in ingest_paths(embedded_store, [first], workers=0).loaded] == ["replaced"]
    assert {"宋明哲", "柯远舟"} <= _people(embedded_store, "公示.txt")


def test_ingesting_twice_changes_nothing(embedded_store: FalkorDBStore, tmp_path: Path) -> None:
    first, second = _two_years(tmp_path)
    both = tmp_path / "both.txt"
    both.write_text(first.read_text(encoding="utf-8") + second.read_text(encoding="utf-8"), encoding="utf-8")
    ingest_paths(embedded_store, [tmp_path], workers=0)
    before = graph_snapshot(embedded_store)
    report = ingest_paths(embedded_store, [tmp_path], workers=0)
    assert {r.status for r in report.loaded} == {"unchanged"} and len(report.loaded) == 4
    assert graph_snapshot(embedded_store) == before


@pytest.mark.parametrize("mirrored", [False, True], ids=["reads", "mirrored"])
def test_a_file_of_two_nominations_loads_both_each_with_its_own_provenance(
        embedded_store: FalkorDBStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mirrored: bool) -> None:
    if mirrored:  # the bulk path: resolution evidence kept in memory, writes pipelined
        monkeypatch.setattr(graph.known_mirror, "MIN_FILES", 1)
        monkeypatch.setattr(graph.known_mirror, "DOCUMENTS_PER_FILE", 10**6)
    both = tmp_path / "公示.txt"
    both.write_text(normalise((EXAMPLES / "award_invented_east_river.txt").read_text(encoding="utf-8"))
                    + _second_nomination(), encoding="utf-8")
    report = ingest_paths(embedded_store, [both], workers=0)
    assert [r.status for r in report.loaded] == ["added", "added"] and not report.rejected
    assert [r["name"] for r in embedded_store.read(DOCUMENTS)] == ["公示.txt#1", "公示.txt#2"]
    assert {"宋明哲", "顾晓琳", "严子墨", "欧阳清"} <= _people(embedded_store, "公示.txt#1")
    assert {"柯远舟", "卜思源", "管一帆", "皇甫宁"} <= _people(embedded_store, "公示.txt#2")
    assert not {"柯远舟", "卜思源"} & _people(embedded_store, "公示.txt#1")
    assert len(embedded_store.read(PROJECTS)) == 2

    both.write_text(both.read_text(encoding="utf-8").replace("皇甫宁", "皇甫静"), encoding="utf-8")
    again = ingest_paths(embedded_store, [both], workers=0)
    assert [r.status for r in again.loaded] == ["unchanged", "replaced"]
    assert "皇甫静" in _people(embedded_store, "公示.txt#2") and "宋明哲" in _people(embedded_store, "公示.txt#1")


def test_a_file_that_now_holds_one_document_replaces_all_its_old_parts(
        embedded_store: FalkorDBStore, tmp_path: Path) -> None:
    path = tmp_path / "公示.txt"
    path.write_text(normalise((EXAMPLES / "award_invented_east_river.txt").read_text(encoding="utf-8"))
                    + _second_nomination(), encoding="utf-8")
    ingest_paths(embedded_store, [path], workers=0)
    path.write_text(_second_nomination(), encoding="utf-8")
    assert [r.status for r in ingest_paths(embedded_store, [path], workers=0).loaded] == ["replaced"]
    assert [r["name"] for r in embedded_store.read(DOCUMENTS)] == ["公示.txt"]
    assert [r["name"] for r in embedded_store.read(PROJECTS)] == ["青苔病快速检测技术及推广应用"]


def test_a_document_written_before_paths_is_taken_over_not_doubled(
        embedded_store: FalkorDBStore, tmp_path: Path) -> None:
    path = tmp_path / "公示.txt"
    path.write_bytes((EXAMPLES / "award_invented_east_river.txt").read_bytes())
    source, extraction = extract_file(path)
    legacy = SourceDocument(name=source.name, text=source.text, encoding=source.encoding, size=source.size)
    load_resolved(embedded_store, resolve(legacy, extraction, NoKnownEntities()))
    assert [r.status for r in ingest_paths(embedded_store, [path], workers=0).loaded] == ["replaced"]
    assert [r["name"] for r in embedded_store.read(DOCUMENTS)] == ["公示.txt"]


ENTITIES = "MATCH (n) WHERE n.key IS NOT NULL AND NOT n:Document RETURN labels(n)[0] AS label, n.name AS name"


def _entities(store: FalkorDBStore) -> set[tuple[str, str]]:
    return {(str(r["label"]), str(r["name"])) for r in store.read(ENTITIES)}


def test_two_seed_nominations_pasted_into_one_file_lose_nothing(embedded_store: FalkorDBStore, tmp_path: Path) -> None:
    [seeds] = shared("seeds")
    awards = [p for p in sorted(seeds.glob("*.txt")) if extract_file(p)[1].genre == "award_nomination"][:2]
    if len(awards) < 2:
        pytest.skip("fewer than two award nominations among the seeds")
    texts = [normalise(p.read_text(encoding="utf-8")) for p in awards]
    for i, text in enumerate(texts):
        (tmp_path / f"alone_{i}.txt").write_text(text, encoding="utf-8")
    ingest_paths(embedded_store, sorted(tmp_path.glob("alone_*.txt")), workers=0)
    alone = _entities(embedded_store)
    embedded_store.clear()
    embedded_store.ensure_schema()
    pasted = tmp_path / "pasted.txt"
    pasted.write_text("".join(texts), encoding="utf-8")
    report = ingest_paths(embedded_store, [pasted], workers=0)
    assert [r.status for r in report.loaded] == ["added", "added"]
    assert _entities(embedded_store) == alone
