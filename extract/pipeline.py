"""Chains the extractors over one document: `extract(parsed) -> Extraction`."""

from __future__ import annotations

from datetime import date

from extract.citations import find_citations
from extract.classify import classify, find_bases
from extract.country import sender_country
from extract.dates import find_letter_date
from extract.deadlines import find_deadline
from extract.language import detect_language
from extract.letter import Letter
from extract.models import Extraction
from extract.notices import check_notice
from extract.parties import find_parties
from extract.profile import PlatformProfile, load_profile
from extract.references import find_references
from ingest.models import ParsedDocument


def extract(
    parsed: ParsedDocument,
    *,
    received: date | None = None,
    profile: PlatformProfile | None = None,
) -> Extraction:
    """Read one document (not its attachments: each is a document of its own).

    `received` is the day it reached the team (relative deadlines run from the letter's own
    date, else from this); `profile` the platform whose content is cited (default: bundled).
    """
    if received is None:
        received = parsed.email.date.date() if parsed.email and parsed.email.date else date.today()
    letter = Letter(
        parsed=parsed,
        received=received,
        profile=profile or load_profile(),
        language=detect_language(parsed.text or parsed.full_text),
    )
    if not letter.text.strip():
        return Extraction(language=letter.language)
    parties = find_parties(letter)
    theirs, ours = find_references(letter)
    citations = find_citations(letter)
    scores = find_bases(letter)  # read once, for the kind and for the notice checks
    kind, bases = classify(letter, parties=parties, bases=scores)
    letter_date = find_letter_date(letter)
    country = sender_country(letter, parties=parties)
    deadline = find_deadline(
        letter,
        letter_date=letter_date.value if letter_date else None,
        country=country.value if country else "GB",
    )
    checks = check_notice(
        letter, kind=kind.value if kind else None, parties=parties, citations=citations, bases=scores
    )
    return Extraction(
        language=letter.language,
        kind=kind,
        letter_date=letter_date,
        sender_name=parties.name,
        sender_organisation=parties.organisation,
        sender_email=parties.email,
        sender_country=country,
        represented_party=parties.represented,
        their_reference=theirs,
        our_reference=ours,
        cited_urls=citations.urls,
        cited_review_ids=citations.review_ids,
        quoted_statements=citations.quotes,
        deadline=deadline,
        legal_bases=bases,
        notice_checks=checks,
    )
