"""The time wing: dates written in letters, the letter's own date, relative periods, working
days, and the deadline. Entries: `find_letter_date`, `find_deadline`.

The entries are imported when first asked for (extract/lazy.py): `extract.time.workdays`, which
the case rules use, loads without the date reader and its patterns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.lazy import lazy_exports

if TYPE_CHECKING:
    from extract.time.dates import find_letter_date, month_first_country
    from extract.time.deadlines import find_deadline

__all__ = ["find_deadline", "find_letter_date", "month_first_country"]
__getattr__ = lazy_exports(__name__, {
    "find_letter_date": "extract.time.dates", "month_first_country": "extract.time.dates",
    "find_deadline": "extract.time.deadlines",
})
