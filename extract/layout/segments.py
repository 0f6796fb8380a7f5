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

import lexicon
from extract.layout.letter import Letter
from lexicon.patterns import EMAIL_LOOSE

# "On … wrote:" on a line of its own, in any language a mail client writes it.
WROTE = re.compile(
    rf"^(?:{'|'.join(h.opener for h in lexicon.reply_headers())})\b.{{5,200}}"
    rf"(?:{'|'.join(h.verb for h in lexicon.reply_headers())})\s*:\s*$",
    re.M,
)
# Where an earlier message starts inside a document's own text (forwarded or inline-quoted).
EMBEDDED_MESSAGE = re.compile(
    r"^-{2,}\s*(?:" + "|".join(lexicon.terms("forwarded_markers") + lexicon.terms("original_markers"))
    + r")\s*-{2,}\s*$",
    re.M | re.I,
)
EMBEDDED_FROM = re.compile(rf"^{lexicon.alternation('header_from')}\s*:\s*(?P<from>.+)$", re.M | re.I)

# Letterhead and signature lines are where a sender shows who they are: the first and last lines
# of the new message, when short (a sentence mentioning a body, "I will complain to the ICO", is not).
SENDER_HEAD_LINES = 16
SENDER_TAIL_LINES = 20
SENDER_LINE_MAX = 90
SENDER_LINE_MAX_WORDS = 12
WRAPPED_LINE = 60  # a line this long, run on into the next, is prose wrapped by the layout
# Lines that name others, not the sender: copies sent to a regulator, a sentence of the body.
NOT_SENDER_LINE = re.compile(
    r"^\s*(?i:c\.?c\.?|bcc|copy(?: sent)? to|Kopie(?: an)?|Copie(?: à)?|Kopi(?: til)?)\b|"
    r"\b[a-zäöüßéèêàçæøå]{2,}[.!?]\s*$|[?!]\s*$"
)


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    author: str | None  # the address that wrote this part, where shown
    own: bool  # the document's own new message (the first segment)
    quoted: bool  # below the new message (Letter.quoted)


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
    marker, from_line = EMBEDDED_MESSAGE, EMBEDDED_FROM
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
            found = EMAIL_LOOSE.search(m.group(0)) if m else None
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


def _wrapped_tail(text: str, start: int, line: str) -> bool:
    """Whether a line ending a sentence is the last of a paragraph wrapped onto it: its last word is
    a lower-case one ("… should ring the police."), or the line right above it (no blank line
    between) is a long line of prose."""
    bare = line.rstrip("\"'”’»“")
    if not bare.endswith((".", "!", "?")):
        return False
    if re.search(r"(?:^|\s)[^\W\d_A-ZÀ-Þ][^\W\d_]*[.!?]$", bare):
        return True
    above_end = text.rfind("\n", 0, start)
    if above_end <= 0:
        return False
    above = text[text.rfind("\n", 0, above_end) + 1 : above_end]
    return len(above.strip()) > WRAPPED_LINE


def sender_lines(letter: Letter) -> tuple[tuple[int, int], ...]:
    """Short lines at the head and foot of the new message: letterhead, subject, signature."""
    first = segments(letter)[0] if letter.text else None
    if first is None:
        return ()
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", letter.text[: first.end])]
    lines = [(a, b) for a, b in lines if letter.text[a:b].strip()]
    picked = lines[:SENDER_HEAD_LINES] + lines[-SENDER_TAIL_LINES:]
    not_sender = NOT_SENDER_LINE
    seen: set[tuple[int, int]] = set()
    out: list[tuple[int, int]] = []
    for a, b in picked:
        line = letter.text[a:b].strip()
        if (a, b) in seen or len(line) > SENDER_LINE_MAX or len(line.split()) > SENDER_LINE_MAX_WORDS:
            continue
        if _wrapped_tail(letter.text, a, line):
            continue  # "… has reported it to the County Police.": a paragraph's last line, not a signature
        if not_sender.search(line):
            continue
        seen.add((a, b))
        out.append((a, b))
    return tuple(sorted(out))


def addresses_in(text: str, ranges: tuple[tuple[int, int], ...]) -> tuple[tuple[str, int, int], ...]:
    """Email addresses found inside `ranges` of `text`, with their spans."""
    out: list[tuple[str, int, int]] = []
    for a, b in ranges:
        for m in EMAIL_LOOSE.finditer(text, a, b):
            out.append((m.group(0), m.start(), m.end()))
    return tuple(out)
