"""EML through the standard library (`policy.default`): headers, body, quotes, attachments."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime

from ingest.child import ChildParser
from ingest.errors import IngestError
from ingest.limits import IngestLimits
from ingest.models import EmailHeaders, ParsedDocument
from ingest.quoting import is_forward_subject, split_quoted
from ingest.text import decode, html_to_text, tidy

MESSAGE_ID = re.compile(r"<[^<>\s]+>")

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class EmailContent:
    """What an email says, before it becomes a ParsedDocument (shared with the MSG reader)."""

    text: str
    quoted: str
    headers: EmailHeaders
    attachments: tuple[ParsedDocument, ...] = ()
    metadata: tuple[tuple[str, str], ...] = ()


def parse_eml(data: bytes, *, depth: int, limits: IngestLimits, parse_child: ChildParser) -> EmailContent:
    msg = message_from_bytes(data, policy=policy.default)
    if not isinstance(msg, EmailMessage):  # policy.default always gives EmailMessage; keeps mypy honest
        raise IngestError("not an email message")
    headers = read_headers(msg)
    plain, html, attached = _collect_parts(msg, limits)
    body = _body_text(plain, html)
    new, quoted = split_quoted(body, forwarded=is_forward_subject(headers.subject))
    children = tuple(
        parse_child(payload, name, depth + 1) for name, payload in attached[: limits.max_attachments]
    )
    metadata: list[tuple[str, str]] = []
    if len(attached) > limits.max_attachments:
        metadata.append(("attachments_skipped", str(len(attached) - limits.max_attachments)))
    if not body.strip() and not children:
        raise IngestError("email has no body text and no attachments")
    return EmailContent(new, quoted, headers, children, tuple(metadata))


def read_headers(msg: Message) -> EmailHeaders:
    from_name, from_addr = _first_address(_header(msg, "From") or _header(msg, "Sender"))
    date = _date(_header(msg, "Date"))
    return EmailHeaders(
        from_name=from_name,
        from_addr=from_addr,
        to=_addresses(msg, "To"),
        cc=_addresses(msg, "Cc"),
        date=date,
        subject=_header(msg, "Subject"),
        message_id=next(iter(_message_ids(_header(msg, "Message-ID"))), None),
        in_reply_to=next(iter(_message_ids(_header(msg, "In-Reply-To"))), None),
        references=_message_ids(_header(msg, "References")),
    )


def _header(msg: Message, name: str) -> str | None:
    try:
        value = msg.get(name)
    except Exception:  # a malformed header must not cost the whole email
        logger.debug("email: malformed %s header, taking its raw value", name, exc_info=True)
        raw = msg.get_all(name, failobj=None) if hasattr(msg, "get_all") else None
        value = raw[0] if raw else None
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _first_address(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    for name, addr in getaddresses([value]):
        name, addr = name.strip(), addr.strip()
        if "@" in addr:
            return name or None, addr
        if name:
            return name, None
    return None, None


def _addresses(msg: Message, name: str) -> tuple[str, ...]:
    values = []
    try:
        values = [str(v) for v in msg.get_all(name, failobj=[])]
    except Exception:
        logger.debug("email: malformed %s addresses skipped", name, exc_info=True)
        return ()
    return tuple(addr.strip() for _, addr in getaddresses(values) if "@" in addr)


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def _message_ids(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    found = MESSAGE_ID.findall(value)
    if found:
        return tuple(found)
    token = value.strip()
    return (token,) if token and " " not in token else ()


def _collect_parts(
    msg: EmailMessage, limits: IngestLimits
) -> tuple[list[str], list[str], list[tuple[str | None, bytes]]]:
    """Inline text/plain bodies, inline text/html bodies, and (filename, bytes) of attachments."""
    plain: list[str] = []
    html: list[str] = []
    attached: list[tuple[str | None, bytes]] = []
    # Iterative walk that does not descend into message/rfc822 parts: those are attachments.
    stack: list[tuple[Message, int]] = [(msg, 0)]
    while stack:
        part, level = stack.pop()
        ctype = part.get_content_type()
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            if level > 50:
                raise IngestError("email MIME structure nested too deeply")
            subparts = part.get_payload()
            if isinstance(subparts, list):
                stack.extend((p, level + 1) for p in reversed(subparts) if isinstance(p, Message))
            continue
        disposition = (part.get_content_disposition() or "").lower()
        filename = _filename(part)
        if ctype == "message/rfc822" or (part.is_multipart() and part.get_content_maintype() == "message"):
            attached.append((filename or _embedded_name(part), _embedded_bytes(part)))
            continue
        is_attachment = disposition == "attachment" or (filename is not None and disposition != "inline")
        if ctype in ("text/plain", "text/html") and not is_attachment:
            text = _part_text(part)
            (plain if ctype == "text/plain" else html).append(text)
            continue
        if _is_inline_decoration(part, disposition, filename):
            continue
        payload = part.get_payload(decode=True)
        attached.append((filename, payload if isinstance(payload, bytes) else b""))
    return plain, html, attached


def _body_text(plain: list[str], html: list[str]) -> str:
    plain_text = tidy("\n\n".join(t for t in plain if t.strip()))
    if plain_text.strip():
        return plain_text
    return tidy("\n\n".join(html_to_text(t) for t in html if t.strip()))


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    return decode(payload, part.get_content_charset())


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:
        logger.debug("email: attachment name unreadable", exc_info=True)
        return None
    return " ".join(name.split()) if name else None


def _is_inline_decoration(part: Message, disposition: str, filename: str | None) -> bool:
    """Signature logos and inline pictures of an HTML body: not documents someone sent us."""
    if part.get_content_maintype() != "image":
        return False
    return disposition == "inline" or (disposition != "attachment" and part.get("Content-ID") is not None)


def _embedded_bytes(part: Message) -> bytes:
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else payload
    if isinstance(inner, Message):
        try:
            return inner.as_bytes(policy=policy.default.clone(max_line_length=0))
        except Exception:  # a header the generator cannot re-fold: fall back to the compat32 writer
            logger.debug("email: embedded message could not be re-folded, written with compat32", exc_info=True)
            return inner.as_bytes(policy=policy.compat32)
    raw = part.get_payload(decode=True)
    return raw if isinstance(raw, bytes) else b""


def _embedded_name(part: Message) -> str:
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    subject = _header(inner, "Subject") if isinstance(inner, Message) else None
    return f"{subject or 'attached message'}.eml"
