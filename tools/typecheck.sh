#!/usr/bin/env bash
# Type-checks every project the way its build and its tests see it: each tsconfig.{app,lib,spec}.json
# (or a project's only tsconfig.json), with tsc --noEmit, two at a time. Fails on the first error.
set -euo pipefail
cd "$(dirname "$0")/.."
configs=()
for project in apps/* libs/*; do
  found=0
  for kind in app lib spec; do
    if [ -f "$project/tsconfig.$kind.json" ]; then configs+=("$project/tsconfig.$kind.json"); found=1; fi
  done
  if [ "$found" = 0 ] && [ -f "$project/tsconfig.json" ]; then configs+=("$project/tsconfig.json"); fi
done
printf '%s\n' "${configs[@]}" |
  xargs -P 2 -I{} sh -c 'npx tsc --noEmit -p "$1" >"${TMPDIR:-/tmp}/typecheck.$$.log" 2>&1 && echo "   ok  $1" || { echo "   FAILED  $1"; cat "${TMPDIR:-/tmp}/typecheck.$$.log"; exit 255; }' _ {}
