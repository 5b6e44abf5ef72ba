// The Cytoscape stylesheet: nodes by category (colour and shape, carried in their data), edges labelled by relationship type.
// Three densities: relationship labels only on a small canvas; on a large one (hundreds to thousands of
// nodes) straight "haystack" edges without arrows, since bezier edges make Cytoscape compare every pair
// of edges at a hub, which costs seconds at 2,000 nodes.

const HIGHLIGHT = "#f97316";

export const DENSITIES = ["small", "medium", "large"];

export function stylesheet(density = "small") {
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
        // Colour, shape and size come with each node's data (see nodeData): one rule to match instead of
        // one per category keeps styling 2,000 nodes cheap.
        "background-color": "data(color)",
        shape: "data(shape)",
        width: "data(size)",
        height: "data(size)",
        "border-width": 1,
        "border-color": "#ffffff",
        color: "#1f2933",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.7,
        "text-background-padding": 1,
      },
    },
    // On a crowded canvas a label appears only once the canvas is zoomed in far enough to read it.
    density === "small" ? null : { selector: "node", style: { "min-zoomed-font-size": 10 } },
    density === "large"
      ? { selector: "node", style: { "border-width": 0, "text-background-opacity": 0 } }
      : null,
    { selector: "node.hub", style: { "font-size": 15, "font-weight": "bold", "min-zoomed-font-size": 5 } },
    { selector: "node.expanded", style: { "border-width": 3, "border-color": "#0f2a4a", "min-zoomed-font-size": 5 } },
    {
      selector: "node.namesake",
      style: { "text-wrap": "wrap", "text-max-width": 140, "border-width": 3, "border-style": "double", "border-color": "#7c3aed" },
    },
    {
      selector: "node.group",
      style: {
        "background-color": "#f8fafc", "background-opacity": 0.6, "border-width": 1, "border-style": "dashed",
        "border-color": "#94a3b8", shape: "round-rectangle", "text-valign": "top", "text-halign": "center",
        "font-size": 14, "font-weight": "bold", "min-zoomed-font-size": 4, padding: 14, color: "#334155",
      },
    },
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
    density === "small" ? null : { selector: "edge", style: { label: "" } },
    density === "large"
      ? {
          selector: "edge",
          style: { "curve-style": "haystack", "haystack-radius": 0, "target-arrow-shape": "none", width: 1 },
        }
      : null,
    {
      selector: "edge.lowconf",
      style: { "line-style": "dashed", "line-color": "#a855f7", "target-arrow-shape": "none", width: 2, label: "data(relation)", color: "#7e22ce" },
    },
    { selector: ".filtered", style: { display: "none" } },
    { selector: ".dim", style: { opacity: 0.15 } },
    { selector: "node.path", style: { "border-width": 4, "border-color": HIGHLIGHT, opacity: 1, "min-zoomed-font-size": 4 } },
    {
      selector: "edge.path",
      style: { "curve-style": "bezier", "target-arrow-shape": "triangle", width: 4, "line-color": HIGHLIGHT, "target-arrow-color": HIGHLIGHT, opacity: 1, "z-index": 10, label: "data(relation)" },
    },
    { selector: "node:selected", style: { "overlay-color": "#1d4ed8", "overlay-opacity": 0.25, "overlay-padding": 6, "min-zoomed-font-size": 4 } },
    { selector: "edge:selected", style: { "curve-style": "bezier", "line-color": "#1d4ed8", "target-arrow-color": "#1d4ed8", width: 3, label: "data(relation)" } },
  ].filter(Boolean);
}
