#!/usr/bin/env bash
# `npm test`: everything, in the order a failure is cheapest to find.
# API tests run on the embedded PostgreSQL, and again on TEST_DATABASE_URL when it is set (CI sets it
# to a PostgreSQL 15 cluster of its own).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "type-check"
npx tsc --noEmit -p tsconfig.json
step "lint"
npx eslint . --max-warnings 0
step "unit and API tests on the embedded PostgreSQL"
env -u TEST_DATABASE_URL npx vitest run
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  step "unit and API tests on ${TEST_DATABASE_URL%%@*}@… (external PostgreSQL)"
  npx vitest run
else
  echo "(TEST_DATABASE_URL not set: the external-PostgreSQL run is skipped; .ci/run sets it)"
fi
step "web build"
npx vite build --logLevel warn
step "browser tests (Playwright + /usr/bin/chromium)"
npx playwright test
