"""Regexes every stage shares.

E-mail addresses are read at two strictnesses, and only these two:

- `EMAIL`: an address as a sender gives it, to be taken as theirs: it starts with a letter or
  digit and ends in a top-level domain of letters, so "x@localhost" or "…@123.45" is none.
- `EMAIL_LOOSE`: anything shaped like an address, to find and blank out or redact (an apostrophe
  may stand in the local part, "o'neill@…"); `domain` is the part after the "@".
"""

from __future__ import annotations

import re

EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][\w.+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
EMAIL_LOOSE = re.compile(r"(?<![\w.+'-])[\w.+'-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)")
