"""Every document of the dev corpus reads into text holding its gold review ids and quoted statements."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ingest import ParsedDocument, parse

pytestmark = [pytest.mark.corpus]

# Curly quotes and apostrophes, and the dashes OCR and typesetting swap, compare as their plain forms.
PLAIN = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
                       "`": "'", "´": "'", "–": "-", "—": "-", "\u00a0": " "})
SCANS = {"scan"}


def normalise(text: str) -> str:
    return " ".join(text.translate(PLAIN).split())


def gold_rows(corpus: Path) -> list[dict]:
    return [json.loads(line) for line in (corpus / "gold.jsonl").read_text().splitlines() if line.strip()]


def files(corpus: Path, scans: bool) -> list[str]:
    rows = gold_rows(corpus)
    scanned = {r["file"] for r in rows if r.get("format") in SCANS}
    return sorted({r["file"] for r in rows if (r["file"] in scanned) == scans})


def part_of(doc: ParsedDocument, part: str | None) -> ParsedDocument:
    if part is None:
        return doc
    matches = [d for d in doc.walk()[1:] if d.filename == part]
    assert matches, f"attachment {part!r} not found in {doc.filename}"
    return matches[0]


def check_file(corpus: Path, name: str) -> None:
    doc = parse(corpus / "files" / name)
    assert doc.ok, f"{name}: {doc.error}"
    missing: list[str] = []
    for row in (r for r in gold_rows(corpus) if r["file"] == name):
        target = part_of(doc, row["part"])
        assert target.ok, f"{name}/{row['part']}: {target.error}"
        text = normalise(target.full_text)
        for needle in [*row["cited_review_ids"], *row["quoted_statements"]]:
            if normalise(needle) not in text:
                missing.append(f"{row['part'] or name}: {needle!r}")
    assert not missing, "not in the extracted text:\n" + "\n".join(missing)


def _typed(corpus: Path) -> list[str]:
    return files(corpus, scans=False)


@pytest.fixture(scope="module")
def corpus(corpus_dir: Path) -> Path:
    return corpus_dir


def test_every_typed_document_holds_its_gold_ids_and_quotes(corpus: Path) -> None:
    failures = []
    for name in files(corpus, scans=False):
        try:
            check_file(corpus, name)
        except AssertionError as exc:
            failures.append(str(exc))
    assert not failures, "\n\n".join(failures)


@pytest.mark.slow
def test_every_scan_holds_its_gold_ids_and_quotes_after_ocr(corpus: Path) -> None:
    failures = []
    for name in files(corpus, scans=True):
        doc = parse(corpus / "files" / name)
        assert doc.ocr_used, f"{name} was not OCR'd"
        assert all(p.ocr_confidence is not None for p in doc.pages if p.ocr)
        try:
            check_file_doc(corpus, name, doc)
        except AssertionError as exc:
            failures.append(str(exc))
    assert not failures, "\n\n".join(failures)


def check_file_doc(corpus: Path, name: str, doc: ParsedDocument) -> None:
    missing = []
    for row in (r for r in gold_rows(corpus) if r["file"] == name):
        text = normalise(part_of(doc, row["part"]).full_text)
        missing += [n for n in [*row["cited_review_ids"], *row["quoted_statements"]] if normalise(n) not in text]
    assert not missing, f"{name}: not in the OCR text: {missing}"


def test_every_corpus_file_parses_without_error(corpus: Path) -> None:
    for path in sorted((corpus / "files").iterdir()):
        if path.name in files(corpus, scans=True):
            continue
        doc = parse(path)
        assert doc.ok, f"{path.name}: {doc.error}"
        assert doc.sha256 and doc.size == path.stat().st_size
        assert re.search(r"\w", doc.text)
