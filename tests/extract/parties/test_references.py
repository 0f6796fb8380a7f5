"""Their reference and ours, read from the sender's point of view, with evidence.

Every letter here is made up for the test."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from extract.layout import read_letter
from extract.layout.letter import Letter
from extract.models import Found
from extract.parties.references import case_ref_pattern, find_references
from extract.parties.refshapes import LABELS, plausible
from extract.profile import PlatformProfile
from ingest.models import EmailHeaders, ParsedDocument
from tests.extract.conftest import PROFILE
from tests.extract.conftest import make_letter as letter

PROFILE_CASE_REF = case_ref_pattern(PROFILE)[0]


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
    hdr = EmailHeaders(from_addr="x@firm.example", subject="Acme Ltd – notice of infringement (Our Ref. 58213-0041)")
    theirs, _ = find_references(letter("Please find attached our letter.\n", email=hdr))
    assert value(theirs) == "58213-0041"
    assert theirs is not None and theirs.evidence is not None and theirs.evidence.source == "header:Subject"


def test_prose_is_no_reference_and_a_court_number_serves_when_the_writer_gives_none() -> None:
    prose = letter("With reference to the order, please quote the reference above.\nReference was made to 3 reviews.\n")
    assert find_references(prose) == (None, None)
    # a solicitor's letter giving no reference of its own: the claim's number is the one they go by
    text = "Acme Ltd v Trustpilot A/S\nClaim No. KB-2025-000123\n\nWe write about the order.\n"
    assert value(find_references(letter(text))[0]) == "KB-2025-000123"
    # and where it gives one, that wins over the court's
    text = "Our ref: QP/ACM/17\n\nAcme Ltd v Trustpilot A/S\nClaim No. KB-2025-000123\n\nDear Sirs\n"
    assert value(find_references(letter(text))[0]) == "QP/ACM/17"


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


def test_a_bare_ref_in_the_letters_head_is_the_writers_own_over_a_claim_number() -> None:
    text = "Ref: HN/0417/26\n3 March 2026\n\nAcme Ltd v Roe\nClaim No. KB-2026-000318\n\nDear Sirs\n\nWe act …\n"
    assert value(find_references(letter(text))[0]) == "HN/0417/26"
    # below the greeting, a bare "Ref:" is only one number among others
    text = "Claim No. KB-2026-000318\n\nDear Sirs\n\nRef: HN/0417/26\n"
    assert value(find_references(letter(text))[0]) == "KB-2026-000318"


def test_a_sentence_starting_the_line_is_no_qualifier() -> None:
    # the reference block's own label beats a number a sentence mentions at the start of a line
    lt = letter("Reference: QD/1187/26\n\nDear Sirs\n\nThe claim number is KB-2026-000221 and …\n")
    assert value(find_references(lt)[0]) == "QD/1187/26"


def test_a_qualified_label_naming_someone_elses_number_is_not_theirs() -> None:
    for label in ("Review ref", "Order reference", "Trustpilot ref", "Invoice no. and order ref"):
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
    # a row of labels over a row of their values, column by column
    header_row = letter("Our ref     Your ref     Date\nTR/881     –     3 March 2025\n")
    assert value(find_references(header_row)[0]) == "TR/881"
    columns = letter("Ihr Zeichen    Ihre Nachricht vom    Unser Zeichen    Datum\n"
                     "CI-2025-0311    28.02.2025    KT-77/25 bs    03.03.2025\n", language="de")
    assert tuple(map(value, find_references(columns))) == ("KT-77/25 bs", "CI-2025-0311")
    worded = letter("Ihr Zeichen, Ihre Nachricht vom  |  Unser Zeichen, unsere Nachricht vom  |  Datum\n"
                    "–  |  QL-4410/25 mk  |  03.03.2025\n", language="de")
    assert value(find_references(worded)[0]) == "QL-4410/25 mk"


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


# --- the grammar of reference shapes, family by family ----------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a number followed by the handler's initials, after a space or a spaced slash
        ("Unser Zeichen: TK-418/26 rb\nIhr Zeichen: –\n", "de", "TK-418/26 rb"),
        ("Unser Zeichen: KW-2093/26 Ha\n", "de", "KW-2093/26 Ha"),
        ("Unser Zeichen: BX 26 1133 / kf\nIhr Zeichen: CI-2026/0071\n", "de", "BX 26 1133 / kf"),
        ("Vores ref.: 2231-26 KL/mn\n", "da", "2231-26 KL/mn"),
        ("Our ref: 5530/26 JD\nYour ref:\n", "en", "5530/26 JD"),
        ("N/Réf. : 26.0771/PL/sd\n", "fr", "26.0771/PL/sd"),
        # prosecutors' and courts' file numbers (Germany, Austria, Switzerland)
        ("Aktenzeichen: 61 Js 30822/26\nDatum: 03.11.2026\n", "de", "61 Js 30822/26"),
        ("Geschäftsnummer: 308 O 77/26\n", "de", "308 O 77/26"),
        ("Az.: 12 Cg 41/26p\n", "de", "12 Cg 41/26p"),
        ("GZ: 4 Ob 212/26m\n", "de", "4 Ob 212/26m"),
        ("Geschäftszahl: BMX 21.400/26-118\n", "de", "BMX 21.400/26-118"),
        ("Geschäfts-Nr.: HG260441-O\n", "de", "HG260441-O"),
        ("Verfahrensnummer: 5A_311/2026\n", "de", "5A_311/2026"),
        # court claim and case numbers, each jurisdiction's own format
        ("IN THE HIGH COURT OF JUSTICE\n\nClaim No. QB-2026-001122\n\nORDER\n", "en", "QB-2026-001122"),
        ("THE HIGH COURT\nRecord No. 2026/9183 P\n\nBETWEEN\n", "en", "2026/9183 P"),
        ("FEDERAL CIRCUIT AND FAMILY COURT\nCase number: 2026/00441122\n", "en", "2026/00441122"),
        ("SUPERIOR COURT OF JUSTICE\nCourt File No. CV-26-00012345-0000\n", "en", "CV-26-00012345-0000"),
        ("UNITED STATES DISTRICT COURT\nCase No. 2:26-cv-01234 (ABC)\n", "en", "2:26-cv-01234"),
        ("TRIBUNAL JUDICIAIRE\nN° RG 26/31177 – N° Portalis 11AB-W-C2D-E3FG4\n", "fr", "26/31177"),
        ("TRIBUNAL DE COMMERCE\nR.G. n° 2026/4411/A\n", "fr", "2026/4411/A"),
        ("BYRETTEN\nKENDELSE\n\nSag BS-7781/2026-AAR\n", "da", "BS-7781/2026-AAR"),
        # handler codes joined by colons or slashes
        ("Our Ref: LM:QRT:0981:PX\nYour Ref:\n", "en", "LM:QRT:0981:PX"),
        ("Our reference: ZT:2026/5512\n", "en", "ZT:2026/5512"),
        # authorities' file numbers
        ("Ihr Zeichen: –\nMein Zeichen: AB 4 – 1122/26-0311\n", "de", "AB 4 – 1122/26-0311"),
        ("Our file: OPC-2026-118833\n", "en", "OPC-2026-118833"),
        ("Notice ID: FLG-26-22019\n", "en", "FLG-26-22019"),
        ("Identifiant de notification : SIG-2026-10-7711\n", "fr", "SIG-2026-10-7711"),
        ("N° de procédure : 04410/2026\n", "fr", "04410/2026"),
        ("J.nr. 4400-11223-00881-26\n", "da", "4400-11223-00881-26"),
        ("Sagsnr.: 26/04417\n", "da", "26/04417"),
        ("POLICE SERVICE\nURN 66120934821\n", "en", "66120934821"),
        ("NATIONAL POLICE\nRCMP File No.: 2026-5512201\n", "en", "2026-5512201"),
        # a remark between label and colon, a hash, joining words of court numbers, a scan's spaced slash
        ("Aktenzeichen (bitte stets angeben): 29 Js 4471/26\n", "de", "29 Js 4471/26"),
        ("Our ref (please quote): HW/0931/26\n", "en", "HW/0931/26"),
        ("Occurrence # 2026-118840\n", "en", "2026-118840"),
        ("THE HIGH COURT\nRecord No. 2026 No. 5120 P\n", "en", "2026 No. 5120 P"),
        ("FEDERAL COURT\nFile number: NSD 1187 of 2026\n", "en", "NSD 1187 of 2026"),
        ("Aktenzeichen: 52 Js 30417 / 26\n", "de", "52 Js 30417 / 26"),
        ("Gesch.-Z.: IV-2231/26\n", "de", "IV-2231/26"),
        ("Unsere Referenz-Nr.: ZH-2026-0441\n", "de", "ZH-2026-0441"),
        ("Rôle n° 26/00417\n", "fr", "26/00417"),
        ("Votre plainte a été enregistrée sous la référence 26-PL-0311.\n", "fr", "26-PL-0311"),
        ("Référence n° : DPX-2026-118\n", "fr", "DPX-2026-118"),
        ("Please quote reference QN/5512/26 in any reply.\n", "en", "QN/5512/26"),
        ("Politiets journal nr.: 0400-70120-00318-26\n", "da", "0400-70120-00318-26"),
        ("Unser Zeichen / Our ref.: 88/26 LK\n", "de", "88/26 LK"),
        ("Case: 4:26-cv-00731\n", "en", "4:26-cv-00731"),
        ("PV n° 2026/004417\n", "fr", "2026/004417"),
        ("Our ref: (TQ/418/26)\n", "en", "TQ/418/26"),
        ("Our\xa0ref: QX\xa025\xa00417\n", "en", "QX\xa025\xa00417"),
        ("Nos réf. : JPD/ML – 2026.0412\n", "fr", "JPD/ML – 2026.0412"),
        ("N/Réf : 26.0412 / ML / SD\n", "fr", "26.0412 / ML / SD"),
        ("File: 2026-0441\n", "en", "2026-0441"),
        # a word of the label is not read into the value
        ("N/Réf. : PV QT.12.RR.55112/2026\nV/Réf. : –\n", "fr", "QT.12.RR.55112/2026"),
        # a label's scope ends at the next field, label or word that is no part of a reference
        ("Our ref: 4411/26 KT  Date: 3 March 2026\n", "en", "4411/26 KT"),
        ("Our ref: 4411/26 KT | Date: 3 March 2026\n", "en", "4411/26 KT"),
        ("Our ref: 4411/26 KT\tDate: 3 March 2026\n", "en", "4411/26 KT"),
        ("Our ref: 4411/26 KT · Date: 3 March 2026\n", "en", "4411/26 KT"),
        ("Our ref: 4411/26 KT Date: 3 March 2026\n", "en", "4411/26 KT"),
        ("Ihr Zeichen: CI-2026-0042 Unser Zeichen: 71/26 KB Datum: 03.03.2026\n", "de", "71/26 KB"),
        ("Our ref: TR/5521 by email to your legal team\n", "en", "TR/5521"),
        ("Our ref: AB/12 3 March 2026\n", "en", "AB/12"),
        ("Unser Zeichen: 44/26 vom 3. März 2026\n", "de", "44/26"),
        ("Bitte geben Sie unser Aktenzeichen 71/26 bei jeder Antwort an.\n", "de", "71/26"),
        ("Merci de rappeler notre référence 26-118/MT dans votre réponse.\n", "fr", "26-118/MT"),
        ("Angiv venligst vores j.nr. 2026-4410 ved henvendelse.\n", "da", "2026-4410"),
        ("Served by Quill & Co, 1 High St. Ref. NQ/22/881. Email: desk@quill.example\n", "en", "NQ/22/881"),
        # an empty label is nothing, and does not take the next label's value
        ("Unser Zeichen: Ihr Zeichen: –\n", "de", None),
        ("Our ref: –\nYour ref: CI-2026-0042\n", "en", None),
        ("Notre référence :\nVotre référence : CI 2026 0042\n", "fr", None),
    ],
)
def test_reference_shapes(text: str, language: str, expected: str | None) -> None:
    lt = letter(text, language=language)
    theirs, _ = find_references(lt)
    assert value(theirs) == expected
    if theirs is not None:
        assert snippet(lt, theirs) == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Request for data – URN 55120934821 – urgent", "55120934821"),
        ("Trade mark notice – QLW Ref. WB-3312", "WB-3312"),
        ("Northfield Ltd - review removal - KJ/NOR/0442-2", "KJ/NOR/0442-2"),
        ("OPC-2026-771102 - notification letter", "OPC-2026-771102"),
        ("Acme Corp v. Roe, No. 3:26-cv-04411 (N.D. Cal.) - service of order", "3:26-cv-04411"),
        ("Quarry Tiles Ltd – removal request [QX/MB/871]", "QX/MB/871"),
        ("Signalement n° SIG-2026-11-0087", "SIG-2026-11-0087"),
        ("Anmodning om oplysninger – j.nr. 0900-77120-00311-26", "0900-77120-00311-26"),
        ("Bakery Ltd ./. Trustpilot A/S – LG Kiel 4 O 118/26 – Verfügung", "4 O 118/26"),
        # ours, a review id, a statute: no reference of theirs
        ("Re: [CI-2026-0103] Outcome of your report", None),
        ("Appeal - flag rejected on review 0123456789abcdef01234567", None),
        ("Beschwerde nach Art. 53 DSA", None),
        ("Appeal against your decision of 27 November", None),
        ("Complaint – 2026-11-03 – EUR 1.200", None),
    ],
)
def test_a_reference_given_only_in_the_covering_emails_subject(subject: str, expected: str | None) -> None:
    hdr = EmailHeaders(from_addr="desk@sender.example", subject=subject)
    theirs, _ = find_references(letter("Hello,\n\nplease see the attached letter.\n\nRegards\n", email=hdr))
    assert value(theirs) == expected
    if theirs is not None:
        assert theirs.evidence is not None and theirs.evidence.source == "header:Subject"


def test_a_covering_email_without_a_reference_does_not_take_its_attachments() -> None:
    # the attached order is a document of its own, with its own reference; the email has none
    order = ParsedDocument(sha256="1" * 64, media_type="pdf", filename="sealed order.pdf",
                           text="IN THE HIGH COURT OF JUSTICE\n\nClaim No. QB-2026-000917\n\nORDER\n")
    hdr = EmailHeaders(from_addr="clerk@firm.example", subject="Service of order")
    parsed = ParsedDocument(sha256="2" * 64, media_type="eml", text="Dear Sirs,\n\nWe serve the attached order.\n",
                            email=hdr, attachments=(order,))
    theirs, _ = find_references(read_letter(parsed, received=date(2026, 11, 10), profile=PROFILE, language="en"))
    assert theirs is None
    assert value(find_references(read_letter(order, received=date(2026, 11, 10), profile=PROFILE))[0]) == (
        "QB-2026-000917")


def test_a_courts_file_number_heading_its_form_without_a_label() -> None:
    text = "LANDESGERICHT NORDSTADT\nGerichtsplatz 1\n\n14 Cg 72/26t - 4\n\nBESCHLUSS\n\nDie Antragstellerin …\n"
    assert value(find_references(letter(text, language="de"))[0]) == "14 Cg 72/26t"


def test_the_platforms_own_form_numbers_are_not_the_senders() -> None:
    text = "TRUSTPILOT - REPORT FORM\nNotice ID: NTC-2026-55512\nSubmitted: 2026-11-02\n\nFull name: Ada Quill\n"
    assert find_references(letter(text))[0] is None


# --- the property: any label, any value of the grammar, any following field ---------------------

LABEL_WORDS = [
    "Our ref:", "Our reference:", "Our ref.", "Unser Zeichen:", "Aktenzeichen:", "Az.:", "Geschäftsnummer:",
    "N/Réf. :", "Notre référence :", "RG n°", "Vores ref.:", "J.nr.", "Sagsnr.:", "Case No.", "Claim No.",
    "Record No.", "Court file no.", "Journalnr.:",
]
FOLLOWING = ["\n\nDear Sirs,\n", "  Date: 3 March 2026\n", "\tDatum: 03.03.2026\n", " | Date: 3 March 2026\n",
             " · Dato: 3. marts 2026\n", " Date: 3 March 2026\n", "\nYour ref: –\n"]
# after these a sentence's punctuation ends the value, but lower-case initials would read as its last word
SENTENCE_FOLLOWING = [". Please reply to this office.\n", ", please reply to this office.\n"]
_MONTH_WORDS = {w.casefold() for w in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                       "nov", "dec", "mai", "okt", "dez", "maj", "mars", "juin")}

letters = st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ", min_size=1, max_size=4)
digits = st.integers(min_value=1, max_value=999999).map(str)
tight = st.sampled_from(["/", "-", ".", ":", "–"])


@st.composite
def chunks(draw: st.DrawFn) -> str:
    """Alphanumeric runs joined by tight separators, one run at least a number."""
    runs = draw(st.lists(st.one_of(letters, digits), min_size=1, max_size=4))
    if not any(r[0].isdigit() for r in runs):
        runs.append(draw(digits))
    out = runs[0]
    for r in runs[1:]:
        out += draw(tight) + r
    return out


@st.composite
def reference_values(draw: st.DrawFn) -> str:
    core = draw(chunks())
    if draw(st.booleans()) and core[0].isdigit():
        core = draw(letters) + " " + core  # a letters prefix: "KOA 16.300/26"
    for _ in range(draw(st.integers(0, 2))):
        core += " " + draw(digits)  # further numbers after single spaces: "BV 26 0912"
    if draw(st.booleans()):
        court = f"{draw(digits)[:3]} {draw(st.sampled_from(['Js', 'O', 'Cg', 'Ds', 'KLs']))} {draw(digits)}/26"
        core = court if draw(st.booleans()) else core
    if draw(st.booleans()):
        initials = draw(st.text(alphabet="abcdefghkmnprstwxzABCDEFGHKLMNPRSTW", min_size=1, max_size=3))
        core += draw(st.sampled_from([" ", " / "])) + initials
    return core


@given(label=st.sampled_from(LABEL_WORDS), ref=reference_values(),
       follow=st.sampled_from(FOLLOWING + SENTENCE_FOLLOWING))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_generated_label_and_value_give_back_exactly_the_value(label: str, ref: str, follow: str) -> None:
    words = re.findall(r"[^\W\d_]+", ref)
    assume(not any(w.casefold() in _MONTH_WORDS for w in words))
    assume(plausible(ref) and not PROFILE_CASE_REF.search(ref))
    assume(not any(LABELS.fullmatch(w) or LABELS.fullmatch(w + ".") for w in words))  # "RG", "GZ": labels
    assume(not re.fullmatch(r"\d{1,2}[./:–-]\d{1,2}[./:–-]\d{2,4}", ref.split()[0]))
    last = ref.split()[-1]
    if follow in SENTENCE_FOLLOWING:
        assume(" " not in ref or not last.isalpha() or last.isupper())
    lt = letter(f"{label} {ref}{follow}")
    theirs, _ = find_references(lt)
    assert value(theirs) == ref
    assert snippet(lt, theirs) == ref


SUBJECT_LABELS = ["Our ref", "our ref.", "Unser Zeichen", "Unser Az.", "N/Réf.", "Notre référence", "Vores ref.",
                  "Vores j.nr.", "Aktenzeichen", "Claim No.", "Case No.", "Sagsnr."]


@given(label=st.sampled_from(SUBJECT_LABELS), ref=reference_values(),
       before=st.sampled_from(["", "Acme Ltd – removal request – ", "Erinnerung: ", "Relance – "]),
       after=st.sampled_from(["", " – reminder", " - Sachstand", " (second request)", " | urgent"]))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_generated_reference_in_a_subject_line_gives_back_exactly_the_value(
    label: str, ref: str, before: str, after: str
) -> None:
    words = re.findall(r"[^\W\d_]+", ref)
    assume(not any(w.casefold() in _MONTH_WORDS for w in words))
    assume(plausible(ref) and not PROFILE_CASE_REF.search(ref))
    assume(not any(LABELS.fullmatch(w) or LABELS.fullmatch(w + ".") for w in words))
    assume(not re.fullmatch(r"\d{1,2}[./:–-]\d{1,2}[./:–-]\d{2,4}", ref.split()[0]))
    hdr = EmailHeaders(from_addr="desk@sender.example", subject=f"{before}{label} {ref}{after}")
    theirs, _ = find_references(letter("Hello,\n\nplease see below.\n", email=hdr))
    assert value(theirs) == ref


@pytest.mark.parametrize(
    ("head", "language", "expected"),
    [
        # a handler's code in mixed case before the number, initials joined by a colon after it
        ("Our Ref: DMc/TW 0557/LIT\nDate: 26 November 2026\n", "en", "DMc/TW 0557/LIT"),
        ("Unser Az.: 41/27 MS:lb\nKöln, 16. März 2027\n", "de", "41/27 MS:lb"),
        # a police force's case number under its own label
        ("Vorgangs-Nr.: NW-4410-2027/3\nSachbearbeiter: KOK Max Muster\n", "de", "NW-4410-2027/3"),
    ],
)
def test_more_shapes_of_the_writers_reference(head: str, language: str, expected: str) -> None:
    lt = letter(head + "\nDear Sirs\n\nText.\n", language=language)
    theirs, _ = find_references(lt)
    assert value(theirs) == expected and snippet(lt, theirs) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a German handler's abbreviated name after a spaced dash closes the reference
        ("Unser Zeichen: 2027/0388 – Dr. Wo/ke\nKiel, 3. März 2027\n", "2027/0388 – Dr. Wo/ke"),
        # "our case" in Danish labels the firm's own file
        ("Vores sag: 0903-MK-1172\n\nOdense, den 3. marts 2027\n", "0903-MK-1172"),
        # a French police requisition's number
        ("Service : Brigade de gendarmerie de Vannes\nRéquisition n° : 2027/000871/GXVA\nDate : 03/03/2027\n",
         "2027/000871/GXVA"),
        ("Organisation: Meldestelle Netzanstand e.V.\nInterne Vorgangsnummer: MNA-2027-00412\n", "MNA-2027-00412"),
    ],
    ids=["de-handler-after-dash", "da-vores-sag", "fr-requisition", "de-interne-vorgangsnummer"],
)
def test_reference_shapes_and_labels_of_each_language(text: str, expected: str) -> None:
    assert value(find_references(letter(text))[0]) == expected
