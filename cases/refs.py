"""Case references PREFIX-YYYY-NNNN: the next number of the year, unique by a database constraint.

Two processes may read the same highest number at once; the second insert then breaks the
unique constraint on (year, number) and the caller retries its whole transaction (see
`cases.filing.file_document`), so uniqueness never depends on timing.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func
from sqlmodel import Session, select

from cases.models import Case


def format_ref(prefix: str, year: int, number: int) -> str:
    return f"{prefix}-{year}-{number:04d}"


def new_case(session: Session, *, prefix: str, opened: date, title: str = "", kind: str | None = None) -> Case:
    year = opened.year
    highest = session.exec(select(func.max(Case.number)).where(Case.year == year)).one() or 0
    number = highest + 1
    case = Case(ref=format_ref(prefix, year, number), year=year, number=number, opened=opened,
                title=title, kind=kind)
    session.add(case)
    session.flush()  # the constraint speaks here: IntegrityError when another process took it
    return case
