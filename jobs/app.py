"""The job queue: a procrastinate App on the desk's own PostgreSQL database, and its tasks.

The tasks are thin: each takes its arguments from the queue and calls one function of jobs.work
(which calls one service). They are defined inside `build_app`, over the `Desk` it is given, so
that no task reaches for a configuration or a database of its own (there is no module-level app).

- `lexdesk.file`: file one queued file (its original kept before it was queued); retried
  LEXDESK_JOB_RETRIES times when it raises, then recorded as a failed document with the reason.
- `lexdesk.retry`: read a failed document again (`lexdesk retry`, queued).
- `lexdesk.tick` (every LEXDESK_TICK_SECONDS) and `lexdesk.mail` (every LEXDESK_MAIL_POLL_SECONDS,
  where a mailbox is configured): scheduled, once per period whatever the number of workers;
  not retried, the next period is the retry.
- `lexdesk.recover` (every LEXDESK_WORKER_STALLED_SECONDS): the jobs of a worker that stopped
  sending its heartbeat (killed, its machine gone) are run again, or, past the retries, given up
  as failed; procrastinate finds them (`get_stalled_jobs`), and leaves the deciding to the app.

No per-job time limit is asked of procrastinate: it has none that can stop a running sync task
(a thread cannot be killed). The time and memory a file may cost are bounded where the work is,
by the intake's per-file budget (LEXDESK_FILE_SECONDS, LEXDESK_FILE_MEMORY_MB: cases.bounded
reads each file in a child process that is killed when it overruns).
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

from cases.errors import DeskError, Invalid
from jobs.config import cron_every
from jobs.desk import Desk
from jobs.work import QueuedFile, fetch_mail, file_queued, final, give_up, retry_document, tick

if TYPE_CHECKING:
    from procrastinate import App, JobContext
    from procrastinate.jobs import Job

log = logging.getLogger(__name__)

FILE = "lexdesk.file"
RETRY = "lexdesk.retry"
TICK = "lexdesk.tick"
MAIL = "lexdesk.mail"
RECOVER = "lexdesk.recover"
SCHEDULED = (TICK, MAIL, RECOVER)


def build_app(desk: Desk) -> App:
    """The queue's App with lexdesk's tasks, on the database the desk's settings name (PostgreSQL
    only: on the embedded SQLite default, the one-line refusal)."""
    conninfo = desk.jobs.require()
    # procrastinate (with psycopg) is the optional `postgres` extra and takes ~0.2 s to import:
    # loaded here, where a queue is used, so that the commands without one neither need nor pay it.
    try:
        import procrastinate
        from procrastinate.exceptions import ProcrastinateException
        from procrastinate.jobs import Status
    except ImportError as e:
        raise Invalid("the job queue needs procrastinate: pip install 'lexdesk[postgres]' "
                      "(scripts/setup.sh installs it)") from e

    app = procrastinate.App(connector=procrastinate.PsycopgConnector(conninfo=conninfo))
    retries = procrastinate.RetryStrategy(max_attempts=desk.jobs.retries, wait=desk.jobs.retry_seconds,
                                          linear_wait=desk.jobs.retry_seconds)

    @app.task(name=FILE, pass_context=True, retry=retries)
    def file_task(context: JobContext, sha256: str, original: str, filename: str, received: str | None,
                  received_from: str | None, actor: str) -> None:
        queued = QueuedFile(sha256, original, filename, received, received_from, actor)
        file_queued(desk, queued, context.job.attempts)

    @app.task(name=RETRY, retry=retries)
    def retry_task(document_id: int, actor: str) -> None:
        try:
            retry_document(desk, document_id, actor)
        except DeskError as e:  # not a failed file (any more): nothing a retry of the job could change
            log.warning("retry of document %s: %s", document_id, e)

    if desk.jobs.tick_seconds:
        @app.periodic(cron=cron_every(desk.jobs.tick_seconds, "LEXDESK_TICK_SECONDS"))
        @app.task(name=TICK, queueing_lock=TICK)
        def tick_task(timestamp: int) -> None:
            tick(desk)

    if desk.mail.imap is not None:
        @app.periodic(cron=cron_every(desk.mail.poll_seconds, "LEXDESK_MAIL_POLL_SECONDS"))
        @app.task(name=MAIL, queueing_lock=MAIL)
        def mail_task(timestamp: int) -> None:
            fetch_mail(desk)

    @app.periodic(cron=cron_every(desk.jobs.stalled_seconds, "LEXDESK_WORKER_STALLED_SECONDS"))
    @app.task(name=RECOVER, queueing_lock=RECOVER, pass_context=True)
    async def recover_task(context: JobContext, timestamp: int) -> None:
        # One pass waits at a time (the queueing lock); two could run together only if one outlasted
        # a period, and a job then run twice is still filed once (the originals' unique index).
        manager = context.app.job_manager
        for job in await manager.get_stalled_jobs(seconds_since_heartbeat=desk.jobs.stalled_seconds):
            if job.id == context.job.id:
                continue
            try:
                if job.task_name in SCHEDULED or final(job.attempts, desk.jobs.retries):
                    await manager.finish_job(job, status=Status.FAILED, delete_job=False)
                    if job.task_name == FILE:
                        await asyncio.to_thread(_gave_up_on_stalled, desk, job)
                else:
                    await manager.retry_job(job)
                    log.warning("job %s (%s) of a worker that stopped: run again", job.id, job.task_name)
            except ProcrastinateException as e:
                # another recovery took it first, or it ended as we looked: nothing left to do
                log.info("stalled job %s: %s", job.id, e)

    return app


def defer_once(app: App, task: str, lock: str, **args: Any) -> int | None:
    """Queue a job unless a job with the same `lock` is waiting in the queue (procrastinate's
    queueing lock; the same lock also keeps two of them from running at once): its id, or None."""
    # imported already by build_app, which made `app` (see there why not at the top)
    from procrastinate.exceptions import AlreadyEnqueued

    try:
        return app.tasks[task].configure(lock=lock, queueing_lock=lock).defer(**args)
    except AlreadyEnqueued:
        return None


def _gave_up_on_stalled(desk: Desk, job: Job) -> None:
    """A queued file whose worker stopped in the middle (killed: out of memory, its machine gone)
    on every try: recorded as failed, as one whose job raised on every try is."""
    args: dict[str, Any] = dict(job.task_kwargs)
    try:
        queued = QueuedFile(**args)
    except TypeError:
        log.error("stalled job %s: its arguments are not a queued file's: %s", job.id, args)
        return
    give_up(desk, queued, f"the worker running it stopped (killed?) on each of {job.attempts + 1} tries")
