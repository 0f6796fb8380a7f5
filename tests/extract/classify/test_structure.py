"""Kind from the structure of a document — who sends it, what it invokes, what it asks — on
letters written for these tests: a court's order wherever the court sits, a firm's letter about
an order, an authority abroad, a firm's DSA notice, a firm appealing a measure on its client."""

from __future__ import annotations

from datetime import date

import pytest

from extract.classify.classifier import classify, find_bases
from extract.classify.sender import SenderType, sender_type
from extract.layout.segments import sender_lines
from extract.parties.parties import Parties
from tests.extract.conftest import make_letter


def kind_of(text: str, *, sender: str | None = None, language: str = "en") -> str | None:
    doc = make_letter(text, sender=sender, language=language, received=date(2027, 3, 1))
    kind, _ = classify(doc, parties=Parties(), bases=find_bases(doc))
    return kind.value if kind else None


def who(text: str, language: str = "en") -> SenderType | None:
    doc = make_letter(text, language=language, received=date(2027, 3, 1))
    return sender_type(doc, sender_lines(doc)).type


FOREIGN_ORDERS = [
    ("en", "SUPREME COURT OF NORTHERN PROVINCE\nCivil Division\n\nFile No. 2027/000123\n\nBETWEEN:\n\nALDER "
           "KITCHENS LTD\nApplicant\n\nand\n\nREVIEW SITE OPERATOR\nRespondent\n\nORDER\n\nUpon the application of "
           "the Applicant, the Respondent shall within 21 days disclose the name and email address of the author "
           "of the review.\n\nDated 2 March 2027"),
    ("de", "Landgericht Mittelstadt\n3. Zivilkammer\n\nGeschäftsnummer: 3 O 45/27\n\nBeschluss\n\nIn der Sache "
           "Beispiel GmbH gegen die Antragsgegnerin wird der Antragsgegnerin aufgegeben, die Bewertung zu löschen."),
    ("fr", "TRIBUNAL JUDICIAIRE DE VILLENEUVE\n\nRG n° 27/00456\n\nORDONNANCE DE RÉFÉRÉ\n\nOrdonnons à la "
           "société défenderesse de retirer l'avis litigieux dans les huit jours."),
    ("da", "RETTEN I NORDBY\n\nKENDELSE\n\nSagsnr. BS-123/2027\n\nTrustpilot A/S pålægges at udlevere "
           "oplysninger om anmelderens identitet."),
]


@pytest.mark.parametrize(("language", "text"), FOREIGN_ORDERS)
def test_a_court_heading_its_order_sends_a_court_order_wherever_it_sits(language: str, text: str) -> None:
    assert who(text, language) is SenderType.COURT
    assert kind_of(text, language=language) == "court_order"


def test_a_firms_letter_citing_an_order_is_the_firms_letter() -> None:
    text = ("HOLT & VANE LLP\nSolicitors\n1 Quay Street, Exeter\n\nDear Sirs\n\nWe act for Alder Kitchens Ltd. "
            "On 2 March 2027 the High Court granted our client an injunction against the author (Claim No. "
            "KB-2027-000111). Our client asks you to remove the further review posted since, which is defamatory "
            "of it.\n\nYours faithfully\n\nHolt & Vane LLP")
    assert who(text) is SenderType.LAW_FIRM
    assert kind_of(text) == "legal_demand"


AUTHORITIES = [
    ("en", "Good afternoon,\n\nPlease find our letter below about a complaint we received.\n\nRegards\n\n"
           "Jordan Pike\nSenior Investigator\nOffice of the Privacy Commissioner of Westland\n"),
    ("fr", "MINISTÈRE DE L'ÉCONOMIE DU GRAND-VAL\nDirection générale de la consommation\n\nMadame, Monsieur,\n\n"
           "Nous vous prions de nous indiquer les mesures prises contre les faux avis.\n\nLe chef de service"),
    ("da", "Forbrugerstyrelsen i Vestland\n\nTil Trustpilot A/S\n\nVi beder jer redegøre for jeres håndtering af "
           "falske anmeldelser.\n\nMed venlig hilsen\n\nKontorchef"),
    # a state attorney general's office signs: a public office, not a firm of attorneys
    ("en", "Good afternoon,\n\nPlease find attached our investigative demand about reviews of a kitchen fitter. "
           "Please confirm receipt.\n\nThank you,\n\nDana Ruiz\nAssistant Attorney General\nWestland Department of "
           "Law\n"),
    # a privacy commissioner handling a data subject's access complaint: the rights are the complainant's
    ("en", "Office of the Privacy Commissioner of Westland\n\nReference: P-2027-001\n\nDear Sir or Madam:\n\nWe "
           "received a complaint that your response to an individual's right of access request under the personal "
           "information act was incomplete. Please explain what personal data you hold about him.\n\nYours truly,"
           "\n\nInvestigator"),
]


@pytest.mark.parametrize(("language", "text"), AUTHORITIES)
def test_a_public_authority_abroad_is_a_regulator(language: str, text: str) -> None:
    assert who(text, language) is SenderType.AUTHORITY
    assert kind_of(text, language=language) == "regulator"


def test_a_firms_notice_under_the_dsa_procedure_is_a_notice() -> None:
    text = ("Dear Sir or Madam,\n\nWe act for Alder Kitchens Ltd and submit this notice under Article 16 of the "
            "Digital Services Act. The review at the address below is defamatory of our client and unlawful. "
            "We state our bona fide belief that the information is accurate.\n\nYours faithfully\n\n"
            "Jane Holt\nSolicitor\nHolt & Vane LLP")
    assert kind_of(text) == "illegal_content_notice"


def test_a_firm_appealing_the_removal_of_its_clients_review_appeals() -> None:
    text = ("HOLT & VANE LLP\nSolicitors\n\nDear Sirs\n\nWe act for Ms Ada Lark. You removed the review she "
            "posted about her holiday. Our client's review was accurate and we ask you to reinstate it.\n\n"
            "Yours faithfully\n\nHolt & Vane LLP")
    assert kind_of(text) == "consumer_appeal"


def test_a_firm_disputing_a_warning_on_its_clients_page_appeals_for_a_business() -> None:
    text = ("HOLT & VANE LLP\nSolicitors\n\nDear Sirs\n\nWe act for Alder Kitchens Ltd. You placed a warning on "
            "our client's business page saying it misused reviews. Please remove the warning.\n\n"
            "Yours faithfully\n\nHolt & Vane LLP")
    assert kind_of(text) == "business_appeal"


def test_police_words_in_a_letter_no_police_force_sends_are_not_a_police_request() -> None:
    text = ("Dear Trustpilot,\n\nA review on our page threatens one of our staff. We reported it to the police, "
            "who gave us a crime reference number. Please take the review down; it is illegal content.\n\n"
            "Sam Reed\nManager\nReed's Garden Centre")
    assert kind_of(text) != "law_enforcement"


def test_a_company_writing_in_its_own_name_appeals_as_a_business() -> None:
    from extract.models import Found

    text = ("Til Trustpilot\n\nVi skriver igen om anmeldelsen på vores side, som I ikke ville fjerne, da vi "
            "rapporterede den. Den overtræder jeres retningslinjer.\n\nMed venlig hilsen"
            "\n\nAnne Holm\nNordby Camping ApS\n")
    doc = make_letter(text, language="da", received=date(2027, 3, 1))
    kind, _ = classify(doc, parties=Parties(organisation=Found("Nordby Camping ApS", None, 0.9, "signature")),
                       bases=find_bases(doc))
    assert kind is not None and kind.value == "business_appeal"


def test_an_authority_named_at_the_end_of_the_bodys_last_sentence_does_not_send_it() -> None:
    text = ("Dear Sir or Madam\n\nRequest to erase my personal data\n\nI am the data subject named in a review on "
            "your site. I ask you to erase my personal data under Article 17 UK GDPR (right to erasure) within one "
            "month. Otherwise I shall take this to the\nInformation Commissioner's Office.\n\nYours faithfully"
            "\n\nAnn Vale\n")
    assert who(text) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "NORTHGATE BARRISTERS & SOLICITORS\n\nDear Sir/Madam:\n\nWe act for the applicant, Alder "
               "Kitchens Ltd. We enclose the order granted on 18 November. Paragraph 2 reads:\n\n\"2. THIS COURT "
               "ORDERS that the Respondent take down the post within 10 days.\"\n\n"
               "Yours truly,\n\nNorthgate Barristers & Solicitors"),
        ("fr", "CABINET VALMONT AVOCATS\n\nMadame, Monsieur,\n\nNous vous signifions l'ordonnance rendue le 2 "
               "mars. Le dispositif est le suivant :\n\n« Ordonnons le retrait du contenu litigieux sous quinze "
               "jours. »\n\nVeuillez agréer nos salutations distinguées.\n\nMaître Anne Valmont, avocate"),
    ],
)
def test_a_firm_serving_an_order_with_its_operative_words_sends_the_order(language: str, text: str) -> None:
    assert who(text, language) is SenderType.LAW_FIRM
    assert kind_of(text, language=language) == "court_order"
