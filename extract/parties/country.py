"""The sender's country (ISO 3166 alpha-2), for reading numeric dates and counting working days.

Signals, each weighed: the country-code domain of the sender's email address and websites, the
postcode and country name of the letterhead or signature, telephone prefixes, and the language.
The platform's own address (the letter's addressee) is left out: every letter carries it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from extract.layout.letter import Letter
from extract.layout.lines import SALUTATION
from extract.layout.signature import signature_zone
from extract.models import Evidence, Found
from extract.parties.regions import (
    CA_POSTAL_PROVINCE,
    CH_POSTCODE_CANTON,
    CITY_REGION,
    DE_POSTCODE_LAND,
    US_STATES,
    au_postcode_state,
)
from lexicon.patterns import EMAIL_LOOSE

_TLD = {
    "uk": "GB", "ie": "IE", "us": "US", "de": "DE", "at": "AT", "ch": "CH", "fr": "FR", "be": "BE",
    "lu": "LU", "dk": "DK", "nl": "NL", "se": "SE", "no": "NO", "es": "ES", "it": "IT", "ca": "CA",
    "au": "AU", "nz": "NZ", "pl": "PL", "fi": "FI", "pt": "PT", "gov": "US", "br": "BR", "in": "IN",
    "sg": "SG", "za": "ZA", "jp": "JP", "mx": "MX", "ar": "AR", "is": "IS",
}
_PHONE = {
    "44": "GB", "353": "IE", "1": "US", "49": "DE", "43": "AT", "41": "CH", "33": "FR", "32": "BE",
    "352": "LU", "45": "DK", "31": "NL", "46": "SE", "47": "NO", "34": "ES", "39": "IT", "61": "AU",
    "55": "BR", "91": "IN", "65": "SG", "64": "NZ", "27": "ZA",
}
_NAMES = {
    "GB": r"united\s+kingdom|england(?:\s+and\s+wales)?|scotland|wales|northern\s+ireland|great\s+britain",
    "IE": r"ireland|[ée]ire|irland",
    "US": r"united\s+states(?:\s+of\s+america)?|u\.s\.a\.|usa",
    "DE": r"deutschland|germany|allemagne|tyskland",
    "AT": r"[öo]sterreich|austria",
    "CH": r"schweiz|switzerland|suisse",
    "FR": r"france|frankreich|frankrig",
    "BE": r"belgique|belgium|belgien",
    "DK": r"danmark|denmark|d[äa]nemark|danemark",
    "NO": r"norway|norge|norwegen|norv[èe]ge",
    "BR": r"brazil|brasil|br[ée]sil|brasilien",
    "IN": r"india|indien|inde",
    "SG": r"singapore|singapur|singapour",
    "AU": r"australia|australien|australie",
    "CA": r"canada|kanada",
    "NZ": r"new\s+zealand",
}
_LANG = {"de": "DE", "fr": "FR", "da": "DK", "en": "GB"}

_WEB = re.compile(r"\b(?:https?://)?(?:www\.)(?P<domain>[\w-]+(?:\.[\w-]+)+)", re.I)
_UK_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[A-Z]{2}\b")
_EIRCODE = re.compile(r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}\b|\bDublin\s+\d{1,2}\b")
_US_ZIP = re.compile(
    r"\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|"
    r"T[NX]|UT|V[AT]|W[AIVY]|New\s+York|California|Texas|Illinois|Florida|Massachusetts|Delaware)"
    r",?\s+\d{5}(?:-\d{4})?\b"
)
# "Springfield, IL", "Dover, DE 19901" at the end of an address line
_US_CITY_STATE = re.compile(rf"^[^\S\n]*[A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+){{0,2}},[^\S\n]+(?P<st>{'|'.join(US_STATES)})"
                            r"(?:[^\S\n]+\d{5}(?:-\d{4})?)?[^\S\n]*$", re.M)
# "Melbourne VIC 3000", "Parramatta NSW 2150": an Australian state and its postcode; the state keeps its
# own public holidays (Melbourne Cup Day in Victoria), which its working days skip
_AU_STATE_POSTCODE = re.compile(r"\b(?P<st>VIC|NSW|QLD|SA|WA|TAS|ACT|NT)\s+\d{4}\b")
# "Calgary, Alberta T2P 1C9": a Canadian postal code, whose first letter names the province
_CA_POSTAL = re.compile(r"\b(?P<p>[ABCEGHJ-NPRSTVXY])\d[A-Z][ ]?\d[A-Z]\d\b")
# "Southport 4215": a town (one word is enough to tell a postcode from a year or a number)
_AU_POSTCODE = re.compile(r"\b[A-Z][a-z]+\s+(?P<code>\d{4})\b")
_CITY = re.compile(r"\b(?P<city>" + "|".join(sorted(map(re.escape, CITY_REGION), key=len, reverse=True)) + r")\b")
_FIVE_DIGIT_TOWN = re.compile(r"(?<![\d\w-])(?:D-|F-|A-)?\d{5}\s+[A-ZÄÖÜÉ][\wäöüßéèêàç'-]+")
# "8000 Aarhus C", "DK-1112 København K", "6003 Luzern", "CH-1950 Sion": a four-digit postcode and
# town, Danish or Swiss (read once for both)
_FOUR_DIGIT_TOWN = re.compile(r"(?<![\d\w-])(?P<prefix>DK-|CH-)?(?P<code>\d{4})\s+[A-ZÀ-Þ][\wæøå-]+")
_INTL_PHONE = re.compile(r"(?:\+|\b00)(?P<cc>353|352|1|4[13-9]|3[1-49]|61|64|65|55|91|27)[\s(]")
_UK_PHONE = re.compile(r"(?<![\d+])0(?:\d{2,4})\s?\d{3}\s?\d{3,4}\b|(?<![\d+])0\d{2}\s\d{4}\s\d{4}\b")
_US_PHONE = re.compile(r"\(\d{3}\)\s?\d{3}-\d{4}\b|\b\d{3}-\d{3}-\d{4}\b")
_FR_PHONE = re.compile(r"(?<![\d+])0\d(?:[ .]\d\d){4}\b")
@dataclass(frozen=True)
class Signal:
    """One sign of the sender's country. Signs of one kind (`rule`, and `detail`: the domain's
    ending, the language) count in full once; repeated, they add little."""

    country: str
    weight: float
    evidence: Evidence
    why: str  # for a person reading it
    rule: str  # a stable tag: "country.email_domain", "country.uk_postcode", …
    detail: str = ""
    region: str = ""  # the part of the country, where the sign tells it: "SN"


def _host_country(host: str) -> str | None:
    host = host.lower().rstrip(".")
    if host.endswith(".gov.uk") or host.endswith(".police.uk") or host.endswith(".nhs.uk"):
        return "GB"
    return _TLD.get(host.rsplit(".", 1)[-1])


def _addressee_spans(letter: Letter, text: str) -> list[tuple[int, int]]:
    """Blocks that give the platform's own address: a paragraph naming the platform in its
    first lines, or a line naming it."""
    name = re.escape(letter.profile.name)
    spans: list[tuple[int, int]] = []
    pos = 0
    for para in re.split(r"(\n\s*\n)", text):
        head = "\n".join(para.strip("\n").splitlines()[:3])
        if re.search(rf"\b{name}\b", head, re.I):
            spans.append((pos, pos + len(para)))
        pos += len(para)
    for m in re.finditer(rf"^.*\b{name}\b.*$", text, re.I | re.M):
        spans.append((m.start(), m.end()))
    return spans


def _address_signal(letter: Letter, addr: str, ev: Evidence) -> list[Signal]:
    host = addr.rsplit("@", 1)[-1]
    if letter.profile.is_own_domain(host) or not (c := _host_country(host)):
        return []
    tld = host.rsplit(".", 1)[-1]
    return [Signal(c, 3.0, ev, f"the sender's email domain .{tld}", "country.email_domain", tld)]


def email_signal(letter: Letter, email: Found[str] | None) -> list[Signal]:
    """The sign the sender's own address gives, once the parties reader has found it."""
    if email is None:
        return []
    return _address_signal(letter, email.value, email.evidence or Evidence(0, 0, email.value))


def letter_signals(letter: Letter) -> list[Signal]:
    """Every sign the letter itself gives, before anyone has read who sent it: the From header,
    addresses, postcodes, telephone numbers and country names in the letterhead and signature
    (less in the body), and the language."""
    out: list[Signal] = []
    profile = letter.profile
    email = letter.parsed.email
    if email is not None and email.from_addr:
        ev = Evidence(0, len(email.from_addr), email.from_addr, "header:From")
        out += _address_signal(letter, email.from_addr, ev)

    text = letter.body
    skip = _addressee_spans(letter, text)

    def free(s: int, e: int) -> bool:
        return not any(a <= s and e <= b for a, b in skip)

    # the letterhead and the signature speak for the sender; the body also names clients and others
    sal = SALUTATION.search(text)
    body_start = sal.end() if sal else 0
    # The signature reader's sign-offs mark where the body ends (without one: the whole text).
    sig_start, _, signed = signature_zone(letter, body_start, len(text))
    body_end = sig_start if signed else len(text)

    def add(m: re.Match[str], country: str, weight: float, why: str, rule: str, group: int | str = 0,
            detail: str = "", region: str = "") -> None:
        if free(m.start(), m.end()):
            if body_start <= m.start() < body_end:
                weight *= 0.5
            ev = Evidence(m.start(group), m.end(group), m.group(group))
            out.append(Signal(country, weight, ev, why, rule, detail, region))

    for rx in (EMAIL_LOOSE, _WEB):
        for m in rx.finditer(text):
            host = m["domain"]
            if not profile.is_own_domain(host) and (c := _host_country(host)):
                tld = host.rsplit(".", 1)[-1]
                add(m, c, 1.5, f"a .{tld} address in the letter", "country.address_domain", "domain", tld)
    for m in _UK_POSTCODE.finditer(text):
        add(m, "GB", 2.5, "a UK postcode", "country.uk_postcode")
    for m in _EIRCODE.finditer(text):
        add(m, "IE", 2.5, "an Irish postal code", "country.eircode")
    for m in _US_ZIP.finditer(text):
        add(m, "US", 2.5, "a US state and ZIP code", "country.us_zip")
    # no region for the US: a state's own holidays are not kept by business days, which follow the
    # federal calendar (a German Land's are public holidays there)
    for m in _US_CITY_STATE.finditer(text):
        add(m, "US", 2.0, "a US town and state", "country.us_city_state")
    for m in _AU_STATE_POSTCODE.finditer(text):
        add(m, "AU", 2.5, "an Australian state and postcode", "country.au_state_postcode", region=m["st"])
    for m in _CA_POSTAL.finditer(text):
        add(m, "CA", 2.5, "a Canadian postal code", "country.ca_postal", region=CA_POSTAL_PROVINCE.get(m["p"], ""))
    # signs of a region only: they add nothing to a country's count, but say which part of it,
    # once the other signs have named the country
    for m in _AU_POSTCODE.finditer(text):
        if state := au_postcode_state(m["code"]):
            add(m, "AU", 0.0, "an Australian postcode", "country.au_postcode", region=state)
    for m in _CITY.finditer(text):
        # anywhere in the letter ("a garage on the north side of the city"): it weighs nothing for the country
        country, region = CITY_REGION[m["city"]]
        out.append(Signal(country, 0.0, Evidence(m.start(), m.end(), m.group()),
                          "a city of a region with its own public holidays", "country.city", "", region))
    lang_country = _LANG.get(letter.language)
    for m in _FIVE_DIGIT_TOWN.finditer(text):
        guess = {"D-": "DE", "F-": "FR", "A-": "AT"}.get(m.group()[:2]) or (
            lang_country if lang_country in ("DE", "FR") else None)
        if guess:
            digits = m.group().lstrip("DFA-")[:2]
            add(m, guess, 1.5, "a postcode and town", "country.postcode_town",
                region=DE_POSTCODE_LAND.get(digits, "") if guess == "DE" else "")
    for m in _FOUR_DIGIT_TOWN.finditer(text):
        if letter.language == "da" or m["prefix"] == "DK-":
            add(m, "DK", 1.5, "a Danish postcode and town", "country.dk_postcode_town")
        # a Swiss postcode tells the canton once the other signs have named the country (it counts
        # for the country itself only with its "CH-")
        if canton := CH_POSTCODE_CANTON.get(m["code"][:2]):
            add(m, "CH", 1.5 if m["prefix"] == "CH-" else 0.0, "a Swiss postcode and town", "country.ch_postcode_town",
                region=canton)
    for m in _INTL_PHONE.finditer(text):
        if c := _PHONE.get(m["cc"]):
            add(m, c, 2.0, "an international dialling code", "country.dialling_code")
    for rx, c in ((_US_PHONE, "US"), (_FR_PHONE, "FR"), (_UK_PHONE, "GB")):
        for m in rx.finditer(text):
            if c != "GB" or letter.language == "en":
                add(m, c, 0.8, "a national telephone number", "country.national_phone")
    for c, names in _NAMES.items():
        for m in re.finditer(rf"\b(?:{names})\b", text, re.I):
            add(m, c, 1.0, "a country named in the letter", "country.named")
    if lang_country:
        out.append(Signal(lang_country, 1.0 if lang_country != "GB" else 0.3, Evidence(0, 0, ""),
                          f"the letter is written in {letter.language}", "country.language", letter.language))
    return out


def holiday_calendar(country: str, signals: list[Signal]) -> str:
    """The calendar whose working days the sender counts: the country, and the part of it the
    strongest regional sign names ("DE-SN"), where one does."""
    regions: dict[str, float] = defaultdict(float)
    for s in signals:
        if s.country == country and s.region:
            regions[s.region] += s.weight or 0.1  # a sign of the region only counts a little
    return f"{country}-{max(regions, key=lambda r: regions[r])}" if regions else country


def sender_country(signals: list[Signal]) -> Found[str] | None:
    """The sender's country, weighing every signal (`letter_signals`, and `email_signal` once the
    sender's address is known); None where there is none."""
    if not signals:
        return None
    totals: dict[str, float] = defaultdict(float)
    seen: dict[tuple[str, str, str], int] = defaultdict(int)
    for s in signals:
        # one kind of signal cannot win by repetition (a letter lists many phone numbers): the
        # first counts in full, the next two a quarter each
        key = (s.country, s.rule, s.detail)
        totals[s.country] += s.weight if seen[key] == 0 else 0.25 * s.weight if seen[key] <= 2 else 0.0
        seen[key] += 1
    best = max(totals, key=lambda c: totals[c])
    total = sum(totals.values())
    strongest = max((s for s in signals if s.country == best), key=lambda s: s.weight)
    evidence = strongest.evidence if strongest.evidence.snippet else None
    return Found(best, evidence, round(totals[best] / total, 2), strongest.why, strongest.rule)
