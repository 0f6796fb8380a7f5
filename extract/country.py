"""STUB: the sender's country."""
from __future__ import annotations

from extract.letter import Letter
from extract.models import Found
from extract.parties import Parties


def sender_country(letter: Letter, *, parties: Parties) -> Found[str] | None:
    return None
