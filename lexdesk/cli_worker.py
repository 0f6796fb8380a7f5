"""`lexdesk worker` (jobs off the queue: queued files, retries, the mailbox, the deadline tick) and
what `lexdesk ingest --queue` says of the files it queued. PostgreSQL only: on the embedded
SQLite default everything is filed in the process that was asked, and a queue is refused."""

from __future__ import annotations

from collections import Counter
from typing import Annotated

import typer

from ingest.names import safe_filename
from jobs import enqueue, worker
from lexdesk.ui import LazyConsole, app_context, line

top_level = typer.Typer()  # `lexdesk worker`, listed at the top level by lexdesk.cli
out = LazyConsole()


@top_level.command("worker")
def worker_cmd(
    ctx: typer.Context,
    concurrency: Annotated[int, typer.Option(
        min=1, help="worker processes, each filing one file at a time (filing is CPU work: about one per core)")] = 1,
) -> None:
    """Work the job queue until stopped (Ctrl-C or SIGTERM: the job in hand is finished first):
    files queued by `lexdesk ingest --queue`, retries, the mailbox fetch and the deadline tick.
    Needs DATABASE_URL=postgresql+psycopg://…; run as many as you like, on one machine or many."""
    worker.run(app_context(ctx).desk(), processes=concurrency, ready=lambda: out.print(
        f"lexdesk worker: {concurrency} process{'es' * (concurrency != 1)} taking jobs "
        "(Ctrl-C stops after the job in hand)"))


def queued_summary(queued: list[enqueue.Queued]) -> int:
    """One line per file handed to the queue, and a summary; returns how many could not be queued."""
    counts = Counter(q.status for q in queued)
    for q in queued:
        name = safe_filename(q.path.name)  # a file's name is data: no escapes, no reversed text
        if q.status == enqueue.QueueStatus.queued:
            out.print(line("queued    ", name, f" (job {q.job_id})"), soft_wrap=True)
        elif q.status == enqueue.QueueStatus.waiting:
            out.print(line("waiting   ", name, ": ", q.reason or ""), soft_wrap=True)
        else:
            out.print(line(("failed", "red"), "    ", name, ": ", q.reason or ""), soft_wrap=True)
    failed = counts[enqueue.QueueStatus.failed]
    out.print(f"{len(queued)} files: {counts[enqueue.QueueStatus.queued]} queued for the workers (lexdesk worker "
              f"files them; lexdesk failed lists what fails), {counts[enqueue.QueueStatus.waiting]} already waiting, "
              f"{failed} not queued")
    return failed


__all__ = ["queued_summary", "top_level"]
