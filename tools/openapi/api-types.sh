#!/usr/bin/env bash
# The services' OpenAPI documents (services booted in memory) → libs/api-client/src/generated.
# Run through `npx nx run api-client:generate` (or `:check`), which builds the launcher first.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
node dist/apps/embedded/main.js --export-openapi "$dir"
node tools/openapi/write-api-types.mjs "$@" "$dir"
