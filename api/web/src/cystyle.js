// The Cytoscape stylesheet: nodes by category (colour and shape), edges labelled by relationship type.

import { CATEGORIES } from "./vocab.js";

const HIGHLIGHT = "#f97316";

export function stylesheet() {
  const byCategory = CATEGORIES.map((c) => ({
    selector: `node[category = "${c.id}"]`,
    style: { "background-color": c.color, shape: c.shape },
  }));
  return [
    {
      selector: "node",
      style: {
        label: "data(short)",
        "font-size": 11,
        "font-family": "Noto Sans CJK SC, sans-serif",
        "text-valign": "bottom",
        "text-margin-y": 3,
        "min-zoomed-font-size": 7,
        width: 26,
        height: 26,
        "border-width": 1,
        "border-color": "#ffffff",
        color: "#1f2933",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.7,
        "text-background-padding": 1,
      },
    },
    ...byCategory,
    { selector: 'node[category = "person"]', style: { width: 30, height: 30 } },
    { selector: "node.expanded", style: { "border-width": 3, "border-color": "#0f2a4a" } },
    { selector: "node.seed", style: { width: 40, height: 40, "font-weight": "bold", "font-size": 13 } },
    { selector: "node.more", style: { "border-style": "dashed", "border-color": "#b45309", "border-width": 3 } },
    {
      selector: "edge",
      style: {
        width: 1.5,
        "line-color": "#94a3b8",
        "target-arrow-color": "#94a3b8",
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.8,
        "curve-style": "bezier",
        label: "data(relation)",
        "font-size": 9,
        color: "#475569",
        "text-rotation": "autorotate",
        "text-background-color": "#fbfcfe",
        "text-background-opacity": 0.85,
        "min-zoomed-font-size": 8,
      },
    },
    { selector: "edge.nolabel", style: { label: "" } },
    { selector: "edge.lowconf", style: { "line-style": "dashed", "line-color": "#c084fc", "target-arrow-shape": "none" } },
    { selector: ".filtered", style: { display: "none" } },
    { selector: ".dim", style: { opacity: 0.15 } },
    { selector: "node.path", style: { "border-width": 4, "border-color": HIGHLIGHT, opacity: 1 } },
    {
      selector: "edge.path",
      style: { width: 4, "line-color": HIGHLIGHT, "target-arrow-color": HIGHLIGHT, opacity: 1, "z-index": 10, label: "data(relation)" },
    },
    { selector: "node:selected", style: { "overlay-color": "#1d4ed8", "overlay-opacity": 0.25, "overlay-padding": 6 } },
    { selector: "edge:selected", style: { "line-color": "#1d4ed8", "target-arrow-color": "#1d4ed8", width: 3, label: "data(relation)" } },
  ];
}
