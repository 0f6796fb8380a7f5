"""Lines and regions of a letter's text, each with its span, for the extractors that read layout
(letterhead, reference block, signature) rather than running prose."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.letter import Letter
from extract.models import Evidence


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str  # stripped of surrounding whitespace; start/end cover exactly this text

    @property
    def blank(self) -> bool:
        return not self.text


def lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of text[start:end], each stripped, with spans into `text`."""
    end = len(text) if end is None else end
    out: list[Line] = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        raw = text[pos:stop]
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        out.append(Line(pos + lead, pos + lead + len(body), body))
        if nl < 0:
            break
        pos = nl + 1
    return out


def fields(line: Line) -> list[Line]:
    """A line cut into its fields where a form puts several on one line ("Ref: X    Date: Y",
    "Name | Title")."""
    out: list[Line] = []
    pos = 0
    for piece in re.split(r"(\s{3,}|\t+|\s+\|\s+|\s+·\s+)", line.text):
        if piece and not re.fullmatch(r"\s{3,}|\t+|\s+\|\s+|\s+·\s+", piece):
            stripped = piece.strip()
            off = line.start + pos + (len(piece) - len(piece.lstrip()))
            if stripped:
                out.append(Line(off, off + len(stripped), stripped))
        pos += len(piece)
    return out


def evidence(text: str, start: int, end: int, source: str = "text") -> Evidence:
    return Evidence(start=start, end=end, snippet=text[start:end], source=source)


# Where an email's own message stops and a forwarded or earlier message begins.
FORWARD_MARKERS = re.compile(
    r"^[ \t>]*(?:-{2,}\s*(?:Forwarded message|Original Message|Weitergeleitete Nachricht|Ursprüngliche Nachricht|"
    r"Message transféré|Message d'origine|Videresendt meddelelse|Oprindelig meddelelse|Videresendt besked)\s*-*"
    r"|Begin forwarded message:|Anfang der weitergeleiteten Nachricht:|Début du message (?:ré)?expédié ?:"
    r"|On .{5,200}wrote:|Am .{5,200}schrieb .{0,200}:|Le .{5,200}a écrit ?:|Den .{5,200}skrev .{0,200}:"
    r"|(?:From|Von|De|Fra)\s*:\s*.{0,120}\n[ \t>]*(?:Sent|Date|Gesendet|Datum|Envoyé|Sendt|Dato)\s*:)",
    re.I | re.M,
)


def own_end(letter: Letter) -> int:
    """Where the sender's own words end: the body, cut before any forwarded or earlier message."""
    body_end = letter.body_end
    m = FORWARD_MARKERS.search(letter.text, 0, body_end)
    return m.start() if m else body_end


def forwarded_start(letter: Letter) -> int | None:
    m = FORWARD_MARKERS.search(letter.text, 0, letter.body_end)
    return m.start() if m else None
