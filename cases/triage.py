"""Triage: what the machine could not read well enough to count as legal work.

A 6-byte note or an empty email is not a high-priority legal demand. A document with too little
text, no kind read above a floor, or scanned pages OCR read with low confidence waits for a person
(`lexdesk triage`): the case it opens has the status `triage`, is not assigned automatically and is
never made urgent, and no statutory clock starts from a kind the machine only guessed. A person
accepts it (it is work: clocks, priority and assignment run) or dismisses it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from extract.models import Extraction
from ingest.models import ParsedDocument


@dataclass(frozen=True)
class TriageRules:
    """The floors below which a person reads a document before it counts (configuration: the
    application may pass its own)."""

    min_words: int = 6  # fewer words than this in a whole family (a note, an empty email) is no letter
    kind_floor: float = 0.3  # a kind read with less confidence than this is no kind (a guess)
    ocr_floor: float = 55.0  # a scanned page read at a lower mean word confidence (0-100) needs a person
    id_floor: float = 75.0  # a review id read on a page below this confidence is shown as uncertain


def ocr_confidence(parsed: ParsedDocument) -> float | None:
    """The lowest mean word confidence of the document's OCR'd pages (None: no page was OCR'd)."""
    confidences = [p.ocr_confidence for p in parsed.pages if p.ocr and p.ocr_confidence is not None]
    return min(confidences) if confidences else None


def page_confidence(parsed: ParsedDocument, value: str) -> float | None:
    """The confidence of the OCR'd page a value was read on (None: not read by OCR)."""
    for p in parsed.pages:
        if p.ocr and value in p.text:
            return p.ocr_confidence
    return None


def reasons(parts: Sequence[tuple[ParsedDocument, Extraction | None]], rules: TriageRules) -> list[str]:
    """Why a document family (an email and its attachments, or one file) needs a person first;
    empty when it reads as work."""
    out: list[str] = []
    readable = [(p, ex) for p, ex in parts if p.ok]
    words = sum(len(p.full_text.split()) for p, _ in readable)
    if words < rules.min_words:
        out.append(f"too little text to be a letter ({words} word{'s' * (words != 1)})")
    kinds = [ex.kind for _, ex in readable if ex is not None and ex.kind is not None]
    best = max((k.confidence for k in kinds), default=0.0)
    if words >= rules.min_words and best < rules.kind_floor:
        out.append(f"no kind of document recognised (best guess {best:.0%} sure, under {rules.kind_floor:.0%})")
    scans = [c for p, _ in readable if (c := ocr_confidence(p)) is not None]
    if scans and min(scans) < rules.ocr_floor:
        out.append(f"scan read by OCR at {min(scans):.0f}% confidence (under {rules.ocr_floor:.0f}%): check it "
                   "against the original")
    return out
