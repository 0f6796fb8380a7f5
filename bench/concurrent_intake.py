"""Concurrent intake of the same files: several `lexdesk ingest` processes over one folder at once.

    .venv/bin/python bench/concurrent_intake.py [--files 500] [--processes 4] [--db URL]

Generates FILES short letters, runs PROCESSES ingests of all of them at the same moment against
one new database (a SQLite file in a temporary folder unless --db names a server's), and prints
the documents and originals stored (the goal: exactly FILES of each), the duplicates reported,
and the wall time against one process alone over the same files.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402

from cases.db import make_engine  # noqa: E402

LEXDESK = Path(sys.executable).parent / "lexdesk"


def letters(folder: Path, n: int) -> None:
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"letter-{i:04d}.txt").write_text(
            f"Dear Sir or Madam,\n\nWe act for Shop {i} Ltd about the review number {i}.\n"
            f"Please remove it within 14 days.\n\nYours faithfully,\nAlex Writer {i}\n", encoding="utf-8")


def run(inbox: Path, db: str, originals: Path, processes: int) -> tuple[float, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LEXDESK_", "DATABASE_URL"))}
    env.update(DATABASE_URL=db, LEXDESK_USER="bench", LEXDESK_ORIGINALS_DIR=str(originals))
    started = time.perf_counter()
    procs = [subprocess.Popen([str(LEXDESK), "ingest", str(inbox)], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(processes)]
    outs = [p.communicate() for p in procs]
    took = time.perf_counter() - started
    for p, (_o, err) in zip(procs, outs, strict=True):
        if p.returncode != 0 or "Traceback" in err:
            print(f"a process ended with {p.returncode}: {err[-2000:]}", file=sys.stderr)
    return took, "".join(o for o, _e in outs)


def stored(db: str) -> int:
    engine = make_engine(db)
    with engine.connect() as conn:
        n = conn.execute(text("SELECT COUNT(*) FROM document WHERE parent_id IS NULL")).scalar_one()
    engine.dispose()
    return int(n)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, default=500)
    ap.add_argument("--processes", type=int, default=4)
    ap.add_argument("--db", help="a new, empty database URL (default: a SQLite file in a temporary folder)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        letters(root / "inbox", args.files)
        alone, _ = run(root / "inbox", str(root / "alone.db"), root / "alone-originals", 1)
        db = args.db or str(root / "desk.db")
        took, out = run(root / "inbox", db, root / "originals", args.processes)
        kept = sum(1 for f in (root / "originals").rglob("*") if f.is_file())
        said = [line.split()[0] for line in out.splitlines() if "letter-" in line]
        print(f"{args.processes} processes x {args.files} files: documents stored {stored(db)} "
              f"(goal: exactly {args.files}), originals kept {kept}, filed {said.count('filed')}, "
              f"duplicates {said.count('duplicate')}, failed {said.count('failed')}")
        print(f"wall time {took:.1f} s; one process alone {alone:.1f} s (ratio {took / alone:.2f})")


if __name__ == "__main__":
    main()
