"""Word lists by concept and language, as data: `lexicon.load("de").terms("salutations")`.

One module per language (`en`, `de`, `fr`, `da`; `nl` and `xx` hold only mail markers and company
forms), each a mapping from concept to entries; `lexicon.schema` says which concepts exist and
what their entries look like. Everything is checked when a language is loaded: an unknown
concept, an empty list, a regex that does not compile, an entry of the wrong shape, or a language
missing a concept it must have raises `LexiconError`.

The code that uses a list holds the logic (how the words are put into a regex, which flags);
most users want every language at once, since a letter's language does not limit the words it
quotes: `lexicon.terms("forwarded_markers")` is the union over all languages, in the order
of `LANGUAGES`.

Regexes shared by every stage (the e-mail address, strict and loose) are in `lexicon.patterns`.

This package sits below every stage (ingest's quoted-reply splitter needs the mail markers too)
and imports nothing from the project.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import cast

from lexicon.schema import CONCEPTS, DESK, EXTRA, LANGUAGES, Concept, ReplyHeader, Shape

__all__ = [
    "CONCEPTS", "DESK", "EXTRA", "LANGUAGES", "Concept", "Lexicon", "LexiconError", "ReplyHeader", "Shape",
    "alternation", "calendar", "load", "numbers", "terms", "reply_headers", "short_forms", "validate",
    "weighted",
]


class LexiconError(ValueError):
    """A language's data does not fit the schema."""


Calendar = tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Lexicon:
    """One language's validated data, read by concept."""

    language: str
    data: Mapping[str, tuple[object, ...]]

    def has(self, concept: str) -> bool:
        _concept(concept)
        return concept in self.data

    def _get(self, concept: str, shape: Shape) -> tuple[object, ...]:
        c = _concept(concept)
        if c.shape is not shape:
            raise LexiconError(f"concept {concept!r} holds {c.shape.value}, not {shape.value}")
        if concept not in self.data:
            raise LexiconError(f"language {self.language!r} has no {concept!r}")
        return self.data[concept]

    def terms(self, concept: str) -> tuple[str, ...]:
        return tuple(str(e) for e in self._get(concept, Shape.PATTERNS))

    def calendar(self, concept: str) -> Calendar:
        return tuple(cast(tuple[str, ...], row) for row in self._get(concept, Shape.CALENDAR))

    def weighted(self, concept: str) -> tuple[tuple[str, float], ...]:
        return tuple(cast(tuple[str, float], e) for e in self._get(concept, Shape.WEIGHTED))

    def numbers(self, concept: str) -> tuple[tuple[str, int], ...]:
        return tuple(cast(tuple[str, int], e) for e in self._get(concept, Shape.NUMBERS))

    def reply_headers(self) -> tuple[ReplyHeader, ...]:
        return tuple(e for e in self._get("reply_headers", Shape.REPLY) if isinstance(e, ReplyHeader))


def _concept(name: str) -> Concept:
    try:
        return CONCEPTS[name]
    except KeyError:
        raise LexiconError(f"unknown concept {name!r}") from None


def _compiles(where: str, pattern: object) -> str:
    if not isinstance(pattern, str) or not pattern:
        raise LexiconError(f"{where}: {pattern!r} is not a non-empty string")
    try:
        re.compile(pattern)
    except re.error as e:
        raise LexiconError(f"{where}: {pattern!r} does not compile: {e}") from None
    return pattern


def _entries(where: str, concept: Concept, value: object) -> tuple[object, ...]:
    if not isinstance(value, tuple | list) or not value:
        raise LexiconError(f"{where}: an empty list or no list at all ({value!r})")
    out: list[object] = []
    for i, e in enumerate(value):
        at = f"{where}[{i}]"
        if concept.shape is Shape.PATTERNS:
            out.append(_compiles(at, e))
        elif concept.shape is Shape.CALENDAR:
            if not isinstance(e, tuple | list) or not e:
                raise LexiconError(f"{at}: an empty row")
            for w in e:
                if not isinstance(w, str) or not w.rstrip(".") or w != w.lower() or re.search(r"[^\w.-]", w):
                    raise LexiconError(f"{at}: {w!r} is not a lower-case word")
            out.append(tuple(e))
        elif concept.shape is Shape.WEIGHTED:
            if not (isinstance(e, tuple | list) and len(e) == 2 and isinstance(e[1], int | float) and e[1] > 0):
                raise LexiconError(f"{at}: {e!r} is not a (pattern, positive weight) pair")
            out.append((_compiles(at, e[0]), float(e[1])))
        elif concept.shape is Shape.NUMBERS:
            if not (isinstance(e, tuple | list) and len(e) == 2 and isinstance(e[0], str) and e[0]
                    and isinstance(e[1], int)):
                raise LexiconError(f"{at}: {e!r} is not a (word, number) pair")
            out.append((e[0], e[1]))
        elif concept.shape is Shape.REPLY:
            if not isinstance(e, ReplyHeader):
                raise LexiconError(f"{at}: {e!r} is not a ReplyHeader")
            _compiles(at + ".opener", e.opener)
            _compiles(at + ".verb", e.verb)
            out.append(e)
    if concept.size is not None and len(out) != concept.size:
        raise LexiconError(f"{where}: {len(out)} rows, {concept.size} expected")
    return tuple(out)


def validate(language: str, data: Mapping[str, object]) -> dict[str, tuple[object, ...]]:
    """`data` checked against the schema for `language`; raises LexiconError on the first fault."""
    if language not in LANGUAGES:
        raise LexiconError(f"unknown language {language!r}")
    out: dict[str, tuple[object, ...]] = {}
    for name, value in data.items():
        concept = _concept(name)
        if language not in concept.allowed:
            raise LexiconError(f"{language}: concept {name!r} is not one this language may hold")
        out[name] = _entries(f"{language}.{name}", concept, value)
    for concept in CONCEPTS.values():
        if language in concept.required and concept.name not in out:
            raise LexiconError(f"{language}: missing concept {concept.name!r}, which every desk language has")
    return out


@cache
def load(language: str) -> Lexicon:
    """The validated data of one language (`en`, `de`, `fr`, `da`, `nl`, `xx`)."""
    if language not in LANGUAGES:
        raise LexiconError(f"unknown language {language!r}")
    module = importlib.import_module(f"lexicon.{language}")
    return Lexicon(language, validate(language, module.LEXICON))


def _holding(concept: str, languages: Iterable[str] | None) -> list[Lexicon]:
    _concept(concept)
    return [lex for lang in (LANGUAGES if languages is None else languages) if (lex := load(lang)).has(concept)]


def terms(concept: str, languages: Iterable[str] | None = None) -> tuple[str, ...]:
    """Every language's entries of a PATTERNS concept, language by language in `LANGUAGES` order."""
    return tuple(p for lex in _holding(concept, languages) for p in lex.terms(concept))


def alternation(concept: str, languages: Iterable[str] | None = None) -> str:
    """The entries as one regex group, `(?:a|b|…)`, for a caller to put into its own pattern."""
    return "(?:" + "|".join(terms(concept, languages)) + ")"


def calendar(concept: str) -> dict[str, int]:
    """word -> row (month 0-11, weekday 0-6) over every language; short forms without their dot."""
    rows = _concept(concept).size or 0
    lexes = _holding(concept, None)
    out: dict[str, int] = {}
    for i in range(rows):
        for lex in lexes:
            for w in lex.calendar(concept)[i]:
                out.setdefault(w.rstrip("."), i)
    return out


def short_forms(concept: str) -> frozenset[str]:
    """The words of a CALENDAR concept written as short forms that may take a full stop."""
    return frozenset(w[:-1] for lex in _holding(concept, None) for row in lex.calendar(concept) for w in row
                     if w.endswith("."))


def weighted(concept: str, languages: Iterable[str] | None = None) -> tuple[tuple[str, float], ...]:
    return tuple(e for lex in _holding(concept, languages) for e in lex.weighted(concept))


def numbers(concept: str, language: str) -> tuple[tuple[str, int], ...]:
    return load(language).numbers(concept)


def reply_headers(languages: Iterable[str] | None = None) -> tuple[ReplyHeader, ...]:
    return tuple(e for lex in _holding("reply_headers", languages) for e in lex.reply_headers())
