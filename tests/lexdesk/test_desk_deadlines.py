"""Deadlines a manager can trust, driven through the command line as a manager and a specialist use
it, on real SQLite files and real letters: overdue first and in red in both views and the
calendar; looking never changes a deadline (only `lexdesk tick` and a person's command do, with
the audit trail); an email's own date is when it reached us unless a date is given for that very
file; one request, one statutory clock; a date passed before receipt is not one we missed."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from icalendar import Calendar

from cases.clock import FixedClock
from tests.conftest import lexdesk, ok
from tests.lexdesk.desk_files import access_request, chaser, counts, rows, snapshot, solicitors_letter

ARRIVED = date(2026, 11, 4)  # the solicitors' letter reached us (a Wednesday)
LATER = date(2026, 11, 25)  # after the day it demands (20 November)
RED = re.compile(r"\x1b\[[0-9;]*31m")  # an ANSI escape that turns red (31)


def manifest(tmp_path: Path, *files: tuple[Path, date]) -> Path:
    m = tmp_path / "arrivals.csv"
    m.write_text("path,received\n" + "".join(f"{p},{d.isoformat()}\n" for p, d in files))
    return m


def file_letter(tmp_path: Path, db: Path, *, dated: str = "2 November 2026", reply_by: str = "20 November 2026",
                arrived: date = ARRIVED) -> str:
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(solicitors_letter(dated=dated, reply_by=reply_by))
    ok(lexdesk(db, "ingest", "--manifest", str(manifest(tmp_path, (letter, arrived))), clock=FixedClock.on(arrived)))
    [(ref,)] = rows(db, "select ref from 'case'")
    return str(ref)


def test_overdue_is_shown_first_and_in_red_in_both_views_and_the_calendar_and_looking_changes_nothing(
        tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    ref = file_letter(tmp_path, db)
    later = FixedClock.on(LATER)
    before = snapshot(db)

    board = lexdesk(db, "deadlines", clock=later, env={"FORCE_COLOR": "1", "COLUMNS": "200"})
    assert board.exit_code == 0, board.output
    lines = [x for x in board.stdout.splitlines() if ref in x]
    assert lines and "overdue" in lines[0] and RED.search(lines[0]), board.stdout
    assert "overdue" in ok(lexdesk(db, "deadlines", "--overdue", clock=later))
    plain = ok(lexdesk(db, "deadlines", clock=later))
    standings = [s for s in re.findall(r"\b(overdue|open|passed before receipt)\b", plain)]
    assert standings and standings == sorted(standings, key=lambda s: s != "overdue")  # overdue ones first

    shown = lexdesk(db, "cases", "show", ref, clock=later, env={"FORCE_COLOR": "1", "COLUMNS": "200"})
    deadline_rows = [x for x in shown.stdout.split("deadlines", 1)[1].splitlines() if "overdue" in x]
    assert deadline_rows and all(RED.search(x) for x in deadline_rows)

    ics = tmp_path / "late.ics"
    ok(lexdesk(db, "deadlines", "--ics", str(ics), clock=later))
    events = list(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert str(events[0]["summary"]).startswith(f"OVERDUE: {ref}")
    assert str(events[0]["color"]) == "red" and "OVERDUE" in events[0]["categories"].to_ical().decode()

    # what-if days and every view: nothing written
    ok(lexdesk(db, "deadlines", "--today", "2027-03-01", clock=later))
    ok(lexdesk(db, "deadlines", "--overdue", "--today", "2027-03-01", clock=later))
    ok(lexdesk(db, "report", clock=later))
    assert snapshot(db) == before
    assert rows(db, "select count(*) from auditevent where action = 'deadline.missed'") == [(0,)]


def test_the_tick_moves_states_on_time_and_says_what_changed_with_an_audit_event_each(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    ref = file_letter(tmp_path, db)
    later = FixedClock.on(LATER)
    dry = ok(lexdesk(db, "tick", "--dry-run", clock=later))
    assert "would become missed" in dry and rows(db, "select count(*) from deadline where state = 'missed'") == [(0,)]
    said = ok(lexdesk(db, "tick", clock=later))
    changed = re.findall(r"deadline (\d+) " + ref + r" due .*open → missed", said)
    assert changed and f"{len(changed)} deadline" in said
    missed = rows(db, "select id from deadline where state = 'missed' order by id")
    assert sorted(int(i) for i in changed) == [int(i) for (i,) in missed]  # type: ignore[call-overload]
    events = rows(db, "select document_id, why from auditevent where action = 'deadline.missed'")
    assert len(events) == len(changed)
    assert "nothing changed" in ok(lexdesk(db, "tick", clock=later))
    assert "overdue" in ok(lexdesk(db, "deadlines", "--overdue", clock=later))  # missed and not answered: still due


def test_a_day_passed_before_the_letter_reached_us_is_answered_promptly_not_missed(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    arrived = date(2026, 12, 7)
    ref = file_letter(tmp_path, db, dated="2 November 2026", reply_by="10 November 2026", arrived=arrived)
    clock = FixedClock.on(arrived)
    board = ok(lexdesk(db, "deadlines", clock=clock))
    assert "passed before receipt" in board and "answer promptly" in board
    assert ref not in ok(lexdesk(db, "deadlines", "--overdue", clock=clock))
    ok(lexdesk(db, "tick", clock=FixedClock.on(date(2026, 12, 20))))
    assert rows(db, "select state from deadline where source = 'letter'") == [("open",)]
    report = json.loads(ok(lexdesk(db, "report", "--format", "json", clock=FixedClock.on(date(2026, 12, 20)))))
    assert report["deadlines"]["passed before receipt"] == 1
    assert report["deadlines_by_source"]["letter"] == {"passed before receipt": 1}  # not a missed one


def test_an_emails_own_date_is_when_it_reached_us_unless_a_date_is_given_for_that_file(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    sar = inbox / "sar.eml"
    sar.write_bytes(access_request(date(2026, 11, 2)))
    clock = FixedClock.on(date(2026, 11, 30))

    folder_db = tmp_path / "folder.db"
    out = ok(lexdesk(folder_db, "ingest", str(inbox), "--received", "2026-11-20", clock=clock))
    assert "received 2026-11-02 (its Date header)" in out
    assert rows(folder_db, "select received, received_from from document") == [("2026-11-02", "email")]
    assert rows(folder_db, "select due from deadline where regime = 'gdpr'") == [("2026-12-02",)]  # a month from it

    file_db = tmp_path / "file.db"
    out = ok(lexdesk(file_db, "ingest", str(sar), "--received", "2026-11-20", clock=clock))
    assert "received 2026-11-20 (--received)" in out
    assert rows(file_db, "select due from deadline where regime = 'gdpr'") == [("2026-12-20",)]

    manifest_db = tmp_path / "manifest.db"
    ok(lexdesk(manifest_db, "ingest", "--manifest", str(manifest(tmp_path, (sar, date(2026, 11, 5)))), clock=clock))
    [row] = [json.loads(x) for x in ok(lexdesk(manifest_db, "export", "--jsonl", clock=clock)).splitlines()]
    assert (row["received"], row["received_from"]) == ("2026-11-05", "manifest")
    [(ref,)] = rows(manifest_db, "select ref from 'case'")
    assert "2026-11-05 (the manifest)" in ok(lexdesk(manifest_db, "cases", "show", str(ref), clock=clock))


def test_one_request_one_clock_a_chaser_is_a_reminder_and_a_new_request_in_it_a_clock_of_its_own(
        tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    clock = FixedClock.on(date(2026, 11, 26))
    for name, data in (("sar.eml", access_request(date(2026, 11, 2))), ("chaser.eml", chaser(date(2026, 11, 20)))):
        (tmp_path / name).write_bytes(data)
        ok(lexdesk(db, "ingest", str(tmp_path / name), clock=clock))
    [(ref,)] = rows(db, "select ref from 'case'")
    assert rows(db, "select due, reminders from deadline where regime = 'gdpr'") == [("2026-12-02", 1)]
    assert "(1 reminder)" in ok(lexdesk(db, "cases", "show", str(ref), clock=clock))
    assert rows(db, "select count(*) from auditevent where action = 'deadline.reminder'") == [(1,)]

    (tmp_path / "objection.eml").write_bytes(chaser(date(2026, 11, 25), objection=True))
    ok(lexdesk(db, "ingest", str(tmp_path / "objection.eml"), clock=clock))
    clocks = rows(db, "select due, item, reminders from deadline where regime = 'gdpr' order by id")
    assert clocks == [("2026-12-02", "access", 1), ("2026-12-25", "objection", 0)]
    assert "objection (Art. 21)" in ok(lexdesk(db, "deadlines", clock=clock))


def test_deadlines_are_added_extended_paused_waived_and_met_by_a_person_with_a_reason(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    clock = FixedClock.on(date(2026, 11, 3))
    (tmp_path / "sar.eml").write_bytes(access_request(date(2026, 11, 2)))
    ok(lexdesk(db, "ingest", str(tmp_path / "sar.eml"), clock=clock))
    [(ref,)] = rows(db, "select ref from 'case'")
    [(gdpr,)] = rows(db, "select id from deadline where regime = 'gdpr'")

    refused = lexdesk(db, "deadlines", "waive", str(gdpr), "--why", "  ", clock=clock)
    assert refused.exit_code == 1 and "say why" in refused.stderr
    assert lexdesk(db, "deadlines", "add", str(ref), "--due", "2026-11-20", clock=clock).exit_code == 2  # no --why

    added = ok(lexdesk(db, "deadlines", "add", str(ref), "--due", "2026-11-20", "--why", "promised a call back",
                       "--label", "call the requester", clock=clock))
    manual = int(re.search(r"deadline (\d+) added", added).group(1))  # type: ignore[union-attr]
    assert "due 2026-11-27" in ok(lexdesk(db, "deadlines", "extend", str(manual), "--to", "2026-11-27", "--why",
                                          "the requester asked for a week", clock=clock))
    assert "due 2026-12-09" in ok(lexdesk(db, "deadlines", "pause", str(gdpr), "--days", "7", "--why",
                                          "identity awaited", clock=clock))
    assert "due 2027-02-09" in ok(lexdesk(db, "deadlines", "extend", str(gdpr), "--gdpr", "--why",
                                          "complex request, told within the month", clock=clock))
    wrong = lexdesk(db, "deadlines", "extend", str(manual), "--gdpr", "--why", "x", clock=clock)
    assert wrong.exit_code == 1 and "only a GDPR deadline" in wrong.stderr
    ok(lexdesk(db, "deadlines", "waive", str(manual), "--why", "answered by phone", clock=clock))
    [(sla,)] = rows(db, "select id from deadline where source = 'sla'")
    assert "met" in ok(lexdesk(db, "deadlines", "meet", str(sla), "--why", "acknowledged by phone", clock=clock))
    actions = rows(db, "select action, why from auditevent where action like 'deadline.%' order by id")
    assert ("deadline.added", "promised a call back") in actions
    assert ("deadline.extended", "the requester asked for a week") in actions
    assert ("deadline.changed", "identity awaited") in actions
    assert ("deadline.changed", "complex request, told within the month") in actions
    assert ("deadline.waived", "answered by phone") in actions
    assert ("deadline.met", "acknowledged by phone") in actions
    assert counts(db)["deadline"] == 3
