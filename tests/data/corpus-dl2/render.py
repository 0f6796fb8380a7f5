#!/usr/bin/env python3
"""Build corpus-dl2/files/, gold.jsonl and received.json from docs/*.json.

    /work/main/.venv/bin/python tests/data/corpus-dl2/author/build.py   # docs/*.json, cases.json
    /work/main/.venv/bin/python tests/data/corpus-dl2/render.py

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
    "e21": "OG-ORI-2044 Letter to Trustpilot 25.11.2026.pdf",
}


if __name__ == "__main__":
    main(HERE, PART_NAMES)
