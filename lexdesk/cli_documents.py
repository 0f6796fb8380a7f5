"""`lexdesk ingest`, `extract`, `export`, `failed`, `retry`, `triage` and `documents correct`: documents in,
out, the ones the machine could not read (well enough), and a person's corrections."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from cases import commands, intake, views
from cases.vocab import IngestStatus, ReceivedFrom
from ingest.names import safe_filename
from jobs import enqueue
from lexdesk.cli_worker import queued_summary
from lexdesk.ui import LazyConsole, app_context, console, data, line, parse_day

top_level = typer.Typer()  # commands that lexdesk.cli lists at the top level
documents_app = typer.Typer(help="Documents: correct what the machine read.", no_args_is_help=True)
triage_app = typer.Typer(help="Documents waiting for a person before they count as work.",
                         invoke_without_command=True)
err = LazyConsole(stderr=True)


@top_level.command("ingest")
def ingest_cmd(
    ctx: typer.Context,
    paths: Annotated[list[Path] | None, typer.Argument(help="files or folders")] = None,
    received: Annotated[str | None, typer.Option(
        help="the day these arrived (YYYY-MM-DD): for a file named here it wins over an email's own Date "
             "header; for a folder it is the day of the files in it that carry no date of their own")] = None,
    manifest: Annotated[Path | None, typer.Option(
        help="CSV with columns path,received, in arrival order (each row's date is that file's)")] = None,
    queue: Annotated[bool, typer.Option(
        "--queue", help="keep each original and queue it for `lexdesk worker` instead of filing it here "
                        "(PostgreSQL only)")] = False,
) -> None:
    """Keep, read, extract and file letters and emails. Exit status: the number of files that failed."""
    app = app_context(ctx)
    day = parse_day(received, "--received")
    jobs = intake.jobs_from_manifest(manifest) if manifest else []
    jobs += intake.jobs_from_paths(paths or [], day, skip=app.own_files())
    if not jobs:
        raise typer.BadParameter("nothing to ingest: give files, folders or --manifest", param_hint="PATHS")
    if queue:
        raise typer.Exit(min(queued_summary(enqueue.queue_files(app.desk(), jobs, actor=app.config.user)), 100))
    outcomes: list[intake.Outcome] = []
    bar = console(stderr=True)
    with app.db.session() as session, Progress(
        TextColumn("{task.description}", markup=False), BarColumn(), MofNCompleteColumn(),
        TimeRemainingColumn(), console=bar, transient=True, disable=not bar.is_terminal,
    ) as progress:
        task = progress.add_task("ingesting", total=len(jobs))
        for job in jobs:
            progress.update(task, description=f"ingesting {job.path.name}")
            outcomes.append(intake.file_path(session, job, app.config.cases, actor=app.config.user))
            progress.advance(task)
    failed = _summary(outcomes)
    raise typer.Exit(min(failed, 100))


def _received(o: intake.Outcome) -> str:
    if o.received is None:
        return ""
    source = ReceivedFrom(o.received_from).label if o.received_from else ""
    return f" received {o.received.isoformat()}" + (f" ({source})" if source else "")


def _summary(outcomes: list[intake.Outcome]) -> int:
    out = console()
    counts = Counter(o.status for o in outcomes)
    for o in outcomes:
        name = safe_filename(o.path.name)  # a file's name is data: no escapes, no reversed text
        if o.status == IngestStatus.filed:
            extra = f" (+{o.attachments} attachment{'s' * (o.attachments != 1)})" if o.attachments else ""
            out.print(line("filed     ", name, extra, " → ", ", ".join(o.case_refs) or "-", _received(o),
                           (" (failed before: read again)", "cyan") if o.retried else "",
                           (f" triage: {o.triage}", "yellow") if o.triage else "",
                           (f" {o.reason}", "yellow") if o.reason else ""), soft_wrap=True)
        elif o.status == IngestStatus.duplicate:
            out.print(line("duplicate ", name, ": ", o.reason or ""), soft_wrap=True)
        else:
            out.print(line(("failed", "red"), "    ", name, ": ", o.reason or ""), soft_wrap=True)
    docs = sum(o.documents for o in outcomes)
    cases = {r for o in outcomes for r in o.case_refs}
    triaged = sum(1 for o in outcomes if o.triage)
    out.print(
        f"{len(outcomes)} files: {counts[IngestStatus.filed]} filed ({docs} documents, {len(cases)} cases"
        f"{f', {triaged} waiting in triage' if triaged else ''}), "
        f"{counts[IngestStatus.duplicate]} duplicates skipped, {counts[IngestStatus.failed]} failed"
        + (" (lexdesk failed lists them)" if counts[IngestStatus.failed] else "")
    )
    return counts[IngestStatus.failed]


@top_level.command("extract")
def extract_cmd(
    ctx: typer.Context,
    files: Annotated[list[Path], typer.Argument(help="files to read")],
    received: Annotated[str | None, typer.Option(help="the day these arrived (YYYY-MM-DD)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object per document")] = False,
) -> None:
    """Extract without a database: every document found (an email and each attachment). Exit
    status: the number of files that could not be read."""
    cfg = app_context(ctx).config.cases
    day = parse_day(received, "--received")
    if any(f.is_dir() for f in intake.require(files)):
        raise typer.BadParameter("extract reads files; for a folder use lexdesk ingest", param_hint="FILES")
    out = console()
    unreadable: list[str] = []
    for path in files:
        analysed = intake.analyse_file(path, cfg, day)
        if not analysed[0].parsed.ok:
            unreadable.append(f"{path.name}: {analysed[0].parsed.error}")
        for a in analysed:
            row = a.as_json(path.name)
            if as_json:
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                out.rule(data(f"{path.name}{' / ' + a.part if a.part else ''}"))
                for k, v in row.items():
                    if k != "evidence" and v not in (None, [], ""):
                        out.print(line((f"{k}", "bold"), ": ", str(v)), soft_wrap=True)
    if unreadable:
        # each one's row is printed with its error; the reasons once more where a person looks for them
        err.print(data("could not read " + "; ".join(unreadable), "red"), soft_wrap=True)
        raise typer.Exit(min(len(unreadable), 100))


@top_level.command("export")
def export_cmd(
    ctx: typer.Context,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="one JSON object per line (the only format)")] = True,
) -> None:
    """Every document with its fields and the ref of its case, as JSON lines."""
    app = app_context(ctx)
    with app.db.session() as session:
        for row in views.export_rows(session):
            sys.stdout.write(json.dumps(row.as_json(), ensure_ascii=False) + "\n")


@top_level.command("failed")
def failed_cmd(
    ctx: typer.Context,
    retry: Annotated[int | None, typer.Option(help="read this failed document's kept original again")] = None,
) -> None:
    """Documents that could not be read: why, where the original is kept, and how to try again."""
    app = app_context(ctx)
    out = console()
    with app.db.session() as session:
        if retry is not None:
            o = intake.retry(session, retry, app.config.cases, actor=app.config.user)
            _summary([o])
            raise typer.Exit(1 if o.status == IngestStatus.failed else 0)
        rows = intake.failed(session, app.config.cases)
    if not rows:
        out.print("no failed documents")
        return
    t = Table("id", "received", "file", "reason", "original", "to retry")
    for r in rows:
        t.add_row(str(r.id), str(r.received or "-"), data(f"{r.file}{' / ' + r.part if r.part else ''}"),
                  data(r.reason, "red"), data(r.original), data(r.retry))
    out.print(t)


@top_level.command("retry")
def retry_cmd(
    ctx: typer.Context,
    ids: Annotated[list[int] | None, typer.Argument(help="failed documents (lexdesk failed lists them); none: all")]
    = None,
) -> None:
    """Read failed documents' kept originals again and file them (after the cause is fixed). Exit
    status: the number that failed again."""
    app = app_context(ctx)
    with app.db.session() as session:
        outcomes = intake.retry_failed(session, app.config.cases, ids or None, actor=app.config.user)
    if not outcomes:
        console().print("no failed documents to retry")
        return
    failures = _summary(outcomes)
    if failures:
        raise typer.Exit(min(failures, 100))


@triage_app.callback()
def triage_cmd(ctx: typer.Context) -> None:
    """Documents waiting for a person (too little text, no kind recognised, a poor scan); accept or
    dismiss each."""
    if ctx.invoked_subcommand is not None:
        return
    app = app_context(ctx)
    with app.db.session() as session:
        rows = views.triage_queue(session)
    out = console()
    if not rows:
        out.print("nothing waits in triage")
        return
    t = Table("document", "case", "received", "file", "kind guessed", "why")
    for r in rows:
        t.add_row(str(r.document_id), r.case_ref or "-", str(r.received or "-"), data(r.file), data(r.kind),
                  data(r.reasons, "yellow"))
    out.print(t)
    out.print("lexdesk triage accept ID (it is work) | lexdesk triage dismiss ID --why ... (it is not)")


@triage_app.command("accept")
def triage_accept(ctx: typer.Context, document: int,
                  why: Annotated[str, typer.Option(help="why (kept in the audit trail)")] = "") -> None:
    """It is work: its clocks start, its case leaves triage and is prioritised and assigned."""
    app = app_context(ctx)
    with app.db.session() as session:
        ref = commands.accept_triage(session, document, app.config.cases, actor=app.config.user, why=why)
    console().print(f"document {document} accepted: {ref}")


@triage_app.command("dismiss")
def triage_dismiss(ctx: typer.Context, document: int,
                   why: Annotated[str, typer.Option(help="why it is not legal work (required)")] = "") -> None:
    """It is not legal work: what it set is withdrawn, and a case it alone opened is closed."""
    app = app_context(ctx)
    with app.db.session() as session:
        ref = commands.dismiss_triage(session, document, app.config.cases, actor=app.config.user, why=why)
    console().print(f"document {document} dismissed ({ref})")


@documents_app.command("correct")
def correct_cmd(
    ctx: typer.Context,
    document: Annotated[int, typer.Argument(help="the document's id (lexdesk cases show REF lists them)")],
    field: Annotated[str, typer.Option(help="kind, sender_name, their_reference, deadline, legal_bases, ...")],
    value: Annotated[str, typer.Option(help="the right value; a list: items separated by ';'; empty: none")],
    why: Annotated[str, typer.Option(help="why (kept in the audit trail)")] = "",
) -> None:
    """Correct what the machine read; the correction wins and what depends on it runs again."""
    app = app_context(ctx)
    with app.db.session() as session:
        c = commands.correct_document(session, document, field, value, app.config.cases, actor=app.config.user,
                                      why=why)
    out = console()
    if c.before == c.after:
        out.print(line(f"document {document}: {field} is already ", json.dumps(c.after, ensure_ascii=False)))
        return
    out.print(line(f"document {document} ({c.case_ref or '-'}): {field} ", json.dumps(c.before, ensure_ascii=False),
                   " → ", (json.dumps(c.after, ensure_ascii=False), "bold"),
                   f" (the machine read {json.dumps(c.machine, ensure_ascii=False)})"), soft_wrap=True)
    for r in c.reran:
        out.print(line("  ran again: ", r), soft_wrap=True)
