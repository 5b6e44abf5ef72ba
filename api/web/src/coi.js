// The conflict-of-interest view: experts and applicants in, conflicts table out; a row draws its evidence.

import { coiCheck, coiDownload } from "./api.js";
import { $, download, el } from "./dom.js";
import { conflictTypeName, severityName } from "./vocab.js";

/** "姓名,单位[,编号]" per line (comma, full-width comma, tab or semicolon); a header line is skipped. */
export function parsePeople(text) {
  const people = [];
  for (const line of text.split(/\r?\n/)) {
    const cells = line.split(/[,，\t;；]/).map((c) => c.trim().replace(/^"|"$/g, ""));
    if (!cells[0] || /^(姓名|name|专家|申报人)$/i.test(cells[0])) continue;
    people.push({ name: cells[0], organization: cells[1] || null, key: cells[2] || null });
  }
  return people;
}

/** A party as people read it: the name, and what tells it from a namesake (unit; document). */
function partyCell(p) {
  if (!p) return "";
  const name = p.resolved_name ?? p.name ?? p.key ?? "";
  const detail = p.unit && p.unit !== "单位不详" ? p.unit : p.organization ?? (p.unit || "");
  return [el("div", { class: "who" }, name), detail ? el("div", { class: "unit" }, detail) : null,
    p.namesakes && p.hint ? el("div", { class: "hint" }, p.hint) : null];
}

function personLabel(p) {
  if (!p) return "";
  if (typeof p === "string") return p;
  return p.display ?? (p.organization ? `${p.name}（${p.organization}）` : p.name ?? p.key ?? "");
}

function nodeFromPathItem(item) {
  if (typeof item === "string") return { id: item, key: item, name: item.replace(/^[a-z]+:/, "").split("@")[0] };
  return { ...item, id: item.id ?? item.key };
}

/** A relationship of a path as a canvas edge; the COI check gives its ends as `start` and `end`. */
function edgeFromPathItem(item) {
  const source = item.source ?? item.start;
  const target = item.target ?? item.end;
  const id = item.id ?? (source && target ? `${source}|${item.type}|${target}` : undefined);
  return { ...item, id, source, target };
}

/** One evidence path as {nodes, edges}: the COI check gives [{node}, {relationship}, {node}, …]. */
export function evidencePath(evidence) {
  const path = evidence.path ?? evidence;
  if (path && !Array.isArray(path) && path.nodes) return { nodes: path.nodes.map(nodeFromPathItem), edges: path.edges ?? [] };
  const nodes = [];
  const edges = [];
  for (const item of Array.isArray(path) ? path : []) {
    if (item?.node) nodes.push(nodeFromPathItem(item.node));
    else if (item?.relationship) edges.push(edgeFromPathItem(item.relationship));
    else if (item && typeof item === "object" && item.type && (item.source || item.target || !item.label)) edges.push(edgeFromPathItem(item));
    else nodes.push(nodeFromPathItem(item));
  }
  // Edges given between nodes without ends connect their neighbours in order.
  const wired = edges.map((e, i) => ({
    ...e,
    source: e.source ?? nodes[i]?.id,
    target: e.target ?? nodes[i + 1]?.id,
  }));
  return { nodes, edges: wired };
}

export class CoiView {
  constructor(handlers) {
    this.handlers = handlers;
    this.request = null;
    $("#coi-run").addEventListener("click", () => this.run());
    $("#coi-csv").addEventListener("click", () => this.download("csv"));
    $("#coi-xlsx").addEventListener("click", () => this.download("xlsx"));
    for (const side of ["experts", "applicants"]) {
      $(`#coi-${side}-file`).addEventListener("change", async (e) => {
        const file = e.target.files[0];
        if (file) $(`#coi-${side}`).value = await file.text();
      });
    }
  }

  body() {
    return { experts: parsePeople($("#coi-experts").value), applicants: parsePeople($("#coi-applicants").value) };
  }

  /** Forgets the last run: its results, its evidence on the canvas and in the details panel. */
  reset() {
    this.request = null;
    $("#coi-csv").disabled = true;
    $("#coi-xlsx").disabled = true;
    $("#coi-results").replaceChildren();
    this.handlers.onReset?.();
  }

  async run() {
    const body = this.body();
    const status = $("#coi-status");
    this.reset();
    if (!body.experts.length || !body.applicants.length) {
      status.textContent = "请至少填写一名专家和一名申报人。";
      return;
    }
    status.textContent = "审查中……";
    try {
      const result = await coiCheck(body);
      this.request = body;
      $("#coi-csv").disabled = false;
      $("#coi-xlsx").disabled = false;
      status.textContent = result.complete ? "审查完成" : `审查未完成：${result.unchecked.length} 人未能核查`;
      this.render(result);
    } catch (e) {
      status.textContent = e.message;
    }
  }

  render(result) {
    const conflicts = result.conflicts ?? [];
    const complete = result.complete === true;
    const verdict = el("div", { id: "coi-verdict", class: `verdict ${complete ? "ok" : "incomplete"}`, role: "alert" },
      el("strong", {}, complete ? "✓" : "⚠"), " ", result.verdict ?? "");
    const unchecked = (result.unchecked ?? []).length ? this.uncheckedSection(result.unchecked) : null;
    const warnings = (result.warnings ?? []).length
      ? el("div", { class: "coi-warnings" }, result.warnings.map((w) => el("div", { class: "warn" }, w)))
      : null;
    const table = conflicts.length
      ? el("table", { id: "coi-table" },
          el("thead", {}, el("tr", {}, ["评审专家", "申报人/项目", "冲突类型", "严重程度", "证据摘要"].map((h) => el("th", {}, h)))),
          el("tbody", {}, conflicts.map((c, i) => el("tr", { dataset: { index: i }, onclick: (e) => this.select(e.currentTarget, c) },
            el("td", { class: "party" }, partyCell(c.expert)),
            el("td", { class: "party" }, partyCell(c.applicant)),
            el("td", { class: "types" }, (c.type_names ?? (c.types ?? []).map(conflictTypeName)).join("、")),
            el("td", { class: `sev sev-${c.severity}` }, c.severity_name ?? severityName(c.severity)),
            el("td", {}, (c.evidence ?? []).map((e) => e.summary).filter(Boolean).join("；") || `${c.evidence?.length ?? 0} 条`),
          ))))
      : null;
    const hint = conflicts.length ? el("p", { class: "hint" }, "点击一行，在画布中查看证据路径，在右侧查看原文。") : null;
    $("#coi-results").replaceChildren(...[verdict, unchecked, warnings, table, hint].filter(Boolean));
  }

  /** The parties not checked, before any conflict: each with its reason and the candidates to choose from. */
  uncheckedSection(items) {
    return el("section", { id: "coi-unchecked", class: "unchecked" },
      el("h3", {}, `未能核查的人员（${items.length}）——不能视为无利益冲突`),
      items.map((u) => el("div", { class: "unresolved", dataset: { status: u.status, name: u.name ?? "" } },
        el("div", {}, el("span", { class: "tag" }, u.role_name ?? u.role), " ", el("strong", {}, u.name ?? u.key ?? ""),
          u.organization ? `（${u.organization}）` : "", "：", u.reason),
        (u.candidates ?? []).length
          ? el("ul", { class: "candidates" }, u.candidates.map((c) => el("li", { dataset: { key: c.key } },
              el("div", {}, el("strong", {}, c.name), `（${c.unit ?? ((c.units ?? []).join("、") || "单位不详")}）`,
                el("button", { class: "secondary small pick", onclick: () => this.pick(u, c) }, "选此人并重新审查")),
              (c.documents ?? []).length ? el("div", { class: "muted" }, "见于：", c.documents.map((d) => `《${d.title}》`).join("、")) : null,
              (c.coworkers ?? []).length ? el("div", { class: "muted" }, "常合作者：", c.coworkers.map((w) => w.name).join("、")) : null,
              el("div", { class: "muted key" }, c.key))))
          : null)));
  }

  /** Names a candidate for an ambiguous party by key in the list, then checks again. */
  pick(unresolved, candidate) {
    const side = unresolved.role === "expert" ? "#coi-experts" : "#coi-applicants";
    const box = $(side);
    const lines = box.value.split(/\r?\n/);
    const at = lines.findIndex((line) => {
      const [name, unit] = line.split(/[,，\t;；]/).map((c) => c.trim());
      return name === unresolved.name && (unit || null) === (unresolved.organization || null);
    });
    const replacement = `${candidate.name},${candidate.unit && candidate.unit !== "单位不详" ? candidate.unit : ""},${candidate.key}`;
    if (at >= 0) lines[at] = replacement;
    else lines.push(replacement);
    box.value = lines.join("\n");
    return this.run();
  }

  select(row, conflict) {
    row.parentElement.querySelectorAll("tr.selected").forEach((r) => r.classList.remove("selected"));
    row.classList.add("selected");
    this.handlers.onConflict(conflict, (conflict.evidence ?? []).map(evidencePath));
  }

  async download(format) {
    if (!this.request) return;
    const status = $("#coi-status");
    try {
      const blob = await coiDownload(this.request, format);
      download(blob, `利益冲突审查结果.${format}`);
    } catch (e) {
      status.textContent = e.message;
    }
  }
}

export function conflictDetails(conflict) {
  return [
    el("h2", {}, "利益冲突证据"),
    el("p", {}, `${personLabel(conflict.expert)} 与 ${personLabel(conflict.applicant)}`),
    el("p", {}, `类型：${(conflict.type_names ?? (conflict.types ?? []).map(conflictTypeName)).join("、")}；严重程度：${conflict.severity_name ?? severityName(conflict.severity)}`),
    (conflict.warnings ?? []).map((w) => el("div", { class: "warn" }, w)),
  ];
}
