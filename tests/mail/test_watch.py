"""The watched folder: a file dropped in is filed once, when complete, and moved to done/ or
failed/ (with a note saying why); a file still being written, or locked, is left alone."""

from __future__ import annotations

import fcntl
import os
import threading
import time
from pathlib import Path

from sqlmodel import select

from cases.config import CasesConfig
from cases.db import Database
from cases.models import Document
from cases.vocab import IngestStatus
from mail import schedule, watch
from tests.mail import mails


def _docs(db: Database) -> int:
    with db.session() as s:
        return len(s.exec(select(Document).where(Document.parent_id == None)).all())  # noqa: E711


def test_a_file_dropped_in_is_filed_once_and_moved_to_done(tmp_path: Path, cfg: CasesConfig, db: Database) -> None:
    inbox = tmp_path / "drop"
    inbox.mkdir()
    (inbox / "appeal.eml").write_bytes(mails.appeal())
    w = watch.Watcher(inbox)
    with db.session() as s:
        assert watch.take(s, w, cfg, actor="scanner") == []  # first look: not yet known to be complete
        [d] = watch.take(s, w, cfg, actor="scanner")
    assert d.outcome.status == IngestStatus.filed and d.moved_to == inbox / "done" / "appeal.eml"
    assert not (inbox / "appeal.eml").exists() and d.moved_to.read_bytes() == mails.appeal()
    # the same bytes dropped again: a duplicate, filed nothing, moved all the same (under a new name)
    (inbox / "appeal.eml").write_bytes(mails.appeal())
    with db.session() as s:
        watch.take(s, w, cfg, actor="scanner")
        [again] = watch.take(s, w, cfg, actor="scanner")
    assert again.outcome.status == IngestStatus.duplicate and again.moved_to.name == "appeal-1.eml"
    assert _docs(db) == 1


def test_a_file_being_written_is_not_taken_half_way(tmp_path: Path, cfg: CasesConfig, db: Database) -> None:
    inbox = tmp_path / "drop"
    inbox.mkdir()
    data = mails.letter()
    growing = inbox / "letter.eml"
    w = watch.Watcher(inbox)
    with db.session() as s:
        with growing.open("wb") as fh:
            fh.write(data[: len(data) // 2])
            fh.flush()
            assert watch.take(s, w, cfg, actor="scanner") == []
            fh.write(data[len(data) // 2:])
            fh.flush()
            os.utime(growing, ns=(time.time_ns(), time.time_ns() + 1_000_000))
            assert watch.take(s, w, cfg, actor="scanner") == []  # it changed since the last look
        [d] = watch.take(s, w, cfg, actor="scanner")  # unchanged: complete
    assert d.outcome.status == IngestStatus.filed and d.outcome.attachments == 1
    assert (inbox / "done" / "letter.eml").read_bytes() == data


def test_a_locked_file_and_a_partial_download_are_left_alone(tmp_path: Path, cfg: CasesConfig, db: Database) -> None:
    inbox = tmp_path / "drop"
    inbox.mkdir()
    (inbox / "scan.pdf.part").write_bytes(b"%PDF-1.4 half")
    (inbox / ".hidden.eml").write_bytes(mails.appeal())
    locked = inbox / "appeal.eml"
    locked.write_bytes(mails.appeal())
    w = watch.Watcher(inbox)
    with locked.open("rb") as fh, db.session() as s:
        fcntl.flock(fh, fcntl.LOCK_EX)
        w.look()
        assert watch.take(s, w, cfg, actor="scanner") == []
        fcntl.flock(fh, fcntl.LOCK_UN)
        [d] = watch.take(s, w, cfg, actor="scanner")
    assert d.name == "appeal.eml"
    assert sorted(p.name for p in inbox.iterdir() if p.is_file()) == [".hidden.eml", "scan.pdf.part"]


def test_a_file_that_cannot_be_read_goes_to_failed_with_the_reason(tmp_path: Path, cfg: CasesConfig,
                                                                  db: Database) -> None:
    inbox = tmp_path / "drop"
    inbox.mkdir()
    (inbox / "photo.gif").write_bytes(b"GIF89a" + b"\x00" * 64)
    with db.session() as s:
        [d] = watch.scan(s, inbox, cfg, actor="scanner", settle=0.05)
    assert d.outcome.status == IngestStatus.failed and d.moved_to == inbox / "failed" / "photo.gif"
    assert "gif" in (inbox / "failed" / "photo.gif.why.txt").read_text().lower()


def test_the_watch_loop_files_what_is_dropped_until_stopped(tmp_path: Path, cfg: CasesConfig, db: Database) -> None:
    inbox = tmp_path / "drop"
    inbox.mkdir()
    done = threading.Event()
    seen: list[watch.Dropped] = []

    def on_files(dropped: list[watch.Dropped]) -> None:
        seen.extend(dropped)
        done.set()

    thread, stop = schedule.in_background(
        lambda stop: watch.poll(db.session, inbox, cfg, actor="scanner", stop=stop, interval=0.1, on_files=on_files),
        name="watch-test")
    try:
        (inbox / "appeal.eml").write_bytes(mails.appeal())
        assert done.wait(20)
    finally:
        stop.set()
        thread.join(10)
    assert [d.outcome.status for d in seen] == [IngestStatus.filed] and _docs(db) == 1
