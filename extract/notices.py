"""STUB: notice completeness."""
from __future__ import annotations

from extract.citations import Citations
from extract.letter import Letter
from extract.models import NoticeCheck
from extract.parties import Parties


def check_notice(letter: Letter, *, kind: str | None, parties: Parties, citations: Citations) -> tuple[NoticeCheck, ...]:
    return ()
