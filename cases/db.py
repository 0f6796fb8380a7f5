"""Engine and session: SQLite file by default, any SQLAlchemy URL (PostgreSQL) when given."""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, SQLModel, create_engine

from cases import models  # noqa: F401 - registers the tables on SQLModel.metadata
from cases.errors import Invalid

if TYPE_CHECKING:
    from alembic.config import Config


def database_url(db: str | Path) -> str:
    s = str(db)
    return s if "://" in s else f"sqlite:///{Path(s).resolve()}"


def make_engine(db: str | Path) -> Engine:
    url = database_url(db)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(conn: Any, _record: Any) -> None:
            # WAL lets a reader (the web app) work while a batch files; foreign keys are off by default.
            cur = conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


MIGRATIONS = Path(__file__).parent / "migrations"
# The newest migration's revision. A database stamped with it needs nothing, and that is read
# without Alembic, which costs a command's start-up more than the command (tests/cases/test_db.py
# holds this equal to Alembic's head: a new migration moves it).
HEAD = "0005"


def _alembic_config(connection: Connection) -> Config:
    # Alembic is loaded only where the schema is made or upgraded (see HEAD).
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def init_db(engine: Engine) -> None:
    """A new database gets every table at once and is stamped with the newest migration; an
    existing one is upgraded through the migrations (schema changes go through Alembic).

    Several processes may open a new database at the same moment (a batch, the web desk, the
    mail fetcher): one makes the schema while the others wait for it, under a lock that spans
    processes (a lock file beside a SQLite file, an advisory lock on PostgreSQL)."""
    with engine.connect() as conn:
        if _stamped(conn) == HEAD:
            return  # the usual case, without taking any lock or loading Alembic
    # Alembic is loaded only where the schema is made or upgraded (see HEAD).
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config(None)).get_current_head()  # type: ignore[arg-type]
    with _init_lock(engine):
        _init_db(engine, head)


def _stamped(conn: Connection) -> str | None:
    """The revision the database is stamped with (Alembic's one-row version table), or None."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return rows[0] if len(rows) == 1 else None


INIT_LOCK_KEY = 0x1E8D_E5C0  # PostgreSQL advisory lock number: "lexdesk schema"


@contextmanager
def _init_lock(engine: Engine) -> Iterator[None]:
    database = engine.url.database
    if engine.dialect.name == "sqlite" and database and database != ":memory:":
        # "<db>-init.lock": a name `lexdesk ingest .` already knows as the desk's own file
        with open(f"{database}-init.lock", "a+b") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
    elif engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": INIT_LOCK_KEY})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": INIT_LOCK_KEY})
                conn.commit()
    else:
        yield


def _init_db(engine: Engine, head: str | None) -> None:
    # Alembic is loaded only where the schema is made or upgraded (see HEAD).
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    with engine.begin() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        if current == head:
            return  # another process made it while this one waited for the lock
        tables = set(inspect(conn).get_table_names())
        cfg = _alembic_config(conn)
        if current is None and "case" not in tables:
            SQLModel.metadata.create_all(conn)
            command.stamp(cfg, "head")
        elif current is None:
            # made by create_all before migrations existed: its tables are the first revision's
            command.stamp(cfg, "0001")
            command.upgrade(cfg, "head")
        else:
            command.upgrade(cfg, "head")


def session(engine: Engine) -> Session:
    return Session(engine, expire_on_commit=False)


class Database:
    """One database for the life of a process: its engine made (and the schema brought up to
    date) on first use, sessions opened on it. The doors hold this and never a query."""

    def __init__(self, url: str | Path) -> None:
        self.url = str(url)

    @cached_property
    def engine(self) -> Engine:
        engine = make_engine(self.url)
        try:
            init_db(engine)
        except OperationalError as e:
            engine.dispose()
            raise Invalid(f"cannot open the database {self.url}: {e.orig or e}") from e
        return engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as s:
            yield s

    def dispose(self) -> None:
        if "engine" in self.__dict__:
            self.engine.dispose()
