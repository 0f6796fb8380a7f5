"""The dev corpus end to end through the command line, as ../shared/corpus/evaluate.py drives it.

Holds the figures the issues ask for: every document found, extraction per field, and linking.
Skips where the corpus is absent.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# The floors of issues 2-4, measured on the dev corpus (held-out corpora are scored the same way).
FLOORS = {
    "kind": 0.95, "cited_review_ids": 0.98, "cited_urls": 0.95, "our_reference": 0.98,
    "their_reference": 0.90, "deadline": 0.90, "sender_name": 0.90, "sender_organisation": 0.85,
    "sender_email": 0.95, "represented_party": 0.85, "quoted_statements": 0.85, "legal_bases": 0.85,
    "linking_accuracy": 1.0, "linking_existing": 1.0,
}


@pytest.fixture(scope="module")
def figures(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    keep = tmp_path_factory.mktemp("export") / "export.jsonl"
    lexdesk = f"{sys.executable} -m lexdesk"
    subprocess.run(
        [sys.executable, str(corpus_dir.parent / "evaluate.py"), str(corpus_dir), "--lexdesk", lexdesk,
         "--keep", str(keep)],
        check=True, cwd=REPO, capture_output=True, text=True,
    )
    scored = subprocess.run(
        [sys.executable, str(corpus_dir.parent / "score.py"), str(corpus_dir / "gold.jsonl"), str(keep),
         "--cases", str(corpus_dir / "cases.json"), "--json"],
        check=True, capture_output=True, text=True,
    )
    return json.loads(scored.stdout[: scored.stdout.rindex("}") + 1])


def test_every_document_of_the_corpus_is_found(figures: dict[str, dict]) -> None:
    assert figures["documents"]["found"] == figures["documents"]["gold"]


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_meets_its_floor(figures: dict[str, dict], field: str) -> None:
    assert figures[field]["value"] >= FLOORS[field], f"{field}: {figures[field]['value']:.3f} < {FLOORS[field]}"
