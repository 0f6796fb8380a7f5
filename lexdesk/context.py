"""What every command is given: the configuration (built once) and the database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cases.db import Database
from jobs.desk import Desk
from lexdesk.settings import Config


@dataclass(frozen=True)
class AppContext:
    config: Config
    db: Database

    @classmethod
    def of(cls, config: Config) -> AppContext:
        return cls(config=config, db=Database(config.database_url))

    def own_files(self) -> tuple[Path, ...]:
        """The desk's own files, which a folder being ingested may hold: the kept originals and a
        SQLite database (with its -wal, -shm and -journal files beside it)."""
        own = [self.config.cases.originals]
        if "://" not in self.config.database_url:
            own.append(Path(self.config.database_url))
        return tuple(own)

    def desk(self) -> Desk:
        """What a job is given (jobs/): the same configuration and database as a command."""
        cfg = self.config
        return Desk(cases=cfg.cases, mail=cfg.mail, jobs=cfg.jobs, db=self.db, actor=cfg.user)
