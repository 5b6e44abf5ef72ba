"""A stand-in for the API routes the page calls, over an in-memory graph of invented people.

The page tests and bench/page.py use it so that they exercise the page alone: the routes have
their own tests. It follows the route contract (search, entity profile, neighbourhood, path,
documents, COI check) and serves the built bundle exactly as the real app does.
"""

from __future__ import annotations

import csv
import io
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, HTTPException
from fastapi.responses import Response

from api.web import mount_web

HOSPITAL = "org:某某大学附属医院"
UNIVERSITY = "org:某某大学"
PROJECT = "project:某某疾病精准诊疗关键技术创新与应用"
PAPER = "paper:某某疾病早期诊断的多中心研究"

NOMINATION_TEXT = (
    "项目名称：某某疾病精准诊疗关键技术创新与应用\n提名单位：某省卫生健康委员会\n"
    "主要完成人：赵一鸣，某某大学附属医院（某某附院）主任医师；钱二白，某某大学教授。\n"
    "代表性论文：某某疾病早期诊断的多中心研究，某某医学杂志，2021。\n知识产权：一种检测装置，ZL202310000001.X。"
)
NEWS_TEXT = "近日，某某大学附属医院赵一鸣主任团队在某某疾病诊疗方面取得进展。另据报道，某某研究所赵一鸣研究员也参与其中。"


@dataclass
class FakeGraph:
    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: list[dict[str, Any]] = field(default_factory=list)
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)

    def node(self, key: str, label: str, name: str, **props: Any) -> None:
        self.nodes[key] = {"key": key, "label": label, "name": name, **props}

    def edge(self, source: str, rel: str, target: str, doc: str | None = None, **props: Any) -> None:
        sources = []
        if doc:
            text = self.documents[doc]["text"]
            needle = self.nodes[source]["name"]
            at = text.find(needle)
            sources.append({"document": doc, "name": self.documents[doc]["name"],
                            "spans": [[at, at + len(needle)]] if at >= 0 else [], "text": needle})
        self.edges.append({"id": f"e{len(self.edges)}", "source": source, "target": target, "type": rel,
                           "properties": props, "sources": sources})

    def adjacent(self, key: str) -> list[dict[str, Any]]:
        return [e for e in self.edges if key in (e["source"], e["target"])]

    def summary(self, key: str) -> dict[str, Any]:
        n = self.nodes[key]
        return {"id": key, "key": key, "label": n["label"], "name": n["name"], "kind": n.get("kind"),
                "year": n.get("year")}

    def entity_sources(self, key: str) -> list[dict[str, Any]]:
        name = self.nodes[key]["name"]
        out = []
        for doc_id, doc in self.documents.items():
            at = doc["text"].find(name)
            if at >= 0:
                out.append({"document": doc_id, "name": doc["name"], "spans": [[at, at + len(name)]],
                            "snippets": [doc["text"][max(0, at - 10): at + len(name) + 10]]})
        return out

    def shortest_paths(self, source: str, target: str, max_hops: int) -> list[dict[str, Any]]:
        parents: dict[str, list[tuple[str, dict[str, Any]]]] = {source: []}
        depth = {source: 0}
        queue = deque([source])
        while queue:
            here = queue.popleft()
            if depth[here] >= max_hops:
                continue
            for e in self.adjacent(here):
                there = e["target"] if e["source"] == here else e["source"]
                if there not in depth:
                    depth[there] = depth[here] + 1
                    parents[there] = [(here, e)]
                    queue.append(there)
                elif depth[there] == depth[here] + 1:
                    parents[there].append((here, e))
        if target not in depth:
            return []

        def walk(key: str) -> list[tuple[list[str], list[dict[str, Any]]]]:
            if key == source:
                return [([source], [])]
            return [(ns + [key], es + [e]) for parent, e in parents[key] for ns, es in walk(parent)]

        return [{"nodes": [self.summary(k) for k in ns], "edges": es} for ns, es in walk(target)[:5]]


def sample_graph(staff: int = 70) -> FakeGraph:
    """赵一鸣 and 钱二白 complete one project; a hospital with more staff than one expansion shows."""
    g = FakeGraph()
    g.documents["doc-nom"] = {"id": "doc-nom", "name": "001_某某奖提名公示.txt", "genre": "award_nomination",
                              "text": NOMINATION_TEXT}
    g.documents["doc-news"] = {"id": "doc-news", "name": "002_某某医院新闻.txt", "genre": "news", "text": NEWS_TEXT}
    g.node("person:赵一鸣", "Person", "赵一鸣")
    g.node("person:赵一鸣@某某研究所", "Person", "赵一鸣")
    g.node("person:钱二白", "Person", "钱二白")
    g.node(HOSPITAL, "Organization", "某某大学附属医院", kind="hospital", aliases=["某某附院"])
    g.node(UNIVERSITY, "Organization", "某某大学", kind="university")
    g.node("org:某省卫生健康委员会", "Organization", "某省卫生健康委员会", kind="government")
    g.node("org:某某研究所", "Organization", "某某研究所", kind="research_institute")
    g.node(PROJECT, "Project", "某某疾病精准诊疗关键技术创新与应用", kind="award_nomination", year=2023)
    g.node(PAPER, "Paper", "某某疾病早期诊断的多中心研究", year=2021, journal="某某医学杂志")
    g.node("journal:某某医学杂志", "Journal", "某某医学杂志")
    g.node("patent:ZL202310000001.X", "Patent", "一种检测装置", number="ZL202310000001.X", kind="invention_patent")
    g.edge("person:赵一鸣", "WORKS_AT", HOSPITAL, "doc-nom", title="主任医师")
    g.edge("person:钱二白", "WORKS_AT", UNIVERSITY, "doc-nom", title="教授")
    g.edge("person:赵一鸣", "MEMBER_OF", PROJECT, "doc-nom", rank=1)
    g.edge("person:钱二白", "MEMBER_OF", PROJECT, "doc-nom", rank=2)
    g.edge(HOSPITAL, "UNIT_OF", PROJECT, "doc-nom", rank=1)
    g.edge(PROJECT, "NOMINATED_BY", "org:某省卫生健康委员会", "doc-nom")
    g.edge(HOSPITAL, "PART_OF", UNIVERSITY, "doc-nom")
    g.edge("person:赵一鸣", "AUTHORED", PAPER, "doc-nom", order=1, corresponding=True)
    g.edge(PAPER, "PUBLISHED_IN", "journal:某某医学杂志", "doc-nom")
    g.edge("person:赵一鸣", "INVENTED", "patent:ZL202310000001.X", "doc-nom", order=1)
    g.edge(HOSPITAL, "OWNS", "patent:ZL202310000001.X", "doc-nom")
    g.edge("person:赵一鸣", "LEADS", HOSPITAL, "doc-news", role="主任")
    g.edge("person:赵一鸣@某某研究所", "WORKS_AT", "org:某某研究所", "doc-news")
    g.edge("person:赵一鸣", "POSSIBLY_SAME", "person:赵一鸣@某某研究所", None, score=0.4)
    for i in range(staff):
        key = f"person:职工{i:03d}"
        g.node(key, "Person", f"职工{i:03d}")
        g.edge(key, "WORKS_AT", HOSPITAL)
    return g


def hub_graph(size: int) -> FakeGraph:
    """One organization with `size` neighbours of mixed types, for the page benchmark."""
    g = FakeGraph()
    hub = "org:某某中心医院"
    g.node(hub, "Organization", "某某中心医院", kind="hospital")
    labels = [("Person", "WORKS_AT", None), ("Paper", "OWNS", None), ("Project", "UNIT_OF", None),
              ("Patent", "OWNS", "invention_patent"), ("Organization", "COLLABORATES_WITH", "company")]
    for i in range(size - 1):
        label, rel, kind = labels[i % len(labels)]
        key = f"{label.lower()}:样例{i:05d}"
        g.node(key, label, f"样例{label}{i:05d}", kind=kind, year=2000 + i % 25)
        g.edge(key, rel, hub) if label == "Person" else g.edge(hub, rel, key)
    return g


def _people(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"name": r.get("name"), "organization": r.get("organization")} for r in rows]


def fake_app(graph: FakeGraph) -> FastAPI:
    app = FastAPI()

    def find(q: str, limit: int) -> dict[str, Any]:
        hits = [n for n in graph.nodes.values()
                if q in n["name"] or any(q in a for a in n.get("aliases") or [])]
        data = [{"key": n["key"], "label": n["label"], "name": n["name"], "kind": n.get("kind"),
                 "aliases": n.get("aliases")} for n in hits[:limit]]
        return {"data": data, "offset": 0, "limit": limit, "has_more": len(hits) > limit}

    @app.get("/search")
    def search(q: str, limit: int = 20) -> dict[str, Any]:
        return find(q, limit)

    @app.get("/entities/{key:path}")
    def profile(key: str) -> dict[str, Any]:
        if key not in graph.nodes:
            raise HTTPException(404, "no such entity")
        groups: dict[str, list[dict[str, Any]]] = {}
        for e in graph.adjacent(key):
            other = e["target"] if e["source"] == key else e["source"]
            groups.setdefault(e["type"], []).append(graph.summary(other))
        node = graph.nodes[key]
        return {**graph.summary(key), "aliases": node.get("aliases"),
                "properties": {k: v for k, v in node.items() if k not in ("label",)},
                "sources": graph.entity_sources(key), "relationships": groups}

    @app.get("/graph/neighborhood")
    def neighborhood(key: str, depth: int = 1, limit: int = 50) -> dict[str, Any]:
        if key not in graph.nodes:
            raise HTTPException(404, "no such entity")
        edges = graph.adjacent(key)
        shown = edges[:limit]
        others = {e["target"] if e["source"] == key else e["source"] for e in shown}
        return {"nodes": [graph.summary(key)] + [graph.summary(k) for k in sorted(others)],
                "edges": shown, "truncated": len(edges) > limit}

    @app.get("/path")
    def path(source: str, target: str, max_hops: int = 4) -> dict[str, Any]:
        return {"paths": graph.shortest_paths(source, target, max_hops)}

    @app.get("/documents/{doc_id}")
    def document(doc_id: str) -> dict[str, Any]:
        if doc_id not in graph.documents:
            raise HTTPException(404, "no such document")
        return {**graph.documents[doc_id], "spans": []}

    @app.post("/coi/check")
    def coi(body: dict[str, Any], format: str = "json") -> Any:
        experts, applicants = _people(body["experts"]), _people(body["applicants"])
        names: dict[str, str] = {}
        for k, n in graph.nodes.items():
            if n["label"] == "Person":
                names.setdefault(n["name"], k)
        conflicts, not_found = [], []
        for person in experts + applicants:
            if person["name"] not in names:
                not_found.append(person)
        for expert in experts:
            for applicant in applicants:
                a, b = names.get(expert["name"]), names.get(applicant["name"])
                if not a or not b or a == b:
                    continue
                paths = graph.shortest_paths(a, b, 2)
                if paths:
                    p = paths[0]
                    conflicts.append({
                        "expert": expert, "applicant": applicant, "types": ["same_project"], "severity": "high",
                        "evidence": [{"path": p["nodes"] + p["edges"], "sources": [
                            {"document": "doc-nom", "name": graph.documents["doc-nom"]["name"],
                             "text": "主要完成人：赵一鸣", "spans": [[NOMINATION_TEXT.find("主要完成人"), NOMINATION_TEXT.find("主要完成人") + 9]]}]}],
                    })
        result = {"conflicts": conflicts, "ambiguous": [], "not_found": not_found}
        if format == "csv":
            out = io.StringIO()
            writer = csv.writer(out)
            writer.writerow(["专家", "申报人", "类型", "严重程度"])
            for c in conflicts:
                writer.writerow([c["expert"]["name"], c["applicant"]["name"], ";".join(c["types"]), c["severity"]])
            return Response(out.getvalue().encode("utf-8-sig"), media_type="text/csv")
        return result

    mount_web(app)
    return app
