// Small DOM helpers: elements are built with text nodes only, never from HTML strings.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function $(selector) {
  return document.querySelector(selector);
}

export function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Text with the given [start, end) ranges wrapped in <mark>; ranges may overlap or be unsorted. */
export function marked(text, ranges, offset = 0) {
  const parts = [];
  let cursor = 0;
  const sorted = ranges
    .map(([s, e]) => [Math.max(0, s - offset), Math.min(text.length, e - offset)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  for (const [start, end] of sorted) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) parts.push(text.slice(cursor, from));
    parts.push(el("mark", {}, text.slice(from, end)));
    cursor = end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return parts;
}

/** Ranges of every occurrence of each needle in text. */
export function occurrences(text, needles) {
  const ranges = [];
  for (const needle of needles) {
    if (!needle) continue;
    let at = text.indexOf(needle);
    while (at >= 0) {
      ranges.push([at, at + needle.length]);
      at = text.indexOf(needle, at + needle.length);
    }
  }
  return ranges;
}
