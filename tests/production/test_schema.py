"""The schema the migrations make is the schema of the models: a database upgraded from empty
through every revision differs in nothing from SQLModel.metadata (what a new database gets at
once), on SQLite and, in CI's second run, on PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from cases.db import _alembic_config, make_engine
from tests.conftest import database_for


def _differences(url: str) -> list[Any]:
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            command.upgrade(_alembic_config(conn), "head")
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            return list(compare_metadata(context, SQLModel.metadata))
    finally:
        engine.dispose()


def test_the_migrated_schema_equals_the_models(tmp_path: Path) -> None:
    with database_for(tmp_path / "migrated.db") as url:
        assert _differences(url) == []
