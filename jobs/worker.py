"""`lexdesk worker`: take jobs off the queue until stopped (SIGTERM, SIGINT: the job in hand is
finished first).

Concurrency is processes, one job at a time each, not procrastinate's in-process concurrency:
filing is CPU work (parsing, OCR, extraction) that threads would serialise on the GIL, and each
process keeps its own budgeted reader (cases.bounded), which is one child per process. With
`processes` above one, this process forks them and watches: a stop is passed on to each, and one
that dies is replaced (its job, stalled, is run again by `lexdesk.recover`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import sys
import time
from collections.abc import Callable
from types import FrameType
from typing import TYPE_CHECKING

from cases.bounded import discard, run_bounded
from jobs.app import build_app
from jobs.desk import Desk
from jobs.schema import ensure_schema

if TYPE_CHECKING:
    from procrastinate import App

log = logging.getLogger(__name__)

RESTART_PAUSE_MAX = 60.0  # seconds between restarts of a child that keeps dying at once


def run(desk: Desk, *, processes: int = 1, ready: Callable[[], None] | None = None) -> None:
    """Work the queue in `processes` processes until stopped; `ready` is called once everything is
    checked and set up, just before the first job is taken. On the embedded SQLite default, the
    one-line refusal before anything starts."""
    app = build_app(desk)  # the settings checked (the schedules' periods) before anything is touched
    ensure_schema(desk.jobs.require())
    # The desk's own schema made (or upgraded) once, here, before any child exists; the pool's
    # connections are closed before forking, so that no two processes ever share one.
    desk.db.engine  # noqa: B018 - made on first use: this is the use
    desk.db.dispose()
    if ready is not None:
        ready()
    if processes <= 1:
        serve(desk, app)
    else:
        _supervise(desk, app, processes)


def serve(desk: Desk, app: App) -> None:
    """One worker process: one job at a time, until a stop signal."""
    limits = desk.cases.limits
    if limits.max_seconds:
        # The per-file budget's reader is a forked child: fork it now, while this process has one
        # thread, rather than later from the thread a job runs in.
        run_bounded(os.getpid, (), seconds=limits.max_seconds, memory_mb=limits.max_memory_mb)
    name = f"{socket.gethostname()}:{os.getpid()}"
    for logger in ("procrastinate.worker", f"procrastinate.worker.{name}"):  # a filter is not inherited
        logging.getLogger(logger).addFilter(_one_line)
    try:
        stalled = desk.jobs.stalled_seconds
        app.run_worker(name=name, concurrency=1, delete_jobs="successful",
                       update_heartbeat_interval=max(stalled / 3, 0.5), stalled_worker_timeout=stalled)
    finally:
        discard(limits.max_memory_mb)


def _one_line(record: logging.LogRecord) -> bool:
    """A job that failed is one line in the worker's log, its exception's type and message; the
    traceback is kept for -vv, as everywhere in lexdesk."""
    if record.exc_info and record.exc_info[1] and logging.getLogger().getEffectiveLevel() > logging.DEBUG:
        e = record.exc_info[1]
        record.msg, record.args = f"{record.getMessage()}: {type(e).__name__}: {e}", None
        record.exc_info, record.exc_text = None, None
    return True


def _supervise(desk: Desk, app: App, processes: int) -> None:
    children: dict[int, float] = {}  # pid -> when it started
    stopping = False

    def stop(signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        for pid in list(children):  # each finishes its job in hand and stops (signalled twice: at once)
            _signal(pid, signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for _ in range(processes):
        children[_fork(desk, app)] = time.monotonic()
    quick_deaths = 0
    while children:
        pid, status = os.wait()
        started = children.pop(pid, None)
        if started is None or stopping:
            continue
        # one that dies at once again and again (the database down) is restarted ever more slowly
        quick_deaths = quick_deaths + 1 if time.monotonic() - started < 10 else 0
        pause = min(2.0 ** quick_deaths, RESTART_PAUSE_MAX) if quick_deaths else 0.0
        log.warning("worker process %s ended (%s); another in %.0f s", pid, _how(status), pause)
        time.sleep(pause)
        if not stopping:
            children[_fork(desk, app)] = time.monotonic()


def _fork(desk: Desk, app: App) -> int:
    """Start a worker process; returns its pid (in the child: never returns)."""
    pid = os.fork()
    if pid:
        return pid
    code = 0
    try:
        # Its own process group: a Ctrl-C at the terminal reaches the parent only, which passes one
        # stop on to each child.
        os.setpgrp()
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        serve(desk, app)  # the app not opened yet: its connections are the child's own
    except BaseException as e:
        code = 1
        log.error("worker process %s: %s: %s", os.getpid(), type(e).__name__, e)
        log.debug("worker process %s", os.getpid(), exc_info=e)
    finally:
        # never back into the command that forked it (its clean-up is the parent's)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _signal(pid: int, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError):  # it ended as the stop came
        os.kill(pid, signum)


def _how(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"killed by {signal.Signals(os.WTERMSIG(status)).name}"
    return f"exit status {os.WEXITSTATUS(status)}"
