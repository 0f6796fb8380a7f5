"""Notice completeness: UK defamation notices (Defamation Act 2013 s.5(6), SI 2013/3028 reg. 2) and
DSA Art. 16(2) notices, on letters written for these tests."""

from __future__ import annotations

from datetime import date

from extract.citations.citations import Citations
from extract.classify.classifier import find_bases
from extract.classify.notices import check_notice
from extract.layout.letter import Letter
from extract.models import Evidence, Found, Kind, NoticeCheck
from extract.parties.parties import Parties
from tests.extract.conftest import make_letter

REVIEW = "https://uk.trustpilot.com/reviews/0123456789abcdef01234567"


def letter(text: str, *, sender: str | None = None, language: str = "en") -> Letter:
    return make_letter(text, sender=sender, language=language, received=date(2027, 3, 1))


def check(doc: Letter, *, kind: Kind, parties: Parties, citations: Citations) -> tuple[NoticeCheck, ...]:
    return check_notice(doc, kind=kind, parties=parties, citations=citations, bases=find_bases(doc))


def found(doc: Letter, value: str) -> Found[str]:
    start = doc.text.index(value)
    return Found(value, Evidence(start, start + len(value), value))


def cited(doc: Letter, *quotes: str) -> Citations:
    urls = tuple(found(doc, u) for u in (REVIEW,) if u in doc.text)
    return Citations(urls=urls, quotes=tuple(found(doc, q) for q in quotes))


def items(checks: tuple[NoticeCheck, ...], regime: str) -> dict[str, bool]:
    return {c.item: c.present for c in checks if c.regime == regime}


COMPLETE_DEFAMATION = f"""ASHBY MARSH LLP
Solicitors
12 King Street, Bristol BS1 4EF

14 March 2027

Dear Sirs

Our client: Fenwick Glazing Ltd
Review at {REVIEW}

We act for Fenwick Glazing Ltd. This letter is a notice of complaint under section 5 of the
Defamation Act 2013.

The review states: "Fenwick fitted cracked windows and pocketed the refund."

In its natural and ordinary meaning the statement means that our client knowingly supplies
defective goods and dishonestly keeps customers' money. That meaning is defamatory of our client.

The statement is false. Every unit is inspected before fitting and no refund has ever been
withheld.

Our client does not have sufficient information about the poster to bring proceedings against
them. Our client does not consent to its name and email address being provided to the poster.

Please contact the writer at t.reyes@ashbymarsh.example.

Yours faithfully

Teresa Reyes
Partner
"""


def test_a_complete_defamation_notice_has_every_item() -> None:
    doc = letter(COMPLETE_DEFAMATION)
    parties = Parties(
        name=found(doc, "Teresa Reyes"),
        email=found(doc, "t.reyes@ashbymarsh.example"),
        represented=found(doc, "Fenwick Glazing Ltd"),
    )
    checks = check(doc, kind=Kind.LEGAL_DEMAND, parties=parties,
                          citations=cited(doc, "Fenwick fitted cracked windows and pocketed the refund."))
    assert items(checks, "defamation_uk") == {
        "complainant_name": True, "complainant_email": True, "statement": True, "meaning": True,
        "inaccuracy": True, "location": True, "insufficient_information": True, "consent_to_share": True,
    }
    assert not items(checks, "dsa_art16")  # no DSA regime: the letter does not invoke it
    by_item = {c.item: c for c in checks}
    # The complainant is the client the solicitor writes for, not the solicitor.
    assert by_item["complainant_name"].evidence.snippet == "Fenwick Glazing Ltd"
    assert by_item["location"].evidence.snippet == REVIEW
    for c in checks:
        assert c.label and doc.text[c.evidence.start : c.evidence.end] == c.evidence.snippet


def test_a_defective_defamation_notice_lists_what_is_missing() -> None:
    doc = letter("Hello,\n\nThe review about my cafe is defamatory and I want it taken down today.\n\nSam Okoro\n",
                 sender="sam@okorocafe.example")
    checks = check(doc, kind=Kind.LEGAL_DEMAND, parties=Parties(name=found(doc, "Sam Okoro")),
                          citations=Citations())
    missing = {item for item, present in items(checks, "defamation_uk").items() if not present}
    assert missing == {"statement", "meaning", "inaccuracy", "location", "insufficient_information",
                       "consent_to_share"}
    # Without the parties extractor's address the email falls back to the From header.
    email = next(c for c in checks if c.item == "complainant_email")
    assert email.evidence.source == "header:From" and email.evidence.snippet == "sam@okorocafe.example"
    labels = {c.item: c.label for c in checks}
    assert "reg. 2(d)" in labels["insufficient_information"]


DSA_NO_GOOD_FAITH = f"""Report of illegal content under Article 16 of the Digital Services Act

Name: Lena Holm
Email: lena.holm@mail.example

Content: {REVIEW}

This review publishes my home address and says people should "pay her a visit one night". It
constitutes a criminal offence under section 4 of the Public Order Act 1986.
"""


def test_a_dsa_notice_without_its_good_faith_statement() -> None:
    doc = letter(DSA_NO_GOOD_FAITH)
    parties = Parties(name=found(doc, "Lena Holm"), email=found(doc, "lena.holm@mail.example"))
    checks = check(doc, kind=Kind.ILLEGAL_CONTENT_NOTICE, parties=parties, citations=cited(doc))
    assert items(checks, "dsa_art16") == {"explanation": True, "location": True, "notifier": True,
                                          "good_faith": False}
    good_faith = next(c for c in checks if c.item == "good_faith")
    assert good_faith.evidence is None and "Art. 16(2)(d)" in good_faith.label
    assert not items(checks, "defamation_uk")


def test_a_german_dsa_notice_is_checked_against_art_16_not_the_uk_regime() -> None:
    text = (
        "Meldung rechtswidriger Inhalte gemäß Art. 16 DSA\n\nName: Jonas Becker\nE-Mail: j.becker@post.example\n\n"
        f"Die Bewertung unter {REVIEW} enthält die unwahre Tatsachenbehauptung, ich hätte Kunden betrogen. "
        "Dies ist eine üble Nachrede im Sinne von § 186 StGB.\n\n"
        "Ich versichere, dass die Angaben in dieser Meldung nach meinem besten Wissen richtig und vollständig sind.\n"
    )
    doc = letter(text, language="de")
    checks = check(doc, kind=Kind.ILLEGAL_CONTENT_NOTICE, parties=Parties(), citations=cited(doc))
    assert items(checks, "dsa_art16") == {"explanation": True, "location": True, "notifier": True,
                                          "good_faith": True}
    assert not items(checks, "defamation_uk")  # argued under German law
    notifier = next(c for c in checks if c.item == "notifier")
    assert notifier.evidence.snippet == "Jonas Becker"  # read from the form field


def test_a_french_notice_without_url_or_identity() -> None:
    text = ("Bonjour,\n\nJe signale un avis manifestement illicite au sens du règlement sur les services numériques : "
            "il contient des propos diffamatoires, car il affirme faussement que notre boulangerie a été fermée "
            "par les services d'hygiène. Je certifie de bonne foi que ces informations sont exactes et complètes.\n")
    doc = letter(text, language="fr")
    checks = check(doc, kind=Kind.ILLEGAL_CONTENT_NOTICE, parties=Parties(), citations=Citations())
    assert items(checks, "dsa_art16") == {"explanation": True, "location": False, "notifier": False,
                                          "good_faith": True}


def test_a_notice_about_child_sexual_abuse_material_needs_no_notifier_identity() -> None:
    text = f"Report illegal content\n\nThe review at {REVIEW} links to child sexual abuse material. Please remove it.\n"
    doc = letter(text)
    checks = check(doc, kind=Kind.ILLEGAL_CONTENT_NOTICE, parties=Parties(), citations=cited(doc))
    notifier = next(c for c in checks if c.item == "notifier")
    assert notifier.present and "not needed" in notifier.label


def test_a_danish_defamation_letter_is_not_checked_against_uk_law() -> None:
    text = ("Vi repræsenterer Nørre Tømrer ApS. Anmeldelsen er usand og ærekrænkende, jf. straffelovens § 267. "
            "Vi anmoder jer om at fjerne den.\n")
    doc = letter(text, language="da")
    assert check(doc, kind=Kind.LEGAL_DEMAND, parties=Parties(), citations=Citations()) == ()


def test_documents_that_are_not_notices_get_no_checks() -> None:
    appeal = letter("Hi, my review was removed. Under the Digital Services Act I am entitled to a proper review of "
                    "this decision. Please put my review back up.\n", sender="amy@mail.example")
    assert check(appeal, kind=Kind.CONSUMER_APPEAL, parties=Parties(), citations=Citations()) == ()
    request = letter("Please erase my personal data under Article 17 UK GDPR.\n", sender="amy@mail.example")
    assert check(request, kind=Kind.DATA_REQUEST, parties=Parties(), citations=Citations()) == ()
