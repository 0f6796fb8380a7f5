"""Taking in files: keep the original, read it, file it; a bad file is recorded, never raised."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session, select

from cases import intake
from cases.config import CasesConfig
from cases.errors import Invalid
from cases.models import Document
from cases.vocab import DocumentStatus, IngestStatus
from tests.cases.conftest import DAY

LETTER = """Dear Sirs,

We act for a small bakery. Please remove the review at
https://www.trustpilot.com/reviews/0123456789abcdef01234567 by 20 November 2026.

Yours faithfully,
A Writer
"""


def test_a_file_is_kept_read_and_filed_and_the_same_bytes_twice_add_nothing(
    session: Session, cfg: CasesConfig, tmp_path: Path
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    first = intake.file_path(session, intake.Job(letter, date(2026, 11, 2)), cfg, actor="t")
    assert first.status == IngestStatus.filed and first.documents == 1 and first.case_refs == ("CI-2026-0001",)
    assert [p for p in cfg.originals.rglob("*") if p.is_file()]
    again = intake.file_path(session, intake.Job(letter), cfg, actor="t")
    assert again.status == IngestStatus.duplicate
    (doc,) = session.exec(select(Document)).all()
    assert doc.received == date(2026, 11, 2)


def test_an_unreadable_or_missing_file_is_recorded_not_raised(session: Session, cfg: CasesConfig,
                                                              tmp_path: Path) -> None:
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    out = intake.file_path(session, intake.Job(empty), cfg, actor="t")
    assert out.status == IngestStatus.failed and out.reason
    (doc,) = session.exec(select(Document)).all()
    assert doc.status == DocumentStatus.failed and doc.received == DAY  # no date given: the clock's day
    missing = intake.file_path(session, intake.Job(tmp_path / "nope.pdf"), cfg, actor="t")
    assert missing.status == IngestStatus.failed and "cannot read file" in (missing.reason or "")


def test_analysis_without_a_database_uses_the_clock_when_nothing_dates_the_file(cfg: CasesConfig,
                                                                              tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    (a,) = intake.analyse_file(letter, cfg)
    row = a.as_json(letter.name)
    assert row["received"] == DAY.isoformat() and row["file"] == "letter.txt" and row["part"] is None
    assert row["cited_review_ids"] == ["0123456789abcdef01234567"]


def test_a_manifest_gives_each_file_its_day_and_a_bad_one_says_where(tmp_path: Path) -> None:
    manifest = tmp_path / "m.csv"
    (tmp_path / "a.txt").write_text("a letter")
    (tmp_path / "abs").mkdir()
    (tmp_path / "abs" / "b.txt").write_text("another")
    manifest.write_text(f"path,received\na.txt,2026-11-21\n{tmp_path / 'abs' / 'b.txt'},\n", encoding="utf-8")
    jobs = intake.jobs_from_manifest(manifest)
    assert [(j.path, j.received, j.explicit) for j in jobs] == [(tmp_path / "a.txt", date(2026, 11, 21), True),
                                                                 (tmp_path / "abs" / "b.txt", None, False)]
    manifest.write_text("path,received\nnot-there.txt,2026-11-21\n", encoding="utf-8")
    with pytest.raises(Invalid, match="no such file: .*not-there.txt"):
        intake.jobs_from_manifest(manifest)
    manifest.write_text("path,received\na.txt,21/11/2026\n", encoding="utf-8")
    with pytest.raises(Invalid, match=r"m.csv:2: received '21/11/2026' is not a YYYY-MM-DD date"):
        intake.jobs_from_manifest(manifest)
    manifest.write_text("file\na.txt\n", encoding="utf-8")
    with pytest.raises(Invalid, match="'path' column"):
        intake.jobs_from_manifest(manifest)
