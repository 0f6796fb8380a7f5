#!/usr/bin/env python3
"""Build corpus-z/files/, gold.jsonl and received.json from docs/*.json.

    /work/main/.venv/bin/python tests/data/corpus-z/render.py

Rendered by ../render_corpus.py, the renderer every corpus here shares.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from render_corpus import main  # noqa: E402

# the file name an attachment carries inside its email
PART_NAMES = {
    "z08": "CCC-TP-02 Appeal Coral Coast Campervans.pdf",
    "z16": "Arcom DPL-2026-0457 courrier Trustpilot.docx",
}


if __name__ == "__main__":
    main(HERE, PART_NAMES)
