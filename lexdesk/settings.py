"""The one configuration of a lexdesk process, built once from the environment (and `--db`).

`Settings` reads the environment (pydantic-settings: names, types, defaults); `load_config` turns
it into `Config`, a frozen object holding what the stages need already loaded — the platform
profile, the template library, the letterhead, the SLA and statutory rules, the limits — and the
clock. It is passed down; no stage reads the environment or loads a default of its own.
"""

from __future__ import annotations

import getpass
import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from pydantic import AliasChoices, Field, ValidationError
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
        limits=IngestLimits(max_bytes=s.max_file_mb * MB),
        triage=TriageRules(min_words=s.triage_min_words, kind_floor=s.triage_kind_floor,
                           ocr_floor=s.triage_ocr_floor, id_floor=s.triage_id_floor),
    )
    responses = ResponsesConfig(cases=cases, library=load_library(s.templates),
                                letterhead=load_letterhead(s.letterhead), pdf_converter=_soffice(s.soffice))
    return Config(responses=responses, user=s.user, database_url=s.database_url)
