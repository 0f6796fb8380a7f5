"""`lexdesk draft REF` and `lexdesk drafts ...`: replies from the team's templates, four eyes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import click
import typer
from rich.table import Table

from cases.errors import Invalid
from cases.vocab import DraftStatus
from lexdesk import cli_mail
from lexdesk.ui import LazyConsole, app_context, data, line, parse_day
from responses import service
from responses.service import DraftView

top_level = typer.Typer()  # commands that lexdesk.cli lists at the top level
drafts_app = typer.Typer(help="Drafts: list, show, edit, approve, send, discard.", no_args_is_help=True)

out = LazyConsole()


def _values(pairs: list[str] | None) -> dict[str, object]:
    """`--set reasons="..."` (repeatable); a value holding ';' becomes a list (enclosures, say)."""
    values: dict[str, object] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip().isidentifier():
            raise typer.BadParameter(f"--set takes NAME=VALUE, not {pair!r}")
        values[key.strip()] = [v.strip() for v in value.split(";") if v.strip()] if ";" in value else value
    return values


def _report(d: DraftView) -> None:
    out.print(f"draft {d.id} (v{d.version}, {d.status}) for {d.case_ref} from template {d.template}")
    if d.unresolved:
        out.print(line(("unresolved placeholders:", "yellow"), " ", ", ".join(d.unresolved)), soft_wrap=True)
    else:
        out.print("no unresolved placeholders")


def _written(path: Path | None, d: DraftView | None = None) -> None:
    if path:
        ready = d is not None and d.status in ("approved", "sent")
        out.print(line("written to ", str(path), "" if ready or d is None else
                       (" (marked DRAFT: not approved, not for sending)", "yellow")), soft_wrap=True)


@top_level.command("draft")
def draft_cmd(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="the case, e.g. CI-2026-0101")],
    template: Annotated[str, typer.Option(help="NAME or KIND/NAME (see `lexdesk drafts templates`)")] = (
        "acknowledgement"
    ),
    out_file: Annotated[Path | None, typer.Option(
        "--out", help="also write it: .docx, .pdf, .eml or .txt (marked DRAFT until approved)")] = None,
    language: Annotated[str | None, typer.Option(
        help="en, de, fr, da (default: the letter's; where it has no template, English to confirm)")] = None,
    document: Annotated[int | None, typer.Option(
        help="the document answered (default: the one holding the open demand)")] = None,
    set_: Annotated[list[str] | None, typer.Option("--set", help="NAME=VALUE a template needs")] = None,
) -> None:
    """Draft the answer to a case from a template; unresolved placeholders are listed."""
    app = app_context(ctx)
    values = _values(set_)
    with app.db.session() as session:
        r = service.draft_reply(session, ref, app.config.responses, author=app.config.user, template=template,
                                language=language, document_id=document, values=values, out=out_file)
    _report(r.draft)
    if r.language_note:
        out.print(data(r.language_note.strip("[]"), "yellow"), soft_wrap=True)
    if r.notice:
        names = ", ".join(r.notice.templates)
        out.print(line((f"the notice lacks {r.notice.lacking} required item(s)", "yellow"),
                       f": the reply that asks for them is --template {names}" if names else ""))
    _written(r.written, r.draft)


@drafts_app.command("templates")
def templates_cmd(
    ctx: typer.Context, kind: Annotated[str | None, typer.Option(help="only this kind")] = None
) -> None:
    """The template library: kind/name, language, output, outcome."""
    rows = service.templates(app_context(ctx).config.responses, kind)
    table = Table("lang", "output", "outcome", "needs")
    table.add_column("template", overflow="fold", min_width=20)
    for t in rows:
        table.add_row(t.language, t.output, t.outcome, ", ".join(t.required), data(t.key))
    out.print(table)


@drafts_app.command("list")
def list_cmd(
    ctx: typer.Context,
    case: Annotated[str | None, typer.Option(help="only this case")] = None,
    status: Annotated[str | None, typer.Option(help=" | ".join(DraftStatus))] = None,
) -> None:
    app = app_context(ctx)
    wanted = service.draft_status(status) if status else None
    with app.db.session() as session:
        rows = service.list_drafts(session, case_ref=case, status=wanted)
    table = Table("id", "case", "template", "status", "v", "author", "approver", "unresolved")
    for d in rows:
        table.add_row(str(d.id), d.case_ref, data(d.template), d.status, str(d.version), data(d.author),
                      data(d.approver), data(", ".join(d.unresolved)))
    out.print(table)


@drafts_app.command("show")
def show_cmd(
    ctx: typer.Context,
    draft_id: int,
    history: Annotated[bool, typer.Option("--history", help="versions and audit events too")] = False,
) -> None:
    app = app_context(ctx)
    with app.db.session() as session:
        detail = service.show_draft(session, draft_id, history=history)
    d = detail.draft
    _report(d)
    if d.subject:
        typer.echo(f"Subject: {d.subject}")
    typer.echo(d.text)  # as written: no markup, no re-wrapping
    for v in detail.versions:
        out.print(line(f"v{v.version} by ", v.author, f" at {v.created_at:%Y-%m-%d %H:%M}"))
    for e in detail.events:
        out.print(line(f"{e.at:%Y-%m-%d %H:%M} ", e.actor, f" {e.action} ", e.why), soft_wrap=True)


@drafts_app.command("edit")
def edit_cmd(
    ctx: typer.Context,
    draft_id: int,
    text_file: Annotated[Path | None, typer.Option("--file", help="the new text (default: open $EDITOR)")] = None,
    subject: Annotated[str | None, typer.Option(help="a new subject line")] = None,
) -> None:
    """A new version of the text, from a file or in $EDITOR (an approved draft goes back to draft)."""
    app = app_context(ctx)
    cfg, actor = app.config.responses, app.config.user
    if text_file is not None:
        try:
            text = text_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise typer.BadParameter(f"cannot read {text_file}: {getattr(e, 'strerror', None) or e}",
                                     param_hint="--file") from e
    with app.db.session() as session:
        if text_file is not None:
            d = service.edit_draft(session, draft_id, text, cfg, actor=actor, subject=subject)
        else:
            r = service.edit_draft_with(session, draft_id, _editor, cfg, actor=actor, subject=subject)
            if not r.changed:
                out.print("unchanged")
                return
            d = r.draft
    _report(d)


def _editor(text: str) -> str | None:
    """The person's $EDITOR (click's); an editor that cannot be started is one line, not a traceback."""
    try:
        return click.edit(text, extension=".txt", require_save=True)
    except click.ClickException as e:
        raise Invalid(f"cannot open an editor ({e.format_message()}): set $EDITOR, or give --file") from e


@drafts_app.command("approve")
def approve_cmd(ctx: typer.Context, draft_id: int) -> None:
    """Approve as the acting user (LEXDESK_USER); not the author (four eyes)."""
    app = app_context(ctx)
    with app.db.session() as session:
        d = service.approve_draft(session, draft_id, app.config.responses, actor=app.config.user)
    _report(d)


@drafts_app.command("send")
def send_cmd(
    ctx: typer.Context,
    draft_id: int,
    out_file: Annotated[Path | None, typer.Option("--out", help="write what goes out: .eml, .docx or .txt")] = None,
) -> None:
    """Send an approved draft: by email in the sender's thread where an outgoing server is
    configured (LEXDESK_SMTP_HOST), else marked sent (write what goes out with --out); either way
    the deadline it answers is met."""
    app = app_context(ctx)
    if app.config.mail.smtp is not None and out_file is None:
        cli_mail.send_cmd(ctx, draft_id, force=False)
        return
    with app.db.session() as session:
        r = service.send_draft(session, draft_id, app.config.responses, actor=app.config.user, out=out_file)
    _report(r.draft)
    _written(r.written, r.draft)


@drafts_app.command("discard")
def discard_cmd(
    ctx: typer.Context, draft_id: int, why: Annotated[str, typer.Option(help="the reason")] = ""
) -> None:
    app = app_context(ctx)
    with app.db.session() as session:
        d = service.discard_draft(session, draft_id, app.config.responses, actor=app.config.user, why=why)
    _report(d)


@drafts_app.command("export")
def export_cmd(
    ctx: typer.Context,
    draft_id: int,
    out_file: Annotated[Path, typer.Option("--out", help=".docx, .pdf, .eml or .txt")],
) -> None:
    """Write a draft as a letter, an email reply or plain text: ready to send once approved,
    marked DRAFT (heading, watermark, no sending headers) before."""
    app = app_context(ctx)
    with app.db.session() as session:
        path = service.export_draft(session, draft_id, out_file, app.config.responses)
        d = service.show_draft(session, draft_id).draft
    _written(path, d)


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
    app = app_context(ctx)
    req = service.SorRequest(
        explanation=explanation, content_date=parse_day(content_date), application_date=parse_day(application_date),
        ground=ground, legal_ground=legal_ground, category=category, keywords=tuple(keyword or ()),
        visibility=tuple(visibility or ()), source_type=source_type, facts=facts,
    )
    with app.db.session() as session:
        r = service.statements_of_reasons(session, ref, req, out_dir, app.config.responses, actor=app.config.user)
    out.print(json.dumps({"statements": r.statements, "files": [str(p) for p in r.files]}))
