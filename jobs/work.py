"""The work of each job, as plain functions over a `Desk`: each opens a session and calls one
service of the stages, as a command of the command line does. Nothing here knows the queue; the
tasks (jobs.app) hand these the job's arguments and its attempt number.

A queued file's original is kept before its job exists (jobs.enqueue), so a job only ever reads
the store: whatever happens to the worker, the letter is there to be read again."""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from cases import commands, intake
from cases.vocab import ReceivedFrom
from jobs.desk import Desk
from mail import fetch

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class QueuedFile:
    """One queued file: its kept original and what was said about it when it was queued. These
    are the job's arguments, stored as JSON in the queue."""

    sha256: str
    original: str  # relative to the originals folder
    filename: str
    received: str | None  # YYYY-MM-DD: the day given, else the day it was queued
    received_from: str | None  # a ReceivedFrom: how that day was given
    actor: str  # who queued it: the filing's audit events are theirs

    def args(self) -> dict[str, Any]:
        return asdict(self)

    def job(self, *, lenient: bool = False) -> intake.Job:
        """The intake's Job. A malformed date raises (the job is broken: the queue retries it, then
        gives up), except `lenient`ly when recording the failure, which must not fail on it."""
        try:
            day = date.fromisoformat(self.received) if self.received else None
            source = ReceivedFrom(self.received_from) if self.received_from else None
        except ValueError:
            if not lenient:
                raise
            day, source = None, None
        return intake.Job(Path(self.filename), day, source)


def file_queued(desk: Desk, queued: QueuedFile, attempt: int) -> intake.Outcome:
    """File one queued file (attempt 0 is the first try). A bad file is a failed row and a normal
    end (retrying cannot mend it); an exception — the database gone, the originals' folder not
    mounted, a broken job — is raised for the queue to retry, and on the last try the file is
    recorded as failed with the reason first, so that it is listed by `lexdesk failed`."""
    try:
        with desk.db.session() as session:
            outcome = intake.file_kept(session, queued.sha256, queued.original, queued.filename, queued.job(),
                                       desk.cases, actor=queued.actor)
    except Exception as e:
        if final(attempt, desk.jobs.retries):
            give_up(desk, queued, f"the worker gave up after {attempt + 1} tries: {type(e).__name__}: {e}")
        raise
    log.info("%s: %s%s", queued.filename, outcome.status, f" ({outcome.reason})" if outcome.reason else "")
    return outcome


def final(attempt: int, retries: int) -> bool:
    """Whether try number `attempt` (0: the first) is the last the queue gives a job."""
    return attempt >= retries


def give_up(desk: Desk, queued: QueuedFile, reason: str) -> None:
    """The queue is done trying: the file becomes a failed document with the reason (its original
    is kept; `lexdesk retry` reads it again once the cause is mended)."""
    log.error("%s: %s", queued.filename, reason)
    with desk.db.session() as session:
        intake.record_failure(session, queued.sha256, queued.original, queued.filename, reason,
                              queued.job(lenient=True), desk.cases)


def retry_document(desk: Desk, document_id: int, actor: str) -> intake.Outcome:
    """Read a failed document's kept original again (`lexdesk retry`, queued)."""
    with desk.db.session() as session:
        return intake.retry(session, document_id, desk.cases, actor=actor)


def tick(desk: Desk) -> int:
    """The deadline tick: open deadlines past their time become missed. Returns how many."""
    with desk.db.session() as session:
        missed = len(commands.tick(session, desk.cases, actor=desk.actor).missed)
    if missed:
        log.info("deadline tick: %d missed", missed)
    return missed


def fetch_mail(desk: Desk) -> fetch.FetchReport:
    """One fetch of the team's mailbox. A mailbox that cannot be reached is the fetch's recorded
    error (`lexdesk mail status`), not the job's: the next scheduled fetch is the retry."""
    with desk.db.session() as session:
        report = fetch.fetch(session, desk.mail, desk.cases, actor=desk.actor, trigger="schedule")
    if report.error and not report.busy:
        log.warning("mail fetch: %s", report.error)
    elif report.messages:
        log.info("mail fetch: %s", ", ".join(f"{n} {s}" for s, n in sorted(report.counts.items())))
    return report
