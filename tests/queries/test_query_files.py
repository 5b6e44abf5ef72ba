"""Every query file of ours runs on each backend and returns the columns its header names."""

from __future__ import annotations

import re
from typing import Any

import pytest

from graph.evidence import STATEMENTS, documentation, statement
from graph.stores.base import Store
from queries.runner import query_names, query_text

P = "person:林晓峰@org:青松大学附属第一医院"
PARAMS: dict[str, dict[str, Any]] = {
    "search": {"q": "青松", "labels": None, "skip": 0, "limit": 10},
    "profile": {"key": P, "per_type": 5, "max_sources": 10},
    "expand": {"keys": [P, "org:青松大学"], "types": None, "per_type": 5},
    "nodes": {"keys": [P, "project:青松肝病防治体系研究"]},
    "collaborators": {"key": P, "types": ["AUTHORED", "MEMBER_OF"], "since": 2020, "limit": 10, "evidence_cap": 3},
    "org_network": {"keys": ["org:白鹭医科大学"], "limit": 10},
    "coi_people": {"names": ["王磊"]},
    "project_team": {"keys": ["project:青松肝病防治体系研究"]},
    "person_units": {"keys": [P], "rels": ["WORKS_AT"]},
    "org_ancestors": {"keys": ["org:青松大学附属第一医院"]},
    "colinks": {"keys": [P], "targets": ["person:韩立新@org:白鹭医科大学"], "types": ["AUTHORED", "INVENTED", "MEMBER_OF"]},
    "coi_indirect": {"keys": ["person:赵明远@org:东湖研究院"], "targets": [P], "types": ["AUTHORED", "MEMBER_OF"], "since": None, "limit": 10},
    "evidence_text": {"spans": [{"doc": "x", "start": 0, "end": 1, "from": 0, "len": 10}]},
    "document": {"id": "x"},
    "document_facts": {"id": "x", "limit": 5},
    "documents": {"skip": 0, "limit": 10, "head": 200},
    "document_find": {"q": "award_qingsong.txt", "limit": 5},
    "document_support": {"id": "x"},
    "source_lines": {"spans": [{"doc": "x", "start": 3}], "head": 200},
    "person_context": {"keys": [P, "person:王磊@org:东湖研究院"], "max_documents": 3, "max_coworkers": 3, "head": 200},
    "guide_rules": {"doc": None},
    "orgs_by_name": {"names": ["青松一院"]},
    "path_expand": {"keys": [P], "types": None, "per_type": 5, "probe": 500},
    "path_expand_hubs": {"keys": ["org:青松大学"], "types": None, "per_type": 5},
    "path_edges": {"edges": [{"start": P, "type": "WORKS_AT", "end": "org:青松大学附属第一医院"}]},
    "stats": {},
}
EXPECT_ROWS = {"search", "profile", "expand", "nodes", "collaborators", "org_network", "coi_people", "project_team",
               "person_units", "org_ancestors", "colinks", "coi_indirect", "orgs_by_name", "path_expand",
               "path_expand_hubs", "path_edges", "stats", "documents", "document_find", "person_context"}


def _columns(text: str) -> list[str]:
    header = next(line for line in text.splitlines() if line.startswith("// columns:"))
    header = re.sub(r"\[[^\]]*\]|\([^)]*\)", "", header)
    return [c.split(" ")[0].strip().rstrip(":") for c in re.split(r",\s*", header.removeprefix("// columns:").strip()) if c.strip()]


def test_every_query_file_is_exercised() -> None:
    assert set(query_names()) == set(PARAMS)


@pytest.mark.parametrize("name", sorted(PARAMS))
def test_query_runs_on_each_store(world: Store, name: str) -> None:
    rows = world.read(query_text(name, world.dialect), PARAMS[name])
    if name in EXPECT_ROWS:
        assert rows, f"{name} found nothing in the fixture world"
        assert set(_columns(query_text(name, world.dialect))) <= set(rows[0])


def test_hub_expansion_has_a_branch_for_every_relationship_type() -> None:
    from graph.schema import RelType

    text = query_text("path_expand_hubs", "falkordb")
    crossable = {str(t) for t in RelType} - {"MENTIONS", "STATES"}
    missing = {t for t in crossable if f":{t}]" not in text and f":{t}" not in text}
    assert not missing, f"path_expand_hubs has no branch for {sorted(missing)}"


def test_neo4j_gets_every_subquery_with_its_scope_clause() -> None:
    from queries.runner import scoped_subqueries

    assert scoped_subqueries("UNWIND $k AS a WITH a, 1 AS b\nCALL {\n  WITH a, b MATCH (n {key: a}) RETURN n\n}") == \
        "UNWIND $k AS a WITH a, 1 AS b\nCALL (a, b) {\n  WITH a, b MATCH (n {key: a}) RETURN n\n}"
    subqueries = 0
    for name in query_names():
        neo4j, falkordb = query_text(name, "neo4j"), query_text(name, "falkordb")
        assert not re.search(r"CALL\s*\{", neo4j), name
        assert not re.search(r"CALL\s*\(", falkordb), name  # FalkorDB does not parse the scope clause
        subqueries += len(re.findall(r"CALL \(\w+\) \{", neo4j))
    assert subqueries >= 6


EVIDENCE_PARAMS: dict[str, dict[str, Any]] = {
    "resolve_people": {"names": ["林晓峰"], "coworkers": ["韩立新"]},
    "resolve_people_like": {"names": ["周雨铜"], "lengths": [3], "initials": ["周"], "coworkers": ["林晓峰"]},
    "resolve_org_alias": {"aliases": ["青松一院"]},
    "resolve_org_prefix": {"ranges": [["青松", "青松\U0010ffff"]]},
    "known_counts": {}, "known_documents": {}, "known_people": {}, "known_organizations": {},
    "known_person_edges": {}, "known_part_of": {},
}


def test_every_evidence_statement_is_exercised() -> None:
    assert set(STATEMENTS) == set(EVIDENCE_PARAMS)


@pytest.mark.parametrize("name", sorted(EVIDENCE_PARAMS))
def test_evidence_statement_runs_on_the_embedded_store(world: Store, name: str) -> None:
    """The reads resolution makes of the graph (graph.evidence) find what the fixture holds, in the columns
    their documentation names."""
    rows = world.read(statement(name, world.dialect), EVIDENCE_PARAMS[name])
    assert rows, f"{name} found nothing in the fixture world"
    columns = next(line for line in documentation(name).splitlines() if line.strip().startswith("columns:"))
    assert set(_columns("// " + columns.strip())) <= set(rows[0])
