"""`lexdesk worker` on a real PostgreSQL server, as real processes: files queued by
`lexdesk ingest --queue` are filed each exactly once by two workers taking jobs at once; a job
that raises is run again exactly LEXDESK_JOB_RETRIES times and then recorded as a failed document
with its reason, its original intact; a worker killed with SIGKILL in the middle of a job and
started again leaves every file filed exactly once (the dead worker's job taken back by
`lexdesk.recover`, procrastinate's stalled jobs)."""

from __future__ import annotations

import hashlib
import signal
import subprocess
from collections.abc import Callable
from pathlib import Path

from cases.originals import keep_file
from jobs.app import FILE, build_app, defer_once
from jobs.schema import ensure_schema
from jobs.work import QueuedFile
from lexdesk.context import AppContext
from lexdesk.settings import load_config, read_settings
from tests.conftest import wait_until
from tests.ingest.ingest_makers import email_bytes, scanned_pdf, typed_pdf
from tests.jobs.conftest import LEXDESK, RETRIES, Db, Workers, env_for, needs_postgres

pytestmark = needs_postgres

FILES = 24
JUST_STARTED = """select count(*) from procrastinate_jobs j where j.task_name = :t and j.status = 'doing'
    and (select max(e.at) from procrastinate_events e where e.job_id = j.id and e.type = 'started')
        > now() - interval '300 milliseconds'"""


def _letter(i: int) -> list[str]:
    return [f"Quill & Partners LLP {i}", "12 King Street, Manchester M2 4LQ", "", "2 November 2026", "",
            f"Our ref: QP/{i:03d}", "", "Dear Sirs,", "",
            f"We act for Shop {i} Ltd about a review on your website which is false and defamatory.",
            "Please remove it within 14 days of the date of this letter.", "", "Yours faithfully,", f"Ann Quill {i}"]


def _files(folder: Path, n: int, *, scanned: bool = False) -> list[Path]:
    """Real files, each different: typed PDF letters and emails with a PDF letter attached (or,
    `scanned`, image-only PDFs that take OCR a second or so each)."""
    folder.mkdir()
    out = []
    for i in range(n):
        if scanned:
            path, data = folder / f"scan-{i:03d}.pdf", scanned_pdf(_letter(i))
        elif i % 2 == 0:
            path, data = folder / f"letter-{i:03d}.pdf", typed_pdf([_letter(i)])
        else:
            path = folder / f"mail-{i:03d}.eml"
            data = email_bytes(f"Dear Sirs,\n\nPlease find our letter about Shop {i} Ltd attached.\n\nAnn Quill\n",
                               subject=f"Shop {i} Ltd: defamatory review", message_id=f"<m{i}@quill.test>",
                               attachments=[(f"letter-{i:03d}.pdf", typed_pdf([_letter(i)]), "application/pdf")])
        path.write_bytes(data)
        out.append(path)
    return out


def _queue(folder: Path, env: dict[str, str]) -> str:
    done = subprocess.run([str(LEXDESK), "ingest", "--queue", str(folder)], env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    return done.stdout


def _drained(db: Db) -> bool:
    """No file job waiting or running."""
    return not db.one("select count(*) from procrastinate_jobs where task_name = :t and status in ('todo', 'doing')",
                      t=FILE)


def _filed_each_once(db: Db, files: list[Path], originals: Path) -> None:
    tops = db.rows("select filename, status, sha256, original from document where parent_id is null")
    assert len(tops) == len(files)
    assert sorted(t.filename for t in tops) == sorted(f.name for f in files)  # each once, none missing
    assert {t.status for t in tops} == {"filed"}
    for t in tops:  # every original intact, where the row says
        assert hashlib.sha256((originals / t.original).read_bytes()).hexdigest() == t.sha256


def test_two_workers_file_every_queued_file_exactly_once(tmp_path: Path, pg: str, db: Db,
                                                         workers: Callable[[dict[str, str]], Workers]) -> None:
    files = _files(tmp_path / "inbox", FILES)
    originals = tmp_path / "originals"
    env = env_for(pg, originals)
    w = workers(env)
    # two `lexdesk worker`s against the one database, the second forking two processes of its own
    one, two = w.start(), w.start("--concurrency", "2")
    wait_until(lambda: db.one("select count(*) from procrastinate_workers") == 3, "three worker processes up")

    said = _queue(tmp_path / "inbox", env)
    assert f"{FILES} files: {FILES} queued" in said
    wait_until(lambda: db.one("select count(*) from document where parent_id is null and status = 'filed'")
               == FILES and _drained(db), "every file filed")
    _filed_each_once(db, files, originals)
    assert db.one("select count(*) from document where parent_id is not null") == FILES // 2  # the attachments
    assert not db.one("select count(*) from procrastinate_jobs where status = 'failed'")

    # the same files queued again: read again, filed nothing new
    _queue(tmp_path / "inbox", env)
    wait_until(lambda: _drained(db), "the second round done")
    _filed_each_once(db, files, originals)

    w.stop()
    assert [p.returncode for p in (one, two)] == [0, 0]  # SIGTERM: each finished its job and stopped
    took = [w.log(p).count(f"Starting job {FILE}[") for p in (one, two)]
    assert sum(took) == 2 * FILES and all(took), took  # both took a share of the queue
    for p in (one, two):
        assert "Traceback" not in w.log(p)


def test_a_job_that_raises_is_retried_then_recorded_as_failed(tmp_path: Path, pg: str, db: Db,
                                                              workers: Callable[[dict[str, str]], Workers]) -> None:
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(typed_pdf([_letter(7)]))
    originals = tmp_path / "originals"
    env = env_for(pg, originals)
    desk = AppContext.of(load_config(read_settings(database_url=pg, originals_dir=originals,
                                                   job_retries=RETRIES))).desk()
    # A job as a broken (or older) enqueuer could leave it: the original kept, a date that is no
    # date. Every try raises; the original must come through all of it.
    ensure_schema(desk.jobs.require())
    sha, kept = keep_file(originals, letter)
    with build_app(desk).open() as app:
        job_id = defer_once(app, FILE, f"file:{sha}", **QueuedFile(sha, kept, "letter.pdf", "2026-13-45", "given",
                                                                   "intake").args())
    assert job_id is not None
    w = workers(env)
    proc = w.start()

    failed = wait_until(lambda: db.rows("select id, error, original, sha256 from document where status = 'failed'"),
                        "the file recorded as failed")
    wait_until(lambda: db.one("select status from procrastinate_jobs where id = :i", i=job_id) == "failed",
               "the job given up")
    runs = db.one("select count(*) from procrastinate_events where job_id = :i and type = 'started'", i=job_id)
    assert runs == RETRIES + 1  # the first try and exactly LEXDESK_JOB_RETRIES more
    assert db.one("select attempts from procrastinate_jobs where id = :i", i=job_id) == RETRIES + 1
    assert len(failed) == 1
    doc = failed[0]
    assert f"the worker gave up after {RETRIES + 1} tries: ValueError" in doc.error
    assert doc.sha256 == sha and hashlib.sha256((originals / doc.original).read_bytes()).hexdigest() == sha
    assert f"gave up after {RETRIES + 1} tries" in w.log(proc)

    # the failure is an ordinary failed document: listed, and read again by `lexdesk retry`
    listed = subprocess.run([str(LEXDESK), "failed"], env=env, capture_output=True, text=True, timeout=120)
    assert "letter.pdf" in listed.stdout and "gave up" in listed.stdout
    again = subprocess.run([str(LEXDESK), "retry", str(doc.id)], env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stdout + again.stderr
    assert db.rows("select status from document where parent_id is null") == [("filed",)]


def test_a_worker_killed_mid_job_and_started_again_leaves_each_file_filed_once(
        tmp_path: Path, pg: str, db: Db, workers: Callable[[dict[str, str]], Workers]) -> None:
    files = _files(tmp_path / "inbox", 6, scanned=True)  # OCR: a second or so each, time to be killed in
    originals = tmp_path / "originals"
    env = env_for(pg, originals)
    w = workers(env)
    first = w.start()
    _queue(tmp_path / "inbox", env)
    # in the middle of a job: one started (OCR: a second or more) less than 0.3 s ago, after at least one filed
    # (no count while the first worker is still making the tables: read as none yet)
    wait_until(lambda: (db.one("select count(*) from document where parent_id is null") or 0) >= 1
               and db.one(JUST_STARTED, t=FILE), "a second job just started")
    first.send_signal(signal.SIGKILL)
    first.wait(30)
    left = db.one("select count(*) from procrastinate_jobs where task_name = :t and status = 'doing'", t=FILE)
    assert left == 1  # the dead worker's job, in the middle

    second = w.start()
    wait_until(lambda: db.one("select count(*) from document where parent_id is null and status = 'filed'")
               == len(files) and _drained(db), "every file filed after the restart", timeout=240)
    _filed_each_once(db, files, originals)
    assert "of a worker that stopped: run again" in w.log(second)
    assert not db.one("select count(*) from procrastinate_jobs where status = 'failed'")
