"""Every route of the web desk, enumerated from the app (a new route cannot escape): it refuses an
anonymous request and a form posted from another site; what changes data checks the role; a
hostile email renders inert; the security headers are on every answer."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlmodel import select
from starlette.routing import BaseRoute

from cases.db import Database
from cases.models import Document, Draft
from tests.conftest import lexdesk
from tests.web import letters
from tests.web.conftest import BASE, PASSWORD, Desk, as_user
from web.auth import PUBLIC


def api_routes(found: Iterable[BaseRoute]) -> Iterator[APIRoute]:
    """Every route, within included routers too (FastAPI keeps them apart as of 0.160)."""
    for r in found:
        if isinstance(r, APIRoute):
            yield r
        elif hasattr(r, "original_router"):
            yield from api_routes(r.original_router.routes)


def routes(app: FastAPI) -> list[tuple[str, str]]:
    """(method, path) of every route but the public ones, path parameters filled with a value."""
    out = []
    for r in api_routes(app.routes):
        if r.path in PUBLIC:
            continue
        path = r.path
        for p in r.dependant.path_params:
            value = "1" if p.field_info.annotation is int else "x"
            path = path.replace("{" + p.name + "}", value)
        out += [(m, path) for m in sorted(r.methods or ())]
    return out


def test_the_app_has_the_routes_it_should(app: FastAPI) -> None:
    paths = {p for _, p in routes(app)}
    for expected in ("/inbox", "/upload", "/documents/1", "/cases/x", "/drafts/1", "/deadlines", "/dashboard",
                     "/api/cases", "/api/docs", "/api/openapi.json"):
        assert expected in paths
    assert len(paths) > 40


def test_every_route_refuses_an_anonymous_request(app: FastAPI, client: TestClient) -> None:
    for method, path in routes(app):
        r = client.request(method, path, headers={"Origin": BASE}, follow_redirects=False)
        assert r.status_code in (401, 303), (method, path, r.status_code)
        if r.status_code == 303:
            assert r.headers["location"].startswith("/login"), (method, path)
        assert "Content-Security-Policy" in r.headers


def test_every_route_refuses_a_cross_site_form_post(app: FastAPI) -> None:
    admin = as_user(app, "ada")  # every role check would pass: only the cross-site check refuses
    for method, path in routes(app):
        verb = "POST" if method in ("GET", "HEAD") else method  # a read-only route refuses the post itself
        for headers in ({"Origin": "https://evil.example"}, {"Origin": "null"}, {"Sec-Fetch-Site": "cross-site"}):
            r = admin.client.request(verb, path, data={"csrf": admin.csrf}, headers=headers, follow_redirects=False)
            assert r.status_code in (403, 405), (verb, path, headers, r.status_code)
        # from this site, but without the session's token (a form a script of another site made)
        r = admin.client.request(verb, path, data={"x": "1"}, headers={"Origin": BASE}, follow_redirects=False)
        assert r.status_code in (403, 405), (verb, path, r.status_code)
        if verb != "POST" or method == "POST":
            assert r.status_code == 403, (verb, path)


def test_the_login_refuses_a_cross_site_post(client: TestClient) -> None:
    client.get("/login")
    r = client.post("/login", data={"username": "sam", "password": PASSWORD, "csrf": "guess"},
                    headers={"Origin": "https://evil.example"}, follow_redirects=False)
    assert r.status_code == 403


def test_logging_in_and_out(app: FastAPI, client: TestClient) -> None:
    r = client.get("/inbox", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/login?next=/inbox"
    desk = as_user(app, " SAM ")  # a name as typed: case and spaces do not matter
    assert desk.client.get("/inbox").status_code == 200
    cookie = next(c for c in desk.client.cookies.jar if c.name == "lexdesk_session")
    assert cookie.secure and cookie.has_nonstandard_attr("HttpOnly")
    assert desk.post("/logout").status_code == 303
    assert desk.client.get("/inbox", follow_redirects=False).status_code == 303


def test_wrong_passwords_are_throttled(client: TestClient) -> None:
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)  # type: ignore[union-attr]
    for _ in range(5):
        r = client.post("/login", data={"username": "sam", "password": "wrong guess", "csrf": token},
                        headers={"Origin": BASE})
        assert r.status_code == 401
    r = client.post("/login", data={"username": "sam", "password": PASSWORD, "csrf": token}, headers={"Origin": BASE})
    assert r.status_code == 429  # even the right password waits until the window passes


def test_a_reset_password_ends_the_sessions_made_before(app: FastAPI, database: Database) -> None:
    from cases import accounts

    desk = as_user(app, "sam")
    with database.session() as s:
        accounts.reset_password(s, "sam", actor="ada", password="another long one")
    assert desk.client.get("/inbox", follow_redirects=False).status_code == 303


def test_a_disabled_account_is_out_at_once(app: FastAPI, database: Database) -> None:
    from cases import accounts

    desk = as_user(app, "sam")
    with database.session() as s:
        accounts.disable_user(s, "sam", actor="ada")
    assert desk.client.get("/inbox", follow_redirects=False).status_code == 303


def test_role_checks(app: FastAPI) -> None:
    sam = as_user(app, "sam")
    assert sam.client.get("/dashboard").status_code == 403
    assert sam.client.get("/dashboard.csv").status_code == 403
    assert sam.client.get("/api/report").status_code == 403
    ann = as_user(app, "ann")  # appeals: drafts, does not file
    assert ann.client.get("/upload").status_code == 403
    r = ann.post("/upload", files={"files": ("a.txt", b"hello")})
    assert r.status_code == 403
    meg = as_user(app, "meg")
    r = meg.client.get("/dashboard")
    assert r.status_code == 200 and "<svg" in r.text
    csv = meg.client.get("/dashboard.csv?since=2026-01-01")
    assert csv.status_code == 200 and csv.text.startswith("section,item,value")


def upload(desk: Desk, name: str, data: bytes, received: str = "") -> list[dict[str, object]]:
    r = desk.post("/upload", data={"received": received}, files={"files": (name, data)},
                  headers={"Accept": "application/json"})
    assert r.status_code == 200, r.text
    out: list[dict[str, object]] = r.json()
    return out


def test_a_script_laden_email_renders_inert(desk: Desk) -> None:
    [outcome] = upload(desk, "hostile.eml", letters.hostile_email())
    assert outcome["status"] == "filed"
    html = desk.client.get("/inbox").text
    doc = re.search(r'href="/documents/(\d+)">hostile.eml', html)
    assert doc, html[:3000]
    page = desk.client.get(f"/documents/{doc.group(1)}")
    assert page.status_code == 200
    body = page.text
    for mark in ("<script>window", "<iframe", "onerror=", "onload=\"window", "javascript:window", "<svg",
                 "onmouseover="):
        assert mark not in body, mark
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in body  # the subject, shown as text
    csp = page.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    # the original is only ever a download, never rendered by the desk's origin
    r = desk.client.get(f"/documents/{doc.group(1)}/original")
    assert r.headers["content-type"] == "application/octet-stream"
    assert r.headers["content-disposition"].startswith("attachment")


def test_upload_file_correct_and_case(desk: Desk, app: FastAPI) -> None:
    letter = letters.pdf_letter()
    [pdf] = upload(desk, "letter.pdf", letter, received="2026-11-04")
    assert pdf["status"] == "filed" and pdf["cases"]
    [eml] = upload(desk, "complaint.eml", letters.email_with_attachment())
    assert eml["attachments"] == 1 and eml["received_from"] == "its Date header"
    [again] = upload(desk, "copy.pdf", letter)
    assert again["status"] == "duplicate"
    [bad] = upload(desk, "broken.pdf", b"%PDF-1.4 not really")
    assert bad["status"] == "failed" and bad["reason"]
    ref = str(pdf["cases"][0])  # type: ignore[index]
    page = desk.client.get(f"/cases/{ref}").text
    assert letters.REVIEW_URL in page and letters.PDF_DEADLINE in page
    doc_id = re.search(r'href="/documents/(\d+)">letter.pdf', page).group(1)  # type: ignore[union-attr]
    doc = desk.client.get(f"/documents/{doc_id}").text
    assert re.search(r'<mark class="ev" data-ev="[^"]*\bdeadline\b[^"]*">by 27 November 2026', doc), doc[:4000]
    assert re.search(r'<mark class="ev" data-ev="[^"]*cited_review_ids\.0', doc)
    r = desk.post(f"/documents/{doc_id}/correct", data={"field": "their_reference", "value": "HF/QM/2041-A",
                                                        "why": "the letter's own ref"})
    assert r.status_code == 303
    doc = desk.client.get(f"/documents/{doc_id}").text
    assert "HF/QM/2041-A" in doc and "corrected" in doc
    # a mistake is one line on the page it came from, not a traceback
    r = desk.post(f"/documents/{doc_id}/correct", data={"field": "kind", "value": "nonsense"},
                  headers={"Referer": f"{BASE}/documents/{doc_id}"})
    assert r.status_code == 303 and r.headers["location"] == f"/documents/{doc_id}"
    assert "flash error" in desk.client.get(r.headers["location"]).text
    failed = desk.client.get("/inbox").text
    assert "broken.pdf" in failed and 'action="/documents/' in failed
    # the case's deadline on the board
    board = desk.client.get("/deadlines").text
    assert ref in board


def test_four_eyes_in_the_browser_door_and_the_command_line(app: FastAPI, database: Database) -> None:
    sam = as_user(app, "sam")
    [pdf] = upload(sam, "letter.pdf", letters.pdf_letter(), received="2026-11-04")
    ref = str(pdf["cases"][0])  # type: ignore[index]
    ann = as_user(app, "ann")
    r = ann.post(f"/cases/{ref}/drafts", data={"template": "acknowledgement"})
    assert r.status_code == 303, r.text
    draft_id = int(r.headers["location"].rsplit("/", 1)[1])
    assert ann.post(f"/drafts/{draft_id}/approve").status_code == 403  # the author
    with database.session() as s:
        assert s.exec(select(Draft)).one().status == "draft"
    for who in ("ann", "ANN ", "nobody", ""):
        result = lexdesk(Path(database.url), "drafts", "approve", str(draft_id), user=who)
        assert result.exit_code == 1, (who, result.output)
    abe = as_user(app, "abe")
    r = abe.post(f"/drafts/{draft_id}/approve")
    assert r.status_code == 303
    page = abe.client.get(f"/drafts/{draft_id}").text
    assert "approved by abe" in page
    docx = abe.client.get(f"/drafts/{draft_id}/download/docx")
    assert docx.status_code == 200 and docx.content[:2] == b"PK"


def test_the_api_with_a_token(app: FastAPI, client: TestClient) -> None:
    meg = as_user(app, "meg")
    html = meg.post("/account/api-token").text
    token = re.search(r'<code id="api-token">([^<]+)</code>', html).group(1)  # type: ignore[union-attr]
    fresh = TestClient(app, base_url=BASE)
    assert fresh.get("/api/cases").status_code == 401
    r = fresh.get("/api/me", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200 and r.json()["username"] == "meg"
    # a bearer token is no ambient credential: no CSRF token needed, and none helps without it
    r = fresh.post("/api/cases/CI-2026-0001/status", json={"status": "open"},
                   headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 404 and "no case" in r.json()["detail"]
    spec = fresh.get("/api/openapi.json", headers={"Authorization": f"Bearer {token}"}).json()
    assert spec["paths"] and spec["openapi"].startswith("3.0")  # what the bundled Swagger UI reads
    assert spec["components"]["securitySchemes"]["token"]["scheme"] == "bearer"
    assert fresh.get("/api/me", headers={"Authorization": "Bearer nope"}).status_code == 401


def test_the_calendar_feed_is_private_and_revocable(app: FastAPI, client: TestClient) -> None:
    meg = as_user(app, "meg")
    html = meg.post("/account/feed").text
    url = re.search(r'<code id="feed-url">([^<]+)</code>', html).group(1)  # type: ignore[union-attr]
    path = url.replace(BASE, "")
    r = client.get(path)
    assert r.status_code == 200 and r.text.startswith("BEGIN:VCALENDAR")
    assert client.get("/feeds/not-a-token.ics").status_code == 404
    meg.post("/account/feed/revoke")
    assert client.get(path).status_code == 404


def test_a_date_range_that_ends_before_it_starts_is_refused(app: FastAPI) -> None:
    meg = as_user(app, "meg")
    r = meg.client.get("/dashboard?since=2026-12-01&until=2026-01-01")
    assert r.status_code == 400 and "starts after it ends" in r.text


def test_an_uploaded_file_name_is_only_a_name(desk: Desk) -> None:
    for name in ("..", "../../etc/passwd", "C:\\temp\\note.txt"):
        [outcome] = upload(desk, name, b"A short note about nothing in particular, " + name.encode())
        assert outcome["status"] in ("filed", "failed") and "/" not in str(outcome["file"])
        assert "\\" not in str(outcome["file"])


def test_working_on_cases_from_their_page(app: FastAPI) -> None:
    meg = as_user(app, "meg")
    [a] = upload(meg, "letter.pdf", letters.pdf_letter(), received="2026-11-04")
    [b] = upload(meg, "complaint.eml", letters.email_with_attachment())
    ref_a, ref_b = str(a["cases"][0]), str(b["cases"][0])  # type: ignore[index]
    assert ref_a != ref_b

    def ok_post(url: str, **data: object) -> str:
        r = meg.post(url, data=data, headers={"Referer": f"{BASE}/cases/{ref_a}"})
        assert r.status_code == 303, r.text
        page = meg.client.get(r.headers["location"])
        assert "flash error" not in page.text, page.text[page.text.find("flash"):][:300]
        return page.text

    assert "assigned to ann" in ok_post(f"/cases/{ref_a}/assign", to="ann", why="appeals to draft")
    assert "priority: low" in ok_post(f"/cases/{ref_a}/priority", priority="low", why="the sender withdrew")
    assert "status: open" in ok_post(f"/cases/{ref_a}/status", status="open")
    assert "kind: ip_notice" in ok_post(f"/cases/{ref_a}/kind", kind="ip_notice", why="a copyright claim")
    page = ok_post(f"/cases/{ref_a}/merge", absorb=ref_b, why="the same matter")
    assert f"{ref_b} merged into {ref_a}" in page and "complaint.eml" in page
    email_id = re.search(r'href="/documents/(\d+)">complaint.eml', page).group(1)  # type: ignore[union-attr]
    page = ok_post(f"/cases/{ref_a}/split", documents=[email_id], why="another matter after all", title="apart")
    new_ref = re.search(r"into (CI-\d{4}-\d{4})", page).group(1)  # type: ignore[union-attr]
    page = ok_post(f"/documents/{email_id}/move", ref=ref_a, why="back again")
    assert f"moved to {ref_a}" in page
    timeline = meg.client.get(f"/cases/{ref_a}").text
    for action in ("case.assigned", "case.priority", "case.merged", "case.split"):
        assert action in timeline, action
    assert new_ref
    # a deadline extended and waived, with reasons
    dl_id = re.search(r'action="/deadlines/(\d+)/extend"', timeline).group(1)  # type: ignore[union-attr]
    assert "extended to 2027-01-15" in ok_post(f"/deadlines/{dl_id}/extend", to="2027-01-15", why="agreed by phone")
    assert "waived" in ok_post(f"/deadlines/{dl_id}/waive", why="withdrawn by the sender")
    r = meg.post(f"/deadlines/{dl_id}/extend", data={"to": "2027-02-01"}, headers={"Referer": f"{BASE}/deadlines"})
    assert "flash error" in meg.client.get(r.headers["location"]).text  # no reason, no change


def test_a_draft_from_first_version_to_sent(app: FastAPI) -> None:
    sam = as_user(app, "sam")
    [a] = upload(sam, "letter.pdf", letters.pdf_letter(), received="2026-11-04")
    ref = str(a["cases"][0])  # type: ignore[index]
    ann, abe = as_user(app, "ann"), as_user(app, "abe")
    choose = ann.client.get(f"/cases/{ref}/draft").text
    assert choose.index("acknowledgement") < choose.index("other kinds")  # the suggested template first
    draft_id = ann.post(f"/cases/{ref}/drafts", data={"template": "acknowledgement"}).headers["location"].split("/")[-1]
    text = ann.client.get(f"/drafts/{draft_id}").text
    body = re.search(r'<textarea name="text"[^>]*>(.*?)</textarea>', text, re.S).group(1)  # type: ignore[union-attr]
    preview = ann.post(f"/drafts/{draft_id}/preview", data={"text": "Dear [[MISSING: name]],\n\nThanks."})
    assert preview.status_code == 200 and "Unresolved: name" in preview.text
    assert ann.post(f"/drafts/{draft_id}/edit", data={"text": "Dear [[MISSING: name]],\n\nThanks."}).status_code == 303
    r = abe.post(f"/drafts/{draft_id}/approve", headers={"Referer": f"{BASE}/drafts/{draft_id}"})
    assert "unresolved" in abe.client.get(r.headers["location"]).text  # placeholders block approval
    ann.post(f"/drafts/{draft_id}/edit", data={"text": body.replace("&#39;", "'").replace("&amp;", "&")})
    assert abe.post(f"/drafts/{draft_id}/approve").status_code == 303
    page = abe.client.get(f"/drafts/{draft_id}").text
    assert "approved by abe" in page and 'id="diff"' in page
    eml = abe.client.get(f"/drafts/{draft_id}/download/eml")
    assert eml.status_code == 200 and b"DRAFT" not in eml.content[:2000]
    assert abe.post(f"/drafts/{draft_id}/send").status_code == 303
    assert "sent" in abe.client.get(f"/drafts/{draft_id}").text
    assert sam.post(f"/drafts/{draft_id}/approve").status_code == 403  # a specialist does not approve


def test_a_failed_upload_is_read_again_in_process_on_sqlite(desk: Desk, database: Database) -> None:
    """Without a queue (the SQLite default) the retry button reads the kept original here and says
    what became of it (with a queue it is queued: tests/jobs/test_web_queue.py)."""
    [outcome] = upload(desk, "broken.pdf", b"%PDF-1.4\n% not a PDF at all\n")
    assert outcome["status"] == "failed"
    with database.session() as s:
        [failed] = s.exec(select(Document.id).where(Document.status == "failed")).all()
    r = desk.post(f"/documents/{failed}/retry", headers={"Referer": f"{BASE}/inbox"})
    assert r.status_code == 303
    shown = html.unescape(desk.client.get(r.headers["location"]).text)
    assert f"document {failed} read again: failed:" in shown
