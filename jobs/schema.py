"""The queue's tables and functions (procrastinate's schema), made on first use like the desk's
own: by the first worker or the first `lexdesk ingest --queue` on a database, once, under an
advisory lock, whatever the number of processes starting at the same moment.

They are kept apart from the desk's Alembic migrations on purpose: they are procrastinate's, and
move with its version (pinned in pyproject.toml to a minor version whose schema this makes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cases.errors import Invalid

if TYPE_CHECKING:
    from psycopg import Connection

SCHEMA_LOCK_KEY = 0x1E8D_E5C1  # PostgreSQL advisory lock number: "lexdesk job queue schema"


def ensure_schema(conninfo: str) -> None:
    """Make procrastinate's schema in the database unless it is there."""
    # psycopg and procrastinate are the `postgres` extra (see jobs.app): imported where the queue is used
    try:
        import psycopg
        from procrastinate.schema import SchemaManager
    except ImportError as e:
        raise Invalid("the job queue needs procrastinate: pip install 'lexdesk[postgres]' "
                      "(scripts/setup.sh installs it)") from e
    try:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            if _present(conn):
                return  # the usual case, without taking the lock
            conn.execute("SELECT pg_advisory_lock(%s)", (SCHEMA_LOCK_KEY,))
            try:
                if not _present(conn):  # else another process made it while this one waited
                    with conn.transaction():
                        conn.execute(SchemaManager.get_schema())
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (SCHEMA_LOCK_KEY,))
    except psycopg.OperationalError as e:
        raise Invalid(f"cannot reach the job queue's database: {' '.join(str(e).split())}") from e


def _present(conn: Connection[Any]) -> bool:
    row = conn.execute("SELECT to_regclass('procrastinate_jobs') IS NOT NULL").fetchone()
    return bool(row and row[0])
