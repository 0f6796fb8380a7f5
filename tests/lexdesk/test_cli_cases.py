"""The `lexdesk cases ...`, `lexdesk deadlines` and `lexdesk report` commands, end to end."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta
from pathlib import Path

from icalendar import Calendar
from sqlmodel import Session, select

from cases.clock import Clock
from cases.config import CasesConfig
from cases.db import init_db, make_engine
from cases.models import AuditEvent, Document
from tests.cases.conftest import DAY, file, part
from tests.conftest import lexdesk, ok

R1 = "aaaaaaaaaaaaaaaaaaaaaa01"


def test_import_list_show_and_manual_changes(tmp_path: Path, cfg: CasesConfig, clock: Clock) -> None:
    db = tmp_path / "l.db"

    def run(*args: str) -> str:
        return ok(lexdesk(db, *args, clock=clock))

    cases_json = tmp_path / "cases.json"
    cases_json.write_text(json.dumps([
        {"ref": "CI-2026-0117", "title": "Roofing complaint", "opened": "2026-10-02", "status": "open",
         "parties": ["Brightside Roofing Ltd", "Cole & Finch LLP"], "cited_review_ids": [R1]},
        {"ref": "CI-2026-0118", "title": "Other", "opened": "2026-10-03", "status": "open", "parties": ["X Ltd"]},
    ]))
    assert "2 cases imported" in run("cases", "import", str(cases_json))
    assert "0 cases imported" in run("cases", "import", str(cases_json))
    listed = run("cases", "list")
    assert "CI-2026-0117" in listed and "CI-2026-0118" in listed
    assert "CI-2026-0118" not in run("cases", "list", "--search", "brightside")

    engine = make_engine(db)
    init_db(engine)
    soon = (DAY + timedelta(days=3)).isoformat()
    with Session(engine, expire_on_commit=False) as s:
        [doc] = file(s, cfg, part("letter", kind="legal_demand", cited_review_ids=[R1], deadline=soon), actor="t")
        [other] = file(s, cfg, part("unrelated", kind="ip_notice", sender_organisation="Fresh Org"), actor="t")
    shown = run("cases", "show", "CI-2026-0117")
    assert "review_id" in shown and "letter" in shown

    run("cases", "move", str(other.id), "CI-2026-0118", "--why", "belongs there")
    run("cases", "merge", "CI-2026-0117", "CI-2026-0118", "--why", "one matter")
    run("cases", "split", "CI-2026-0117", str(other.id), "--why", "not one matter after all")
    run("cases", "team", "legal", "--kind", "legal_demand")
    run("cases", "member", "ana", "--team", "legal")
    run("cases", "assign", "CI-2026-0117", "--to", "ana")
    with Session(engine) as s:
        actions = [e.action for e in s.exec(select(AuditEvent)).all()]
        assert {"document.moved", "case.merged", "case.split", "case.assigned"} <= set(actions)
        assert s.get(Document, doc.id).case_id is not None

    ics = tmp_path / "d.ics"
    out = run("deadlines", "--within", "7d", "--assignee", "ana", "--ics", str(ics))
    assert "CI-2026-0117" in out
    events = list(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert events and all(str(e["summary"]).startswith("CI-2026-0117") for e in events)
    assert "CI-2026-0117" not in run("deadlines", "--overdue")

    data = json.loads(run("report", "--format", "json"))
    assert data["backlog_by_team"]["legal"] == 1
    rows = list(csv.reader(io.StringIO(run("report", "--format", "csv"))))
    assert rows[0] == ["section", "item", "value"] and len(rows) > 5
    assert "backlog by kind" in run("report")
    engine.dispose()


def test_a_domain_error_is_one_red_line_on_stderr_and_exit_status_1(tmp_path: Path) -> None:
    result = lexdesk(tmp_path / "x.db", "cases", "show", "NOPE")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["no case NOPE"]
    assert result.stdout == ""
    assert "Traceback" not in result.output


def test_an_unknown_status_names_the_statuses_there_are(tmp_path: Path) -> None:
    result = lexdesk(tmp_path / "x.db", "cases", "list", "--status", "bogus")
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert "bogus" in line and "awaiting_reply" in line


def test_malformed_cases_json_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "cases.json"
    bad.write_text('[{"ref": "CI-2026-0001"}]')
    result = lexdesk(tmp_path / "x.db", "cases", "import", str(bad))
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert "case 1" in line and "opened" in line


def test_verbose_says_what_was_decided(tmp_path: Path, clock: Clock) -> None:
    cases_json = tmp_path / "cases.json"
    cases_json.write_text(json.dumps([{"ref": "CI-2026-0001", "opened": "2026-10-02", "status": "pending"}]))
    quiet = lexdesk(tmp_path / "x.db", "cases", "import", str(cases_json), clock=clock)
    assert quiet.exit_code == 0 and quiet.stderr == ""
    cases_json.write_text(json.dumps([{"ref": "CI-2026-0002", "opened": "2026-10-02", "status": "pending"}]))
    loud = lexdesk(tmp_path / "x.db", "-v", "cases", "import", str(cases_json), clock=clock)
    assert loud.exit_code == 0
    assert "INFO cases.importing: CI-2026-0002: status 'pending' is not one of ours; imported as open" in loud.stderr
