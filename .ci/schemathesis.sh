#!/usr/bin/env bash
# A bounded schemathesis run against the API's own OpenAPI: no request may get a server error (5xx).
# The app runs on a free loopback port over a temp data dir holding the examples; writes carry the token.
# SCHEMATHESIS_MAX_EXAMPLES (default 20) bounds the cases per operation. A second run sends every conflict
# check with format=xlsx, so that the spreadsheet export meets generated names too.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=.venv/bin
[ -x "$bin/schemathesis" ] || { echo "schemathesis: $bin/schemathesis missing (pip install -e '.[dev]')" >&2; exit 1; }

work="$(mktemp -d)"
export KG_DATA_DIR="$work/kg-data"
export KG_API_TOKEN="st-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
export KG_STORE=embedded
unset KG_CORS_ORIGINS NEO4J_URI
port="$("$bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
server_pid=""

cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  "$bin/kg" store stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

"$bin/kg" ingest examples >/dev/null
"$bin/kg" serve --host 127.0.0.1 --port "$port" >"$work/server.log" 2>&1 &
server_pid=$!

run() {
  "$bin/schemathesis" run "http://127.0.0.1:$port/openapi.json" \
  --wait-for-schema 60 \
  --checks not_a_server_error \
  --max-examples "${SCHEMATHESIS_MAX_EXAMPLES:-20}" \
  --phases examples,coverage,fuzzing \
  --workers 1 \
  --request-timeout 60 \
  --seed "${SCHEMATHESIS_SEED:-20240401}" \
  --header "Authorization: Bearer $KG_API_TOKEN" \
  --suppress-health-check all \
  --no-color "$@" || { status=$?; echo "schemathesis: failed; server log:" >&2; tail -n 40 "$work/server.log" >&2; exit "$status"; }
}

run "$@"
# Again for the conflict check alone, every request asking for the XLSX report (.ci/schemathesis_xlsx.py).
PYTHONPATH=".ci${PYTHONPATH:+:$PYTHONPATH}" SCHEMATHESIS_HOOKS=schemathesis_xlsx run --include-path /coi/check "$@"
