"""Text the store cuts reaches the client whole.

The COI evidence query once failed now and then with `UnicodeDecodeError ... unexpected end of data`. The
root: FalkorDB's substring() bounds a window by the text's length in BYTES but walks it in CHARACTERS, so
a window that runs past the last character of Chinese text (three bytes a character) but not past its
byte count walks on into the memory after the string. What comes back depends on what lies there: the
right text, other bytes, a character cut in two (the client cannot decode it), or a crashed server; hence
a failure in one full run of two. Every query that cuts text clips the window with size() first.

These tests ask each such query for windows in exactly that zone, check that every substring() of every
query file has its length clipped (a new query cannot bring the fault back), and show, with a real server
holding a character cut in two, that such text is a clear QueryError and not a crash of the client.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import redis

from graph.errors import QueryError
from graph.evidence import STATEMENTS, statement
from graph.stores.base import Store
from graph.stores.embedded_server import ensure_server
from graph.stores.falkordb_store import FalkorDBStore
from queries.runner import DIALECTS, query_names, query_text, run_query

TEXT = "甲乙丙丁戊己庚辛壬癸\n"  # 11 characters in 31 bytes
CHARS, BYTES = len(TEXT), len(TEXT.encode())


def _document(store: Store) -> None:
    store.write("CREATE (d:Document {id: 'doc-cjk', name: 'cjk.txt', text: $text, ingested_at: '2024-01-01T00:00:00Z'}) "
                "CREATE (d)-[:MENTIONS]->(:Person {key: 'person:甲', name: '甲'})", {"text": TEXT})


def test_every_window_past_the_last_character_but_within_the_bytes_is_the_text(store: Store) -> None:
    _document(store)
    windows = [{"doc": "doc-cjk", "start": lo, "end": length, "from": lo, "len": length}
               for lo in range(CHARS) for length in range(CHARS - lo + 1, BYTES - lo + 1)]
    rows = run_query(store, "evidence_text", spans=windows)
    assert len(rows) == len(windows)
    for row in rows:
        lo, length = row["start"], row["end"]
        assert (row["window_start"], row["window"]) == (lo, TEXT[lo:lo + length]), (lo, length)


@pytest.mark.parametrize("head", range(CHARS, BYTES + 2))
def test_the_head_of_a_document_longer_in_bytes_than_asked_is_its_whole_text(store: Store, head: int) -> None:
    _document(store)
    listed = run_query(store, "documents", skip=0, limit=5, head=head)
    lines = run_query(store, "source_lines", spans=[{"doc": "doc-cjk", "start": 4}], head=head)
    context = run_query(store, "person_context", keys=["person:甲"], max_documents=3, max_coworkers=3, head=head)
    assert [r["head"] for r in listed] == [TEXT]
    assert [(r["line"], r["head"]) for r in lines] == [(1, TEXT)]
    assert [d["head"] for r in context for d in r["documents"]] == [TEXT]


def _calls(cypher: str, function: str) -> list[list[str]]:
    """The arguments of each call of ``function`` in ``cypher``, split at the commas of its own level."""
    found = []
    for match in re.finditer(rf"\b{function}\s*\(", cypher, flags=re.IGNORECASE):
        depth, args, current = 1, [], ""
        for char in cypher[match.end():]:
            depth += char in "([{"
            depth -= char in ")]}"
            if depth == 0:
                break
            if char == "," and depth == 1:
                args.append(current.strip())
                current = ""
            else:
                current += char
        found.append([*args, current.strip()])
    return found


def _clipped(length: str, cypher: str) -> bool:
    """Whether ``length`` is bounded by size(): it calls size(), or names a value bound (`... AS name`) from
    an expression that does."""
    sized = {m.group(2) for m in re.finditer(r"([^,]*?)\s+AS\s+(\w+)", cypher) if "size(" in m.group(1)}
    return "size(" in length or bool(set(re.findall(r"\w+", length)) & sized)


def _statements() -> list[tuple[str, str]]:
    """Every statement we send: the query files and the resolution's evidence reads, comments left out."""
    found = [(f"{dialect}/{name}", query_text(name, dialect)) for name in query_names() for dialect in DIALECTS]
    found += [(f"{dialect}/{name}", statement(name, dialect)) for name in STATEMENTS for dialect in DIALECTS]
    return [(name, re.sub(r"//[^\n]*", "", cypher)) for name, cypher in found]


def test_every_substring_of_a_query_is_clipped_to_its_text() -> None:
    """substring(text, start, length): FalkorDB's own bound is the byte count, so the length must be one
    that size() bounds (a 2-argument substring() is bounded by bytes too). The same for left(), but for
    its first character."""
    unclipped = []
    for name, cypher in _statements():
        for args in _calls(cypher, "substring"):
            if len(args) != 3 or not _clipped(args[2], cypher):
                unclipped.append(f"{name}: substring({', '.join(args)})")
        for args in _calls(cypher, "left"):
            if args[-1] != "1" and not _clipped(args[-1], cypher):
                unclipped.append(f"{name}: left({', '.join(args)})")
    assert not unclipped, unclipped


def test_the_clip_check_sees_an_unclipped_window() -> None:
    unclipped = "MATCH (d) RETURN substring(d.text, s.from, s.len) AS w"
    assert _calls(unclipped, "substring") == [["d.text", "s.from", "s.len"]]
    assert not _clipped("s.len", unclipped)
    through = "WITH d, size(d.text) AS chars RETURN substring(d.text, 0, CASE WHEN $n < chars THEN $n ELSE chars END)"
    assert _clipped(_calls(through, "substring")[0][2], through)


def test_text_cut_inside_a_character_on_the_server_is_a_query_error(embedded_store: FalkorDBStore,
                                                                     embedded_data_dir: Path) -> None:
    """What the client met: the server answering with bytes that end inside a character. The bytes are
    written raw (our client never sends such text), then read through the store as any query would."""
    cut = "壬".encode() + "癸".encode()[:2]
    server = redis.Redis(**ensure_server(embedded_data_dir).connection_kwargs())  # type: ignore[arg-type]
    try:
        server.execute_command("GRAPH.QUERY", embedded_store._graph_name, b"CREATE (:Document {id: 'cut', text: '" + cut + b"'})")
    finally:
        server.close()
    with pytest.raises(QueryError, match="not UTF-8.*unexpected end of data"):
        embedded_store.read("MATCH (d:Document {id: 'cut'}) RETURN d.text AS text")
    assert embedded_store.read("MATCH (d:Document) RETURN count(d) AS n") == [{"n": 1}]  # the store still answers
