"""What OCR commonly gets wrong in letters, put right without knowing the document."""

from __future__ import annotations

from ingest.ocr import clean_ocr_text, rejoin_urls


def test_an_id_split_by_a_wide_letter_gap_is_rejoined() -> None:
    assert clean_ocr_text("bears the review ID 6a8 1b49fcab73cb3859cf461 (the") == (
        "bears the review ID 6a81b49fcab73cb3859cf461 (the"
    )


def test_letters_read_for_digits_inside_an_id_are_put_back() -> None:
    assert clean_ocr_text("id 6a81b49fcab73cb3859cf46l.") == "id 6a81b49fcab73cb3859cf461."
    assert clean_ocr_text("id 6a8Ib49fcab73cbO859cf461") == "id 6a81b49fcab73cb0859cf461"


def test_words_and_numbers_are_not_taken_for_ids() -> None:
    text = "Telephone 0161 496 0274 and the decade ended; internationalisation"
    assert clean_ocr_text(text) == text


def test_a_url_broken_over_two_lines_is_rejoined_but_prose_is_not() -> None:
    assert rejoin_urls("at https://x.example.com/reviews/\n6a81b49fcab73cb3859cf461 today") == (
        "at https://x.example.com/reviews/6a81b49fcab73cb3859cf461 today"
    )
    assert rejoin_urls("see https://www.example.com/\nand then") == "see https://www.example.com/\nand then"


def test_spaces_around_an_at_sign_and_a_pipe_for_i_are_fixed() -> None:
    assert clean_ocr_text("Email: enquiries @ firm.co.uk") == "Email: enquiries@firm.co.uk"
    assert clean_ocr_text("| am writing because | have") == "I am writing because I have"
    assert clean_ocr_text("www.firm.co.uk | enquiries@firm.co.uk") == "www.firm.co.uk | enquiries@firm.co.uk"
