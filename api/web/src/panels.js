// Sidebar controls (legend with type filters, relationship filters, years) and the details panel.

import { entityProfile } from "./api.js";
import { $, el } from "./dom.js";
import {
  badge,
  neighboursSection,
  propertyTable,
  relationshipsSection,
  sourcesOf,
  sourcesSection,
} from "./evidence.js";
import { collaboratorsSection } from "./collab.js";
import { CATEGORIES, RELATIONS, relationName } from "./vocab.js";

export function buildFilters(graph) {
  const legend = $("#legend");
  legend.replaceChildren(
    ...CATEGORIES.filter((c) => c.id !== "document").map((c) =>
      el(
        "label",
        { title: `显示或隐藏：${c.name}` },
        el("input", {
          type: "checkbox",
          checked: true,
          dataset: { category: c.id },
          onchange: () => graph.setFilters({ categories: unchecked(legend, "category") }),
        }),
        el("span", { class: `swatch${c.shape === "ellipse" ? " round" : ""}`, style: `background:${c.color}` }),
        c.name,
        el("span", { class: "count", dataset: { countCategory: c.id } }),
      ),
    ),
  );
  const rels = $("#rel-filters");
  rels.replaceChildren(
    ...Object.keys(RELATIONS)
      .filter((t) => t !== "MENTIONS")
      .map((type) =>
        el(
          "label",
          { title: relationName(type) },
          el("input", {
            type: "checkbox",
            checked: true,
            dataset: { relation: type },
            onchange: () => graph.setFilters({ relations: unchecked(rels, "relation") }),
          }),
          el("span", { class: `line${type === "POSSIBLY_SAME" ? " dashed" : ""}`, style: `color:${type === "POSSIBLY_SAME" ? "#a855f7" : "#94a3b8"}` }),
          relationName(type),
          el("span", { class: "count", dataset: { countRelation: type } }),
        ),
      ),
  );
  const year = (id) => {
    const v = $(id).value.trim();
    return v === "" ? null : Number(v);
  };
  const onYears = () => graph.setFilters({ yearFrom: year("#year-from"), yearTo: year("#year-to") });
  $("#year-from").addEventListener("change", onYears);
  $("#year-to").addEventListener("change", onYears);
  $("#hide-lowconf").addEventListener("change", (e) => graph.setFilters({ hideLowConf: e.target.checked }));
}

function unchecked(container, field) {
  return new Set(
    [...container.querySelectorAll("input[type=checkbox]")].filter((i) => !i.checked).map((i) => i.dataset[field]),
  );
}

/** Puts filter values (from the URL) into the controls. */
export function showFilters(filters) {
  document.querySelectorAll("#legend input").forEach((i) => (i.checked = !filters.categories.has(i.dataset.category)));
  document.querySelectorAll("#rel-filters input").forEach((i) => (i.checked = !filters.relations.has(i.dataset.relation)));
  $("#year-from").value = filters.yearFrom ?? "";
  $("#year-to").value = filters.yearTo ?? "";
  $("#hide-lowconf").checked = filters.hideLowConf;
}

export function updateCounts(cy) {
  const nodes = {};
  const edges = {};
  cy.nodes().forEach((n) => (nodes[n.data("category")] = (nodes[n.data("category")] ?? 0) + 1));
  cy.edges().forEach((e) => (edges[e.data("type")] = (edges[e.data("type")] ?? 0) + 1));
  document.querySelectorAll("[data-count-category]").forEach((s) => (s.textContent = nodes[s.dataset.countCategory] ?? ""));
  document.querySelectorAll("[data-count-relation]").forEach((s) => (s.textContent = edges[s.dataset.countRelation] ?? ""));
}

export class Details {
  constructor(graph, actions) {
    this.graph = graph;
    this.actions = actions;
    this.body = $("#details-body");
    this.current = null;
  }

  show(children) {
    $("#details-empty").hidden = true;
    this.body.hidden = false;
    this.body.replaceChildren(...children.flat(Infinity).filter(Boolean));
  }

  clear() {
    this.current = null;
    $("#details-empty").hidden = false;
    this.body.hidden = true;
  }

  nodeActions(key) {
    const entry = this.graph.expanded.get(key);
    const a = this.actions;
    return el(
      "div",
      { class: "actions" },
      el("button", { onclick: () => a.expand(key), id: "act-expand" }, entry ? "重新展开" : "展开邻居"),
      entry?.truncated ? el("button", { onclick: () => a.showMore(key), id: "act-more" }, "显示更多") : null,
      entry ? el("button", { class: "secondary", onclick: () => a.collapse(key), id: "act-collapse" }, "收起") : null,
      el("button", { class: "secondary", onclick: () => a.remove(key) }, "移除"),
      el("button", { class: "secondary", onclick: () => a.pathEnd(key, "from") }, "设为起点"),
      el("button", { class: "secondary", onclick: () => a.pathEnd(key, "to") }, "设为终点"),
    );
  }

  /** For a person: who they are among namesakes, and the links the resolver was unsure of. */
  identity(data) {
    const person = this.graph.people.get(data.id);
    if (!person) return null;
    return el("div", { class: "identity" },
      el("div", {}, `单位：${person.unit}`, person.hint ? `；${person.hint}` : ""),
      person.namesakes ? el("div", { class: "warn" }, `图谱中另有 ${person.namesakes} 位同名人员，请注意区分`) : null,
      (person.possibly_same ?? []).map((twin) => el("div", { class: "warn" }, `与 ${twin.name}（${twin.key}）疑似同一人：${twin.warning}`)));
  }

  async showNode(data) {
    this.current = data.id;
    const needles = [data.name, ...(data.raw?.aliases ?? [])];
    const header = [
      el("h2", {}, badge(data.category), " ", data.display ?? data.name),
      el("div", { class: "muted key" }, data.key),
      this.identity(data),
      this.nodeActions(data.id),
    ];
    const collaborators = data.category === "person"
      ? collaboratorsSection({ key: data.key, name: data.name }, (rows) => this.actions.addCollaborators(data.key, rows))
      : [];
    const neighbours = () => neighboursSection(this.graph.neighboursOf(data.id), (id) => this.actions.focus(id));
    this.show([header, collaborators, el("h3", {}, "属性"), propertyTable(data.raw, ["id", "key", "name", "label"]), el("p", { class: "muted" }, "正在加载来源……"), neighbours()]);
    let profile;
    try {
      profile = await entityProfile(data.key);
    } catch (e) {
      if (this.current === data.id) this.show([header, el("h3", {}, "属性"), propertyTable(data.raw, ["id", "key", "name", "label"]), el("p", { class: "status error" }, e.message), neighbours()]);
      return;
    }
    if (this.current !== data.id) return;
    const properties = profile.entity ?? profile.properties ?? profile;
    const aliases = properties.aliases ?? profile.aliases ?? [];
    this.show([
      header,
      collaborators,
      el("h3", {}, "属性"),
      propertyTable(properties, ["id", "key", "name", "label", "sources", "spans", "relationships", "properties"]),
      sourcesSection(
        sourcesOf(profile.sources ? profile : { sources: properties.sources, spans: properties.spans }),
        [...needles, ...aliases],
        { key: data.key },
      ),
      neighbours(),
      relationshipsSection(profile.relationships, (key) => this.actions.open(key)),
    ]);
  }

  showEdge(data) {
    this.current = data.id;
    const cy = this.graph.cy;
    const source = cy.getElementById(data.source).data("display") ?? cy.getElementById(data.source).data("name") ?? data.source;
    const target = cy.getElementById(data.target).data("display") ?? cy.getElementById(data.target).data("name") ?? data.target;
    const raw = data.raw ?? {};
    const unsure = data.type === "POSSIBLY_SAME";
    this.show([
      el("h2", {}, relationName(data.type)),
      el("div", {}, `${source} → ${target}`),
      unsure ? el("div", { class: "warn", id: "edge-warning" }, raw.warning ?? "两人是否为同一人未经确认") : null,
      el("h3", {}, "属性"),
      propertyTable(raw.properties ?? {}, unsure ? ["spans", "reason"] : ["spans"]),
      sourcesSection(sourcesOf(raw), [source, target], { type: data.type, source: data.source, target: data.target }),
    ]);
  }
}
