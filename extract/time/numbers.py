"""Numbers written as words in the desk's languages ("twenty-one", "vierzehn", "huit", "otte").

Letters set periods as "seven (7) days", "zwei Wochen", "huit (8) jours", "otte dage": `NUMBER`
is a regex alternation matching a number in digits or words, and `to_int` reads what it matched.
"""

from __future__ import annotations

import re

import lexicon


def _words(concept: str, language: str) -> dict[str, int]:
    return dict(lexicon.numbers(concept, language))


_EN_UNITS, _EN_TENS = _words("number_units", "en"), _words("number_tens", "en")
_DE_UNITS, _DE_TENS = _words("number_units", "de"), _words("number_tens", "de")
_FR_UNITS, _FR_TENS = _words("number_units", "fr"), _words("number_tens", "fr")
_DA_UNITS, _DA_TENS = _words("number_units", "da"), _words("number_tens", "da")


def _build() -> dict[str, int]:
    words: dict[str, int] = {}
    words.update(_EN_UNITS)
    for t, tv in _EN_TENS.items():
        words[t] = tv
        for u, uv in _EN_UNITS.items():
            if 1 <= uv <= 9 and u not in ("a", "an"):
                words[f"{t}-{u}"] = tv + uv
                words[f"{t} {u}"] = tv + uv
    words.update(_DE_UNITS)
    for t, tv in _DE_TENS.items():
        words[t] = tv
        for u, uv in (("ein", 1), *((k, v) for k, v in _DE_UNITS.items() if 2 <= v <= 9)):
            words[f"{u}und{t}"] = tv + uv
    words.update(_FR_UNITS)
    for t, tv in _FR_TENS.items():
        words[t] = tv
        words[f"{t} et un"] = words[f"{t}-et-un"] = tv + 1
        for u, uv in _FR_UNITS.items():
            if 2 <= uv <= 9:
                words[f"{t}-{u}"] = tv + uv
    words.update(_DA_UNITS)
    for t, tv in _DA_TENS.items():
        words[t] = tv
        for u, uv in (("en", 1), *((k, v) for k, v in _DA_UNITS.items() if 2 <= v <= 9)):
            words[f"{u}og{t}"] = tv + uv
    return words


WORDS: dict[str, int] = _build()
_WORD_ALT = "|".join(sorted((re.escape(w) for w in WORDS), key=len, reverse=True))
# "seven (7)", "7", "seven", "sieben (7)": the digits in brackets repeat the words
NUMBER = rf"(?:(?:{_WORD_ALT})(?:\s*\(\d{{1,3}}\))?|\d{{1,3}}(?:\s*\((?:{_WORD_ALT})\))?)"
_DIGITS = re.compile(r"\d{1,3}")


def to_int(s: str) -> int | None:
    """The value of a number matched by `NUMBER` ("twenty-one (21)" -> 21, "vierzehn" -> 14)."""
    s = " ".join(s.strip().casefold().split())
    m = _DIGITS.search(s)  # "seven (7)" and "7 (seven)": the digits decide
    if m:
        return int(m.group())
    return WORDS.get(s)
