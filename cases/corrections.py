"""A person corrects what the machine read, and what depends on it runs again.

`correct` sets any extracted field of a document (its kind, a party, a reference, the cited
content, the demanded date, the legal bases, its language or date); the value a person gives wins
over the machine's, which is kept beside it (`Document.corrections`) and in the audit trail. What
follows from the field runs again: the statutory clocks and the demanded date (from the kind, the
legal bases, the sender's country, the deadline), the case's kind where this document gave it,
its priority and first-response target, the keys later letters are linked by, and the triage a
missing kind put it in. The template a draft takes follows the case's kind.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from cases import deadlines as dl
from cases.config import CasesConfig
from cases.errors import Invalid, NotFound
from cases.find import case_by_ref, children
from cases.keys import Key, email_key, party_key, party_tokens, ref_key, review_id_key, url_keys
from cases.lifecycle import auto_assign, set_status
from cases.models import AuditEvent, Case, CaseKey, CitedItem, Deadline, Document
from cases.vocab import CitedKind, DeadlineSource, DeadlineState, DocumentStatus, KeyKind, PartyRole
from extract.models import KINDS, LEGAL_BASES

log = logging.getLogger(__name__)

TEXT_FIELDS = ("sender_name", "sender_organisation", "sender_email", "represented_party", "their_reference",
               "our_reference", "deadline_basis")
LIST_FIELDS = ("cited_urls", "cited_review_ids", "quoted_statements", "legal_bases")
OTHER_FIELDS = ("kind", "deadline", "language", "letter_date", "sender_country")
FIELDS = ("kind", *TEXT_FIELDS[:6], *LIST_FIELDS, "deadline", "deadline_basis", "language", "letter_date",
          "sender_country")
LANGUAGES = ("en", "de", "fr", "da")
# What a correction of each field runs again.
CLOCKS = {"kind", "legal_bases", "sender_country"}
LETTER = {"deadline", "deadline_basis"}
KEYS = {"their_reference", "sender_email", "sender_organisation", "represented_party", "sender_name",
        "cited_review_ids", "cited_urls"}


@dataclass(frozen=True)
class Correction:
    document_id: int
    case_ref: str | None
    field: str
    before: Any
    after: Any
    machine: Any  # what the machine read first
    reran: tuple[str, ...]  # what ran again, for the person who corrected it


def _value(field: str, raw: str, cfg: CasesConfig) -> Any:
    """A person's value for `field`, checked; an empty value clears it."""
    text = raw.strip()
    if field not in FIELDS:
        raise Invalid(f"unknown field {field!r} (one of {', '.join(FIELDS)})")
    if field in LIST_FIELDS:
        items = [x.strip() for x in re.split(r"[;\n]", text) if x.strip()]
        if field == "legal_bases":
            bad = [x for x in items if x not in set(LEGAL_BASES)]
            if bad:
                raise Invalid(f"unknown legal basis {', '.join(bad)} (one of {', '.join(LEGAL_BASES)})")
        if field == "cited_review_ids":
            pattern = cfg.profile.content_id
            bad = [x for x in items if pattern is not None and not pattern.fullmatch(x)]
            if bad:
                raise Invalid(f"{', '.join(bad)} is not a review id of {cfg.profile.name}")
        return list(dict.fromkeys(items))
    if not text:
        if field == "kind":
            raise Invalid(f"a document has a kind: one of {', '.join(KINDS)}")
        return None
    if field == "kind":
        if text not in set(KINDS):
            raise Invalid(f"unknown kind {text!r} (one of {', '.join(KINDS)})")
        return text
    if field in ("deadline", "letter_date"):
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise Invalid(f"{field} {text!r} is not a date (YYYY-MM-DD)") from None
    if field == "language":
        if text.lower() not in LANGUAGES:
            raise Invalid(f"unknown language {text!r} (one of {', '.join(LANGUAGES)})")
        return text.lower()
    if field == "sender_country":
        if not re.fullmatch(r"[A-Za-z]{2}", text):
            raise Invalid(f"a country is its two-letter code (GB, DE, FR, DK), not {text!r}")
        return text.upper()
    return text


def _current(doc: Document, field: str) -> Any:
    if field == "language":
        return doc.language
    if field == "letter_date":
        return doc.letter_date.isoformat() if doc.letter_date else None
    f = doc.fields or {}
    if field == "sender_country":
        return f.get("sender_country") or ((doc.evidence or {}).get("sender_country") or {}).get("value")
    if field == "kind":
        return f.get("kind") or doc.kind
    return f.get(field, [] if field in LIST_FIELDS else None)


def _set(doc: Document, field: str, value: Any) -> None:
    if field == "language":
        doc.language = value
    elif field == "letter_date":
        doc.letter_date = date.fromisoformat(value) if value else None
    else:
        doc.fields = {**(doc.fields or {}), field: value}
        if field == "kind":
            doc.kind = value


def correct(session: Session, document_id: int, field: str, value: str, cfg: CasesConfig, *, actor: str,
            why: str = "") -> Correction:
    """Set `field` of document `document_id` to `value` (a list field: items separated by ';';
    empty: none) and run again what depends on it. Commits."""
    doc = session.get(Document, document_id)
    if doc is None:
        raise NotFound(f"no document {document_id}")
    if doc.status == DocumentStatus.failed:
        raise Invalid(f"document {document_id} could not be read, so nothing was extracted from it to correct "
                      f"(see lexdesk failed)")
    after = _value(field, value, cfg)
    before = _current(doc, field)
    case = session.get(Case, doc.case_id) if doc.case_id else None
    if after == before:
        return Correction(document_id, case.ref if case else None, field, before, after,
                          (doc.corrections or {}).get(field, {}).get("machine", before), ())
    machine = (doc.corrections or {}).get(field, {}).get("machine", before)
    now = cfg.clock.now()
    _set(doc, field, after)
    doc.corrections = {**(doc.corrections or {}), field: {"value": after, "machine": machine, "by": actor,
                                                          "at": now.isoformat(), "why": why}}
    session.add(doc)
    session.add(AuditEvent(actor=actor, action="document.corrected", case_id=doc.case_id, document_id=doc.id,
                           why=why, detail={"field": field, "before": before, "after": after, "machine": machine}))
    reran: list[str] = []
    if case is not None:
        reran = _rerun(session, case, doc, field, cfg, actor)
    session.commit()
    return Correction(document_id, case.ref if case else None, field, before, after, machine, tuple(reran))


def _rerun(session: Session, case: Case, doc: Document, field: str, cfg: CasesConfig, actor: str) -> list[str]:
    out: list[str] = []
    if field == "kind":
        if doc.triage and "no kind" in doc.triage:
            rest = "; ".join(r for r in doc.triage.split("; ") if "no kind" not in r)
            doc.triage = rest or None
            session.add(doc)
            if not rest:
                accept(session, doc, cfg, actor=actor, why="kind given by a person")
                out.append("triage: accepted (its kind was the only doubt)")
        if _leads(session, case, doc) and case.kind != doc.kind:
            case.kind = doc.kind
            session.add(case)
            session.add(AuditEvent(actor=actor, action="case.kind", case_id=case.id, document_id=doc.id,
                                   why=f"document {doc.id} corrected to {doc.kind}", detail={"kind": doc.kind}))
            out.append(f"case kind: {doc.kind} (template choice follows)")
    if field in CLOCKS and not doc.triage:
        out += rerun_clocks(session, case, doc, cfg, actor)
    if field in LETTER:
        out += _rerun_letter(session, case, doc, actor)
    if field in KEYS:
        out += _add_keys(session, case, doc, field, cfg)
    if field in ("cited_review_ids", "cited_urls", "quoted_statements"):
        _recite(session, case, doc, field)
    if field in CLOCKS | LETTER | {"kind"} and case.status != "triage":
        before = case.priority
        dl.reprioritise(session, case, cfg)
        sla = dl.refresh_sla(session, case, cfg.sla)
        if case.priority != before:
            out.append(f"priority: {before} → {case.priority}")
        if sla:
            out.append(f"first-response target: {sla.isoformat()}")
    return out


def _leads(session: Session, case: Case, doc: Document) -> bool:
    """Whether `doc` (or the email it is attached to) is the case's first document: the one that
    gave the case its kind."""
    first = session.exec(select(Document).where(Document.case_id == case.id, col(Document.parent_id).is_(None),
                                                Document.status != DocumentStatus.failed)
                         .order_by(col(Document.received), col(Document.id))).first()
    return case.kind is None or (first is not None and first.id in (doc.id, doc.parent_id))


def rerun_clocks(session: Session, case: Case, doc: Document, cfg: CasesConfig, actor: str) -> list[str]:
    """The statutory clocks of `doc` again, from its fields as they are now: those that no longer
    apply are withdrawn (waived, with the reason), new ones start from its received date."""
    out: list[str] = []
    reading = dl.Reading.of_document(doc)
    received = doc.received or case.opened
    running = session.exec(select(Deadline).where(
        Deadline.document_id == doc.id, Deadline.source == DeadlineSource.statutory,
        col(Deadline.met_at).is_(None), col(Deadline.state).in_([DeadlineState.open, DeadlineState.missed]))).all()
    for d in running:
        d.state = DeadlineState.waived
        session.add(d)
        session.add(AuditEvent(actor=actor, action="deadline.withdrawn", case_id=case.id, document_id=doc.id,
                               why="the document was corrected: its clocks run again",
                               detail={"deadline_id": d.id, "regime": d.regime, "clock": d.clock}))
    session.flush()
    family = [doc.id or 0, *(c.id or 0 for c in children(session, doc))]
    made = dl.from_document(session, case, doc, reading, received=received, regimes=cfg.statutory, family=family,
                            letter=False, actor=actor)
    session.flush()
    gone = {(d.regime, d.clock) for d in running} - {(d.regime, d.clock) for d in made}
    out += [f"withdrawn: {r} {c} clock" for r, c in sorted(gone, key=str)]
    out += [f"{d.regime} clock: due {d.due.isoformat()}" for d in made]
    for d in made:
        session.add(AuditEvent(actor=actor, action="deadline.created", case_id=case.id, document_id=doc.id,
                               why="statutory clock started by a correction", detail={"deadline_id": d.id,
                                                                                      "due": d.due.isoformat()}))
    return out


def _rerun_letter(session: Session, case: Case, doc: Document, actor: str) -> list[str]:
    """The date the letter demands, as corrected."""
    reading = dl.Reading.of_document(doc)
    received = doc.received or case.opened
    current = session.exec(select(Deadline).where(
        Deadline.document_id == doc.id, Deadline.source == DeadlineSource.letter, col(Deadline.met_at).is_(None),
        col(Deadline.state).in_([DeadlineState.open, DeadlineState.missed]))).first()
    if reading.deadline is None:
        if current is None:
            return []
        current.state = DeadlineState.waived
        session.add(current)
        session.add(AuditEvent(actor=actor, action="deadline.withdrawn", case_id=case.id, document_id=doc.id,
                               why="the letter sets no date (corrected)", detail={"deadline_id": current.id}))
        return ["the demanded date withdrawn"]
    if current is None:
        made = dl.from_document(session, case, doc, reading, received=received, regimes={}, statutory=False,
                                actor=actor)
        return [f"demanded date: {d.due.isoformat()}" for d in made]
    current.due, current.basis = reading.deadline, reading.deadline_basis or current.basis
    current.before_receipt = reading.deadline < received
    if current.state == DeadlineState.missed and not current.before_receipt:
        current.state = DeadlineState.open  # the tick decides again on the day it holds now
    session.add(current)
    session.add(AuditEvent(actor=actor, action="deadline.changed", case_id=case.id, document_id=doc.id,
                           why="the demanded date was corrected", detail={"deadline_id": current.id,
                                                                          "due": current.due.isoformat()}))
    return [f"demanded date: {current.due.isoformat()}" + (" (passed before receipt)" if current.before_receipt
                                                           else "")]


def _add_keys(session: Session, case: Case, doc: Document, field: str, cfg: CasesConfig) -> list[str]:
    """Later letters find the case by the corrected value too."""
    value = (doc.fields or {}).get(field)
    keys: list[Key] = []
    if field == "their_reference" and (k := ref_key(value)):
        keys.append(Key(KeyKind.their_ref, k))
    elif field == "sender_email" and (k := email_key(value)):
        keys.append(Key(KeyKind.email, k))
    elif field in ("sender_organisation", "represented_party", "sender_name") and (p := party_key(value)):
        role = {"sender_organisation": PartyRole.organisation, "represented_party": PartyRole.client,
                "sender_name": PartyRole.sender}[field]
        keys += [Key(KeyKind.party, p, role), *(Key(KeyKind.party_tok, t, role) for t in party_tokens(p))]
    elif field == "cited_review_ids":
        keys += [Key(KeyKind.review_id, k) for v in value or [] if (k := review_id_key(v))]
    elif field == "cited_urls":
        keys += [k for v in value or [] for k in url_keys(v, cfg.profile)]
    have = {(row.kind, row.value) for row in session.exec(select(CaseKey).where(CaseKey.case_id == case.id)).all()}
    added = 0
    for key in keys:
        if (key.kind, key.value) not in have:
            have.add((key.kind, key.value))
            session.add(CaseKey(case_id=case.id or 0, kind=key.kind, value=key.value, role=key.role,
                                document_id=doc.id))
            added += 1
    return [f"{added} linking key{'s' * (added != 1)} added"] if added else []


def _recite(session: Session, case: Case, doc: Document, field: str) -> None:
    kind = {"cited_review_ids": CitedKind.review_id, "cited_urls": CitedKind.url,
            "quoted_statements": CitedKind.quote}[field]
    for row in session.exec(select(CitedItem).where(CitedItem.document_id == doc.id, CitedItem.kind == kind)).all():
        session.delete(row)
    for v in (doc.fields or {}).get(field) or []:
        session.add(CitedItem(case_id=case.id, document_id=doc.id or 0, kind=kind, value=str(v)))


# --- the case's kind, by hand --------------------------------------------------------------------

@dataclass(frozen=True)
class KindChange:
    ref: str
    before: str | None
    after: str
    priority: str


def set_kind(session: Session, ref: str, kind: str, cfg: CasesConfig, *, actor: str, why: str = "") -> KindChange:
    """The case's kind set by a person: its template choice, priority and first-response target follow."""
    if kind not in set(KINDS):
        raise Invalid(f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
    case = case_by_ref(session, ref)
    before = case.kind
    if before != kind:
        case.kind = kind
        session.add(case)
        session.add(AuditEvent(actor=actor, action="case.kind", case_id=case.id, why=why,
                               detail={"before": before, "after": kind}))
        if case.status != "triage":
            dl.reprioritise(session, case, cfg)
            dl.refresh_sla(session, case, cfg.sla)
        session.commit()
    return KindChange(case.ref, before, kind, str(case.priority))


# --- triage ----------------------------------------------------------------------------------------

def accept(session: Session, doc: Document, cfg: CasesConfig, *, actor: str, why: str = "") -> None:
    """A document out of triage is work: its statutory clocks start, its case leaves triage, is
    prioritised and assigned, and gets its first-response target. The caller commits."""
    doc.triage = None
    session.add(doc)
    case = session.get(Case, doc.case_id) if doc.case_id else None
    session.add(AuditEvent(actor=actor, action="document.triage_accepted", case_id=doc.case_id, document_id=doc.id,
                           why=why))
    if case is None:
        return
    for d in [doc, *children(session, doc)]:
        if d.status != DocumentStatus.failed:
            rerun_clocks(session, case, d, cfg, actor)
    if case.kind is None:
        case.kind = doc.kind or (doc.fields or {}).get("kind")
    now = cfg.clock.now()
    if case.status == "triage":
        set_status(session, case, "new", actor, why=why or "accepted from triage", at=now)
        if case.assignee_id is None:
            auto_assign(session, case, actor, at=now)
    dl.reprioritise(session, case, cfg)
    dl.first_response_sla(session, case, doc, doc.received or cfg.clock.today(), cfg.sla)
    session.add(case)
