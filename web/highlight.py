"""The document's text cut at every evidence span, so each extracted value can be marked where it
was read. Presentation only: the spans come from the cases stage; the template escapes the text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cases.web_views import Span


@dataclass(frozen=True)
class Segment:
    text: str
    keys: tuple[str, ...]  # the values read here ("" where none)

    @property
    def marked(self) -> bool:
        return bool(self.keys)


def segments(text: str, spans: Sequence[Span]) -> list[Segment]:
    """`text` as consecutive pieces, each with the keys of the spans covering it (spans may overlap)."""
    inside = [s for s in spans if s.found and s.source == "text"]
    cuts = sorted({0, len(text), *(s.start for s in inside), *(s.end for s in inside)})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a >= b:
            continue
        keys = tuple(s.key for s in inside if s.start <= a and b <= s.end)
        out.append(Segment(text[a:b], keys))
    return out
