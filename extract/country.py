"""The sender's country (ISO 3166 alpha-2), for reading numeric dates and counting working days.

Signals, each weighed: the country-code domain of the sender's email address and websites, the
postcode and country name of the letterhead or signature, telephone prefixes, and the language.
The platform's own address (the letter's addressee) is left out: every letter carries it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from extract.dates import SALUTATION as _SALUTATION
from extract.letter import Letter
from extract.models import Evidence, Found
from extract.parties import Parties
from extract.signature import signature_zone

_TLD = {
    "uk": "GB", "ie": "IE", "us": "US", "de": "DE", "at": "AT", "ch": "CH", "fr": "FR", "be": "BE",
    "lu": "LU", "dk": "DK", "nl": "NL", "se": "SE", "no": "NO", "es": "ES", "it": "IT", "ca": "CA",
    "au": "AU", "nz": "NZ", "pl": "PL", "fi": "FI", "pt": "PT", "gov": "US",
}
_PHONE = {
    "44": "GB", "353": "IE", "1": "US", "49": "DE", "43": "AT", "41": "CH", "33": "FR", "32": "BE",
    "352": "LU", "45": "DK", "31": "NL", "46": "SE", "47": "NO", "34": "ES", "39": "IT", "61": "AU",
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
}
_LANG = {"de": "DE", "fr": "FR", "da": "DK", "en": "GB"}
_MONTH_FIRST = frozenset({"US"})

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@(?P<host>[\w-]+(?:\.[\w-]+)+)")
_WEB = re.compile(r"\b(?:https?://)?(?:www\.)(?P<host>[\w-]+(?:\.[\w-]+)+)", re.I)
_UK_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[A-Z]{2}\b")
_EIRCODE = re.compile(r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}\b|\bDublin\s+\d{1,2}\b")
_US_ZIP = re.compile(
    r"\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|"
    r"T[NX]|UT|V[AT]|W[AIVY]|New\s+York|California|Texas|Illinois|Florida|Massachusetts|Delaware)"
    r",?\s+\d{5}(?:-\d{4})?\b"
)
_FIVE_DIGIT_TOWN = re.compile(r"(?<![\d\w-])(?:D-|F-|A-)?\d{5}\s+[A-ZÄÖÜÉ][\wäöüßéèêàç'-]+")
_FOUR_DIGIT_TOWN = re.compile(r"(?<![\d\w-])(?:DK-)?\d{4}\s+[A-ZÆØÅ][\wæøå-]+")
_INTL_PHONE = re.compile(r"(?:\+|\b00)(?P<cc>353|352|1|4[13-9]|3[1-49]|61)[\s(]")
_UK_PHONE = re.compile(r"(?<![\d+])0(?:\d{2,4})\s?\d{3}\s?\d{3,4}\b|(?<![\d+])0\d{2}\s\d{4}\s\d{4}\b")
_US_PHONE = re.compile(r"\(\d{3}\)\s?\d{3}-\d{4}\b|\b\d{3}-\d{3}-\d{4}\b")
_FR_PHONE = re.compile(r"(?<![\d+])0\d(?:[ .]\d\d){4}\b")
@dataclass(frozen=True)
class _Signal:
    country: str
    weight: float
    evidence: Evidence
    why: str


def month_first_country(country: str | None) -> bool:
    """Whether numeric dates from this country put the month first (12/01/2026 = 1 December)."""
    return (country or "").upper() in _MONTH_FIRST


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


def _signals(letter: Letter, parties: Parties) -> list[_Signal]:
    out: list[_Signal] = []
    profile = letter.profile
    email = letter.parsed.email
    addrs: list[tuple[str, Evidence]] = []
    if email is not None and email.from_addr:
        addrs.append((email.from_addr, Evidence(0, len(email.from_addr), email.from_addr, "header:From")))
    if parties.email is not None:
        addrs.append((parties.email.value, parties.email.evidence or Evidence(0, 0, parties.email.value)))
    for addr, ev in addrs:
        host = addr.rsplit("@", 1)[-1]
        if profile.is_own_domain(host):
            continue
        if c := _host_country(host):
            out.append(_Signal(c, 3.0, ev, f"the sender's email domain .{host.rsplit('.', 1)[-1]}"))

    text = letter.body
    skip = _addressee_spans(letter, text)

    def free(s: int, e: int) -> bool:
        return not any(a <= s and e <= b for a, b in skip)

    # the letterhead and the signature speak for the sender; the body also names clients and others
    sal = _SALUTATION.search(text)
    body_start = sal.end() if sal else 0
    # The signature reader's sign-offs mark where the body ends (without one: the whole text).
    sig_start, _, signed = signature_zone(letter, body_start, len(text))
    body_end = sig_start if signed else len(text)

    def add(m: re.Match[str], country: str, weight: float, why: str, group: int | str = 0) -> None:
        if free(m.start(), m.end()):
            if body_start <= m.start() < body_end:
                weight *= 0.5
            out.append(_Signal(country, weight, Evidence(m.start(group), m.end(group), m.group(group)), why))

    for rx in (_EMAIL, _WEB):
        for m in rx.finditer(text):
            host = m["host"]
            if not profile.is_own_domain(host) and (c := _host_country(host)):
                add(m, c, 1.5, f"a .{host.rsplit('.', 1)[-1]} address in the letter", "host")
    for m in _UK_POSTCODE.finditer(text):
        add(m, "GB", 2.5, "a UK postcode")
    for m in _EIRCODE.finditer(text):
        add(m, "IE", 2.5, "an Irish postal code")
    for m in _US_ZIP.finditer(text):
        add(m, "US", 2.5, "a US state and ZIP code")
    lang_country = _LANG.get(letter.language)
    for m in _FIVE_DIGIT_TOWN.finditer(text):
        guess = {"D-": "DE", "F-": "FR", "A-": "AT"}.get(m.group()[:2]) or (
            lang_country if lang_country in ("DE", "FR") else None)
        if guess:
            add(m, guess, 1.5, "a postcode and town")
    for m in _FOUR_DIGIT_TOWN.finditer(text):
        if letter.language == "da" or m.group().startswith("DK-"):
            add(m, "DK", 1.5, "a Danish postcode and town")
    for m in _INTL_PHONE.finditer(text):
        if c := _PHONE.get(m["cc"]):
            add(m, c, 2.0, "an international dialling code")
    for rx, c in ((_US_PHONE, "US"), (_FR_PHONE, "FR"), (_UK_PHONE, "GB")):
        for m in rx.finditer(text):
            if c != "GB" or letter.language == "en":
                add(m, c, 0.8, "a national telephone number")
    for c, names in _NAMES.items():
        for m in re.finditer(rf"\b(?:{names})\b", text, re.I):
            add(m, c, 1.0, "a country named in the letter")
    if lang_country:
        out.append(_Signal(lang_country, 1.0 if lang_country != "GB" else 0.3, Evidence(0, 0, ""),
                           f"the letter is written in {letter.language}"))
    return out


def sender_country(letter: Letter, *, parties: Parties) -> Found[str] | None:
    """The sender's country, from every signal the letter gives; None where there is none."""
    signals = _signals(letter, parties)
    if not signals:
        return None
    totals: dict[str, float] = defaultdict(float)
    seen: dict[tuple[str, str], int] = defaultdict(int)
    for s in signals:
        # one kind of signal cannot win by repetition (a letter lists many phone numbers): the
        # first counts in full, the next two a quarter each
        key = (s.country, s.why)
        totals[s.country] += s.weight if seen[key] == 0 else 0.25 * s.weight if seen[key] <= 2 else 0.0
        seen[key] += 1
    best = max(totals, key=lambda c: totals[c])
    total = sum(totals.values())
    strongest = max((s for s in signals if s.country == best), key=lambda s: s.weight)
    evidence = strongest.evidence if strongest.evidence.snippet else None
    return Found(best, evidence, round(totals[best] / total, 2), strongest.why)
