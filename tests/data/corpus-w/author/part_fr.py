from common import *

# ---------------------------------------------------------------- w04 Lyon avocat (pdf)
doc("w04", "fr", "pdf", "2026-11-04", f"""SELARL VASSEUR AVOCATS
Avocats au Barreau de Lyon
27, quai Saint-Vincent – 69001 Lyon
Tél. 04 78 29 61 40 – Fax 04 78 29 61 49
contact@vasseur-avocats.fr – Toque 1184

Lyon, le 2 novembre 2026

N/Réf. : CV/2026-0871
V/Réf. : –
Affaire suivie par Me Claire Vasseur – c.vasseur@vasseur-avocats.fr

Lettre recommandée avec accusé de réception
Copie par courriel : legal@trustpilot.com

Trustpilot A/S
Service juridique
Pilestræde 58
1112 Copenhague K
DANEMARK

Objet : SARL Boulangerie Gaillard (« Aux Délices des Canuts ») – avis publié le 19 octobre 2026 – notification de contenu illicite et mise en demeure

Madame, Monsieur,

J'interviens en qualité de conseil de la SARL Boulangerie Gaillard, qui exploite sous l'enseigne « Aux Délices des Canuts » une boulangerie-pâtisserie située 112, boulevard de la Croix-Rousse à Lyon (4e).

Le 19 octobre 2026, un avis a été publié sur votre site à l'adresse suivante :
https://fr.trustpilot.com/reviews/{R['LYON']}

Cet avis contient notamment les propos suivants :
« On a retrouvé un cheveu et un morceau de plastique dans le flan, et la patronne nous a ri au nez. »
« Boulangerie à fuir, l'hygiène y est inexistante. »

Ces allégations sont dépourvues de tout fondement. Ma cliente n'a enregistré aucune réclamation de cette nature, et le dernier contrôle de la Direction départementale de la protection des populations, réalisé le 8 septembre 2026, n'a relevé aucune non-conformité. L'imputation d'un manquement aux règles d'hygiène, présentée comme un fait avéré, porte atteinte à l'honneur et à la considération de ma cliente et caractérise une diffamation au sens de l'article 29 de la loi du 29 juillet 1881 sur la liberté de la presse.

La présente vaut notification au sens de l'article 16 du règlement (UE) 2022/2065 relatif à un marché unique des services numériques. Vous avez désormais connaissance du caractère manifestement illicite de ce contenu.

En conséquence, je vous mets en demeure de procéder au retrait de cet avis sous huitaine à compter de la réception de la présente, et de m'en informer par écrit.

À défaut, ma cliente se réserve le droit de saisir le président du tribunal judiciaire de Lyon statuant en référé, sans autre avis.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Claire Vasseur
Avocat associé
Docteur en droit""",
    G("legal_demand", "Claire Vasseur", "SELARL Vasseur Avocats", "c.vasseur@vasseur-avocats.fr", "SARL Boulangerie Gaillard",
      "CV/2026-0871", None, [f"https://fr.trustpilot.com/reviews/{R['LYON']}"], [R['LYON']],
      ["On a retrouvé un cheveu et un morceau de plastique dans le flan, et la patronne nous a ri au nez.",
       "Boulangerie à fuir, l'hygiène y est inexistante."],
      add_days("2026-11-04", 8), "sous huitaine à compter de la réception de la présente",
      ["defamation", "dsa"], "new:gaillard"))

# ---------------------------------------------------------------- w05 Police Bruxelles-Ixelles rappel (scan)
doc("w05", "fr", "scan", "2026-11-05", f"""ZONE DE POLICE BRUXELLES-CAPITALE / IXELLES
Police locale – Service d'Enquêtes et de Recherche
Section Criminalité informatique
Rue du Marché au Charbon 30 – 1000 Bruxelles
Tél. 02 279 71 40 – ser.cyber@zpbxl-ix.be

RAPPEL DE RÉQUISITION
(article 46bis du Code d'instruction criminelle)

N/Réf. : PV BR.21.LL.104377/2026
Notice parquet : BR.61.L3.018822/26
V/Réf. : –
Date : Bruxelles, le 3 novembre 2026
Destinataire : Trustpilot A/S – service juridique – Pilestræde 58, 1112 Copenhague K, Danemark
Objet : Rappel – notre réquisition du 8 octobre 2026

Madame, Monsieur,

Par réquisition du 8 octobre 2026, établie sur ordre du Procureur du Roi de Bruxelles, nos services vous ont demandé de communiquer les données d'identification du titulaire du compte ayant publié, le 27 septembre 2026, l'avis accessible à l'adresse https://be.trustpilot.com/reviews/{R['BEPOL']}.

À ce jour, aucune réponse ne nous est parvenue.

L'avis en question fait l'objet d'une plainte pour menaces (articles 327 et suivants du Code pénal) déposée par le gérant de l'établissement concerné.

Données requises :
– nom d'utilisateur, adresse(s) électronique(s) et numéro de téléphone liés au compte ;
– adresses IP utilisées lors de la création du compte et de la publication de l'avis, avec date, heure et fuseau horaire ;
– liste des autres avis publiés depuis ce compte.

Il vous est demandé de transmettre ces données dans les dix jours ouvrables à compter de la réception de la présente, exclusivement par courriel à l'adresse ci-dessus, en rappelant la référence du PV.

Nous attirons votre attention sur le fait que le refus de communiquer ces données est punissable en vertu de l'article 46bis, § 2, du Code d'instruction criminelle.

Pour le Chef de corps, par délégation,

Marc Delvaux
Inspecteur principal
Service d'Enquêtes et de Recherche""",
    G("law_enforcement", "Marc Delvaux", "Zone de police Bruxelles-Capitale / Ixelles", "ser.cyber@zpbxl-ix.be", None,
      "BR.21.LL.104377/2026", None, [f"https://be.trustpilot.com/reviews/{R['BEPOL']}"], [R['BEPOL']], [],
      workdays("2026-11-05", 10, "BE"), "dans les dix jours ouvrables à compter de la réception de la présente",
      ["criminal"], "CI-2026-0421"))

# ---------------------------------------------------------------- w24 Thibault Lemaire — RGPD (eml)
doc("w24", "fr", "eml", "2026-11-17", """Madame, Monsieur,

Je soussigné Thibault Lemaire, domicilié avenue des Cerisiers 18 à 1330 Rixensart, vous adresse la présente demande en ma qualité de personne concernée au sens du règlement (UE) 2016/679 (RGPD).

Jusqu'au 15 octobre 2026, j'étais titulaire d'un compte utilisateur Trustpilot associé à l'adresse électronique t.lemaire@skynet.be. J'ai supprimé ce compte moi-même à cette date. J'ai toutefois constaté que l'un de mes avis, publié en 2024 sur la page d'une agence immobilière de Wavre, apparaît toujours en ligne sous le nom « Thibault L. ».

En conséquence, je vous demande :

1. en application de l'article 15 du RGPD, de me communiquer une copie de l'ensemble des données à caractère personnel me concernant que vous détenez encore, en précisant les finalités, les destinataires et la durée de conservation ;
2. en application de l'article 17 du RGPD, d'effacer l'ensemble de ces données, y compris l'avis mentionné ci-dessus, dans la mesure où aucune obligation légale ne vous impose de les conserver ;
3. de m'indiquer si mes données ont été communiquées à l'agence immobilière concernée ou à d'autres tiers.

Je vous remercie de me répondre dans le délai d'un mois prévu à l'article 12, paragraphe 3, du RGPD. À défaut, je me réserve le droit d'introduire une plainte auprès de l'Autorité de protection des données.

Une copie de ma carte d'identité peut vous être transmise sur simple demande.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Thibault Lemaire""",
    G("data_request", "Thibault Lemaire", None, "t.lemaire@skynet.be", None, None, None, [], [], [],
      add_month("2026-11-17"), "dans le délai d'un mois prévu à l'article 12, paragraphe 3, du RGPD",
      ["data_protection"], "new:lemaire"),
    E("Thibault Lemaire", "t.lemaire@skynet.be", "Demande d'accès et d'effacement – RGPD",
      "<5e2b9c1a-7d3f-4e60-a1b8-0c94f2d6e713@skynet.be>", "2026-11-17T08:12:00+01:00"))

# ---------------------------------------------------------------- w25 Weber & Kremer follow-up — "sans délai"
doc("w25", "fr", "pdf", "2026-11-18", f"""ÉTUDE WEBER & KREMER
Avocats à la Cour
12, boulevard Royal
L-2449 Luxembourg
Tél. (+352) 26 47 81 – Fax (+352) 26 47 81 99
www.weberkremer.lu

Luxembourg, le 16 novembre 2026

N/Réf. : 2026/1173/JW
V/Réf. : CI-2026-452
Me Julie Weber – ligne directe (+352) 26 47 81 22 – j.weber@weberkremer.lu

Par courriel (legal@trustpilot.com) et par lettre recommandée
Trustpilot A/S
Service juridique
Pilestræde 58
DK-1112 Copenhague K

Concerne : Le Petit Zinc S.à r.l. – avis publié le 2 septembre 2026 – rappel de notre courrier du 12 octobre 2026

Madame, Monsieur,

Nous revenons vers vous dans le dossier repris sous rubrique.

Par courrier du 12 octobre 2026, nous vous avons notifié, au nom et pour compte de notre mandante, la société à responsabilité limitée Le Petit Zinc, qui exploite le restaurant du même nom rue de Strasbourg à Luxembourg-Gare, le caractère manifestement illicite de l'avis publié à l'adresse https://fr.trustpilot.com/reviews/{R['ZINC']}. Par courriel du 21 octobre 2026, vos services nous ont indiqué que l'avis était « en cours d'examen » et nous ont communiqué la référence rappelée ci-dessus. Depuis lors, plus rien.

Nous rappelons que l'avis litigieux affirme notamment : « Le chef réchauffe au micro-ondes des plats surgelés achetés en grande surface. » et « La cuisine a été fermée deux fois par l'inspection sanitaire. » Cette dernière affirmation est matériellement fausse : aucun contrôle de la Division de la sécurité alimentaire n'a jamais donné lieu à une fermeture, ainsi qu'en atteste le courrier de cette administration du 30 septembre 2026, que nous joignons à nouveau.

De telles imputations portent atteinte à l'honneur et à la réputation commerciale de notre mandante (articles 443 et suivants du Code pénal, article 1382 du Code civil). Votre responsabilité en qualité d'hébergeur est engagée dès lors que, dûment informés, vous n'avez pas agi promptement pour retirer ce contenu (article 6 du règlement (UE) 2022/2065).

Le délai de quinze jours qui vous avait été imparti par notre courrier du 12 octobre 2026, et qui expirait le 27 octobre 2026, est échu depuis longtemps. Nous vous mettons dès lors en demeure de retirer l'avis sans délai. À défaut de retrait immédiat, notre mandante nous a donné instruction de saisir le juge des référés du tribunal d'arrondissement de Luxembourg, sans autre avis de notre part.

Veuillez agréer, Madame, Monsieur, l'expression de nos sentiments distingués.

Julie Weber
Avocat à la Cour""",
    G("legal_demand", "Julie Weber", "Étude Weber & Kremer", "j.weber@weberkremer.lu", "Le Petit Zinc S.à r.l.",
      "2026/1173/JW", "CI-2026-0452", [f"https://fr.trustpilot.com/reviews/{R['ZINC']}"], [R['ZINC']],
      ["Le chef réchauffe au micro-ondes des plats surgelés achetés en grande surface.",
       "La cuisine a été fermée deux fois par l'inspection sanitaire."],
      None, None, ["defamation", "dsa"], "CI-2026-0452"))

# ---------------------------------------------------------------- w32 Camille internal escalation + w33 client letter (docx)
doc("w32", "fr", "eml", "2026-11-23", """Bonjour l'équipe juridique,

Je vous transmets en pièce jointe un courrier que m'a envoyé vendredi la directrice juridique de Groupe Hôtelier Vauban SAS, l'un de nos clients Enterprise en France (11 hôtels, contrat renouvelé en septembre).

Pour résumer : ils contestent un avis publié sur la page de leur hôtel de Besançon, qui accuse nommément le réceptionniste de nuit de vol. Ils l'ont signalé via le formulaire il y a trois semaines et n'ont reçu qu'un accusé de réception automatique. Le client est très remonté et m'a clairement fait comprendre que le sujet serait abordé lors de notre revue trimestrielle du 10 décembre.

Je ne vous demande évidemment pas de trancher dans un sens ou dans l'autre, mais j'ai besoin de savoir où en est le dossier. Le client attend une réponse avant l'échéance fixée dans son courrier (le 30 novembre). Pourriez-vous me faire un retour d'ici jeudi 26 novembre au plus tard, pour que je puisse le rappeler avant ?

Merci d'avance,

Camille Roussel
Key Account Manager – France
Trustpilot
camille.roussel@trustpilot.com
+33 1 84 88 27 51""",
    G("internal_escalation", "Camille Roussel", "Trustpilot", "camille.roussel@trustpilot.com",
      "Groupe Hôtelier Vauban SAS", None, None, [], [], [], "2026-11-26", "d'ici jeudi 26 novembre au plus tard", [],
      "new:vauban"),
    E("Camille Roussel", "camille.roussel@trustpilot.com",
      "Escalade – Groupe Hôtelier Vauban – courrier de mise en demeure (PJ)",
      "<CAK3rV9p1Yx2Lm0@mail.gmail.com>", "2026-11-23T11:48:00+01:00", attachments=["w33"]))

doc("w33", "fr", "docx", "2026-11-23", f"""GROUPE HÔTELIER VAUBAN
Société par actions simplifiée au capital de 2 400 000 €
8, rue de la Préfecture – 25000 Besançon
RCS Besançon 512 338 907
Direction juridique

Besançon, le 20 novembre 2026

Réf. : DJ/2026/117
Affaire suivie par : Hélène Marchetti – h.marchetti@groupe-vauban.fr

Trustpilot A/S
Service juridique
Pilestræde 58
1112 Copenhague K – Danemark

Copie : Mme Camille Roussel, Key Account Manager

Objet : Avis diffamatoire concernant l'Hôtel Vauban Citadelle – mise en demeure

Madame, Monsieur,

Le 31 octobre 2026, un avis a été publié sur la page de notre établissement Hôtel Vauban Citadelle, à Besançon, à l'adresse https://fr.trustpilot.com/reviews/{R['VAUBAN']}.

Cet avis contient le passage suivant : « Le réceptionniste de nuit, Karim, est entré dans notre chambre pendant notre absence et a volé 200 euros dans ma valise. » Son auteur ajoute : « La direction couvre ses employés voleurs. »

Aucune plainte n'a été déposée, aucune réclamation ne nous a été adressée, et la chambre mentionnée n'était pas occupée à la date indiquée. Ces propos imputent à un salarié identifiable, ainsi qu'à notre société, la commission d'une infraction pénale. Ils constituent une diffamation au sens des articles 29 et 32 de la loi du 29 juillet 1881.

Nous avons signalé cet avis au moyen de votre formulaire le 2 novembre 2026 et n'avons reçu qu'un accusé de réception automatique.

Nous vous demandons en conséquence de retirer cet avis dans un délai de dix jours à compter de la date du présent courrier. À défaut, nous saisirons notre conseil aux fins d'engager toute action utile, y compris à votre encontre.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Hélène Marchetti
Directrice juridique
Groupe Hôtelier Vauban SAS""",
    G("legal_demand", "Hélène Marchetti", "Groupe Hôtelier Vauban SAS", "h.marchetti@groupe-vauban.fr", None,
      "DJ/2026/117", None, [f"https://fr.trustpilot.com/reviews/{R['VAUBAN']}"], [R['VAUBAN']],
      ["Le réceptionniste de nuit, Karim, est entré dans notre chambre pendant notre absence et a volé 200 euros dans ma valise.",
       "La direction couvre ses employés voleurs."],
      add_days("2026-11-20", 10), "dans un délai de dix jours à compter de la date du présent courrier",
      ["defamation"], "new:vauban"))

# ---------------------------------------------------------------- w43 Belgian ordonnance sur requête unilatérale (pdf)
doc("w43", "fr", "pdf", "2026-11-26", f"""TRIBUNAL DE L'ENTREPRISE FRANCOPHONE DE BRUXELLES
Boulevard de Waterloo 70 – 1000 Bruxelles

R.R. n° 2026/1187/B

ORDONNANCE SUR REQUÊTE UNILATÉRALE
(articles 584 et 1025 et suivants du Code judiciaire)

En cause de :
la SRL CHOCOLATERIE VANDERLINDEN, dont le siège est établi rue Haute 214, 1000 Bruxelles, inscrite à la BCE sous le numéro 0712.448.309,
requérante,
ayant pour conseil Me Laurence Dewitte, avocate, avenue Louise 326, 1050 Bruxelles ;

Nous, Marie-Hélène Dujardin, présidente de chambre, faisant fonction de président du tribunal de l'entreprise francophone de Bruxelles, assistée de M. Olivier Lambrecht, greffier ;

Vu la requête unilatérale déposée au greffe le 17 novembre 2026 et les pièces qui y sont jointes ;

Attendu que la requérante expose qu'un avis publié le 3 octobre 2026 sur le site exploité par Trustpilot A/S, à l'adresse https://be.trustpilot.com/reviews/{R['BE_ORDER']}, lui impute faussement d'utiliser « du chocolat industriel reconditionné vendu comme artisanal » ;

Attendu que l'auteur de cet avis n'est identifiable qu'au moyen des données détenues par Trustpilot A/S ; que la requérante justifie d'un intérêt légitime à obtenir ces données en vue d'introduire une action en responsabilité pour atteinte à son honneur et à sa réputation ; que l'absolue nécessité justifie le recours à la procédure unilatérale ;

PAR CES MOTIFS,

Statuant sur requête unilatérale,

Ordonnons à Trustpilot A/S, dont le siège est établi Pilestræde 58, 1112 Copenhague K (Danemark), de communiquer au conseil de la requérante, dans les quinze jours de la signification de la présente ordonnance, les nom, adresse électronique, numéro de téléphone et adresses IP (avec date et heure) associés au compte ayant publié l'avis susmentionné ;

Disons que ces données ne pourront être utilisées qu'aux fins de l'action visée ci-dessus ;

Réservons les dépens ;

Disons que la présente ordonnance est exécutoire par provision.

Ainsi ordonné en notre cabinet, au Palais de justice de Bruxelles, le 20 novembre 2026.

Le greffier, O. Lambrecht
La présidente, M.-H. Dujardin""",
    G("court_order", "Marie-Hélène Dujardin", "Tribunal de l'entreprise francophone de Bruxelles", None, None,
      "2026/1187/B", None, [f"https://be.trustpilot.com/reviews/{R['BE_ORDER']}"], [R['BE_ORDER']],
      ["du chocolat industriel reconditionné vendu comme artisanal"],
      add_days("2026-11-26", 15), "dans les quinze jours de la signification de la présente ordonnance",
      ["court_order", "defamation"], "new:vanderlinden"))

# ---------------------------------------------------------------- w45 Trademark (docx)
doc("w45", "fr", "docx", "2026-11-27", """CABINET FERRAND & ASSOCIÉS
Conseils en propriété industrielle
14, rue de Bassano – 75116 Paris
Tél. +33 1 47 20 31 88
contact@ferrand-pi.fr

Paris, le 25 novembre 2026

N/Réf. : LHE/TM/26-552
V/Réf. : –

Trustpilot A/S
Service juridique – Propriété intellectuelle
Pilestræde 58
1112 Copenhague K
Danemark

Par courriel : legal@trustpilot.com

Objet : Atteinte à la marque LHERMITTE – page « lhermitte-outlet.com »

Madame, Monsieur,

Nous intervenons pour le compte de la société Maison Lhermitte SAS, fabricant français de cosmétiques, titulaire notamment de la marque de l'Union européenne verbale LHERMITTE n° 018447221, enregistrée le 4 mai 2021 pour des produits et services des classes 3 et 35, ainsi que de la marque française semi-figurative n° 4712558.

Nous avons constaté qu'une page d'entreprise est ouverte sur votre plateforme au nom de « Lhermitte Outlet » : https://fr.trustpilot.com/review/lhermitte-outlet.com

Le site lhermitte-outlet.com n'a aucun lien avec notre cliente. Il reproduit à l'identique la marque et le logo LHERMITTE et propose à prix cassés des produits présentés comme authentiques, dont plusieurs achats tests ont démontré qu'il s'agit de contrefaçons. La page Trustpilot, qui affiche le logo de notre cliente et compte plus de quarante avis de consommateurs se plaignant de produits de mauvaise qualité ou jamais livrés, entretient la confusion avec notre cliente et porte atteinte à sa marque comme à sa réputation.

L'usage du signe LHERMITTE pour désigner ce site constitue l'usage, sans autorisation, d'un signe identique pour des produits identiques, au sens de l'article 9, paragraphe 2, sous a), du règlement (UE) 2017/1001 et de l'article L. 713-2 du Code de la propriété intellectuelle.

En conséquence, nous vous demandons de bien vouloir, sans délai :
– retirer le logo de notre cliente de la page susvisée ;
– indiquer sur la page qu'elle n'a aucun lien avec Maison Lhermitte SAS, ou la désactiver ;
– nous communiquer les informations dont vous disposez sur la personne ayant revendiqué cette page.

Nous tenons à votre disposition les certificats d'enregistrement ainsi que les procès-verbaux d'achat.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Antoine Ferrand
Conseil en propriété industrielle
Mandataire en marques de l'Union européenne""",
    G("ip_notice", "Antoine Ferrand", "Cabinet Ferrand & Associés", "contact@ferrand-pi.fr", "Maison Lhermitte SAS",
      "LHE/TM/26-552", None, ["https://fr.trustpilot.com/review/lhermitte-outlet.com"], [], [],
      None, None, ["trademark"], "new:lhermitte"))

# ---------------------------------------------------------------- w46 Québec consumer appeal (HTML email)
doc("w46", "fr", "eml", "2026-11-27", f"""Bonjour,

Je vous écris parce que mon avis sur Rénovations Boisvert inc. a été retiré hier sans explication claire, juste un courriel qui dit qu'il « ne respecte pas nos lignes directrices ». C'était celui-là :
https://fr-ca.trustpilot.com/reviews/{R['QC']}

Franchement, je ne comprends pas. Tout ce que j'ai écrit, c'est ce qui s'est passé. Ils ont refait notre salle de bain à Laval cet été, les travaux devaient durer trois semaines et ça en a pris neuf, la céramique a craqué au bout d'un mois, et depuis septembre ils ne retournent plus nos appels. J'ai les photos, le contrat et tous les textos.

Je n'ai insulté personne et je n'ai nommé aucun employé. J'ai juste dit que je ne les recommandais pas. Je trouve ça assez spécial qu'une entreprise puisse faire disparaître un avis négatif simplement parce qu'il ne fait pas son affaire.

Je conteste donc cette décision et je vous demande de remettre mon avis en ligne, ou au moins de m'expliquer précisément ce qui cloche pour que je puisse le corriger.

Merci,

Sylvie Gagnon-Paré
Laval (Québec)""",
    G("consumer_appeal", "Sylvie Gagnon-Paré", None, "sgagnonpare@videotron.ca", None, None, None,
      [f"https://fr-ca.trustpilot.com/reviews/{R['QC']}"], [R['QC']], [], None, None, [], "new:gagnon-pare"),
    E("Sylvie Gagnon-Paré", "sgagnonpare@videotron.ca", "Mon avis a été retiré - je conteste",
      "<1b7e0f44-3c92-4a5d-8e61-9d2a7b5c0f18@videotron.ca>", "2026-11-26T20:31:00-05:00", html_only=True))

# ---------------------------------------------------------------- w49 IBPT (docx)
doc("w49", "fr", "docx", "2026-12-01", """INSTITUT BELGE DES SERVICES POSTAUX ET DES TÉLÉCOMMUNICATIONS
Coordinateur pour les services numériques
Boulevard du Roi Albert II 35, 1030 Bruxelles
www.ibpt.be

Votre correspondant : Pierre-Louis Dechamps
Tél. : +32 2 226 89 41
E-mail : dsc@ibpt.be
Notre référence : DSC/2026/0412/PLD
Votre référence : –
Date : 30 novembre 2026

Trustpilot A/S
À l'attention du point de contact unique (article 11 du règlement (UE) 2022/2065)
Pilestræde 58
1112 Copenhague K
Danemark

Objet : Plainte introduite au titre de l'article 53 du règlement sur les services numériques – demande d'informations

Madame, Monsieur,

L'IBPT, en sa qualité de coordinateur pour les services numériques pour la Belgique, a reçu le 6 novembre 2026 une plainte introduite par un destinataire du service établi en Belgique, au titre de l'article 53 du règlement (UE) 2022/2065 (« DSA »).

Le plaignant indique avoir signalé le 2 septembre 2026, au moyen du formulaire de signalement de Trustpilot, un avis publié sur la page d'une entreprise liégeoise qu'il estime contenir des propos illicites à son égard, et n'avoir reçu ni accusé de réception ni décision motivée, contrairement à ce que prévoient les articles 16, paragraphes 4 et 5, et 17 du DSA.

Conformément à l'article 53 du DSA, la plainte sera transmise au coordinateur pour les services numériques de l'État membre d'établissement, à savoir le Danemark. Afin de compléter le dossier transmis, l'IBPT vous invite toutefois à lui communiquer, à titre volontaire :

1. la date de réception du signalement du plaignant et la suite qui lui a été réservée ;
2. la copie de toute communication adressée au plaignant ;
3. une description générale des délais moyens de traitement des signalements reçus de Belgique au cours de l'année 2026.

Pour des raisons de protection des données, l'identité du plaignant et l'adresse de l'avis concerné vous seront communiquées, sur demande, par courrier électronique séparé.

L'échéance pour la transmission de ces éléments est fixée au vendredi 11 décembre 2026.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de notre considération distinguée.

Pierre-Louis Dechamps
Conseiller – Services numériques""",
    G("regulator", "Pierre-Louis Dechamps", "Institut belge des services postaux et des télécommunications", "dsc@ibpt.be",
      None, "DSC/2026/0412/PLD", None, [], [], [], "2026-12-11",
      "L'échéance pour la transmission de ces éléments est fixée au vendredi 11 décembre 2026", ["dsa"], "new:ibpt"))

# ---------------------------------------------------------------- w50 Trusted flagger (eml)
doc("w50", "fr", "eml", "2026-12-01", f"""Madame, Monsieur,

Signal Éthique Numérique ASBL, désignée signaleur de confiance par l'IBPT au titre de l'article 22 du règlement (UE) 2022/2065 (décision du 14 mars 2025), vous adresse la notification suivante en application de l'article 16 de ce règlement. Conformément à l'article 22, paragraphe 1, nous vous remercions de la traiter en priorité.

Identifiant de notification : SEN-2026-11-0348
URL du contenu : https://be.trustpilot.com/reviews/{R['TF']}
Date de publication : 28 novembre 2026
Catégorie : discours de haine / incitation à la discrimination

Motifs :
L'avis, publié sur la page d'un snack de Charleroi tenu par une famille d'origine turque, ne décrit aucune expérience de client. Il contient les phrases suivantes :
« Encore des Turcs qui nous volent notre pain, qu'ils rentrent chez eux. »
« Il faudrait fermer tous ces commerces d'étrangers dans le quartier. »
Ces propos incitent à la discrimination et à la haine en raison de la nationalité et de l'origine nationale ou ethnique, en infraction aux articles 20 et 21 de la loi du 30 juillet 1981 tendant à réprimer certains actes inspirés par le racisme ou la xénophobie.

Déclaration :
Nous déclarons de bonne foi que les informations et allégations contenues dans la présente notification sont exactes et complètes.

Nous vous saurions gré de nous informer de la décision prise, conformément à l'article 16, paragraphe 5.

Nora Bensalem
Analyste – Pôle plateformes
Signal Éthique Numérique ASBL
Rue Royale 146, 1000 Bruxelles
n.bensalem@signal-ethique.be""",
    G("illegal_content_notice", "Nora Bensalem", "Signal Éthique Numérique ASBL", "n.bensalem@signal-ethique.be", None,
      "SEN-2026-11-0348", None, [f"https://be.trustpilot.com/reviews/{R['TF']}"], [R['TF']],
      ["Encore des Turcs qui nous volent notre pain, qu'ils rentrent chez eux.",
       "Il faudrait fermer tous ces commerces d'étrangers dans le quartier."],
      None, None, ["dsa", "criminal"], "new:sen-charleroi"),
    E("Signal Éthique Numérique – Signalements", "signalements@signal-ethique.be",
      "[Signaleur de confiance – art. 22 DSA] Notification n° SEN-2026-11-0348",
      "<SEN-2026-11-0348.1764578400@signal-ethique.be>", "2026-12-01T09:40:00+01:00"))
