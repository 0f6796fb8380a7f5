"""Two processes filing into one SQLite file at once never give two cases the same reference."""

from __future__ import annotations

import multiprocessing as mp
from datetime import date
from pathlib import Path

from sqlmodel import Session, select

from cases import file_document
from cases.clock import FixedClock
from cases.db import init_db, make_engine
from cases.models import Case, Document
from tests.cases.conftest import DAY, part
from tests.conftest import cases_config

PER_PROCESS = 15


def _worker(db: str, tag: str, start: mp.synchronize.Event) -> None:  # type: ignore[name-defined]
    engine = make_engine(db)
    cfg = cases_config(Path(db).parent / "originals", FixedClock.on(DAY))
    start.wait()
    with Session(engine, expire_on_commit=False) as s:
        for i in range(PER_PROCESS):
            # nothing in common between documents: each opens a case of its own
            p = part(f"notice {tag} {i}", name=f"{tag}-{i}.txt", kind="illegal_content_notice",
                     sender_email=f"sender{i}@{tag}-org{i}.example", sender_organisation=f"Org {tag} number {i}")
            file_document(s, [p], cfg, received=date(2026, 11, 3), actor=tag)
    engine.dispose()


def test_two_processes_filing_at_once_get_distinct_case_refs(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"
    engine = make_engine(db)
    init_db(engine)
    ctx = mp.get_context("spawn")
    start = ctx.Event()
    procs = [ctx.Process(target=_worker, args=(str(db), tag, start)) for tag in ("alpha", "beta")]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    with Session(engine) as s:
        refs = s.exec(select(Case.ref)).all()
        docs = s.exec(select(Document)).all()
    assert len(docs) == 2 * PER_PROCESS
    assert len(refs) == len(set(refs)) == 2 * PER_PROCESS
    numbers = sorted(int(r.rsplit("-", 1)[1]) for r in refs)
    assert numbers == list(range(1, 2 * PER_PROCESS + 1))
