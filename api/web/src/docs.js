// The documents view: what was ingested (title, file, genre, date, entities), a reader that shows the
// stored text with line numbers and the facts marked, and removal (with the write token).

import { documentText, listDocuments, removeDocument, writeToken } from "./api.js";
import { $, el } from "./dom.js";
import { lineBlock, linesAround } from "./reader.js";
import { CATEGORY_BY_ID, categoryOf } from "./vocab.js";
import { spanRange } from "./evidence.js";

function when(iso) {
  return iso ? String(iso).slice(0, 16).replace("T", " ") : "";
}

export class DocumentsView {
  constructor(handlers) {
    this.handlers = handlers;
    this.current = null;
    this.loaded = false;
  }

  /** Lists the documents (once, or again after a removal). */
  async show(force = false) {
    if (this.loaded && !force) return;
    const list = $("#docs-list");
    list.replaceChildren(el("p", { class: "muted" }, "正在加载文档列表……"));
    try {
      const body = await listDocuments();
      this.loaded = true;
      this.renderList(body.data ?? []);
    } catch (e) {
      list.replaceChildren(el("p", { class: "status error" }, e.message));
    }
  }

  renderList(docs) {
    const rows = docs.map((d) =>
      el("tr", { dataset: { document: d.id }, class: d.id === this.current ? "selected" : "", onclick: () => this.open(d.id) },
        el("td", { class: "title" }, d.title, el("div", { class: "file" }, d.name)),
        el("td", {}, d.genre_name ?? d.genre ?? ""),
        el("td", { class: "date" }, when(d.ingested_at)),
        el("td", { class: "num", title: Object.entries(d.entity_names ?? {}).map(([k, v]) => `${k} ${v}`).join("、") },
          `${d.entity_count}（人员 ${d.entities?.Person ?? 0}）`)));
    $("#docs-list").replaceChildren(
      el("p", { class: "muted" }, `共 ${docs.length} 个文档；点击一行阅读原文。`),
      docs.length
        ? el("table", { id: "docs-table" },
            el("thead", {}, el("tr", {}, ["标题 / 文件名", "类型", "入库时间", "实体"].map((h) => el("th", {}, h)))),
            el("tbody", {}, rows))
        : el("p", {}, "尚未导入任何文档。"),
    );
  }

  /** Opens a document in the reader; ``focus`` ranges are scrolled to and outlined. */
  async open(id, focus = []) {
    this.current = id;
    document.querySelectorAll("#docs-table tr.selected").forEach((r) => r.classList.remove("selected"));
    document.querySelector(`#docs-table tr[data-document="${CSS.escape(id)}"]`)?.classList.add("selected");
    const reader = $("#docs-reader");
    reader.replaceChildren(el("p", { class: "muted" }, "正在加载原文……"));
    let doc;
    try {
      doc = await documentText(id);
    } catch (e) {
      reader.replaceChildren(el("p", { class: "status error" }, e.message));
      return;
    }
    if (this.current !== id) return;
    const facts = doc.facts ?? [];
    const ranges = [];
    const titles = [];
    for (const fact of facts) {
      for (const span of fact.spans ?? []) {
        const range = spanRange(span);
        if (range) {
          ranges.push(range);
          titles.push(fact.type ? fact.label : `${fact.label_name ?? fact.label}：${fact.name}`);
        }
      }
    }
    const lines = doc.lines ?? [];
    const body = el("div", { class: "reader-text", id: "reader-text" }, lineBlock(doc, lines.map((_, i) => i), ranges, titles));
    reader.replaceChildren(
      el("div", { class: "reader-head" },
        el("h2", {}, `《${doc.title ?? doc.name}》`),
        el("div", { class: "muted" }, `${doc.name} · ${doc.genre_name ?? doc.genre ?? ""} · 入库 ${when(doc.ingested_at)} · ${lines.length} 行（PDF 断行已合并显示）`),
        this.removal(doc)),
      this.factList(doc, facts),
      body,
    );
    const target = focus.length ? linesAround(lines, focus, 0)[0] : null;
    if (target != null) {
      const row = body.children[target];
      row?.classList.add("focus");
      row?.scrollIntoView({ block: "center" });
    }
  }

  /** Entities the document names, grouped by type; a click scrolls to where it names them. */
  factList(doc, facts) {
    const entities = facts.filter((f) => f.key);
    const groups = new Map();
    for (const f of entities) {
      if (!groups.has(f.label)) groups.set(f.label, []);
      groups.get(f.label).push(f);
    }
    return el("details", { class: "facts" },
      el("summary", {}, `此文档支持的事实：${entities.length} 个实体、${facts.length - entities.length} 条关系（原文中以黄色标出）`),
      [...groups].map(([label, items]) => el("div", { class: "fact-group" },
        el("span", { class: "badge", style: `background:${(CATEGORY_BY_ID[categoryOf(label)] ?? CATEGORY_BY_ID.organization).color}` }, items[0].label_name ?? label),
        items.map((f) => el("button", { class: "linkish", onclick: () => this.scrollTo(doc, f) }, f.name)))));
  }

  scrollTo(doc, fact) {
    const range = (fact.spans ?? []).map(spanRange).filter(Boolean)[0];
    if (!range) return;
    const index = linesAround(doc.lines ?? [], [range], 0)[0];
    const row = $("#reader-text")?.children[index];
    document.querySelectorAll("#reader-text .focus").forEach((r) => r.classList.remove("focus"));
    row?.classList.add("focus");
    row?.scrollIntoView({ block: "center" });
  }

  /** The removal control: the write token, then a confirmation saying what goes and what stays. */
  removal(doc) {
    const box = el("div", { class: "removal" });
    const start = el("button", { class: "danger", id: "doc-remove" }, "删除此文档");
    start.addEventListener("click", () => {
      const token = el("input", { type: "password", id: "doc-token", placeholder: "写入口令（KG_API_TOKEN）", value: writeToken.get(), autocomplete: "off" });
      const confirm = el("button", { class: "danger", id: "doc-remove-confirm" }, "确认删除");
      const cancel = el("button", { class: "secondary", onclick: () => box.replaceChildren(start) }, "取消");
      const message = el("div", { class: "muted" }, `将删除《${doc.title}》及仅由它支持的事实；其他文档也支持的事实会保留。`);
      confirm.addEventListener("click", async () => {
        writeToken.set(token.value.trim());
        confirm.disabled = true;
        try {
          const result = await removeDocument(doc.id);
          this.current = null;
          $("#docs-reader").replaceChildren(el("div", { class: "removed", id: "doc-removed" }, result.message));
          this.handlers.onRemoved?.(result);
          await this.show(true);
        } catch (e) {
          confirm.disabled = false;
          if (e.status === 401 || e.status === 403) writeToken.set("");
          message.replaceWith(el("div", { class: "status error" }, e.message));
        }
      });
      box.replaceChildren(message, el("div", { class: "row" }, token, confirm, cancel));
    });
    box.append(start);
    return box;
  }
}
