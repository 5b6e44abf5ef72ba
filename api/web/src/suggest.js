// A search box with suggestions: names, aliases and partial names, the entity type beside each.

import { searchEntities } from "./api.js";
import { el } from "./dom.js";
import { badge } from "./evidence.js";
import { categoryOf, displayName } from "./vocab.js";

const DEBOUNCE_MS = 180;

export function attachSuggest(input, list, onPick) {
  let timer = null;
  let controller = null;
  let items = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    active = -1;
  };

  const pick = (item) => {
    input.value = item.name;
    input.dataset.key = item.key;
    close();
    onPick(item);
  };

  const render = () => {
    list.replaceChildren(
      ...(items.length
        ? items.map((item, i) =>
            el(
              "li",
              {
                role: "option",
                class: i === active ? "active" : "",
                dataset: { key: item.key },
                onmousedown: (e) => {
                  e.preventDefault();
                  pick(item);
                },
              },
              badge(categoryOf(item.label, item.kind)),
              el("span", { class: "name" }, displayName(item.label, item.name)),
              item.label === "Person" ? el("span", { class: "unit" }, (item.units ?? []).join("、") || "单位不详") : null,
              item.label === "Person" && item.namesakes ? el("span", { class: "namesakes" }, `同名 ${item.namesakes + 1} 人`) : null,
              item.label === "Person" && item.namesakes && item.hint ? el("span", { class: "hint" }, item.hint) : null,
              item.aliases?.length ? el("span", { class: "aliases" }, `别名：${item.aliases.join("、")}`) : null,
            ),
          )
        : [el("li", { class: "empty" }, "未找到匹配的实体")]),
    );
    list.hidden = false;
  };

  const lookup = async () => {
    const q = input.value.trim();
    if (!q) return close();
    controller?.abort();
    controller = new AbortController();
    try {
      items = await searchEntities(q, 12, controller.signal);
      active = items.length ? 0 : -1;
      if (document.activeElement === input) render();
    } catch (e) {
      if (e.name !== "AbortError") {
        items = [];
        list.replaceChildren(el("li", { class: "empty" }, e.message));
        list.hidden = false;
      }
    }
  };

  input.addEventListener("input", () => {
    delete input.dataset.key;
    clearTimeout(timer);
    timer = setTimeout(lookup, DEBOUNCE_MS);
  });
  input.addEventListener("keydown", (e) => {
    if (list.hidden || !items.length) {
      if (e.key === "Enter") lookup();
      return;
    }
    if (e.key === "ArrowDown") active = (active + 1) % items.length;
    else if (e.key === "ArrowUp") active = (active - 1 + items.length) % items.length;
    else if (e.key === "Enter" && active >= 0) return pick(items[active]);
    else if (e.key === "Escape") return close();
    else return;
    e.preventDefault();
    render();
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
}
