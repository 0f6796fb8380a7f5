"""A real SQLite database in a tmp folder holding one case: a solicitor's email with a letter attached."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# pytest puts tests/ on sys.path (for tests/conftest.py), where tests/cases, tests/responses...
# would pass for namespace packages and shadow the real ones (their __init__ never runs). The repo
# root first on the path lets the real packages win. (Better: `pythonpath = ["."]` in pyproject.)
_REPO = str(Path(__file__).resolve().parents[2])
if _REPO not in sys.path:
    sys.path.insert(0, _REPO)

from sqlmodel import Session  # noqa: E402

from cases.db import init_db, make_engine  # noqa: E402
from cases.models import Case, Deadline, Document  # noqa: E402

URL = "https://uk.example-reviews.com/reviews/0123456789abcdef01234567"


@pytest.fixture()
def session(tmp_path: Path) -> Iterator[Session]:
    engine = make_engine(tmp_path / "test.db")
    init_db(engine)
    with Session(engine, expire_on_commit=False) as s:
        yield s
    engine.dispose()


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


@pytest.fixture()
def case(session: Session) -> Case:
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


@pytest.fixture()
def url() -> str:
    """The review the case's letter cites."""
    return URL
