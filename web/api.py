"""The JSON API: the desk's operations for scripts and other tools, with the OpenAPI document and
its Swagger UI behind the same login (a session, or `Authorization: Bearer TOKEN` made on the
Account page). The same services and role checks as the pages."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from pydantic import BaseModel
from starlette.responses import HTMLResponse, JSONResponse, Response

from cases import commands, views, web_commands, web_views
from cases.accounts import Account
from cases.lifecycle import parse_status
from cases.vocab import ReceivedFrom
from jobs.enqueue import Queued
from responses import service
from web import uploads
from web.render import ENV
from web.security import GUARD, Approver, Assigner, Db, Drafter, Filer, Handler, Manager, Me, cfg_of

router = APIRouter(prefix="/api", dependencies=GUARD, tags=["desk"])


# --- the API's own documentation, behind the login ------------------------------------------------

@router.get("/openapi.json", include_in_schema=False)
def openapi(request: Request) -> JSONResponse:
    return JSONResponse(request.app.openapi())


@router.get("/docs", include_in_schema=False)
def docs() -> HTMLResponse:
    return HTMLResponse(ENV.get_template("api_docs.html").render())


# --- bodies ----------------------------------------------------------------------------------------

class CorrectionIn(BaseModel):
    field: str
    value: str
    why: str = ""


class VerdictIn(BaseModel):
    accept: bool
    why: str = ""


class DeadlineIn(BaseModel):
    due: date
    why: str
    label: str = ""
    owner: str | None = None


class ExtendIn(BaseModel):
    why: str
    to: date | None = None  # None: GDPR Art. 12(3)'s two months


class WhyIn(BaseModel):
    why: str


class AssignIn(BaseModel):
    to: str | None = None  # None: the least-loaded member of the team for its kind
    why: str = ""


class StatusIn(BaseModel):
    status: str
    why: str = ""


class PriorityIn(BaseModel):
    priority: str
    why: str = ""


class DraftIn(BaseModel):
    template: str = "acknowledgement"
    language: str | None = None
    document_id: int | None = None


class EditIn(BaseModel):
    text: str
    subject: str | None = None


class OutcomeOut(BaseModel):
    file: str
    status: str
    reason: str | None
    documents: int
    attachments: int
    cases: list[str]
    triage: str | None
    received: date | None
    received_from: str | None
    job: int | None = None  # queued for the workers: the job's id


# --- reads -----------------------------------------------------------------------------------------

@router.get("/me")
def me(me: Me) -> Account:
    return me


@router.get("/cases")
def list_cases(s: Db, q: str = "", status: str | None = None, all: bool = False) -> list[views.CaseRow]:
    flt = views.CaseFilter(status=parse_status(status) if status else None, include_closed=all, text=q or None)
    return views.list_cases(s, flt)


@router.get("/cases/{ref}")
def show_case(request: Request, ref: str, s: Db) -> views.CaseDetail:
    return views.show_case(s, ref, cfg_of(request).cases.clock.today())


@router.get("/documents/{document_id}")
def show_document(document_id: int, s: Db) -> web_views.DocumentDetail:
    return web_views.document_detail(s, document_id)


@router.get("/inbox/suggestions")
def suggestions(s: Db) -> list[views.SuggestionRow]:
    return views.pending_suggestions(s)


@router.get("/inbox/triage")
def triage(s: Db) -> list[views.TriageRow]:
    return views.triage_queue(s)


@router.get("/deadlines")
def deadlines(request: Request, s: Db, owner: str | None = None, overdue: bool = False) -> list[views.DeadlineRow]:
    clock = cfg_of(request).cases.clock
    return views.deadlines(s, views.DeadlineQuery(overdue=overdue, assignee=owner), clock.today(), clock.now())


@router.get("/report")
def report(request: Request, s: Db, me: Manager, since: date | None = None) -> dict[str, Any]:
    return web_views.report(s, cfg_of(request).cases.clock.today(), since).as_json()


@router.get("/drafts/{draft_id}")
def show_draft(draft_id: int, s: Db) -> service.DraftDetail:
    return service.show_draft(s, draft_id, history=True)


@router.get("/drafts/{draft_id}/file/{fmt}")
def draft_file(request: Request, draft_id: int, fmt: str, s: Db) -> Response:
    return Response(service.draft_file(s, draft_id, fmt, cfg_of(request).responses),
                    media_type="application/octet-stream",
                    headers={"Content-Disposition": f'attachment; filename="draft-{draft_id}.{fmt}"'})


# --- changes ---------------------------------------------------------------------------------------

@router.post("/documents")
def upload(request: Request, s: Db, me: Filer, files: Annotated[list[UploadFile], File()],
           received: Annotated[date | None, Form()] = None) -> list[OutcomeOut]:
    """Keep, read and file each file (or keep it and queue it for the workers, where the desk has a
    queue: status `queued`, its `job`); what became of each."""
    out = []
    for f in files:
        o = uploads.take(s, f, received, cfg_of(request), actor=me.username)
        if isinstance(o, Queued):
            out.append(OutcomeOut(file=o.path.name, status=str(o.status), reason=uploads.queued_reason(o),
                                  documents=0, attachments=0, cases=[], triage=None, received=received,
                                  received_from=str(ReceivedFrom.given) if received else None, job=o.job_id))
            continue
        out.append(OutcomeOut(file=o.path.name, status=str(o.status), reason=o.reason, documents=o.documents,
                              attachments=o.attachments, cases=list(o.case_refs), triage=o.triage,
                              received=o.received, received_from=str(o.received_from) if o.received_from else None))
    return out


@router.post("/documents/{document_id}/corrections")
def correct(request: Request, document_id: int, body: CorrectionIn, s: Db, me: Filer) -> dict[str, Any]:
    c = commands.correct_document(s, document_id, body.field, body.value, cfg_of(request).cases, actor=me.username,
                                  why=body.why)
    return {"document_id": c.document_id, "case": c.case_ref, "field": c.field, "before": c.before,
            "after": c.after, "machine": c.machine, "reran": list(c.reran)}


@router.post("/suggestions/{suggestion_id}")
def resolve(request: Request, suggestion_id: int, body: VerdictIn, s: Db, me: Filer) -> dict[str, Any]:
    commands.resolve_suggestion(s, suggestion_id, body.accept, cfg_of(request).cases, actor=me.username, why=body.why)
    return {"suggestion": suggestion_id, "accepted": body.accept}


@router.post("/cases/{ref}/deadlines")
def add_deadline(ref: str, body: DeadlineIn, s: Db, me: Handler) -> dict[str, int]:
    return {"id": commands.add_deadline(s, ref, body.due, actor=me.username, label=body.label, why=body.why,
                                        owner=body.owner)}


@router.post("/deadlines/{deadline_id}/extend")
def extend(request: Request, deadline_id: int, body: ExtendIn, s: Db, me: Handler) -> dict[str, date]:
    return {"due": commands.extend_deadline(s, deadline_id, cfg_of(request).cases, actor=me.username, why=body.why,
                                            to=body.to)}


@router.post("/deadlines/{deadline_id}/waive")
def waive(deadline_id: int, body: WhyIn, s: Db, me: Handler) -> dict[str, str]:
    commands.waive_deadline(s, deadline_id, actor=me.username, why=body.why)
    return {"state": "waived"}


@router.post("/cases/{ref}/assign")
def assign(request: Request, ref: str, body: AssignIn, s: Db, me: Assigner) -> commands.Assignment:
    return commands.assign_case(s, ref, cfg_of(request).cases, actor=me.username, to=body.to, auto=not body.to,
                                why=body.why)


@router.post("/cases/{ref}/status")
def status(request: Request, ref: str, body: StatusIn, s: Db, me: Handler) -> dict[str, str]:
    return {"status": str(commands.change_status(s, ref, body.status, cfg_of(request).cases, actor=me.username,
                                                 why=body.why))}


@router.post("/cases/{ref}/priority")
def priority(request: Request, ref: str, body: PriorityIn, s: Db, me: Assigner) -> dict[str, str]:
    return {"priority": str(web_commands.set_priority(s, ref, body.priority, cfg_of(request).cases,
                                                      actor=me.username, why=body.why))}


@router.post("/cases/{ref}/drafts")
def new_draft(request: Request, ref: str, body: DraftIn, s: Db, me: Drafter) -> service.DraftView:
    return service.draft_reply(s, ref, cfg_of(request).responses, author=me.username, template=body.template,
                               language=body.language, document_id=body.document_id).draft


@router.put("/drafts/{draft_id}")
def edit_draft(request: Request, draft_id: int, body: EditIn, s: Db, me: Drafter) -> service.DraftView:
    return service.edit_draft(s, draft_id, body.text, cfg_of(request).responses, actor=me.username,
                              subject=body.subject)


@router.post("/drafts/{draft_id}/approve")
def approve(request: Request, draft_id: int, s: Db, me: Approver) -> service.DraftView:
    return service.approve_draft(s, draft_id, cfg_of(request).responses, actor=me.username)


@router.post("/drafts/{draft_id}/send")
def send(request: Request, draft_id: int, s: Db, me: Drafter) -> service.DraftView:
    return service.send_draft(s, draft_id, cfg_of(request).responses, actor=me.username).draft
