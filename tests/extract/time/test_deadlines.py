"""The deadline: the date the sender demands a reply or action by, with the words that set it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from extract.models import FoundDeadline
from extract.time.deadlines import find_deadline
from ingest.models import EmailHeaders
from tests.extract.conftest import make_letter


def deadline(
    text: str,
    *,
    dated: date | None,
    received: date = date(2026, 11, 30),
    country: str = "GB",
    quoted: str = "",
    email: EmailHeaders | None = None,
) -> FoundDeadline | None:
    letter = make_letter(text, quoted=quoted, email=email, received=received)
    found = find_deadline(letter, letter_date=dated, country=country)
    if found is not None:  # the evidence is the span of the basis in the letter's text
        assert found.evidence is not None
        assert " ".join(letter.text[found.evidence.start:found.evidence.end].split()) == found.basis
    return found


def test_an_explicit_date_after_a_demand_cue() -> None:
    text = (
        "We refer to our letter of 19 August 2026. The review, posted on 2 August 2026, is false.\n\n"
        "We therefore require you, by 4pm on 17 November 2026, to remove the review.\n"
    )
    found = deadline(text, dated=date(2026, 11, 5))
    assert found is not None
    assert (found.date, found.basis, found.rule) == (date(2026, 11, 17), "by 4pm on 17 November 2026", "explicit")


def test_a_relative_period_runs_from_the_letters_date() -> None:
    found = deadline("Please remove the review within 14 days of the date of this letter.", dated=date(2026, 10, 12),
                     received=date(2026, 10, 15))
    assert found is not None
    assert found.date == date(2026, 10, 26) and found.anchor == date(2026, 10, 12)
    assert found.basis == "within 14 days of the date of this letter"


def test_without_a_letter_date_the_period_runs_from_receipt() -> None:
    found = deadline("We require your response within seven (7) days of receipt of this notice.", dated=None,
                     received=date(2026, 10, 20))
    assert found is not None and found.date == date(2026, 10, 27)


def test_working_days_skip_christmas_and_boxing_day_in_england() -> None:
    # Thursday 17 December 2026: Christmas Day is a Friday, Boxing Day (Saturday) moves to Monday 28th
    found = deadline("Unless we receive confirmation within seven (7) working days of the date of this letter, "
                     "we will issue proceedings.", dated=date(2026, 12, 17))
    assert found is not None and found.date == date(2026, 12, 30) and found.rule == "working_days"


def test_working_days_skip_good_friday_and_easter_monday_in_england() -> None:
    found = deadline("Please remove the review within five working days.", dated=date(2026, 3, 31))
    assert found is not None and found.date == date(2026, 4, 9)


def test_werktage_skip_a_german_feiertag() -> None:
    # Christi Himmelfahrt, Thursday 14 May 2026
    found = deadline("Bitte entfernen Sie die Bewertung binnen drei Werktagen.", dated=date(2026, 5, 13), country="DE")
    assert found is not None and found.date == date(2026, 5, 19)
    assert found.basis == "binnen drei Werktagen"


def test_business_days_from_a_us_sender() -> None:
    found = deadline("Please confirm the actions taken within ten (10) business days of the date of this letter.",
                     dated=date(2026, 11, 20), country="US")
    # Thanksgiving, Thursday 26 November, is a US federal holiday
    assert found is not None and found.date == date(2026, 12, 7)


def test_a_us_sender_writes_the_month_first() -> None:
    text = "Please respond no later than 12/01/2026."
    us = deadline(text, dated=date(2026, 11, 20), country="US")
    assert us is not None and us.date == date(2026, 12, 1)
    uk = deadline("Please respond no later than 01/12/2026.", dated=date(2026, 11, 20))
    assert uk is not None and uk.date == date(2026, 12, 1)


def test_within_one_month_of_receipt_is_the_same_day_next_month_clamped() -> None:
    # "of receipt" runs from the day the request reached us, not from its own date
    found = deadline("Please respond within one month of receipt of this request, as Article 12(3) requires.",
                     dated=date(2027, 1, 29), received=date(2027, 1, 31))
    assert found is not None and found.date == date(2027, 2, 28) and found.rule == "month"


@pytest.mark.parametrize(
    ("sentence", "dated", "meant", "basis"),
    [
        ("Wir fordern Sie auf, die Bewertung zu entfernen, und zwar bis zum 20. November 2026.",
         date(2026, 11, 6), date(2026, 11, 20), "bis zum 20. November 2026"),
        ("Für Ihre Bestätigung haben wir uns eine Frist bis zum\n\n20. November 2026\n\nnotiert.",
         date(2026, 11, 9), date(2026, 11, 20), "Frist bis zum 20. November 2026"),
        ("Ich erwarte Ihre Antwort innerhalb eines Monats, also spätestens bis zum 19.11.2026.",
         date(2026, 10, 19), date(2026, 11, 19), "innerhalb eines Monats, also spätestens bis zum 19.11.2026"),
        ("Wir erwarten Ihre Auskunft binnen eines Monats nach Zugang dieses Schreibens.",
         date(2026, 11, 10), date(2026, 12, 30), "binnen eines Monats nach Zugang dieses Schreibens"),  # from receipt
        ("Bitte entfernen Sie die Bewertung innerhalb von 14 Tagen.",
         date(2026, 11, 10), date(2026, 11, 24), "innerhalb von 14 Tagen"),
        ("Bitte antworten Sie binnen zwei Wochen.", date(2026, 11, 10), date(2026, 11, 24), "binnen zwei Wochen"),
        ("Je vous mets en demeure de retirer l'avis dans un délai de huit (8) jours à compter de la date de la "
         "présente.", date(2026, 12, 2), date(2026, 12, 10),
         "dans un délai de huit (8) jours à compter de la date de la présente"),
        ("Nous vous remercions de nous répondre au plus tard le lundi 30 novembre 2026.",
         date(2026, 11, 19), date(2026, 11, 30), "au plus tard le lundi 30 novembre 2026"),
        ("Merci de retirer cet avis sous quinzaine.", date(2026, 11, 2), date(2026, 11, 17), "sous quinzaine"),
        ("Merci de nous répondre avant le 1er décembre.", date(2026, 11, 20), date(2026, 12, 1),
         "avant le 1er décembre"),
        ("Vi skal bede jer om at fjerne anmeldelsen senest den 3. december 2026.",
         date(2026, 11, 20), date(2026, 12, 3), "senest den 3. december 2026"),
        ("Vi anmoder jer om at fjerne anmeldelsen inden 8 dage fra modtagelsen af dette brev.",
         date(2026, 11, 20), date(2026, 12, 8), "inden 8 dage fra modtagelsen af dette brev"),  # from receipt
        ("I bedes svare inden for ti hverdage.", date(2026, 12, 17), date(2027, 1, 4), "inden for ti hverdage"),
    ],
)
def test_german_french_and_danish_demands(sentence: str, dated: date, meant: date, basis: str) -> None:
    country = "DK" if "jer" in sentence or "I bedes" in sentence else "GB"
    found = deadline(sentence, dated=dated, country=country)
    assert found is not None
    assert (found.date, found.basis) == (meant, basis)


@pytest.mark.parametrize(
    ("sentence", "meant"),
    [
        ("I want my review put back up within 7 days or I'm going to complain.", date(2026, 11, 23)),
        ("If I haven't had a proper answer within twenty-one (21) days I'll complain.", date(2026, 12, 7)),
        ("Please notify us of your decision within 48 hours.", date(2026, 11, 18)),
        ("We require your response by the end of this month.", date(2026, 11, 30)),
        ("Please let us have your comments by tomorrow.", date(2026, 11, 17)),
        ("Could you get back to me by Friday please?", date(2026, 11, 20)),
        ("Could you let me have something by Wednesday 18 November? I have a call that afternoon.",
         date(2026, 11, 18)),
        ("Unless the review is taken down within a fortnight, we will issue proceedings.", date(2026, 11, 30)),
        ("We would be grateful for your response by close of business on Friday 4 December 2026.",
         date(2026, 12, 4)),
        ("Response required by: 10/12/2026", date(2026, 12, 10)),
    ],
)
def test_english_demands(sentence: str, meant: date) -> None:
    found = deadline(sentence, dated=date(2026, 11, 16))
    assert found is not None and found.date == meant


@pytest.mark.parametrize(
    "text",
    [
        "Please take these reviews down immediately. I am frightened.",
        "Please acknowledge receipt by return and remove the review as soon as possible.",
        "Given the threat, I would be grateful if this request could be dealt with as a matter of urgency.",
        "The review was posted on 3 December 2026. The hearing on 15 January 2027 will go ahead. The order "
        "dated 20 November 2026 is enclosed.",
        "The deposit was protected within 30 days of receipt, as required by the Housing Act 2004.",
        "Both reviews went up within five days of each other, as I told your colleague.",
        "Any person affected may apply to vary this Order within 7 days of service of it upon them.",
        "The twenty-one day period for your response expired on 23 November 2026.",
    ],
)
def test_no_deadline_where_none_is_demanded(text: str) -> None:
    assert deadline(text, dated=date(2026, 12, 7)) is None


def test_the_explicit_demanded_date_beats_a_period_elsewhere() -> None:
    text = (
        "We enclose the sealed Order, paragraph 1 of which requires you to disclose the information by 4pm on "
        "11 December 2026.\n\n5. The Respondent may apply to set aside this Order within 7 days of service.\n"
    )
    found = deadline(text, dated=date(2026, 11, 23))
    assert found is not None and found.date == date(2026, 12, 11)


def test_in_a_thread_the_new_message_wins_and_the_platforms_own_words_are_not_a_demand() -> None:
    email = EmailHeaders(from_addr="jo@example.co.uk", date=datetime(2026, 11, 19, 8, 5, tzinfo=UTC))
    ours = ("On Wed, 18 Nov 2026 at 10:42, Content Team <content-integrity@trustpilot.com> wrote:\n"
            "> Please reply with the documentation within 7 days.\n")
    assert deadline("Here you go. Can you put my review back up asap please.", dated=date(2026, 11, 19),
                    quoted=ours, email=email) is None
    mine = ("On Mon, 16 Nov 2026 at 10:00, Jo <jo@example.co.uk> wrote:\n"
            "> I want an answer within 7 days.\n")
    found = deadline("Still waiting, see below.", dated=date(2026, 11, 19), quoted=mine, email=email)
    assert found is not None and found.date == date(2026, 11, 23)  # 7 days from the quoted message's own date
    found = deadline("Please reply by Friday 27 November.", dated=date(2026, 11, 19), quoted=mine, email=email)
    assert found is not None and found.date == date(2026, 11, 27)


def test_a_forwarded_customer_message_is_read_after_the_colleagues_request() -> None:
    text = (
        "Hi team,\n\nCould someone let me know where this one stands by Thursday 19 Nov? I see him on Friday.\n\n"
        "Callum\n\n---------- Forwarded message ---------\nFrom: Gary <gary@example.co.uk>\n"
        "Date: Mon, 16 Nov 2026 at 18:22\n\nPlease reply within 3 days.\n"
    )
    found = deadline(text, dated=date(2026, 11, 17))
    assert found is not None and found.date == date(2026, 11, 19) and found.basis == "by Thursday 19 Nov"


def test_a_period_set_by_an_earlier_letter_is_not_this_letters_deadline() -> None:
    text = ("In our letter of 2 November 2026 we asked you to respond within 14 days. You did not.\n\n"
            "We now require your response within 7 days of the date of this letter.")
    found = deadline(text, dated=date(2026, 11, 20))
    assert found is not None and found.date == date(2026, 11, 27)


def test_the_substantive_reply_beats_an_acknowledgement() -> None:
    text = "Please acknowledge receipt within 2 working days and provide a full response within 14 days."
    found = deadline(text, dated=date(2026, 11, 20))
    assert found is not None and found.date == date(2026, 12, 4) and found.basis == "within 14 days"


@pytest.mark.parametrize(
    ("sentence", "meant", "basis"),
    [
        # received 30 November (the helper's default): "of receipt" runs from then
        ("You have 14 days from receipt of this letter to remove the review.", date(2026, 12, 14),
         "14 days from receipt of this letter"),
        ("We require a response within seven days of the date of this letter, i.e. by 27 November 2026.",
         date(2026, 11, 27), "within seven days of the date of this letter, i.e. by 27 November 2026"),
        ("The deadline for your response is 4 December 2026.", date(2026, 12, 4),
         "deadline for your response is 4 December 2026"),
        ("Je vous demande de retirer l'avis le 4 décembre 2026 au plus tard.", date(2026, 12, 4),
         "4 décembre 2026 au plus tard"),
        ("Vi skal bede om jeres svar senest 8 dage efter modtagelsen af dette brev.", date(2026, 12, 8),
         "senest 8 dage efter modtagelsen af dette brev"),
        ("Wir erwarten Ihre Stellungnahme bis Freitag, den 4. Dezember 2026.", date(2026, 12, 4),
         "bis Freitag, den 4. Dezember 2026"),
    ],
)
def test_more_ways_of_setting_a_deadline(sentence: str, meant: date, basis: str) -> None:
    found = deadline(sentence, dated=date(2026, 11, 20))
    assert found is not None and (found.date, found.basis) == (meant, basis)


def test_opening_hours_and_a_plan_of_our_own_are_not_deadlines() -> None:
    assert deadline("Sie erreichen uns Montag bis Freitag von 9 bis 17 Uhr.", dated=date(2026, 11, 20)) is None
    assert deadline("Our client will file its claim by 15 January 2027.", dated=date(2026, 11, 20)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Please note that your account is suspended until 31 December 2026.",
        "Ihr Konto ist bis 31.12.2026 gesperrt.",
        "Please provide the data for the period from 1 October until 3 December 2026.",
    ],
)
def test_until_and_bis_alone_seldom_set_a_deadline(text: str) -> None:
    assert deadline(text, dated=date(2026, 11, 20)) is None


def test_you_have_until() -> None:
    found = deadline("You have until 4 December 2026 to remove the review.", dated=date(2026, 11, 20))
    assert found is not None and found.date == date(2026, 12, 4)


def test_a_danish_authority_asks_within_working_days_from_todays_date_across_easter() -> None:
    # Skærtorsdag, Langfredag and 2. påskedag 2027 (25, 26 and 29 March) are no working days
    text = ("Datatilsynet beder om at modtage en redegørelse inden 8 hverdage fra dags dato. "
            "Henvendelsen sker med hjemmel i databeskyttelseslovens § 39.")
    found = deadline(text, dated=date(2027, 3, 22), country="DK")
    assert found is not None
    assert (found.date, found.basis, found.rule) == (date(2027, 4, 6), "inden 8 hverdage fra dags dato", "working_days")


@pytest.mark.parametrize(
    ("form", "basis"),
    [
        # a form's labelled field, as text, as a DOCX table row and with the value on the next line
        ("Officer: PC 1182 Amira Voss\nDate of request: 08/03/2027\nReply required by: 19/03/2027\n",
         "Reply required by: 19/03/2027"),
        ("Officer | PC 1182 Amira Voss\nDate of request | 08/03/2027\nResponse deadline | 19/03/2027\n",
         "Response deadline | 19/03/2027"),
        ("Aktenzeichen: 114 Js 2210/27\nAntwortfrist:\n19.03.2027\n", "Antwortfrist: 19.03.2027"),
        ("Date limite de réponse : 19/03/2027\n", "Date limite de réponse : 19/03/2027"),
        ("Svarfrist | 19.03.2027\n", "Svarfrist | 19.03.2027"),
        # the label says the format it wants
        ("Svarfrist (ÅÅÅÅ-MM-DD): 2027-03-19\n", "Svarfrist (ÅÅÅÅ-MM-DD): 2027-03-19"),
        ("Date by which a response is required: 19/03/2027\n", "Date by which a response is required: 19/03/2027"),
    ],
)
def test_a_forms_labelled_reply_date_is_the_deadline(form: str, basis: str) -> None:
    text = ("Request for disclosure of account data\n\n" + form +
            "\nThe account holder was reported to us on 02/03/2027 and the matter was recorded.\n")
    found = deadline(text, dated=date(2027, 3, 8), country="DE" if "Js" in form else "GB")
    assert found is not None
    assert (found.date, found.basis) == (date(2027, 3, 19), basis)


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Please restore my account. I wait your answer until 21.01, then I complain to the ombudsman.",
         date(2027, 1, 21)),
        ("We are awaiting your reply by 05/02 at the latest.", date(2027, 2, 5)),
    ],
)
def test_a_day_and_month_without_year_or_closing_dot_after_a_waiting_cue(text: str, meant: date) -> None:
    found = deadline(text, dated=date(2027, 1, 12))
    assert found is not None and found.date == meant


@pytest.mark.parametrize(
    "text",
    [
        "Please note that our turnover fell by 10.12% after you published the review.",
        "Please note that you raised the fee by 12.05 EUR without telling us.",
        "Bitte beachten Sie, dass der Umsatz bis 10.11 Uhr gesperrt war.",
    ],
)
def test_decimals_times_and_amounts_are_not_a_day_and_month(text: str) -> None:
    found = deadline(text, dated=date(2027, 1, 12))
    assert found is None or found.date == date(2027, 1, 13)  # "by ... tomorrow" may set the next day


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        ("Le dispositif est ainsi rédigé : « ORDONNONS à la société de retirer le contenu dans un délai de "
         "quinze jours à compter de la signification de la présente ordonnance. »",
         "dans un délai de quinze jours à compter de la signification de la présente ordonnance"),
        ("Der Antragsgegnerin wird aufgegeben, die Bewertung binnen 15 Tagen ab Zustellung dieses Beschlusses "
         "zu löschen.", "binnen 15 Tagen ab Zustellung dieses Beschlusses"),
    ],
)
def test_a_period_from_the_service_of_an_order_runs_from_the_day_it_reached_us(text: str, basis: str) -> None:
    # an order is served on us when it arrives: service counts like receipt (SCHEMA.md's "from delivery")
    found = deadline(text, dated=date(2027, 3, 1), received=date(2027, 3, 4), country="FR")
    assert found is not None and (found.date, found.basis) == (date(2027, 3, 19), basis)


def test_jours_ouvres_skip_armistice_day_in_france() -> None:
    # Thursday 5 November 2026 + 10 jours ouvrés, Wednesday 11 November being a public holiday
    found = deadline("Je vous mets en demeure de retirer l'avis dans un délai de 10 jours ouvrés à compter de la "
                     "présente.", dated=date(2026, 11, 5), country="FR")
    assert found is not None and found.date == date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Could somebody check the listing before our quarterly meeting on Thursday 14 January?", date(2027, 1, 14)),
        ("Könnten Sie sich die Bewertung vor unserem Termin am 12. Januar 2027 ansehen?", date(2027, 1, 12)),
        ("Pourriez-vous regarder l'avis avant notre réunion du 11 janvier 2027 ?", date(2027, 1, 11)),
    ],
)
def test_an_action_asked_before_a_dated_meeting(text: str, meant: date) -> None:
    # a colleague's request: the meeting's date is when the answer is needed, asked as a question
    found = deadline(text, dated=date(2026, 12, 28), received=date(2026, 12, 28))
    assert found is not None and found.date == meant


def test_a_meeting_mentioned_without_a_request_sets_no_deadline() -> None:
    text = "We discussed the matter before the board meeting on 3 December 2026 and nothing came of it."
    assert deadline(text, dated=date(2026, 12, 10)) is None


@pytest.mark.parametrize(
    ("text", "meant", "basis"),
    [
        ("Please reinstate my post by the 3rd.", date(2026, 12, 3), "by the 3rd"),
        ("Merci de me répondre d'ici jeudi 3 ; je pars ensuite.", date(2026, 12, 3), "d'ici jeudi 3"),
        ("Bitte antworten Sie bis Donnerstag, den 3.", date(2026, 12, 3), "bis Donnerstag, den 3."),
        ("Can you look into it before xmas, please?", date(2026, 12, 24), "before xmas"),
        ("Bitte erledigen Sie das vor Weihnachten.", date(2026, 12, 24), "vor Weihnachten"),
        ("Merci de retirer l'avis avant Noël.", date(2026, 12, 24), "avant Noël"),
        ("Vi beder jer svare før jul.", date(2026, 12, 24), "før jul"),
        ("Please deal with it by the end of the year.", date(2026, 12, 31), "by the end of the year"),
    ],
)
def test_a_day_of_the_month_alone_or_a_named_day(text: str, meant: date, basis: str) -> None:
    # written on Friday 27 November: "the 3rd" is the coming 3rd, "jeudi 3" the Thursday the 3rd
    found = deadline(text, dated=date(2026, 11, 27), received=date(2026, 11, 27))
    assert found is not None and (found.date, found.basis) == (meant, basis)


def test_a_weekday_that_does_not_fit_the_day_gives_no_date() -> None:
    # no Monday is the 3rd within the next three months of 27 November 2026 except in... none until 2027-05
    assert deadline("Merci de répondre d'ici lundi 3.", dated=date(2026, 11, 27)) is None


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("We can agree to extend the deadline to Friday 4 December 2026. The earlier date of 20 November no "
         "longer applies.",
         date(2026, 12, 4)),
        ("Notre mandante consent à reporter l'échéance au vendredi 4 décembre 2026 ; le terme du 20 novembre ne "
         "vaut plus.", date(2026, 12, 4)),
        ("Unsere Mandantin ist bereit, die Frist auf den 4. Dezember 2026 zu verlängern.", date(2026, 12, 4)),
        ("Vi forlænger hermed fristen til den 4. december 2026.", date(2026, 12, 4)),
    ],
)
def test_a_deadline_moved_to_a_new_date(text: str, meant: date) -> None:
    found = deadline(text, dated=date(2026, 11, 24), received=date(2026, 11, 24))
    assert found is not None and found.date == meant


@pytest.mark.parametrize(
    "text",
    [
        "Please remove the review immediately. Under the GDPR a controller must act within one month.",
        "Jeg beder jer slette oplysningerne om mig straks. Ifølge GDPR skal en dataansvarlig svare inden for en "
        "måned.",
        "Wir fordern Sie auf, die Bewertung sofort zu löschen. Nach Art. 17 DSGVO hat ein Verantwortlicher "
        "innerhalb eines Monats zu handeln.",
        "Je vous demande de retirer cet avis immédiatement. Conformément à l'article 12, un responsable de "
        "traitement dispose d'un mois.",
    ],
)
def test_a_demand_made_at_once_beside_the_laws_period_sets_no_date(text: str) -> None:
    assert deadline(text, dated=date(2026, 11, 9), country="DK") is None


def test_immediately_with_a_date_in_the_same_breath_keeps_the_date() -> None:
    found = deadline("Please remove the review immediately and in any event within 7 days of the date of this "
                     "letter.", dated=date(2026, 11, 9))
    assert found is not None and found.date == date(2026, 11, 16)


def test_the_writers_own_demand_beats_the_period_the_law_sets_anyone() -> None:
    text = ("Article 12(3) UK GDPR: a controller must answer an access request within one month of receipt. We "
            "require you to respond within 20 working days of the date of this letter.")
    found = deadline(text, dated=date(2026, 12, 2), received=date(2026, 12, 3))
    # 2 December + 20 working days in England: Christmas, Boxing Day (moved to the 28th), New Year's Day
    assert found is not None and (found.date, found.basis) == (
        date(2027, 1, 4), "within 20 working days of the date of this letter")


def test_an_acknowledgement_date_loses_to_the_substantive_period_after_it() -> None:
    text = ("Bitte bestätigen Sie uns den Erhalt dieses Briefes bis zum 4. Dezember 2026. Ihre Stellungnahme "
            "erwarte ich binnen drei Wochen ab Zugang dieses Briefes.")
    found = deadline(text, dated=date(2026, 11, 27), received=date(2026, 11, 30), country="DE")
    assert found is not None and found.date == date(2026, 12, 21)


@pytest.mark.parametrize(
    ("form", "meant"),
    [
        ("Référence : 77/2026\nDate : 02/12/2026\nDélai de réponse : 48 heures\n", date(2026, 12, 4)),
        ("Aktenzeichen: 1 Js 1/26\nAntwortfrist: 14 Tage\n", date(2026, 12, 16)),
        ("Case: 77\nResponse deadline: 7 days\n", date(2026, 12, 9)),
    ],
)
def test_a_forms_field_giving_a_period(form: str, meant: date) -> None:
    found = deadline(form, dated=date(2026, 12, 2), received=date(2026, 12, 2))
    assert found is not None and found.date == meant


def test_how_long_to_keep_records_is_not_a_deadline() -> None:
    text = ("Kindly keep every record about this account. Keep them for a period of 60 days from the date of this "
            "letter.")
    assert deadline(text, dated=date(2026, 11, 16), country="US") is None


@pytest.mark.parametrize(
    ("country", "meant"),
    [
        ("DE", date(2026, 11, 26)),  # nationwide holidays only
        ("DE-SN", date(2026, 11, 27)),  # Saxony keeps the Day of Repentance, Wednesday 18 November
    ],
)
def test_working_days_in_the_senders_part_of_the_country(country: str, meant: date) -> None:
    found = deadline("Entfernen Sie den Beitrag bitte innerhalb von zehn Arbeitstagen ab dem Datum dieses "
                     "Schreibens.", dated=date(2026, 11, 12), country=country)
    assert found is not None and found.date == meant


@pytest.mark.parametrize(
    "text",
    [
        "Our client is abroad; we hope to have his instructions by 20 November 2026.",
        "The committee meets next week, and I expect to be in a position to come back to you by 11 December.",
        "Die Replik reichen wir voraussichtlich bis zum 4. Dezember 2026 ein.",
        "Nous reviendrons vers vous d'ici le 4 décembre 2026.",
        "Vi forventer at kunne vende tilbage senest den 4. december 2026.",
    ],
)
def test_the_writers_own_plan_is_not_a_deadline(text: str) -> None:
    assert deadline(text, dated=date(2026, 11, 10)) is None


def test_the_new_limit_supersedes_the_one_it_moves() -> None:
    text = ("I mit brev af 3. november bad jeg om svar med frist den 1. december 2026. Efter vores samtale "
            "forlænger vi fristen til onsdag den 9. december 2026.")
    found = deadline(text, dated=date(2026, 12, 1), country="DK")
    assert found is not None and found.date == date(2026, 12, 9)


def test_a_chaser_that_says_take_it_down_immediately_leaves_no_date() -> None:
    found = deadline("Nothing has happened since my email. Remove the post immediately.", dated=date(2026, 10, 28),
                     quoted="Kindly delete it by 23 October at the latest.")
    assert found is None


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Geschäftszeichen: 4-77\nFristablauf: 07.12.2026\n", date(2026, 12, 7)),
        ("Action: take the post down.\nRequired action by: 02/12/2026\n", date(2026, 12, 2)),
        ("La date butoir de votre réponse est le vendredi 11 décembre 2026.", date(2026, 12, 11)),
        ("Their MD wants a reply by Thursday EOD.", date(2026, 11, 26)),
        ("Butikken vil gerne have en tilbagemelding senest på fredag.", date(2026, 11, 27)),
        ("Jeg sætter hermed en frist på 14 dage til at svare.", date(2026, 12, 7)),
        ("Für eine Rückmeldung bis 11. Dezember 2026 danke ich Ihnen im Voraus.", date(2026, 12, 11)),
        ("Wäre toll, wenn ihr euch bis Freitag, 4. Dezember meldet.", date(2026, 12, 4)),
    ],
)
def test_more_families_of_demand(text: str, meant: date) -> None:
    found = deadline(text, dated=date(2026, 11, 23), received=date(2026, 11, 23))
    assert found is not None and found.date == meant


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ('Enclosed is the Order made on 30 October 2026 (perfected 3 November 2026). Its first paragraph: "IT IS '
         'ORDERED that the Respondent shall within twenty-one days of the date of this Order identify the author."',
         date(2026, 11, 20)),
        ('The order we enclose was granted on November 18, 2026 by Justice Smith. It reads: "THIS COURT ORDERS '
         'that the Respondent take the post down within 10 days of the date of this Order."',
         date(2026, 11, 28)),
    ],
)
def test_a_period_from_the_date_of_an_order_runs_from_the_day_it_was_made(text: str, meant: date) -> None:
    found = deadline(text, dated=date(2026, 11, 20), received=date(2026, 11, 25))
    assert found is not None and found.date == meant


def test_the_laws_own_unverzueglich_quoted_is_not_the_writers_demand() -> None:
    text = ("Art. 17 DSGVO gibt jeder Person „das Recht, dass ihre Daten unverzüglich gelöscht werden“. Ich "
            "fordere Sie hiermit auf, den Namen bis spätestens zum 15.12.2026 zu löschen.")
    found = deadline(text, dated=date(2026, 11, 25), country="DE")
    assert found is not None and found.date == date(2026, 12, 15)


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # a reply asked by a date beside a request to do something at once: the date is the limit
        ("Please send everything within one calendar month of receiving this email. Should you need proof of "
         "identity, ask me straight away.", date(2026, 11, 21)),
        ("Veuillez conserver dès maintenant les journaux de connexion. Merci de nous répondre d'ici le mercredi 2 "
         "décembre 2026, 16 h (heure de Montréal).", date(2026, 12, 2)),
        # a limit moved, said in the passive
        ("Vi har modtaget jeres ønske. Svarfristen forlænges til mandag den 16. november 2026.",
         date(2026, 11, 16)),
        ("The deadline is hereby extended to 16 November 2026.", date(2026, 11, 16)),
        ("Le délai est prorogé au 16 novembre 2026.", date(2026, 11, 16)),
        # a limit granted to a date; a weekday of next week; a polite German request
        ("Un délai au 15 décembre 2026 vous est accordé pour présenter vos observations.",
         date(2026, 12, 15)),
        ("Wir sind Ihnen dankbar für eine Antwort bis Freitag nächster Woche.",
         date(2026, 10, 30)),
    ],
)
def test_still_more_families(text: str, meant: date) -> None:
    # Wednesday 21 October 2026
    found = deadline(text, dated=date(2026, 10, 21), received=date(2026, 10, 21))
    assert found is not None and found.date == meant


def test_a_right_the_platform_told_them_of_is_no_deadline() -> None:
    text = "Ihre Nachricht sagt, man könne binnen sechs Monaten Einspruch erheben."
    assert deadline(text, dated=date(2026, 12, 1), country="DE") is None


@pytest.mark.parametrize(
    ("sentence", "meant"),
    [
        # time moved: "extend time until", "an extension of time to"
        ("Our client is prepared to extend time until 4pm on Friday 19th March 2027 for your reply.",
         date(2027, 3, 19)),
        ("We agree to an extension of time to 19 March 2027.", date(2027, 3, 19)),
        # a number in words, then in figures
        ("Your response is due fourteen (14) days from the date of this letter.", date(2027, 3, 22)),
        ("Please respond within ten (10) days of the date of this letter.", date(2027, 3, 18)),
        # the end of this week, in German: the Friday
        ("Bitte löschen Sie das bis Ende der Woche.", date(2027, 3, 12)),
    ],
)
def test_moved_limits_numbers_in_words_and_figures_and_the_weeks_end(sentence: str, meant: date) -> None:
    found = deadline(sentence, dated=date(2027, 3, 8))  # a Monday
    assert found is not None and found.date == meant


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own side's plan in a case, and a hearing
        "The application will be heard on 22 March 2027. Our client will file its evidence in reply by 15 March 2027.",
        # an out-of-office reply: the absence and the closure are no demand
        "Ich bin bis einschließlich 19. März nicht im Büro. Bitte beachten Sie, dass unsere Kanzlei vom 24. "
        "Dezember bis einschließlich 6. Januar geschlossen ist.",
        "I am out of the office until 19 March 2027 with limited access to email.",
    ],
)
def test_plans_absences_and_closures_set_no_deadline(text: str) -> None:
    assert deadline(text, dated=date(2027, 3, 8)) is None


def test_an_absence_beside_a_demand_does_not_cancel_it() -> None:
    found = deadline("Please send your final position by noon on 19 March 2027; I am on leave from 22 March and "
                     "need instructions before then.", dated=date(2027, 3, 8))
    assert found is not None and found.date == date(2027, 3, 19)


@pytest.mark.parametrize(
    ("received", "meant"),
    [
        (date(2027, 3, 2), date(2027, 3, 11)),  # a Tuesday: eight clear days end on Thursday the 11th
        (date(2027, 3, 4), date(2027, 3, 15)),  # a Thursday: the 13th is a Saturday, so Monday the 15th
    ],
)
def test_jours_francs_count_neither_the_first_day_nor_the_last(received: date, meant: date) -> None:
    found = deadline("Nous vous demandons de retirer l'avis dans un délai de huit jours francs à compter de la "
                     "réception de la présente.", dated=date(2027, 3, 1), received=received, country="FR")
    assert found is not None and found.date == meant


@pytest.mark.parametrize(
    ("signature", "country", "meant"),
    [
        # a region's own day off, told by the sender's city or postcode (weekdays alone: Tuesday the 16th)
        ("Ngaio Ruatapu\nPhysio Kaiapoi Ltd, Christchurch", "NZ", date(2027, 11, 17)),  # Canterbury: Fri 12 Nov
        ("Lyle Osterbrook\nSuite 4, 8th Avenue SW, Calgary, Alberta T2P 1C9", "CA", date(2027, 11, 17)),  # Thu 11
    ],
)
def test_working_days_skip_the_senders_regional_holiday(signature: str, country: str, meant: date) -> None:
    text = f"Please remove the review within five working days of the date of this letter.\n\nRegards\n\n{signature}\n"
    lt = make_letter(text, received=date(2027, 11, 10))
    from extract.parties.country import holiday_calendar, letter_signals
    signals = letter_signals(lt)
    found = find_deadline(lt, letter_date=date(2027, 11, 9), country=holiday_calendar(country, signals))
    assert found is not None and found.date == meant


@pytest.mark.parametrize(
    ("sentence", "country", "meant"),
    [
        ("Your reply to this inquiry is requested no later than Friday, March 19, 2027.", "US", date(2027, 3, 19)),
        ("They've asked for an answer by end of play Tuesday, and I'd like to give them something.", "GB",
         date(2027, 3, 9)),
        ("Meine Mandantin ist einverstanden, dass Ihre Entscheidung bis längstens 19. März 2027 erfolgt.", "AT",
         date(2027, 3, 19)),
        ("Wir gewähren eine Verlängerung bis zum 19. März 2027.", "DE", date(2027, 3, 19)),
        ("Nous acceptons une prolongation jusqu'au 19 mars 2027.", "FR", date(2027, 3, 19)),
        ("Vi kan acceptere en forlængelse til fredag den 19. marts.", "DK", date(2027, 3, 19)),
        ("Kan I give mig besked inden ugens udgang?", "DK", date(2027, 3, 12)),
    ],
)
def test_passive_requests_relayed_asks_and_extensions_granted(sentence: str, country: str, meant: date) -> None:
    found = deadline(sentence, dated=date(2027, 3, 8), country=country)  # a Monday
    assert found is not None and found.date == meant


def test_the_writers_own_future_filing_is_no_demand() -> None:
    assert deadline("L'audience est fixée au 22 mars 2027. Je déposerai mes conclusions pour le 19 mars 2027 au plus "
                    "tard.", dated=date(2027, 3, 8), country="BE") is None
