"""Quoted statements: which quotations of a letter quote the content complained about."""

from __future__ import annotations

import pytest

from extract.citations.quotes import find_quotes


def values(text: str, url_spans: list[tuple[int, int]] | None = None) -> list[str]:
    return [q.value for q in find_quotes(text, url_spans)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The review says "They never turned up and kept my money." It is false.',
         "They never turned up and kept my money."),
        ("The review says “They never turned up and kept my money.” It is false.",
         "They never turned up and kept my money."),
        ("The review says 'They never turned up and kept my money.' It is false.",
         "They never turned up and kept my money."),
        ("The review says ‘They never turned up and won’t answer the phone.’ It is false.",
         "They never turned up and won’t answer the phone."),
        ("In der Bewertung heißt es: „Der Chef ist ein Betrüger und zahlt keine Löhne.“",
         "Der Chef ist ein Betrüger und zahlt keine Löhne."),
        ("Die Bewertung behauptet, man habe ‚die Kunden systematisch betrogen‘.",
         "die Kunden systematisch betrogen"),
        ("Der Nutzer schreibt: »Nie wieder, totaler Abzocker-Laden!«", "Nie wieder, totaler Abzocker-Laden!"),
        ("L'avis indique : « Service déplorable, le patron nous a insultés. »",
         "Service déplorable, le patron nous a insultés."),
        ("Anmeldelsen lyder: »Firmaet snyder sine kunder og svarer aldrig.«",
         "Firmaet snyder sine kunder og svarer aldrig."),
        ('I anmeldelsen står der: "De tog pengene og forsvandt."', "De tog pengene og forsvandt."),
    ],
)
def test_quotation_marks_of_four_languages(text: str, expected: str) -> None:
    assert values(text) == [expected]


def test_an_apostrophe_inside_a_double_quotation_is_kept() -> None:
    assert values('It says "Corbett\'s took a deposit and never came back."') == [
        "Corbett's took a deposit and never came back."
    ]


def test_a_quotation_wrapped_over_lines_is_one_statement_with_single_spaces() -> None:
    text = 'The review alleges that "the dentist had no idea what she was\ndoing and drilled a healthy tooth."'
    assert values(text) == ["the dentist had no idea what she was doing and drilled a healthy tooth."]


@pytest.mark.parametrize(
    "text",
    [
        'The review was posted by a user named "Honest Dave Smith".',  # a name
        'A review (the "Offending Review") was posted in May.',  # a defined term
        'The review is titled "Avoid This Cowboy Outfit At All Costs".',  # a title
        'This so-called "review of a visit that never happened" is a fake.',  # a scare quote
        'Section 5(3) provides that "the defence is defeated if the poster cannot be identified".',  # a law
        'Your email of 3 May said "the review reflects a genuine experience".',  # the platform's email
        'In our letter of 2 May we said "we will issue proceedings without further notice".',  # their own letter
        'Please reinstate it with this wording: "The engineer left a gas smell in my kitchen."',  # new wording
        'They promised to respond "in due course".',  # too short to be a statement
        'The owner told us: "we have never had a complaint before this one".',  # someone else's words
        'Vous nous avez indiqué que « l’avis respecte nos lignes directrices ».',
        'In Ihrer E-Mail vom 3. Mai heißt es, „die Bewertung verstößt nicht gegen die Richtlinien“.',
    ],
)
def test_quotations_of_other_things_are_not_statements(text: str) -> None:
    assert values(text) == []


def test_a_list_of_quotations_under_an_introduction() -> None:
    text = """The words complained of are:

(a) "They took my deposit and disappeared for six weeks."

(b) "The owner threatened me on the phone."

These statements are false."""
    assert values(text) == [
        "They took my deposit and disappeared for six weeks.",
        "The owner threatened me on the phone.",
    ]


def test_quotations_on_consecutive_lines_of_one_paragraph() -> None:
    text = ('The Review alleges, among other things, that:\n"Dr Malik had no idea what she was doing."\n'
            '"They only care about upselling private treatment."\n\nThese allegations are untrue.')
    assert values(text) == ["Dr Malik had no idea what she was doing.",
                            "They only care about upselling private treatment."]


def test_two_quotations_joined_by_and() -> None:
    text = 'It says "Don\'t be surprised if you get a brick through your window." and "Everyone should know."'
    assert values(text) == ["Don't be surprised if you get a brick through your window.", "Everyone should know."]


def test_a_quotation_on_the_line_after_a_cited_url() -> None:
    url = "https://uk.trustpilot.com/reviews/65f0c2a1b3d4e5f6a7b8c9d0"
    text = f'These are the two:\n\n{url}\n\n"Worst company ever, total scammers." Again: no order at all.'
    assert values(text, [(text.index(url), text.index(url) + len(url))]) == ["Worst company ever, total scammers."]


def test_a_quotation_that_goes_on_into_the_sentence_is_not_a_list_item() -> None:
    text = 'The review states:\n\n"They never came back."\n\n"Do not use them" is the heading.'
    assert values(text) == ["They never came back."]


def test_an_indented_block_quotation_without_marks() -> None:
    text = "The review reads:\n\n    Worst builder in Leeds. Took the money and ran.\n\nThis is untrue."
    assert values(text) == ["Worst builder in Leeds. Took the money and ran."]


def test_a_quotation_in_a_quoted_email_loses_its_quote_prefixes() -> None:
    text = '> We removed it because it says "the manager is a thief\n> and a liar", which breaks our rules.'
    assert values(text) == ["the manager is a thief and a liar"]


def test_the_same_statement_quoted_twice_is_listed_once() -> None:
    text = ('The review says "They stole my deposit and lied." \n\n'
            'As the review says, "They stole my deposit and lied."')
    assert values(text) == ["They stole my deposit and lied."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('A user named "Jo B." wrote "They never came back and kept the deposit."',
         ["They never came back and kept the deposit."]),
        ('Despite your email of 3 May, the review still says "They are crooks and liars."',
         ["They are crooks and liars."]),
        ('The review, headed "Cowboys", goes on: "They took the money and vanished."',
         ["They took the money and vanished."]),
        ('The review calls our client "a scam outfit that preys on pensioners".',
         ["a scam outfit that preys on pensioners"]),
        ('Die Nutzerin wirft unserer Mandantin vor, sie habe „die Kunden systematisch betrogen“.',
         ["die Kunden systematisch betrogen"]),
        ('Anmeldelsen, hvor der står: "De snyder alle deres kunder."', ["De snyder alle deres kunder."]),
    ],
)
def test_a_quoting_cue_after_a_name_or_a_platform_email(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'Trustpilot\'s own Guidelines for Reviewers state that "reviews must be based on a genuine experience".',
        'We replied publicly the next day: "We have no record of you as a customer."',
        'Die Richtlinien sehen vor, dass „Bewertungen auf echten Erfahrungen beruhen müssen“.',
    ],
)
def test_the_platforms_rules_and_the_business_reply_are_not_the_content(text: str) -> None:
    assert values(text) == []


def test_the_review_quoted_after_the_guidelines_are_named() -> None:
    text = 'The review breaches your guidelines because it says "the owner is a convicted fraudster".'
    assert values(text) == ["the owner is a convicted fraudster"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il décrivait honnêtement mon expérience : « Livraison avec trois semaines de retard. »",
         "Livraison avec trois semaines de retard."),
        ('I anmeldelsen stod der: "Ejeren er en svindler og en løgner."', "Ejeren er en svindler og en løgner."),
        ("In der Bewertung stand: „Der Chef betrügt seine Kunden seit Jahren.“",
         "Der Chef betrügt seine Kunden seit Jahren."),
        ('My review said: "Delivery was three weeks late and no refund."',
         "Delivery was three weeks late and no refund."),
    ],
)
def test_quoting_verbs_in_the_past_tense(text: str, expected: str) -> None:
    assert values(text) == [expected]


def test_a_heading_on_the_line_above_does_not_belong_to_the_introduction() -> None:
    # "Section 2" would read as a section of a law; the heading ends with its line.
    text = ("Section 2 - What was posted\n"
            "The post names our receptionist, who has worked at the practice since 2019, and includes the line "
            "\"Mia Hartley steals from the till, ask anyone who works there.\" We deny this.")
    assert values(text) == ["Mia Hartley steals from the till, ask anyone who works there."]


def test_a_sentence_wrapped_over_long_lines_is_not_cut_at_the_line_break() -> None:
    # The law named on the first line still introduces the quotation on the next.
    text = ("We refer to section 5 of the Defamation Act 2013, which provides in terms the defence\n"
            "Available to operators of websites as \"a defence for the operator to show that it did not post it.\"")
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'The operative part of the judgment reads: "The defendant shall remove the post within seven days."',
        "Der Tenor des Beschlusses lautet: „Der Antragsgegnerin wird aufgegeben, den Beitrag zu löschen.“",
        "Le dispositif du jugement est ainsi rédigé : « CONDAMNE la société à retirer le contenu sous huit jours. »",
        "Kendelsens konklusion lyder: »Sagsøgte skal fjerne opslaget inden syv dage.«",
    ],
)
def test_a_court_decision_quoted_in_its_own_words_is_not_the_content(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le jugement retient que l'avis contient des propos injurieux au sens de l'article 33 de la loi, "
         "notamment les passages suivants :\n\n« Ce garage vole ses clients sans le moindre scrupule. »",
         ["Ce garage vole ses clients sans le moindre scrupule."]),
        ("The court found that the post contains words defamatory within the meaning of section 1 of the Act, "
         'namely:\n\n"The landlord pockets every deposit and never repairs anything."',
         ["The landlord pockets every deposit and never repairs anything."]),
    ],
)
def test_a_law_named_as_the_measure_of_the_words_does_not_speak_them(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'A warning banner has been shown on our profile since Monday. It reads: "This business may have '
        'been asking for reviews selectively."',
        "Auf unserer Seite wird seit Montag ein Warnhinweis angezeigt. Der Text lautet: „Dieses Unternehmen "
        "hat möglicherweise gegen unsere Regeln verstoßen.“",
    ],
)
def test_the_platforms_own_banner_quoted_in_the_next_sentence_is_not_the_content(text: str) -> None:
    assert values(text) == []


def test_a_bare_it_reads_after_a_sentence_about_the_review_quotes_the_review() -> None:
    text = 'The review was posted on your website last week. It reads: "The locksmith charged us triple and left."'
    assert values(text) == ["The locksmith charged us triple and left."]


@pytest.mark.parametrize(
    "text",
    [
        'The shop has since written to me that they "had the review taken down for good".',
        'Firmaet har skrevet til os, at de "har sørget for at få den slettet".',
        "Der Händler hat mir geschrieben, er habe „die Bewertung längst entfernen lassen“.",
        "Le vendeur m'a écrit qu'il avait « fait supprimer cet avis définitivement ».",
    ],
)
def test_words_written_to_the_sender_are_not_the_content(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The review states: "The plumber flooded our kitchen." and further that "he laughed when we asked '
         'for a refund."', ["The plumber flooded our kitchen.", "he laughed when we asked for a refund."]),
        ("Il écrit : « Le notaire a perdu notre dossier. » et plus loin « personne ne répond jamais au "
         "téléphone. »", ["Le notaire a perdu notre dossier.", "personne ne répond jamais au téléphone."]),
        ("In der Bewertung heißt es:\n\n„Die Werkstatt hat mein Auto beschädigt.“\n\nUnd weiter: ‚Der Meister "
         "lügt jedem Kunden ins Gesicht.‘", ["Die Werkstatt hat mein Auto beschädigt.",
                                              "Der Meister lügt jedem Kunden ins Gesicht."]),
        ("Anmeldelsen lyder: »Hotellet har skimmel i alle værelser.«\n\nOg videre: »Personalet stjæler fra "
         "gæsterne.«", ["Hotellet har skimmel i alle værelser.", "Personalet stjæler fra gæsterne."]),
    ],
)
def test_a_second_quotation_taken_up_with_further(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_further_after_a_quotation_of_something_else_is_not_the_content() -> None:
    text = 'Your email said "we will look into it soon enough."\n\nFurther: "this matter is now closed for good."'
    assert values(text) == []


def test_a_quotation_after_a_cited_url_and_a_dash() -> None:
    url = "https://uk.trustpilot.com/reviews/65f0c2a1b3d4e5f6a7b8c9d0"
    text = f'Another example: {url} – "The tour guide abandoned us in the desert overnight."'
    start = text.index(url)
    assert values(text, [(start, start + len(url))]) == ["The tour guide abandoned us in the desert overnight."]


def test_a_danish_sentence_quoted_from_the_review_in_the_past_tense() -> None:
    text = "Ifølge klageren indeholdt anmeldelsen bl.a. sætningen »Hotellet har skimmel i alle værelser.«"
    assert values(text) == ["Hotellet har skimmel i alle værelser."]


@pytest.mark.parametrize(
    "text",
    [
        'You write that my post was taken down because "it breaches the rules on impersonation". Nonsense.',
        "The notification says “your post has been hidden pending an investigation”. It was not.",
        "Sie schreiben, dass meine Bewertung entfernt wurde, weil „sie gegen die Regeln verstößt“.",
        "Vous écrivez que mon commentaire a été retiré car « il ne reflète pas une expérience vécue ».",
        'Du skriver, at opslaget er slettet, fordi "det indeholder personlige oplysninger om ansatte".',
        "I skrev, at anmeldelsen blev skjult, fordi »den bryder med jeres regler om reklame«.",
    ],
)
def test_what_the_addressee_or_its_email_wrote_is_not_the_content(text: str) -> None:
    assert values(text) == []


def test_the_addressee_quoting_the_content_is_still_refused_but_the_review_itself_counts() -> None:
    text = (
        'I skriver, at opslaget er fjernet, fordi "det ikke bygger på et reelt kundeforhold". '
        "Mit opslag lød: »Håndværkeren kom tre timer for sent og ødelagde gulvet.«"
    )
    assert values(text) == ["Håndværkeren kom tre timer for sent og ødelagde gulvet."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dans mon commentaire, je racontais ce que j'avais vécu : « Le technicien est parti sans rien réparer. »",
         "Le technicien est parti sans rien réparer."),
        ("In my post I recounted my visit: “The waiter swore at my daughter and threw us out.”",
         "The waiter swore at my daughter and threw us out."),
    ],
)
def test_a_reviewer_recounting_her_own_review(text: str, expected: str) -> None:
    assert values(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mange af anmeldelserne ligner hinanden, eksempelvis „Super service, levering på en dag og flot pris!“",
         "Super service, levering på en dag og flot pris!"),
        ("Mange af anmeldelserne ligner hinanden, f.eks. „Hurtig levering og venligt personale hele vejen!“",
         "Hurtig levering og venligt personale hele vejen!"),
        ("Dozens of reviews are almost identical, for example “Best plumber in town, fixed it in an hour!”",
         "Best plumber in town, fixed it in an hour!"),
        ("Zahlreiche Bewertungen sind fast gleich, z.B. „Toller Laden, schnelle Lieferung, immer wieder!“",
         "Toller Laden, schnelle Lieferung, immer wieder!"),
    ],
)
def test_a_sample_of_reviews_introduced_as_an_example(text: str, expected: str) -> None:
    assert values(text) == [expected]


def test_an_example_that_names_no_content_is_not_taken() -> None:
    assert values("Please use a clear subject line, for example “Complaint about a listing on your site”.") == []


def test_an_ocr_read_low_opening_mark_under_an_introduction() -> None:
    # a scan turns „ into a comma and “ into a straight mark
    text = (
        "Opslaget siger:\n\n, Kasper Holm i butikken snød mig for byttepengene og\n"
        'råbte ad min mor."\n\nDet er ikke sandt.'
    )
    assert values(text) == ["Kasper Holm i butikken snød mig for byttepengene og råbte ad min mor."]


def test_a_comma_inside_a_sentence_opens_no_quotation() -> None:
    assert values('The review says that the firm, Holm & Co, "ripped off every customer it ever had".') == [
        "ripped off every customer it ever had"
    ]
