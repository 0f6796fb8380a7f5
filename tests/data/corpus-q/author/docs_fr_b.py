"""corpus-q French documents q41–q44."""
from common import RID, doc, email, next_weekday

DOCS = [
    doc("q41", "eml", "fr", "2026-11-24", """
Madame, Monsieur,

Dans l'affaire qui oppose ma cliente, la SAS Garage Rouvière Automobiles, à votre société, je vous prie de trouver ci-joint l'ordonnance de référé rendue par le tribunal judiciaire de Nanterre le 19 novembre 2026 (RG 26/04129), que je vous notifie par la présente.

Cette ordonnance étant exécutoire de droit à titre provisoire, je vous remercie de bien vouloir me confirmer d'ici le vendredi 27 novembre les mesures que vous entendez prendre pour l'exécuter, et de m'indiquer l'interlocuteur en charge du dossier au sein de votre service juridique.

Une signification par commissaire de justice interviendra par ailleurs selon les formes prévues par le règlement européen, mais je ne doute pas que vous aurez à cœur d'exécuter la décision sans attendre.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hugo Castagnède
Avocat au barreau des Hauts-de-Seine
CASTAGNÈDE & ROUMIEU AVOCATS
41, rue des Fontenelles – 92000 Nanterre
Tél. 01 47 55 88 10
h.castagnede@castagnede-roumieu.fr
N/Réf. : HC/ROUV 2611
""", email=email("Hugo Castagnède", "h.castagnede@castagnede-roumieu.fr",
                 "SAS Garage Rouvière Automobiles c/ Trustpilot A/S – notification ordonnance RG 26/04129",
                 "<a41c7e02-5d18-4b3e-b0f9-castagnede.2611@castagnede-roumieu.fr>", "2026-11-24T17:36:00+01:00",
                 attachments=["q40"]),
        kind="legal_demand", case="new:q-rouviere", name="Hugo Castagnède", org="Castagnède & Roumieu Avocats",
        addr="h.castagnede@castagnede-roumieu.fr", rep="SAS Garage Rouvière Automobiles", theirs="HC/ROUV 2611",
        deadline="2026-11-27", basis="d'ici le vendredi 27 novembre", bases=["court_order"],
        note="A firm's email enclosing an order: legal_demand (the order itself, q40, is the court_order). The "
             "email's own date (confirmation by Friday 27 Nov) is its deadline; the order's eight days are the "
             "attachment's. their_reference is the firm's, not the RG number."),

    doc("q42", "txt", "fr", "2026-11-26", f"""
TRUSTPILOT – SIGNALEMENT D'UN CONTENU ILLICITE
Article 16 du règlement (UE) 2022/2065 sur les services numériques
------------------------------------------------------------------

Date d'envoi : 25/11/2026 22:05 (HNEC)
Langue du formulaire : français

VOS COORDONNÉES
Nom et prénom : Karim Haddou-Lemaire
Adresse e-mail : karim@comptoir-outremeuse.be
Organisation : Le Comptoir d'Outremeuse (restaurant)
Pays : Belgique
Signalez-vous au nom d'un tiers ? Non

CONTENU SIGNALÉ
Adresse(s) URL :
https://fr-be.trustpilot.com/reviews/{RID['dsa_be']}

Catégorie : Discours de haine / incitation à la haine ou à la discrimination

POURQUOI CE CONTENU EST-IL ILLICITE ?
Je suis le gérant du restaurant. Cet « avis » ne parle ni de la cuisine ni du service. Il vise deux de mes serveurs en raison de leur origine et contient notamment la phrase suivante :

« Quand on voit qui fait le service ici, on comprend pourquoi le quartier a changé. »

Plus loin, l'auteur appelle les habitants d'Outremeuse à « ne plus laisser un centime à ces gens-là ».

En Belgique, l'incitation à la haine ou à la discrimination en raison de l'origine nationale ou ethnique est une infraction pénale (loi du 30 juillet 1981). Mes deux serveurs ont vu le texte et sont très choqués. Je vous demande de le retirer.

DÉCLARATION
[x] Je déclare de bonne foi que les informations et allégations contenues dans le présent signalement sont exactes et complètes.

Signature (saisie) : Karim Haddou-Lemaire
------------------------------------------------------------------
Copie générée automatiquement. Vous serez informé(e) de notre décision.
""", kind="illegal_content_notice", case="new:q-outremeuse", name="Karim Haddou-Lemaire",
        org="Le Comptoir d'Outremeuse", addr="karim@comptoir-outremeuse.be",
        urls=["https://fr-be.trustpilot.com/reviews/" + RID["dsa_be"]], ids=[RID["dsa_be"]],
        quotes=["Quand on voit qui fait le service ici, on comprend pourquoi le quartier a changé."],
        bases=["dsa", "criminal"],
        note="No deadline. 'ne plus laisser un centime à ces gens-là' is a fragment inside the writer's sentence, "
             "not a quoted sentence. Country subdomain fr-be."),

    doc("q43", "docx", "fr", "2026-12-01", f"""
Marie-Ève Thibodeau
2214, rue Saint-Hubert, app. 3
Montréal (Québec) H2K 3Z8
Canada
me.thibodeau@videotron.ca

Montréal, le 27 novembre 2026

Trustpilot
Équipe de modération

Objet : Contestation du retrait de mon avis

Madame, Monsieur,

Le 20 novembre, j'ai reçu un courriel m'informant que mon avis sur l'entreprise Rénovations Bélair inc. avait été retiré à la suite d'un signalement de l'entreprise, au motif qu'il ne reposait pas sur « une expérience authentique ». Mon avis se trouvait à l'adresse https://ca.trustpilot.com/reviews/{RID['quebec']}.

Je conteste cette décision. J'ai bel et bien fait affaire avec cette entreprise : elle a refait ma salle de bain en juillet et j'ai toujours le contrat et les reçus, que je joins à la présente. Mon avis disait simplement :

« Les travaux devaient durer deux semaines et ont duré deux mois. »

« Personne ne répondait au téléphone une fois le dépôt encaissé. »

Ce sont des faits. Je n'ai insulté personne et je n'ai nommé aucun employé. Je comprends que l'entreprise n'aime pas ce que j'ai écrit, mais cela ne veut pas dire que mon expérience n'est pas authentique au sens de vos lignes directrices.

Je vous demande de rétablir mon avis, ou à tout le moins de m'indiquer précisément ce qui, selon vous, pose problème.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Marie-Ève Thibodeau

P. j. : contrat du 2 juillet 2026, deux reçus
""", kind="consumer_appeal", case="new:q-thibodeau", name="Marie-Ève Thibodeau",
        addr="me.thibodeau@videotron.ca", urls=["https://ca.trustpilot.com/reviews/" + RID["quebec"]],
        ids=[RID["quebec"]],
        quotes=["Les travaux devaient durer deux semaines et ont duré deux mois.",
                "Personne ne répondait au téléphone une fois le dépôt encaissé."],
        bases=["platform_guidelines"],
        note="No date demanded: no deadline. 20 November and July are past events."),

    doc("q44", "eml", "fr", "2026-12-02", f"""
Bonjour,

Je suis la gérante des Gîtes du Moulin de Sauveterre, trois gîtes ruraux dans l'Aveyron.

Le 26 novembre, j'ai signalé l'avis publié à l'adresse {"https://fr.trustpilot.com/reviews/" + RID['fr_biz']}. Hier, j'ai reçu une réponse m'indiquant que votre équipe l'avait examiné et qu'il « respecte nos lignes directrices ». Je ne suis pas d'accord et je fais appel de cette décision.

L'avis dit : « Le propriétaire nous a mis dehors à 8 h du matin sans rendre la caution. » Or je suis une femme, je gère seule les gîtes depuis 2019, et notre registre ne mentionne aucun séjour aux dates indiquées par l'auteur (du 14 au 16 août). Aucune caution n'est demandée pour les séjours de moins d'une semaine. Cet avis ne peut donc pas correspondre à une expérience réelle, ce qui est pourtant la première de vos règles.

Je joins une copie du registre d'août. Pourriez-vous réexaminer l'avis et me donner votre réponse d'ici vendredi ? Les réservations pour les vacances de février se font en ce moment.

Merci d'avance,

Pauline Achard-Vignes
Gérante – Gîtes du Moulin de Sauveterre
Le Moulin, 12800 Sauveterre-de-Rouergue
06 55 18 90 42
""", email=email("Pauline Achard-Vignes", "contact@moulin-sauveterre.fr", "Appel – avis signalé sur notre page",
                 "<CAF4mZ8qR1p0Tyk-sauveterre-02122026@mail.gmail.com>", "2026-12-02T10:08:00+01:00",
                 html_only=True),
        kind="business_appeal", case="new:q-sauveterre", name="Pauline Achard-Vignes",
        org="Gîtes du Moulin de Sauveterre", addr="contact@moulin-sauveterre.fr",
        urls=["https://fr.trustpilot.com/reviews/" + RID["fr_biz"]], ids=[RID["fr_biz"]],
        quotes=["Le propriétaire nous a mis dehors à 8 h du matin sans rendre la caution."],
        deadline=next_weekday("2026-12-02", "friday"), basis="d'ici vendredi", bases=["platform_guidelines"],
        note="HTML-only email. Weekday only: 'd'ici vendredi' written on Wednesday 2 Dec = 4 Dec. No address in the "
             "signature: sender_email is the From address."),
]
