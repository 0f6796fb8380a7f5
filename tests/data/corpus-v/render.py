#!/usr/bin/env python3
"""Build corpus-v/files/, gold.jsonl and received.json from docs/*.json.

    /work/main/.venv/bin/python tests/data/corpus-v/render.py

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
    "v13": "Order 06.11.2026 - Record No 2026-4471 P (perfected).pdf",
    "v35": "ECF 9 - Order granting expedited discovery - 1-26-cv-07719.pdf",
    "v54": "PIPEDA-2026-004417 Letter of notification - Trustpilot.docx",
}


if __name__ == "__main__":
    main(HERE, PART_NAMES)
