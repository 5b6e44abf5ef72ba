"""A node's provenance is on the MENTIONS from each document that names it: profiles read it there, and a
graph written with the older per-node lists is upgraded in place when the store opens."""

from __future__ import annotations

from datetime import UTC, datetime

from graph.schema import Label
from graph.stores.base import Store
from graph.upgrade import upgrade_node_provenance
from ingest.pipeline import load_resolved
from queries.collab import profile
from queries.runner import run_query
from tests.graph.samples import guideline, key_for, news, nomination
from tests.snapshots import graph_snapshot, node_provenance

T0 = datetime(2025, 3, 1, tzinfo=UTC)
ZHAO = "person:赵一鸣"

# What a graph written before the move looks like: lists on the nodes, bare MENTIONS.
_TO_OLD_FORM = """MATCH (n) WHERE NOT n:Document
MATCH (d:Document)-[m:MENTIONS]->(n)
WITH n, collect(d.id) AS sources, collect(m.spans) AS spans, collect(m) AS mentions
SET n.sources = sources, n.spans = reduce(all = [], s IN spans | all + s)
WITH mentions
UNWIND mentions AS m
SET m.spans = null"""


def _load_all(store: Store) -> list[str]:
    docs = [nomination(), news(), guideline()]
    for doc in docs:
        load_resolved(store, doc, now=T0)
    return [d.source.id for d in docs]


def test_nodes_carry_no_provenance_lists_and_each_mention_holds_its_documents_spans(store: Store) -> None:
    ids = _load_all(store)
    assert store.read("MATCH (n) WHERE n.sources IS NOT NULL OR n.spans IS NOT NULL RETURN n.key AS key") == []
    zhao = node_provenance(store, ZHAO)
    assert zhao is not None and zhao["sources"] == sorted(ids[:2])
    assert {s.split(":")[0] for s in zhao["spans"]} == set(ids[:2])
    texts = {d.source.id: d.source.text for d in (nomination(), news())}
    for span in zhao["spans"]:
        doc, start, end = span.split(":")
        assert texts[doc][int(start):int(end)] == "赵一鸣"


def test_a_guides_rules_keep_their_spans_on_what_the_guide_states(store: Store) -> None:
    guide = guideline()
    load_resolved(store, guide, now=T0)
    rules = run_query(store, "guide_rules", doc=guide.source.id)
    assert rules and all(r["spans"] and all(s.startswith(guide.source.id + ":") for s in r["spans"]) for r in rules)


def test_a_profile_gives_the_documents_that_mention_an_entity_capped(store: Store) -> None:
    ids = _load_all(store)
    whole = profile(store, ZHAO).entity
    assert whole["sources"] == sorted(ids[:2]) and whole["mentioned_in"] == 2
    assert {s.split(":")[0] for s in whole["spans"]} == set(ids[:2])
    capped = profile(store, ZHAO, max_sources=1).entity
    assert capped["sources"] == sorted(ids[:2])[:1] and capped["mentioned_in"] == 2
    assert all(s.startswith(capped["sources"][0] + ":") for s in capped["spans"])


def test_an_older_graph_is_upgraded_to_the_same_graph_once(store: Store) -> None:
    _load_all(store)
    current = graph_snapshot(store)
    hospital = key_for(Label.ORGANIZATION, "某某大学附属医院")
    before = store.read("MATCH (n {key: $k}) RETURN n.aliases AS aliases, n.name AS name", {"k": hospital})
    store.write(_TO_OLD_FORM)
    assert node_provenance(store, ZHAO)["spans"] == []  # type: ignore[index]

    assert upgrade_node_provenance(store) is True
    assert graph_snapshot(store) == current
    assert store.read("MATCH (n {key: $k}) RETURN n.aliases AS aliases, n.name AS name", {"k": hospital}) == before
    assert upgrade_node_provenance(store) is False


def test_an_interrupted_upgrade_carries_on_when_the_store_opens_again(store: Store) -> None:
    _load_all(store)
    current = graph_snapshot(store)
    store.write(_TO_OLD_FORM)
    # as if stopped after the spans were copied and one node had dropped its lists
    store.write("UNWIND $ids AS id MATCH (d:Document {id: id})-[m:MENTIONS]->(n) "
                "SET m.spans = [s IN n.spans WHERE s STARTS WITH (id + ':')]",
                {"ids": [row["id"] for row in store.read("MATCH (d:Document) RETURN d.id AS id")]})
    store.write("MATCH (n:Person {key: $k}) SET n.sources = null, n.spans = null", {"k": ZHAO})

    store.ensure_schema()
    assert graph_snapshot(store) == current
    assert store.read("MATCH (n) WHERE n.sources IS NOT NULL AND NOT n:Document RETURN count(n) AS n") == [{"n": 0}]
