"""STUB: cited platform content."""
from __future__ import annotations

from dataclasses import dataclass

from extract.letter import Letter
from extract.models import Found


@dataclass(frozen=True)
class Citations:
    urls: tuple[Found[str], ...] = ()
    review_ids: tuple[Found[str], ...] = ()
    quotes: tuple[Found[str], ...] = ()


def find_citations(letter: Letter) -> Citations:
    return Citations()
