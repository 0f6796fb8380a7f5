"""The spaCy pipeline: a blank tokenizer per language with rule-based sentence splitting.

No statistical model: none of spaCy's trained pipelines installs from PyPI, and nothing may be
downloaded at run time. Extractors add Matcher / EntityRuler rules on top of this.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

SUPPORTED = {"en", "de", "fr", "da"}


@lru_cache(maxsize=8)
def pipeline(language: str) -> Language:
    """A blank pipeline for `language` (English for anything unsupported), with a sentencizer."""
    nlp = spacy.blank(language if language in SUPPORTED else "en")
    nlp.add_pipe("sentencizer")
    return nlp
