"""What the job queue is given: where it lives, how often a job is tried, how soon a dead worker's
job is taken back, how often the scheduled jobs run. Built by `lexdesk.settings` (the one place
that reads the environment) and passed down; nothing here reads the environment."""

from __future__ import annotations

from dataclasses import dataclass

from cases.errors import Invalid

# One line, said wherever a queue is asked for on the embedded database (the command line's refusal).
NEEDS_POSTGRES = ("the embedded default files in-process; workers need "
                  "DATABASE_URL=postgresql+psycopg://…")


@dataclass(frozen=True)
class JobsConfig:
    conninfo: str | None = None  # libpq's form of DATABASE_URL; None: SQLite, no queue
    retries: int = 3  # a job that raises is run again this many times, then recorded as failed
    retry_seconds: int = 10  # the wait before the first retry, growing by as much each time
    stalled_seconds: float = 30  # a worker silent this long is dead: its job is run again
    tick_seconds: int = 900  # the deadline tick's period (0: the worker does not tick)

    def require(self) -> str:
        """The queue's connection string, or the one-line refusal on the embedded database."""
        if self.conninfo is None:
            raise Invalid(NEEDS_POSTGRES)
        return self.conninfo


def conninfo_of(database_url: str) -> str | None:
    """libpq's connection string for a PostgreSQL URL (SQLAlchemy's `postgresql+psycopg://` names
    its driver, which libpq does not read); None for anything else (the SQLite default)."""
    scheme, sep, rest = database_url.partition("://")
    if not sep or scheme.split("+")[0] not in ("postgresql", "postgres"):
        return None
    # the rest (user, %-escaped password, host, port, database, options) is a libpq URI's already
    return f"postgresql://{rest}"


def cron_every(seconds: float, setting: str) -> str:
    """A period as a cron line (procrastinate schedules by the clock, so that workers on several
    machines agree on one run per period): it must divide a minute, an hour or a day."""
    s = int(seconds)
    if s != seconds or s <= 0:
        raise Invalid(f"settings: {setting} is a whole number of seconds above 0 for the worker")
    if s < 60 and 60 % s == 0:
        return f"* * * * * */{s}"  # procrastinate's sixth column: seconds
    if s % 60 == 0 and s < 3600 and 60 % (s // 60) == 0:
        return f"*/{s // 60} * * * *"
    if s % 3600 == 0 and s < 86400 and 24 % (s // 3600) == 0:
        return f"0 */{s // 3600} * * *"
    if s == 86400:
        return "0 0 * * *"
    raise Invalid(f"settings: {setting}={s}: the worker runs it by the clock, so the period must divide a minute, "
                  "an hour or a day (e.g. 30, 300, 900, 3600)")
