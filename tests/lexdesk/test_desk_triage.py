"""Triage: junk is not urgent legal work. Photos and scans are read by OCR; a document with too
little text or no kind goes to a queue a person clears, its case unassigned and never urgent; a
review id read on a poor scan is shown as uncertain; failed documents are listed with their
reason and retried. Driven through the command line on real files."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from cases.clock import FixedClock
from tests.conftest import lexdesk, ok
from tests.lexdesk.desk_files import REVIEW, at, email, photographed_letter, rows, solicitors_letter

CLOCK = FixedClock.on(date(2026, 11, 10))


def team(db: Path) -> None:
    """A team with a member: whatever counts as work is assigned to her at once."""
    ok(lexdesk(db, "cases", "team", "legal", clock=CLOCK))
    ok(lexdesk(db, "cases", "member", "ana", "--team", "legal", clock=CLOCK))


def cases_by_file(db: Path) -> dict[str, tuple[object, ...]]:
    found = rows(db, "select d.filename, c.ref, c.status, c.priority, c.assignee_id, d.id, d.triage from document d "
                     "join 'case' c on c.id = d.case_id where d.parent_id is null")
    return {str(r[0]): r[1:] for r in found}


@pytest.mark.slow
def test_a_photographed_letter_is_read_by_ocr_and_filed_and_its_review_id_shown_as_read(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    for fmt, name in (("JPEG", "letter.jpg"), ("PNG", "scan.png")):
        (tmp_path / name).write_bytes(photographed_letter(fmt))
    out = ok(lexdesk(db, "ingest", str(tmp_path / "letter.jpg"), str(tmp_path / "scan.png"), clock=CLOCK))
    assert "2 filed" in out and "failed" not in out.split("\n")[0]
    [row] = [json.loads(x) for x in ok(lexdesk(db, "export", "--jsonl", clock=CLOCK)).splitlines()
             if json.loads(x)["file"] == "letter.jpg"]
    assert row["status"] == "filed" and row["kind"] == "legal_demand" and row["cited_review_ids"] == [REVIEW]
    ref = row["case"]
    shown = ok(lexdesk(db, "cases", "show", ref, clock=CLOCK))
    assert REVIEW in shown and re.search(r"OCR \d+%", shown)
    # a team that wants every id read by OCR checked by a person says so: the floor is a setting
    strict = ok(lexdesk(db, "cases", "show", ref, clock=CLOCK, env={"LEXDESK_TRIAGE_ID_FLOOR": "99.9"}))
    assert re.search(REVIEW + r".*read by OCR at \d+%: check it against the scan", strict)


def test_junk_waits_in_triage_unassigned_and_never_urgent_and_a_person_clears_it(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    team(db)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "note.txt").write_bytes(b"hello!")
    (inbox / "blank.eml").write_bytes(email("ok", subject="test", sent=at(date(2026, 11, 9)),
                                            message_id="<t-1@corvina.example>"))
    (inbox / "letter.pdf").write_bytes(solicitors_letter(reply_by="11 November 2026"))
    out = ok(lexdesk(db, "ingest", str(inbox), clock=CLOCK))
    assert "2 waiting in triage" in out and out.count("triage: too little text") == 2
    filed = cases_by_file(db)
    for name in ("note.txt", "blank.eml"):
        _, status, priority, assignee, _, why = filed[name]
        assert (status, assignee) == ("triage", None) and priority not in ("urgent", "high"), name
        assert "too little text" in str(why)
    _, status, priority, assignee, _, why = filed["letter.pdf"]
    assert status == "open" and assignee is not None and why is None  # work is assigned at once

    queue = ok(lexdesk(db, "triage", clock=CLOCK))
    assert "note.txt" in queue and "blank.eml" in queue and "letter.pdf" not in queue
    assert "triage" in ok(lexdesk(db, "cases", "list", "--status", "triage", clock=CLOCK))

    note_ref, _, _, _, note_id, _ = filed["note.txt"]
    refused = lexdesk(db, "triage", "dismiss", str(note_id), clock=CLOCK)
    assert refused.exit_code == 1 and "say why" in refused.stderr
    ok(lexdesk(db, "triage", "dismiss", str(note_id), "--why", "a test message", clock=CLOCK))
    assert rows(db, "select status from 'case' where ref = ?", note_ref) == [("closed",)]
    blank_ref, _, _, _, blank_id, _ = filed["blank.eml"]
    assert f"accepted: {blank_ref}" in ok(lexdesk(db, "triage", "accept", str(blank_id), "--why", "a real request",
                                                 clock=CLOCK))
    [(status, assignee)] = rows(db, "select status, assignee_id from 'case' where ref = ?", blank_ref)
    assert status == "open" and assignee is not None
    assert "nothing waits in triage" in ok(lexdesk(db, "triage", clock=CLOCK))
    again = lexdesk(db, "triage", "accept", str(blank_id), clock=CLOCK)
    assert again.exit_code == 1 and "not waiting in triage" in again.stderr


def test_failed_documents_are_listed_with_their_reason_and_the_way_to_retry(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage")
    big = tmp_path / "long.txt"
    big.write_text("A letter that goes on. " * 60_000)
    small_limit = {"LEXDESK_MAX_FILE_MB": "1"}
    result = lexdesk(db, "ingest", str(tmp_path / "broken.pdf"), str(big), clock=CLOCK, env=small_limit)
    assert result.exit_code == 2 and "lexdesk failed lists them" in result.stdout
    listed = ok(lexdesk(db, "failed", clock=CLOCK))
    assert "broken.pdf" in listed and "corrupt PDF" in listed
    assert "long.txt" in listed and "over the 1 MB limit" in listed
    assert "lexdesk failed --retry" in listed
    [(big_id,)] = rows(db, "select id from document where filename = 'long.txt'")

    still = lexdesk(db, "failed", "--retry", str(big_id), clock=CLOCK, env=small_limit)
    assert still.exit_code == 1 and "the limit is 1.0 MB" in still.stdout
    retried = ok(lexdesk(db, "failed", "--retry", str(big_id), clock=CLOCK))  # the limit raised
    assert "filed" in retried and "failed before: read again" in retried
    assert "long.txt" not in ok(lexdesk(db, "failed", clock=CLOCK))
    exported = [json.loads(x) for x in ok(lexdesk(db, "export", "--jsonl", clock=CLOCK)).splitlines()]
    assert [r["status"] for r in exported if r["file"] == "long.txt"] == ["filed"]
    assert rows(db, "select count(*) from auditevent where action = 'document.retried'") == [(1,)]
    [(broken_id,)] = rows(db, "select id from document where filename = 'broken.pdf'")
    assert lexdesk(db, "failed", "--retry", str(broken_id), clock=CLOCK).exit_code == 1  # still unreadable
    nothing = lexdesk(db, "failed", "--retry", "999", clock=CLOCK)
    assert nothing.exit_code == 1 and nothing.stderr.strip() == "no document 999"


def test_the_same_bytes_that_failed_are_read_again_when_ingested_again(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(solicitors_letter())
    assert lexdesk(db, "ingest", str(letter), clock=CLOCK, env={"LEXDESK_MAX_FILE_MB": "0"}).exit_code == 1
    later = FixedClock.on(CLOCK.today() + timedelta(days=1))
    out = ok(lexdesk(db, "ingest", str(letter), clock=later))
    assert out.startswith("filed") and "failed before: read again" in out
    assert rows(db, "select status from document") == [("filed",)]


def test_ingesting_the_folder_the_desk_lives_in_leaves_its_own_files_alone(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    (tmp_path / "letter.pdf").write_bytes(solicitors_letter())
    ok(lexdesk(db, "ingest", str(tmp_path / "letter.pdf"), clock=CLOCK))
    (tmp_path / "note.txt").write_text("A second letter, about the same review, from the same firm of solicitors.")
    out = ok(lexdesk(db, "ingest", str(tmp_path), clock=CLOCK))  # the database and the originals are here too
    assert "desk.db" not in out and "desk-originals" not in out and out.splitlines()[-1].endswith(" 0 failed")
    assert rows(db, "select filename from document order by id") == [("letter.pdf",), ("note.txt",)]
