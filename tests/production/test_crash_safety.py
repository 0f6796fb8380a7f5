"""Crash safety: an ingest killed with SIGKILL part-way and run again files every file exactly
once and leaves every original intact (its bytes hash to its name)."""

from __future__ import annotations

import hashlib
import signal
import subprocess
import time
from pathlib import Path

from sqlmodel import Session, col, select

from cases.db import make_engine
from cases.models import Document
from tests.production.test_exactly_once import FILES, LEXDESK, _env, _letters


def test_an_ingest_killed_part_way_and_run_again_files_each_file_once(tmp_path: Path) -> None:
    _letters(tmp_path / "inbox")
    db = str(tmp_path / "desk.db")
    killed = subprocess.Popen([str(LEXDESK), "ingest", str(tmp_path / "inbox")], env=_env(db, tmp_path),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    originals = tmp_path / "originals"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(originals.rglob("*"))) < 20:
        time.sleep(0.05)  # part-way: some files kept, the rest not yet
    killed.send_signal(signal.SIGKILL)
    killed.communicate(timeout=30)
    again = subprocess.run([str(LEXDESK), "ingest", str(tmp_path / "inbox")], env=_env(db, tmp_path),
                           capture_output=True, text=True, timeout=600)
    assert again.returncode == 0 and "Traceback" not in again.stderr, again.stderr
    engine = make_engine(db)
    with Session(engine) as s:
        tops = s.exec(select(Document).where(col(Document.parent_id).is_(None))).all()
    engine.dispose()
    assert len(tops) == FILES and len({d.sha256 for d in tops}) == FILES
    kept = [f for f in originals.rglob("*") if f.is_file() and not f.name.startswith(".tmp-")]
    assert len(kept) == FILES
    for f in kept:
        assert hashlib.sha256(f.read_bytes()).hexdigest() == f.name  # intact: content-addressed
