"""Numbers written as words in the desk's languages ("twenty-one", "vierzehn", "huit", "otte").

Letters set periods as "seven (7) days", "zwei Wochen", "huit (8) jours", "otte dage": `NUMBER`
is a regex alternation matching a number in digits or words, and `to_int` reads what it matched.
"""

from __future__ import annotations

import re

_EN_UNITS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
            "eighty": 80, "ninety": 90}
_DE_UNITS = {
    "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1, "zwei": 2, "drei": 3,
    "vier": 4, "fünf": 5, "fuenf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "elf": 11, "zwölf": 12, "zwoelf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "fuenfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
}
_DE_TENS = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "fuenfzig": 50,
            "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90}
_FR_UNITS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19,
}
_FR_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
_DA_UNITS = {
    "en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9,
    "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16,
    "sytten": 17, "atten": 18, "nitten": 19,
}
_DA_TENS = {"tyve": 20, "tredive": 30, "fyrre": 40, "fyrretyve": 40, "halvtreds": 50, "tres": 60,
            "halvfjerds": 70, "firs": 80, "halvfems": 90}


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
