"""How long filing one document takes against 1,000 and against 100,000 existing cases.

    .venv/bin/python bench/linking.py [--small 1000] [--large 100000] [--docs 30]

The benchmark makes its own SQLite databases (bulk-inserted cases, each with the keys an imported
or filed case has: review ids, a business page, parties, an address, their reference, a
Message-ID; and a team of people to assign to), then files the same mix of documents into each:
follow-ups that link (thread header, review id, their reference, address) and new matters.
Prints the median time per document and the ratio large/small (goal: <= 1.5, i.e. indexed
look-ups, no scan of all cases).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

from sqlalchemy import insert
from sqlmodel import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cases import Part, file_document  # noqa: E402
from cases.clock import FixedClock  # noqa: E402
from cases.config import CasesConfig  # noqa: E402
from cases.db import init_db, make_engine  # noqa: E402
from cases.models import Case, CaseKey, Party, Team, User  # noqa: E402
from cases.rulebook import load_priority_rules, load_sla  # noqa: E402
from cases.statutory import load_regimes  # noqa: E402
from extract.models import Extraction, Found  # noqa: E402
from extract.profile import load_profile  # noqa: E402
from ingest.models import EmailHeaders, ParsedDocument  # noqa: E402

WORDS = [
    "oak", "amber", "brook", "cedar", "delta", "ember", "falcon", "garnet", "harbour", "iris",
    "juniper", "kestrel", "linden", "maple", "north", "onyx", "pine", "quarry", "raven", "slate",
    "thistle", "umber", "vale", "willow", "yarrow", "zephyr",
]
FIRMS = [f"{a.title()} {b.title()} LLP" for a in WORDS[:8] for b in WORDS[8:16]]


def rid(i: int) -> str:
    return f"{i:024x}"


def company(i: int) -> str:
    r = random.Random(i)
    return f"{r.choice(WORDS).title()} {r.choice(WORDS).title()} {i} Ltd"


def populate(db: Path, n: int) -> None:
    engine = make_engine(db)
    init_db(engine)
    with engine.begin() as conn:
        team_id = conn.execute(insert(Team).values(name="legal", kinds=[])).inserted_primary_key[0]
        users = [conn.execute(insert(User).values(username=f"user{u}", display_name="", role="specialist",
                                                  team_id=team_id, active=True)).inserted_primary_key[0]
                 for u in range(10)]
        cases, keys, parties = [], [], []
        for i in range(1, n + 1):
            cases.append({"id": i, "ref": f"CI-2025-{i:06d}", "year": 2025, "number": i, "opened": date(2025, 6, 1),
                          "title": f"case {i}", "status": "open", "priority": "normal", "imported": True,
                          "assignee_id": users[i % len(users)], "why_priority": ""})
            firm = FIRMS[i % len(FIRMS)]
            for kind, value, role in (
                ("review_id", rid(i), ""), ("business", f"biz{i}.example", ""),
                ("party", company(i).lower().removesuffix(" ltd"), "party"), ("party", firm.lower()[:-4], "party"),
                ("email", f"writer{i}@firm{i % len(FIRMS)}.example", ""), ("their_ref", f"ref{i}x", ""),
                ("message_id", f"m{i}@mail.example", ""),
            ):
                keys.append({"case_id": i, "kind": kind, "value": value, "role": role})
            parties.append({"case_id": i, "name": company(i), "role": "party"})
            if len(cases) >= 5000:
                conn.execute(insert(Case), cases)
                conn.execute(insert(CaseKey), keys)
                conn.execute(insert(Party), parties)
                cases, keys, parties = [], [], []
        if cases:
            conn.execute(insert(Case), cases)
            conn.execute(insert(CaseKey), keys)
            conn.execute(insert(Party), parties)
    engine.dispose()


def documents(n_cases: int, count: int) -> list[list[Part]]:
    """The same mix for every size: ids chosen within the first 1,000 cases."""
    r = random.Random(7)
    out = []
    for j in range(count):
        i = r.randint(1, min(n_cases, 1000))
        style = j % 5
        head = None
        fields: dict[str, object] = {"kind": Found("legal_demand")}
        if style == 0:  # a reply in the thread
            head = EmailHeaders(from_addr=f"writer{i}@firm.example", subject="Re: your email",
                                message_id=f"<bench-{j}@x.example>", in_reply_to=f"<m{i}@mail.example>")
        elif style == 1:  # the same review, a new writer
            fields |= {"cited_review_ids": (Found(rid(i)),), "sender_organisation": Found("A Regulator")}
        elif style == 2:  # only their reference
            fields |= {"their_reference": Found(f"REF-{i}-X")}
        elif style == 3:  # the firm and the client by name
            fields |= {"sender_organisation": Found(FIRMS[i % len(FIRMS)]), "represented_party": Found(company(i)),
                       "sender_email": Found(f"writer{i}@firm{i % len(FIRMS)}.example")}
        else:  # a new matter
            fields |= {"cited_review_ids": (Found(rid(10_000_000 + j)),), "sender_organisation": Found(f"New {j} Ltd")}
        ex = Extraction(**fields)  # type: ignore[arg-type]
        parsed = ParsedDocument(sha256=f"{j:064x}", media_type="eml" if head else "pdf", filename=f"doc{j}",
                                text=f"Letter {j}. We write about our client.", email=head)
        out.append([Part(parsed=parsed, extraction=ex, original=f"x/{j}")])
    return out


def time_filing(db: Path, n_cases: int, count: int) -> tuple[float, Counter[str]]:
    engine = make_engine(db)
    init_db(engine)
    times = []
    outcomes: Counter[str] = Counter()
    day = date(2026, 11, 3)
    cfg = CasesConfig(profile=load_profile(), sla=load_sla(), statutory=load_regimes(), priority=load_priority_rules(),
                      clock=FixedClock.on(day), originals=db.parent / "originals")
    with Session(engine, expire_on_commit=False) as s:
        for parts in documents(n_cases, count):
            t0 = time.perf_counter()
            docs = file_document(s, parts, cfg, received=day, actor="bench")
            times.append(time.perf_counter() - t0)
            outcomes[docs[0].link.get("outcome", "?")] += 1
    engine.dispose()
    return statistics.median(times[2:] or times), outcomes  # the first filings warm caches up


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--small", type=int, default=1000)
    ap.add_argument("--large", type=int, default=100_000)
    ap.add_argument("--docs", type=int, default=30)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for n in (args.small, args.large):
            db = Path(tmp) / f"bench-{n}.db"
            t0 = time.perf_counter()
            populate(db, n)
            made = time.perf_counter() - t0
            results[n], outcomes = time_filing(db, n, args.docs)
            print(f"{n:>7} cases (made in {made:5.1f} s): {results[n] * 1000:7.1f} ms per document (median); "
                  + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
        ratio = results[args.large] / results[args.small]
        print(f"ratio {args.large}/{args.small}: {ratio:.2f} (goal <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
