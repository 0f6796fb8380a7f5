"""The letterhead: the sender's name and firm at the top of a letter (or in a DOCX header, which
ingestion puts first), before the addressee, date and references."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lexicon
from extract.layout.authorities import institution_name, is_court, placed_units
from extract.layout.letter import Letter
from extract.layout.lines import lines
from extract.layout.names import (
    DEPARTMENT,
    LEGAL_FORM,
    TITLES_PREFIX,
    fold,
    is_address,
    is_job_title,
    is_organisation,
    person_name,
    tidy_case,
)

# Security markings and delivery notes printed above a letterhead are not the sender.
MARKING = re.compile(
    r"^(?:OFFICIAL|PRIVATE|CONFIDENTIAL|STRICTLY|URGENT|WITHOUT\s+PREJUDICE|SUBJECT\s+TO|BY\s+|VIA\s+|PER\s+|"
    r"RESTRICTED|SECRET|PROTECTED|VERTRAULICH|PERSÖNLICH|EILT|FORTROLIGT|PAR\s+|NOT\s+PROTECTIVELY)",
    re.I,
)
# A second letterhead line that only completes the firm's name ("Rechtsanwälte PartG mbB").
FORM_ONLY = re.compile(
    rf"^(?:(?:Rechtsanw(?:ä|ae)lte|Rechtsanwaltsgesellschaft|Partnerschaft(?:sgesellschaft)?|Steuerberater|"
    rf"Advokatfirma|Advokater|Advokat(?:an)?partnerselskab|Avocats|{LEGAL_FORM})\s*)+$"
)
# The owner named under the business's name: "Tischlerei Muster" / "Inh. Max Muster".
PROPRIETOR_LINE = re.compile(rf"^(?:{lexicon.alternation('proprietor_marks')})\s*(?P<name>\S.*)$", re.I)

# A profession set under a name-shaped firm name ("Hale Morgan" / "SOLICITORS") completes the
# firm's name; the name above it is then no person.
PROFESSION = re.compile(
    r"^(?:Solicitors|Lawyers|Attorneys(?:\s+(?:&|and)\s+Counsell?ors)?(?:\s+at\s+Law)?|Barristers|"
    r"Rechtsanw(?:ä|ae)lte|Avocats|Advokater|Advokatfirma)$",
    re.I,
)

# A practice-area tagline under a firm's name ("Intellectual Property & Media Law"): it names no one.
TAGLINE = re.compile(r"^(?:[A-Z][\w-]*\s+)+(?:&|and)\s+(?:[A-Z][\w-]*\s+)*Law$")


# A business's name with what kind of business it is, in brackets, under its owner's name
_BUSINESS_KIND = re.compile(
    r"^(?P<name>[^\d@()]{3,60}?)\s*\((?:sole\s+trader|self-employed|trading\s+name|Einzel(?:unternehmen|unternehmer\w*|firma)|"
    r"entreprise\s+individuelle|auto-?entrepreneur|micro-?entreprise|enkeltmandsvirksomhed|selvstændig)\)$",
    re.I,
)

# The heading of a French State service's letter: the préfet of a département or region.
PREFECT = re.compile(
    r"(?i)^PR[ÉE]F(?:ET|[ÈE]TE|ECTURE)\s+(?P<prep>DE\s+LA|DE\s+L['’]|DU|DES|DE|D['’])\s*(?P<place>[^\d,]{2,40})$"
)


@dataclass(frozen=True)
class Letterhead:
    person: tuple[str, int, int] | None = None
    organisation: tuple[str, int, int] | None = None
    # local units named with their place under an authority's name ("Compagnie … de X")
    units: tuple[str, ...] = ()


def read_letterhead(letter: Letter) -> Letterhead:
    text = letter.text
    platform = fold(letter.profile.name)
    head = [ln for ln in lines(text, 0, min(len(text), 1500))[:12] if not ln.blank]
    while head and MARKING.match(head[0].text):
        head.pop(0)
    if not head:
        return Letterhead()
    first = head[0]
    t = first.text
    if platform and platform in fold(t):
        return Letterhead()  # the platform's own form or the addressee, not a sender's letterhead
    prefect = PREFECT.match(t)
    if prefect and len(head) > 1 and re.match(r"(?i)direction\b", head[1].text):
        # A French State service writes under its préfet: "PRÉFET DE LA HAUTE-GARONNE" over
        # "Direction départementale de …" — the service is the directorate of that département.
        service = head[1].text.rstrip(" ,.")
        place = prefect["place"].strip()
        if place.isupper():  # "HAUTE-GARONNE" → "Haute-Garonne"; a place name has no legal form to keep
            place = re.sub(r"[^\W\d_]+", lambda w: w.group(0).capitalize(), place.lower())
        prep = prefect["prep"].lower()
        if fold(place) not in fold(service):
            service = f"{service} {prep}{place}" if prep.endswith(("'", "’")) else f"{service} {prep} {place}"
        return Letterhead(organisation=(service, first.start, head[1].end))
    if not _short_name_over_long(t, head[1].text if len(head) > 1 else ""):
        # A court's or authority's name, by its grammar: over several lines (a province over "SUPERIOR
        # COURT OF JUSTICE", a name wrapped at "DES"), with its district below, or a unit under its parent.
        inst = institution_name([ln.text for ln in head[:6]])
        skipped = 0
        if inst and len(head) > 1 and _state_words(head[0].text):
            # "REPUBLIK ÖSTERREICH" over "BEZIRKSGERICHT FELDBACH": the state's name heads its court's order
            below = institution_name([ln.text for ln in head[1:7]])
            if below and is_court(below[0]) and not is_court(head[0].text):
                inst, skipped = below, 1
        if inst is None:
            # A judgment may open with the state's words over its court ("RÉPUBLIQUE FRANÇAISE" / "AU NOM
            # DU PEUPLE FRANÇAIS" / "TRIBUNAL JUDICIAIRE DE X"): short lines above a court's name
            for k in (1, 2, 3):
                if len(head) <= k or any(_not_state_words(ln.text) for ln in head[:k]):
                    break
                below = institution_name([ln.text for ln in head[k : k + 6]])
                if below and is_court(below[0]):
                    inst, skipped = below, k
                    break
        if inst:
            value, used = inst
            used += skipped
            first = head[skipped]
            at = text.find(value.split()[0], first.start)
            value = tidy_case(value, text)  # a name as a sentence writes it may start in lower case
            value = value[:1].upper() + value[1:]
            units = tuple(placed_units([ln.text for ln in head[used:6]]))
            return Letterhead(organisation=(value, at if at >= 0 else first.start, head[used - 1].end), units=units)
    name = person_name(t)
    if name and t.isupper() and len(name.split()) >= 2 and len(head) > 1 and TAGLINE.match(head[1].text):
        # "HALE & ROWE" over its practice areas: a firm's name set in capitals, not a person
        return Letterhead(organisation=(tidy_case(t, text), first.start, first.end))
    second = re.split(r"\s+[|·•–—]\s+", head[1].text)[0] if len(head) > 1 else ""
    if name and second and (PROFESSION.match(second) or _profession_and_form(second)):
        # "WENDT SAUER" over "Rechtsanwälte PartG mbB" (or "Rechtsanwälte · Medienrecht"): the
        # second line's first field only completes the firm's name
        value = f"{tidy_case(t, text)} {tidy_case(second, text)}"
        return Letterhead(organisation=(value, first.start, head[1].start + len(second)))
    if name and t.isupper() and second and DEPARTMENT.match(second):
        # "ACME HOLDINGS" over "Legal Department": a department sits under its organisation, not a person
        return Letterhead(organisation=(tidy_case(t, text), first.start, first.end))
    if _short_name_over_long(t, head[1].text if len(head) > 1 else ""):
        # "Medialis" over "Autorité des médias et du numérique": the body's own short name heads it
        return Letterhead(organisation=(t, first.start, first.end))
    owner = PROPRIETOR_LINE.match(head[1].text) if len(head) > 1 else None
    # "Inh. Max Muster e.K.": a sole trader's owner, registered as a merchant
    owner_name = re.sub(rf"[\s,]*{LEGAL_FORM}\s*$", "", owner["name"]) if owner else ""
    if owner and person_name(owner_name):
        # "Tischlerei Muster" over "Inh. Max Muster": the business, then its owner
        n = person_name(owner_name) or ""
        s = head[1].start + head[1].text.find(n)
        return Letterhead(person=(n, s, s + len(n)), organisation=(t, first.start, first.end))
    titled = person_name(head[1].text) if len(head) > 1 and TITLES_PREFIX.match(head[1].text) else None
    if name and titled and fold(titled) != fold(name) and (t.isupper() or is_organisation(t)):
        # "MUSTER ARZTRECHT" over "Rechtsanwältin Dr. Erika Muster": a practice's name over its
        # lawyer, whose title says the line below is the person
        s = head[1].start + head[1].text.find(titled)
        return Letterhead(person=(titled, s, s + len(titled)),
                          organisation=(tidy_case(t, text), first.start, first.end))
    if name:
        # A private sender's address block: name, then perhaps a trading name, then the address.
        org = None
        if len(head) > 1:
            nxt = head[1].text
            # "Acme Grooming (sole trader)": the business, its kind in brackets
            kind_of = _BUSINESS_KIND.match(nxt)
            if kind_of:
                s = first.start + t.find(name)
                return Letterhead(person=(name, s, s + len(name)),
                                  organisation=(kind_of["name"], head[1].start, head[1].start + len(kind_of["name"])))
            shares = bool(set(fold(nxt).split()) & set(fold(name).split()))
            if not re.search(r"\d|@", nxt) and len(nxt.split()) <= 6 and (
                is_organisation(nxt) or shares or person_name(nxt) is None and _recurs(nxt, text, head[1].end)
            ):
                org = (nxt, head[1].start, head[1].end)
        s = first.start + t.find(name)
        return Letterhead(person=(name, s, s + len(name)), organisation=org)
    # "ADVOKAT JANE DOE", "RECHTSANWALT MAX MUSTER": a sole practitioner's title and name, no firm
    titled_caps = person_name(tidy_case(t, text)) if t.isupper() else None
    if titled_caps and len(titled_caps.split()) >= 2:
        lead = tidy_case(t, text)[: tidy_case(t, text).find(titled_caps)].strip()
        if lead and (is_job_title(lead) or TITLES_PREFIX.match(lead + " ")):
            return Letterhead(person=(titled_caps, first.start, first.end))
    # "SMITH JONES LLP Solicitors" as a PDF joins it: the name is the whole line.
    t_org = re.split(r"\s+[|·•]\s+", t)[0]
    joined_end = None
    if len(head) > 1 and not is_organisation(t_org):
        # A name set in capitals over two lines ("NORTH AND WEST\nCONSTABULARY").
        nxt = head[1].text
        both = f"{t_org} {nxt}"
        if nxt.isupper() and len(nxt.split()) <= 4 and not re.search(r"\d|@", nxt) and is_organisation(both):
            t_org, joined_end = both, head[1].end
    if not is_organisation(t_org) and not (t_org.isupper() and 1 <= len(t_org.split()) <= 6) and not _signs_below(
        t_org, text, first.end
    ):
        return Letterhead()
    if re.search(r"\d|@|www\.", t_org):
        return Letterhead()
    value = tidy_case(t_org, text)
    end = joined_end or first.start + len(t_org)
    if (
        len(head) > 1
        and FORM_ONLY.match(head[1].text)
        and not re.search(rf"\b{LEGAL_FORM}\s*$", t_org)
        and not is_organisation(t_org)  # "Advokatfirmaet X" names its kind already
    ):
        value = f"{value} {head[1].text}"
        end = head[1].end
    return Letterhead(organisation=(value, first.start, end))


# A court's filing stamp or file number printed above its name ("Case 1:26-cv-01 Document 9 Filed …").
FILE_STAMP = re.compile(
    r"(?i)^(?:Case|Claim|Court\s+File|Record|File|Geschäftsnummer|Aktenzeichen|Az\.?|N°\s*RG|RG|Sag|Rolle)\b"
    r"[^\n]{0,80}\d"
)


def _state_words(line: str) -> bool:
    """A state's name set in capitals above its court ("REPUBLIK ÖSTERREICH", "RÉPUBLIQUE FRANÇAISE"):
    a short line of capitals, no digit, no institution's word of its own."""
    return line.isupper() and len(line.split()) <= 4 and not re.search(r"[\d@:&]", line) and bool(_STATE.search(line))


# A state's own name: a republic, a kingdom, a confederation (a province over its court is part of the court's name)
_STATE = re.compile(r"(?i)\b(?:(?:bundes)?republi[kcq]\w*|kingdom|königreich|royaume|kongerige\w*|confédération|"
                    r"eidgenossenschaft|freistaat)\b")


def _not_state_words(line: str) -> bool:
    """Whether a line above a court's name is more than the state's words ("REPUBLIK ÖSTERREICH",
    "IM NAMEN DES VOLKES") or the court's own file stamp: a firm, a person, a profession, an address
    or contact details."""
    if FILE_STAMP.match(line):
        return False
    return bool(
        not line.isupper() or re.search(r"[\d@:&]", line) or len(line.split()) > 6 or is_organisation(line)
        or person_name(line) or PROFESSION.match(line) or FORM_ONLY.match(line)
    )


def _short_name_over_long(line: str, below: str) -> bool:
    """A lone capitalised word (not in capitals: that is an acronym or a heading) over an
    organisation's long name of several words: an authority's short name."""
    if not re.fullmatch(r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ]?[a-zß-ÿ]+)?", line):
        return False
    return len(below.split()) >= 3 and is_organisation(below) and not is_address(below)


def _profession_and_form(line: str) -> bool:
    """A line that is only a profession and a legal form ("Solicitors LLP", "Rechtsanwälte PartG mbB")."""
    m = re.fullmatch(rf"(?P<job>.+?)(?:\s+{LEGAL_FORM})+\s*", line)
    return m is not None and bool(PROFESSION.match(m["job"]) or FORM_ONLY.match(m["job"]))


def _signs_below(value: str, text: str, after: int) -> bool:
    """A name of a few capitalised words at the top that stands again on a line of its own further
    down (under the signature): the sender's name, whatever language it is in (an Irish body's name in Irish)."""
    words = value.split()
    if not 1 <= len(words) <= 5 or re.search(r"[\d@/|:]", value) or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in words):
        return False
    return re.search(rf"(?im)^[ \t]*{re.escape(value)}[ \t]*$", text[after:]) is not None


def _recurs(value: str, text: str, after: int) -> bool:
    return re.search(re.escape(value), text[after:], re.I) is not None
