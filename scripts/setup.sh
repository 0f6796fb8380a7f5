#!/usr/bin/env bash
# Set up lexdesk on a fresh Debian machine: Tesseract (OCR for scanned letters and photos),
# LibreOffice Writer (PDF letters) and the Python package with its test tools in ./.venv.
# Safe to run again: it only installs what is missing, and says nothing unless something fails.
set -euo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
trap 'rm -f "$log"' EXIT
# A step's own chatter (apt's progress, debconf's notes, pip's banners) is noise on a console:
# its log is shown whole only when it fails.
quietly() {
  if ! "$@" >"$log" 2>&1; then cat "$log" >&2; echo "setup failed: $*" >&2; exit 1; fi
}

need_apt=()
command -v tesseract >/dev/null 2>&1 || need_apt+=(tesseract-ocr)
for lang in eng deu fra dan; do
  [ -n "$(find /usr/share/tesseract-ocr -name "$lang.traineddata" 2>/dev/null | head -1)" ] || need_apt+=("tesseract-ocr-$lang")
done
# `lexdesk draft … --out letter.pdf` converts the .docx letter with LibreOffice, headless.
command -v soffice >/dev/null 2>&1 || need_apt+=(libreoffice-writer)
if [ ${#need_apt[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  quietly $sudo apt-get update -qq
  quietly $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}"
fi

[ -x .venv/bin/python ] || quietly python3 -m venv .venv
quietly .venv/bin/python -m pip install -q --upgrade pip
quietly .venv/bin/python -m pip install -q -e '.[test]'
./scripts/setup-browser.sh  # Debian's Chromium and chromium-driver: the web desk's browser tests
./scripts/setup-mail.sh  # Debian's Dovecot: the mail tests' IMAP server
./scripts/setup-postgres.sh  # Debian's PostgreSQL and psycopg: DATABASE_URL=postgresql+psycopg://…, CI's second run
echo "lexdesk is set up: .venv/bin/lexdesk --help (or put .venv/bin on your PATH: see the README)"
