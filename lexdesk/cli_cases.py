"""`lexdesk cases ...`: import, list, show, merge, move, split, assign, status, set-kind, suggestions,
teams."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from cases import commands, views
from cases.lifecycle import STATUSES, parse_status
from lexdesk.ui import LazyConsole, app_context, data, line

cases_app = typer.Typer(help="Cases: import, list, show, merge, move, split, assign.", no_args_is_help=True)
out = LazyConsole()
STANDING_STYLE = {"overdue": "bold red", "passed before receipt": "yellow"}


@cases_app.command("import")
def import_(ctx: typer.Context, file: Annotated[Path, typer.Argument(help="a cases.json file (README: the format)")]
            ) -> None:
    """Import existing cases (the cases.json format in the README); importing again changes nothing."""
    app = app_context(ctx)
    items = commands.read_import(file)  # read and checked whole before the database is touched
    with app.db.session() as session:
        res = commands.import_cases(session, items, app.config.cases, actor=app.config.user)
    out.print(f"{res.created} cases imported, {res.updated} updated, {res.keys} linking keys")


@cases_app.command("list")
def list_(
    ctx: typer.Context,
    status: Annotated[str | None, typer.Option(help=" | ".join(STATUSES))] = None,
    all_: Annotated[bool, typer.Option("--all", help="closed cases too")] = False,
    search: Annotated[str | None, typer.Option(help="only cases whose ref, title or a party has this")] = None,
) -> None:
    """Cases, newest first."""
    app = app_context(ctx)
    flt = views.CaseFilter(status=parse_status(status) if status else None, include_closed=all_, text=search)
    with app.db.session() as session:
        rows = views.list_cases(session, flt)
    t = Table("ref", "status", "priority", "kind", "docs", "assignee", "title")
    for c in rows:
        t.add_row(c.ref, data(c.status, "yellow" if c.status == "triage" else ""), str(c.priority), data(c.kind),
                  str(c.documents), data(c.assignee), data(c.title[:70]))
    out.print(t)


@cases_app.command("show")
def show(ctx: typer.Context, ref: str) -> None:
    """One case: parties, documents (with why they were filed here and which received date), cited
    content, deadlines (overdue first), suggestions, history."""
    app = app_context(ctx)
    with app.db.session() as session:
        c = views.show_case(session, ref, app.config.clock.today(), id_floor=app.config.cases.triage.id_floor)
    out.print(line((c.ref, "bold"), "  ", c.title), soft_wrap=True)
    out.print(line(f"status {c.status} · priority {c.priority} (", c.why_priority or "-", ") · kind ", c.kind or "-",
                   f" · opened {c.opened} · assignee ", c.assignee or "-", " · imported" if c.imported else ""),
              soft_wrap=True)
    if c.parties:
        out.print(line("parties: ", "; ".join(f"{p.name} ({p.role})" for p in c.parties)), soft_wrap=True)
    t = Table("id", "received", "dated", "file", "kind", "linked by", "notes", title="documents")
    for d in c.documents:
        notes = []
        if d.triage:
            notes.append(f"triage: {d.triage}")
        if d.reminder_of:
            notes.append(f"reminder of document {d.reminder_of}")
        if d.ocr_confidence is not None:
            notes.append(f"OCR {d.ocr_confidence:.0f}%")
        if d.corrected:
            notes.append("corrected: " + ", ".join(d.corrected))
        if d.error:
            notes.append(f"failed: {d.error}")
        t.add_row(str(d.id), data(d.received_label), data(d.letter_date), data(d.file), data(d.kind),
                  data(d.linked_by), data("; ".join(notes), "yellow" if d.triage or d.error else ""))
    out.print(t)
    ids = [x for x in c.cited if x.kind in ("review_id", "unreadable_id")]
    if ids:
        t = Table("document", "review id", "read", title="cited review ids")
        for cited in ids:
            if cited.kind == "unreadable_id":
                how = data(f"nearly an id, OCR {cited.confidence or 0:.0f}%: check it against the scan", "yellow")
            elif cited.uncertain:
                how = data(f"read by OCR at {cited.confidence or 0:.0f}%: check it against the scan", "yellow")
            else:
                how = data("OCR" if cited.confidence is not None else "text")
            t.add_row(str(cited.document_id), data(cited.value), how)
        out.print(t)
    if c.deadlines:
        t = Table("id", "due", "source", "state", "what", title="deadlines")
        for x in c.deadlines:
            style = STANDING_STYLE.get(x.standing, "")
            due = x.due_at.strftime("%Y-%m-%d %H:%M") if x.due_at else x.due.isoformat()
            what = x.what + (f" ({x.reminders} reminder{'s' * (x.reminders != 1)})" if x.reminders else "")
            t.add_row(str(x.id), data(due, style), x.source, data(x.standing, style), data(what))
        out.print(t)
    for sg in c.suggestions:
        out.print(line((f"suggestion {sg.id}", "yellow"), f": document {sg.document_id} may belong to ",
                       sg.may_belong_to or "-", f" (score {sg.score})"))
    for e in c.events:
        out.print(line((f"{e.at:%Y-%m-%d %H:%M} ", "dim"), (e.actor, "dim"), (f" {e.action} ", "dim"), (e.why, "dim")),
                  soft_wrap=True)


@cases_app.command("merge")
def merge(ctx: typer.Context, keep: str, absorb: str,
          why: Annotated[str, typer.Option(help="why (kept in the audit trail)")] = "") -> None:
    """Merge case ABSORB into case KEEP (ABSORB is closed, everything moves to KEEP)."""
    app = app_context(ctx)
    with app.db.session() as session:
        kept = commands.merge(session, keep, absorb, app.config.cases, actor=app.config.user, why=why)
    out.print(f"{absorb} merged into {kept}")


@cases_app.command("move")
def move(ctx: typer.Context, document: int, ref: str,
         why: Annotated[str, typer.Option(help="why (kept in the audit trail)")] = "") -> None:
    """Move document DOCUMENT (with its email and attachments) to case REF."""
    app = app_context(ctx)
    with app.db.session() as session:
        target = commands.move(session, document, ref, app.config.cases, actor=app.config.user, why=why)
    out.print(f"document {document} moved to {target}")


@cases_app.command("split")
def split(ctx: typer.Context, ref: str, documents: list[int],
          why: Annotated[str, typer.Option(help="why (kept in the audit trail)")] = "",
          title: Annotated[str, typer.Option(help="title of the new case")] = "") -> None:
    """Take DOCUMENTS out of case REF into a new case."""
    app = app_context(ctx)
    with app.db.session() as session:
        new = commands.split(session, ref, documents, app.config.cases, actor=app.config.user, why=why, title=title)
    out.print(f"documents {', '.join(map(str, documents))} split from {ref} into {new}")


@cases_app.command("assign")
def assign_(ctx: typer.Context, ref: str,
            to: Annotated[str | None, typer.Option("--to", help="username")] = None,
            auto: Annotated[bool, typer.Option(help="the least-loaded member of the right team")] = False,
            why: Annotated[str, typer.Option()] = "") -> None:
    """Assign a case by hand (--to USER) or automatically (--auto)."""
    app = app_context(ctx)
    with app.db.session() as session:
        a = commands.assign_case(session, ref, app.config.cases, actor=app.config.user, to=to, auto=auto, why=why)
    out.print(line(a.ref, " assigned to ", a.username))


@cases_app.command("status")
def status(ctx: typer.Context, ref: str, new_status: Annotated[str, typer.Argument(help=" | ".join(STATUSES))],
           why: Annotated[str, typer.Option()] = "") -> None:
    """Move a case along its lifecycle (new → open → awaiting_reply / responded → closed)."""
    app = app_context(ctx)
    with app.db.session() as session:
        now = commands.change_status(session, ref, new_status, app.config.cases, actor=app.config.user, why=why)
    out.print(f"{ref}: {now}")


@cases_app.command("set-kind")
def set_kind(ctx: typer.Context, ref: str, kind: Annotated[str, typer.Argument(help="legal_demand, data_request, ...")],
             why: Annotated[str, typer.Option(help="why (kept in the audit trail)")] = "") -> None:
    """Set the case's kind by hand: its templates, priority and first-response target follow."""
    app = app_context(ctx)
    with app.db.session() as session:
        k = commands.set_case_kind(session, ref, kind, app.config.cases, actor=app.config.user, why=why)
    out.print(f"{k.ref}: kind {k.before or '-'} → {k.after} (priority {k.priority})")


@cases_app.command("suggestions")
def suggestions(ctx: typer.Context,
                accept: Annotated[int | None, typer.Option(help="confirm this suggestion (moves the document)")] = None,
                reject: Annotated[int | None, typer.Option(help="reject this suggestion")] = None,
                why: Annotated[str, typer.Option()] = "") -> None:
    """Weak or ambiguous links waiting for a person; confirm or reject one."""
    app = app_context(ctx)
    cfg, actor = app.config.cases, app.config.user
    with app.db.session() as session:
        if accept is not None:
            commands.resolve_suggestion(session, accept, True, cfg, actor=actor, why=why)
        if reject is not None:
            commands.resolve_suggestion(session, reject, False, cfg, actor=actor, why=why)
        rows = views.pending_suggestions(session)
    t = Table("id", "document", "now in", "may belong to", "score", "signals")
    for sg in rows:
        sigs = ", ".join(f"{name} {weight:+}" for name, weight in sg.signals)
        t.add_row(str(sg.id), data(f"{sg.document_id} {sg.document_file or ''}"), data(sg.now_in),
                  data(sg.may_belong_to), f"{sg.score:.2f}", data(sigs))
    out.print(t)


@cases_app.command("team")
def team(ctx: typer.Context, name: str,
         vendor: Annotated[bool, typer.Option(help="an outsourced team")] = False,
         kind: Annotated[list[str] | None, typer.Option(help="a kind of case it handles (repeat)")] = None) -> None:
    """Add or change a team (in-house, or --vendor) and the kinds of case it handles."""
    app = app_context(ctx)
    with app.db.session() as session:
        t = commands.save_team(session, name, actor=app.config.user, vendor=vendor, kinds=kind)
    out.print(line("team ", t.name, f" ({'vendor' if t.vendor else 'in-house'}): ", ", ".join(t.kinds) or "any kind"))


@cases_app.command("member")
def member(ctx: typer.Context, username: str,
           team_name: Annotated[str, typer.Option("--team")],
           display_name: Annotated[str, typer.Option("--name")] = "",
           inactive: Annotated[bool, typer.Option(help="away: takes no new cases")] = False) -> None:
    """Add a person to a team (or move them)."""
    app = app_context(ctx)
    with app.db.session() as session:
        m = commands.save_member(session, username, team=team_name, display_name=display_name, inactive=inactive)
    out.print(line(m.username, " in ", m.team))


__all__ = ["cases_app"]
