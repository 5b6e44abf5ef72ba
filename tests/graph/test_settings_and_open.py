"""Settings come from the environment; open_store picks the backend they name."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import QueryError, StoreUnavailable
from graph.stores import open_store, stop_embedded
from graph.stores.falkordb_store import compose, cypher_literal
from queries import runner
from queries.runner import stats
from settings import Settings, default_data_dir


def test_settings_read_prefixed_and_neo4j_variables(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KG_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("KG_API_TOKEN", "s3cret")
    monkeypatch.setenv("NEO4J_URI", "neo4j://db.example:7687")
    monkeypatch.setenv("NEO4J_PASSWORD", "pw")
    monkeypatch.setenv("NEO4J_DATABASE", "kg")
    settings = Settings()
    assert settings.store == "embedded" and settings.data_dir == tmp_path
    assert settings.api_token is not None and settings.api_token.get_secret_value() == "s3cret"
    assert (settings.neo4j_uri, settings.neo4j_user, settings.neo4j_database) == ("neo4j://db.example:7687", "neo4j", "kg")
    assert "pw" not in repr(settings)


def test_the_default_data_dir_is_the_users_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KG_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_data_dir() == tmp_path / "kg-data"
    assert Settings().data_dir == tmp_path / "kg-data"


def test_neo4j_without_a_uri_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_URI", raising=False)
    with pytest.raises(StoreUnavailable, match="NEO4J_URI"):
        open_store(Settings(store="neo4j"))


def test_a_store_never_written_reads_as_empty(tmp_path: Path) -> None:
    store = open_store(Settings(data_dir=tmp_path))
    try:
        assert stats(store).documents == 0
        assert store.read("RETURN 1 AS one") == [{"one": 1}]
    finally:
        store.close()
        stop_embedded(tmp_path)


def test_compose_keeps_each_statements_parameters_apart() -> None:
    cypher, params = compose([("CREATE (:A {v: $x})", {"x": 1}), ("CREATE (:B {v: $x, w: $y})", {"x": 2, "y": 3})])
    assert "$s0_x" in cypher and "$s1_x" in cypher and "$s1_y" in cypher and "WITH count(*) AS _" in cypher
    assert params == {"s0_x": 1, "s1_x": 2, "s1_y": 3}


def test_compose_sends_a_value_several_statements_share_once() -> None:
    rows = [{"key": "person:甲"}]
    cypher, params = compose([("UNWIND $rows AS r MATCH (n {key: r.key}) SET n.x = 1", {"rows": rows}),
                              ("UNWIND $rows AS r CREATE (:P {key: r.key})", {"rows": rows, "other": [1]})])
    assert cypher.count("$s0_rows") == 2 and "$s1_rows" not in cypher
    assert params == {"s0_rows": rows, "s1_other": [1]}


def test_parameter_literals_quote_keys_and_keep_nul_out_of_the_query_text() -> None:
    assert cypher_literal({"key": "a\"b", "n": [1, None, True]}) == '{`key`:"a\\"b",`n`:[1,null,true]}'
    with pytest.raises(QueryError, match="NUL"):
        cypher_literal({"name": "林晓峰\x00"})  # a write: the server would read the text only up to the NUL
    assert "\x00" not in cypher_literal({"name": "林晓峰\x00"}, read_only=True)  # a read finds nothing instead


def test_query_text_prefers_the_dialect_variant(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "neo4j").mkdir()
    (tmp_path / "q.cypher").write_text("RETURN 1 AS v", encoding="utf-8")
    (tmp_path / "neo4j" / "q.cypher").write_text("RETURN 2 AS v", encoding="utf-8")
    monkeypatch.setattr(runner, "QUERY_DIR", tmp_path)
    runner.query_text.cache_clear()
    try:
        assert runner.query_text("q", "neo4j") == "RETURN 2 AS v"
        assert runner.query_text("q", "falkordb") == "RETURN 1 AS v"
        assert runner.query_names() == ["q"]
        with pytest.raises(FileNotFoundError):
            runner.query_text("no_such_query", "falkordb")
        with pytest.raises(ValueError):
            runner.query_text("../pyproject", "falkordb")
    finally:
        runner.query_text.cache_clear()
