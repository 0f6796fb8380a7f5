"""Who wrote, for whom: sender name, organisation, email and represented client, with evidence.

Every letter here is made up for the test (en, de, fr, da; letters, emails, forms)."""

from __future__ import annotations

from extract.layout.letter import Letter
from extract.models import Found
from extract.parties.parties import Parties, find_parties
from ingest.models import EmailHeaders
from tests.extract.conftest import make_letter as letter


def spans(lt: Letter, found: Found[str] | None) -> str:
    """The text a value's evidence points at (and checks the evidence is consistent)."""
    assert found is not None and found.evidence is not None
    ev = found.evidence
    if ev.source == "text":
        assert lt.text[ev.start : ev.end] == ev.snippet
    return ev.snippet


def values(p: Parties) -> tuple[str | None, ...]:
    return tuple(None if f is None else f.value for f in (p.name, p.organisation, p.email, p.represented))


SOLICITORS = """BRAMLEY & FORSTER LLP
Solicitors
12 Mill Street, Norwich NR1 3AB
Tel: 01603 555 010 | Email: office@bramleyforster.co.uk | www.bramleyforster.co.uk

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

Our ref: MG/QUI/0042
Your ref: CI 2025 0042

24 February 2025

Dear Sirs

Our client: Quillon Bakeries Limited

We act for Quillon Bakeries Limited ("our client"), which runs four bakeries in Norfolk. A review posted
on your platform accuses our client of selling stale bread as fresh. That is untrue.

Please remove the review within 14 days of the date of this letter.

Yours faithfully

Martha Greene
Senior Associate
For and on behalf of Bramley & Forster LLP
Direct dial: 01603 555 017
Email: m.greene@bramleyforster.co.uk
"""


MARTHA = ("Martha Greene", "Bramley & Forster LLP", "m.greene@bramleyforster.co.uk", "Quillon Bakeries Limited")


def test_solicitors_letter_gives_signer_firm_own_address_and_client() -> None:
    lt = letter(SOLICITORS)
    p = find_parties(lt)
    assert values(p) == MARTHA
    assert spans(lt, p.name) == "Martha Greene"
    assert spans(lt, p.email) == "m.greene@bramleyforster.co.uk"  # the signer's, not the firm's office@
    assert spans(lt, p.represented) == "Quillon Bakeries Limited"
    assert p.organisation is not None and "behalf" in p.organisation.why


def test_pdf_text_without_blank_lines_reads_the_same() -> None:
    # PDF text extraction often drops the blank lines between paragraphs and wraps long lines.
    squeezed = "\n".join(line for line in SOLICITORS.splitlines() if line.strip())
    squeezed = squeezed.replace("We act for Quillon Bakeries Limited (", "We act for Quillon\nBakeries Limited (")
    p = find_parties(letter(squeezed))
    assert values(p) == MARTHA


def test_email_signer_wins_over_a_different_from_name_and_address_falls_back_to_from() -> None:
    text = """Hello,

My husband's account was used to send this, but the review is mine. It was removed last week and I
would like it reinstated: I really did stay at the hotel.

Thanks
Karen Holt

Sent from my iPhone
"""
    hdr = EmailHeaders(from_name="Peter Holt", from_addr="peter.holt@example.net", subject="my review")
    lt = letter(text, email=hdr)
    p = find_parties(lt)
    assert values(p) == ("Karen Holt", None, "peter.holt@example.net", None)
    assert p.email is not None and p.email.evidence is not None and p.email.evidence.source == "header:From"
    assert spans(lt, p.name) == "Karen Holt"


def test_first_name_only_signature_takes_the_full_name_from_the_header() -> None:
    text = "Hi,\n\nPlease look at my appeal again, the review was honest.\n\nBest,\nLena\n"
    hdr = EmailHeaders(from_name="Lena Marsh", from_addr="lena.marsh@example.org")
    p = find_parties(letter(text, email=hdr))
    assert values(p) == ("Lena Marsh", None, "lena.marsh@example.org", None)


def test_business_owner_email_signature_with_delimiter() -> None:
    text = """Hi,

The review you kept up was written by a competitor. Please look again.

Sam

--
Sam Okoro
Managing Director
Okoro Tiles Ltd
Unit 9, Riverside Park, Derby DE1 3QT
T: 01332 555 0101
www.okorotiles.co.uk
"""
    hdr = EmailHeaders(from_name="Sam Okoro", from_addr="sam@okorotiles.co.uk")
    p = find_parties(letter(text, email=hdr))
    # a director writing for their own company represents nobody
    assert values(p) == ("Sam Okoro", "Okoro Tiles Ltd", "sam@okorotiles.co.uk", None)


def test_internal_escalation_sender_is_the_colleague_and_represented_is_the_customer() -> None:
    text = """Hi team,

Passing on the below from Ruth Danby, Head of Marketing at Fenwick Garden Centres, one of my
Enterprise accounts. Could someone take a look before Friday?

Thanks,
Ollie

Ollie Brandt
Account Manager, UK Enterprise
Trustpilot

---------- Forwarded message ---------
From: Ruth Danby <ruth.danby@fenwickgc.co.uk>
Date: Mon, 3 Mar 2025 at 09:12
Subject: fake review
To: Ollie Brandt <ollie.brandt@trustpilot.com>

Ollie, this review is fake. Can you help?

Kind regards
Ruth Danby
Head of Marketing
Fenwick Garden Centres Ltd
"""
    hdr = EmailHeaders(from_name="Ollie Brandt", from_addr="ollie.brandt@trustpilot.com", subject="Fwd: fake review")
    lt = letter(text, email=hdr)
    p = find_parties(lt)
    assert values(p) == ("Ollie Brandt", "Trustpilot", "ollie.brandt@trustpilot.com", "Fenwick Garden Centres")
    assert spans(lt, p.represented) == "Fenwick Garden Centres"


def test_internal_escalation_without_a_named_customer_uses_the_forwarded_signature() -> None:
    text = """Hi all, see below - can you advise?

Cheers,
Nina Patel
Customer Success Manager
Trustpilot

-----Original Message-----
From: Dev Shah <dev@shahopticians.co.uk>
Sent: 3 March 2025 10:00
To: Nina Patel <nina.patel@trustpilot.com>
Subject: review

Please remove this review.

Dev Shah
Shah Opticians Ltd
"""
    hdr = EmailHeaders(from_name="Nina Patel", from_addr="nina.patel@trustpilot.com")
    p = find_parties(letter(text, email=hdr))
    assert values(p) == ("Nina Patel", "Trustpilot", "nina.patel@trustpilot.com", "Shah Opticians Ltd")


def test_german_lawyer_letter() -> None:
    text = """KRANZ & VOGEL
Rechtsanwälte PartG mbB
Lindenallee 4 · 80331 München
kanzlei@kranz-vogel.de · www.kranz-vogel.de

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K

Ihr Zeichen: CI-2025-0311
Unser Zeichen: 77/25 KL/ab
Bearbeiterin: RAin Dr. Katrin Lehmann
E-Mail: k.lehmann@kranz-vogel.de

München, 3. März 2025

Sehr geehrte Damen und Herren,

namens und in Vollmacht unserer Mandantin, der Fahrradwerk Süd GmbH, fordern wir Sie auf, die
Bewertung zu entfernen. Unsere Mandantin hat den Verfasser nie beliefert.

Mit freundlichen Grüßen

Dr. Katrin Lehmann
Rechtsanwältin
"""
    lt = letter(text, language="de")
    p = find_parties(lt)
    firm = "Kranz & Vogel Rechtsanwälte PartG mbB"
    assert values(p) == ("Katrin Lehmann", firm, "k.lehmann@kranz-vogel.de", "Fahrradwerk Süd GmbH")
    assert spans(lt, p.represented) == "Fahrradwerk Süd GmbH"


def test_german_person_represented_by_lawyers_named_in_the_case_title() -> None:
    text = """Sehr geehrte Damen und Herren,

Jonas Pfeiffer ./. Trustpilot A/S

hiermit zeigen wir an, dass wir Herrn Jonas Pfeiffer, Gartenstraße 3, 10115 Berlin, anwaltlich vertreten.

Mit freundlichen Grüßen

Sven Albrecht
Rechtsanwalt
Albrecht Rechtsanwälte
"""
    p = find_parties(letter(text, language="de"))
    assert values(p)[0:2] == ("Sven Albrecht", "Albrecht Rechtsanwälte")
    assert p.represented is not None and p.represented.value == "Jonas Pfeiffer"


def test_french_lawyer_letter_with_the_closing_formula() -> None:
    text = """CABINET ROUSSEL
Avocats à la Cour
5, rue Colbert – 13001 Marseille
accueil@roussel-avocats.fr

Marseille, le 3 mars 2025

N/Réf. : 25/118/PR

Madame, Monsieur,

Je suis le conseil de la société Fromagerie Delaunay SAS, dont le siège est à Aix-en-Provence.
Un avis publié sur votre plateforme est diffamatoire.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Pierre ROUSSEL
Avocat associé
p.roussel@roussel-avocats.fr
"""
    lt = letter(text, language="fr")
    p = find_parties(lt)
    assert values(p) == ("Pierre Roussel", "Cabinet Roussel", "p.roussel@roussel-avocats.fr", "Fromagerie Delaunay SAS")
    assert spans(lt, p.name) == "Pierre ROUSSEL"


def test_danish_lawyer_letter() -> None:
    text = """HOLM & BIRK ADVOKATFIRMA
Vestergade 12, 8000 Aarhus C
Tlf. 86 12 34 56 · post@holmbirk.dk

Trustpilot A/S
Pilestræde 58
1112 København K

Vores ref.: 4411-25/MB
Deres ref.: CI-2025-0099

Aarhus, den 3. marts 2025

Kære Trustpilot

Vi repræsenterer Skovgaard Møbler ApS i sagen om en anmeldelse på jeres platform.

Med venlig hilsen

Mette Birk
Advokat
Holm & Birk Advokatfirma
mb@holmbirk.dk
"""
    lt = letter(text, language="da")
    p = find_parties(lt)
    assert values(p) == ("Mette Birk", "Holm & Birk Advokatfirma", "mb@holmbirk.dk", "Skovgaard Møbler ApS")


def test_web_form_fields_give_the_notifier() -> None:
    text = """TRUSTPILOT - REPORT ILLEGAL CONTENT
Full name: Ines Carvalho
Email address: ines@padariaines.pt
Organisation (optional): Padaria Ines
Are you reporting on behalf of someone else? No

Explanation: the review threatens my staff.
[x] I confirm my bona fide belief that the notice is accurate.
"""
    lt = letter(text)
    p = find_parties(lt)
    assert values(p) == ("Ines Carvalho", "Padaria Ines", "ines@padariaines.pt", None)
    assert spans(lt, p.organisation) == "Padaria Ines"


def test_police_request_form_gives_the_officer_without_rank() -> None:
    text = """NORTHSHIRE POLICE
REQUEST FOR DISCLOSURE OF PERSONAL DATA

To: Trustpilot A/S, Legal Department
By email: legal@trustpilot.com

Requesting officer: PC 5521 Daniel Webb
Force: Northshire Police
Email: daniel.webb@northshire.police.uk
Crime reference: NP/25/00912

Please provide the account details of the reviewer.

Requesting officer: PC 5521 Daniel Webb    Signature: D. Webb    Date: 03/03/2025
Authorising officer: Insp. 771 Helen Cross    Signature: H. Cross
"""
    lt = letter(text)
    p = find_parties(lt)
    assert values(p) == ("Daniel Webb", "Northshire Police", "daniel.webb@northshire.police.uk", None)
    assert spans(lt, p.name) == "Daniel Webb"


def test_private_person_letter_has_no_organisation() -> None:
    text = """Margaret Ellis
4 Church Lane
Thornbury BS35 2AA
Email: maggie.ellis@example.co.uk

3 March 2025

Dear Sir or Madam

I ask you to erase my personal data under Article 17 UK GDPR.

Yours sincerely

M. Ellis

Margaret Ellis (Mrs)
"""
    p = find_parties(letter(text))
    assert values(p) == ("Margaret Ellis", None, "maggie.ellis@example.co.uk", None)


def test_sole_trader_trading_name_below_the_name_is_the_organisation() -> None:
    text = """Owen Price
Price Joinery
7 Station Road, Brecon LD3 7AA
owen@pricejoinery.co.uk

Dear Sir or Madam,

Please give me a copy of my personal data.

Yours faithfully,

Owen Price
Price Joinery
"""
    p = find_parties(letter(text))
    assert values(p) == ("Owen Price", "Price Joinery", "owen@pricejoinery.co.uk", None)


def test_the_firms_own_name_after_on_behalf_of_is_not_a_client() -> None:
    text = """Dear Sirs

We write on behalf of Carter Mills LLP about the review of our own firm.

Yours faithfully

Jo Carter
Partner
For and on behalf of Carter Mills LLP
"""
    p = find_parties(letter(text))
    assert p.organisation is not None and p.organisation.value == "Carter Mills LLP"
    assert p.represented is None


def test_uppercase_client_heading_is_given_in_the_letters_own_spelling() -> None:
    text = """Dear Sir/Madam,

RE: OUR CLIENT – HEATHERSIDE CARE HOMES LIMITED

We are instructed by Heatherside Care Homes Limited of 3 High Street, Guildford.

Yours faithfully,

Amit Rao
Solicitor
Rao Lewis Solicitors
"""
    p = find_parties(letter(text))
    assert p.represented is not None and p.represented.value == "Heatherside Care Homes Limited"
    assert values(p)[:2] == ("Amit Rao", "Rao Lewis Solicitors")


def test_name_title_and_firm_on_one_signature_line() -> None:
    text = (
        "Dear Sirs\n\nWe act for Tidewater Kayaks Limited.\n\nYours faithfully\n\n"
        "Jane Doe, Partner, Smith Jones LLP\n"
    )
    lt = letter(text)
    p = find_parties(lt)
    assert values(p)[:2] == ("Jane Doe", "Smith Jones LLP")
    assert spans(lt, p.name) == "Jane Doe" and spans(lt, p.organisation) == "Smith Jones LLP"


def test_german_authority_signed_im_auftrag() -> None:
    text = """Der Landesbeauftragte für Datenschutz
Postfach 1234, 70000 Stuttgart

Aktenzeichen: LfD-0815/2025

Sehr geehrte Damen und Herren,

wir bitten um Stellungnahme zu einer Beschwerde.

Mit freundlichen Grüßen
Im Auftrag

Petra Schulz
"""
    p = find_parties(letter(text, language="de"))
    # "Im Auftrag" is how a civil servant signs, not a name, and nobody is represented
    assert values(p) == ("Petra Schulz", "Der Landesbeauftragte für Datenschutz", None, None)


def test_from_name_written_surname_first() -> None:
    hdr = EmailHeaders(from_name="MARSH, KEVIN", from_addr="kevin.marsh@example.police.uk")
    p = find_parties(letter("Please preserve the account data.\n", email=hdr))
    assert p.name is not None and p.name.value == "Kevin Marsh"
    assert p.name.evidence is not None and p.name.evidence.source == "header:From"


def test_capitalised_german_nouns_after_a_cue_are_no_client() -> None:
    text = (
        "Sehr geehrte Damen und Herren,\n\nwir vertreten Ihre Auffassung nicht.\n\n"
        "Mit freundlichen Grüßen\n\nAnna Beck\n"
    )
    assert find_parties(letter(text, language="de")).represented is None


def test_us_firm_forms_pllc_and_pc_are_organisations() -> None:
    for firm in ("Hargrove Tan PLLC", "Okafor & Lindqvist, P.C."):
        text = (
            "Dear Sir or Madam:\n\nWe represent Bluebonnet Candles LLC.\n\n"
            f"Sincerely,\n\nRuth Okafor\nPartner\n{firm}\n"
        )
        p = find_parties(letter(text))
        assert values(p)[:2] == ("Ruth Okafor", firm)
        assert p.represented is not None and p.represented.value == "Bluebonnet Candles LLC"


def test_uppercase_us_letterhead_beats_the_tagline_below_it() -> None:
    text = """HARGROVE TAN PLLC
Trademark & Advertising Law
100 Main Street, Suite 200, Denver, Colorado 80202

Dear Sir or Madam:

This firm represents Bluebonnet Candles LLC.

Sincerely,

Ruth Tan
Hargrove Tan PLLC
"""
    p = find_parties(letter(text))
    assert p.organisation is not None and p.organisation.value == "Hargrove Tan PLLC"


def test_danish_firm_named_in_a_long_footer_line_of_fields() -> None:
    text = """Vi henviser til vores tidligere henvendelse vedrørende anmeldelsen af vores klients forretning.

Med venlig hilsen

Jens Dalby
Advokat
jd@dalbyfris.dk

Dalby & Friis Advokatpartnerselskab · Vestergade 12 · 8000 Aarhus C · Tlf. 86 12 34 56 · CVR 12345678 · www.dalby.dk
"""
    lt = letter(text, language="da")
    p = find_parties(lt)
    # a footer of fields is longer than any signature line, yet no prose
    assert values(p)[:2] == ("Jens Dalby", "Dalby & Friis Advokatpartnerselskab")
    assert p.organisation is not None and p.organisation.confidence >= 0.85
    assert spans(lt, p.organisation) == "Dalby & Friis Advokatpartnerselskab"


def test_danish_letter_without_salutation_names_the_client_in_its_subject_line() -> None:
    text = """Vores ref.: JD/4411

Fynske Isenkræmmere ApS – anmeldelse på jeres platform

Vi skriver igen i sagen, fordi anmeldelsen om vores klient fortsat er offentliggjort,
selv om vi har dokumenteret, at den er usand.

Med venlig hilsen

Jens Dalby
Advokat
Dalby & Friis Advokater
"""
    lt = letter(text, language="da")
    p = find_parties(lt)
    assert p.represented is not None and p.represented.value == "Fynske Isenkræmmere ApS"
    assert spans(lt, p.represented) == "Fynske Isenkræmmere ApS"


def test_a_labelled_line_above_the_first_paragraph_is_no_subject() -> None:
    text = """Vores ref.: Holm Nielsen

Vi skriver igen i sagen, fordi anmeldelsen om vores klient fortsat er offentliggjort,
selv om vi har dokumenteret, at den er usand.

Med venlig hilsen

Jens Dalby
"""
    assert find_parties(letter(text, language="da")).represented is None


def test_title_then_business_on_one_signature_line() -> None:
    text = """Bonjour,

Je conteste la décision concernant l'avis publié sur notre page.

Cordialement,

Hélène Marchal
Présidente – Fromagerie Marchal, crèmerie et cave
3 place du Marché, 21000 Dijon
"""
    hdr = EmailHeaders(from_name="Hélène Marchal", from_addr="helene@fromagerie-marchal.fr")
    lt = letter(text, email=hdr, language="fr")
    p = find_parties(lt)
    assert values(p)[:2] == ("Hélène Marchal", "Fromagerie Marchal")
    assert spans(lt, p.organisation) == "Fromagerie Marchal"


def test_a_region_after_the_title_is_no_organisation() -> None:
    text = "Hi,\n\nPlease check this review.\n\nThanks,\n\nSam Ortiz\nAccount Manager, Benelux\n"
    hdr = EmailHeaders(from_name="Sam Ortiz", from_addr="sam.ortiz@example.com")
    assert find_parties(letter(text, email=hdr)).organisation is None


def test_german_assistant_signing_im_auftrag_is_the_sender() -> None:
    text = """Sehr geehrte Damen und Herren,

wir bitten um Mitteilung des Sachstands.

Mit freundlichen Grüßen

i. A. Lena Hoffstedt
Rechtsanwaltsfachangestellte
für Rechtsanwältin Dr. Irene Kalb

Kalb Brenner Rechtsanwälte PartGmbB
Domplatz 3 · 48143 Münster
"""
    lt = letter(text, language="de")
    p = find_parties(lt)
    assert values(p)[:2] == ("Lena Hoffstedt", "Kalb Brenner Rechtsanwälte PartGmbB")
    assert spans(lt, p.name) == "Lena Hoffstedt"


def test_printed_form_with_dot_leaders_gives_the_notifier() -> None:
    text = """Meldung rechtswidriger Inhalte
-----------------------------------------
Meldende Person
  Name ............... Bernd Aschauer
  E-Mail ............. info@baeckerei-aschauer.de
  Organisation ....... Bäckerei Aschauer
  Meldung im Auftrag Dritter: nein

Begründung
Die Bewertung behauptet, wir verkauften altes Brot. Das ist falsch und schadet unserem Geschäft sehr.

Unterschrift (elektronisch): Bernd Aschauer
"""
    lt = letter(text, language="de")
    p = find_parties(lt)
    assert values(p) == ("Bernd Aschauer", "Bäckerei Aschauer", "info@baeckerei-aschauer.de", None)
    assert spans(lt, p.name) == "Bernd Aschauer"


def test_police_officer_with_a_collar_number_carrying_unit_letters() -> None:
    text = """Good afternoon,

Please find attached our request for the reviewer's account data.

Kind regards

PC 2087KX Nadia Ferreira
Lewisham CID – Safeguarding
Metropolitan Police Service
"""
    lt = letter(text)
    p = find_parties(lt)
    assert values(p)[:2] == ("Nadia Ferreira", "Metropolitan Police Service")
    assert spans(lt, p.name) == "Nadia Ferreira"


def test_police_form_from_line_with_collar_number() -> None:
    text = "From: DS 3390AB Colm Reilly, Bromley CID\nEmail: colm.reilly@example.police.uk\n\nPlease disclose.\n"
    p = find_parties(letter(text))
    assert p.name is not None and p.name.value == "Colm Reilly"


def test_name_shaped_firm_over_its_profession_in_the_letterhead() -> None:
    text = """Ashdown Keel
SOLICITORS

4 Bridge Street
Exeter EX1 1AA

Dear Sirs

We act for Moorland Bakeries Ltd, a family bakery in Devon.

Yours faithfully

Priya Keel
Partner
p.keel@ashdownkeel.co.uk
"""
    lt = letter(text)
    p = find_parties(lt)
    assert values(p) == ("Priya Keel", "Ashdown Keel Solicitors", "p.keel@ashdownkeel.co.uk", "Moorland Bakeries Ltd")


def test_danish_authority_letterhead_and_a_labelled_direct_line() -> None:
    text = """Fiskeri- og Søfartsstyrelsen
Havnegade 4 · 6700 Esbjerg

Vi anmoder om oplysninger om anmeldelserne af en virksomhed på jeres platform inden for 14 dage.

Med venlig hilsen

Rasmus Vinther
Chefkonsulent
Direkte tlf. 72 10 33 48
rv@example.dk
"""
    p = find_parties(letter(text, language="da"))
    assert values(p)[:2] == ("Rasmus Vinther", "Fiskeri- og Søfartsstyrelsen")


def test_case_title_inside_a_sentence_after_a_matter_phrase() -> None:
    text = """Sehr geehrte Damen und Herren,

in der Angelegenheit Rheinauen Gartenbau GmbH ./. Trustpilot A/S übersenden wir anliegend unser Schreiben.

Mit freundlichen Grüßen

Tom Weigand
Weigand Rechtsanwälte
"""
    lt = letter(text, language="de")
    p = find_parties(lt)
    assert p.represented is not None and p.represented.value == "Rheinauen Gartenbau GmbH"
    assert spans(lt, p.represented) == "Rheinauen Gartenbau GmbH"


def test_french_client_name_with_an_elided_article() -> None:
    text = """Madame, Monsieur,

Je suis le conseil de la société Les Ateliers d’Ouessant SARL, qui fabrique des voiles depuis 1990.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Yann Le Gall
Avocat
"""
    p = find_parties(letter(text, language="fr"))
    assert p.represented is not None and p.represented.value == "Les Ateliers d’Ouessant SARL"


def test_internal_escalation_for_one_of_my_customers_in_danish_and_german() -> None:
    cases = (
        ("Hej\n\nJeg skriver på vegne af en af mine kunder, Skagen Surfshop ApS (kunde siden 2020).\n\n"
         "Venlig hilsen\nLine\n", "da", "Skagen Surfshop ApS"),
        ("Hallo zusammen,\n\nich melde mich für einen meiner Kunden: Alpenblick Hotel GmbH. Bitte prüft die "
         "Bewertung.\n\nViele Grüße\nLars\n", "de", "Alpenblick Hotel GmbH"),
    )
    for text, lang, customer in cases:
        hdr = EmailHeaders(from_name="Line Holt", from_addr="lho@trustpilot.com")
        p = find_parties(letter(text, email=hdr, language=lang))
        assert p.represented is not None and p.represented.value == customer


def test_a_place_and_date_line_above_the_first_paragraph_is_no_client() -> None:
    text = """Odense, den 3. marts 2025

Vi skriver igen i sagen, fordi anmeldelsen om vores klient fortsat er offentliggjort,
selv om vi har dokumenteret, at den er usand.

Med venlig hilsen

Jens Dalby
"""
    assert find_parties(letter(text, language="da")).represented is None


def test_capitalised_firm_name_over_a_practice_area_tagline() -> None:
    text = """MARLOWE VANCE
Entertainment & Media Law
220 Sunset Plaza, Los Angeles, CA 90069

Dear Sir or Madam:

This firm represents Golden Reel Pictures LLC.

Very truly yours,

Dana Marlowe
"""
    p = find_parties(letter(text))
    assert values(p)[:2] == ("Dana Marlowe", "Marlowe Vance")


def test_title_and_firm_joined_by_a_hyphen() -> None:
    text = "Dear team,\n\nPlease review.\n\nBest regards,\n\nMike Chen\nSenior Partner - Chen Wu LLP\n"
    lt = letter(text)
    p = find_parties(lt)
    assert values(p)[:2] == ("Mike Chen", "Chen Wu LLP")
    assert spans(lt, p.organisation) == "Chen Wu LLP"


# --- generalisation round 2: the sender's organisation --------------------------------------------


def test_a_role_line_with_an_organisation_word_is_the_signers_title() -> None:
    text = """Dear Sirs

Please find attached our letter concerning our client.

Kind regards

Priya Lund
pp Tomas Berg
Legal Secretary
Orwell & Finch
2 Bridge Street, Hull HU1 2AB

This email is confidential. Orwell & Finch is authorised and regulated by the Solicitors Regulation Authority.
"""
    hdr = EmailHeaders(from_name="Priya Lund", from_addr="p.lund@orwellfinch.co.uk")
    lt = letter(text, email=hdr)
    p = find_parties(lt)
    assert values(p)[:2] == ("Priya Lund", "Orwell & Finch")


def test_a_police_rank_and_a_station_are_not_the_force() -> None:
    text = """Northshire Constabulary
Harbour Road Police Station, Portwick PW1 1AA

Crime Ref: NC/CID/2025/0042

Dear Sirs

I request the data of the account that posted the review.

Is mise le meas,

Ciara Dunne
Detective Sergeant
Harbour Road Police Station
ciara.dunne@northshire.police.example
"""
    p = find_parties(letter(text))
    assert values(p)[:2] == ("Ciara Dunne", "Northshire Constabulary")


def test_a_firm_named_like_a_person_below_the_signers_title() -> None:
    text = (
        "Dear Agent:\n\nThis firm represents Bluegill Supply, Inc.\n\nSincerely,\n\n"
        "Rosa T. Quint\nAssociate\nMerriam Blythe\n500 Bay Street\n"
    )
    hdr = EmailHeaders(from_name="Rosa T. Quint", from_addr="rquint@merriamblythe.com")
    lt = letter(text, email=hdr)
    p = find_parties(lt)
    assert values(p) == ("Rosa T. Quint", "Merriam Blythe", "rquint@merriamblythe.com", "Bluegill Supply, Inc.")
    assert spans(lt, p.organisation) == "Merriam Blythe"


def test_for_and_on_behalf_of_a_firm_named_like_a_person() -> None:
    text = (
        "Dear Sirs\n\nWe enclose the order.\n\nYours faithfully\n\n"
        "Owen Tate\nAssociate\nfor and on behalf of Selby Crane\no.tate@example.net\n"
    )
    lt = letter(text)
    p = find_parties(lt)
    assert values(p)[:2] == ("Owen Tate", "Selby Crane")
    assert spans(lt, p.organisation) == "Selby Crane"


def test_a_tagline_after_the_legal_form_is_no_part_of_the_name() -> None:
    text = (
        "Guten Tag,\n\nbitte prüfen Sie die Meldung.\n\nMit freundlichen Grüßen\n\nJonas Vehr\nReferent\n\n"
        "Klartext e.V. – Verein für faire Bewertungen\nMarktstraße 4, 04109 Leipzig\n"
    )
    p = find_parties(letter(text, language="de"))
    assert values(p)[:2] == ("Jonas Vehr", "Klartext e.V.")


def test_a_consultancy_letterhead_and_its_footer_over_a_title_and_a_bank() -> None:
    text = """Steuerberatung Lindqvist
Externe Datenschutzbeauftragte
Hafenweg 3 · 20457 Hamburg

Sehr geehrte Damen und Herren,

ich bitte um Löschung.

Mit freundlichen Grüßen

Maren Lindqvist
Externe Datenschutzbeauftragte (IHK)

Steuerberatung Lindqvist · Inhaberin: Maren Lindqvist · Hamburger Sparkasse · IBAN DE00 2005 0550 0000 0000 00
"""
    p = find_parties(letter(text, language="de"))
    assert values(p)[:2] == ("Maren Lindqvist", "Steuerberatung Lindqvist")


def test_a_letterhead_name_in_any_language_that_stands_again_under_the_signature() -> None:
    text = """Údarás na Gaeltachta Thiar
Na Forbacha, Co. na Gaillimhe

Dear Sir/Madam,

We write about a review.

Yours faithfully,

Síle Ní Chonaill
Compliance Officer, Regional Oversight
Údarás na Gaeltachta Thiar
"""
    p = find_parties(letter(text))
    assert values(p)[:2] == ("Síle Ní Chonaill", "Údarás na Gaeltachta Thiar")


def test_a_french_state_service_under_its_prefet() -> None:
    text = """PRÉFÈTE DU CALVADOS
Direction départementale de l'emploi, du travail et des solidarités
Service contrôle
1 rue Daniel Huet – 14000 Caen

Madame, Monsieur,

Je vous demande de me communiquer les éléments suivants.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Pour la directrice départementale,
Louis Garnier
"""
    p = find_parties(letter(text, language="fr"))
    assert p.organisation is not None
    assert p.organisation.value == "Direction départementale de l'emploi, du travail et des solidarités du Calvados"


def test_a_sole_trader_names_her_trading_name() -> None:
    form = (
        "Name of notifier: Ros Tiernan\nCapacity: sole trader, trading as Tiernan Glassworks, Quay Lane, Cobh\n"
        "Email: ros@example.ie\n\nThe review is false.\n\nRos Tiernan\n"
    )
    assert values(find_parties(letter(form)))[:2] == ("Ros Tiernan", "Tiernan Glassworks")
    email = "The review is still up. I run Halloran Roofing & Guttering with my son and it costs us work.\n"
    hdr = EmailHeaders(from_name="Dermot Halloran", from_addr="dermot@halloranroofing.example")
    assert values(find_parties(letter(email, email=hdr)))[:2] == ("Dermot Halloran", "Halloran Roofing & Guttering")


def test_a_clients_trading_name_is_not_the_senders() -> None:
    text = (
        "Re: Mr Cal Penrose t/a Penrose Joinery\n\nDear Sirs\n\nI act for Mr Cal Penrose, who trades"
        " as Penrose Joinery.\n\nYours faithfully\n\nEdith Moyle\nBarrister\n"
    )
    p = find_parties(letter(text))
    assert values(p)[:2] == ("Edith Moyle", None)
    text = "Dear Sirs\n\nI act for Mrs Ada Rowe trading as Rowe Ceramics.\n\nYours truly\n\nEdith Moyle\nBarrister"
    assert values(find_parties(letter(text)))[:2] == ("Edith Moyle", None)


def test_a_trading_name_below_the_owners_title() -> None:
    text = "Hello,\n\nPlease remove the review.\n\nThanks,\n\nAnna Berg\nOwner\nBerg Travel\n"
    hdr = EmailHeaders(from_name="Anna Berg", from_addr="anna@bergtravel.example")
    assert values(find_parties(letter(text, email=hdr)))[:2] == ("Anna Berg", "Berg Travel")


def test_french_full_name_field() -> None:
    form = "=== Formulaire ===\nNom complet : Aline Morel-Dubois\nAdresse e-mail : aline@example.fr\n"
    assert values(find_parties(letter(form, language="fr")))[0] == "Aline Morel-Dubois"


# --- generalisation round 2: the represented client -----------------------------------------------


def test_instructed_with_a_phrase_before_by() -> None:
    text = (
        "Dear Sirs\n\nI am instructed on a public access basis by Mrs Nell Carrow, who runs a tea room.\n\n"
        "Yours faithfully\n\nAmos Pender\nBarrister\n"
    )
    lt = letter(text)
    p = find_parties(lt)
    assert values(p)[3] == "Nell Carrow" and spans(lt, p.represented) == "Nell Carrow"


def test_a_french_bailiff_serves_at_the_request_of_the_party() -> None:
    text = (
        "Madame, Monsieur,\n\nÀ la requête de la société Fromagerie Delorme, dont le siège est à Annecy, "
        "j'ai l'honneur de vous signifier l'ordonnance ci-jointe.\n\n"
        "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\nMaître Paul Vidal\n"
    )
    assert values(find_parties(letter(text, language="fr")))[3] == "Fromagerie Delorme"


def test_the_office_a_data_protection_officer_holds_for_a_client() -> None:
    text = (
        "Sehr geehrte Damen und Herren,\n\nals externe Datenschutzbeauftragte der Tierarztpraxis Dr. Sommer, Kiel, "
        "habe ich Sie im Auftrag der Praxis angeschrieben.\n\nMit freundlichen Grüßen\n\nIlka Brandt\n"
    )
    assert values(find_parties(letter(text, language="de")))[3] == "Tierarztpraxis Dr. Sommer"
    en = "Dear Sirs\n\nI write as the data protection officer of Harrow Dental Care Ltd, Hull.\n\nBest\n\nJo Finch"
    assert values(find_parties(letter(en)))[3] == "Harrow Dental Care Ltd"


def test_a_german_genitive_client_is_named_in_the_nominative() -> None:
    for declined, plain in (
        ("des Gasthofes Lindenwirt", "Gasthof Lindenwirt"),
        ("des Restaurants Seeblick", "Restaurant Seeblick"),
        ("des Autohauses Brenner", "Autohaus Brenner"),
    ):
        text = (
            f"Sehr geehrte Damen und Herren,\n\nwir vertreten die Interessen {declined}, Hauptstraße 1, Ulm.\n\n"
            "Mit freundlichen Grüßen\n\nDr. Jana Roth\nRechtsanwältin\n"
        )
        assert values(find_parties(letter(text, language="de")))[3] == plain, declined


def test_a_colleague_named_in_the_signature_is_not_the_client() -> None:
    text = (
        "Hello,\n\nI'm writing on behalf of Dana Whitcombe about the notice she sent on behalf of Copperline Bikes "
        "(our matter 77-12).\n\nThank you,\n\nLeo Marsh\nLegal Assistant to Dana R. Whitcombe\nWhitcombe Arles\n"
    )
    hdr = EmailHeaders(from_name="Leo Marsh", from_addr="lmarsh@whitcombearles.example")
    assert values(find_parties(letter(text, email=hdr)))[3] == "Copperline Bikes"


def test_a_client_named_only_in_the_email_subject() -> None:
    text = "Dear team\n\nOur client does not accept your decision.\n\nKind regards\n\nNina Hale\nPartner\nHale Rudd LLP"
    hdr = EmailHeaders(
        from_name="Nina Hale", from_addr="n.hale@halerudd.example", subject="Brightwater Nurseries Ltd – your decision"
    )
    p = find_parties(letter(text, email=hdr))
    assert values(p)[3] == "Brightwater Nurseries Ltd"
    assert p.represented is not None and p.represented.evidence is not None
    assert p.represented.evidence.source == "header:Subject"


def test_a_private_senders_street_and_postcode_are_no_organisation() -> None:
    text = """Sehr geehrte Damen und Herren,

ich bitte um Löschung der Bewertung, die meine Wohnanschrift nennt.

Mit freundlichen Grüßen
Petra Voigt
Ahornweg 7b
28195 Bremen
"""
    p = find_parties(letter(text, language="de"))
    assert p.name is not None and p.name.value == "Petra Voigt"
    assert p.organisation is None


def test_a_firm_name_split_over_two_letterhead_lines_is_joined() -> None:
    text = """HOLM BRANDT
Rechtsanwälte PartG mbB
Am Wall 12 · 28195 Bremen

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K

Sehr geehrte Damen und Herren,

wir vertreten die Bäckerei Kahl GmbH. Die Bewertung ist unwahr.

Mit freundlichen Grüßen

Dr. Jana Holm
Rechtsanwältin
"""
    p = find_parties(letter(text, language="de"))
    assert p.organisation is not None and p.organisation.value == "Holm Brandt Rechtsanwälte PartG mbB"
    assert spans(letter(text), p.organisation).startswith("HOLM BRANDT")


def test_a_clients_label_in_the_heading_names_the_client() -> None:
    de = "Datenauskunft\nMandant: Herr Tobias Renner, Bremen\n\n"
    de += "Sehr geehrte Damen und Herren,\n\nich bitte um Auskunft.\n"
    da = "Vedr.: Anmeldelse\nKlient: Skovgaard Maling ApS (CVR 12 34 56 78)\n\nVi anmoder om fjernelse.\n"
    assert find_parties(letter(de, language="de")).represented.value == "Tobias Renner"  # type: ignore[union-attr]
    assert find_parties(letter(da, language="da")).represented.value == "Skovgaard Maling ApS"  # type: ignore[union-attr]
    assert find_parties(letter("Client: N/A\n\nDear Sirs\n\nWe write about a review.\n")).represented is None


def test_a_lawyer_writing_as_i_or_the_undersigned_represents_the_client() -> None:
    de = "Sehr geehrte Damen und Herren,\n\nhiermit zeige ich an, dass ich Herrn Malte Ossig anwaltlich vertrete.\n"
    da = "Kære Trustpilot\n\nUndertegnede repræsenterer Lund Ventilation A/S, Vejle, i anledning af en anmeldelse.\n"
    assert find_parties(letter(de, language="de")).represented.value == "Malte Ossig"  # type: ignore[union-attr]
    assert find_parties(letter(da, language="da")).represented.value == "Lund Ventilation A/S"  # type: ignore[union-attr]


def test_of_a_place_after_a_clients_name_is_where_they_live() -> None:
    text = "Dear Sirs\n\nWe act for Mrs Helen Oduya of Headingley, Leeds, about a review of her guesthouse.\n"
    p = find_parties(letter(text))
    assert p.represented is not None and p.represented.value == "Helen Oduya"


def test_pp_before_a_name_means_that_person_is_the_sender() -> None:
    text = """Dear Sir or Madam

Please remove the profile that copies our client's mark.

Yours faithfully

pp Imogen Tate
Partner
Fenwick Yard LLP
(signed in her absence by Leo Marsh, Trainee Solicitor)
"""
    p = find_parties(letter(text))
    assert p.name is not None and p.name.value == "Imogen Tate"
    assert p.organisation is not None and p.organisation.value == "Fenwick Yard LLP"


def test_a_french_rank_written_with_its_article_is_no_part_of_the_name() -> None:
    text = """POLICE NATIONALE
Commissariat de Quimper

Nous vous prions de nous communiquer les données du compte.

Le Capitaine Yann Le Goff
Officier de police judiciaire
"""
    p = find_parties(letter(text, language="fr"))
    assert p.name is not None and p.name.value == "Yann Le Goff"
    assert p.organisation is not None and p.organisation.value == "Police nationale"


def test_a_firms_footer_of_fields_names_the_firm_when_the_signature_does_not() -> None:
    text = """Dear Sir or Madam

We require you to remove the review within 7 days.

Yours faithfully

pp
Owen Pryce
Partner
o.pryce@lanyonbeck.example

Enc. Copy invoice

Lanyon Beck Solicitors · 3 Quay Street, Bristol BS1 4DB · T 0117 496 0100 · www.lanyonbeck.example
"""
    p = find_parties(letter(text))
    assert p.name is not None and p.name.value == "Owen Pryce"
    assert p.organisation is not None and p.organisation.value == "Lanyon Beck Solicitors"
    assert spans(letter(text), p.organisation) == "Lanyon Beck Solicitors"


def test_an_authoritys_short_name_heading_its_long_name_is_the_organisation() -> None:
    text = """Regulnet
Autorité de supervision des services en ligne
Direction des signalements
8, rue Vaneau – 75007 Paris

Madame, Monsieur,

La Regulnet vous demande des informations sur vos procédures.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Claire Besson
Directrice des signalements
"""
    p = find_parties(letter(text, language="fr"))
    assert p.name is not None and p.name.value == "Claire Besson"
    assert p.organisation is not None and p.organisation.value == "Regulnet"
