"""Write small Outlook .msg files for tests: an OLE compound file with MAPI property streams.

extract-msg reads .msg files; its OleWriter writes compound files, so a real, minimal message can
be built here from scratch instead of keeping an opaque binary sample in the repository.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime

from extract_msg.ole_writer import OleWriter

PT_UNICODE = 0x001F
PT_BINARY = 0x0102
PT_LONG = 0x0003
PT_SYSTIME = 0x0040
PT_OBJECT = 0x000D

PR_SUBJECT = 0x0037
PR_CLIENT_SUBMIT_TIME = 0x0039
PR_MESSAGE_CLASS = 0x001A
PR_TRANSPORT_HEADERS = 0x007D
PR_SENDER_NAME = 0x0C1A
PR_SENDER_EMAIL = 0x0C1F
PR_SENDER_ADDRTYPE = 0x0C1E
PR_DISPLAY_TO = 0x0E04
PR_DISPLAY_CC = 0x0E03
PR_BODY = 0x1000
PR_INTERNET_MESSAGE_ID = 0x1035
PR_IN_REPLY_TO = 0x1042
PR_ATTACH_DATA = 0x3701
PR_ATTACH_FILENAME = 0x3704
PR_ATTACH_LONG_FILENAME = 0x3707
PR_ATTACH_METHOD = 0x3705
PR_DISPLAY_NAME = 0x3001
PR_EMAIL_ADDRESS = 0x3003
PR_SMTP_ADDRESS = 0x39FE
PR_RECIPIENT_TYPE = 0x0C15


def _stream(prop: int, ptype: int) -> str:
    return f"__substg1.0_{prop:04X}{ptype:04X}"


def _props(entries: list[tuple[int, int, bytes]], header: bytes) -> bytes:
    out = io.BytesIO()
    out.write(header)
    for prop, ptype, value in entries:
        out.write(struct.pack("<IIQ", (prop << 16) | ptype, 0x6, 0)[:8])
        out.write(value.ljust(8, b"\x00")[:8])
    return out.getvalue()


def _filetime(dt: datetime) -> bytes:
    epoch = datetime(1601, 1, 1, tzinfo=UTC)
    return struct.pack("<Q", int((dt - epoch).total_seconds() * 10_000_000))


@dataclass
class MsgAttachment:
    filename: str
    data: bytes


@dataclass
class MsgSpec:
    subject: str
    body: str
    sender_name: str
    sender_email: str
    to: list[tuple[str, str]] = field(default_factory=list)
    cc: list[tuple[str, str]] = field(default_factory=list)
    date: datetime = datetime(2026, 11, 3, 9, 14, tzinfo=UTC)
    message_id: str | None = None
    in_reply_to: str | None = None
    headers: str | None = None
    attachments: list[MsgAttachment] = field(default_factory=list)


def build_msg(spec: MsgSpec) -> bytes:
    w = OleWriter()

    def text(path: str, value: str) -> None:
        w.addEntry(path, value.encode("utf-16-le"))

    text(_stream(PR_MESSAGE_CLASS, PT_UNICODE), "IPM.Note")
    text(_stream(PR_SUBJECT, PT_UNICODE), spec.subject)
    text(_stream(PR_BODY, PT_UNICODE), spec.body)
    text(_stream(PR_SENDER_NAME, PT_UNICODE), spec.sender_name)
    text(_stream(PR_SENDER_EMAIL, PT_UNICODE), spec.sender_email)
    text(_stream(PR_SENDER_ADDRTYPE, PT_UNICODE), "SMTP")
    text(_stream(PR_DISPLAY_TO, PT_UNICODE), "; ".join(n for n, _ in spec.to))
    text(_stream(PR_DISPLAY_CC, PT_UNICODE), "; ".join(n for n, _ in spec.cc))
    if spec.message_id:
        text(_stream(PR_INTERNET_MESSAGE_ID, PT_UNICODE), spec.message_id)
    if spec.in_reply_to:
        text(_stream(PR_IN_REPLY_TO, PT_UNICODE), spec.in_reply_to)
    if spec.headers:
        text(_stream(PR_TRANSPORT_HEADERS, PT_UNICODE), spec.headers)

    # Named-property mapping storage: extract-msg expects it, empty is fine.
    w.addEntry("__nameid_version1.0", storage=True)
    for name in ("__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102"):
        w.addEntry(f"__nameid_version1.0/{name}", b"")

    recipients = [(n, a, 1) for n, a in spec.to] + [(n, a, 2) for n, a in spec.cc]
    for i, (name, addr, rtype) in enumerate(recipients):
        base = f"__recip_version1.0_#{i:08X}"
        w.addEntry(base, storage=True)
        w.addEntry(f"{base}/{_stream(PR_DISPLAY_NAME, PT_UNICODE)}", name.encode("utf-16-le"))
        w.addEntry(f"{base}/{_stream(PR_EMAIL_ADDRESS, PT_UNICODE)}", addr.encode("utf-16-le"))
        w.addEntry(f"{base}/{_stream(PR_SMTP_ADDRESS, PT_UNICODE)}", addr.encode("utf-16-le"))
        w.addEntry(
            f"{base}/__properties_version1.0",
            _props([(PR_RECIPIENT_TYPE, PT_LONG, struct.pack("<I", rtype))], b"\x00" * 8),
        )

    for i, att in enumerate(spec.attachments):
        base = f"__attach_version1.0_#{i:08X}"
        w.addEntry(base, storage=True)
        w.addEntry(f"{base}/{_stream(PR_ATTACH_DATA, PT_BINARY)}", att.data)
        w.addEntry(f"{base}/{_stream(PR_ATTACH_LONG_FILENAME, PT_UNICODE)}", att.filename.encode("utf-16-le"))
        w.addEntry(f"{base}/{_stream(PR_ATTACH_FILENAME, PT_UNICODE)}", att.filename[:12].encode("utf-16-le"))
        w.addEntry(
            f"{base}/__properties_version1.0",
            _props([(PR_ATTACH_METHOD, PT_LONG, struct.pack("<I", 1))], b"\x00" * 8),
        )

    header = struct.pack("<8xIIII8x", len(recipients), len(spec.attachments), len(recipients), len(spec.attachments))
    w.addEntry(
        "__properties_version1.0",
        _props([(PR_CLIENT_SUBMIT_TIME, PT_SYSTIME, _filetime(spec.date))], header),
    )
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()
