"""Who wrote, for whom: the sender's name, organisation and email address, and the client they
represent. Read from the signature block, labelled form fields, the letterhead and the email
headers, in that order of trust; the signature's person wins over an email's From name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from extract.layout.authorities import is_court, is_institution
from extract.layout.formfields import Field, labelled_fields
from extract.layout.letter import Letter
from extract.layout.letterhead import Letterhead, read_letterhead
from extract.layout.lines import evidence, fields, forwarded_start, lines, own_end
from extract.layout.names import (
    DEGREE,
    JUDICIAL,
    JUDICIAL_LINE,
    LEGAL_FORM,
    LEGAL_FORM_END,
    RESPONDENT_ROLE,
    UPPER,
    fold,
    full_name,
    is_address,
    is_organisation,
    name_and_title,
    named_after,
    person_name,
    same_person,
    tidy_case,
)
from extract.layout.segments import segments
from extract.layout.signature import (
    ARTICLE,
    ARTICLE_SPLIT,
    CONTACT,
    PROPRIETOR,
    SIGNS_FOR,
    Mention,
    Signature,
    SignatureRule,
    business_name,
    read_signature,
)
from extract.models import Evidence, Found
from extract.parties.represented import NAME_RUN, Client, clean, court_parties, find_clients, find_escalated_customer
from lexicon.patterns import EMAIL


class OrgRule(StrEnum):
    """Why a line was taken for the sender's organisation, beside the signature's own rules."""

    TRADING_NAME = "signature.trading_name"
    FIRM_NAMED_LIKE_PERSON = "signature.firm_named_like_person"
    FORM_FIELD = "formfield.organisation"
    LETTERHEAD = "letterhead.organisation"
    FOOTER_STATEMENT = "footer.statement"  # "X is a limited company", "authorised and regulated"
    FOOTER_FIELDS = "footer.fields"
    SELF_DESCRIPTION = "self_description"


# Candidates read from the signature block (as much the signer's own lines as the firm's)
_FROM_SIGNATURE = frozenset({*SignatureRule, OrgRule.TRADING_NAME, OrgRule.FIRM_NAMED_LIKE_PERSON})
# Candidates that may be shaped like a person's name and still name the business
_NAME_SHAPED_BUSINESS = frozenset({
    OrgRule.TRADING_NAME, SignatureRule.BUSINESS_AFTER_TITLE, SignatureRule.FOR_AND_ON_BEHALF,
    OrgRule.FIRM_NAMED_LIKE_PERSON, OrgRule.LETTERHEAD, OrgRule.FORM_FIELD, OrgRule.SELF_DESCRIPTION,
})
# Shared mailboxes: an address of the firm, not of the person who signs.
GENERIC_LOCAL = re.compile(
    r"^(?:info|enquiries|enquiry|inquiries|contact|kontakt|mail|email|office|post|postmaster|kanzlei|"
    r"cabinet|secretariat|sekretariat|reception|admin|hello|hej|bonjour|team|legal|law|general|service|"
    r"support|noreply|no-reply|casework|reports?|dpo|privacy|datenschutz|ip|notices?)$",
    re.I,
)
# An address the letter is sent to, not from.
ADDRESSEE_CUE = re.compile(
    r"(?i)(?:\bby\s+e-?mail(?:\s+only)?|\bvia\s+e-?mail|^\s*(?:to|cc|an|à|til)\s*:|\bpar\s+courriel|"
    r"\bvorab\s+per\s+e-?mail|\bper\s+e-?mail|\bsendt\s+pr\.?\s+e-?mail|\bpr\.\s+e-?mail)\s*[:(]?\s*$"
)


@dataclass(frozen=True)
class Parties:
    name: Found[str] | None = None
    organisation: Found[str] | None = None
    email: Found[str] | None = None
    represented: Found[str] | None = None
    # the signer's degrees, post-nominals, rank or title, kept apart from the name ("LLB (Hons)")
    title: Found[str] | None = None


# A court order's lines naming the lawyers of a party ("Lawyers for the Plaintiff", "Filed by",
# "Solicitor on record", "Prozessbevollmächtigte"): who asked for the order, not who made it.
LAWYERS_BLOCK = re.compile(
    r"(?im)^[ \t]*(?:(?:lawyers?|solicitors?|counsel|attorneys?)(?:[ \t]+of[ \t]+record)?[ \t]+for[ \t]+the\b|"
    r"filed[ \t]+by\b|solicitors?[ \t]+on[ \t]+(?:the[ \t]+)?record\b|(?:Prozess|Verfahrens)bevollmächtigte|"
    r"représentée?[ \t]+par\b|\(?advokat\b)"
)
# "Served by Jane Doe, Doe & Co LLP, solicitors for the Claimant, …": a party's lawyer serving the
# order sends it, for that party.
SERVED_BY = re.compile(
    r"(?im)^[ \t]*(?:served|sent|issued|zugestellt|signifi[ée]e?|forkyndt)[ \t]+(?:by|durch|par|af)[ \t]*:?[ \t]*"
    r"(?P<who>[^\n]+)"
)
_LAWYERS_FOR = re.compile(
    r"(?i)\b(?:solicitors?|lawyers?|attorneys?|counsel|avocats?|Rechtsanw\w+|advokat\w*)[ \t]+(?:for|of|to|de|für|for)"
    r"[ \t]+(?:the|la|le|l['’]|die|den|der)?[ \t]*(?P<role>\w+)"
)
# A judge named in a court order's heading or recitals: "THE HONOURABLE JUSTICE X Y",
# "Before: Justice X Y", "vor dem Richter am Amtsgericht Dr. X Y".
JUDGE = re.compile(
    rf"(?i:\b(?:{JUDICIAL}))[ \t]+(?P<n>(?:{DEGREE}[ \t]+)?[{UPPER}][\w'’.-]*(?:[ \t]+[{UPPER}][\w'’.-]*){{1,3}})"
    # a French order speaks in the judge's "we": "Nous, Jeanne Roux, vice-présidente, statuant en référé"
    rf"|\bNous,[ \t]+(?P<nous>[{UPPER}][\w'’.-]*(?:[ \t]+[{UPPER}][\w'’.-]*){{1,3}}),[ \t]+(?i:{JUDICIAL})"
)


@dataclass(frozen=True)
class Served:
    """Who served a court's order on the platform, for which party."""

    name: Found[str] | None
    organisation: Found[str] | None
    role: str | None


def find_parties(letter: Letter) -> Parties:
    text = letter.text
    end = own_end(letter)
    sig = read_signature(letter, 0, end)
    head = read_letterhead(letter)
    labelled = labelled_fields(text, 0, end)
    court = head.organisation if head.organisation and is_court(head.organisation[0]) else None
    served = (_served_by(letter) or _signed_by_lawyers(letter, sig)) if court else None
    if court and served is None:
        # A court's own order or letter: the court sends it, signed by its judge or registrar, and
        # writes for no client (SCHEMA: the represented party is the client on whose behalf the
        # sender writes; a court writes on no one's behalf).
        name = _court_signer(letter, sig)
        email = _email(letter, sig, labelled, name.value if name else None, end)
        v, s, e = court
        court_org = _found_text(letter, v, s, e, 0.9, "the court's own heading", "organisation.court")
        return Parties(name=name, organisation=court_org, email=email, represented=None,
                       title=_title(letter, sig, name))
    name = served.name if served and served.name else _name(letter, sig, head, labelled)
    email = _email(letter, sig, labelled, name.value if name else None, end)
    internal = _is_internal(letter, email)
    org: Found[str] | None = served.organisation if served and served.organisation else _organisation(
        letter, sig, head, labelled, name, email, internal
    )
    # a client is named in the letter, not below its sign-off (where "for and on behalf of" is the firm)
    stop = sig.start if sig.signoff else end
    if served:
        represented = _served_for(letter, served)
    elif internal:
        represented = _escalated_for(letter, end, name)
    else:
        represented = _represented(letter, stop, org, name, sig, end)
    if represented and (
        (org and _same_party(represented.value, org.value)) or (name and _same_party(represented.value, name.value))
    ):
        represented = None  # a business writing for itself represents no one
    if represented and org and is_institution(org.value) and is_institution(represented.value):
        represented = None  # police acting "im Auftrag der Staatsanwaltschaft": an office's order, no client
    return Parties(name=name, organisation=org, email=email, represented=represented, title=_title(letter, sig, name))


def _same_party(a: str, b: str) -> bool:
    """Two spellings of one party: the same words, or one that goes on with where it is
    ("Acme A/S" / "Acme A/S i Vejle"), its legal form's dots aside ("Acme Inc." / "Acme Inc")."""
    fa = " ".join(re.sub(r"[^\w&]+", " ", fold(a)).split())
    fb = " ".join(re.sub(r"[^\w&]+", " ", fold(b)).split())
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    short, long_ = sorted((fa, fb), key=len)
    return len(short.split()) >= 2 and long_.startswith(short + " ")


# --- a court's order ---------------------------------------------------------------------------


def _served_by(letter: Letter) -> Served | None:
    """The lawyer who serves a court's order on the platform, named on the order ("Served by Jane
    Doe, Doe & Co LLP, solicitors for the Claimant")."""
    text = letter.text
    m = SERVED_BY.search(text)
    if not m:
        return None
    who, at = m["who"], m.start("who")
    name: Found[str] | None = None
    org: Found[str] | None = None
    for part in re.finditer(r"[^,.;]+", who):
        v = part.group(0).strip()
        s = at + part.start() + part.group(0).find(v)
        if name is None and org is None and person_name(v) and full_name(person_name(v) or ""):
            n = person_name(v) or v
            name = _found_text(letter, n, s + v.find(n), s + v.find(n) + len(n), 0.85, "served the order",
                               "served_by.name")
        elif org is None and is_organisation(v) and not _LAWYERS_FOR.match(v):
            org = _found_text(letter, v, s, s + len(v), 0.85, "served the order", "served_by.organisation")
    lawyers = _LAWYERS_FOR.search(who)
    if name is None and org is None:
        return None
    return Served(name, org, lawyers["role"] if lawyers else None)


# "Attorneys for Plaintiff", "Solicitors for the Claimant" under a signer's name: a party's lawyers.
_FOR_PARTY = re.compile(
    r"(?i)^[ \t]*(?:attorneys?|counsel|solicitors?|lawyers?|avocats?|Rechtsanw\w+|advokat\w*)[ \t]+"
    r"(?:for|of|to|de|für)[ \t]+(?:the[ \t]+|la[ \t]+|le[ \t]+|l['’]|die[ \t]+|den[ \t]+)?(?P<role>\w+)"
)


def _signed_by_lawyers(letter: Letter, sig: Signature) -> Served | None:
    """A court's form a party's lawyers fill in and sign (a subpoena, a notice of motion): a signer
    over "Attorneys for Plaintiff", and no judge's or registrar's title in the signature."""
    rows = [ln for ln in lines(letter.text, sig.start, sig.end) if not ln.blank]
    if any(JUDICIAL_LINE.match(ARTICLE.sub("", r.text.strip())) for r in rows):
        return None
    marker = next((r for r in rows if _FOR_PARTY.match(r.text)), None)
    if marker is None:
        return None
    people = [p for p in sig.people if p.start < marker.start and full_name(p.value)]
    orgs = [o for o in sig.organisations if o.start < marker.end and o.strength >= 2]
    if not people and not orgs:
        return None
    name = _found_text(letter, _display(people[0].value), people[0].start, people[0].end, 0.8, "signs for a party",
                       "lawyer_signs.name") if people else None
    org = _found_text(letter, tidy_case(orgs[0].value, letter.text), orgs[0].start, orgs[0].end, 0.8,
                      "signs for a party", "lawyer_signs.organisation") if orgs else None
    m = _FOR_PARTY.match(marker.text)
    return Served(name, org, m["role"] if m else None)


def _served_for(letter: Letter, served: Served) -> Found[str] | None:
    """The party whose lawyer served the order: the one of the named role, else the applicant."""
    parties = court_parties(letter, 0, len(letter.text))
    want = "respondent" if served.role and re.fullmatch(RESPONDENT_ROLE, served.role, re.I) else "applicant"
    party = next((c for c in parties if c.role == want), None)
    if party is None:
        return None
    return _found_text(letter, party.value, party.start, party.end, 0.8, party.why, party.rule)


def _court_signer(letter: Letter, sig: Signature) -> Found[str] | None:
    """Who signs a court's order: a judge or registrar named in the signature (not the clerk
    certifying the copy, not the lawyers named below it); else the judge its heading names in full."""
    text = letter.text
    markers = [m.start() for m in LAWYERS_BLOCK.finditer(text, sig.start, sig.end)]

    def officer(p: Mention) -> bool:
        """A name with a judge's or registrar's title on its line or the line next to it."""
        rows = [ln.text.strip() for ln in lines(text, max(0, p.start - 200), min(len(text), p.end + 200))
                if not ln.blank]
        own = next((i for i, r in enumerate(rows) if p.value in r), None)
        if own is None:
            return False
        rest = rows[own].split(p.value, 1)[1].strip(" ,")
        near = [rest] + rows[own + 1 : own + 2] + rows[max(0, own - 1) : own]
        # a line above may hold two signers' titles side by side ("La greffière  La présidente")
        near += [t for r in rows[max(0, own - 1) : own] for t in ARTICLE_SPLIT.split(r)]
        return any(JUDICIAL_LINE.match(ARTICLE.sub("", r.strip())) for r in near if r.strip())

    people = sorted(sig.people, key=lambda p: not officer(p))
    for p in people:
        near = any(abs(text.count("\n", min(p.start, m), max(p.start, m))) <= 6 for m in markers)
        if (near and not officer(p)) or not full_name(p.value) and not _completion(letter, p.value):
            continue
        value = _completion(letter, p.value) or p.value
        return _found_text(letter, _display(value), p.start, p.end, 0.85, p.why, p.rule)
    for m in JUDGE.finditer(text, 0, min(len(text), 4000)):
        group = "n" if m["n"] else "nous"
        n = person_name(m[group])
        if n and full_name(n):
            s = m.start(group) + m[group].find(n)
            return _found_text(letter, _display(n), s, s + len(n), 0.7, "judge named in the order", "court.judge")
    return None


def _completion(letter: Letter, name: str) -> str | None:
    """A signer who gives only a surname or initials ("Dr. Muster", "M.-H. Dupont") in full,
    where the letter names them so elsewhere ("vor der Richterin Dr. Maria Muster")."""
    if full_name(name) and not re.search(r"[A-ZÀ-Þ]\.", name):
        return None
    surname = name.split()[-1]
    if len(surname) < 3:
        return None
    for m in re.finditer(rf"(?<![\w-])((?:[{UPPER}][\w'’.-]*[ \t]+){{1,3}}){re.escape(surname)}(?![\w-])", letter.text):
        words = m.group(0).split()
        for i in range(len(words) - 1):  # "Landgericht Dr. Jana Muster": the name is the end of it
            cand = person_name(" ".join(words[i:]))
            if cand and full_name(cand) and same_person(cand, name) and not re.search(r"[A-ZÀ-Þ]\.", cand.split()[0]):
                return cand
    return None


def _title(letter: Letter, sig: Signature, name: Found[str] | None) -> Found[str] | None:
    """The signer's degrees, post-nominals and title line, apart from the name: read from the
    signature line the name came from and the title lines of the block."""
    if name is None or name.evidence is None or name.evidence.source != "text":
        return None
    text = letter.text
    ls = text.rfind("\n", 0, name.evidence.start) + 1
    le = text.find("\n", name.evidence.end)
    line = text[ls : le if le >= 0 else len(text)]
    _, around = name_and_title(line.split(",")[0] if "," in line and person_name(line.split(",")[0]) else line)
    parts = [around] if around else []
    # the title line right below the name, or right above it ("Senior Associate" / "Jane Doe")
    below = [t.value for t in sig.titles if t.start > name.evidence.start][:1]
    above = [t.value for t in sig.titles if t.end <= ls and not text[t.end : ls].strip()][-1:]
    parts += below or above
    if not parts:
        return None
    value = ", ".join(parts)
    return Found(value, evidence(text, ls, ls + len(line)), 0.7, "signature: title beside the name", "signature.title")


# --- the sender's name -------------------------------------------------------------------------


_SURNAME_FIRST = re.compile(
    r"((?:[A-ZÄÖÜÆØÅÉÈ'’-]{2,}[ \t]+)*[A-ZÄÖÜÆØÅÉÈ'’-]{2,})[ \t]+"
    r"([A-ZÄÖÜÆØÅÉÈ][a-zäöüæøåéèßç'’-]+(?:[ \t-][A-ZÄÖÜÆØÅÉÈ][a-zäöüæøåéèßç'’-]+)?)"
)


def _display(name: str) -> str:
    """"Aurélie FONTAINE" → "Aurélie Fontaine": a surname in capitals is a convention, not a name."""
    return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in name.split())


def _found_text(
    letter: Letter, value: str, start: int, end: int, confidence: float, why: str, rule: str
) -> Found[str]:
    return Found(value, evidence(letter.text, start, end), confidence, why, rule)


def _from_header(letter: Letter) -> Found[str] | None:
    e = letter.parsed.email
    if not e or not e.from_name:
        return None
    raw = e.from_name.strip().strip('"')
    # "DOE, JANE" and "DOE Jane" as directories write them: the surname first
    inverted = re.fullmatch(r"([^,]+),\s*([^,]+)", raw) or _SURNAME_FIRST.fullmatch(raw)
    n = person_name(f"{inverted[2]} {inverted[1]}" if inverted else raw)
    if n and inverted:
        return Found(_display(n), Evidence(0, len(raw), raw, "header:From"), 0.7, "email From name", "email.from_name")
    n = person_name(raw)
    if not n or fold(letter.profile.name) in fold(n):
        return None
    s = e.from_name.find(n)
    return Found(_display(n), Evidence(s, s + len(n), n, "header:From"), 0.7, "email From name", "email.from_name")


def _person_fields(labelled: list[Field]) -> list[tuple[str, int, int, str]]:
    out = []
    for f in labelled:
        if f.kind != "person":
            continue
        head = re.split(r"\s*[,–—|]\s+|\s+-\s+|\s+<", f.value)[0]
        n = person_name(head)
        if n:
            s = f.start + f.value.find(n)
            out.append((n, s, s + len(n), f.label))
    return out


def _line_before(text: str, at: int) -> str:
    """The start of the line `at` stands on, up to `at`, with a space after it (for a mark's match)."""
    return text[text.rfind("\n", 0, at) + 1 : at].lstrip() + " "


def _name(letter: Letter, sig: Signature, head: Letterhead, labelled: list[Field]) -> Found[str] | None:
    people = list(sig.people)
    fields_ = _person_fields(labelled)
    header = _from_header(letter)
    chosen: Found[str] | None = None
    if people:
        # "Jo Bloggs / pp Ann Other", "i.A. Ann Other": the name after the mark is whom the letter is from
        marked = [p for p in people if SIGNS_FOR.match(_line_before(letter.text, p.start))]
        first = marked[0] if marked else people[0]
        full = next((p for p in people if full_name(p.value) and same_person(p.value, first.value)), None)
        pick = full or first
        conf = 0.9 if sig.signoff else 0.7
        chosen = _found_text(letter, _display(pick.value), pick.start, pick.end, conf, pick.why, pick.rule)
    if fields_ and (chosen is None or not sig.signoff):
        n, s, e, label = fields_[0]
        if chosen is None or not same_person(chosen.value, n) or full_name(n) and not full_name(chosen.value):
            chosen = _found_text(letter, _display(n), s, e, 0.8, f"labelled field: {label}", "formfield.person")
    if chosen is None and head.person:
        n, s, e = head.person
        chosen = _found_text(letter, _display(n), s, e, 0.7, "letterhead", "letterhead.person")
    if chosen is None:
        return header
    if not full_name(chosen.value):
        # "Tom" signs; the From header, a labelled field or the letterhead gives the full name.
        fuller = [header.value if header else None, *(f[0] for f in fields_), head.person[0] if head.person else None]
        for f in fuller:
            if f and full_name(f) and same_person(f, chosen.value):
                if header and f == header.value:
                    return header
                return Found(_display(f), chosen.evidence, chosen.confidence, chosen.why + " (completed)",
                             chosen.rule + ".completed")
        # "Dr. Muster" signs a letter that names "Dr. Jana Muster" in its reference block or text
        whole = _completion(letter, chosen.value) if chosen.evidence and chosen.evidence.source == "text" else None
        if whole:
            return Found(_display(whole), chosen.evidence, chosen.confidence, chosen.why + " (completed in the text)",
                         chosen.rule + ".completed")
    return chosen


# --- the sender's email ------------------------------------------------------------------------


def _matches_name(addr: str, name: str | None) -> int:
    if not name:
        return 0
    local = re.sub(r"\d+", "", fold(addr.split("@")[0]))
    words = [w for w in fold(name).replace("-", " ").split() if len(w) > 1 and not w.endswith(".")]
    if not words:
        return 0
    surname, first = words[-1], words[0]
    if len(surname) >= 3 and surname in local:
        return 3
    if len(first) >= 3 and re.split(r"[._+-]", local)[0] == first:
        return 2
    return 0


def _email(letter: Letter, sig: Signature, labelled: list[Field], name: str | None, end: int) -> Found[str] | None:
    text = letter.text
    hdr = letter.parsed.email
    from_addr = hdr.from_addr if hdr and hdr.from_addr else None
    labelled_spans = {(f.start, f.end) for f in labelled if f.kind == "email"}
    best: tuple[int, int, re.Match[str]] | None = None
    for m in EMAIL.finditer(text, 0, end):
        addr = m.group(0).rstrip(".")
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()]
        if ADDRESSEE_CUE.search(before):
            continue
        domain = addr.split("@")[1].lower()
        score = _matches_name(addr, name)
        if letter.profile.is_own_domain(domain) and score < 3:
            continue  # the platform's own mailboxes are where the letter goes
        if from_addr and addr.casefold() == from_addr.casefold():
            score += 2
        if sig.start <= m.start() < sig.end or any(s <= m.start() < e for s, e in labelled_spans):
            score += 1
        if GENERIC_LOCAL.match(addr.split("@")[0]):
            score -= 2
        if best is None or score > best[0]:
            best = (score, m.start(), m)
    if best and (best[0] >= 3 or not from_addr):
        m = best[2]
        addr = m.group(0).rstrip(".")
        own = best[0] >= 3
        why = "signer's own address" if own else "address given in the letter"
        return Found(addr.lower(), evidence(text, m.start(), m.start() + len(addr)), 0.9 if own else 0.6, why,
                     "email.signer" if own else "email.in_text")
    if from_addr:
        ev = Evidence(0, len(from_addr), from_addr, "header:From")
        return Found(from_addr.lower(), ev, 0.8, "email From address", "email.from_header")
    return None


# --- the sender's organisation -----------------------------------------------------------------


def _is_internal(letter: Letter, email: Found[str] | None) -> bool:
    hdr = letter.parsed.email
    addrs = [hdr.from_addr] if hdr and hdr.from_addr else []
    if email:
        addrs.append(email.value)
    return any(a and "@" in a and letter.profile.is_own_domain(a.split("@")[1]) for a in addrs)


def _domain_agrees(value: str, email: Found[str] | None) -> bool:
    if not email:
        return False
    domain = re.sub(r"[^a-z0-9]", "", fold(email.value.split("@")[1].rsplit(".", 2)[0]))
    words = [re.sub(r"[^a-z0-9]", "", w) for w in fold(value).split()]
    words = [w for w in words if len(w) >= 4]
    return bool(words) and any(w in domain for w in words)


def _domain_names(value: str, email: Found[str] | None, *, besides: str) -> bool:
    """Whether the sender's mail domain carries a word of `value` that is not in the signer's own
    name (the firm's name, not the person's: "Berg Travel" at bergtravel.example, signed Anna Berg)."""
    own = set(fold(besides).split())
    rest = " ".join(w for w in value.split() if fold(w) not in own)
    return bool(rest) and _domain_agrees(rest, email)


def _organisation(
    letter: Letter,
    sig: Signature,
    head: Letterhead,
    labelled: list[Field],
    name: Found[str] | None,
    email: Found[str] | None,
    internal: bool,
) -> Found[str] | None:
    text = letter.text
    platform = letter.profile.name
    if internal:
        line = next((o for o in sig.organisations if fold(o.value) == fold(platform)), None)
        if line:
            return _found_text(letter, platform, line.start, line.end, 0.9, "colleague of the platform (signature)",
                               "organisation.colleague_signature")
        hdr = letter.parsed.email
        src = hdr.from_addr if hdr and hdr.from_addr else (email.value if email else "")
        return Found(platform, Evidence(0, len(src), src, "header:From"), 0.8, "colleague of the platform (address)",
                     "organisation.colleague_address")
    cands: list[Mention] = []
    person_at = sig.people[0].start if sig.people else sig.start
    for o in sig.organisations:
        strength = o.strength
        if o.start < person_at and strength < 3:
            continue  # weak lines before the signer's name are the end of the letter, not the firm
        if sig.signoff is False and strength < 3 and not sig.people:
            continue
        cands.append(Mention(o.value, o.start, o.end, strength, o.why, o.rule))
    if name and sig.people:
        # "Owen Price" / "Price Joinery": a name-shaped line right below the signer's that is
        # another person's name only in shape is the business's trading name; further down, below
        # the signer's title, a name-shaped line the sender's address is named after is the firm
        # ("Partner" / "Orme Tallis", mail at ormetallis.example).
        signer = next((p for p in sig.people if p.start == name.evidence.start), None) if name.evidence else None
        for p in sig.people:
            if not signer or p.start <= signer.end or same_person(p.value, signer.value):
                continue
            if same_person(p.value, name.value):
                continue
            if not text[signer.end : p.start].strip():
                shares = bool(set(fold(p.value).split()) & set(fold(signer.value).split()))
                if shares or _domain_agrees(p.value, email):
                    cands.append(Mention(p.value, p.start, p.end, 1, "signature: trading name", OrgRule.TRADING_NAME))
            elif _domain_names(p.value, email, besides=signer.value) or named_after(p.value, signer.value):
                # "Sabine Roth" / "Owner" / "Roth Optik": below the signer's title, a name-shaped line
                # the sender's address or surname is in is the business
                cands.append(Mention(p.value, p.start, p.end, 2, "signature: firm named like a person",
                                     OrgRule.FIRM_NAMED_LIKE_PERSON))
    if name and head.person and named_after(head.person[0], name.value):
        # "Roth's Bakery" heading the letter that Sabine Roth signs: her business, not another person
        v, s, e = head.person
        cands.append(Mention(v, s, e, 2, "letterhead: business named after the sender", OrgRule.LETTERHEAD))
    cands.extend(_self_described(letter, end_of_own(sig, letter), name.value if name else None))
    for f in labelled:
        usable = is_organisation(f.value) or len(f.value.split()) <= 6
        if f.kind == "organisation" and usable and not re.fullmatch(r"(?i)n/?a|none|-|–|no", f.value):
            # "Authority: County Police, Investigations Unit, Town": the body, before its unit and place
            head_part = f.value.split(",")[0].strip()
            value = head_part if head_part != f.value and len(head_part.split()) >= 2 and is_organisation(
                head_part) else f.value
            cands.append(Mention(value, f.start, f.start + len(value), 3, f"labelled field: {f.label}",
                                 OrgRule.FORM_FIELD))
    if head.organisation:
        v, s, e = head.organisation
        # a court's or authority's name heading its letter stands for its units signing below it
        strength = 3 if is_institution(v) else 2 if is_organisation(v) else 1
        cands.append(Mention(v, s, e, strength, "letterhead", OrgRule.LETTERHEAD))
    for m in re.finditer(
        r"^(?:[^\n]{0,200}?[.!]\s+)?(?P<org>[^\n]{3,80}?)\s+(?:is\s+(?:a\s+limited\s+liability\s+partnership|"
        r"a\s+(?:private\s+)?limited\s+company|authorised\s+and\s+regulated|regulated\s+by)|"
        # "X does not accept service of proceedings by email": a firm's footer names the firm
        r"does\s+not\s+accept\s+service)",
        text[: letter.body_end],
        re.M,
    ):
        if is_organisation(m["org"]) or business_name(m["org"]):
            cands.append(Mention(m["org"], m.start("org"), m.end("org"), 2, "footer", OrgRule.FOOTER_STATEMENT))
    cands.extend(_footer_lines(letter, sig))
    scored: list[tuple[int, int, Mention]] = []
    sig_orgs = [c for c in cands if c.rule in _FROM_SIGNATURE and c.strength >= 1]
    for c in cands:
        v = c.value
        if fold(platform) in fold(v) or (name and fold(v) == fold(name.value)) or (
            person_name(v) and c.rule not in _NAME_SHAPED_BUSINESS
        ):
            continue
        score = c.strength
        if c.rule == SignatureRule.BUSINESS_AFTER_TITLE and any(o.start > c.end for o in sig_orgs):
            score -= 1  # "Complaints Officer, Platform Supervision" over the body's own line: a unit
        if _domain_agrees(v, email):
            score += 1
        if sum(1 for o in cands if o is not c and _same_org(o.value, v)) > 0:
            score += 1
        scored.append((score, -c.start, c))
    if not scored:
        return None
    for c in cands:
        if c.rule in _FROM_SIGNATURE and any(fold(c.value) == fold(u) for u in head.units):
            # "Compagnie … de X" under a national force's name, and signed so: the unit sends it
            return _found_text(letter, c.value, c.start, c.end, 0.85, "local unit, in heading and signature",
                               "organisation.local_unit")
    score, _, best = max(scored, key=lambda t: (t[0], t[1]))
    if score < 1:
        return None
    value = best.value.strip().rstrip(",")
    owner = PROPRIETOR.search(value)
    if owner and (is_organisation(value[: owner.start()]) or person_name(owner["owner"])):
        value = value[: owner.start()]  # "Acme Tømrer v/Jens Holm": the business, not its owner
    # "P.C.", "S.A.", "Inc.", "Ltd." keep their last dot
    if not re.search(r"(?:^|[\s,])(?:[A-Za-z]{1,2}\.){2,}$|\b(?i:Inc|Ltd|Corp|Co|Bros)\.$", value):
        value = value.rstrip(".,")
    value = tidy_case(value, text)
    return _found_text(letter, value, best.start, best.end, min(0.95, 0.4 + 0.15 * score), best.why, best.rule)


def _footer_lines(letter: Letter, sig: Signature) -> list[Mention]:
    """A firm's footer of fields below the letter ("Firm Solicitors · 1 High St, Leeds · T 0113 …"):
    the first field names the firm when the others are its address and contact details."""
    out: list[Mention] = []
    for ln in lines(letter.text, sig.start, letter.body_end):
        cells = fields(ln)
        if len(cells) < 3:
            continue
        first, rest = cells[0], cells[1:]
        if not is_organisation(first.text) or fold(letter.profile.name) in fold(first.text):
            continue
        if sum(1 for c in rest if is_address(c.text) or CONTACT.search(c.text)) >= 2:
            out.append(Mention(first.text, first.start, first.end, 2, "footer", OrgRule.FOOTER_FIELDS))
    return out


# A sender who runs a business in their own name says so: "Capacity: sole trader, trading as X",
# "I run X", "ich betreibe X", "je gère X", "jeg driver X".
_SELF = re.compile(
    r"(?i:\b(?:I\s+(?:run|own|manage|operate)|I(?:\s+am|['’]m)\s+the\s+(?:owner|proprietor)\s+of|ich\s+(?:betreibe|führe)|"
    r"ich\s+bin\s+(?:Inhaber(?:in)?|Geschäftsführer(?:in)?)\s+(?:der|des|von)|je\s+(?:gère|dirige|tiens)|"
    r"je\s+suis\s+(?:le\s+|la\s+)?(?:gérante?|propriétaire)\s+de|jeg\s+(?:driver|ejer)|"
    # "on behalf of my company, X Ltd", "für meine Firma X GmbH", "pour ma société X", "for min virksomhed X"
    r"(?:my|our)\s+(?:own\s+)?(?:company|business)|(?:meine[mnrs]?|unsere[mnrs]?)\s+(?:Firma|Unternehmens?|Betrieb(?:e?s)?)|"
    r"(?:mon|ma|notre)\s+(?:entreprise|société)|(?:min|vores)\s+(?:egen\s+)?(?:virksomhed|firma|forretning))[\s,:]+)"
    r"(?P<org>NAME)"
    r"|(?i:\b(?:trading\s+as|t/a|handelnd\s+als|exerçant\s+sous\s+(?:le\s+nom|l['’]enseigne)|"
    r"driver\s+virksomhed\s+under\s+navnet)\s+)(?P<org2>NAME)".replace("NAME", NAME_RUN)
)
# A line that speaks for oneself, not for a client ("trading as" of a client is the client's).
_FIRST_PERSON = re.compile(r"(?i)\b(?:I|I['’]m|my|me|sole\s+trader|capacity|ich|je|j['’]|jeg|mit|mon|ma)\b")
_FOR_CLIENT = re.compile(
    r"(?i)\b(?:client|Mandant|klient)|\b(?:act(?:s|ing)?\s+for|represent|instruct|behalf|vertrete|conseil\s+de)"
)


def end_of_own(sig: Signature, letter: Letter) -> int:
    return sig.start if sig.signoff else own_end(letter)


def _self_described(letter: Letter, end: int, sender: str | None) -> list[Mention]:
    text = letter.text
    out: list[Mention] = []
    for m in _SELF.finditer(text, 0, end):
        key = "org" if m["org"] else "org2"
        cut = clean(m[key], m.start(key))  # to the name itself: not past a full stop, nor its "i <town>"
        if cut is None:
            continue
        value = cut[0]
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start(key)]
        if key == "org2" and (not _FIRST_PERSON.search(before) or _FOR_CLIENT.search(before)):
            continue
        words = value.split()
        named = key == "org" and person_name(value) and not (sender and named_after(value, sender))
        if len(words) < 2 or re.search(r"\d", value) or named:
            continue
        out.append(Mention(value, cut[1], cut[2], 1, "self-description", OrgRule.SELF_DESCRIPTION))
    return out


def _same_org(a: str, b: str) -> bool:
    fa, fb = re.sub(r"[^a-z0-9 ]", "", fold(a)).split(), re.sub(r"[^a-z0-9 ]", "", fold(b)).split()
    n = min(len(fa), len(fb), 2)
    return n > 0 and fa[:n] == fb[:n]


# --- the represented client --------------------------------------------------------------------


def _represented(
    letter: Letter, stop: int, org: Found[str] | None, name: Found[str] | None, sig: Signature, end: int
) -> Found[str] | None:
    clients = find_clients(
        letter, 0, stop, sender_org=org.value if org else None, sender_name=name.value if name else None
    )
    # "following up on behalf of Lena Ambrose": a colleague named in the signature is no client
    sig_lines = [ln.text for ln in lines(letter.text, sig.start, end)] if sig.signoff else []
    clients = [c for c in clients if not _colleague(c.value, sig_lines)]
    if not clients:
        clients = _clients_of_own_earlier_message(letter, org, name)
    if not clients:
        return None
    c = clients[0]
    conf = 0.5 + 0.15 * c.strength
    if c.source != "text":
        return Found(c.value, Evidence(c.start, c.end, c.value, c.source), conf, c.why, c.rule)
    value, s, e = _with_legal_form(letter.text, c.value, c.start, c.end)
    value, s = _without_profession(letter.text, value, s)
    return _found_text(letter, value, s, e, conf, c.why, c.rule)


def _without_profession(text: str, value: str, start: int) -> tuple[str, int]:
    """A person named with their profession or title before the name ("the photographer Jo Bloggs",
    "die Zahnärztin Dr. Jo Bloggs"): the name alone, where the letter names them so elsewhere too."""
    words = value.split()
    if len(words) < 3 or is_organisation(value):
        return value, start
    for k in (1, 2):
        rest = " ".join(words[k:])
        bare = person_name(rest)
        if bare and len(bare.split()) >= 2 and text.count(bare) >= 2 and bare in value:
            return bare, start + value.index(bare)
    return value, start


def _with_legal_form(text: str, value: str, start: int, end: int) -> tuple[str, int, int]:
    """A client named without its legal form ("la société Acme") where the letter writes it in full
    elsewhere ("Acme SARL – avis publié …"): the full name."""
    if LEGAL_FORM_END.search(value):
        return value, start, end
    # the name goes on to its legal form, perhaps over a word or two ("Kessler" → "Kessler & Partner GmbH");
    # a name shaped like a person's only where its legal form follows it at once ("Anna Berg GmbH")
    person = len((person_name(value) or "").split()) >= 2
    more = "" if person else rf"(?:[ \t]+(?:&[ \t]+)?[{UPPER}][\w'’.-]*){{0,3}}"
    for m in re.finditer(rf"(?<![\w-]){re.escape(value)}{more},?[ \t]+(?P<form>{LEGAL_FORM})(?![\w/])", text):
        return m.group(0), m.start(), m.end()
    return value, start, end


def _clients_of_own_earlier_message(
    letter: Letter, org: Found[str] | None, name: Found[str] | None
) -> list[Client]:
    """A sender chasing up quotes their own earlier message below; the client it named is the client."""
    hdr = letter.parsed.email
    own = {a.casefold() for a in (hdr.from_addr if hdr else None, ) if a}
    out: list[Client] = []
    for seg in segments(letter):
        if seg.own:
            continue
        head = letter.text[seg.start : seg.start + 300]
        by_sender = bool(seg.author and seg.author.casefold() in own) or bool(
            name and re.search(rf"\b{re.escape(name.value)}\b", head)
        )
        if by_sender:
            out += find_clients(letter, seg.start, seg.end, sender_org=org.value if org else None,
                                sender_name=name.value if name else None)
    return [c for c in out if c.strength >= 2]


def _colleague(value: str, sig_lines: list[str]) -> bool:
    """A person whose first name and surname stand on one line of the sender's signature
    ("Paralegal to Lena J. Ambrose")."""
    if not person_name(value) or not full_name(value):
        return False
    words = fold(value).split()
    return any({words[0], words[-1]} <= set(re.findall(r"\w+", fold(ln))) for ln in sig_lines)


def _escalated_for(letter: Letter, end: int, name: Found[str] | None) -> Found[str] | None:
    found = find_escalated_customer(letter, 0, end, sender_name=name.value if name else None)
    if found:
        c = found[0]
        return _found_text(letter, c.value, c.start, c.end, 0.8, c.why, c.rule)
    # The colleague names no business: the forwarded message's signature does.
    fwd = forwarded_start(letter)
    if fwd is None:
        return None
    inner = read_signature(letter, fwd, letter.body_end)
    for o in sorted(inner.organisations, key=lambda o: -o.strength):
        if o.strength >= 1 and fold(letter.profile.name) not in fold(o.value) and not person_name(o.value):
            value = tidy_case(o.value, letter.text)
            return _found_text(letter, value, o.start, o.end, 0.6, "forwarded message's signature",
                               "represented.forwarded_signature")
    for ln in lines(letter.text, fwd, letter.body_end):
        if is_organisation(ln.text) and fold(letter.profile.name) not in fold(ln.text):
            return _found_text(
                letter, ln.text, ln.start, ln.end, 0.4, "forwarded message", "represented.forwarded_line"
            )
    return None
