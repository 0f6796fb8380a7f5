"""Engine and session: SQLite file by default, any SQLAlchemy URL (PostgreSQL) when given."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, create_engine

from cases import models  # noqa: F401 - registers the tables on SQLModel.metadata


def database_url(db: str | Path) -> str:
    s = str(db)
    return s if "://" in s else f"sqlite:///{Path(s).resolve()}"


def make_engine(db: str | Path) -> Engine:
    url = database_url(db)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(conn, _record) -> None:  # noqa: ANN001
            # WAL lets a reader (the web app) work while a batch files; foreign keys are off by default.
            cur = conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def init_db(engine: Engine) -> None:
    SQLModel.metadata.create_all(engine)


def session(engine: Engine) -> Session:
    return Session(engine, expire_on_commit=False)
