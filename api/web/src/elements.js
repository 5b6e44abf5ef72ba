// Canvas elements from API rows: a node's data (category, colour, shape, a short label) and an edge's.

import { CATEGORY_BY_ID, categoryOf, displayName, relationName } from "./vocab.js";

export function shorten(name, most = 16) {
  const text = String(name ?? "");
  return text.length > most ? `${text.slice(0, most - 1)}…` : text;
}

export function nodeData(node) {
  const id = node.id ?? node.key;
  const category = categoryOf(node.label, node.kind);
  const look = CATEGORY_BY_ID[category] ?? CATEGORY_BY_ID.organization;
  const name = displayName(node.label, node.name ?? id);
  return {
    id,
    key: node.key ?? id,
    label: node.label,
    kind: node.kind ?? null,
    name,
    short: shorten(name),
    year: node.year ?? null,
    category,
    color: look.color,
    shape: look.shape,
    size: category === "person" ? 30 : 26,
    raw: node,
  };
}

export function edgeId(edge) {
  return edge.id != null ? String(edge.id) : `${edge.source}|${edge.type}|${edge.target}`;
}

export function edgeData(edge) {
  return {
    id: edgeId(edge),
    source: edge.source,
    target: edge.target,
    type: edge.type,
    relation: edge.type === "POSSIBLY_SAME" && edge.properties?.score != null
      ? `疑似同一人 ${Number(edge.properties.score).toFixed(2)}`
      : relationName(edge.type),
    year: edge.properties?.year ?? null,
    raw: edge,
  };
}
