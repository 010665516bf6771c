#!/usr/bin/env bash
# `npm test`: unit and integration tests of every project. Starts the Kafka broker first when none
# runs and Java and Maven are present, so one command runs the whole suite on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON="${NX_DAEMON:-false}" NX_TUI=false
if ! bash tools/kafka/kafka.sh status >/dev/null 2>&1; then
  if command -v java >/dev/null 2>&1 && command -v mvn >/dev/null 2>&1; then
    bash tools/kafka/kafka.sh start
  else
    echo "test: no Kafka on 127.0.0.1:9092 and no java/mvn to start one; Kafka suites will skip" >&2
  fi
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
npx nx run-many -t test --parallel="${TEST_PARALLEL:-2}" --outputStyle=stream "$@" 2>&1 | tee "$log" || status=$?
# One closing line over all projects, summed from Jest's per-project "Tests:" lines.
sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E 'Tests: ' | awk '
  { for (i = 1; i <= NF; i++) { if ($(i) ~ /^passed,?$/) p += $(i-1); if ($(i) ~ /^failed,?$/) f += $(i-1); if ($(i) ~ /^skipped,?$/) s += $(i-1) } }
  END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }'
exit "$status"
