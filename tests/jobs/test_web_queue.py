"""The web desk with a queue (`lexdesk serve` on PostgreSQL): an upload, from the page or the API,
and a failed document's retry are kept and queued, as `lexdesk ingest --queue` queues them, and a
real `lexdesk worker` files them; the web process files nothing itself. (On the embedded SQLite
default the web desk files in-process: tests/web/.)"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from cases import accounts
from cases.originals import keep_file
from jobs.app import FILE, RETRY, build_app, defer_once
from jobs.schema import ensure_schema
from jobs.work import QueuedFile
from lexdesk.context import AppContext
from lexdesk.settings import load_config, read_settings
from tests.conftest import wait_until
from tests.ingest.ingest_makers import typed_pdf
from tests.jobs.conftest import RETRIES, Db, Workers, env_for, needs_postgres
from tests.web.conftest import BASE, PASSWORD
from tests.web.conftest import Desk as Client
from web import WebConfig, create_app

pytestmark = needs_postgres


def _letter(i: int) -> list[str]:
    return [f"Harrow & Vale Solicitors {i}", "8 Castle Street, Leeds LS1 2AB", "", "3 November 2026", "",
            f"Our ref: HV/{i:03d}", "", "Dear Sirs,", "",
            f"We act for Lantern {i} Ltd. A review on your website about our client is untrue.",
            "Please take it down within 14 days of this letter.", "", "Yours faithfully,", f"Rhea Vale {i}"]


@pytest.fixture
def web(tmp_path: Path, pg: str) -> Iterator[tuple[Client, AppContext]]:
    """The web desk on the test server's database, with a queue, logged in as a specialist."""
    ctx = AppContext.of(load_config(read_settings(database_url=pg, originals_dir=tmp_path / "originals",
                                                  job_retries=RETRIES)))
    with ctx.db.session() as s:
        accounts.add_user(s, "sam", role="specialist", actor="test", team="Escalations", password=PASSWORD)
    app = create_app(WebConfig(responses=ctx.config.responses, secret_key="test-secret-key", queue=ctx.desk()),
                     ctx.db)
    yield Client(TestClient(app, base_url=BASE)).login("sam"), ctx
    ctx.db.dispose()


def _filed(db: Db) -> list[tuple[str, str]]:
    return [tuple(r) for r in db.rows("select filename, status from document where parent_id is null "
                                      "order by filename")]


def test_an_upload_is_queued_and_a_worker_files_it(tmp_path: Path, db: Db, web: tuple[Client, AppContext],
                                                   workers: Callable[[dict[str, str]], Workers]) -> None:
    client, ctx = web
    page = client.post("/upload", data={"received": "2026-11-04"},
                       files=[("files", ("from-the-page.pdf", typed_pdf([_letter(1)]), "application/pdf"))])
    assert page.status_code == 200, page.text
    assert "queued for the workers (job " in html.unescape(page.text)
    pdf = typed_pdf([_letter(2)])
    api = client.post("/api/documents", files=[("files", ("from-the-api.pdf", pdf, "application/pdf"))])
    assert api.status_code == 200, api.text
    [out] = api.json()
    assert out["status"] == "queued" and isinstance(out["job"], int) and out["documents"] == 0
    # the same bytes again while the first is waiting: not queued twice
    again = client.post("/api/documents", files=[("files", ("again.pdf", pdf, "application/pdf"))])
    assert again.json()[0]["status"] == "waiting"

    assert _filed(db) == []  # nothing filed in the web process: both wait for a worker
    assert db.one("select count(*) from procrastinate_jobs where task_name = :t and status = 'todo'", t=FILE) == 2
    w = workers(env_for(ctx.config.database_url, ctx.config.cases.originals))
    w.start()
    wait_until(lambda: len(_filed(db)) == 2 and not db.one(
        "select count(*) from procrastinate_jobs where task_name = :t and status in ('todo', 'doing')", t=FILE),
        "both uploads filed by the worker")
    assert _filed(db) == [("from-the-api.pdf", "filed"), ("from-the-page.pdf", "filed")]
    # the day given on the page travels with the job; the API's upload, without one, arrived today
    assert db.one("select received_from from document where filename = 'from-the-page.pdf'") == "given"
    assert str(db.one("select received from document where filename = 'from-the-page.pdf'")) == "2026-11-04"
    for sha, original in db.rows("select sha256, original from document where parent_id is null"):
        assert hashlib.sha256((ctx.config.cases.originals / original).read_bytes()).hexdigest() == sha


def test_a_retry_from_the_web_is_queued_and_a_worker_files_it(tmp_path: Path, db: Db,
                                                               web: tuple[Client, AppContext],
                                                               workers: Callable[[dict[str, str]], Workers]) -> None:
    client, ctx = web
    desk = ctx.desk()
    # A failed document as the queue leaves one: a job whose every try raised (a date that is no
    # date), given up and recorded as failed with its original kept.
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(typed_pdf([_letter(3)]))
    ensure_schema(desk.jobs.require())
    sha, kept = keep_file(desk.cases.originals, letter)
    with build_app(desk).open() as app:
        defer_once(app, FILE, f"file:{sha}", **QueuedFile(sha, kept, "letter.pdf", "2026-13-45", "given",
                                                          "intake").args())
    w = workers(env_for(ctx.config.database_url, ctx.config.cases.originals))
    w.start()
    [(doc_id,)] = wait_until(lambda: db.rows("select id from document where status = 'failed'"),
                             "the file recorded as failed")

    r = client.post(f"/documents/{doc_id}/retry", headers={"Referer": f"{BASE}/inbox"})
    assert r.status_code == 303
    shown = html.unescape(client.get(r.headers["location"]).text)
    assert f"document {doc_id}: queued for the workers (job " in shown and "flash error" not in shown
    wait_until(lambda: _filed(db) == [("letter.pdf", "filed")], "the retry filed by the worker")
    assert db.one("select count(*) from procrastinate_jobs where task_name = :t and status = 'failed'", t=RETRY) == 0

    # a document that did not fail is refused at once, in one line, and nothing is queued
    jobs_before = db.one("select count(*) from procrastinate_jobs where task_name = :t", t=RETRY)
    filed = db.one("select id from document where parent_id is null")
    r = client.post(f"/documents/{filed}/retry", headers={"Referer": f"{BASE}/inbox"})
    shown = html.unescape(client.get(r.headers["location"]).text)
    assert "did not fail: there is nothing to retry" in shown and "flash error" in shown
    assert db.one("select count(*) from procrastinate_jobs where task_name = :t", t=RETRY) == jobs_before
