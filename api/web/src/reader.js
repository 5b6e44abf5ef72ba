// A document's text as lines to read (GET /documents/{id} gives them): numbered as stored, a line the
// PDF broke shown joined, the facts' spans marked. Offsets stay those of the stored text.

import { el, marked } from "./dom.js";

/** "12" or "12–14" (a line the PDF broke, shown joined). */
export function lineNumber(line) {
  return line.first === line.last ? String(line.first) : `${line.first}–${line.last}`;
}

/** Indices of the lines holding any of the [start, end) ranges, with `context` lines either side. */
export function linesAround(lines, ranges, context = 0) {
  const wanted = new Set();
  lines.forEach((line, i) => {
    const lo = line.pieces[0][0];
    const hi = line.pieces[line.pieces.length - 1][1];
    if (ranges.some(([s, e]) => s < hi && e > lo)) {
      for (let j = Math.max(0, i - context); j <= Math.min(lines.length - 1, i + context); j++) wanted.add(j);
    }
  });
  return [...wanted].sort((a, b) => a - b);
}

/** The 1-based stored line an offset is on. */
export function lineAt(text, offset) {
  let line = 1;
  for (let i = 0; i < Math.min(offset, text.length); i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** One line as shown: its number, then each piece of stored text with the ranges marked; a piece the
 * PDF broke off is joined to the one before (a faint marker shows where). */
export function lineRow(text, line, ranges, titles = null) {
  const body = el("span", { class: "tx" });
  line.pieces.forEach(([start, end], i) => {
    if (i > 0) {
      const gap = /[A-Za-z0-9,]$/.test(text.slice(line.pieces[i - 1][0], line.pieces[i - 1][1])) && /^[A-Za-z0-9(]/.test(text.slice(start, end));
      body.append(el("span", { class: "join", title: "原文此处换行（PDF 断行），已合并显示" }, gap ? " " : ""));
    }
    const parts = marked(text.slice(start, end), ranges, start);
    if (titles) decorate(parts, start, ranges, titles);
    body.append(...parts);
  });
  return el("div", { class: "line", dataset: { first: line.first, last: line.last } }, el("span", { class: "ln" }, lineNumber(line)), body);
}

/** Gives each mark the names of the facts whose spans cover it (shown on hover). */
function decorate(parts, offset, ranges, titles) {
  let at = offset;
  for (const part of parts) {
    const length = typeof part === "string" ? part.length : part.textContent.length;
    if (part instanceof Element && part.tagName === "MARK") {
      const names = ranges.map((r, i) => (r[0] < at + length && r[1] > at ? titles[i] : null)).filter(Boolean);
      if (names.length) part.title = [...new Set(names)].join("\n");
    }
    at += length;
  }
}

/** The lines at `indices` (with "⋯" where lines are skipped), ranges marked. */
export function lineBlock(doc, indices, ranges, titles = null) {
  const rows = [];
  let previous = null;
  for (const i of indices) {
    if (previous !== null && i > previous + 1) rows.push(el("div", { class: "line gap" }, el("span", { class: "ln" }, "⋯"), el("span", { class: "tx" })));
    rows.push(lineRow(doc.text ?? "", doc.lines[i], ranges, titles));
    previous = i;
  }
  return rows;
}
