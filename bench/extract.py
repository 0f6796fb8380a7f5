"""How long extraction takes beside parsing, per document.

    .venv/bin/python bench/extract.py [FOLDER] [--repeat N]

For each file of FOLDER (default: the dev corpus, ../shared/corpus/dev/files): the time of
`ingest.parse` and the time of `extract.extract` over the document and each attachment, side by
side, then the total and the median. Each figure is the best of N rounds (default 3), so that load
from other processes on a shared machine counts as little as it can. The one-off start-up cost
(importing spaCy and building the per-language pipelines) is measured first and reported apart:
a desk command pays it once per run, not per document.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "files"


def received_days(folder: Path) -> dict[str, date]:
    """A corpus's received.json (date -> file names), where there is one beside FOLDER."""
    path = folder.parent / "received.json"
    if not path.is_file():
        return {}
    return {name: date.fromisoformat(day) for day, names in json.loads(path.read_text()).items() for name in names}


def best_time(fn, repeat: int) -> float:  # noqa: ANN001 - any callable without arguments
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    files = sorted(p for p in args.folder.iterdir() if p.is_file())
    if not files:
        print(f"no files in {args.folder}")
        return 1
    days = received_days(args.folder)

    t0 = time.perf_counter()
    from cases.intake import Job, received_date
    from cases.vocab import ReceivedFrom
    from extract import extract, load_profile
    from extract.layout.nlp import SUPPORTED, pipeline
    from ingest import parse

    profile = load_profile()
    today = date.today()  # a bench's own clock: a file with no received date arrived today

    for language in sorted(SUPPORTED):
        pipeline(language)("Warm up.")
    print(f"start-up (import, spaCy pipelines for {', '.join(sorted(SUPPORTED))}): {time.perf_counter() - t0:.2f} s\n")

    print(f"{'file':28} {'docs':>4} {'chars':>7} {'parse ms':>9} {'extract ms':>10} {'extract/parse':>13}")
    parse_t: list[float] = []
    extract_t: list[float] = []
    for path in files:
        data = path.read_bytes()
        parsed = parse(data, filename=path.name)
        docs = [d for d in parsed.walk() if d.ok]

        day, _ = received_date(parsed, Job(path, days.get(path.name), ReceivedFrom.manifest), today)

        def run_extract(docs=docs, day=day) -> None:  # noqa: ANN001 - bound per file
            for d in docs:
                extract(d, received=day, profile=profile)

        tp = best_time(lambda data=data, name=path.name: parse(data, filename=name), args.repeat)
        te = best_time(run_extract, args.repeat)
        parse_t.append(tp)
        extract_t.append(te)
        chars = sum(len(d.full_text) for d in docs)
        ratio = te / tp if tp else float("inf")
        print(f"{path.name[:28]:28} {len(docs):>4} {chars:>7} {tp * 1000:>9.1f} {te * 1000:>10.1f} {ratio:>13.2f}")

    print(f"\n{'total':28} {'':>4} {'':>7} {sum(parse_t) * 1000:>9.1f} {sum(extract_t) * 1000:>10.1f} "
          f"{sum(extract_t) / sum(parse_t):>13.2f}")
    print(f"{'median':28} {'':>4} {'':>7} {statistics.median(parse_t) * 1000:>9.1f} "
          f"{statistics.median(extract_t) * 1000:>10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
