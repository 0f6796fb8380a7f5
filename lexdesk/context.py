"""What every command needs: the settings, the database engine, a session."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy.engine import Engine
from sqlmodel import Session

from cases.db import init_db, make_engine
from lexdesk.settings import Settings


@dataclass
class AppContext:
    settings: Settings = field(default_factory=Settings)

    @cached_property
    def engine(self) -> Engine:
        engine = make_engine(self.settings.database_url)
        init_db(engine)
        return engine

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)
