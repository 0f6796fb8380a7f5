"""Platform URLs in a letter's text, as written, with URLs broken across lines put back together.

What is a platform URL is the profile's business (`content_url`, `profile_url`); this module only
knows how URLs are written and how text breaks them: a PDF or an email wraps a long URL at the
end of a line ("…/re" + "views/65f0…", "…?" + "utm_source=…"), OCR puts a space inside an id
("…f66a09 1f2"), letters wrap URLs in angle brackets or quotes and end sentences with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.profile import PlatformProfile
from lexicon.patterns import EMAIL_LOOSE

# Where a URL may start: a scheme, "www.", or (built per profile) a platform host written bare.
_SCHEME = re.compile(r"(?i)(?<![\w@/.-])(?:https?://|www\.)")
# A URL token runs to whitespace or a character that never sits inside a URL as written in a letter.
_TOKEN = re.compile(r"[^\s<>\"“”„«»‘’'`|\[\]{}\\]+")
_TRAILING = ".,;:!?)]}>*'\"“”»’"
# A line break inside a URL: the rest of the line is empty, an email quote prefix may follow.
_LINE_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*(?:>[ \t>]*)?")
# Characters that end a wrapped line or start its continuation only when the URL goes on.
_CONT_END = "?&=/#%-_.\u00ad\ufffe"
_CONT_START = "?&=#/%."
# A piece that can only be part of a URL (a word of the letter has none of these).
_URLISH = re.compile(r"[0-9./?=&#_%-]")
_SOFT_HYPHENS = "\u00ad\ufffe"
_ONE_SPACE = re.compile(r" (?=\S)")


@dataclass(frozen=True)
class UrlHit:
    """A platform URL: `value` as written (pieces of a broken URL joined), `start`/`end` its span."""

    value: str
    start: int
    end: int
    kind: str  # "content" | "profile"
    content_id: str | None = None
    joined: bool = False  # put back together from pieces split by a line break or OCR space


@dataclass(frozen=True)
class _Match:
    kind: str
    end: int  # end of the regex match in the (unprefixed) candidate
    content_id: str | None


def _strip_trailing(token: str) -> str:
    """Drop sentence punctuation after a URL; keep a closing bracket that closes one in the URL."""
    while token and token[-1] in _TRAILING:
        if token[-1] == ")" and token.count("(") >= token.count(")"):
            break
        token = token[:-1]
    return token


def _normalised(candidate: str) -> tuple[str, int]:
    """The candidate with a scheme (for a bare host) and a lower-case scheme and host, so the
    profile's patterns (written for `https://host/…`) match; returns it and the prefix length."""
    prefix = "" if re.match(r"(?i)https?://", candidate) else "https://"
    s = prefix + candidate
    m = re.match(r"(?i)(https?://[^/?#]*)", s)
    if m:
        s = m.group(1).lower() + s[m.end() :]
    return s, len(prefix)


def match_platform(candidate: str, profile: PlatformProfile) -> _Match | None:
    """Does `candidate` (a whole URL token) start with a platform content or profile URL?

    The match must end at a boundary: the end of the token or a character that starts a new part
    of a URL ("/", "?", "#", "&") - so an over-long id is no match, not a truncated one.
    """
    s, plen = _normalised(candidate)
    for kind, pattern in (("content", profile.content_url), ("profile", profile.profile_url)):
        if pattern is None:
            continue
        m = pattern.match(s)
        if not m or m.end() <= plen:
            continue
        rest = s[m.end() :]
        if rest and rest[0] not in "/?#&":
            continue
        cid = None
        if kind == "content" and "id" in pattern.groupindex:
            cid = m.group("id")
        return _Match(kind, m.end() - plen, cid)
    return None


def _start_pattern(profile: PlatformProfile) -> re.Pattern[str]:
    """URL starts: a scheme or "www.", or a platform host written without either."""
    hosts = "|".join(re.escape(d) for d in profile.domains)
    if not hosts:
        return _SCHEME
    return re.compile(
        rf"(?i)(?<![\w@/.-])(?:https?://|www\.|(?:[\w-]+\.)*(?:{hosts})/)"
    )


def _next_piece(text: str, end: int, joins: int) -> tuple[str, str, int, str] | None:
    """The piece of text that may continue a URL ending at `end`: (piece, as written with its
    trailing punctuation, end of piece, separator). The separator is "space", "newline", or
    "line" when the piece is all its line holds (a wrapped URL's rest stands alone)."""
    if joins >= 3:
        return None
    m = _LINE_BREAK.match(text, end)
    sep = "newline"
    if not m or "\n" not in m.group(0):
        m = _ONE_SPACE.match(text, end)
        sep = "space"
        if not m:
            return None
    t = _TOKEN.match(text, m.end())
    if not t:
        return None
    piece = _strip_trailing(t.group(0))
    if not piece:
        return None
    if sep == "newline" and text[t.end() : t.end() + 1] in ("", "\n", "\r"):
        sep = "line"
    return piece, t.group(0), t.start() + len(piece), sep


def _should_join(current: str, piece: str, joined: str, sep: str, profile: PlatformProfile) -> bool:
    """Is `piece` the rest of the URL `current`, cut by a line break (or an OCR space)?"""
    if match_platform(joined, profile) is None:
        return False
    cut_inside = current[-1] in _CONT_END or piece[0] in _CONT_START
    if not cut_inside and not _URLISH.search(piece):
        return False  # a word of the letter after a complete URL
    cur = match_platform(current, profile)
    if sep == "space":
        # OCR splits an id with a space; a space is otherwise the end of a URL in running text.
        return cur is None and re.fullmatch(r"[0-9A-Za-z]{1,23}", piece) is not None and any(
            c.isdigit() for c in piece
        )
    if cur is None:
        return True
    if cut_inside:
        return True
    # A query cut inside a key ("?utm_sou" + "rce=x") has a last part without "=".
    if "?" in current:
        last = re.split(r"[?&]", current)[-1]
        if "=" not in last and "=" in piece:
            return True
    # A line holding nothing but the rest of a query ("notif" + "ication&utm_campaign=x") or of a
    # path ("…/revi" + "ews/65f0…"): a word of the letter never has that shape, a new URL starts
    # with its scheme or host.
    return sep == "line" and _continues(current, piece)


_QUERY_REST = re.compile(r"[\w.~%+-]*(?:&[\w.~%+-]+(?:=[\w.~%+-]*)?)+&?")
_PATH_REST = re.compile(r"[\w~%+-][\w.~%+-]*(?:/[\w.~%+-]*)+(?:[?#]\S*)?|[\w~%+-][\w.~%+-]*[?#]\S+")
_NEW_URL = re.compile(r"(?i)(?:[a-z][\w+.-]*:|www\.|(?:[\w-]+\.)+[a-z]{2,}/)")


def _continues(current: str, piece: str) -> bool:
    if _NEW_URL.match(piece):
        return False
    if "?" in current:
        return _QUERY_REST.fullmatch(piece) is not None
    return "#" not in current and _PATH_REST.fullmatch(piece) is not None


def find_platform_urls(text: str, profile: PlatformProfile) -> list[UrlHit]:
    """Every platform URL in `text` (duplicates kept; the caller decides what counts)."""
    hits: list[UrlHit] = []
    pos = 0
    starts = _start_pattern(profile)
    while True:
        s = starts.search(text, pos)
        if not s:
            break
        t = _TOKEN.match(text, s.start())
        if not t:
            pos = s.end()
            continue
        raw = t.group(0)
        current = _strip_trailing(raw)
        start, end = s.start(), s.start() + len(current)
        joined_any = False
        joins = 0
        # A URL cut after "?" or "&" ends its line with what reads as punctuation: keep it for the join.
        cut, cut_end = (raw, s.start() + len(raw)) if raw != current and raw[-1] in "?&=#/" else (current, end)
        while nxt := _next_piece(text, cut_end, joins):
            piece, piece_raw, pend, sep = nxt
            base = cut.rstrip(_SOFT_HYPHENS)
            options = [base + piece]
            if base.endswith("-"):
                options.append(base[:-1] + piece)  # a hyphen added by the line break
            chosen = next((o for o in options if _should_join(base, piece, o, sep, profile)), None)
            if chosen is None:
                break
            current, end, joined_any, joins = chosen, pend, True, joins + 1
            cut, cut_end = current, end
            if piece_raw != piece and piece_raw[-1] in "?&=#/":
                cut, cut_end = current + piece_raw[len(piece) :], end + len(piece_raw) - len(piece)
        current = current.rstrip(_SOFT_HYPHENS)
        m = match_platform(current, profile)
        if m is not None:
            hits.append(UrlHit(current, start, end, m.kind, m.content_id, joined_any))
        pos = max(end, s.end())
    return hits


_ANY_URL = re.compile(r"(?i)(?<![\w@/.-])(?:https?://|www\.)[^\s<>\"“”«»]+")
_BARE_HOST_PATH = re.compile(r"(?i)(?<![\w@/.-])(?:[a-z0-9-]+\.)+[a-z]{2,}/[^\s<>\"“”«»]*")
_MESSAGE_ID = re.compile(r"<[^<>\s]+@[^<>\s]+>")


def foreign_spans(text: str) -> list[tuple[int, int]]:
    """Spans where an id-looking string is not a cited id: URLs (a content URL gives its id from
    the profile's pattern; in any other URL, the platform's included, a hex string is a user's,
    a business's or a tracker's), email addresses and Message-IDs."""
    spans: list[tuple[int, int]] = []
    for pattern in (_ANY_URL, _BARE_HOST_PATH, EMAIL_LOOSE, _MESSAGE_ID):
        spans.extend(m.span() for m in pattern.finditer(text))
    return spans


def url_key(url: str) -> str:
    """How two spellings of one URL compare: scheme and host case, a trailing slash ignored."""
    s, _ = _normalised(url)
    return re.sub(r"^https?://", "", s).rstrip("/")
