"""Dates written in letters, and the letter's own date.

`find_dates` reads the ways people write a date in English, German, French and Danish:
"17 November 2026", "17th Nov", "Monday 23rd November", "December 1, 2026", "20. November 2026",
"le lundi 30 novembre 2026", "1er décembre", "den 3. december 2026", "19.11.2026", "01/12/2026",
"2026-11-19". A date written without its year takes the year that puts it on or after the
reference day (the letter's date), or the year its weekday fits. A numeric date both of whose
parts could be the month is read day first unless the sender writes month first (the US).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import lexicon
from extract.layout.letter import Letter
from extract.layout.lines import SALUTATION
from extract.models import Evidence, Found

logger = logging.getLogger(__name__)

MONTHS: dict[str, int] = {w: i + 1 for w, i in lexicon.calendar("months").items()}
WEEKDAYS: dict[str, int] = lexicon.calendar("weekdays")

# two-letter German weekday abbreviations ("Mo", "Di") are only read with a following comma
_SHORT_WD = {w for w in WEEKDAYS if len(w) == 2}


def _alt(words: object) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))  # type: ignore[attr-defined]


_ABBREVIATIONS = lexicon.short_forms("months")
# a full month name keeps the full stop after it out ("no later than 1 December.")
_MONTH = "(?P<m>{})".format("|".join(
    re.escape(w) + (r"\.?" if w in _ABBREVIATIONS else "") for w in sorted(MONTHS, key=len, reverse=True)
))
_WD = rf"(?P<wd>{_alt(w for w in WEEKDAYS if w not in _SHORT_WD)}|(?:{_alt(_SHORT_WD)})(?=,))\.?"
_YEAR = r"(?P<y>(?:19|20)\d\d)(?!\d)"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|e|\.)?"

# The patterns start at the day (or the month) so that the regex engine skips quickly through
# text; a weekday written before the date ("Monday 23rd November", "le lundi 30 novembre 2026",
# "Montag, den 30. November 2026") is taken in afterwards by `_WD_BEFORE`.
# day before month: "23rd November", "30 novembre 2026", "20. November 2026", "17th of Nov, 2026"
_DMY = re.compile(
    rf"(?<![\w.]){_DAY}\s*(?:day\s+)?(?:of\s+)?{_MONTH}(?![\w])(?:,?\s*{_YEAR})?",
    re.I,
)
# month before day: "December 1, 2026", "Nov 17th"
_MDY = re.compile(
    rf"\b(?<![\w.]){_MONTH}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.]\d)(?!\w)(?:,?\s+{_YEAR})?",
    re.I,
)
_NUMERIC = re.compile(
    r"(?<![\w./-])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)(?P<c>(?:19|20)\d\d|\d\d)(?![\w]|[./-]\d)"
)
_ISO = re.compile(r"(?<![\w./-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])")
# German and Danish short form without a year: "bis zum 15.12."
_SHORT_DOTTED = re.compile(r"(?<![\w./-])(?P<a>[0-3]?\d)\.(?P<b>[01]?\d)\.(?![\w.])")
# a day and month with neither a year nor a closing dot, "until 10.12", "by 05/01": read only
# where asked (after a deadline's cue); the month written with two digits, and no decimal,
# percentage, time or amount following ("10.12%", "10.12 Uhr", "10.12 EUR")
_BARE_DAY_MONTH = re.compile(
    r"(?<![\w./,-])(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]\d)(?![\w%]|[./,]\d|\s*(?:%|[ap]\.?m\b|uhr\b|h\b|hrs?\b|"
    r"o['’]clock|€|\$|£|eur\b|euro|gbp\b|dkk\b|kr\b|pounds?\b|mio\b|million))",
    re.I,
)
_WD_BEFORE = re.compile(rf"(?<![\w.]){_WD},?\s+(?:(?:the|den|le)\s+)?$", re.I)
# a day of the month alone, read only where asked (after a deadline's cue): an English ordinal
# after "the" ("by the 3rd"), or a number after a weekday ("d'ici mardi 8", "by Thursday the 3rd",
# "bis Donnerstag, den 3.") — the next such day; a weekday written with it must fit
_DAY_ONLY = re.compile(
    rf"(?<![\w.])(?:(?P<the>the)\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)|"
    rf"{_WD},?\s+(?:(?:the|den|dem|le)\s+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th|er|e|\.)?)(?![\w]|[.:/-]\d)",
    re.I,
)
# a day named by a feast or the year's end ("before Christmas", "bis Jahresende", "avant Noël")
# (one pass over the text for all of them: a group per day, its MMDD by the group's number)
_NAMED: tuple[tuple[str, int], ...] = tuple(e for lang in lexicon.DESK for e in lexicon.numbers("named_days", lang))
_NAMED_DAYS = re.compile(
    "|".join(rf"(?P<n{i}>(?<![\w]){rx}(?![\w]))" for i, (rx, _) in enumerate(_NAMED)), re.I
)
_DAYS_AHEAD = 92


def _next_day_numbered(day: int, weekday: int | None, reference: date) -> date | None:
    """The first day numbered `day` on or after the reference, within three months, on `weekday`
    where one is written ("jeudi 3": the next Thursday the 3rd)."""
    for ahead in range(_DAYS_AHEAD):
        x = reference + timedelta(days=ahead)
        if x.day == day and (weekday is None or x.weekday() == weekday):
            return x
    return None


def _next_named(mmdd: int, reference: date) -> date | None:
    month, day = divmod(mmdd, 100)
    this = _make(reference.year, month, day)
    if this is None:
        return None
    return this if this >= reference else _make(reference.year + 1, month, day)


@dataclass(frozen=True)
class DateMention:
    """A date written in the text: `start`/`end` span it in the text searched."""

    start: int
    end: int
    value: date
    text: str
    has_year: bool = True
    weekday: bool = False  # a weekday was written with it ("Monday 23 November")
    numeric: bool = False
    ambiguous: bool = False  # numeric, and both parts could be the month


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:  # "31 November", "29.02.2027": no such day, so no date
        logger.debug("no such day: %04d-%02d-%02d", y, m, d)
        return None


def _month_name_ok(word: str) -> bool:
    # "may" and "mar"/"jan" are ordinary words too: the English modal only counts capitalised
    return not (word.lower() in ("may", "mar", "man", "mo", "so") and word[0].islower())


_RECENT_DAYS = 45


def _year_for(m: int, d: int, weekday: int | None, reference: date) -> date | None:
    """The year a date without one is meant to fall in: the one its weekday fits, nearest the
    reference; else the first on or after the reference (a demand looks forward), unless that
    leaves it only weeks before the reference ("your email of 18 November", written on the 20th)."""
    options = [x for y in (reference.year - 1, reference.year, reference.year + 1) if (x := _make(y, m, d))]
    if weekday is not None:
        fits = [x for x in options if x.weekday() == weekday]
        if fits:
            return min(fits, key=lambda x: abs((x - reference).days))
    recent = [x for x in options if timedelta(0) < reference - x <= timedelta(days=_RECENT_DAYS)]
    if recent:
        return recent[0]
    later = [x for x in options if x >= reference]
    return later[0] if later else (options[-1] if options else None)


def find_dates(text: str, *, reference: date, month_first: bool = False,
               offset: int = 0, bare_day_month: bool = False) -> list[DateMention]:
    """Every date written in `text`, in order; spans are shifted by `offset`.

    `reference` (the letter's date, or the day it arrived) gives a year to dates written without
    one; `month_first` reads ambiguous numeric dates as the US does (12/01/2026 = 1 December).
    `bare_day_month` also reads "10.12" and "10/12" (no year, no closing dot), a day alone ("the
    3rd", "jeudi 3") and a named day ("Christmas"), which only a cue before them makes a date.
    """
    ref = reference
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def weekday_before(m: re.Match[str]) -> tuple[int, int | None]:
        w = _WD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        return (w.start(), WEEKDAYS[w["wd"].lower().rstrip(".")]) if w else (m.start(), None)

    def add(m: re.Match[str], value: date | None, start: int, **kw: bool) -> None:
        s, e = start, m.end()
        if value is None or any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        found.append(DateMention(s + offset, e + offset, value, text[s:e], **kw))

    for m in _ISO.finditer(text):
        add(m, _make(int(m["y"]), int(m["m"]), int(m["d"])), m.start(), numeric=True)
    for m in _NUMERIC.finditer(text):
        a, b, c = int(m["a"]), int(m["b"]), int(m["c"])
        y = c if c >= 100 else 2000 + c
        both = a <= 12 and b <= 12 and a != b
        # month first: the sender's habit, or the only reading possible
        month_then_day = b > 12 >= a or (month_first and a <= 12)
        value = _make(y, a, b) if month_then_day else _make(y, b, a)
        start, wd = weekday_before(m)
        add(m, value, start, numeric=True, ambiguous=both, weekday=wd is not None)
    for rx in (_DMY, _MDY):
        for m in rx.finditer(text):
            if not _month_name_ok(m["m"]):
                continue
            mon, day = MONTHS[m["m"].lower().rstrip(".")], int(m["d"])
            if not 1 <= day <= 31:
                continue
            start, wd = weekday_before(m)
            value = _make(int(m["y"]), mon, day) if m["y"] else _year_for(mon, day, wd, ref)
            add(m, value, start, has_year=bool(m["y"]), weekday=wd is not None)
    for m in _SHORT_DOTTED.finditer(text):
        day, mon = int(m["a"]), int(m["b"])
        if 1 <= mon <= 12 and 1 <= day <= 31:
            start, wd = weekday_before(m)
            add(m, _year_for(mon, day, wd, ref), start, has_year=False, numeric=True, weekday=wd is not None)
    if bare_day_month:
        for m in _BARE_DAY_MONTH.finditer(text):
            a, b = int(m["a"]), int(m["b"])
            day, mon = (b, a) if month_first and m["sep"] == "/" and a <= 12 else (a, b)
            if 1 <= mon <= 12 and 1 <= day <= 31:
                start, wd = weekday_before(m)
                add(m, _year_for(mon, day, wd, ref), start, has_year=False, numeric=True, weekday=wd is not None,
                    ambiguous=a <= 12 and b <= 12 and a != b)
        for m in _DAY_ONLY.finditer(text):
            day = int(m["d1"] or m["d2"])
            wd = WEEKDAYS[m["wd"].lower().rstrip(".")] if m["wd"] else None
            add(m, _next_day_numbered(day, wd, ref) if 1 <= day <= 31 else None,
                m.start("d1") if m["the"] else m.start(), has_year=False, weekday=wd is not None)
        for m in _NAMED_DAYS.finditer(text):
            mmdd = _NAMED[int((m.lastgroup or "n0")[1:])][1]
            add(m, _next_named(mmdd, ref), m.start(), has_year=False)
    return sorted(found, key=lambda x: x.start)


# --- the letter's own date -------------------------------------------------------------------

# "Date:", "Datum:", "Dato:", also after other fields on the same line ("Our ref: X  |  Date:")
_LABEL = re.compile(
    rf"(?:^|\t|\s{{2,}}|[|·•]\s*)\s*{lexicon.alternation('date_labels')}\s*[:.]?\s*$",
    re.I,
)
_SUBMITTED = re.compile(r"^\s*(?:submitted|sent|received by us|issued|date submitted)\s*(?:on)?\s*:?\s*$", re.I)
# "Stuttgart, 6. November 2026", "Lyon, le 2 décembre 2026", "Leipzig, den 19.10.2026"
_PLACE = re.compile(
    r"^\s*[A-ZÄÖÜÉÈÆØÅ][\w .'()/-]{1,40}?(?:,\s*(?:(?:den|le|d\.|am|the)\s+)?|\s+(?:den|le)\s+)$"
)
# a label before the place: "Date : Bordeaux, le 6 novembre 2026", "Datum: Köln, den 3.3.2027",
# a table's cells "Date | Nantes, le 12 mars 2027"
_LABEL_LEAD = re.compile(r"^\s*(?:date|datum|dato|fait)\s*[:.|]?\s+(?=[A-ZÄÖÜÉÈÆØÅ])", re.I)
_STAMP = re.compile(rf"\b{lexicon.alternation('received_stamps')}\b", re.I)


def _line_at(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, len(text) if e < 0 else e


def _letter_date_score(text: str, mention: DateMention) -> float:
    """How much a date looks like the letter's own: alone on its line, after a place name or
    a "Date:" label; not a received stamp or a date inside a sentence."""
    ls, le = _line_at(text, mention.start)
    before = text[ls:mention.start]
    raw_after = text[mention.end:le]
    after = raw_after.strip(" \t.,")
    if _STAMP.search(text[ls:le]):
        return 0.0
    # nothing after it on the line, a time, another field ("  Our ref: …", "| By email"), a capitalised note
    after_ok = (not after or re.fullmatch(r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:\w{1,4}|\(\w+\))?)", after)
                or re.match(r"(?:\t|\s{3,}|\s*[|·•])", raw_after) or re.fullmatch(r"[A-Z][A-Z &/-]{1,40}", after))
    if not after_ok:
        return 0.0
    if not before.strip():
        return 1.0
    if _LABEL.search(before):
        return 0.95
    if _PLACE.match(before) or _PLACE.match(_LABEL_LEAD.sub("", before, count=1)):
        return 0.9
    if _SUBMITTED.match(before):
        return 0.7
    if re.search(r"(?:\t|\s{3,}|[|·•])\s*$", before):
        return 0.75  # the last field of a header line: "Our ref: AB/1 | Your ref: CD/2 | 5 November 2026"
    return 0.0


# Countries whose numeric dates put the month first (12/01/2026 = 1 December).
_MONTH_FIRST = frozenset({"US"})


def month_first_country(country: str | None) -> bool:
    """Whether numeric dates from this country put the month first (12/01/2026 = 1 December)."""
    return (country or "").upper().split("-")[0] in _MONTH_FIRST  # "DE-SN": the country's habit


def _mentions(text: str, reference: date, month_first: bool) -> Iterator[DateMention]:
    plain = find_dates(text, reference=reference)
    if any(m.ambiguous for m in plain) and month_first:
        plain = find_dates(text, reference=reference, month_first=True)
    yield from plain


def find_letter_date(letter: Letter, *, month_first: bool) -> Found[date] | None:
    """The date the letter bears (an email's Date header), told apart from dates it mentions.
    `month_first`: the sender's country writes numeric dates month first (`month_first_country`)."""
    email = letter.parsed.email
    if email is not None and email.date is not None:
        raw = email.date.isoformat()
        return Found(email.date.date(), Evidence(0, len(raw), raw, "header:Date"), 0.95,
                     "the email's Date header", "letter_date.header")
    text = letter.body
    sal = SALUTATION.search(text)
    head_end = sal.start() if sal and sal.start() > 0 else min(len(text), 2500)
    best: tuple[float, DateMention] | None = None
    for m in _mentions(text, letter.received, month_first):
        if not m.has_year:
            continue
        score = _letter_date_score(text, m)
        if m.start >= head_end:
            score *= 0.6  # a date line further down: a form's "Date:" field, a signed-and-dated line
        # the letter cannot be dated after it arrived (allow a day for time zones)
        if m.value > letter.received + timedelta(days=1):
            score *= 0.3
        if score > 0 and (best is None or score > best[0]):
            best = (score, m)
    if best is None:
        return None
    score, m = best
    heading = score >= 0.9
    return Found(m.value, Evidence(m.start, m.end, m.text), round(min(score, 0.95), 2),
                 "a date standing alone near the top of the letter" if heading else "a labelled date line",
                 "letter_date.heading" if heading else "letter_date.line")
