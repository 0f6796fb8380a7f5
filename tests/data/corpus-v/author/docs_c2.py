from common import doc

# ---------------------------------------------------------------- v45  en K1 letter of claim quoting our ref
doc("v45", "pdf", "en", "2026-11-30", """
MARLOW REID LLP
3 Colmore Circus, Birmingham B4 6BH
T 0121 496 0700 | www.marlowreid.co.uk

Our ref: PO/HAL/0931
Your ref: CI-2026-0412

27 November 2026

By email (legal@trustpilot.com) and special delivery

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

Dear Sirs

LETTER OF CLAIM
Pre-Action Protocol for Media and Communications Claims
Halden Kitchens Ltd

1. We act for Halden Kitchens Ltd of Unit 2, Ashby Road Business Park, Lichfield WS13 8AA. This is a letter of claim under the Pre-Action Protocol for Media and Communications Claims.

2. The words complained of are contained in the review published on your platform at https://uk.trustpilot.com/reviews/2c53d16ce65dea6123200eb2 on 3 September 2026, and in particular:

"They left the gas hob disconnected and refused to come back for six weeks."

3. In their natural and ordinary meaning the words mean that our client abandoned a customer with a dangerous, disconnected gas appliance and refused for six weeks to put it right. That meaning is false and defamatory. Our client's job sheet, a copy of which we sent to you on 14 October 2026, shows a return visit four days after installation.

4. Publication of the words has caused and is likely to cause serious financial loss to our client within section 1(2) of the Defamation Act 2013. Since September our client has lost at least three contracts whose prospective customers cited the review.

5. We have corresponded with you since our letter of 30 September 2026. Your email of 29 October 2026 declined to remove the review. Our email of 2 November 2026 asked for your position by 13 November 2026; we have received no substantive reply. We do not consider that you are entitled to rely on section 5 of the 2013 Act or on any hosting defence, having had detailed notice of the complaint for two months.

6. Our client seeks: (a) the removal of the review; (b) an undertaking not to republish the words complained of; and (c) payment of our client's costs to date.

7. Please provide your full response within 14 days of the date of this letter. If we do not receive a satisfactory response, our client intends to issue proceedings in the Media and Communications List of the King's Bench Division without further notice.

Yours faithfully

Priya Okafor
Partner
Marlow Reid LLP
p.okafor@marlowreid.co.uk
""",
    kind="legal_demand", sender_name="Priya Okafor", sender_organisation="Marlow Reid LLP",
    sender_email="p.okafor@marlowreid.co.uk", represented_party="Halden Kitchens Ltd",
    their_reference="PO/HAL/0931", our_reference="CI-2026-0412",
    cited_urls=["https://uk.trustpilot.com/reviews/2c53d16ce65dea6123200eb2"],
    cited_review_ids=["2c53d16ce65dea6123200eb2"],
    quoted_statements=["They left the gas hob disconnected and refused to come back for six weeks."],
    deadline="2026-12-11", deadline_basis="within 14 days of the date of this letter",
    legal_bases=["defamation"], case="CI-2026-0412")

# ---------------------------------------------------------------- v46  da consumer appeal, account suspended (html)
doc("v46", "eml", "da", "2026-11-30", """
Hej Trustpilot

Jeg skriver, fordi min profil er blevet spærret, og jeg vil gerne klage over det.

Torsdag den 26. november fik jeg en mail om, at min konto var suspenderet på grund af ”mistanke om manipulation af anmeldelser”, og at alle mine anmeldelser var skjult. Der stod ikke noget om, hvad jeg konkret skulle have gjort.

Jeg har haft profil hos jer siden 2022 og har skrevet 11 anmeldelser i alt, bl.a. af en tømrer, to webshops og et bilværksted. Alle er skrevet af mig selv om ting, jeg selv har købt og betalt for, og jeg har kvitteringer på dem alle. Jeg har aldrig fået penge eller rabat for at skrive en anmeldelse. Den eneste forklaring, jeg kan komme på, er at jeg i november skrev tre anmeldelser på samme dag, fordi jeg endelig fik tid til at skrive om nogle køb fra sommeren. Her er en af dem:

https://dk.trustpilot.com/reviews/2c0b7943951aa3019fdaa2b5

Jeg mener ikke, at I kan spærre en bruger uden at begrunde det. Efter artikel 20 i forordningen om digitale tjenester (DSA) har jeg ret til at klage over jeres afgørelse, og det gør jeg hermed. Jeg beder om, at min profil bliver genåbnet, og at mine anmeldelser bliver synlige igen. Hvis I fastholder afgørelsen, vil jeg gerne have en konkret begrundelse.

Jeg forventer et svar inden for 5 arbejdsdage fra modtagelsen af denne mail.

Med venlig hilsen
Mikkel Lauritsen
Viborgvej 144, 8210 Aarhus V
""",
    email={"from_name": "Mikkel Lauritsen", "from_addr": "mikkel.lauritsen@gmail.com",
           "subject": "Klage over spærring af min profil",
           "message_id": "<CAMk19vQ3z-LdR5p@mail.gmail.com>",
           "date": "2026-11-29T23:40:00+01:00", "html_only": True},
    kind="consumer_appeal", sender_name="Mikkel Lauritsen", sender_email="mikkel.lauritsen@gmail.com",
    cited_urls=["https://dk.trustpilot.com/reviews/2c0b7943951aa3019fdaa2b5"],
    cited_review_ids=["2c0b7943951aa3019fdaa2b5"],
    deadline="2026-12-07", deadline_basis="inden for 5 arbejdsdage fra modtagelsen af denne mail",
    legal_bases=["dsa"], case="new:lauritsen")

# ---------------------------------------------------------------- v47  fr K3 business owner writes (no ref, no id)
doc("v47", "eml", "fr", "2026-11-30", """
Madame, Monsieur,

Je suis le gérant du Garage Moreau & Fils à Villeurbanne. Notre avocate, Maître Leclerc, vous a écrit à deux reprises au sujet de l'avis mensonger qui a été publié sur notre page au mois de septembre.

Vendredi 27 novembre, j'ai reçu de votre part un courriel m'informant que vous aviez décidé de laisser l'avis en ligne, au motif qu'il s'agirait de « l'opinion d'un client sur son expérience ». Je conteste cette décision et je vous demande de la réexaminer.

Ce n'est pas une opinion. L'auteur affirme que nous facturons des pièces que nous ne changeons pas et que je l'aurais menacé. Nous avons vérifié toutes nos factures du mois de septembre, pièce par pièce, avec notre expert-comptable : aucune ne correspond à ce qu'il décrit, et il n'existe aucun client à ce nom. Je tiens ce garage depuis vingt-deux ans, mon père avant moi, et je n'ai jamais menacé personne.

Vos propres règles disent qu'un avis doit reposer sur une expérience réelle. Je ne comprends pas comment vous pouvez maintenir un avis sans avoir demandé la moindre preuve à son auteur, alors que nous vous avons envoyé tous nos justificatifs.

Depuis cet avis, deux clients réguliers m'en ont parlé au comptoir et une flotte d'entreprise a choisi un autre garage. Pour une petite entreprise comme la nôtre, c'est très grave.

Je vous remercie de bien vouloir réexaminer le dossier et de me répondre directement, avec copie à notre avocate.

Bernard Moreau
Gérant
Garage Moreau & Fils
27, avenue Roger Salengro – 69100 Villeurbanne
04 78 84 12 60
""",
    email={"from_name": "Garage Moreau", "from_addr": "garage.moreau.fils@orange.fr",
           "subject": "Avis sur notre garage - contestation de votre décision",
           "message_id": "<001a01db4f2e$8c3d1e20$a4b75a60$@orange.fr>",
           "date": "2026-11-30T07:31:00+01:00"},
    kind="business_appeal", sender_name="Bernard Moreau", sender_organisation="Garage Moreau & Fils",
    sender_email="garage.moreau.fils@orange.fr",
    legal_bases=["platform_guidelines"], case="CI-2026-0451")

# ---------------------------------------------------------------- v48  en K6 Brookfield appeal against decision (html)
doc("v48", "eml", "en", "2026-12-01", """
Hello,

I received your email of 27 November telling me that the consumer warning on our page will stay in place for 90 days and that our review invitations remain paused. I would like to appeal that decision.

Your email says that you detected "a pattern of reviews consistent with incentivised or solicited reviews" in mid-October. I can explain that pattern and I don't think anyone has looked at the explanation I already gave.

On 14 October we sent our autumn newsletter to our whole customer list, about 3,800 people. It contained a normal link asking customers to tell others what they thought of us. There was no discount, no prize draw and no voucher attached to it, and it went to every customer, not just the happy ones. Most of the reviews that came in over the following three days were from people who had bought from us for years and had simply never been asked before. Quite a few of them were three stars or lower, which is hardly what you would expect if we were trying to buy good reviews.

Your guidelines for businesses say that businesses can invite all of their customers to write a review as long as they don't offer incentives or pick and choose who gets the invitation. That is exactly what we did.

I have attached the newsletter, the Shopify invitation log for October and the full mailing list export (with emails removed). I'm happy to go through any of it on a call.

The warning is doing real damage to a small local business. Please could someone who hasn't been involved so far take a fresh look.

Regards,

Daniel Hirst
Director, Brookfield Pet Supplies Ltd
daniel@brookfieldpets.co.uk
07700 914 362
""",
    email={"from_name": "Daniel Hirst", "from_addr": "daniel@brookfieldpets.co.uk",
           "subject": "Appeal against your decision of 27 November",
           "message_id": "<5b9e2c71-1201-4f0e-8d6a-hirst@brookfieldpets.co.uk>",
           "date": "2026-12-01T08:47:00+00:00", "html_only": True},
    kind="business_appeal", sender_name="Daniel Hirst", sender_organisation="Brookfield Pet Supplies Ltd",
    sender_email="daniel@brookfieldpets.co.uk",
    legal_bases=["platform_guidelines"], case="CI-2026-0489")

# ---------------------------------------------------------------- v49  fr Ostréa follow-up, "sans délai"
doc("v49", "eml", "fr", "2026-12-01", """
Madame, Monsieur,

Je fais suite à notre courrier de mise en demeure du 10 novembre 2026, adressé pour le compte de la société Ostréa SARL, qui exploite le restaurant « La Cabane d'Arcachon ».

Le délai de dix jours qui vous était imparti a expiré le 20 novembre 2026 sans qu'aucune réponse ne nous soit parvenue, hormis un accusé de réception automatique. L'avis litigieux, accessible à l'adresse https://fr.trustpilot.com/reviews/e9cf2cf88046dcd80e27d50c, est toujours en ligne.

Depuis lors, ma cliente a reçu deux appels de clients inquiets et une demande d'information de la part d'un guide gastronomique régional, qui se réfère expressément à la phrase : « Les huîtres étaient avariées et toute la table a fini aux urgences. »

Je vous rappelle que ces propos sont diffamatoires et que ma cliente a démontré, pièces à l'appui, que le restaurant était fermé à la date du prétendu repas.

Je vous demande en conséquence de procéder sans délai au retrait de cet avis et de m'en confirmer l'exécution par retour de courriel.

À défaut, j'ai reçu instruction de vous faire assigner devant le président du tribunal judiciaire de Bordeaux statuant en référé, sans nouvel avertissement, et de solliciter votre condamnation au paiement d'une indemnité au titre de l'article 700 du code de procédure civile.

Je vous prie de croire, Madame, Monsieur, à l'assurance de mes sentiments distingués.

Étienne Rocher
Avocat associé
SELARL Duval Rocher Avocats
42, cours de Verdun – 33000 Bordeaux
Tél. : 05 56 44 18 90
""",
    email={"from_name": "Etienne Rocher", "from_addr": "e.rocher@duvalrocher-avocats.fr",
           "cc": ["contact@duvalrocher-avocats.fr"],
           "subject": "Ostréa SARL / Trustpilot - N/Réf. 26.0419/ER/cm - relance",
           "message_id": "<20261201102214.DRA.26-0419@duvalrocher-avocats.fr>",
           "date": "2026-12-01T10:22:00+01:00"},
    kind="legal_demand", sender_name="Étienne Rocher", sender_organisation="SELARL Duval Rocher Avocats",
    sender_email="e.rocher@duvalrocher-avocats.fr", represented_party="Ostréa SARL",
    their_reference="26.0419/ER/cm",
    cited_urls=["https://fr.trustpilot.com/reviews/e9cf2cf88046dcd80e27d50c"],
    cited_review_ids=["e9cf2cf88046dcd80e27d50c"],
    quoted_statements=["Les huîtres étaient avariées et toute la table a fini aux urgences."],
    legal_bases=["defamation"], case="new:ostrea")
