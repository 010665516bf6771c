#!/usr/bin/env bash
# `npm run bench -- [--small|--medium|--national] [--kafka]`: speed and memory figures, printed as
# tables and written to dist/bench/report-<size>.json (never asserted in tests). --small (the
# default) is CI's smoke: it exits non-zero when the service's best suggestions differ from the
# naive baseline's. Sizes: apps/matching/bench/bench-world.ts (WORLD_SIZES); every BENCH_* setting
# still overrides. --kafka runs the match service bench on Kafka + Postgres instead of the embedded
# defaults (report-<size>-kafka.json): a database of its own on BENCH_DATABASE_URL's server
# (default postgres://postgres@127.0.0.1:5432/postgres), topics of its own on KAFKA_BROKERS
# (default localhost:9092, `bash tools/kafka/kafka.sh start`); apps/matching/bench/kafka-setup.ts.
set -euo pipefail
cd "$(dirname "$0")/.."

size=small
kafka=0
for arg in "$@"; do
  case "$arg" in
    --small | --medium | --national) size="${arg#--}" ;;
    --kafka) kafka=1 ;;
    *)
      echo "usage: npm run bench -- [--small|--medium|--national] [--kafka]" >&2
      exit 64
      ;;
  esac
done
export BENCH_SIZE="$size" BENCH_KAFKA="$kafka"
# The search bench runs over as many vacancies as the size's world (at least the former 20,000).
case "$size" in
  small | medium) default_docs=20000 ;;
  national) default_docs=200000 ;;
esac
export BENCH_DOCS="${BENCH_DOCS:-$default_docs}"
export BENCH_SEARCH_REPORT="dist/bench/search-$size.json"
rm -f "$BENCH_SEARCH_REPORT"

echo "== search engine: the matching query shapes over $BENCH_DOCS vacancies"
NODE_OPTIONS="${NODE_OPTIONS:-} --max-old-space-size=4096" \
  npx ts-node --transpile-only -P libs/search/tsconfig.lib.json libs/search/bench/search.bench.ts

# The match engine's benches import the app, which uses the @bridge/* path aliases of
# tsconfig.base.json: tsconfig-paths resolves them (from the repository root), --expose-gc lets the
# rules bench weigh its heap after a full collection.
match_bench() {
  TS_NODE_BASEURL="$PWD" NODE_OPTIONS="${NODE_OPTIONS:-} --expose-gc --max-old-space-size=4096" \
    npx ts-node --transpile-only -r tsconfig-paths/register -P apps/matching/bench/tsconfig.json "apps/matching/bench/$1"
}
echo
echo "== match rules: evaluateMatch over ${BENCH_CANDIDATES:-2000} candidates x ${BENCH_TARGETS:-1000} vacancies and school places"
match_bench match-rules.bench.ts
echo
if [ "$kafka" = 1 ]; then setup="on Kafka + Postgres"; else setup="on its embedded defaults"; fi
echo "== match service ($size world): through the matching service $setup, against the naive baseline"
match_bench match-service.bench.ts
