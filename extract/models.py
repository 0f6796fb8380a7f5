"""What extraction produces: every value with the span of text it came from and a confidence."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Generic, TypeVar

T = TypeVar("T")
Day = date  # for annotations in classes whose field `date` hides the type


class Kind(StrEnum):
    """The ten kinds of document the desk receives (corpus SCHEMA.md), in the order ties are broken."""

    LEGAL_DEMAND = "legal_demand"
    IP_NOTICE = "ip_notice"
    DATA_REQUEST = "data_request"
    ILLEGAL_CONTENT_NOTICE = "illegal_content_notice"
    COURT_ORDER = "court_order"
    LAW_ENFORCEMENT = "law_enforcement"
    REGULATOR = "regulator"
    CONSUMER_APPEAL = "consumer_appeal"
    BUSINESS_APPEAL = "business_appeal"
    INTERNAL_ESCALATION = "internal_escalation"


class LegalBasis(StrEnum):
    """The legal bases a document may invoke (corpus SCHEMA.md), in the order they are reported on a tie."""

    DEFAMATION = "defamation"
    MALICIOUS_FALSEHOOD = "malicious_falsehood"
    HARASSMENT = "harassment"
    DATA_PROTECTION = "data_protection"
    DSA = "dsa"
    COPYRIGHT = "copyright"
    TRADEMARK = "trademark"
    CONSUMER_LAW = "consumer_law"
    COURT_ORDER = "court_order"
    CRIMINAL = "criminal"
    PLATFORM_GUIDELINES = "platform_guidelines"


KINDS: tuple[Kind, ...] = tuple(Kind)
LEGAL_BASES: tuple[LegalBasis, ...] = tuple(LegalBasis)


@dataclass(frozen=True)
class Evidence:
    """Where a value came from: `source` is "text" (a span of `ParsedDocument.full_text`) or
    "header:<name>" (a span of that email header's value); `snippet` is the text of the span."""

    start: int
    end: int
    snippet: str
    source: str = "text"


@dataclass(frozen=True)
class Found(Generic[T]):
    value: T
    evidence: Evidence | None = None
    confidence: float = 1.0
    why: str = ""  # the rule or cue that decided, for a person reading it
    rule: str = ""  # a stable tag of the rule that decided ("signature.name"), for code and counts


@dataclass(frozen=True)
class FoundDeadline:
    """The date by which the sender demands action or a reply, and how it was resolved."""

    date: date
    basis: str  # the words of the letter that set it, e.g. "within 14 days of the date of this letter"
    evidence: Evidence | None = None
    confidence: float = 1.0
    anchor: Day | None = None  # the date a relative period ran from
    rule: str = ""  # "explicit" | "relative" | "working_days" | "month" | ...


@dataclass(frozen=True)
class NoticeCheck:
    """One item a valid notice needs (regime "defamation_uk" or "dsa_art16"), present or missing."""

    regime: str
    item: str
    present: bool
    evidence: Evidence | None = None
    label: str = ""  # a sentence a person reads, e.g. "the complainant's email address"


@dataclass(frozen=True)
class Extraction:
    language: str = "en"
    kind: Found[Kind] | None = None
    letter_date: Found[date] | None = None
    sender_name: Found[str] | None = None
    # the signer's degrees, post-nominals, rank or title line, apart from the name ("LLB (Hons), Partner")
    sender_title: Found[str] | None = None
    sender_organisation: Found[str] | None = None
    sender_email: Found[str] | None = None
    sender_country: Found[str] | None = None
    represented_party: Found[str] | None = None
    their_reference: Found[str] | None = None
    our_reference: Found[str] | None = None
    cited_urls: tuple[Found[str], ...] = ()
    cited_review_ids: tuple[Found[str], ...] = ()
    quoted_statements: tuple[Found[str], ...] = ()
    deadline: FoundDeadline | None = None
    legal_bases: tuple[Found[LegalBasis], ...] = ()
    notice_checks: tuple[NoticeCheck, ...] = ()

    def fields(self) -> dict[str, Any]:
        """The values alone, with the keys of the corpus gold (SCHEMA.md)."""

        def one(f: Found[Any] | None) -> Any:
            return None if f is None else f.value

        return {
            "kind": one(self.kind),
            "sender_name": one(self.sender_name),
            "sender_organisation": one(self.sender_organisation),
            "sender_email": one(self.sender_email),
            "represented_party": one(self.represented_party),
            "their_reference": one(self.their_reference),
            "our_reference": one(self.our_reference),
            "cited_urls": [f.value for f in self.cited_urls],
            "cited_review_ids": [f.value for f in self.cited_review_ids],
            "quoted_statements": [f.value for f in self.quoted_statements],
            "deadline": self.deadline.date.isoformat() if self.deadline else None,
            "deadline_basis": self.deadline.basis if self.deadline else None,
            "legal_bases": [f.value for f in self.legal_bases],
        }

    def evidence(self) -> dict[str, Any]:
        """For each field found: its value, the span it came from, the confidence and why (JSON-ready)."""
        out: dict[str, Any] = {}
        for name in ("kind", "letter_date", "sender_name", "sender_title", "sender_organisation", "sender_email",
                     "sender_country", "represented_party", "their_reference", "our_reference"):
            f = getattr(self, name)
            if f is not None:
                out[name] = _found_json(f)
        for name in ("cited_urls", "cited_review_ids", "quoted_statements", "legal_bases"):
            if items := getattr(self, name):
                out[name] = [_found_json(f) for f in items]
        if d := self.deadline:
            out["deadline"] = {
                "value": d.date.isoformat(), "basis": d.basis, "evidence": _span_json(d.evidence),
                "confidence": round(d.confidence, 3), "rule": d.rule,
                "anchor": d.anchor.isoformat() if d.anchor else None,
            }
        if self.notice_checks:
            out["notice_checks"] = [
                {"regime": c.regime, "item": c.item, "present": c.present, "label": c.label,
                 "evidence": _span_json(c.evidence)}
                for c in self.notice_checks
            ]
        return out


def _span_json(e: Evidence | None) -> dict[str, Any] | None:
    return asdict(e) if e else None


def _found_json(f: Found[Any]) -> dict[str, Any]:
    v = f.value
    return {"value": v.isoformat() if isinstance(v, date) else v, "evidence": _span_json(f.evidence),
            "confidence": round(f.confidence, 3), "why": f.why, "rule": f.rule}
