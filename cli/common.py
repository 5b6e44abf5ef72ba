"""What every `kg` command shares: the consoles, JSON output and one store per command."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import typer
from rich.console import Console

from graph.stores import open_store
from graph.stores.base import Store
from settings import Settings

err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[red]error[/red] {message}")
    return typer.Exit(code)


@contextmanager
def store_session() -> Iterator[Store]:
    """The store for one command; a name that is unknown or ambiguous ends the command with one line."""
    from queries.errors import Ambiguous, QuestionError

    store = open_store(Settings())
    try:
        store.ensure_schema()
        yield store
    except Ambiguous as e:
        raise fail(f"{e}：{'；'.join(_candidate(c) for c in e.candidates)}") from e
    except QuestionError as e:
        raise fail(str(e)) from e
    finally:
        store.close()


def _candidate(found: dict[str, Any]) -> str:
    """One candidate of an ambiguous name, as a line names it: an entity with its units, or a document."""
    if "units" in found:
        return f"{found['name']}（{'、'.join(found.get('units') or []) or '单位不详'}）{found['key']}"
    return f"{found['name']}（{str(found.get('id', ''))[:16]}）"
