"""What a document family (an email and its attachments, or one letter) says about its matter.

The linking signals are read once from the parsed documents and their extractions, normalised
to the keys that cases are indexed by (see `cases.keys`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from cases.keys import (
    Key,
    case_ref_key,
    domain_key,
    email_key,
    fold,
    message_id_key,
    message_ids,
    party_key,
    party_tokens,
    ref_key,
    review_id_key,
    url_keys,
)
from cases.vocab import KeyKind
from extract.models import Extraction
from extract.parties.references import cited_references
from extract.profile import PlatformProfile
from extract.time.dates import find_dates
from ingest.models import ParsedDocument


@dataclass(frozen=True)
class PartIn:
    """One document of the family, as linking sees it."""

    parsed: ParsedDocument
    extraction: Extraction | None


@dataclass
class Features:
    own_message_ids: set[str] = field(default_factory=set)
    thread_ids: set[str] = field(default_factory=set)  # In-Reply-To and References
    our_refs: set[tuple[str, int, int]] = field(default_factory=set)
    their_refs: set[str] = field(default_factory=set)
    # every other reference the family cites under a label, and courts' file numbers: a solicitor's
    # letter citing the court's number of an order filed in the case
    cited_refs: set[str] = field(default_factory=set)
    review_ids: set[str] = field(default_factory=set)
    businesses: set[str] = field(default_factory=set)
    clients: set[str] = field(default_factory=set)  # the represented parties
    principals: set[str] = field(default_factory=set)  # who writes for themselves (no client)
    firms: set[str] = field(default_factory=set)  # organisations writing for a client
    people: set[str] = field(default_factory=set)  # the senders' names
    emails: set[str] = field(default_factory=set)
    own_emails: set[str] = field(default_factory=set)  # colleagues' addresses (they escalate for many)
    domains: set[str] = field(default_factory=set)
    subjects: set[str] = field(default_factory=set)  # a reply's subject, without Re:/Fwd:
    back_refs: list[date] = field(default_factory=list)  # "further to our letter of 3 November"
    back_ref_undated: bool = False
    letter_dates: list[date] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)

    @property
    def writes_for_client(self) -> bool:
        return bool(self.clients)

    def keys(self) -> list[Key]:
        """The keys this family adds to the case it is filed to."""
        out: list[Key] = []
        out += [Key(KeyKind.message_id, m) for m in sorted(self.own_message_ids)]
        out += [Key(KeyKind.their_ref, r) for r in sorted(self.their_refs | self.cited_refs)]
        out += [Key(KeyKind.review_id, r) for r in sorted(self.review_ids)]
        out += [Key(KeyKind.business, b) for b in sorted(self.businesses)]
        for role, names in (("client", self.clients), ("principal", self.principals),
                            ("organisation", self.firms), ("sender", self.people)):
            for n in sorted(names):
                out.append(Key(KeyKind.party, n, role))
                out += [Key(KeyKind.party_tok, t, role) for t in party_tokens(n)]
        out += [Key(KeyKind.email, e) for e in sorted(self.emails)]
        out += [Key(KeyKind.domain, d) for d in sorted(self.domains)]
        out += [Key(KeyKind.subject, s) for s in sorted(self.subjects)]
        return _unique(out)


def _unique(keys: list[Key]) -> list[Key]:
    seen: set[tuple[str, str]] = set()
    out = []
    for k in keys:
        if (k.kind, k.value) not in seen:
            seen.add((k.kind, k.value))
            out.append(k)
    return out


_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|sv|wg|fw|fwd|tr|réf|ref|vs)\s*(?:\[\d+\])?\s*:\s*)+", re.I)

# "further to our letter of 3 November", "unser Schreiben vom 12. Oktober", "notre courrier du 2
# décembre", "vores brev af 3. november": an earlier letter of the same sender, by its date.
_BACK_REF = re.compile(
    r"(?:\b(?:our|my)\s+(?:previous\s+|earlier\s+|last\s+|first\s+)?"
    r"(?:letter|email|e-mail|correspondence|notice|complaint|message|request|notification)s?"
    r"(?:\s+to\s+you)?(?:\s+(?:of|dated|sent\s+on|sent|from|on))?"
    r"|\b(?:unser(?:e[mnrs]?)?|mein(?:e[mnrs]?)?)\s+(?:letzte[ns]?\s+|vorige[ns]?\s+)?"
    r"(?:Schreiben|Brief|E-Mail|Mail|Nachricht|Abmahnung|Anfrage)s?(?:\s+(?:vom|von))?"
    r"|\b(?:notre|mon|ma)\s+(?:précédent\s+|premier\s+|première\s+)?"
    r"(?:courrier|lettre|courriel|e-mail|mail|message|mise\s+en\s+demeure|demande)"
    r"(?:\s+(?:du|en\s+date\s+du|daté\s+du|datée\s+du))?"
    r"|\b(?:vores|mit|min)\s+(?:tidligere\s+)?(?:brev|e-mail|mail|henvendelse|anmodning)"
    r"(?:\s+(?:af|fra|dateret))?)",
    re.I,
)


def back_references(text: str, reference: date) -> tuple[list[date], bool]:
    """Dates of earlier letters of the sender that the text refers to, and whether it refers to
    one at all."""
    dates: list[date] = []
    found = False
    for m in _BACK_REF.finditer(text):
        found = True
        tail = text[m.end(): m.end() + 40]
        for d in find_dates(tail, reference=reference):
            if d.start <= 4 and d.value <= reference:
                dates.append(d.value)
                break
    return dates, found


def subject_key(subject: str | None) -> str | None:
    """A reply's subject without its prefixes; only a reply's (a new message's subject is new)."""
    if not subject or not _REPLY_PREFIX.match(subject):
        return None
    s = fold(_REPLY_PREFIX.sub("", subject))
    return s if len(s) >= 12 else None


def features(parts: Sequence[PartIn], profile: PlatformProfile, received: date) -> Features:
    f = Features()
    own_name = party_key(profile.name)
    for p in parts:
        doc, ex = p.parsed, p.extraction
        head = doc.email
        if head:
            if mid := message_id_key(head.message_id):
                f.own_message_ids.add(mid)
            f.thread_ids.update(message_ids(head.in_reply_to))
            f.thread_ids.update(message_ids(list(head.references)))
            if s := subject_key(head.subject):
                f.subjects.add(s)
            if head.subject:
                f.our_refs.update(_our_refs(head.subject, profile))
            if not (ex and ex.sender_email):
                _add_email(f, head.from_addr, profile)
        f.our_refs.update(_our_refs(doc.text, profile))
        for cited in cited_references(doc.text, head.subject if head else None, profile):
            if cited_key := ref_key(cited):
                f.cited_refs.add(cited_key)
        if not ex:
            continue
        fields = ex.fields()
        if ours := case_ref_key(fields.get("our_reference") or "", re.escape(profile.case_ref_prefix)):
            f.our_refs.add(ours)
        if theirs := ref_key(fields.get("their_reference")):
            f.their_refs.add(theirs)
        for rid in fields.get("cited_review_ids") or []:
            if review := review_id_key(rid):
                f.review_ids.add(review)
        for url in fields.get("cited_urls") or []:
            for k in url_keys(url, profile):
                (f.review_ids if k.kind == KeyKind.review_id else f.businesses).add(k.value)
        client = party_key(fields.get("represented_party"))
        org = party_key(fields.get("sender_organisation"))
        person = party_key(fields.get("sender_name"))
        if client and client != own_name:
            f.clients.add(client)
            if org and org != own_name:
                f.firms.add(org)
        elif org and org != own_name:
            f.principals.add(org)
        if person:
            f.people.add(person)
        _add_email(f, fields.get("sender_email"), profile)
        if ex.kind:
            f.kinds.append(ex.kind.value)
        anchor = ex.letter_date.value if ex.letter_date else received
        if ex.letter_date:
            f.letter_dates.append(ex.letter_date.value)
        dates, any_ref = back_references(doc.text, anchor)
        f.back_refs += dates
        f.back_ref_undated |= any_ref
    # a person is also a principal when they write for themselves (a reviewer, a data subject)
    if not f.clients and not f.principals:
        f.principals.update(f.people)
    return f


def _add_email(f: Features, addr: str | None, profile: PlatformProfile) -> None:
    e = email_key(addr)
    if not e:
        return
    f.emails.add(e)
    if profile.is_own_domain(e.rsplit("@", 1)[1]):
        f.own_emails.add(e)
    # the domain stands for an organisation, not for anyone with a free mailbox, nor for us
    if d := domain_key(e, profile.domains):
        f.domains.add(d)


def _our_refs(text: str, profile: PlatformProfile) -> set[tuple[str, int, int]]:
    """Our case references in any spelling: the profile's pattern, then a looser one."""
    out: set[tuple[str, int, int]] = set()
    if not text:
        return out
    prefix = re.escape(profile.case_ref_prefix)
    for m in re.finditer(rf"\b{prefix}[\s\-_/.]*(?:19|20)\d\d[\s\-_/.]*\d{{1,6}}\b", text, re.I):
        if r := case_ref_key(m.group(0), prefix):
            out.add(r)
    return out
