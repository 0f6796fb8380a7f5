#!/usr/bin/env bash
# Debian's Chromium and its driver, for the web desk's browser tests (tests/web/test_browser.py):
# no browser is downloaded by a test tool. Quiet, and safe to run again: it installs only what is
# missing.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
[ ${#need[@]} -gt 0 ] || exit 0

sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
# apt's and debconf's notes are noise on a console: the log is shown whole only when a step fails.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
run() { if ! "$@" >"$log" 2>&1; then cat "$log" >&2; exit 1; fi; }
run $sudo apt-get update -qq
run $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
