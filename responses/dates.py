"""Dates written as a letter in the recipient's language writes them (no Babel: a small table)."""

from __future__ import annotations

from datetime import date, datetime

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
           "oktober", "november", "december"),
}


def long_date(d: date | datetime | str, language: str = "en") -> str:
    """`date(2026, 11, 5)` -> "5 November 2026" (en), "5. November 2026" (de), "5 novembre 2026" (fr),
    "5. november 2026" (da). An unknown language falls back to English."""
    if isinstance(d, str):
        d = date.fromisoformat(d[:10])
    if isinstance(d, datetime):
        d = d.date()
    lang = (language or "en").lower()[:2]
    months = MONTHS.get(lang, MONTHS["en"])
    month = months[d.month - 1]
    if lang in ("de", "da"):
        return f"{d.day}. {month} {d.year}"
    if lang == "fr":
        # French writes the first of the month as an ordinal: "1er novembre 2026".
        return f"{'1er' if d.day == 1 else d.day} {month} {d.year}"
    return f"{d.day} {month} {d.year}"
