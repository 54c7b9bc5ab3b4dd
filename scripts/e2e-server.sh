#!/usr/bin/env bash
# The server for Playwright (playwright.config.ts webServer): a fresh data directory every run, so the
# demo county and its accounts are loaded anew and no state leaks between runs.
set -euo pipefail
cd "$(dirname "$0")/.."

export DATA_DIR=/tmp/shian-e2e-3210
export PORT=3210
export HOST=127.0.0.1
# Many browser tests sign in within a minute; the limit itself is tested by the API tests.
export SHIAN_LOGIN_RATE_LIMIT=600
# A postgres orphaned by an earlier run that was killed hard still holds the old directory: stop it first
# (SIGINT is PostgreSQL's "fast" shutdown).
for pidfile in $(find "$DATA_DIR" -maxdepth 3 -name postmaster.pid 2>/dev/null); do
  pid=$(head -1 "$pidfile")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -INT "$pid" || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
done
rm -rf "$DATA_DIR"
# `npx vite build` normally runs first (scripts/test-all.sh); bin/start.mjs builds the UI only if it is missing.
if [ -f dist/web/index.html ]; then export SHIAN_SKIP_WEB_BUILD=1; fi
exec node bin/start.mjs
