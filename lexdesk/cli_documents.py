"""`lexdesk ingest`, `lexdesk extract`, `lexdesk export`: documents in and out."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from cases import intake, views
from cases.vocab import IngestStatus
from lexdesk.ui import app_context, console, parse_day

top_level = typer.Typer()  # commands that lexdesk.cli lists at the top level
err = console(stderr=True)


@top_level.command("ingest")
def ingest_cmd(
    ctx: typer.Context,
    paths: Annotated[list[Path] | None, typer.Argument(help="files or folders")] = None,
    received: Annotated[str | None, typer.Option(help="the day these arrived (YYYY-MM-DD)")] = None,
    manifest: Annotated[Path | None, typer.Option(help="CSV with columns path,received, in arrival order")] = None,
) -> None:
    """Keep, read, extract and file letters and emails. Exit status: the number of files that failed."""
    app = app_context(ctx)
    jobs = intake.jobs_from_manifest(manifest) if manifest else []
    jobs += intake.jobs_from_paths(paths or [], parse_day(received))
    if not jobs:
        raise typer.BadParameter("nothing to ingest: give files, folders or --manifest")
    outcomes: list[intake.Outcome] = []
    with app.db.session() as session, Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeRemainingColumn(), console=err, transient=True, disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("ingesting", total=len(jobs))
        for job in jobs:
            progress.update(task, description=f"ingesting {escape(job.path.name)}")
            outcomes.append(intake.file_path(session, job, app.config.cases, actor=app.config.user))
            progress.advance(task)
    failed = _summary(outcomes)
    raise typer.Exit(min(failed, 100))


def _summary(outcomes: list[intake.Outcome]) -> int:
    out = console()
    counts = Counter(o.status for o in outcomes)
    for o in outcomes:
        name = escape(o.path.name)
        if o.status == IngestStatus.filed:
            extra = f" (+{o.attachments} attachment{'s' * (o.attachments != 1)})" if o.attachments else ""
            warn = f" [yellow]{escape(o.reason)}[/]" if o.reason else ""
            out.print(f"filed     {name}{extra} → {', '.join(o.case_refs) or '-'}{warn}")
        elif o.status == IngestStatus.duplicate:
            out.print(f"duplicate {name}: {escape(o.reason or '')}")
        else:
            out.print(f"[red]failed[/]    {name}: {escape(o.reason or '')}")
    docs = sum(o.documents for o in outcomes)
    cases = {r for o in outcomes for r in o.case_refs}
    out.print(
        f"{len(outcomes)} files: {counts[IngestStatus.filed]} filed ({docs} documents, {len(cases)} cases), "
        f"{counts[IngestStatus.duplicate]} duplicates skipped, {counts[IngestStatus.failed]} failed"
    )
    return counts[IngestStatus.failed]


@top_level.command("extract")
def extract_cmd(
    ctx: typer.Context,
    files: Annotated[list[Path], typer.Argument(help="files to read")],
    received: Annotated[str | None, typer.Option(help="the day these arrived (YYYY-MM-DD)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object per document")] = False,
) -> None:
    """Extract without a database: every document found (an email and each attachment)."""
    cfg = app_context(ctx).config.cases
    out = console()
    for path in files:
        for a in intake.analyse_file(path, cfg, parse_day(received)):
            row = a.as_json(path.name)
            if as_json:
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                out.rule(escape(f"{path.name}{' / ' + a.part if a.part else ''}"))
                for k, v in row.items():
                    if k != "evidence" and v not in (None, [], ""):
                        out.print(f"[bold]{k}[/]: {escape(str(v))}")


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
