"""French documents, part a: r04 r09 r15 r20 r27."""
from common import R, doc, mail, plus_days, plus_working_days

DOCS = []

# r04 — avocate, mise en demeure "sous quinzaine" from the letter's date
DOCS.append(doc("r04", "pdf", "fr", "2026-10-22", f"""
SELARL LE BIHAN AVOCATS
Gaëlle Le Bihan – Avocate au Barreau de Quimper
7, rue Kéréon – 29000 Quimper
Tél. 02 98 55 41 07 – g.lebihan@lebihan-avocats.fr

Trustpilot A/S
Service juridique
Pilestræde 58
1112 Copenhague K
DANEMARK

Quimper, le 19 octobre 2026

N/Réf. : GLB/2026/0219
Lettre recommandée avec accusé de réception – copie par courriel

Objet : SAS Boulangerie Kervella – mise en demeure – avis https://fr.trustpilot.com/reviews/{R['kervella']}

Madame, Monsieur,

J'ai l'honneur de vous informer que je suis le conseil de la SAS Boulangerie Kervella, artisan boulanger à Concarneau depuis 1994.

Un avis publié sur votre site le 28 septembre 2026 sous le pseudonyme « BZH_Gourmand » contient les propos suivants :

« Le pain est fait avec de la pâte surgelée industrielle, ils mentent à leurs clients. »

« Le patron traite ses apprentis comme des esclaves. »

Ces propos sont faux. Ma cliente fabrique l'intégralité de ses pains sur place, ce dont attestent ses factures de farine et le contrôle de la Chambre de métiers intervenu en juin dernier. Quant à la seconde allégation, elle vise nommément, à travers sa fonction, le dirigeant de la société, qui forme des apprentis depuis trente ans sans le moindre incident.

Ces allégations portent atteinte à l'honneur et à la considération de ma cliente et de son dirigeant et sont constitutives de diffamation publique au sens des articles 29 et 32 de la loi du 29 juillet 1881. Elles sont en outre de nature à détourner la clientèle d'un commerce de proximité.

Vous êtes désormais informés du caractère manifestement illicite de ce contenu. Je vous mets en demeure de le retirer sous quinzaine à compter de la date des présentes et de m'en informer.

À défaut, ma cliente se réserve le droit d'engager toute action utile à la défense de ses intérêts.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Maître Gaëlle Le Bihan
""", kind="legal_demand", name="Gaëlle Le Bihan", org="SELARL Le Bihan Avocats", mail="g.lebihan@lebihan-avocats.fr",
    rep="SAS Boulangerie Kervella", theirs="GLB/2026/0219",
    urls=[f"https://fr.trustpilot.com/reviews/{R['kervella']}"], ids=[R["kervella"]],
    quotes=["Le pain est fait avec de la pâte surgelée industrielle, ils mentent à leurs clients.",
            "Le patron traite ses apprentis comme des esclaves."],
    deadline=plus_days("2026-10-19", 15), basis="sous quinzaine à compter de la date des présentes",
    bases=["defamation"], case="new:r-kervella", note="'sous quinzaine' = 15 days from the letter's date."))

# r09 — the reviewer of CI-2026-0733 writes again citing her review id, no reference
DOCS.append(doc("r09", "eml", "fr", "2026-10-27", f"""
Bonjour,

Je me permets de vous relancer au sujet de mon avis sur Cuisines Berthelot, supprimé début octobre à la suite d'un signalement de l'entreprise. Il s'agit de l'avis n° {R['roussel']}.

Je vous ai envoyé le 12 octobre, comme demandé, la facture de la cuisine (n° CB-2026-0571), le bon de livraison et les photos des façades rayées. Depuis, plus rien. J'ai juste reçu un message automatique me disant que mon dossier était « en cours d'examen ».

Je rappelle ce que disait mon avis : « Cuisine livrée avec deux façades rayées et un plan de travail mal découpé, le SAV ne répond plus. » C'est exactement ce qui s'est passé, les photos le montrent. Je n'ai insulté personne. Je trouve assez choquant qu'une entreprise puisse faire disparaître un avis négatif simplement en le signalant, alors que je suis une vraie cliente et que j'ai payé 9 400 euros.

Je vous demande donc de rétablir mon avis, ou au minimum de me dire ce qui manque dans mon dossier, d'ici la fin du mois. Sans nouvelles de votre part, je saisirai la DGCCRF et je publierai mon expérience ailleurs.

Cordialement,

Mathilde Roussel
06 55 21 74 90
""", email=mail("Mathilde Roussel", "mathilde.roussel@laposte.net", "Mon avis supprimé - Cuisines Berthelot (relance)",
                "<1803662410.81277.1761570301@laposte.net>", "2026-10-27T14:05:00+01:00",
                to="support@trustpilot.com"),
    kind="consumer_appeal", name="Mathilde Roussel", mail="mathilde.roussel@laposte.net", ids=[R["roussel"]],
    quotes=["Cuisine livrée avec deux façades rayées et un plan de travail mal découpé, le SAV ne répond plus."],
    deadline="2026-10-31", basis="d'ici la fin du mois", bases=["platform_guidelines"], case="CI-2026-0733",
    note="Follow-up to CI-2026-0733 by the same reviewer and review id. 'la fin du mois' = 31 October."))

# r15 — French gendarmerie requisition; "dans les meilleurs délais" and a retention period: no deadline
DOCS.append(doc("r15", "pdf", "fr", "2026-10-30", f"""
GENDARMERIE NATIONALE
Région de gendarmerie de Bretagne – Groupement du Morbihan
Brigade de recherches de Vannes
12, avenue de la Marne – 56000 Vannes
Tél. 02 97 55 63 20 – sebastien.morvan@gendarmerie.interieur.gouv.fr

RÉQUISITION JUDICIAIRE
(articles 77-1-1 et 77-1-2 du code de procédure pénale)

Procédure n° 02417/2026
Vannes, le 28 octobre 2026

Nous, Sébastien Morvan, adjudant-chef, officier de police judiciaire en résidence à Vannes, agissant en enquête préliminaire sur instructions de M. le procureur de la République près le tribunal judiciaire de Vannes (N° parquet : 26.287.000.112),

Vu l'enquête ouverte du chef de harcèlement moral par un moyen de communication électronique (article 222-33-2-2 du code pénal) au préjudice de Mme Lénaïg Kerhervé, gérante d'une crêperie à Sarzeau,

Requérons la société Trustpilot A/S, Pilestræde 58, 1112 Copenhague K (Danemark), de bien vouloir nous communiquer, concernant le compte utilisateur ayant publié l'avis accessible à l'adresse https://fr.trustpilot.com/reviews/{R['gend_rev']} :

- les nom, prénom et adresse électronique déclarés lors de la création du compte ;
- les adresses IP de création du compte et de publication de l'avis, avec date, heure et fuseau horaire ;
- la liste des autres avis publiés depuis ce compte.

L'avis concerné comporte notamment la phrase : « On sait où tu habites, la prochaine fois ce ne sera pas qu'un avis. »

Nous vous prions de bien vouloir nous adresser votre réponse dans les meilleurs délais, par courriel à l'adresse ci-dessus. Nous vous demandons par ailleurs de conserver l'ensemble des données relatives à ce compte pendant une durée d'un an à compter de la présente, dans l'éventualité d'une demande d'entraide.

Il vous est rappelé que la présente réquisition ne doit pas être portée à la connaissance de l'utilisateur concerné.

L'officier de police judiciaire
Adjudant-chef Sébastien Morvan
""", kind="law_enforcement", name="Sébastien Morvan", org="Gendarmerie nationale",
    mail="sebastien.morvan@gendarmerie.interieur.gouv.fr", theirs="02417/2026",
    urls=[f"https://fr.trustpilot.com/reviews/{R['gend_rev']}"], ids=[R["gend_rev"]],
    quotes=["On sait où tu habites, la prochaine fois ce ne sera pas qu'un avis."],
    bases=["criminal", "harassment"], case="new:r-kerherve",
    note="No deadline: 'dans les meilleurs délais'; one-year retention is not a deadline. "
         "their_reference is the procedure number; the parquet number 26.287.000.112 is the prosecutor's."))

# r20 — avocat, eight working days (French holidays: 11 November skipped)
DOCS.append(doc("r20", "docx", "fr", "2026-11-04", f"""
CABINET DUFRESNE & ASSOCIÉS
Société d'avocats – Barreau de Bordeaux
42, cours de l'Intendance – 33000 Bordeaux
Tél. 05 56 55 18 30 – a.dufresne@dufresne-avocats.fr

Trustpilot A/S
À l'attention du service juridique
Pilestræde 58
1112 Copenhague K – Danemark

Par courriel : legal@trustpilot.com

Bordeaux, le 3 novembre 2026

Nos réf. : AD/TCH – 26.114

Objet : Domaine des Trois Chênes – notification de contenus illicites

Madame, Monsieur,

Je vous écris en qualité de conseil de la SARL Domaine des Trois Chênes, qui exploite un lieu de réception et cinq chambres d'hôtes à Saint-Émilion.

Deux avis publiés sur votre plateforme les 17 et 21 octobre 2026 visent ma cliente :

https://fr.trustpilot.com/reviews/{R['fr_biz']}
https://fr.trustpilot.com/reviews/{R['lcen']}

Le premier affirme : « Ils annulent les mariages à la dernière minute pour relouer la salle plus cher. » Le second : « Le gérant garde les acomptes et ne rembourse jamais personne. »

Aucun mariage n'a été annulé par ma cliente depuis l'ouverture du domaine en 2017. Quant aux acomptes, ils ont été intégralement remboursés dans les deux seuls cas d'annulation à l'initiative des clients, ce dont je tiens les justificatifs à votre disposition. Ces affirmations, précises et fausses, caractérisent une diffamation au sens de l'article 29 de la loi du 29 juillet 1881.

La présente vaut notification au sens de l'article 16 du règlement (UE) 2022/2065 relatif aux services numériques. Je vous demande en conséquence de procéder au retrait de ces deux avis dans un délai de huit jours ouvrés à compter de la date de la présente, et de m'en tenir informé.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Antoine Dufresne
Avocat associé
""", kind="legal_demand", name="Antoine Dufresne", org="Cabinet Dufresne & Associés", mail="a.dufresne@dufresne-avocats.fr",
    rep="SARL Domaine des Trois Chênes", theirs="AD/TCH – 26.114",
    urls=[f"https://fr.trustpilot.com/reviews/{R['fr_biz']}", f"https://fr.trustpilot.com/reviews/{R['lcen']}"],
    ids=[R["fr_biz"], R["lcen"]],
    quotes=["Ils annulent les mariages à la dernière minute pour relouer la salle plus cher.",
            "Le gérant garde les acomptes et ne rembourse jamais personne."],
    deadline=plus_working_days("2026-11-03", 8, "FR"),
    basis="dans un délai de huit jours ouvrés à compter de la date de la présente",
    bases=["defamation", "dsa"], case="new:r-trois-chenes",
    note="Jours ouvrés skip 11 November (Armistice)."))

# r27 — Swiss federal data protection commissioner (outside UK/EU); "délai au"
DOCS.append(doc("r27", "pdf", "fr", "2026-11-10", f"""
Préposé fédéral à la protection des données et à la transparence PFPDT
Feldeggweg 1, 3003 Berne
Tél. +41 58 555 38 14 – laurence.berthod@edoeb.admin.ch

Recommandé
Trustpilot A/S
Pilestræde 58
1112 Copenhague K
Danemark

Notre référence : 2026-0388 / LBE
Berne, le 5 novembre 2026

Dénonciation de Madame Nadia Perret – avis publié sur trustpilot.com

Madame, Monsieur,

Le PFPDT a été saisi d'une dénonciation de Madame Nadia Perret, coiffeuse indépendante à Lausanne. Celle-ci se plaint d'un avis publié sur votre plateforme (identifiant {R['fenner']}) qui la désigne par son nom et affirme : « Nadia Perret boit pendant son service, ça se sent dès qu'elle s'approche. »

Madame Perret indique vous avoir demandé, le 2 octobre 2026, la suppression de son nom, sans obtenir de réponse. Elle invoque une atteinte à sa personnalité au sens des articles 30 et 32 de la loi fédérale sur la protection des données (LPD).

Trustpilot A/S n'a pas d'établissement en Suisse, mais son offre est manifestement destinée au public suisse, de sorte que la LPD est applicable aux traitements en cause (art. 3 LPD). Avant de décider de l'ouverture éventuelle d'une enquête au sens de l'article 49 LPD, nous souhaitons vous entendre.

Nous vous prions de nous indiquer :

1. si vous avez reçu la demande de Madame Perret et la suite que vous y avez donnée ;
2. sur quelle base vous estimez justifiée la publication de son nom et de cette affirmation ;
3. si vous avez désigné un représentant en Suisse au sens de l'article 14 LPD.

Nous vous impartissons un délai au 15 décembre 2026 pour nous faire part de votre prise de position.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Laurence Berthod
Juriste, Domaine de direction Protection des données
""", kind="regulator", name="Laurence Berthod", org="Préposé fédéral à la protection des données et à la transparence",
    mail="laurence.berthod@edoeb.admin.ch", theirs="2026-0388 / LBE", ids=[R["fenner"]],
    quotes=["Nadia Perret boit pendant son service, ça se sent dès qu'elle s'approche."],
    deadline="2026-12-15", basis="un délai au 15 décembre 2026", bases=["data_protection"], case="new:r-perret",
    note="Swiss regulator. 2 October is recalled."))
