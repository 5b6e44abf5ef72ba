"""The packages import downward only, and no module imports itself back: an import walk over the source.

    cli ─→ api ─→ queries ─┐
      └────────→ ingest ───┴─→ graph          names (and settings, for the two programs) below every one

Every import counts, wherever it stands: at the top, inside a function, under TYPE_CHECKING.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOT_LAYERED = {"tests", "bench", "train", "tools", "examples", "node_modules"}  # tools, not the product

# What each package may import, besides itself. A package or top-level module not listed fails the test:
# a new one takes its place here.
LAYERS: dict[str, set[str]] = {
    "cli": {"api", "queries", "ingest", "graph", "names", "settings"},
    "api": {"queries", "ingest", "graph", "names", "settings"},
    "queries": {"graph", "names"},
    "ingest": {"graph", "names"},
    "graph": set(),
    "names": set(),
    "settings": set(),
}
# Ingest uses the graph's vocabulary (labels, relationship types) and the evidence resolution reads
# anywhere; it writes to a store and reads from one only where the pipeline meets the graph.
GRAPH_FOR_ALL_OF_INGEST = {"graph.schema", "graph.evidence"}
WHERE_INGEST_MEETS_GRAPH = {"ingest.pipeline", "ingest.to_graph"}


def modules(root: Path) -> dict[str, Path]:
    """Every module of the layered packages under ``root``, by dotted name."""
    found: dict[str, Path] = {}
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        if parts[0] in NOT_LAYERED or parts[0].startswith(".") or any(p.startswith(".") for p in parts):
            continue
        if len(parts) > 1 and not (root / parts[0] / "__init__.py").is_file():
            continue  # a folder of scripts, not a package
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if name:
            found[name] = path
    return found


def imported(name: str, path: Path) -> Iterator[str]:
    """Every dotted name ``name``'s source imports (relative imports made absolute)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
            yield from (f"{base}.{alias.name}" for alias in node.names)  # a module, or a name in `base`


def import_graph(root: Path) -> dict[str, set[str]]:
    """Module -> the modules of ours it imports (a name imported from a module counts as that module)."""
    known = modules(root)
    graph: dict[str, set[str]] = {name: set() for name in known}
    for name, path in known.items():
        for target in imported(name, path):
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                graph[name].add(target)
    return graph


def top(module: str) -> str:
    return module.partition(".")[0]


def upward_imports(graph: Mapping[str, set[str]]) -> list[str]:
    """`a -> b` for each import a package's layer does not allow, and each package no layer lists."""
    wrong = [f"{top(m)}: in no layer" for m in graph if top(m) not in LAYERS]
    for module, targets in graph.items():
        allowed = LAYERS.get(top(module), set()) | {top(module)}
        wrong += [f"{module} -> {t}" for t in sorted(targets) if top(t) not in allowed]
    return sorted(set(wrong))


def ingest_store_access(graph: Mapping[str, set[str]]) -> list[str]:
    """Modules of ingest that reach into the graph beyond its vocabulary, outside the pipeline."""
    return sorted(f"{m} -> {t}" for m, targets in graph.items() if top(m) == "ingest" and m not in WHERE_INGEST_MEETS_GRAPH
                  for t in targets if top(t) == "graph" and t not in GRAPH_FOR_ALL_OF_INGEST)


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found)


def test_every_package_imports_downward_only() -> None:
    graph = import_graph(ROOT)
    assert {top(m) for m in graph} == set(LAYERS)
    assert sum(len(t) for t in graph.values()) > 300  # the walk does see the imports
    assert upward_imports(graph) == []


def test_ingest_meets_the_graph_in_the_pipeline_only() -> None:
    assert ingest_store_access(import_graph(ROOT)) == []


def test_no_module_imports_itself_back() -> None:
    assert cycles(import_graph(ROOT)) == []


def test_the_walk_finds_an_upward_import_and_a_cycle(tmp_path: Path) -> None:
    """The checks above fail when they should: a graph module importing ingest (inside a function, and
    relatively), two modules importing each other under TYPE_CHECKING, a store read in extraction."""
    files = {
        "graph/__init__.py": "", "graph/loader.py": "def f():\n    from ingest.model import X\n",
        "graph/stores.py": "", "graph/schema.py": "from . import loader\n",
        "ingest/__init__.py": "",
        "ingest/model.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ingest.blocks import B\n",
        "ingest/blocks.py": "from .model import X\nfrom graph import stores\nfrom graph.schema import Label\n",
        "queries/__init__.py": "", "api/__init__.py": "", "cli/__init__.py": "", "names/__init__.py": "",
        "settings.py": "", "tests/test_x.py": "import cli\n", "bench/__init__.py": "from graph import loader\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    graph = import_graph(tmp_path)
    assert upward_imports(graph) == ["graph.loader -> ingest.model"]
    assert ingest_store_access(graph) == ["ingest.blocks -> graph.stores"]
    assert cycles(graph) == [["graph.loader", "graph.schema", "ingest.blocks", "ingest.model"]]
