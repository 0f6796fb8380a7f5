"""Fixtures shared by every test package."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The labelled dev corpus (../shared/corpus/dev); tests that need it skip where it is absent."""
    dev = SHARED_CORPUS / "dev"
    if not (dev / "gold.jsonl").exists():
        pytest.skip(f"the labelled corpus is not here ({dev}); it lives beside the repo in ../shared")
    return dev
