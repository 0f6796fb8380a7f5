"""The document as the extractors see it: its text, language, the day it arrived and the platform."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from extract.profile import PlatformProfile
from ingest.models import ParsedDocument


def _content_end(chunk: str) -> int:
    """Where a sentence's words end: before trailing whitespace and the `>` marks that open
    the next lines of a quoted email."""
    while True:
        chunk = chunk.rstrip()
        nl = chunk.rfind("\n")
        if nl < 0 or chunk[nl + 1 :].strip(" \t>"):
            return len(chunk)
        chunk = chunk[:nl]


# Splits a text into sentences: (start, end) character offsets of each, in order.
SentenceSplitter = Callable[[str], Iterable[tuple[int, int]]]


@dataclass(frozen=True)
class Letter:
    """Spans of every extractor index into `text` (= `parsed.full_text`).

    `body_end` is where the new message ends: text after it is quoted from earlier messages
    (an email's `On … wrote:` block), which is read for context but is not what this
    document itself says. `splitter` finds the sentences (extract.layout.nlp's, for the
    letter's language); it runs once, the first time a sentence is asked for.
    """

    parsed: ParsedDocument
    received: date
    profile: PlatformProfile
    language: str
    splitter: SentenceSplitter = field(repr=False, compare=False)
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
    def sentences(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of each sentence of `text`, in order, without surrounding whitespace
        (see extract.layout.nlp for where letters end sentences)."""
        out: list[tuple[int, int]] = []
        for a, b in self.splitter(self.text):
            chunk = self.text[a:b]
            b = a + _content_end(chunk)
            a += len(chunk) - len(chunk.lstrip())
            if a < b:
                out.append((a, b))
        return tuple(out)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_at(self, start: int, end: int | None = None, *, reach: int = 400) -> tuple[int, int]:
        """The sentence(s) around `start:end`: from the start of the one holding `start` to the
        end of the one holding `end`, never more than `reach` characters beyond the span (a run
        of text without punctuation, a form or a table, is no sentence to read as one)."""
        end = start if end is None else end
        sents, starts = self.sentences, self._sentence_starts
        lo, hi = start, end  # a span in the whitespace between sentences belongs to none
        i = bisect_right(starts, start) - 1
        if i >= 0 and start < sents[i][1]:
            lo = sents[i][0]
        last = end - 1 if end > start else start
        j = bisect_right(starts, last) - 1
        if j >= 0 and last < sents[j][1]:
            hi = sents[j][1]
        return max(lo, start - reach, 0), min(hi, end + reach, len(self.text))
