// Export of the visible view: PNG image, GraphML and JSON.

import { download } from "./dom.js";

function stamp() {
  return new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
}

function visible(cy) {
  const nodes = cy.nodes().not(".filtered");
  const edges = cy.edges().not(".filtered");
  return { nodes, edges };
}

export function viewAsJson(cy) {
  const { nodes, edges } = visible(cy);
  return {
    format: "kg-view/1",
    nodes: nodes.map((n) => ({
      id: n.id(), label: n.data("label"), kind: n.data("kind"), name: n.data("name"), year: n.data("year"),
      category: n.data("category"), position: n.position(),
    })),
    edges: edges.map((e) => ({
      id: e.id(), source: e.data("source"), target: e.data("target"), type: e.data("type"),
      properties: e.data("raw")?.properties ?? {},
    })),
  };
}

const xmlEscape = (value) =>
  String(value ?? "").replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]);

export function viewAsGraphml(cy) {
  const view = viewAsJson(cy);
  const nodeKeys = ["label", "kind", "name", "year", "category"];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...nodeKeys.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    '  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="e_properties" for="edge" attr.name="properties" attr.type="string"/>',
    '  <graph id="view" edgedefault="directed">',
  ];
  for (const n of view.nodes) {
    lines.push(`    <node id="${xmlEscape(n.id)}">`);
    for (const k of nodeKeys) if (n[k] != null) lines.push(`      <data key="n_${k}">${xmlEscape(n[k])}</data>`);
    lines.push("    </node>");
  }
  for (const e of view.edges) {
    lines.push(`    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`);
    lines.push(`      <data key="e_type">${xmlEscape(e.type)}</data>`);
    lines.push(`      <data key="e_properties">${xmlEscape(JSON.stringify(e.properties))}</data>`);
    lines.push("    </edge>");
  }
  lines.push("  </graph>", "</graphml>");
  return lines.join("\n");
}

export function exportPng(cy) {
  const blob = cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff", maxWidth: 8000, maxHeight: 8000 });
  download(blob, `图谱视图-${stamp()}.png`);
}

export function exportGraphml(cy) {
  download(new Blob([viewAsGraphml(cy)], { type: "application/graphml+xml" }), `图谱视图-${stamp()}.graphml`);
}

export function exportJson(cy) {
  const text = JSON.stringify(viewAsJson(cy), null, 2);
  download(new Blob([text], { type: "application/json" }), `图谱视图-${stamp()}.json`);
}
