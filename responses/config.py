"""What the responses stage is given: the template library and the letterhead, on top of the
cases stage's configuration (the platform, the clock, the statutory rules) that drafting and
sending rely on. Built once by the application and passed down."""

from __future__ import annotations

from dataclasses import dataclass

from cases.config import CasesConfig
from responses.letterhead import Letterhead
from responses.library import Library


@dataclass(frozen=True)
class ResponsesConfig:
    cases: CasesConfig
    library: Library
    letterhead: Letterhead  # as configured; the platform's name and domain fill what it leaves empty
    pdf_converter: str | None = None  # LibreOffice's soffice, for PDF letters; None: PDF is not available

    @property
    def head(self) -> Letterhead:
        """The letterhead completed from the platform profile."""
        p = self.cases.profile
        return self.letterhead.with_platform(p.name, p.domains)
