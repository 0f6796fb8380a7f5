"""Peak memory of one ingest over a small batch and over a batch ten times larger (flat is the goal).

    .venv/bin/python bench/memory.py [--small 500] [--large 5000]

Writes SMALL and LARGE distinct typed letters (plain text, each citing its own review, so each
opens a case of its own), runs `lexdesk ingest` over each batch into a fresh SQLite database as a
process of its own, and prints the peak resident memory of each run (GNU time's %M) and the ratio
of the large batch's to the small one's. A batch held in memory whole would grow the ratio toward
LARGE / SMALL; a pipeline that files one document at a time keeps it near 1.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

VENV_BIN = Path(sys.executable).parent
FIRST = ["Alma", "Bruno", "Cleo", "Dario", "Edda", "Femi", "Greta", "Hugo", "Ines", "Jonas"]
LAST = ["Acker", "Brandt", "Corwin", "Dahl", "Eames", "Falk", "Gray", "Holt", "Ives", "Juhl"]
TRADES = ["Bakery", "Garage", "Dental Practice", "Lettings", "Plumbing", "Florist", "Opticians", "Cafe"]


def letter(i: int, rng: random.Random) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    client = f"{rng.choice(LAST)} {rng.choice(TRADES)} Ltd"
    review = f"{i:08x}{rng.getrandbits(64):016x}"
    return (
        f"{rng.choice(LAST)} & {rng.choice(LAST)} LLP\n1 Market Street, Leeds LS1 {i % 9}AB\n\n"
        f"{1 + i % 28} November 2026\n\nOur ref: BM/{i:05d}\n\nDear Sirs\n\n{client}\n\n"
        f"We act for {client}. The review at https://uk.trustpilot.com/reviews/{review} is false and "
        f"defamatory of our client. Please remove it within 14 days of the date of this letter.\n\n"
        f"Yours faithfully\n\n{name}\nPartner\n"
    )


def peak_mb(n: int, work: Path) -> tuple[float, float]:
    folder = work / f"batch-{n}"
    folder.mkdir()
    rng = random.Random(n)
    for i in range(n):
        (folder / f"letter-{i:05d}.txt").write_text(letter(i, rng), encoding="utf-8")
    db = work / f"batch-{n}.db"
    t0 = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%M", str(VENV_BIN / "lexdesk"), "--db", str(db), "ingest", str(folder)],
        cwd=work, capture_output=True, text=True,
    )
    seconds = time.perf_counter() - t0
    return int(done.stderr.strip().splitlines()[-1]) / 1024, seconds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=500)
    ap.add_argument("--large", type=int, default=5000)
    args = ap.parse_args()
    if not Path("/usr/bin/time").exists():
        print("GNU time (/usr/bin/time, Debian's package 'time') is needed to read the peak memory")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        small, t_small = peak_mb(args.small, Path(tmp))
        large, t_large = peak_mb(args.large, Path(tmp))
    print(f"{'batch':>8}{'peak MB':>10}{'seconds':>10}")
    print(f"{args.small:>8}{small:>10.0f}{t_small:>10.0f}")
    print(f"{args.large:>8}{large:>10.0f}{t_large:>10.0f}")
    print(f"peak memory ratio {args.large} / {args.small} documents: {large / small:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
