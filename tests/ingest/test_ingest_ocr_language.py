"""OCR reads a scan with the page's own language first, and reads nearly-ids again as hex."""

from __future__ import annotations

import pytest

from ingest import parse
from ingest.ocr import near_id
from ingest.ocr_language import by_priority, guess_language
from tests.ingest.ingest_makers import scanned_pdf, typed_pdf

LANGS = ["eng", "deu", "fra", "dan"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We write on behalf of our client in respect of the review that you have published on your site. "
         "Please remove it, as it is not true and it is damaging to the business.", "eng"),
        ("Wir zeigen an, dass wir die Interessen unserer Mandantin vertreten. Die Bewertung ist nicht wahr und "
         "wir bitten Sie, sie mit sofortiger Wirkung zu entfernen, da sie den Ruf der Firma schädigt.", "deu"),
        ("Nous vous écrivons au nom de notre cliente au sujet de l'avis publié sur votre site. Nous vous "
         "demandons de le retirer dans les meilleurs délais, car il est faux et porte atteinte à la société.", "fra"),
        ("Vi skriver til jer på vegne af vores klient vedrørende den anmeldelse, som er offentliggjort på jeres "
         "side. Vi skal anmode om, at den fjernes, da den ikke er sand og det skader virksomheden.", "dan"),
    ],
)
def test_the_language_of_a_page_is_told_by_its_function_words(text: str, expected: str) -> None:
    assert guess_language(text, LANGS) == expected


def test_too_little_text_or_a_single_language_gives_no_verdict() -> None:
    assert guess_language("Invoice 2041 total 1.200,00 EUR", LANGS) is None
    assert guess_language("the and of to in that is for this with you your we our", ["eng"]) is None


def test_the_chosen_language_goes_first_and_the_others_keep_their_order() -> None:
    assert by_priority("eng+deu+fra+dan", "fra") == "fra+eng+deu+dan"
    assert by_priority("eng+deu+fra+dan", None) == "eng+deu+fra+dan"
    assert by_priority("eng+deu", "dan") == "eng+deu"  # not configured: not added


def test_a_word_nearly_an_id_is_told_from_ids_dates_urls_and_words() -> None:
    assert near_id("5e1f0ac9bd3h72e6a4f0c9b18d")  # an "h" read into an id
    assert near_id("5e1f0ac9bd372e6a4f0¢9b18d")  # a cent sign for a "c"
    assert not near_id("5e1f0ac9bd372e6a4f0c9b18")  # an id already
    assert not near_id("5e1f0ac9bd372e6a4f0c9bl8")  # the clean-up turns "l" into "1"
    assert not near_id("internationalisation1234")
    assert not near_id("example.com/r/5e1f0ac9bd3")
    assert not near_id("DE89370400440532013000")  # an IBAN: digits almost only
    assert not near_id("2027-03-14T10:22:31+01:00")


@pytest.mark.slow
def test_a_french_scan_keeps_the_accents_of_its_capitals() -> None:
    lines = [
        "ÉTUDE BÉNÉZIT & FRÈRES",
        "Société d'avocats",
        "",
        "Madame, Monsieur,",
        "",
        "Nous vous écrivons au nom de notre cliente, la société Vérandas du Léman, au sujet",
        "d'un avis publié sur votre site le 3 mars. Cet avis est faux et nous vous demandons de",
        "le retirer dans les huit jours. Nous restons à votre disposition pour tout complément.",
        "",
        "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
        "",
        "Hélène Bénézit",
    ]
    text = parse(scanned_pdf(lines, dpi=200)).text
    assert "ÉTUDE BÉNÉZIT" in text
    assert "Hélène Bénézit" in text


@pytest.mark.slow
def test_a_misread_id_is_read_again_with_hex_characters_only() -> None:
    import pypdfium2 as pdfium
    import pytesseract

    from ingest.ocr import _reread_ids

    ident = "7c2e94d1a0b8f35e6d4c1a92"
    typed = typed_pdf([["The review number shown in the link was " + ident + " and it is false."]])
    image = pdfium.PdfDocument(typed)[0].render(scale=300 / 72, grayscale=True).to_pil()
    data = pytesseract.image_to_data(image, lang="eng", output_type=pytesseract.Output.DICT)
    at = next(i for i, w in enumerate(data["text"]) if w.startswith(ident[:6]))
    data["text"][at] = ident[:10] + "h" + ident[10:] + ","  # as a misreading inserts a letter

    _reread_ids(image, data, "eng")

    assert data["text"][at] == ident + ","  # the punctuation around the word is kept
