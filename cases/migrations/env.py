"""Alembic environment for lexdesk's tables (cases.models on SQLModel.metadata).

`cases.db.init_db` runs it programmatically with an open connection; the `alembic` command line
works too (`alembic -c cases/migrations/alembic.ini -x db=lexdesk.db upgrade head`).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from cases import models  # noqa: F401 - registers the tables
from cases.db import database_url
from mail import models as mail_models  # noqa: F401 - the mail stage's tables (migration 0004) live here too

config = context.config
target_metadata = SQLModel.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("db") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("say which database: -x db=PATH_OR_URL")
    if context.is_offline_mode():
        context.configure(url=database_url(url), target_metadata=target_metadata, literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(database_url(url))
    with engine.begin() as conn:
        _run(conn)


run()
