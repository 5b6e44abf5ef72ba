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

const TOKEN_KEY = "kg-api-token";

/** The write token (KG_API_TOKEN) the user gave this tab, kept for the session only. */
export const writeToken = {
  get: () => sessionStorage.getItem(TOKEN_KEY) || "",
  set: (token) => (token ? sessionStorage.setItem(TOKEN_KEY, token) : sessionStorage.removeItem(TOKEN_KEY)),
};

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
export function forgetDocument(id) {
  documents.delete(id);
}

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

/** Ranked collaborators of a person: {person, data: [{key, name, display, unit, kinds, kind_names, shared, years, evidence}]}. */
export const collaboratorsOf = (key, limit = 30) => getJson("/collaborators", { person: key, limit });

const PEOPLE_BATCH = 100; // keys per request: a URL of a few kilobytes

/** What tells people apart (unit, documents, co-workers, namesakes), by key; unknown keys are left out. */
export async function peopleContext(keys) {
  const out = new Map();
  for (let i = 0; i < keys.length; i += PEOPLE_BATCH) {
    const body = await getJson("/people", { key: keys.slice(i, i + PEOPLE_BATCH) });
    for (const person of body.data ?? []) out.set(person.key, person);
  }
  return out;
}

export const listDocuments = (offset = 0, limit = 200) => getJson("/documents", { offset, limit });

export async function removeDocument(id) {
  const response = await fetch(`/documents/${encodeURIComponent(id)}`, {
    method: "DELETE",
    headers: { Accept: "application/json", Authorization: `Bearer ${writeToken.get()}` },
  });
  if (!response.ok) throw await failure(response);
  forgetDocument(id);
  return response.json();
}
