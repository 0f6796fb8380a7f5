"""Real mail servers on 127.0.0.1 for the mail tests, started and stopped by the tests.

- `Dovecot`: Debian's dovecot-imapd run as an unprivileged process (as `nobody` when the tests
  run as root, else as the user running them) with a configuration generated in a temporary
  folder: a passwd-file for its users, maildirs in that folder, IMAP with STARTTLS and IMAPS on
  free ports, and a self-signed certificate made here.
- `SmtpServer`: aiosmtpd running as an SMTP server (STARTTLS required, a login required) that
  keeps what it receives, or refuses it with the reply it is given.
"""

from __future__ import annotations

import grp
import ipaddress
import os
import pwd
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from imapclient import IMAPClient

DOVECOT = next((p for p in (shutil.which("dovecot"), "/usr/sbin/dovecot") if p and Path(p).exists()), None)
NOBODY = 65534


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, timeout: float = 15.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout}s")


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and localhost, and its key: the servers' certificate and the
    CA the clients are told to trust."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "lexdesk test mail server")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


# --- Dovecot ---------------------------------------------------------------------------------------

CONF = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
instance_name = lexdesk-test-{port}
log_path = {root}/dovecot.log
default_login_user = {user}
default_internal_user = {user}
default_internal_group = {group}
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:~/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/passwd
  default_fields = uid={uid} gid={gid} home={root}/home/%u
}}
# an unprivileged Dovecot cannot chroot its login and anvil processes
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
"""


@dataclass
class Dovecot:
    """A running Dovecot with one user; `client()` is a plain IMAP connection to set up its mailbox."""

    root: Path
    port: int  # IMAP (STARTTLS offered)
    tls_port: int  # IMAPS
    cert: Path
    user: str = "desk"
    password: str = "s3cret-app-token"
    proc: subprocess.Popen[bytes] | None = None

    @classmethod
    def start(cls) -> Dovecot:
        assert DOVECOT is not None
        root = Path(tempfile.mkdtemp(prefix="lexdesk-dovecot-"))
        cert, key = self_signed(root)
        self = cls(root=root, port=free_port(), tls_port=free_port(), cert=cert)
        as_root = os.geteuid() == 0
        uid, gid = (NOBODY, NOBODY) if as_root else (os.getuid(), os.getgid())
        for sub in ("run", "state", "home"):
            (root / sub).mkdir()
        (root / "passwd").write_text(f"{self.user}:{{PLAIN}}{self.password}::::::\n")
        (root / "dovecot.conf").write_text(CONF.format(
            root=root, port=self.port, tls_port=self.tls_port, cert=cert, key=key, uid=uid, gid=gid,
            user=pwd.getpwuid(uid).pw_name, group=grp.getgrgid(gid).gr_name))
        if as_root:  # Dovecot runs as nobody: everything it reads and writes is nobody's
            for p in [root, *root.rglob("*")]:
                os.chown(p, uid, gid)
        kwargs: dict[str, Any] = {"user": uid, "group": gid, "extra_groups": []} if as_root else {}
        self.proc = subprocess.Popen([DOVECOT, "-F", "-c", str(root / "dovecot.conf")], stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, **kwargs)
        try:
            wait_for_port(self.port)
            wait_for_port(self.tls_port)
        except TimeoutError:
            self.stop()
            raise RuntimeError(f"dovecot did not start: {self.log()}") from None
        return self

    def log(self) -> str:
        """What Dovecot said (on a failed start, before `stop` removes its folder)."""
        out = ""
        if self.proc is not None and self.proc.stdout and not self.proc.stdout.closed and self.proc.poll() is not None:
            out = self.proc.stdout.read().decode(errors="replace")
        path = self.root / "dovecot.log"
        return out + (path.read_text(errors="replace") if path.exists() else "")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        if self.proc is not None and self.proc.stdout:
            self.proc.stdout.close()
        shutil.rmtree(self.root, ignore_errors=True)

    def client(self) -> IMAPClient:
        c = IMAPClient("127.0.0.1", self.port, ssl=False, timeout=10)
        c.login(self.user, self.password)
        return c

    def append(self, folder: str, *messages: bytes) -> None:
        with self.client() as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            for m in messages:
                c.append(folder, m)

    def flags(self, folder: str) -> dict[int, set[bytes]]:
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            return {uid: set(f) for uid, f in c.get_flags(c.search("ALL")).items()}

    def uidvalidity(self, folder: str) -> int:
        with self.client() as c:
            return int(c.folder_status(folder, ["UIDVALIDITY"])[b"UIDVALIDITY"])

    def renumber(self, folder: str) -> None:
        """What a server does when it rebuilds a folder: the same messages, under a new UIDVALIDITY
        and new UIDs (here: the folder deleted and made again, the messages appended anew)."""
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            uids = c.search("ALL")
            kept = [c.fetch([u], ["BODY.PEEK[]"])[u][b"BODY[]"] for u in uids]
            before = int(c.folder_status(folder, ["UIDVALIDITY"])[b"UIDVALIDITY"])
            c.unselect_folder()
            c.delete_folder(folder)
            c.create_folder(folder)
            for m in kept:
                c.append(folder, m)
            after = int(c.folder_status(folder, ["UIDVALIDITY"])[b"UIDVALIDITY"])
        assert after != before, "the server kept the folder's UIDVALIDITY"


# --- SMTP ------------------------------------------------------------------------------------------

@dataclass
class Received:
    sender: str
    recipients: list[str]
    data: bytes


@dataclass
class Handler:
    """aiosmtpd's handler: keeps every message, or refuses with `refuse` (e.g. "550 5.7.1 ...")."""

    received: list[Received] = field(default_factory=list)
    refuse: str | None = None

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's name
        if self.refuse:
            return self.refuse
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content)))
        return "250 2.0.0 queued"


@dataclass
class SmtpServer:
    port: int
    handler: Handler
    controller: Any
    user: str = "desk"
    password: str = "smtp-app-token"

    @classmethod
    def start(cls, cert: Path, key: Path, *, user: str = "desk", password: str = "smtp-app-token",
              implicit: bool = False) -> SmtpServer:
        """STARTTLS required before the login; `implicit`: TLS from the first byte (port 465's way)."""
        def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
            ok = isinstance(data, LoginPassword) and data.login.decode() == user and data.password.decode() == password
            return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself

        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(cert, key)
        handler = Handler()
        port = free_port()
        tls: dict[str, Any] = (
            # aiosmtpd counts only STARTTLS as TLS for its login rule: on an implicit-TLS port it is TLS anyway
            {"ssl_context": ctx, "auth_require_tls": False} if implicit
            else {"tls_context": ctx, "require_starttls": True, "auth_require_tls": True})
        controller = Controller(handler, hostname="127.0.0.1", port=port, authenticator=authenticator,
                                auth_required=True, **tls)
        controller.start()
        return cls(port, handler, controller, user, password)

    def stop(self) -> None:
        self.controller.stop()
