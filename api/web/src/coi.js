// The conflict-of-interest view: experts and applicants in, conflicts table out; a row draws its evidence.

import { coiCheck, coiDownload } from "./api.js";
import { $, download, el } from "./dom.js";
import { relationName, severityName } from "./vocab.js";

const CONFLICT_TYPES = {
  coauthor: "合作论文", co_author: "合作论文", coauthored: "合作论文", same_organization: "同单位",
  same_unit: "同单位", colleague: "同单位", co_inventor: "共同发明", coinventor: "共同发明",
  same_project: "同一项目", project: "同一项目", co_member: "同一项目", supervisor: "上下级",
  leads: "上下级", collaboration: "单位合作", possibly_same: "疑似同一人",
};

export function conflictTypeName(type) {
  return CONFLICT_TYPES[type] ?? CONFLICT_TYPES[String(type).toLowerCase()] ?? relationName(type);
}

/** "姓名,单位" per line (comma, full-width comma, tab or semicolon); a header line is skipped. */
export function parsePeople(text) {
  const people = [];
  for (const line of text.split(/\r?\n/)) {
    const cells = line.split(/[,，\t;；]/).map((c) => c.trim().replace(/^"|"$/g, ""));
    if (!cells[0] || /^(姓名|name|专家|申报人)$/i.test(cells[0])) continue;
    people.push({ name: cells[0], organization: cells[1] || null });
  }
  return people;
}

function personLabel(p) {
  if (!p) return "";
  if (typeof p === "string") return p;
  const name = p.name ?? p.resolved_name ?? p.key ?? "";
  return p.organization ? `${name}（${p.organization}）` : name;
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

  async run() {
    const body = this.body();
    const status = $("#coi-status");
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
      status.textContent = `发现 ${result.conflicts?.length ?? 0} 项潜在利益冲突`;
      this.render(result);
    } catch (e) {
      status.textContent = e.message;
    }
  }

  render(result) {
    const conflicts = result.conflicts ?? [];
    const rows = conflicts.map((c, i) =>
      el(
        "tr",
        { dataset: { index: i }, onclick: (e) => this.select(e.currentTarget, c) },
        el("td", {}, personLabel(c.expert)),
        el("td", {}, personLabel(c.applicant)),
        el("td", {}, (c.types ?? []).map(conflictTypeName).join("、")),
        el("td", { class: `sev-${c.severity}` }, severityName(c.severity)),
        el("td", {}, (c.evidence ?? []).map((e) => e.summary).filter(Boolean).join("；") || `${c.evidence?.length ?? 0} 条`),
      ),
    );
    const table = conflicts.length
      ? el(
          "table",
          { id: "coi-table" },
          el("thead", {}, el("tr", {}, ["评审专家", "申报人", "冲突类型", "严重程度", "证据摘要"].map((h) => el("th", {}, h)))),
          el("tbody", {}, rows),
        )
      : el("p", {}, "未发现利益冲突。");
    const lists = [
      ["ambiguous", "存在重名、需人工确认"],
      ["not_found", "图谱中未找到"],
    ].map(([key, title]) =>
      result[key]?.length
        ? el("div", { class: "list" }, el("strong", {}, `${title}（${result[key].length}）：`), result[key].map(personLabel).join("；"))
        : null,
    );
    const hint = conflicts.length ? el("p", { class: "hint" }, "点击一行，在右侧画布中查看证据路径。") : null;
    $("#coi-results").replaceChildren(...[table, ...lists, hint].filter(Boolean));
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
    el("p", {}, `类型：${(conflict.types ?? []).map(conflictTypeName).join("、")}；严重程度：${severityName(conflict.severity)}`),
  ];
}
