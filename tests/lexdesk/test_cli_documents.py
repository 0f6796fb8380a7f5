"""The document commands end to end, on a real SQLite file: ingest, duplicates, failures, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lexdesk.cli import app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "letters"
runner = CliRunner()


def lexdesk(db: Path, *args: str):  # noqa: ANN201
    return runner.invoke(app, ["--db", str(db), *args], catch_exceptions=False)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "desk.db"


def export(db: Path) -> list[dict]:
    result = lexdesk(db, "export", "--jsonl")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_ingest_files_every_document_and_keeps_every_original(db: Path) -> None:
    result = lexdesk(db, "ingest", str(EXAMPLES), "--received", "2026-11-30")
    assert result.exit_code == 0, result.output
    rows = export(db)
    files = {(r["file"], r["part"]) for r in rows}
    assert ("holt-escalation.eml", "statement.docx") in files  # the attachment is a document of its own
    assert {f for f, _ in files} == {p.name for p in EXAMPLES.iterdir() if not p.name.startswith(".")}
    assert all(r["case"] for r in rows)
    kept = list((db.parent / "desk-originals").rglob("*"))
    assert len([p for p in kept if p.is_file()]) >= len(list(EXAMPLES.iterdir()))
    assert "failed" not in {r["status"] for r in rows}
    letter = next(r for r in rows if r["file"] == "quillfield-defamation-letter.pdf")
    ids = letter["evidence"]["cited_review_ids"]
    assert [e["value"] for e in ids] == letter["cited_review_ids"]
    assert all(e["evidence"]["snippet"].endswith(e["value"]) or e["value"] in e["evidence"]["snippet"] for e in ids)


def test_the_same_bytes_twice_add_nothing(db: Path, tmp_path: Path) -> None:
    letter = EXAMPLES / "arnaud-appel.txt"
    copy = tmp_path / "renamed.txt"
    copy.write_bytes(letter.read_bytes())
    assert lexdesk(db, "ingest", str(letter)).exit_code == 0
    result = lexdesk(db, "ingest", str(copy))
    assert result.exit_code == 0
    assert "1 duplicates skipped" in result.stdout
    assert len(export(db)) == 1


def test_a_bad_file_is_recorded_with_its_reason_and_the_batch_goes_on(db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage")
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    good = EXAMPLES / "arnaud-appel.txt"
    result = lexdesk(db, "ingest", str(bad), str(empty), str(good))
    assert result.exit_code == 2, result.output  # the exit status is the number of files that failed
    assert "2 failed" in result.stdout
    rows = {r["file"]: r for r in export(db)}
    assert rows["broken.pdf"]["status"] == "failed" and rows["broken.pdf"]["error"]
    assert rows["empty.docx"]["status"] == "failed" and "empty" in rows["empty.docx"]["error"].lower()
    assert rows["arnaud-appel.txt"]["status"] == "filed"
    sizes = sorted(p.stat().st_size for p in (db.parent / "desk-originals").rglob("*") if p.is_file())
    assert 0 in sizes and bad.stat().st_size in sizes  # the originals of failures are kept too


def test_a_file_over_the_size_limit_is_kept_and_refused(db: Path, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("LEXDESK_MAX_FILE_MB", "1")
    big = tmp_path / "huge.txt"
    big.write_bytes(b"a" * (2 * 1024 * 1024))
    result = lexdesk(db, "ingest", str(big))
    assert result.exit_code == 1
    assert "over the 1 MB limit" in result.stdout


def test_manifest_gives_each_file_its_received_date(db: Path, tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.csv"
    rows = [f"{EXAMPLES / 'arnaud-appel.txt'},2026-11-21", f"{EXAMPLES / 'voss-erasure-request.docx'},2026-11-02"]
    manifest.write_text("path,received\n" + "\n".join(rows) + "\n")
    assert lexdesk(db, "ingest", "--manifest", str(manifest)).exit_code == 0
    assert {r["file"]: r["received"] for r in export(db)} == {
        "arnaud-appel.txt": "2026-11-21", "voss-erasure-request.docx": "2026-11-02",
    }


def test_a_manifest_with_a_bad_date_is_refused_before_anything_is_filed(db: Path, tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(f"path,received\n{EXAMPLES / 'arnaud-appel.txt'},21/11/2026\n")
    result = runner.invoke(app, ["--db", str(db), "ingest", "--manifest", str(manifest)])
    assert result.exit_code != 0
    assert "YYYY-MM-DD" in result.output


def test_extract_prints_one_json_object_per_document_without_a_database(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--db", str(tmp_path / "unused.db"), "extract",
                                 str(EXAMPLES / "holt-escalation.eml"), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["part"] for r in rows] == [None, "statement.docx"]
    assert {"kind", "sender_name", "cited_review_ids", "deadline", "legal_bases", "evidence"} <= rows[0].keys()
    assert rows[0]["received"] == "2026-11-30"  # an email's Date header when no date is given
    assert not (tmp_path / "unused.db").exists()
