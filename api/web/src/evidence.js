// The evidence panel: properties of the selected node or edge, and each source document with the
// supporting text span highlighted.

import { documentText } from "./api.js";
import { el, marked, occurrences } from "./dom.js";
import { lineBlock, linesAround } from "./reader.js";
import { CATEGORY_BY_ID, kindName, propertyName, relationName } from "./vocab.js";

export function badge(category) {
  const c = CATEGORY_BY_ID[category] ?? CATEGORY_BY_ID.organization;
  return el("span", { class: "badge", style: `background:${c.color}` }, c.name);
}

function scalar(value) {
  if (Array.isArray(value)) return value.join("、");
  if (typeof value === "boolean") return value ? "是" : "否";
  if (value && typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export function propertyTable(properties, skip = []) {
  const rows = Object.entries(properties ?? {}).filter(
    ([k, v]) => !skip.includes(k) && v !== null && v !== undefined && v !== "" && k !== "sources",
  );
  if (!rows.length) return el("p", { class: "muted" }, "无其他属性");
  return el(
    "table",
    { class: "props" },
    rows.map(([k, v]) => el("tr", {}, el("th", {}, propertyName(k)), el("td", {}, k === "kind" ? kindName(v) : scalar(v)))),
  );
}

/** One span as [start, end), whatever shape the API gave it in. */
export function spanRange(span) {
  if (typeof span === "string") {
    // the store keeps spans as "<document id>:<start>:<end>"
    const parts = span.split(":");
    if (parts.length < 2) return null;
    const end = Number(parts.pop());
    const start = Number(parts.pop());
    return Number.isFinite(start) && Number.isFinite(end) ? [start, end] : null;
  }
  if (Array.isArray(span)) return [Number(span[0]), Number(span[1])];
  if (span && typeof span === "object") {
    const start = span.start ?? span.begin ?? span.offset;
    const end = span.end ?? (span.length != null ? start + span.length : undefined);
    if (start != null && end != null) return [Number(start), Number(end)];
  }
  return null;
}

export function normaliseSource(source) {
  if (typeof source === "string") return { id: source, name: source, spans: [], snippets: [] };
  const document = source.document;
  const id = source.document_id ?? source.id ?? (typeof document === "object" ? document?.id : document);
  const name = source.name ?? source.document_name ?? (typeof document === "object" ? document?.name : null) ?? id;
  const title = source.title ?? (typeof document === "object" ? document?.title : null) ?? null;
  const snippets = source.snippets ?? source.texts ?? (source.text ? [source.text] : []);
  const ownSpans = (source.spans ?? (source.span ? [source.span] : [])).filter(
    (s) => typeof s !== "string" || !id || s.startsWith(`${id}:`),
  );
  const spans = ownSpans.map(spanRange).filter(Boolean);
  return {
    id, name, title, genre: source.genre, supports: source.supports ?? null, spans, line: source.line ?? null,
    snippets: snippets.map((s) => (typeof s === "string" ? s : s.text ?? "")),
  };
}

/**
 * The spans GET /documents/{id} gives for one fact: an entity ({key}) or a relationship
 * ({type, source, target}, either direction).
 */
export function factSpans(facts, fact) {
  if (!fact || !Array.isArray(facts)) return [];
  const same = (f) =>
    fact.key
      ? f.key === fact.key
      : f.type === fact.type &&
        ((f.source === fact.source && f.target === fact.target) || (f.source === fact.target && f.target === fact.source));
  return facts.filter(same).flatMap((f) => (f.spans ?? []).map(spanRange).filter(Boolean));
}

let openDocument = () => {};
/** What "在文档中查看" does: main.js opens the documents view's reader at the given ranges. */
export function setDocumentOpener(open) {
  openDocument = open;
}

function sourceBlock(raw, needles, fact) {
  const source = normaliseSource(raw);
  const body = el("div", { class: "source-body" });
  for (const snippet of source.snippets) {
    body.append(el("div", { class: "snippet", "data-kind": "snippet" },
      source.line ? el("span", { class: "ln" }, `第 ${source.line} 行`) : null, marked(snippet, occurrences(snippet, needles))));
  }
  const title = el("span", { class: "doc" }, source.title ? `《${source.title}》` : source.name ?? "未命名文档");
  const file = el("span", { class: "file" }, source.title && source.name ? source.name : "");
  const block = el(
    "div",
    { class: "source", dataset: { document: source.id ?? "" } },
    el("div", {}, title, file, source.genre ? el("span", { class: "genre" }, kindName(source.genre)) : null),
    source.supports ? el("div", { class: "supports muted" }, source.supports) : null,
    body,
  );
  if (source.id) {
    let ranges = source.spans;
    const open = el("button", { class: "linkish", onclick: () => openDocument(source.id, ranges) }, "在文档中查看全文");
    block.append(open);
    documentText(source.id)
      .then((doc) => {
        title.textContent = `《${doc.title ?? doc.name}》`;
        file.textContent = doc.name && doc.name !== doc.title ? doc.name : "";
        // Exact spans first: the source's own, else the document's spans for this fact; names only as a last resort.
        const spans = source.spans.length ? source.spans : factSpans(doc.facts, fact);
        const exact = spans.length > 0;
        ranges = exact ? spans : occurrences(doc.text ?? "", needles).slice(0, 3);
        if (!ranges.length || !doc.lines) return;
        const rows = lineBlock(doc, linesAround(doc.lines, ranges, 1), ranges);
        body.replaceChildren(el("div", { class: "snippet lines", dataset: { exact: exact ? "1" : "0" } }, rows));
      })
      .catch(() => open.replaceWith(el("span", { class: "muted" }, "（原文暂不可用）")));
  }
  return block;
}

/** Sources as the API gives them, or built from store properties `sources` (ids) and `spans` (strings). */
export function sourcesOf(item) {
  const given = item.sources ?? item.properties?.sources ?? [];
  const spans = item.spans ?? item.properties?.spans ?? [];
  return given.map((s) => (typeof s === "string" ? { id: s, spans: spans.filter((x) => String(x).startsWith(`${s}:`)) } : s));
}

/** `fact` names what the sources support ({key} or {type, source, target}), to find its spans. */
export function sourcesSection(sources, needles, fact = null) {
  const list = sources ?? [];
  return [
    el("h3", {}, `来源文档（${list.length}）`),
    list.length ? list.map((s) => sourceBlock(s, needles, fact)) : el("p", { class: "muted" }, "无来源记录"),
  ];
}

/** Relationships from the entity profile, grouped by type with counts; items open on the canvas. */
export function relationshipsSection(relationships, onOpen) {
  const groups = Array.isArray(relationships)
    ? relationships.map((g) => [g.type, g.items ?? g.relationships ?? g.entities ?? [], g.total])
    : Object.entries(relationships ?? {});
  if (!groups.length) return [];
  return [
    el("h3", {}, "关系（按类型）"),
    groups.map(([type, items, total]) =>
      el(
        "div",
        { class: "group" },
        el("div", { class: "head" }, relationName(type), el("span", { class: "muted" }, `（${total ?? items.length}）`)),
        el(
          "ul",
          {},
          items.slice(0, 30).map((item) => {
            const other = item.node ?? item.other ?? item.target ?? item;
            const key = other.key ?? other.id;
            return el("li", { onclick: () => key && onOpen(key), title: key ?? "" }, other.name ?? key ?? "?");
          }),
          (total ?? items.length) > Math.min(items.length, 30)
            ? el("li", { class: "muted" }, `…另有 ${(total ?? items.length) - Math.min(items.length, 30)} 项`)
            : null,
        ),
      ),
    ),
  ];
}

/** Neighbours on the canvas grouped by entity type, with counts. */
export function neighboursSection(neighbours, onFocus) {
  const groups = new Map();
  neighbours.forEach((n) => {
    const key = n.data("category");
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(n);
  });
  return [
    el("h3", {}, `画布中的邻居（${neighbours.length}）`),
    neighbours.length === 0
      ? el("p", { class: "muted" }, "双击节点展开邻居")
      : [...groups].map(([category, nodes]) =>
          el(
            "div",
            { class: "group", dataset: { category } },
            el("div", { class: "head" }, badge(category), el("span", { class: "count" }, `${nodes.length}`)),
            el("ul", {}, nodes.slice(0, 50).map((n) => el("li", { onclick: () => onFocus(n.id()) }, n.data("name")))),
          ),
        ),
  ];
}
