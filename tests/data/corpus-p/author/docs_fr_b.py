"""corpus-p French documents p38–p42."""
from common import RID, add_days, add_month, doc, email

DOCS = [
    doc("p38", "pdf", "fr", "2026-11-20", """
COMMISSION NATIONALE DE L'INFORMATIQUE ET DES LIBERTÉS
Service des plaintes
3 place de Fontenoy – TSA 80715 – 75334 Paris Cedex 07
Tél. 01 53 73 22 22 – www.cnil.fr

Paris, le 17 novembre 2026

N/Réf. : PLT-26-0089417
Dossier suivi par : Clémence Tixier-Bardot

Trustpilot A/S
À l'attention du délégué à la protection des données
Pilestræde 58
1112 Copenhague K
Danemark

Objet : plainte de M. Bastien Rouquier

Madame, Monsieur,

La CNIL a été saisie d'une plainte de M. Bastien Rouquier, qui indique avoir exercé auprès de votre société, le 8 septembre 2026, son droit d'opposition et son droit à l'effacement concernant l'avis publié à l'adresse https://fr.trustpilot.com/reviews/613d1c9341d61571ca31c520.

Selon le plaignant, cet avis, rédigé par un ancien associé, mentionne ses nom et prénom ainsi que des éléments relatifs à une procédure de divorce. Il n'aurait reçu aucune réponse à sa demande.

Votre établissement principal étant situé au Danemark, la présente plainte est susceptible de relever de la procédure de coopération prévue à l'article 56 du RGPD. Dans l'attente, je vous remercie de bien vouloir m'indiquer, dans un délai d'un mois à compter de la réception du présent courrier :

– si vous avez reçu la demande de M. Rouquier et la suite que vous y avez donnée ;
– les motifs pour lesquels, le cas échéant, vous avez estimé ne pas devoir y faire droit ;
– les mesures prises pour garantir une réponse aux demandes des personnes dans les délais de l'article 12 du RGPD.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Pour la Présidente de la CNIL et par délégation,
Clémence Tixier-Bardot
Juriste, Service des plaintes
""", kind="regulator", case="new:p-rouquier", name="Clémence Tixier-Bardot",
        org="Commission nationale de l'informatique et des libertés", theirs="PLT-26-0089417",
        urls=("https://fr.trustpilot.com/reviews/" + RID["cnil"],), ids=(RID["cnil"],),
        deadline=add_month("2026-11-20"),
        basis="dans un délai d'un mois à compter de la réception du présent courrier", bases=("data_protection",),
        note="Organisation the authority's full name (letterhead in capitals). Signed by delegation for the "
             "President: the official who signs is the sender. 'à compter de la réception' -> received 20 Nov + one "
             "month = 20 Dec. No email address: null. The complainant is not a client: represented party null."),

    doc("p39", "scan", "fr", "2026-11-05", """
Gisèle Porcheron
14, rue des Tanneurs
37000 Tours
gisele.porcheron@laposte.net

Trustpilot
Service protection des données
Pilestræde 58
1112 Copenhague K
Danemark

Tours, le 2 novembre 2026

Lettre recommandée avec accusé de réception

Objet : demande d'effacement de mes données personnelles (article 17 du RGPD)

Madame, Monsieur,

Je suis vendeuse à la boulangerie Au Fournil de Plumereau, à Tours. Un avis publié sur votre site au sujet de la boulangerie me cite nommément, avec mon prénom, mon nom et une description physique. Il dit notamment : « La vendeuse, Gisèle Porcheron, la grande blonde, est d'une impolitesse rare et se moque des clients âgés. »

Je ne suis pas l'entreprise évaluée, je suis une salariée. Je n'ai jamais consenti à ce que mon nom apparaisse sur internet, et depuis la publication de cet avis des personnes me reconnaissent et me font des remarques, y compris en dehors du travail.

Je vous demande donc, en application de l'article 17 du RGPD, d'effacer mon nom et ma description de cet avis, ou de supprimer l'avis s'il ne peut pas être modifié. Je vous remercie de me répondre dans le délai d'un mois prévu par l'article 12 du RGPD.

Je n'ai pas l'adresse exacte de l'avis, mais il a été publié fin octobre sur la page de la boulangerie, sous le nom « Client déçu 37 ».

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Gisèle Porcheron
""", kind="data_request", case="new:p-porcheron", name="Gisèle Porcheron", addr="gisele.porcheron@laposte.net",
        quotes=("La vendeuse, Gisèle Porcheron, la grande blonde, est d'une impolitesse rare et se moque des clients âgés.",),
        deadline=add_month("2026-11-02"), basis="dans le délai d'un mois prévu par l'article 12 du RGPD",
        bases=("data_protection",),
        note="Scan of a registered letter. The one-month period has no anchor in the text -> from the letter's own "
             "date (2 Nov) -> 2 Dec, not from receipt (5 Nov). No URL or review id is given."),

    doc("p40", "pdf", "fr", "2026-11-23", """
MAISON BRÉVINE-CASTELLA SA
Manufacture horlogère depuis 1911
Service juridique – Propriété intellectuelle
Route de Saint-Julien 184 – 1228 Plan-les-Ouates – Genève – Suisse
+41 22 884 30 00 – legal@brevine-castella.ch

Plan-les-Ouates, le 19.11.2026

Notre référence : PI-2026/118

Trustpilot A/S
Legal – Intellectual Property
Pilestræde 58
1112 Copenhague K
Danemark

Par courriel : legal@trustpilot.com

Objet : usage non autorisé de la marque BRÉVINE-CASTELLA et de nos photographies

Madame, Monsieur,

Maison Brévine-Castella SA est titulaire de la marque BRÉVINE-CASTELLA, enregistrée en Suisse (n° P-598114) et dans l'Union européenne (n° 017284406), pour des montres et articles d'horlogerie.

Nous avons constaté qu'une page d'entreprise créée sur votre plateforme, https://ch.trustpilot.com/review/brevine-castella-outlet.com, reproduit notre marque et notre logo et présente le site brevine-castella-outlet.com comme un « revendeur officiel ». Ce site, qui n'a aucun lien avec notre maison, propose des contrefaçons de nos modèles. La page utilise en outre comme visuel trois photographies de notre catalogue 2026, dont nous détenons les droits d'auteur.

Cette utilisation porte atteinte à nos droits de marque et à nos droits d'auteur et induit les consommateurs en erreur, qui sont renvoyés vers un site de contrefaçon par une page affichant une note de confiance.

Nous vous demandons de désactiver cette page d'entreprise, ou à tout le moins d'en retirer notre marque, notre logo et nos photographies, au plus tard le 30.11.2026, et de nous en informer.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Delphine Mauron-Sallin
Responsable propriété intellectuelle
Service juridique
d.mauron-sallin@brevine-castella.ch
""", kind="ip_notice", case="new:p-brevine", name="Delphine Mauron-Sallin", org="Maison Brévine-Castella SA",
        addr="d.mauron-sallin@brevine-castella.ch", theirs="PI-2026/118",
        urls=("https://ch.trustpilot.com/review/brevine-castella-outlet.com",),
        deadline="2026-11-30", basis="au plus tard le 30.11.2026", bases=("trademark", "copyright"),
        note="In-house IP counsel writing for her own company: represented party null; organisation the company, "
             "not its legal department. The counterfeit site's own URL (not a platform URL) is not cited."),

    doc("p41", "eml", "fr", "2026-11-24", """
Bonjour,

Je vous écris parce que mon avis sur Toitures Boréal inc. a été retiré la semaine passée et je ne comprends pas pourquoi.

L'avis était ici : https://ca.trustpilot.com/reviews/60541fca446bcb7620dfc799

Ils ont refait la toiture de mon chalet à Saint-Sauveur en juin. En septembre, il y avait déjà des infiltrations dans la chambre du haut. J'ai écrit : « Trois mois après les travaux, l'eau coule dans la chambre et personne ne rappelle. » C'est exactement ce qui s'est passé. J'ai des photos datées et les courriels que j'ai envoyés à l'entreprise, restés sans réponse.

Le courriel que j'ai reçu dit que l'avis « ne respecte pas nos lignes directrices » sans dire laquelle. Je n'ai insulté personne et je n'ai donné le nom de personne. La Loi sur la protection du consommateur me donne le droit de me plaindre d'un commerçant, et je pense que j'ai aussi le droit de le dire publiquement.

Je vous demande de remettre mon avis en ligne, ou au moins de m'expliquer clairement ce qui ne va pas pour que je puisse le corriger. J'aimerais avoir une réponse dans les meilleurs délais.

Merci

Étienne Gauvreau-Lessard
Saint-Sauveur (Québec)
""", email=email("Etienne Gauvreau", "etienne.gauvreau.l@videotron.ca",
                 "Mon avis a été retiré – Toitures Boréal",
                 "<CAN3rT0q8Yw2Hc=Lp@mail.gmail.com>", "2026-11-24T16:30:00-05:00",
                 to="support@trustpilot.com"),
        kind="consumer_appeal", case="new:p-boreal", name="Étienne Gauvreau-Lessard",
        addr="etienne.gauvreau.l@videotron.ca", urls=("https://ca.trustpilot.com/reviews/" + RID["quebec"],),
        ids=(RID["quebec"],),
        quotes=("Trois mois après les travaux, l'eau coule dans la chambre et personne ne rappelle.",),
        bases=("consumer_law", "platform_guidelines"),
        note="Québec reviewer. From display name shorter and without accents; the signed name is the sender's. "
             "'dans les meilleurs délais' -> deadline null."),

    doc("p42", "eml", "fr", "2026-11-27", """
Bonjour l'équipe juridique,

Je vous transfère une demande d'un de mes clients, la Cave Saint-Vérand (cavistes à Mâcon, abonnés Premium depuis 2023).

Ils sont très inquiets d'un avis publié mardi : https://fr.trustpilot.com/reviews/659931f3d47ac08a670a1ecc

L'avis dit : « Ils revendent du vin de supermarché avec leurs propres étiquettes, c'est de l'arnaque pure. » Le gérant, M. Rabaud, m'a expliqué qu'ils ne font aucun étiquetage eux-mêmes et que tous leurs vins sont achetés directement aux domaines. Aucun client de ce nom ne figure dans leur fichier, donc pour lui l'avis enfreint vos lignes directrices. Il a signalé l'avis via l'espace entreprise mercredi et n'a pas encore de réponse.

Je sais que la modération suit son cours, mais il m'a demandé s'il existait une voie plus rapide, parce qu'ils entrent dans la période des fêtes qui fait 40 % de leur chiffre d'affaires. Je dois le rappeler jeudi 3 décembre pour faire le point sur son abonnement ; ce serait bien que j'aie quelque chose à lui dire d'ici là, mais je comprends si ce n'est pas possible.

Merci d'avance !

Margaux Ferrand-Liotard
Account Manager – France
Trustpilot · Paris
margaux.ferrand@trustpilot.com
""", email=email("Margaux Ferrand-Liotard", "margaux.ferrand@trustpilot.com",
                 "TR: Avis – Cave Saint-Vérand (Mâcon)",
                 "<CAJm2e0pZr9Tq4@mail.gmail.com>", "2026-11-27T12:05:00+01:00",
                 to="legal@trustpilot.com"),
        kind="internal_escalation", case="new:p-saint-verand", name="Margaux Ferrand-Liotard", org="Trustpilot",
        addr="margaux.ferrand@trustpilot.com", rep="Cave Saint-Vérand",
        urls=("https://fr.trustpilot.com/reviews/" + RID["cave"],), ids=(RID["cave"],),
        quotes=("Ils revendent du vin de supermarché avec leurs propres étiquettes, c'est de l'arnaque pure.",),
        bases=("platform_guidelines",),
        note="Account manager escalating for a customer. Null look-alike: 3 December is her own call with the "
             "customer, and she says expressly she does not insist ('je comprends si ce n'est pas possible') -> "
             "deadline null. 'Cave Saint-Vérand' as she names the customer."),
]
