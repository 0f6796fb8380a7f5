"""STUB: kind and legal bases."""
from __future__ import annotations

from extract.letter import Letter
from extract.models import Found
from extract.parties import Parties


def classify(letter: Letter, *, parties: Parties) -> tuple[Found[str] | None, tuple[Found[str], ...]]:
    return None, ()
