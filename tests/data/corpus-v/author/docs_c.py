from common import doc

# ---------------------------------------------------------------- v38  da K5 Datatilsynet chaser
doc("v38", "docx", "da", "2026-11-25", """
Datatilsynet
Carl Jacobsens Vej 35
2500 Valby
T 33 19 32 00
dt@datatilsynet.dk
www.datatilsynet.dk

Trustpilot A/S
Att.: Databeskyttelsesrådgiver / Juridisk afdeling
Pilestræde 58
1112 København K

Sendt pr. e-mail til legal@trustpilot.com

J.nr. 2026-832-4417
Sagsbehandler: Sofie Kjærgaard
Dato: 24. november 2026
Frist for svar: 07.12.2026

Rykker – klage over Trustpilot A/S' behandling af personoplysninger

Datatilsynet henviser til vores brev af 20. oktober 2026, hvor vi bad Trustpilot A/S om en udtalelse i anledning af en klage fra Jonas Ravn.

Klagen angår jeres afslag af 8. september 2026 på klagerens anmodning om sletning af oplysninger om ham i anmeldelsen https://dk.trustpilot.com/reviews/69ac3cc70250abeb8c6af3d9. Klageren er ansat i den anmeldte virksomhed og nævnes i anmeldelsen med fulde navn og stillingsbetegnelse. Han har gjort gældende, at der ikke er et legitimt formål med at offentliggøre hans navn, og at hans indsigelse efter databeskyttelsesforordningens artikel 21 ikke er blevet behandlet.

Datatilsynet har endnu ikke modtaget jeres udtalelse. Den frist, der var fastsat i vores brev, udløb den 10. november 2026.

Vi skal derfor på ny anmode om, at I sender os:

1. en udtalelse om sagen, herunder om det retlige grundlag for behandlingen af klagerens oplysninger, jf. artikel 6, stk. 1,
2. en redegørelse for den interesseafvejning, I har foretaget i forbindelse med klagerens indsigelse og anmodning om sletning,
3. en kopi af jeres svar til klageren af 8. september 2026.

Hvis vi ikke modtager jeres udtalelse inden fristen, vil Datatilsynet træffe afgørelse i sagen på det foreliggende grundlag.

Henvendelser om sagen bedes sendt til dt@datatilsynet.dk med angivelse af journalnummeret.

Med venlig hilsen

Sofie Kjærgaard
Fuldmægtig
sokj@datatilsynet.dk
""",
    kind="regulator", sender_name="Sofie Kjærgaard", sender_organisation="Datatilsynet",
    sender_email="sokj@datatilsynet.dk", their_reference="2026-832-4417",
    cited_urls=["https://dk.trustpilot.com/reviews/69ac3cc70250abeb8c6af3d9"],
    cited_review_ids=["69ac3cc70250abeb8c6af3d9"],
    deadline="2026-12-07", deadline_basis="Frist for svar: 07.12.2026",
    legal_bases=["data_protection"], case="CI-2026-0473")

# ---------------------------------------------------------------- v39  en Marlow Reid Ashcombe follow-up (look-alike)
doc("v39", "eml", "en", "2026-11-25", """
Dear Sirs

Ashcombe Dental Group Ltd

We refer to our letter of 6 November 2026 concerning two reviews of our client, Ashcombe Dental Group Ltd, published at:

https://uk.trustpilot.com/reviews/6727edbef4d4a7c30c9e5b96
https://uk.trustpilot.com/reviews/9725305a567afc030ad452ce

Apart from an automated acknowledgement we have had no response, and the period set in our letter has long since expired. Both reviews remain online.

Since our letter was sent, the reviewer has added a comment beneath our client's public reply repeating the allegation that our client is under investigation for insurance fraud. Our client has obtained written confirmation from the General Dental Council that no investigation of any kind has been opened in respect of the practice or any of its clinicians, and we can provide a copy on request. The reviewer has also continued to contact our client's reception staff, which reinforces our client's concern that the reviews form part of a campaign of harassment.

The allegations are false and defamatory and continue to cause our client serious harm. We now require you to remove both reviews, and to confirm to us that you have done so, no later than midday on the 3rd of December 2026.

If we do not receive that confirmation, we are instructed to issue proceedings against the author and to seek an order for disclosure against Trustpilot without further notice, and we will refer the Court to this correspondence on the question of costs.

Yours faithfully

Priya Okafor
Partner
Marlow Reid LLP
3 Colmore Circus, Birmingham B4 6BH
DDI: 0121 496 0712
p.okafor@marlowreid.co.uk
Our ref: PO/ASH/1047
""",
    email={"from_name": "Priya Okafor", "from_addr": "p.okafor@marlowreid.co.uk",
           "subject": "Ashcombe Dental Group Ltd - our letter of 6 November 2026 [PO/ASH/1047]",
           "message_id": "<MR-20261125-1406.pokafor@marlowreid.co.uk>",
           "date": "2026-11-25T14:06:00+00:00"},
    kind="legal_demand", sender_name="Priya Okafor", sender_organisation="Marlow Reid LLP",
    sender_email="p.okafor@marlowreid.co.uk", represented_party="Ashcombe Dental Group Ltd",
    their_reference="PO/ASH/1047",
    cited_urls=["https://uk.trustpilot.com/reviews/6727edbef4d4a7c30c9e5b96",
                "https://uk.trustpilot.com/reviews/9725305a567afc030ad452ce"],
    cited_review_ids=["6727edbef4d4a7c30c9e5b96", "9725305a567afc030ad452ce"],
    deadline="2026-12-03", deadline_basis="no later than midday on the 3rd of December 2026",
    legal_bases=["defamation", "harassment"], case="new:ashcombe")

# ---------------------------------------------------------------- v40  de business appeal (Warnhinweis)
doc("v40", "docx", "de", "2026-11-25", """
Holzbau Reischl GmbH
Zimmerei · Dachstuhl · Holzhausbau
Kufsteiner Straße 88 · 83022 Rosenheim
Tel. 08031 40 77 20 · info@holzbau-reischl.de · www.holzbau-reischl.de

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

per E-Mail: legal@trustpilot.com

Ihr Ticket: #4419372

Rosenheim, 24. November 2026

Beschwerde gegen den Warnhinweis auf unserem Unternehmensprofil
https://de.trustpilot.com/review/holzbau-reischl.de

Sehr geehrte Damen und Herren,

seit dem 18. November 2026 wird auf unserem Profil ein Hinweis angezeigt, wonach wir gegen Ihre Richtlinien verstoßen und Bewertungen gegen eine Gegenleistung eingeholt hätten. Gleichzeitig wurde uns per E-Mail mitgeteilt, dass unser Profil für 90 Tage eingeschränkt ist und wir keine Einladungen mehr versenden können.

Gegen diese Entscheidung lege ich hiermit im Rahmen Ihres internen Beschwerdemanagementsystems nach Art. 20 DSA Beschwerde ein.

Der Vorwurf trifft nicht zu. Im Oktober haben wir unter allen Abonnenten unseres Newsletters einen Gutschein für einen Hochbeet-Bausatz verlost. Teilnahmebedingung war ausschließlich die Anmeldung zum Newsletter. Eine Bewertung auf Trustpilot oder anderswo war weder Bedingung noch erhöhte sie die Gewinnchance. Die Teilnahmebedingungen und die Newsletter-Ausgabe vom 6. Oktober 2026 haben wir bereits über das Ticket übermittelt.

Wir können nur vermuten, dass ein Mitbewerber oder ein unzufriedener Kunde den Gewinnspiel-Post missverständlich gemeldet hat. Ihre Richtlinien für Unternehmen verbieten Anreize für Bewertungen; ein Gewinnspiel ohne jeden Bezug zu Bewertungen fällt nach unserem Verständnis nicht darunter.

Der Warnhinweis schadet uns erheblich: Wir sind ein Familienbetrieb mit 14 Mitarbeitern, und unsere Kunden sind Bauherren, die vor einer großen Investition genau hinschauen.

Wir bitten daher darum, den Warnhinweis zu entfernen und die Einschränkung aufzuheben. Ihre Entscheidung erbitten wir bis Mittwoch, 2. Dezember 2026, 15 Uhr.

Mit freundlichen Grüßen

Stefan Reischl
Geschäftsführer
Holzbau Reischl GmbH
s.reischl@holzbau-reischl.de
""",
    kind="business_appeal", sender_name="Stefan Reischl", sender_organisation="Holzbau Reischl GmbH",
    sender_email="s.reischl@holzbau-reischl.de",
    cited_urls=["https://de.trustpilot.com/review/holzbau-reischl.de"],
    deadline="2026-12-02", deadline_basis="bis Mittwoch, 2. Dezember 2026, 15 Uhr",
    legal_bases=["dsa", "platform_guidelines"], case="new:reischl")

# ---------------------------------------------------------------- v41  de Staatsanwaltschaft Köln
doc("v41", "pdf", "de", "2026-11-26", """
Staatsanwaltschaft Köln
Am Justizzentrum 13 · 50939 Köln
Telefon 0221 477-0 · Telefax 0221 477-4050

Staatsanwaltschaft Köln · Am Justizzentrum 13 · 50939 Köln

Trustpilot A/S
Legal Department
Pilestræde 58
1112 Kopenhagen K
Dänemark

vorab per E-Mail: legal@trustpilot.com

Aktenzeichen: 73 Js 20417/26
(bitte stets angeben)
Bearbeiter: Staatsanwalt Dr. Felix Aumann
Durchwahl: 0221 477-3318
E-Mail: felix.aumann@sta-koeln.nrw.de

Köln, 23. November 2026

Ermittlungsverfahren gegen Unbekannt
wegen Bedrohung (§ 241 StGB) und Nachstellung (§ 238 StGB)
hier: Ersuchen um Auskunft über Bestandsdaten

Sehr geehrte Damen und Herren,

die Staatsanwaltschaft Köln führt das oben bezeichnete Ermittlungsverfahren. Gegenstand ist unter anderem eine Bewertung, die am 30. Oktober 2026 auf Ihrer Plattform unter https://de.trustpilot.com/reviews/7b8914e5710d9894739e223d zu dem Kfz-Sachverständigenbüro Elmas in Köln-Ehrenfeld veröffentlicht wurde. Die Bewertung enthält unter anderem den Satz:

„Herr Elmas, ich weiß, wo Ihre Kinder zur Schule gehen.“

Der Geschädigte hat seit September 2026 zahlreiche weitere Nachrichten ähnlichen Inhalts erhalten. Es besteht der Verdacht, dass sie von demselben Täter stammen.

Zur Identifizierung des Verfassers bitte ich um Mitteilung folgender Daten zu dem Nutzerkonto, über das die Bewertung veröffentlicht wurde:

1. Name und bei der Registrierung angegebene E-Mail-Adresse,
2. gegebenenfalls hinterlegte Telefonnummer,
3. die bei der Registrierung und bei der Veröffentlichung der Bewertung verwendeten IP-Adressen mit Datum, Uhrzeit und Zeitzone.

Mir ist bewusst, dass Ihr Unternehmen seinen Sitz in Dänemark hat. Ich bitte daher um freiwillige Auskunftserteilung entsprechend Ihren Richtlinien für Behördenanfragen. Sollten Sie ein förmliches Rechtshilfeersuchen oder eine Europäische Herausgabeanordnung für erforderlich halten, bitte ich um kurze Mitteilung.

Die erbetenen Auskünfte sind bis zum 10. Dezember 2026 schriftlich oder per E-Mail unter Angabe des Aktenzeichens zu erteilen.

Ich bitte, den Nutzer über dieses Ersuchen nicht zu unterrichten, da hierdurch der Untersuchungszweck gefährdet würde.

Mit freundlichen Grüßen

Dr. Aumann
Staatsanwalt
""",
    kind="law_enforcement", sender_name="Felix Aumann", sender_organisation="Staatsanwaltschaft Köln",
    sender_email="felix.aumann@sta-koeln.nrw.de", their_reference="73 Js 20417/26",
    cited_urls=["https://de.trustpilot.com/reviews/7b8914e5710d9894739e223d"],
    cited_review_ids=["7b8914e5710d9894739e223d"],
    quoted_statements=["Herr Elmas, ich weiß, wo Ihre Kinder zur Schule gehen."],
    deadline="2026-12-10", deadline_basis="bis zum 10. Dezember 2026",
    legal_bases=["criminal"], case="new:sta-koeln")

# ---------------------------------------------------------------- v42  en txt, K7 reviewer quoting our ref
doc("v42", "txt", "en", "2026-11-26", """
Trustpilot Support - Contact form submission
Submitted: 26/11/2026 08:03 GMT
Form: My review / My account

Full name: Fiona McAllister
Email address: fiona.mcallister@btinternet.com
Country: United Kingdom
Case reference (if you have one): CI-2026-0495
Subject: Appeal about my removed review - any news?

Message:

Hello,

I'm writing again about my appeal against the removal of my review of Larchmont Holiday Parks. I was given the case reference above when I first wrote to you in October.

Since then I have asked a solicitor, Rhiannon Lyle at Crane & Lyle in Bristol, to help me, and she wrote to you a couple of weeks ago. She tells me that so far she has only had an automatic reply. I know these things take time, but it has now been over a month since my review disappeared and nobody has explained to me what was wrong with it.

I'm not trying to cause trouble for anyone. We had a genuinely bad holiday, with mould in the bedrooms where my two children were sleeping, and I wanted other families to know before they booked. Everything I wrote is backed up by my photos, and I sent them with my first appeal. I've been through your guidelines for reviewers again and I honestly don't understand which one I'm meant to have broken.

I'd be grateful if someone could just let me know whether my appeal is actually being looked at, and if possible who is dealing with it. I'm happy for you to reply to my solicitor, as she asked, but I would also like a short note myself so that I know it hasn't been lost.

Many thanks,
Fiona McAllister
""",
    kind="consumer_appeal", sender_name="Fiona McAllister", sender_email="fiona.mcallister@btinternet.com",
    our_reference="CI-2026-0495", legal_bases=["platform_guidelines"], case="CI-2026-0495")

# ---------------------------------------------------------------- v43  fr CNIL
doc("v43", "pdf", "fr", "2026-11-27", """
COMMISSION NATIONALE DE L'INFORMATIQUE ET DES LIBERTÉS
3, place de Fontenoy – TSA 80715 – 75334 Paris Cedex 07
Tél. : 01 53 73 22 22 – www.cnil.fr

Direction de la protection des droits et des sanctions
Service de l'exercice des droits et des plaintes

Paris, le 25 novembre 2026

N/Réf. : PLT-26-018244
Dossier suivi par : Marion Lefebvre, juriste
Tél. : 01 53 73 28 64

Trustpilot A/S
À l'attention du délégué à la protection des données
Pilestræde 58
1112 Copenhague K
Danemark

Objet : Plainte de M. Thibault Garnier – droit d'accès

Madame, Monsieur,

La Commission nationale de l'informatique et des libertés a été saisie, le 4 novembre 2026, d'une plainte de M. Thibault Garnier, domicilié à Montpellier, utilisateur de votre service.

Le plaignant indique avoir exercé auprès de votre société, le 2 septembre 2026, son droit d'accès en application de l'article 15 du règlement général sur la protection des données (RGPD), afin d'obtenir la communication des données le concernant, et notamment des informations que vous auriez transmises à une entreprise qu'il avait évaluée sur votre site après que celle-ci a contesté son avis. Il précise n'avoir reçu, à ce jour, qu'un accusé de réception automatique.

Votre société ayant son établissement principal au Danemark, la présente plainte sera, le cas échéant, traitée en coopération avec l'autorité danoise de protection des données, conformément à l'article 56 du RGPD. Dans l'immédiat, et afin de favoriser un règlement rapide, je vous invite à :

1. répondre à la demande du plaignant, dont vous trouverez copie ci-jointe ;
2. m'indiquer les raisons pour lesquelles cette demande n'a pas été traitée dans le délai prévu à l'article 12, paragraphe 3, du RGPD ;
3. me préciser les mesures prises pour éviter que cette situation se reproduise.

Je vous remercie de bien vouloir m'apporter ces éléments dans un délai d'un mois à compter de la réception du présent courrier, en rappelant la référence indiquée ci-dessus.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Marion Lefebvre
Juriste
Service de l'exercice des droits et des plaintes

P.J. : copie de la demande du plaignant du 2 septembre 2026
""",
    kind="regulator", sender_name="Marion Lefebvre",
    sender_organisation="Commission nationale de l'informatique et des libertés",
    their_reference="PLT-26-018244",
    deadline="2026-12-27",
    deadline_basis="dans un délai d'un mois à compter de la réception du présent courrier",
    legal_bases=["data_protection"], case="new:cnil-garnier")

# ---------------------------------------------------------------- v44  da internal escalation
doc("v44", "eml", "da", "2026-11-27", """
Hej Legal

Jeg vil gerne eskalere en sag på vegne af vores kunde Limfjordens Bådudlejning ApS i Nykøbing Mors. De har haft et Standard-abonnement hos os siden 2024.

Indehaveren, Peter Bach, ringede til mig i går og var meget ked af det. Den 21. november er der kommet en anmeldelse på deres side, som nævner hans 17-årige søn ved navn. Det er denne her:

https://dk.trustpilot.com/reviews/3f74d001293da5e22314fc2c

Der står bl.a.: ”Ejerens søn Mathias sejlede fuld rundt i havnen og ramte vores båd uden at sige undskyld.”

Ifølge Peter er det ikke sandt. Sønnen arbejder kun i udlejningen i weekenderne om sommeren og var ikke på arbejde den dag, anmeldelsen handler om. Men det, han er mest ked af, er at hans mindreårige søn bliver hængt ud med fuldt fornavn og en beskyldning om at sejle beruset. Han mener, det er i strid med GDPR at offentliggøre det om en mindreårig, og han har anmeldt anmeldelsen via Business-portalen, men fik afslag.

Jeg er ikke jurist, men jeg tror, det strider mod vores retningslinjer om personoplysninger, og i hvert fald når det drejer sig om et barn.

Kan I vende tilbage til mig senest torsdag den 3. december kl. 16? Så kan jeg give Peter besked inden weekenden, hvor han har lovet sin søn et svar.

Tak for hjælpen!

Venlig hilsen

Sara Winther
Account Executive, SMB Danmark
Trustpilot
sawi@trustpilot.com
""",
    email={"from_name": "Sara Winther", "from_addr": "sawi@trustpilot.com",
           "subject": "Eskalering: Limfjordens Bådudlejning - anmeldelse nævner mindreårig",
           "message_id": "<CASW-limfjord-20261127@trustpilot.com>",
           "date": "2026-11-27T13:45:00+01:00"},
    kind="internal_escalation", sender_name="Sara Winther", sender_organisation="Trustpilot",
    sender_email="sawi@trustpilot.com", represented_party="Limfjordens Bådudlejning ApS",
    cited_urls=["https://dk.trustpilot.com/reviews/3f74d001293da5e22314fc2c"],
    cited_review_ids=["3f74d001293da5e22314fc2c"],
    quoted_statements=["Ejerens søn Mathias sejlede fuld rundt i havnen og ramte vores båd uden at sige undskyld."],
    deadline="2026-12-03", deadline_basis="senest torsdag den 3. december kl. 16",
    legal_bases=["data_protection", "platform_guidelines"], case="new:limfjord")
