"""What every command is given: the configuration (built once) and the database."""

from __future__ import annotations

from dataclasses import dataclass

from cases.db import Database
from lexdesk.settings import Config


@dataclass(frozen=True)
class AppContext:
    config: Config
    db: Database

    @classmethod
    def of(cls, config: Config) -> AppContext:
        return cls(config=config, db=Database(config.database_url))
