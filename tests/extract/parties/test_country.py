"""The sender's country, from their address, domain, phone and language; never the platform's."""

from __future__ import annotations

import pytest

from extract.models import Evidence, Found
from extract.parties.country import email_signal, holiday_calendar, letter_signals, sender_country
from extract.time.dates import month_first_country
from ingest.models import EmailHeaders
from tests.extract.conftest import make_letter

ADDRESSEE = "Trustpilot A/S\nLegal Department\nPilestræde 58\n1112 Copenhagen K\nDenmark\n\n"


def country(text: str, *, language: str = "en", from_addr: str | None = None,
            email: Found[str] | None = None) -> Found[str] | None:
    """The country from the letter's own signs and, where given, the sender's address as the
    parties reader found it."""
    headers = EmailHeaders(from_addr=from_addr) if from_addr else None
    letter = make_letter(text, email=headers, language=language)
    return sender_country(letter_signals(letter) + email_signal(letter, email))


@pytest.mark.parametrize(
    ("letterhead", "language", "expected"),
    [
        ("SMITH & CO SOLICITORS\n3 Park Square, Leeds LS1 2NE\nTel 0113 496 0587\n\n", "en", "GB"),
        ("KANZLEI MUSTER\nKönigstraße 27 · 70173 Stuttgart\nTelefon +49 711 2290 4410\n\n", "de", "DE"),
        ("CABINET DUPONT\n18, quai Saint-Antoine – 69002 Lyon\nTél. : +33 (0)4 65 71 19 63\n\n", "fr", "FR"),
        ("ADVOKATFIRMAET HANSEN\nVestergade 10, 8000 Aarhus C\nTlf. +45 86 12 34 56\n\n", "da", "DK"),
        ("SAFETY WATCH CLG\n12 Ormond Quay Upper, Dublin 7, D07 K2X4\nTel: +353 1 908 4417\n\n", "en", "IE"),
        ("DOE LLP\n1185 Avenue of the Americas, New York, NY 10036\nTel. (212) 555-0100\n\n", "en", "US"),
        ("MINISTRY OF CONSUMER AFFAIRS\nEsplanada, Brasília, Brazil\nTel. +55 61 2025 3000\n\n", "en", "BR"),
        ("CITY POLICE\nCyber Crime Station, Pune, India\nTel. +91 20 2612 3000\n\n", "en", "IN"),
    ],
)
def test_the_letterhead_names_the_country_not_the_addressee(letterhead: str, language: str, expected: str) -> None:
    found = country(letterhead + ADDRESSEE + "Dear Sirs\n\nWe write about a review.\n", language=language)
    assert found is not None and found.value == expected
    assert found.evidence is not None and found.evidence.snippet in letterhead


def test_the_email_domain_of_the_sender() -> None:
    found = country("Hi,\n\nPlease put my review back.\n\nDanielle", from_addr="danielle@outlook.ie")
    assert found is not None and found.value == "IE"
    assert found.evidence is not None and found.evidence.source == "header:From"


def test_the_platforms_own_domain_and_address_say_nothing() -> None:
    text = ("Hi team,\n\nPlease look at this.\n\nTom\nAccount Manager\nTrustpilot\n"
            "5th Floor, 21 Mincing Lane, London EC3R 7AG")
    found = country(text, from_addr="tom@trustpilot.com")
    # the colleague's signature is the platform's own address: only the (English) language is left
    assert found is not None and found.value == "GB" and found.confidence == 1.0
    assert found.why.startswith("the letter is written in")


def test_the_parties_email_counts() -> None:
    email = Found("k.hollweg@kanzlei-example.de", Evidence(0, 0, "k.hollweg@kanzlei-example.de"))
    found = country("Sehr geehrte Damen und Herren,\n\nText.", language="de", email=email)
    assert found is not None and found.value == "DE"


def test_many_phone_numbers_do_not_outvote_an_address() -> None:
    text = ("WHITE & CO LLP\n10 Main Street, Boston, MA 02110\n\n" + ADDRESSEE +
            "Dear Sirs\n\nCall +44 20 7946 0001, +44 20 7946 0002, +44 20 7946 0003 or +44 20 7946 0004.\n")
    found = country(text, from_addr="jane@whiteco.com")
    assert found is not None and found.value in {"US", "GB"}
    # an address counts more than a phone number, however often one is repeated
    assert found.value == "US"


def test_only_the_us_writes_the_month_first() -> None:
    assert month_first_country("US")
    assert not month_first_country("GB") and not month_first_country("DE") and not month_first_country(None)


@pytest.mark.parametrize(
    ("letter", "language", "expected"),
    [
        ("KANZLEI MUSTER\nPrager Straße 2 · 01069 Dresden\n\nSehr geehrte Damen und Herren,\n", "de", "DE-SN"),
        ("KANZLEI MUSTER\nKönigstraße 27 · 70173 Stuttgart\n\nSehr geehrte Damen und Herren,\n", "de", "DE-BW"),
        # a US state's own holidays are not business days' concern: the federal calendar
        ("Hi,\n\nPlease restore my review.\n\nThanks,\nJo Doe\nBrooklyn, NY\n", "en", "US"),
        ("DOE LLP\n100 Main Street, Austin, TX 78701\n\nDear Sirs,\n", "en", "US"),
        ("SMITH & CO SOLICITORS\n3 Park Square, Leeds LS1 2NE\n\nDear Sirs,\n", "en", "GB"),
        # an Australian state keeps its own days off (Victoria's Cup Day): its working days skip them
        ("Cyber Crime Squad\n12 Flinders Lane, Melbourne VIC 3000\n\nDear Sir or Madam,\n", "en", "AU-VIC"),
    ],
)
def test_the_part_of_the_country_whose_holidays_the_sender_keeps(letter: str, language: str, expected: str) -> None:
    signals = letter_signals(make_letter(ADDRESSEE + letter, language=language))
    found = sender_country(signals)
    assert found is not None and holiday_calendar(found.value, signals) == expected
