"""Is a defamation or DSA notice complete? Each item the law requires, present or missing.

Which items, and the law behind each, are data in extract/classify/notice_items.py. A defamation
complaint argued under English law (kind legal_demand with basis defamation, or any document
alleging defamation) is checked against the Defamation Act 2013 s.5(6) and the Defamation
(Operators of Websites) Regulations 2013 reg. 2; a notice of illegal content (kind
illegal_content_notice, or a demand invoking the DSA) against DSA Art. 16(2). The reply that asks
the sender for what is missing is built on these checks, so an item counts as present only on
evidence: the parties and cited content already found, or the words of the letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from extract.citations.citations import Citations
from extract.classify.classifier import Score
from extract.classify.cues import flexible_spaces
from extract.classify.notice_items import (
    COMPLAINANT_NAME,
    CSAM_CUES,
    DEFAMATION_ITEMS,
    DSA_ITEMS,
    OTHER_DEFAMATION_LAW,
    UK_DEFAMATION_LAW,
    NoticeItem,
)
from extract.layout.letter import Letter
from extract.layout.segments import own_ranges
from extract.models import Evidence, Found, Kind, LegalBasis, NoticeCheck
from extract.parties.parties import Parties
from lexicon.patterns import EMAIL_LOOSE

# Kinds whose document can itself be a notice of illegal content; an appeal invoking the DSA
# (its Art. 20 complaint right) is not a notice and is not checked against Art. 16.
DSA_NOTICE_KINDS = {Kind.ILLEGAL_CONTENT_NOTICE, Kind.LEGAL_DEMAND, Kind.IP_NOTICE, None}
DEFAMATION_NOT_NOTICE_KINDS = {Kind.COURT_ORDER, Kind.LAW_ENFORCEMENT, Kind.REGULATOR}
QUOTE = re.compile(r"[“\"„«‘]\s*(?P<q>[^”\"“»’\n]{12,400}?)\s*[”\"“»’]")


def check_notice(
    letter: Letter, *, kind: Kind | None, parties: Parties, citations: Citations, bases: tuple[Score, ...],
) -> tuple[NoticeCheck, ...]:
    """The items of each regime that applies to this document (none when it is not a notice).
    `bases` is `find_bases(letter)`."""
    if not letter.text.strip():
        return ()
    bases_by_name = {b.name: b for b in bases}
    out: list[NoticeCheck] = []
    if LegalBasis.DEFAMATION in bases_by_name and kind not in DEFAMATION_NOT_NOTICE_KINDS and _under_uk_law(letter):
        out += _defamation(letter, parties, citations)
    if kind == Kind.ILLEGAL_CONTENT_NOTICE or (LegalBasis.DSA in bases_by_name and kind in DSA_NOTICE_KINDS):
        out += _dsa(letter, parties, citations, has_legal_ground=_ground(bases_by_name))
    return tuple(out)


def _under_uk_law(letter: Letter) -> bool:
    text = _own_text(letter)
    if re.search(UK_DEFAMATION_LAW, text):
        return True
    return letter.language == "en" and not re.search(OTHER_DEFAMATION_LAW, text)


# ----------------------------------------------------------------------------------- defamation


def _defamation(letter: Letter, parties: Parties, citations: Citations) -> list[NoticeCheck]:
    text = _own_text(letter)
    out = []
    for item in DEFAMATION_ITEMS:
        if item.item == "complainant_name":
            ev = _complainant(letter, parties, text)
        elif item.item == "complainant_email":
            ev = _email(letter, parties, text)
        elif item.item == "statement":
            ev = _statement(citations, text)
        elif item.item == "location":
            ev = _location(citations)
        else:
            ev = _cue(item, text)
        out.append(_check(item, ev))
    return out


def _complainant(letter: Letter, parties: Parties, text: str) -> Evidence | None:
    """The person defamed: the client a solicitor writes for, else the writer themselves."""
    for found in (parties.represented, parties.name, parties.organisation):
        if found is not None:
            return _evidence_of(found)
    for pattern in COMPLAINANT_NAME:
        m = re.search(pattern, text)
        if m:
            return Evidence(m.start("name"), m.end("name"), m.group("name").strip())
    email = letter.parsed.email
    if email and email.from_name:
        return Evidence(0, len(email.from_name), email.from_name, "header:From")
    return None


def _email(letter: Letter, parties: Parties, text: str) -> Evidence | None:
    if parties.email is not None:
        return _evidence_of(parties.email)
    email = letter.parsed.email
    if email and email.from_addr:
        return Evidence(0, len(email.from_addr), email.from_addr, "header:From")
    for m in EMAIL_LOOSE.finditer(text):
        host = m.group(0).rsplit("@", 1)[1]
        if not letter.profile.is_own_domain(host):
            return Evidence(m.start(), m.end(), m.group(0))
    return None


def _statement(citations: Citations, text: str) -> Evidence | None:
    if citations.quotes:
        return _evidence_of(citations.quotes[0])
    for m in QUOTE.finditer(text):
        if len(m.group("q").split()) >= 4:
            return Evidence(m.start(), m.end(), m.group(0))
    return None


def _location(citations: Citations) -> Evidence | None:
    for found in (*citations.urls, *citations.review_ids):
        return _evidence_of(found)
    return None


# ------------------------------------------------------------------------------------------ DSA


def _dsa(
    letter: Letter, parties: Parties, citations: Citations, *, has_legal_ground: Found[str] | None
) -> list[NoticeCheck]:
    text = _own_text(letter)
    out = []
    for item in DSA_ITEMS:
        label = item.label
        if item.item == "explanation":
            ev = _cue(item, text) or (_evidence_of(has_legal_ground) if has_legal_ground else None)
        elif item.item == "location":
            ev = _location(citations)
        elif item.item == "notifier":
            ev = _notifier(letter, parties, text)
            csam = _first(CSAM_CUES, text)
            if ev is None and csam is not None:
                ev = csam
                label = f"{item.label}: not needed here, the notice concerns child sexual abuse material"
        else:
            ev = _cue(item, text)
        out.append(NoticeCheck(item.regime, item.item, ev is not None, ev, label))
    return out


def _ground(bases: dict[LegalBasis, Score]) -> Found[str] | None:
    """The strongest legal basis that says why the content is illegal (not the DSA itself, nor
    the platform's own rules, which make content unwelcome, not illegal)."""
    for name, score in bases.items():
        if name in {LegalBasis.DSA, LegalBasis.PLATFORM_GUIDELINES}:
            continue
        hit = max(score.hits, key=lambda h: h.cue.weight)
        return Found(name, Evidence(hit.start, hit.end, hit.snippet, hit.source), why=score.why,
                     rule="classify.basis_cues")
    return None


def _notifier(letter: Letter, parties: Parties, text: str) -> Evidence | None:
    """Name and email both; the evidence is the name's."""
    name = _complainant_self(letter, parties, text)
    email = _email(letter, parties, text)
    return name if name is not None and email is not None else None


def _complainant_self(letter: Letter, parties: Parties, text: str) -> Evidence | None:
    """The notifier is whoever submits the notice (not a client they act for)."""
    for found in (parties.name, parties.organisation):
        if found is not None:
            return _evidence_of(found)
    return _complainant(letter, Parties(), text)


# -------------------------------------------------------------------------------------- helpers


def _check(item: NoticeItem, ev: Evidence | None) -> NoticeCheck:
    return NoticeCheck(item.regime, item.item, ev is not None, ev, item.label)


def _own_text(letter: Letter) -> str:
    """The sender's own words, the rest blanked (so spans still index into `letter.text`)."""
    chars = [c if c == "\n" else " " for c in letter.text]
    for a, b in own_ranges(letter):
        chars[a:b] = letter.text[a:b]
    return "".join(chars)


def _cue(item: NoticeItem, text: str) -> Evidence | None:
    return _first(item.cues, text)


def _first(patterns: Iterable[str], text: str) -> Evidence | None:
    best: re.Match[str] | None = None
    for p in patterns:
        m = _compiled(p).search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    return Evidence(best.start(), best.end(), best.group(0)) if best else None


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(flexible_spaces(pattern), re.I | re.M)


def _evidence_of(found: Found[str]) -> Evidence:
    if found.evidence is not None:
        return found.evidence
    return Evidence(0, 0, str(found.value), "derived")
