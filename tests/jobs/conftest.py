"""The job queue's tests: real `lexdesk worker` processes against a real PostgreSQL server (a
database of their own on the server of ./scripts/test-postgres.sh, named by
LEXDESK_TEST_DATABASE_URL); skipped, saying why, where there is none."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import TEST_DATABASE_URL, database_for

LEXDESK = Path(sys.executable).parent / "lexdesk"
needs_postgres = pytest.mark.skipif(
    not TEST_DATABASE_URL,
    reason="the job queue lives in PostgreSQL: run under ./scripts/test-postgres.sh (LEXDESK_TEST_DATABASE_URL unset)")

# How the workers of these tests are set: two retries, at once; a worker silent for 2 s is dead.
RETRIES = 2
QUEUE_ENV = {"LEXDESK_JOB_RETRIES": str(RETRIES), "LEXDESK_JOB_RETRY_SECONDS": "0",
             "LEXDESK_WORKER_STALLED_SECONDS": "2", "LEXDESK_USER": "intake"}


@pytest.fixture
def pg(tmp_path: Path) -> Iterator[str]:
    """A fresh database on the test server, for the desk and its queue."""
    with database_for(tmp_path / "desk.db") as url:
        yield url


def env_for(db: str, originals: Path, **over: str) -> dict[str, str]:
    """The environment of a lexdesk process: this database, these originals, the queue's settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LEXDESK_", "DATABASE_URL"))}
    env.update(DATABASE_URL=db, LEXDESK_ORIGINALS_DIR=str(originals), **QUEUE_ENV, **over)
    return env


class Workers:
    """`lexdesk -v worker` processes, each logging to a file of its own; all stopped at the end."""

    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.folder, self.env = folder, env
        self.procs: list[subprocess.Popen[bytes]] = []

    def start(self, *args: str) -> subprocess.Popen[bytes]:
        n = len(self.procs)
        log = (self.folder / f"worker-{n}.log").open("wb")
        proc = subprocess.Popen([str(LEXDESK), "-v", "worker", *args], env=self.env, cwd=self.folder,
                                stdout=log, stderr=subprocess.STDOUT)
        self.procs.append(proc)
        return proc

    def log(self, proc: subprocess.Popen[bytes]) -> str:
        return (self.folder / f"worker-{self.procs.index(proc)}.log").read_text(errors="replace")

    def stop(self) -> None:
        for p in self.procs:
            if p.poll() is None:
                p.terminate()
        for p in self.procs:
            try:
                p.wait(60)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


@pytest.fixture
def workers(tmp_path: Path) -> Iterator[Callable[[dict[str, str]], Workers]]:
    made: list[Workers] = []

    def make(env: dict[str, str]) -> Workers:
        made.append(Workers(tmp_path, env))
        return made[-1]

    yield make
    for w in made:  # before the database is dropped
        w.stop()


class Db:
    """Reading the test's database (the desk's tables and the queue's) from the test process."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine

        self.engine = create_engine(url)

    def rows(self, sql: str, **params: Any) -> list[Any]:
        from sqlalchemy import text
        from sqlalchemy.exc import ProgrammingError

        try:
            with self.engine.connect() as conn:
                return list(conn.execute(text(sql), params).all())
        except ProgrammingError:  # a table not made yet (the first worker makes the queue's)
            return []

    def one(self, sql: str, **params: Any) -> Any:
        got = self.rows(sql, **params)
        return got[0][0] if got else None


@pytest.fixture
def db(pg: str) -> Iterator[Db]:
    d = Db(pg)
    yield d
    d.engine.dispose()
