"""`lexdesk ingest`, `lexdesk extract`, `lexdesk export`: documents in and out."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from lexdesk.cli import app, console, parse_day
from lexdesk.context import AppContext
from lexdesk.pipeline import Job, Outcome, Pipeline, export_rows, jobs_from_manifest, jobs_from_paths, row_for

err = console(stderr=True)


@app.command("ingest")
def ingest_cmd(
    ctx: typer.Context,
    paths: Annotated[list[Path] | None, typer.Argument(help="files or folders")] = None,
    received: Annotated[str | None, typer.Option(help="the day these arrived (YYYY-MM-DD)")] = None,
    manifest: Annotated[Path | None, typer.Option(help="CSV with columns path,received, in arrival order")] = None,
) -> None:
    """Keep, read, extract and file letters and emails. Exit status: the number of files that failed."""
    app_ctx: AppContext = ctx.obj
    if manifest:
        try:
            jobs = jobs_from_manifest(manifest)
        except (OSError, ValueError) as e:
            raise typer.BadParameter(str(e)) from e
    else:
        jobs = []
    jobs += jobs_from_paths(paths or [], parse_day(received))
    if not jobs:
        raise typer.BadParameter("nothing to ingest: give files, folders or --manifest")
    pipeline = Pipeline(app_ctx.settings)
    outcomes: list[Outcome] = []
    with app_ctx.session() as session, Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeRemainingColumn(), console=err, transient=True, disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("ingesting", total=len(jobs))
        for job in jobs:
            progress.update(task, description=f"ingesting {job.path.name}")
            outcomes.append(_ingest_one(pipeline, session, job))
            progress.advance(task)
    failed = _summary(outcomes)
    raise typer.Exit(min(failed, 100))


def _ingest_one(pipeline: Pipeline, session, job: Job) -> Outcome:  # noqa: ANN001
    # A bug on one file must not stop the batch: the original is already kept, the reason recorded.
    try:
        return pipeline.ingest(session, job)
    except Exception as e:  # noqa: BLE001
        session.rollback()
        return Outcome(path=job.path, status="failed", reason=f"internal error: {type(e).__name__}: {e}")


def _summary(outcomes: list[Outcome]) -> int:
    out = console()
    counts = Counter(o.status for o in outcomes)
    for o in outcomes:
        if o.status == "filed":
            extra = f" (+{o.attachments} attachment{'s' * (o.attachments != 1)})" if o.attachments else ""
            warn = f" [yellow]{o.reason}[/]" if o.reason else ""
            out.print(f"filed     {o.path.name}{extra} → {', '.join(o.case_refs) or '-'}{warn}")
        elif o.status == "duplicate":
            out.print(f"duplicate {o.path.name}: {o.reason}")
        else:
            out.print(f"[red]failed[/]    {o.path.name}: {o.reason}")
    docs = sum(o.documents for o in outcomes)
    cases = {r for o in outcomes for r in o.case_refs}
    out.print(
        f"{len(outcomes)} files: {counts['filed']} filed ({docs} documents, {len(cases)} cases), "
        f"{counts['duplicate']} duplicates skipped, {counts['failed']} failed"
    )
    return counts["failed"]


@app.command("extract")
def extract_cmd(
    ctx: typer.Context,
    files: Annotated[list[Path], typer.Argument(help="files to read")],
    received: Annotated[str | None, typer.Option(help="the day these arrived (YYYY-MM-DD)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object per document")] = False,
) -> None:
    """Extract without a database: every document found (an email and each attachment)."""
    pipeline = Pipeline(ctx.obj.settings)
    out = console()
    for path in files:
        for a in pipeline.analyse_file(path, parse_day(received)):
            row = row_for(a, path.name)
            if as_json:
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                out.rule(f"{path.name}{' / ' + a.part if a.part else ''}")
                for k, v in row.items():
                    if k != "evidence" and v not in (None, [], ""):
                        out.print(f"[bold]{k}[/]: {v}")


@app.command("export")
def export_cmd(
    ctx: typer.Context,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="one JSON object per line (the only format)")] = True,
) -> None:
    """Every document with its fields and the ref of its case, as JSON lines."""
    with ctx.obj.session() as session:
        for row in export_rows(session):
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
