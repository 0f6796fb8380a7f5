"""Outlook .msg through extract-msg: the same content as an EML (headers, body, quotes, attachments)."""

from __future__ import annotations

import contextlib
import logging
from email.utils import getaddresses
from typing import Any

from ingest.child import ChildParser
from ingest.email_eml import EmailContent, read_headers
from ingest.errors import IngestError
from ingest.limits import IngestLimits
from ingest.models import EmailHeaders, ParsedDocument
from ingest.quoting import is_forward_subject, split_quoted
from ingest.text import decode, html_to_text, tidy

# SMTP address properties, in order of trust: Exchange senders carry an X.500 DN in 0C1F.
SENDER_ADDRESS_STREAMS = ("__substg1.0_5D01", "__substg1.0_0C1F", "__substg1.0_5D02", "__substg1.0_0065")

logger = logging.getLogger(__name__)


def parse_msg(data: bytes, *, depth: int, limits: IngestLimits, parse_child: ChildParser) -> EmailContent:
    import extract_msg
    from extract_msg.exceptions import ExMsgBaseException

    try:
        msg = extract_msg.openMsg(data, delayAttachments=False)
    except ExMsgBaseException as exc:
        raise IngestError(f"unreadable Outlook message: {exc}") from exc
    except (OSError, ValueError) as exc:
        raise IngestError(f"corrupt Outlook message: {exc}") from exc
    try:
        if not hasattr(msg, "body"):
            raise IngestError(f"Outlook item is not an email ({type(msg).__name__})")
        headers = _headers(msg)
        body = _body(msg)
        new, quoted = split_quoted(body, forwarded=is_forward_subject(headers.subject))
        attached = _attachments(msg)
        children = tuple(
            _parse_attachment(item, depth, parse_child) for item in attached[: limits.max_attachments]
        )
        metadata: tuple[tuple[str, str], ...] = ()
        if len(attached) > limits.max_attachments:
            metadata = (("attachments_skipped", str(len(attached) - limits.max_attachments)),)
        if not body.strip() and not children:
            raise IngestError("Outlook message has no body text and no attachments")
        return EmailContent(new, quoted, headers, children, metadata)
    finally:
        with contextlib.suppress(Exception):
            msg.close()


def _headers(msg: Any) -> EmailHeaders:
    transport = msg.header if getattr(msg, "header", None) is not None else None
    from_header = _safe(lambda: transport.get("From")) if transport is not None else None
    base = read_headers(transport) if transport is not None and from_header else EmailHeaders()
    name, addr = base.from_name, base.from_addr
    if not addr:
        addr = next((a for a in (_stream(msg, s) for s in SENDER_ADDRESS_STREAMS) if a and "@" in a), None)
    if not name:
        name = _stream(msg, "__substg1.0_0C1A") or _stream(msg, "__substg1.0_0042")
        if name and addr and name.strip().lower() == addr.lower():
            name = None
    to, cc = _recipients(msg)
    return EmailHeaders(
        from_name=name,
        from_addr=addr,
        to=to or base.to,
        cc=cc or base.cc,
        date=_safe(lambda: msg.date) or base.date,
        subject=_clean(_safe(lambda: msg.subject)) or base.subject,
        message_id=_clean(_safe(lambda: msg.messageId)) or base.message_id,
        in_reply_to=_clean(_safe(lambda: msg.inReplyTo)) or base.in_reply_to,
        references=base.references,
    )


def _recipients(msg: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    to: list[str] = []
    cc: list[str] = []
    for r in _safe(lambda: msg.recipients) or []:
        email = (_safe(lambda r=r: r.email) or "").strip()
        if "@" not in email:
            continue
        kind = getattr(getattr(r, "type", None), "name", "TO")
        (cc if kind == "CC" else to).append(email)
    if not to:
        to = [a for _, a in getaddresses([_safe(lambda: msg.to) or ""]) if "@" in a]
    return tuple(to), tuple(cc)


def _body(msg: Any) -> str:
    plain = _safe(lambda: msg.body)
    if isinstance(plain, bytes):
        plain = decode(plain)
    if plain and plain.strip():
        return tidy(plain)
    html = _safe(lambda: msg.htmlBody)
    if html:
        return tidy(html_to_text(decode(html) if isinstance(html, bytes) else str(html)))
    return ""


def _attachments(msg: Any) -> list[tuple[str | None, Any]]:
    out: list[tuple[str | None, Any]] = []
    for att in _safe(lambda: msg.attachments) or []:
        if getattr(att, "hidden", False):  # inline pictures of the HTML body, signature logos
            continue
        name = _safe(lambda att=att: att.getFilename()) or getattr(att, "longFilename", None)
        out.append((name, att))
    return out


def _parse_attachment(item: tuple[str | None, Any], depth: int, parse_child: ChildParser) -> ParsedDocument:
    name, att = item
    data = _safe(lambda: att.data)
    if data is not None and not isinstance(data, (bytes, bytearray)):
        # An attached Outlook item: write it back out as a .msg of its own and read that.
        exported = _safe(lambda: data.exportBytes())
        data = exported if isinstance(exported, bytes) else b""
        name = name or f"{_clean(_safe(lambda: att.data.subject)) or 'attached message'}.msg"
    return parse_child(bytes(data or b""), name, depth + 1)


def _stream(msg: Any, name: str) -> str | None:
    return _clean(_safe(lambda: msg.getStringStream(name)))


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.replace("\x00", "").split())
    return text or None


def _safe(fn: Any) -> Any:
    # extract-msg computes most properties lazily; one broken property must not lose the message.
    try:
        return fn()
    except Exception:
        logger.debug("msg: a property could not be read", exc_info=True)
        return None
