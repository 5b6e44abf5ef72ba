"""Replacing or deleting a document touches only its own facts, however many facts its nodes have.

Given a big hospital with a few hundred staff named by other documents, a news item naming 周文 there
too, and an award nomination naming 周文, 郑七 and the hospital: a new version of the nomination keeps
what the news supports, drops what only the old version said, and leaves the staff's facts alone.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from graph.loader import delete_document
from graph.schema import ENDPOINTS, Label, RelType
from graph.stores.base import Store
from ingest.model import Entity, PossiblySame, Relation, ResolvedDocument
from ingest.pipeline import load_resolved
from tests.graph.samples import key_for, make_document
from tests.snapshots import graph_snapshot, node_provenance

T0 = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
T1 = datetime(2024, 6, 1, 8, 0, tzinfo=UTC)
HUB = "某某中心医院"
INSTITUTE = "某某研究所"
PROJECT = "某某罕见病诊疗体系建设"
STAFF_DOCUMENTS, STAFF_PER_DOCUMENT = 3, 100


def person(name: str) -> str:
    return key_for(Label.PERSON, name)


def staff_list(i: int) -> ResolvedDocument:
    """A hospital's staff list: a hundred invented people who work at 某某中心医院."""
    names = [f"冯{i}号{j:03d}" for j in range(STAFF_PER_DOCUMENT)]
    text = f"{HUB}职工名录（{i}）：" + "、".join(names)
    entities = [Entity(Label.ORGANIZATION, HUB, kind="hospital"), *(Entity(Label.PERSON, n) for n in names)]
    relations = [Relation(RelType.WORKS_AT, n, HUB) for n in names]
    return make_document(f"staff_{i}.txt", text, entities, relations, genre="other")


def news() -> ResolvedDocument:
    """周文 of the hospital; 吴六 and 吴九 of an institute, known only from here."""
    text = f"{HUB}周文主任与{INSTITUTE}吴六、吴九研究员合作开展某某研究。"
    entities = [
        Entity(Label.PERSON, "周文"), Entity(Label.PERSON, "吴六"), Entity(Label.PERSON, "吴九"),
        Entity(Label.ORGANIZATION, HUB, kind="hospital"), Entity(Label.ORGANIZATION, INSTITUTE, kind="research_institute"),
    ]
    relations = [
        Relation(RelType.WORKS_AT, "周文", HUB), Relation(RelType.WORKS_AT, "吴六", INSTITUTE),
        Relation(RelType.WORKS_AT, "吴九", INSTITUTE),
    ]
    same = (PossiblySame(person("吴六"), person("周文"), 0.3, "same name"),)
    return make_document("news.txt", text, entities, relations, genre="news", possibly_same=same)


def nomination() -> ResolvedDocument:
    """周文 and 郑七 of the hospital complete a project; 郑七 may be 吴六, 周文 may be 吴九 or 吴六."""
    text = f"项目名称：{PROJECT}\n主要完成人：周文，{HUB}主任医师；郑七，{HUB}副主任医师。"
    entities = [
        Entity(Label.PERSON, "周文"), Entity(Label.PERSON, "郑七"),
        Entity(Label.ORGANIZATION, HUB, kind="hospital"), Entity(Label.PROJECT, PROJECT, kind="award_nomination"),
    ]
    relations = [
        Relation(RelType.WORKS_AT, "周文", HUB, title="主任医师"),
        Relation(RelType.WORKS_AT, "郑七", HUB, title="副主任医师"),
        Relation(RelType.MEMBER_OF, "郑七", PROJECT, rank=2),
        Relation(RelType.UNIT_OF, HUB, PROJECT, rank=1),
        Relation(RelType.PART_OF, HUB, HUB),  # a misreading that loops: it must go with the version
    ]
    same = (
        PossiblySame(person("郑七"), person("吴六"), 0.3, "same surname"),
        PossiblySame(person("吴九"), person("周文"), 0.3, "one character apart"),  # 周文 stays: only the link goes
        PossiblySame(person("周文"), person("郑七"), 0.2, "same document"),
        PossiblySame(person("吴六"), person("周文"), 0.3, "same name"),  # the news says so too
    )
    return make_document("nomination.txt", text, entities, relations, possibly_same=same)


def nomination_revised() -> ResolvedDocument:
    """The same file, corrected: 郑七 was 王八, and the project is gone."""
    text = f"主要完成人：周文，{HUB}主任医师；王八，{HUB}副主任医师。"
    entities = [Entity(Label.PERSON, "周文"), Entity(Label.PERSON, "王八"), Entity(Label.ORGANIZATION, HUB, kind="hospital")]
    relations = [Relation(RelType.WORKS_AT, "周文", HUB, title="主任医师"), Relation(RelType.WORKS_AT, "王八", HUB)]
    return make_document("nomination.txt", text, entities, relations)


def hub_staff(store: Store) -> list[dict[str, Any]]:
    return store.read(f"MATCH (p:{Label.PERSON})-[r:{RelType.WORKS_AT}]->(:{Label.ORGANIZATION} {{key: $hub}}) "
                      "WHERE p.key STARTS WITH 'person:冯' "
                      "RETURN p.key AS person, r.sources AS sources, r.spans AS spans ORDER BY person",
                      {"hub": key_for(Label.ORGANIZATION, HUB)})


def relationship(store: Store, rel_type: RelType, a: str, b: str) -> dict[str, Any] | None:
    rows = store.read(f"MATCH ({{key: $a}})-[r:{rel_type}]->({{key: $b}}) RETURN r.sources AS sources, r.spans AS spans",
                      {"a": a, "b": b})
    return rows[0] if rows else None


def test_a_new_version_keeps_shared_facts_and_drops_its_own_without_touching_the_hub(store: Store) -> None:
    staff = [staff_list(i) for i in range(STAFF_DOCUMENTS)]
    for doc in staff:
        load_resolved(store, doc, now=T0)
    other, old, new = news(), nomination(), nomination_revised()
    load_resolved(store, other, now=T0)
    load_resolved(store, old, now=T0)
    staff_before = hub_staff(store)
    assert len(staff_before) == STAFF_DOCUMENTS * STAFF_PER_DOCUMENT

    assert load_resolved(store, new, now=T1).status == "replaced"

    hub = key_for(Label.ORGANIZATION, HUB)
    works = relationship(store, RelType.WORKS_AT, person("周文"), hub)
    assert works is not None and sorted(works["sources"]) == sorted([other.source.id, new.source.id])
    assert {s.split(":")[0] for s in works["spans"]} == {other.source.id, new.source.id}
    shared_same = relationship(store, RelType.POSSIBLY_SAME, person("吴六"), person("周文"))
    assert shared_same == {"sources": [other.source.id], "spans": []}
    # the old version's own facts, its person and its project are gone
    assert store.read("MATCH (n) WHERE n.key IN $keys RETURN n.key AS key",
                      {"keys": [person("郑七"), key_for(Label.PROJECT, PROJECT)]}) == []
    assert relationship(store, RelType.PART_OF, hub, hub) is None
    # its POSSIBLY_SAME links to people only the news names (either direction) are gone, the people stay
    same = store.read(f"MATCH (a)-[:{RelType.POSSIBLY_SAME}]->(b) RETURN a.key AS a, b.key AS b")
    assert same == [{"a": person("吴六"), "b": person("周文")}]
    for name in ("吴六", "吴九"):
        assert node_provenance(store, person(name))["sources"] == [other.source.id]  # type: ignore[index]
    # the hub's other facts are exactly as they were
    assert hub_staff(store) == staff_before
    hospital = node_provenance(store, hub)
    assert hospital is not None
    assert hospital["sources"] == sorted([*(d.source.id for d in staff), other.source.id, new.source.id])
    assert not any(s.startswith(old.source.id) for s in hospital["spans"])
    held = store.read("MATCH ()-[r]->() WHERE $old IN r.sources OR any(s IN r.spans WHERE s STARTS WITH $old) "
                       "RETURN count(r) AS n", {"old": old.source.id})
    assert held == [{"n": 0}]


@pytest.mark.parametrize("then", ["replace", "delete"])
def test_replacing_or_deleting_gives_the_graph_of_the_current_documents(store: Store, then: str) -> None:
    first = [staff_list(0), news(), nomination()]  # the news first: the links to its people are made
    for doc in first:
        load_resolved(store, doc, now=T0)
    if then == "replace":
        load_resolved(store, nomination_revised(), now=T0)
        current = [staff_list(0), news(), nomination_revised()]
    else:
        delete_document(store, nomination().source.id)
        current = [staff_list(0), news()]
    after = graph_snapshot(store)

    store.write("MATCH (n) DETACH DELETE n")
    for doc in current:
        load_resolved(store, doc, now=T0)
    assert after == graph_snapshot(store)


def every_relation_type(name: str, *, with_relations: bool) -> ResolvedDocument:
    """Two invented ends for each relation type a document can state, and the relations if asked."""
    ends = {t: (f"{t.lower()}起", f"{t.lower()}止") for t in ENDPOINTS}
    text = f"{name}：" + "、".join(n for pair in ends.values() for n in pair)
    entities = [Entity(ENDPOINTS[t][side][0], ends[t][side]) for t in ENDPOINTS for side in (0, 1)]
    relations = [Relation(t, *ends[t]) for t in ENDPOINTS] if with_relations else []
    people = [ends[t][side] for t in ENDPOINTS for side in (0, 1) if ENDPOINTS[t][side][0] is Label.PERSON]
    same = (PossiblySame(person(people[0]), person(people[1]), 0.3, "same surname"),) if with_relations else ()
    return make_document(name, text, entities, relations, genre="other", possibly_same=same)


def test_facts_of_every_type_go_with_their_document_while_their_ends_stay(store: Store) -> None:
    load_resolved(store, every_relation_type("names.txt", with_relations=False), now=T0)
    names_only = graph_snapshot(store)
    facts = every_relation_type("facts.txt", with_relations=True)
    load_resolved(store, facts, now=T0)
    assert len(graph_snapshot(store)[1]) == len(names_only[1]) + len(ENDPOINTS) + 1 + len(facts.extraction.entities)
    delete_document(store, facts.source.id)
    assert graph_snapshot(store) == names_only
