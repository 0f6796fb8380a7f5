"""Sentences of letters: spaCy's sentencizer with the conventions of letters (extract/layout/nlp.py),
served by `Letter.sentences` and `Letter.sentence_at`."""

from __future__ import annotations

import pytest

from extract.layout.nlp import pipeline
from tests.extract.conftest import make_letter


def sentences(text: str, language: str = "en") -> list[str]:
    letter = make_letter(text, language=language)
    return [letter.text[a:b] for a, b in letter.sentences]


def test_full_stops_question_and_exclamation_marks_end_sentences() -> None:
    assert sentences("We act for the company. Is the review still online? Remove it now! Thank you.") == [
        "We act for the company.",
        "Is the review still online?",
        "Remove it now!",
        "Thank you.",
    ]


def test_legal_citations_and_abbreviations_do_not_end_sentences() -> None:
    assert sentences("The review breaches Art. 17 GDPR and s. 5 of the Act, e.g. in No. 3 of it. Please act.") == [
        "The review breaches Art. 17 GDPR and s. 5 of the Act, e.g. in No. 3 of it.",
        "Please act.",
    ]
    german = "Gemäß Art. 6 Abs. 1 lit. f DSGVO, vgl. S. 4, ca. 10 Nutzer, z.B. Nr. 2. Bitte antworten Sie."
    assert sentences(german, "de") == [
        "Gemäß Art. 6 Abs. 1 lit. f DSGVO, vgl. S. 4, ca. 10 Nutzer, z.B. Nr. 2.",
        "Bitte antworten Sie.",
    ]
    assert sentences("Selon l’art. 6 de la loi, cf. p. 3, M. Martin a écrit le 2 nov. 2025. Merci.", "fr") == [
        "Selon l’art. 6 de la loi, cf. p. 3, M. Martin a écrit le 2 nov. 2025.",
        "Merci.",
    ]


def test_a_day_before_its_month_does_not_end_a_sentence() -> None:
    assert sentences("Wir haben am 20. November 2025 geschrieben. Die Frist endet am 3. Dezember.", "de") == [
        "Wir haben am 20. November 2025 geschrieben.",
        "Die Frist endet am 3. Dezember.",
    ]
    assert sentences("Vi skrev den 4. december, jf. stk. 2 og nr. 5. Vi beder om svar.", "da") == [
        "Vi skrev den 4. december, jf. stk. 2 og nr. 5.",
        "Vi beder om svar.",
    ]


def test_they_said_no_ends_a_sentence_but_no_before_a_number_does_not() -> None:
    assert sentences("They said no. Then they wrote again about no. 4 of the list.") == [
        "They said no.",
        "Then they wrote again about no. 4 of the list.",
    ]


def test_an_initial_does_not_end_a_sentence_but_a_company_suffix_can() -> None:
    assert sentences("J. Smith of Example Ltd. wrote to us. We act for Example Ltd. The review is false.") == [
        "J. Smith of Example Ltd. wrote to us.",
        "We act for Example Ltd.",
        "The review is false.",
    ]


def test_a_blank_line_ends_a_sentence_without_punctuation() -> None:
    assert sentences("Re: the review of our client\n\nWe write about the review\n\nKind regards") == [
        "Re: the review of our client",
        "We write about the review",
        "Kind regards",
    ]


def test_a_single_line_break_does_not_end_a_sentence() -> None:
    assert sentences("We ask you to remove the review\nwithin seven days of this letter.") == [
        "We ask you to remove the review\nwithin seven days of this letter."
    ]


def test_list_items_are_sentences_of_their_own() -> None:
    text = "Our client asks for three things.\n- Remove the review\n- Confirm in writing\n(b) Keep the data"
    assert sentences(text) == [
        "Our client asks for three things.",
        "- Remove the review",
        "- Confirm in writing",
        "(b) Keep the data",
    ]


def test_a_list_goes_on_from_the_words_that_lead_into_it() -> None:
    text = (
        "We ask that you:\n\n1. remove the review; and\n\n2. confirm that you have done so,\n\n"
        "within 10 working days. Thank you."
    )
    assert sentences(text) == [
        "We ask that you:\n\n1. remove the review; and\n\n2. confirm that you have done so,\n\n"
        "within 10 working days.",
        "Thank you.",
    ]


def test_a_salutation_ends_before_a_capitalised_paragraph() -> None:
    assert sentences("Dear Sirs,\n\nWe act for the company.") == ["Dear Sirs,", "We act for the company."]


def test_a_date_at_the_start_of_a_line_is_no_list_item() -> None:
    assert sentences("Berlin, den\n20. November 2025", "de") == ["Berlin, den\n20. November 2025"]


def test_closing_quotation_marks_stay_with_their_sentence() -> None:
    assert sentences('The review says "They are thieves." It is false.') == [
        'The review says "They are thieves."',
        "It is false.",
    ]


def test_quote_marks_of_an_email_are_not_part_of_sentences() -> None:
    assert sentences("Thank you.\n> On Monday you wrote.\n>\n> Please reply") == [
        "Thank you.",
        "On Monday you wrote.",
        "Please reply",
    ]


def test_sentences_index_into_the_whole_text_quoted_part_included() -> None:
    letter = make_letter("Please remove it.", quoted="\n\nOn Monday we wrote. Nothing happened.")
    assert [letter.text[a:b] for a, b in letter.sentences] == [
        "Please remove it.",
        "On Monday we wrote.",
        "Nothing happened.",
    ]


def test_sentence_at_gives_the_sentence_around_a_span() -> None:
    letter = make_letter("We act for the company. Please remove the review by Friday. Thank you.")
    at = letter.text.index("by Friday")
    assert letter.text[slice(*letter.sentence_at(at, at + 9))] == "Please remove the review by Friday."
    assert letter.text[slice(*letter.sentence_at(at))] == "Please remove the review by Friday."


def test_sentence_at_joins_the_sentences_a_span_crosses() -> None:
    letter = make_letter("One here. Two there. Three.")
    a, b = letter.sentence_at(letter.text.index("here"), letter.text.index("there") + 5)
    assert letter.text[a:b] == "One here. Two there."


def test_sentence_at_reaches_no_further_than_asked() -> None:
    letter = make_letter("word " * 300 + "end.")
    at = 750
    a, b = letter.sentence_at(at, at + 4, reach=100)
    assert (a, b) == (650, 854)


def test_a_span_in_the_space_between_sentences_belongs_to_none() -> None:
    letter = make_letter("First one.\n\nSecond one.")
    gap = letter.text.index("\n")
    assert letter.sentence_at(gap) == (gap, gap)


@pytest.mark.parametrize("language", ["en", "de", "fr", "da", "nl"])
def test_every_language_gets_a_pipeline_and_unknown_ones_read_as_english(language: str) -> None:
    doc = pipeline(language)("Erste Zeile. Second line.")
    assert [s.text for s in doc.sents] == ["Erste Zeile.", "Second line."]
