"""Property: whatever the graph and whatever the lists of names, the conflict check returns a report (and its
CSV and XLSX exports), never an exception."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.stores.falkordb_store import FalkorDBStore
from queries.coi import PersonRef, check_conflicts, write_report
from queries.coi.check import CoiReport
from queries.coi.policy import policy_from_dict

pytestmark = pytest.mark.slow  # processes, browsers or many documents: `make test-fast` leaves it out

NAMES = ("龙啸天", "凤栖梧", "柯远舟", "卜思源", "管一帆", "皇甫宁", "欧阳清")
UNITS = ("江北第一医院", "江北医科大学", "南湖化学研究所", "东川大学", "东川大学附属医院")
WORKS = (("Paper", "灯笼热的流行病学研究"), ("Paper", "Lantern fever in river towns"), ("Patent", "一种检测装置"),
         ("Project", "青苔病防治体系研究"), ("Project", "山地果树病害防控"))
# (type, source kind, target kind): the relationships the check reads, and PART_OF between units (cycles too)
RELATIONSHIPS = (("WORKS_AT", "person", "unit"), ("AFFILIATED_WITH", "person", "unit"), ("LEADS", "person", "unit"),
                 ("LEADS", "person", "work"), ("AUTHORED", "person", "work"), ("INVENTED", "person", "work"),
                 ("MEMBER_OF", "person", "work"), ("UNIT_OF", "unit", "work"), ("PART_OF", "unit", "unit"),
                 ("POSSIBLY_SAME", "person", "person"))
POLICIES: tuple[dict[str, Any], ...] = ({}, {"rules": {"same_unit": {"sibling_units": True, "relations": ["WORKS_AT", "AFFILIATED_WITH", "LEADS"]},
                           "coauthor": {"within_years": 1, "include_undated": False}}},
            {"reference_year": 2000, "rules": {"indirect": {"relationships": ["AUTHORED", "LEADS", "MEMBER_OF"]}}})
TEXT = st.text(alphabet=st.sampled_from("龙啸天凤栖梧江北医院，。\n ab1\t=+-@"), max_size=40)
ODD_TEXT = st.text(max_size=12)  # anything: control characters, surrogates excluded by hypothesis, formulas


@st.composite
def graphs(draw: st.DrawFn) -> dict[str, Any]:
    people = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=7))  # a name twice: namesakes
    units = draw(st.lists(st.sampled_from(UNITS), min_size=1, max_size=4, unique=True))
    works = draw(st.lists(st.sampled_from(WORKS), max_size=4, unique=True))
    documents = draw(st.lists(TEXT, min_size=1, max_size=3))
    ends = {"person": [f"person:{n}@{i}" for i, n in enumerate(people)], "unit": [f"org:{u}" for u in units],
            "work": [f"{label.lower()}:{name}" for label, name in works]}
    relationships = []
    for _ in range(draw(st.integers(0, 14))):
        rel_type, source, target = draw(st.sampled_from(RELATIONSHIPS))
        if not ends[source] or not ends[target]:
            continue
        doc = draw(st.integers(0, len(documents) - 1))
        spans = [f"doc-{doc}:{a}:{a + b}" for a, b in draw(st.lists(st.tuples(st.integers(0, 120), st.integers(0, 9)),
                                                                     max_size=3))]
        relationships.append({"type": rel_type, "a": draw(st.sampled_from(ends[source])),
                              "b": draw(st.sampled_from(ends[target])), "sources": [f"doc-{doc}", "doc-missing"][:
                              draw(st.integers(1, 2))], "spans": spans})
    years = draw(st.lists(st.one_of(st.none(), st.integers(1990, 2030)), min_size=len(works), max_size=len(works)))
    return {"people": [{"key": k, "name": n} for k, n in zip(ends["person"], people, strict=True)],
            "units": [{"key": k, "name": u} for k, u in zip(ends["unit"], units, strict=True)],
            "works": [{"key": k, "label": label, "name": name, "year": y}
                      for k, (label, name), y in zip(ends["work"], works, years, strict=True)],
            "documents": [{"id": f"doc-{i}", "text": t} for i, t in enumerate(documents)],
            "relationships": relationships}


def people_refs(keys: list[str]) -> st.SearchStrategy[list[PersonRef]]:
    ref = st.builds(PersonRef, name=st.one_of(st.none(), st.sampled_from(NAMES), ODD_TEXT),
                    organization=st.one_of(st.none(), st.sampled_from(UNITS), ODD_TEXT),
                    key=st.one_of(st.none(), st.none(), st.sampled_from(keys), ODD_TEXT))
    return st.lists(ref, max_size=6)


def _write(store: FalkorDBStore, graph: dict[str, Any]) -> None:
    store.clear()
    store.write("UNWIND $rows AS r CREATE (:Document {id: r.id, name: r.id, text: r.text})", {"rows": graph["documents"]})
    store.write("UNWIND $rows AS r CREATE (:Person {key: r.key, name: r.name})", {"rows": graph["people"]})
    store.write("UNWIND $rows AS r CREATE (:Organization {key: r.key, name: r.name})", {"rows": graph["units"]})
    for label in ("Paper", "Patent", "Project"):
        rows = [w for w in graph["works"] if w["label"] == label]
        store.write(f"UNWIND $rows AS r CREATE (:{label} {{key: r.key, name: r.name, year: r.year}})", {"rows": rows})
    for rel_type in sorted({rel["type"] for rel in graph["relationships"]}):
        rows = [rel for rel in graph["relationships"] if rel["type"] == rel_type]
        store.write(f"UNWIND $rows AS r MATCH (a {{key: r.a}}), (b {{key: r.b}}) "
                    f"CREATE (a)-[:{rel_type} {{sources: r.sources, spans: r.spans}}]->(b)", {"rows": rows})


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data(), graph=graphs(), policy=st.sampled_from(POLICIES))
def test_the_check_returns_a_report_whatever_the_graph_and_the_names(
        embedded_store: FalkorDBStore, data: st.DataObject, graph: dict[str, Any], policy: dict[str, Any]) -> None:
    _write(embedded_store, graph)
    keys = [p["key"] for p in graph["people"]] + [w["key"] for w in graph["works"]] + [u["key"] for u in graph["units"]]
    experts, applicants = data.draw(people_refs(keys)), data.draw(people_refs(keys))
    report = check_conflicts(embedded_store, experts, applicants, policy_from_dict(policy))
    assert isinstance(report, CoiReport)
    json.dumps(report.as_dict(), ensure_ascii=False)
    write_report(report, "csv", io.StringIO())
    write_report(report, "xlsx", io.BytesIO())
    for conflict in report.conflicts:
        for source in (s for e in conflict.evidence for s in e.sources):
            text = next(d["text"] for d in graph["documents"] if d["id"] == source.document)
            assert source.text is None or source.text in text
