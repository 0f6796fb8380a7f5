"""Running a job every so often until told to stop: the mailbox fetch and the watched folder, in
a worker's thread or a command's foreground."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from cases.errors import DeskError

log = logging.getLogger(__name__)
MAX_BACKOFF = 8  # after failures in a row the wait grows to at most this many intervals


def every(seconds: float, job: Callable[[], bool], stop: threading.Event, *, name: str) -> None:
    """Run `job` now and then every `seconds` until `stop` is set. `job` returns False when it
    failed (a mailbox that cannot be reached): the wait then doubles, up to MAX_BACKOFF times, so
    a server that is down is not hammered. An exception in `job` is logged, never fatal: the loop
    is the worker's and must outlive one bad pass."""
    failures = 0
    while not stop.is_set():
        try:
            ok = job()
        except DeskError as e:
            log.error("%s: %s", name, e)
            ok = False
        except Exception:
            log.exception("%s failed", name)
            ok = False
        failures = 0 if ok else failures + 1
        stop.wait(seconds * min(2 ** failures, MAX_BACKOFF) if failures else seconds)


def in_background(target: Callable[[threading.Event], None], *, name: str) -> tuple[threading.Thread, threading.Event]:
    """Start `target(stop)` in a daemon thread; set the returned event to stop it."""
    stop = threading.Event()
    thread = threading.Thread(target=target, args=(stop,), name=name, daemon=True)
    thread.start()
    return thread, stop
