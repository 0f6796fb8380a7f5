"""Party reading over whole letters, by family of miss: a court's own order and one a lawyer
serves; the client named once; the writer's own company; signers after a title line, "pp",
"i.A." or "p.o."; post-nominals apart; authorities' and courts' full names; clerks and two signers
side by side; an escalation without a comma. Every letter, person and body is made up for the test."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from extract.parties.parties import find_parties
from extract.parties.represented import court_parties
from extract.pipeline import extract
from ingest.models import ParsedDocument
from tests.extract.conftest import PROFILE, RECEIVED
from tests.extract.conftest import make_letter as letter


class Case(NamedTuple):
    text: str
    language: str = "en"
    expected: dict[str, str | None] = {}
    sender: str | None = None


def _values(text: str, language: str, sender: str | None) -> dict[str, str | None]:
    p = find_parties(letter(text, language=language, sender=sender))
    return {f: None if getattr(p, f) is None else getattr(p, f).value for f in ("name", "organisation", "represented")}


CASES: dict[str, Case] = {
    # --- escalations naming the customer in passing --------------------------------------------------
    "en_escalation_customer_by_its_plan": Case(
        "Hi Legal,\n\nFlagging something for one of my accounts. Brackwater Home Cover are on an Enterprise plan with "
        "us and renew in January.\n\nThanks\nNiamh Culloty\n",
        sender="niamh.culloty@trustpilot.com", expected={"represented": "Brackwater Home Cover"},
    ),
    "en_escalation_customer_by_its_ceo": Case(
        "Legal –\n\nI had Stannard & Vole's CEO on the phone on Saturday, which is not usual.\n\nEvie\n",
        sender="evie.tolhurst@trustpilot.com", expected={"represented": "Stannard & Vole"},
    ),
    "en_escalation_reviewer_named_with_the_role": Case(
        "Hi team,\n\nEscalating an appeal. Ruairi Penhale-Tosh (reviewer) had his review removed on 2 March.\n\n"
        "Thanks\nIgor Pentreath\n",
        sender="igor.pentreath@trustpilot.com", expected={"represented": "Ruairi Penhale-Tosh"},
    ),
    "en_franchisor_writing_for_one_of_its_franchisees": Case(
        "Good morning,\n\nI'm writing on behalf of one of our franchisees, Larchgate Kitchens Ltd., which runs our "
        "Inverness showroom.\n\nRegards\nDuncan Arrol\nRegional Franchise Manager\n",
        expected={"represented": "Larchgate Kitchens Ltd."},
    ),
    # --- fifth round ---------------------------------------------------------------------------------
    "en_letterhead_business_with_its_kind_in_brackets": Case(
        "Morwen Trago\nTrago Dog Walking (sole trader)\n4 Mill Row, Bodmin PL31 2AA\n\n3 March 2027\n\n"
        "Dear Sir or Madam\n\nPlease erase my data.\n\nYours faithfully,\n\nMorwen Trago\n",
        expected={"name": "Morwen Trago", "organisation": "Trago Dog Walking"},
    ),
    "en_firm_named_in_its_footer_that_declines_service_by_email": Case(
        "Thank you for your email. I am out of the office until Monday.\n\nCormac Scullion\nSolicitor\n\n"
        "This email is confidential. Scullion Garvagh & Co. Solicitors does not accept service of proceedings by "
        "email.\n",
        expected={"organisation": "Scullion Garvagh & Co. Solicitors"},
    ),
    "da_lawyers_house_under_the_lawyer": Case(
        "Med venlig hilsen\n\nTroels Vindum\nAdvokat\nAdvokathuset Vindum\nTorvet 2, 8800 Viborg\n",
        language="da", expected={"name": "Troels Vindum", "organisation": "Advokathuset Vindum"},
    ),
    "da_sole_practitioners_letterhead_is_a_person": Case(
        "ADVOKAT HANNE TØRSLEV\nAdelgade 3 · 8660 Skanderborg\n\nSkanderborg, den 3. marts 2027\n\nVedr.: "
        "anmeldelse\n\nMin klient kræver anmeldelsen fjernet.\n\nMed venlig hilsen\n\nHanne Tørslev\nAdvokat\n",
        language="da", expected={"name": "Hanne Tørslev", "organisation": None},
    ),
    "fr_signing_for_an_office_holder_is_not_the_body": Case(
        "AUTORITÉ DE PROTECTION DES DONNÉES DU VAL-DE-LOIRE\n\nMadame, Monsieur,\n\nNous vous prions de répondre.\n\n"
        "Pour la Présidente de l'Autorité et par délégation,\nLa cheffe du service des plaintes\nAude Tréguier\n",
        language="fr", expected={"name": "Aude Tréguier"},
    ),
    # --- fourth round --------------------------------------------------------------------------------
    "fr_form_addressing_the_one_who_fills_it": Case(
        "CONTESTER UNE DÉCISION\nVotre nom : Gwenaël Quéméneur\nAdresse e-mail : g.quemeneur@example.fr\n\n"
        "Mon avis a été masqué. Merci de le remettre en ligne.\n",
        language="fr", expected={"name": "Gwenaël Quéméneur"},
    ),
    "da_form_addressing_the_one_who_fills_it": Case(
        "ANMELD INDHOLD\nDit navn: Svend Aakjær\nDin e-mail: svend.aakjaer@example.dk\n\nJeg vil gerne have "
        "anmeldelsen fjernet.\n",
        language="da", expected={"name": "Svend Aakjær"},
    ),
    "de_form_contact_person_of_a_flagger": Case(
        "MELDUNG RECHTSWIDRIGER INHALTE\nOrganisation: Meldestelle Netzanstand e.V.\nAnsprechperson: Tomke Ahlers, "
        "Referentin\n\nWir bitten um Prüfung.\n",
        language="de", expected={"name": "Tomke Ahlers", "organisation": "Meldestelle Netzanstand e.V."},
    ),
    "de_police_acting_for_the_prosecutor_write_for_no_client": Case(
        "LANDESPOLIZEIDIREKTION STEIERMARK\nLandeskriminalamt\n\nSehr geehrte Damen und Herren!\n\nIm Auftrag der "
        "Staatsanwaltschaft Graz ersuchen wir um Auskunft über ein Nutzerkonto.\n\nFür den Landespolizeidirektor:\n"
        "i.A. GrInsp Ing. Florian Raunegger\n",
        language="de", expected={"name": "Florian Raunegger", "represented": None},
    ),
    "en_pp_names_the_principal": Case(
        "Dear Sir or Madam\n\nWe invite you to remove the review.\n\nYours faithfully\n\nAlun Prothero\n"
        "pp Ceridwen Mabbott\nAssociate\nMabbott Prothero LLP\n",
        expected={"name": "Ceridwen Mabbott"},
    ),
    # --- third round -----------------------------------------------------------------------------
    "fr_order_speaks_in_the_judges_we": Case(
        "TRIBUNAL JUDICIAIRE DE BROCKWEIR\nORDONNANCE DE RÉFÉRÉ\n\nNous, Odile Varnham-Sauvaire, vice-présidente, "
        "statuant en référé,\n\nOrdonnons le retrait de l'avis.\n\nSignifiée le 3 mars 2027 par Maître Henri Tolmach, "
        "commissaire de justice, à la requête de la société Ollerton Optique SARL, agissant par son gérant, "
        "qui a été informé des délais de recours ouverts contre la présente ordonnance.\n",
        language="fr", expected={"name": "Odile Varnham-Sauvaire"},
    ),
    "da_owner_describes_her_shop_and_its_town": Case(
        "Hej\n\nJeg ejer Linnells Keramik i Skerrit. I sidste uge kom der en anmeldelse.\n\nVenlig hilsen\n"
        "Maren Linnell\n",
        language="da", expected={"organisation": "Linnells Keramik"},
    ),
    "de_client_named_in_brackets_after_the_word": Case(
        "Sehr geehrte Damen und Herren,\n\nNamens meiner Mandantin (Gästehaus Heatherslade) fordere ich Sie auf, "
        "die Bewertung zu löschen.\n\nMit freundlichen Grüßen\n\nDr. Ruth Gwinear\nRechtsanwältin\n",
        language="de", expected={"represented": "Gästehaus Heatherslade"},
    ),
    "en_counsel_of_a_kind_to_the_client": Case(
        "Dear Sir or Madam:\n\nWe are trademark counsel to Ruskmoor Outfitters, Inc., the owner of the mark.\n\n"
        "Very truly yours,\n\nDale Dunwoody\nDunwoody Marks LLP\n",
        expected={"represented": "Ruskmoor Outfitters, Inc."},
    ),
    "en_escalation_for_one_of_my_enterprise_accounts": Case(
        "Hi Legal team,\n\nEscalating on behalf of one of my enterprise accounts, Carbis Opticians Group "
        "(renewal due in April).\n\nThanks\nIsla Moulinet\n",
        sender="isla.moulinet@trustpilot.com", expected={"represented": "Carbis Opticians Group"},
    ),
    # --- this session's second round: forms, houses, courts under their state, relative verbs -------
    "en_form_label_offering_alternatives_names_the_company": Case(
        "ABOUT YOU\nName: Joost Hemelrijk\nCompany / organisation: Hemelrijk Bootverhuur B.V.\n"
        "Country of residence: Netherlands\n\nI report the review below.\n",
        expected={"organisation": "Hemelrijk Bootverhuur B.V."},
    ),
    "fr_form_organisation_without_its_description_in_brackets": Case(
        "VOS COORDONNÉES\nNom et prénom : Anouk Verhelst\nOrganisation : La Table d'Hauterive (brasserie)\n"
        "Pays : Belgique\n\nJe signale cet avis.\n",
        language="fr", expected={"organisation": "La Table d'Hauterive"},
    ),
    "fr_house_name_over_its_postcode_is_an_address": Case(
        "Bonjour,\n\nMerci de revoir votre décision.\n\nCordialement,\n\nSolène Marcouly\n"
        "Gérante – Chambres d'hôtes du Vieux Pressoir\nLa Bergerie, 46300 Gourdon-sur-Céou\n",
        language="fr", expected={"organisation": "Chambres d'hôtes du Vieux Pressoir"},
    ),
    "de_court_under_the_states_name": Case(
        "REPUBLIK ÖSTERREICH\nBEZIRKSGERICHT FELDBACH\nRathausplatz 3, 8330 Feldbach\n\n4 C 118/27m\n\n"
        "BESCHLUSS\n\nDas Bezirksgericht Feldbach hat durch den Richter Mag. Konstantin Prettenhofer beschlossen:\n",
        language="de", expected={"organisation": "Bezirksgericht Feldbach"},
    ),
    "en_instructed_by_and_act_for_the_client": Case(
        "Dear Data Protection Officer\n\nWe are instructed by and act for Mr Emrys Penwarden of Roath, Cardiff.\n\n"
        "Yours faithfully\n\nBethan Gwenallt\nGwenallt & Rhydderch Solicitors\n",
        expected={"represented": "Emrys Penwarden"},
    ),
    "en_escalation_names_the_customer_plainly": Case(
        "Hi Legal,\n\nEscalating an appeal that keeps coming back to Support. The customer is Tamsin Oakhanger-Vale, "
        "and she is upset.\n\nThanks\nRhodri Tregenza\n",
        sender="rhodri.tregenza@trustpilot.com", expected={"represented": "Tamsin Oakhanger-Vale"},
    ),
    "de_lawyer_for_a_person_in_a_forms_answer": Case(
        "Meldung im Namen einer anderen Person? Ja – Rechtsanwalt für Herrn Jannis Wöltje\n\n"
        "Ich melde den folgenden Inhalt.\n",
        language="de", expected={"represented": "Jannis Wöltje"},
    ),
    # --- a business run by the one who signs, named after them -------------------------------------
    "en_business_named_after_its_owner_below_her_title": Case(
        "Dear Sir or Madam\n\nPlease take the review down.\n\nKind regards\n\nMorwenna Trevail\nOwner\n"
        "Trevail Pottery\nTel. 01736 000 111\n",
        expected={"name": "Morwenna Trevail", "organisation": "Trevail Pottery"},
    ),
    "en_letterhead_of_a_business_in_the_owners_genitive": Case(
        "Quenby's Tearoom\n4 Mill Lane, Ludlow SY8 1AA\n\n3 November 2026\n\nTo the Legal Team\n\n"
        "I would like the review removed.\n\nKind regards\n\nHester Quenby\n",
        expected={"name": "Hester Quenby", "organisation": "Quenby's Tearoom"},
    ),
    "de_owner_describes_her_business_named_after_herself": Case(
        "Sehr geehrte Damen und Herren,\n\nich bin Inhaberin von Wendelin Zweiradtechnik in Passau. Bitte prüfen Sie "
        "die Bewertung.\n\nMit freundlichen Grüßen\nCarla Wendelin\n",
        language="de", expected={"name": "Carla Wendelin", "organisation": "Wendelin Zweiradtechnik"},
    ),
    "en_business_line_with_its_town_after_a_comma": Case(
        "Hello,\n\nPlease look at this again.\n\nRory Tamblyn\nKestrelmoor Sailmakers & Riggers, Falmouth\n"
        "07700 900 000\n",
        expected={"organisation": "Kestrelmoor Sailmakers & Riggers"},
    ),
    "de_street_without_a_street_word_is_no_business": Case(
        "Sehr geehrte Damen und Herren,\n\nbitte löschen Sie meine Daten.\n\nMit freundlichen Grüßen\n\n"
        "Jonas Ellerbrock\nAm Kuhgraben 14\n26122 Oldenburg\n",
        language="de", expected={"name": "Jonas Ellerbrock", "organisation": None},
    ),
    "de_sole_traders_letterhead_with_its_registered_owner": Case(
        "Metzgerei Odenthal\nInh. Rainer Odenthal e.K.\nKirchplatz 2 · 53721 Siegburg\n\nSiegburg, 3.11.2026\n\n"
        "Sehr geehrte Damen und Herren,\n\nich widerspreche Ihrer Entscheidung.\n\nMit freundlichen Grüßen\n\n"
        "Rainer Odenthal\nFleischermeister\n",
        language="de", expected={"name": "Rainer Odenthal", "organisation": "Metzgerei Odenthal"},
    ),
    "fr_company_in_capitals_over_its_legal_department": Case(
        "MAREVAL LOGISTIQUE\nDirection juridique\n4, rue des Tanneurs – 59000 Lille\n\nLille, le 3 novembre 2026\n\n"
        "Madame, Monsieur,\n\nNous vous demandons de retirer ces avis.\n\nVeuillez agréer nos salutations.\n\n"
        "Odile Francart\nDirectrice juridique\n",
        language="fr", expected={"name": "Odile Francart", "organisation": "Mareval Logistique"},
    ),
    "de_firm_in_capitals_over_its_profession_and_practice_area": Case(
        "HALLSTEIN WERNIG\nRechtsanwälte · Presse- und Äußerungsrecht\nNeuer Wall 9 · 20354 Hamburg\n\n"
        "Hamburg, 3.11.2026\n\nSehr geehrte Damen und Herren,\n\nwir fordern Sie auf, die Bewertung zu löschen.\n\n"
        "Mit freundlichen Grüßen\n\nTheresa Wernig\nRechtsanwältin\n",
        language="de", expected={"organisation": "Hallstein Wernig Rechtsanwälte"},
    ),
    "da_form_field_names_the_authority_before_its_unit_and_town": Case(
        "Anmodning om oplysninger\n\nMyndighed: Sydfjords Politi, Efterforskningsenheden, Kalvby\n"
        "Sagsbehandler: Politiassistent Ditte Ravnkilde\n\nVi anmoder om brugerens oplysninger.\n",
        language="da", expected={"organisation": "Sydfjords Politi"},
    ),
    "fr_quebec_company_keeps_its_lower_case_form": Case(
        "Bonjour,\n\nNous exigeons le retrait de l'avertissement.\n\nCordialement,\n\nÉloi Brassard\nPrésident\n"
        "Fromagerie Brassard & Fils inc.\n450 555-0100\n",
        language="fr", expected={"organisation": "Fromagerie Brassard & Fils inc."},
    ),
    # --- the client, however the letter introduces them -------------------------------------------
    "en_escalation_introduces_the_customer_by_who_runs_it": Case(
        "Hi Legal,\n\nPassing this on from Idris Carnsew (owner, Carnsew Surf School in Bude). He is upset.\n\n"
        "Thanks\nLowri Gethin\nAccount Manager\n",
        sender="lowri.gethin@trustpilot.com", expected={"represented": "Carnsew Surf School"},
    ),
    "fr_escalation_names_the_director_of_the_customer": Case(
        "Bonjour l'équipe,\n\nJe vous transfère la demande de M. Anselme Vidrac, directeur de l'Hôtel Les Embruns à "
        "Royan.\n\nMerci\nNoémie Castel\n",
        language="fr", sender="noemie.castel@trustpilot.com", expected={"represented": "Hôtel Les Embruns"},
    ),
    "en_escalation_with_who_are_one_of_my_accounts": Case(
        "Hi team,\n\nFlagging one from Millbeck Veterinary Group, who are one of my bigger accounts.\n\n"
        "Thanks\nPiers Ackland\n",
        sender="piers.ackland@trustpilot.com", expected={"represented": "Millbeck Veterinary Group"},
    ),
    "en_agents_acting_as_something_for_the_client": Case(
        "Dear Sirs\n\nWe act as brand protection agents for Skarvik Outdoor AS, the owner of the mark.\n\n"
        "Yours faithfully\n\nTobias Wrayburn\nWrayburn Brand Services Ltd\n",
        expected={"represented": "Skarvik Outdoor AS"},
    ),
    "fr_firm_consulted_by_the_client": Case(
        "Madame, Monsieur,\n\nNous sommes consultés par la Boulangerie Quérel SARL, à Dinan, au sujet d'un avis.\n\n"
        "Veuillez agréer nos salutations.\n\nMaître Annick Lozach\nAvocate\n",
        language="fr", expected={"represented": "Boulangerie Quérel SARL"},
    ),
    "de_firm_instructed_by_the_client_in_the_passive": Case(
        "Sehr geehrte Damen und Herren,\n\nwir sind von der Tischlerei Holzapfl GmbH mit der Wahrnehmung ihrer "
        "Interessen beauftragt.\n\nMit freundlichen Grüßen\n\nDr. Elias Vohwinkel\nRechtsanwalt\n",
        language="de", expected={"represented": "Tischlerei Holzapfl GmbH"},
    ),
    "fr_client_in_a_relative_clause_named_in_the_subject": Case(
        "Réf. : AL/26-031\n\nObjet : SCEA Domaine de Vauclaire – avis en ligne\n\nMadame, Monsieur,\n\n"
        "Le Domaine de Vauclaire, dont je suis le conseil, conteste cet avis.\n\nVeuillez agréer mes salutations.\n\n"
        "Armelle Lussac\nAvocate\n",
        language="fr", expected={"represented": "SCEA Domaine de Vauclaire"},
    ),
    "de_person_named_with_her_profession_is_named_without_it": Case(
        "Dr. Hanne Twiehaus ./. Trustpilot A/S\n\nSehr geehrte Damen und Herren,\n\nwir vertreten die Tierärztin "
        "Dr. Hanne Twiehaus, Bremen.\n\nMit freundlichen Grüßen\n\nMalte Ostendorp\nRechtsanwalt\n",
        language="de", expected={"represented": "Hanne Twiehaus"},
    ),
    "da_customer_and_her_town_after_i": Case(
        "Hej alle\n\nJeg sender en sag videre fra en af mine kunder, Pensionat Klitrosen i Hvide Sande.\n\n"
        "Hilsen\nMaja Skovsende\n",
        language="da", sender="maja.thygesen@trustpilot.com", expected={"represented": "Pensionat Klitrosen"},
    ),
    "en_a_region_in_brackets_is_part_of_the_company_name": Case(
        "Dear Sirs\n\nWe act for Fellgate Glazing (Northern) Ltd. This is a letter of claim.\n\nYours faithfully\n\n"
        "Bryony Kell\nKell Ashby LLP\n",
        expected={"represented": "Fellgate Glazing (Northern) Ltd."},
    ),
    # --- a court's own order: the court sends it, for no client ---------------------------------
    "en_court_order_signed_by_no_one_names_its_judge_in_the_heading": Case(
        """EASTMERE
SUPERIOR COURT OF JUSTICE

Court File No. CV-26-1234

THE HONOURABLE JUSTICE MIRA SOLANKE
MONDAY, THE 2ND DAY OF NOVEMBER, 2026

BETWEEN:

LARKSPUR DENTAL GROUP INC.
Plaintiff

- and -

TRUSTPILOT A/S
Non-Party Respondent

ORDER

THIS MOTION, made by the Plaintiff, was heard this day.

1. THIS COURT ORDERS that Trustpilot A/S shall disclose the account holder's name.

Local Registrar

WESTON & PARR LLP
Barristers and Solicitors
Dana Whitcroft (LSO No. 12345A)
Lawyers for the Plaintiff
""",
        expected={"name": "Mira Solanke", "organisation": "Eastmere Superior Court of Justice", "represented": None},
    ),
    "de_beschluss_signed_by_the_judge_and_certified_by_the_clerk": Case(
        """Landgericht Musterstadt
Zivilkammer 7

Gerichtsplatz 1, 12345 Musterstadt

Geschäftsnummer: 7 O 99/26

Beschluss

In der Sache

Brunnhuber Bäckerei GmbH, vertreten durch den Geschäftsführer Alois Brunnhuber,
Hauptstraße 3, 12345 Musterstadt

- Antragstellerin -

gegen

Trustpilot A/S, Pilestræde 58, 1112 Kopenhagen K
- Antragsgegnerin -

beschließt das Landgericht Musterstadt durch den Richter am Landgericht Dr. Ulrich Falkner:

1. Der Antragsgegnerin wird untersagt, die Bewertung zu verbreiten.

Dr. Falkner
Richter am Landgericht

Ausgefertigt

Wiesel, JAng

als Urkundsbeamtin der Geschäftsstelle
""",
        language="de",
        expected={"name": "Ulrich Falkner", "organisation": "Landgericht Musterstadt", "represented": None},
    ),
    "fr_ordonnance_two_signers_side_by_side_the_clerk_aside": Case(
        """TRIBUNAL JUDICIAIRE DE VALROSE

ORDONNANCE DE RÉFÉRÉ

DEMANDERESSE

SAS ATELIER SOREL
4, rue des Lilas - 12345 Valrose

DÉFENDERESSE

TRUSTPILOT A/S

À l'audience tenue par Odile Marchal, vice-présidente, assistée de Paul Texier, greffier.

Ordonnons à la société Trustpilot A/S de supprimer l'avis.

La greffière La vice-présidente
Paul Texier Odile Marchal
""",
        language="fr",
        expected={"name": "Odile Marchal", "organisation": "Tribunal judiciaire de Valrose", "represented": None},
    ),
    "fr_judgment_under_the_states_words": Case(
        """RÉPUBLIQUE FRANÇAISE
AU NOM DU PEUPLE FRANÇAIS

TRIBUNAL JUDICIAIRE DE VALROSE

ORDONNANCE DE RÉFÉRÉ

Ordonnons la suppression de l'avis, à la demande de la société Atelier Sorel SAS.

LA GREFFIÈRE LA PRÉSIDENTE
Anne Roy Marie Vidal

Audience tenue par Marie Vidal, présidente, assistée de Anne Roy, greffière.
""",
        language="fr",
        expected={"name": "Marie Vidal", "organisation": "Tribunal judiciaire de Valrose", "represented": None},
    ),
    "da_kendelse_from_the_city_court": Case(
        """SKOVBY BYRET
Domhuset, Torvet 1, 1234 Skovby

KENDELSE

Rekvirent:
Fjordlys Rengøring ApS
Strandvejen 9, 1234 Skovby
(advokat Jens Holm, Holm Advokatfirma)
mod

Trustpilot A/S

Trustpilot A/S skal inden 14 dage udlevere oplysningerne.

Gry Lund
dommer
""",
        language="da",
        expected={"name": "Gry Lund", "organisation": "Skovby Byret", "represented": None},
    ),
    # --- an order a party's lawyer serves: the lawyer sends it, for that party -------------------
    "en_order_served_by_the_claimants_solicitors": Case(
        """IN THE COUNTY COURT AT NORTHSHIRE
MEDIA LIST

BETWEEN
MERROW JOINERY LIMITED (Claimant)
and
TRUSTPILOT A/S (Respondent)

ORDER

1. The Respondent shall disclose the account holder's name to the Claimant's solicitors.

Served by Ada Quill, Quill Hendry LLP, solicitors for the Claimant, 1 Fleet Row, London.
""",
        expected={"name": "Ada Quill", "organisation": "Quill Hendry LLP", "represented": "Merrow Joinery Limited"},
    ),
    "en_a_court_form_the_plaintiffs_attorneys_sign": Case(
        """UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF WESTLAND

LARKSPUR DENTAL GROUP, PLLC,
Plaintiff,
v.
JOHN DOE,
Defendant.

SUBPOENA TO PRODUCE DOCUMENTS

YOU ARE COMMANDED to produce the documents listed below.

Respectfully submitted,

Ava Ashgrove
Ashgrove Ness LLP
Attorneys for Plaintiff Larkspur Dental Group, PLLC
""",
        expected={"name": "Ava Ashgrove", "organisation": "Ashgrove Ness LLP",
                  "represented": "Larkspur Dental Group, PLLC"},
    ),
    # --- the client named once -----------------------------------------------------------------------
    "en_acting_for_a_person_named_once": Case(
        """Dear Sirs

We are acting for Ms Leocadia Vane in connection with the removal of her review.

Please reinstate it within 14 days.

Yours faithfully

Anselm Reed
Partner
Reed Lyle Solicitors
""",
        expected={"name": "Anselm Reed", "organisation": "Reed Lyle Solicitors", "represented": "Leocadia Vane"},
    ),
    "en_a_role_word_before_the_client": Case(
        """Dear Legal Department:

This firm represents Plaintiff Larkspur Dental Group, PLLC in the above-captioned action.

Very truly yours,

Ava Ashgrove
Ashgrove Ness LLP
""",
        expected={"represented": "Larkspur Dental Group, PLLC"},
    ),
    "de_fuer_unsere_mandantin_frau": Case(
        """Sehr geehrte Damen und Herren,

wir schreiben Ihnen für unsere Mandantin Frau Ilse Marquardt, deren Bewertung Sie gelöscht haben.

Mit freundlichen Grüßen

Dr. iur. Wiebke Bosch, LL.M.
Rechtsanwältin
Bosch & Wendel Rechtsanwälte
""",
        language="de",
        expected={"name": "Wiebke Bosch", "organisation": "Bosch & Wendel Rechtsanwälte",
                  "represented": "Ilse Marquardt"},
    ),
    "de_a_profession_before_the_clients_name": Case(
        """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir den Tischlermeister Herrn Konrad Wiesel, Musterstadt, vertreten.

Mit freundlichen Grüßen

Greta Säuberlich
Rechtsanwältin
Säuberlich Korn Rechtsanwälte
""",
        language="de",
        expected={"represented": "Konrad Wiesel"},
    ),
    "fr_pour_le_compte_de_monsieur": Case(
        """Madame, Monsieur,

J'interviens pour le compte de M. Gaspard Lenoir, dont l'avis a été retiré.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Josiane Berthet
Avocate
Berthet Avocats, Valrose
""",
        language="fr",
        expected={"name": "Josiane Berthet", "organisation": "Berthet Avocats", "represented": "Gaspard Lenoir"},
    ),
    "fr_a_company_named_with_lower_case_words_and_the_article_elided": Case(
        """Madame, Monsieur,

Nous intervenons pour l'Atelier Sorel SARL, établissement situé à Valrose.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Léa Vautier
Avocate
Vautier Avocats
""",
        language="fr",
        expected={"represented": "Atelier Sorel SARL"},
    ),
    "da_paa_vegne_af": Case(
        """Kære Trustpilot

Jeg skriver på vegne af min klient, Fjordlys Rengøring ApS, om en anmeldelse.

Med venlig hilsen

Mads Lindvig
Advokat (H), partner
Lindvig Advokatfirma
""",
        language="da",
        expected={"name": "Mads Lindvig", "represented": "Fjordlys Rengøring ApS"},
    ),
    "en_a_trading_name_stands_for_its_company": Case(
        """Dear Sirs

We act for Brookhill Bakery (a trading name of Brookhill Foods Limited).

Yours faithfully

Senior Associate
Olwen Pryce
Pryce Tarrant LLP
""",
        expected={"name": "Olwen Pryce", "organisation": "Pryce Tarrant LLP", "represented": "Brookhill Foods Limited"},
    ),
    "de_unser_mandant_herr": Case(
        """Sehr geehrte Damen und Herren,

unser Mandant, Herr Jonas Pfeil, betreibt ein Café.

Mit freundlichen Grüßen

i.V.
Dr. Anna Keller
Rechtsanwältin
Keller Rechtsanwälte
""",
        language="de",
        expected={"name": "Anna Keller", "represented": "Jonas Pfeil"},
    ),
    "de_die_vertretung_der_firma_anzeigen": Case(
        """Sehr geehrte Damen und Herren,

hiermit zeigen wir die Vertretung der Firma Sonnental Backwaren GmbH an.

Mit freundlichen Grüßen

RA Jan Merkel
Merkel Rechtsanwälte
""",
        language="de",
        expected={"name": "Jan Merkel", "organisation": "Merkel Rechtsanwälte",
                  "represented": "Sonnental Backwaren GmbH"},
    ),
    "da_a_courtesy_title_before_the_client": Case(
        """Kære Trustpilot

Jeg repræsenterer hr. Ole Friis i sagen om hans anmeldelse.

Vh
Jens Brixen
advokat
Brixen Advokater
""",
        language="da",
        expected={"name": "Jens Brixen", "organisation": "Brixen Advokater", "represented": "Ole Friis"},
    ),
    "en_an_assistant_to_a_partner_signs_for_the_firm": Case(
        """To whom it may concern,

Please see the attached court order.

Regards

Kate Oldfield
Legal Assistant to John Harcourt
Harcourt & Co Solicitors
""",
        expected={"name": "Kate Oldfield", "organisation": "Harcourt & Co Solicitors", "represented": None},
    ),
    "en_a_business_owner_names_the_business_after_the_title": Case(
        """Dear Trustpilot,

I'm the owner of Blue Finch Café and a review of my café is fake.

Thanks,
Mia Lowther
Owner, Blue Finch Café
""",
        expected={"name": "Mia Lowther", "organisation": "Blue Finch Café", "represented": None},
    ),
    "en_on_behalf_of_a_relative": Case(
        """Hello,

I am writing on behalf of my father, Arthur Penwarden, whose review was removed.

Thanks
Lucy Penwarden
""",
        expected={"name": "Lucy Penwarden", "represented": "Arthur Penwarden"},
    ),
    "de_im_namen_meiner_mutter": Case(
        """Hallo,

ich schreibe im Namen meiner Mutter, Frau Hilde Borchers, deren Bewertung gelöscht wurde.

Gruß
Tim Borchers
""",
        language="de",
        expected={"name": "Tim Borchers", "represented": "Hilde Borchers"},
    ),
    "fr_au_nom_de_ma_mere": Case(
        """Bonjour,

Je vous écris au nom de ma mère, Mme Odette Varenne, dont l'avis a été supprimé.

Cordialement
Luc Varenne
""",
        language="fr",
        expected={"name": "Luc Varenne", "represented": "Odette Varenne"},
    ),
    "da_paa_vegne_af_min_far": Case(
        """Hej

Jeg skriver på vegne af min far, Erik Dahlgaard, hvis anmeldelse er slettet.

Vh
Mette Dahlgaard
""",
        language="da",
        expected={"name": "Mette Dahlgaard", "represented": "Erik Dahlgaard"},
    ),
    "en_the_claimant_named_after_its_role": Case(
        """Dear Sirs

We act on behalf of the Claimant, Harlow Drainage Limited, in relation to the review.

Yours faithfully

Jane Dorrell
Dorrell Partners LLP
""",
        expected={"represented": "Harlow Drainage Limited"},
    ),
    "en_the_claimant_of_a_case_title_in_a_sentence": Case(
        """Dear Sirs

We act for the claimant in Harlow Drainage Limited v Trustpilot A/S.

Yours faithfully

Jane Dorrell
Dorrell Partners LLP
""",
        expected={"represented": "Harlow Drainage Limited"},
    ),
    "fr_la_requerante_named_after_its_role": Case(
        """Maître,

Je suis le conseil de la requérante, la SARL Maison Dufresnoy.

Cordialement

Me Alice Royer
Royer Avocats
""",
        language="fr",
        expected={"represented": "SARL Maison Dufresnoy"},
    ),
    "en_the_first_word_of_a_firms_name_completed_from_the_heading": Case(
        """Dear Sirs

Re: Kesselring & Partner GmbH – review

We act for Kesselring in this matter.

Yours faithfully

Jane Dorrell
Dorrell Partners LLP
""",
        expected={"represented": "Kesselring & Partner GmbH"},
    ),
    # --- a business writing for itself represents no one -------------------------------------------
    "da_writing_for_ones_own_company_in_its_town": Case(
        """Hej

Jeg skriver på vegne af Skovby Bilhus A/S i Skovby. Vi er en forhandler med 12 ansatte.

Venlig hilsen
Aksel Holt
Direktør
Skovby Bilhus A/S
""",
        language="da",
        expected={"represented": None},
    ),
    "en_writing_on_behalf_of_ones_own_company": Case(
        """Hello,

I'm writing on behalf of Sunridge Roofing Inc. about the suspension of our invitations.

Thanks,
Cora Lindell
Customer Experience Lead
Sunridge Roofing Inc.
""",
        expected={"name": "Cora Lindell", "organisation": "Sunridge Roofing Inc.", "represented": None},
    ),
    "en_on_behalf_of_my_company": Case(
        """Hello,

I am writing on behalf of my company, Greyfield Tiles Ltd, about a fake review.

Thanks
Owen Pryor
""",
        expected={"name": "Owen Pryor", "organisation": "Greyfield Tiles Ltd", "represented": None},
    ),
    "da_paa_vegne_af_min_virksomhed": Case(
        """Hej

Jeg skriver på vegne af min virksomhed Skovby Cykler ApS om en falsk anmeldelse.

Hilsen
Aksel Holt
""",
        language="da",
        expected={"organisation": "Skovby Cykler ApS", "represented": None},
    ),
    # --- signers: after a title line, "i.A.", post-nominals, degrees ---------------------------------
    "de_gez_before_the_name": Case(
        """Sehr geehrte Damen und Herren,

wir bitten um Auskunft.

Im Auftrag

gez. Dr. Anna Keller
Oberregierungsrätin
""",
        language="de",
        expected={"name": "Anna Keller"},
    ),
    "fr_par_ordre_before_the_name": Case(
        """Madame, Monsieur,

Merci de retirer l'avis.

Cordialement,

P/O Paul Rouvier
Rouvier Avocats
""",
        language="fr",
        expected={"name": "Paul Rouvier", "organisation": "Rouvier Avocats"},
    ),
    "da_efter_bemyndigelse_on_its_own_line": Case(
        """Kære Trustpilot

Vi beder om oplysningerne.

Med venlig hilsen

e.b.
Lars Bækgård
specialkonsulent
""",
        language="da",
        expected={"name": "Lars Bækgård"},
    ),
    "de_im_auftrag_on_its_own_line": Case(
        """Sehr geehrte Damen und Herren,

bitte teilen Sie uns die Bestandsdaten mit.

Mit freundlichen Grüßen

i.A.
Tilda Wendling
Kriminaloberkommissarin
""",
        language="de",
        expected={"name": "Tilda Wendling"},
    ),
    "en_post_nominals_after_the_signers_name": Case(
        """Dear Sirs

Please remove the review.

Yours faithfully

Rory Pennick LLB (Hons) DipLP NP
Partner
for and on behalf of Pennick Dow LLP
""",
        expected={"name": "Rory Pennick", "organisation": "Pennick Dow LLP"},
    ),
    "de_a_degree_before_the_name_for_an_authority": Case(
        """Sehr geehrte Damen und Herren,

wir bitten um Stellungnahme.

Mit freundlichen Grüßen

Für die Medienbehörde
Mag. Lorenz Aigbauer
""",
        language="de",
        expected={"name": "Lorenz Aigbauer"},
    ),
    "de_the_typed_name_in_brackets": Case(
        """Sehr geehrte Damen und Herren,

bitte handeln Sie.

Mit freundlichen Grüßen

(Dr. Anna Kellermann)
Rechtsanwältin
Kellermann & Kolb Rechtsanwälte PartG mbB
""",
        language="de",
        expected={"name": "Anna Kellermann", "organisation": "Kellermann & Kolb Rechtsanwälte PartG mbB"},
    ),
    "en_title_and_business_as_fields_of_one_line": Case(
        """Hi,

Please look again.

Thanks,
--
Jane Dolander
Owner | Dolander Bakes
""",
        expected={"name": "Jane Dolander", "organisation": "Dolander Bakes"},
    ),
    "fr_merci_closes_a_short_email": Case(
        """Bonjour,

Mon avis a été retiré sans explication. Pouvez-vous le remettre en ligne ?

Merci,

Ondine Pelletier
Sherbrooke (Québec)
""",
        language="fr",
        expected={"name": "Ondine Pelletier", "organisation": None, "represented": None},
    ),
    "en_irish_particle_and_county_address": Case(
        """Hello,

Please take another look at the review of our shop.

Many thanks,

Siún Ní Laoire BSc (Pharm) MPSI
Supervising Pharmacist
Harbourside Pharmacy
The Quay, Harbourtown, Co. Clare H91 X2Y3
""",
        expected={"name": "Siún Ní Laoire", "organisation": "Harbourside Pharmacy", "represented": None},
    ),
    # --- authorities' and courts' full names ---------------------------------------------------------
    "fr_a_ministrys_directorate_wrapped_over_lines": Case(
        """MINISTÈRE DES AFFAIRES DU
LITTORAL

Direction générale de la pêche, de la mer et des
ports
1, rue de la Digue – 12345 Valrose

Madame, Monsieur,

Nous vous demandons des informations.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

L'inspectrice
Nadine Forget
""",
        language="fr",
        expected={"name": "Nadine Forget",
                  "organisation": "Direction générale de la pêche, de la mer et des ports"},
    ),
    "fr_a_local_unit_under_a_national_force_and_signed_so": Case(
        """GENDARMERIE DU NORDLAND
Compagnie de gendarmerie de Valrose
Tél. 01 23 45 67 89

Nous, Hugo Ferval, adjudant, requérons la société Trustpilot A/S de nous communiquer les données.

Hugo Ferval
Adjudant
Compagnie de gendarmerie de Valrose
""",
        language="fr",
        expected={"name": "Hugo Ferval", "organisation": "Compagnie de gendarmerie de Valrose"},
    ),
    "en_a_district_court_named_over_two_lines": Case(
        """UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF WESTLAND

Case No. 1:26-cv-00001

ORDER GRANTING EXPEDITED DISCOVERY

ALDEN PENHALLOW, United States District Judge:

Plaintiff moves for leave to serve a subpoena.

SO ORDERED.

Alden Carnsew
United States District Judge
""",
        expected={"name": "Alden Carnsew",
                  "organisation": "United States District Court for the Eastern District of Westland",
                  "represented": None},
    ),
    "en_a_courts_filing_stamp_above_its_name": Case(
        """Case 1:26-cv-00001-ABC Document 9 Filed 11/18/26 Page 1 of 3
UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF WESTLAND

ORDER

SO ORDERED.

Alden Carnsew
United States District Judge
""",
        expected={"name": "Alden Carnsew",
                  "organisation": "United States District Court for the Eastern District of Westland",
                  "represented": None},
    ),
    "de_a_police_directorate_in_capitals": Case(
        """POLIZEIDIREKTION MUSTERSTADT
Kriminaldienst – Fachkommissariat 5
Wachstraße 9, 12345 Musterstadt

Sehr geehrte Damen und Herren,

im Auftrag der Staatsanwaltschaft bitte ich um Auskunft.

Mit freundlichen Grüßen

Im Auftrag
Tilda Wendling
Kriminaloberkommissarin
""",
        language="de",
        expected={"name": "Tilda Wendling", "organisation": "Polizeidirektion Musterstadt", "represented": None},
    ),
    "de_the_heads_title_above_im_auftrag_and_the_signer": Case(
        """Polizeipräsidium Musterstadt
Kriminalinspektion 3

Sehr geehrte Damen und Herren,

bitte um Auskunft.

Mit freundlichen Grüßen
Der Polizeipräsident
Im Auftrag

Klaus Brennecke
KHK
""",
        language="de",
        expected={"name": "Klaus Brennecke", "organisation": "Polizeipräsidium Musterstadt"},
    ),
    "de_a_police_inspectorate_and_its_department_on_one_line": Case(
        """Sehr geehrte Damen und Herren,

bitte um Auskunft.

Mit freundlichen Grüßen

Klaus Brennecke, KHK
Kriminalpolizeiinspektion Musterstadt – K 5
""",
        language="de",
        expected={"name": "Klaus Brennecke", "organisation": "Kriminalpolizeiinspektion Musterstadt"},
    ),
    "fr_a_firm_and_its_town_on_one_line": Case(
        """Madame, Monsieur,

Je représente la société Domaine Sorel SAS.

Bien cordialement,

Léa Vautier
Avocate
Vautier Avocats – Valrose
""",
        language="fr",
        expected={"organisation": "Vautier Avocats", "represented": "Domaine Sorel SAS"},
    ),
    "da_an_owners_mark_after_the_business": Case(
        """Hej

Jeg vil klage over en anmeldelse af min forretning.

Venlig hilsen
Jens Holm
Holm Tømrer v/Jens Holm
""",
        language="da",
        expected={"name": "Jens Holm", "organisation": "Holm Tømrer"},
    ),
    # --- escalations ---------------------------------------------------------------------------------
    "en_escalation_from_my_customer_without_a_comma": Case(
        """Hi Legal team,

Escalating this one from my customer Elmsworth Opticians Ltd. The owner called me this morning.

Thanks,
Isolde

Isolde Carnsew
Account Manager
Trustpilot
""",
        sender="isolde.penhallow@trustpilot.com",
        expected={"represented": "Elmsworth Opticians Ltd."},
    ),
    "en_escalation_by_the_accounts_manager": Case(
        """Hi team,

Quick one: I'm the account manager for Thornbury Lets and they have asked us to look again at the
warning on their profile.

Cheers,
Rafe

Rafe Quillan
Senior Account Manager
Trustpilot
""",
        sender="rafe.quillan@trustpilot.com",
        expected={"represented": "Thornbury Lets"},
    ),
    "da_escalation_by_the_accounts_manager": Case(
        """Hej

Jeg er kundeansvarlig for Vestby Cykler ApS, og ejeren har ringet til mig om en anmeldelse.

Tak
Ida
""",
        language="da",
        sender="ida@trustpilot.com",
        expected={"represented": "Vestby Cykler ApS"},
    ),
    "fr_escalation_lun_de_nos_clients": Case(
        """Bonjour l'équipe juridique,

Je vous transmets un courrier de la directrice juridique de Groupe Sorel SAS, l'un de nos clients en France.

Merci d'avance,

Maëlle Texier
Key Account Manager
Trustpilot
""",
        language="fr",
        sender="maelle.texier@trustpilot.com",
        expected={"represented": "Groupe Sorel SAS"},
    ),
    "de_escalation_unser_kunde": Case(
        """Hallo zusammen,

unser Kunde Bäckerei Sonnental GmbH hat sich bei mir gemeldet.

Viele Grüße
Jana Vogtland
Customer Success Managerin
Trustpilot
""",
        language="de",
        sender="jana.vogtland@trustpilot.com",
        expected={"represented": "Bäckerei Sonnental GmbH"},
    ),
    "de_escalation_wegen_unseres_kunden": Case(
        """Hallo Legal-Team,

ich melde mich wegen unseres Kunden Wiesel Fitness GmbH aus Musterstadt.

Viele Grüße

Lena Säuberlich
Account Managerin
Trustpilot
""",
        language="de",
        sender="lena.sauer@trustpilot.com",
        expected={"represented": "Wiesel Fitness GmbH"},
    ),
}


@pytest.mark.parametrize("case", [pytest.param(c, id=name) for name, c in CASES.items()])
def test_party_reading(case: Case) -> None:
    got = _values(case.text, case.language, case.sender)
    assert {f: got[f] for f in case.expected} == case.expected


@pytest.mark.parametrize(
    ("text", "applicant"),
    [
        ("BETWEEN:\n\nMERROW JOINERY LIMITED\nApplicant\n- and -\n\nTRUSTPILOT A/S\nRespondent\n",
         "Merrow Joinery Limited"),
        ("BETWEEN\nMERROW JOINERY LIMITED (Claimant)\nand\nTRUSTPILOT A/S (Respondent)\n", "Merrow Joinery Limited"),
        ("Applicant: Bellweather Floors Pty Ltd (ACN 000 000 000)\n\nRespondent: Trustpilot A/S\n",
         "Bellweather Floors Pty Ltd"),
        ("In der Sache\n\nBrunnhuber Bäckerei GmbH, vertreten durch den Geschäftsführer,\n"
         "Hauptstraße 3, 12345 Musterstadt\n\n"
         "- Antragstellerin -\n\ngegen\n\nTrustpilot A/S\n- Antragsgegnerin -\n", "Brunnhuber Bäckerei GmbH"),
        ("Klagende und gefährdete Partei: Wiesel Backwaren GmbH, Hauptstraße 212, 1100 Wien\n\n"
         "Beklagte Partei: Trustpilot A/S\n", "Wiesel Backwaren GmbH"),
        ("N° RG 26/12345\nDEMANDERESSE\n\nSAS ATELIER SOREL\n4, rue des Lilas - 12345 Valrose\n\nDÉFENDERESSE\n\n"
         "TRUSTPILOT A/S\n", "SAS Atelier Sorel"),
        ("BRIGHTCOMBE SLATING LTD – Claimant –\n\nTRUSTPILOT A/S – Respondent –\n", "Brightcombe Slating Ltd"),
        ("In der Sache Gasthof Linde GmbH, vertreten durch den Geschäftsführer - Antragstellerin -\n\ngegen\n\n"
         "Trustpilot A/S - Antragsgegnerin -\n", "Gasthof Linde GmbH"),
        ("Rekvirent:\nFjordlys Rengøring ApS\nStrandvejen 9, 1234 Skovby\nmod\n\nTrustpilot A/S\n",
         "Fjordlys Rengøring ApS"),
    ],
)
def test_the_applicant_of_a_court_form_is_the_named_party(text: str, applicant: str) -> None:
    lt = letter(text)
    parties = court_parties(lt, 0, len(lt.text))
    assert [c.value for c in parties if c.role == "applicant"][:1] == [applicant]
    assert all(c.value.casefold() != "trustpilot a/s" for c in parties)


def test_the_signers_post_nominals_are_kept_as_a_title_beside_the_name() -> None:
    p = find_parties(letter("Dear Sirs\n\nPlease act.\n\nYours faithfully\n\nYsolde Oakby LLB (Hons)\nSolicitor\n"
                            "Oakby Reed LLP\n"))
    assert p.name is not None and p.name.value == "Ysolde Oakby"
    assert p.title is not None and "LLB (Hons)" in p.title.value and "Solicitor" in p.title.value


def test_a_title_line_above_the_signers_name_is_their_title() -> None:
    p = find_parties(letter("Dear Sirs\n\nPlease act.\n\nYours faithfully\n\nSenior Associate\nOlwen Pryce\n"
                            "Pryce Tarrant LLP\n"))
    assert p.name is not None and p.name.value == "Olwen Pryce"
    assert p.title is not None and p.title.value == "Senior Associate"


def test_the_extraction_carries_the_signers_title_apart_from_the_name() -> None:
    text = "Dear Sirs\n\nPlease act.\n\nYours faithfully\n\nYsolde Oakby LLB (Hons)\nSolicitor\nOakby Reed LLP\n"
    ex = extract(ParsedDocument(sha256="0" * 64, media_type="txt", text=text), received=RECEIVED, profile=PROFILE)
    assert ex.fields()["sender_name"] == "Ysolde Oakby"
    assert "sender_title" not in ex.fields()  # the gold's keys only
    assert ex.sender_title is not None and ex.evidence()["sender_title"]["value"] == "LLB (Hons), Solicitor"


def test_austrian_titles_before_a_name_are_no_part_of_it() -> None:
    p = find_parties(letter("Sehr geehrte Damen und Herren,\n\nbitte prüfen Sie das.\n\nMit freundlichen Grüßen\n\n"
                            "Ing. Mag. Rosalind Weinzettl, MBA\nGeschäftsführerin\n", language="de"))
    assert p.name is not None and p.name.value == "Rosalind Weinzettl"


def test_a_surname_ending_like_a_trade_title_is_still_a_name() -> None:
    p = find_parties(letter("Hallo zusammen,\n\nkönnt ihr mir Bescheid geben?\n\nViele Grüße\n\nJule Holzmeister\n"
                            "Account Managerin DACH\n", language="de"))
    assert p.name is not None and p.name.value == "Jule Holzmeister"
