from common import doc

# ---------------------------------------------------------------- v12  en K9 Brennan cover email (+ v13)
doc("v12", "eml", "en", "2026-11-11", """
Dear Sir or Madam,

Your ref: CI-2026-0510
Our ref: CB/FUR/26-118

We refer to previous correspondence in this matter and to the hearing before Ms Justice Geraghty on 6 November 2026, at which Trustpilot A/S was not represented.

We attach a copy of the perfected Order made on that date. In accordance with paragraph 4 of the Order, which permits service by email to this address, we hereby serve the Order on Trustpilot A/S. A copy is also being sent to your Copenhagen office by registered post.

As you will see, the Order requires Trustpilot to disclose to this office the identifying information held in respect of the author of the review published at https://ie.trustpilot.com/reviews/fd1209554abe4b9fe6ccdd3d, within the period stated in the Order, and to preserve that information in the meantime. Our client requires that information in order to bring defamation proceedings against the author, which will issue as soon as the author has been identified.

We would ask that you confirm by close of business on Wednesday 18 November 2026 that Trustpilot will comply with the Order and that the account data and the review itself have been preserved. If there is any practical difficulty with the categories of data listed in paragraph 1, please let us know as early as possible so that it can be raised with the Court at the mention on 15 December 2026 rather than later.

For the avoidance of doubt, the costs of the application have been reserved and our client's position in that regard is reserved.

Yours faithfully,

Ciarán Brennan
Partner
Brennan Tierney Solicitors LLP
Harcourt Chambers, 62 Harcourt Street, Dublin 2, D02 KX47
T +353 1 678 2210
cbrennan@brennantierney.ie

This email and any attachments are confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it.
""",
    email={"from_name": "Ciarán Brennan", "from_addr": "cbrennan@brennantierney.ie",
           "cc": ["litigation@brennantierney.ie"],
           "subject": "Furlong Plumbing & Heating Ltd v Trustpilot A/S - Record No. 2026/4471 P - service of Order",
           "message_id": "<BT.20261111.104412.cbrennan@brennantierney.ie>",
           "date": "2026-11-11T10:44:00+00:00", "attachments": ["v13"]},
    kind="legal_demand", sender_name="Ciarán Brennan", sender_organisation="Brennan Tierney Solicitors LLP",
    sender_email="cbrennan@brennantierney.ie", represented_party="Furlong Plumbing & Heating Ltd",
    their_reference="CB/FUR/26-118", our_reference="CI-2026-0510",
    cited_urls=["https://ie.trustpilot.com/reviews/fd1209554abe4b9fe6ccdd3d"],
    cited_review_ids=["fd1209554abe4b9fe6ccdd3d"],
    deadline="2026-11-18", deadline_basis="by close of business on Wednesday 18 November 2026",
    legal_bases=["court_order", "defamation"], case="CI-2026-0510")

# ---------------------------------------------------------------- v13  Irish High Court order (attachment)
doc("v13", "pdf", "en", "2026-11-11", """
THE HIGH COURT

Record No. 2026/4471 P

BETWEEN

FURLONG PLUMBING & HEATING LIMITED
Plaintiff / Applicant

AND

TRUSTPILOT A/S
Defendant / Respondent

ORDER

Friday the 6th day of November 2026

Before Ms Justice Geraghty

Upon motion of Counsel for the Applicant pursuant to the Notice of Motion dated the 14th day of October 2026, and upon reading the said Notice of Motion, the affidavit of Declan Furlong sworn the 13th day of October 2026 and the exhibits therein referred to, and the affidavit of service of Siobhán Tierney sworn the 3rd day of November 2026,

And the Respondent not appearing, although duly served,

And upon hearing what was offered by Counsel for the Applicant,

IT IS ORDERED that:

1. The Respondent do within 14 days of the service of this Order upon it disclose to the solicitors for the Applicant the name, email address, telephone number (if any) and the IP addresses recorded at the time of registration and at the time of posting, held by the Respondent in respect of the user account which published the review at https://ie.trustpilot.com/reviews/fd1209554abe4b9fe6ccdd3d under the display name "J. Byrne", which review contains the words "Furlong's lads flooded my kitchen and then lied to the insurer about it."

2. The Respondent do preserve all information referred to at paragraph 1 pending compliance with this Order and until further order.

3. The information disclosed pursuant to paragraph 1 be used by the Applicant solely for the purpose of identifying the author of the said review and of any proceedings against that person.

4. Service of this Order on the Respondent by email addressed to legal@trustpilot.com be deemed good service.

5. The costs of the application be reserved.

6. Liberty to apply. The matter to be listed for mention on the 15th day of December 2026.

BY ORDER

Aoife Dunne
Registrar

Perfected the 10th day of November 2026

Solicitors for the Applicant: Brennan Tierney Solicitors LLP, Harcourt Chambers, 62 Harcourt Street, Dublin 2
""",
    kind="court_order", sender_name="Aoife Dunne", sender_organisation="The High Court",
    represented_party="Furlong Plumbing & Heating Limited", their_reference="2026/4471 P",
    cited_urls=["https://ie.trustpilot.com/reviews/fd1209554abe4b9fe6ccdd3d"],
    cited_review_ids=["fd1209554abe4b9fe6ccdd3d"],
    quoted_statements=["Furlong's lads flooded my kitchen and then lied to the insurer about it."],
    deadline="2026-11-25", deadline_basis="within 14 days of the service of this Order upon it",
    legal_bases=["court_order"], case="CI-2026-0510")

# ---------------------------------------------------------------- v14  en K7 solicitor for reviewer
doc("v14", "docx", "en", "2026-11-12", """
CRANE & LYLE SOLICITORS
14 Orchard Street, Bristol BS1 5EH
Tel 0117 496 2281 | enquiries@cranelyle.co.uk | www.cranelyle.co.uk

Our ref: RJL/MCA0047/1
Your ref:

10 November 2026

Trustpilot Ltd
Legal Team
By email only: legal@trustpilot.com

Dear Sir or Madam

Our client: Ms Fiona McAllister
Removal of our client's review of Larchmont Holiday Parks Ltd

We have been instructed by Ms McAllister in connection with your decision to remove the review she posted on your platform on 24 September 2026 about her stay at Larchmont's Wyebank site in August 2026. We understand that our client has already appealed to you directly and has received no substantive reply.

Our client's review described, accurately, a static caravan with visible black mould in both bedrooms, a broken shower, and a site manager who declined to move the family to another unit. We have seen her booking confirmation, the photographs she took on arrival on 15 August 2026, and her email exchanges with the site manager. Each point in the review is supported by that material.

We understand that Larchmont reported the review on the basis that it contained false allegations, and that you removed it on 21 October 2026 without asking our client for any evidence. Nothing in the review breaches your guidelines for reviewers: it is a first-hand account of a genuine stay, expressed in moderate terms.

Our client is concerned that the removal of accurate negative reviews at a business's request gives consumers a misleading picture. The Digital Markets, Competition and Consumers Act 2024 treats the publication of consumer reviews in a misleading way, including by suppressing negative reviews, as a banned practice, and we would expect a review platform to take particular care in this respect.

We therefore ask that you:

1. reinstate our client's review;
2. explain in writing the reasons for its removal; and
3. let us have a copy of any material Larchmont provided in support of its report, or a summary of it.

Please let us have your substantive response within 14 days of the date of this letter. Please direct all further correspondence on this matter to us rather than to our client.

Yours faithfully

Rhiannon Lyle LLB (Hons)
Solicitor
Crane & Lyle Solicitors
r.lyle@cranelyle.co.uk
""",
    kind="consumer_appeal", sender_name="Rhiannon Lyle", sender_organisation="Crane & Lyle Solicitors",
    sender_email="r.lyle@cranelyle.co.uk", represented_party="Fiona McAllister",
    their_reference="RJL/MCA0047/1",
    deadline="2026-11-24", deadline_basis="within 14 days of the date of this letter",
    legal_bases=["platform_guidelines", "consumer_law"], case="CI-2026-0495")

# ---------------------------------------------------------------- v15  en Australian concerns notice
doc("v15", "pdf", "en", "2026-11-12", """
WHITLAM CARTER LAWYERS
Level 14, 60 Margaret Street, Sydney NSW 2000
T +61 2 8072 4410 | www.whitlamcarter.com.au
ABN 61 482 990 317

Our ref: JS/4471 KB
Partner responsible: Josephine Sato

12 November 2026

By email: legal@trustpilot.com

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

CONCERNS NOTICE – DEFAMATION ACT 2005 (NSW), SECTION 12A

Our client: Harbourline Removals Pty Ltd trading as Harbourline Movers

Dear Sir or Madam

We act for Harbourline Removals Pty Ltd, which trades as Harbourline Movers from premises in Alexandria, New South Wales. Our client employs seven people and is not an excluded corporation within the meaning of section 9 of the Act.

This letter is a concerns notice for the purposes of section 12A of the Defamation Act 2005 (NSW).

The matter complained of

The review published on your website at https://au.trustpilot.com/reviews/d6b6b74dc46e109984f56f31 under the name "Trent D." on or about 2 November 2026, which includes the following statements:

"Harbourline held my furniture hostage until I paid an extra $1,800 in cash."

"These guys are thieves with a truck."

Imputations

The review carries the following imputations, each of which is defamatory of our client and false:
(a) our client extorts money from its customers by withholding their belongings;
(b) our client demands undeclared cash payments; and
(c) our client is a thief.

Serious harm

Our client is a small business that relies almost entirely on online reviews and referrals. Since the review was published its weekly enquiries have fallen by around a third, and two confirmed bookings have been cancelled with express reference to the review.

What we ask

We request that you remove the review and confirm in writing that you have done so by 5.00pm (AEDT) on Thursday, 26 November 2026.

Our client reserves its right to commence proceedings once the applicable period under section 12B of the Act has elapsed, being 28 days after this notice is given. Nothing in this letter is an admission, and all of our client's rights are reserved.

Yours faithfully

Kieran Bell BA LLB (Hons)
Senior Associate
Whitlam Carter Lawyers
kbell@whitlamcarter.com.au
""",
    kind="legal_demand", sender_name="Kieran Bell", sender_organisation="Whitlam Carter Lawyers",
    sender_email="kbell@whitlamcarter.com.au", represented_party="Harbourline Removals Pty Ltd",
    their_reference="JS/4471 KB",
    cited_urls=["https://au.trustpilot.com/reviews/d6b6b74dc46e109984f56f31"],
    cited_review_ids=["d6b6b74dc46e109984f56f31"],
    quoted_statements=["Harbourline held my furniture hostage until I paid an extra $1,800 in cash.",
                       "These guys are thieves with a truck."],
    deadline="2026-11-26", deadline_basis="by 5.00pm (AEDT) on Thursday, 26 November 2026",
    legal_bases=["defamation"], case="new:harbourline")

# ---------------------------------------------------------------- v16  fr legal demand (Ostréa)
doc("v16", "pdf", "fr", "2026-11-12", """
SELARL DUVAL ROCHER AVOCATS
Avocats au Barreau de Bordeaux
42, cours de Verdun – 33000 Bordeaux
Tél. : 05 56 44 18 90 – contact@duvalrocher-avocats.fr

Bordeaux, le 10 novembre 2026

N/Réf. : 26.0419/ER/cm
Dossier suivi par Me Étienne Rocher
e.rocher@duvalrocher-avocats.fr

Trustpilot A/S
À l'attention du service juridique
Pilestræde 58
1112 Copenhague K
Danemark

Par courriel (legal@trustpilot.com) et LRAR

Objet : Mise en demeure – avis publié sur la page « La Cabane d'Arcachon »

Madame, Monsieur,

Je vous informe que j'interviens en qualité de conseil de la société Ostréa SARL, qui exploite à Arcachon le restaurant à l'enseigne « La Cabane d'Arcachon ».

Ma cliente a découvert sur votre site l'avis publié à l'adresse https://fr.trustpilot.com/reviews/e9cf2cf88046dcd80e27d50c, signé « Gourmet33 », qui comporte notamment les passages suivants :

« Les huîtres étaient avariées et toute la table a fini aux urgences. »

« Le chef réchauffe des plats surgelés et les fait passer pour du fait maison. »

Ces affirmations sont mensongères. Le repas évoqué aurait eu lieu le 25 octobre 2026 ; or le restaurant était fermé ce jour-là pour congés annuels, ainsi qu'en attestent l'affichage et les relevés de caisse. Aucun signalement d'intoxication n'a été transmis à ma cliente ni à l'Agence régionale de santé. Enfin, l'établissement ne sert aucun produit surgelé, ce que confirment ses factures fournisseurs.

Imputant à ma cliente la mise en danger de la santé de ses clients et une tromperie sur la nature des produits servis, ces propos portent atteinte à son honneur et à sa considération et caractérisent une diffamation au sens de l'article 29 de la loi du 29 juillet 1881.

Le présent courrier vaut notification au sens de l'article 6 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique.

En conséquence, je vous mets en demeure de retirer cet avis dans un délai de dix jours à compter de la date de la présente. À défaut, je saisirai le président du tribunal judiciaire de Bordeaux statuant en référé afin d'obtenir le retrait sous astreinte et la communication des données d'identification de son auteur.

Je vous prie de croire, Madame, Monsieur, à l'assurance de mes sentiments distingués.

Étienne Rocher
Avocat associé
""",
    kind="legal_demand", sender_name="Étienne Rocher", sender_organisation="SELARL Duval Rocher Avocats",
    sender_email="e.rocher@duvalrocher-avocats.fr", represented_party="Ostréa SARL",
    their_reference="26.0419/ER/cm",
    cited_urls=["https://fr.trustpilot.com/reviews/e9cf2cf88046dcd80e27d50c"],
    cited_review_ids=["e9cf2cf88046dcd80e27d50c"],
    quoted_statements=["Les huîtres étaient avariées et toute la table a fini aux urgences.",
                       "Le chef réchauffe des plats surgelés et les fait passer pour du fait maison."],
    deadline="2026-11-20", deadline_basis="dans un délai de dix jours à compter de la date de la présente",
    legal_bases=["defamation"], case="new:ostrea")

# ---------------------------------------------------------------- v17  de KommAustria regulator from abroad
doc("v17", "pdf", "de", "2026-11-13", """
KommAustria
Kommunikationsbehörde Austria
Mariahilfer Straße 77–79, 1060 Wien
Tel.: +43 1 58058-0 · www.rtr.at/medien

Geschäftszahl: KOA 16.300/26-142
Sachbearbeiterin: Mag. Johanna Pichler
Tel.: +43 1 58058-417
E-Mail: johanna.pichler@rtr.at

Trustpilot A/S
z. H. Rechtsabteilung
Pilestræde 58
1112 Kopenhagen K
Dänemark

per E-Mail: legal@trustpilot.com

Wien, 11. November 2026

Beschwerde gemäß Art. 53 der Verordnung (EU) 2022/2065 – Hotel Alpenblick Gröbming GmbH
Ersuchen um Stellungnahme

Sehr geehrte Damen und Herren,

die KommAustria ist gemäß § 2 KDD-G der Koordinator für digitale Dienste in Österreich. Am 29. Oktober 2026 ist bei der KommAustria eine Beschwerde der Hotel Alpenblick Gröbming GmbH, Gröbming (Steiermark), eingelangt.

Die Beschwerdeführerin bringt im Wesentlichen vor, sie habe über das Meldeverfahren Ihres Dienstes am 2. und am 9. September 2026 die Bewertung https://at.trustpilot.com/reviews/ff1d43d156bf7e3f792931d9 auf ihrer Unternehmensseite https://at.trustpilot.com/review/hotel-alpenblick-groebming.at als rechtswidrig gemeldet. Sie habe weder eine Eingangsbestätigung nach Art. 16 Abs. 4 noch eine Begründung nach Art. 17 DSA erhalten. Die Bewertung ist nach wie vor abrufbar.

Da die Trustpilot A/S ihre Niederlassung in Dänemark hat, beabsichtigt die KommAustria, die Beschwerde gemäß Art. 53 DSA an den zuständigen dänischen Koordinator für digitale Dienste weiterzuleiten. Um den Sachverhalt vollständig darstellen zu können, ersuchen wir Sie vorab um Mitteilung,

1. ob und wann die genannten Meldungen bei Ihnen eingegangen sind,
2. welche Entscheidung Sie dazu getroffen haben und ob diese der Beschwerdeführerin mitgeteilt wurde, sowie
3. ob Sie die Meldungen zwischenzeitlich bearbeitet haben.

Sie werden ersucht, binnen zwei Wochen ab Zustellung dieses Schreibens eine Stellungnahme abzugeben. Die Stellungnahme kann auch in englischer Sprache erfolgen.

Wir weisen darauf hin, dass eine Äußerung freiwillig ist. Langt innerhalb der genannten Frist keine Stellungnahme ein, wird die Beschwerde auf Grundlage des Vorbringens der Beschwerdeführerin weitergeleitet.

Mit freundlichen Grüßen

Für die KommAustria

Mag. Johanna Pichler
""",
    kind="regulator", sender_name="Johanna Pichler", sender_organisation="Kommunikationsbehörde Austria",
    sender_email="johanna.pichler@rtr.at", their_reference="KOA 16.300/26-142",
    cited_urls=["https://at.trustpilot.com/reviews/ff1d43d156bf7e3f792931d9",
                "https://at.trustpilot.com/review/hotel-alpenblick-groebming.at"],
    cited_review_ids=["ff1d43d156bf7e3f792931d9"],
    deadline="2026-11-27", deadline_basis="binnen zwei Wochen ab Zustellung dieses Schreibens",
    legal_bases=["dsa"], case="new:kommaustria")

# ---------------------------------------------------------------- v18  en consumer appeal (html)
doc("v18", "eml", "en", "2026-11-13", """
Hello,

I'm writing because my review of Oakridge Car Sales in Cardiff has been taken down and I really don't understand why.

This is the review: https://uk.trustpilot.com/reviews/f8cbb6c04fada534f749b6ce

I bought a 2019 Ford Fiesta from them in August. Within three weeks the clutch went and they refused to look at it even though it was still under their 90-day warranty. That is what I wrote. I didn't swear or name anybody, I just said what happened.

On 11 November I got an email from you saying the business had reported my review and asking me to send documentation within two days. I sent a photo of the sales invoice and the warranty booklet that same evening. Then the next day I got another email saying the review had been removed because I "could not provide documentation". I did provide it! I still have the sent email if you want me to forward it.

I've read your guidelines and I can't see which one I'm supposed to have broken. I was a real customer and it was a real experience. It feels like the garage can just get rid of any bad review by reporting it, which is the opposite of what I thought Trustpilot was for.

Please can someone look at this again and put my review back up. If you need anything else from me, like the bank statement showing the payment, just tell me and I'll send it.

Thanks,
Gwen Hughes
""",
    email={"from_name": "Gwen Hughes", "from_addr": "gwenhughes.cardiff@gmail.com",
           "subject": "My review has been removed - please can you put it back",
           "message_id": "<CAGh7uQ9x4kP-2vLm@mail.gmail.com>",
           "date": "2026-11-13T19:37:00+00:00", "html_only": True},
    kind="consumer_appeal", sender_name="Gwen Hughes", sender_email="gwenhughes.cardiff@gmail.com",
    cited_urls=["https://uk.trustpilot.com/reviews/f8cbb6c04fada534f749b6ce"],
    cited_review_ids=["f8cbb6c04fada534f749b6ce"],
    legal_bases=["platform_guidelines"], case="new:hughes")
