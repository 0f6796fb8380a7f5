#!/usr/bin/env python3
"""Render corpus-dl5/files/, gold.jsonl and received.json from docs/*.json.

    /work/main/.venv/bin/python tests/data/corpus-dl5/author/build.py   # writes docs/, cases.json
    /work/main/.venv/bin/python tests/data/corpus-dl5/render.py

Uses ../render_corpus.py, the renderer every corpus here shares.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from render_corpus import main  # noqa: E402

# the file name an attachment carries inside its email (written by author/build.py)
PART_NAMES = json.loads((HERE / "author" / "part_names.json").read_text(encoding="utf-8"))


if __name__ == "__main__":
    main(HERE, PART_NAMES)
