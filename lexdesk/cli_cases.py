"""`lexdesk cases ...`, `lexdesk deadlines`, `lexdesk report` (owner: cases helper)."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.table import Table
from sqlmodel import Session, col, select

from cases import deadlines as dl
from cases import manual
from cases.ics import to_ics
from cases.importing import import_cases, read_cases
from cases.lifecycle import STATUSES, TransitionError, assign, auto_assign, set_status
from cases.models import (
    AuditEvent,
    Case,
    Deadline,
    Document,
    LinkSuggestion,
    Party,
    Team,
    User,
)
from cases.report import build
from extract.profile import load_profile
from lexdesk.cli import app, console, parse_day

cases_app = typer.Typer(help="Cases: import, list, show, merge, move, split, assign.", no_args_is_help=True)
app.add_typer(cases_app, name="cases")
out = console()


def _session(ctx: typer.Context) -> Session:
    return ctx.obj.session()


def _fail(msg: str) -> NoReturn:
    console(stderr=True).print(f"[red]{msg}[/red]")
    raise typer.Exit(1)


# --- cases ---------------------------------------------------------------------------------------

@cases_app.command("import")
def import_(ctx: typer.Context, file: Annotated[Path, typer.Argument(exists=True, dir_okay=False)]) -> None:
    """Import existing cases (corpus SCHEMA.md cases.json format); importing again changes nothing."""
    s = ctx.obj.settings
    with _session(ctx) as session:
        res = import_cases(session, read_cases(file), actor=s.user, profile=load_profile(s.platform))
    out.print(f"{res.created} cases imported, {res.updated} updated, {res.keys} linking keys")


@cases_app.command("list")
def list_(
    ctx: typer.Context,
    status: Annotated[str | None, typer.Option(help="only this status")] = None,
    all_: Annotated[bool, typer.Option("--all", help="closed cases too")] = False,
) -> None:
    """Cases, newest first."""
    with _session(ctx) as session:
        q = select(Case).order_by(col(Case.year).desc(), col(Case.number).desc())
        if status:
            q = q.where(Case.status == status)
        elif not all_:
            q = q.where(Case.status != "closed")
        users = {u.id: u.username for u in session.exec(select(User)).all()}
        counts: dict[int, int] = {}
        for cid in session.exec(select(Document.case_id).where(col(Document.parent_id).is_(None))).all():
            if cid:
                counts[cid] = counts.get(cid, 0) + 1
        t = Table("ref", "status", "priority", "kind", "docs", "assignee", "title")
        for c in session.exec(q).all():
            t.add_row(c.ref, c.status, c.priority, c.kind or "-", str(counts.get(c.id or 0, 0)),
                      users.get(c.assignee_id, "-"), c.title[:70])
        out.print(t)


@cases_app.command("show")
def show(ctx: typer.Context, ref: str) -> None:
    """One case: parties, documents (with why they were filed here), deadlines, suggestions, history."""
    with _session(ctx) as session:
        try:
            c = manual.case_by_ref(session, ref)
        except manual.ManualError as e:
            _fail(str(e))
        assignee = session.get(User, c.assignee_id) if c.assignee_id else None
        out.print(f"[bold]{c.ref}[/bold]  {c.title}")
        out.print(f"status {c.status} · priority {c.priority} ({c.why_priority or '-'}) · kind {c.kind or '-'} · "
                  f"opened {c.opened} · assignee {assignee.username if assignee else '-'}"
                  f"{' · imported' if c.imported else ''}")
        parties = session.exec(select(Party).where(Party.case_id == c.id)).all()
        if parties:
            out.print("parties: " + "; ".join(f"{p.name} ({p.role})" for p in parties))
        docs = session.exec(select(Document).where(Document.case_id == c.id).order_by(col(Document.id))).all()
        t = Table("id", "received", "file", "kind", "linked by", title="documents")
        for d in docs:
            link = d.link or {}
            sigs = ", ".join(f"{s['signal']}" for s in link.get("signals", []) if s.get("weight", 0) > 0)
            why = f"{link.get('outcome', '-')} {link.get('score', '')} {sigs}".strip()
            t.add_row(str(d.id), str(d.received or "-"), (d.filename or "") + (f" / {d.part}" if d.part else ""),
                      d.kind or "-", why)
        out.print(t)
        dls = session.exec(select(Deadline).where(Deadline.case_id == c.id).order_by(col(Deadline.due))).all()
        if dls:
            t = Table("id", "due", "source", "state", "what", title="deadlines")
            for x in dls:
                t.add_row(str(x.id), x.due_at.isoformat() if x.due_at else str(x.due), x.source, x.state,
                          x.label or x.basis)
            out.print(t)
        sugg = session.exec(select(LinkSuggestion).where(
            (col(LinkSuggestion.case_id) == c.id) | col(LinkSuggestion.document_id).in_([d.id for d in docs]),
            LinkSuggestion.state == "pending")).all()
        for sg in sugg:
            target = session.get(Case, sg.case_id)
            out.print(f"[yellow]suggestion {sg.id}[/yellow]: document {sg.document_id} may belong to "
                      f"{target.ref if target else sg.case_id} (score {sg.score})")
        events = session.exec(select(AuditEvent).where(AuditEvent.case_id == c.id).order_by(col(AuditEvent.at))).all()
        for e in events:
            out.print(f"[dim]{e.at:%Y-%m-%d %H:%M} {e.actor} {e.action} {e.why}[/dim]")


@cases_app.command("merge")
def merge(ctx: typer.Context, keep: str, absorb: str,
          why: Annotated[str, typer.Option(help="why (kept in the audit trail)")] = "") -> None:
    """Merge case ABSORB into case KEEP (ABSORB is closed, everything moves to KEEP)."""
    with _session(ctx) as session:
        try:
            c = manual.merge(session, keep, absorb, ctx.obj.settings.user, why)
        except manual.ManualError as e:
            _fail(str(e))
    out.print(f"{absorb} merged into {c.ref}")


@cases_app.command("move")
def move(ctx: typer.Context, document: int, ref: str,
         why: Annotated[str, typer.Option(help="why (kept in the audit trail)")] = "") -> None:
    """Move document DOCUMENT (with its email and attachments) to case REF."""
    with _session(ctx) as session:
        try:
            c = manual.move(session, document, ref, ctx.obj.settings.user, why)
        except manual.ManualError as e:
            _fail(str(e))
    out.print(f"document {document} moved to {c.ref}")


@cases_app.command("split")
def split(ctx: typer.Context, ref: str, documents: list[int],
          why: Annotated[str, typer.Option(help="why (kept in the audit trail)")] = "",
          title: Annotated[str, typer.Option(help="title of the new case")] = "") -> None:
    """Take DOCUMENTS out of case REF into a new case."""
    with _session(ctx) as session:
        try:
            c = manual.split(session, ref, documents, ctx.obj.settings.user, why,
                             prefix=ctx.obj.settings.case_prefix, title=title)
        except manual.ManualError as e:
            _fail(str(e))
    out.print(f"documents {', '.join(map(str, documents))} split from {ref} into {c.ref}")


@cases_app.command("assign")
def assign_(ctx: typer.Context, ref: str,
            to: Annotated[str | None, typer.Option("--to", help="username")] = None,
            auto: Annotated[bool, typer.Option(help="the least-loaded member of the right team")] = False,
            why: Annotated[str, typer.Option()] = "") -> None:
    """Assign a case by hand (--to USER) or automatically (--auto)."""
    actor = ctx.obj.settings.user
    with _session(ctx) as session:
        try:
            c = manual.case_by_ref(session, ref)
        except manual.ManualError as e:
            _fail(str(e))
        if to:
            user = session.exec(select(User).where(User.username == to)).first()
            if user is None:
                _fail(f"no user {to} (add one with `lexdesk cases member`)")
            assign(session, c, user, actor, why)
        elif auto:
            user = auto_assign(session, c, actor)
            if user is None:
                _fail("no team handles this kind of case, or the team has no active member")
        else:
            _fail("say --to USER or --auto")
        for d in session.exec(select(Deadline).where(Deadline.case_id == c.id, Deadline.state == "open")).all():
            d.owner_id = user.id
            session.add(d)
        session.commit()
        out.print(f"{c.ref} assigned to {user.username}")


@cases_app.command("status")
def status(ctx: typer.Context, ref: str, new_status: Annotated[str, typer.Argument(help=" | ".join(STATUSES))],
           why: Annotated[str, typer.Option()] = "") -> None:
    """Move a case along its lifecycle (new → open → awaiting_reply / responded → closed)."""
    with _session(ctx) as session:
        try:
            c = manual.case_by_ref(session, ref)
            set_status(session, c, new_status, ctx.obj.settings.user, why)
        except (manual.ManualError, TransitionError) as e:
            _fail(str(e))
        session.commit()
    out.print(f"{ref}: {new_status}")


@cases_app.command("suggestions")
def suggestions(ctx: typer.Context,
                accept: Annotated[int | None, typer.Option(help="confirm this suggestion (moves the document)")] = None,
                reject: Annotated[int | None, typer.Option(help="reject this suggestion")] = None,
                why: Annotated[str, typer.Option()] = "") -> None:
    """Weak or ambiguous links waiting for a person; confirm or reject one."""
    actor = ctx.obj.settings.user
    with _session(ctx) as session:
        try:
            if accept is not None:
                manual.resolve_suggestion(session, accept, True, actor, why)
            if reject is not None:
                manual.resolve_suggestion(session, reject, False, actor, why)
        except manual.ManualError as e:
            _fail(str(e))
        t = Table("id", "document", "now in", "may belong to", "score", "signals")
        for sg in session.exec(select(LinkSuggestion).where(LinkSuggestion.state == "pending")).all():
            doc = session.get(Document, sg.document_id)
            now = session.get(Case, doc.case_id) if doc and doc.case_id else None
            target = session.get(Case, sg.case_id)
            sigs = ", ".join(f"{x['signal']} {x['weight']:+}" for x in sg.signals.get("signals", []))
            t.add_row(str(sg.id), f"{sg.document_id} {doc.filename if doc else ''}", now.ref if now else "-",
                      target.ref if target else "-", f"{sg.score:.2f}", sigs)
        out.print(t)


@cases_app.command("team")
def team(ctx: typer.Context, name: str,
         vendor: Annotated[bool, typer.Option(help="an outsourced team")] = False,
         kind: Annotated[list[str] | None, typer.Option(help="a kind of case it handles (repeat)")] = None) -> None:
    """Add or change a team (in-house, or --vendor) and the kinds of case it handles."""
    with _session(ctx) as session:
        t = session.exec(select(Team).where(Team.name == name)).first() or Team(name=name)
        t.vendor = vendor
        if kind is not None:
            t.kinds = list(kind)
        session.add(t)
        session.add(AuditEvent(actor=ctx.obj.settings.user, action="team.saved",
                               detail={"team": name, "vendor": vendor, "kinds": t.kinds}))
        session.commit()
    out.print(f"team {name} ({'vendor' if vendor else 'in-house'}): {', '.join(t.kinds or []) or 'any kind'}")


@cases_app.command("member")
def member(ctx: typer.Context, username: str,
           team_name: Annotated[str, typer.Option("--team")],
           display_name: Annotated[str, typer.Option("--name")] = "",
           inactive: Annotated[bool, typer.Option(help="away: takes no new cases")] = False) -> None:
    """Add a person to a team (or move them)."""
    with _session(ctx) as session:
        t = session.exec(select(Team).where(Team.name == team_name)).first()
        if t is None:
            _fail(f"no team {team_name} (add it with `lexdesk cases team`)")
        u = session.exec(select(User).where(User.username == username)).first() or User(username=username)
        u.team_id, u.active = t.id, not inactive
        u.display_name = display_name or u.display_name or username
        session.add(u)
        session.commit()
    out.print(f"{username} in {team_name}")


# --- deadlines -----------------------------------------------------------------------------------

def _period(s: str) -> timedelta:
    m = re.fullmatch(r"\s*(\d+)\s*([dwh]?)\s*", s)
    if not m:
        raise typer.BadParameter("a period such as 7d, 2w or 48h")
    n, unit = int(m.group(1)), m.group(2) or "d"
    return {"d": timedelta(days=n), "w": timedelta(weeks=n), "h": timedelta(hours=n)}[unit]


@app.command("deadlines")
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
    day = parse_day(today) or date.today()
    with _session(ctx) as session:
        if dl.refresh(session, day, ctx.obj.settings.user):  # passed their day unmet: missed
            session.commit()
        q = select(Deadline, Case).join(Case, col(Case.id) == col(Deadline.case_id)).order_by(col(Deadline.due))
        if not all_:
            q = q.where(Deadline.state == "open")
        if overdue:
            q = q.where(col(Deadline.due) < day)
        if within:
            q = q.where(col(Deadline.due) <= day + _period(within))
        users = {u.id: u.username for u in session.exec(select(User)).all()}
        if assignee:
            uid = next((i for i, n in users.items() if n == assignee), -1)
            q = q.where((col(Deadline.owner_id) == uid) | (col(Case.assignee_id) == uid))
        rows = session.exec(q).all()
        items = [(d, c, users.get(d.owner_id or c.assignee_id)) for d, c in rows]
    if ics:
        ics.write_bytes(to_ics(items))
    t = Table("due", "case", "source", "state", "owner", "what")
    for d, c, owner in items:
        late = d.state == "open" and d.due < day
        due = d.due_at.strftime("%Y-%m-%d %H:%M") if d.due_at else d.due.isoformat()
        t.add_row(f"[red]{due}[/red]" if late else due, c.ref, d.source + (f" {d.regime}" if d.regime and
                  d.source == "statutory" else ""), d.state, owner or "-", d.label or d.basis)
    out.print(t)
    if ics:
        out.print(f"{len(items)} deadlines written to {ics}")


@app.command("report")
def report(
    ctx: typer.Context,
    since: Annotated[str | None, typer.Option(help="deadlines due and cases opened since YYYY-MM-DD")] = None,
    format_: Annotated[str, typer.Option("--format", help="table | csv | json")] = "table",
) -> None:
    """The manager's report: backlog, deadlines met vs missed, SLA per team, first response, workload."""
    if format_ not in {"table", "csv", "json"}:
        raise typer.BadParameter("table, csv or json", param_hint="--format")
    with _session(ctx) as session:
        r = build(session, since=parse_day(since), today=date.today())
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
            t.add_row(*row)
        out.print(t)


__all__ = ["cases_app"]
