"""STUB: the deadline."""
from __future__ import annotations

from datetime import date

from extract.letter import Letter
from extract.models import FoundDeadline


def find_deadline(letter: Letter, *, letter_date: date | None, country: str) -> FoundDeadline | None:
    return None
