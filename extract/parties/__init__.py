"""The parties wing: who wrote, for whom, from which country, under which references.
Entry: `find_parties`; the sender's country from `letter_signals` (and `email_signal` once the
parties are known) through `sender_country`; `find_references`. Each is imported when first asked
for (extract/lazy.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.lazy import lazy_exports

if TYPE_CHECKING:
    from extract.parties.country import email_signal, holiday_calendar, letter_signals, sender_country
    from extract.parties.parties import Parties, find_parties
    from extract.parties.references import find_references

__all__ = [
    "Parties", "email_signal", "find_parties", "find_references", "holiday_calendar", "letter_signals",
    "sender_country",
]
__getattr__ = lazy_exports(__name__, {
    **dict.fromkeys(["email_signal", "holiday_calendar", "letter_signals", "sender_country"],
                    "extract.parties.country"),
    "Parties": "extract.parties.parties", "find_parties": "extract.parties.parties",
    "find_references": "extract.parties.references",
})
