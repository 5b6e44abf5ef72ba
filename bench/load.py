"""Load throughput: our idempotent loader against raw `UNWIND ... CREATE` of the same rows.

    python -m bench.load [--docs 100] [--people 400] [--store neo4j]

Generates synthetic resolved documents (invented names, disjoint keys per document so plain
CREATE is a fair baseline), loads them with `graph.loader.load_document` into a fresh embedded
store in a temp data dir, then sends the same node and relationship rows as raw CREATE batches
through the same client: to another graph of the same server on FalkorDB, to the emptied graph on
Neo4j (Community holds one graph; its unique constraints stay). Prints rows/s of both and the ratio;
with `--store neo4j` the same figures for Neo4j beside them (see bench.stores).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.stores import STORES, bench_store, clear, side_by_side, stores_to_run  # noqa: E402
from graph.loader import load_document  # noqa: E402
from graph.schema import ENTITY_LABELS, KEY_PROPERTY, Label, RelType  # noqa: E402
from graph.stores.base import Store  # noqa: E402
from graph.stores.falkordb_store import FalkorDBStore  # noqa: E402
from ingest.model import Entity, Extraction, Relation, ResolvedDocument, SourceDocument, Span  # noqa: E402
from ingest.to_graph import graph_document, node_rows, relation_rows  # noqa: E402

SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
GIVEN = "一二三四五六七八九十明华强伟芳敏静丽军洋勇艳杰涛超"


def _person(doc: int, i: int) -> str:
    return f"{SURNAMES[i % len(SURNAMES)]}{GIVEN[i // len(SURNAMES) % len(GIVEN)]}{GIVEN[doc % len(GIVEN)]}{doc}_{i}"


def synthetic_document(doc: int, people: int) -> ResolvedDocument:
    """About 2.5 entities and 8.4 relations per person named, all invented."""
    orgs, projects, papers, patents, journals = people // 4, people // 4, people * 3 // 4, people // 8, people // 8
    span = (Span(0, 3),)
    entities: list[Entity] = [Entity(Label.PERSON, _person(doc, i), spans=span) for i in range(people)]
    entities += [Entity(Label.ORGANIZATION, f"某某大学第{doc}_{i}附属医院", kind="hospital", aliases=(f"附院{doc}_{i}",),
                        spans=span) for i in range(orgs)]
    entities += [Entity(Label.PROJECT, f"某某疾病研究{doc}_{i}", kind="research_project", year=2024, spans=span)
                 for i in range(projects)]
    entities += [Entity(Label.PAPER, f"某某机制研究{doc}_{i}", journal=f"某某杂志{doc}_{i % journals}", year=2021,
                        pages="1-9", spans=span) for i in range(papers)]
    entities += [Entity(Label.PATENT, f"一种装置{doc}_{i}", number=f"ZL{doc:04d}{i:06d}.X", kind="invention_patent",
                        spans=span) for i in range(patents)]
    entities += [Entity(Label.JOURNAL, f"某某杂志{doc}_{i}", spans=span) for i in range(journals)]

    def rel(t: RelType, s: str, o: str, **kw: Any) -> Relation:
        return Relation(t, s, o, spans=span, **kw)

    org = lambda i: f"某某大学第{doc}_{i % orgs}附属医院"  # noqa: E731
    proj = lambda i: f"某某疾病研究{doc}_{i % projects}"  # noqa: E731
    paper = lambda i: f"某某机制研究{doc}_{i % papers}"  # noqa: E731
    relations: list[Relation] = []
    for i in range(people):
        p = _person(doc, i)
        relations += [rel(RelType.WORKS_AT, p, org(i), title="主任医师"), rel(RelType.AFFILIATED_WITH, p, org(i + 1)),
                      rel(RelType.MEMBER_OF, p, proj(i), rank=1), rel(RelType.MEMBER_OF, p, proj(i + 7), rank=2),
                      rel(RelType.AUTHORED, p, paper(i), order=1), rel(RelType.AUTHORED, p, paper(i + people), order=2)]
    for i in range(papers):
        relations.append(rel(RelType.PUBLISHED_IN, paper(i), f"某某杂志{doc}_{i % journals}"))
    for i in range(patents):
        number = f"ZL{doc:04d}{i:06d}.X"
        relations += [rel(RelType.INVENTED, _person(doc, i), number, order=1), rel(RelType.OWNS, org(i), number)]
    for i in range(projects):
        relations += [rel(RelType.UNIT_OF, org(i), proj(i), rank=1), rel(RelType.UNIT_OF, org(i + 3), proj(i), rank=2),
                      rel(RelType.LEADS, _person(doc, i), proj(i), role="负责人"),
                      rel(RelType.NOMINATED_BY, proj(i), org(i + 5)), rel(RelType.FUNDED_BY, proj(i), org(i + 9)),
                      rel(RelType.ACHIEVED, org(i), proj(i))]
    for i in range(orgs - 1):
        relations += [rel(RelType.PART_OF, org(i + 1), org(0)), rel(RelType.COLLABORATES_WITH, org(i), org(i + 1))]
    text = f"合成文档{doc}：" + "，".join(e.name for e in entities[:50])
    source = SourceDocument(name=f"bench_{doc:04d}.txt", text=text, encoding="utf-8", size=len(text.encode()))
    extraction = Extraction(document=source.name, genre="other", entities=tuple(entities), relations=tuple(relations))
    keys = {(e.type, e.ref): f"{e.type.lower()}:{e.ref}" for e in entities}
    return ResolvedDocument(source=source, extraction=extraction, keys=keys)


def _baseline_graph(store: Store) -> Store:
    """An empty graph with an index on every entity key, on the server of ``store``."""
    if isinstance(store, FalkorDBStore):
        graph = FalkorDBStore(store._db, "baseline")
        for label in ENTITY_LABELS:
            graph.write(f"CREATE INDEX FOR (n:{label}) ON (n.{KEY_PROPERTY})")
        return graph
    clear(store)  # Neo4j: the same graph, emptied; the key constraints (and their indexes) stay
    return store


def baseline(store: Store, docs: list[ResolvedDocument]) -> tuple[int, float]:
    """Raw CREATE of the same rows, one query per label and per relationship group, as the loader batches,
    through the same client and parameter encoding (spans get the document id prefixed, as the loader's)."""
    graph = _baseline_graph(store)
    rows_sent = 0
    started = time.perf_counter()
    for doc in docs:
        rejected: list[str] = []
        for label, rows in node_rows(doc, rejected).items():
            graph.write(f"UNWIND $rows AS row CREATE (n:{label} {{key: row.key}}) SET n += row.props, "
                        "n.aliases = row.aliases, n.spans = [s IN row.spans | $doc + s]",
                        {"doc": doc.source.id, "rows": rows})
            rows_sent += len(rows)
        for (rel_type, source, target), rels in relation_rows(doc, rejected).items():
            graph.write(f"UNWIND $rows AS row MATCH (a:{source} {{key: row.source}}) MATCH (b:{target} {{key: row.target}}) "
                        f"CREATE (a)-[r:{rel_type}]->(b) SET r += row.props, r.spans = [s IN row.spans | $doc + s]",
                        {"doc": doc.source.id, "rows": rels})
            rows_sent += len(rels)
    return rows_sent, time.perf_counter() - started


def ours(store: Store, docs: list[ResolvedDocument]) -> tuple[int, int, int, float]:
    rows = nodes = rels = 0
    now = datetime.now(UTC)
    started = time.perf_counter()
    for doc in docs:
        result = load_document(store, graph_document(doc), now=now)
        rows += len({(e.type, e.ref) for e in doc.extraction.entities}) + len(doc.extraction.relations)
        nodes += result.nodes_created
        rels += result.relationships_created
    return rows, nodes, rels, time.perf_counter() - started


def measure(store: Store, docs: list[ResolvedDocument]) -> list[str]:
    """The figures of FIGURES for one store, as text."""
    rows, nodes, rels, loader_s = ours(store, docs)
    again = time.perf_counter()
    unchanged = sum(load_document(store, graph_document(d)).status == "unchanged" for d in docs)
    reload_s = time.perf_counter() - again
    base_rows, base_s = baseline(store, docs)
    ours_rate, base_rate = rows / loader_s, base_rows / base_s
    return [f"{rows:,} in {loader_s:.1f} s", f"{ours_rate:,.0f}", f"{nodes:,} / {rels:,}",
            f"{base_rows:,} in {base_s:.1f} s", f"{base_rate:,.0f}", f"{ours_rate / base_rate:.2f}",
            f"{unchanged}/{len(docs)} in {reload_s:.2f} s"]


FIGURES = ["loader: rows", "loader: rows/s", "created nodes / relationships (incl. Document, MENTIONS)",
           "baseline (raw UNWIND ... CREATE): rows", "baseline: rows/s", "ratio loader/baseline",
           "reload of unchanged documents"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--people", type=int, default=400, help="persons per document")
    parser.add_argument("--store", action="append", choices=STORES, default=[],
                        help="also measure this store beside the embedded one (neo4j)")
    args = parser.parse_args()
    docs = [synthetic_document(i, args.people) for i in range(args.docs)]
    n_entities = sum(len(d.extraction.entities) for d in docs)
    n_relations = sum(len(d.extraction.relations) for d in docs)
    print(f"{args.docs} documents: {n_entities:,} entities, {n_relations:,} relations")
    names = stores_to_run(args.store)
    columns: list[list[str]] = []
    for name in names:
        with bench_store(name) as store:
            columns.append(measure(store, docs))
            print(f"{name}: {store.ping()}: done", flush=True)
    print(side_by_side([(label, [column[i] for column in columns]) for i, label in enumerate(FIGURES)], names))


if __name__ == "__main__":
    main()
