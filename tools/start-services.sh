#!/usr/bin/env bash
# `npm run start:services`: the three services as separate processes against a real Postgres
# (one database each) and a real Kafka broker, as in production but on this machine, and the web
# application on http://localhost:8080 (apps/gateway) with dev sign-in.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON="${NX_DAEMON:-false}"
PG="${POSTGRES_URL:-postgres://postgres@127.0.0.1:5432}"
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:9092}"

bash tools/kafka/kafka.sh start
for db in matching employers training; do
  psql "$PG/postgres" -Atqc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 \
    || psql "$PG/postgres" -qc "CREATE DATABASE $db"
done
npx nx run-many -t build -p matching employers training web gateway --outputStyle=static

pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait' INT TERM EXIT
for service in matching employers training; do
  prefix=$(echo "$service" | tr '[:lower:]' '[:upper:]')
  # Matching's heap budget, as docker-compose.yml gives it.
  heap=()
  [ "$service" = matching ] && heap=(--max-old-space-size=1024)
  env "${prefix}_DATABASE_URL=$PG/$service" node "${heap[@]}" "dist/apps/$service/main.js" &
  pids+=($!)
done
# The web application on one origin with the three APIs (the services' default ports).
node dist/apps/gateway/main.js &
pids+=($!)
# On a fresh Kafka cluster the services first wait for it (bounded by KAFKA_STARTUP_TIMEOUT_SECONDS,
# /health answers 503 with the reason meanwhile): say when all three are ready.
all_healthy() {
  local port
  for port in 3000 3001 3002; do curl -fsS -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null || return 1; done
}
(
  started=$SECONDS
  until all_healthy; do sleep 1; done
  echo "start:services: matching, employers and training healthy after $((SECONDS - started))s"
) &
pids+=($!)
wait -n "${pids[@]:0:4}"
