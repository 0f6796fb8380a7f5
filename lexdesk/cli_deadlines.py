"""`lexdesk deadlines` and `lexdesk report`: what is due, and the manager's figures."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import timedelta
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from cases import commands, views
from cases.ics import to_ics
from lexdesk.ui import app_context, console, parse_day

top_level = typer.Typer()  # commands that lexdesk.cli lists at the top level
out = console()


def _period(s: str) -> timedelta:
    m = re.fullmatch(r"\s*(\d+)\s*([dwh]?)\s*", s)
    if not m:
        raise typer.BadParameter("a period such as 7d, 2w or 48h")
    n, unit = int(m.group(1)), m.group(2) or "d"
    return {"d": timedelta(days=n), "w": timedelta(weeks=n), "h": timedelta(hours=n)}[unit]


@top_level.command("deadlines")
def deadlines(
    ctx: typer.Context,
    overdue: Annotated[bool, typer.Option(help="only those past their day")] = False,
    within: Annotated[str | None, typer.Option(help="only those due within this period, e.g. 7d")] = None,
    assignee: Annotated[str | None, typer.Option(help="only this person's")] = None,
    ics: Annotated[Path | None, typer.Option(help="write them to this iCalendar file")] = None,
    all_: Annotated[bool, typer.Option("--all", help="met, missed and waived ones too")] = False,
    today: Annotated[str | None, typer.Option(help="count from this day (YYYY-MM-DD) instead of today")] = None,
) -> None:
    """Open deadlines, nearest first."""
    app = app_context(ctx)
    query = views.DeadlineQuery(overdue=overdue, within=_period(within) if within else None, assignee=assignee,
                                include_closed=all_)
    day = parse_day(today) or app.config.clock.today()
    with app.db.session() as session:
        rows = commands.review_deadlines(session, query, app.config.cases, actor=app.config.user, today=day)
    if ics:
        ics.write_bytes(to_ics(rows, stamp=app.config.clock.now()))
    t = Table("due", "case", "source", "state", "owner", "what")
    for d in rows:
        due = d.due_at.strftime("%Y-%m-%d %H:%M") if d.due_at else d.due.isoformat()
        source = d.source + (f" {d.regime}" if d.regime and d.source == "statutory" else "")
        t.add_row(f"[red]{due}[/red]" if d.late(day) else due, d.case_ref, source, d.state, d.owner or "-",
                  escape(d.what))
    out.print(t)
    if ics:
        out.print(f"{len(rows)} deadlines written to {ics}")


@top_level.command("report")
def report(
    ctx: typer.Context,
    since: Annotated[str | None, typer.Option(help="deadlines due and cases opened since YYYY-MM-DD")] = None,
    format_: Annotated[str, typer.Option("--format", help="table | csv | json")] = "table",
) -> None:
    """The manager's report: backlog, deadlines met vs missed, SLA per team, first response, workload."""
    if format_ not in {"table", "csv", "json"}:
        raise typer.BadParameter("table, csv or json", param_hint="--format")
    app = app_context(ctx)
    with app.db.session() as session:
        r = views.report(session, app.config.clock.today(), since=parse_day(since))
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
            t.add_row(*(escape(x) for x in row))
        out.print(t)
