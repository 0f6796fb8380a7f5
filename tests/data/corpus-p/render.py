#!/usr/bin/env python3
"""Render corpus-p: docs/*.json -> files/, gold.jsonl, received.json, with the shared ../render_corpus.py.

    /work/main/.venv/bin/python tests/data/corpus-p/author/build.py     # checks gold, writes docs/ and cases.json
    /work/main/.venv/bin/python tests/data/corpus-p/render.py
    /work/main/.venv/bin/python tests/data/corpus-p/author/check_render.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from render_corpus import main  # noqa: E402

# file names that attached letters carry inside their emails (written by author/build.py)
PART_NAMES = json.loads((HERE / "author" / "part_names.json").read_text(encoding="utf-8"))

if __name__ == "__main__":
    main(HERE, PART_NAMES)
