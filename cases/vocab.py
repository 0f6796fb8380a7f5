"""The desk's vocabularies: each a `StrEnum` stored as the same plain string it always was, so the
schema and the data are unchanged while the code says which values exist."""

from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):
    """new → open → awaiting_reply / responded → closed; a document arriving reopens. A case
    opened by a document the machine could not read well enough (too little text, no kind, a poor
    scan) waits in `triage` for a person, unassigned, instead of posing as urgent legal work."""

    new = "new"
    triage = "triage"
    open = "open"
    awaiting_reply = "awaiting_reply"
    responded = "responded"
    closed = "closed"


class Priority(StrEnum):
    low = "low"
    normal = "normal"
    high = "high"
    urgent = "urgent"


class Role(StrEnum):
    """What an account does at the desk."""

    specialist = "specialist"
    appeals = "appeals"
    manager = "manager"
    admin = "admin"


class PartyRole(StrEnum):
    """How a party stands in a case; an imported party's role is unknown ("party")."""

    sender = "sender"
    organisation = "organisation"
    client = "client"
    principal = "principal"  # writes for themselves (a reviewer, a data subject)
    party = "party"


class KeyKind(StrEnum):
    """What a linking key of a case is."""

    review_id = "review_id"
    business = "business"
    party = "party"
    party_tok = "party_tok"
    email = "email"
    domain = "domain"
    their_ref = "their_ref"
    message_id = "message_id"
    subject = "subject"


class DocumentStatus(StrEnum):
    filed = "filed"
    failed = "failed"


class CitedKind(StrEnum):
    url = "url"
    review_id = "review_id"
    quote = "quote"
    # a word of a scan that is nearly a review id but not one (OCR misread it): shown to a person,
    # never used as a review id
    unreadable_id = "unreadable_id"


class SuggestionState(StrEnum):
    pending = "pending"
    accepted = "accepted"
    rejected = "rejected"


class DeadlineSource(StrEnum):
    """Where a deadline comes from: the letter, a statute, our internal SLA, or a person."""

    letter = "letter"
    statutory = "statutory"
    sla = "sla"
    manual = "manual"


class DeadlineState(StrEnum):
    open = "open"
    met = "met"
    missed = "missed"
    waived = "waived"


class ReceivedFrom(StrEnum):
    """Where a document's received date came from (the desk shows which one it used)."""

    manifest = "manifest"  # the manifest's date for this file
    given = "given"  # --received, given for this very file
    email = "email"  # the email's own Date header
    folder = "folder"  # --received given for the folder the file was in
    today = "today"  # nothing said: the day it was ingested

    @property
    def label(self) -> str:
        return {"manifest": "the manifest", "given": "--received", "email": "its Date header",
                "folder": "--received for its folder", "today": "the day it was ingested"}[self.value]


class DraftStatus(StrEnum):
    """draft → approved → sent, or discarded."""

    draft = "draft"
    approved = "approved"
    sent = "sent"
    discarded = "discarded"


class DraftOutput(StrEnum):
    letter = "letter"
    email = "email"


class IngestStatus(StrEnum):
    """What became of one file handed to the desk."""

    filed = "filed"
    duplicate = "duplicate"
    failed = "failed"
