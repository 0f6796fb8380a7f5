"""STUB (owner: parties helper): who wrote, for whom."""
from __future__ import annotations

from dataclasses import dataclass

from extract.letter import Letter
from extract.models import Found


@dataclass(frozen=True)
class Parties:
    name: Found[str] | None = None
    organisation: Found[str] | None = None
    email: Found[str] | None = None
    represented: Found[str] | None = None


def find_parties(letter: Letter) -> Parties:
    return Parties()
