"""A pattern never uses one relationship twice, on either store: Neo4j matches that way, FalkorDB would
reuse a relationship unless the query says otherwise. Invented people and units."""

from __future__ import annotations

from graph.stores.base import Store
from queries.runner import run_query

_THREE_COAUTHORS = """CREATE (paper:Paper {key: 'paper:某某机制研究', name: '某某机制研究', year: 2023})
CREATE (:Person {key: 'person:甲', name: '甲'})-[:AUTHORED {sources: ['d'], spans: []}]->(paper)
CREATE (:Person {key: 'person:乙', name: '乙'})-[:AUTHORED {sources: ['d'], spans: []}]->(paper)
CREATE (:Person {key: 'person:丙', name: '丙'})-[:AUTHORED {sources: ['d'], spans: []}]->(paper)"""

_ONE_AUTHOR_AT_TWO_UNITS = """CREATE (paper:Paper {key: 'paper:某某装置研究', name: '某某装置研究', year: 2023})
CREATE (a:Organization {key: 'org:甲大学', name: '甲大学'}), (b:Organization {key: 'org:乙医院', name: '乙医院'})
CREATE (p:Person {key: 'person:丁', name: '丁'})-[:AUTHORED {sources: ['d'], spans: []}]->(paper)
CREATE (p)-[:WORKS_AT {sources: ['d'], spans: []}]->(a), (p)-[:WORKS_AT {sources: ['d'], spans: []}]->(b)"""


def test_co_authors_of_one_paper_are_not_linked_through_each_other(store: Store) -> None:
    store.write(_THREE_COAUTHORS)
    direct = run_query(store, "colinks", keys=["person:甲"], targets=["person:丙"], types=["AUTHORED"])
    assert [(r["person"], r["other"], r["item"]) for r in direct] == [("person:甲", "person:丙", "paper:某某机制研究")]
    indirect = run_query(store, "coi_indirect", keys=["person:甲"], targets=["person:丙"], types=["AUTHORED"],
                         since=None, limit=10)
    assert indirect == []


def test_one_author_working_at_two_units_does_not_link_them_by_a_paper(store: Store) -> None:
    store.write(_ONE_AUTHOR_AT_TWO_UNITS)
    assert run_query(store, "org_network", keys=["org:甲大学"], limit=10) == []
