"""Every setting in one place, read from the environment (and `--db` on the command line)."""

from __future__ import annotations

import getpass
from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LEXDESK_", extra="ignore")

    database_url: str = Field(
        default="lexdesk.db", validation_alias=AliasChoices("DATABASE_URL", "LEXDESK_DB")
    )
    originals_dir: Path | None = None  # default: "<database>-originals" beside a SQLite file
    platform: Path | None = None  # a platform profile TOML; None: the bundled default
    case_prefix: str = "CI"
    default_country: str = "GB"
    max_file_mb: int = 50
    user: str = Field(default_factory=lambda: _whoami())
    templates: Path | None = None  # the team's template library; None: ./templates of this repo
    sla: Path | None = None  # internal first-response SLA table (TOML); None: the bundled default

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
