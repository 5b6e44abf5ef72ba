"""Every statement the Neo4j dialect would send parses with Neo4j's own grammar."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from graph.evidence import STATEMENTS, statement
from graph.loader import plan_document, removal_statements
from graph.stores.neo4j_store import schema_statements
from graph.upgrade import upgrade_statements
from ingest.to_graph import graph_document
from queries.runner import QUERY_DIR, query_names, query_text
from tests.graph.cypher_lint import lint_neo4j, lint_unavailable
from tests.graph.samples import guideline, news, nomination

pytestmark = [pytest.mark.skipif(lint_unavailable() is not None, reason=str(lint_unavailable())), pytest.mark.slow]


def neo4j_statements() -> list[str]:
    statements = list(schema_statements())
    for doc in (nomination(), news(), guideline()):
        statements += [cypher for cypher, _ in plan_document(graph_document(doc), datetime.now(UTC))[0]]
    statements += [cypher for cypher, _ in removal_statements("0" * 64)]
    statements += upgrade_statements()
    statements += [query_text(name, "neo4j") for name in query_names()]
    statements += [statement(name, "neo4j") for name in STATEMENTS]
    return list(dict.fromkeys(statements))


def test_the_linter_catches_a_syntax_error() -> None:
    assert lint_neo4j(["MATCH (n) RETURN n", "RETRN 1"])[0][0] == "RETRN 1"


def test_every_neo4j_statement_parses() -> None:
    statements = neo4j_statements()
    assert len(statements) > 20
    errors = lint_neo4j(statements)
    assert errors == [], "\n\n".join(f"{cypher}\n  -> {message}" for cypher, message in errors)


def test_every_query_file_names_its_parameters_and_columns() -> None:
    missing = []
    for path in sorted(QUERY_DIR.rglob("*.cypher")):
        head = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("//")]
        text = " ".join(head).lower()
        if not head or "param" not in text or "column" not in text:
            missing.append(str(path.relative_to(QUERY_DIR)))
    assert missing == [], f"query files without a '// params: ... // columns: ...' header: {missing}"
