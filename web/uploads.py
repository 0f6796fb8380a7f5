"""What the web desk takes in: an upload, and a failed document to read again. Each original is
kept first; then, where the desk has a queue (`lexdesk serve` on PostgreSQL), the file is queued
for `lexdesk worker` as `lexdesk ingest --queue` queues it, else it is read and filed here, in the
request, as `lexdesk ingest` files it. The routes (pages and API) show what became of it."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

from fastapi import UploadFile
from sqlmodel import Session

from cases import intake
from cases.vocab import ReceivedFrom
from jobs import enqueue
from web.config import WebConfig
from web.render import upload_name

# What a queued file shows until a worker files it.
QUEUED = "queued for the workers (job {}): it is filed when one takes it"


def take(s: Session, upload: UploadFile, received: date | None, cfg: WebConfig, *,
         actor: str) -> intake.Outcome | enqueue.Queued:
    """Keep an uploaded file and file it here, or queue it (where the desk has a queue)."""
    with tempfile.TemporaryDirectory(prefix="lexdesk-upload-") as tmp:
        path = Path(tmp) / upload_name(upload.filename)
        with path.open("wb") as fh:
            shutil.copyfileobj(upload.file, fh)
        job = intake.Job(path, received, ReceivedFrom.given if received else None)
        if cfg.queue is not None:
            [queued] = enqueue.queue_files(cfg.queue, [job], actor=actor)
            return queued
        return intake.file_path(s, job, cfg.cases, actor=actor)


def retry(s: Session, document_id: int, cfg: WebConfig, *, actor: str) -> intake.Outcome | int:
    """Read a failed document again here (its outcome), or queue it for the workers (the job's id)."""
    if cfg.queue is not None:
        return enqueue.queue_retry(cfg.queue, document_id, actor=actor)
    return intake.retry(s, document_id, cfg.cases, actor=actor)


def queued_reason(q: enqueue.Queued) -> str | None:
    """What a queued file's outcome says: its job, or why it was not queued."""
    return QUEUED.format(q.job_id) if q.status == enqueue.QueueStatus.queued else q.reason
