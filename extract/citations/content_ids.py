"""Content ids cited without their URL ("review ID 65f0…", "(Kennung 65f0…)").

The id's shape is the profile's `content_id`. Ids of the same shape turn up where nothing is cited:
inside other sites' URLs, email addresses and Message-IDs, or glued to a longer token
("ref-65f0…"). OCR splits an id with a space ("6a8 1b49…"); pieces that only together make an
id are put back together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.citations.urls import foreign_spans
from extract.profile import PlatformProfile

_GLUE = "-_./@=\\"
_WORD = re.compile(r"[0-9A-Za-z]+")


# A label naming an id of something else: "user ID", "account no.", "Kundennummer", "n° de compte".
_OTHER_LABEL = re.compile(
    r"\b(?:user|account|business(?:\s+unit)?|customer|consumer|profile|order|invoice|transaction|ticket|payment"
    r"|device|session|konto|kunden|nutzer|benutzer|bestell|rechnungs|compte|utilisateur|commande|facture"
    r"|bruger|kunde|ordre|faktura)\w*[\s-]*(?:id|number|no\.?|nr\.?|nummer|numéro|n°|#|ref\w*)?\s*[:#]?\s*$",
    re.IGNORECASE,
)


def _other_id(text: str, start: int) -> bool:
    return bool(_OTHER_LABEL.search(text[max(0, start - 40) : start]))


@dataclass(frozen=True)
class IdHit:
    value: str
    start: int
    end: int
    joined: bool = False


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _glued(text: str, start: int, end: int) -> bool:
    """Is the match part of a longer token, joined by a hyphen, dot, slash, "@" or "="?"""
    before = text[start - 2 : start] if start >= 2 else ""
    after = text[end : end + 2]
    glued_before = len(before) == 2 and before[1] in _GLUE and before[0].isalnum()
    glued_after = len(after) == 2 and after[0] in _GLUE and after[1].isalnum()
    return glued_before or glued_after


def find_content_ids(text: str, profile: PlatformProfile) -> list[IdHit]:
    """Every id written in `text` as the profile's `content_id`, outside foreign URLs and addresses."""
    pattern = profile.content_id
    if pattern is None:
        return []
    foreign = foreign_spans(text)
    hits: list[IdHit] = []
    for m in pattern.finditer(text):
        value = m.group("id") if "id" in pattern.groupindex else m.group(0)
        if _inside(foreign, m.start(), m.end()) or _glued(text, m.start(), m.end()) or _other_id(text, m.start()):
            continue
        hits.append(IdHit(value, m.start(), m.end()))
    hits.extend(_split_ids(text, pattern, foreign))
    return sorted(hits, key=lambda h: h.start)


def _split_ids(text: str, pattern: re.Pattern[str], foreign: list[tuple[int, int]]) -> list[IdHit]:
    """Ids OCR split in two or three by a space: no piece is an id, together they are, and every
    piece has a digit (words of the letter that happen to be hex, like "bad" or "face", have none)."""
    words = list(_WORD.finditer(text))
    out: list[IdHit] = []
    for i, first in enumerate(words):
        for n in (2, 3):
            group = words[i : i + n]
            if len(group) < n:
                break
            if any(text[a.end() : b.start()] != " " for a, b in zip(group, group[1:], strict=False)):
                break
            pieces = [w.group(0) for w in group]
            if not all(any(c.isdigit() for c in p) for p in pieces):
                break
            if any(pattern.fullmatch(p) for p in pieces):
                break
            joined = "".join(pieces)
            start, end = first.start(), group[-1].end()
            if (
                pattern.fullmatch(joined)
                and not _inside(foreign, start, end)
                and not _glued(text, start, end)
                and not _other_id(text, start)
            ):
                m = pattern.fullmatch(joined)
                value = m.group("id") if m and "id" in pattern.groupindex else joined
                out.append(IdHit(value, start, end, joined=True))
                break
    return out
