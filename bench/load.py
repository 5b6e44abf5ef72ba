"""Load throughput: our idempotent loader against raw `UNWIND ... CREATE` of the same rows.

    python bench/load.py [--docs 100] [--people 400]

Generates synthetic resolved documents (invented names, disjoint keys per document so plain
CREATE is a fair baseline), loads them with `graph.loader.load_document` into a fresh embedded
store in a temp data dir, then sends the same node and relationship rows to another graph of the
same server as raw CREATE batches through the same client. Prints rows/s of both and the ratio.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.loader import load_document  # noqa: E402
from graph.schema import ENTITY_LABELS, KEY_PROPERTY, Label, RelType  # noqa: E402
from graph.stores import stop_embedded  # noqa: E402
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


def baseline(store: FalkorDBStore, docs: list[ResolvedDocument]) -> tuple[int, float]:
    """Raw CREATE of the same rows, one query per label and per relationship group, as the loader batches,
    through the same client and parameter encoding (spans get the document id prefixed, as the loader's)."""
    graph = FalkorDBStore(store._db, "baseline")
    for label in ENTITY_LABELS:
        graph.write(f"CREATE INDEX FOR (n:{label}) ON (n.{KEY_PROPERTY})")
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


def ours(store: FalkorDBStore, docs: list[ResolvedDocument]) -> tuple[int, int, int, float]:
    rows = nodes = rels = 0
    now = datetime.now(UTC)
    started = time.perf_counter()
    for doc in docs:
        result = load_document(store, graph_document(doc), now=now)
        rows += len({(e.type, e.ref) for e in doc.extraction.entities}) + len(doc.extraction.relations)
        nodes += result.nodes_created
        rels += result.relationships_created
    return rows, nodes, rels, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--people", type=int, default=400, help="persons per document")
    args = parser.parse_args()
    docs = [synthetic_document(i, args.people) for i in range(args.docs)]
    n_entities = sum(len(d.extraction.entities) for d in docs)
    n_relations = sum(len(d.extraction.relations) for d in docs)
    print(f"{args.docs} documents: {n_entities:,} entities, {n_relations:,} relations")
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        data_dir = Path(tmp)
        store = FalkorDBStore.embedded(data_dir)
        try:
            store.ensure_schema()
            rows, nodes, rels, loader_s = ours(store, docs)
            again = time.perf_counter()
            unchanged = sum(load_document(store, graph_document(d)).status == "unchanged" for d in docs)
            reload_s = time.perf_counter() - again
            base_rows, base_s = baseline(store, docs)
        finally:
            store.close()
            stop_embedded(data_dir)
    ours_rate, base_rate = rows / loader_s, base_rows / base_s
    print(f"loader:   {rows:,} rows in {loader_s:.1f} s = {ours_rate:,.0f} rows/s "
          f"(created {nodes:,} nodes, {rels:,} relationships incl. Document and MENTIONS)")
    print(f"baseline: {base_rows:,} rows in {base_s:.1f} s = {base_rate:,.0f} rows/s (raw UNWIND ... CREATE)")
    print(f"ratio loader/baseline: {ours_rate / base_rate:.2f}")
    print(f"reload of {unchanged}/{len(docs)} unchanged documents: {reload_s:.2f} s")


if __name__ == "__main__":
    main()
