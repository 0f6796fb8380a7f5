"""What the extract tests share: a letter made from text written for the test."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from extract.layout import Letter, read_letter
from extract.profile import PlatformProfile, load_profile
from ingest.models import EmailHeaders, ParsedDocument

# The day a test's letter arrived, unless it says otherwise.
RECEIVED = date(2026, 11, 10)
PROFILE = load_profile()


def make_letter(
    text: str,
    *,
    quoted: str = "",
    email: EmailHeaders | None = None,
    sender: str | None = None,
    subject: str | None = None,
    language: str = "en",
    received: date = RECEIVED,
    profile: PlatformProfile = PROFILE,
) -> Letter:
    """A letter of `text` (and `quoted`, the earlier messages below it) in `language`.

    An email's headers are `email`, or for short `sender` (and `subject`): an email from that
    address to the platform's legal team, sent on the day it arrived."""
    if sender is not None:
        assert email is None, "give the headers or a sender, not both"
        email = EmailHeaders(from_addr=sender, subject=subject, to=("legal@trustpilot.com",),
                             date=datetime.combine(received, time(9), UTC))
    parsed = ParsedDocument(sha256="0" * 64, media_type="eml" if email else "txt", text=text, quoted=quoted,
                            email=email)
    return read_letter(parsed, received=received, profile=profile, language=language)
