#!/usr/bin/env python3
"""Build corpus-dl/files/, gold.jsonl and received.json from docs/*.json.

corpus-dl is a deadline challenge set: deadline / deadline_basis phrasings in en, de, fr, da.

    /work/main/.venv/bin/python tests/data/corpus-dl/render.py

Rendered by ../render_corpus.py, the renderer every corpus here shares.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from render_corpus import main  # noqa: E402

# the file name an attachment carries inside its email
PART_NAMES: dict[str, str] = {}  # no attachments in this corpus


if __name__ == "__main__":
    main(HERE, PART_NAMES)
