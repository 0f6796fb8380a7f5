"""The time wing: dates written in letters, the letter's own date, relative periods, working
days, and the deadline. Entries: `find_letter_date`, `find_deadline`."""

from extract.time.dates import find_letter_date, month_first_country
from extract.time.deadlines import find_deadline

__all__ = ["find_deadline", "find_letter_date", "month_first_country"]
