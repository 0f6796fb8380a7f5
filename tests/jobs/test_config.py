"""The queue's configuration: read in lexdesk.settings only, from DATABASE_URL and LEXDESK_*."""

from __future__ import annotations

import pytest

from cases.errors import Invalid
from jobs.config import JobsConfig, conninfo_of, cron_every
from lexdesk.settings import load_config, read_settings


def test_the_queue_connects_where_the_desk_does() -> None:
    assert conninfo_of("postgresql+psycopg://lex:s%40cret@db.internal:5433/lexdesk?sslmode=require") == \
        "postgresql://lex:s%40cret@db.internal:5433/lexdesk?sslmode=require"
    assert conninfo_of("postgresql://db.internal/lexdesk") == "postgresql://db.internal/lexdesk"
    assert conninfo_of("lexdesk.db") is None and conninfo_of("sqlite:///tmp/x.db") is None


def test_no_queue_on_sqlite() -> None:
    with pytest.raises(Invalid, match="the embedded default files in-process"):
        JobsConfig().require()


def test_the_settings_build_the_queue_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEXDESK_JOB_RETRIES", "5")
    monkeypatch.setenv("LEXDESK_WORKER_STALLED_SECONDS", "20")
    cfg = load_config(read_settings(database_url="postgresql+psycopg://db.internal/lexdesk")).jobs
    assert (cfg.conninfo, cfg.retries, cfg.stalled_seconds) == ("postgresql://db.internal/lexdesk", 5, 20)
    monkeypatch.setenv("LEXDESK_JOB_RETRIES", "-1")
    with pytest.raises(Invalid, match="job_retries"):
        read_settings()


def test_periods_become_clock_schedules() -> None:
    assert cron_every(30, "X") == "* * * * * */30"
    assert cron_every(300, "X") == "*/5 * * * *"
    assert cron_every(7200, "X") == "0 */2 * * *"
    assert cron_every(86400, "X") == "0 0 * * *"
    with pytest.raises(Invalid, match="must divide"):
        cron_every(45 * 60, "LEXDESK_TICK_SECONDS")
