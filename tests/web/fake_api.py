"""An in-memory stand-in for the neighbourhood route, for bench/page.py: it times the page alone
(bundle, fetch, layout, first draw), not the store. The page tests use the real app instead
(tests/web/conftest.py). It follows GET /graph/neighborhood's contract and serves the built bundle
exactly as the real app does."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, HTTPException

from api.web import mount_web

HUB = "org:某某中心医院"


@dataclass
class FakeGraph:
    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: list[dict[str, Any]] = field(default_factory=list)

    def node(self, key: str, label: str, name: str, **props: Any) -> None:
        self.nodes[key] = {"id": key, "label": label, "name": name, "kind": props.get("kind"),
                           "year": props.get("year")}

    def edge(self, source: str, rel: str, target: str) -> None:
        self.edges.append({"id": f"{source}|{rel}|{target}", "source": source, "target": target, "type": rel,
                           "properties": {}, "sources": []})


def hub_graph(size: int) -> FakeGraph:
    """One organization with `size - 1` neighbours of mixed types."""
    g = FakeGraph()
    g.node(HUB, "Organization", "某某中心医院", kind="hospital")
    labels = [("Person", "WORKS_AT", None), ("Paper", "OWNS", None), ("Project", "UNIT_OF", None),
              ("Patent", "OWNS", "invention_patent"), ("Organization", "COLLABORATES_WITH", "company")]
    for i in range(size - 1):
        label, rel, kind = labels[i % len(labels)]
        key = f"{label.lower()}:样例{i:05d}"
        g.node(key, label, f"样例{label}{i:05d}", kind=kind, year=2000 + i % 25)
        g.edge(key, rel, HUB) if label == "Person" else g.edge(HUB, rel, key)
    return g


def fake_app(graph: FakeGraph) -> FastAPI:
    app = FastAPI()

    @app.get("/graph/neighborhood")
    def neighborhood(key: str, depth: int = 1, per_type: int = 25, limit: int = 300) -> dict[str, Any]:
        if key not in graph.nodes:
            raise HTTPException(404, "no such entity")
        adjacent = [e for e in graph.edges if key in (e["source"], e["target"])]
        shown = adjacent[: limit - 1]
        others = [e["target"] if e["source"] == key else e["source"] for e in shown]
        return {"nodes": [graph.nodes[key]] + [graph.nodes[k] for k in others], "edges": shown,
                "truncated": len(adjacent) > len(shown)}

    mount_web(app)
    return app
