"""What page furniture looks like, shared by the paged formats (PDF, DOCX headers and footers)."""

from __future__ import annotations

import re

PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.|pg\.?|seite|s\.|side|pagina|página)\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?"
    r"(?:\s*(?:of|von|sur|af|de|di|/|\|)\s*\d{1,4})?$",
    re.I,
)


def is_page_number(text: str) -> bool:
    """"Page 2 of 3", "Seite 2", "- 2 -", "2/3", "2": a page number and nothing else."""
    return bool(PAGE_NUMBER.match(" ".join(text.split())))


def furniture_key(text: str) -> str:
    """Lines compared across pages: case, spacing and numbers (page numbers, dates) don't count."""
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


# "Firm name  Page 2 of 3": a running footer line that ends in a page number.
ENDS_IN_PAGE_NUMBER = re.compile(
    r"\S.*\b(?:page|seite|side|página|pagina)\s*\d{1,4}(?:\s*(?:of|von|sur|af|de|di|/)\s*\d{1,4})?$", re.I
)


def ends_in_page_number(text: str) -> bool:
    return bool(ENDS_IN_PAGE_NUMBER.match(" ".join(text.split())))
