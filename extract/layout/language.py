"""Which of the desk's languages a letter is written in, by counting common function words."""

from __future__ import annotations

import logging
import re

import lexicon

logger = logging.getLogger(__name__)

_STOPWORDS = {lang: lexicon.load(lang).terms("stopwords") for lang in lexicon.DESK}
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str, default: str = "en") -> str:
    """The language ("en", "de", "fr", "da") whose function words are most frequent in `text`."""
    counts = dict.fromkeys(_STOPWORDS, 0)
    lookup: dict[str, list[str]] = {}
    for lang, words in _STOPWORDS.items():
        for w in words:
            lookup.setdefault(w, []).append(lang)
    for w in _WORD.findall(text[:20000].lower()):
        for lang in lookup.get(w, ()):
            counts[lang] += 1
    best = max(counts, key=lambda k: counts[k])
    if counts[best] < 3:
        logger.debug("too few common words to tell the language; taken as %s", default)
        return default
    return best
