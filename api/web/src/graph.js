// The graph canvas: adds neighbourhoods and paths, expands, collapses, undoes, filters and highlights.

import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";

import { neighborhood, peopleContext } from "./api.js";
import { stylesheet } from "./cystyle.js";
import { edgeData, edgeId, nodeData, shorten } from "./elements.js";
import { fitPositions, placeable, radialPlace, runLayout, setGrouping } from "./layouts.js";
import { LOW_CONFIDENCE } from "./vocab.js";

cytoscape.use(fcose);

export const EXPAND_LIMIT = 50;
export const MORE_STEP = 50;
const FORCE_LAYOUT_MAX = 600; // above this many nodes a force layout is too slow to feel interactive
const EDGE_LABELS_MAX = 30; // relationship labels on a crowded canvas hide the nodes
const HISTORY_MAX = 30;
const MAX_FIT_ZOOM = 1.3;
const HUBS = 12; // on a crowded canvas the best-linked nodes keep their labels when zoomed out
const HUBS_FROM = 40; // nodes: below this every label is shown anyway
const PEOPLE_MAX = 600; // people looked up for namesakes at a time

export class GraphView {
  constructor(container, handlers) {
    this.handlers = handlers;
    this.expanded = new Map(); // key -> {limit, truncated, added: [ids]}
    this.history = [];
    this.filters = { categories: new Set(), relations: new Set(), yearFrom: null, yearTo: null, hideLowConf: false };
    this.cy = cytoscape({
      container,
      style: stylesheet("small"),
      minZoom: 0.05,
      maxZoom: 4,
      hideEdgesOnViewport: false,
      textureOnViewport: true,
      motionBlur: false,
    });
    this.density = "small";
    this.layoutName = "force";
    this.grouped = false;
    this.people = new Map(); // person key -> what tells them from a namesake (GET /people)
    this.cy.on("tap", "node", (e) => e.target.hasClass("group") || handlers.onSelectNode(e.target.data()));
    this.cy.on("tap", "edge", (e) => handlers.onSelectEdge(e.target.data()));
    this.cy.on("dbltap", "node", (e) => e.target.hasClass("group") || handlers.onExpand(e.target.id()));
    this.cy.on("tap", (e) => {
      if (e.target === this.cy) handlers.onClearSelection();
    });
  }

  get size() {
    return placeable(this.cy).length;
  }

  snapshot() {
    this.history.push({
      elements: this.cy.elements().jsons(),
      expanded: [...this.expanded].map(([k, v]) => [k, { ...v, added: [...v.added] }]),
    });
    if (this.history.length > HISTORY_MAX) this.history.shift();
  }

  undo() {
    const last = this.history.pop();
    if (!last) return false;
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.setDensity(last.elements.filter((e) => e.group === "nodes").length, last.elements.filter((e) => e.group === "edges").length);
      this.cy.add(last.elements);
    });
    this.expanded = new Map(last.expanded);
    if (this.grouped) setGrouping(this.cy, true);
    this.refreshClasses();
    this.applyFilters();
    this.handlers.onChange();
    return true;
  }

  clear() {
    this.snapshot();
    this.cy.elements().remove();
    this.expanded.clear();
    this.setDensity(0, 0);
    this.handlers.onChange();
  }

  /** Adds nodes and edges not yet on the canvas, in one batch; returns the added collection. */
  add(nodes, edges, around) {
    const cy = this.cy;
    const origin = around ? cy.getElementById(around) : null;
    const center = origin && origin.nonempty() ? origin.position() : { x: 0, y: 0 };
    const present = (id) => cy.getElementById(id).nonempty();
    const fresh = [];
    const ids = new Set();
    for (const node of nodes) {
      const data = nodeData(node);
      if (ids.has(data.id) || present(data.id)) continue;
      const angle = ids.size * 2.399; // golden angle: spread new nodes around their anchor
      ids.add(data.id);
      fresh.push({ group: "nodes", data, position: { x: center.x + 60 * Math.cos(angle), y: center.y + 60 * Math.sin(angle) } });
    }
    for (const edge of edges) {
      const data = edgeData(edge);
      // Edges whose ends are not both present would make Cytoscape throw.
      const ends = (ids.has(data.source) || present(data.source)) && (ids.has(data.target) || present(data.target));
      if (!ends || ids.has(data.id) || present(data.id)) continue;
      ids.add(data.id);
      fresh.push({ group: "edges", data, classes: LOW_CONFIDENCE.has(edge.type) ? "lowconf" : "" });
    }
    let added;
    cy.batch(() => {
      // The density style is set before the elements arrive, so each one is styled once.
      this.setDensity(cy.nodes().length + nodes.length, cy.edges().length + edges.length);
      added = cy.add(fresh);
      this.filterElements(added);
    });
    this.describePeople();
    return added;
  }

  /** Looks up the people on the canvas (each once per page) and labels those with namesakes with their unit. */
  async describePeople() {
    const people = this.cy.nodes("[category = 'person']");
    this.labelNamesakes(people);
    const wanted = people.map((n) => n.id()).filter((k) => !this.people.has(k)).slice(0, PEOPLE_MAX);
    if (!wanted.length) return;
    wanted.forEach((k) => this.people.set(k, null));
    let found;
    try {
      found = await peopleContext(wanted);
    } catch {
      wanted.forEach((k) => this.people.delete(k)); // looked up again with the next change
      return;
    }
    for (const [key, person] of found) this.people.set(key, person);
    this.labelNamesakes(this.cy.collection(wanted.map((k) => this.cy.getElementById(k)).filter((n) => n.nonempty())));
    this.handlers.onPeople?.();
  }

  labelNamesakes(nodes) {
    this.cy.batch(() => nodes.forEach((node) => {
      const person = this.people.get(node.id());
      if (!person?.namesakes || node.hasClass("namesake")) return;
      node.data({ short: `${shorten(person.name, 8)}\n${shorten(person.unit, 12)}`, display: person.display, unit: person.unit });
      node.addClass("namesake");
    }));
  }

  /** Picks the stylesheet for a canvas of this size; switching restyles everything, so only on a change. */
  setDensity(nodeCount, edgeCount) {
    const density = nodeCount > FORCE_LAYOUT_MAX ? "large" : edgeCount > EDGE_LABELS_MAX ? "medium" : "small";
    if (density === this.density) return;
    this.density = density;
    this.cy.style(stylesheet(density));
    // Drawing edges while panning thousands of them is what makes a large canvas feel stuck.
    this.cy.renderer().hideEdgesOnViewport = density === "large";
  }

  async expand(key, limit = undefined, { layout = true } = {}) {
    const previous = this.expanded.get(key);
    const cap = limit ?? (previous ? previous.limit : EXPAND_LIMIT);
    this.handlers.onStatus(`正在展开……`);
    const body = await neighborhood(key, cap);
    this.snapshot();
    const first = this.cy.nodes().length <= 1;
    const center = body.nodes.find((n) => (n.id ?? n.key) === key);
    if (this.cy.getElementById(key).empty() && center) this.add([center], []);
    const added = this.add(body.nodes, body.edges, key);
    const entry = previous ?? { limit: cap, truncated: false, added: [] };
    entry.limit = cap;
    entry.truncated = Boolean(body.truncated);
    entry.added = [...new Set([...entry.added, ...added.nodes().map((n) => n.id())])];
    this.expanded.set(key, entry);
    this.refreshClasses();
    if (layout) this.layout(added.nodes(), key, first);
    this.handlers.onStatus(
      `已展开「${this.cy.getElementById(key).data("name") ?? key}」：新增 ${added.nodes().length} 个节点` +
        (entry.truncated ? `（已达上限 ${cap}，可显示更多）` : ""),
    );
    this.handlers.onChange();
    return entry;
  }

  showMore(key) {
    const entry = this.expanded.get(key);
    return this.expand(key, (entry?.limit ?? EXPAND_LIMIT) + MORE_STEP);
  }

  collapse(key) {
    const entry = this.expanded.get(key);
    if (!entry) return;
    this.snapshot();
    const node = this.cy.getElementById(key);
    const removable = this.cy.collection();
    for (const id of entry.added) {
      const other = this.cy.getElementById(id);
      if (other.empty() || this.expanded.has(id) || other.hasClass("path")) continue;
      const elsewhere = other.neighborhood("node").filter((n) => n.id() !== key && !entry.added.includes(n.id()));
      if (elsewhere.empty()) removable.merge(other);
    }
    this.cy.remove(removable);
    this.setDensity(this.size, this.cy.edges().length);
    this.expanded.delete(key);
    node.removeClass("expanded more");
    this.handlers.onStatus(`已收起：移除 ${removable.length} 个节点`);
    this.handlers.onChange();
  }

  remove(key) {
    this.snapshot();
    this.cy.getElementById(key).remove();
    this.expanded.delete(key);
    this.handlers.onChange();
  }

  refreshClasses() {
    this.cy.batch(() => {
      this.cy.nodes(".expanded, .more, .hub").removeClass("expanded more hub");
      for (const [key, entry] of this.expanded) {
        const node = this.cy.getElementById(key);
        node.addClass("expanded");
        if (entry.truncated) node.addClass("more");
      }
      // the best-linked nodes keep their labels when the canvas is zoomed out
      const nodes = placeable(this.cy);
      if (nodes.length >= HUBS_FROM) nodes.sort((a, b) => b.degree(false) - a.degree(false)).slice(0, HUBS).forEach((n) => n.addClass("hub"));
    });
  }

  layout(fresh, around, randomize = false) {
    const cy = this.cy;
    if (this.grouped) setGrouping(cy, true);
    if (placeable(cy).length <= FORCE_LAYOUT_MAX) runLayout(cy, this.layoutName, { randomize });
    else radialPlace(cy, fresh.not(".group"), around);
    this.fitTo(cy.elements());
  }

  /** Lays the whole canvas out again with another layout (LAYOUTS in layouts.js). */
  setLayout(name) {
    this.layoutName = name;
    runLayout(this.cy, name);
    this.fitTo(this.cy.elements());
    this.handlers.onChange();
  }

  /** Puts each organisation's people in a box, or takes the boxes away, and lays the canvas out again. */
  setGrouped(on) {
    this.grouped = on;
    setGrouping(this.cy, on);
    if (placeable(this.cy).length <= FORCE_LAYOUT_MAX) runLayout(this.cy, this.layoutName);
    this.fitTo(this.cy.elements());
    this.handlers.onChange();
  }

  /** How many node labels are drawn at the current zoom (labels appear as the canvas is zoomed in). */
  labelsShown() {
    const zoom = this.cy.zoom();
    return placeable(this.cy).filter((n) => {
      if (!n.visible() || !n.data("short")) return false;
      return n.pstyle("font-size").pfValue * zoom >= n.pstyle("min-zoomed-font-size").pfValue;
    }).length;
  }

  /** Adds a person's collaborators with the shared items and both relationships to each (rows of GET /collaborators). */
  addCollaborators(person, rows) {
    this.snapshot();
    const nodes = [];
    const edges = [];
    for (const row of rows) {
      nodes.push({ id: row.key, label: "Person", name: row.name });
      for (const item of row.evidence ?? []) {
        nodes.push({ id: item.key, label: item.label, name: item.name, year: item.year });
        edges.push({ source: person, target: item.key, type: item.rel_a }, { source: row.key, target: item.key, type: item.rel_b });
      }
    }
    const added = this.add(nodes, edges, person);
    this.refreshClasses();
    this.layout(added.nodes(), person);
    this.handlers.onChange();
    return added;
  }

  fit() {
    this.fitTo(this.cy.elements(":visible"));
  }

  /** Fits the elements without blowing a handful of nodes up to fill the screen. */
  fitTo(eles) {
    if (eles.length > FORCE_LAYOUT_MAX) return fitPositions(this.cy, eles.nodes(), MAX_FIT_ZOOM);
    this.cy.fit(eles, 50);
    if (this.cy.zoom() > MAX_FIT_ZOOM) {
      this.cy.zoom(MAX_FIT_ZOOM);
      this.cy.center(eles);
    }
  }

  setFilters(changes) {
    Object.assign(this.filters, changes);
    this.applyFilters();
    this.handlers.onChange();
  }

  applyFilters() {
    this.cy.batch(() => this.filterElements(this.cy.elements()));
  }

  /** Marks the given elements filtered or not; only the ones whose state changes are touched. */
  filterElements(eles) {
    const { categories, relations, yearFrom, yearTo, hideLowConf } = this.filters;
    const outOfRange = (year) =>
      year != null && ((yearFrom != null && year < yearFrom) || (yearTo != null && year > yearTo));
    const hide = this.cy.collection();
    const show = this.cy.collection();
    const mark = (ele, hidden) => {
      if (hidden !== ele.hasClass("filtered")) (hidden ? hide : show).merge(ele);
    };
    eles.nodes().forEach((n) => mark(n, categories.has(n.data("category")) || outOfRange(n.data("year"))));
    hide.addClass("filtered");
    show.removeClass("filtered");
    const edgesHide = this.cy.collection();
    const edgesShow = this.cy.collection();
    eles.edges().forEach((e) => {
      const hidden =
        relations.has(e.data("type")) ||
        (hideLowConf && LOW_CONFIDENCE.has(e.data("type"))) ||
        outOfRange(e.data("year")) ||
        e.source().hasClass("filtered") ||
        e.target().hasClass("filtered");
      if (hidden !== e.hasClass("filtered")) (hidden ? edgesHide : edgesShow).merge(e);
    });
    edgesHide.addClass("filtered");
    edgesShow.removeClass("filtered");
  }

  /** Draws paths (each {nodes, edges}) on the canvas and dims everything else. */
  highlightPaths(paths) {
    this.snapshot();
    const pathOnly = this.cy.nodes().length === 0;
    const marked = this.cy.collection();
    for (const path of paths) {
      const nodes = path.nodes ?? [];
      const edges = path.edges?.length ? path.edges : consecutiveEdges(nodes);
      this.add(nodes, edges);
      for (const node of nodes) marked.merge(this.cy.getElementById(node.id ?? node.key));
      for (const edge of edges) {
        let found = this.cy.getElementById(edgeId(edge));
        if (found.empty()) found = this.cy.edges().filter((e) => sameEnds(e, edge));
        marked.merge(found);
      }
    }
    this.clearHighlight(false);
    this.cy.batch(() => {
      this.cy.elements().addClass("dim");
      marked.removeClass("dim").addClass("path");
    });
    if (this.size <= FORCE_LAYOUT_MAX) this.layout(marked.nodes(), null, pathOnly);
    this.fitTo(marked);
    this.handlers.onChange();
    return marked;
  }

  clearHighlight(notify = true) {
    this.cy.elements().removeClass("dim path");
    if (notify) this.handlers.onChange();
  }

  neighboursOf(key) {
    return this.cy.getElementById(key).neighborhood("node");
  }
}

function consecutiveEdges(nodes) {
  const edges = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const a = nodes[i].id ?? nodes[i].key;
    const b = nodes[i + 1].id ?? nodes[i + 1].key;
    edges.push({ source: a, target: b, type: "RELATED" });
  }
  return edges;
}

function sameEnds(cyEdge, edge) {
  const s = cyEdge.data("source");
  const t = cyEdge.data("target");
  return (s === edge.source && t === edge.target) || (s === edge.target && t === edge.source);
}
