"""Who wrote, for whom: sender name, organisation, email and represented client, with evidence.

Every letter here is made up for the test (en, de, fr, da; letters, emails, forms)."""

from __future__ import annotations

from typing import NamedTuple

import pytest

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


def value(f: Found[str] | None) -> str | None:
    return None if f is None else f.value


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


FIELDS = ("name", "organisation", "email", "represented")


class Case(NamedTuple):
    """A letter, and what the parties reader must find in it: `expected` the values of the fields
    the case is about (None: nothing found), `spans` the text a field's evidence points at,
    `sources` where a field's evidence comes from ("header:From")."""

    text: str
    language: str = "en"
    email: EmailHeaders | None = None
    quoted: str = ""
    expected: dict[str, str | None] = {}
    spans: dict[str, str] = {}
    sources: dict[str, str] = {}


CASES: dict[str, Case] = {
    "email_signer_wins_over_a_different_from_name_and_address_falls_back_to_from": Case(
        """Hello,

My husband's account was used to send this, but the review is mine. It was removed last week and I
would like it reinstated: I really did stay at the hotel.

Thanks
Karen Holt

Sent from my iPhone
""",
        email=EmailHeaders(from_name="Peter Holt", from_addr="peter.holt@example.net", subject="my review"),
        expected={"name": "Karen Holt", "organisation": None, "email": "peter.holt@example.net", "represented": None},
        spans={"name": "Karen Holt"},
        sources={"email": "header:From"},
    ),
    "first_name_only_signature_takes_the_full_name_from_the_header": Case(
        "Hi,\n\nPlease look at my appeal again, the review was honest.\n\nBest,\nLena\n",
        email=EmailHeaders(from_name="Lena Marsh", from_addr="lena.marsh@example.org"),
        expected={"name": "Lena Marsh", "organisation": None, "email": "lena.marsh@example.org", "represented": None},
    ),
    # a director writing for their own company represents nobody
    "business_owner_email_signature_with_delimiter": Case(
        """Hi,

The review you kept up was written by a competitor. Please look again.

Sam

--
Sam Okoro
Managing Director
Okoro Tiles Ltd
Unit 9, Riverside Park, Derby DE1 3QT
T: 01332 555 0101
www.okorotiles.co.uk
""",
        email=EmailHeaders(from_name="Sam Okoro", from_addr="sam@okorotiles.co.uk"),
        expected={
            "name": "Sam Okoro",
            "organisation": "Okoro Tiles Ltd",
            "email": "sam@okorotiles.co.uk",
            "represented": None,
        },
    ),
    "internal_escalation_sender_is_the_colleague_and_represented_is_the_customer": Case(
        """Hi team,

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
""",
        email=EmailHeaders(
            from_name='Ollie Brandt',
            from_addr='ollie.brandt@trustpilot.com',
            subject='Fwd: fake review',
        ),
        expected={
            "name": "Ollie Brandt",
            "organisation": "Trustpilot",
            "email": "ollie.brandt@trustpilot.com",
            "represented": "Fenwick Garden Centres",
        },
        spans={"represented": "Fenwick Garden Centres"},
    ),
    "internal_escalation_without_a_named_customer_uses_the_forwarded_signature": Case(
        """Hi all, see below - can you advise?

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
""",
        email=EmailHeaders(from_name="Nina Patel", from_addr="nina.patel@trustpilot.com"),
        expected={
            "name": "Nina Patel",
            "organisation": "Trustpilot",
            "email": "nina.patel@trustpilot.com",
            "represented": "Shah Opticians Ltd",
        },
    ),
    "german_lawyer_letter": Case(
        """KRANZ & VOGEL
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
""",
        language="de",
        expected={
            "name": "Katrin Lehmann",
            "organisation": "Kranz & Vogel Rechtsanwälte PartG mbB",
            "email": "k.lehmann@kranz-vogel.de",
            "represented": "Fahrradwerk Süd GmbH",
        },
        spans={"represented": "Fahrradwerk Süd GmbH"},
    ),
    "french_lawyer_letter_with_the_closing_formula": Case(
        """CABINET ROUSSEL
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
""",
        language="fr",
        expected={
            "name": "Pierre Roussel",
            "organisation": "Cabinet Roussel",
            "email": "p.roussel@roussel-avocats.fr",
            "represented": "Fromagerie Delaunay SAS",
        },
        spans={"name": "Pierre ROUSSEL"},
    ),
    "danish_lawyer_letter": Case(
        """HOLM & BIRK ADVOKATFIRMA
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
""",
        language="da",
        expected={
            "name": "Mette Birk",
            "organisation": "Holm & Birk Advokatfirma",
            "email": "mb@holmbirk.dk",
            "represented": "Skovgaard Møbler ApS",
        },
    ),
    "web_form_fields_give_the_notifier": Case(
        """TRUSTPILOT - REPORT ILLEGAL CONTENT
Full name: Ines Carvalho
Email address: ines@padariaines.pt
Organisation (optional): Padaria Ines
Are you reporting on behalf of someone else? No

Explanation: the review threatens my staff.
[x] I confirm my bona fide belief that the notice is accurate.
""",
        expected={
            "name": "Ines Carvalho",
            "organisation": "Padaria Ines",
            "email": "ines@padariaines.pt",
            "represented": None,
        },
        spans={"organisation": "Padaria Ines"},
    ),
    "police_request_form_gives_the_officer_without_rank": Case(
        """NORTHSHIRE POLICE
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
""",
        expected={
            "name": "Daniel Webb",
            "organisation": "Northshire Police",
            "email": "daniel.webb@northshire.police.uk",
            "represented": None,
        },
        spans={"name": "Daniel Webb"},
    ),
    "private_person_letter_has_no_organisation": Case(
        """Margaret Ellis
4 Church Lane
Thornbury BS35 2AA
Email: maggie.ellis@example.co.uk

3 March 2025

Dear Sir or Madam

I ask you to erase my personal data under Article 17 UK GDPR.

Yours sincerely

M. Ellis

Margaret Ellis (Mrs)
""",
        expected={
            "name": "Margaret Ellis",
            "organisation": None,
            "email": "maggie.ellis@example.co.uk",
            "represented": None,
        },
    ),
    "sole_trader_trading_name_below_the_name_is_the_organisation": Case(
        """Owen Price
Price Joinery
7 Station Road, Brecon LD3 7AA
owen@pricejoinery.co.uk

Dear Sir or Madam,

Please give me a copy of my personal data.

Yours faithfully,

Owen Price
Price Joinery
""",
        expected={
            "name": "Owen Price",
            "organisation": "Price Joinery",
            "email": "owen@pricejoinery.co.uk",
            "represented": None,
        },
    ),
    "the_firms_own_name_after_on_behalf_of_is_not_a_client": Case(
        """Dear Sirs

We write on behalf of Carter Mills LLP about the review of our own firm.

Yours faithfully

Jo Carter
Partner
For and on behalf of Carter Mills LLP
""",
        expected={"organisation": "Carter Mills LLP", "represented": None},
    ),
    "uppercase_client_heading_is_given_in_the_letters_own_spelling": Case(
        """Dear Sir/Madam,

RE: OUR CLIENT – HEATHERSIDE CARE HOMES LIMITED

We are instructed by Heatherside Care Homes Limited of 3 High Street, Guildford.

Yours faithfully,

Amit Rao
Solicitor
Rao Lewis Solicitors
""",
        expected={
            "represented": "Heatherside Care Homes Limited",
            "name": "Amit Rao",
            "organisation": "Rao Lewis Solicitors",
        },
    ),
    "name_title_and_firm_on_one_signature_line": Case(
        "Dear Sirs\n\nWe act for Tidewater Kayaks Limited.\n\nYours faithfully\n\n"
        "Jane Doe, Partner, Smith Jones LLP\n",
        expected={"name": "Jane Doe", "organisation": "Smith Jones LLP"},
        spans={"name": "Jane Doe", "organisation": "Smith Jones LLP"},
    ),
    # "Im Auftrag" is how a civil servant signs, not a name, and nobody is represented
    "german_authority_signed_im_auftrag": Case(
        """Der Landesbeauftragte für Datenschutz
Postfach 1234, 70000 Stuttgart

Aktenzeichen: LfD-0815/2025

Sehr geehrte Damen und Herren,

wir bitten um Stellungnahme zu einer Beschwerde.

Mit freundlichen Grüßen
Im Auftrag

Petra Schulz
""",
        language="de",
        expected={
            "name": "Petra Schulz",
            "organisation": "Der Landesbeauftragte für Datenschutz",
            "email": None,
            "represented": None,
        },
    ),
    "from_name_written_surname_first": Case(
        "Please preserve the account data.\n",
        email=EmailHeaders(from_name="MARSH, KEVIN", from_addr="kevin.marsh@example.police.uk"),
        expected={"name": "Kevin Marsh"},
        sources={"name": "header:From"},
    ),
    "capitalised_german_nouns_after_a_cue_are_no_client": Case(
        "Sehr geehrte Damen und Herren,\n\nwir vertreten Ihre Auffassung nicht.\n\n"
        "Mit freundlichen Grüßen\n\nAnna Beck\n",
        language="de",
        expected={"represented": None},
    ),
    "uppercase_us_letterhead_beats_the_tagline_below_it": Case(
        """HARGROVE TAN PLLC
Trademark & Advertising Law
100 Main Street, Suite 200, Denver, Colorado 80202

Dear Sir or Madam:

This firm represents Bluebonnet Candles LLC.

Sincerely,

Ruth Tan
Hargrove Tan PLLC
""",
        expected={"organisation": "Hargrove Tan PLLC"},
    ),
    "danish_letter_without_salutation_names_the_client_in_its_subject_line": Case(
        """Vores ref.: JD/4411

Fynske Isenkræmmere ApS – anmeldelse på jeres platform

Vi skriver igen i sagen, fordi anmeldelsen om vores klient fortsat er offentliggjort,
selv om vi har dokumenteret, at den er usand.

Med venlig hilsen

Jens Dalby
Advokat
Dalby & Friis Advokater
""",
        language="da",
        expected={"represented": "Fynske Isenkræmmere ApS"},
        spans={"represented": "Fynske Isenkræmmere ApS"},
    ),
    "a_labelled_line_above_the_first_paragraph_is_no_subject": Case(
        """Vores ref.: Holm Nielsen

Vi skriver igen i sagen, fordi anmeldelsen om vores klient fortsat er offentliggjort,
selv om vi har dokumenteret, at den er usand.

Med venlig hilsen

Jens Dalby
""",
        language="da",
        expected={"represented": None},
    ),
    "title_then_business_on_one_signature_line": Case(
        """Bonjour,

Je conteste la décision concernant l'avis publié sur notre page.

Cordialement,

Hélène Marchal
Présidente – Fromagerie Marchal, crèmerie et cave
3 place du Marché, 21000 Dijon
""",
        language="fr",
        email=EmailHeaders(from_name="Hélène Marchal", from_addr="helene@fromagerie-marchal.fr"),
        expected={"name": "Hélène Marchal", "organisation": "Fromagerie Marchal"},
        spans={"organisation": "Fromagerie Marchal"},
    ),
    "a_region_after_the_title_is_no_organisation": Case(
        "Hi,\n\nPlease check this review.\n\nThanks,\n\nSam Ortiz\nAccount Manager, Benelux\n",
        email=EmailHeaders(from_name="Sam Ortiz", from_addr="sam.ortiz@example.com"),
        expected={"organisation": None},
    ),
    "german_assistant_signing_im_auftrag_is_the_sender": Case(
        """Sehr geehrte Damen und Herren,

wir bitten um Mitteilung des Sachstands.

Mit freundlichen Grüßen

i. A. Lena Hoffstedt
Rechtsanwaltsfachangestellte
für Rechtsanwältin Dr. Irene Kalb

Kalb Brenner Rechtsanwälte PartGmbB
Domplatz 3 · 48143 Münster
""",
        language="de",
        expected={"name": "Lena Hoffstedt", "organisation": "Kalb Brenner Rechtsanwälte PartGmbB"},
        spans={"name": "Lena Hoffstedt"},
    ),
    "printed_form_with_dot_leaders_gives_the_notifier": Case(
        """Meldung rechtswidriger Inhalte
-----------------------------------------
Meldende Person
  Name ............... Bernd Aschauer
  E-Mail ............. info@baeckerei-aschauer.de
  Organisation ....... Bäckerei Aschauer
  Meldung im Auftrag Dritter: nein

Begründung
Die Bewertung behauptet, wir verkauften altes Brot. Das ist falsch und schadet unserem Geschäft sehr.

Unterschrift (elektronisch): Bernd Aschauer
""",
        language="de",
        expected={
            "name": "Bernd Aschauer",
            "organisation": "Bäckerei Aschauer",
            "email": "info@baeckerei-aschauer.de",
            "represented": None,
        },
        spans={"name": "Bernd Aschauer"},
    ),
    "police_officer_with_a_collar_number_carrying_unit_letters": Case(
        """Good afternoon,

Please find attached our request for the reviewer's account data.

Kind regards

PC 2087KX Nadia Ferreira
Lewisham CID – Safeguarding
Metropolitan Police Service
""",
        expected={"name": "Nadia Ferreira", "organisation": "Metropolitan Police Service"},
        spans={"name": "Nadia Ferreira"},
    ),
    "police_form_from_line_with_collar_number": Case(
        "From: DS 3390AB Colm Reilly, Bromley CID\nEmail: colm.reilly@example.police.uk\n\nPlease disclose.\n",
        expected={"name": "Colm Reilly"},
    ),
    "name_shaped_firm_over_its_profession_in_the_letterhead": Case(
        """Ashdown Keel
SOLICITORS

4 Bridge Street
Exeter EX1 1AA

Dear Sirs

We act for Moorland Bakeries Ltd, a family bakery in Devon.

Yours faithfully

Priya Keel
Partner
p.keel@ashdownkeel.co.uk
""",
        expected={
            "name": "Priya Keel",
            "organisation": "Ashdown Keel Solicitors",
            "email": "p.keel@ashdownkeel.co.uk",
            "represented": "Moorland Bakeries Ltd",
        },
    ),
    "danish_authority_letterhead_and_a_labelled_direct_line": Case(
        """Fiskeri- og Søfartsstyrelsen
Havnegade 4 · 6700 Esbjerg

Vi anmoder om oplysninger om anmeldelserne af en virksomhed på jeres platform inden for 14 dage.

Med venlig hilsen

Rasmus Vinther
Chefkonsulent
Direkte tlf. 72 10 33 48
rv@example.dk
""",
        language="da",
        expected={"name": "Rasmus Vinther", "organisation": "Fiskeri- og Søfartsstyrelsen"},
    ),
    "case_title_inside_a_sentence_after_a_matter_phrase": Case(
        """Sehr geehrte Damen und Herren,

in der Angelegenheit Rheinauen Gartenbau GmbH ./. Trustpilot A/S übersenden wir anliegend unser Schreiben.

Mit freundlichen Grüßen

Tom Weigand
Weigand Rechtsanwälte
""",
        language="de",
        expected={"represented": "Rheinauen Gartenbau GmbH"},
        spans={"represented": "Rheinauen Gartenbau GmbH"},
    ),
    "french_client_name_with_an_elided_article": Case(
        """Madame, Monsieur,

Je suis le conseil de la société Les Ateliers d’Ouessant SARL, qui fabrique des voiles depuis 1990.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Yann Le Gall
Avocat
""",
        language="fr",
        expected={"represented": "Les Ateliers d’Ouessant SARL"},
    ),
    "a_place_and_date_line_above_the_first_paragraph_is_no_client": Case(
        """Odense, den 3. marts 2025

Vi skriver igen i sagen, fordi anmeldelsen om vores klient fortsat er offentliggjort,
selv om vi har dokumenteret, at den er usand.

Med venlig hilsen

Jens Dalby
""",
        language="da",
        expected={"represented": None},
    ),
    "capitalised_firm_name_over_a_practice_area_tagline": Case(
        """MARLOWE VANCE
Entertainment & Media Law
220 Sunset Plaza, Los Angeles, CA 90069

Dear Sir or Madam:

This firm represents Golden Reel Pictures LLC.

Very truly yours,

Dana Marlowe
""",
        expected={"name": "Dana Marlowe", "organisation": "Marlowe Vance"},
    ),
    "title_and_firm_joined_by_a_hyphen": Case(
        "Dear team,\n\nPlease review.\n\nBest regards,\n\nMike Chen\nSenior Partner - Chen Wu LLP\n",
        expected={"name": "Mike Chen", "organisation": "Chen Wu LLP"},
        spans={"organisation": "Chen Wu LLP"},
    ),
    "a_role_line_with_an_organisation_word_is_the_signers_title": Case(
        """Dear Sirs

Please find attached our letter concerning our client.

Kind regards

Priya Lund
pp Tomas Berg
Legal Secretary
Orwell & Finch
2 Bridge Street, Hull HU1 2AB

This email is confidential. Orwell & Finch is authorised and regulated by the Solicitors Regulation Authority.
""",
        email=EmailHeaders(from_name="Priya Lund", from_addr="p.lund@orwellfinch.co.uk"),
        # "pp Tomas Berg": the letter is his, signed for him (per procurationem) by the one above
        expected={"name": "Tomas Berg", "organisation": "Orwell & Finch"},
    ),
    "a_police_rank_and_a_station_are_not_the_force": Case(
        """Northshire Constabulary
Harbour Road Police Station, Portwick PW1 1AA

Crime Ref: NC/CID/2025/0042

Dear Sirs

I request the data of the account that posted the review.

Is mise le meas,

Ciara Dunne
Detective Sergeant
Harbour Road Police Station
ciara.dunne@northshire.police.example
""",
        expected={"name": "Ciara Dunne", "organisation": "Northshire Constabulary"},
    ),
    "a_firm_named_like_a_person_below_the_signers_title": Case(
        "Dear Agent:\n\nThis firm represents Bluegill Supply, Inc.\n\nSincerely,\n\n"
        "Rosa T. Quint\nAssociate\nMerriam Blythe\n500 Bay Street\n",
        email=EmailHeaders(from_name="Rosa T. Quint", from_addr="rquint@merriamblythe.com"),
        expected={
            "name": "Rosa T. Quint",
            "organisation": "Merriam Blythe",
            "email": "rquint@merriamblythe.com",
            "represented": "Bluegill Supply, Inc.",
        },
        spans={"organisation": "Merriam Blythe"},
    ),
    "for_and_on_behalf_of_a_firm_named_like_a_person": Case(
        "Dear Sirs\n\nWe enclose the order.\n\nYours faithfully\n\n"
        "Owen Tate\nAssociate\nfor and on behalf of Selby Crane\no.tate@example.net\n",
        expected={"name": "Owen Tate", "organisation": "Selby Crane"},
        spans={"organisation": "Selby Crane"},
    ),
    "a_tagline_after_the_legal_form_is_no_part_of_the_name": Case(
        "Guten Tag,\n\nbitte prüfen Sie die Meldung.\n\nMit freundlichen Grüßen\n\nJonas Vehr\nReferent\n\n"
        "Klartext e.V. – Verein für faire Bewertungen\nMarktstraße 4, 04109 Leipzig\n",
        language="de",
        expected={"name": "Jonas Vehr", "organisation": "Klartext e.V."},
    ),
    "a_consultancy_letterhead_and_its_footer_over_a_title_and_a_bank": Case(
        """Steuerberatung Lindqvist
Externe Datenschutzbeauftragte
Hafenweg 3 · 20457 Hamburg

Sehr geehrte Damen und Herren,

ich bitte um Löschung.

Mit freundlichen Grüßen

Maren Lindqvist
Externe Datenschutzbeauftragte (IHK)

Steuerberatung Lindqvist · Inhaberin: Maren Lindqvist · Hamburger Sparkasse · IBAN DE00 2005 0550 0000 0000 00
""",
        language="de",
        expected={"name": "Maren Lindqvist", "organisation": "Steuerberatung Lindqvist"},
    ),
    "a_letterhead_name_in_any_language_that_stands_again_under_the_signature": Case(
        """Údarás na Gaeltachta Thiar
Na Forbacha, Co. na Gaillimhe

Dear Sir/Madam,

We write about a review.

Yours faithfully,

Síle Ní Chonaill
Compliance Officer, Regional Oversight
Údarás na Gaeltachta Thiar
""",
        expected={"name": "Síle Ní Chonaill", "organisation": "Údarás na Gaeltachta Thiar"},
    ),
    "a_sole_trader_names_her_trading_name_1": Case(
        "Name of notifier: Ros Tiernan\nCapacity: sole trader, trading as Tiernan Glassworks, Quay Lane, Cobh\n"
        "Email: ros@example.ie\n\nThe review is false.\n\nRos Tiernan\n",
        expected={"name": "Ros Tiernan", "organisation": "Tiernan Glassworks"},
    ),
    "a_sole_trader_names_her_trading_name_2": Case(
        "The review is still up. I run Halloran Roofing & Guttering with my son and it costs us work.\n",
        email=EmailHeaders(from_name="Dermot Halloran", from_addr="dermot@halloranroofing.example"),
        expected={"name": "Dermot Halloran", "organisation": "Halloran Roofing & Guttering"},
    ),
    "a_trading_name_below_the_owners_title": Case(
        "Hello,\n\nPlease remove the review.\n\nThanks,\n\nAnna Berg\nOwner\nBerg Travel\n",
        email=EmailHeaders(from_name="Anna Berg", from_addr="anna@bergtravel.example"),
        expected={"name": "Anna Berg", "organisation": "Berg Travel"},
    ),
    "french_full_name_field": Case(
        "=== Formulaire ===\nNom complet : Aline Morel-Dubois\nAdresse e-mail : aline@example.fr\n",
        language="fr",
        expected={"name": "Aline Morel-Dubois"},
    ),
    "instructed_with_a_phrase_before_by": Case(
        "Dear Sirs\n\nI am instructed on a public access basis by Mrs Nell Carrow, who runs a tea room.\n\n"
        "Yours faithfully\n\nAmos Pender\nBarrister\n",
        expected={"represented": "Nell Carrow"},
        spans={"represented": "Nell Carrow"},
    ),
    "a_french_bailiff_serves_at_the_request_of_the_party": Case(
        "Madame, Monsieur,\n\nÀ la requête de la société Fromagerie Delorme, dont le siège est à Annecy, "
        "j'ai l'honneur de vous signifier l'ordonnance ci-jointe.\n\n"
        "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\nMaître Paul Vidal\n",
        language="fr",
        expected={"represented": "Fromagerie Delorme"},
    ),
    "the_office_a_data_protection_officer_holds_for_a_client_1": Case(
        "Sehr geehrte Damen und Herren,\n\nals externe Datenschutzbeauftragte der Tierarztpraxis Dr. Sommer, Kiel, "
        "habe ich Sie im Auftrag der Praxis angeschrieben.\n\nMit freundlichen Grüßen\n\nIlka Brandt\n",
        language="de",
        expected={"represented": "Tierarztpraxis Dr. Sommer"},
    ),
    "the_office_a_data_protection_officer_holds_for_a_client_2": Case(
        "Dear Sirs\n\nI write as the data protection officer of Harrow Dental Care Ltd, Hull.\n\nBest\n\nJo Finch",
        expected={"represented": "Harrow Dental Care Ltd"},
    ),
    "a_colleague_named_in_the_signature_is_not_the_client": Case(
        "Hello,\n\nI'm writing on behalf of Dana Whitcombe about the notice she sent on behalf of Copperline Bikes "
        "(our matter 77-12).\n\nThank you,\n\nLeo Marsh\nLegal Assistant to Dana R. Whitcombe\nWhitcombe Arles\n",
        email=EmailHeaders(from_name="Leo Marsh", from_addr="lmarsh@whitcombearles.example"),
        expected={"represented": "Copperline Bikes"},
    ),
    "a_private_senders_street_and_postcode_are_no_organisation": Case(
        """Sehr geehrte Damen und Herren,

ich bitte um Löschung der Bewertung, die meine Wohnanschrift nennt.

Mit freundlichen Grüßen
Petra Voigt
Ahornweg 7b
28195 Bremen
""",
        language="de",
        expected={"name": "Petra Voigt", "organisation": None},
    ),
    "a_lawyer_writing_as_i_or_the_undersigned_represents_the_client_1": Case(
        "Sehr geehrte Damen und Herren,\n\nhiermit zeige ich an, dass ich Herrn Malte Ossig anwaltlich vertrete.\n",
        language="de",
        expected={"represented": "Malte Ossig"},
    ),
    "a_lawyer_writing_as_i_or_the_undersigned_represents_the_client_2": Case(
        "Kære Trustpilot\n\nUndertegnede repræsenterer Lund Ventilation A/S, Vejle, i anledning af en anmeldelse.\n",
        language="da",
        expected={"represented": "Lund Ventilation A/S"},
    ),
    "of_a_place_after_a_clients_name_is_where_they_live": Case(
        "Dear Sirs\n\nWe act for Mrs Helen Oduya of Headingley, Leeds, about a review of her guesthouse.\n",
        expected={"represented": "Helen Oduya"},
    ),
    "pp_before_a_name_means_that_person_is_the_sender": Case(
        """Dear Sir or Madam

Please remove the profile that copies our client's mark.

Yours faithfully

pp Imogen Tate
Partner
Fenwick Yard LLP
(signed in her absence by Leo Marsh, Trainee Solicitor)
""",
        expected={"name": "Imogen Tate", "organisation": "Fenwick Yard LLP"},
    ),
    "a_french_rank_written_with_its_article_is_no_part_of_the_name": Case(
        """POLICE NATIONALE
Commissariat de Quimper

Nous vous prions de nous communiquer les données du compte.

Le Capitaine Yann Le Goff
Officier de police judiciaire
""",
        language="fr",
        expected={"name": "Yann Le Goff", "organisation": "Police nationale"},
    ),
    "an_authoritys_short_name_heading_its_long_name_is_the_organisation": Case(
        """Regulnet
Autorité de supervision des services en ligne
Direction des signalements
8, rue Vaneau – 75007 Paris

Madame, Monsieur,

La Regulnet vous demande des informations sur vos procédures.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Claire Besson
Directrice des signalements
""",
        language="fr",
        expected={"name": "Claire Besson", "organisation": "Regulnet"},
    ),
}


@pytest.mark.parametrize("case", [pytest.param(c, id=name) for name, c in CASES.items()])
def test_parties(case: Case) -> None:
    lt = letter(case.text, quoted=case.quoted, email=case.email, language=case.language)
    p = find_parties(lt)
    assert {f: value(getattr(p, f)) for f in case.expected} == case.expected
    for f, snippet in case.spans.items():
        assert spans(lt, getattr(p, f)) == snippet, f
    for f, source in case.sources.items():
        found = getattr(p, f)
        assert found is not None and found.evidence is not None and found.evidence.source == source, f


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


def test_us_firm_forms_pllc_and_pc_are_organisations() -> None:
    for firm in ("Hargrove Tan PLLC", "Okafor & Lindqvist, P.C."):
        text = (
            "Dear Sir or Madam:\n\nWe represent Bluebonnet Candles LLC.\n\n"
            f"Sincerely,\n\nRuth Okafor\nPartner\n{firm}\n"
        )
        p = find_parties(letter(text))
        assert values(p)[:2] == ("Ruth Okafor", firm)
        assert p.represented is not None and p.represented.value == "Bluebonnet Candles LLC"


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


# --- generalisation round 2: the sender's organisation --------------------------------------------


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


def test_a_clients_trading_name_is_not_the_senders() -> None:
    text = (
        "Re: Mr Cal Penrose t/a Penrose Joinery\n\nDear Sirs\n\nI act for Mr Cal Penrose, who trades"
        " as Penrose Joinery.\n\nYours faithfully\n\nEdith Moyle\nBarrister\n"
    )
    p = find_parties(letter(text))
    assert values(p)[:2] == ("Edith Moyle", None)
    text = "Dear Sirs\n\nI act for Mrs Ada Rowe trading as Rowe Ceramics.\n\nYours truly\n\nEdith Moyle\nBarrister"
    assert values(find_parties(letter(text)))[:2] == ("Edith Moyle", None)


# --- generalisation round 2: the represented client -----------------------------------------------


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


def test_a_client_named_only_in_the_email_subject() -> None:
    text = "Dear team\n\nOur client does not accept your decision.\n\nKind regards\n\nNina Hale\nPartner\nHale Rudd LLP"
    hdr = EmailHeaders(
        from_name="Nina Hale", from_addr="n.hale@halerudd.example", subject="Brightwater Nurseries Ltd – your decision"
    )
    p = find_parties(letter(text, email=hdr))
    assert values(p)[3] == "Brightwater Nurseries Ltd"
    assert p.represented is not None and p.represented.evidence is not None
    assert p.represented.evidence.source == "header:Subject"


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




@pytest.mark.parametrize("display", ["HARLOW Mina", "Harlow, Mina", "HARLOW, MINA"])
def test_a_directorys_display_name_with_the_surname_first(display: str) -> None:
    hdr = EmailHeaders(from_name=display, from_addr="m.harlow@example.gov.au")
    p = find_parties(letter("Hello,\n\nPlease call me about the review.\n\nThanks\n", email=hdr))
    assert p.name is not None and p.name.value == "Mina Harlow"


def test_police_ranks_of_several_words_before_the_signers_name() -> None:
    text = ("Hello,\n\nPlease preserve the account's data.\n\nRegards,\n\n"
            "Detective Senior Constable Ada Vine\nCity Police\n")
    p = find_parties(letter(text))
    assert p.name is not None and p.name.value == "Ada Vine"


def test_a_practices_name_over_its_titled_lawyer() -> None:
    text = ("BRANDT ARZTRECHT\nRechtsanwältin Dr. Ida Brandt\nDomplatz 3 · 33098 Paderborn\n\nSehr geehrte Damen und "
            "Herren,\n\nbitte entfernen Sie die Bewertung.\n\nMit freundlichen Grüßen\n\nDr. Ida Brandt\n")
    p = find_parties(letter(text, language="de"))
    assert p.organisation is not None and p.organisation.value == "Brandt Arztrecht"
    assert p.name is not None and p.name.value == "Ida Brandt"
