"""What the mail stage is given: the mailbox (IMAP) and the outgoing server (SMTP), the folders to
read, what to do with a message once it is filed, the rules, and the limits. Built once by the
application (`lexdesk.settings`) and passed down; nothing in this stage reads the environment.

The password or app token is a `Secret`: its value is read only when a connection logs in (from
the environment's value, or from a file each time, so a rotated token is picked up by a running
worker), and it never shows in a repr, a log line or the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from cases.errors import Invalid
from mail.rules import RuleSet


class Security(StrEnum):
    """How a connection is protected: TLS from the first byte, STARTTLS after the greeting, or
    nothing (only for a server on this machine, as the tests run)."""

    tls = "tls"
    starttls = "starttls"
    plain = "plain"


class AfterFetch(StrEnum):
    """What becomes of a message in the mailbox once it is filed (or skipped by a rule)."""

    read = "read"  # marked \\Seen
    flag = "flag"  # marked \\Flagged (and left unread)
    move = "move"  # moved to `move_to`
    none = "none"  # left exactly as it was


@dataclass(frozen=True)
class Secret:
    """A password or app token, from a value or a file; shown as *** everywhere."""

    value: str | None = field(default=None, repr=False)
    file: Path | None = None

    def reveal(self) -> str:
        """The secret itself, for the one call that logs in."""
        if self.file is not None:
            try:
                # one trailing newline is how such files are written (echo, a secrets manager)
                return self.file.read_text(encoding="utf-8").rstrip("\r\n")
            except (OSError, UnicodeDecodeError) as e:
                raise Invalid(f"cannot read the mail secret file {self.file}: "
                              f"{getattr(e, 'strerror', None) or e}") from e
        return self.value or ""

    def __bool__(self) -> bool:
        return self.file is not None or bool(self.value)

    def __str__(self) -> str:
        return "***"


@dataclass(frozen=True)
class Server:
    """One server lexdesk logs in to."""

    host: str
    port: int
    security: Security = Security.tls
    user: str = ""
    secret: Secret = field(default_factory=Secret)
    cafile: Path | None = None  # a private CA (a self-signed server); None: the system's
    timeout: float = 60.0  # seconds a silent server is waited for

    @property
    def account(self) -> str:
        """How the ledger names this mailbox: user@host:port (no secret)."""
        return f"{self.user}@{self.host}:{self.port}"


@dataclass(frozen=True)
class MailConfig:
    imap: Server | None = None  # None: no mailbox configured
    smtp: Server | None = None  # None: replies are not sent by lexdesk
    folders: tuple[str, ...] = ("INBOX",)
    after: AfterFetch = AfterFetch.read
    move_to: str | None = None  # where `after = move` puts a filed message
    failed_to: str | None = None  # where a message that failed every try goes (None: flagged where it is)
    rules: RuleSet = field(default_factory=RuleSet)
    max_attempts: int = 3  # a message that fails is tried this many times, then kept for a person
    batch: int = 200  # messages filed per folder in one fetch (the rest wait for the next)
    since: date | None = None  # ignore older messages (a mailbox with years of history)
    poll_seconds: float = 300.0  # the scheduled fetch's interval
    sender: str | None = None  # the envelope sender of replies; None: the From of the reply
    settle_seconds: float = 2.0  # watched folder: a file unchanged this long is complete

    def require_imap(self) -> Server:
        if self.imap is None:
            raise Invalid("no mailbox is configured: set LEXDESK_MAIL_HOST, LEXDESK_MAIL_USER and "
                          "LEXDESK_MAIL_PASSWORD (or LEXDESK_MAIL_PASSWORD_FILE)")
        return self.imap

    def require_smtp(self) -> Server:
        if self.smtp is None:
            raise Invalid("no outgoing mail server is configured: set LEXDESK_SMTP_HOST (and LEXDESK_SMTP_USER, "
                          "LEXDESK_SMTP_PASSWORD where it asks for a login)")
        return self.smtp
