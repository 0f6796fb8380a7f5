"""Exactly once by construction: four `lexdesk ingest` processes over the same files on one
SQLite file file each of them once (the database's unique index refuses a second row; the
process that loses the race reports a duplicate, no traceback), and keep each original once;
several processes opening a new database at once all come up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from cases.db import init_db, make_engine
from cases.models import Document
from cases.vocab import DocumentStatus
from tests.conftest import database_for

FILES = 60
PROCESSES = 4
LEXDESK = Path(sys.executable).parent / "lexdesk"


def _letters(folder: Path) -> list[Path]:
    folder.mkdir()
    out = []
    for i in range(FILES):
        p = folder / f"letter-{i:03d}.txt"
        p.write_text(f"Dear Sir or Madam,\n\nWe write about the review number {i} of our client Shop {i} Ltd.\n"
                     f"Please remove it within 14 days.\n\nYours faithfully,\nAlex Writer {i}\n", encoding="utf-8")
        out.append(p)
    return out


def _env(db: str, folder: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LEXDESK_", "DATABASE_URL"))}
    env.update(DATABASE_URL=db, LEXDESK_USER="ingest", LEXDESK_ORIGINALS_DIR=str(folder / "originals"))
    return env


def test_four_processes_over_the_same_files_file_each_once(tmp_path: Path) -> None:
    files = _letters(tmp_path / "inbox")
    with database_for(tmp_path / "desk.db") as db:
        _four_at_once(tmp_path, db, files)


def _four_at_once(tmp_path: Path, db: str, files: list[Path]) -> None:
    # a new database: the four processes race to make its schema too
    procs = [subprocess.Popen([str(LEXDESK), "ingest", str(tmp_path / "inbox")], env=_env(db, tmp_path),
                              cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(PROCESSES)]
    results = [p.communicate(timeout=600) for p in procs]
    for p, (_out, err) in zip(procs, results, strict=True):
        assert "Traceback" not in err, err
        assert p.returncode == 0, err
    said = [line.split()[0] for out, _err in results for line in out.splitlines() if "letter-" in line]
    assert said.count("filed") == FILES and said.count("duplicate") == FILES * (PROCESSES - 1)
    engine = make_engine(db)
    with Session(engine) as s:
        tops = s.exec(select(Document).where(col(Document.parent_id).is_(None))).all()
    engine.dispose()
    assert len(tops) == FILES
    assert all(d.status == DocumentStatus.filed for d in tops)
    assert sorted(d.filename or "" for d in tops) == sorted(f.name for f in files)
    kept = [f for f in (tmp_path / "originals").rglob("*") if f.is_file()]
    assert len(kept) == FILES  # each original kept once, no temporary file left behind
    assert not [f for f in kept if f.name.startswith(".tmp-")]


def test_a_second_row_for_the_same_bytes_is_refused_by_the_database(tmp_path: Path) -> None:
    with database_for(tmp_path / "desk.db") as db:
        _refused(db)


def _refused(db: str) -> None:
    engine = make_engine(db)
    init_db(engine)
    with Session(engine) as s:
        s.add(Document(sha256="ab" * 32, original="x", filename="a.txt"))
        s.commit()
        s.add(Document(sha256="ab" * 32, original="x", filename="b.txt"))
        try:
            s.commit()
            raise AssertionError("a second top-level row for the same bytes was accepted")
        except IntegrityError:
            s.rollback()
        # a failure of the same bytes may stand beside it (while a retry replaces it), once
        s.add(Document(sha256="cd" * 32, original="y", status=DocumentStatus.failed))
        s.commit()
        s.add(Document(sha256="cd" * 32, original="y", status=DocumentStatus.failed))
        try:
            s.commit()
            raise AssertionError("a second failed row for the same bytes was accepted")
        except IntegrityError:
            s.rollback()
        # an attachment of the same bytes as a top-level file is another document
        top = s.exec(select(Document).where(Document.filename == "a.txt")).one()
        s.add(Document(sha256="ab" * 32, original="x", parent_id=top.id, part="a.txt"))
        s.commit()
    engine.dispose()


_OPEN = "from cases.db import Database; import sys; Database(sys.argv[1]).engine.dispose()"


def test_several_processes_opening_a_new_database_at_once_all_come_up(tmp_path: Path) -> None:
    for n in range(2):
        with database_for(tmp_path / f"new-{n}.db") as db:
            procs = [subprocess.Popen([sys.executable, "-c", _OPEN, db], stderr=subprocess.PIPE, text=True)
                     for _ in range(6)]
            errs = [p.communicate(timeout=120)[1] for p in procs]
            assert [p.returncode for p in procs] == [0] * 6, errs
            engine = make_engine(db)
            with engine.connect() as conn:
                versions = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
            engine.dispose()
            assert len(versions) == 1
