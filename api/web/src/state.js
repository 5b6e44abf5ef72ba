// The view state kept in the URL fragment, so a view can be shared as a link.

export function readState(hash = location.hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const number = (name) => (params.get(name) ? Number(params.get(name)) : null);
  return {
    expanded: params.getAll("x").map((item) => {
      const at = item.indexOf("~");
      return at > 0 ? { limit: Number(item.slice(0, at)), key: item.slice(at + 1) } : { limit: null, key: item };
    }),
    selected: params.get("sel"),
    hiddenCategories: (params.get("hide") || "").split(",").filter(Boolean),
    hiddenRelations: (params.get("rels") || "").split(",").filter(Boolean),
    yearFrom: number("y0"),
    yearTo: number("y1"),
    hideLowConf: params.get("lc") === "1",
    layout: params.get("lay") || "force",
    grouped: params.get("grp") === "1",
    path: params.getAll("path"),
    hops: number("hops"),
    tab: params.get("tab") || "explore",
  };
}

export function writeState(state) {
  const params = new URLSearchParams();
  for (const { key, limit } of state.expanded) params.append("x", limit ? `${limit}~${key}` : key);
  if (state.selected) params.set("sel", state.selected);
  if (state.hiddenCategories.length) params.set("hide", state.hiddenCategories.join(","));
  if (state.hiddenRelations.length) params.set("rels", state.hiddenRelations.join(","));
  if (state.yearFrom != null) params.set("y0", String(state.yearFrom));
  if (state.yearTo != null) params.set("y1", String(state.yearTo));
  if (state.hideLowConf) params.set("lc", "1");
  if (state.layout && state.layout !== "force") params.set("lay", state.layout);
  if (state.grouped) params.set("grp", "1");
  for (const key of state.path) params.append("path", key);
  if (state.path.length && state.hops) params.set("hops", String(state.hops));
  if (state.tab !== "explore") params.set("tab", state.tab);
  const hash = params.toString();
  const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ""}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, "", url);
}
