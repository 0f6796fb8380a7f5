#!/usr/bin/env bash
# The mail tests' IMAP server: Debian's Dovecot, which the tests run as an unprivileged process
# with a configuration of their own (nothing of the system's Dovecot is configured or started).
# Quiet, and safe to run again: it installs only what is missing.
set -euo pipefail

if ! command -v dovecot >/dev/null 2>&1 && [ ! -x /usr/sbin/dovecot ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  # A package's post-install would start the system's Dovecot where an init system runs; the
  # tests need only the binaries, so the service is left as the package leaves it.
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends dovecot-imapd >/dev/null
fi
