"""STUB: dates in text."""
from __future__ import annotations

from datetime import date

from extract.letter import Letter
from extract.models import Found


def find_letter_date(letter: Letter) -> Found[date] | None:
    return None
