#!/usr/bin/env bash
# Set up lexdesk on a fresh Debian machine: Tesseract (OCR for scanned letters) and the Python
# package with its test tools in ./.venv. Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v tesseract >/dev/null 2>&1 || need_apt+=(tesseract-ocr)
for lang in eng deu fra dan; do
  [ -n "$(find /usr/share/tesseract-ocr -name "$lang.traineddata" 2>/dev/null | head -1)" ] || need_apt+=("tesseract-ocr-$lang")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
# pip's own notes (local mirrors it skips, the editable-install banner) are noise on a console:
# the log is shown whole only when an install fails.
log=$(mktemp)
pip_install() {
  if ! .venv/bin/python -m pip install -q "$@" >"$log" 2>&1; then cat "$log" >&2; exit 1; fi
}
pip_install --upgrade pip
pip_install -e '.[test]'
rm -f "$log"
echo "lexdesk is set up: .venv/bin/lexdesk --help"
