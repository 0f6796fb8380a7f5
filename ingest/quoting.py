"""Split an email body into the new message and the earlier messages quoted below it.

A forwarded message is different from a quoted one: the sender is passing it on, so it is part of
what this email says and stays in the new message (an escalation forwards the customer's complaint).
"""

from __future__ import annotations

import re

import lexicon

# "On <date>, <name> wrote:" in the languages of the desk (and Gmail/Apple/Outlook variants).
_REPLIES = lexicon.reply_headers()
ATTRIBUTION_START = re.compile(r"^\s*(" + "|".join(h.opener for h in _REPLIES) + r")\b", re.I)
# English and French put the verb last; German and Danish put the writer after it ("schrieb X <x>:").
ATTRIBUTION_END = re.compile(
    r"(\b(" + "|".join(h.verb for h in _REPLIES if not h.writer_after) + r")\s*:?|\b("
    + "|".join(h.verb for h in _REPLIES if h.writer_after) + r")\b.{0,200}:)\s*$",
    re.I,
)
ORIGINAL_MESSAGE = re.compile(
    r"^\s*-{2,}\s*(" + "|".join(lexicon.terms("original_markers")) + r")\s*-{2,}\s*$", re.I
)
FORWARD_MARKER = re.compile(
    r"^\s*(-{2,}\s*(" + "|".join(lexicon.terms("forwarded_markers")) + r")\s*-{2,}|"
    r"(" + "|".join(lexicon.terms("forward_intros")) + r")\s*:?)\s*$",
    re.I,
)
HEADER_FROM = re.compile(r"^\s*\*?(" + "|".join(lexicon.terms("header_from")) + r")\*?\s*:\s*\S", re.I)
HEADER_SENT = re.compile(r"^\s*\*?(" + "|".join(lexicon.terms("header_sent")) + r")\*?\s*:", re.I)
HEADER_OTHER = re.compile(
    r"^\s*\*?(" + "|".join(lexicon.terms("header_to") + lexicon.terms("header_subject")) + r")\*?\s*:", re.I
)
SEPARATOR = re.compile(r"^\s*(_{10,}|-{10,})\s*$")
FORWARD_SUBJECT = re.compile(r"^\s*(fwd?|fw|wg|tr|vs|doorst|i)\s*:", re.I)


def is_forward_subject(subject: str | None) -> bool:
    return bool(subject and FORWARD_SUBJECT.match(subject))


def split_quoted(body: str, *, forwarded: bool = False) -> tuple[str, str]:
    """(new message, quoted earlier messages). `forwarded`: the email's subject says it forwards,
    so an unmarked Outlook header block (Outlook forwards without a "Forwarded" line) is forwarded
    content, not a quote."""
    lines = body.split("\n")
    start = _quote_start(lines, forwarded)
    if start is None:
        return body.strip("\n"), ""
    new = "\n".join(lines[:start]).rstrip()
    quoted = "\n".join(lines[start:]).strip("\n")
    return new, quoted


def _quote_start(lines: list[str], forwarded: bool) -> int | None:
    forward_pending = forwarded
    i = 0
    n = len(lines)
    # Suffix counts of non-blank and `>` lines, so each candidate `>` line is checked in O(1).
    nonblank = [0] * (n + 1)
    quoted = [0] * (n + 1)
    for k in range(n - 1, -1, -1):
        stripped = lines[k].strip()
        nonblank[k] = nonblank[k + 1] + (1 if stripped else 0)
        quoted[k] = quoted[k + 1] + (1 if stripped.startswith(">") else 0)
    while i < n:
        line = lines[i]
        if FORWARD_MARKER.match(line):
            # The header block of the forwarded message follows; skip it, it is content.
            i = _skip_header_block(lines, i + 1)
            forward_pending = False
            continue
        header_end = _header_block_end(lines, i)
        if ORIGINAL_MESSAGE.match(line) or header_end is not None:
            if forward_pending:
                forward_pending = False
                i = header_end if header_end is not None else _skip_header_block(lines, i + 1)
                continue
            return _with_separator(lines, i)
        if ATTRIBUTION_START.match(line) and _attribution_ends(lines, i):
            return i
        if line.lstrip().startswith(">") and quoted[i] >= 0.8 * nonblank[i]:
            return i
        i += 1
    return None


def _attribution_ends(lines: list[str], i: int) -> bool:
    """An "On ... wrote:" line, possibly wrapped over up to three lines, followed by quoted text."""
    joined = ""
    for j in range(i, min(i + 3, len(lines))):
        if j > i and not lines[j].strip():
            return False
        joined = f"{joined} {lines[j].strip()}".strip()
        if len(joined) > 400:
            return False
        if ATTRIBUTION_END.search(joined):
            return True
    return False


def _header_block_end(lines: list[str], i: int) -> int | None:
    """Index after an Outlook-style `From: / Sent: / To: / Subject:` block starting at line i."""
    if not HEADER_FROM.match(lines[i]):
        return None
    seen_sent = seen_other = False
    j = i + 1
    while j < len(lines) and j <= i + 8:
        line = lines[j]
        if HEADER_SENT.match(line):
            seen_sent = True
        elif HEADER_OTHER.match(line):
            seen_other = True
        elif not line.strip() or not line.startswith((" ", "\t")):
            break
        j += 1
    return j if seen_sent and seen_other else None


def _skip_header_block(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i].strip():
        i += 1
    end = _header_block_end(lines, i) if i < len(lines) else None
    return end if end is not None else i


def _with_separator(lines: list[str], i: int) -> int:
    """Take a `____` rule or blank lines right above the quote along with it."""
    j = i - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    if j >= 0 and SEPARATOR.match(lines[j]):
        return j
    return i

