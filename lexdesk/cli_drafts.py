"""`lexdesk draft REF` and `lexdesk drafts ...` (owner: responses helper)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from sqlmodel import Session, select

from cases.models import AuditEvent, Case, Document, Draft
from extract.profile import PlatformProfile, load_profile
from lexdesk.cli import app, console, parse_day
from lexdesk.context import AppContext
from responses import sor
from responses.context import family, missing_notice_items
from responses.library import TemplateLibraryError, load_library
from responses.outputs import write_draft
from responses.workflow import WorkflowError, approve, discard, draft, edit, send, versions

drafts_app = typer.Typer(help="Drafts: list, show, edit, approve, send, discard.", no_args_is_help=True)
app.add_typer(drafts_app, name="drafts")

out = console()
err = console(stderr=True)


def _profile(app_ctx: AppContext) -> PlatformProfile:
    return load_profile(app_ctx.settings.platform)


def _case(session: Session, ref: str) -> Case:
    case = session.exec(select(Case).where(Case.ref == ref.strip().upper())).first()
    if case is None:
        raise typer.BadParameter(f"no case {ref}")
    return case


def _draft(session: Session, draft_id: int) -> Draft:
    d = session.get(Draft, draft_id)
    if d is None:
        raise typer.BadParameter(f"no draft {draft_id}")
    return d


def _values(pairs: list[str] | None) -> dict[str, object]:
    """`--set reasons="..."` (repeatable); a value holding ';' becomes a list (enclosures, say)."""
    values: dict[str, object] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip().isidentifier():
            raise typer.BadParameter(f"--set takes NAME=VALUE, not {pair!r}")
        values[key.strip()] = [v.strip() for v in value.split(";") if v.strip()] if ";" in value else value
    return values


def _report(d: Draft) -> None:
    out.print(f"draft {d.id} (v{d.version}, {d.status}) for case from template {d.template}")
    if d.unresolved:
        out.print(f"[yellow]unresolved placeholders:[/] {', '.join(d.unresolved)}")
    else:
        out.print("no unresolved placeholders")


def _fail(e: Exception) -> typer.Exit:
    err.print(f"[red]{e}[/]")
    return typer.Exit(1)


@app.command("draft")
def draft_cmd(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="the case, e.g. CI-2026-0101")],
    template: Annotated[str, typer.Option(help="NAME or KIND/NAME (see `lexdesk drafts templates`)")] = (
        "acknowledgement"
    ),
    out_file: Annotated[Path | None, typer.Option("--out", help="also write it: .docx, .eml or .txt")] = None,
    language: Annotated[str | None, typer.Option(help="en, de, fr, da (default: the letter's)")] = None,
    document: Annotated[int | None, typer.Option(help="the document answered (default: the latest)")] = None,
    set_: Annotated[list[str] | None, typer.Option("--set", help="NAME=VALUE a template needs")] = None,
) -> None:
    """Draft the answer to a case from a template; unresolved placeholders are listed."""
    app_ctx: AppContext = ctx.obj
    with app_ctx.session() as session:
        case = _case(session, ref)
        try:
            d = draft(
                session, case, template, author=app_ctx.settings.user, document_id=document,
                language=language, extra=_values(set_), profile=_profile(app_ctx),
                templates_dir=app_ctx.settings.templates,
            )
        except (TemplateLibraryError, WorkflowError) as e:
            raise _fail(e) from e
        _report(d)
        doc = session.get(Document, d.document_id) if d.document_id else None
        lacking = missing_notice_items(family(session, doc)) if doc else []
        if lacking and template == "acknowledgement":
            library = load_library(app_ctx.settings.templates)
            names = ", ".join(t.name for t in library.for_kind(case.kind) if t.outcome == "notice_incomplete")
            out.print(f"[yellow]the notice lacks {len(lacking)} required item(s)[/]"
                      + (f": the reply that asks for them is --template {names}" if names else ""))
        if out_file:
            write_draft(session, d, out_file, profile=_profile(app_ctx))
            out.print(f"written to {out_file}")


@drafts_app.command("templates")
def templates_cmd(
    ctx: typer.Context, kind: Annotated[str | None, typer.Option(help="only this kind")] = None
) -> None:
    """The template library: kind/name, language, output, outcome."""
    lib = load_library(ctx.obj.settings.templates)
    table = Table("lang", "output", "outcome", "needs")
    table.add_column("template", overflow="fold", min_width=20)
    for t in lib.templates:
        if kind is None or t.kind == kind:
            table.add_row(t.language, t.output, t.outcome, ", ".join(t.required), t.key)
    out.print(table)


@drafts_app.command("list")
def list_cmd(
    ctx: typer.Context,
    case: Annotated[str | None, typer.Option(help="only this case")] = None,
    status: Annotated[str | None, typer.Option(help="draft | approved | sent | discarded")] = None,
) -> None:
    app_ctx: AppContext = ctx.obj
    with app_ctx.session() as session:
        q = select(Draft, Case).where(Draft.case_id == Case.id).order_by(Draft.id)
        if case:
            q = q.where(Case.ref == case.strip().upper())
        if status:
            q = q.where(Draft.status == status)
        table = Table("id", "case", "template", "status", "v", "author", "approver", "unresolved")
        for d, c in session.exec(q).all():
            table.add_row(str(d.id), c.ref, d.template, d.status, str(d.version), d.author, d.approver or "",
                          ", ".join(d.unresolved))
        out.print(table)


@drafts_app.command("show")
def show_cmd(
    ctx: typer.Context,
    draft_id: int,
    history: Annotated[bool, typer.Option("--history", help="versions and audit events too")] = False,
) -> None:
    app_ctx: AppContext = ctx.obj
    with app_ctx.session() as session:
        d = _draft(session, draft_id)
        _report(d)
        if d.subject:
            typer.echo(f"Subject: {d.subject}")
        typer.echo(d.text)  # as written: no markup, no re-wrapping
        if history:
            for v in versions(session, d):
                out.print(f"v{v.version} by {v.author} at {v.created_at:%Y-%m-%d %H:%M}")
            events = session.exec(select(AuditEvent).where(AuditEvent.draft_id == d.id).order_by(AuditEvent.at))
            for e in events.all():
                out.print(f"{e.at:%Y-%m-%d %H:%M} {e.actor} {e.action} {e.why}")


@drafts_app.command("edit")
def edit_cmd(
    ctx: typer.Context,
    draft_id: int,
    text_file: Annotated[Path | None, typer.Option("--file", help="the new text (default: open $EDITOR)")] = None,
    subject: Annotated[str | None, typer.Option(help="a new subject line")] = None,
) -> None:
    """A new version of the text (an approved draft goes back to draft)."""
    app_ctx: AppContext = ctx.obj
    with app_ctx.session() as session:
        d = _draft(session, draft_id)
        text = text_file.read_text(encoding="utf-8") if text_file else typer.edit(d.text)
        if text is None:
            out.print("unchanged")
            return
        try:
            d = edit(session, d, text, actor=app_ctx.settings.user, subject=subject)
        except WorkflowError as e:
            raise _fail(e) from e
        _report(d)


@drafts_app.command("approve")
def approve_cmd(ctx: typer.Context, draft_id: int) -> None:
    """Approve as the acting user (LEXDESK_USER); not the author (four eyes)."""
    app_ctx: AppContext = ctx.obj
    with app_ctx.session() as session:
        try:
            d = approve(session, _draft(session, draft_id), actor=app_ctx.settings.user)
        except WorkflowError as e:
            raise _fail(e) from e
        _report(d)


@drafts_app.command("send")
def send_cmd(
    ctx: typer.Context,
    draft_id: int,
    out_file: Annotated[Path | None, typer.Option("--out", help="write what goes out: .eml, .docx or .txt")] = None,
) -> None:
    """Mark an approved draft sent; the deadline it answers is met."""
    app_ctx: AppContext = ctx.obj
    with app_ctx.session() as session:
        try:
            d = send(session, _draft(session, draft_id), actor=app_ctx.settings.user)
        except WorkflowError as e:
            raise _fail(e) from e
        _report(d)
        if out_file:
            write_draft(session, d, out_file, profile=_profile(app_ctx))
            out.print(f"written to {out_file}")


@drafts_app.command("discard")
def discard_cmd(
    ctx: typer.Context, draft_id: int, why: Annotated[str, typer.Option(help="the reason")] = ""
) -> None:
    app_ctx: AppContext = ctx.obj
    with app_ctx.session() as session:
        try:
            d = discard(session, _draft(session, draft_id), actor=app_ctx.settings.user, why=why)
        except WorkflowError as e:
            raise _fail(e) from e
        _report(d)


@drafts_app.command("export")
def export_cmd(
    ctx: typer.Context,
    draft_id: int,
    out_file: Annotated[Path, typer.Option("--out", help=".docx, .eml or .txt")],
) -> None:
    """Write a draft's current text as a letter, an email reply or plain text."""
    app_ctx: AppContext = ctx.obj
    with app_ctx.session() as session:
        write_draft(session, _draft(session, draft_id), out_file, profile=_profile(app_ctx))
        out.print(f"written to {out_file}")


@drafts_app.command("sor")
def sor_cmd(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="the case whose cited content was restricted")],
    out_dir: Annotated[Path, typer.Option("--out", help="folder for the JSON batches")],
    explanation: Annotated[str, typer.Option(help="why the content is illegal / incompatible")],
    content_date: Annotated[str | None, typer.Option(help="when the content was posted (YYYY-MM-DD)")] = None,
    application_date: Annotated[str | None, typer.Option(help="when the decision took effect")] = None,
    ground: Annotated[str | None, typer.Option(help="DECISION_GROUND_... (default: from the legal bases)")] = None,
    legal_ground: Annotated[str | None, typer.Option(help="the law or contractual ground relied on")] = None,
    category: Annotated[str | None, typer.Option(help="STATEMENT_CATEGORY_...")] = None,
    keyword: Annotated[list[str] | None, typer.Option(help="KEYWORD_... (repeatable)")] = None,
    visibility: Annotated[list[str] | None, typer.Option(help="DECISION_VISIBILITY_... (repeatable)")] = None,
    source_type: Annotated[str | None, typer.Option(help="SOURCE_ARTICLE_16, SOURCE_TRUSTED_FLAGGER, ...")] = None,
    facts: Annotated[str | None, typer.Option(help="decision facts (default: written from the case)")] = None,
) -> None:
    """DSA Art. 17 statements of reasons for the case's cited content, validated, in batches of 100."""
    app_ctx: AppContext = ctx.obj
    with app_ctx.session() as session:
        case = _case(session, ref)
        values = sor.case_values(session, case)
        base = sor.suggest_decision(values["legal_bases"], values["kind"], explanation)
        decision = sor.Decision(
            ground=ground or base.ground, legal_ground=legal_ground or base.legal_ground, explanation=explanation,
            category=category or base.category, keywords=tuple(keyword or base.keywords),
            visibility=tuple(visibility or base.visibility), source_type=source_type or base.source_type,
            content_date=parse_day(content_date), application_date=parse_day(application_date), facts=facts or "",
        )
        statements = sor.build_statements(session, case, decision)
        if not statements:
            raise _fail(ValueError(f"case {case.ref} cites no content: no statement to make"))
        try:
            paths = sor.export(statements, out_dir, prefix=case.ref, names=values["names"])
        except sor.SorValidationError as e:
            raise _fail(e) from e
        session.add(AuditEvent(actor=app_ctx.settings.user, action="sor.exported", case_id=case.id,
                               detail={"files": [p.name for p in paths], "puids": [s["puid"] for s in statements]}))
        session.commit()
        out.print(json.dumps({"statements": len(statements), "files": [str(p) for p in paths]}))
