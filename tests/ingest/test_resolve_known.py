"""`GraphKnownEntities`: the resolve_* queries, with a fake store and on each store's graph (invented names)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from graph.evidence import statement
from graph.known import GraphKnownEntities
from graph.schema import Label, RelType
from ingest.model import Entity, Extraction, Relation, SourceDocument
from ingest.pipeline import load_resolved
from ingest.resolve import KnownOrganization, KnownPerson, resolve


class FakeStore:
    """Answers each named query with canned rows and records what was asked."""

    dialect = "falkordb"

    def __init__(self, rows: dict[str, list[dict[str, Any]]]) -> None:
        self.rows = rows
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def read(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        name = next(n for n in self.rows if cypher == statement(n, self.dialect))
        self.calls.append((name, dict(params or {})))
        return self.rows[name]


def test_people_named_reads_units_and_coworkers() -> None:
    store = FakeStore({"resolve_people": [{
        "query": "张某燕", "key": "person:张某燕@org:甲医院", "name": "张某燕", "org_keys": ["org:甲医院", None],
        "related_org_keys": ["org:甲大学"], "coworker_names": ["钱某", "孙某", "钱某"],
    }]})
    known = GraphKnownEntities(store)
    known.prefetch([], ["钱某", "孙某", "李某"])
    people = known.people_named("张某燕")
    assert people == [KnownPerson("person:张某燕@org:甲医院", "张某燕", ("org:甲医院",), ("孙某", "钱某"), ("org:甲大学",))]
    assert store.calls == [("resolve_people", {"names": ["张某燕"], "coworkers": ["孙某", "李某", "钱某"]})]


def test_org_alias_is_used_only_when_it_names_one_organization() -> None:
    store = FakeStore({"resolve_org_alias": [
        {"alias": "一院", "key": "org:甲大学第一医院"},
        {"alias": "第一医院", "key": "org:甲大学第一医院"}, {"alias": "第一医院", "key": "org:乙大学第一医院"},
    ]})
    found = GraphKnownEntities(store).org_keys_for_aliases(["第一医院", "一院", "二院", "一院"])
    assert found == {"一院": "org:甲大学第一医院"}
    assert store.calls == [("resolve_org_alias", {"aliases": ["一院", "二院", "第一医院"]})]


def test_orgs_starting_with_reads_one_range_per_prefix_and_drops_crowded_prefixes() -> None:
    crowded = [{"prefix": "乙省", "key": f"org:乙省{i}医院", "name": f"乙省{i}医院"} for i in range(51)]
    store = FakeStore({"resolve_org_prefix": [{"prefix": "甲省", "key": "org:甲省青藤医院", "name": "甲省青藤医院"},
                                              *crowded]})
    found = GraphKnownEntities(store).orgs_starting_with(["甲省", "乙省"])
    assert found == [KnownOrganization("org:甲省青藤医院", "甲省青藤医院")]
    [(_, params)] = store.calls
    assert sorted(low for low, _ in params["ranges"]) == ["乙省", "甲省"]
    assert all(high > low + "\u9fff" for low, high in params["ranges"])


def test_people_like_keeps_names_one_character_apart_and_reads_their_evidence() -> None:
    store = FakeStore({
        "resolve_people_like": [{"name": "王某汩"}, {"name": "王三汩"}],
        "resolve_people": [{"query": "王某汩", "key": "person:王某汩@doc:1", "name": "王某汩"}],
    })
    assert [p.name for p in GraphKnownEntities(store).people_like("王某汨", ["钱某"])] == ["王某汩"]
    assert store.calls == [
        ("resolve_people_like", {"names": ["王某汨"], "coworkers": ["钱某"], "lengths": [3], "initials": ["王"]}),
        ("resolve_people", {"names": ["王某汩"], "coworkers": ["钱某"]}),
    ]


def test_prefetch_reads_names_and_their_variants_for_a_whole_document_in_two_reads() -> None:
    store = FakeStore({
        "resolve_people_like": [{"name": "王某汩"}, {"name": "孙某乙"}],
        "resolve_people": [{"query": "王某汩", "key": "person:王某汩@doc:1", "name": "王某汩"},
                           {"query": "孙某甲", "key": "person:孙某甲@org:甲医院", "name": "孙某甲"}],
    })
    known = GraphKnownEntities(store)
    known.prefetch(["王某汨", "孙某甲"], ["钱某"])
    assert [p.key for p in known.people_named("孙某甲")] == ["person:孙某甲@org:甲医院"]
    assert [p.name for p in known.people_like("王某汨", ["钱某"])] == ["王某汩"]
    assert known.people_like("孙某甲", ["钱某"]) == []  # 孙某乙 is a variant but nobody of that name is known
    assert [name for name, _ in store.calls] == ["resolve_people_like", "resolve_people"]
    assert store.calls[1][1] == {"names": ["孙某乙", "孙某甲", "王某汨", "王某汩"], "coworkers": ["钱某"]}


def _doc(name: str, entities: list[Entity], relations: list[Relation]) -> tuple[SourceDocument, Extraction]:
    text = f"invented document {name}"
    return (SourceDocument(name=name, text=text, encoding="utf-8", size=len(text)),
            Extraction(document=name, genre="news", entities=tuple(entities), relations=tuple(relations)))


def test_documents_loaded_one_after_another_resolve_against_the_graph(store: Any) -> None:
    known = GraphKnownEntities(store)
    people = [Entity(type=Label.PERSON, name=n) for n in ("张某燕", "钱某", "孙某", "王某汨")]
    hospital = Entity(type=Label.ORGANIZATION, name="甲大学第一医院", aliases=("甲一院",), parent="甲大学")
    university = Entity(type=Label.ORGANIZATION, name="甲大学")
    paper = Entity(type=Label.PAPER, name="P1")
    first = resolve(*_doc("a.txt", [*people, hospital, university, paper], [
        Relation(RelType.WORKS_AT, "张某燕", "甲大学第一医院"), Relation(RelType.PART_OF, "甲大学第一医院", "甲大学"),
        *(Relation(RelType.AUTHORED, n, "P1") for n in ("张某燕", "钱某", "孙某", "王某汨")),
    ]), known)
    load_resolved(store, first)

    assert known.org_keys_for_aliases(["甲一院", "乙一院"]) == {"甲一院": "org:甲大学第一医院"}
    known.prefetch(["张某燕"], ["钱某", "孙某", "王某汨", "赵某"])
    [zhang] = known.people_named("张某燕")
    assert zhang.org_keys == ("org:甲大学第一医院",) and zhang.related_org_keys == ("org:甲大学",)
    assert set(zhang.coworker_names) == {"钱某", "孙某", "王某汨"}
    assert [p.name for p in known.people_like("王某汩", ["钱某", "孙某"])] == ["王某汨"]

    other_unit = Entity(type=Label.ORGANIZATION, name="乙省肿瘤医院")
    same_unit_by_alias = Entity(type=Label.ORGANIZATION, name="甲一院")
    second = resolve(*_doc("b.txt", [*people[:3], Entity(type=Label.PERSON, name="王某汩"), other_unit,
                                     Entity(type=Label.PAPER, name="P2")], [
        Relation(RelType.WORKS_AT, "张某燕", "乙省肿瘤医院"),
        *(Relation(RelType.AUTHORED, n, "P2") for n in ("张某燕", "钱某", "孙某", "王某汩")),
    ]), known)
    assert second.key_of(Label.PERSON, "张某燕") == "person:张某燕@org:乙省肿瘤医院"
    assert second.key_of(Label.PERSON, "钱某") == first.key_of(Label.PERSON, "钱某")  # two shared co-authors
    reasons = {(p.a, p.b): p.reason for p in second.possibly_same}
    assert ("person:张某燕@org:乙省肿瘤医院", "person:张某燕@org:甲大学第一医院") in reasons
    assert any(r.startswith("name one character apart") for r in reasons.values())

    third = resolve(*_doc("c.txt", [people[0], same_unit_by_alias],
                          [Relation(RelType.WORKS_AT, "张某燕", "甲一院")]), known)
    assert third.key_of(Label.PERSON, "张某燕") == first.key_of(Label.PERSON, "张某燕")


def test_prefetch_reads_every_name_once_and_each_answer_serves_once() -> None:
    store = FakeStore({"resolve_people": [
        {"query": "张某燕", "key": "person:张某燕@org:甲医院", "name": "张某燕"},
        {"query": "张某燕", "key": "person:张某燕@org:乙医院", "name": "张某燕"},
    ]})
    known = GraphKnownEntities(store)
    known.prefetch(["张某燕", "钱某"])
    assert len(known.people_named("张某燕")) == 2
    assert known.people_named("钱某") == []
    assert store.calls == [("resolve_people", {"names": ["张某燕", "钱某"], "coworkers": []})]
    known.people_named("张某燕")  # not prefetched any more: read afresh
    assert len(store.calls) == 2


def test_two_character_names_get_no_spelling_variants() -> None:
    """In 王某 any 王X is 'one character apart': another person, not an OCR slip, and not worth a read."""
    store = FakeStore({
        "resolve_people_like": [{"name": "王某汩"}],
        "resolve_people": [{"query": "王某", "key": "person:王某@doc:1", "name": "王某"}],
    })
    known = GraphKnownEntities(store)
    known.prefetch(["王某", "王某汨"], ["钱某"])
    assert [name for name, params in store.calls] == ["resolve_people_like", "resolve_people"]
    assert store.calls[0][1]["names"] == ["王某汨"] and store.calls[0][1]["lengths"] == [3]
    assert known.people_like("王某", ["钱某"]) == []
    assert GraphKnownEntities(store).people_like("王一", ["钱某"]) == []
    assert len(store.calls) == 2
