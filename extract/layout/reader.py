"""How the pipeline builds a `Letter`: its language told from its words, its sentences split by
that language's pipeline (extract.layout.nlp)."""

from __future__ import annotations

from datetime import date

from extract.layout.language import detect_language
from extract.layout.letter import Letter
from extract.layout.nlp import sentence_splitter
from extract.profile import PlatformProfile
from ingest.models import ParsedDocument


def read_letter(
    parsed: ParsedDocument, *, received: date, profile: PlatformProfile, language: str | None = None
) -> Letter:
    """The letter of one parsed document. `language` is told from the text unless given (a
    test or a caller that knows it)."""
    lang = language or detect_language(parsed.text or parsed.full_text)
    return Letter(parsed=parsed, received=received, profile=profile, language=lang, splitter=sentence_splitter(lang))
