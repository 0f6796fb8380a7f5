"""Which of the configured Tesseract languages a scanned page is written in.

Tesseract reads a page with several languages by trying the first one and falling back on the
others word by word, so the first one decides most of what it reads: with English first, a French
letterhead in capitals ("BÉRÉNICE AVOCATS") loses its accents ("BERENICE"). A quick pass at low
resolution, with one language only, reads enough function words to tell the letter's language;
the page is then read with that language first and the others after it, for quotations, names
and addresses in another language.

This is the ingest side's own small detector: ingest sits below extract and cannot use its
language detection.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# Function words frequent in letters, by Tesseract language code; all ASCII-readable, so a pass
# with any of the four models reads them.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "eng": frozenset("the and of to in that is for this with you your we our have are be on not by please".split()),
    "deu": frozenset("der die das und ist nicht ein eine zu den von mit sich des auf wir sie ihre bitte dem".split()),
    "fra": frozenset("le la les et est des une un du que pour dans nous vous pas sur avec notre votre au".split()),
    "dan": frozenset("og det er en at til af med som ikke har vi jeres den for vores skal kan fra".split()),
}
_WORD = re.compile(r"[^\W\d_]+")
# Fewer function words than this is no evidence (a page of figures, a form, a blank page).
MIN_HITS = 8
# The quick pass reads the page at about this width in pixels (an A4 or Letter page at 75-100 dpi),
# and first only a band across the middle, where a letter's body is: Tesseract's cost follows the
# number of characters read more than the pixels, so the band is what makes the pass cheap.
QUICK_WIDTH = 700
BAND = (0.35, 0.55)

def guess_language(text: str, candidates: list[str]) -> str | None:
    """The candidate language whose function words are clearly the most frequent in `text`."""
    counts = dict.fromkeys((c for c in candidates if c in _FUNCTION_WORDS), 0)
    if len(counts) < 2:
        return None
    for word in _WORD.findall(text.lower()):
        for lang in counts:
            if word in _FUNCTION_WORDS[lang]:
                counts[lang] += 1
    ranked = sorted(counts, key=lambda k: counts[k], reverse=True)
    best, second = ranked[0], ranked[1]
    # Shared words ("de", "den", "for", "at") give every language a few hits: ask for a clear lead.
    if counts[best] < MIN_HITS or counts[best] < 1.5 * counts[second]:
        return None
    return best


def by_priority(languages: str, first: str | None) -> str:
    """`languages` ("eng+deu+fra+dan") with `first` moved to the front."""
    langs = [lang for lang in languages.split("+") if lang]
    if first is None or first not in langs:
        return languages
    return "+".join([first, *(lang for lang in langs if lang != first)])


def page_languages(image: Any, languages: str, read: Callable[[Any, str], str]) -> str:
    """The languages to read `image` (a PIL image) with, the page's own language first.
    `read(image, lang)` is the OCR call giving plain text."""
    langs = languages.split("+")
    if len([lang for lang in langs if lang in _FUNCTION_WORDS]) < 2:
        return languages
    factor = max(1, round(image.width / QUICK_WIDTH))
    small = image.reduce(factor) if factor > 1 else image
    band = small.crop((0, int(small.height * BAND[0]), small.width, int(small.height * BAND[1])))
    first = guess_language(read(band, langs[0]), langs)
    if first is None:  # a short page, or its text is elsewhere
        first = guess_language(read(small, langs[0]), langs)
    return by_priority(languages, first)
