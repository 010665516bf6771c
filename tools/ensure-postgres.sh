#!/usr/bin/env bash
# Makes sure the test Postgres answers on 127.0.0.1:5432 (user postgres, trust auth), starting the
# machine's cluster when it is installed but stopped. Test databases are created per test file.
set -euo pipefail
url="${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
ready() { pg_isready -q -d "$url" 2>/dev/null; }
if ! ready && command -v pg_ctlcluster >/dev/null 2>&1; then
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
  [ -n "$version" ] && pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
fi
for _ in $(seq 1 30); do
  if ready; then
    echo "postgres: ready at ${url%%\?*}"
    psql "$url" -Atqc 'select version()' | head -1
    exit 0
  fi
  sleep 1
done
echo "postgres: not reachable at $url" >&2
exit 1
