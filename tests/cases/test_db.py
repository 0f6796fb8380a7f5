"""The schema: the migrations build exactly the tables of the models, and a database opens once."""

from __future__ import annotations

from pathlib import Path

import pytest

from cases.db import Database, init_db, make_engine
from cases.errors import DeskError


def test_migrations_build_the_same_schema_as_the_models(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    db = tmp_path / "m.db"
    cfg = Config(str(Path(__file__).parents[2] / "cases" / "migrations" / "alembic.ini"))
    cfg.cmd_opts = type("Opts", (), {"x": [f"db={db}"]})()
    command.upgrade(cfg, "head")
    command.check(cfg)  # raises when the models and the migrations differ
    engine = make_engine(db)
    init_db(engine)  # already at head: nothing to do
    engine.dispose()


def test_a_database_that_cannot_be_opened_is_a_domain_error(tmp_path: Path) -> None:
    db = Database(tmp_path / "no" / "such" / "folder" / "x.db")
    with pytest.raises(DeskError, match="cannot open the database"), db.session() as s:
        s.connection()


def test_head_is_the_newest_migration() -> None:
    """`cases.db.HEAD` (read without Alembic on every open) is Alembic's own head."""
    from alembic.script import ScriptDirectory

    from cases.db import HEAD, _alembic_config

    assert ScriptDirectory.from_config(_alembic_config(None)).get_current_head() == HEAD  # type: ignore[arg-type]
