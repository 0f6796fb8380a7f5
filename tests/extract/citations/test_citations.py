"""Cited content: platform URLs as written, content ids, and the statements quoted from them."""

from __future__ import annotations

import pytest

from extract.citations.citations import Citations, find_citations
from tests.extract.conftest import make_letter

ID1 = "65f0c2a1b3d4e5f6a7b8c9d0"
ID2 = "0a1b2c3d4e5f60718293a4b5"
ID3 = "f00dbabe1234567890abcdef"


def cite(text: str, quoted: str = "", language: str = "en") -> Citations:
    return find_citations(make_letter(text, quoted=quoted, language=language))


def urls(c: Citations) -> list[str]:
    return [f.value for f in c.urls]


def ids(c: Citations) -> list[str]:
    return [f.value for f in c.review_ids]


def quotes(c: Citations) -> list[str]:
    return [f.value for f in c.quotes]


def test_a_review_url_gives_its_url_and_id_with_evidence() -> None:
    text = f"The review at https://uk.trustpilot.com/reviews/{ID1} is defamatory."
    c = cite(text)
    assert urls(c) == [f"https://uk.trustpilot.com/reviews/{ID1}"]
    assert ids(c) == [ID1]
    ev = c.urls[0].evidence
    assert ev is not None and text[ev.start : ev.end] == f"https://uk.trustpilot.com/reviews/{ID1}"


def test_tracking_parameters_are_kept_and_sentence_punctuation_dropped() -> None:
    url = f"https://www.trustpilot.com/reviews/{ID1}?utm_source=copy_link&utm_medium=share"
    c = cite(f"It is at {url}. Please remove it.")
    assert urls(c) == [url]


def test_angle_brackets_and_quotes_around_a_url_are_not_part_of_it() -> None:
    c = cite(f'See <https://de.trustpilot.com/reviews/{ID1}> and "https://fr.trustpilot.com/reviews/{ID2}".')
    assert urls(c) == [f"https://de.trustpilot.com/reviews/{ID1}", f"https://fr.trustpilot.com/reviews/{ID2}"]


def test_a_business_page_is_cited_with_its_domain_name() -> None:
    c = cite("The profile https://uk.trustpilot.com/review/fake-shop.example, created last week, is a fake.")
    assert urls(c) == ["https://uk.trustpilot.com/review/fake-shop.example"]
    assert ids(c) == []


def test_a_url_written_twice_is_cited_once() -> None:
    c = cite(f"https://uk.trustpilot.com/reviews/{ID1}\n\nAgain: https://UK.trustpilot.com/reviews/{ID1}/")
    assert len(urls(c)) == 1 and ids(c) == [ID1]


@pytest.mark.parametrize(
    "broken",
    [
        f"https://uk.trustpilot.com/re\nviews/{ID1}",
        f"https://uk.trustpilot.com/reviews/\n{ID1}",
        f"https://uk.trustpilot.com/reviews/{ID1[:12]}\n{ID1[12:]}",
        f"https://uk.trustpilot.com/re-\nviews/{ID1}",
        f"https://uk.trustpilot.com/reviews/{ID1[:21]} {ID1[21:]}",  # OCR put a space inside the id
    ],
)
def test_a_url_broken_by_a_line_break_or_ocr_is_rejoined(broken: str) -> None:
    c = cite(f"The review published at {broken} (the Review) is false.")
    assert urls(c) == [f"https://uk.trustpilot.com/reviews/{ID1}"]
    assert ids(c) == [ID1]
    assert c.urls[0].confidence < 0.95  # a person may want to check a rejoined URL


def test_a_query_string_wrapped_onto_the_next_line_is_rejoined() -> None:
    c = cite(f"at https://uk.trustpilot.com/reviews/{ID1}?\nutm_source=copy_link&utm_medium=share (the Review)")
    assert urls(c) == [f"https://uk.trustpilot.com/reviews/{ID1}?utm_source=copy_link&utm_medium=share"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (f"https://de.trustpilot.com/reviews/{ID2}?utm_source=newsl", "etter&utm_medium=email"),
        (f"https://de.trustpilot.com/reviews/{ID2}?lang=de&utm_source=rem", "oval_notice&utm_medium=mail"),
    ],
)
def test_a_line_holding_only_the_rest_of_a_query_is_rejoined(first: str, second: str) -> None:
    c = cite(f"Die Bewertung:\n{first}\n{second}\n\nBitte löschen.", language="de")
    assert urls(c) == [first + second]


def test_a_line_of_words_or_a_new_url_after_a_query_is_not_joined() -> None:
    url = f"https://uk.trustpilot.com/reviews/{ID1}?utm_source=copy_link&utm_medium=share"
    other = "https://www.trustpilot.com/review/fake-shop.example"
    c = cite(f"{url}\nand_more=words here\n{url}\n{other}\n")
    assert urls(c) == [url, other]


def test_a_complete_url_at_the_end_of_a_line_does_not_swallow_the_next_line() -> None:
    c = cite(f"https://uk.trustpilot.com/reviews/{ID1}\nwhich was posted on 3 May.\n"
             "https://www.trustpilot.com/review/fake-shop.example\nThe profile is fake.")
    assert urls(c) == [f"https://uk.trustpilot.com/reviews/{ID1}", "https://www.trustpilot.com/review/fake-shop.example"]


def test_a_url_in_an_email_quote_is_rejoined_across_the_quote_prefix() -> None:
    quoted = (f"On Mon, 2 Nov 2026, Support wrote:\n> your review https://uk.trustpilot.com/reviews/\n"
              f"> {ID1} was removed")
    c = cite("Please put it back.", quoted=quoted)
    assert urls(c) == [f"https://uk.trustpilot.com/reviews/{ID1}"]


def test_the_senders_own_website_and_other_sites_are_not_cited() -> None:
    c = cite("Cole & Finch LLP | www.colefinch.example | https://colefinch.example/contact\n"
             f"The review https://uk.trustpilot.com/reviews/{ID1} is false.")
    assert urls(c) == [f"https://uk.trustpilot.com/reviews/{ID1}"]


def test_a_platform_page_named_only_to_be_set_aside_is_not_cited() -> None:
    c = cite("The profile https://www.trustpilot.com/review/fake-shop.example uses our mark. For the avoidance "
             "of doubt, our client's own profile at https://www.trustpilot.com/review/realshop.example is not "
             "the subject of this notice and should not be altered.")
    assert urls(c) == ["https://www.trustpilot.com/review/fake-shop.example"]


def test_a_signature_advertising_the_senders_own_page_is_not_cited() -> None:
    c = cite(f"The review https://uk.trustpilot.com/reviews/{ID1} is false.\n\nKind regards\nJo Bloggs\n"
             "Read our reviews: https://uk.trustpilot.com/review/bloggsbuilders.example")
    assert urls(c) == [f"https://uk.trustpilot.com/reviews/{ID1}"]


def test_a_bare_id_in_the_text_is_cited() -> None:
    c = cite(f"The review (ID {ID1}) and review {ID2}, both posted in May, are false.")
    assert urls(c) == [] and ids(c) == [ID1, ID2]


def test_hex_strings_that_are_not_ids_are_left_alone() -> None:
    text = (
        f"Message-ID: <{ID1}@mail.example.com>\n"
        f"Reply to {ID2}@reply.example.com or see https://tracker.example.com/t/{ID3}.\n"
        f"Our ref CASE-{ID1}. SHA-256 {ID1 * 2}{ID1[:16]}. Order {ID2[:20]}."
    )
    assert ids(cite(text)) == []


def test_an_id_split_by_ocr_is_rejoined() -> None:
    assert ids(cite(f"bears the review ID {ID1[:3]} {ID1[3:]} (the Review)")) == [ID1]


def test_english_letter_quotes_and_leaves_out_names_and_defined_terms() -> None:
    text = f"""Dear Sirs

A review was posted at https://uk.trustpilot.com/reviews/{ID1} (the "Review") by a user named "Mark P.".
The Review states:

1. "They ripped out my bathroom and vanished for six weeks."

2. "The owner is a crook."

Your email of 3 May said "the review reflects a genuine experience". That is wrong.
"""
    c = cite(text)
    assert quotes(c) == ["They ripped out my bathroom and vanished for six weeks.", "The owner is a crook."]


def test_german_letter() -> None:
    text = f"""Sehr geehrte Damen und Herren,

die Bewertung unter https://de.trustpilot.com/reviews/{ID1} des Nutzers „K. Maier“ ist rechtswidrig.
Darin heißt es unter anderem:

„Die haben mir ein kaputtes Rad verkauft und die Garantie verweigert.“

Gemäß § 1004 BGB gilt: „Wird das Eigentum beeinträchtigt, so kann der Eigentümer Beseitigung verlangen.“
"""
    c = cite(text, language="de")
    assert ids(c) == [ID1]
    assert quotes(c) == ["Die haben mir ein kaputtes Rad verkauft und die Garantie verweigert."]


def test_french_letter() -> None:
    text = f"""Madame, Monsieur,

Objet : retrait de l'avis publié à l'adresse https://fr.trustpilot.com/reviews/{ID1}

Cet avis, publié sous le nom de « Julie R. », comporte notamment les passages suivants :

« Ils ont abîmé ma commode et refusé de me rembourser. »

« Des escrocs, fuyez ! »

Vous nous avez indiqué que « l'avis respecte nos lignes directrices ».
"""
    c = cite(text, language="fr")
    assert urls(c) == [f"https://fr.trustpilot.com/reviews/{ID1}"]
    assert quotes(c) == ["Ils ont abîmé ma commode et refusé de me rembourser.", "Des escrocs, fuyez !"]


def test_danish_letter() -> None:
    text = f"""Kære Trustpilot

Anmeldelsen https://dk.trustpilot.com/reviews/{ID1} er skrevet af en tidligere ansat, der kalder sig
"Ærlig Kunde". Anmeldelsen lyder: »Firmaet snyder sine kunder og svarer aldrig på mails.«

I jeres svar skrev I: "anmeldelsen overholder vores retningslinjer".
"""
    c = cite(text, language="da")
    assert ids(c) == [ID1]
    assert quotes(c) == ["Firmaet snyder sine kunder og svarer aldrig på mails."]


def test_quotes_carry_their_span_without_the_marks() -> None:
    text = 'The review says "They kept my deposit and laughed at me." It is false.'
    q = cite(text).quotes[0]
    assert q.evidence is not None
    assert text[q.evidence.start : q.evidence.end] == "They kept my deposit and laughed at me."
    assert q.why


def test_a_long_query_wrapped_twice_is_rejoined() -> None:
    c = cite(f"https://uk.trustpilot.com/reviews/{ID1}?utm_medium=email&\nutm_source=review_notification&\n"
             "utm_campaign=new (the Review)")
    assert urls(c) == [f"https://uk.trustpilot.com/reviews/{ID1}?utm_medium=email&utm_source=review_notification"
                       "&utm_campaign=new"]


def test_only_the_genuine_page_is_set_aside_when_one_sentence_names_both() -> None:
    c = cite("The profile https://www.trustpilot.com/review/fake-shop.example imitates our client's genuine "
             "profile at https://www.trustpilot.com/review/realshop.example in every detail.")
    assert urls(c) == ["https://www.trustpilot.com/review/fake-shop.example"]


def test_an_id_set_aside_is_not_cited() -> None:
    c = cite(f"Our client does not complain about review {ID2}. The review {ID1} is defamatory.")
    assert ids(c) == [ID1]


def test_ids_of_users_businesses_and_orders_are_not_review_ids() -> None:
    text = (f"The reviewer's page https://www.trustpilot.com/users/{ID1} shows one review. "
            f"Business unit ID: {ID2}. Order number {ID3}. The review {ID1[::-1]} is false.")
    assert ids(cite(text)) == [ID1[::-1]]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Our client's own page, {own}, is of course not affected by this request.", "en"),
        ("We do not complain about the page {own}, which belongs to our client.", "en"),
        ("La page de notre mandante, {own}, n'est bien entendu pas visée : seule la page litigieuse l'est.", "fr"),
        ("La page {own} ne fait naturellement pas l'objet de la présente demande.", "fr"),
        ("Die Seite unserer Mandantin, {own}, ist selbstverständlich nicht Gegenstand dieses Schreibens.", "de"),
        ("Das Profil {own} ist ausdrücklich nicht betroffen.", "de"),
        ("Vores klients egen side, {own}, er naturligvis ikke omfattet af denne henvendelse.", "da"),
        ("Denne henvendelse vedrører ikke siden {own}.", "da"),
    ],
)
def test_a_page_set_aside_with_an_adverb_in_the_negation_is_not_cited(sentence: str, language: str) -> None:
    own = "https://www.trustpilot.com/review/ownshop.example"
    fake = "https://www.trustpilot.com/review/copycat-shop.example"
    c = cite(f"The page {fake} copies our mark.\n\n" + sentence.format(own=own), language=language)
    assert urls(c) == [fake]


@pytest.mark.parametrize(
    "sentence",
    [
        "The review {url} is not only false but also the subject of a police complaint.",
        "The review {url} does not only concern our client.",
        "Cette demande ne vise pas seulement l'avis {url}.",
        "Henvendelsen vedrører ikke kun anmeldelsen {url}.",
    ],
)
def test_a_limiting_word_keeps_the_page_cited(sentence: str) -> None:
    url = f"https://uk.trustpilot.com/reviews/{ID1}"
    assert urls(cite(sentence.format(url=url))) == [url]
