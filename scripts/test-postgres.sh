#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL server: made with initdb in a temporary folder (as
# the postgres user when run as root), listening on 127.0.0.1 only, with a database for the tests
# named in LEXDESK_TEST_DATABASE_URL (the test fixtures make one database per test from it);
# stopped and removed afterwards, whatever the command's outcome.
#   ./scripts/test-postgres.sh .venv/bin/pytest -q tests/cases
set -euo pipefail
cd "$(dirname "$0")/.."

bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
[ -x "$bin/pg_ctl" ] || { echo "no PostgreSQL server: run scripts/setup-postgres.sh" >&2; exit 1; }
dir=$(mktemp -d /tmp/lexdesk-pg.XXXXXX)
port=${LEXDESK_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
as_pg=()
if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; as_pg=(runuser -u postgres --); fi
stop() {
  "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
"${as_pg[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
"${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
"${as_pg[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres lexdesk_test
export LEXDESK_TEST_DATABASE_URL="postgresql+psycopg://postgres@127.0.0.1:$port/lexdesk_test"
"$@"
