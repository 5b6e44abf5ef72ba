"""`MirroredKnownEntities`: a batch resolved from memory loads the graph that reading the store loads, the copy
answers as the resolve_* queries do, and other writers are noticed (generated documents, invented names)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import graph.known_mirror
import ingest.pipeline
from bench.synth import write_corpus
from graph.evidence import RULES, EvidenceRules
from graph.known import GraphKnownEntities, variants_among
from graph.known_mirror import MAX_REFRESHES, EvidenceIndex, MirroredKnownEntities, known_for_batch
from graph.loader import load_document
from graph.schema import Label, RelType
from graph.stores.base import Store
from graph.stores.falkordb_store import FalkorDBStore
from ingest.model import Entity, Extraction, Relation, SourceDocument
from ingest.pipeline import ingest_paths, load_resolved, read_and_extract
from ingest.resolve import resolve
from ingest.resolve_people import one_character_apart
from ingest.to_graph import graph_document
from tests.ingest.test_pipeline_workers import _outcomes
from tests.snapshots import graph_snapshot


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    write_corpus(out, 80, seed=11)  # people recur across documents, namesakes among them
    return out


def _fresh(store: FalkorDBStore) -> None:
    store.clear()
    store.ensure_schema()


@pytest.mark.slow
def test_a_mirrored_batch_loads_the_graph_that_reading_the_store_loads(
        embedded_store: FalkorDBStore, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(graph.known_mirror, "MIN_FILES", 10**9)
    read_each_time = ingest_paths(embedded_store, [folder], workers=0)
    expected = graph_snapshot(embedded_store)
    _fresh(embedded_store)

    monkeypatch.setattr(graph.known_mirror, "MIN_FILES", 2)
    mirrored = ingest_paths(embedded_store, [folder], workers=0)

    assert graph_snapshot(embedded_store) == expected
    assert _outcomes(mirrored) == _outcomes(read_each_time)
    merged = [row for row in expected[0] if row["label"] == "Person" and len(row["sources"]) > 1]
    assert len(merged) > 20  # the corpus does make the resolver find people again


def _as_sets(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return sorted(tuple(sorted(v) if isinstance(v, list) else v for _, v in sorted(r.items())) for r in rows)


@pytest.mark.slow
def test_the_copy_kept_up_to_date_answers_as_the_queries_do(store: Store, folder: Path) -> None:
    known = MirroredKnownEntities(store)
    for path in sorted(folder.glob("*.txt"))[:40]:
        ready = read_and_extract(path)
        assert not isinstance(ready, ingest.pipeline.Rejected) and len(ready) == 1
        known.document_starts()
        resolved = resolve(*ready[0], known)
        rows = graph_document(resolved)
        known.loading(rows)
        known.loaded(rows, load_document(store, rows))
    kept = known.index
    assert kept is not None and known.refreshes == 1  # read once, at the start, and never again
    reread = MirroredKnownEntities(store)
    reread.document_starts()
    assert reread.index is not None
    assert kept.counts() == reread.index.counts()
    graph = GraphKnownEntities(store)

    people = sorted(kept.people_by_name)
    assert len(people) > 100 and len(kept.by_blank) > 100
    coworkers = people[::3]
    for index in (kept, reread.index):
        assert _as_sets(index.people_rows(people, coworkers)) == _as_sets(graph._people_rows(people, coworkers))
        long_names = [n for n in people if len(n) >= 3]
        variants = index.variants(long_names[::2], people)
        assert variants == graph._variants(long_names[::2], people) and any(variants.values())
        spellings = sorted({s for k, name in kept.org_name.items() for s in (name, *kept.org_aliases[k])})
        assert _as_sets(index.alias_rows(spellings)) == _as_sets(graph._alias_rows(spellings))
        prefixes = sorted({name[:2] for name in kept.org_name.values()} | {"甲", "中国"})
        assert _as_sets(index.prefix_rows(prefixes)) == _as_sets(graph._prefix_rows(prefixes))


# Other rules than the project's: each reading narrowed or widened, so that a rule the copy read differently
# from the statements would show.
ALTERED = EvidenceRules(units=(RelType.WORKS_AT,), unit_ancestry=1, shared_work=(RelType.AUTHORED, RelType.MEMBER_OF),
                        variant_work=(RelType.AUTHORED,), variant_min_length=2, orgs_per_prefix=3)


@pytest.mark.slow
@pytest.mark.parametrize("rules", [RULES, ALTERED], ids=["project", "altered"])
def test_the_copy_answers_as_the_statements_do_under_the_same_rules(
        embedded_store: FalkorDBStore, folder: Path, rules: EvidenceRules) -> None:
    _fresh(embedded_store)
    ingest_paths(embedded_store, sorted(folder.glob("*.txt"))[:30], workers=0)
    copy = MirroredKnownEntities(embedded_store, rules)
    copy.document_starts()
    index, graph = copy.index, GraphKnownEntities(embedded_store, rules)
    assert index is not None
    people = sorted(index.people_by_name)
    coworkers = people[::3]
    rows = graph._people_rows(people, coworkers)
    assert _as_sets(index.people_rows(people, coworkers)) == _as_sets(rows)
    long_names = [n for n in people if len(n) >= rules.variant_min_length][::2]
    assert index.variants(long_names, people) == graph._variants(long_names, people)
    spellings = sorted({s for k, name in index.org_name.items() for s in (name, *index.org_aliases[k])})
    assert _as_sets(index.alias_rows(spellings)) == _as_sets(graph._alias_rows(spellings))
    prefixes = sorted({name[:2] for name in index.org_name.values()} | {"甲", "中国"})
    # which of more than `orgs_per_prefix` organizations each side returns is its own: both say "too many"
    assert copy.orgs_starting_with(prefixes) == graph.orgs_starting_with(prefixes)
    if rules is ALTERED:  # the rules do change the answers
        assert _as_sets(rows) != _as_sets(GraphKnownEntities(embedded_store)._people_rows(people, coworkers))


def _document(name: str, person: str, unit: str) -> tuple[SourceDocument, Extraction]:
    entities = (Entity(type=Label.PERSON, name=person), Entity(type=Label.ORGANIZATION, name=unit))
    relations = (Relation(RelType.WORKS_AT, person, unit),)
    text = f"{person}，{unit}。"
    return (SourceDocument(name=name, text=text, encoding="utf-8", size=len(text.encode())),
            Extraction(document=name, genre="news", entities=entities, relations=relations))


def test_a_document_another_writer_loads_is_read_before_the_next_one(embedded_store: FalkorDBStore) -> None:
    _fresh(embedded_store)
    known = MirroredKnownEntities(embedded_store)
    known.document_starts()
    load_resolved(embedded_store, resolve(*_document("other.txt", "欧阳某岚", "丙市某研究所"), GraphKnownEntities(embedded_store)))

    known.document_starts()
    assert known.refreshes == 2 and [p.key for p in known.people_named("欧阳某岚")] == ["person:欧阳某岚@org:丙市某研究所"]
    assert known.org_keys_for_aliases(["丙市某研究所"]) == {"丙市某研究所": "org:丙市某研究所"}


def test_a_replaced_version_is_read_again_and_too_many_rereads_give_up_the_copy(embedded_store: FalkorDBStore) -> None:
    _fresh(embedded_store)
    known = MirroredKnownEntities(embedded_store)
    for unit in ("丁省某医院", "戊省某医院", "己省某医院", "庚省某医院"):  # each a new version of the same file
        known.document_starts()
        resolved = resolve(*_document("same.txt", "端木某", unit), known)
        rows = graph_document(resolved)
        known.loading(rows)
        known.loaded(rows, load_document(embedded_store, rows))
        known.document_starts()
        [person] = known.people_named("端木某")
        assert person.org_keys == (f"org:{unit}",)  # the older version's person is gone, from the copy too
    assert known.refreshes == MAX_REFRESHES + 1 and known.index is None  # now read from the store each time
    assert [p.org_keys for p in known.people_named("端木某")] == [("org:庚省某医院",)]


def test_the_index_follows_renames_and_aliases() -> None:
    index = EvidenceIndex()
    index.set_organization("org:a", "甲大学附属医院", ["甲附院"])
    index.set_organization("org:a", "甲大学第一医院", ["甲一院", "甲附院"])
    assert index.org_aliases["org:a"] == ["甲附院", "甲一院"]
    assert index.alias_rows(["甲大学附属医院", "甲大学第一医院", "甲一院"]) == [
        {"alias": "甲大学第一医院", "key": "org:a"}, {"alias": "甲一院", "key": "org:a"}]
    assert [r["name"] for r in index.prefix_rows(["甲大"])] == ["甲大学第一医院"]
    index.set_person("person:x", "孙某")
    index.set_person("person:x", "孙某某")
    assert index.people_by_name == {"孙某": set(), "孙某某": {"person:x"}}


def _first_batch(folder: Path, out: Path) -> Path:
    """The first 30 files (in a folder of their own: a file's versions are those at its path)."""
    out.mkdir(exist_ok=True)
    for path in out.glob("*.txt"):
        path.unlink()
    for path in sorted(folder.glob("*.txt"))[:30]:
        (out / path.name).write_bytes(path.read_bytes())
    return out


def _second_batch(folder: Path, out: Path) -> Path:
    """Over the first: three files changed (new versions of loaded documents), the other 27 unchanged, 20 new."""
    files = sorted(folder.glob("*.txt"))
    for i, path in enumerate(files[:50]):
        text = path.read_text(encoding="utf-8")
        (out / path.name).write_text(text + "\n附：本文有更新。\n" if i in (3, 11, 19) else text, encoding="utf-8")
    return out


@pytest.mark.slow
def test_replaced_versions_and_failed_writes_in_a_mirrored_batch_give_the_serialgraph_snapshot(
        embedded_store: FalkorDBStore, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    batch = tmp_path / "batch"
    failing = sorted(folder.glob("*.txt"))[40].name
    real_load = ingest.pipeline.load_document

    def load_or_fail(store: Store, doc: Any) -> Any:
        if doc.document.name == failing:
            raise ingest.pipeline.GraphError("injected failure")
        return real_load(store, doc)

    monkeypatch.setattr(ingest.pipeline, "load_document", load_or_fail)
    results = []
    for threshold in (10**9, 2):  # read the store each time, then mirrored
        monkeypatch.setattr(graph.known_mirror, "MIN_FILES", threshold)
        _fresh(embedded_store)
        ingest_paths(embedded_store, [_first_batch(folder, batch)], workers=0)
        report = ingest_paths(embedded_store, [_second_batch(folder, batch)], workers=0)
        results.append((graph_snapshot(embedded_store), _outcomes(report)))

    assert results[1] == results[0]
    statuses = [status for _, status in results[0][1][0]]
    assert statuses.count("replaced") == 3 and statuses.count("unchanged") == 27 and statuses.count("added") == 19
    assert [r.name for r in results[0][1][1]] == [failing]


def test_a_copy_is_read_only_for_a_batch_large_for_thegraph_snapshot(embedded_store: FalkorDBStore, monkeypatch: pytest.MonkeyPatch) -> None:
    _fresh(embedded_store)
    for i, unit in enumerate(("丁省某医院", "戊省某医院", "己省某医院")):
        load_resolved(embedded_store, resolve(*_document(f"{i}.txt", "端木某", unit), GraphKnownEntities(embedded_store)))
    monkeypatch.setattr(graph.known_mirror, "MIN_FILES", 2)
    monkeypatch.setattr(graph.known_mirror, "DOCUMENTS_PER_FILE", 2)

    assert type(known_for_batch(embedded_store, 1)) is GraphKnownEntities  # fewer than MIN_FILES
    assert type(known_for_batch(embedded_store, 2)) is MirroredKnownEntities  # 2 files x 2 >= 3 documents
    monkeypatch.setattr(graph.known_mirror, "DOCUMENTS_PER_FILE", 1)
    assert type(known_for_batch(embedded_store, 2)) is GraphKnownEntities  # 2 files x 1 < 3 documents


@given(st.lists(st.text(alphabet="王汨汩某一二", min_size=1, max_size=4), max_size=12),
       st.lists(st.text(alphabet="王汨汩某一二", min_size=1, max_size=4), max_size=30))
def test_variants_by_lookup_are_the_names_one_character_apart(names: list[str], candidates: list[str]) -> None:
    expected = {n: sorted({c for c in candidates if one_character_apart(n, c)}) for n in names}
    assert variants_among(names, candidates) == expected
