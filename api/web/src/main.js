// The exploration page: wires the search box, canvas, filters, path finder, evidence panel, COI view and
// documents view.

import { shortestPaths } from "./api.js";
import { CoiView, conflictDetails } from "./coi.js";
import { DocumentsView } from "./docs.js";
import { $, el } from "./dom.js";
import { setDocumentOpener, sourcesSection } from "./evidence.js";
import { exportGraphml, exportJson, exportPng } from "./exporting.js";
import { GraphView } from "./graph.js";
import { LAYOUTS, overlaps } from "./layouts.js";
import { buildFilters, Details, showFilters, updateCounts } from "./panels.js";
import { readState, writeState } from "./state.js";
import { attachSuggest } from "./suggest.js";
import { RELATIONS } from "./vocab.js";

const page = { tab: "explore", path: [], hops: null, restoring: false, coiDrawn: false };

function status(text, error = false) {
  const box = $("#status");
  box.textContent = text;
  box.classList.toggle("error", error);
}

async function guarded(action) {
  try {
    return await action();
  } catch (e) {
    status(e.message, true);
    return undefined;
  }
}

const graph = new GraphView($("#cy"), {
  onSelectNode: (data) => details.showNode(data),
  onSelectEdge: (data) => details.showEdge(data),
  onClearSelection: () => details.clear(),
  onStatus: (text) => status(text),
  onExpand: (key) => actions.expand(key),
  onChange: () => changed(),
  onPeople: () => details.current && graph.cy.getElementById(details.current).isNode?.() && reselect(details.current),
});

const actions = {
  expand: (key) => guarded(() => graph.expand(key)).then(() => reselect(key)),
  showMore: (key) => guarded(() => graph.showMore(key)).then(() => reselect(key)),
  collapse: (key) => {
    graph.collapse(key);
    reselect(key);
  },
  remove: (key) => {
    graph.remove(key);
    details.clear();
  },
  focus: (id) => {
    const node = graph.cy.getElementById(id);
    graph.cy.elements().unselect();
    node.select();
    graph.cy.animate({ center: { eles: node } }, { duration: 200 });
    details.showNode(node.data());
  },
  open: (key) => open(key),
  addCollaborators: (key, rows) => {
    const added = graph.addCollaborators(key, rows);
    status(`已加入画布：${rows.length} 位合作者，新增 ${added.nodes().length} 个节点`);
    reselect(key);
  },
  pathEnd: (key, end) => {
    const input = $(end === "from" ? "#path-from" : "#path-to");
    input.value = graph.cy.getElementById(key).data("name") ?? key;
    input.dataset.key = key;
  },
};

const details = new Details(graph, actions);

function reselect(key) {
  const node = graph.cy.getElementById(key);
  if (node.nonempty()) {
    graph.cy.elements().unselect();
    node.select();
    details.showNode(node.data());
  }
}

async function open(key) {
  await guarded(() => graph.expand(key));
  reselect(key);
}

function changed() {
  $("#canvas-empty").hidden = graph.size > 0;
  updateCounts(graph.cy);
  const truncated = [...graph.expanded].filter(([, e]) => e.truncated);
  const bar = $("#more-bar");
  bar.hidden = truncated.length === 0;
  bar.replaceChildren(
    el("span", {}, "部分节点的邻居较多，仅显示了一部分："),
    ...truncated.map(([key]) =>
      el("button", { class: "secondary", dataset: { key }, onclick: () => actions.showMore(key) },
        `「${graph.cy.getElementById(key).data("name") ?? key}」显示更多`),
    ),
  );
  if (!page.restoring) saveState();
}

function saveState() {
  const f = graph.filters;
  const selected = graph.cy.$(":selected");
  writeState({
    expanded: [...graph.expanded].map(([key, e]) => ({ key, limit: e.limit })),
    selected: selected.length === 1 && selected.isNode() ? selected.id() : null,
    hiddenCategories: [...f.categories],
    hiddenRelations: [...f.relations],
    yearFrom: f.yearFrom,
    yearTo: f.yearTo,
    hideLowConf: f.hideLowConf,
    layout: graph.layoutName,
    grouped: graph.grouped,
    path: page.path,
    hops: page.hops,
    tab: page.tab,
  });
}

function switchTab(tab) {
  page.tab = tab;
  document.body.classList.toggle("coi-mode", tab === "coi");
  document.body.classList.toggle("docs-mode", tab === "docs");
  $("#coi-view").hidden = tab !== "coi";
  $("#docs-view").hidden = tab !== "docs";
  if (tab === "docs") docsView.show();
  document.querySelectorAll(".tabs button").forEach((b) => b.classList.toggle("active", b.dataset.tab === tab));
  graph.cy.resize();
  if (!page.restoring) saveState();
}

async function findPath() {
  const from = $("#path-from").dataset.key;
  const to = $("#path-to").dataset.key;
  const out = $("#path-result");
  if (!from || !to) {
    out.textContent = "请从建议列表中选择起点和终点。";
    return;
  }
  const hops = Number($("#path-hops").value) || 4;
  const hidden = graph.filters.relations;
  const types = hidden.size ? Object.keys(RELATIONS).filter((t) => !hidden.has(t)) : undefined;
  out.textContent = "查找中……";
  const body = await guarded(() => shortestPaths(from, to, hops, types));
  if (!body) return (out.textContent = "");
  // Either {paths: [{nodes, edges}]} or one subgraph {found, nodes, edges} of every shortest path.
  const paths = body.paths ?? (body.found === false || !body.nodes?.length ? [] : [{ nodes: body.nodes, edges: body.edges }]);
  page.path = [from, to];
  page.hops = hops;
  if (!paths.length) {
    out.textContent = `在 ${hops} 跳以内未找到路径。`;
    saveState();
    return;
  }
  graph.highlightPaths(paths);
  showSteps(body);
}

/** The path listed step by step; a step that rests on a possibly-same link carries its warning. */
function showSteps(body) {
  const steps = body.steps ?? [];
  const select = (step) => {
    const edge = graph.cy.getElementById(`${step.source}|${step.type}|${step.target}`);
    if (edge.empty()) return;
    graph.cy.elements().unselect();
    edge.select();
    details.showEdge(edge.data());
  };
  $("#path-result").replaceChildren(
    el("div", {}, `找到最短路径：${steps.length} 步，已在画布中高亮。`),
    body.uncertain ? el("div", { class: "warn", id: "path-warning" }, "⚠ 此路径经过「疑似同一人」关联，结论须人工核实。") : null,
    el("ol", { class: "steps", id: "path-steps" }, steps.map((step) =>
      el("li", { class: step.warning ? "uncertain" : "", dataset: { type: step.type }, onclick: () => select(step) },
        el("span", { class: "step-text" }, step.text),
        step.warning ? el("div", { class: "warn" }, step.warning) : null))),
  );
}

function showConflict(conflict, paths) {
  switchTab("coi");
  page.coiDrawn = true;
  if (paths.length) graph.highlightPaths(paths);
  const sources = (conflict.evidence ?? []).flatMap((e) => e.sources ?? []);
  const names = paths.flatMap((p) => p.nodes.map((n) => n.name)).filter(Boolean);
  details.show([conflictDetails(conflict), sourcesSection(sources, names)]);
}

async function restore() {
  const state = readState();
  page.restoring = true;
  graph.filters.categories = new Set(state.hiddenCategories);
  graph.filters.relations = new Set(state.hiddenRelations);
  Object.assign(graph.filters, { yearFrom: state.yearFrom, yearTo: state.yearTo, hideLowConf: state.hideLowConf });
  showFilters(graph.filters);
  graph.layoutName = LAYOUTS[state.layout] ? state.layout : "force";
  graph.grouped = state.grouped;
  $("#layout").value = graph.layoutName;
  $("#group-units").checked = graph.grouped;
  switchTab(state.tab);
  for (const { key, limit } of state.expanded) await guarded(() => graph.expand(key, limit ?? undefined));
  if (state.path.length === 2) {
    $("#path-from").dataset.key = state.path[0];
    $("#path-to").dataset.key = state.path[1];
    $("#path-from").value = graph.cy.getElementById(state.path[0]).data("name") ?? state.path[0];
    $("#path-to").value = graph.cy.getElementById(state.path[1]).data("name") ?? state.path[1];
    if (state.hops) $("#path-hops").value = state.hops;
    await findPath();
  }
  if (state.selected) reselect(state.selected);
  page.restoring = false;
  changed();
}

function wire() {
  buildFilters(graph);
  attachSuggest($("#search-input"), $("#search-suggestions"), (item) => {
    switchTab("explore");
    open(item.key);
  });
  for (const id of ["#path-from-box", "#path-to-box"]) {
    attachSuggest($(`${id} input`), $(`${id} .suggestions`), () => {});
  }
  $("#path-go").addEventListener("click", findPath);
  $("#path-clear").addEventListener("click", () => {
    page.path = [];
    graph.clearHighlight();
    $("#path-result").textContent = "";
  });
  document.querySelectorAll(".tabs button").forEach((b) => b.addEventListener("click", () => switchTab(b.dataset.tab)));
  $("#btn-undo").addEventListener("click", () => {
    if (!graph.undo()) return status("没有可撤销的操作");
    status("已撤销");
    if (details.current && graph.cy.getElementById(details.current).isNode?.()) reselect(details.current);
  });
  $("#btn-fit").addEventListener("click", () => graph.fit());
  $("#btn-clear").addEventListener("click", () => {
    graph.clear();
    details.clear();
  });
  $("#btn-png").addEventListener("click", () => exportPng(graph.cy));
  $("#btn-graphml").addEventListener("click", () => exportGraphml(graph.cy));
  $("#btn-json").addEventListener("click", () => exportJson(graph.cy));
  $("#btn-share").addEventListener("click", async () => {
    saveState();
    try {
      await navigator.clipboard.writeText(location.href);
      status("已复制当前视图链接");
    } catch {
      status(`当前视图链接：${location.href}`);
    }
  });
  graph.cy.on("select unselect", "node", () => page.restoring || saveState());
  $("#layout").replaceChildren(...Object.entries(LAYOUTS).map(([value, name]) => el("option", { value }, name)));
  $("#layout").addEventListener("change", (e) => graph.setLayout(e.target.value));
  $("#group-units").addEventListener("change", (e) => graph.setGrouped(e.target.checked));
  new CoiView({
    onConflict: showConflict,
    // A new check never leaves the last one's evidence on screen: what a conflict drew goes (undo brings it back).
    onReset: () => {
      if (page.coiDrawn) graph.clear();
      else graph.clearHighlight();
      page.coiDrawn = false;
      details.clear();
    },
  });
  setDocumentOpener((id, ranges) => {
    switchTab("docs");
    docsView.open(id, ranges);
  });
}

const docsView = new DocumentsView({
  onRemoved: (result) => status(`${result.message}。画布上的节点可能已过时，可清空后重新展开。`),
});

wire();
restore().then(() => {
  // Tests and the page benchmark wait for this: the first view is drawn and the canvas answers input.
  graph.cy.one("render", () => (window.__kgReadyAt = performance.now()));
  graph.cy.forceRender();
  document.body.dataset.ready = "1";
});
window.__kg = { graph, overlaps: () => overlaps(graph.cy) };
