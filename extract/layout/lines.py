"""Lines and regions of a letter's text, each with its span, for the extractors that read layout
(letterhead, reference block, signature) rather than running prose."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lexicon
from extract.layout.letter import Letter
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


def _reply_line(h: lexicon.ReplyHeader) -> str:
    """ "On <date>, <name> wrote:" / "Am <date> schrieb <name>:" """
    tail = r" .{0,200}:" if h.writer_after else r" ?:"
    return rf"(?:{h.opener}) .{{5,200}}(?:{h.verb}){tail}"


# Where an email's own message stops and a forwarded or earlier message begins: a marker line, a
# forwarding client's intro, an "On … wrote:" line, or a quoted header block (From: then Sent:).
FORWARD_MARKERS = re.compile(
    r"^[ \t>]*(?:-{2,}\s*(?:"
    + "|".join(lexicon.terms("forwarded_markers") + lexicon.terms("original_markers"))
    + r")\s*-*"
    + "".join(rf"|{intro} ?:" for intro in lexicon.terms("forward_intros"))
    + "".join("|" + _reply_line(h) for h in lexicon.reply_headers())
    + rf"|{lexicon.alternation('header_from')}\s*:\s*.{{0,120}}\n[ \t>]*{lexicon.alternation('header_sent')}\s*:)",
    re.I | re.M,
)
# Where a letter's greeting starts ("Dear …", "Sehr geehrte …", "Madame, …", "Kære …").
SALUTATION = re.compile(rf"^\s*{lexicon.alternation('salutations')}\b", re.I | re.M)
# The whole line of the greeting.
SALUTATION_LINE = re.compile(rf"^[ \t]*{lexicon.alternation('salutations')}\b[^\n]*$", re.I | re.M)


def own_end(letter: Letter) -> int:
    """Where the sender's own words end: the body, cut before any forwarded or earlier message."""
    body_end = letter.body_end
    m = FORWARD_MARKERS.search(letter.text, 0, body_end)
    return m.start() if m else body_end


def forwarded_start(letter: Letter) -> int | None:
    m = FORWARD_MARKERS.search(letter.text, 0, letter.body_end)
    return m.start() if m else None
