from common import doc

# ---------------------------------------------------------------- v19  da scan K4 Holm & Brix follow-up
doc("v19", "scan", "da", "2026-11-16", """
ADVOKATFIRMAET HOLM & BRIX
Advokatpartnerselskab
Åboulevarden 37, 8000 Aarhus C
Tlf. 86 12 44 70 · mail@holmbrix.dk · CVR 38471190

Trustpilot A/S
Att.: Juridisk afdeling
Pilestræde 58
1112 København K

Aarhus, den 13. november 2026

Vores ref.: 22871/MB
Deres ref.:

Vedr.: Nordlys Elektrik ApS – anmeldelse på dk.trustpilot.com

Vi henviser til vores brev af 12. oktober 2026, hvori vi på vegne af vores klient, Nordlys Elektrik ApS, Aarhus, anmodede om, at anmeldelsen https://dk.trustpilot.com/reviews/ec1ba49d9fdbdfee118c220f blev fjernet.

Vi har alene modtaget en automatisk kvittering for modtagelsen af brevet og har siden ikke hørt fra jer. Anmeldelsen er fortsat offentligt tilgængelig.

Som anført i vores brev indeholder anmeldelsen blandt andet følgende udsagn:

”De har lavet ulovlige installationer i hele huset, og elinstallatøren har ikke engang autorisation.”

Udsagnet er faktuelt forkert. Vores klient er autoriseret elinstallatørvirksomhed, og den ansvarlige installatør har haft autorisation siden 2011, hvilket fremgår af Sikkerhedsstyrelsens register. Arbejdet i den pågældende ejendom blev udført den 3. september 2026 og er efterfølgende gennemgået og godkendt uden bemærkninger. Vi vedlagde dokumentation herfor i vores første brev.

En påstand om, at en elinstallatør udfører ulovlige installationer uden autorisation, er egnet til at nedsætte vores klient i omverdenens agtelse og er ærekrænkende. Anmeldelsen har allerede medført, at en større boligforening har sat et igangværende udbud i bero.

På den baggrund skal vi igen anmode jer om at fjerne anmeldelsen. Vi fastsætter hermed en endelig tidsfrist til fredag den 27. november 2026 kl. 12.00.

Såfremt anmeldelsen ikke er fjernet inden fristens udløb, har vi instruks om at indlede retslige skridt uden yderligere varsel, herunder med krav om erstatning og dækning af sagsomkostninger.

Med venlig hilsen

Mette Brix
Advokat (H), partner
Direkte: 86 12 44 73
mb@holmbrix.dk
""",
    kind="legal_demand", sender_name="Mette Brix", sender_organisation="Advokatfirmaet Holm & Brix",
    sender_email="mb@holmbrix.dk", represented_party="Nordlys Elektrik ApS", their_reference="22871/MB",
    cited_urls=["https://dk.trustpilot.com/reviews/ec1ba49d9fdbdfee118c220f"],
    cited_review_ids=["ec1ba49d9fdbdfee118c220f"],
    quoted_statements=["De har lavet ulovlige installationer i hele huset, og elinstallatøren har ikke engang autorisation."],
    deadline="2026-11-27", deadline_basis="en endelig tidsfrist til fredag den 27. november 2026 kl. 12.00",
    legal_bases=["defamation"], case="CI-2026-0467")

# ---------------------------------------------------------------- v20  de data subject (reviewer) on K8 review
doc("v20", "eml", "de", "2026-11-16", """
Sehr geehrte Damen und Herren,

ich bin Verfasser der Bewertung https://de.trustpilot.com/reviews/66c8b99394a763e51eb1beaa zum Fitnessstudio Stellan Fitness in München-Schwabing, die ich unter dem Namen „Lukas W.“ veröffentlicht habe.

Am 9. November 2026 habe ich von Ihnen eine E-Mail erhalten, wonach meine Bewertung „aufgrund einer rechtlichen Beanstandung vorübergehend ausgeblendet“ sei. Ich gehe davon aus, dass sich das Studio bzw. dessen Anwälte an Sie gewandt haben. Ich habe meine Mitgliedschaft dort über 14 Monate bezahlt und stehe zu jedem Wort meiner Bewertung.

Ich mache hiermit mein Recht auf Auskunft nach Art. 15 DSGVO geltend und bitte um:

1. eine Kopie aller personenbezogenen Daten, die Sie über mich gespeichert haben, einschließlich der Daten zu meinem Nutzerkonto und zu meiner Bewertung;
2. die Angabe, ob und welche meiner Daten Sie an die Stellan Fitness GmbH oder an deren Rechtsanwälte weitergegeben haben, und wann dies geschehen ist (Art. 15 Abs. 1 lit. c DSGVO);
3. die Angabe, zu welchen Zwecken und auf welcher Rechtsgrundlage Sie meine Daten im Zusammenhang mit der Beanstandung verarbeiten.

Zugleich widerspreche ich gemäß Art. 21 DSGVO einer Weitergabe meines Namens, meiner E-Mail-Adresse oder anderer Kontaktdaten an das Studio oder dessen Vertreter, soweit dafür keine gesetzliche Verpflichtung besteht.

Bitte beantworten Sie meine Anfrage innerhalb eines Monats nach Eingang dieses Antrags (Art. 12 Abs. 3 DSGVO). Die Auskunft können Sie mir gerne elektronisch an diese Adresse übermitteln.

Zur Identifizierung: Mein Konto ist unter der Absenderadresse dieser E-Mail registriert.

Mit freundlichen Grüßen

Lukas Wendt
Hohenzollernstraße 61
80801 München
""",
    email={"from_name": "Lukas Wendt", "from_addr": "lukas.wendt@posteo.de",
           "subject": "Auskunftsersuchen nach Art. 15 DSGVO - meine Bewertung zu Stellan Fitness",
           "message_id": "<e3b0c442-98fc-4c14-9afb-wendt.1115@posteo.de>",
           "date": "2026-11-15T21:04:00+01:00"},
    kind="data_request", sender_name="Lukas Wendt", sender_email="lukas.wendt@posteo.de",
    cited_urls=["https://de.trustpilot.com/reviews/66c8b99394a763e51eb1beaa"],
    cited_review_ids=["66c8b99394a763e51eb1beaa"],
    deadline="2026-12-16", deadline_basis="innerhalb eines Monats nach Eingang dieses Antrags",
    legal_bases=["data_protection"], case="CI-2026-0502")

# ---------------------------------------------------------------- v21  en K12 Pembridge Hale for Velora (pp)
doc("v21", "pdf", "en", "2026-11-17", """
PEMBRIDGE HALE LLP
Solicitors
40 Gresham Street, London EC2V 7AY
T +44 20 7946 0381 | www.pembridgehale.co.uk

Our ref: VEL.0003/GW/hs
Your ref:

16 November 2026

By email: legal@trustpilot.com

Trustpilot Ltd
Legal Department

Dear Sirs

Velora Skincare Ltd – reviews published on your platform

We have been instructed by Velora Skincare Ltd in relation to a number of reviews of its products published on your platform. We understand that our client has already raised these reviews with you through its account manager and that the matter has been referred to your legal team. Please now correspond with us directly.

Our client manufactures skincare products in the United Kingdom. Its Renewal Night Serum is a cosmetic product, registered on the UK Submit Cosmetic Product Notification Portal, and its full ingredient list is published on the packaging and on our client's website. The product does not contain, and never has contained, any corticosteroid.

The reviews in question assert the opposite. One states:

"This serum is full of hidden steroids, my dermatologist confirmed it."

Another describes the product as "banned in the EU". That is also untrue.

These statements are false. They were posted within days of each other, from accounts with no other review history, shortly after a competitor launched a rival serum. Our client's view is that they were published maliciously, in the knowledge that they were false or recklessly indifferent to whether they were true. They are calculated to cause, and have caused, pecuniary damage to our client: wholesale orders from two retailers have been suspended pending clarification. Our client therefore has a claim in malicious falsehood, for which special damage need not be proved by virtue of section 3 of the Defamation Act 1952.

We should be grateful to receive your confirmation that the reviews have been removed within 7 days of receipt of this letter. We also ask you to preserve all account and log data relating to the authors.

Yours faithfully

pp
Gemma Whitfield
Partner
for Pembridge Hale LLP
g.whitfield@pembridgehale.co.uk
""",
    kind="legal_demand", sender_name="Gemma Whitfield", sender_organisation="Pembridge Hale LLP",
    sender_email="g.whitfield@pembridgehale.co.uk", represented_party="Velora Skincare Ltd",
    their_reference="VEL.0003/GW/hs",
    quoted_statements=["This serum is full of hidden steroids, my dermatologist confirmed it."],
    deadline="2026-11-24", deadline_basis="within 7 days of receipt of this letter",
    legal_bases=["malicious_falsehood"], case="CI-2026-0530")

# ---------------------------------------------------------------- v22  en DMCA notice, ref only in subject
doc("v22", "eml", "en", "2026-11-17", """
To the Designated Agent of Trustpilot:

This firm represents Quillfeather Software, Inc. ("Quillfeather"), a Delaware corporation headquartered in Austin, Texas. This is a notice of copyright infringement under the Digital Millennium Copyright Act, 17 U.S.C. § 512(c)(3).

1. Copyrighted work. Quillfeather's "Enterprise Onboarding Playbook", version 4.2 (U.S. Copyright Reg. No. TX 9-412-337), a confidential document supplied only to licensed customers under non-disclosure terms.

2. Infringing material. The following two reviews published on Quillfeather's business page reproduce verbatim substantial portions of Chapters 3 and 5 of the Playbook, including its proprietary configuration checklists:

https://www.trustpilot.com/reviews/5310f88053fc3fcdceab11b9
https://www.trustpilot.com/reviews/d49fc08fbf54a2989d5e52e2

The reviews were posted on November 9 and November 10, 2026, and appear to originate from a former customer whose license was terminated on October 30, 2026.

3. Contact information. Daniel R. Voss, Harlan Pierce & Voss LLP, 1120 Avenue of the Americas, 19th Floor, New York, NY 10036; (212) 555-0187; dvoss@hpvlaw.com.

4. Good faith. I have a good faith belief that use of the material in the manner complained of is not authorized by the copyright owner, its agent, or the law.

5. Accuracy and authority. I swear, under penalty of perjury, that the information in this notification is accurate and that I am authorized to act on behalf of the owner of an exclusive right that is allegedly infringed.

We request that you remove or disable access to the infringing material expeditiously, and in any event within ten (10) business days of the date of this notice. Our client does not object to the reviews remaining online if the copied passages are removed; it has no objection to critical comment about its software.

Please direct any questions to me at the email address above.

Dated: November 17, 2026

/s/ Daniel R. Voss
Daniel R. Voss
Partner
Harlan Pierce & Voss LLP
""",
    email={"from_name": "Marisol Vega", "from_addr": "mvega@hpvlaw.com",
           "subject": "DMCA Notice of Infringement - Quillfeather Software, Inc. - HPV Ref. QFS-2291",
           "message_id": "<HPV.QFS-2291.1117.mvega@hpvlaw.com>",
           "date": "2026-11-17T09:05:00-05:00"},
    kind="ip_notice", sender_name="Daniel R. Voss", sender_organisation="Harlan Pierce & Voss LLP",
    sender_email="dvoss@hpvlaw.com", represented_party="Quillfeather Software, Inc.",
    their_reference="QFS-2291",
    cited_urls=["https://www.trustpilot.com/reviews/5310f88053fc3fcdceab11b9",
                "https://www.trustpilot.com/reviews/d49fc08fbf54a2989d5e52e2"],
    cited_review_ids=["5310f88053fc3fcdceab11b9", "d49fc08fbf54a2989d5e52e2"],
    deadline="2026-12-02", deadline_basis="within ten (10) business days of the date of this notice",
    legal_bases=["copyright"], case="new:quillfeather")

# ---------------------------------------------------------------- v23  en business owner appeal
doc("v23", "eml", "en", "2026-11-18", """
Hello,

I own Mill Lane Bakery in Frome and I'd like to appeal your decision not to remove a review on our page.

The review is here: https://uk.trustpilot.com/reviews/c4b2184b2bd8822b0158647a

It says: "Mill Lane put walnuts in my son's nut-free birthday cake and he ended up in A&E."

I reported it on 10 November and on 16 November I got an email saying that the review "does not breach our guidelines" and will stay up. I don't think anyone can have looked at what I sent.

We are a completely nut-free bakery. We don't buy, store or use nuts of any kind and haven't done since we opened in 2019; that is the whole point of the business and why a lot of our customers come to us. There are no walnuts on the premises to put in anything. We have also checked every celebration cake order from September to November and there is no order under the reviewer's name or anything like it. Our allergen procedures are inspected by Mendip District Council and I've attached our last inspection report to my original report.

So this is not someone's opinion about our cakes. It is a description of something that did not and could not have happened, and your guidelines say reviews have to be based on a genuine experience. For an allergy-free bakery it is about the most damaging thing anyone could write. Two parents have already messaged us asking if it's true.

I would be grateful if somebody on your team could look at this again. I'm happy to send any documents you want.

Many thanks,

Sophie Tanner
Owner, Mill Lane Bakery
12 Mill Lane, Frome BA11 1AX
01632 960 118
""",
    email={"from_name": "Sophie Tanner", "from_addr": "sophie@millanebakery.co.uk",
           "subject": "Appeal - reported review not removed (Mill Lane Bakery)",
           "message_id": "<0102019f3c-mlb-appeal-1118@millanebakery.co.uk>",
           "date": "2026-11-18T06:58:00+00:00"},
    kind="business_appeal", sender_name="Sophie Tanner", sender_organisation="Mill Lane Bakery",
    sender_email="sophie@millanebakery.co.uk",
    cited_urls=["https://uk.trustpilot.com/reviews/c4b2184b2bd8822b0158647a"],
    cited_review_ids=["c4b2184b2bd8822b0158647a"],
    quoted_statements=["Mill Lane put walnuts in my son's nut-free birthday cake and he ended up in A&E."],
    legal_bases=["platform_guidelines"], case="new:millane")

# ---------------------------------------------------------------- v24  en internal escalation
doc("v24", "eml", "en", "2026-11-18", """
Hi Legal team,

I'd like to escalate a complaint on behalf of Corvane Insurance Services Ltd, one of my enterprise accounts (renewal due in January, so it's a sensitive one).

Alison Marr, their Head of Customer Experience, called me yesterday. Over the last fortnight three reviews on their page have named individual members of their claims team by full name. Two of them are here:

https://uk.trustpilot.com/reviews/813d77bd7aac28a276d9176d
https://uk.trustpilot.com/reviews/1b428f3e50e86c2c5f2ca963

The first one says: "Karen in claims deliberately loses paperwork so she doesn't have to pay out." (the review has Karen's surname too). The second gives the name of a claims handler and says he "should be sacked". Alison couldn't find the link to the third one but says it is similar.

Corvane flagged both through the business portal and the flags were rejected. Alison's position is that naming junior staff in this way breaches the staff members' rights under GDPR, and she is worried about their wellbeing; one of them has been off sick since. She mentioned that their in-house lawyer is "looking at options", though I don't think they've instructed anyone yet.

From my reading, at least the first review goes against our guidelines on personal information, but I'm not the right person to make that call.

Could I get a view from you by end of day on Thursday 19 November? I have a call with Alison on Friday morning and I'd like to give her something concrete, even if it's only that we are looking at it.

Thanks very much,

Owen Pritchard
Senior Account Manager, Enterprise UK
Trustpilot
opritchard@trustpilot.com
""",
    email={"from_name": "Owen Pritchard", "from_addr": "opritchard@trustpilot.com",
           "cc": ["jkerr@trustpilot.com"],
           "subject": "Escalation: Corvane Insurance Services - reviews naming staff",
           "message_id": "<CAOP-corvane-20261118@trustpilot.com>",
           "date": "2026-11-18T11:20:00+00:00"},
    kind="internal_escalation", sender_name="Owen Pritchard", sender_organisation="Trustpilot",
    sender_email="opritchard@trustpilot.com", represented_party="Corvane Insurance Services Ltd",
    cited_urls=["https://uk.trustpilot.com/reviews/813d77bd7aac28a276d9176d",
                "https://uk.trustpilot.com/reviews/1b428f3e50e86c2c5f2ca963"],
    cited_review_ids=["813d77bd7aac28a276d9176d", "1b428f3e50e86c2c5f2ca963"],
    quoted_statements=["Karen in claims deliberately loses paperwork so she doesn't have to pay out."],
    deadline="2026-11-19", deadline_basis="by end of day on Thursday 19 November",
    legal_bases=["data_protection", "platform_guidelines"], case="new:corvane")

# ---------------------------------------------------------------- v25  en scan, closed-case party new matter
doc("v25", "scan", "en", "2026-11-19", """
KESTREL VAN HIRE LTD
Unit 9, Marsh Lane Industrial Estate, Preston PR1 8UQ
Tel 01632 960 915 | office@kestrelvanhire.co.uk | www.kestrelvanhire.co.uk

17 November 2026

Trustpilot Ltd
Legal Department
London

Your ref: CI-2026-0288

Dear Sir or Madam

New review of Kestrel Van Hire - request for removal

You dealt with a complaint from us earlier this year about a review posted by a former employee (your reference above). That matter was resolved in May and we were grateful for your help at the time.

I am writing about a different review, which appeared on our page on 8 November 2026 at https://uk.trustpilot.com/reviews/e542ed847a7165351039d1fa under the name "VanMan77". It says:

"Kestrel knowingly rent out vans with bald tyres and dodgy brakes – one nearly killed me on the M6."

This is completely untrue. Every vehicle in our fleet has a current MOT and is inspected before each hire, and the inspection sheet is signed by the customer on collection. We have been through every hire from the last six months and none of them involved a breakdown, a tyre or brake complaint, or a trip on the M6 that ended in any incident. Nobody has contacted us about any such event, and we have had no insurance claim.

Saying that a hire company knowingly puts dangerous vehicles on the road is about as serious an allegation as can be made about a business like ours. It is defamatory and it is already hurting us: one of our contract customers asked us about it last week.

You have until Friday 27 November 2026 to remove the review. If it is still online after that date I will hand the matter to our solicitors.

Yours faithfully

Managing Director
Graham Pilling
Kestrel Van Hire Ltd
""",
    kind="legal_demand", sender_name="Graham Pilling", sender_organisation="Kestrel Van Hire Ltd",
    sender_email="office@kestrelvanhire.co.uk", our_reference="CI-2026-0288",
    cited_urls=["https://uk.trustpilot.com/reviews/e542ed847a7165351039d1fa"],
    cited_review_ids=["e542ed847a7165351039d1fa"],
    quoted_statements=["Kestrel knowingly rent out vans with bald tyres and dodgy brakes – one nearly killed me on the M6."],
    deadline="2026-11-27", deadline_basis="You have until Friday 27 November 2026",
    legal_bases=["defamation"], case="new:kestrel")

# ---------------------------------------------------------------- v26  da txt, same name other town (look-alike)
doc("v26", "txt", "da", "2026-11-19", """
Henvendelse via Trustpilot Business – supportformular
Modtaget: 19-11-2026 08:12

Virksomhed: Nordlys Elektrik v/Kim Sørensen
Domæne: nordlys-el-odense.dk
Adresse: Middelfartvej 212, 5200 Odense V
CVR: 41 92 07 38
Kontaktperson: Kim Sørensen
E-mail: kim@nordlys-el-odense.dk
Telefon: 22 47 18 05
Emne: Advarsel på vores profil – klage over afgørelse

Besked:

Hej

Siden torsdag den 12. november har der stået en advarsel øverst på vores profil https://dk.trustpilot.com/review/nordlys-el-odense.dk om, at I har registreret usædvanlig aktivitet, og at nogle anmeldelser er blevet fjernet. Vi har fået en mail fra jer om, at profilen er "under observation" i 60 dage.

Vi er en lille el-virksomhed med tre ansatte, og vi har aldrig købt anmeldelser eller bedt venner og familie om at skrive noget. Det eneste vi har gjort er, at vi i oktober begyndte at sætte et link til Trustpilot nederst på vores fakturaer, og det gav selvfølgelig flere anmeldelser på én gang, fordi vi sendte mange fakturaer ud efter en stor opgave for en andelsboligforening. Alle anmeldelserne kommer fra rigtige kunder, og jeg kan sende fakturanumrene.

Jeg har læst jeres retningslinjer for virksomheder, og så vidt jeg kan se, må man gerne invitere alle sine kunder, så længe man ikke vælger dem ud. Det har vi ikke gjort.

Advarslen skader os, fordi mange kunder tror, vi har snydt. Jeg vil gerne klage over afgørelsen og beder om, at advarslen bliver fjernet, eller at I i det mindste fortæller mig, hvad I konkret mener, vi har gjort forkert.

Venlig hilsen
Kim Sørensen
Nordlys Elektrik
""",
    kind="business_appeal", sender_name="Kim Sørensen", sender_organisation="Nordlys Elektrik",
    sender_email="kim@nordlys-el-odense.dk",
    cited_urls=["https://dk.trustpilot.com/review/nordlys-el-odense.dk"],
    legal_bases=["platform_guidelines"], case="new:nordlys-odense")

# ---------------------------------------------------------------- v27  fr data request by avocat for a person
doc("v27", "pdf", "fr", "2026-11-19", """
FERRAND & ASSOCIÉS
Avocats au Barreau de Nantes
7, rue Crébillon – 44000 Nantes
Tél. : 02 40 35 71 20 – www.ferrand-associes.fr

Nantes, le 16 novembre 2026

N/Réf. : HF/BON/26-077

Trustpilot A/S
Délégué à la protection des données
Pilestræde 58
1112 Copenhague K
Danemark

Par courriel : legal@trustpilot.com

Objet : Exercice des droits d'effacement et d'opposition (articles 17 et 21 du RGPD)

Madame, Monsieur,

J'interviens pour le compte de Mme Claire Bonnard, pharmacienne adjointe à la Pharmacie du Port à Saint-Nazaire, qui m'a donné mandat d'exercer en son nom les droits qu'elle tient du règlement (UE) 2016/679.

Un avis publié sur la page de la pharmacie, accessible à l'adresse https://fr.trustpilot.com/reviews/c920957d71e9eb03c8de7319, désigne ma cliente par son nom, la décrit physiquement et contient la phrase suivante :

« Mme Bonnard, la pharmacienne blonde, est incompétente et devrait être radiée de l'Ordre. »

Ma cliente n'est pas l'entreprise évaluée. Elle est salariée de la pharmacie et n'a aucune raison d'être nommément exposée sur une plateforme publique. La publication de son nom, associée à une description physique et à une mise en cause de son aptitude professionnelle, constitue un traitement de ses données personnelles qui ne repose sur aucun intérêt légitime prépondérant. Depuis la publication de l'avis, le 27 octobre 2026, ma cliente a été interpellée à deux reprises au comptoir par des clients qui l'avaient reconnue.

En conséquence, et pour le compte de ma cliente, je vous demande :

1. au titre de l'article 17 du RGPD, l'effacement de ses nom, prénom et description physique de l'avis susvisé, ou à défaut la suppression de l'avis ;
2. au titre de l'article 21, de cesser tout traitement de ses données dans le cadre de cet avis ;
3. de me confirmer les mesures prises.

Conformément à l'article 12, paragraphe 3, du RGPD, je vous remercie de me faire connaître les suites données à cette demande dans le délai d'un mois à compter de la réception de la présente. Vous trouverez ci-joint le pouvoir signé par ma cliente ainsi que la copie de sa pièce d'identité.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hugo Ferrand
Avocat
h.ferrand@ferrand-associes.fr

P.J. : pouvoir ; pièce d'identité
""",
    kind="data_request", sender_name="Hugo Ferrand", sender_organisation="Ferrand & Associés",
    sender_email="h.ferrand@ferrand-associes.fr", represented_party="Claire Bonnard",
    their_reference="HF/BON/26-077",
    cited_urls=["https://fr.trustpilot.com/reviews/c920957d71e9eb03c8de7319"],
    cited_review_ids=["c920957d71e9eb03c8de7319"],
    quoted_statements=["Mme Bonnard, la pharmacienne blonde, est incompétente et devrait être radiée de l'Ordre."],
    deadline="2026-12-19", deadline_basis="dans le délai d'un mois à compter de la réception de la présente",
    legal_bases=["data_protection"], case="new:bonnard")
