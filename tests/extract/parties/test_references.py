"""Their reference and ours, read from the sender's point of view, with evidence.

Every letter here is made up for the test."""

from __future__ import annotations

import re

from extract.layout.letter import Letter
from extract.models import Found
from extract.parties.references import find_references
from extract.profile import PlatformProfile
from ingest.models import EmailHeaders
from tests.extract.conftest import make_letter as letter


def value(f: Found[str] | None) -> str | None:
    return None if f is None else f.value


def snippet(lt: Letter, f: Found[str] | None) -> str:
    assert f is not None and f.evidence is not None
    if f.evidence.source == "text":
        assert lt.text[f.evidence.start : f.evidence.end] == f.evidence.snippet
    return f.evidence.snippet


def test_our_ref_is_theirs_and_your_ref_is_ours() -> None:
    lt = letter("Our ref: MG/QUI/0042\nYour ref: CI 2025 0042\n\n24 February 2025\n\nDear Sirs\n")
    theirs, ours = find_references(lt)
    assert value(theirs) == "MG/QUI/0042" and snippet(lt, theirs) == "MG/QUI/0042"
    assert value(ours) == "CI-2025-0042" and snippet(lt, ours) == "CI 2025 0042"


def test_empty_your_ref_and_dash_values_are_no_reference() -> None:
    theirs, ours = find_references(letter("Your ref:\nOur ref: –\nDate: 3 March 2025\n"))
    assert theirs is None and ours is None


def test_case_ref_in_any_spelling_is_normalised() -> None:
    for spelling in ("CI/2025/0402", "ci-2025-402", "CI2025-0402", "[CI-2025-0402]", "Cl-2025-0402"):
        _, ours = find_references(letter(f"Please see our case {spelling} again.\n"))
        assert value(ours) == "CI-2025-0402", spelling


def test_case_ref_in_the_subject_line_has_header_evidence() -> None:
    hdr = EmailHeaders(from_addr="a@example.com", subject="RE: Outcome of your report [CI-2025-0077]")
    _, ours = find_references(letter("Hello, I disagree.\n", email=hdr))
    assert value(ours) == "CI-2025-0077"
    assert ours is not None and ours.evidence is not None and ours.evidence.source == "header:Subject"


def test_case_ref_under_their_label_is_still_ours_and_not_theirs() -> None:
    # a platform reply quoted below the new message says "Our ref" from the platform's side
    quoted = "> Dear Ms Ray,\n>\n> Our ref: CI-2025-0103\n>\n> We have reviewed the content.\n"
    theirs, ours = find_references(letter("Hello,\n\nI still disagree.\n\nAnna", quoted=quoted))
    assert theirs is None
    assert value(ours) == "CI-2025-0103"


def test_german_french_and_danish_labels() -> None:
    de = letter("Ihr Zeichen: CI-2025-0311\nUnser Zeichen: 77/25 KL/ab\nSachbearbeiterin: RAin Dr. Anna Beck\n")
    assert tuple(map(value, find_references(de))) == ("77/25 KL/ab", "CI-2025-0311")
    de_az = letter("Unser Az.: 0815/25 MM/tk\n\nKöln, 3. März 2025\n")
    assert value(find_references(de_az)[0]) == "0815/25 MM/tk"
    fr = letter("N/Réf. : 25/118/PR\nV/Réf. : CI 2025 0120\n\nMarseille, le 3 mars 2025\n")
    assert tuple(map(value, find_references(fr))) == ("25/118/PR", "CI-2025-0120")
    fr_nos = letter("Nos réf. : PD/JL/2025-31\n")
    assert value(find_references(fr_nos)[0]) == "PD/JL/2025-31"
    da = letter("Vores ref.: 4411-25/MB\nDeres ref.: CI-2025-0099\n\nAarhus, den 3. marts 2025\n")
    assert tuple(map(value, find_references(da))) == ("4411-25/MB", "CI-2025-0099")


def test_several_labelled_fields_on_one_line() -> None:
    lt = letter("Your ref: CI-2025-0008    Our ref: KP/771/B    Date: 3 March 2025\n")
    theirs, ours = find_references(lt)
    assert value(theirs) == "KP/771/B" and snippet(lt, theirs) == "KP/771/B"
    assert value(ours) == "CI-2025-0008"


def test_police_and_regulator_references() -> None:
    police = letter("Crime / incident reference: NP-20250301-0091\nDate of request: 03/03/2025\n")
    assert value(find_references(police)[0]) == "NP-20250301-0091"
    regulator = letter("9 March 2025\n\nCase reference: RC-55120-X9\n\nDear Data Protection Officer\n")
    assert value(find_references(regulator)[0]) == "RC-55120-X9"


def test_reference_in_running_text_and_in_the_subject() -> None:
    body = letter("Good afternoon,\n\nOur crime reference is WM-2025-118822. Please preserve the data.\n")
    assert value(find_references(body)[0]) == "WM-2025-118822"
    hdr = EmailHeaders(from_addr="x@firm.example", subject="Acme Ltd – notice of infringement (Our Ref. 30417-0022)")
    theirs, _ = find_references(letter("Please find attached our letter.\n", email=hdr))
    assert value(theirs) == "30417-0022"
    assert theirs is not None and theirs.evidence is not None and theirs.evidence.source == "header:Subject"


def test_prose_and_claim_numbers_are_not_their_reference() -> None:
    text = (
        "Acme Ltd v Trustpilot A/S\nClaim No. KB-2025-000123\n\n"
        "With reference to the order, please quote the reference above.\nReference was made to 3 reviews.\n"
    )
    theirs, ours = find_references(letter(text))
    assert theirs is None and ours is None


def test_a_labelled_block_wins_over_a_mention_later_in_the_text() -> None:
    text = "Our ref: AB/1/2025\n\nDear Sirs\n\nThis Order was drawn by Smith LLP (ref. AB/1/2025-X).\n"
    assert value(find_references(letter(text))[0]) == "AB/1/2025"


def test_another_platforms_case_reference_comes_from_its_profile() -> None:
    profile = PlatformProfile(
        name="CodeHost",
        domains=("codehost.example",),
        content_url=re.compile(r"https://codehost\.example/(?P<id>[\w-]+/[\w-]+)"),
        case_ref=re.compile(r"GH-(?P<year>\d{4})-(?P<number>\d{5})"),
        case_ref_prefix="GH",
    )
    theirs, ours = find_references(letter("Your ref: gh 2025 731\nOur ref: DMCA/88\n", profile=profile))
    assert value(ours) == "GH-2025-00731"
    assert value(theirs) == "DMCA/88"
    _, none = find_references(letter("Your ref: CI-2025-0042\n", profile=profile))
    assert none is None


def test_label_and_value_in_separate_table_cells() -> None:
    lt = letter("Our ref:\nJD/TK/55\nYour ref:\n\nDear Sirs\n")
    theirs, ours = find_references(lt)
    assert value(theirs) == "JD/TK/55" and snippet(lt, theirs) == "JD/TK/55"
    assert ours is None


def test_subject_reference_keeps_the_initials_after_the_file_number() -> None:
    hdr = EmailHeaders(from_addr="kanzlei@example.de", subject="Unser Zeichen 1042/25 KM/rs – Erinnerung")
    text = "Sehr geehrte Damen und Herren,\n\nwir erinnern an unser Schreiben.\n"
    theirs, _ = find_references(letter(text, email=hdr))
    assert value(theirs) == "1042/25 KM/rs"
    assert theirs is not None and theirs.evidence is not None and theirs.evidence.source == "header:Subject"


def test_lowercase_words_after_a_subject_reference_are_not_initials() -> None:
    hdr = EmailHeaders(from_addr="kanzlei@example.de", subject="Unser Zeichen 1042/25 und/oder Ihr Schreiben")
    theirs, _ = find_references(letter("Bitte um Rückmeldung.\n", email=hdr))
    assert value(theirs) == "1042/25"


def test_crime_reference_number_label_on_a_form() -> None:
    lt = letter("Officer: DC 0190 Alan Shore\nCrime reference number: 6120044/25\nDate of request: 01/03/2025\n")
    theirs, _ = find_references(lt)
    assert value(theirs) == "6120044/25" and snippet(lt, theirs) == "6120044/25"


def test_a_reference_labelled_with_the_senders_own_kind_beats_an_incident_number() -> None:
    lt = letter("Constabulary Ref: KX/CID/2025/0310\nIncident No.: 55501234\n\n3 March 2025\n")
    theirs, _ = find_references(lt)
    assert value(theirs) == "KX/CID/2025/0310" and snippet(lt, theirs) == "KX/CID/2025/0310"
    chambers = letter("Re: Ms Ada Quill — your reference CI/2025/0050\nCounsel's reference: AQ/77/25\n\nDear Sirs\n")
    assert tuple(map(value, find_references(chambers))) == ("AQ/77/25", "CI-2025-0050")


def test_a_qualified_label_naming_someone_elses_number_is_not_theirs() -> None:
    for label in ("Review ref", "Order reference", "Court ref", "Trustpilot ref"):
        theirs, _ = find_references(letter(f"{label}: QX-99812\n\nDear Sirs\n"))
        assert theirs is None, label


def test_label_and_value_in_cells_of_one_table_row() -> None:
    de = letter("Ihr Zeichen | –\nUnser Zeichen | KB-2025-071/RS\nDatum | 03.03.2025\n")
    theirs, ours = find_references(de)
    assert value(theirs) == "KB-2025-071/RS" and snippet(de, theirs) == "KB-2025-071/RS"
    assert ours is None
    fr = letter("Vos réf. | CI 2025 0061\nNos réf. | 2025/0077/MT\n")
    assert tuple(map(value, find_references(fr))) == ("2025/0077/MT", "CI-2025-0061")
    # a PDF keeps a table's columns apart with spaces; a row of labels has its values below
    spaced = letter("Our ref        PB/0031/KW\nYour ref       –\n")
    assert value(find_references(spaced)[0]) == "PB/0031/KW"
    header_row = letter("Our ref     Your ref     Date\nTR/881     –     3 March 2025\n")
    assert value(find_references(header_row)[0]) is None


def test_a_german_file_number_keeps_the_lawyers_initials() -> None:
    lt = letter("Unser Az.: 2231/25 HK\nSachbearbeiter: RA Jonas Hoff\n")
    assert value(find_references(lt)[0]) == "2231/25 HK"


def test_a_declined_german_label_in_running_text() -> None:
    lt = letter("Bitte antworten Sie unter Angabe unseres Aktenzeichens HV-25-1182 bis Monatsende.\n")
    assert value(find_references(lt)[0]) == "HV-25-1182"


def test_our_case_reference_typeset_with_en_dashes() -> None:
    _, ours = find_references(letter("Your reference: CI–2025–0617\n"))
    assert value(ours) == "CI-2025-0617"


def test_a_sole_practitioners_mein_zeichen_is_theirs_under_an_empty_ihr_zeichen() -> None:
    lt = letter("Ihr Zeichen: –\nMein Zeichen: 97/25 KL\n\nBremen, 02.03.2025\n\nSehr geehrte Damen und Herren,\n")
    theirs, ours = find_references(lt)
    assert value(theirs) == "97/25 KL" and snippet(lt, theirs) == "97/25 KL"
    assert ours is None


def test_a_french_police_record_is_referred_to_by_its_number() -> None:
    text = "GENDARMERIE NATIONALE\nBrigade de Vannes\n\nPROCÈS-VERBAL N° 00312/2025\n\nAudition de témoin\n"
    theirs, _ = find_references(letter(text))
    assert value(theirs) == "00312/2025"
