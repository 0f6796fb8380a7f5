"""Letter text is data on the console too: a subject, a name or a file name holding console markup
(`[/]`, `[bold red]`) is printed as written by every command that shows it, never read as markup."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cases.clock import FixedClock
from tests.conftest import lexdesk, ok
from tests.lexdesk.desk_files import REVIEW_URL, accounts_for, at, email, rows

CLOCK = FixedClock.on(date(2026, 11, 12))
SUBJECT = "Re: [/] [bold red]remove it[/bold red] now \\[x"
NAME = "[link=https://evil.example]Dara [/]Quinn"


def test_markup_in_a_subject_a_name_and_a_file_name_is_shown_as_written_everywhere(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    accounts_for(db, "alice", "bob")
    body = (f"Hello,\n\nPlease remove my review {REVIEW_URL} of Nettlebed Tiles [/b] as I no longer agree with "
            "it. I wrote it in a hurry and would like it taken down.\n\nThank you,\n\nDara Quinn\n")
    name = "[bold]odd[red] name.eml"  # a file name cannot hold a slash; opening tags it can
    (tmp_path / name).write_bytes(email(body, subject=SUBJECT, sent=at(date(2026, 11, 11)),
                                        message_id="<odd-1@corvina.example>", sender=NAME,
                                        address="dara@corvina.example"))
    ingested = lexdesk(db, "ingest", str(tmp_path / name), clock=CLOCK, env={"COLUMNS": "250"})
    assert ingested.exit_code == 0, ingested.output
    assert name in ingested.stdout
    [(ref,)] = rows(db, "select ref from 'case'")
    listed = ok(lexdesk(db, "cases", "list", clock=CLOCK, env={"COLUMNS": "250"}))
    assert "[/]" in listed and "[bold red]" in listed
    shown = ok(lexdesk(db, "cases", "show", str(ref), clock=CLOCK, env={"COLUMNS": "250"}))
    assert "[/] [bold red]remove it[/bold red]" in shown and name in shown
    extracted = ok(lexdesk(db, "extract", str(tmp_path / name), clock=CLOCK, env={"COLUMNS": "250"}))
    assert name in extracted
    assert ok(lexdesk(db, "extract", str(tmp_path / name), "--json", clock=CLOCK)).startswith("{")
    drafted = ok(lexdesk(db, "draft", str(ref), clock=CLOCK, user="alice"))
    assert "draft 1" in drafted
    for args in (["drafts", "list"], ["drafts", "show", "1", "--history"], ["deadlines"], ["triage"],
                 ["failed"], ["report"], ["cases", "suggestions"]):
        result = lexdesk(db, *args, clock=CLOCK, env={"COLUMNS": "250"})
        assert result.exit_code == 0 and "Traceback" not in result.output, (args, result.output)

    # a file name with markup in a failure's reason, in the summary and in `lexdesk failed`
    broken = tmp_path / "[red]broken[bold].pdf"
    broken.write_bytes(b"%PDF-1.7\ngarbage")
    failed = lexdesk(db, "ingest", str(broken), clock=CLOCK, env={"COLUMNS": "250"})
    assert failed.exit_code == 1 and "[red]broken[bold].pdf" in failed.stdout
    assert "[red]broken[bold].pdf" in ok(lexdesk(db, "failed", clock=CLOCK, env={"COLUMNS": "250"}))
