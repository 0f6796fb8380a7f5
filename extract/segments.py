"""Which parts of a document speak for its sender, and where the sender shows who they are.

A document often carries other people's words: an email quotes the platform's earlier reply, a
business pastes the platform's decision under "-----Original Message-----", a colleague forwards
a customer's complaint. What the document *invokes* is read from its own words only — plus, for
a colleague's escalation, the complaint they forward, which is what they escalate. Letterhead
and signature lines are where a sender shows who they are (a police force, a regulator, a law
firm); a sentence naming a body ("I will complain to the ICO") is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract.cues import (
    EMBEDDED_FROM,
    EMBEDDED_MESSAGE,
    NOT_SENDER_LINE,
    SENDER_HEAD_LINES,
    SENDER_LINE_MAX,
    SENDER_LINE_MAX_WORDS,
    SENDER_TAIL_LINES,
)
from extract.letter import Letter

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.I)
WROTE = re.compile(r"^(?:On|Am|Le|Den)\b.{5,200}(?:wrote|schrieb|a écrit|skrev)\s*:\s*$", re.M)


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    author: str | None  # the address that wrote this part, where shown
    own: bool  # the document's own new message (the first segment)
    quoted: bool  # below the new message (Letter.quoted)


@cache
def _embedded() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(EMBEDDED_MESSAGE, re.M | re.I), re.compile(EMBEDDED_FROM, re.M | re.I)


def domain_of(address: str | None) -> str | None:
    if not address or "@" not in address:
        return None
    return address.rsplit("@", 1)[1].strip().strip(">").lower() or None


def sender_address(letter: Letter) -> str | None:
    email = letter.parsed.email
    return email.from_addr if email and email.from_addr else None


def is_internal(letter: Letter) -> bool:
    """Sent from the platform's own domain: a colleague writing to the team."""
    dom = domain_of(sender_address(letter))
    return bool(dom and letter.profile.is_own_domain(dom))


def segments(letter: Letter) -> tuple[Segment, ...]:
    """The document cut where an earlier message starts (forwarded, inline or quoted)."""
    text = letter.text
    marker, from_line = _embedded()
    cuts = {0, letter.body_end}
    cuts.update(m.start() for m in marker.finditer(text))
    cuts.update(m.start() for m in WROTE.finditer(text))
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    bounds.append(len(text))
    out: list[Segment] = []
    for i, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)):
        if b <= a:
            continue
        if i == 0:
            author = sender_address(letter)
        else:
            head = text[a : min(b, a + 600)]
            m = from_line.search(head) or WROTE.match(head)
            found = EMAIL.search(m.group(0)) if m else None
            author = found.group(0) if found else None
        out.append(Segment(a, b, author, own=(a == 0), quoted=a >= letter.body_end and letter.body_end < len(text)))
    return tuple(out)


def own_ranges(letter: Letter) -> tuple[tuple[int, int], ...]:
    """Spans of `letter.text` that speak for the sender.

    The new message always; an embedded earlier message unless the platform wrote it; quoted
    messages only in a colleague's escalation (the complaint they pass on).
    """
    internal = is_internal(letter)
    out: list[tuple[int, int]] = []
    for seg in segments(letter):
        dom = domain_of(seg.author)
        by_platform = bool(dom and letter.profile.is_own_domain(dom))
        if seg.own or (not by_platform and (not seg.quoted or internal)):
            out.append((seg.start, seg.end))
    return tuple(out)


def platform_ranges(letter: Letter) -> tuple[tuple[int, int], ...]:
    """Spans of earlier messages the platform itself wrote, quoted or forwarded below the new
    message: what it told the writer (their review removed, a report declined)."""
    if is_internal(letter):
        return ()  # a colleague's own earlier messages are no notice to a user
    out: list[tuple[int, int]] = []
    for seg in segments(letter):
        dom = domain_of(seg.author)
        if not seg.own and dom and letter.profile.is_own_domain(dom):
            out.append((seg.start, seg.end))
    return tuple(out)


def sender_lines(letter: Letter) -> tuple[tuple[int, int], ...]:
    """Short lines at the head and foot of the new message: letterhead, subject, signature."""
    first = segments(letter)[0] if letter.text else None
    if first is None:
        return ()
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", letter.text[: first.end])]
    lines = [(a, b) for a, b in lines if letter.text[a:b].strip()]
    picked = lines[:SENDER_HEAD_LINES] + lines[-SENDER_TAIL_LINES:]
    not_sender = re.compile(NOT_SENDER_LINE)
    seen: set[tuple[int, int]] = set()
    out: list[tuple[int, int]] = []
    for a, b in picked:
        line = letter.text[a:b].strip()
        if (a, b) in seen or len(line) > SENDER_LINE_MAX or len(line.split()) > SENDER_LINE_MAX_WORDS:
            continue
        if not_sender.search(line):
            continue
        seen.add((a, b))
        out.append((a, b))
    return tuple(sorted(out))


def addresses_in(text: str, ranges: tuple[tuple[int, int], ...]) -> tuple[tuple[str, int, int], ...]:
    """Email addresses found inside `ranges` of `text`, with their spans."""
    out: list[tuple[str, int, int]] = []
    for a, b in ranges:
        for m in EMAIL.finditer(text, a, b):
            out.append((m.group(0), m.start(), m.end()))
    return tuple(out)
