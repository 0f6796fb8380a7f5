"""Who sends a document, from how it presents itself: a court, a police force or prosecutor, a
public authority, a law firm — read from its heading and signature lines, not its body.

The kind of a document follows from its structure as much as from its words: a court's order
and a law firm's letter enclosing one use the same words ("order", "Beschluss") but differ in
who sends them; a ministry or a privacy commissioner abroad names no regulator the cue lists
know, yet heads its letter with what it is. The institution words are lexicon data
(`court_nouns`, `order_titles`, `police_nouns`, `authority_nouns`, `law_firm_nouns`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

import lexicon
from extract.layout.letter import Letter
from extract.layout.segments import segments

HEAD_LINES = 4  # a letterhead: the first lines of the new message
HEAD_LINE_MAX = 90
HEAD_LINE_MAX_WORDS = 12
TITLE_LINES = 30  # a decision's title stands near the top, on a line of its own
TITLE_MAX_WORDS = 8


class SenderType(StrEnum):
    COURT = "court"
    POLICE = "police"
    AUTHORITY = "authority"
    LAW_FIRM = "law_firm"


@dataclass(frozen=True)
class Sender:
    """What the heading and signature say the sender is, with the words that said it."""

    type: SenderType | None
    start: int = 0
    end: int = 0
    snippet: str = ""
    why: str = ""


@cache
def _pattern(concept: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon.alternation(concept)})\b", re.I)


@cache
def _title() -> re.Pattern[str]:
    return re.compile(rf"^[ \t]*(?:{lexicon.alternation('order_titles')})[ \t]*[.:]?[ \t]*$", re.I | re.M)


_SENTENCE_END = re.compile(r"[^\W\d_]{3,}\.[ \t]*$")
# a sentence ends and another starts inside the line: prose wrapped onto it, not a heading or signature
_PROSE = re.compile(r"[^\W\d_]{3,}[.!?][ \t]+[^\W\d_]")
_POLICE = ("police_nouns", SenderType.POLICE, "a police force or prosecutor writes")
_AUTHORITY = ("authority_nouns", SenderType.AUTHORITY, "a public authority writes")
_FIRM = ("law_firm_nouns", SenderType.LAW_FIRM, "a law firm signs")
_IN_HEAD = (_POLICE, _AUTHORITY)
_IN_SIGNATURE = (_FIRM, _POLICE, _AUTHORITY)


def _lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text[lo:hi])]


def sender_type(letter: Letter, sender_lines: tuple[tuple[int, int], ...]) -> Sender:
    """The institution the document comes from, if its heading or signature says so.

    The letterhead decides first (a law firm's letter heads with the firm even when it quotes a
    court); a court is also known by a decision's title on a line of its own when no firm heads
    the document; police and public authorities by their names in the heading or signature."""
    text = letter.text
    if not text.strip():
        return Sender(None)
    first = segments(letter)[0]
    # a heading is short lines; a long first line is already the body ("This firm represents …")
    head = [(first.start + a, first.start + b) for a, b in _lines(text, first.start, first.end)[:HEAD_LINES]
            if b - a <= HEAD_LINE_MAX and len(text[first.start + a:first.start + b].split()) <= HEAD_LINE_MAX_WORDS]

    def found(concept: str, spans: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
        rx = _pattern(concept)
        for a, b in spans:
            if m := rx.search(text, a, b):
                return m.start(), m.end()
        return None

    firm_head = found("law_firm_nouns", head)
    court_head = found("court_nouns", head)
    if court_head and not firm_head:
        return _sender(letter, SenderType.COURT, court_head, "a court heads the document")
    if not firm_head:
        # only the first lines are looked at: a title stands at the top (and a long document costs
        # no more than a short one)
        offset = first.start
        for line in text[first.start:first.end].split("\n", TITLE_LINES + 1)[: TITLE_LINES + 1]:
            m = _title().match(line)
            if m and len(m.group().split()) <= TITLE_MAX_WORDS:
                span = (offset + m.start(), offset + m.end())
                return _sender(letter, SenderType.COURT, span, "a court decision's title")
            offset += len(line) + 1
    if firm_head:
        return _sender(letter, SenderType.LAW_FIRM, firm_head, "a law firm heads the letter")
    # the heading first; then the signature, where a firm's footer ("regulated by the … Authority")
    # names an authority that does not write
    # a line that ends a sentence ("… I will write to the Data Protection Authority.") is the
    # body running on, not a heading or signature naming the sender
    def lines(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        return [(a, b) for a, b in spans if not _SENTENCE_END.search(text, a, b) and not _PROSE.search(text, a, b)]

    for spans, order in ((lines(head), _IN_HEAD), (lines(sender_lines), _IN_SIGNATURE)):
        for concept, kind, why in order:
            at = found(concept, spans)
            if at is not None:
                return _sender(letter, kind, at, why)
    return Sender(None)


def _sender(letter: Letter, kind: SenderType, span: tuple[int, int], why: str) -> Sender:
    a, b = span
    return Sender(kind, a, b, letter.text[a:b], why)


__all__ = ["Sender", "SenderType", "sender_type"]
