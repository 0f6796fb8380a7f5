"""What the rules look at in a message: its addresses, subject, body text, attachment names and
headers, read from the raw bytes with the standard library.

Reading never raises: a malformed message gives what could be read (and its defects), so the
rules still run and the filing pipeline decides whether the message itself can be filed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parseaddr

log = logging.getLogger(__name__)

BODY_LIMIT = 200_000  # characters the body conditions look at: enough for any letter, bounded for a hostile one
TAG = re.compile(r"<[^>]*>")
SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
# Headers saying where a message was delivered: a shared mailbox's aliases show up here, not in To.
DELIVERY = ("to", "cc", "delivered-to", "x-original-to", "envelope-to")


@dataclass(frozen=True)
class Facts:
    message_id: str | None = None
    from_addr: str = ""  # lower case; "" when there is none
    from_name: str = ""
    to: tuple[str, ...] = ()  # every address it was sent or delivered to, lower case
    subject: str = ""
    body: str = ""
    attachments: tuple[str, ...] = ()  # file names
    headers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # lower-case name -> values
    content_type: str = ""
    defects: tuple[str, ...] = ()

    def header(self, name: str) -> tuple[str, ...]:
        return self.headers.get(name.lower(), ())


def read(data: bytes) -> Facts:
    """The facts of one raw message (RFC 5322 bytes); as much as can be read of a broken one."""
    try:
        # compat32 keeps every header as written: a malformed one cannot make a later read raise
        msg = message_from_bytes(data, policy=policy.compat32)
        return _facts(msg)
    except Exception as e:  # noqa: BLE001 - a message that breaks the parser is still a message to report
        log.warning("message unreadable for the rules: %s: %s", type(e).__name__, e)
        return Facts(defects=(f"{type(e).__name__}: {e}",))


def _facts(msg: Message) -> Facts:
    headers: dict[str, list[str]] = {}
    for name, value in msg.items():
        headers.setdefault(name.lower(), []).append(header_text(value))
    name, addr = parseaddr(_first(headers, "from"))
    to = tuple(dict.fromkeys(a.lower() for _, a in getaddresses([v for h in DELIVERY for v in headers.get(h, [])])
                             if "@" in a))
    mid = _first(headers, "message-id").strip() or None
    defects = [type(d).__name__ for d in msg.defects]
    plain: list[str] = []
    html: list[str] = []
    names: list[str] = []
    for part in _parts(msg):
        defects += [type(d).__name__ for d in part.defects]
        filename = _filename(part)
        if filename:
            names.append(filename)
        elif part.get_content_type() == "text/plain":
            plain.append(_payload(part))
        elif part.get_content_type() == "text/html":
            html.append(_payload(part))
    body = "\n".join(plain) if any(p.strip() for p in plain) else _html_text("\n".join(html))
    return Facts(
        message_id=mid, from_addr=addr.lower(), from_name=name, to=to, subject=_first(headers, "subject"),
        body=body[:BODY_LIMIT], attachments=tuple(names),
        headers={k: tuple(v) for k, v in headers.items()}, content_type=msg.get_content_type(),
        defects=tuple(dict.fromkeys(defects)),
    )


def _parts(msg: Message) -> Iterator[Message]:
    if not msg.is_multipart():
        yield msg
        return
    for part in msg.walk():
        if not part.is_multipart():
            yield part


def _first(headers: Mapping[str, list[str]], name: str) -> str:
    values = headers.get(name)
    return values[0] if values else ""


def header_text(value: object) -> str:
    """A header as text: encoded words (=?utf-8?...?=) decoded, folding undone."""
    raw = str(value)
    with suppress(ValueError, LookupError, UnicodeError):  # an encoded word that does not decode: kept as written
        raw = str(make_header(decode_header(raw)))
    return " ".join(raw.split())


def _filename(part: Message) -> str | None:
    name = part.get_filename()
    if name:
        return header_text(name)
    if part.get_content_maintype() not in ("text", "multipart"):
        return part.get_content_type()  # a nameless attachment is still an attachment
    return None


def _payload(part: Message) -> str:
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, errors="replace")
    except LookupError:  # a charset Python does not know
        return data.decode("utf-8", errors="replace")


def _html_text(html: str) -> str:
    return " ".join(TAG.sub(" ", SCRIPT.sub(" ", html)).split())
