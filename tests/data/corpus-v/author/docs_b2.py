from common import doc

# ---------------------------------------------------------------- v28  England KB Norwich Pharmacal order
doc("v28", "pdf", "en", "2026-11-20", """
IN THE HIGH COURT OF JUSTICE
KING'S BENCH DIVISION
MEDIA AND COMMUNICATIONS LIST

Claim No. KB-2026-003817

BEFORE MASTER THORNLEY
ON 13 NOVEMBER 2026

BETWEEN:

FERNCLIFF JOINERY LIMITED
Applicant

- and -

TRUSTPILOT A/S
Respondent

ORDER

UPON the Applicant's application notice dated 29 October 2026 for disclosure against the Respondent

AND UPON reading the witness statement of Carl Ferncliff dated 28 October 2026 and the exhibit to it

AND UPON the Respondent having confirmed by email dated 10 November 2026 that it neither consents to nor opposes the application and does not intend to attend the hearing

AND UPON hearing counsel for the Applicant

IT IS ORDERED THAT:

1. The Respondent shall by 4pm on 4 December 2026 disclose to the Applicant's solicitors, Dunmore Akers LLP, 9 Park Row, Leeds LS1 5HD, the following information, insofar as it is in the Respondent's possession or control, relating to the account which published the review at https://uk.trustpilot.com/reviews/3bb8c4251a9094f6af3f109f on or about 3 October 2026:
(a) the name and email address registered to the account;
(b) any telephone number associated with the account; and
(c) the IP addresses, with dates and times, used to create the account and to post the review.

2. The Applicant may use the information disclosed only for the purpose of identifying the author of the review and of any proceedings or pre-action correspondence against that person, and not otherwise without the permission of the Court.

3. The Applicant shall pay the Respondent's reasonable costs of complying with paragraph 1, to be assessed if not agreed.

4. There be no order as to the costs of the application.

5. The Respondent, as a person not present at the hearing, may apply to set aside or vary this Order within 7 days of service of it upon the Respondent.

6. The Applicant shall serve this Order on the Respondent by email to legal@trustpilot.com and by post to its registered office.

Dated 13 November 2026

BY THE COURT
""",
    kind="court_order", sender_organisation="High Court of Justice",
    represented_party="Ferncliff Joinery Limited", their_reference="KB-2026-003817",
    cited_urls=["https://uk.trustpilot.com/reviews/3bb8c4251a9094f6af3f109f"],
    cited_review_ids=["3bb8c4251a9094f6af3f109f"],
    deadline="2026-12-04", deadline_basis="by 4pm on 4 December 2026",
    legal_bases=["court_order"], case="new:ferncliff")

# ---------------------------------------------------------------- v29  de trusted flagger (html)
doc("v29", "eml", "de", "2026-11-20", """
Sehr geehrte Damen und Herren,

als nach Art. 22 der Verordnung (EU) 2022/2065 durch die Bundesnetzagentur anerkannter vertrauenswürdiger Hinweisgeber melden wir Ihnen gemäß Art. 16 DSA den folgenden Inhalt, den wir für rechtswidrig halten.

Vorgangsnummer: NR-2026-11-0832

Fundstelle:
https://de.trustpilot.com/reviews/d0cc5cde298407bea5275b92
(Bewertung des Nutzers „Deutscher_Michel“ auf der Unternehmensseite eines Imbissbetriebs in Leipzig-Connewitz)

Beanstandete Passage:
„Solche Leute gehören nicht nach Deutschland, man sollte den Laden anzünden.“

Begründung:
Die Äußerung richtet sich erkennbar gegen die Betreiber des Imbisses wegen ihrer vermuteten Herkunft. Sie stachelt zum Hass gegen Teile der Bevölkerung auf und enthält zugleich eine öffentliche Aufforderung zu einer Brandstiftung. Nach unserer Einschätzung erfüllt sie die Tatbestände der Volksverhetzung (§ 130 Abs. 1 StGB) sowie der öffentlichen Aufforderung zu Straftaten (§ 111 StGB). Eine Auslegung als zulässige Meinungsäußerung über die angebotenen Speisen ist angesichts des Wortlauts ausgeschlossen.

Wir haben den Inhalt am 19.11.2026 um 14:32 Uhr gesichert; ein Screenshot ist dieser Meldung beigefügt. Eine Strafanzeige wird von uns parallel bei der Zentralstelle zur Bekämpfung der Internetkriminalität erstattet.

Wir bitten Sie, die Meldung gemäß Art. 22 Abs. 1 DSA vorrangig zu bearbeiten und uns Ihre Entscheidung nach Art. 17 DSA unter Angabe der Vorgangsnummer mitzuteilen.

Wir versichern, dass die Angaben in dieser Meldung nach bestem Wissen richtig und vollständig sind.

Mit freundlichen Grüßen

Jana Schröder
Referentin Meldestelle
Netzwerk Respekt e.V.
Schönhauser Allee 163 · 10435 Berlin
j.schroeder@netzwerk-respekt.de
Vertrauenswürdiger Hinweisgeber gemäß Art. 22 DSA
""",
    email={"from_name": "Meldestelle Netzwerk Respekt", "from_addr": "meldungen@netzwerk-respekt.de",
           "subject": "Meldung gem. Art. 16 DSA (Trusted Flagger) - Vorgang NR-2026-11-0832",
           "message_id": "<NR-2026-11-0832.meldung@netzwerk-respekt.de>",
           "date": "2026-11-20T09:18:00+01:00", "html_only": True},
    kind="illegal_content_notice", sender_name="Jana Schröder", sender_organisation="Netzwerk Respekt e.V.",
    sender_email="j.schroeder@netzwerk-respekt.de", their_reference="NR-2026-11-0832",
    cited_urls=["https://de.trustpilot.com/reviews/d0cc5cde298407bea5275b92"],
    cited_review_ids=["d0cc5cde298407bea5275b92"],
    quoted_statements=["Solche Leute gehören nicht nach Deutschland, man sollte den Laden anzünden."],
    legal_bases=["dsa", "criminal"], case="new:netzwerk-respekt")

# ---------------------------------------------------------------- v30  fr gendarmerie requisition (form field)
doc("v30", "pdf", "fr", "2026-11-20", """
GENDARMERIE NATIONALE
Groupement de gendarmerie départementale d'Ille-et-Vilaine
Brigade de recherches de Rennes
Caserne Guillaudot – 4, rue de Guillaudot – 35000 Rennes
Tél. : 02 99 32 51 70 – br.rennes@gendarmerie.interieur.gouv.fr

RÉQUISITION JUDICIAIRE
(Articles 60-1 et 60-2 du code de procédure pénale)

N° de procédure : 01944/2026
Date : 19/11/2026
Date limite de réponse : 30/11/2026

Destinataire : Trustpilot A/S – Service juridique – Pilestræde 58 – 1112 Copenhague K – Danemark
Transmission par courriel : legal@trustpilot.com

Nous, Pierre Lemaire, Adjudant-chef, officier de police judiciaire en résidence à la brigade de recherches de Rennes,

Agissant en enquête préliminaire sous le contrôle de M. le procureur de la République près le tribunal judiciaire de Rennes, pour des faits de menaces de mort réitérées et de harcèlement moral en ligne (articles 222-17 et 222-33-2-2 du code pénal) commis au préjudice de Mme Morgane T., gérante d'une auto-école à Rennes,

Vu l'avis publié le 2 novembre 2026 sur la page de l'établissement « Auto-École Vilaine Conduite », à l'adresse https://fr.trustpilot.com/reviews/9708e78cfc5d4bbd04116efa, sous le pseudonyme « Kev35 », comportant notamment la phrase :

« Je connais ton adresse Morgane, tu vas payer pour mon permis raté. »

Requérons la société Trustpilot A/S de bien vouloir nous communiquer, concernant le compte utilisateur ayant publié cet avis :

1. les nom, prénom et adresse électronique déclarés lors de l'inscription ;
2. le numéro de téléphone éventuellement associé ;
3. les adresses IP, avec date, heure et fuseau horaire, de création du compte et de publication de l'avis ;
4. la liste des autres avis publiés depuis ce compte.

Nous vous remercions de bien vouloir conserver ces données jusqu'à la clôture de la procédure et de ne pas informer l'utilisateur de la présente réquisition, afin de ne pas nuire à l'enquête.

La réponse est à adresser par courriel à l'adresse de l'unité figurant en en-tête, en rappelant le numéro de procédure.

Fait à Rennes, le 19 novembre 2026

L'officier de police judiciaire
Adjudant-chef Pierre Lemaire
""",
    kind="law_enforcement", sender_name="Pierre Lemaire", sender_organisation="Gendarmerie nationale",
    sender_email="br.rennes@gendarmerie.interieur.gouv.fr", their_reference="01944/2026",
    cited_urls=["https://fr.trustpilot.com/reviews/9708e78cfc5d4bbd04116efa"],
    cited_review_ids=["9708e78cfc5d4bbd04116efa"],
    quoted_statements=["Je connais ton adresse Morgane, tu vas payer pour mon permis raté."],
    deadline="2026-11-30", deadline_basis="Date limite de réponse : 30/11/2026",
    legal_bases=["criminal"], case="new:gendarmerie-rennes")

# ---------------------------------------------------------------- v31  fr K10 DGCCRF follow-up
doc("v31", "pdf", "fr", "2026-11-23", """
MINISTÈRE DE L'ÉCONOMIE, DES FINANCES ET DE LA SOUVERAINETÉ INDUSTRIELLE ET NUMÉRIQUE

Direction générale de la concurrence, de la consommation et de la répression des fraudes
Service national des enquêtes – Bureau de l'économie numérique
59, boulevard Vincent Auriol – 75703 Paris Cedex 13

Affaire suivie par : Nadia Ferhat, inspectrice
Tél. : 01 44 97 31 58
Courriel : nadia.ferhat@dgccrf.finances.gouv.fr

Réf. : DGCCRF/BEN/2026-0733

Paris, le 19 novembre 2026

Trustpilot A/S
Service juridique
Pilestræde 58
1112 Copenhague K
Danemark

Objet : Enquête relative aux avis en ligne – établissement Literie Delorme – relance

Madame, Monsieur,

Par courrier du 14 octobre 2026, je vous ai demandé, en application des pouvoirs d'enquête que les agents de la DGCCRF tiennent du livre V du code de la consommation, de me communiquer un ensemble de documents et d'informations relatifs à la page de l'établissement Literie Delorme, accessible à l'adresse https://fr.trustpilot.com/review/literie-delorme.fr.

Votre courriel du 28 octobre 2026 indiquait que ces éléments étaient en cours de collecte. À ce jour, aucun document ne m'est parvenu.

Je vous rappelle que les informations demandées portent sur :

1. le nombre d'avis publiés sur cette page depuis le 1er janvier 2025, ventilé par mois, ainsi que le nombre d'avis supprimés, en distinguant les suppressions intervenues à la demande de l'établissement ;
2. les modalités selon lesquelles l'établissement a sollicité des avis auprès de ses clients (invitations automatiques, liens, éventuelles contreparties signalées) ;
3. les procédures de contrôle mises en œuvre sur cette page, au regard des obligations d'information prévues à l'article L. 111-7-2 du code de la consommation.

Les pièces doivent nous parvenir avant le 4 décembre 2026, par voie électronique à l'adresse figurant en en-tête.

J'appelle votre attention sur le fait que le refus de communiquer les documents demandés, ou la communication de renseignements inexacts, est susceptible de constituer une opposition à l'exercice des fonctions des agents habilités, sanctionnée par le code de la consommation.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

L'inspectrice
Nadia Ferhat
""",
    kind="regulator", sender_name="Nadia Ferhat",
    sender_organisation="Direction générale de la concurrence, de la consommation et de la répression des fraudes",
    sender_email="nadia.ferhat@dgccrf.finances.gouv.fr", their_reference="DGCCRF/BEN/2026-0733",
    cited_urls=["https://fr.trustpilot.com/review/literie-delorme.fr"],
    deadline="2026-12-04", deadline_basis="Les pièces doivent nous parvenir avant le 4 décembre 2026",
    legal_bases=["consumer_law"], case="CI-2026-0516")

# ---------------------------------------------------------------- v32  da Københavns Byret edition order
doc("v32", "pdf", "da", "2026-11-23", """
KØBENHAVNS BYRET
Domhuset, Nytorv 25, 1450 København K
Tlf. 99 68 70 00 · www.domstol.dk/koebenhavn

KENDELSE

afsagt den 19. november 2026

Sag BS-41872/2026-KBH

Rekvirent:
Villa Solsikke ApS
Strandvejen 418, 2930 Klampenborg
(advokat Rasmus Kjeldsen, Kjeldsen & Lund Advokatpartnerselskab)

mod

Trustpilot A/S
Pilestræde 58, 1112 København K

Rekvirenten har anmodet om, at Trustpilot A/S pålægges edition efter retsplejelovens § 299 af oplysninger om den bruger, der har offentliggjort anmeldelsen https://dk.trustpilot.com/reviews/46eb9d8b8ea91f3d1df4d09f på rekvirentens profil. Anmeldelsen er offentliggjort den 28. september 2026 under navnet ”Sommergæst” og indeholder bl.a. udsagnet:

”Værten var fuld og råbte ad vores børn klokken tre om natten.”

Trustpilot A/S har ved e-mail af 6. november 2026 oplyst, at selskabet ikke protesterer mod anmodningen, men ikke kan udlevere oplysningerne uden rettens pålæg.

Rettens begrundelse og resultat

Rekvirenten har sandsynliggjort, at oplysningerne er af betydning som bevis i en påtænkt retssag mod anmeldelsens forfatter, og at rekvirenten ikke på anden måde kan identificere denne. Hensynet til brugeren findes ikke at veje tungere. Betingelserne for at pålægge edition er derfor opfyldt.

Thi bestemmes:

Trustpilot A/S skal inden 14 dage fra kendelsens afsigelse udlevere følgende oplysninger til rekvirentens advokat om den bruger, der har offentliggjort den nævnte anmeldelse:

1. navn og e-mailadresse, som brugeren har oplyst ved oprettelsen af profilen,
2. eventuelt telefonnummer knyttet til profilen,
3. IP-adresser med tidspunkt for oprettelsen af profilen og for offentliggørelsen af anmeldelsen.

Oplysningerne må alene anvendes i forbindelse med den påtænkte retssag.

Rekvirenten betaler Trustpilot A/S' rimelige udgifter ved editionen.

Signe Thorup
dommer
""",
    kind="court_order", sender_name="Signe Thorup", sender_organisation="Københavns Byret",
    represented_party="Villa Solsikke ApS", their_reference="BS-41872/2026-KBH",
    cited_urls=["https://dk.trustpilot.com/reviews/46eb9d8b8ea91f3d1df4d09f"],
    cited_review_ids=["46eb9d8b8ea91f3d1df4d09f"],
    quoted_statements=["Værten var fuld og råbte ad vores børn klokken tre om natten."],
    deadline="2026-12-03", deadline_basis="inden 14 dage fra kendelsens afsigelse",
    legal_bases=["court_order"], case="new:villa-solsikke")

# ---------------------------------------------------------------- v33  da closed-case party, new matter
doc("v33", "eml", "da", "2026-11-23", """
Hej

Vi havde en sag med jer i foråret om en falsk anmeldelse fra en tidligere medarbejder, og den blev løst fint, så tak for det. Nu har vi desværre et nyt problem, som ikke har noget med den sag at gøre.

Den 14. november kom der denne anmeldelse på vores side:
https://dk.trustpilot.com/reviews/a573d0e606b14d8c04b83cd9

Der står blandt andet: ”Maden var kold, og tjeneren spyttede i min øl, da han troede, jeg ikke så det.”

Anmelderen skriver, at han spiste hos os torsdag den 12. november. Den aften var restauranten lukket for almindelige gæster, fordi vi havde et privat selskab (en 60-års fødselsdag for 40 personer, som vi har faktura og gæsteliste på). Der var altså ingen gæster udefra den aften, og ingen af vores tjenere ville nogensinde gøre det, der beskrives.

Vi anmeldte anmeldelsen gennem Trustpilot Business den 15. november og fik den 20. november besked om, at den ikke bliver fjernet, fordi den ”ikke overtræder retningslinjerne”. Men jeres retningslinjer siger vel, at en anmeldelse skal bygge på en reel oplevelse, og det kan den ikke her. At beskylde en tjener for at spytte i en gæsts øl er desuden meget alvorligt for en restaurant.

Vi vil derfor gerne klage over afgørelsen. Jeg kan sende fakturaen for selskabet og vores bookingoversigt for hele ugen, hvis det hjælper.

Svaret bedes sendt senest mandag den 30. november 2026, da vi skal tage stilling til, om vi skal involvere en advokat.

Med venlig hilsen

Henrik Dahl
Indehaver
Restaurant Fjordkanten ApS
Havnegade 9, 5700 Svendborg
Tlf. 62 21 30 44
""",
    email={"from_name": "Henrik Dahl", "from_addr": "henrik@fjordkanten.dk",
           "subject": "Klage over afgørelse - anmeldelse af Restaurant Fjordkanten",
           "message_id": "<7c2d91e0-fjordkanten-1123@fjordkanten.dk>",
           "date": "2026-11-23T10:02:00+01:00"},
    kind="business_appeal", sender_name="Henrik Dahl", sender_organisation="Restaurant Fjordkanten ApS",
    sender_email="henrik@fjordkanten.dk",
    cited_urls=["https://dk.trustpilot.com/reviews/a573d0e606b14d8c04b83cd9"],
    cited_review_ids=["a573d0e606b14d8c04b83cd9"],
    quoted_statements=["Maden var kold, og tjeneren spyttede i min øl, da han troede, jeg ikke så det."],
    deadline="2026-11-30", deadline_basis="Svaret bedes sendt senest mandag den 30. november 2026",
    legal_bases=["platform_guidelines"], case="new:fjordkanten")
