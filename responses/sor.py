"""DSA Art. 17 statements of reasons, as the EU DSA Transparency Database API takes them.

One statement per item of content a decision restricts (a review), built from the case and a
`Decision` a person takes; validated against the API's rules before anything is written (every
error at once, each naming its field); written in batches of at most 100 statements per file
(`{"statements": [...]}`, the body of `POST /api/v1/statements`).

`decision_facts` are published: they must carry no personal data. Email addresses, phone numbers
and the names the case knows (sender, organisation, client, parties) are replaced by "[redacted]",
and validation refuses facts that still contain any.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from cases.errors import Invalid
from cases.models import Case, Document, Party
from lexicon.patterns import EMAIL_LOOSE as EMAIL_RE

DECISION_VISIBILITIES = (
    "DECISION_VISIBILITY_CONTENT_REMOVED", "DECISION_VISIBILITY_CONTENT_DISABLED",
    "DECISION_VISIBILITY_CONTENT_DEMOTED", "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED",
    "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED", "DECISION_VISIBILITY_CONTENT_LABELLED",
    "DECISION_VISIBILITY_OTHER",
)
DECISION_MONETARIES = ("DECISION_MONETARY_SUSPENSION", "DECISION_MONETARY_TERMINATION", "DECISION_MONETARY_OTHER")
DECISION_PROVISIONS = (
    "DECISION_PROVISION_PARTIAL_SUSPENSION", "DECISION_PROVISION_TOTAL_SUSPENSION",
    "DECISION_PROVISION_PARTIAL_TERMINATION", "DECISION_PROVISION_TOTAL_TERMINATION",
)
DECISION_ACCOUNTS = ("DECISION_ACCOUNT_SUSPENDED", "DECISION_ACCOUNT_TERMINATED")
ACCOUNT_TYPES = ("ACCOUNT_TYPE_BUSINESS", "ACCOUNT_TYPE_PRIVATE")
DECISION_GROUNDS = ("DECISION_GROUND_ILLEGAL_CONTENT", "DECISION_GROUND_INCOMPATIBLE_CONTENT")
CONTENT_TYPES = (
    "CONTENT_TYPE_APP", "CONTENT_TYPE_AUDIO", "CONTENT_TYPE_IMAGE", "CONTENT_TYPE_PRODUCT",
    "CONTENT_TYPE_SYNTHETIC_MEDIA", "CONTENT_TYPE_TEXT", "CONTENT_TYPE_VIDEO", "CONTENT_TYPE_OTHER",
)
CATEGORIES = (
    "STATEMENT_CATEGORY_ANIMAL_WELFARE", "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
    "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
    "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
    "STATEMENT_CATEGORY_NON_CONSENSUAL_BEHAVIOUR", "STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT",
    "STATEMENT_CATEGORY_PROTECTION_OF_MINORS", "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
    "STATEMENT_CATEGORY_SCAMS_AND_FRAUD", "STATEMENT_CATEGORY_SELF_HARM",
    "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE", "STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS",
    "STATEMENT_CATEGORY_VIOLENCE",
)
KEYWORDS = (
    "KEYWORD_ANIMAL_HARM", "KEYWORD_ADULT_SEXUAL_MATERIAL", "KEYWORD_AGE_SPECIFIC_RESTRICTIONS_MINORS",
    "KEYWORD_AGE_SPECIFIC_RESTRICTIONS", "KEYWORD_BIOMETRIC_DATA_BREACH", "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL",
    "KEYWORD_CONTENT_PROMOTING_EATING_DISORDERS", "KEYWORD_COORDINATED_HARM", "KEYWORD_COPYRIGHT_INFRINGEMENT",
    "KEYWORD_DANGEROUS_TOYS", "KEYWORD_DATA_FALSIFICATION", "KEYWORD_DEFAMATION", "KEYWORD_DESIGN_INFRINGEMENT",
    "KEYWORD_DISCRIMINATION", "KEYWORD_DISINFORMATION", "KEYWORD_FOREIGN_INFORMATION_MANIPULATION",
    "KEYWORD_GENDER_BASED_VIOLENCE", "KEYWORD_GEOGRAPHIC_INDICATIONS_INFRINGEMENT",
    "KEYWORD_GEOGRAPHICAL_REQUIREMENTS", "KEYWORD_GOODS_SERVICES_NOT_PERMITTED",
    "KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS", "KEYWORD_HATE_SPEECH", "KEYWORD_HUMAN_EXPLOITATION",
    "KEYWORD_HUMAN_TRAFFICKING", "KEYWORD_ILLEGAL_ORGANIZATIONS", "KEYWORD_IMAGE_BASED_SEXUAL_ABUSE",
    "KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING", "KEYWORD_INAUTHENTIC_ACCOUNTS", "KEYWORD_INAUTHENTIC_LISTINGS",
    "KEYWORD_INAUTHENTIC_USER_REVIEWS", "KEYWORD_INCITEMENT_VIOLENCE_HATRED",
    "KEYWORD_INSUFFICIENT_INFORMATION_TRADERS", "KEYWORD_LANGUAGE_REQUIREMENTS", "KEYWORD_MISINFORMATION",
    "KEYWORD_MISSING_PROCESSING_GROUND", "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING",
    "KEYWORD_NON_CONSENSUAL_ITEMS_DEEPFAKE", "KEYWORD_NUDITY", "KEYWORD_ONLINE_BULLYING_INTIMIDATION",
    "KEYWORD_PATENT_INFRINGEMENT", "KEYWORD_PHISHING", "KEYWORD_PYRAMID_SCHEMES",
    "KEYWORD_REGULATED_GOODS_SERVICES", "KEYWORD_RIGHT_TO_BE_FORGOTTEN", "KEYWORD_RISK_ENVIRONMENTAL_DAMAGE",
    "KEYWORD_RISK_PUBLIC_HEALTH", "KEYWORD_SELF_MUTILATION", "KEYWORD_STALKING", "KEYWORD_SUICIDE",
    "KEYWORD_TERRORIST_CONTENT", "KEYWORD_TRADE_SECRET_INFRINGEMENT", "KEYWORD_TRADEMARK_INFRINGEMENT",
    "KEYWORD_UNLAWFUL_SALE_ANIMALS", "KEYWORD_UNSAFE_CHALLENGES", "KEYWORD_OTHER",
)
SOURCE_TYPES = ("SOURCE_ARTICLE_16", "SOURCE_TRUSTED_FLAGGER", "SOURCE_TYPE_OTHER_NOTIFICATION", "SOURCE_VOLUNTARY")
AUTOMATED_DETECTIONS = ("Yes", "No")
AUTOMATED_DECISIONS = ("AUTOMATED_DECISION_FULLY", "AUTOMATED_DECISION_PARTIALLY", "AUTOMATED_DECISION_NOT_AUTOMATED")
EEA_COUNTRIES = (
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT",
    "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO",
)
MAX_BATCH = 100
PUID_RE = re.compile(r"^[a-zA-Z0-9_-]+$")
PHONE_RE = re.compile(r"(?<![\w/-])(?:\+|0)\d[\d ()-]{7,}\d(?![\w/])")  # starts with + or 0: not a date
REDACTED = "[redacted]"
# limits: field -> maximum length (the API's `max:` rules)
MAX_LEN = {
    "decision_visibility_other": 500, "decision_monetary_other": 500, "category_specification_other": 500,
    "decision_ground_reference_url": 500, "illegal_content_legal_ground": 500, "illegal_content_explanation": 2000,
    "incompatible_content_ground": 500, "incompatible_content_explanation": 2000, "content_type_other": 500,
    "decision_facts": 5000, "source_identity": 500, "puid": 500,
}


class SorValidationError(Invalid):
    """Every rule of the API the statements break (`errors`), said in one line."""

    def __init__(self, errors: Sequence[str]) -> None:
        self.errors = list(errors)
        super().__init__("statement of reasons is not valid: " + "; ".join(self.errors))


@dataclass(frozen=True)
class Decision:
    """What the team decided about the content, in the Transparency Database's terms."""

    ground: str  # one of DECISION_GROUNDS
    legal_ground: str  # the law relied on, or the contractual ground (terms, guidelines)
    explanation: str  # why the content is illegal / incompatible on that ground
    category: str
    keywords: tuple[str, ...] = ()
    visibility: tuple[str, ...] = ("DECISION_VISIBILITY_CONTENT_REMOVED",)
    source_type: str = "SOURCE_ARTICLE_16"
    application_date: date | None = None  # default: the day the statements are built
    content_dates: Mapping[str, date] = field(default_factory=dict)  # review id -> when it was posted
    content_date: date | None = None  # for every item without its own date
    facts: str = ""  # default: written from the case
    automated_detection: bool = False
    automated_decision: str = "AUTOMATED_DECISION_NOT_AUTOMATED"
    territorial_scope: tuple[str, ...] = ()
    content_language: str | None = None  # ISO 639-1, e.g. "EN"
    account_type: str | None = None
    reference_url: str | None = None  # the terms or law relied on


# What a document's legal bases suggest; a person confirms or changes it.
_BY_BASIS: dict[str, tuple[str, str, tuple[str, ...], str]] = {
    "defamation": ("DECISION_GROUND_ILLEGAL_CONTENT", "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
                   ("KEYWORD_DEFAMATION",), "Defamation"),
    "malicious_falsehood": ("DECISION_GROUND_ILLEGAL_CONTENT", "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
                            ("KEYWORD_DEFAMATION",), "Malicious falsehood"),
    "harassment": ("DECISION_GROUND_ILLEGAL_CONTENT", "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
                   ("KEYWORD_ONLINE_BULLYING_INTIMIDATION",), "Harassment"),
    "copyright": ("DECISION_GROUND_ILLEGAL_CONTENT", "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
                  ("KEYWORD_COPYRIGHT_INFRINGEMENT",), "Copyright infringement"),
    "trademark": ("DECISION_GROUND_ILLEGAL_CONTENT", "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
                  ("KEYWORD_TRADEMARK_INFRINGEMENT",), "Trade mark infringement"),
    "data_protection": ("DECISION_GROUND_ILLEGAL_CONTENT",
                        "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
                        ("KEYWORD_RIGHT_TO_BE_FORGOTTEN",), "Data protection law (GDPR)"),
    "platform_guidelines": ("DECISION_GROUND_INCOMPATIBLE_CONTENT", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
                            ("KEYWORD_INAUTHENTIC_USER_REVIEWS",),
                            "Guidelines for reviewers: a review must reflect a genuine experience"),
    "consumer_law": ("DECISION_GROUND_INCOMPATIBLE_CONTENT", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
                     ("KEYWORD_INAUTHENTIC_USER_REVIEWS",),
                     "Guidelines for reviewers: a review must reflect a genuine experience"),
}
_SOURCE_BY_KIND = {
    "legal_demand": "SOURCE_ARTICLE_16", "ip_notice": "SOURCE_ARTICLE_16",
    "illegal_content_notice": "SOURCE_ARTICLE_16", "data_request": "SOURCE_ARTICLE_16",
    "business_appeal": "SOURCE_ARTICLE_16", "court_order": "SOURCE_TYPE_OTHER_NOTIFICATION",
    "law_enforcement": "SOURCE_TYPE_OTHER_NOTIFICATION", "regulator": "SOURCE_TYPE_OTHER_NOTIFICATION",
    "internal_escalation": "SOURCE_TYPE_OTHER_NOTIFICATION", "consumer_appeal": "SOURCE_VOLUNTARY",
}


def suggest_decision(legal_bases: Iterable[str], kind: str | None, explanation: str = "") -> Decision:
    """A starting point from what the documents invoke: the first basis the table knows decides."""
    for b in legal_bases:
        if b in _BY_BASIS:
            ground, category, keywords, legal = _BY_BASIS[b]
            break
    else:
        ground, category, keywords, legal = _BY_BASIS["platform_guidelines"]
    return Decision(
        ground=ground, legal_ground=legal, explanation=explanation, category=category, keywords=keywords,
        source_type=_SOURCE_BY_KIND.get(kind or "", "SOURCE_ARTICLE_16"),
    )


def case_values(session: Session, case: Case) -> dict[str, Any]:
    """What a statement needs from the case: cited content, bases, kind, the names to keep out."""
    docs = session.exec(select(Document).where(Document.case_id == case.id).order_by(col(Document.id))).all()
    ids: dict[str, None] = {}
    urls: dict[str, None] = {}
    bases: dict[str, None] = {}
    names: set[str] = set()
    first_received: date | None = None
    for d in docs:
        f = d.fields or {}
        for x in f.get("cited_review_ids") or []:
            ids.setdefault(x, None)
        for x in f.get("cited_urls") or []:
            urls.setdefault(x, None)
        for x in f.get("legal_bases") or []:
            bases.setdefault(x, None)
        for k in ("sender_name", "sender_organisation", "represented_party"):
            if f.get(k):
                names.add(str(f[k]))
        if d.received and (first_received is None or d.received < first_received):
            first_received = d.received
    for p in session.exec(select(Party).where(Party.case_id == case.id)).all():
        names.add(p.name)
    kind = case.kind or next((d.kind or (d.fields or {}).get("kind") for d in docs if d.kind or d.fields), None)
    return {"review_ids": list(ids), "urls": list(urls), "legal_bases": list(bases), "names": names,
            "kind": kind, "received": first_received}


def redact(text: str, names: Iterable[str]) -> str:
    """Replace email addresses, phone numbers and known names (longest first) by "[redacted]"."""
    out = EMAIL_RE.sub(REDACTED, text)
    out = PHONE_RE.sub(REDACTED, out)
    for n in sorted({n.strip() for n in names if n and len(n.strip()) > 2}, key=len, reverse=True):
        out = re.sub(re.escape(n), REDACTED, out, flags=re.I)
    return out


def default_facts(values: Mapping[str, Any], decision: Decision) -> str:
    kind = (values.get("kind") or "notice").replace("_", " ")
    when = f" received on {values['received'].isoformat()}" if values.get("received") else ""
    bases = ", ".join(b.replace("_", " ") for b in values.get("legal_bases") or []) or "no stated legal basis"
    how = {"SOURCE_VOLUNTARY": "on the platform's own initiative",
           "SOURCE_TRUSTED_FLAGGER": "following a notice from a trusted flagger",
           "SOURCE_ARTICLE_16": "following a notice under Article 16 DSA",
           "SOURCE_TYPE_OTHER_NOTIFICATION": "following a notification"}.get(decision.source_type, "")
    return (
        f"A user review was assessed {how} ({kind}{when}) invoking {bases}. The content was reviewed by a "
        f"member of the Content Integrity team against the applicable law and the platform's guidelines. "
        f"{decision.explanation}".strip()
    )


def build_statements(session: Session, case: Case, decision: Decision, *, today: date) -> list[dict[str, Any]]:
    """One statement per review the case cites (by id; else per cited URL)."""
    v = case_values(session, case)
    items = v["review_ids"] or v["urls"]
    facts = redact(decision.facts or default_facts(v, decision), v["names"])[:5000]
    out = []
    for item in items:
        puid = re.sub(r"[^a-zA-Z0-9_-]+", "-", f"{case.ref}-{item.rsplit('/', 1)[-1]}").strip("-")[:500]
        content_date = decision.content_dates.get(item) or decision.content_date
        st: dict[str, Any] = {
            "decision_visibility": list(decision.visibility),
            "decision_ground": decision.ground,
            "content_type": ["CONTENT_TYPE_TEXT"],
            "category": decision.category,
            "category_specification": list(decision.keywords),
            "content_date": content_date.isoformat() if content_date else None,
            "application_date": (decision.application_date or today).isoformat(),
            "decision_facts": facts,
            "source_type": decision.source_type,
            "automated_detection": "Yes" if decision.automated_detection else "No",
            "automated_decision": decision.automated_decision,
            "puid": puid,
        }
        if decision.ground == "DECISION_GROUND_ILLEGAL_CONTENT":
            st["illegal_content_legal_ground"] = decision.legal_ground
            st["illegal_content_explanation"] = redact(decision.explanation, v["names"])
        else:
            st["incompatible_content_ground"] = decision.legal_ground
            st["incompatible_content_explanation"] = redact(decision.explanation, v["names"])
        if decision.territorial_scope:
            st["territorial_scope"] = list(decision.territorial_scope)
        if decision.content_language:
            st["content_language"] = decision.content_language.upper()
        if decision.account_type:
            st["account_type"] = decision.account_type
        if decision.reference_url:
            st["decision_ground_reference_url"] = decision.reference_url
        out.append(st)
    return out


def validate(st: Mapping[str, Any], *, names: Iterable[str] = ()) -> list[str]:
    """Every rule of the API a statement breaks, as "field: what is wrong"; empty when valid."""
    errs: list[str] = []
    puid = st.get("puid") or "?"

    def err(fld: str, msg: str) -> None:
        errs.append(f"[{puid}] {fld}: {msg}")

    def one_of(fld: str, allowed: Sequence[str], *, required: bool = False) -> None:
        v = st.get(fld)
        if v in (None, ""):
            if required:
                err(fld, "is required")
        elif v not in allowed:
            err(fld, f"{v!r} is not one of {', '.join(allowed)}")

    def list_of(fld: str, allowed: Sequence[str], *, required: bool = False) -> list[str]:
        v = st.get(fld)
        if v in (None, []):
            if required:
                err(fld, "is required (a non-empty list)")
            return []
        if not isinstance(v, list):
            err(fld, "must be a list")
            return []
        for x in v:
            if x not in allowed:
                err(fld, f"{x!r} is not one of {', '.join(allowed)}")
        return v

    vis = list_of("decision_visibility", DECISION_VISIBILITIES)
    one_of("decision_monetary", DECISION_MONETARIES)
    one_of("decision_provision", DECISION_PROVISIONS)
    one_of("decision_account", DECISION_ACCOUNTS)
    one_of("account_type", ACCOUNT_TYPES)
    restrictions = ("decision_visibility", "decision_monetary", "decision_provision", "decision_account")
    if not any(st.get(k) for k in restrictions):
        err("decision_visibility", "one of decision_visibility, decision_monetary, decision_provision or "
            "decision_account is required")
    if "DECISION_VISIBILITY_OTHER" in vis and not st.get("decision_visibility_other"):
        err("decision_visibility_other", "is required when decision_visibility is DECISION_VISIBILITY_OTHER")
    if st.get("decision_monetary") == "DECISION_MONETARY_OTHER" and not st.get("decision_monetary_other"):
        err("decision_monetary_other", "is required when decision_monetary is DECISION_MONETARY_OTHER")

    one_of("decision_ground", DECISION_GROUNDS, required=True)
    ground = st.get("decision_ground")
    need, other = (
        (("illegal_content_legal_ground", "illegal_content_explanation"),
         ("incompatible_content_ground", "incompatible_content_explanation", "incompatible_content_illegal"))
        if ground == "DECISION_GROUND_ILLEGAL_CONTENT"
        else (("incompatible_content_ground", "incompatible_content_explanation"),
              ("illegal_content_legal_ground", "illegal_content_explanation"))
    )
    if ground in DECISION_GROUNDS:
        for f in need:
            if not (st.get(f) or "").strip():
                err(f, f"is required when decision_ground is {ground}")
        for f in other:
            if st.get(f):
                err(f, f"does not belong with decision_ground {ground}")
    one_of("incompatible_content_illegal", AUTOMATED_DETECTIONS)

    types = list_of("content_type", CONTENT_TYPES, required=True)
    if "CONTENT_TYPE_OTHER" in types and not st.get("content_type_other"):
        err("content_type_other", "is required when content_type has CONTENT_TYPE_OTHER")
    one_of("category", CATEGORIES, required=True)
    list_of("category_addition", CATEGORIES)
    list_of("category_specification", KEYWORDS)
    list_of("territorial_scope", EEA_COUNTRIES)
    lang = st.get("content_language")
    if lang is not None and not re.fullmatch(r"[A-Z]{2}", str(lang)):
        err("content_language", f"{lang!r} is not an ISO 639-1 code in capitals (e.g. 'EN')")

    cdate = _date(st, "content_date", err, required=True, low=date(2000, 1, 1))
    adate = _date(st, "application_date", err, required=True, low=date(2020, 1, 1))
    if cdate and adate and adate < cdate:
        err("application_date", "is before content_date")
    for f in ("end_date_account_restriction", "end_date_monetary_restriction", "end_date_service_restriction",
              "end_date_visibility_restriction"):
        _date(st, f, err)

    if not (st.get("decision_facts") or "").strip():
        err("decision_facts", "is required")
    else:
        facts = str(st["decision_facts"])
        if EMAIL_RE.search(facts):
            err("decision_facts", "contains an email address (personal data is not allowed)")
        for n in names:
            if n and len(n) > 2 and n.lower() in facts.lower():
                err("decision_facts", f"contains the name {n!r} (personal data is not allowed)")
    one_of("source_type", SOURCE_TYPES, required=True)
    one_of("automated_detection", AUTOMATED_DETECTIONS, required=True)
    one_of("automated_decision", AUTOMATED_DECISIONS, required=True)
    if not st.get("puid"):
        err("puid", "is required")
    elif not PUID_RE.match(str(st["puid"])):
        err("puid", "may hold only letters, digits, '-' and '_'")
    for f, limit in MAX_LEN.items():
        v = st.get(f)
        if isinstance(v, str) and len(v) > limit:
            err(f, f"is {len(v)} characters long; at most {limit} are allowed")
    return errs


def _date(st: Mapping[str, Any], fld: str, err: Any, *, required: bool = False, low: date | None = None) -> date | None:
    v = st.get(fld)
    if v in (None, ""):
        if required:
            err(fld, "is required (YYYY-MM-DD)")
        return None
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        err(fld, f"{v!r} does not match the format YYYY-MM-DD")
        return None
    try:
        d = date.fromisoformat(v)
    except ValueError:
        err(fld, f"{v!r} is not a calendar date")
        return None
    if low and d < low:
        err(fld, f"must be on or after {low.isoformat()}")
    if d > date(2038, 1, 1):
        err(fld, "must be on or before 2038-01-01")
    return d


def validate_all(statements: Sequence[Mapping[str, Any]], *, names: Iterable[str] = ()) -> list[str]:
    names = list(names)
    errs = [e for st in statements for e in validate(st, names=names)]
    seen: set[str] = set()
    for st in statements:
        p = st.get("puid")
        if p in seen:
            errs.append(f"[{p}] puid: used twice (every statement needs its own)")
        if p:
            seen.add(str(p))
    return errs


def export(
    statements: Sequence[Mapping[str, Any]], out_dir: Path, *, prefix: str = "sor", names: Iterable[str] = (),
    batch_size: int = MAX_BATCH,
) -> list[Path]:
    """Validate every statement, then write `{"statements": [...]}` files of at most `batch_size` (≤ 100)."""
    if not 1 <= batch_size <= MAX_BATCH:
        raise ValueError(f"batch_size must be between 1 and {MAX_BATCH}")
    errs = validate_all(statements, names=names)
    if errs:
        raise SorValidationError(errs)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(0, len(statements), batch_size):
        p = out_dir / f"{prefix}-{i // batch_size + 1:03d}.json"
        p.write_text(json.dumps({"statements": list(statements[i:i + batch_size])}, indent=2, ensure_ascii=False),
                     encoding="utf-8")
        paths.append(p)
    return paths

