#!/usr/bin/env bash
# `npm test`: unit, integration and browser tests of every project. Starts the Kafka broker first when none
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
# One closing line over all projects, summed from each runner's summary lines:
#   Jest        "Tests:       1 failed, 2 skipped, 40 passed, 43 total"
#   Vitest      "      Tests  1 failed | 39 passed | 2 skipped (42)"   ("Test Files" lines are not tests)
#   Playwright  "  12 passed (3.4m)", "  1 failed", "  2 skipped" (each on its own line; Nx may put
#               "web-e2e: " before it)
sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '
  function count(n, word) { if (word ~ /^passed/) p += n; else if (word ~ /^failed/) f += n; else if (word ~ /^skipped/) s += n }
  /Tests: / { for (i = 2; i <= NF; i++) if ($(i) ~ /^(passed|failed|skipped),?$/) count($(i-1), $(i)); next }
  /(^|[[:space:]])Tests  / { for (i = 2; i <= NF; i++) if ($(i) ~ /^(passed|failed|skipped)$/) count($(i-1), $(i)); next }
  { sub(/^[^[:space:]]+: /, "") }  # the project prefix Nx puts before each line of a task
  /^[[:space:]]*[0-9]+ (passed|failed|skipped)( \([0-9.]+(ms|s|m|h)\))?[[:space:]]*$/ { count($1, $2) }
  END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }'
exit "$status"
