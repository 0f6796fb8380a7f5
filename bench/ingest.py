"""How fast ingestion is: documents per second, and lexdesk's PDF text pass against the bare libraries.

    .venv/bin/python bench/ingest.py [FOLDER] [--repeat N]

FOLDER defaults to the dev corpus (../shared/corpus/dev/files). Typed PDFs (with a text layer) are
timed against bare pypdfium2 text extraction and bare pdfplumber `extract_text` over the same
bytes; scanned PDFs are reported apart, as OCR dominates their time. The goal: lexdesk's PDF parse
within 1.5x of bare pypdfium2.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest import parse  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "files"


def bare_pypdfium2(data: bytes) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        out = []
        for page in pdf:
            textpage = page.get_textpage()
            out.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(out)
    finally:
        pdf.close()


def bare_pdfplumber(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def lexdesk(data: bytes) -> str:
    return parse(data).text


def best_of(fns: dict[str, Callable[[bytes], str]], items: list[bytes], repeat: int) -> dict[str, float]:
    """Least total time of each function over `repeat` rounds, the functions taking turns within a
    round so that load from other processes on a shared machine falls on all of them alike."""
    best = {name: float("inf") for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            start = time.perf_counter()
            for data in items:
                fn(data)
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=10, help="passes over the typed PDFs (best is kept)")
    args = ap.parse_args()
    files = sorted(p for p in args.folder.iterdir() if p.is_file())
    if not files:
        sys.exit(f"no files in {args.folder}")

    # One pass over everything, as a batch would: documents per second, OCR included.
    typed: list[bytes] = []
    scans: list[tuple[str, int, float]] = []
    documents = failed = 0
    per_kind: dict[str, list[float]] = {}
    start = time.perf_counter()
    for path in files:
        data = path.read_bytes()
        t0 = time.perf_counter()
        doc = parse(data, filename=path.name)
        elapsed = time.perf_counter() - t0
        documents += len(doc.walk())
        failed += sum(1 for d in doc.walk() if not d.ok)
        per_kind.setdefault("scan" if doc.ocr_used else doc.media_type, []).append(elapsed)
        if doc.media_type == "pdf" and doc.ok:
            if doc.ocr_used:
                scans.append((path.name, len(doc.pages), elapsed))
            else:
                typed.append(data)
    total = time.perf_counter() - start

    print(f"folder: {args.folder}")
    print(f"files: {len(files)}, documents (emails and their attachments apart): {documents}, failed: {failed}")
    print(f"all files, OCR included: {total:.2f} s, {documents / total:.1f} documents/s")
    no_ocr = sum(t for kind, ts in per_kind.items() if kind != "scan" for t in ts)
    n_no_ocr = sum(len(ts) for kind, ts in per_kind.items() if kind != "scan")
    if no_ocr:
        print(f"files without OCR: {n_no_ocr} in {no_ocr:.2f} s, {n_no_ocr / no_ocr:.1f} files/s")
    for kind, ts in sorted(per_kind.items()):
        print(f"  {kind:5s} {len(ts):3d} files, median {statistics.median(ts) * 1000:8.1f} ms")

    if typed:
        for d in typed:  # warm-up: imports and first-call costs out of the timings
            bare_pypdfium2(d)
        bare_pdfplumber(typed[0])
        lexdesk(typed[0])
        best = best_of({"lexdesk": lexdesk, "pypdfium2": bare_pypdfium2}, typed, args.repeat)
        t_lex, t_pdfium = best["lexdesk"], best["pypdfium2"]
        t_plumber = best_of({"pdfplumber": bare_pdfplumber}, typed, 1)["pdfplumber"]
        print(f"\ntyped PDFs: {len(typed)}, best of {args.repeat} interleaved passes (pdfplumber: 1)")
        print(f"  lexdesk parse        {t_lex * 1000:8.1f} ms  ({len(typed) / t_lex:6.1f} PDFs/s)")
        print(f"  bare pypdfium2 text  {t_pdfium * 1000:8.1f} ms  ({len(typed) / t_pdfium:6.1f} PDFs/s)")
        print(f"  bare pdfplumber text {t_plumber * 1000:8.1f} ms  ({len(typed) / t_plumber:6.1f} PDFs/s)")
        print(f"  ratio lexdesk / pypdfium2:  {t_lex / t_pdfium:5.2f}x  (goal: within 1.5x)")
        print(f"  ratio lexdesk / pdfplumber: {t_lex / t_plumber:5.2f}x")
    if scans:
        pages = sum(n for _, n, _ in scans)
        seconds = sum(t for _, _, t in scans)
        print(f"\nscanned PDFs (OCR): {len(scans)} files, {pages} pages, {seconds:.1f} s, "
              f"{seconds / pages:.1f} s/page")
        for name, n, t in scans:
            print(f"  {name}: {n} pages, {t:.1f} s")


if __name__ == "__main__":
    main()
