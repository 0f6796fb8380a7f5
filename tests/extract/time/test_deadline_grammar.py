"""Deadline sentences generated from a grammar — cue × filler × date format × mood × anchor — in
the four languages of the desk, read through the whole extractor; and sentences that set no deadline.

The generator is independent of the extractor's own lists: it writes letters the way people do,
and the property is that the date resolved is the one the sentence demands.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import extract
from extract.profile import load_profile
from ingest.models import ParsedDocument

PROFILE = load_profile()

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
}


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_formats(lang: str, d: date) -> list[str]:
    """The ways a letter in `lang` writes a date with its year (UK day-first for English)."""
    m = MONTHS[lang][d.month - 1]
    iso = d.isoformat()
    if lang == "en":
        return [f"{d.day} {m} {d.year}", f"{_ordinal(d.day)} {m} {d.year}", f"the {_ordinal(d.day)} of {m} {d.year}",
                f"{d.day:02d}/{d.month:02d}/{d.year}", iso, f"{d.day} {m[:3]} {d.year}", f"{m} {d.day}, {d.year}"]
    if lang == "de":
        return [f"{d.day}. {m} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}.{d.month}.{d.year}", iso]
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return [f"{day} {m} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}", iso]
    return [f"{d.day}. {m} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}.{d.month}.{d.year}", iso]


def fillers(lang: str, d: date) -> list[str]:
    """What stands between a demand cue and its date: times, zones, places, weekdays, articles."""
    wd = WEEKDAYS[lang][d.weekday()]
    return {
        "en": ["", "4.30pm on ", "midday on ", "5pm GMT on ", "close of business on ", f"{wd}, ",
               f"17:00 (London time) on {wd} ", "noon CET on "],
        "de": ["", "15 Uhr am ", "12:00 Uhr MEZ am ", f"{wd}, den ", f"{wd}, dem ", "17.00 Uhr am "],
        "fr": ["", "17h le ", "midi (heure de Paris) le ", f"{wd} ", f"{wd} le ", "18 h 00 le "],
        "da": ["", "kl. 16 den ", "kl. 12.00 (dansk tid) den ", f"{wd} den ", f"{wd} d. "],
    }[lang]


# Each template has {when} (filler + date). Moods: imperative, modal, passive, third person, nouns
# of a time limit, a form's labelled field.
EXPLICIT = {
    "en": [
        "Please remove the review by {when}.",
        "We require you to take the review down no later than {when}.",
        "You must provide the information on or before {when}.",
        "The documents are to be provided by {when}.",
        "You have until {when} to remove the review.",
        "The final date for your response is {when}.",
        "Your reply should reach us before {when}.",
        "We would be grateful to receive your answer by {when}.",
        "Kindly confirm that the content has been removed by {when} at the latest.",
        "The deadline for compliance is {when}.",
    ],
    "de": [
        "Wir fordern Sie auf, die Bewertung bis zum {when} zu entfernen.",
        "Die Auskünfte sind bis {when} zu erteilen.",
        "Bitte antworten Sie uns spätestens bis {when}.",
        "Wir haben uns hierfür eine Frist bis zum {when} notiert.",
        "Ihre Stellungnahme erwarten wir bis {when}.",
        "Die Frist endet am {when}.",
    ],
    "fr": [
        "Nous vous mettons en demeure de supprimer cet avis au plus tard le {when}.",
        "Les pièces doivent nous parvenir avant le {when}.",
        "Merci de nous répondre d'ici le {when}.",
        "Vous disposez d'un délai expirant le {when} pour retirer le contenu.",
        "Nous vous prions de bien vouloir nous répondre avant le {when}.",
    ],
    "da": [
        "Vi skal bede jer om at fjerne anmeldelsen senest {when}.",
        "Svaret bedes sendt senest {when}.",
        "I bedes svare inden {when}.",
        "Fristen for jeres svar er {when}.",
    ],
}

FORM = {
    "en": ["Reply required by: {date}", "Response deadline: {date}", "Due date: {date}"],
    "de": ["Antwort bis: {date}", "Frist: {date}"],
    "fr": ["Date limite de réponse : {date}", "Réponse attendue avant le : {date}"],
    "da": ["Frist for svar: {date}", "Svarfrist: {date}"],
}

# Relative periods: (template, days, from receipt?)
RELATIVE = {
    "en": [("Please remove the review within {n} days of the date of this letter.", False),
           ("We require your response within {n} days of receipt of this letter.", True),
           ("Please reply within {n} days.", False)],
    "de": [("Bitte entfernen Sie die Bewertung innerhalb von {n} Tagen ab Zugang dieses Schreibens.", True),
           ("Wir fordern Sie auf, binnen {n} Tagen ab dem Datum dieses Schreibens zu antworten.", False)],
    "fr": [("Nous vous demandons de répondre dans un délai de {n} jours à compter de la réception de la présente.",
            True),
           ("Merci de supprimer cet avis dans les {n} jours suivant la date du présent courrier.", False)],
    "da": [("Vi beder jer svare inden {n} dage fra modtagelsen af dette brev.", True),
           ("Anmeldelsen bedes fjernet inden {n} dage fra dags dato.", False)],
}

DATELINE = {
    "en": "{date}",
    "de": "Berlin, {date}",
    "fr": "Paris, le {date}",
    "da": "København, {date}",
}
OPENING = {
    "en": "Dear Sir or Madam,\n\nWe act for a client regarding a review on your platform. "
          "The review was posted on {past} and is untrue.",
    "de": "Sehr geehrte Damen und Herren,\n\nwir vertreten eine Mandantin wegen einer Bewertung auf Ihrer "
          "Plattform. Die Bewertung wurde am {past} veröffentlicht.",
    "fr": "Madame, Monsieur,\n\nNous intervenons au sujet d'un avis publié sur votre plateforme le {past}.",
    "da": "Kære modtager\n\nVi skriver vedrørende en anmeldelse på jeres platform, offentliggjort den {past}.",
}
CLOSING = {
    "en": "Yours faithfully\n\nJane Doe\nSolicitor",
    "de": "Mit freundlichen Grüßen\n\nErika Muster\nRechtsanwältin",
    "fr": "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\nJeanne Dupont\nAvocate",
    "da": "Med venlig hilsen\n\nKaren Hansen\nAdvokat",
}


@dataclass(frozen=True)
class Case:
    lang: str
    dated: date
    received: date
    sentence: str
    expected: date | None


def letter(c: Case) -> str:
    past = c.dated - timedelta(days=40)
    return "\n\n".join([
        DATELINE[c.lang].format(date=date_formats(c.lang, c.dated)[0]),
        OPENING[c.lang].format(past=date_formats(c.lang, past)[0]),
        c.sentence,
        CLOSING[c.lang],
    ])


def read_deadline(c: Case) -> date | None:
    parsed = ParsedDocument(sha256="0" * 64, media_type="txt", text=letter(c))
    found = extract(parsed, received=c.received, profile=PROFILE).deadline
    return found.date if found else None


LANGS = st.sampled_from(["en", "de", "fr", "da"])
LETTER_DAYS = st.dates(min_value=date(2026, 10, 1), max_value=date(2027, 3, 31))


@st.composite
def explicit_cases(draw: st.DrawFn) -> Case:
    lang = draw(LANGS)
    dated = draw(LETTER_DAYS)
    received = dated + timedelta(days=draw(st.integers(0, 6)))
    due = dated + timedelta(days=draw(st.integers(7, 45)))
    when = draw(st.sampled_from(fillers(lang, due))) + draw(st.sampled_from(date_formats(lang, due)))
    sentence = draw(st.sampled_from(EXPLICIT[lang])).format(when=when)
    return Case(lang, dated, received, sentence, due)


@st.composite
def form_cases(draw: st.DrawFn) -> Case:
    lang = draw(LANGS)
    dated = draw(LETTER_DAYS)
    due = dated + timedelta(days=draw(st.integers(7, 45)))
    field = draw(st.sampled_from(FORM[lang])).format(date=draw(st.sampled_from(date_formats(lang, due))))
    return Case(lang, dated, dated + timedelta(days=2), field, due)


@st.composite
def relative_cases(draw: st.DrawFn) -> Case:
    lang = draw(LANGS)
    dated = draw(LETTER_DAYS)
    received = dated + timedelta(days=draw(st.integers(1, 6)))
    n = draw(st.sampled_from([7, 10, 14, 21, 28]))
    template, from_receipt = draw(st.sampled_from(RELATIVE[lang]))
    expected = (received if from_receipt else dated) + timedelta(days=n)
    return Case(lang, dated, received, template.format(n=n), expected)


SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(explicit_cases())
def test_an_explicit_date_after_a_demand_in_any_mood_with_any_filler(c: Case) -> None:
    assert read_deadline(c) == c.expected, letter(c)


@SETTINGS
@given(form_cases())
def test_a_labelled_form_field(c: Case) -> None:
    assert read_deadline(c) == c.expected, letter(c)


@SETTINGS
@given(relative_cases())
def test_a_relative_period_runs_from_what_it_names(c: Case) -> None:
    assert read_deadline(c) == c.expected, letter(c)


NO_DEADLINE = {
    "en": [
        "We replied to your email on {past}.",
        "The hearing is listed for {future}.",
        "In our letter of {past} we asked you to remove the review.",
        "You did not reply by {past}.",
        "The review was published on {past} and has been read many times since.",
        "Please remove the review immediately.",
    ],
    "de": [
        "Mit Schreiben vom {past} hatten wir Sie zur Löschung aufgefordert.",
        "Die mündliche Verhandlung findet am {future} statt.",
        "Bitte entfernen Sie die Bewertung unverzüglich.",
    ],
    "fr": [
        "Par courrier du {past}, nous vous avions demandé de supprimer cet avis.",
        "L'audience est fixée au {future}.",
        "Nous vous demandons de supprimer cet avis sans délai.",
    ],
    "da": [
        "Vi skrev til jer den {past} uden at få svar.",
        "Retsmødet er berammet til den {future}.",
        "Vi beder jer fjerne anmeldelsen straks.",
    ],
}


@pytest.mark.parametrize(("lang", "template"), [(lang, t) for lang, ts in NO_DEADLINE.items() for t in ts])
def test_sentences_that_set_no_deadline(lang: str, template: str) -> None:
    dated = date(2026, 11, 12)
    sentence = template.format(past=date_formats(lang, date(2026, 10, 20))[0],
                               future=date_formats(lang, date(2027, 2, 3))[0])
    assert read_deadline(Case(lang, dated, date(2026, 11, 14), sentence, None)) is None


# Families seen on unseen letters, each in words of our own: (language, sentence, expected) with the
# letter dated 12 November 2026 and received 16 November 2026 (a Monday).
FAMILIES = [
    ("en", "Information required by: 30/11/2026", date(2026, 11, 30)),
    ("en", "We need the banner taken down within 5 business days of this email.", date(2026, 11, 19)),
    ("en", "THE COURT ORDERS THAT:\n\n1. The Respondent shall, within 14 days after being served with this "
           "order, disclose the account details.", date(2026, 11, 30)),
    ("en", "We would like your decision by Friday 27 November, before our season starts.", date(2026, 11, 27)),
    ("de", "Ihre Antwort wird bis zum Ablauf des 30. November 2026 erbeten.", date(2026, 11, 30)),
    ("de", "Für Ihre Rückmeldung haben wir uns den 30.11.2026 notiert.", date(2026, 11, 30)),
    ("fr", "PAR CES MOTIFS\n\nOrdonne le retrait de l'avis, lequel interviendra dans les huit jours de la "
           "signification de la présente décision.", date(2026, 11, 24)),
    ("da", "Vi vil gerne have jeres afgørelse innen fredag 27. november.", date(2026, 11, 27)),
    ("da", "Svar ønskes senest: 30.11.2026", date(2026, 11, 30)),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), FAMILIES)
def test_families_of_demands_seen_on_unseen_letters(lang: str, sentence: str, expected: date) -> None:
    assert read_deadline(Case(lang, date(2026, 11, 12), date(2026, 11, 16), sentence, expected)) == expected


MORE_FAMILIES = [
    ("en", "Please respond within 14 days of receiving this request.", date(2026, 11, 30)),
    ("de", "Erledigung bis: 30.11.2026", date(2026, 11, 30)),
    ("fr", "Nous vous invitons à retirer cet avis d'ici au 30 novembre 2026.", date(2026, 11, 30)),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), MORE_FAMILIES)
def test_more_families_seen_on_unseen_letters(lang: str, sentence: str, expected: date) -> None:
    assert read_deadline(Case(lang, date(2026, 11, 12), date(2026, 11, 16), sentence, expected)) == expected


POLITE = [
    ("en", "Could you look at it again? Ideally by Friday 20 November, as I am away after that.", date(2026, 11, 20)),
    ("de", "Ich würde mich freuen, wenn das bis Freitag, den 20. November geklärt ist.", date(2026, 11, 20)),
    ("fr", "Pourriez-vous revoir ce dossier, d'ici le vendredi 20 novembre si possible ?", date(2026, 11, 20)),
    ("da", "Kan I se på det igen? Gerne senest fredag den 20. november.", date(2026, 11, 20)),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), POLITE)
def test_a_polite_request_sets_its_date(lang: str, sentence: str, expected: date) -> None:
    assert read_deadline(Case(lang, date(2026, 11, 12), date(2026, 11, 16), sentence, expected)) == expected


END_OF_A_NAMED_MONTH = [
    ("en", "Please let us have your answer by the end of November.", date(2026, 11, 30)),
    ("de", "Bitte antworten Sie uns bis Ende Dezember.", date(2026, 12, 31)),
    ("fr", "Merci de nous répondre d'ici la fin novembre.", date(2026, 11, 30)),
    ("da", "Vi beder om svar inden udgangen af december.", date(2026, 12, 31)),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), END_OF_A_NAMED_MONTH)
def test_the_end_of_a_named_month_is_its_last_day(lang: str, sentence: str, expected: date) -> None:
    assert read_deadline(Case(lang, date(2026, 11, 12), date(2026, 11, 16), sentence, expected)) == expected
