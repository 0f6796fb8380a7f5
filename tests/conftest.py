"""Fixtures and helpers shared by every test package: the corpus, a database, the configuration
the stages are given (with a clock stopped at a known moment), and the command line."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:  # the stages are imported where used: the ingest and extract tests need none of them
    from sqlmodel import Session
    from typer.testing import Result

    from cases.clock import Clock
    from cases.config import CasesConfig
    from cases.models import Case
    from responses.config import ResponsesConfig

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
# The day the stage tests' clock stands at, unless a package's conftest says otherwise.
NOW = datetime(2026, 11, 3, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The labelled dev corpus (../shared/corpus/dev); tests that need it skip where it is absent."""
    dev = SHARED_CORPUS / "dev"
    if not (dev / "gold.jsonl").exists():
        pytest.skip(f"the labelled corpus is not here ({dev}); it lives beside the repo in ../shared")
    return dev


# --- configuration ---------------------------------------------------------------------------------

def cases_config(originals: Path, clock: Clock, **over: Any) -> CasesConfig:
    """The cases stage's configuration from the bundled rules, as lexdesk.settings builds it."""
    from cases.config import CasesConfig
    from cases.rulebook import load_priority_rules, load_sla
    from cases.statutory import load_regimes
    from extract.profile import load_profile

    return CasesConfig(profile=load_profile(), sla=load_sla(), statutory=load_regimes(),
                       priority=load_priority_rules(), clock=clock, originals=originals, **over)


def responses_config(cases: CasesConfig) -> ResponsesConfig:
    from responses.config import ResponsesConfig
    from responses.letterhead import load_letterhead
    from responses.library import load_library

    return ResponsesConfig(cases=cases, library=load_library(), letterhead=load_letterhead())


@pytest.fixture
def clock() -> Clock:
    from cases.clock import FixedClock

    return FixedClock(NOW)


@pytest.fixture
def cfg(tmp_path: Path, clock: Clock) -> CasesConfig:
    return cases_config(tmp_path / "originals", clock)


@pytest.fixture
def rcfg(cfg: CasesConfig) -> ResponsesConfig:
    return responses_config(cfg)


# --- a database ------------------------------------------------------------------------------------

@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "lexdesk.db"


# CI's second run: a PostgreSQL server (scripts/test-postgres.sh). The tests that use the shared
# `session` get a database of their own on it, and the command line run on their `db_path` goes
# to the same one; the rest keep their SQLite files.
TEST_DATABASE_URL = os.environ.get("LEXDESK_TEST_DATABASE_URL")
_SWITCHED: dict[str, str] = {}  # a test's db_path -> the server's database standing for it


@contextmanager
def database_for(db_path: Path) -> Iterator[str]:
    """The database a test works in: its SQLite file, or a fresh database on the test server."""
    if not TEST_DATABASE_URL:
        yield str(db_path)
        return
    from sqlalchemy import create_engine, make_url, text

    admin = create_engine(TEST_DATABASE_URL, isolation_level="AUTOCOMMIT")
    name = f"lx_{uuid.uuid4().hex[:16]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(TEST_DATABASE_URL).set(database=name).render_as_string(hide_password=False)
    _SWITCHED[str(db_path)] = url
    try:
        yield url
    finally:
        _SWITCHED.pop(str(db_path), None)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def session(db_path: Path) -> Iterator[Session]:
    from sqlmodel import Session

    from cases.db import init_db, make_engine

    with database_for(db_path) as url:
        engine = make_engine(url)
        init_db(engine)
        with Session(engine, expire_on_commit=False) as s:
            yield s
        engine.dispose()


# --- the command line ------------------------------------------------------------------------------

def lexdesk(db: Path, *args: str, user: str | None = None, clock: Clock | None = None,
            env: dict[str, str] | None = None, catch_exceptions: bool = True) -> Result:
    """Run `lexdesk --db DB ARGS...` as `user`, with `clock` if given (else the system's)."""
    from typer.testing import CliRunner

    from lexdesk.cli import app

    environ = dict(env or {})
    if user is not None:
        environ["LEXDESK_USER"] = user
    target = _SWITCHED.get(str(db), str(db))
    if target != str(db):  # on the test server: the originals where the SQLite file would keep them
        environ.setdefault("LEXDESK_ORIGINALS_DIR", str(db.with_name(db.stem + "-originals")))
    return CliRunner().invoke(app, ["--db", target, *args], env=environ, obj=clock, catch_exceptions=catch_exceptions)


def ok(result: Result, codes: Sequence[int] = (0,)) -> str:
    """The output of a command that must succeed."""
    assert result.exit_code in codes, result.output
    return result.output


# --- one case on file: a solicitor's email with a letter attached -------------------------------------

URL = "https://uk.example-reviews.com/reviews/0123456789abcdef01234567"


def letter_fields(**over: object) -> dict[str, object]:
    fields: dict[str, object] = {
        "kind": "legal_demand",
        "sender_name": "Mara Quill",
        "sender_organisation": "Quill & Partners LLP",
        "sender_email": "m.quill@quill-partners.test",
        "represented_party": "Lanternfield Joinery Ltd",
        "their_reference": "MQ/LJ/77",
        "our_reference": None,
        "cited_urls": [URL],
        "cited_review_ids": ["0123456789abcdef01234567"],
        "quoted_statements": ["The owner is a {{ 7*7 }} crook who {% raw %}steals{% endraw %} deposits."],
        "deadline": "2026-11-20",
        "deadline_basis": "within 14 days of the date of this letter",
        "legal_bases": ["defamation"],
    }
    fields.update(over)
    return fields


@pytest.fixture
def case(session: Session) -> Case:
    from cases.models import Case, Deadline, Document

    c = Case(ref="CI-2026-0042", year=2026, number=42, opened=date(2026, 11, 6), kind="legal_demand",
             title="Lanternfield Joinery: defamation complaint")
    session.add(c)
    session.flush()
    email = Document(
        sha256="a" * 64, original="aa/email.eml", filename="email.eml", media_type="eml", received=date(2026, 11, 6),
        language="en", kind="legal_demand", subject="Lanternfield Joinery Ltd - defamatory review",
        from_addr="m.quill@quill-partners.test", case_id=c.id, message_id="<msg-2@quill-partners.test>",
        in_reply_to="<msg-1@platform.test>", references=["<msg-0@quill-partners.test>", "<msg-1@platform.test>"],
        text="Please see our letter attached.", fields=letter_fields(cited_urls=[], cited_review_ids=[],
                                                                   quoted_statements=[], deadline=None),
    )
    session.add(email)
    session.flush()
    letter = Document(
        sha256="b" * 64, original="bb/letter.pdf", filename="email.eml", part="letter.pdf", media_type="pdf",
        received=date(2026, 11, 6), language="en", kind="legal_demand", case_id=c.id, parent_id=email.id,
        text="...", fields=letter_fields(),
    )
    session.add(letter)
    session.flush()
    session.add(Deadline(case_id=c.id, document_id=letter.id, due=date(2026, 11, 20), source="letter",
                         basis="within 14 days of the date of this letter"))
    session.add(Deadline(case_id=c.id, document_id=email.id, due=date(2026, 11, 9), source="sla", regime="sla",
                         basis="first response within 3 working days"))
    session.commit()
    return c


@pytest.fixture
def url() -> str:
    """The review the case's letter cites."""
    return URL


def wait_until(check: Callable[[], Any], what: str, timeout: float = 120) -> Any:
    """Poll `check` until it returns something true; fail saying `what` did not happen (a worker
    taking a job, a page showing a preview)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        got = check()
        if got:
            return got
        time.sleep(0.1)
    raise AssertionError(f"{what}: not within {timeout:g} s")
