"""Fixtures of the mail tests: Dovecot and an SMTP server on 127.0.0.1 (skipped, saying why, where
Dovecot is not installed: scripts/setup.sh installs it), the database, and the mail configuration
pointing at them."""

from __future__ import annotations

import tempfile
import tomllib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from cases.db import Database
from mail.config import MailConfig, Secret, Security, Server
from mail.rules import RuleSet, parse_rules
from tests.mail import mails
from tests.mail.servers import DOVECOT, Dovecot, SmtpServer, self_signed


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    if DOVECOT is None:
        pytest.skip("Dovecot is not installed (Debian's dovecot-imapd; ./scripts/setup.sh installs it)")
    server = Dovecot.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def certificate() -> Iterator[tuple[Path, Path]]:
    folder = Path(tempfile.mkdtemp(prefix="lexdesk-smtp-"))
    yield self_signed(folder)


@pytest.fixture
def smtp(certificate: tuple[Path, Path]) -> Iterator[SmtpServer]:
    server = SmtpServer.start(*certificate)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def rules() -> RuleSet:
    return parse_rules(tomllib.loads(mails.RULES))


def imap_server(d: Dovecot, *, security: Security = Security.tls, password: str | None = None,
                secret: Secret | None = None) -> Server:
    port = d.tls_port if security == Security.tls else d.port
    return Server("127.0.0.1", port, security, d.user, secret or Secret(value=password or d.password), d.cert,
                  timeout=10)


def smtp_server(s: SmtpServer, cafile: Path, *, password: str | None = None) -> Server:
    return Server("127.0.0.1", s.port, Security.starttls, s.user, Secret(value=password or s.password), cafile,
                  timeout=10)


@pytest.fixture
def mail_cfg(dovecot: Dovecot, rules: RuleSet) -> MailConfig:
    return MailConfig(imap=imap_server(dovecot), folders=("INBOX", "Appeals"), rules=rules, max_attempts=3)


def with_(cfg: MailConfig, **over: Any) -> MailConfig:
    return replace(cfg, **over)


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database(db_path)
    try:
        yield database
    finally:
        database.dispose()
