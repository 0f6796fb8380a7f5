"""How long a command takes before it does anything, against the interpreter's own start-up.

    .venv/bin/python bench/startup.py [--repeat N]

Runs, as fresh processes, `python -c pass` (the floor), `python -c "import typer, sqlmodel"` (the
libraries every database command needs), `lexdesk --help`, `lexdesk cases list` and `lexdesk
deadlines` on an empty database, each N times (default 5), and prints the best time of each and
its ratio to the floor. The best of N, so that load from other processes on a shared machine
counts as little as it can.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

VENV_BIN = Path(sys.executable).parent


def best_of(cmd: list[str], repeat: int, cwd: Path) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, check=True, capture_output=True)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    lexdesk = str(VENV_BIN / "lexdesk")
    with tempfile.TemporaryDirectory() as tmp:
        cwd = Path(tmp)
        db = str(cwd / "bench.db")
        subprocess.run([lexdesk, "--db", db, "cases", "list"], cwd=cwd, check=True, capture_output=True)  # migrate
        rows = [
            ("python -c pass", [sys.executable, "-c", "pass"]),
            ("import typer, sqlmodel", [sys.executable, "-c", "import typer, sqlmodel"]),
            ("lexdesk --help", [lexdesk, "--help"]),
            ("lexdesk cases list", [lexdesk, "--db", db, "cases", "list"]),
            ("lexdesk deadlines", [lexdesk, "--db", db, "deadlines"]),
        ]
        times = [(name, best_of(cmd, args.repeat, cwd)) for name, cmd in rows]
    floor = times[0][1]
    print(f"{'command':<28}{'best s':>9}{'× python':>10}")
    for name, t in times:
        print(f"{name:<28}{t:>9.3f}{t / floor:>10.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
