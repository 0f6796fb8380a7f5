"""The context a template is rendered with, built from the case and the document being answered.

Values come from the documents' extracted `fields` (the corpus gold keys), their notice checks,
the case's parties and open deadlines. A value the case does not hold is left out of the context
(never put in as None), so that the template shows it as `[[MISSING: name]]` where it needs it
and skips it where it is optional.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from cases.find import children
from cases.models import Case, Deadline, Document, Party
from cases.vocab import DeadlineSource, DeadlineState, DocumentStatus
from responses.config import ResponsesConfig

LIST_FIELDS = ("cited_urls", "cited_review_ids", "quoted_statements", "legal_bases")
UK = frozenset({"GB", "UK"})
# The member states of the European Union (ISO 3166-1 alpha-2; Greece also as "EL", the EU's own code).
EU = frozenset("AT BE BG HR CY CZ DK EE FI FR DE GR EL HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split())
SENDER_FIELDS = ("sender_name", "sender_organisation", "sender_email", "represented_party", "their_reference")


def answered_document(session: Session, case: Case) -> Document | None:
    """What a draft answers by default: the case's latest top-level document (an email, not its
    attachments) that holds a demand not yet answered (a date the letter sets, a statutory clock),
    else its latest document; a chaser is answered through the request it chases."""
    docs = session.exec(
        select(Document).where(Document.case_id == case.id, col(Document.parent_id).is_(None))
    ).all()
    filed = [d for d in docs if d.status != DocumentStatus.failed] or list(docs)
    if not filed:
        return None
    pending = session.exec(select(Deadline).where(
        Deadline.case_id == case.id, col(Deadline.source).in_([DeadlineSource.letter, DeadlineSource.statutory]),
        col(Deadline.met_at).is_(None), col(Deadline.state).in_([DeadlineState.open, DeadlineState.missed]))).all()
    parents = {d.id: d.parent_id for d in session.exec(select(Document).where(Document.case_id == case.id)).all()}
    holders = {parents.get(d.document_id) or d.document_id for d in pending if d.document_id}
    candidates = [d for d in filed if d.id in holders] or filed
    pick = max(candidates, key=lambda d: (d.received or date.min, d.id or 0))
    return _request_of(session, case, pick)


def _request_of(session: Session, case: Case, doc: Document) -> Document:
    """The request a chaser chases (a chaser of a chaser: the first request)."""
    seen: set[int | None] = {doc.id}
    while doc.reminder_of and doc.reminder_of not in seen:
        chased = session.get(Document, doc.reminder_of)
        if chased is None or chased.case_id != case.id:
            break
        seen.add(chased.id)
        doc = chased
    return doc


def _dated(doc: Document, family: Iterable[Document]) -> date | None:
    """A document's own date: the letter's (in its family, the letter itself first), else the day
    an email was sent. Never the day it reached us: that is `received`."""
    for d in [*[x for x in family if x.id != doc.id], doc]:
        if d.letter_date:
            return d.letter_date
    return doc.sent_at.date() if doc.sent_at else None


def _dates(session: Session, doc: Document) -> dict[str, Any]:
    own = family(session, doc)
    return {"dated": _dated(doc, own), "received": doc.received}


def family(session: Session, doc: Document) -> list[Document]:
    """A document and its attachments, the document first."""
    return [doc, *children(session, doc)]


def case_documents(session: Session, case: Case) -> list[Document]:
    docs = session.exec(select(Document).where(Document.case_id == case.id)).all()
    return sorted(docs, key=lambda d: (d.received or date.min, d.id or 0), reverse=True)


def missing_notice_items(docs: Iterable[Document]) -> list[dict[str, str]]:
    """What a defective notice lacks, from extraction's notice checks wherever filing kept them
    (`Document.evidence["notice_checks"]` or `Document.fields["notice_checks"]`)."""
    out: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for d in docs:
        checks = (d.evidence or {}).get("notice_checks") or (d.fields or {}).get("notice_checks") or []
        for c in checks:
            if not isinstance(c, Mapping) or c.get("present", True):
                continue
            key = (str(c.get("regime", "")), str(c.get("item", "")))
            if key in seen:
                continue
            seen.add(key)
            out.append({"regime": key[0], "item": key[1], "label": str(c.get("label") or key[1].replace("_", " "))})
    return out


def build_context(
    session: Session,
    case: Case,
    cfg: ResponsesConfig,
    *,
    document: Document | None = None,
    language: str | None = None,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    head = cfg.head
    doc = document or answered_document(session, case)
    own = family(session, doc) if doc else []
    own_ids = {d.id for d in own}
    others = [d for d in case_documents(session, case) if d.id not in own_ids]

    ctx: dict[str, Any] = {
        "case_ref": case.ref,
        "case_title": case.title,
        "case_opened": case.opened,
        "kind": case.kind or (doc.kind if doc else None) or _first(own, "kind"),
        "today": cfg.cases.clock.today(),
        "language": language or (doc.language if doc else None) or _first(own, "language") or "en",
        "platform": cfg.cases.profile.name,
        "organisation": head.organisation,
        "team": head.team,
        "team_email": head.email,
        "team_address": list(head.address),
        "signatory": head.signatory,
    }
    # Who we answer: the answered document and its attachments only (another document of the case
    # may come from the other side).
    for f in SENDER_FIELDS:
        ctx[f] = _first(own, f)
    if not ctx["their_reference"] and ctx["sender_email"]:
        same_sender = [d for d in others if (d.fields or {}).get("sender_email") == ctx["sender_email"]]
        ctx["their_reference"] = _first(same_sender, "their_reference")
    ctx["our_reference"] = _first(own, "our_reference")
    ctx["addressee"] = ctx["sender_name"] or ctx["sender_organisation"]
    # What it is about: the answered family first, then the rest of the case.
    for f in LIST_FIELDS:
        ctx[f] = _union([*own, *others], f)
    if doc:
        today = cfg.cases.clock.today()
        # The letter's own date is its date ("your letter of 2 November"); `received` is ours.
        ctx["letter_date"] = _dated(doc, own)
        ctx["received"] = doc.received
        ctx["subject"] = doc.subject
        ctx["from_addr"] = doc.from_addr
        ctx["document_kind"] = (doc.fields or {}).get("kind") or doc.kind
        deadline = _as_date(_first(own, "deadline"))
        ctx["deadline"] = deadline
        ctx["deadline_basis"] = _first(own, "deadline_basis") if deadline else None
        if deadline:
            # The template says we reply after it, or leaves it out; it never quotes it as if ahead.
            ctx["deadline_passed"] = deadline < today
            ctx["deadline_passed_before_receipt"] = bool(doc.received and deadline < doc.received)
        chasers = session.exec(select(Document).where(Document.reminder_of == doc.id)
                               .order_by(col(Document.received), col(Document.id))).all()
        ctx["reminders"] = [_dates(session, c) for c in chasers]
        if doc.reminder_of:
            chased = session.get(Document, doc.reminder_of)
            if chased is not None:
                ctx["reminder_of"] = _dates(session, chased)
        country = _country(own)
        ctx["sender_country"] = country
        # Which law a reply names: a UK sender's data rights are the UK GDPR's and the DPA 2018's;
        # the DSA's procedures are cited to senders in the EU only.
        ctx["in_uk"] = country in UK
        ctx["in_eu"] = country in EU
    ctx["missing_items"] = missing_notice_items(own)
    ctx["parties"] = _parties(session.exec(
        select(Party).where(Party.case_id == case.id).order_by(col(Party.id))).all())
    open_deadlines = session.exec(
        select(Deadline).where(Deadline.case_id == case.id, Deadline.state == DeadlineState.open)
        .order_by(col(Deadline.due))
    ).all()
    ctx["deadlines"] = [
        {"due": d.due, "source": str(d.source), "regime": d.regime, "basis": d.basis} for d in open_deadlines
    ]
    if open_deadlines:
        ctx["next_deadline"] = open_deadlines[0].due
    if extra:
        ctx.update(extra)
    return {k: v for k, v in ctx.items() if not _empty(v)}


def _parties(rows: Iterable[Party]) -> list[dict[str, Any]]:
    """One entry per name: the most specific role known (an imported "party" may be filed again as
    "client" or "sender") and any email address."""
    out: dict[str, dict[str, Any]] = {}
    for p in rows:
        key = " ".join(p.name.lower().split())
        seen = out.get(key)
        if seen is None:
            out[key] = {"name": p.name, "role": p.role, "email": p.email}
            continue
        if seen["role"] == "party" and p.role != "party":
            seen["role"] = p.role
        seen["email"] = seen["email"] or p.email
    return list(out.values())


def _country(docs: Iterable[Document]) -> str | None:
    """The sender's country (two letters) as a person corrected it or extraction read it."""
    for d in docs:
        value = (d.fields or {}).get("sender_country") or ((d.evidence or {}).get("sender_country") or {}).get("value")
        if isinstance(value, str) and value.strip():
            return value.strip().upper()
    return None


def _first(docs: Iterable[Document], field: str) -> Any:
    for d in docs:
        v = (d.fields or {}).get(field)
        if v is None and field in ("kind", "language"):
            v = getattr(d, field, None)
        if not _empty(v):
            return v
    return None


def _union(docs: Iterable[Document], field: str) -> list[Any]:
    out: dict[Any, None] = {}
    for d in docs:
        for v in (d.fields or {}).get(field) or []:
            if not _empty(v):
                out.setdefault(v, None)
    return list(out)


def _as_date(v: Any) -> date | None:
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if isinstance(v, str):
        try:
            return date.fromisoformat(v[:10])
        except ValueError:
            return None
    return None


def _empty(v: Any) -> bool:
    return v is None or v == "" or (isinstance(v, (list, tuple, dict)) and not v)
