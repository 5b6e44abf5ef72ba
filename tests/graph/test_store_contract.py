"""The contract every backend keeps: given these documents, the graph holds exactly these facts."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from graph import loader
from graph.errors import GraphError, LoadError, QueryError
from graph.loader import delete_document
from graph.schema import Label, RelType
from graph.stores.base import Store
from ingest.pipeline import load_resolved
from queries.runner import run_query, stats
from tests.graph.samples import HOSPITAL, PAPER, guideline, key_for, news, nomination, nomination_revised
from tests.snapshots import graph_snapshot, node_provenance

T0 = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
T1 = datetime(2024, 6, 1, 8, 0, tzinfo=UTC)


def node(store: Store, label: Label, key: str) -> dict[str, Any] | None:
    """The node's properties with its provenance (`sources`, `spans`: from the documents that MENTION it)."""
    rows = store.read(f"MATCH (n:{label} {{key: $key}}) RETURN n", {"key": key})
    provenance = node_provenance(store, key)
    return {**rows[0]["n"], **(provenance or {})} if rows else None


def rel_sources(store: Store, rel_type: RelType, source: str, target: str) -> list[str] | None:
    rows = store.read(
        f"MATCH (a {{key: $a}})-[r:{rel_type}]->(b {{key: $b}}) RETURN r.sources AS sources", {"a": source, "b": target}
    )
    return sorted(rows[0]["sources"]) if rows else None


def test_ping_names_the_server(store: Store) -> None:
    assert any(ch.isdigit() for ch in store.ping())


def test_a_read_cannot_write(store: Store) -> None:
    # reads go through read transactions: on a Neo4j cluster, a secondary may serve them
    with pytest.raises(QueryError):
        store.read("CREATE (:Person {key: 'person:赵一鸣'})")
    assert store.read("MATCH (n) RETURN count(n) AS n") == [{"n": 0}]


def test_schema_is_idempotent_and_keys_are_unique(store: Store) -> None:
    store.ensure_schema()
    store.ensure_schema()
    store.write("CREATE (:Person {key: 'person:赵一鸣'})")
    with pytest.raises(QueryError):
        store.write("CREATE (:Person {key: 'person:赵一鸣'})")


def test_a_new_document_is_added_with_every_fact(store: Store) -> None:
    doc = nomination()
    result = load_resolved(store, doc, now=T0)
    assert result.status == "added" and result.document_id == doc.source.id
    assert result.nodes_created == 1 + 9  # the document and its nine entities
    assert result.relationships_created == 11 + 9  # eleven facts and nine MENTIONS
    s = stats(store).as_dict()
    assert s["documents"] == 1
    assert s["nodes"]["Person"] == 2 and s["nodes"]["Organization"] == 3 and s["nodes"]["Patent"] == 1
    assert s["relationships"]["WORKS_AT"] == 2 and s["relationships"]["MENTIONS"] == 9
    hospital = node(store, Label.ORGANIZATION, key_for(Label.ORGANIZATION, HOSPITAL))
    assert hospital is not None
    assert hospital["kind"] == "hospital" and hospital["aliases"] == ["某某附院"] and hospital["parent"] == "某某大学"
    paper = node(store, Label.PAPER, key_for(Label.PAPER, PAPER))
    assert paper is not None and paper["year"] == 2021 and paper["indexed_in"] == ["SCI"]
    authored = store.read("MATCH (:Person)-[r:AUTHORED]->(:Paper) RETURN r.order AS o, r.corresponding AS c")
    assert authored == [{"o": 1, "c": True}]
    patent = store.read("MATCH (:Person)-[:INVENTED]->(p:Patent) RETURN p.key AS key, p.number AS number")
    assert patent == [{"key": "patent:ZL202310000001.X", "number": "ZL202310000001.X"}]
    document = store.read("MATCH (d:Document) RETURN d.name AS name, d.genre AS genre, d.text AS text, d.size AS size")
    assert document == [{"name": "001_nomination.txt", "genre": "award_nomination", "text": doc.source.text,
                         "size": doc.source.size}]


def test_loading_the_same_document_again_changes_nothing(store: Store) -> None:
    first = load_resolved(store, nomination(), now=T0)
    before = stats(store)
    again = load_resolved(store, nomination(), now=T1)
    assert again.status == "unchanged" and (again.nodes_created, again.relationships_created) == (0, 0)
    assert stats(store) == before
    assert store.read("MATCH (d:Document {id: $id}) RETURN d.ingested_at AS at", {"id": first.document_id}) == [
        {"at": T0.isoformat()}
    ]


def test_the_same_text_under_another_file_name_is_already_loaded(store: Store) -> None:
    doc = nomination()
    load_resolved(store, doc, now=T0)
    before = stats(store)
    copy = replace(doc, source=replace(doc.source, name="001_nomination_copy.txt"))
    assert load_resolved(store, copy, now=T1).status == "unchanged"
    assert stats(store) == before


def test_facts_from_two_documents_carry_both_as_sources(store: Store) -> None:
    a, b = nomination(), news()
    load_resolved(store, a, now=T0)
    load_resolved(store, b, now=T0)
    zhao = node(store, Label.PERSON, "person:赵一鸣")
    assert zhao is not None and sorted(zhao["sources"]) == sorted([a.source.id, b.source.id])
    assert {s.split(":")[0] for s in zhao["spans"]} == {a.source.id, b.source.id}
    hospital = node(store, Label.ORGANIZATION, key_for(Label.ORGANIZATION, HOSPITAL))
    assert hospital is not None and sorted(hospital["aliases"]) == ["某某大学附院", "某某附院"]
    assert rel_sources(store, RelType.WORKS_AT, "person:赵一鸣", hospital["key"]) == sorted([a.source.id, b.source.id])


def test_a_new_version_of_a_file_replaces_the_old_and_keeps_other_documents_facts(store: Store) -> None:
    old, other, new = nomination(), news(), nomination_revised()
    load_resolved(store, old, now=T0)
    load_resolved(store, other, now=T0)
    result = load_resolved(store, new, now=T1)
    assert result.status == "replaced"
    ids = sorted(row["id"] for row in store.read("MATCH (d:Document) RETURN d.id AS id"))
    assert ids == sorted([other.source.id, new.source.id])
    assert node(store, Label.PERSON, "person:钱二白") is None  # only the old version named him
    assert node(store, Label.PAPER, key_for(Label.PAPER, PAPER)) is None
    assert node(store, Label.PERSON, "person:孙三思") is not None
    zhao = node(store, Label.PERSON, "person:赵一鸣")
    assert zhao is not None and sorted(zhao["sources"]) == sorted([other.source.id, new.source.id])
    assert not any(s.startswith(old.source.id) for s in zhao["spans"])
    hospital_key = key_for(Label.ORGANIZATION, HOSPITAL)
    assert rel_sources(store, RelType.WORKS_AT, "person:赵一鸣", hospital_key) == sorted([other.source.id, new.source.id])
    assert rel_sources(store, RelType.LEADS, "person:赵一鸣", hospital_key) == [other.source.id]
    assert rel_sources(store, RelType.OWNS, hospital_key, "patent:ZL202310000001.X") is None
    nodes, relationships = graph_snapshot(store)
    assert not [n for n in nodes if old.source.id in n["sources"] or any(s.startswith(old.source.id) for s in n["spans"])]
    assert not [r for r in relationships if old.source.id in r["sources"]]
    # the graph is what loading the two current documents into an empty store gives
    assert stats(store).nodes["Person"] == 3  # 赵一鸣, 孙三思, 赵一鸣@某某研究所


def test_deleting_a_document_leaves_what_others_support(store: Store) -> None:
    load_resolved(store, news(), now=T0)
    alone = stats(store)
    doc = nomination()
    load_resolved(store, doc, now=T0)
    delete_document(store, doc.source.id)
    assert stats(store) == alone
    delete_document(store, doc.source.id)  # deleting twice is harmless
    assert stats(store) == alone


def test_a_load_failing_half_way_leaves_nothing_of_it(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    load_resolved(store, news(), now=T0)
    old = nomination()
    load_resolved(store, old, now=T0)
    before = stats(store)
    snapshot = store.read("MATCH (n) RETURN n.key AS key, n.sources AS sources ORDER BY key")
    real_plan = loader.plan_document

    def failing_plan(doc: Any, now: datetime) -> tuple[list[Any], list[str]]:
        statements, rejected = real_plan(doc, now)
        middle = len(statements) // 2
        # a duplicate key violates the unique constraint after half the statements have run
        boom = ("CREATE (:Person {key: $key})", {"key": "person:赵一鸣"})
        return [*statements[:middle], boom, *statements[middle:]], rejected

    monkeypatch.setattr(loader, "plan_document", failing_plan)
    with pytest.raises(LoadError):
        load_resolved(store, guideline(), now=T1)  # a new document
    with pytest.raises(LoadError):
        load_resolved(store, nomination_revised(), now=T1)  # a replacement: its removals must roll back too
    assert stats(store) == before
    assert store.read("MATCH (n) RETURN n.key AS key, n.sources AS sources ORDER BY key") == snapshot


def test_write_atomic_is_all_or_nothing(store: Store) -> None:
    with pytest.raises(GraphError):
        store.write_atomic([
            ("CREATE (:Person {key: $k})", {"k": "person:甲"}),
            ("UNWIND $rows AS row CREATE (:Person {key: row})", {"rows": ["person:乙", "person:甲"]}),
        ])
    assert store.read("MATCH (n) RETURN count(n) AS n") == [{"n": 0}]
    counts = store.write_atomic([
        ("CREATE (:Person {key: $k})", {"k": "person:甲"}),
        ("MATCH (a:Person {key: $k}) CREATE (a)-[:WORKS_AT]->(:Organization {key: $o})", {"k": "person:甲", "o": "o"}),
    ])
    assert (counts.nodes_created, counts.relationships_created) == (2, 1)


def test_every_fact_carries_its_provenance(store: Store) -> None:
    for doc in (nomination(), news(), guideline()):
        load_resolved(store, doc, now=T0)
    bare_nodes = store.read(
        "MATCH (n) WHERE NOT n:Document OPTIONAL MATCH (:Document)-[m:MENTIONS]->(n) WITH n, collect(m.spans) AS spans "
        "WHERE size(spans) = 0 OR any(s IN spans WHERE size(s) = 0) RETURN n.key AS key"
    )
    assert bare_nodes == []
    bare_rels = store.read(
        "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' AND (r.sources IS NULL OR size(r.sources) = 0 OR r.spans IS NULL) "
        "RETURN type(r) AS type"
    )
    assert bare_rels == []
    spans = node_provenance(store, "person:李四海")["spans"]  # type: ignore[index]
    doc = guideline()
    doc_id, start, end = spans[0].split(":")
    assert doc_id == doc.source.id and doc.source.text[int(start):int(end)] == "李四海"


def test_rules_relations_of_ambiguous_names_and_rejects(store: Store) -> None:
    doc = guideline()
    result = load_resolved(store, doc, now=T0)
    assert result.rejected == ("AUTHORED '李四海' -> '不存在的论文': unknown end",)
    rule = store.read(
        "MATCH (:Document {id: $id})-[:STATES]->(r:Rule) RETURN r.key AS key, r.constraint AS c, r.params_json AS p",
        {"id": doc.source.id},
    )
    assert rule == [{"key": f"rule:{doc.source.id}:r1", "c": "max_applications_per_leader", "p": '{"max": "1"}'}]
    targets = store.read("MATCH (:Person)-[:MEMBER_OF]->(p) RETURN labels(p)[0] AS label")
    assert targets == [{"label": "Project"}]
    part_of = store.read("MATCH (a)-[:PART_OF]->(b) RETURN labels(a)[0] AS a, labels(b)[0] AS b")
    assert part_of == [{"a": "Project", "b": "Project"}]


def test_possibly_same_people_are_linked_not_merged(store: Store) -> None:
    doc = news()
    load_resolved(store, doc, now=T0)
    rows = store.read(
        "MATCH (a:Person)-[r:POSSIBLY_SAME]->(b:Person) RETURN a.key AS a, b.key AS b, r.score AS score, r.sources AS s"
    )
    assert rows == [{"a": "person:赵一鸣", "b": "person:赵一鸣@某某研究所", "score": 0.4, "s": [doc.source.id]}]
    delete_document(store, doc.source.id)
    assert store.read("MATCH ()-[r]->() RETURN count(r) AS n") == [{"n": 0}]
    assert store.read("MATCH (n) RETURN count(n) AS n") == [{"n": 0}]


def test_stats_lists_every_label_and_type(store: Store) -> None:
    empty = stats(store).as_dict()
    assert empty["documents"] == 0
    assert set(empty["nodes"]) == {str(label) for label in Label}
    assert set(empty["relationships"]) == {str(t) for t in RelType}
    assert not any(empty["nodes"].values()) and not any(empty["relationships"].values())
    load_resolved(store, guideline(), now=T0)
    s = stats(store).as_dict()
    assert s["documents"] == 1 and s["nodes"]["Rule"] == 1 and s["relationships"]["STATES"] == 1


def test_search_finds_entities_by_substring_and_alias(store: Store) -> None:
    load_resolved(store, nomination(), now=T0)
    load_resolved(store, news(), now=T0)

    def search(q: str, labels: list[str] | None = None, skip: int = 0, limit: int = 10) -> list[dict[str, Any]]:
        return run_query(store, "search", q=q, labels=labels, skip=skip, limit=limit)

    by_alias = search("某某附院")
    assert [r["key"] for r in by_alias] == [key_for(Label.ORGANIZATION, HOSPITAL)]
    assert {k: by_alias[0][k] for k in ("key", "label", "name", "kind", "aliases")} == {
        "key": key_for(Label.ORGANIZATION, HOSPITAL), "label": "Organization", "name": HOSPITAL,
        "kind": "hospital", "aliases": ["某某附院", "某某大学附院"]}
    assert [r["name"] for r in search("一鸣", ["Person"])] == ["赵一鸣", "赵一鸣@某某研究所"]
    orgs = search("某某", ["Organization"])
    assert [r["name"] for r in orgs] == ["某某大学", "某某研究所", HOSPITAL]  # shorter names first
    assert [r["name"] for r in search("某某", ["Organization"], skip=1, limit=1)] == ["某某研究所"]
    assert search("某某疾病", ["Person"]) == []
    assert search("无此名称") == []


def test_a_search_in_traditional_characters_finds_the_names_the_graph_keeps_in_simplified(store: Store) -> None:
    from queries.collab import search

    load_resolved(store, news(), now=T0)
    assert "赵一鸣" in [hit.name for hit in search(store, "趙一鳴", ["Person"])]
