"""Accounts from the command line (`lexdesk users ...`) and as the command line's identity: names
normalised, unknown and disabled names refused, four eyes between accounts whatever the door."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlmodel import Session
from typer.testing import Result

from cases import accounts
from cases.accounts import Action, Forbidden
from cases.errors import Invalid, NotFound
from cases.models import Case
from cases.vocab import Role
from responses import service
from responses.config import ResponsesConfig
from tests.conftest import lexdesk, ok


def piped(db: Path, stdin: str, *args: str) -> Result:
    from typer.testing import CliRunner

    from lexdesk.cli import app

    return CliRunner().invoke(app, ["--db", str(db), *args], input=stdin)


def test_the_first_account_is_an_admin_and_says_how_to_log_in(db_path: Path) -> None:
    out = ok(lexdesk(db_path, "users", "add", "Ada"))
    assert "account ada added: admin" in out
    password = re.search(r"with the password (\S+)", out)
    assert password and "lexdesk serve" in out and "/login" in out
    out = ok(lexdesk(db_path, "users", "add", "sam", "--team", "Outsourced", "--vendor"))
    assert "sam added: specialist, team Outsourced (vendor)" in out
    r = piped(db_path, "short\n", "users", "add", "bea", "--role", "appeals", "--password-stdin")
    assert r.exit_code == 1 and "at least 10 characters" in r.output
    out = ok(piped(db_path, "a password piped in\n", "users", "add", "bea", "--role", "appeals", "--password-stdin"))
    assert "with the password" not in out  # a password given is not printed
    listed = ok(lexdesk(db_path, "users", "list"))
    assert "ada" in listed and "Outsourced (vendor)" in listed
    assert "disabled" in ok(lexdesk(db_path, "users", "disable", " SAM "))
    r = lexdesk(db_path, "users", "add", "ADA")
    assert r.exit_code == 1 and "exists" in r.output
    out = ok(lexdesk(db_path, "users", "reset-password", "ada"))
    assert re.search(r"with the password (\S+)", out).group(1) != password.group(1)  # type: ignore[union-attr]
    r = lexdesk(db_path, "users", "add", "x", "--role", "boss")
    assert r.exit_code == 1 and "unknown role 'boss'" in r.output and "specialist" in r.output


def test_names_are_accounts(session: Session) -> None:
    accounts.add_user(session, "alice", role=Role.appeals, actor="t", password="long enough pw")
    for typed in ("Alice", "ALICE", "alice ", " alice"):
        assert accounts.resolve_actor(session, typed).username == "alice"
    with pytest.raises(NotFound):
        accounts.resolve_actor(session, "alicia")
    with pytest.raises(Invalid):
        accounts.resolve_actor(session, "  ")
    accounts.disable_user(session, "alice", actor="t")
    with pytest.raises(Forbidden):
        accounts.resolve_actor(session, "alice")
    assert accounts.authenticate(session, "alice", "long enough pw") is None


def test_roles(session: Session) -> None:
    sam, _ = accounts.add_user(session, "sam", role="specialist", actor="t", password="long enough pw")
    meg, _ = accounts.add_user(session, "meg", role="manager", actor="t", password="long enough pw")
    assert sam.may(Action.file) and not sam.may(Action.report) and not sam.may(Action.approve)
    assert meg.may(Action.report) and meg.may(Action.approve) and not meg.may(Action.admin)
    with pytest.raises(Forbidden, match="may not"):
        sam.require(Action.report)


def test_four_eyes_between_accounts(session: Session, case: Case, rcfg: ResponsesConfig) -> None:
    for name in ("alice", "bob", "sam"):
        accounts.add_user(session, name, role="specialist" if name == "sam" else "appeals", actor="t",
                          password="long enough pw")
    d = service.draft_reply(session, case.ref, rcfg, author="Alice ").draft  # typed as it came
    for same in ("alice", "ALICE", " Alice"):
        with pytest.raises(Forbidden, match="four eyes"):
            service.approve_draft(session, d.id, rcfg, actor=same)
    with pytest.raises(NotFound):
        service.approve_draft(session, d.id, rcfg, actor="nobody")
    with pytest.raises(Forbidden, match="may not"):
        service.approve_draft(session, d.id, rcfg, actor="sam")  # a specialist does not approve
    accounts.disable_user(session, "bob", actor="t")
    with pytest.raises(Forbidden, match="disabled"):
        service.approve_draft(session, d.id, rcfg, actor="bob")
    accounts.add_user(session, "carol", role="manager", actor="t", password="long enough pw")
    assert service.approve_draft(session, d.id, rcfg, actor="Carol").approver == "carol"


def test_tokens_are_kept_hashed_and_a_new_one_revokes_the_old(session: Session) -> None:
    acc, _ = accounts.add_user(session, "meg", role="manager", actor="t", password="long enough pw")
    first = accounts.issue_api_token(session, acc.id)
    assert accounts.by_api_token(session, first) == acc
    second = accounts.issue_api_token(session, acc.id)
    assert accounts.by_api_token(session, first) is None and accounts.by_api_token(session, second) == acc
    from cases.models import User

    stored = session.get(User, acc.id)
    assert stored is not None and second not in (stored.api_token_hash or "")


def test_a_database_made_before_accounts_had_tokens_is_upgraded(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import inspect

    from cases.db import _alembic_config, init_db, make_engine

    engine = make_engine(tmp_path / "old.db")
    init_db(engine)
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0002")
    assert "api_token_hash" not in {c["name"] for c in inspect(engine).get_columns("user")}
    init_db(engine)
    assert {"api_token_hash", "feed_token_hash"} <= {c["name"] for c in inspect(engine).get_columns("user")}
    engine.dispose()
