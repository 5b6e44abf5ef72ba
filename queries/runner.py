"""Named queries: each `.cypher` file here holds one statement, with dialect variants beside it.

`queries/<dialect>/<name>.cypher` wins over `queries/<name>.cypher` for that dialect. For Neo4j, a
subquery's importing `CALL { WITH k ...` is given its variable scope clause, `CALL (k) { WITH k ...`:
the form Neo4j 5.26 asks for (the other is deprecated), which FalkorDB does not parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field

from graph.schema import Label, RelType
from graph.stores.base import Store
from queries.answers import Answer

QUERY_DIR = Path(__file__).resolve().parent
DIALECTS = ("falkordb", "neo4j")
_IMPORTING_CALL = re.compile(r"CALL\s*\{(\s*)WITH\s+([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)(?=\s)")


def scoped_subqueries(cypher: str) -> str:
    """``CALL { WITH a, b ...`` as ``CALL (a, b) { WITH a, b ...`` (the WITH is then a plain projection)."""
    return _IMPORTING_CALL.sub(lambda m: f"CALL ({m.group(2)}) {{{m.group(1)}WITH {m.group(2)}", cypher)


@cache
def query_text(name: str, dialect: str) -> str:
    """The statement of query ``name`` for ``dialect``; FileNotFoundError if there is none."""
    if "/" in name or "\\" in name or name.startswith("."):
        raise ValueError(f"bad query name {name!r}")
    variant = QUERY_DIR / dialect / f"{name}.cypher"
    path = variant if variant.is_file() else QUERY_DIR / f"{name}.cypher"
    if not path.is_file():
        raise FileNotFoundError(f"no query {name!r} in {QUERY_DIR}")
    text = path.read_text(encoding="utf-8")
    return scoped_subqueries(text) if dialect == "neo4j" else text


def query_names() -> list[str]:
    """Every named query, default and dialect-only ones alike."""
    names = {p.stem for p in QUERY_DIR.glob("*.cypher")}
    for dialect in DIALECTS:
        names |= {p.stem for p in (QUERY_DIR / dialect).glob("*.cypher")}
    return sorted(names)


def run_query(store: Store, name: str, **params: Any) -> list[dict[str, Any]]:
    """Run the read query ``name`` with ``params`` on ``store``."""
    return store.read(query_text(name, store.dialect), params)


@dataclass(frozen=True, slots=True)
class GraphStats(Answer):
    """How many documents, nodes of each label and relationships of each type the graph holds (every label
    and type listed, 0 where there are none)."""

    documents: Annotated[int, Field(examples=[4])]
    nodes: Annotated[dict[str, int], Field(examples=[{"Person": 80, "Organization": 60}])]
    relationships: Annotated[dict[str, int], Field(examples=[{"AUTHORED": 136, "WORKS_AT": 38}])]


def stats(store: Store) -> GraphStats:
    nodes: dict[str, int] = {str(label): 0 for label in Label}
    relationships: dict[str, int] = {str(rel_type): 0 for rel_type in RelType}
    for row in run_query(store, "stats"):
        target = nodes if row["kind"] == "node" else relationships
        target[row["name"]] = target.get(row["name"], 0) + int(row["n"])
    return GraphStats(nodes[str(Label.DOCUMENT)], nodes, relationships)
