"""Work on one file bounded from outside it: a worker process with a time budget per file (and
an address space limit), killed and replaced when it overruns.

Python cannot stop a regular expression, a C library or OCR part-way from inside; a process can
be killed. The worker forks from the caller, which has the readers imported, and stays for the
next file, so the caches it builds (sentence pipelines, compiled patterns) serve the whole batch:
a file costs a round trip, not an interpreter start.
"""

from __future__ import annotations

import atexit
import multiprocessing
import multiprocessing.pool
import resource
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
MB = 1024 * 1024

# Forked from the caller (a fork server would run the caller's main module again in each worker).
_CTX = multiprocessing.get_context("fork")
_pools: dict[int | None, multiprocessing.pool.Pool] = {}  # one worker per memory limit asked for


class Overrun(Exception):
    """The work took longer than its budget, or needed more memory than it may have."""


def run_bounded(fn: Callable[..., T], args: tuple[Any, ...], *, seconds: float, memory_mb: int | None = None) -> T:
    """`fn(*args)` in the worker process: its result, its exception raised again here, or Overrun
    (the worker killed, a fresh one made for the next call)."""
    pool = _pools.get(memory_mb)
    if pool is None:
        pool = _pools[memory_mb] = _CTX.Pool(1, initializer=_limit_memory, initargs=(memory_mb,))
    pending = pool.apply_async(_call, (fn, args, memory_mb))
    try:
        ok, value = pending.get(seconds)
    except multiprocessing.TimeoutError:
        discard(memory_mb)
        raise Overrun(f"took longer than the {seconds:g} s allowed for one file (stopped)") from None
    if ok:
        return value
    raise value


def discard(memory_mb: int | None = None) -> None:
    """Kill the worker (it overran, or the caller is done with it)."""
    pool = _pools.pop(memory_mb, None)
    if pool is not None:
        pool.terminate()
        pool.join()


@atexit.register
def _discard_all() -> None:
    # before the interpreter tears its modules down, or the pools' finalizers complain at exit
    for memory_mb in list(_pools):
        discard(memory_mb)


def _limit_memory(memory_mb: int | None) -> None:
    if memory_mb:
        # the address space, inherited by what the worker starts (Tesseract) too
        limit = memory_mb * MB
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _call(fn: Callable[..., Any], args: tuple[Any, ...], memory_mb: int | None) -> tuple[bool, Any]:
    try:
        return True, fn(*args)
    except MemoryError:
        return False, Overrun(f"reading needed more than the {memory_mb} MB memory limit")
    except Exception as e:  # handed to the caller, who records it as the file's failure
        return False, e
