"""The desk's pages: each route parses its input, checks the account's role, calls one service and
renders what it returns (or redirects with a one-line message after a change)."""

from __future__ import annotations

import csv
import difflib
import io
from datetime import date
from typing import Annotated

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response

from cases import accounts, commands, intake, views, web_commands, web_views
from cases.errors import Invalid, NotFound
from cases.lifecycle import STATUSES, parse_status
from cases.vocab import Priority, ReceivedFrom
from extract.models import KINDS
from jobs.enqueue import Queued
from mail.views import mailbox_status
from responses import markers_in, service
from web import highlight, preview, uploads
from web.charts import bar_chart
from web.render import back, fragment, page, referer_path
from web.security import (
    GUARD,
    Approver,
    Assigner,
    Db,
    Drafter,
    Filer,
    Handler,
    Manager,
    Me,
    cfg_of,
    new_session,
)

router = APIRouter(dependencies=GUARD, include_in_schema=False)

Why = Annotated[str, Form()]
FIELDS = ("kind", "sender_name", "sender_organisation", "sender_email", "represented_party", "their_reference",
          "our_reference", "cited_urls", "cited_review_ids", "quoted_statements", "deadline", "deadline_basis",
          "legal_bases", "letter_date", "language", "sender_country")
FORMATS = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           "eml": "message/rfc822", "pdf": "application/pdf", "txt": "text/plain; charset=utf-8"}


@router.get("/")
def home() -> Response:
    return RedirectResponse("/inbox", status_code=303)


# --- inbox and triage ------------------------------------------------------------------------------

@router.get("/inbox")
def inbox(request: Request, s: Db) -> Response:
    cfg = cfg_of(request)
    return page(request, "inbox.html", new=web_views.new_documents(s), unassigned=web_views.unassigned_cases(s),
                suggestions=views.pending_suggestions(s), triage=views.triage_queue(s),
                failed=intake.failed(s, cfg.cases))


@router.post("/suggestions/{suggestion_id}/{verdict}")
def resolve_suggestion(request: Request, suggestion_id: int, verdict: str, s: Db, me: Filer,
                       why: Why = "") -> Response:
    if verdict not in ("accept", "reject"):
        raise NotFound(f"no such step {verdict!r} (accept or reject)")
    commands.resolve_suggestion(s, suggestion_id, verdict == "accept", cfg_of(request).cases, actor=me.username,
                                why=why)
    return back(request, referer_path(request, "/inbox"), f"suggestion {suggestion_id} {verdict}ed")


@router.post("/documents/{document_id}/triage/{verdict}")
def triage(request: Request, document_id: int, verdict: str, s: Db, me: Filer, why: Why = "") -> Response:
    cfg = cfg_of(request).cases
    if verdict == "accept":
        ref = commands.accept_triage(s, document_id, cfg, actor=me.username, why=why)
    elif verdict == "dismiss":
        ref = commands.dismiss_triage(s, document_id, cfg, actor=me.username, why=why)
    else:
        raise NotFound(f"no such step {verdict!r} (accept or dismiss)")
    return back(request, referer_path(request, "/inbox"), f"document {document_id}: {verdict}ed ({ref})")


@router.post("/documents/{document_id}/retry")
def retry(request: Request, document_id: int, s: Db, me: Filer) -> Response:
    out = uploads.retry(s, document_id, cfg_of(request), actor=me.username)
    if isinstance(out, int):
        return back(request, referer_path(request, "/inbox"),
                    f"document {document_id}: {uploads.QUEUED.format(out)}")
    msg = f"filed to {', '.join(out.case_refs)}" if out.status == "filed" else f"{out.status}: {out.reason}"
    return back(request, referer_path(request, "/inbox"), f"document {document_id} read again: {msg}",
                error=out.status == "failed")


# --- upload ----------------------------------------------------------------------------------------

@router.get("/upload")
def upload_form(request: Request, me: Filer) -> Response:
    return page(request, "upload.html", outcomes=None)


def _outcome_json(o: intake.Outcome | Queued, received: date | None) -> dict[str, object]:
    if isinstance(o, Queued):  # kept and queued: a worker reads it (the day it was given travels with it)
        return {"file": o.path.name, "status": str(o.status), "reason": uploads.queued_reason(o), "documents": 0,
                "attachments": 0, "cases": [], "triage": None, "received": received.isoformat() if received else None,
                "received_from": ReceivedFrom.given.label if received else None}
    return {"file": o.path.name, "status": str(o.status), "reason": o.reason, "documents": o.documents,
            "attachments": o.attachments, "cases": list(o.case_refs), "triage": o.triage,
            "received": o.received.isoformat() if o.received else None,
            "received_from": ReceivedFrom(o.received_from).label if o.received_from else None}


@router.post("/upload")
def upload(request: Request, s: Db, me: Filer, files: Annotated[list[UploadFile], File()],
           received: Annotated[str, Form()] = "") -> Response:
    """Each file is kept first (content-addressed), then read and filed (or queued for the
    workers, where the desk has a queue); a bad file is recorded as failed with its reason and the
    next one goes on."""
    cfg = cfg_of(request)
    day = _day(received, "received")
    outcomes = [_outcome_json(uploads.take(s, f, day, cfg, actor=me.username), day) for f in files]
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse(outcomes)
    return page(request, "upload.html", outcomes=outcomes)


def _day(value: str | None, name: str) -> date | None:
    if not value or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise Invalid(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


# --- documents -------------------------------------------------------------------------------------

@router.get("/documents/{document_id}")
def document(request: Request, document_id: int, s: Db) -> Response:
    cfg = cfg_of(request).cases
    d = web_views.document_detail(s, document_id)
    try:
        orig = web_views.original(s, document_id, cfg)
        pages_ = preview.page_count(orig.path, orig.media_type)
    except NotFound:
        orig, pages_ = None, 0
    suggestions = [x for x in views.pending_suggestions(s) if x.document_id == document_id]
    return page(request, "document.html", d=d, segments=highlight.segments(d.text, d.spans), pages=pages_,
                has_original=orig is not None, fields=FIELDS, kinds=KINDS, suggestions=suggestions)


@router.get("/documents/{document_id}/original")
def original(request: Request, document_id: int, s: Db) -> Response:
    """The kept original, as a download: a hostile file is never rendered by the desk's origin."""
    o = web_views.original(s, document_id, cfg_of(request).cases)
    return FileResponse(o.path, media_type="application/octet-stream", filename=o.filename,
                        headers={"Content-Security-Policy": "sandbox"})


@router.get("/documents/{document_id}/pages/{number}.png")
def page_picture(request: Request, document_id: int, number: int, s: Db) -> Response:
    o = web_views.original(s, document_id, cfg_of(request).cases)
    png = preview.page_png(o.path, o.media_type, number)
    if png is None:
        raise NotFound(f"document {document_id} has no page {number} to show")
    return Response(png, media_type="image/png")


@router.post("/documents/{document_id}/correct")
def correct(request: Request, document_id: int, s: Db, me: Filer, field: Annotated[str, Form()],
            value: Annotated[str, Form()] = "", why: Why = "") -> Response:
    c = commands.correct_document(s, document_id, field, value, cfg_of(request).cases, actor=me.username, why=why)
    reran = f"; ran again: {', '.join(c.reran)}" if c.reran else ""
    return back(request, f"/documents/{document_id}", f"{field} corrected{reran}")


@router.post("/documents/{document_id}/move")
def move(request: Request, document_id: int, s: Db, me: Filer, ref: Annotated[str, Form()], why: Why = "") -> Response:
    to = commands.move(s, document_id, ref, cfg_of(request).cases, actor=me.username, why=why)
    return back(request, f"/cases/{to}", f"document {document_id} moved to {to}")


# --- cases -----------------------------------------------------------------------------------------

@router.get("/cases")
def cases(request: Request, s: Db, q: str = "", status: str = "", all: bool = False, start: int = 0) -> Response:
    flt = views.CaseFilter(status=parse_status(status) if status else None, include_closed=all, text=q or None)
    found = web_views.case_page(s, flt, offset=start, limit=100)
    return page(request, "cases.html", found=found, q=q, status=status, all=all, statuses=STATUSES)


@router.get("/cases/{ref}")
def case(request: Request, ref: str, s: Db) -> Response:
    cfg = cfg_of(request).cases
    c = views.show_case(s, ref, cfg.clock.today())
    drafts = service.list_drafts(s, case_ref=c.ref)
    people = [a for a in accounts.list_users(s) if a.active]
    return page(request, "case.html", c=c, drafts=drafts, people=people, statuses=STATUSES,
                priorities=list(Priority), kinds=KINDS, today=cfg.clock.today())


@router.post("/cases/{ref}/assign")
def assign(request: Request, ref: str, s: Db, me: Assigner, to: Annotated[str, Form()] = "",
           why: Why = "") -> Response:
    a = commands.assign_case(s, ref, cfg_of(request).cases, actor=me.username, to=to or None, auto=not to, why=why)
    return back(request, f"/cases/{a.ref}", f"{a.ref} assigned to {a.username}")


@router.post("/cases/{ref}/status")
def status(request: Request, ref: str, s: Db, me: Handler, status: Annotated[str, Form()], why: Why = "") -> Response:
    new = commands.change_status(s, ref, status, cfg_of(request).cases, actor=me.username, why=why)
    return back(request, f"/cases/{ref.upper()}", f"status: {new}")


@router.post("/cases/{ref}/priority")
def priority(request: Request, ref: str, s: Db, me: Assigner, priority: Annotated[str, Form()],
             why: Why = "") -> Response:
    new = web_commands.set_priority(s, ref, priority, cfg_of(request).cases, actor=me.username, why=why)
    return back(request, f"/cases/{ref.upper()}", f"priority: {new}")


@router.post("/cases/{ref}/kind")
def kind(request: Request, ref: str, s: Db, me: Filer, kind: Annotated[str, Form()], why: Why = "") -> Response:
    commands.set_case_kind(s, ref, kind, cfg_of(request).cases, actor=me.username, why=why)
    return back(request, f"/cases/{ref.upper()}", f"kind: {kind}")


@router.post("/cases/{ref}/merge")
def merge(request: Request, ref: str, s: Db, me: Filer, absorb: Annotated[str, Form()], why: Why = "") -> Response:
    kept = commands.merge(s, ref, absorb, cfg_of(request).cases, actor=me.username, why=why)
    return back(request, f"/cases/{kept}", f"{absorb.upper()} merged into {kept}")


@router.post("/cases/{ref}/split")
def split(request: Request, ref: str, s: Db, me: Filer, documents: Annotated[list[int], Form()], why: Why = "",
          title: Annotated[str, Form()] = "") -> Response:
    new = commands.split(s, ref, documents, cfg_of(request).cases, actor=me.username, why=why, title=title)
    return back(request, f"/cases/{new}", f"split from {ref.upper()} into {new}")


@router.post("/cases/{ref}/deadlines")
def add_deadline(request: Request, ref: str, s: Db, me: Handler, due: Annotated[str, Form()], why: Why = "",
                 label: Annotated[str, Form()] = "", owner: Annotated[str, Form()] = "") -> Response:
    day = _day(due, "due")
    if day is None:
        raise Invalid("say the day it is due (YYYY-MM-DD)")
    commands.add_deadline(s, ref, day, actor=me.username, label=label, why=why, owner=owner or None)
    return back(request, f"/cases/{ref.upper()}", f"deadline added: {day.isoformat()}")


@router.post("/deadlines/{deadline_id}/{step}")
def deadline_step(request: Request, deadline_id: int, step: str, s: Db, me: Handler, why: Why = "",
                  to: Annotated[str, Form()] = "") -> Response:
    cfg = cfg_of(request).cases
    if step == "extend":
        day = commands.extend_deadline(s, deadline_id, cfg, actor=me.username, why=why, to=_day(to, "to"))
        msg = f"deadline {deadline_id} extended to {day.isoformat()}"
    elif step == "waive":
        commands.waive_deadline(s, deadline_id, actor=me.username, why=why)
        msg = f"deadline {deadline_id} waived"
    elif step == "meet":
        state = commands.meet_deadline(s, deadline_id, cfg, actor=me.username, why=why)
        msg = f"deadline {deadline_id}: {state}"
    else:
        raise NotFound(f"no such step {step!r} (extend, waive or meet)")
    return back(request, referer_path(request, "/deadlines"), msg)


# --- drafts ----------------------------------------------------------------------------------------

@router.get("/cases/{ref}/draft")
def choose_template(request: Request, ref: str, s: Db, me: Drafter) -> Response:
    cfg = cfg_of(request)
    c = views.show_case(s, ref, cfg.cases.clock.today())
    mine = service.templates(cfg.responses, c.kind)
    # the acknowledgement first: what a new letter is answered with
    mine.sort(key=lambda t: (t.name != "acknowledgement", t.name, t.language))
    others = [t for t in service.templates(cfg.responses) if t.kind != c.kind]
    return page(request, "choose_template.html", c=c, suggested=mine, others=others)


@router.post("/cases/{ref}/drafts")
def new_draft(request: Request, ref: str, s: Db, me: Drafter, template: Annotated[str, Form()],
              language: Annotated[str, Form()] = "") -> Response:
    r = service.draft_reply(s, ref, cfg_of(request).responses, author=me.username, template=template,
                            language=language or None)
    note = f"; {r.notice.lacking} required notice item(s) missing" if r.notice else ""
    return back(request, f"/drafts/{r.draft.id}", f"draft {r.draft.id} made from {r.draft.template}{note}")


@router.get("/drafts/{draft_id}")
def draft(request: Request, draft_id: int, s: Db, a: int | None = None, b: int | None = None) -> Response:
    detail = service.show_draft(s, draft_id, history=True)
    versions = web_views.draft_versions(s, draft_id)
    diff = None
    if len(versions) > 1:
        by = {v.version: v for v in versions}
        old, new = by.get(a or versions[-2].version), by.get(b or versions[-1].version)
        if old and new:
            diff = list(difflib.unified_diff(old.text.splitlines(), new.text.splitlines(), f"version {old.version}",
                                             f"version {new.version}", lineterm="", n=2))
    cfg = cfg_of(request)
    formats = [f for f in FORMATS if f != "pdf" or cfg.responses.pdf_converter]
    return page(request, "draft.html", d=detail.draft, versions=versions, events=detail.events, diff=diff,
                formats=formats)


@router.post("/drafts/{draft_id}/preview")
def draft_preview(draft_id: int, me: Drafter, text: Annotated[str, Form()] = "") -> Response:
    """The text as it will read, with what is still unresolved picked out (nothing is saved)."""
    return fragment("_preview.html", paragraphs=[p for p in text.split("\n\n")], unresolved=markers_in(text))


@router.post("/drafts/{draft_id}/edit")
def edit_draft(request: Request, draft_id: int, s: Db, me: Drafter, text: Annotated[str, Form()],
               subject: Annotated[str, Form()] = "") -> Response:
    d = service.edit_draft(s, draft_id, text.replace("\r\n", "\n"), cfg_of(request).responses, actor=me.username,
                           subject=subject or None)
    return back(request, f"/drafts/{draft_id}", f"saved as version {d.version}")


@router.post("/drafts/{draft_id}/approve")
def approve(request: Request, draft_id: int, s: Db, me: Approver) -> Response:
    d = service.approve_draft(s, draft_id, cfg_of(request).responses, actor=me.username)
    return back(request, f"/drafts/{draft_id}", f"draft {d.id} approved by {d.approver}")


@router.post("/drafts/{draft_id}/send")
def send(request: Request, draft_id: int, s: Db, me: Drafter) -> Response:
    r = service.send_draft(s, draft_id, cfg_of(request).responses, actor=me.username)
    return back(request, f"/drafts/{draft_id}", f"draft {r.draft.id} marked sent")


@router.post("/drafts/{draft_id}/discard")
def discard(request: Request, draft_id: int, s: Db, me: Drafter, why: Why = "") -> Response:
    d = service.discard_draft(s, draft_id, cfg_of(request).responses, actor=me.username, why=why)
    return back(request, f"/cases/{d.case_ref}", f"draft {d.id} discarded")


@router.get("/drafts/{draft_id}/download/{fmt}")
def download(request: Request, draft_id: int, fmt: str, s: Db) -> Response:
    if fmt not in FORMATS:
        raise NotFound(f"no format {fmt!r} (one of {', '.join(FORMATS)})")
    d = service.show_draft(s, draft_id).draft
    data = service.draft_file(s, draft_id, fmt, cfg_of(request).responses)
    mark = "" if d.status in ("approved", "sent") else "-DRAFT"
    name = f"{d.case_ref}-{d.template.split('/')[-1]}-v{d.version}{mark}"
    return Response(data, media_type=FORMATS[fmt],
                    headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})


# --- deadlines -------------------------------------------------------------------------------------

@router.get("/deadlines")
def deadlines(request: Request, s: Db, me: Me, owner: str = "", team: str = "") -> Response:
    clock = cfg_of(request).cases.clock
    b = web_views.board(s, clock.today(), clock.now(), owner=owner or None, team=team or None)
    return page(request, "deadlines.html", b=b, owner=owner, team=team, today=clock.today(),
                feed_url=request.query_params.get("feed"))


# --- the manager's dashboard -----------------------------------------------------------------------

def _range(request: Request, since: str, until: str) -> tuple[date | None, date]:
    today = cfg_of(request).cases.clock.today()
    end = _day(until, "until") or today
    start = _day(since, "since")
    if start and start > end:
        raise Invalid("the range starts after it ends")
    return start, min(end, today)


@router.get("/dashboard")
def dashboard(request: Request, s: Db, me: Manager, since: Annotated[str, Query()] = "",
              until: Annotated[str, Query()] = "") -> Response:
    start, end = _range(request, since, until)
    r = web_views.report(s, end, start)
    ages = web_views.backlog_by_age(s, end)
    d = r.deadlines
    charts = {
        "kind": bar_chart("Backlog by kind", sorted(r.backlog_by_kind.items(), key=lambda kv: -kv[1])),
        "deadlines": bar_chart("Deadlines", [(k, float(d.get(k, 0))) for k in
                                             ("met", "missed", "passed before receipt", "open", "waived")],
                               tones=["ok", "bad", "warn", "", ""]),
        "sla": bar_chart("First-response SLA met", [
            (f"{t.team} ({'vendor' if t.vendor else 'in-house'})", t.compliance or 0.0) for t in r.sla_by_team],
            percent=True, tones=["ok" if (t.compliance or 0) >= 0.9 else "bad" for t in r.sla_by_team]),
        "workload": bar_chart("Open cases per person", [(w.person, float(w.open_cases)) for w in r.workload]),
    }
    return page(request, "dashboard.html", r=r, ages=ages, age_labels=[label for _, label in web_views.AGES],
                charts=charts, since=since, until=until, end=end)


@router.get("/dashboard.csv")
def dashboard_csv(request: Request, s: Db, me: Manager, since: str = "", until: str = "") -> Response:
    start, end = _range(request, since, until)
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["section", "item", "value"])
    w.writerows(web_views.report(s, end, start).rows())
    for row in web_views.backlog_by_age(s, end):
        for (_, label), n in zip(web_views.AGES, row.counts, strict=True):
            w.writerow(["backlog by age", f"{row.kind} {label}", n])
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="lexdesk-report-{end.isoformat()}.csv"'})


# --- the mailbox -----------------------------------------------------------------------------------

@router.get("/mailbox")
def mailbox(request: Request, s: Db) -> Response:
    """The mailbox at a glance: the last fetch, what each rule did, the messages skipped and failed."""
    return page(request, "mailbox.html", m=mailbox_status(s))


# --- the account -----------------------------------------------------------------------------------

@router.get("/account")
def account(request: Request, me: Me) -> Response:
    return page(request, "account.html", token=None, feed=None)


@router.post("/account/password")
def change_password(request: Request, s: Db, me: Me, current: Annotated[str, Form()],
                    new: Annotated[str, Form()]) -> Response:
    acc = accounts.change_password(s, me.id, current, new)
    response = back(request, "/account", "password changed; other sessions are logged out")
    request.app.state.sessions.write(response, new_session(acc.id, acc.epoch))
    return response


@router.post("/account/api-token")
def api_token(request: Request, s: Db, me: Me) -> Response:
    token = accounts.issue_api_token(s, me.id)
    return page(request, "account.html", token=token, feed=None)


@router.post("/account/feed")
def feed_token(request: Request, s: Db, me: Me) -> Response:
    token = accounts.issue_feed_token(s, me.id)
    return page(request, "account.html", token=None, feed=f"{str(request.base_url).rstrip('/')}/feeds/{token}.ics")


@router.post("/account/feed/revoke")
def revoke_feed(request: Request, s: Db, me: Me) -> Response:
    accounts.revoke_feed_token(s, me.id)
    return back(request, "/account", "calendar feed revoked: its URL no longer works")

