"""On the embedded SQLite default there is no queue: `lexdesk worker` and `lexdesk ingest
--queue` refuse in one line (exit 1, no traceback) before touching anything, and files are
filed in-process as always."""

from __future__ import annotations

import subprocess
from pathlib import Path

from jobs.config import NEEDS_POSTGRES
from tests.jobs.conftest import LEXDESK, env_for


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = env_for("desk.db", tmp_path / "originals")
    return subprocess.run([str(LEXDESK), *args], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)


def test_the_worker_refuses_on_sqlite_in_one_line(tmp_path: Path) -> None:
    done = _run(tmp_path, "worker")
    assert done.returncode == 1
    assert done.stderr.strip() == NEEDS_POSTGRES
    assert done.stdout == ""


def test_ingest_queue_refuses_on_sqlite_and_keeps_nothing(tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear Sir,\n\nPlease remove the review within 14 days.\n\nYours faithfully,\nAnn\n")
    done = _run(tmp_path, "ingest", "--queue", str(letter))
    assert done.returncode == 1
    assert done.stderr.strip() == NEEDS_POSTGRES
    assert not (tmp_path / "originals").exists() and not (tmp_path / "desk.db").exists()
    filed = _run(tmp_path, "ingest", str(letter))  # without --queue: in-process, as always
    assert filed.returncode == 0 and "1 filed" in filed.stdout, filed.stdout + filed.stderr
