"""What a person's name, a job title and an organisation's name look like, in en/de/fr/da letters.

Rules over the shape of words (capitals, legal forms, honorifics and ranks), not lists of names:
a held-out letter's people and firms are unknown in advance.
"""

from __future__ import annotations

import re
import unicodedata

import lexicon
from extract.layout.authorities import HEAD, is_institution

UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽΑ-Ω"
LOWER = "a-zß-öø-ÿā-žα-ω"
LETTER = UPPER + LOWER

# Honorifics, professional titles and police ranks (with an optional collar/badge number) that
# precede a name but are not part of it.
TITLE = r"(?:" + "|".join(lexicon.terms("honorifics") + lexicon.terms("ranks")) + r")\.?"
# Academic degrees before a name ("Dr. iur.", "Mag.", "lic. iur."), and the titles of judges,
# masters and prosecutors ("The Honourable Justice", "Richterin am Landgericht", "dommer"),
# which a court's heading may set in capitals: before a capitalised name, neither is part of it.
DEGREE = lexicon.alternation("degrees")
JUDICIAL = lexicon.alternation("judicial_titles")
CLERK = lexicon.alternation("clerk_titles")
# A collar or warrant number may carry a unit's letters ("DC 4471XY").
# French writes a rank with its article: "L'Adjudant-chef Paul Merle", "Le Capitaine Roux".
TITLES_PREFIX = re.compile(
    rf"^(?:(?:L['’]|Le\s+|La\s+)(?={TITLE}))?"
    rf"(?:(?:{DEGREE}|{TITLE}(?:\s+\d{{2,6}}[A-Z]{{0,3}})?|(?i:{JUDICIAL})(?=\s+(?:{DEGREE}|{TITLE}|[{UPPER}])))\s+)+"
)
# Degrees, honours and memberships after a name ("LLB (Hons)", "LL.M.", "FCIArb"), a courtesy
# title in brackets, a registration number in brackets, or pronouns: none of it is the name.
POST_NOMINAL = lexicon.alternation("post_nominals")
# Degrees and memberships written as capitals after the name ("BDS MFDS", "FRCS", "MBBS"): short
# runs of capitals with at most one vowel, which a surname in capitals ("DOE", "FONTAINE") is not.
# A company's legal form ("SAS", "AG", "LLP") is no degree.
_CAPS_LETTERS = (rf"(?!(?i:{lexicon.alternation('legal_forms')})(?![\w]))"
                 r"(?=[A-Z]{2,5}\b)[B-DF-HJ-NP-TV-Z]*[AEIOU]?[B-DF-HJ-NP-TV-Z]*\b")
SUFFIX = re.compile(
    rf"(?:,?\s+(?:{POST_NOMINAL}(?![\w])|{_CAPS_LETTERS}))+$"
    # a badge or service number: "#1234", ", matricule 1234", "No. 887"
    r"|,?\s*(?:#|matricule|badge(?:\s+no\.?)?|dienstnr\.?)\s*\d{2,8}$"
    r"|\s*\((?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\)$"
    r"|\s*\([^()]*\b(?:No|Nr|Reg|Bar|LSO|SRA)\b[^()]*\)$"
    r"|\s*[(\[]?\b(?:she|he|they|sie|er|elle|il|hun|han|de)\s*/\s*\w+(?:\s*/\s*\w+)?[)\]]?$"  # pronouns
)

# Words that end (or stand for) a company's legal form; a name ending in one is an organisation.
LEGAL_FORM = lexicon.alternation("legal_forms")
LEGAL_FORM_WORD = re.compile(rf"(?<![\w/]){LEGAL_FORM}(?![\w/])")
LEGAL_FORM_END = re.compile(rf"(?:^|\s|,){LEGAL_FORM}\s*$")

# Words that make a line an organisation even without a legal form.
ORG_WORD = re.compile(
    r"\b(?:Solicitors|Lawyers|Attorneys|Barristers|Chambers|Law|Legal|Rechtsanw(?:ä|ae)lte|Anw(?:ä|ae)lte|"
    r"Rechtsanwaltskanzlei|Anwaltskanzlei|Kanzlei|Rechtsanwaltsgesellschaft|Partnerschaft|Avocats|Cabinet|"
    r"Advokatfirma(?:et)?|Advokater|Advokatanpartsselskab|Constabulary|Police|Polizei|Polizeipräsidium|"
    r"Politi|Gendarmerie|Garda|Authority|Commission|Commissioner'?s|Commissioner|Ombudsman|Office|Ministry|"
    r"Council|Agency|Bureau|Behörde|Landesamt|Bundesamt|Datatilsynet|Tilsyn|Autorité|Commission|Inspectorate|"
    r"Regulator|Tribunal|Group|Gruppe|Groupe|Holdings?|Bank|University|Association|Foundation|Trust|Society|"
    r"Institute|Verband|Verein|Stiftung|Fédération|Federation|Partners|Associates|Company|"
    r"Industries|Services|Studio|Agency|Consulting|Clinic|Hospital|Practice|Surgery|Restaurant|Hotel|"
    r"Pharmacy|Pharmacie|Apotheke|Apotek|Institut|"
    r"Société|Selskab|Kommune|Styrelsen|Watch|Network|Foundation|Union|(?:Landes|Bundes)?[Bb]eauftragte[rn]?|"
    r"Aufsichtsbehörde|Datenschutzbehörde|Staatsanwaltschaft|Landgericht|Amtsgericht|Ministerium|CNIL|"
    r"Commissaire|Parquet|Préfecture|Datatilsynet|Forbrugerombudsmanden|Anklagemyndighed|Advokatur|"
    r"Advokatkontor(?:et)?|Advokathus(?:et)?|Foreningen|Forening|Förening(?:en)?)\b|\S\s+&\s+(?:Partner|Co|Fils|Söhne|Sønner|Sons)\b"
    # German and Danish write an authority's or a firm's kind as the end of one compound word
    # ("Verbraucherschutzbehörde", "Forbrugerstyrelsen", "Advokatpartnerselskab").
    rf"|\b[{UPPER}][{LOWER}]{{2,}}(?:styrelsen?|tilsynet|nævnet|ministeriet|direktoratet|ombudsmanden|"
    r"selskab(?:et)?|behörde|ministerium|gesellschaft|kanzlei|anw(?:ä|ae)lte|präsidium|amt|gericht|"
    r"beratung|praxis|agentur|verlag)\b"
)
# Sub-units: a line naming only a department is weaker evidence of the organisation than its name.
DEPARTMENT = re.compile(
    r"\b(?:Department|Dept\.?|Team|Division|Unit|Directorate|Direction|Section|Desk|Service juridique|Abteilung|"
    r"Rechtsabteilung|Afdeling|Operations|Complaints|Casework|Investigation|Service|Station|Polizeiinspektion|"
    r"Polizeirevier|Revier|Commissariat|Brigade)\b",
    re.I,
)

# Words of a job title or role (singular: "Solicitor" is a person's title, "Solicitors" a firm).
JOB = re.compile(
    r"\b(?:Partner|Senior Partner|Managing Partner|Associate|Solicitor|Barrister|Counsel|Attorney|Paralegal|"
    r"Trainee|Assistant|Secretary|Clerk|Director|Manager|Head|Officer|Lead|Analyst|Adviser|Advisor|"
    r"Consultant|Specialist|Coordinator|Co-ordinator|Executive|President|Vice|Chair(?:man|woman|person)?|"
    r"Founder|Co-founder|Owner|Proprietor|Principal|CEO|CFO|COO|CTO|MD|Investigator|Detective|Constable|"
    r"Sergeant|Inspector|Superintendent|Representative|Agent|Administrator|Engineer|Editor|"
    r"Président|Présidente|Gérant|Gérante|Directeur|Directrice|Avocat|Avocate|Associé|Associée|Juriste|"
    r"Responsable|Chargée?|Collaborat(?:eur|rice)|Rechtsanwalt|Rechtsanwältin|Fachanwalt|Fachanwältin|"
    r"Geschäftsführer|Geschäftsführerin|Inhaber|Inhaberin|Vorstand|Prokurist|Justiziar|Justitiar|"
    r"Syndikus|Referent|Referentin|Sachbearbeiter|Sachbearbeiterin|Leiter|Leiterin|"
    r"Advokat|Advokatfuldmægtig|Direktør|Indehaver|Ejer|Jurist|Sagsbehandler|Chefjurist|Konsulent|"
    r"Kommissær|Politiassistent|Fuldmægtig|Rådgiver|Judge|Justice|Registrar|Master|Richter|Richterin|Dommer|"
    r"Juge|Greffier|Greffière|Magistrate|Prosecutor|"
    # police and inspectors' ranks, and the trades a small business's owner signs with
    r"Inspect(?:eur|rice)|Enquêt(?:eur|rice)|Brigadier|Brigadière|Capitaine|Lieutenant|Adjudant|Gendarme|"
    r"Major|Commandant|Kommissar|Kommissarin|Efterforsker|Vicepolitiinspektør|Politiinspektør|"
    # a master craftsman's title, by trade (a bare "-meister" ends many surnames)
    r"(?:Bäcker|Fleischer|Metzger|Konditor|Tischler|Schreiner|Maler|Glaser|Dachdecker|Elektro|Friseur|Kfz|"
    r"Zimmerer|Installateur|Augenoptiker|Zahntechniker|Goldschmiede?)meister(?:in)?)\b"
    # compound titles: "Rechtsanwaltsfachangestellte", "Specialkonsulent", "Salgsdirektør"
    rf"|\b[{UPPER}][{LOWER}]{{2,}}(?:angestellte[rn]?|sekretär(?:in)?|sekretær|assistent(?:in)?|referent(?:in)?|"
    r"sachbearbeiter(?:in)?|konsulent|fuldmægtig|medarbejder|direktør|jurist(?:in)?|anwalt|anwältin|beauftragte[rn]?|"
    r"kommissar(?:in)?|kommissær|präsident(?:in)?|direktor(?:in)?|leiter(?:in)?|rat|rätin|"
    r"inspektør|assistent)\b"
)

PARTICLE = r"(?:von|van|der|den|de|du|da|di|del|della|le|la|af|zu|bin|ibn|al|ten|ter|dos|das|y|Ó|O|Ní|Nic|Uí|Ua|Mhic)"
NAME_WORD = (
    rf"(?:[{UPPER}][{LOWER}]+(?:[-'’][{UPPER}]?[{LOWER}]+)*|(?:Mc|Mac|O['’])[{UPPER}][{LOWER}]+"
    rf"|[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?)"
)
INITIAL = rf"[{UPPER}]\.(?:-[{UPPER}]\.)?"  # "J.-P." for Jean-Pierre
PERSON = re.compile(
    rf"^(?:{INITIAL}\s?)*(?:{NAME_WORD}|{INITIAL})(?:\s+(?:{PARTICLE}\s+)*(?:{NAME_WORD}|{INITIAL}))*$"
)

# Capitalised words that are never part of a person's name in a signature (sign-offs, salutations,
# parts of letters, places in an address).
NOT_NAME = {
    "dear", "kind", "regards", "best", "thanks", "thank", "yours", "sincerely", "faithfully", "cheers",
    "team", "legal", "department", "content", "integrity", "customer", "support", "service", "services",
    "office", "the", "and", "of", "for", "re", "subject", "date", "ref", "page", "enc", "encl", "cc", "to",
    "from", "sent", "tel", "fax", "mob", "mobile", "email", "e-mail", "www", "street", "road", "lane",
    "avenue", "house", "floor", "suite", "unit", "park", "square", "mit", "freundlichen", "grüßen",
    "grüssen", "grüße", "med", "venlig", "hilsen", "cordialement", "madame", "monsieur", "sirs", "sir",
    "madam", "london", "denmark", "copenhagen", "germany", "france", "objet", "betreff", "vedr", "annex",
    "anlage", "bilag", "signature", "signed", "director", "manager", "partner", "officer", "head",
    "privileged", "confidential", "private", "official", "sensitive", "urgent", "notice", "order", "court",
    "claim", "review", "reviews", "profile", "request", "complaint", "re:", "fwd", "hi", "hello", "hej",
    "bonjour", "hallo", "guten", "tag", "sehr", "geehrte", "damen", "herren", "trading", "ltd", "limited",
    "llp", "plc", "gmbh", "inc", "solicitors", "united", "kingdom", "ireland", "online", "reviewer",
    "im", "auftrag", "namen", "vertretung", "i.a", "i.v", "pp", "p.p", "per", "pro", "pour", "par", "ordre",
    "merci", "danke", "tak", "unterschrift", "underskrift",
    # the state's words heading a judgment
    "république", "republique", "republik", "royaume", "kongeriget", "königreich", "peuple", "volkes",
}


def fold(s: str) -> str:
    """Lowercase ASCII letters only (for comparing names and email addresses)."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def strip_titles(s: str) -> tuple[str, int]:
    """The name without the titles and ranks before it and the letters after it; also how many
    characters were cut from its front (so a span can be moved to the name itself)."""
    s = s.strip()
    m = TITLES_PREFIX.match(s)
    cut = m.end() if m else 0
    rest = s[cut:]
    if suffix := _suffix(rest):
        rest = rest[: suffix.start()]
    return rest.strip().rstrip(","), cut


def _suffix(rest: str) -> re.Match[str] | None:
    """What follows the name in `rest`, where something does and the name keeps two words ("Lee
    NG" is a name, not "Lee" with a degree)."""
    m = SUFFIX.search(rest)
    return m if m and m.group(0).strip() and len(rest[: m.start()].split()) >= 2 else None


def name_and_title(s: str) -> tuple[str, str]:
    """A name and, apart, the titles, degrees and post-nominals written around it:
    "lic. iur. Jana Muster, LL.M." → ("Jana Muster", "lic. iur., LL.M.")."""
    s = s.strip()
    m = TITLES_PREFIX.match(s)
    before = s[: m.end()].strip() if m else ""
    rest = s[m.end() :] if m else s
    suffix = _suffix(rest)
    after = suffix.group(0).strip(" ,") if suffix else ""
    name = (rest[: suffix.start()] if suffix else rest).strip().rstrip(",")
    return name, ", ".join(t for t in (before, after) if t)


# A line that is only a judge's, registrar's or prosecutor's title, or a clerk's.
JUDICIAL_LINE = re.compile(rf"^(?:{JUDICIAL}|{CLERK})[,.]?$", re.I)
CLERK_LINE = re.compile(rf"^(?:(?:Le|La|L['’]|The|Der|Die)\s+)?{CLERK}\b", re.I)


def person_name(s: str) -> str | None:
    """The person's name in `s` if `s` is (only) a name, with titles and ranks removed, else None.

    "PC 1234 Jane Doe" → "Jane Doe"; "Maître Aurélie FONTAINE" → "Aurélie FONTAINE";
    "Kind regards" → None; "Smith Jones LLP" → None.
    """
    s = re.sub(r"^/s/\s*", "", s.strip())
    if not s or len(s) > 60:
        return None
    if re.search(r"[@:\d;!?\"“”„«»()]", SUFFIX.sub("", s).strip()) and not TITLES_PREFIX.match(s):
        return None
    name, _ = strip_titles(s)
    if not name or re.search(r"[@:\d;!?\"“”„«»()/|]", name):
        return None
    for v in (name, name.title()):
        if LEGAL_FORM_WORD.search(v) or ORG_WORD.search(v) or JOB.search(v) or DEPARTMENT.search(v):
            return None  # "Commissariat de Quimper", "Brigade de Vannes": a unit, not a person
    if any(len(w) >= 8 and HEAD.fullmatch(w) for w in name.split()):
        return None  # "Kriminalpolizeiinspektion Musterstadt", "Skovby Byret": an institution's name
    if not PERSON.match(name):
        return None
    words = name.split()
    if any(w.casefold().strip(".,") in NOT_NAME for w in words):
        return None
    if len(words) > 5:
        return None
    if all(re.fullmatch(INITIAL, w) for w in words):
        return None
    if len(words) == 1 and (words[0].isupper() or len(words[0]) < 2):
        return None  # a lone upper-case word is an acronym or a heading, not a first name
    return name


def full_name(name: str) -> bool:
    """Whether a name has a first name and a surname (not "Tom", not "S. Kowalczyk")."""
    words = [w for w in name.split() if not re.fullmatch(INITIAL, w)]
    return len(words) >= 2


def same_person(a: str, b: str) -> bool:
    """Whether two spellings name the same person ("Anna" / "Anna Berg"; "J. Doe" /
    "Jane Doe"; "Aurélie FONTAINE" / "Aurelie Fontaine")."""
    wa, wb = fold(a).replace(".", " ").split(), fold(b).replace(".", " ").split()
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    if len(wa) == 1 or len(wb) == 1:
        one, other = (wa, wb) if len(wa) == 1 else (wb, wa)
        return one[0] == other[0] or (len(one[0]) > 2 and one[0] == other[-1])
    if wa[-1] != wb[-1]:
        return False
    return wa[0][0] == wb[0][0]


def named_after(value: str, person: str) -> bool:
    """Whether a business's name carries a person's surname ("Ashdown's Bakery", "Vestergaards Cykler",
    "Brennecke Optik" of Jo Ashdown, Lis Vestergaard, Uwe Brennecke): the surname first, or
    in the genitive anywhere, with more words besides. A name that ends in the surname ("Anna Kell")
    is as likely a relative who signs too, and is left to other evidence."""
    words = fold(value).split()
    surname = fold(person).split()[-1] if person.split() else ""
    if len(surname) < 3 or len(words) < 2 or same_person(value, person):
        return False
    genitive = {surname + "s", surname + "es", surname + "'s", surname + "’s", surname + "'", surname + "’"}
    return words[0] == surname or any(w in genitive for w in words)


# A postal address line: a street and its house number, or a postcode and town (en/de/fr/da).
_STREET_WORD = (
    r"(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad|markt|vej|gade|"
    r"allé|stræde|torv|plads|vænge|boulevard|avenue|rue|quai|impasse|chemin|route|cours|place|"
    r"street|st\.?|road|rd\.?|lane|ln\.?|avenue|ave\.?|way|close|drive|place|square|terrace|crescent|"
    r"court|grove|gardens|row|walk|mews|hill|parade)"
)
ADDRESS_LINE = re.compile(
    # "Lindenstraße 14", "Am Markt 3a", "Vestergade 12, 2. tv.": a street word, then its number
    rf"(?i:^[^\d,]{{2,40}}?{_STREET_WORD}\s+\d{{1,4}}\s?[a-z]?(?:\s?[-/]\s?\d{{1,4}}[a-z]?)?(?:[,\s].*)?$)"
    # "14 Elm Road", "12, rue de la Paix", "3 bis avenue Foch": the number, then the street
    rf"|(?i:^\d{{1,4}}\s?[a-z]?(?:\s+(?:bis|ter))?,?\s+(?:[^\d,]{{1,40}}\s)?{_STREET_WORD}\b)"
    # "34119 Kassel", "D-10115 Berlin", "F-75008 Paris", "DK-1112 København K", "75008 PARIS CEDEX"
    rf"|^(?:[A-Z]{{1,2}}-)?\d{{4,5}}\s+[{UPPER}]"
    # a house's name, then its postcode and town: "Le Moulin, 12800 Sauveterre", "Søgården, 7100 Vejle"
    rf"|^[^\d,]{{2,40}},\s*(?:[A-Z]{{1,2}}-)?\d{{4,5}}\s+[{UPPER}][^\d,]*$"
    # a UK postcode ("Bristol BS8 1AB", "SW1A 2AA")
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$"
)


def is_address(s: str) -> bool:
    """Whether `s` is a line of a postal address (never a person's or a firm's name)."""
    return bool(ADDRESS_LINE.search(s.strip()))


def is_organisation(s: str) -> bool:
    """Whether `s` reads as an organisation's name: a legal form or a word that names a firm,
    force or authority, or a court's or authority's name by its grammar, and no sentence around it."""
    s = s.strip()
    if not s or len(s) > 90 or "@" in s or re.search(r"https?://|www\.", s):
        return False
    if len(s.split()) > 9:
        return False
    if is_address(s) and not (LEGAL_FORM_WORD.search(s) or re.search(r"\bChambers\b", s)):
        return False  # "12 Mill Lane" is where someone lives; "2 Temple Court Chambers" is a set
    if any(LEGAL_FORM_WORD.search(v) or ORG_WORD.search(v) for v in (s, s.title() if s.isupper() else s)):
        return True
    # A court or authority by its head noun ("Supreme Court of …", "Direction départementale de …"),
    # but not a title that names one ("Richterin am Landgericht") nor a bare department.
    # ("Avocat à la Cour", "Judge of the County Court": a title held at a court, not the court)
    return is_institution(s) and not JUDICIAL_LINE.match(s) and not DEPARTMENT.fullmatch(s) and not JOB.match(s)


def is_job_title(s: str) -> bool:
    s = s.strip()
    if JUDICIAL_LINE.match(s):
        return True  # "Vorsitzende Richterin am Landgericht", "vice-présidente", "dommer"
    return bool(s) and len(s) <= 100 and bool(JOB.search(s)) and not LEGAL_FORM_END.search(s) and not re.search(
        r"\b(?:Solicitors|Rechtsanw(?:ä|ae)lte|Avocats|Advokater|Attorneys|LLP)\b", s
    )


# Words that, first on a line, make the rest a rank or role ("Detective Garda", "Head of Legal").
_RANK_LEAD = re.compile(
    r"^(?:Detective|Senior|Junior|Chief|Deputy|Assistant|Acting|Head|Trainee|Externer|Externe|Interne[r]?)\b"
)


def reads_as_title(s: str) -> bool:
    """Whether a line that has both a role word and an organisation word is the role: "Legal
    Assistant", "Detective Garda", "Data Protection Officer" — the role word last, or a rank first —
    but not "Kessler & Partner" or "Office Manager Ltd"."""
    s = s.strip()
    if JUDICIAL_LINE.match(s):
        return True
    assistant = re.search(rf"\b(?:to|für)\s+(?:{TITLE}\s+)?[{UPPER}][{LOWER}]+(?:\s+[{UPPER}][\w'’-]+)+$", s)
    if assistant and is_job_title(s):
        return True  # "Legal Assistant to Jane Doe": whose assistant, not a firm
    if not is_job_title(s) or "&" in s or LEGAL_FORM_WORD.search(s):
        return False
    words = re.sub(r"\s*\([^)]*\)$", "", s).split()  # "(TÜV)", "(Hons)": a qualification after the title
    if not words:
        return False
    return bool(JOB.fullmatch(words[-1]) or _RANK_LEAD.match(s))


# French adjectives (in forms English does not share) that follow an institution's noun in lower case.
_FR_ADJECTIVE = re.compile(
    r"(?:NATIONALE|NATIONAUX|MUNICIPALE|D[ÉE]PARTEMENTALE|R[ÉE]GIONALE|JUDICIAIRE|PUBLIQUE|FRAN[ÇC]AISE)S?"
)


def tidy_case(value: str, text: str) -> str:
    """An upper-case heading's name in the spelling the letter uses elsewhere ("SMITH JONES LLP"
    → "Smith Jones LLP" where the signature spells it so), else title-cased with legal forms kept."""
    if not value.isupper() or len(value) < 4:
        return value
    m = re.search(re.escape(value), text, re.I)
    while m:
        if not m.group(0).isupper():
            return m.group(0)
        m = re.compile(re.escape(value), re.I).search(text, m.end())
    words = []
    for w in value.split():
        if LEGAL_FORM_WORD.fullmatch(w) or len(w) <= 2 and w not in {
            "OF", "DE", "LA", "LE", "DU", "ET", "OG", "AT", "IN", "ON", "BY", "AM", "IM", "ZU", "I"
        }:
            words.append(w)
        elif w in {"OF", "AND", "DE", "LA", "LE", "DU", "DES", "ET", "UND", "OG", "FOR", "THE", "AT", "IN", "ON", "BY",
                   "AM", "IM", "ZU", "I", "FÜR", "VON"}:
            words.append(w.lower())
        elif words and _FR_ADJECTIVE.fullmatch(w):
            words.append(w.lower())  # French capitalises only an institution's first word: "Police nationale"
        else:
            words.append(w.capitalize() if "-" not in w else "-".join(p.capitalize() for p in w.split("-")))
    out = " ".join(words)
    return out[0].upper() + out[1:] if out else out


# --- a party's name: the validation every candidate for a sender's or client's name passes ------

# The roles a court form gives its parties ("Applicant", "Antragstellerin", "demanderesse",
# "rekvirent"): a role names a party, it is not one.
APPLICANT_ROLE = lexicon.alternation("applicant_roles")
RESPONDENT_ROLE = lexicon.alternation("respondent_roles")
ROLE = re.compile(rf"(?i:(?:the|der|die|des|la|le|l['’]|les|den)\s+)?(?i:{APPLICANT_ROLE}|{RESPONDENT_ROLE})")
_ROLE_LEAD = re.compile(rf"^{ROLE.pattern}(?:\s*(?:/|and|und|et|og)\s*{ROLE.pattern})*\s*[,:–—-]?\s+(?=[{UPPER}\d])")
# A form's label before the value it names: "Case title: X", "Client: X", "Mandantin: X".
_LABEL_LEAD = re.compile(rf"^[{UPPER}][\w .()/-]{{0,30}}?\s*:\s+(?=\S)")
# An honorific inside the name, after a word or two that describe the person: "the professional
# carpenter Mr X" ("Tischlermeister Herrn X"): the person is what follows the honorific.
# Only a courtesy title: "Praxis Dr. X" is a practice's name, "Fotografin Frau X" a person described.
_COURTESY = r"(?:Herrn?|Frau|Mr|Mrs|Ms|Miss|Mx|M\.|Mme|Mlle|Monsieur|Madame|hr\.|fru)"
_DESCRIBED = re.compile(rf"^(?:[{UPPER}][{LOWER}]+\s+){{1,2}}(?={_COURTESY}\.?\s+[{UPPER}])")
# What a candidate drags along after the name: a parenthesis ("(ACN 000 000 000)", "(the
# "Company")", "(advokat …, firm)"), who represents it, its trading name, the words of a sentence.
_AFTER_NAME = re.compile(
    r"\s*\([^()]*\)?\s*$"
    r"|,?\s+(?i:vertreten\s+durch|represented\s+by|repr[ée]sent[ée]e?\s+par|ved|v/|c/o|acting\s+by)\b.*$"
    r"|,?\s+(?i:trading\s+as|t/a|handelnd\s+als|exer[çc]ant\s+sous|der\s+driver\s+virksomhed\s+som)\b.*$"
)
# "Brookhill Bakery (a trading name of Brookhill Foods Ltd)": the company, not its trading name.
_TRADING_NAME_OF = re.compile(
    r"^.+?[\s,(]+(?i:a\s+)?(?i:trading\s+(?:name|style)\s+of|Marke\s+der|nom\s+commercial\s+de|"
    r"et\s+binavn\s+for)\s+(?P<company>[^()]+?)\)?$"
)
# A name is capitalised words with links between them; these stand alone for no one.
_NO_ONE = re.compile(
    r"(?i)^(?:the|a|an|this|that|these|it|they|them|we|us|you|your|our|my|their|his|her|sie|ihnen|ihr|wir|uns|"
    r"vous|nous|il|elle|ils|de|den|det|vi|jer|jeres|deres|client|clients|mandant(?:in)?|klient(?:en)?|"
    r"company|firm|business|gesellschaft|firma|société|selskab(?:et)?|none|n/?a|unknown|persons?\s+unknown|"
    r"confidential|vertraulich|anonym(?:e|ous)?)$"
)


def party_name(value: str) -> str | None:
    """The name of a party (a client, a business, a person) in a candidate read for one, cut of
    what came along with it, or None where the candidate is no name at all: a role word
    ("Claimant", "Antragstellerin"), a bare legal form ("GmbH"), a pronoun or placeholder, an
    address or postcode line ("12345 Musterstadt"), a form's label, a parenthesis, a sentence.

    "Plaintiff Acme Ltd" → "Acme Ltd"; "Case title: Acme Pty Ltd" → "Acme Pty Ltd";
    "Berufsfotografin Frau Anna Berg" → "Anna Berg"; "Acme GmbH, vertreten durch …" → "Acme GmbH".
    """
    v = " ".join(value.split()).strip(" ,;–—-")
    if v.endswith(".") and not LEGAL_FORM_END.search(v):
        v = v[:-1]  # a sentence's full stop, not the one of "Inc." or "S.à r.l."
    company = _TRADING_NAME_OF.match(v)
    if company:
        v = company["company"].strip(" ,")
    for _ in range(3):
        before = v
        v = _LABEL_LEAD.sub("", v)
        v = _ROLE_LEAD.sub("", v)
        v = _DESCRIBED.sub("", v)
        v = _AFTER_NAME.sub("", v).strip(" ,;–—-")
        if v == before:
            break
    if not v or len(v) < 2 or len(v) > 100 or len(v.split()) > 12:
        return None
    if not (v[0].isupper() or v[0].isdigit() or v[:2].lower() in {"d'", "l'", "d’", "l’"}):
        return None  # a sentence's words, not a name
    # a region in brackets inside the name is part of it ("Acme Roofing (Midlands) Ltd"); any other bracket is not
    probe = re.sub(r"\s\([A-ZÀ-Þ]\w*(?:\s[A-ZÀ-Þ]\w*)?\)(?=\s+\S)", "", v)
    if re.search(r"[:;()\[\]@]|https?://|www\.", probe) or re.search(r"[.!?]\s+[a-zäöüéèàçæøå]", v):
        return None
    if ROLE.fullmatch(v) or _NO_ONE.match(v) or re.fullmatch(rf"(?:{LEGAL_FORM}[\s,]*)+", v):
        return None
    if is_address(v) or re.match(r"^(?:[A-Z]{1,2}-)?\d", v):
        return None  # "12345 Musterstadt", "12 Mill Lane": where someone is, not who
    if re.search(r"\d{3,}|\bN[°o]\.?\s*\d", v):
        return None  # a file number, a date, a registration: a name has no long number
    if sum(1 for w in v.split() if w[:1].islower() and len(w) > 3) > 2:
        return None  # "the order made on the application of …": a sentence
    words = [w for w in re.findall(rf"[{LETTER}][{LETTER}'’&.-]*", v) if not LEGAL_FORM_WORD.fullmatch(w)]
    if not words:
        return None
    if len(words) == 1 and is_institution(words[0]) and not LEGAL_FORM_WORD.search(v):
        return None  # "Staatsanwaltschaft", "Police": an institution's kind, named by no name
    if person_name(v):
        v = strip_titles(v)[0]  # "Herrn Max Muster" → "Max Muster"
    return v
