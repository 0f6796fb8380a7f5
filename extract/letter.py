"""The document as the extractors see it: its text, language, the day it arrived and the platform."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from extract.profile import PlatformProfile
from ingest.models import ParsedDocument


@dataclass(frozen=True)
class Letter:
    """Spans of every extractor index into `text` (= `parsed.full_text`).

    `body_end` is where the new message ends: text after it is quoted from earlier messages
    (an email's `On … wrote:` block), which is read for context but is not what this
    document itself says.
    """

    parsed: ParsedDocument
    received: date
    profile: PlatformProfile
    language: str = "en"
    text: str = field(init=False)
    body_end: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", self.parsed.full_text)
        object.__setattr__(self, "body_end", len(self.parsed.text))

    @property
    def body(self) -> str:
        return self.text[: self.body_end]

    @property
    def quoted(self) -> str:
        return self.text[self.body_end :]

    @cached_property
    def doc(self):  # noqa: ANN201 - a spaCy Doc; imported lazily so ingest-only users never load spaCy
        from extract.nlp import pipeline

        return pipeline(self.language)(self.text)
