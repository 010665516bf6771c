#!/usr/bin/env bash
# `npm run bench`: speed and memory figures, printed as numbers and ratios (never asserted in tests).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== search engine: the matching query shapes over ${BENCH_DOCS:-20000} vacancies"
npx ts-node --transpile-only -P libs/search/tsconfig.lib.json libs/search/bench/search.bench.ts

# The match engine's benches import the app, which uses the @bridge/* path aliases of
# tsconfig.base.json: tsconfig-paths resolves them (from the repository root), --expose-gc lets the
# rules bench weigh its heap after a full collection.
match_bench() {
  TS_NODE_BASEURL="$PWD" NODE_OPTIONS="${NODE_OPTIONS:-} --expose-gc" \
    npx ts-node --transpile-only -r tsconfig-paths/register -P apps/matching/bench/tsconfig.json "apps/matching/bench/$1"
}
echo
echo "== match rules: evaluateMatch over ${BENCH_CANDIDATES:-2000} candidates x ${BENCH_TARGETS:-1000} vacancies and school places"
match_bench match-rules.bench.ts
echo
echo "== match service: ${BENCH_SERVICE_CANDIDATES:-500} candidates, ${BENCH_SERVICE_TARGETS:-500} vacancies and school places through the embedded matching service"
match_bench match-service.bench.ts
