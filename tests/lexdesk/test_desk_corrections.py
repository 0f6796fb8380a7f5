"""A person corrects what the machine read, through the command line: the correction is audited,
wins over the machine's value (kept beside it), and what depends on it runs again — the statutory
clocks, the demanded date, the case's kind and priority, the template a draft takes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from cases.clock import FixedClock
from tests.conftest import lexdesk, ok
from tests.lexdesk.desk_files import appeal_email, rows, solicitors_letter

CLOCK = FixedClock.on(date(2026, 12, 2))


def ingest(db: Path, tmp_path: Path, name: str, data: bytes, *args: str) -> tuple[str, int]:
    (tmp_path / name).write_bytes(data)
    ok(lexdesk(db, "ingest", str(tmp_path / name), *args, clock=CLOCK))
    [(ref, doc)] = rows(db, "select c.ref, d.id from document d join 'case' c on c.id = d.case_id "
                            "where d.filename = ?", name)
    return str(ref), int(doc)  # type: ignore[call-overload]


def test_correcting_the_kind_wins_is_audited_and_reruns_clocks_priority_and_template(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    ref, doc = ingest(db, tmp_path, "letter.pdf", solicitors_letter(reply_by="20 December 2026"),
                      "--received", "2026-12-01")
    [(kind, priority)] = rows(db, "select kind, priority from 'case'")
    # a defective notice is answered within 48 hours: urgent
    assert kind == "legal_demand" and priority == "urgent"
    assert rows(db, "select count(*) from deadline where regime = 'defamation_uk' and state = 'open'") == [(1,)]

    out = ok(lexdesk(db, "documents", "correct", str(doc), "--field", "kind", "--value", "business_appeal",
                     "--why", "the firm writes for a business appealing a removal", clock=CLOCK, user="ana"))
    assert '"legal_demand" → "business_appeal"' in out and "case kind: business_appeal" in out
    # the 48 hours go with the kind; what is left is the letter's day, 18 days off
    assert "withdrawn: defamation_uk" in out and "priority: urgent → normal" in out
    assert "first-response target: 2026-12-08" in out  # five working days for a normal business appeal
    [(kind, priority)] = rows(db, "select kind, priority from 'case'")
    assert (kind, priority) == ("business_appeal", "normal")
    assert rows(db, "select count(*) from deadline where regime = 'defamation_uk' and state = 'open'") == [(0,)]
    assert rows(db, "select actor, why from auditevent where action = 'document.corrected'") == [
        ("ana", "the firm writes for a business appealing a removal")]
    [row] = [json.loads(x) for x in ok(lexdesk(db, "export", "--jsonl", clock=CLOCK)).splitlines()]
    assert row["kind"] == "business_appeal" and row["corrected"] == ["kind"]
    [(corrections,)] = rows(db, "select corrections from document")
    assert json.loads(str(corrections))["kind"]["machine"] == "legal_demand"
    assert "corrected: kind" in ok(lexdesk(db, "cases", "show", ref, clock=CLOCK))
    drafted = ok(lexdesk(db, "draft", ref, clock=CLOCK, user="ana"))
    assert "from template business_appeal/acknowledgement" in drafted


def test_a_corrected_kind_starts_the_statutory_clock_it_implies_and_a_corrected_date_moves_the_deadline(
        tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    ref, doc = ingest(db, tmp_path, "appeal.eml", appeal_email(date(2026, 11, 30)))
    assert rows(db, "select count(*) from deadline where regime = 'gdpr'") == [(0,)]
    out = ok(lexdesk(db, "documents", "correct", str(doc), "--field", "kind", "--value", "data_request",
                     clock=CLOCK))
    assert "gdpr clock: due 2026-12-30" in out
    assert rows(db, "select due, state from deadline where regime = 'gdpr'") == [("2026-12-30", "open")]
    out = ok(lexdesk(db, "documents", "correct", str(doc), "--field", "deadline", "--value", "2026-12-10",
                     clock=CLOCK))
    assert "demanded date: 2026-12-10" in out
    assert rows(db, "select due from deadline where source = 'letter'") == [("2026-12-10",)]
    ok(lexdesk(db, "documents", "correct", str(doc), "--field", "deadline", "--value", "", clock=CLOCK))
    assert rows(db, "select state from deadline where source = 'letter'") == [("waived",)]
    ok(lexdesk(db, "documents", "correct", str(doc), "--field", "cited_review_ids", "--value",
               "0123456789abcdef01234567; 76543210fedcba9876543210", clock=CLOCK))
    [row] = [json.loads(x) for x in ok(lexdesk(db, "export", "--jsonl", clock=CLOCK)).splitlines()]
    assert row["cited_review_ids"] == ["0123456789abcdef01234567", "76543210fedcba9876543210"]
    assert rows(db, "select count(*) from casekey where kind = 'review_id' and value = '76543210fedcba9876543210'"
                ) == [(1,)]


def test_a_bad_correction_says_what_would_do_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    _, doc = ingest(db, tmp_path, "appeal.eml", appeal_email(date(2026, 11, 30)))
    before = rows(db, "select fields, kind from document")
    for args, says in ((["--field", "colour", "--value", "red"], "unknown field 'colour' (one of kind,"),
                       (["--field", "kind", "--value", "complaint"], "unknown kind 'complaint' (one of legal_demand,"),
                       (["--field", "deadline", "--value", "next week"], "is not a date (YYYY-MM-DD)"),
                       (["--field", "legal_bases", "--value", "libel"], "unknown legal basis libel"),
                       (["--field", "cited_review_ids", "--value", "12345"], "12345 is not a review id")):
        result = lexdesk(db, "documents", "correct", str(doc), *args, clock=CLOCK)
        assert result.exit_code == 1 and len(result.stderr.splitlines()) == 1 and says in result.stderr, result.stderr
    assert rows(db, "select fields, kind from document") == before
    missing = lexdesk(db, "documents", "correct", "999", "--field", "kind", "--value", "ip_notice", clock=CLOCK)
    assert missing.exit_code == 1 and missing.stderr.strip() == "no document 999"


def test_a_case_kind_set_by_hand_changes_its_template_and_priority(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    ref, _ = ingest(db, tmp_path, "appeal.eml", appeal_email(date(2026, 11, 30)))
    out = ok(lexdesk(db, "cases", "set-kind", ref, "court_order", "--why", "it encloses an order", clock=CLOCK))
    assert "kind consumer_appeal → court_order (priority urgent)" in out
    assert rows(db, "select why from auditevent where action = 'case.kind'") == [("it encloses an order",)]
    assert "from template court_order/acknowledgement" in ok(lexdesk(db, "draft", ref, clock=CLOCK))
    bad = lexdesk(db, "cases", "set-kind", ref, "nonsense", clock=CLOCK)
    assert bad.exit_code == 1 and "unknown kind 'nonsense'" in bad.stderr
