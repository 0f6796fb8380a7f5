"""STUB: their reference and ours."""
from __future__ import annotations

from extract.letter import Letter
from extract.models import Found


def find_references(letter: Letter) -> tuple[Found[str] | None, Found[str] | None]:
    return None, None
