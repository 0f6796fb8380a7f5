"""Dates in letters, and the letter's own date told apart from the dates it mentions."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from functools import partial

import pytest

from extract.layout.letter import Letter
from extract.models import Found
from extract.parties.country import letter_signals, sender_country
from extract.time.dates import find_dates, find_letter_date, month_first_country
from ingest.models import EmailHeaders
from tests.extract.conftest import make_letter

REF = date(2026, 11, 10)
letter = partial(make_letter, received=REF)


def letter_date(lt: Letter) -> Found[date] | None:
    """The letter's date, read in the date order of the sender's country as the pipeline tells it."""
    country = sender_country(letter_signals(lt))
    return find_letter_date(lt, month_first=month_first_country(country.value if country else None))


def only(text: str, **kw: object) -> date:
    found = find_dates(text, reference=REF, **kw)  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0].value


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("17 November 2026", date(2026, 11, 17)),
        ("17th Nov", date(2026, 11, 17)),
        ("Monday 23rd November", date(2026, 11, 23)),
        ("Friday, 4 December 2026", date(2026, 12, 4)),
        ("the 3rd of December, 2026", date(2026, 12, 3)),
        ("December 1, 2026", date(2026, 12, 1)),
        ("Nov. 17th", date(2026, 11, 17)),
        ("20. November 2026", date(2026, 11, 20)),
        ("Montag, den 30. November 2026", date(2026, 11, 30)),
        ("am 3. März 2027", date(2027, 3, 3)),
        ("19.11.2026", date(2026, 11, 19)),
        ("bis zum 15.12.", date(2026, 12, 15)),
        ("le lundi 30 novembre 2026", date(2026, 11, 30)),
        ("1er décembre", date(2026, 12, 1)),
        ("le 2 févr. 2027", date(2027, 2, 2)),
        ("den 3. december 2026", date(2026, 12, 3)),
        ("mandag den 7. december", date(2026, 12, 7)),
        ("2026-11-19", date(2026, 11, 19)),
        ("01/12/2026", date(2026, 12, 1)),
        ("01-12-26", date(2026, 12, 1)),
    ],
)
def test_a_date_is_read_in_each_language_and_format(written: str, meant: date) -> None:
    assert only(f"Please reply by {written} at the latest.") == meant


def test_the_span_covers_the_date_as_written() -> None:
    text = "We require your reply no later than Monday 23rd November, failing which we will sue."
    (found,) = find_dates(text, reference=REF)
    assert text[found.start:found.end] == "Monday 23rd November"
    assert found.weekday and not found.has_year


def test_a_full_stop_after_a_month_name_ends_the_sentence() -> None:
    (found,) = find_dates("Please confirm no later than 1 December. Thank you.", reference=REF)
    assert found.text == "1 December"


def test_a_date_without_a_year_falls_on_or_after_the_reference() -> None:
    assert only("by 5 January", ) == date(2027, 1, 5)
    assert only("by 12 November") == date(2026, 11, 12)


def test_a_weekday_picks_the_year_it_fits() -> None:
    # 5 January 2027 is a Tuesday; written with "Tuesday" it stays in 2027, with "Monday" it cannot
    assert only("Tuesday 5 January") == date(2027, 1, 5)
    assert only("Monday 5 January") == date(2026, 1, 5)


def test_numeric_dates_follow_the_senders_convention() -> None:
    assert only("12/01/2026") == date(2026, 1, 12)
    assert only("12/01/2026", month_first=True) == date(2026, 12, 1)
    # only one reading possible: either way
    assert only("25/12/2026", month_first=True) == date(2026, 12, 25)
    assert only("12/25/2026") == date(2026, 12, 25)


def test_words_and_numbers_that_are_not_dates_are_left_alone() -> None:
    assert find_dates("section 5 may apply; it is open 24/7 and 50/50; Art. 15 Abs. 3 DSGVO", reference=REF) == []
    assert find_dates("CI-2026-0117 and 2026/0402", reference=REF) == []


def test_the_letter_date_stands_alone_after_the_letterhead() -> None:
    text = (
        "SMITH & JONES LLP\n1 High Street, London EC1A 1AA\n\nTrustpilot A/S\nCopenhagen\n\n"
        "RECEIVED 15 OCT 2026\n\nOur ref: AB/123\nDate: 12 October 2026\n\nDear Sirs\n\n"
        "Review posted on 16 August 2026\n\nWe refer to our letter of 28 August 2026.\n"
    )
    found = letter_date(letter(text, received=date(2026, 10, 15)))
    assert found is not None and found.value == date(2026, 10, 12)
    assert text[found.evidence.start:found.evidence.end] == "12 October 2026"


@pytest.mark.parametrize(
    ("line", "meant", "language"),
    [
        ("Stuttgart, 6. November 2026", date(2026, 11, 6), "de"),
        ("Leipzig, den 19.10.2026", date(2026, 10, 19), "de"),
        ("Lyon, le 2 décembre 2026", date(2026, 12, 2), "fr"),
        ("Aarhus den 3. november 2026", date(2026, 11, 3), "da"),
        ("Dato: 3. november 2026", date(2026, 11, 3), "da"),
        ("Our ref: XY/1    Date: 5 November 2026", date(2026, 11, 5), "en"),
        ("Date : Nantes, le 12 mars 2027", date(2027, 3, 12), "fr"),
        ("Datum: Köln, den 4. Februar 2027", date(2027, 2, 4), "de"),
        ("Date | Rennes, le 9 avril 2027", date(2027, 4, 9), "fr"),
    ],
)
def test_the_letter_date_after_a_place_or_a_label(line: str, meant: date, language: str) -> None:
    text = f"Kanzlei Muster\nHauptstraße 1\n\n{line}\n\nBetreff: Bewertung vom 14. Oktober 2026\n\nHallo,\n\ntext"
    found = letter_date(letter(text, language=language, received=meant + timedelta(days=2)))
    assert found is not None and found.value == meant


def test_an_email_is_dated_by_its_header() -> None:
    sent = datetime(2026, 12, 1, 15, 34, tzinfo=timezone(timedelta(hours=-5)))
    found = letter_date(letter("Hi,\n\nSee my letter of 3 November 2026.\n", email=EmailHeaders(date=sent)))
    assert found is not None and found.value == date(2026, 12, 1)  # the sender's own day, not UTC's
    assert found.evidence is not None and found.evidence.source == "header:Date"


def test_a_letter_without_a_date_line_has_none() -> None:
    text = "Dear Sirs\n\nThe review was posted on 3 November 2026 and we ask you to remove it.\n"
    assert letter_date(letter(text)) is None


def test_a_us_letter_numeric_date_reads_month_first() -> None:
    text = (
        "DOE & PARTNERS LLP\n100 Main Street, Boston, MA 02110\nTel. (617) 555-0100\n\n"
        "11/09/2026\n\nDear Sir or Madam:\n\nWe write about a review.\n"
    )
    found = letter_date(letter(text, received=date(2026, 11, 12)))
    assert found is not None and found.value == date(2026, 11, 9)


@pytest.mark.parametrize(
    ("line", "meant"),
    [
        ("Our ref: AB/1 | Your ref: CD/2 | 5 November 2026", date(2026, 11, 5)),
        ("Dated this 5th day of November 2026", date(2026, 11, 5)),
        ("Submitted: 26/11/2026 21:47 (CET)", date(2026, 11, 26)),
        ("Thursday, 5 November 2026", date(2026, 11, 5)),
    ],
)
def test_other_ways_a_letter_is_dated(line: str, meant: date) -> None:
    found = letter_date(letter(f"ACME LTD\n\n{line}\n\nDear Sirs\n\nWe write.\n", received=meant))
    assert found is not None and found.value == meant


def test_a_date_just_before_the_reference_stays_in_its_year() -> None:
    # "your email of 3 November", written on 10 November: not next year's 3 November
    assert only("your email of 3 November") == date(2026, 11, 3)


@pytest.mark.parametrize(
    "line", ["5 November 2026    Our ref: AB/1", "5 November 2026 | By email only", "5 November 2026 BY EMAIL"]
)
def test_a_date_line_may_carry_another_field(line: str) -> None:
    found = letter_date(letter(f"ACME LTD\n\n{line}\n\nDear Sirs\n\nWe write.\n", received=date(2026, 11, 6)))
    assert found is not None and found.value == date(2026, 11, 5)


def test_a_date_inside_a_sentence_is_not_the_letters_date() -> None:
    text = "ACME LTD\n\nReview posted on 5 November 2026 by a user\n\nDear Sirs\n\nWe write.\n"
    assert letter_date(letter(text)) is None
