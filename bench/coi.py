"""Benchmark: conflict checks, paths and neighbourhoods on a synthetic graph of ≥100k people.

    python -m bench.coi [--people 100000] [--experts 100] [--applicants 1000] [--data-dir DIR] [--store neo4j]

Builds the graph with batched UNWIND writes (not the document loader: this measures the queries),
then prints the time of one check of experts × applicants and p50/p95 of /path and
/graph/neighborhood as the API computes them. Targets: check < 1 s, p95 < 50 ms. With `--store neo4j`
the same graph and the same requests on Neo4j, beside the embedded store's (see bench.stores).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from bench.stores import STORES, bench_store, clear, side_by_side, stores_to_run
from graph.schema import Label, RelType
from graph.stores.base import Store
from queries.coi import PersonRef, check_conflicts
from queries.collab import find_path, neighbourhood

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国志红文斌宇浩凯鹏辉晨阳雪梅琳晓峰雨桐立新"
BATCH = 5_000


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _write(store: Store, cypher: str, rows: list[dict[str, Any]]) -> None:
    for i in range(0, len(rows), BATCH):
        store.write(cypher, {"rows": rows[i:i + BATCH]})


def _nodes(store: Store, label: Label, rows: list[dict[str, Any]]) -> None:
    _write(store, f"UNWIND $rows AS r CREATE (n:{label}) SET n = r", rows)


def _rels(store: Store, rel: RelType, a: Label, b: Label, rows: list[dict[str, Any]]) -> None:
    _write(store, f"UNWIND $rows AS r MATCH (a:{a} {{key: r.a}}) MATCH (b:{b} {{key: r.b}}) "
                  f"CREATE (a)-[x:{rel}]->(b) SET x.sources = r.sources, x.spans = r.spans", rows)


def build(store: Store, people: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    docs = [f"{i:064x}" for i in range(200)]
    store.write_atomic([(f"UNWIND $rows AS r CREATE (:{Label.DOCUMENT} {{id: r.id, name: r.name, text: r.text}})",
                         {"rows": [{"id": d, "name": f"synthetic_{i}.txt", "text": "第一行。第二行有关事实。\n" * 40}
                                   for i, d in enumerate(docs)]})])

    def prov() -> dict[str, Any]:
        d = rng.choice(docs)
        start = rng.randrange(0, 400)
        return {"sources": [d], "spans": [f"{d}:{start}:{start + 6}"]}

    n_uni, n_hosp, n_other = 200, 800, 1000
    orgs = [f"org:大学{i}" for i in range(n_uni)] + [f"org:医院{i}" for i in range(n_hosp)] + \
           [f"org:研究所{i}" for i in range(n_other)]
    kinds = ["university"] * n_uni + ["hospital"] * n_hosp + ["research_institute"] * n_other
    _nodes(store, Label.ORGANIZATION, [{"key": k, "name": k[4:], "kind": t, "aliases": []} for k, t in zip(orgs, kinds, strict=True)])
    _rels(store, RelType.PART_OF, Label.ORGANIZATION, Label.ORGANIZATION,
          [{"a": orgs[n_uni + i], "b": orgs[i % n_uni], **prov()} for i in range(n_hosp)])
    person_org = [min(int(rng.paretovariate(1.2)) - 1, len(orgs) - 1) if rng.random() < 0.3 else rng.randrange(len(orgs))
                  for _ in range(people)]
    keys = [f"person:p{i}@{orgs[o]}" for i, o in enumerate(person_org)]
    _nodes(store, Label.PERSON, [{"key": k, "name": _name(rng), "aliases": []} for k in keys])
    _rels(store, RelType.WORKS_AT, Label.PERSON, Label.ORGANIZATION,
          [{"a": k, "b": orgs[o], **prov()} for k, o in zip(keys, person_org, strict=True)])
    by_org: dict[int, list[int]] = {}
    for i, o in enumerate(person_org):
        by_org.setdefault(o, []).append(i)

    def team(size: int) -> list[int]:
        base = rng.randrange(people)
        local = by_org[person_org[base]]
        return list({base, *(rng.choice(local) if rng.random() < 0.6 else rng.randrange(people) for _ in range(size - 1))})

    for label, rel, count, sizes, prefix in ((Label.PAPER, RelType.AUTHORED, people // 2, (3, 8), "paper"),
                                             (Label.PATENT, RelType.INVENTED, people // 10, (2, 4), "patent"),
                                             (Label.PROJECT, RelType.MEMBER_OF, people // 12, (5, 15), "project")):
        items = [f"{prefix}:{i}" for i in range(count)]
        _nodes(store, label, [{"key": k, "name": f"{prefix}{i}", "year": rng.randrange(2010, 2026)} for i, k in enumerate(items)])
        _rels(store, rel, Label.PERSON, label,
              [{"a": keys[p], "b": k, **prov()} for k in items for p in team(rng.randint(*sizes))])
        if label is Label.PROJECT:
            _rels(store, RelType.UNIT_OF, Label.ORGANIZATION, Label.PROJECT,
                  [{"a": rng.choice(orgs), "b": k, **prov()} for k in items for _ in range(rng.randint(1, 3))])
    return keys


def _percentiles(samples: list[float]) -> str:
    q = statistics.quantiles(samples, n=20)
    return f"p50 {statistics.median(samples):.1f} / p95 {q[18]:.1f} ms"


def _timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


FIGURES = ["build (batched UNWIND writes)", "relationships", "COI check: best / median",
           "COI check: conflicts / ambiguous", "/path (≤4 hops)", "/graph/neighborhood depth 1",
           "/graph/neighborhood depth 2"]


def measure(store: Store, args: argparse.Namespace) -> list[str]:
    """The figures of FIGURES for one store, as text; the same graph and requests on every store."""
    t0 = time.perf_counter()
    keys = build(store, args.people)
    built_s = time.perf_counter() - t0
    counts = store.read("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
    rng = random.Random(11)
    names = {r["key"]: r["name"] for r in store.read(
        "MATCH (p:Person) RETURN p.key AS key, p.name AS name ORDER BY key LIMIT 2000")}
    experts = [PersonRef(key=k) for k in rng.sample(keys, args.experts)]
    # a fifth of the applicants by name (most of them namesakes: they go to `ambiguous`), the rest by key
    applicants = [PersonRef(name=names[k]) if k in names and rng.random() < 0.2 else PersonRef(key=k)
                  for k in rng.sample(keys, args.applicants)]
    check_conflicts(store, experts[:5], applicants[:5])  # warm-up
    times = []
    for _ in range(3):
        start = time.perf_counter()
        report = check_conflicts(store, experts, applicants)
        times.append((time.perf_counter() - start) * 1000)
    pairs = [(rng.choice(keys), rng.choice(keys)) for _ in range(args.samples)]
    paths = [_timed(partial(find_path, store, a, b, 4)) for a, b in pairs]
    hoods = [_timed(partial(neighbourhood, store, k, 1, 25, 300)) for k in rng.sample(keys, args.samples)]
    hoods2 = [_timed(partial(neighbourhood, store, k, 2, 25, 300)) for k in rng.sample(keys, args.samples)]
    return [f"{args.people:,} people in {built_s:.1f} s", f"{counts:,}",
            f"{min(times):,.0f} / {statistics.median(times):,.0f} ms",
            f"{len(report.conflicts):,} / {len(report.ambiguous):,}",
            _percentiles(paths), _percentiles(hoods), _percentiles(hoods2)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--experts", type=int, default=100)
    parser.add_argument("--applicants", type=int, default=1_000)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--data-dir", type=Path, default=None, help="the embedded store's data dir (default: a temp dir)")
    parser.add_argument("--store", action="append", choices=STORES, default=[],
                        help="also measure this store beside the embedded one (neo4j)")
    args = parser.parse_args()
    names = stores_to_run(args.store)
    columns: list[list[str]] = []
    for name in names:
        with bench_store(name, graph_name="bench", data_dir=args.data_dir) as store:
            try:
                columns.append(measure(store, args))
                print(f"{name}: {store.ping()}: done", flush=True)
            finally:
                clear(store)
    print(side_by_side([(label, [column[i] for column in columns]) for i, label in enumerate(FIGURES)], names))


if __name__ == "__main__":
    main()
