"""The one configuration of a lexdesk process, built once from the environment (and `--db`).

`Settings` reads the environment (pydantic-settings: names, types, defaults); `load_config` turns
it into `Config`, a frozen object holding what the stages need already loaded — the platform
profile, the template library, the letterhead, the SLA and statutory rules, the limits — and the
clock. It is passed down; no stage reads the environment or loads a default of its own.
"""

from __future__ import annotations

import getpass
import shutil
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from cases.clock import Clock
from cases.config import CasesConfig
from cases.errors import Invalid
from cases.rulebook import load_priority_rules, load_sla
from cases.statutory import RULES as BUNDLED_STATUTORY
from cases.statutory import load_regimes
from cases.triage import TriageRules
from extract.profile import PlatformProfile, load_profile
from ingest import IngestLimits
from jobs.config import JobsConfig, conninfo_of
from mail.config import AfterFetch, MailConfig, Secret, Security, Server
from mail.rules import load_rules
from responses.config import ResponsesConfig
from responses.letterhead import load_letterhead
from responses.library import load_library

MB = 1024 * 1024


class Settings(BaseSettings):
    """What the environment says (LEXDESK_*; DATABASE_URL)."""

    model_config = SettingsConfigDict(env_prefix="LEXDESK_", extra="ignore")

    database_url: str = Field(
        default="lexdesk.db", validation_alias=AliasChoices("DATABASE_URL", "LEXDESK_DB")
    )
    originals_dir: Path | None = None  # default: "<database>-originals" beside a SQLite file
    platform: Path | None = None  # a platform profile TOML; None: the bundled default
    case_prefix: str = "CI"
    max_file_mb: int = 50
    # what one file may cost to read (parse and extract), enforced in a worker process that is
    # killed when it overruns; 0: read in the calling process, without a budget
    file_seconds: float = 120
    file_memory_mb: int = 4096
    user: str = Field(default_factory=lambda: _whoami())
    templates: Path | None = None  # the team's template library; None: the bundled one
    letterhead: Path | None = None  # the team's letterhead TOML; None: the bundled one
    sla: Path | None = None  # internal first-response SLA table (TOML); None: the bundled default
    statutory: Path | None = None  # a folder of statutory regimes (TOML); None: the bundled ones
    soffice: str | None = None  # LibreOffice's soffice for PDF letters; None: found on PATH, if installed
    # Triage: below these a person reads a document before it counts as work (cases.triage).
    triage_min_words: int = TriageRules.min_words
    triage_kind_floor: float = TriageRules.kind_floor
    triage_ocr_floor: float = TriageRules.ocr_floor
    triage_id_floor: float = TriageRules.id_floor

    # The team's mailbox (mail/). The secret is the password or app token, given here or in a file
    # (LEXDESK_MAIL_PASSWORD_FILE: a container's or systemd's credential); it is never stored or logged.
    mail_host: str | None = None  # None: no mailbox
    mail_port: int | None = None  # default 993 (tls), 143 (starttls, plain)
    mail_security: Security = Security.tls
    mail_user: str = ""
    mail_password: SecretStr | None = None
    mail_password_file: Path | None = None
    mail_ca_file: Path | None = None  # a private CA for the mail servers' certificates
    mail_folders: str = "INBOX"  # comma-separated
    mail_after: AfterFetch = AfterFetch.read  # read | flag | move | none
    mail_move_to: str | None = None  # the folder `after = move` puts filed messages in
    mail_failed_to: str | None = None  # the folder for messages that failed every try (default: flagged)
    mail_rules: Path | None = None  # the mail rules (TOML); None: no rules
    mail_max_attempts: int = 3
    mail_batch: int = 200
    mail_since: date | None = None
    mail_poll_seconds: float = 300.0
    smtp_host: str | None = None  # None: replies are not sent by email
    smtp_port: int | None = None  # default 465 (tls), 587 (starttls), 25 (plain)
    smtp_security: Security = Security.starttls
    smtp_user: str | None = None  # None: the mailbox's user (and its secret)
    smtp_password: SecretStr | None = None
    smtp_password_file: Path | None = None
    smtp_from: str | None = None  # the envelope sender; None: the letterhead's address
    watch_settle_seconds: float = 2.0

    # The job queue (jobs/; PostgreSQL only): a job that raises is run again this many times, the
    # first retry after LEXDESK_JOB_RETRY_SECONDS and each next one that much later again, then
    # recorded as failed; a worker silent for LEXDESK_WORKER_STALLED_SECONDS is dead and its job
    # is run again; the deadline tick runs every LEXDESK_TICK_SECONDS (0: not by the worker).
    job_retries: int = Field(default=3, ge=0)
    job_retry_seconds: int = Field(default=10, ge=0)
    worker_stalled_seconds: int = Field(default=30, ge=1)
    tick_seconds: int = Field(default=900, ge=0)

    def originals(self) -> Path:
        if self.originals_dir:
            return self.originals_dir
        if "://" not in self.database_url:
            db = Path(self.database_url)
            return db.with_name(db.stem + "-originals")
        return Path("lexdesk-originals")


def _whoami() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "lexdesk"


class SystemClock:
    """The computer's clock: the only place lexdesk asks for today's date."""

    def today(self) -> date:
        return date.today()

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass(frozen=True)
class Config:
    """Everything a door passes down: the stages' configurations, who acts, where the data is."""

    responses: ResponsesConfig  # holds the cases stage's configuration too
    user: str  # who acts (audit trail, four eyes)
    database_url: str
    mail: MailConfig = field(default_factory=MailConfig)  # the mailbox, SMTP, mail rules
    jobs: JobsConfig = field(default_factory=JobsConfig)  # the job queue (PostgreSQL), its retries

    @property
    def cases(self) -> CasesConfig:
        return self.responses.cases

    @property
    def profile(self) -> PlatformProfile:
        return self.cases.profile

    @property
    def clock(self) -> Clock:
        return self.cases.clock


def _soffice(configured: str | None) -> str | None:
    """LibreOffice for PDF letters: as configured, else on PATH (Debian's libreoffice-writer)."""
    if configured:
        return shutil.which(configured)  # a path that is not an executable: not available
    return shutil.which("soffice") or shutil.which("libreoffice")


def _secret(value: SecretStr | None, file: Path | None, name: str) -> Secret:
    if value is not None and file is not None:
        raise Invalid(f"settings: give {name} or {name}_FILE, not both")
    return Secret(value=value.get_secret_value() if value is not None else None, file=file)


def _mail_config(s: Settings) -> MailConfig:
    """The mail stage's configuration: servers, folders, what to do after a fetch, the rules."""
    imap = smtp = None
    secret = _secret(s.mail_password, s.mail_password_file, "LEXDESK_MAIL_PASSWORD")
    if s.mail_host:
        if not s.mail_user:
            raise Invalid("settings: LEXDESK_MAIL_HOST is set: set LEXDESK_MAIL_USER (the mailbox's login) too")
        port = s.mail_port or (993 if s.mail_security == Security.tls else 143)
        imap = Server(s.mail_host, port, s.mail_security, s.mail_user, secret, s.mail_ca_file)
    if s.smtp_host:
        own = s.smtp_password is not None or s.smtp_password_file is not None
        port = s.smtp_port or {Security.tls: 465, Security.starttls: 587}.get(s.smtp_security, 25)
        smtp = Server(s.smtp_host, port, s.smtp_security, s.mail_user if s.smtp_user is None else s.smtp_user,
                      _secret(s.smtp_password, s.smtp_password_file, "LEXDESK_SMTP_PASSWORD") if own else secret,
                      s.mail_ca_file)
    folders = tuple(f.strip() for f in s.mail_folders.split(",") if f.strip()) or ("INBOX",)
    if s.mail_after == AfterFetch.move and not s.mail_move_to:
        raise Invalid("settings: LEXDESK_MAIL_AFTER=move needs LEXDESK_MAIL_MOVE_TO (the folder filed messages go to)")
    for other in (s.mail_move_to, s.mail_failed_to):
        if other and other in folders:
            raise Invalid(f"settings: {other} is a folder lexdesk fetches from; messages done with cannot go there")
    if s.mail_max_attempts < 1 or s.mail_batch < 1:
        raise Invalid("settings: LEXDESK_MAIL_MAX_ATTEMPTS and LEXDESK_MAIL_BATCH are at least 1")
    return MailConfig(imap=imap, smtp=smtp, folders=folders, after=s.mail_after, move_to=s.mail_move_to,
                      failed_to=s.mail_failed_to, rules=load_rules(s.mail_rules), max_attempts=s.mail_max_attempts,
                      batch=s.mail_batch, since=s.mail_since, poll_seconds=s.mail_poll_seconds, sender=s.smtp_from,
                      settle_seconds=s.watch_settle_seconds)


def read_settings(**overrides: object) -> Settings:
    """The environment's settings, `overrides` (from the command line) winning."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as e:
        where = "; ".join(f"{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors())
        raise Invalid(f"settings: {where}") from e


def load_config(settings: Settings | None = None, *, clock: Clock | None = None) -> Config:
    """Load every table and file the settings name (or the bundled ones), once."""
    s = settings or read_settings()
    try:
        profile = load_profile(s.platform)
    except OSError as e:
        raise Invalid(f"platform profile {s.platform}: {e.strerror or e}") from e
    except ValueError as e:  # not TOML, or a pattern that does not compile
        raise Invalid(str(e) if str(s.platform) in str(e) else f"platform profile {s.platform}: {e}") from e
    cases = CasesConfig(
        profile=profile,
        sla=load_sla(s.sla),
        statutory=load_regimes(s.statutory or BUNDLED_STATUTORY),
        priority=load_priority_rules(),
        clock=clock or SystemClock(),
        originals=s.originals(),
        case_prefix=s.case_prefix,
        limits=IngestLimits(max_bytes=s.max_file_mb * MB, max_seconds=s.file_seconds or None,
                            max_memory_mb=s.file_memory_mb or None),
        triage=TriageRules(min_words=s.triage_min_words, kind_floor=s.triage_kind_floor,
                           ocr_floor=s.triage_ocr_floor, id_floor=s.triage_id_floor),
    )
    responses = ResponsesConfig(cases=cases, library=load_library(s.templates),
                                letterhead=load_letterhead(s.letterhead), pdf_converter=_soffice(s.soffice))
    jobs = JobsConfig(conninfo=conninfo_of(s.database_url), retries=s.job_retries, retry_seconds=s.job_retry_seconds,
                      stalled_seconds=s.worker_stalled_seconds, tick_seconds=s.tick_seconds)
    return Config(responses=responses, user=s.user, database_url=s.database_url, mail=_mail_config(s), jobs=jobs)
