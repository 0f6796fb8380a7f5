"""`lexdesk deadlines` (the board, and add / extend / pause / waive / meet), `lexdesk tick` (the
scheduled job that marks passed deadlines missed) and `lexdesk report` (the manager's figures)."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import timedelta
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from cases import commands, views
from cases.ics import to_ics
from cases.views import DeadlineRow
from lexdesk.ui import LazyConsole, app_context, data, line, parse_day

top_level = typer.Typer()  # commands that lexdesk.cli lists at the top level
deadlines_app = typer.Typer(invoke_without_command=True,
                            help="What is due, overdue first; add, extend, pause, waive or meet one.")
out = LazyConsole()
STANDING_STYLE = {"overdue": "bold red", "passed before receipt": "yellow"}
WHY = typer.Option(help="why (required: kept in the audit trail)")


def _period(s: str) -> timedelta:
    m = re.fullmatch(r"\s*(\d+)\s*([dwh]?)\s*", s)
    if not m:
        raise typer.BadParameter(f"{s!r} is not a period such as 7d, 2w or 48h", param_hint="--within")
    n, unit = int(m.group(1)), m.group(2) or "d"
    return {"d": timedelta(days=n), "w": timedelta(weeks=n), "h": timedelta(hours=n)}[unit]


def _table(rows: list[DeadlineRow]) -> Table:
    t = Table("id", "due", "case", "source", "state", "owner", "what")
    for d in rows:
        style = STANDING_STYLE.get(d.standing, "")
        due = d.due_at.strftime("%Y-%m-%d %H:%M") if d.due_at else d.due.isoformat()
        source = d.source + (f" {d.regime}" if d.regime and d.source == "statutory" else "")
        what = d.what + (f" ({d.reminders} reminder{'s' * (d.reminders != 1)})" if d.reminders else "")
        t.add_row(str(d.id), data(due, style), d.case_ref, source, data(d.standing, style), data(d.owner),
                  data(what))
    return t


@deadlines_app.callback()
def deadlines(
    ctx: typer.Context,
    overdue: Annotated[bool, typer.Option(help="only those past their day and not answered")] = False,
    within: Annotated[str | None, typer.Option(help="only those due within this period, e.g. 7d")] = None,
    assignee: Annotated[str | None, typer.Option(help="only this person's")] = None,
    ics: Annotated[Path | None, typer.Option(help="write them to this iCalendar file")] = None,
    all_: Annotated[bool, typer.Option("--all", help="met, answered and waived ones too")] = False,
    today: Annotated[str | None, typer.Option(
        help="what if it were this day (YYYY-MM-DD): shows, changes nothing")] = None,
) -> None:
    """What is still to be answered, overdue first (in red). Looking changes nothing: `lexdesk tick`
    marks passed deadlines missed."""
    if ctx.invoked_subcommand is not None:
        return
    app = app_context(ctx)
    query = views.DeadlineQuery(overdue=overdue, within=_period(within) if within else None, assignee=assignee,
                                include_closed=all_)
    day = parse_day(today, "--today")
    with app.db.session() as session:
        rows = views.deadlines(session, query, day or app.config.clock.today(),
                               None if day else app.config.clock.now())
    if ics:
        _write(ics, to_ics(rows, stamp=app.config.clock.now()))
    out.print(_table(rows))
    late = sum(r.overdue for r in rows)
    if late:
        out.print(line((f"{late} overdue", "bold red"), f" (as of {day or app.config.clock.today()})"))
    if ics:
        out.print(line(f"{len(rows)} deadlines written to ", str(ics)))


def _write(path: Path, content: bytes) -> None:
    """Whole or not at all: a temporary file beside it, renamed."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_bytes(content)
        tmp.replace(path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise typer.BadParameter(f"cannot write {path}: {e.strerror or e}", param_hint="--ics") from e


@deadlines_app.command("add")
def add_cmd(ctx: typer.Context, ref: Annotated[str, typer.Argument(help="the case")],
            due: Annotated[str, typer.Option(help="the day (YYYY-MM-DD)")],
            why: Annotated[str, WHY],
            label: Annotated[str, typer.Option(help="what must happen by then")] = "",
            owner: Annotated[str | None, typer.Option(help="who (default: the case's assignee)")] = None) -> None:
    """A deadline set by hand on a case."""
    app = app_context(ctx)
    day = parse_day(due, "--due")
    assert day is not None
    with app.db.session() as session:
        made = commands.add_deadline(session, ref, day, actor=app.config.user, label=label, why=why, owner=owner)
    out.print(f"deadline {made} added to {ref.upper()}: due {day.isoformat()}")


@deadlines_app.command("extend")
def extend_cmd(ctx: typer.Context, deadline: Annotated[int, typer.Argument(help="the deadline's id")],
               why: Annotated[str, WHY],
               to: Annotated[str | None, typer.Option(help="the later day (YYYY-MM-DD)")] = None,
               gdpr: Annotated[bool, typer.Option(
                   "--gdpr", help="GDPR Art. 12(3): two further months (tell the requester within the first)")
               ] = False) -> None:
    """Move a deadline to a later day (--to), or extend a GDPR clock by Art. 12(3) (--gdpr)."""
    if (to is None) == (not gdpr):
        raise typer.BadParameter("say --to DAY or --gdpr (one of them)", param_hint="--to / --gdpr")
    app = app_context(ctx)
    day = parse_day(to, "--to")
    with app.db.session() as session:
        new = commands.extend_deadline(session, deadline, app.config.cases, actor=app.config.user, why=why, to=day)
    out.print(f"deadline {deadline}: due {new.isoformat()}")


@deadlines_app.command("pause")
def pause_cmd(ctx: typer.Context, deadline: Annotated[int, typer.Argument(help="the GDPR deadline's id")],
              days: Annotated[int, typer.Option(help="days the clock stood still (identity awaited)")],
              why: Annotated[str, WHY]) -> None:
    """Stop a GDPR clock for the days the requester's identity was awaited."""
    app = app_context(ctx)
    with app.db.session() as session:
        new = commands.pause_deadline(session, deadline, days, app.config.cases, actor=app.config.user, why=why)
    out.print(f"deadline {deadline}: due {new.isoformat()} (paused {days} days)")


@deadlines_app.command("waive")
def waive_cmd(ctx: typer.Context, deadline: Annotated[int, typer.Argument(help="the deadline's id")],
              why: Annotated[str, WHY]) -> None:
    """Waive a deadline (it no longer binds anyone)."""
    app = app_context(ctx)
    with app.db.session() as session:
        commands.waive_deadline(session, deadline, actor=app.config.user, why=why)
    out.print(f"deadline {deadline} waived")


@deadlines_app.command("meet")
def meet_cmd(ctx: typer.Context, deadline: Annotated[int, typer.Argument(help="the deadline's id")],
             why: Annotated[str, WHY]) -> None:
    """Mark a deadline answered now (by a reply sent outside lexdesk, say); late is recorded as missed."""
    app = app_context(ctx)
    with app.db.session() as session:
        state = commands.meet_deadline(session, deadline, app.config.cases, actor=app.config.user, why=why)
    out.print(f"deadline {deadline}: {state}")


@top_level.command("tick")
def tick_cmd(
    ctx: typer.Context,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="say what would change; change nothing")] = False,
) -> None:
    """The scheduled job: open deadlines whose time has passed become missed (audited); says which."""
    app = app_context(ctx)
    with app.db.session() as session:
        r = commands.tick(session, app.config.cases, actor=app.config.user, dry_run=dry_run)
    verb = "would become missed" if r.dry_run else "now missed"
    if not r.missed:
        out.print(f"nothing changed (as of {app.config.clock.now():%Y-%m-%d %H:%M} UTC)")
        return
    for d in r.missed:
        due = d.due_at.strftime("%Y-%m-%d %H:%M") if d.due_at else d.due.isoformat()
        out.print(line(f"deadline {d.id} ", d.case_ref, f" due {due} ({d.source}): ", ("open → missed", "red"), " ",
                       d.what), soft_wrap=True)
    out.print(f"{len(r.missed)} deadline{'s' * (len(r.missed) != 1)} {verb}")


@top_level.command("report")
def report(
    ctx: typer.Context,
    since: Annotated[str | None, typer.Option(help="deadlines due and cases opened since YYYY-MM-DD")] = None,
    format_: Annotated[str, typer.Option("--format", help="table | csv | json")] = "table",
) -> None:
    """The manager's report: backlog, deadlines met vs missed, SLA per team, first response, workload."""
    if format_ not in {"table", "csv", "json"}:
        raise typer.BadParameter(f"{format_!r}: table, csv or json", param_hint="--format")
    app = app_context(ctx)
    day = parse_day(since, "--since")
    with app.db.session() as session:
        r = views.report(session, app.config.clock.today(), since=day)
    if format_ == "json":
        typer.echo(json.dumps(r.as_json(), indent=1))
    elif format_ == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["section", "item", "value"])
        w.writerows(r.rows())
        typer.echo(buf.getvalue(), nl=False)
    else:
        t = Table("section", "item", "value", title="lexdesk report" + (f" since {since}" if since else ""))
        for row in r.rows():
            t.add_row(*(data(x) for x in row))
        out.print(t)
