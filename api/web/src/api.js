// Calls to the API served by the same origin; errors carry the problem+json detail when there is one.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function failure(response) {
  let detail = "";
  try {
    const body = await response.json();
    detail = body.detail || body.title || "";
    if (typeof detail !== "string") detail = JSON.stringify(detail);
  } catch {
    detail = response.statusText;
  }
  return new ApiError(response.status, `请求失败（${response.status}）${detail ? "：" + detail : ""}`);
}

function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) value.forEach((v) => search.append(key, v));
    else search.append(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export async function getJson(path, params = {}, options = {}) {
  const response = await fetch(path + query(params), { headers: { Accept: "application/json" }, ...options });
  if (!response.ok) throw await failure(response);
  return response.json();
}

export async function postJson(path, body, params = {}) {
  const response = await fetch(path + query(params), {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await failure(response);
  return response;
}

export async function searchEntities(q, limit = 12, signal) {
  return (await getJson("/search", { q, limit }, { signal })).data || [];
}

export const entityProfile = (key) => getJson(`/entities/${encodeURIComponent(key)}`);

const PER_TYPE_MAX = 200; // the route's bound on neighbours per relationship type

// The route caps neighbours per type as well as in all; a cap on the total alone is what the page means.
export const neighborhood = (key, limit) =>
  getJson("/graph/neighborhood", { key, depth: 1, limit, per_type: Math.min(limit, PER_TYPE_MAX) });

export const MAX_HOPS = 6; // the /path route's bound

/** {found, nodes, edges, hops}: every node and edge of one shortest path. */
export const shortestPaths = (source, target, maxHops, types) =>
  getJson("/path", { from: source, to: target, max_hops: Math.min(maxHops, MAX_HOPS), type: types });

const documents = new Map();
export function documentText(id) {
  if (!documents.has(id)) {
    const pending = getJson(`/documents/${encodeURIComponent(id)}`);
    pending.catch(() => documents.delete(id));
    documents.set(id, pending);
  }
  return documents.get(id);
}

export async function coiCheck(body) {
  return (await postJson("/coi/check", body)).json();
}

export async function coiDownload(body, format) {
  const response = await postJson("/coi/check", body, { format });
  return response.blob();
}
