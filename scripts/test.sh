#!/usr/bin/env bash
# The whole quality gate (npm test; CI runs exactly this). Stops at the first failing step.
set -euo pipefail
export TZ=UTC
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() {
  printf '\n==> %s\n' "$1"
}

step 'Chromium for the browser tests'
bash scripts/ensure-chromium.sh

step 'Typecheck (tsc)'
npm run typecheck

step 'Lint (eslint, zero warnings)'
npm run lint

step 'Format check (prettier)'
npm run format:check

step 'Unit tests'
npx vitest run --project unit

step 'Integration and API tests'
npx vitest run --project integration

step 'Build the client (vite)'
npm run build

step 'Browser tests'
npx vitest run --project e2e

printf '\n==> All checks passed.\n'
