from common import D, G, E

# ---------------------------------------------------------------- 1 "au plus tard le 1er ... à 17h (heure de Paris)"
D("ferrand", "fr", "pdf", "2026-11-24", "2026-11-20", "new:boulangerie-ferrand", """
CABINET LEMAIRE-DUBOST
Avocats au Barreau de Lyon
18, quai Jean Moulin, 69002 Lyon
Tél. 04 78 92 61 40
Courriel : c.dubost@lemaire-dubost-avocats.fr

Lyon, le 20 novembre 2026

N/Réf. : CD/2026/388

Trustpilot A/S
Service juridique
Pilestræde 58
1112 Copenhague K – Danemark

Objet : Avis diffamatoire – Boulangerie Ferrand SARL

Madame, Monsieur,

Je suis le conseil de la société Boulangerie Ferrand SARL, qui exploite trois boulangeries à Villeurbanne.

Un avis publié le 8 novembre 2026 à l'adresse https://fr.trustpilot.com/reviews/{R1} affirme : « Ils vendent du pain industriel surgelé en le faisant passer pour du pain maison. » Cette allégation est fausse : ma cliente fabrique l'intégralité de son pain sur place, ce qu'a confirmé un constat de commissaire de justice dressé le 16 novembre 2026.

Ces propos, qui portent atteinte à l'honneur et à la considération de ma cliente, sont diffamatoires au sens de l'article 29 de la loi du 29 juillet 1881.

Je vous mets en demeure de retirer cet avis et de m'en confirmer la suppression au plus tard le 1er décembre 2026 à 17h (heure de Paris).

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Claire Dubost
Avocate associée
Cabinet Lemaire-Dubost
""", G("legal_demand", "Claire Dubost", "Cabinet Lemaire-Dubost", "c.dubost@lemaire-dubost-avocats.fr",
       "Boulangerie Ferrand SARL", "CD/2026/388", ["https://fr.trustpilot.com/reviews/{R1}"],
       ["Ils vendent du pain industriel surgelé en le faisant passer pour du pain maison."],
       "au plus tard le 1er décembre 2026 à 17h (heure de Paris)", ["defamation"]),
  ("date", "2026-12-01"), "2026-12-01")

# ---------------------------------------------------------------- 2 passif "doivent nous parvenir avant le jeudi 3 décembre à 17 h 00" (sans année)
D("ddpp", "fr", "eml", "2026-11-19", "2026-11-19", "new:ddpp-renovhabitat", """
Madame, Monsieur,

Réf. : DD75-2026-1142

Dans le cadre d'une enquête sur les pratiques commerciales de la société Rénov'Habitat Île-de-France, entreprise de travaux de rénovation, la Direction départementale de la protection des populations de Paris souhaite obtenir des informations relatives aux avis publiés sur sa page https://fr.trustpilot.com/review/renovhabitat-idf.fr.

Nous souhaitons en particulier connaître le nombre d'avis supprimés depuis le 1er janvier 2026, les motifs de ces suppressions, ainsi que les éventuels signalements de faux avis concernant cette entreprise.

Cette demande est fondée sur l'article L. 512-8 du Code de la consommation. Vos réponses doivent nous parvenir avant le jeudi 3 décembre à 17 h 00, par retour de courriel.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Sophie Marchetti
Inspectrice
Direction départementale de la protection des populations de Paris
""", G("regulator", "Sophie Marchetti", "Direction départementale de la protection des populations de Paris",
       "sophie.marchetti@paris.gouv.fr", None, "DD75-2026-1142", ["https://fr.trustpilot.com/review/renovhabitat-idf.fr"], [],
       "doivent nous parvenir avant le jeudi 3 décembre à 17 h 00", ["consumer_law"]),
  ("date", "2026-12-03"), "2026-12-03",
  E("Sophie Marchetti", "sophie.marchetti@paris.gouv.fr", "Demande d'informations – avis en ligne – réf. DD75-2026-1142",
    "2026-11-19T10:20:00+01:00", "<DD75-2026-1142.20261119@paris.gouv.fr>"))

# ---------------------------------------------------------------- 3 champ "Date limite de réponse : 01/12/2026"
D("gendarmerie", "fr", "txt", "2026-11-23", "2026-11-20", "new:gendarmerie-bordeaux", """
GENDARMERIE NATIONALE
Brigade de recherches de Bordeaux
Tél. 05 56 99 41 27
Courriel : thomas.girard@gendarmerie.interieur.gouv.fr

RÉQUISITION JUDICIAIRE
(article 77-1-1 du Code de procédure pénale)

Procès-verbal n° 02417/2026
Date : 20/11/2026
Date limite de réponse : 01/12/2026

Destinataire : Trustpilot A/S, Pilestræde 58, 1112 Copenhague K, Danemark

Nous, Thomas Girard, adjudant, officier de police judiciaire, agissant en enquête préliminaire sur des faits de harcèlement en ligne, sur autorisation du procureur de la République près le tribunal judiciaire de Bordeaux,

Requérons la société Trustpilot A/S de nous communiquer les données d'identification (nom, adresse électronique, numéro de téléphone, adresses IP de création et de connexion) du compte ayant publié le 2 novembre 2026 l'avis accessible à l'adresse https://fr.trustpilot.com/reviews/{R1}.

La réponse est à adresser par courriel à l'adresse ci-dessus, en rappelant le numéro de procès-verbal.

Thomas Girard
Adjudant, officier de police judiciaire
Brigade de recherches de Bordeaux
""", G("law_enforcement", "Thomas Girard", "Brigade de recherches de Bordeaux", "thomas.girard@gendarmerie.interieur.gouv.fr",
       None, "02417/2026", ["https://fr.trustpilot.com/reviews/{R1}"], [],
       "Date limite de réponse : 01/12/2026", ["criminal", "harassment"]),
  ("date", "2026-12-01"), "2026-12-01")

# ---------------------------------------------------------------- 4 modal "vous devez ... au plus tard le", Belgique
D("tilleuls", "fr", "pdf", "2026-11-27", "2026-11-25", "new:hotel-tilleuls", """
JANSSENS & MOREAU AVOCATS
Avenue Louise 221, 1050 Bruxelles, Belgique
Tél. +32 2 640 18 77
E-mail : l.moreau@janssens-moreau.be

Bruxelles, le 25 novembre 2026

Nos réf. : LM/26/5512

Trustpilot A/S – Service juridique

Concerne : Hôtel Les Tilleuls SRL – avis https://fr-be.trustpilot.com/reviews/{R1}

Madame, Monsieur,

Nous intervenons pour l'Hôtel Les Tilleuls SRL, établissement situé à Durbuy.

L'avis visé en objet, publié le 15 novembre 2026, prétend que « le personnel de l'hôtel fouille les valises des clients pendant leur absence ». Aucun client ne s'est jamais plaint d'un tel fait, et l'auteur de l'avis n'a séjourné à l'hôtel à aucune date que nous puissions identifier.

Ces propos portent atteinte à l'honneur et à la réputation de notre cliente ; ils sont diffamatoires et engagent la responsabilité de leur auteur.

En votre qualité d'hébergeur, vous devez retirer cet avis au plus tard le 4 décembre 2026, faute de quoi notre cliente saisira le tribunal de l'entreprise compétent.

Veuillez agréer, Madame, Monsieur, l'expression de nos sentiments distingués.

Laurence Moreau
Avocate
Janssens & Moreau Avocats
""", G("legal_demand", "Laurence Moreau", "Janssens & Moreau Avocats", "l.moreau@janssens-moreau.be",
       "Hôtel Les Tilleuls SRL", "LM/26/5512", ["https://fr-be.trustpilot.com/reviews/{R1}"],
       ["le personnel de l'hôtel fouille les valises des clients pendant leur absence"],
       "vous devez retirer cet avis au plus tard le 4 décembre 2026", ["defamation"]),
  ("date", "2026-12-04"), "2026-12-04")

# ---------------------------------------------------------------- 5 "un délai expirant le", marque, docx
D("quillet", "fr", "docx", "2026-11-30", "2026-11-26", "new:maison-quillet", """
SELARL VASSEUR PROPRIÉTÉ INTELLECTUELLE
12, rue de la Bourse, 75002 Paris
Tél. 01 42 96 55 08
Courriel : a.vasseur@vasseur-pi.fr

Paris, le 26 novembre 2026

Réf. : AV/MQ/26-207

Trustpilot A/S, Service juridique

Objet : Notification – atteinte à la marque « MAISON QUILLET »

Madame, Monsieur,

Notre cliente, la société Maison Quillet SAS, est titulaire de la marque française verbale « MAISON QUILLET » n° 4 512 338, déposée le 3 mars 2019 pour des articles de maroquinerie.

Une page entreprise, accessible à l'adresse https://fr.trustpilot.com/review/maisonquillet-outlet.com, a été créée au nom d'un site qui vend des contrefaçons de ses produits sous cette marque. Les avis publiés sur cette page entretiennent la confusion avec notre cliente.

Cette utilisation constitue une contrefaçon de marque au sens de l'article L. 713-2 du Code de la propriété intellectuelle.

Nous vous accordons un délai expirant le 9 décembre 2026 pour désactiver cette page ou en supprimer toute référence à la marque de notre cliente.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Anne Vasseur
Avocate à la Cour
SELARL Vasseur Propriété Intellectuelle
""", G("ip_notice", "Anne Vasseur", "SELARL Vasseur Propriété Intellectuelle", "a.vasseur@vasseur-pi.fr",
       "Maison Quillet SAS", "AV/MQ/26-207", ["https://fr.trustpilot.com/review/maisonquillet-outlet.com"], [],
       "un délai expirant le 9 décembre 2026", ["trademark"]),
  ("date", "2026-12-09"), "2026-12-09")

# ---------------------------------------------------------------- 6 "La date limite ... est le lundi 30 novembre 2026", Suisse
D("rochat", "fr", "eml", "2026-11-23", "2026-11-23", "new:garage-rochat", """
Madame, Monsieur,

Je vous écris au nom de la société Garage Rochat SA, à Carouge (GE), que je représente.

Un avis publié à l'adresse https://fr.trustpilot.com/reviews/{R1} affirme que « le garage facture des réparations qui n'ont jamais été faites ». Ma cliente conteste formellement cette affirmation : toutes les interventions sur le véhicule de l'auteur, les 2 et 9 octobre 2026, sont documentées et ont été acceptées par écrit.

Cet avis porte atteinte à l'honneur et à la réputation commerciale de ma cliente (art. 28 du Code civil suisse). Je vous prie de le supprimer ou, à tout le moins, de le rendre inaccessible pendant votre examen.

La date limite fixée par ma cliente pour votre réponse est le lundi 30 novembre 2026.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Nicolas Perrin
Avocat
Perrin Avocats, Genève
Tél. +41 22 318 44 70
""", G("legal_demand", "Nicolas Perrin", "Perrin Avocats", "n.perrin@perrin-avocats.ch",
       "Garage Rochat SA", None, ["https://fr.trustpilot.com/reviews/{R1}"],
       ["le garage facture des réparations qui n'ont jamais été faites"],
       "La date limite fixée par ma cliente pour votre réponse est le lundi 30 novembre 2026", ["defamation"]),
  ("date", "2026-11-30"), "2026-11-30",
  E("Me Nicolas Perrin", "n.perrin@perrin-avocats.ch", "Avis diffamatoire – Garage Rochat SA",
    "2026-11-23T15:02:00+01:00", "<20261123150212.GR4471@perrin-avocats.ch>"))

# ---------------------------------------------------------------- 7 "sous huitaine"
D("erdre", "fr", "pdf", "2026-11-23", "2026-11-19", "new:clinique-erdre", """
MAÎTRE HÉLÈNE GARNIER
Avocate au Barreau de Nantes
5, rue Crébillon, 44000 Nantes
Tél. 02 40 48 17 93
Courriel : h.garnier@garnier-avocat.fr

Nantes, le 19 novembre 2026

Réf. : HG/2026/0419

Lettre recommandée avec accusé de réception

Trustpilot A/S
Pilestræde 58, 1112 Copenhague K, Danemark

Objet : Mise en demeure – Clinique vétérinaire de l'Erdre

Madame, Monsieur,

J'interviens pour la SELARL Clinique vétérinaire de l'Erdre.

Le 7 novembre 2026, un avis a été publié à l'adresse https://fr.trustpilot.com/reviews/{R1}, indiquant : « Le vétérinaire a euthanasié mon chat sans mon accord. » Le dossier de l'animal, et notamment le consentement signé par sa propriétaire le 5 novembre 2026, établit le contraire.

Ces propos, qui imputent à ma cliente un fait précis portant atteinte à son honneur et à sa considération, sont diffamatoires.

Je vous mets en demeure de supprimer cet avis sous huitaine. À défaut, j'ai reçu mandat d'engager toute procédure utile à l'encontre de votre société.

Je vous prie de croire, Madame, Monsieur, à l'assurance de ma considération distinguée.

Hélène Garnier
Avocate
""", G("legal_demand", "Hélène Garnier", None, "h.garnier@garnier-avocat.fr",
       "SELARL Clinique vétérinaire de l'Erdre", "HG/2026/0419", ["https://fr.trustpilot.com/reviews/{R1}"],
       ["Le vétérinaire a euthanasié mon chat sans mon accord."],
       "sous huitaine", ["defamation"]),
  ("days", "letter", 8), "2026-11-27")

# ---------------------------------------------------------------- 8 quinze jours à compter de la réception
D("barthelemy", "fr", "pdf", "2026-11-16", "2026-11-12", "new:barthelemy-effacement", """
Monsieur Julien Barthélemy
27, rue des Tanneurs
67000 Strasbourg
julien.barthelemy@laposte.net

Strasbourg, le 12 novembre 2026

Trustpilot A/S
À l'attention du délégué à la protection des données
Pilestræde 58, 1112 Copenhague K, Danemark

Objet : Demande d'effacement de données personnelles (article 17 du RGPD)

Madame, Monsieur,

Je suis agent immobilier à Strasbourg. Un avis publié le 30 octobre 2026 sur la page de mon ancienne agence, à l'adresse https://fr.trustpilot.com/reviews/{R1}, mentionne mon nom complet et mon numéro de téléphone portable personnel, accompagnés de la phrase : « Appelez-le directement pour lui dire ce que vous pensez de lui. »

Je n'ai jamais consenti à la publication de ces données. Depuis, je reçois des appels insultants à toute heure.

Conformément aux articles 17 et 21 du RGPD, je vous demande d'effacer mes données personnelles de cet avis, ou de supprimer l'avis, dans un délai de quinze jours à compter de la réception de la présente.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Julien Barthélemy
""", G("data_request", "Julien Barthélemy", None, "julien.barthelemy@laposte.net",
       None, None, ["https://fr.trustpilot.com/reviews/{R1}"],
       ["Appelez-le directement pour lui dire ce que vous pensez de lui."],
       "dans un délai de quinze jours à compter de la réception de la présente", ["data_protection"]),
  ("days", "received", 15), "2026-12-01")

# ---------------------------------------------------------------- 9 cinq jours ouvrés, 11 novembre férié
D("lumiere", "fr", "txt", "2026-11-10", "2026-11-09", "new:editions-lumiere", """
Éditions Lumière & Papier SAS
14, rue des Carmes, 31000 Toulouse
Tél. 05 61 22 47 90 – Courriel : m.roussel@lumiere-papier.fr

Toulouse, le lundi 9 novembre 2026

À : Trustpilot A/S – Service conformité

Objet : Contestation du refus de notre signalement – notre dossier LP-TP-07

Madame, Monsieur,

Le 28 octobre 2026, nous avons signalé l'avis https://fr.trustpilot.com/reviews/{R1}, publié sur notre page par une personne qui se présente comme autrice et qui affirme : « Cette maison d'édition encaisse l'argent des auteurs et ne publie jamais leurs livres. » Le 6 novembre, vous nous avez répondu que l'avis ne contrevenait pas à vos lignes directrices.

Nous contestons cette décision. L'autrice de l'avis n'a jamais été sous contrat avec nous, aucun paiement n'a été reçu de sa part, et nous ne facturons jamais les auteurs. L'avis ne repose donc sur aucune expérience réelle, contrairement à ce qu'exigent vos lignes directrices.

Nous vous demandons de réexaminer notre signalement et de nous faire part de votre décision dans un délai de cinq jours ouvrés.

Cordialement,

Mathilde Roussel
Directrice générale
Éditions Lumière & Papier SAS
""", G("business_appeal", "Mathilde Roussel", "Éditions Lumière & Papier SAS", "m.roussel@lumiere-papier.fr",
       None, "LP-TP-07", ["https://fr.trustpilot.com/reviews/{R1}"],
       ["Cette maison d'édition encaisse l'argent des auteurs et ne publie jamais leurs livres."],
       "dans un délai de cinq jours ouvrés", ["platform_guidelines"]),
  ("wd", "letter", 5, "FR"), "2026-11-17")

# ---------------------------------------------------------------- 10 NULL: sans délai
D("benali", "fr", "eml", "2026-11-26", "2026-11-26", "new:benali-haine", """
Bonjour,

Je vous signale, au titre de l'article 16 du règlement sur les services numériques (DSA), l'avis publié à l'adresse https://fr.trustpilot.com/reviews/{R1}.

Cet avis, qui porte sur un restaurant de Marseille, contient la phrase suivante : « Encore un restaurant tenu par des gens qui n'ont rien à faire en France. » Il s'agit d'une provocation à la haine en raison de l'origine, punie par l'article 24 de la loi du 29 juillet 1881.

Je suis le gérant de ce restaurant. Je vous demande de retirer ce contenu sans délai et de m'informer de votre décision.

Je déclare de bonne foi que les informations ci-dessus sont exactes et complètes.

Karim Benali
Gérant, Restaurant Le Petit Atlas
Marseille
""", G("illegal_content_notice", "Karim Benali", "Restaurant Le Petit Atlas", "karim.benali@orange.fr",
       None, None, ["https://fr.trustpilot.com/reviews/{R1}"],
       ["Encore un restaurant tenu par des gens qui n'ont rien à faire en France."],
       None, ["dsa", "criminal"]),
  None, None,
  E("Karim Benali", "karim.benali@orange.fr", "Signalement d'un contenu illicite – propos haineux",
    "2026-11-26T08:30:00+01:00", "<a7c3e5f1-benali-1126@orange.fr>"))

# ---------------------------------------------------------------- 11 NULL: date rappelée + date d'audience
D("beffroi", "fr", "pdf", "2026-12-01", "2026-11-27", "new:brasserie-beffroi", """
SCP ARNOULT-DELCROIX
Avocats au Barreau de Lille
41, rue Nationale, 59000 Lille
Tél. 03 20 57 18 62
Courriel : p.arnoult@arnoult-delcroix.fr

Lille, le 27 novembre 2026

N/Réf. : PA/26/1733

Trustpilot A/S – Service juridique

Objet : SAS Brasserie du Beffroi c/ X – procédure en référé

Madame, Monsieur,

Par lettre du 2 novembre 2026, nous vous avions demandé de retirer l'avis diffamatoire publié à l'adresse https://fr.trustpilot.com/reviews/{R1}, selon lequel « la brasserie sert de la viande avariée et l'hygiène y est déplorable ». Nous vous avions demandé une réponse avant le 16 novembre 2026. Vous n'avez pas répondu avant cette date, ni depuis.

Notre cliente a en conséquence saisi le président du tribunal judiciaire de Lille en référé aux fins d'obtenir la communication des données d'identification de l'auteur de l'avis. L'audience est fixée au 14 janvier 2027 à 9 h 30. L'assignation vous sera signifiée dans les prochains jours.

Nous vous rappelons que les données relatives au compte concerné doivent être conservées.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Pierre Arnoult
Avocat associé
SCP Arnoult-Delcroix
""", G("legal_demand", "Pierre Arnoult", "SCP Arnoult-Delcroix", "p.arnoult@arnoult-delcroix.fr",
       "SAS Brasserie du Beffroi", "PA/26/1733", ["https://fr.trustpilot.com/reviews/{R1}"],
       ["la brasserie sert de la viande avariée et l'hygiène y est déplorable"], None, ["defamation"]),
  None, None)

# ---------------------------------------------------------------- 12 relance : nouvelle date, ancien message cité
D("vautrin", "fr", "eml", "2026-12-02", "2026-12-02", "new:domaine-vautrin", """
Madame, Monsieur,

Je reviens vers vous au sujet de mon courriel ci-dessous, resté sans réponse à ce jour alors que le délai que je vous avais indiqué est expiré.

À la demande de ma cliente, je vous accorde un ultime délai jusqu'au lundi 7 décembre 2026 à 12 h pour retirer l'avis litigieux. Passé cette date, l'affaire sera portée devant le tribunal judiciaire de Dijon sans autre avertissement.

Bien cordialement,

Élodie Chassagne
Avocate
Chassagne Avocats – Dijon
Tél. 03 80 44 91 26

Le 19 nov. 2026 à 16:12, Élodie Chassagne <e.chassagne@chassagne-avocats.fr> a écrit :
> Madame, Monsieur,
>
> Je représente la société Domaine Vautrin, domaine viticole à Meursault.
>
> L'avis publié à l'adresse https://fr.trustpilot.com/reviews/{R1} affirme que « le domaine ajoute du sucre et des arômes artificiels à ses vins ». Cette affirmation, inexacte, est diffamatoire.
>
> Je vous demande de retirer cet avis avant le 27 novembre 2026.
>
> Bien cordialement,
>
> Élodie Chassagne
> Avocate
""", G("legal_demand", "Élodie Chassagne", "Chassagne Avocats", "e.chassagne@chassagne-avocats.fr",
       "Domaine Vautrin", None, ["https://fr.trustpilot.com/reviews/{R1}"],
       ["le domaine ajoute du sucre et des arômes artificiels à ses vins"],
       "un ultime délai jusqu'au lundi 7 décembre 2026 à 12 h", ["defamation"]),
  ("date", "2026-12-07"), "2026-12-07",
  E("Élodie Chassagne", "e.chassagne@chassagne-avocats.fr", "RE: Avis concernant la société Domaine Vautrin – demande de retrait",
    "2026-12-02T11:05:00+01:00", "<20261202110500.EC1733@chassagne-avocats.fr>",
    "<20261119161200.EC1690@chassagne-avocats.fr>", ["<20261119161200.EC1690@chassagne-avocats.fr>"]))
