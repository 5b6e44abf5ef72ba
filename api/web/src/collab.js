// A person's collaborators in the details panel: ranked (co-authors, co-inventors, team members,
// colleagues) with counts, years and the shared items as evidence, each addable to the canvas.

import { collaboratorsOf } from "./api.js";
import { el } from "./dom.js";
import { sourcesSection } from "./evidence.js";
import { displayName } from "./vocab.js";

const SHOWN = 30;
const ITEMS_SHOWN = 4;

function years(row) {
  const list = (row.years ?? []).filter((y) => y != null);
  if (!list.length) return "年份不详";
  return list.length === 1 ? `${list[0]}年` : `${list[0]}–${list[list.length - 1]}年`;
}

/** The sources of one shared item: the person's relationship to it and the collaborator's. */
function itemSources(item, person, other) {
  const sources = [];
  for (const [ids, spans, who] of [[item.sources_a, item.spans_a, person], [item.sources_b, item.spans_b, other]]) {
    for (const id of ids ?? []) {
      sources.push({ document: { id }, spans: (spans ?? []).filter((s) => String(s).startsWith(`${id}:`)), supports: `${who}：${item.name}` });
    }
  }
  return sources;
}

function row(person, r, rank, onAdd) {
  const details = el("div", { class: "collab-evidence", hidden: true });
  const items = (r.evidence ?? []).slice(0, ITEMS_SHOWN);
  const toggle = el("button", {
    class: "linkish",
    onclick: () => {
      if (!details.childElementCount) {
        details.append(...items.map((item) => el("div", { class: "collab-item" },
          el("div", { class: "item-name" }, displayName(item.label, item.name), item.year ? `（${item.year}）` : ""),
          sourcesSection(itemSources(item, person.name, r.name), [person.name, r.name, item.name]))));
      }
      details.hidden = !details.hidden;
      toggle.textContent = details.hidden ? "查看依据" : "收起依据";
    },
  }, "查看依据");
  return el(
    "li",
    { class: "collab", dataset: { key: r.key } },
    el("div", { class: "collab-head" },
      el("span", { class: "rank" }, `${rank}.`),
      el("span", { class: "who", title: r.key }, r.display ?? r.name),
      el("span", { class: "unit muted" }, r.unit ?? ""),
      el("button", { class: "secondary small add", onclick: () => onAdd([r]) }, "加入画布")),
    el("div", { class: "collab-meta" },
      (r.kind_names ?? []).map((k) => el("span", { class: "tag" }, k)),
      el("span", { class: "count" }, `共同成果/单位 ${r.shared} 项`),
      el("span", { class: "muted" }, years(r))),
    el("div", { class: "collab-items muted" }, items.map((i) => `《${displayName(i.label, i.name)}》`).join("、")),
    toggle,
    details,
  );
}

/** The collaborators section for ``person`` ({key, name}); ``onAdd(rows)`` puts them on the canvas. */
export function collaboratorsSection(person, onAdd) {
  const box = el("div", { class: "collaborators", id: "collaborators" }, el("p", { class: "muted" }, "正在加载合作者……"));
  collaboratorsOf(person.key, SHOWN)
    .then((body) => {
      const rows = body.data ?? [];
      if (!rows.length) return box.replaceChildren(el("p", { class: "muted" }, "图谱中没有此人的合作者记录"));
      box.replaceChildren(
        el("div", { class: "row" },
          el("span", { class: "muted" }, `按共同成果数排序，共 ${rows.length} 位`),
          el("button", { class: "secondary small", id: "collab-add-all", onclick: () => onAdd(rows) }, "全部加入画布")),
        el("ol", { class: "collab-list" }, rows.map((r, i) => row(person, r, i + 1, onAdd))),
      );
    })
    .catch((e) => box.replaceChildren(el("p", { class: "status error" }, e.message)));
  return [el("h3", {}, "合作者"), box];
}
