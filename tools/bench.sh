#!/usr/bin/env bash
# `npm run bench`: speed and memory figures, printed as numbers and ratios (never asserted in tests).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== search engine: the matching query shapes over ${BENCH_DOCS:-20000} vacancies"
npx ts-node --transpile-only -P libs/search/tsconfig.lib.json libs/search/bench/search.bench.ts
