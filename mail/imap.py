"""Talking to the mailbox over IMAP (IMAPClient over the standard library's imaplib): connect with
TLS, STARTTLS or (on this machine only) in the clear, log in, open a folder and learn its
UIDVALIDITY, list the UIDs past a point, read a message's headers or its bytes exactly as stored
(BODY.PEEK, which leaves \\Seen alone), and mark, flag or move a message afterwards.

Every failure — the network, TLS, the login, a refused command — is one `MailboxError` whose
message says what failed and where, never the secret.
"""

from __future__ import annotations

import logging
import socket
import ssl
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime
from email import message_from_bytes, policy
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from cases.errors import DeskError
from mail.config import Security, Server
from mail.message import header_text

log = logging.getLogger(__name__)

SEEN = b"\\Seen"
FLAGGED = b"\\Flagged"
DELETED = b"\\Deleted"
HEADERS = "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID SUBJECT FROM)]"
CHUNK = 50  # UIDs per FETCH command: a long UID list is split so no command line grows unbounded


class MailboxError(DeskError):
    """The mailbox could not be reached, logged in to, or read; the message says which."""


@dataclass(frozen=True)
class Envelope:
    """What the headers tell about a message before its body is read."""

    uid: int
    message_id: str | None
    subject: str
    from_addr: str
    size: int
    internaldate: datetime | None


@dataclass(frozen=True)
class FolderState:
    name: str
    uidvalidity: int
    exists: int  # messages in it


def tls_context(server: Server) -> ssl.SSLContext:
    """Certificates checked against the system's CAs (or the configured one) and the host name."""
    try:
        return ssl.create_default_context(cafile=str(server.cafile) if server.cafile else None)
    except OSError as e:
        raise MailboxError(f"cannot read the CA file {server.cafile}: {e.strerror or e}") from e


def where(server: Server) -> str:
    return f"{server.host}:{server.port}"


class Mailbox:
    """One logged-in IMAP connection (use `connect`)."""

    def __init__(self, client: IMAPClient, server: Server) -> None:
        self.client = client
        self.server = server
        self.folder: str | None = None

    def _do(self, what: str, call: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return call(*args, **kwargs)
        except (IMAPClientError, OSError) as e:
            raise MailboxError(f"the mailbox at {where(self.server)} failed to {what}: {_reason(e)}") from e

    def open(self, folder: str, *, readonly: bool = False) -> FolderState:
        info = self._do(f"open the folder {folder!r}", self.client.select_folder, folder, readonly=readonly)
        self.folder = folder
        return FolderState(folder, int(info[b"UIDVALIDITY"]), int(info.get(b"EXISTS", 0)))

    def exists(self, folder: str) -> bool:
        return bool(self._do(f"look for the folder {folder!r}", self.client.folder_exists, folder))

    def uids_after(self, last: int, since: date | None = None) -> list[int]:
        """UIDs above `last`, oldest first ("n:*" always answers the highest UID: it is filtered)."""
        criteria: list[Any] = ["UID", f"{last + 1}:*"]
        if since:
            criteria += ["SINCE", since]
        found = self._do("search the folder", self.client.search, criteria)
        return sorted(int(u) for u in found if int(u) > last)

    def envelopes(self, uids: Sequence[int]) -> list[Envelope]:
        out: list[Envelope] = []
        for i in range(0, len(uids), CHUNK):
            part = list(uids[i:i + CHUNK])
            data = self._do("read message headers", self.client.fetch, part, [HEADERS, "RFC822.SIZE", "INTERNALDATE"])
            for uid in part:
                item = data.get(uid)
                if item is None:
                    continue  # expunged meanwhile
                head = next((v for k, v in item.items() if k.startswith(b"BODY[HEADER")), b"") or b""
                msg = message_from_bytes(head, policy=policy.compat32)
                out.append(Envelope(
                    uid=uid, message_id=header_text(msg.get("Message-ID", "")).strip() or None,
                    subject=header_text(msg.get("Subject", "")), from_addr=header_text(msg.get("From", "")),
                    size=int(item.get(b"RFC822.SIZE", 0)), internaldate=item.get(b"INTERNALDATE"),
                ))
        return out

    def body(self, uid: int) -> bytes | None:
        """The message exactly as the server stores it; None when it is no longer there."""
        data = self._do(f"read message {uid}", self.client.fetch, [uid], ["BODY.PEEK[]"])
        item = data.get(uid)
        if item is None:
            return None
        raw = item.get(b"BODY[]")
        return bytes(raw) if raw is not None else None

    def mark_read(self, uid: int) -> None:
        self._do(f"mark message {uid} read", self.client.add_flags, [uid], [SEEN])

    def flag(self, uid: int) -> None:
        self._do(f"flag message {uid}", self.client.add_flags, [uid], [FLAGGED])

    def move(self, uid: int, folder: str) -> None:
        """MOVE where the server has it (RFC 6851); else copy, mark deleted and, with UIDPLUS,
        expunge that one message (never a plain EXPUNGE, which would take others' deletions)."""
        if not self.exists(folder):
            self._do(f"create the folder {folder!r}", self.client.create_folder, folder)
        if self.client.has_capability("MOVE"):
            self._do(f"move message {uid} to {folder!r}", self.client.move, [uid], folder)
            return
        self._do(f"copy message {uid} to {folder!r}", self.client.copy, [uid], folder)
        self._do(f"mark message {uid} deleted", self.client.add_flags, [uid], [DELETED])
        if self.client.has_capability("UIDPLUS"):
            self._do(f"expunge message {uid}", self.client.uid_expunge, [uid])


def _reason(e: BaseException) -> str:
    if isinstance(e, socket.timeout | TimeoutError):
        return "no answer in time"
    if isinstance(e, ssl.SSLError):
        return f"TLS: {e.reason or e}"
    if isinstance(e, OSError) and e.strerror:
        return e.strerror
    text = str(e)
    return text.decode(errors="replace") if isinstance(text, bytes) else text or type(e).__name__


@contextmanager
def connect(server: Server) -> Iterator[Mailbox]:
    """A logged-in connection, logged out (or dropped) at the end."""
    try:
        if server.security == Security.tls:
            client = IMAPClient(server.host, server.port, ssl=True, ssl_context=tls_context(server),
                                timeout=server.timeout)
        else:
            client = IMAPClient(server.host, server.port, ssl=False, timeout=server.timeout)
            if server.security == Security.starttls:
                client.starttls(tls_context(server))
    except (IMAPClientError, OSError) as e:
        raise MailboxError(f"cannot connect to the mailbox at {where(server)} ({server.security}): {_reason(e)}") from e
    try:
        try:
            client.login(server.user, server.secret.reveal())
        except LoginError as e:
            raise MailboxError(f"the mailbox at {where(server)} refused the login of {server.user}: "
                               f"{_reason(e)}") from e
        except (IMAPClientError, OSError) as e:
            raise MailboxError(f"cannot log in to the mailbox at {where(server)}: {_reason(e)}") from e
        yield Mailbox(client, server)
    finally:
        with suppress(IMAPClientError, OSError):
            client.logout()
        with suppress(IMAPClientError, OSError):
            client.shutdown()
