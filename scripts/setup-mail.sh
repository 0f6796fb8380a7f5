#!/usr/bin/env bash
# Debian's Dovecot, the IMAP server the mail tests (tests/mail/) start as an unprivileged process
# with a configuration of their own: nothing of the system's Dovecot is configured or started.
# Quiet, and safe to run again: it installs only what is missing.
set -euo pipefail

{ command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ]; } && exit 0

sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
# apt's and debconf's notes are noise on a console: the log is shown whole only when a step fails.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
run() { if ! "$@" >"$log" 2>&1; then cat "$log" >&2; exit 1; fi; }
run $sudo apt-get update -qq
run $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends dovecot-imapd
