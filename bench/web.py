"""Median page times of the web desk's heaviest pages on a busy desk: the case page, the deadlines
board and the manager's dashboard, with 10,000 cases and 50,000 documents in SQLite.

    .venv/bin/python bench/web.py [--cases 10000] [--docs 50000] [--runs 15]

The database is bulk-inserted (cases with parties, documents with text and extracted fields,
deadlines in every state, audit events, suggestions, drafts, a few teams of people); the pages
are rendered whole through the app (routing, login, the service, the template), as a browser
gets them. Goal: under 150 ms each.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fastapi.testclient import TestClient  # noqa: E402

from cases import accounts  # noqa: E402
from cases.clock import FixedClock  # noqa: E402
from cases.config import CasesConfig  # noqa: E402
from cases.db import Database  # noqa: E402
from cases.models import AuditEvent, Case, CitedItem, Deadline, Document, Draft, Party, Team, User  # noqa: E402
from cases.rulebook import load_priority_rules, load_sla  # noqa: E402
from cases.statutory import load_regimes  # noqa: E402
from extract.profile import load_profile  # noqa: E402
from responses.config import ResponsesConfig  # noqa: E402
from responses.letterhead import load_letterhead  # noqa: E402
from responses.library import load_library  # noqa: E402
from web import WebConfig, create_app  # noqa: E402

TODAY = date(2026, 11, 24)
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
KINDS = ["legal_demand", "data_request", "ip_notice", "consumer_appeal", "business_appeal", "court_order"]
STATES = ["open"] * 6 + ["met"] * 3 + ["missed", "waived"]
PASSWORD = "bench password 1"
BODY = ("Dear Sirs,\n\nWe act for our client in respect of a review on your website which we say is "
        "untrue. Please remove it within 14 days of the date of this letter.\n\nYours faithfully,\n") * 4


def build(db: Database, n_cases: int, n_docs: int, rnd: random.Random) -> None:
    with db.session() as s:
        teams = [Team(name="Escalations"), Team(name="Vendor moderation", vendor=True)]
        s.add_all(teams)
        s.commit()
        for i in range(12):
            accounts.add_user(s, f"person{i}", role="appeals" if i % 3 else "specialist", actor="bench",
                              team=teams[i % 2].name, password=PASSWORD)
        accounts.add_user(s, "boss", role="manager", actor="bench", team="Escalations", password=PASSWORD)
        users = [u.id for u in s.exec(User.__table__.select()).all()]  # type: ignore[attr-defined]
        conn = s.connection()
        cases: list[dict[str, Any]] = []
        for i in range(1, n_cases + 1):
            opened = TODAY - timedelta(days=rnd.randint(0, 400))
            cases.append(dict(ref=f"CI-2026-{i:05d}", year=2026, number=i, opened=opened, kind=rnd.choice(KINDS),
                              title=f"Client {i} - complaint", status=rnd.choice(["open", "open", "new", "closed"]),
                              priority=rnd.choice(["low", "normal", "high"]), assignee_id=rnd.choice(users),
                              team_id=rnd.choice([1, 2]), imported=False, created_at=NOW, updated_at=NOW,
                              why_priority="", first_response_at=NOW if rnd.random() < 0.5 else None))
        conn.execute(insert(Case), cases)
        conn.execute(insert(Party), [dict(case_id=i, name=f"Client {i} Ltd", role="client")
                                     for i in range(1, n_cases + 1)])
        docs = []
        for j in range(1, n_docs + 1):
            cid = (j - 1) % n_cases + 1
            docs.append(dict(sha256=f"{j:064x}", original=f"{j:064x}", filename=f"letter-{j}.pdf", media_type="pdf",
                             size=1000, received=TODAY - timedelta(days=rnd.randint(0, 300)), status="filed",
                             case_id=cid, text=BODY, quoted="", kind=rnd.choice(KINDS), references=[],
                             fields={"kind": "legal_demand", "deadline": None}, evidence={}, link={},
                             corrections={}, created_at=NOW))
        conn.execute(insert(Document), docs)
        conn.execute(insert(CitedItem), [dict(case_id=(j - 1) % n_cases + 1, document_id=j, kind="url",
                                              value=f"https://www.trustpilot.com/reviews/{j:024x}")
                                         for j in range(1, n_docs + 1, 3)])
        deadlines = []
        for i in range(1, n_cases + 1):
            for _ in range(2):
                due = TODAY + timedelta(days=rnd.randint(-60, 60))
                deadlines.append(dict(case_id=i, due=due, source=rnd.choice(["letter", "sla", "statutory"]),
                                      state=rnd.choice(STATES), owner_id=rnd.choice(users), label="reply",
                                      basis="", paused_days=0, extended=False, before_receipt=False, item="",
                                      reminders=0, created_at=NOW))
        conn.execute(insert(Deadline), deadlines)
        conn.execute(insert(AuditEvent), [dict(at=NOW, actor="bench", action="document.filed", case_id=(j - 1) %
                                               n_cases + 1, document_id=j, why="", detail={})
                                          for j in range(1, n_docs + 1)])
        conn.execute(insert(Draft), [dict(case_id=i, template="legal_demand/acknowledgement", output="letter",
                                          status="draft", text="text", unresolved=[], version=1, author="person1",
                                          created_at=NOW, updated_at=NOW) for i in range(1, n_cases + 1, 5)])
        s.commit()


def config(originals: Path) -> WebConfig:
    cases = CasesConfig(profile=load_profile(), sla=load_sla(), statutory=load_regimes(),
                        priority=load_priority_rules(), clock=FixedClock(NOW), originals=originals)
    return WebConfig(responses=ResponsesConfig(cases=cases, library=load_library(), letterhead=load_letterhead()),
                     secret_key="bench", secure_cookies=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--docs", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    rnd = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        build(db, args.cases, args.docs, rnd)
        print(f"built {args.cases:,} cases, {args.docs:,} documents in {time.perf_counter() - t0:.1f} s")
        client = TestClient(create_app(config(Path(tmp) / "originals"), db), base_url="http://desk.test")
        login = client.get("/login").text
        csrf = login.split('name="csrf" value="')[1].split('"')[0]
        r = client.post("/login", data={"username": "boss", "password": PASSWORD, "csrf": csrf},
                        headers={"Origin": "http://desk.test"}, follow_redirects=False)
        assert r.status_code == 303, r.text
        mid = f"CI-2026-{args.cases // 2:05d}"
        pages = {"case page": f"/cases/{mid}", "deadlines board": "/deadlines", "dashboard": "/dashboard",
                 "cases list": "/cases", "inbox": "/inbox", "document page": "/documents/25000"}
        print(f"{'page':<18} {'median ms':>10} {'max ms':>8}  (goal < 150 ms)")
        for name, url in pages.items():
            assert client.get(url).status_code == 200, url  # warm: templates compiled, caches filled
            times = []
            for _ in range(args.runs):
                t = time.perf_counter()
                r = client.get(url)
                times.append((time.perf_counter() - t) * 1000)
                assert r.status_code == 200
            med = statistics.median(times)
            print(f"{name:<18} {med:>10.1f} {max(times):>8.1f}  {'ok' if med < 150 else 'SLOW'}")
        db.dispose()


if __name__ == "__main__":
    main()
