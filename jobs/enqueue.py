"""Putting work on the queue: a file (a path, or an upload's bytes) and a failed document's retry.

A file's original is kept first, in the originals folder every worker reads (content-addressed:
the same bytes once), and only then is its job queued: the job carries the kept original, not the
path it came from, so a worker on another machine can read it, and nothing that happens to the
worker or the queue can lose the letter. The same bytes already waiting in the queue are not
queued twice (procrastinate's queueing lock), nor run by two workers at once (its lock); the
database's unique index on the original's hash keeps each file filed once whatever else happens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from cases import intake
from cases.originals import keep_bytes, keep_file
from cases.vocab import ReceivedFrom
from ingest.names import safe_filename
from jobs.app import FILE, RETRY, build_app, defer_once
from jobs.desk import Desk
from jobs.schema import ensure_schema
from jobs.work import QueuedFile

if TYPE_CHECKING:
    from procrastinate import App


class QueueStatus(StrEnum):
    queued = "queued"
    waiting = "waiting"  # the same bytes are queued already, not yet taken by a worker
    failed = "failed"  # not queued: the file could not be read


@dataclass(frozen=True)
class Queued:
    """What became of one file handed to the queue."""

    path: Path
    status: QueueStatus
    job_id: int | None = None
    reason: str | None = None


def queue_files(desk: Desk, files: Sequence[intake.Job], *, actor: str) -> list[Queued]:
    """Keep each file's original and queue it for the workers (`lexdesk ingest --queue`)."""
    ensure_schema(desk.jobs.require())
    today = desk.cases.clock.today()
    out = []
    with build_app(desk).open() as app:
        for job in files:
            try:
                sha, kept = keep_file(desk.cases.originals, job.path)
            except OSError as e:  # nothing kept, nothing queued: said, and the batch goes on
                out.append(Queued(job.path, QueueStatus.failed, reason=f"cannot read file: {e.strerror or e}"))
                continue
            out.append(_defer(app, _queued(sha, kept, job.path.name, job.received, job.given, today, actor),
                              job.path))
    return out


def queue_bytes(desk: Desk, data: bytes, name: str, *, actor: str, received: date | None = None,
                given: ReceivedFrom | None = None) -> Queued:
    """Keep an upload's bytes and queue them for the workers."""
    ensure_schema(desk.jobs.require())
    sha, kept = keep_bytes(desk.cases.originals, data)
    with build_app(desk).open() as app:
        return _defer(app, _queued(sha, kept, name, received, given, desk.cases.clock.today(), actor), Path(name))


def queue_retry(desk: Desk, document_id: int, *, actor: str) -> int:
    """Queue a failed document to be read again; returns the job's id. A document that cannot be
    read again (none, not failed, an attachment) is the domain error, here, not a job that fails."""
    ensure_schema(desk.jobs.require())
    with desk.db.session() as session:
        intake.retryable(session, document_id)
    with build_app(desk).open() as app:
        return app.tasks[RETRY].defer(document_id=document_id, actor=actor)


def _queued(sha: str, kept: str, name: str, received: date | None, given: ReceivedFrom | None, today: date,
            actor: str) -> QueuedFile:
    # A file queued without a date arrived today, not on the day a worker gets to it: the day of
    # queueing travels with the job, as "today" (an email's own Date header still wins).
    day, source = (received, given) if received else (today, ReceivedFrom.today)
    return QueuedFile(sha256=sha, original=kept, filename=safe_filename(name) or "file", received=day.isoformat(),
                      received_from=str(source) if source else None, actor=actor)


def _defer(app: App, queued: QueuedFile, path: Path) -> Queued:
    job_id = defer_once(app, FILE, f"file:{queued.sha256}", **queued.args())
    if job_id is None:
        return Queued(path, QueueStatus.waiting, reason="the same bytes are queued already")
    return Queued(path, QueueStatus.queued, job_id=job_id)
