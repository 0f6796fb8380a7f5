"""Ingest throughput with 1 vs 2 queue workers (procrastinate on PostgreSQL), and 1 vs 2 plain
`lexdesk ingest` processes over halves of the same batch.

    .venv/bin/python bench/workers.py [--letters 200] [--skip-ingest]

Starts a throwaway PostgreSQL server the way the tests do (re-runs itself under
scripts/test-postgres.sh unless LEXDESK_TEST_DATABASE_URL names one already), writes LETTERS
distinct typed PDF letters with reportlab (each citing its own review, so each opens a case of its
own), then for 1 and for 2 workers, each on a fresh database: `lexdesk ingest --queue` queues them
all, `lexdesk worker --concurrency K` is started and timed until every letter is filed. Prints the
wall time from the worker's start (its start-up included) and the rate between the first and the
last document written (the steady state), and the ratio of 2 workers to 1 (the goal: >= 1.7 on
two cores). Then the same letters through `lexdesk ingest` in one process, and in two processes
over disjoint halves at once (SQLite, no queue).

The machine's other load falls on both runs; `nproc` and the load average are printed with them.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
LEXDESK = Path(sys.executable).parent / "lexdesk"

FIRST = ["Ansel", "Brigid", "Cosmo", "Dagny", "Elio", "Freya", "Gideon", "Hester", "Ivo", "Juno"]
LAST = ["Ashdown", "Birkett", "Crane", "Dunmore", "Ellery", "Fairlie", "Gowan", "Hartigan", "Ingram", "Jessop"]
TRADES = ["Tile Centre", "Coachworks", "Pet Grooming", "Print Shop", "Guest House", "Joinery", "Bike Repairs"]


def letter_lines(i: int, rng: random.Random) -> list[str]:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    client = f"{rng.choice(LAST)} {rng.choice(TRADES)} Ltd"
    review = f"{i:08x}{rng.getrandbits(64):016x}"
    return [
        f"{rng.choice(LAST)} & {rng.choice(LAST)} Solicitors", f"4 Quay Street, Bristol BS1 {i % 9}QX", "",
        f"{1 + i % 28} November 2026", "", f"Our ref: WK/{i:05d}", "", "Dear Sirs", "",
        f"Re: {client}", "",
        f"We act for {client}. The review at https://uk.trustpilot.com/reviews/{review}",
        "is false and defamatory of our client and has caused serious harm to its business.",
        "Please remove it within 14 days of the date of this letter, failing which our client",
        "reserves all of its rights.", "", "Yours faithfully", "", name, "Partner",
    ]


def write_letters(folder: Path, n: int) -> list[Path]:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    folder.mkdir(parents=True)
    rng = random.Random(7)
    paths = []
    for i in range(n):
        path = folder / f"letter-{i:04d}.pdf"
        c = canvas.Canvas(str(path), pagesize=A4)
        text = c.beginText(72, A4[1] - 72)
        text.setFont("Helvetica", 11)
        for line in letter_lines(i, rng):
            text.textLine(line)
        c.drawText(text)
        c.showPage()
        c.save()
        paths.append(path)
    return paths


def env_for(db: str, originals: Path, **over: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LEXDESK_", "DATABASE_URL"))}
    env.update(DATABASE_URL=db, LEXDESK_ORIGINALS_DIR=str(originals), LEXDESK_USER="bench",
               LEXDESK_TICK_SECONDS="0", **over)
    return env


def scalar(engine: object, sql: str) -> int:
    from sqlalchemy import text
    from sqlalchemy.exc import ProgrammingError

    try:
        with engine.connect() as conn:  # type: ignore[attr-defined]
            return int(conn.execute(text(sql)).scalar_one() or 0)
    except ProgrammingError:
        return 0


def through_workers(inbox: Path, n: int, workers: int, work: Path) -> tuple[float, float, int]:
    """(wall seconds from the worker's start, letters per second first-to-last, documents filed)."""
    from sqlalchemy import create_engine

    from tests.conftest import database_for

    with database_for(work / f"workers-{workers}.db") as url:
        env = env_for(url, work / f"originals-{workers}")
        done = subprocess.run([str(LEXDESK), "ingest", "--queue", str(inbox)], env=env, cwd=work,
                              capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"ingest --queue: {done.stderr[-2000:]}")
        engine = create_engine(url)
        log = (work / f"worker-{workers}.log").open("wb")
        started = time.perf_counter()
        proc = subprocess.Popen([str(LEXDESK), "worker", "--concurrency", str(workers)], env=env, cwd=work,
                                stdout=log, stderr=subprocess.STDOUT)
        try:
            while True:
                filed = scalar(engine, "SELECT COUNT(*) FROM document WHERE parent_id IS NULL")
                left = scalar(engine, "SELECT COUNT(*) FROM procrastinate_jobs WHERE task_name = 'lexdesk.file' "
                                      "AND status IN ('todo', 'doing')")
                if filed >= n and left == 0:
                    break
                if proc.poll() is not None:
                    sys.exit(f"the worker stopped: see {work / f'worker-{workers}.log'}")
                time.sleep(0.1)
            wall = time.perf_counter() - started
            span = scalar(engine, "SELECT CAST(EXTRACT(EPOCH FROM MAX(created_at) - MIN(created_at)) * 1000 AS INTEGER)"
                                  " FROM document WHERE parent_id IS NULL")
            failed = scalar(engine, "SELECT COUNT(*) FROM document WHERE parent_id IS NULL AND status = 'failed'")
            if failed:
                print(f"  {failed} of them failed: see `lexdesk failed` (the figures count them as filed)")
        finally:
            proc.terminate()
            proc.wait(120)
            engine.dispose()
    return wall, (filed - 1) / (span / 1000) if span else float("nan"), filed


def through_ingest(paths: list[Path], processes: int, work: Path) -> float:
    """Wall seconds for `processes` `lexdesk ingest` runs over disjoint shares of the letters, at once."""
    shares = []
    for k in range(processes):
        folder = work / f"share-{processes}-{k}"
        folder.mkdir()
        for p in paths[k::processes]:
            (folder / p.name).symlink_to(p)
        shares.append(folder)
    db = work / f"ingest-{processes}.db"
    subprocess.run([str(LEXDESK), "--db", str(db), "cases", "list"], cwd=work, capture_output=True, check=True)
    env = env_for(str(db), work / f"ingest-originals-{processes}")
    started = time.perf_counter()
    procs = [subprocess.Popen([str(LEXDESK), "ingest", str(f)], env=env, cwd=work, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE) for f in shares]
    for p in procs:
        _out, err = p.communicate()
        if p.returncode != 0:
            sys.exit(f"lexdesk ingest ended with {p.returncode}: {err.decode(errors='replace')[-2000:]}")
    return time.perf_counter() - started


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--letters", type=int, default=200)
    ap.add_argument("--skip-ingest", action="store_true", help="only the queue workers")
    args = ap.parse_args()
    if not os.environ.get("LEXDESK_TEST_DATABASE_URL"):
        # A throwaway server, as the tests get one: this script again, under the tests' wrapper.
        script = REPO / "scripts" / "test-postgres.sh"
        os.execv(str(script), [str(script), sys.executable, __file__, *sys.argv[1:]])
    print(f"{os.cpu_count()} CPUs; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        paths = write_letters(work / "inbox", args.letters)
        rows = []
        for k in (1, 2):
            wall, rate, filed = through_workers(work / "inbox", args.letters, k, work)
            rows.append((k, wall, rate, filed))
            print(f"{k} worker{'s' if k > 1 else ' '}: {filed} filed in {wall:6.1f} s from the worker's start "
                  f"({args.letters / wall:5.1f} letters/s); first-to-last {rate:5.1f} letters/s", flush=True)
        (_, w1, r1, _), (_, w2, r2, _) = rows
        print(f"2 workers vs 1: {w1 / w2:.2f}x by wall time, {r2 / r1:.2f}x first-to-last (goal >= 1.7 on two cores)")
        if not args.skip_ingest:
            one = through_ingest(paths, 1, work)
            two = through_ingest(paths, 2, work)
            print(f"lexdesk ingest: 1 process {one:6.1f} s, 2 processes over halves {two:6.1f} s: {one / two:.2f}x")
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
