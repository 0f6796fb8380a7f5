"""The `lexdesk cases ...`, `lexdesk deadlines` and `lexdesk report` commands, end to end."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from pathlib import Path

from icalendar import Calendar
from sqlmodel import Session, select
from typer.testing import CliRunner

from cases import file_document
from cases.db import init_db, make_engine
from cases.models import AuditEvent, Document
from lexdesk.cli import app
from tests.cases.conftest import part

runner = CliRunner()
R1 = "aaaaaaaaaaaaaaaaaaaaaa01"


def run(db: Path, *args: str) -> str:
    res = runner.invoke(app, ["--db", str(db), *args])
    assert res.exit_code == 0, res.output
    return res.output


def test_import_list_show_and_manual_changes(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    cases_json = tmp_path / "cases.json"
    cases_json.write_text(json.dumps([
        {"ref": "CI-2026-0117", "title": "Roofing complaint", "opened": "2026-10-02", "status": "open",
         "parties": ["Brightside Roofing Ltd", "Cole & Finch LLP"], "cited_review_ids": [R1]},
        {"ref": "CI-2026-0118", "title": "Other", "opened": "2026-10-03", "status": "open", "parties": ["X Ltd"]},
    ]))
    assert "2 cases imported" in run(db, "cases", "import", str(cases_json))
    assert "0 cases imported" in run(db, "cases", "import", str(cases_json))
    listed = run(db, "cases", "list")
    assert "CI-2026-0117" in listed and "CI-2026-0118" in listed

    engine = make_engine(db)
    init_db(engine)
    soon = (date.today() + timedelta(days=3)).isoformat()
    with Session(engine, expire_on_commit=False) as s:
        [doc] = file_document(s, [part("letter", kind="legal_demand", cited_review_ids=[R1], deadline=soon)],
                              received=date.today(), actor="t")
        [other] = file_document(s, [part("unrelated", kind="ip_notice", sender_organisation="Fresh Org")],
                                received=date.today(), actor="t")
    shown = run(db, "cases", "show", "CI-2026-0117")
    assert "review_id" in shown and "letter" in shown

    run(db, "cases", "move", str(other.id), "CI-2026-0118", "--why", "belongs there")
    run(db, "cases", "merge", "CI-2026-0117", "CI-2026-0118", "--why", "one matter")
    run(db, "cases", "split", "CI-2026-0117", str(other.id), "--why", "not one matter after all")
    run(db, "cases", "team", "legal", "--kind", "legal_demand")
    run(db, "cases", "member", "ana", "--team", "legal")
    run(db, "cases", "assign", "CI-2026-0117", "--to", "ana")
    with Session(engine) as s:
        actions = [e.action for e in s.exec(select(AuditEvent)).all()]
        assert {"document.moved", "case.merged", "case.split", "case.assigned"} <= set(actions)
        assert s.get(Document, doc.id).case_id is not None

    ics = tmp_path / "d.ics"
    out = run(db, "deadlines", "--within", "7d", "--assignee", "ana", "--ics", str(ics))
    assert "CI-2026-0117" in out
    events = list(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert events and all(str(e["summary"]).startswith("CI-2026-0117") for e in events)
    assert "CI-2026-0117" not in run(db, "deadlines", "--overdue")

    data = json.loads(run(db, "report", "--format", "json"))
    assert data["backlog_by_team"]["legal"] == 1
    rows = list(csv.reader(io.StringIO(run(db, "report", "--format", "csv"))))
    assert rows[0] == ["section", "item", "value"] and len(rows) > 5
    assert "backlog by kind" in run(db, "report")
    engine.dispose()


def test_migrations_build_the_same_schema_as_the_models(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    db = tmp_path / "m.db"
    cfg = Config(str(Path(__file__).parents[2] / "cases" / "migrations" / "alembic.ini"))
    cfg.cmd_opts = type("Opts", (), {"x": [f"db={db}"]})()
    command.upgrade(cfg, "head")
    command.check(cfg)  # raises when the models and the migrations differ
    engine = make_engine(db)
    init_db(engine)  # already at head: nothing to do
    engine.dispose()
