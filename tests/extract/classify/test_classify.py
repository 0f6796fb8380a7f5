"""Kind of document and legal bases, on letters written for these tests in en/de/fr/da."""

from __future__ import annotations

import re
from datetime import date

import pytest

from extract.classify.classifier import classify, find_bases
from extract.classify.cues import REGULATOR_DOMAINS
from extract.layout.letter import Letter
from extract.models import Found
from extract.parties.parties import Parties
from tests.extract.conftest import make_letter

RECEIVED = date(2027, 3, 1)


def letter(text: str, *, quoted: str = "", sender: str | None = None, subject: str | None = None,
           language: str = "en") -> Letter:
    return make_letter(text, quoted=quoted, sender=sender, subject=subject, language=language, received=RECEIVED)


def run(doc: Letter) -> tuple[str | None, set[str], Found[str] | None, tuple[Found[str], ...]]:
    kind, bases = classify(doc, parties=Parties(), bases=find_bases(doc))
    return (kind.value if kind else None), {b.value for b in bases}, kind, bases


SOLICITOR_EN = """ASHBY MARSH LLP
Solicitors
12 King Street, Bristol BS1 4EF

Trustpilot A/S
Legal Department

14 March 2027

Dear Sirs

Our client: Fenwick Glazing Ltd

We act for Fenwick Glazing Ltd. A review on your website states that our client "fitted cracked
windows and pocketed the refund". The statement is false and defamatory of our client, and it was
published maliciously, so that it is also actionable as malicious falsehood.

Please remove the review within 7 days. Our client reserves the right to issue proceedings
without further notice, and will apply for an injunction if necessary.

Yours faithfully

Teresa Reyes
Partner
"""

ANWALT_DE = """KRÜGER & SEIDEL Rechtsanwälte
Lindenallee 4 · 10115 Berlin

Trustpilot A/S
Rechtsabteilung

Berlin, 3. März 2027

Bewertung über die Bäckerei Sommer GmbH

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die Bäckerei Sommer GmbH vertreten. Die Bewertung enthält die
Behauptung, unsere Mandantin verwende verdorbene Zutaten. Dabei handelt es sich um eine unwahre
Tatsachenbehauptung, die den Tatbestand der üblen Nachrede erfüllt und das
Unternehmenspersönlichkeitsrecht unserer Mandantin verletzt.

Namens und in Vollmacht unserer Mandantin fordern wir Sie auf, die Bewertung zu entfernen.
Andernfalls werden wir eine einstweilige Verfügung beantragen.

Mit freundlichen Grüßen

Dr. Anna Krüger
Rechtsanwältin
Fachanwältin für Urheber- und Medienrecht
"""

EFFACEMENT_FR = """Claire Dubois
12 rue des Lilas
33000 Bordeaux

Trustpilot A/S
Délégué à la protection des données

Bordeaux, le 2 mars 2027

Objet : Demande d'effacement – article 17 du RGPD

Madame, Monsieur,

Un avis publié sur votre site mentionne mon nom complet et mon lieu de travail. Ces données
personnelles me concernent et je n'ai jamais consenti à leur publication. J'exerce mon droit à
l'effacement au titre de l'article 17 du RGPD et vous demande de supprimer mon nom.

À défaut de réponse dans un délai d'un mois, je saisirai la CNIL.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Claire Dubois
"""

ADVOKAT_DA = """Advokatfirmaet Holm & Vestergaard
Amaliegade 10, 1256 København K

Trustpilot A/S
Juridisk afdeling

København, den 4. marts 2027

Vedr.: Anmeldelse af Nørre Tømrer ApS

Vi repræsenterer Nørre Tømrer ApS. På vegne af vores klient skal vi gøre opmærksom på, at
anmeldelsen beskylder vores klient for at snyde ældre kunder. Udsagnet er usandt og
ærekrænkende, jf. straffelovens § 267.

Vi skal derfor anmode jer om at fjerne anmeldelsen inden 8 dage.

Med venlig hilsen

Mette Holm
Advokat
"""

APPEAL_DA = """Hej

Min anmeldelse af Fjordbyens Cykler er blevet fjernet, fordi virksomheden har anmeldt den. Jeg
har købt en cykel hos dem og har kvitteringen. Jeres egne retningslinjer siger, at man må dele
sine ærlige oplevelser, så jeg beder jer genindsætte min anmeldelse.

Venlig hilsen
Søren Lund
"""

DATATILSYNET_DA = """Datatilsynet
Carl Jacobsens Vej 35
2500 Valby

Trustpilot A/S
Att.: Databeskyttelsesrådgiver

Dato: 5. marts 2027
J.nr.: 2027-31-0001

Klage over behandling af personoplysninger

Datatilsynet har modtaget en klage fra en borger over, at Trustpilot har afvist en anmodning om
sletning efter databeskyttelsesforordningens artikel 17. Vi beder om jeres udtalelse senest den
26. marts 2027.

Med venlig hilsen

Jens Kragh
Specialkonsulent
"""

POLICE_EMAIL = """Good morning,

I am investigating a series of threatening messages sent to a shop owner in Croydon. One of them
was posted as a review on your site. Please preserve all data for the account and let me know how
to submit a formal disclosure request. Our crime reference is 01/234567/27.

Kind regards

DC Priya Shah
Metropolitan Police Service
"""

ESCALATION = """Hi team,

Forwarding the below from one of my enterprise accounts. They are upset that a review they
reported a month ago is still up. Could someone take a look?

Thanks
Mia

---------- Forwarded message ---------
From: Owen Price <owen@pricebuilders.example>
Subject: review still live

Mia, the review says we never finished the job. Surely this breaks your guidelines?
"""

ORDER_EN = """IN THE HIGH COURT OF JUSTICE
KING'S BENCH DIVISION

Claim No. KB-2027-000123

BEFORE MASTER GRAY

BETWEEN:
FENWICK GLAZING LTD  Applicant
- and -
TRUSTPILOT A/S  Respondent

ORDER

IT IS ORDERED THAT:

1. The Respondent shall by 4pm on 30 March 2027 disclose to the Applicant's solicitors the name
and email address of the account holder who posted the review identified in the Schedule.
"""

AVERTISSEMENT_FR = """MEUBLES GARNIER SARL
4 avenue du Port – 13002 Marseille

Trustpilot A/S

Marseille, le 6 mars 2027

Objet : Contestation de l'avertissement affiché sur notre page

Madame, Monsieur,

Un avertissement a été ajouté sur notre page sans aucune explication. Nous contestons votre
décision : nous n'avons jamais acheté d'avis. Vos lignes directrices prévoient que l'entreprise
est informée des motifs de toute mesure. Nous rappelons en outre les dispositions du Code de la
consommation sur la transparence des avis en ligne.

Paul Garnier
Gérant
"""

MARKE_DE = """VOGT IP Rechtsanwälte
Maximilianstraße 2 · 80539 München

Trustpilot A/S

München, 1. März 2027

Markenrechtsverletzung durch das Unternehmensprofil „Alpenglanz Outlet“

Sehr geehrte Damen und Herren,

unsere Mandantin ist Inhaberin der eingetragenen Unionsmarke ALPENGLANZ. Das oben genannte
Profil verwendet die Marke und das Logo unserer Mandantin ohne Zustimmung für den Vertrieb
gefälschter Ware. Dies verletzt die Rechte unserer Mandantin aus Art. 9 UMV und §§ 14 MarkenG.

Wir fordern Sie auf, das Profil zu sperren.

Mit freundlichen Grüßen
Dr. Felix Vogt
Rechtsanwalt
"""


@pytest.mark.parametrize(
    ("text", "language", "kind", "bases"),
    [
        (SOLICITOR_EN, "en", "legal_demand", {"defamation", "malicious_falsehood"}),
        (ANWALT_DE, "de", "legal_demand", {"defamation"}),
        (EFFACEMENT_FR, "fr", "data_request", {"data_protection"}),
        (ADVOKAT_DA, "da", "legal_demand", {"defamation"}),
        (APPEAL_DA, "da", "consumer_appeal", {"platform_guidelines"}),
        (DATATILSYNET_DA, "da", "regulator", {"data_protection"}),
        (ORDER_EN, "en", "court_order", {"court_order"}),
        (AVERTISSEMENT_FR, "fr", "business_appeal", {"platform_guidelines", "consumer_law"}),
        (MARKE_DE, "de", "ip_notice", {"trademark"}),
    ],
    ids=["solicitor-en", "anwalt-de", "effacement-fr", "advokat-da", "appeal-da", "datatilsynet-da", "order-en",
         "avertissement-fr", "marke-de"],
)
def test_letters_in_four_languages(text: str, language: str, kind: str, bases: set[str]) -> None:
    got_kind, got_bases, _, _ = run(letter(text, language=language))
    assert (got_kind, got_bases) == (kind, bases)


def test_a_threatened_injunction_is_not_a_court_order_and_a_lawyers_title_is_not_copyright() -> None:
    _, bases, _, _ = run(letter(ANWALT_DE, language="de"))
    assert "court_order" not in bases  # "werden wir eine einstweilige Verfügung beantragen"
    assert "copyright" not in bases  # "Fachanwältin für Urheber- und Medienrecht"
    _, bases, _, _ = run(letter(SOLICITOR_EN))
    assert "court_order" not in bases  # "will apply for an injunction"


def test_a_police_address_makes_a_law_enforcement_request_and_implies_a_crime() -> None:
    doc = letter(POLICE_EMAIL, sender="priya.shah@met.police.uk", subject="Preservation request")
    kind, bases, found, all_bases = run(doc)
    assert kind == "law_enforcement"
    assert bases == {"criminal"}
    assert "police address priya.shah@met.police.uk" in found.why
    (criminal,) = all_bases
    assert criminal.why == "implied by kind law_enforcement" and criminal.confidence <= 0.6


def test_a_colleague_forwarding_a_customer_complaint_is_an_internal_escalation() -> None:
    doc = letter(ESCALATION, sender="mia.koch@trustpilot.com", subject="Fwd: review still live")
    kind, bases, found, _ = run(doc)
    assert kind == "internal_escalation"
    assert found.evidence.source == "header:From" and found.evidence.snippet == "mia.koch@trustpilot.com"
    # The customer's words inside the forward are what is escalated.
    assert bases == {"platform_guidelines"}


def test_the_platforms_own_reply_quoted_below_does_not_count() -> None:
    quoted = (
        "On Mon, 1 Mar 2027 at 10:00, Trustpilot <content-integrity@trustpilot.com> wrote:\n"
        "> Your review was removed because our Guidelines for Reviewers do not allow personal information.\n"
        "> This is in line with the Digital Services Act.\n"
    )
    text = "Hi,\n\nI want my review put back up please. I only wrote what happened.\n\nAmy"
    kind, bases, _, _ = run(letter(text, quoted=quoted, sender="amy@mail.example", subject="Re: your review"))
    assert kind == "consumer_appeal"
    assert bases == set()


def test_the_platforms_decision_reported_back_is_not_an_invocation_of_its_guidelines() -> None:
    told = ("Dear team,\n\nWe reported two reviews in May. You told us that the reviews did not breach your guidelines"
            " and will stay up. We disagree with your decision; neither reviewer was ever a customer.\n\nBen Ward\n"
            "Director, Ward Roofing Ltd\n")
    kind, bases, _, _ = run(letter(told))
    assert kind == "business_appeal"
    assert "platform_guidelines" not in bases
    invoked = told.replace(
        "neither reviewer", "your own guidelines say a review must be a genuine experience, and neither reviewer"
    )
    assert "platform_guidelines" in run(letter(invoked))[1]


def test_what_the_content_alleges_is_not_what_the_letter_invokes() -> None:
    text = ("We act for Lakeside Motors Ltd. The review accuses our client of a criminal offence, namely fraud. "
            "That allegation is false and defamatory.\n")
    _, bases, _, _ = run(letter(text))
    assert bases == {"defamation"}


def test_a_regulator_named_only_as_a_threat_does_not_make_a_regulator_letter() -> None:
    kind, _, _, _ = run(letter(EFFACEMENT_FR, language="fr"))
    assert kind == "data_request"  # "je saisirai la CNIL" is a sentence, not a letterhead


def test_evidence_spans_index_into_the_letter_and_why_names_the_cues() -> None:
    doc = letter(ADVOKAT_DA, language="da")
    kind, bases = classify(doc, parties=Parties(), bases=find_bases(doc))
    assert kind is not None and kind.evidence is not None
    for found in (kind, *bases):
        ev = found.evidence
        assert ev is not None and ev.source == "text"
        assert doc.text[ev.start : ev.end] == ev.snippet
        assert found.why
    (defamation,) = bases
    assert "ærekrænkende" in defamation.why or "straffelovens § 267" in defamation.why
    assert 0.5 < kind.confidence <= 0.99


def test_an_empty_document_has_no_kind() -> None:
    blank = letter("   \n")
    assert classify(blank, parties=Parties(), bases=find_bases(blank)) == (None, ())


DSA_FORM_DA = """Anmeldelse af ulovligt indhold i henhold til artikel 16 i forordningen om digitale tjenester

Navn: Camilla Friis
E-mail: camilla.friis@mail.example

Anmeldelsen indeholder mit fulde navn og min adresse og er en del af en vedvarende chikane mod mig.

Jeg bekræfter i god tro, at oplysningerne er korrekte og fuldstændige.
"""

POLIZEI_DE = """Polizeipräsidium Frankfurt am Main
Kriminalinspektion 12

Trustpilot A/S

Frankfurt, 2. März 2027

Auskunftsersuchen im Ermittlungsverfahren wegen Bedrohung (§ 241 StGB)

Sehr geehrte Damen und Herren,

in dem oben genannten Ermittlungsverfahren bitten wir um Auskunft über die Bestandsdaten des
Nutzerkontos, von dem die Bewertung veröffentlicht wurde.

Mit freundlichen Grüßen
KOK Weber
"""

REFERE_FR = """TRIBUNAL JUDICIAIRE DE PARIS

ORDONNANCE DE RÉFÉRÉ
rendue le 3 mars 2027

PAR CES MOTIFS

Nous, Président du tribunal judiciaire, statuant en référé,

ORDONNONS à la société Trustpilot A/S de communiquer à la demanderesse les données d'identification
de l'auteur de l'avis dans un délai de quinze jours à compter de la signification de la présente
ordonnance.
"""

ASA_EN = """Advertising Standards Authority
Castle House, 37-45 Paul Street, London EC2A 4LS

Dear Sir or Madam

We have received a complaint about a claim on the website of Sunny Solar Ltd that it is "rated 4.9".
We are assessing it under the CAP Code and the Consumer Protection from Unfair Trading Regulations 2008.
Please could you tell us how many reviews on the profile have been removed as fake.

Hannah Cole
Investigations Executive
"""

PHOTOGRAPHER_EN = """Hello,

I am a professional photographer. A review on your site includes a photograph that I took and own
the copyright in. It was used without my permission. Please take it down.

Jo Patel
"""

ACCOUNT_EN = """Hi,

My account has been suspended and all my reviews are gone. I have never written a fake review.
Can you please tell me why and restore my account?

Amir
"""


@pytest.mark.parametrize(
    ("text", "language", "sender", "kind", "bases"),
    [
        (DSA_FORM_DA, "da", None, "illegal_content_notice", {"dsa", "harassment"}),
        (POLIZEI_DE, "de", None, "law_enforcement", {"criminal"}),
        (REFERE_FR, "fr", None, "court_order", {"court_order"}),
        (ASA_EN, "en", None, "regulator", {"consumer_law"}),
        (PHOTOGRAPHER_EN, "en", "jo@jophoto.example", "ip_notice", {"copyright"}),
        (ACCOUNT_EN, "en", "amir@mail.example", "consumer_appeal", set()),
    ],
    ids=["dsa-form-da", "polizei-de", "refere-fr", "asa-en", "photographer-en", "account-en"],
)
def test_senders_without_lawyers(text: str, language: str, sender: str | None, kind: str, bases: set[str]) -> None:
    got_kind, got_bases, _, _ = run(letter(text, language=language, sender=sender))
    assert (got_kind, got_bases) == (kind, bases)


def test_a_reviewer_contesting_removal_under_dsa_article_20_is_an_appeal_not_a_notice() -> None:
    # The URL between "mon avis" and "supprimé" must not hide the cue; Art. 20 is the appeal route.
    doc = letter(
        "Madame, Monsieur,\n\nMon avis https://fr.trustpilot.com/reviews/0a1b2c3d4e5f60718293a4b5 a été "
        "supprimé hier. Je conteste cette décision conformément à l'article 20 du règlement sur les services "
        "numériques (DSA).\n\nCordialement,\n\nLucie Perrin\n",
        language="fr",
    )
    kind, bases, found, _ = run(doc)
    assert kind == "consumer_appeal"
    assert "dsa" in bases
    assert found is not None and "supprimé" in found.evidence.snippet


def test_a_reviewers_follow_up_under_the_platforms_removal_notice_is_an_appeal() -> None:
    # The new message says nothing of the review; the thread it answers does.
    text = ("Hello again,\n\nHere are the receipts I promised: order 5512 of 3 January and the courier's "
            "note of 9 January. If this isn't sorted I'll be speaking to a solicitor.\n\nPriya\n")
    by_subject = letter(text, sender="priya.n@mail.example", subject="RE: Your review has been removed")
    assert run(by_subject)[0] == "consumer_appeal"
    quoted = ("-----Original Message-----\nFrom: Trustpilot <noreply@trustpilot.com>\nSubject: Update\n\n"
              "Hi Priya, we've removed your review of Elmfield Lettings because it breaks our guidelines.\n")
    by_quote = letter(text, quoted=quoted, sender="priya.n@mail.example", subject="RE: Update")
    kind, bases, found, _ = run(by_quote)
    assert kind == "consumer_appeal" and bases == set()
    assert found is not None and "removed your review" in found.evidence.snippet
    # the same words written by someone else are no notice of the platform's
    assert run(letter(text, quoted=quoted.replace("trustpilot.com", "elmfield.example"),
                      sender="priya.n@mail.example", subject="RE: Update"))[0] != "consumer_appeal"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Bewertung verstößt gegen die Nutzungsbedingungen der Plattform.", "de"),
        ("Cet avis enfreint les règles de la plateforme.", "fr"),
        ("Cet avis ne respecte pas les lignes directrices de Trustpilot.", "fr"),
        ("Anmeldelsen overtræder Trustpilots retningslinjer.", "da"),
        ("Anmeldelsen lever ikke op til retningslinjerne for anmeldere.", "da"),
    ],
)
def test_the_platforms_guidelines_named_in_other_words(text: str, language: str) -> None:
    assert "platform_guidelines" in run(letter(f"Hej,\n\n{text}\n\nMvh\nKim\n", language=language))[1]


def test_a_colleagues_our_guidelines_are_the_platforms_but_a_business_s_are_not() -> None:
    text = ("Hej team\n\nMin kunde Havnens Bageri mener, at anmeldelsen er i strid med vores retningslinjer, "
            "fordi anmelderen aldrig har handlet der. Kan I kigge på den?\n\nMikkel\n")
    kind, bases, _, _ = run(letter(text, sender="mikkel@trustpilot.com", subject="Eskalering", language="da"))
    assert (kind, bases) == ("internal_escalation", {"platform_guidelines"})
    assert "platform_guidelines" not in run(letter(text, sender="mikkel@bageri.example", language="da"))[1]


def test_an_unticked_box_on_a_notice_form_is_not_invoked() -> None:
    form = ("Meldung rechtswidriger Inhalte\n\nArt des Verstoßes\n  [x] Beleidigung / Verleumdung\n"
            "  [ ] Urheberrechtsverletzung\n  ☐ Markenrechtsverletzung\n\nBegründung\nDie Bewertung ist eine "
            "Verleumdung (§ 187 StGB).\n")
    bases = run(letter(form, language="de"))[1]
    assert "copyright" not in bases and "trademark" not in bases and "defamation" in bases
    ticked = form.replace("[ ] Urheberrechtsverletzung", "[X] Urheberrechtsverletzung")
    assert "copyright" in run(letter(ticked, language="de"))[1]
    assert "trademark" in run(letter(form.replace("☐", "☒"), language="de"))[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ihr stehen Ansprüche aus §§ 823 Abs. 2, 824 Abs. 1, 1004 BGB zu.",
        "Der Anspruch folgt aus § 1004 Abs. 1 S. 2 i.V.m. § 824 BGB.",
        "Die Aussage ist geeignet, den Kredit der Mandantin zu gefährden.",
    ],
    ids=["section-list", "ivm", "statutory-words"],
)
def test_kreditgefaehrdung_cited_inside_a_list_of_sections_or_in_the_words_of_824(sentence: str) -> None:
    text = ("Sehr geehrte Damen und Herren,\n\nwir vertreten die Gärtnerei Lohmann OHG. Die Bewertung behauptet, "
            f"unsere Mandantin verkaufe kranke Pflanzen. {sentence}\n\nMit freundlichen Grüßen\nRA Henning Vogt\n")
    assert "malicious_falsehood" in run(letter(text, language="de"))[1]
    # a list naming only other sections of the BGB does not cite § 824
    other = text.replace(sentence, "Ihr stehen Ansprüche aus §§ 823 Abs. 1, 1004 BGB zu.")
    assert "malicious_falsehood" not in run(letter(other, language="de"))[1]


DPO_DE = """Datenschutzkanzlei Brenner
Externe Datenschutzbeauftragte
Marktplatz 7 · 93047 Regensburg

Trustpilot A/S
Rechtsabteilung

Regensburg, 9. März 2027

Löschung personenbezogener Daten

Sehr geehrte Damen und Herren,

als externe Datenschutzbeauftragte des Autohauses Pichler GmbH bitte ich Sie, den Namen eines
Mitarbeiters aus einer Bewertung zu entfernen. Nach Art. 17 Abs. 1 lit. d DSGVO ist er zu löschen.

Mit freundlichen Grüßen

Carola Brenner
Externe Datenschutzbeauftragte
c.brenner@datenschutz-brenner.de
"""


def test_a_companys_external_data_protection_officer_is_not_a_supervisory_authority() -> None:
    kind, bases, found, _ = run(letter(DPO_DE, language="de"))
    assert (kind, bases) == ("data_request", {"data_protection"}), found.why
    assert "Art. 17 Abs. 1 lit. d DSGVO" in found.why  # the article cited with its paragraph and point
    # "datenschutz" in a firm's own domain is no authority's address
    assert not any(re.search(p, "datenschutz-brenner.de") for p in REGULATOR_DOMAINS)
    assert any(re.search(p, "datenschutz.hessen.de") for p in REGULATOR_DOMAINS)
    # a Land's supervisory authority writing from its own domain is a regulator
    authority = DPO_DE.replace("c.brenner@datenschutz-brenner.de", "poststelle@datenschutz.hessen.de")
    authority = authority.replace("Datenschutzkanzlei Brenner", "Der Hessische Beauftragte für Datenschutz")
    assert run(letter(authority, language="de"))[0] == "regulator"


DDPP_FR = """PRÉFET DU FINISTÈRE
Direction départementale de la protection des populations
Service concurrence, consommation et répression des fraudes
4 rue Anne Robert Jacques Turgot – 29196 Quimper Cedex

Quimper, le 2 mars 2027

Trustpilot A/S
Service juridique

Objet : Demande de communication d'informations

Madame, Monsieur,

Dans le cadre d'une enquête sur les pratiques commerciales de la société Armor Cuisines, je vous
demande, en application de l'article L. 512-10 du code de la consommation, de me communiquer la liste
des avis publiés sur sa page et des signalements reçus.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Yann Le Goff
Inspecteur
"""


def test_a_french_consumer_protection_service_is_a_regulator() -> None:
    kind, _, found, _ = run(letter(DDPP_FR, language="fr"))
    assert kind == "regulator", found.why
    dreets = DDPP_FR.replace("Direction départementale de la protection des populations", "DREETS Bretagne")
    assert run(letter(dreets, language="fr"))[0] == "regulator"


KEPT_REVIEW_EN = """Hello again,

Second time I am writing. The review from "Jo P" is still on our page even though we never sold anything
to a Jo P. Your reply said the review complies with your guidelines. It is a lie about my shop and frankly
it is defamatory.

Take it down this week.

Martin Hale
Hale Bikes
"""


def test_a_business_disputing_a_kept_review_appeals_even_in_legal_words() -> None:
    kind, bases, found, _ = run(letter(KEPT_REVIEW_EN, sender="martin@halebikes.example"))
    assert kind == "business_appeal", found.why
    assert "defamation" in bases
    # the same words under a solicitor's letterhead, writing for a client, are a legal demand
    solicitor = KEPT_REVIEW_EN.replace("Hello again,", "Dear Sirs,\n\nWe act for Hale Bikes.").replace(
        "Martin Hale\nHale Bikes", "Reed & Carter Solicitors")
    assert run(letter(solicitor, sender="law@reedcarter.example"))[0] == "legal_demand"


def test_a_business_asking_for_another_look_at_its_rejected_report_appeals() -> None:
    # no law and no lawyer: a removal it says it is *not* asking for is no legal demand
    text = ("Hello,\n\nWe are frankly disappointed with the outcome. Your reply said you could not find "
            "anything showing the review violates your rules, but the customer never ordered from us. "
            "We are not asking you to delete a critical review for being critical, only to apply your own "
            "guidelines on genuine experiences. Could a colleague look at our evidence again?\n\n"
            "Best,\nOwen Tarrant\nMarsh Lane Bakery Ltd\n")
    quoted = ("-----Original Message-----\nFrom: Trustpilot <support@trustpilot.com>\n\n"
              "Dear Owen, after a second review the review will remain on your company profile.\n")
    kind, bases, found, _ = run(letter(text, quoted=quoted, sender="owen@marshlanebakery.example",
                                       subject="Re: Your report"))
    assert kind == "business_appeal"
    assert bases == {"platform_guidelines"}
    assert found is not None and found.why.startswith("business_appeal")


def test_a_cover_email_sending_a_formal_appeal_against_a_warning_on_the_profile() -> None:
    text = ("Dear team,\n\nAttached is our appeal against the consumer warning shown on the Harbour Kayaks "
            "profile. Please confirm you have it.\n\nRegards,\nIlse Brandt\n")
    assert run(letter(text, sender="ilse@harbourkayaks.example"))[0] == "business_appeal"


@pytest.mark.parametrize(
    "sentence",
    [
        "The banner is misleading to consumers within the meaning of section 29 of the Australian Consumer Law.",
        "Displaying that notice is misleading or deceptive conduct.",
        "It breaches the Fair Trading Act 1986.",
    ],
)
def test_consumer_statutes_of_other_common_law_countries(sentence: str) -> None:
    assert "consumer_law" in run(letter(f"Dear Sirs,\n\n{sentence}\n\nYours,\nA. Client\n"))[1]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("No complaint was ever made to the police, and our client has never committed a criminal offence.", "en"),
        ("Gegen unsere Mandantin wurde nie Strafanzeige erstattet.", "de"),
        ("Notre cliente n'a jamais fait l'objet d'une plainte pénale.", "fr"),
        ("Der er aldrig indgivet politianmeldelse mod vores klient.", "da"),
    ],
)
def test_a_crime_the_writer_denies_is_not_invoked(sentence: str, language: str) -> None:
    text = f"Dear Sirs,\n\nThe review is false and defamatory. {sentence}\n\nYours faithfully,\nK. Lund\n"
    bases = run(letter(text, language=language))[1]
    assert "criminal" not in bases and "defamation" in bases


def test_the_same_crime_asserted_still_counts() -> None:
    text = "Dear Sirs,\n\nPosting these threats is a criminal offence under the Malicious Communications Act.\n"
    assert "criminal" in run(letter(text))[1]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Äußerung ist ehrverletzend und unwahr.", "de"),
        ("Diese Behauptung ist ehrenrührig.", "de"),
    ],
)
def test_a_statement_said_to_injure_honour_is_defamation(sentence: str, language: str) -> None:
    assert "defamation" in run(letter(f"Sehr geehrte Damen und Herren,\n\n{sentence}\n", language=language))[1]


@pytest.mark.parametrize(
    ("quote", "language"),
    [
        ('"The owner is a fraudster and has committed a criminal offence against half the town."', "en"),
        ("„Der Inhaber wurde wegen Betrugs schon zweimal mit einer Strafanzeige überzogen.“", "de"),
        ("« Le gérant fait l'objet d'une plainte pénale pour escroquerie, méfiez-vous. »", "fr"),
    ],
)
def test_a_crime_named_inside_the_quoted_review_is_not_invoked(quote: str, language: str) -> None:
    text = f"Dear Sirs,\n\nThe review reads:\n\n{quote}\n\nThis is untrue and defamatory of our client.\n"
    bases = run(letter(text, language=language))[1]
    assert "criminal" not in bases and "defamation" in bases


def test_a_short_quoted_term_is_still_the_senders_word() -> None:
    text = 'Dear Sirs,\n\nThe post is "defamatory" in every sense, and we say so plainly.\n'
    assert "defamation" in run(letter(text))[1]


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        # a firm serving an order quotes its operative part: the order is what is served
        ("Dear Sirs\n\nWe serve on you the sealed Order of District Judge Tresidder-Vane made on 2 March 2027. "
         "Its operative paragraphs read:\n\n\"1. The Respondent shall disclose the reviewer's name.\"\n\n"
         "Our client's review was defamatory.\n\nYours faithfully\n", "en", "court_order"),
        ("Sehr geehrte Damen und Herren,\n\nZustellung im Parteibetrieb. Wir stellen Ihnen eine beglaubigte Abschrift "
         "des Beschlusses des Landgerichts zu. Der Tenor lautet: Der Antragsgegnerin wird aufgegeben, Auskunft zu "
         "erteilen. Die Bewertung ist ehrverletzend.\n\nMit freundlichen Grüßen\n", "de", "court_order"),
        # an objection to the platform's decision is a business's appeal, not GDPR's objection
        ("Sehr geehrte Damen und Herren,\n\nich bin Inhaber von Glaserei Pfannkuch in Gotha. Ich hatte drei "
         "Bewertungen gemeldet. Ich lege Widerspruch gegen die Entscheidung ein und bitte um erneute Prüfung.\n\n"
         "Mit freundlichen Grüßen\nLorenz Pfannkuch\n", "de", "business_appeal"),
        # the writer wrote the review that was removed
        ("Sehr geehrte Damen und Herren,\n\nam 2. Februar habe ich eine Bewertung über eine Werkstatt geschrieben. "
         "Heute kam eine E-Mail, dass die Bewertung entfernt wurde. Ich habe die Rechnung noch.\n\nViele Grüße\n"
         "Timo Ahlgrimm\n", "de", "consumer_appeal"),
        # a business owner who flagged reviews and got "no breach" back is appealing
        ("Hi,\n\nI run Saltmarsh Kayak Hire in Wells. I've flagged three reviews from the same person and every one "
         "of my reports came back as no breach found. Please look again.\n\nNell Pendreth\n", "en", "business_appeal"),
        # a prosecutor's office abroad signs with what it is
        ("To Whom It May Concern:\n\nWe are investigating threats made against a restaurant. Please preserve the "
         "account's records.\n\nRespectfully,\n\nDana K. Ilsley\nCriminal Investigator\nLarchmere County District "
         "Attorney's Office\n", "en", "law_enforcement"),
        # a sole trader whose review invitations were stopped
        ("Dear Sir or Madam\n\nI am writing as the owner of Moorfoot Joinery. I have been told I may no longer invite "
         "reviews through your system. I would like the restriction lifted.\n\nYours faithfully\nEwan Laidlow\n",
         "en", "business_appeal"),
        # the reviewer's lawyer invokes the DSA's appeal rights, not its notice procedure
        ("Sehr geehrte Damen und Herren,\n\nmeine Mandantin hat am 2. Februar unter Ihrer Plattform eine Bewertung "
         "über einen Handwerksbetrieb veröffentlicht. Die Bewertung ist nicht mehr sichtbar. Nach Art. 17 DSA hätte "
         "sie eine Begründung erhalten müssen; wir legen Beschwerde nach Art. 20 DSA ein.\n\nMit freundlichen "
         "Grüßen\n", "de", "consumer_appeal"),
        # an authority abroad says the DSA does not apply: it is not invoked
        ("Département fédéral des finances\nSecrétariat d'État aux questions financières\n\nMadame, Monsieur,\n\n"
         "Le règlement sur les services numériques ne s'applique pas ici. Nous vous prions néanmoins de nous "
         "indiquer les mesures prises.\n\nVeuillez agréer nos salutations.\n", "fr", "regulator"),
        # a quoted review mentioning the police is no police letter; a sealed application is no order
        ("Dear Sir or Madam\n\nWe act for Mr Noel Ilfracombe. The review says:\n\n\"He drives home drunk every "
         "night, someone should\nring the police.\"\n\nThis is defamatory. You must remove it within 14 days.\n\n"
         "Yours faithfully\n\nTolmach & Co Solicitors\n", "en", "legal_demand"),
        ("Dear Sir or Madam\n\nWe act for Ollerton Joinery Ltd. We have applied for an order requiring you to "
         "disclose the author's identity. A sealed copy of the application notice will follow.\n\nYours faithfully\n\n"
         "Varnham Solicitors\n", "en", "legal_demand"),
        # the platform's decision reported back, with its date and the review's address between
        ("Hello,\n\nI've had your email of 2 March saying the review of our bakery at "
         "https://uk.trustpilot.com/reviews/0123456789abcdef01234567 will stay up. It is defamatory and we will take "
         "advice.\n\nRegards\nMeg Dunwoody\nOwner\n", "en", "business_appeal"),
        # a business writing first about a review on its page demands; it appeals nothing yet
        ("Bonjour,\n\nJe suis le gérant de la Crêperie Moulinet. Un avis a été publié samedi sur notre page. C'est "
         "de la diffamation. Merci de retirer cet avis d'ici lundi.\n\nCordialement,\nYves Moulinet\n", "fr",
         "legal_demand"),
        ("Dear Sirs\n\nWe act for Dunlin Dental Limited. The High Court made an order against your company; a copy "
         "is enclosed and we hereby serve it upon you. Its operative part requires disclosure of the author within "
         "14 days.\n\n"
         "Yours faithfully\n\nRathcoole Arbery LLP\n", "en", "court_order"),
        ("Sehr geehrte Damen und Herren,\n\nwir stellen Ihnen anliegend im Parteibetrieb die einstweilige Verfügung "
         "des Landgerichts vom 3. März 2027 zu. Die Bewertung ist zu unterlassen.\n\nMit freundlichen Grüßen\n"
         "Rechtsanwälte Torvik Haas\n", "de", "court_order"),
        ("Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter\nFeldeggweg 1, 3003 Bern\n\nSehr geehrte "
         "Damen und Herren,\n\nwir bitten um Stellungnahme zu einer Anzeige.\n\nFreundliche Grüsse\n", "de",
         "regulator"),
        ("Sehr geehrte Damen und Herren,\n\nSie prüfen die Bewertung unserer Mandantin, der Zahnarztpraxis Ellweg "
         "GmbH. Die Behauptung ist unwahr. Wir verlängern die Frist bis zum 19. März 2027; danach nehmen wir "
         "gerichtliche Hilfe in Anspruch.\n\nMit freundlichen Grüßen\nRechtsanwältin Dr. Imke Torvik\n", "de",
         "legal_demand"),
        ("Hej igen\n\nJeg har stadig ikke hørt fra jer, og anmeldelsen ligger der endnu. Hvis den ikke er væk til "
         "fredag, går jeg til min advokat.\n\nHilsen\nBjarke Lundsgaard\nLundsgaard Maler ApS\n", "da", "legal_demand"),
    ],
    ids=["en-order-served", "de-order-served", "de-widerspruch-decision", "de-reviewer-removed", "en-owner-flagged",
         "en-district-attorney", "en-sole-trader-invitations", "de-dsa-appeal-rights", "fr-dsa-does-not-apply",
         "en-quoted-police", "en-sealed-application", "en-kept-with-date-and-url", "fr-business-first-demand",
         "en-serve-it-upon-you", "de-injunction-served-by-the-party", "de-federal-commissioner",
         "de-review-of-our-client-is-about-it", "da-business-chaser-threatens-its-lawyer"],
)
def test_who_writes_and_what_they_serve_or_dispute(text: str, language: str, kind: str) -> None:
    got_kind, _, _, _ = run(letter(text, language=language))
    assert got_kind == kind


def test_a_business_answering_in_its_own_name_without_any_cue_is_appealing() -> None:
    from extract.pipeline import extract
    from ingest.models import ParsedDocument
    from tests.extract.conftest import PROFILE

    text = ("Hej\n\nVi har modtaget jeres brev af 5. marts om anmeldelsen af vores værksted. Bilen var til service hos "
            "os den 14. februar, og der blev ikke skiftet bremser. Kopi af arbejdskortet er vedlagt.\n\n"
            "Med venlig hilsen\n\nKaj Ulvedal\nDirektør\nUlvedal Autoservice ApS\n")
    # an automatic reply names no review: the commonest kind, as before
    auto = "Tak for din mail. Jeg er tilbage den 15. marts.\n\nKaj Ulvedal\nUlvedal Autoservice ApS\n"
    ex_auto = extract(ParsedDocument(sha256="0" * 64, media_type="txt", text=auto), received=RECEIVED, profile=PROFILE)
    assert ex_auto.kind is not None and ex_auto.kind.value == "legal_demand"
    ex = extract(ParsedDocument(sha256="0" * 64, media_type="txt", text=text), received=RECEIVED, profile=PROFILE)
    assert ex.kind is not None and ex.kind.value == "business_appeal"
