"""`lexdesk serve`: a command of the CLI, with a session key made once and kept private."""

from __future__ import annotations

import stat
from pathlib import Path

from lexdesk.cli_serve import _secret
from tests.conftest import lexdesk, ok


def test_serve_is_a_command(db_path: Path) -> None:
    out = ok(lexdesk(db_path, "serve", "--help"))
    assert "--port" in out and "--host" in out
    assert "serve" in ok(lexdesk(db_path, "--help"))


def test_the_session_key_is_made_once_and_kept_private(tmp_path: Path) -> None:
    key = _secret(None, tmp_path / "originals")
    assert len(key) >= 40 and _secret(None, tmp_path / "originals") == key  # a restart logs nobody out
    path = tmp_path / "originals" / ".session-key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert _secret("configured", tmp_path / "originals") == "configured"


def test_serve_queues_only_where_there_is_a_queue(db_path: Path) -> None:
    """On the embedded SQLite default the web desk files in-process; asking it to queue is the
    one-line refusal, before anything starts (on PostgreSQL: tests/jobs/test_web_queue.py)."""
    r = lexdesk(db_path, "serve", "--queue")
    assert r.exit_code == 1
    assert "workers need DATABASE_URL=postgresql+psycopg://" in " ".join(r.output.split())
