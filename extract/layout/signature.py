"""The signature block: the sign-off ("Yours faithfully", "Mit freundlichen Grüßen", "Veuillez
agréer…", "Med venlig hilsen") and the lines below it — the signer's name, title, firm and contact
details. Where a letter has no sign-off (a short email, a form), its last lines stand in."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

import lexicon
from extract.layout.authorities import is_institution
from extract.layout.letter import Letter
from extract.layout.lines import Line, fields, lines, own_end
from extract.layout.names import (
    CLERK_LINE,
    DEPARTMENT,
    JUDICIAL_LINE,
    LEGAL_FORM_END,
    LEGAL_FORM_WORD,
    ORG_WORD,
    full_name,
    is_address,
    is_job_title,
    is_organisation,
    person_name,
    reads_as_title,
)

SIGNOFF = re.compile(
    r"^[ \t]*"
    + lexicon.alternation("signoffs")
    # the line ends there, or the signer's name follows on it ("Best, Jane Doe")
    + r"(?:[ \t]*[,.!]?[ \t]*$|,[ \t]*(?=(?-i:[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){0,3})[ \t]*$))",
    re.M | re.I,
)
# A closing formula that is a sentence of its own, often wrapped over lines (French letters).
SIGNOFF_FR = re.compile(lexicon.alternation("closing_sentences"), re.I)
SIG_DELIMITER = re.compile(r"^[ \t]*--[ \t]*$", re.M)

# Lines that end a signature block: enclosures, copies, disclaimers, phone-app footers.
STOP = re.compile(
    r"^(?:Enc(?:l|s)?\b|Enclosures?\b|Anlagen?\b|Bilag\b|Pi[èe]ces?\s+jointes?\b|P\.?\s?J\.?\b|cc\b|c\.c\.|bcc\b|"
    r"Kopie\b|Copie\b|Sent\s+from\b|Get\s+Outlook\b|Von\s+meinem\b|Envoyé\s+de\b|Sendt\s+fra\b|"
    r"This\s+e-?mail\b|This\s+message\b|The\s+information\s+in\s+this|Diese\s+(?:E-Mail|Nachricht)\b|"
    r"Ce\s+(?:message|courriel)\b|Denne\s+(?:e-?mail|mail|besked)\b|CONFIDENTIAL|Confidentiality|Disclaimer|"
    r"IN\s+THE\s+\w+\s+COURT|P\.?S\.?\b|OFFICIAL)",
    re.I,
)
CONTACT = re.compile(
    r"^(?:T|Tel|Tél|Telefon|Telephone|Phone|Mob|Mobile|M|Direct(?:\s+(?:dial|line))?|DDI|DD|Fax|Telefax|"
    r"Durchwahl|Ligne\s+directe|Portable|Tlf|Mobil|Direkte?|E|Email|E-mail|E-Mail|Courriel|Mail|W|Web|"
    r"Website)\b\.?\s*[:.]?\s*[+(\d]|^[+(]?\d[\d\s()./-]{6,}$|@|https?://|www\."
    # a short label of any wording, then a phone number ("Direkte tlf. 12 34 56 78", "Switchboard 020 …")
    r"|^[^\d@:]{1,25}?[:.]?\s+\+?\(?\d[\d\s()./-]{6,}\d$",
    re.I,
)
ON_BEHALF = re.compile(
    r"^(?:for\s+and\s+on\s+behalf\s+of|on\s+behalf\s+of|for|pp\.?|p\.p\.|per\s+pro|für|i\.\s?A\.|pour|"
    r"pour\s+le\s+compte\s+de|på\s+vegne\s+af|for)\s+(?P<org>.+)$",
    re.I,
)
# The formula a signer uses for a firm (never for a person they type for, as "pp" or "for" may be).
FOR_AND_ON_BEHALF = re.compile(
    r"^(?:(?:signed\s+)?for\s+and\s+on\s+behalf\s+of|pour\s+et\s+au\s+nom\s+de|für\s+und\s+im\s+Namen\s+(?:der|des|von))"
    r"\s+(?:the\s+)?(?P<org>.+)$",
    re.I,
)
# German "im Auftrag" / "in Vertretung" / "per procura" before the signer's own name;
# "pp Jane Doe" (per procurationem) is signed by someone else for Jane Doe: she is still the sender.
SIGNS_FOR = re.compile(rf"^{lexicon.alternation('signs_for_marks')}\s+", re.I)
# The same mark alone on its line, the signer's name on the next: "i.A." / "Jane Doe", "p.o." / "Jens Holm".
SIGNS_FOR_LINE = re.compile(rf"^{lexicon.alternation('signs_for_marks')}[ \t]*$", re.I)
# A court's signature may set the titles of two signers side by side on one line, and their names
# side by side on the next: "La greffière   La présidente" / "Anne Roy   Marie Vidal".
ARTICLE_SPLIT = re.compile(r"(?i)(?:^|\s+)(?=(?:La|Le|L['’]|The|Der|Die|Den)\s+\S)")
ARTICLE = re.compile(r"(?i)^(?:la|le|l['’]|the|der|die|den)\s+")
# A place after an organisation on its line ("Firm Avocats, Ville", "Firm – Ville"), or the owner's
# name after a proprietor's mark ("Firm v/Jens Holm"): the organisation is the part before.
PROPRIETOR = re.compile(rf"\s+(?:{lexicon.alternation('proprietor_marks')})\s*(?P<owner>\S.*)$", re.I)
# "Sherbrooke (Québec)", "Nyon (VD)": a town and its region, part of an address.
TOWN_AND_REGION = re.compile(r"^[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,2}\s*\((?:[A-ZÀ-Þ][\w.’'-]*\s?){1,3}\)$")
# Page furniture an ingester may leave in the text ("Page 2 of 3", "Jane Doe Page 1").
PAGE_MARK = re.compile(r"(?i)(?:^|\s)(?:page|seite|side|p\.)\s*\d+(?:\s*(?:of|von|sur|af|/)\s*\d+)?$|^-\s*\d+\s*-$")
BANK_DETAIL = re.compile(
    r"(?i)^(?:IBAN|BIC|SWIFT|Konto(?:nummer|-Nr\.?)?|Kto\.?|BLZ|Sort\s+code|Account(?:\s+no)?|Reg\.?\s*nr)\b"
)
ADDRESS = re.compile(r"\d.*\b[A-Za-zÀ-ÿ]{3,}|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\b\d{4,5}\s+[A-ZÀ-Þ]")


class SignatureRule(StrEnum):
    """Why a line of the signature block was taken as a name, title or organisation."""

    NAME = "signature.name"
    TITLE = "signature.title"
    ORGANISATION = "signature.organisation"
    ON_BEHALF = "signature.on_behalf"
    FOR_AND_ON_BEHALF = "signature.for_and_on_behalf"
    BUSINESS_AFTER_TITLE = "signature.business_after_title"
    LINE_AFTER_NAME = "signature.line_after_name"


@dataclass(frozen=True)
class Mention:
    value: str
    start: int
    end: int
    strength: int = 1
    why: str = ""  # for a person reading it
    rule: str = ""  # a stable tag for code (SignatureRule, or the reader's own)


_WHY = {
    SignatureRule.ON_BEHALF: "signature: on behalf of",
    SignatureRule.FOR_AND_ON_BEHALF: "signature: for and on behalf of",
    SignatureRule.NAME: "signature: name",
    SignatureRule.TITLE: "signature: title",
    SignatureRule.ORGANISATION: "signature: organisation",
    SignatureRule.BUSINESS_AFTER_TITLE: "signature: business after the title",
    SignatureRule.LINE_AFTER_NAME: "signature: line after the name",
}


def _mention(value: str, start: int, strength: int, rule: SignatureRule) -> Mention:
    return Mention(value, start, start + len(value), strength, _WHY[rule], rule)


@dataclass(frozen=True)
class Signature:
    """What the signature block holds, in order of appearance. `start` is where the block
    begins (after the sign-off); `signoff` says whether a sign-off phrase was found."""

    start: int
    end: int
    signoff: bool
    people: tuple[Mention, ...] = ()
    organisations: tuple[Mention, ...] = ()
    titles: tuple[Mention, ...] = ()


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    found = None
    for m in pattern.finditer(text, start, end):
        found = m
    return found


def signature_zone(letter: Letter, start: int = 0, end: int | None = None) -> tuple[int, int, bool]:
    """Where the signature block of text[start:end] lies (default: the sender's own words)."""
    text = letter.text
    end = own_end(letter) if end is None else end
    best: re.Match[str] | None = None
    for pat in (SIGNOFF, SIGNOFF_FR, SIG_DELIMITER):
        m = _last(pat, text, start, end)
        if m and (best is None or m.start() > best.start()):
            best = m
    if best is not None:
        zone_start = best.end()
        # A sign-off must have something after it; a stray "Thanks" in the last paragraph's
        # middle is not one.
        if text[zone_start:end].strip():
            return zone_start, end, True
    # No sign-off: the last lines of the message stand in.
    body = [ln for ln in lines(text, start, end) if not ln.blank]
    tail = body[-10:]
    return (tail[0].start if tail else end), end, False


def read_signature(letter: Letter, start: int = 0, end: int | None = None) -> Signature:
    text = letter.text
    zstart, zend, signoff = signature_zone(letter, start, end)
    people: list[Mention] = []
    orgs: list[Mention] = []
    titles: list[Mention] = []
    count = 0
    stopped_at = zend
    furniture = set(letter.parsed.furniture)
    for ln in lines(text, zstart, zend):
        if ln.blank or ln.text in furniture or PAGE_MARK.search(ln.text):
            continue
        # a long line is prose or a disclaimer, unless it is a footer of fields ("Firm · Street · Town")
        if STOP.match(ln.text) or (signoff and len(ln.text) > 110 and len(fields(ln)) < 3):
            stopped_at = ln.start
            if signoff:
                break
            people.clear()  # no sign-off: only lines after the last prose or disclaimer count
            orgs.clear()
            titles.clear()
            continue
        count += 1
        if signoff and count > 14:
            break
        if not signoff and len(ln.text) > 80:
            # prose before the signature: what came before it is not the signature
            people.clear()
            orgs.clear()
            titles.clear()
            continue
        if SIGNOFF.match(ln.text) or SIGNS_FOR_LINE.match(ln.text.strip()):
            continue  # "BY ORDER", "i.A.": the signer's name is on the next line
        cells = fields(ln)
        for i, f in enumerate(cells):
            if i + 1 < len(cells) and BANK_DETAIL.match(cells[i + 1].text):
                continue  # "Volksbank · IBAN …": the sender's bank, not the sender
            if i > 0 and is_job_title(cells[i - 1].text) and business_name(f.text) and not is_organisation(f.text):
                # "Owner | Acme Bakes": the business the title is held at, though named like a person
                orgs.append(_mention(f.text, f.start, 2, SignatureRule.BUSINESS_AFTER_TITLE))
                continue
            _classify(f, people, orgs, titles, text)
    people = _signers(people, text)
    return Signature(zstart, stopped_at if signoff else zend, signoff, tuple(people), tuple(orgs), tuple(titles))


def _signers(people: list[Mention], text: str) -> list[Mention]:
    """The people who sign, without the court clerk who certifies the copy: a name whose own line or
    next line is a clerk's title ("Anne Roy" / "Greffière"), and in two names side by side under
    two titles side by side, the one under the clerk's title."""
    out: list[Mention] = []
    for p in people:
        ls = text.rfind("\n", 0, p.start) + 1
        prev_end = ls - 1
        prev_start = text.rfind("\n", 0, max(0, prev_end)) + 1
        above = text[prev_start:prev_end].strip() if prev_end > 0 else ""
        titles = [ARTICLE.sub("", t.strip()) for t in ARTICLE_SPLIT.split(above)]
        titles = [t for t in titles if t]
        halves = _side_by_side(p, text) if len(titles) == 2 and all(is_job_title(t) for t in titles) else None
        if halves:
            out.extend(h for h, t in zip(halves, titles, strict=True) if not CLERK_LINE.match(t))
            continue
        le = text.find("\n", p.end)
        nxt_end = text.find("\n", le + 1) if le >= 0 else -1
        below = text[le + 1 : nxt_end if nxt_end >= 0 else len(text)].strip() if le >= 0 else ""
        if CLERK_LINE.match(below) or CLERK_LINE.match(text[p.end : le if le >= 0 else len(text)].strip(" ,")):
            continue
        out.append(p)
    return out


def _side_by_side(p: Mention, text: str) -> list[Mention] | None:
    """Two people's names run together on one line ("Anne Roy Marie Vidal"), each of them named on
    its own elsewhere in the letter."""
    words = list(re.finditer(r"\S+", p.value))
    if len(words) < 4:
        return None
    for k in range(2, len(words) - 1):
        left, right = p.value[: words[k - 1].end()], p.value[words[k].start() :]
        if not (full_name(left) and full_name(right)):
            continue
        elsewhere = text[: p.start] + text[p.end :]
        if re.search(rf"\b{re.escape(left)}\b", elsewhere) and re.search(rf"\b{re.escape(right)}\b", elsewhere):
            rs = p.start + words[k].start()
            return [Mention(left, p.start, p.start + len(left), p.strength, p.why, p.rule),
                    Mention(right, rs, rs + len(right), p.strength, p.why, p.rule)]
    return None


def _classify(f: Line, people: list[Mention], orgs: list[Mention], titles: list[Mention], text: str) -> None:
    t = f.text.rstrip(",;")
    if re.fullmatch(r"\([^()]+\)", t):
        # "(Dr. Anna Keller)": a German letter's typed name under the signature, in brackets
        f = Line(f.start + 1, f.end - 1, t[1:-1])
        t = f.text
    if CONTACT.search(t) or re.fullmatch(r"[\W\d_]+", t):
        return
    signs_for = SIGNS_FOR.match(t)
    if signs_for and person_name(t[signs_for.end() :]):
        # "i. A. Jane Doe": the one who signs for the firm or office is the signer
        f = Line(f.start + signs_for.end(), f.end, t[signs_for.end() :])
        t = f.text
    m = ON_BEHALF.match(t)
    if not m and re.match(r"^[^\W\d][\w .()/-]{0,30}:\s", t):
        return  # a labelled field ("Subject: …", "Sent: …") is no part of a signature
    if m and is_organisation(m.group("org")) and not is_job_title(m.group("org")):
        # ("Pour la Présidente de la CNIL et par délégation" signs for an office-holder: the body is elsewhere)
        s = f.start + m.start("org")
        val = m.group("org").strip().rstrip(".,")
        article = re.match(r"(?:the|die|der|la|le|l['’])\s+", val)  # "For the Regulator": the article is the sentence's
        if article:
            val, s = val[article.end() :], s + article.end()
        orgs.append(_mention(val, s, 4, SignatureRule.ON_BEHALF))
        return
    formal = FOR_AND_ON_BEHALF.match(t)
    if formal and business_name(formal.group("org").strip().rstrip(".,")):
        # "for and on behalf of Orme Tallis": the formula signs for a firm, whatever its name looks like
        val = formal.group("org").strip().rstrip(".,")
        s = f.start + formal.start("org")
        orgs.append(_mention(val, s, 4, SignatureRule.FOR_AND_ON_BEHALF))
        return
    # "Jane Doe, Partner" / "Anna Berg – Account Manager"
    # "Jane Doe, Partner, Smith Jones LLP" / "Anna Berg – Account Manager": a name and what follows
    parts = [(m.start(), m.group(0)) for m in re.finditer(r"[^,–—]+?(?=\s*(?:[,–—]\s+|\s+-\s+|$))", t)]
    # a part after " - " starts with the dash the lookahead left behind
    parts = [(at + len(p) - len(p.lstrip(" -")), p.strip(" -")) for at, p in parts if p.strip(" -")]
    if any(CLERK_LINE.match(p) for _, p in parts):
        return  # "Anne Roy, JAng", "Le greffier, A. Roy": the clerk certifies the copy, the judge signs
    if len(parts) == 2 and (ARTICLE.match(parts[0][1]) or JUDICIAL_LINE.match(parts[0][1])) and is_job_title(
        ARTICLE.sub("", parts[0][1])
    ):
        # "La présidente, M. Vidal", "Der Vorsitzende, Hans Roth": the title, then who holds it
        n = person_name(parts[1][1])
        if n and not is_organisation(parts[1][1]):
            at1, p1 = parts[1]
            s1 = f.start + at1 + (p1.find(n) if n in p1 else 0)
            titles.append(_mention(parts[0][1], f.start + parts[0][0], 1, SignatureRule.TITLE))
            people.append(_mention(n, s1, 3, SignatureRule.NAME))
            return
    if is_address(t) and not is_organisation(t):
        return  # "Le Moulin, 12800 Sauveterre": a house's name over its postcode is where, not who
    name = person_name(parts[0][1]) if parts else None
    rest = parts[1:]
    if name and (not rest or any(is_job_title(p) or is_organisation(p) for _, p in rest) or not is_organisation(t)):
        head_at, head = parts[0]
        s = f.start + head_at + (head.find(name) if name in head else 0)
        people.append(_mention(name, s, 3, SignatureRule.NAME))
        for at, p in rest:
            if is_job_title(p):
                titles.append(_mention(p, f.start + at, 1, SignatureRule.TITLE))
            elif is_organisation(p):
                orgs.append(_mention(p, f.start + at, 3, SignatureRule.ORGANISATION))
        return
    if len(parts) > 1 and LEGAL_FORM_END.search(parts[0][1]) and not person_name(parts[0][1]):
        # "Verein e.V. – gemeinnütziger Verein gegen …": the name ends at its legal form, a tagline follows
        at0, p0 = parts[0]
        orgs.append(_mention(p0, f.start + at0, 3, SignatureRule.ORGANISATION))
        return
    if len(parts) > 1 and is_job_title(parts[0][1]) and not is_organisation(parts[0][1]):
        # "Gérante – Maison Dupont, épicerie fine": a title, then the business it is held at
        at0, p0 = parts[0]
        titles.append(_mention(p0, f.start + at0, 1, SignatureRule.TITLE))
        for at, p in rest:
            if is_organisation(p):
                # "Officer – Directorate of X": a unit of the body, weaker than the body's own name
                orgs.append(_mention(p, f.start + at, 1 if DEPARTMENT.match(p) else 3, SignatureRule.ORGANISATION))
            elif business_name(p):
                orgs.append(_mention(p, f.start + at, 2, SignatureRule.BUSINESS_AFTER_TITLE))
        return
    if is_job_title(t) and (
        reads_as_title(t) or not (is_organisation(t) and not DEPARTMENT.search(t) and not re.search(r",", t))
    ):
        titles.append(_mention(t, f.start, 1, SignatureRule.TITLE))
        return
    if is_organisation(t):
        t = _without_place(t, parts)
        strength = 1 if DEPARTMENT.search(t) and not re.search(r"\b(?:Ltd|LLP|GmbH|Inc|plc|Limited)\b", t) else 3
        orgs.append(_mention(t, f.start, strength, SignatureRule.ORGANISATION))
        return
    if ADDRESS.search(t) or is_address(t) or TOWN_AND_REGION.match(t):
        return
    # A short capitalised line in the block that is neither name, title nor contact: a trading
    # name ("Price Joinery") or a department; weak evidence.
    if len(parts) == 2 and business_name(parts[0][1]) and _place_word(parts[1][1]):
        t = parts[0][1]  # "Nuts & Bolts Hardware, Ripon": the business, then its town
    words = t.split()
    if re.search(r"\s\d{1,4}\s?[a-zA-Z]?$", t):
        return  # "Am Anger 12": a street named without a street word, and its house number
    if 1 <= len(words) <= 6 and words[0][:1].isupper() and not t.endswith((".", "?", "!", ":")):
        strength = 0 if DEPARTMENT.search(t) else 1
        orgs.append(_mention(t, f.start, strength, SignatureRule.LINE_AFTER_NAME))


def _without_place(t: str, parts: list[tuple[int, str]]) -> str:
    """An organisation's line without the place or department set after it ("Firm Avocats, Ville",
    "Firm Avocats – Ville", "County Police, Investigations") or its owner ("Firm v/Jens Holm")."""
    t = PROPRIETOR.sub("", t) if PROPRIETOR.search(t) and is_organisation(PROPRIETOR.sub("", t)) else t
    if len(parts) < 2 or parts[0][0] != 0:
        return t
    head = parts[0][1]
    rest = [p for _, p in parts[1:]]
    if len(rest) == 1 and re.fullmatch(r"[A-ZÀ-Þ][\w-]{2,}", head) and is_institution(rest[0]):
        return head  # "Medialis – Autorité des médias": the body's short name stands for it
    if not is_organisation(head) or LEGAL_FORM_WORD.search(" ".join(rest)):
        return t
    # a place or a department is a word or two, with no firm's word of its own
    if all(1 <= len(p.split()) <= 2 and p[:1].isupper() and not ORG_WORD.search(p) for p in rest):
        return head
    return t


def _place_word(s: str) -> bool:
    """A town's name set after a business's: one or two capitalised words, no firm's word in them."""
    words = s.split()
    return 1 <= len(words) <= 2 and all(w[:1].isupper() for w in words) and not ORG_WORD.search(s) and not re.search(
        r"[\d@]", s)


def business_name(s: str) -> bool:
    """A name of two to five capitalised words with no title, department, number or address in
    it ("Maison Dupont", "Harbour View Guesthouse"); a lone word is more often a region or team."""
    words = s.split()
    if not 2 <= len(words) <= 5 or re.search(r"[\d@/]", s) or is_job_title(s) or DEPARTMENT.search(s):
        return False
    connectors = {"&", "and", "of", "the", "de", "du", "des", "la", "le", "et", "und", "og", "for", "von"}
    # "Chambres d'hôtes du Moulin": an elided article or "de" joins a lower-case word into the name
    return all(w[:1].isupper() or w in connectors or re.match(r"[dl]['’]", w) for w in words) and words[0][:1].isupper()
