"""Replacing a document: our removal against the previous one, which walked every relationship of
every node the old version mentions.

    python -m bench.replace [--staff 2000] [--rounds 20] [--wide-people 400] [--wide-rounds 3]

Builds, in a fresh embedded store in a temp data dir, a hospital with --staff WORKS_AT edges from
other documents (staff lists of 100 invented people), then replaces a nomination naming ten people
of that hospital with a new version of itself, --rounds times with each removal, alternating.
Then the same for a wide document with no hub (bench.load's synthetic document of --wide-people
persons, about 2.5 entities each, all kept by the new version), where neither meets a hub. Prints
the median time of the removal and of the whole replacement with each, and the ratios.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.load import synthetic_document  # noqa: E402
from graph.loader import REMOVAL_STATEMENTS, plan_document, removal_statements  # noqa: E402
from graph.schema import Label, RelType  # noqa: E402
from graph.stores import stop_embedded  # noqa: E402
from graph.stores.base import Statement  # noqa: E402
from graph.stores.falkordb_store import FalkorDBStore  # noqa: E402
from ingest.model import Entity, Extraction, Relation, ResolvedDocument, SourceDocument, Span  # noqa: E402
from ingest.pipeline import load_resolved  # noqa: E402
from ingest.to_graph import graph_document  # noqa: E402

HUB = "某某中心医院"
PROJECT = "某某罕见病诊疗体系建设"
STAFF_PER_LIST = 100

# The removal before this benchmark: from each node the old version mentions, every relationship (the
# nodes and the Document itself go as they do now, so that only the relationship walk differs).
PREVIOUS_REMOVAL: tuple[str, ...] = (
    f"""MATCH (:{Label.DOCUMENT} {{id: $old}})-[:{RelType.MENTIONS}]->(n)-[r]-()
WHERE $old IN r.sources AND all(s IN r.sources WHERE s = $old)
WITH DISTINCT r
DELETE r""",
    f"""MATCH (:{Label.DOCUMENT} {{id: $old}})-[:{RelType.MENTIONS}]->(n)-[r]-()
WHERE $old IN r.sources
WITH DISTINCT r
SET r.sources = [s IN r.sources WHERE s <> $old],
    r.spans = [s IN coalesce(r.spans, []) WHERE NOT s STARTS WITH $prefix]""",
    *REMOVAL_STATEMENTS[-2:],
)


def _document(name: str, text: str, entities: list[Entity], relations: list[Relation]) -> ResolvedDocument:
    source = SourceDocument(name=name, text=text, encoding="utf-8", size=len(text.encode()))
    extraction = Extraction(document=name, genre="other", entities=tuple(entities), relations=tuple(relations))
    keys = {(e.type, e.ref): f"{e.type.lower()}:{e.ref}" for e in entities}
    return ResolvedDocument(source=source, extraction=extraction, keys=keys)


def staff_list(i: int) -> ResolvedDocument:
    names = [f"冯{i}号{j:03d}" for j in range(STAFF_PER_LIST)]
    span = (Span(0, len(HUB)),)
    entities = [Entity(Label.ORGANIZATION, HUB, kind="hospital", spans=span)]
    entities += [Entity(Label.PERSON, n, spans=span) for n in names]
    relations = [Relation(RelType.WORKS_AT, n, HUB, spans=span) for n in names]
    return _document(f"staff_{i:03d}.txt", f"{HUB}职工名录{i}：" + "、".join(names), entities, relations)


def nomination(version: int) -> ResolvedDocument:
    """Ten people of the hospital complete a project; each version names one more person of its own."""
    names = [f"褚{j}" for j in range(9)] + [f"卫{version}"]
    span = (Span(0, 2),)
    entities = [Entity(Label.ORGANIZATION, HUB, kind="hospital", spans=span),
                Entity(Label.PROJECT, PROJECT, kind="award_nomination", spans=span)]
    entities += [Entity(Label.PERSON, n, spans=span) for n in names]
    relations = [Relation(RelType.UNIT_OF, HUB, PROJECT, rank=1, spans=span)]
    for n in names:
        relations += [Relation(RelType.WORKS_AT, n, HUB, spans=span), Relation(RelType.MEMBER_OF, n, PROJECT, spans=span)]
    return _document("nomination.txt", f"项目名称：{PROJECT}（第{version}版）：" + "、".join(names), entities, relations)


def wide(people: int, version: int) -> ResolvedDocument:
    doc = synthetic_document(0, people)
    return replace(doc, source=replace(doc.source, text=f"{doc.source.text}（第{version}版）"))


def replace_with(store: FalkorDBStore, old: ResolvedDocument, new: ResolvedDocument,
                 removal: Sequence[str] | None) -> tuple[float, float]:
    """Seconds to remove ``old`` and to load ``new`` (two writes here, so the removal is timed
    alone; load_document makes them one); ``removal`` None is ours (graph.loader), else those
    statements with the same parameters."""
    old_id = old.source.id
    if removal is None:
        statements: list[Statement] = removal_statements(old_id)
    else:
        params = {"old": old_id, "prefix": f"{old_id}:"}
        statements = [(cypher, params) for cypher in removal]
    planned, _ = plan_document(graph_document(new), datetime.now(UTC))
    started = time.perf_counter()
    store.write_atomic(statements)
    removed = time.perf_counter()
    store.write_atomic(planned)
    return removed - started, time.perf_counter() - started


def alternate(store: FalkorDBStore, versions: list[ResolvedDocument]) -> dict[str, list[tuple[float, float]]]:
    """Replace each version by the next, alternating the previous removal and ours."""
    load_resolved(store, versions[0])
    times: dict[str, list[tuple[float, float]]] = {"previous": [], "ours": []}
    for i, (old, new) in enumerate(zip(versions, versions[1:], strict=False)):
        if i % 2:
            times["ours"].append(replace_with(store, old, new, None))
        else:
            times["previous"].append(replace_with(store, old, new, PREVIOUS_REMOVAL))
    return times


def report(what: str, times: dict[str, list[tuple[float, float]]]) -> None:
    print(f"{what}:")
    medians = {}
    for name, runs in times.items():
        medians[name] = [statistics.median(run[i] for run in runs) * 1000 for i in (0, 1)]
        removal, total = medians[name]
        print(f"  {name:8} removal: median {removal:7.1f} ms, with the load of the new version {total:7.1f} ms "
              f"({len(runs)} replacements)")
    before, after = medians["previous"], medians["ours"]
    print(f"  ratio previous/ours: removal {before[0] / after[0]:.1f}, replacement {before[1] / after[1]:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--staff", type=int, default=2000, help="WORKS_AT edges of the hospital from other documents")
    parser.add_argument("--rounds", type=int, default=20, help="replacements with each removal")
    parser.add_argument("--wide-people", type=int, default=400, help="persons of the wide document (0: skip it)")
    parser.add_argument("--wide-rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        data_dir = Path(tmp)
        store = FalkorDBStore.embedded(data_dir)
        try:
            store.ensure_schema()
            for i in range(args.staff // STAFF_PER_LIST):
                load_resolved(store, staff_list(i))
            hub_edges = store.read(f"MATCH ()-[r:{RelType.WORKS_AT}]->({{key: $key}}) RETURN count(r) AS n",
                                   {"key": f"{Label.ORGANIZATION.lower()}:{HUB}"})[0]["n"]
            times = alternate(store, [nomination(v) for v in range(2 * args.rounds + 1)])
            report(f"nomination of {len(nomination(0).extraction.entities)} entities naming a hospital "
                   f"with {hub_edges:,} WORKS_AT edges", times)
            if args.wide_people:
                versions = [wide(args.wide_people, v) for v in range(2 * args.wide_rounds + 1)]
                entities = len({(e.type, e.ref) for e in versions[0].extraction.entities})
                report(f"wide document of {entities:,} entities, no hub", alternate(store, versions))
        finally:
            store.close()
            stop_embedded(data_dir)


if __name__ == "__main__":
    main()
