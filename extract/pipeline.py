"""Chains the extractors over one document: `extract(parsed, received=…, profile=…) -> Extraction`.

The wings run in stage order, each reading what the ones before it found: the layout (the letter,
its language and sentences); the sender's country from the signs the letter gives, whose date
order the date reader needs; the letter's date; the parties; references and citations; the
legal bases and kind; the deadline, counted in the sender's country's working days; the notice
checks. Nothing below this module imports anything above it.
"""

from __future__ import annotations

import logging
from datetime import date

from extract.citations import find_citations
from extract.classify import check_notice, classify, find_bases
from extract.layout import read_letter
from extract.models import Extraction
from extract.parties import (
    email_signal,
    find_parties,
    find_references,
    holiday_calendar,
    letter_signals,
    sender_country,
)
from extract.profile import PlatformProfile
from extract.time import find_deadline, find_letter_date, month_first_country
from ingest.models import ParsedDocument

# Working days are counted in England and Wales where nothing in the letter tells the sender's
# country (SCHEMA.md: a UK sender's working days).
DEFAULT_COUNTRY = "GB"

logger = logging.getLogger(__name__)


def extract(parsed: ParsedDocument, *, received: date, profile: PlatformProfile) -> Extraction:
    """Read one document (not its attachments: each is a document of its own).

    `received` is the day it reached the team (relative deadlines run from the letter's own
    date, else from this; lexdesk.pipeline.received_date decides it); `profile` the platform
    whose content is cited.
    """
    letter = read_letter(parsed, received=received, profile=profile)
    if not letter.text.strip():
        return Extraction(language=letter.language)
    signals = letter_signals(letter)
    first_guess = sender_country(signals)  # before the parties are read: for the date order only
    letter_date = find_letter_date(letter, month_first=month_first_country(first_guess.value if first_guess else None))
    parties = find_parties(letter)
    theirs, ours = find_references(letter)
    citations = find_citations(letter)
    bases = find_bases(letter)  # read once, for the kind and for the notice checks
    kind, legal_bases = classify(letter, parties=parties, bases=bases)
    all_signals = signals + email_signal(letter, parties.email)
    country = sender_country(all_signals)
    if country is None:
        logger.debug("%s: no sign of the sender's country; working days counted in %s", parsed.sha256[:12],
                     DEFAULT_COUNTRY)
    deadline = find_deadline(
        letter,
        letter_date=letter_date.value if letter_date else None,
        country=holiday_calendar(country.value, all_signals) if country else DEFAULT_COUNTRY,
    )
    checks = check_notice(
        letter, kind=kind.value if kind else None, parties=parties, citations=citations, bases=bases
    )
    return Extraction(
        language=letter.language,
        kind=kind,
        letter_date=letter_date,
        sender_name=parties.name,
        sender_title=parties.title,
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
        legal_bases=legal_bases,
        notice_checks=checks,
    )
