#!/usr/bin/env bash
# Debian's PostgreSQL server binaries and the Python driver, for running lexdesk on PostgreSQL and
# for CI's second test run (scripts/test-postgres.sh starts a throwaway server of its own: nothing
# of the system's clusters is configured or started). Quiet, and safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
trap 'rm -f "$log"' EXIT
run() { if ! "$@" >"$log" 2>&1; then cat "$log" >&2; exit 1; fi; }

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  run $sudo apt-get update -qq
  run $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql
fi
# the driver of DATABASE_URL=postgresql+psycopg://… and the job queue (the package's `postgres` extra)
.venv/bin/python -c "import psycopg, procrastinate" 2>/dev/null || run .venv/bin/python -m pip install -q -e '.[postgres]'
