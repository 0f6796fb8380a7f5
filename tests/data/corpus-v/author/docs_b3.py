from common import doc

# ---------------------------------------------------------------- v34  US attorney cover (legal_demand) + v35 order
doc("v34", "eml", "en", "2026-11-23", """
Dear Trustpilot Legal Department:

This firm represents Plaintiff Pinecrest Dental Partners, PLLC in the above-captioned action, pending in the United States District Court for the Southern District of New York.

Attached please find the Court's Order Granting Plaintiff's Ex Parte Motion for Expedited Discovery, entered on November 18, 2026 (ECF No. 9). The Order is directed to Trustpilot and concerns the anonymous review posted on September 30, 2026 at https://www.trustpilot.com/reviews/dd4a316f0743b03ad2127a51, which is the subject of Plaintiff's claims for defamation per se and tortious interference with business relations against the Doe defendant.

We are serving the Order on you today by email and by overnight courier to Trustpilot, Inc., 50 West 23rd Street, New York. Under paragraph 2 of the Order, Trustpilot is to produce the identifying information described there within fourteen days of service. Accordingly, we ask that Trustpilot produce the responsive information no later than December 7, 2026.

Paragraph 3 of the Order requires Trustpilot to notify the account holder promptly. We would be grateful if you would confirm to us when that notice has been given so that we can track the time the account holder has to respond.

We are of course happy to discuss any practical or technical issues, including the format of the production. We would also ask that Trustpilot preserve the review and all associated account data pending resolution of this matter.

Very truly yours,

Alicia M. Drummond
Drummond Feld LLP
345 Park Avenue South, 12th Floor
New York, NY 10010
(646) 555-0142
adrummond@drummondfeld.com

CONFIDENTIALITY NOTICE: This message may contain privileged attorney-client communications or attorney work product. If you are not the intended recipient, please delete it and notify the sender.
""",
    email={"from_name": "Alicia M. Drummond", "from_addr": "adrummond@drummondfeld.com",
           "subject": "Pinecrest Dental Partners, PLLC v. Doe, No. 1:26-cv-07719 (S.D.N.Y.) - Service of Order",
           "message_id": "<DF-PDP-20261123-1520@drummondfeld.com>",
           "date": "2026-11-23T15:20:00-05:00", "attachments": ["v35"]},
    kind="legal_demand", sender_name="Alicia M. Drummond", sender_organisation="Drummond Feld LLP",
    sender_email="adrummond@drummondfeld.com", represented_party="Pinecrest Dental Partners, PLLC",
    their_reference="1:26-cv-07719",
    cited_urls=["https://www.trustpilot.com/reviews/dd4a316f0743b03ad2127a51"],
    cited_review_ids=["dd4a316f0743b03ad2127a51"],
    deadline="2026-12-07", deadline_basis="no later than December 7, 2026",
    legal_bases=["court_order", "defamation"], case="new:pinecrest")

doc("v35", "pdf", "en", "2026-11-23", """
UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK

PINECREST DENTAL PARTNERS, PLLC,
Plaintiff,

-against-

JOHN DOE,
Defendant.

Case No. 1:26-cv-07719 (RTC)

ORDER GRANTING PLAINTIFF'S EX PARTE MOTION FOR EXPEDITED DISCOVERY

RAYMOND T. CASTELLANO, United States District Judge:

Plaintiff Pinecrest Dental Partners, PLLC moves ex parte for leave to obtain discovery, before the conference required by Federal Rule of Civil Procedure 26(f), from non-party Trustpilot, Inc. and its affiliates ("Trustpilot") for the purpose of identifying the Doe defendant, who is alleged to have authored the review published at https://www.trustpilot.com/reviews/dd4a316f0743b03ad2127a51.

Having considered the motion, the declaration of Dr. Helen Marchetti dated November 4, 2026 and the memorandum of law, the Court finds that Plaintiff has made a prima facie showing of its claims, that the discovery sought is specific and limited, that there is no alternative means of obtaining it, and that the information is central to Plaintiff's ability to proceed. Good cause exists for expedited discovery.

Accordingly, it is hereby ORDERED that:

1. The motion is GRANTED.

2. Trustpilot shall, within fourteen (14) days of service of this Order, produce to Plaintiff's counsel the name, email address, telephone number, and IP address logs associated with the account that posted the review identified above.

3. Trustpilot shall promptly notify the account holder of this Order, sending a copy of it to the email address associated with the account. The account holder may move to quash or modify within thirty (30) days of such notice, in which case Trustpilot shall not produce the information until the motion is resolved.

4. Plaintiff shall use any information disclosed solely for the purpose of protecting its rights as set forth in the Complaint.

5. Plaintiff shall serve a copy of this Order on Trustpilot together with any subpoena issued pursuant to it.

SO ORDERED.

Dated: New York, New York
November 18, 2026

Raymond T. Castellano
United States District Judge
""",
    kind="court_order", sender_name="Raymond T. Castellano",
    sender_organisation="United States District Court for the Southern District of New York",
    represented_party="Pinecrest Dental Partners, PLLC", their_reference="1:26-cv-07719",
    cited_urls=["https://www.trustpilot.com/reviews/dd4a316f0743b03ad2127a51"],
    cited_review_ids=["dd4a316f0743b03ad2127a51"],
    deadline="2026-12-07", deadline_basis="within fourteen (14) days of service of this Order",
    legal_bases=["court_order"], case="new:pinecrest")

# ---------------------------------------------------------------- v36  en Queensland Police request form
doc("v36", "eml", "en", "2026-11-24", """
QUEENSLAND POLICE SERVICE
State Crime Command – Cybercrime Unit
200 Roma Street, Brisbane QLD 4000

REQUEST FOR INFORMATION – OVERSEAS SERVICE PROVIDER

QPS reference: QP2601938471
Date of request: 24/11/2026
Reply required by: 2026-12-01
Priority: High (threat to personal safety)

Requesting officer: Detective Senior Constable Liam Fraser
Phone: +61 7 3364 8817
Email: liam.fraser@police.qld.gov.au

To: Trustpilot A/S – Law Enforcement Response

Offence under investigation:
Using a carriage service to menace, harass or cause offence (section 474.17, Criminal Code Act 1995 (Cth)); stalking (section 359E, Criminal Code 1899 (Qld)).

Content of concern:
Review published 15/11/2026 on the business page of Sunbird Swim School, Cairns:
https://au.trustpilot.com/reviews/46cbe8c8c4dee7679539db23

The review contains the statement: "The instructor Bec should be drowned in her own pool, and I know which car is hers."

The victim, a swimming instructor at the school, has received further messages through other channels since the review was posted and has reported that her vehicle was damaged on 20/11/2026.

Information requested (account that posted the review):
1. Registered name and email address.
2. Any telephone number or linked social media login.
3. IP addresses and timestamps (with time zone) for account creation, log-ins and posting of the review.
4. Any other reviews posted by the same account.

Basis of request:
This request is made for the purposes of a criminal investigation. QPS acknowledges that Trustpilot is not located in Australia and requests voluntary disclosure in accordance with your law enforcement guidelines. If formal mutual assistance is required, please advise and we will proceed through the Attorney-General's Department.

Please also preserve all data associated with the account pending any formal request. Please do not notify the account holder.

Approved by: Detective Sergeant Kate O'Rourke, Officer in Charge

Regards,
Liam Fraser
Detective Senior Constable
Cybercrime Unit, Queensland Police Service
""",
    email={"from_name": "QPS Cybercrime Requests", "from_addr": "cyber.requests@police.qld.gov.au",
           "subject": "Request for information - QP2601938471 - Trustpilot review threat",
           "message_id": "<QP2601938471.20261124T0830@police.qld.gov.au>",
           "date": "2026-11-24T18:30:00+10:00"},
    kind="law_enforcement", sender_name="Liam Fraser", sender_organisation="Queensland Police Service",
    sender_email="liam.fraser@police.qld.gov.au", their_reference="QP2601938471",
    cited_urls=["https://au.trustpilot.com/reviews/46cbe8c8c4dee7679539db23"],
    cited_review_ids=["46cbe8c8c4dee7679539db23"],
    quoted_statements=["The instructor Bec should be drowned in her own pool, and I know which car is hers."],
    deadline="2026-12-01", deadline_basis="Reply required by: 2026-12-01",
    legal_bases=["criminal"], case="new:qps")

# ---------------------------------------------------------------- v37  fr scan Tribunal judiciaire de Paris ordonnance
doc("v37", "scan", "fr", "2026-11-24", """
TRIBUNAL JUDICIAIRE DE PARIS

ORDONNANCE DE RÉFÉRÉ
rendue le 17 novembre 2026

N° RG 26/58214 – N° Portalis 352J-W-B7K-C4RT2

DEMANDERESSE

SAS CLINIQUE VÉTÉRINAIRE DES TILLEULS
12, rue des Tilleuls – 92100 Boulogne-Billancourt
représentée par Maître Sabine Arnoult, avocate au barreau de Paris

DÉFENDERESSE

TRUSTPILOT A/S
Pilestræde 58 – 1112 Copenhague K – Danemark
non comparante

DÉBATS

À l'audience publique du 10 novembre 2026, tenue par Hélène Castagné, vice-présidente, assistée de Julie Mercier, greffière.

EXPOSÉ DU LITIGE

La demanderesse expose qu'un avis publié le 30 septembre 2026 à l'adresse https://fr.trustpilot.com/reviews/767b625d7e056fc89b2ef5be contient la phrase suivante : « Ils ont laissé mourir mon chat pour pouvoir facturer une nuit d'hospitalisation de plus. » Elle soutient que cette allégation est dépourvue de tout fondement et sollicite le retrait de l'avis ainsi que la communication des données d'identification de son auteur.

Bien que régulièrement assignée, la défenderesse n'a pas comparu.

MOTIFS

Il résulte des pièces produites, et notamment du dossier médical de l'animal, que l'allégation litigieuse est contredite par les éléments versés aux débats. Son maintien en ligne constitue un trouble manifestement illicite qu'il convient de faire cesser.

PAR CES MOTIFS

Statuant publiquement, par ordonnance réputée contradictoire et en premier ressort,

Ordonnons à la société Trustpilot A/S de supprimer l'avis publié à l'adresse susvisée dans un délai de huit jours à compter de la signification de la présente ordonnance, sous astreinte de 200 euros par jour de retard pendant trois mois ;

Ordonnons à la société Trustpilot A/S de communiquer à la demanderesse, dans le même délai, les données de nature à permettre l'identification de l'auteur de cet avis ;

Condamnons la société Trustpilot A/S aux dépens ;

Rappelons que la présente ordonnance est exécutoire à titre provisoire.

Fait à Paris, le 17 novembre 2026

La greffière                    La vice-présidente
Julie Mercier                   Hélène Castagné
""",
    kind="court_order", sender_name="Hélène Castagné", sender_organisation="Tribunal judiciaire de Paris",
    represented_party="Clinique Vétérinaire des Tilleuls SAS", their_reference="26/58214",
    cited_urls=["https://fr.trustpilot.com/reviews/767b625d7e056fc89b2ef5be"],
    cited_review_ids=["767b625d7e056fc89b2ef5be"],
    quoted_statements=["Ils ont laissé mourir mon chat pour pouvoir facturer une nuit d'hospitalisation de plus."],
    deadline="2026-12-02",
    deadline_basis="dans un délai de huit jours à compter de la signification de la présente ordonnance",
    legal_bases=["court_order"], case="new:tilleuls")
