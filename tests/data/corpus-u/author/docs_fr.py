"""French documents of corpus-u."""
from common import R, doc, mail, plus_days, plus_working_days

FR = "https://fr.trustpilot.com/reviews/"
DOCS = []
add = DOCS.append

Q_MOREAU = ["Ils ont facturé une courroie de distribution qu'ils n'ont jamais changée, c'est de l'escroquerie pure et simple.",
            "Le patron m'a menacé quand j'ai demandé à voir l'ancienne pièce."]

# --------------------------------------------------------------------------- u05  relance, refers to own earlier letter (CI-0395)
add(doc("u05", "docx", "fr", "2026-11-04", f"""
CABINET LEFÈVRE AVOCATS
Claire Lefèvre – Avocate au Barreau de Lyon
18, quai Jules Courmont – 69002 Lyon
Tél. 04 78 42 19 66 – c.lefevre@lefevre-avocats.fr

Trustpilot A/S
Service juridique
Pilestræde 58
1112 Copenhague K
DANEMARK

Lyon, le 2 novembre 2026

Nos réf. : CL/MOR/26-118
Par courriel (legal@trustpilot.com) et par lettre recommandée avec accusé de réception

Objet : Garage Moreau & Fils SARL – avis publié sous {FR}{R['moreau']} – RELANCE

Madame, Monsieur,

Je reviens vers vous à la suite de mon courrier du 9 octobre 2026, resté à ce jour sans autre réponse qu'un accusé de réception automatique.

Pour mémoire, j'interviens dans l'intérêt de la société Garage Moreau & Fils SARL, garage automobile établi à Villeurbanne depuis 1987, qui fait l'objet sur votre site d'un avis contenant notamment les propos suivants :

« {Q_MOREAU[0]} »

« {Q_MOREAU[1]} »

Ces allégations imputent à ma cliente et à son gérant, M. Alain Moreau, des faits précis de nature à porter atteinte à leur honneur et à leur considération. Elles sont constitutives de diffamation publique au sens de l'article 29, alinéa 1er, de la loi du 29 juillet 1881 sur la liberté de la presse. Ma cliente tient à votre disposition la facture, le bon de commande de la pièce auprès de son fournisseur et l'ancienne courroie, conservée à l'atelier.

En votre qualité d'hébergeur, votre responsabilité est susceptible d'être engagée dès lors que, ayant eu connaissance du caractère manifestement illicite de ce contenu, vous n'avez pas agi promptement pour le retirer, conformément à l'article 6 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique. Tel est le cas depuis la réception de mon premier courrier.

En conséquence, je vous mets en demeure, une dernière fois, de procéder à la suppression de cet avis sous huitaine à compter de la réception de la présente, et de m'en justifier par écrit.

À défaut, j'ai d'ores et déjà reçu instruction de saisir le juge des référés du tribunal judiciaire de Lyon, sans autre avis, aux fins de voir ordonner ce retrait sous astreinte.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Me Claire Lefèvre
Avocate associée
""", kind="legal_demand", name="Claire Lefèvre", org="Cabinet Lefèvre Avocats", mail="c.lefevre@lefevre-avocats.fr",
    rep="Garage Moreau & Fils SARL", theirs="CL/MOR/26-118", urls=[FR + R["moreau"]], ids=[R["moreau"]],
    quotes=Q_MOREAU, deadline=plus_days("2026-11-04", 8),
    basis="sous huitaine à compter de la réception de la présente", bases=["defamation"], case="CI-2026-0395",
    note="refers back to the sender's own letter of 9 October; no CI reference"))

# --------------------------------------------------------------------------- u06  ordonnance de référé, scan (CI-0395)
add(doc("u06", "scan", "fr", "2026-12-01", f"""
TRIBUNAL JUDICIAIRE DE LYON
Service des référés
67, rue Servient – 69003 Lyon

ORDONNANCE DE RÉFÉRÉ DU 27 NOVEMBRE 2026

N° RG 26/01873 – N° Portalis DB2H-W-B7K-ZQ4L
Minute n° 26/1142

DEMANDERESSE :
La société Garage Moreau & Fils SARL, immatriculée au RCS de Lyon sous le n° 512 334 918, dont le siège social est 47, rue Francis de Pressensé, 69100 Villeurbanne, prise en la personne de son gérant,
représentée par Me Claire Lefèvre, avocate au barreau de Lyon

DÉFENDERESSE :
La société Trustpilot A/S, société de droit danois, dont le siège est Pilestræde 58, 1112 Copenhague K (Danemark),
non comparante ni représentée

Débats à l'audience publique du 20 novembre 2026.

Nous, Sophie Arnaud, vice-présidente au tribunal judiciaire de Lyon, statuant en référé, assistée de Karine Besson, greffière,

EXPOSÉ DU LITIGE
Par acte du 12 novembre 2026, la société Garage Moreau & Fils a fait assigner la société Trustpilot A/S aux fins de voir ordonner le retrait d'un avis publié sur le site exploité par la défenderesse, contenant notamment les propos : « {Q_MOREAU[0]} » et « {Q_MOREAU[1]} ».

MOTIFS
Il résulte des pièces produites, notamment de la facture du 3 juillet 2026 et de l'attestation du fournisseur, que la courroie de distribution a bien été remplacée. Les propos litigieux imputent à la demanderesse une escroquerie et des menaces, faits précis portant atteinte à son honneur et à sa considération, dont la fausseté est établie avec l'évidence requise en référé. Leur maintien en ligne, malgré la mise en demeure adressée à l'hébergeur, constitue un trouble manifestement illicite qu'il convient de faire cesser.

PAR CES MOTIFS
Statuant publiquement, par ordonnance réputée contradictoire et en premier ressort,
Ordonnons à la société Trustpilot A/S de supprimer l'avis accessible à l'adresse {FR}{R['moreau']}, dans un délai de quinze jours à compter de la signification de la présente ordonnance, sous astreinte provisoire de 300 euros par jour de retard pendant trois mois ;
Condamnons la société Trustpilot A/S à payer à la société Garage Moreau & Fils SARL la somme de 2 000 euros au titre de l'article 700 du code de procédure civile ;
Condamnons la société Trustpilot A/S aux dépens ;
Rappelons que la présente ordonnance est exécutoire de droit à titre provisoire.

La greffière                    La vice-présidente
K. Besson                       S. Arnaud
""", kind="court_order", name="Sophie Arnaud", org="Tribunal judiciaire de Lyon", mail=None,
    rep="Garage Moreau & Fils SARL", theirs="26/01873", urls=[FR + R["moreau"]], ids=[R["moreau"]],
    quotes=Q_MOREAU, deadline=plus_days("2026-12-01", 15),
    basis="dans un délai de quinze jours à compter de la signification de la présente ordonnance",
    bases=["court_order", "defamation"], case="CI-2026-0395",
    note="served on receipt; RG number is the reference (Portalis and minute numbers are secondary)"))

# --------------------------------------------------------------------------- u12  business appeal, html-only, our ref spelled with spaces (CI-0421)
add(doc("u12", "eml", "fr", "2026-11-13", """
Bonjour,

Je me permets de revenir vers vous au sujet de l'avertissement affiché sur la page de notre établissement (https://fr.trustpilot.com/review/cafebellevue-annecy.fr), dossier CI 2026 0421.

Votre courriel du 28 octobre indique que cet avertissement a été placé parce que nous aurions « incité des clients à laisser des avis positifs en échange d'un avantage ». Je comprends maintenant d'où vient le malentendu : depuis la rentrée, nous remettons à chaque client une carte de fidélité (le dixième café offert). Au dos de la carte figure un QR code vers notre page Trustpilot avec la mention « Votre avis compte ». La carte de fidélité est donnée à tout le monde, que le client laisse un avis ou non, et le café offert n'a aucun lien avec l'avis.

Je reconnais que la présentation pouvait prêter à confusion. Nous avons donc fait réimprimer les cartes sans le QR code (je vous joins une photo de l'ancienne et de la nouvelle version), et nous avons retiré l'affichette qui se trouvait près de la caisse.

Nous respectons vos règles et nous n'avons jamais demandé à qui que ce soit de laisser un avis positif. Cet avertissement, visible par tous nos clients, nous porte un préjudice réel en pleine saison des marchés de Noël.

Je vous demande donc de bien vouloir réexaminer votre décision et de retirer l'avertissement avant le lundi 23 novembre 2026, date de l'ouverture du marché de Noël d'Annecy.

Je reste à votre disposition pour tout complément.

Bien cordialement,

Céline Vasseur
Gérante
Café Bellevue SAS
12, quai de l'Évêché – 74000 Annecy
04 50 51 27 83
""", email=mail("Céline Vasseur", "direction@cafebellevue-annecy.fr",
               "Avertissement sur notre page - demande de réexamen", "<a7d1e2f09b3c4@cafebellevue-annecy.fr>",
               "2026-11-13T15:48:00+01:00", html_only=True),
    kind="business_appeal", name="Céline Vasseur", org="Café Bellevue SAS", mail="direction@cafebellevue-annecy.fr",
    ours="CI-2026-0421", urls=["https://fr.trustpilot.com/review/cafebellevue-annecy.fr"],
    deadline="2026-11-23", basis="avant le lundi 23 novembre 2026", bases=["platform_guidelines"], case="CI-2026-0421",
    note="our reference written 'CI 2026 0421'"))

# --------------------------------------------------------------------------- u19  trusted flagger writes again (CI-0415)
add(doc("u19", "eml", "fr", "2026-11-06", f"""
Madame, Monsieur,

Le 19 octobre 2026, l'Institut Vigilance Numérique, signaleur de confiance désigné par l'Arcom au titre de l'article 22 du règlement (UE) 2022/2065 sur les services numériques, vous a notifié, sous la référence IVN-SIG-2026-00731, l'avis suivant :

{FR}{R['ivn1']}

Cet avis, publié sur la page de la Pharmacie des Tilleuls (Montpellier), vise nommément une pharmacienne de l'officine et contient la phrase suivante :

« La petite blonde au comptoir, Mme Girard, je l'attendrai à la sortie un soir et elle comprendra. »

Ces propos sont constitutifs de menaces au sens de l'article 222-17 du code pénal. L'intéressée a déposé plainte le 21 octobre 2026 et ne quitte plus l'officine seule.

À ce jour, soit dix-huit jours après notre notification, nous n'avons reçu ni décision ni exposé des motifs au sens de l'article 17 du règlement, et l'avis demeure en ligne. Nous vous rappelons que l'article 22, paragraphe 1, impose que les notifications des signaleurs de confiance soient traitées en priorité et sans retard injustifié.

Nous vous remercions de bien vouloir statuer sur notre signalement dans les meilleurs délais et de nous informer de la suite donnée. À défaut, nous serons contraints d'en informer l'Arcom, en sa qualité de coordinateur pour les services numériques.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Mathilde Roux
Chargée de signalements
Institut Vigilance Numérique
m.roux@vigilance-numerique.fr
""", email=mail("IVN - Signalements", "signalements@vigilance-numerique.fr",
               "Signalement IVN-SIG-2026-00731 - absence de décision", "<ivn.20261106.0731.r2@vigilance-numerique.fr>",
               "2026-11-06T11:02:00+01:00"),
    kind="illegal_content_notice", name="Mathilde Roux", org="Institut Vigilance Numérique",
    mail="m.roux@vigilance-numerique.fr", theirs="IVN-SIG-2026-00731", urls=[FR + R["ivn1"]], ids=[R["ivn1"]],
    quotes=["La petite blonde au comptoir, Mme Girard, je l'attendrai à la sortie un soir et elle comprendra."],
    bases=["dsa", "criminal"], case="CI-2026-0415", note="'dans les meilleurs délais' is not a date"))

# --------------------------------------------------------------------------- u27  LOOK-ALIKE: same flagger, new notice
add(doc("u27", "pdf", "fr", "2026-11-30", f"""
INSTITUT VIGILANCE NUMÉRIQUE
Association loi 1901 – signaleur de confiance (article 22 du règlement (UE) 2022/2065)
9, rue de la Michodière – 75002 Paris
signalements@vigilance-numerique.fr

Trustpilot A/S
Pilestræde 58
1112 Copenhague K
Danemark

Paris, le 27 novembre 2026

Réf. : IVN-SIG-2026-00802

Objet : Notification d'un contenu illicite – article 16 du règlement sur les services numériques

Madame, Monsieur,

L'Institut Vigilance Numérique vous notifie le contenu suivant, publié le 22 novembre 2026 sur la page de l'établissement « Auto-école Horizon » (Roubaix) :

{FR}{R['ivn2']}

1. Motifs
L'avis vise nommément un moniteur de l'auto-école et contient notamment les propos suivants :

« Le moniteur Karim, qu'il retourne dans son pays, on n'a pas besoin de ces gens-là ici. »

Ces propos, qui visent une personne à raison de son origine, sont constitutifs d'une injure publique à caractère racial, réprimée par l'article 33, alinéa 3, de la loi du 29 juillet 1881 sur la liberté de la presse. Ils excèdent manifestement les limites de la libre critique d'un service et n'ont aucun lien avec la qualité de la formation dispensée.

2. Identité de l'auteur de la notification
Institut Vigilance Numérique, représenté par Yanis Belkacem, responsable du pôle signalements (y.belkacem@vigilance-numerique.fr).

3. Déclaration
Nous déclarons de bonne foi que les informations et allégations contenues dans la présente notification sont exactes et complètes.

Ce signalement étant émis par un signaleur de confiance, nous vous remercions de le traiter en priorité, conformément à l'article 22, paragraphe 1, du règlement, et de nous notifier votre décision motivée.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Yanis Belkacem
Responsable du pôle signalements
""", kind="illegal_content_notice", name="Yanis Belkacem", org="Institut Vigilance Numérique",
    mail="y.belkacem@vigilance-numerique.fr", theirs="IVN-SIG-2026-00802", urls=[FR + R["ivn2"]], ids=[R["ivn2"]],
    quotes=["Le moniteur Karim, qu'il retourne dans son pays, on n'a pas besoin de ces gens-là ici."],
    bases=["dsa", "criminal"], case="new:ivn-horizon",
    note="LOOK-ALIKE: the trusted flagger of open CI-2026-0415, new notice about another review"))

# --------------------------------------------------------------------------- u30/u31  DGCCRF: covering email + docx letter
add(doc("u30", "eml", "fr", "2026-11-05", """
Madame, Monsieur,

Veuillez trouver ci-joint un courrier de la Direction générale de la concurrence, de la consommation et de la répression des fraudes (Service national des enquêtes) relatif aux avis publiés sur votre plateforme concernant la société Maison Verdier Literie.

L'original vous est adressé par voie postale. Afin de faciliter le traitement de notre demande, je vous remercie de bien vouloir m'adresser votre réponse et les pièces demandées par voie électronique, à l'adresse indiquée ci-dessous, en rappelant la référence figurant en objet.

Le courrier comporte quatre demandes, dont deux portent sur des extractions de données de votre outil de modération. Pour ces dernières, un export au format CSV ou XLSX nous conviendrait parfaitement. Si certaines données ne peuvent pas être produites en l'état, je vous remercie de me l'indiquer rapidement afin que nous puissions convenir ensemble d'une solution.

Je me tiens à votre disposition pour toute précision, notamment sur le format des extractions de données demandées, et, si nécessaire, pour un échange téléphonique avec vos équipes.

Bien cordialement,

Julien Ferrand
Inspecteur principal
DGCCRF – Service national des enquêtes – Pôle numérique
Tél. : 01 69 35 44 17
julien.ferrand@dgccrf.finances.gouv.fr
""", email=mail("DGCCRF - SNE Pôle numérique", "sne-pole-numerique@dgccrf.finances.gouv.fr",
               "Demande d'informations - avis en ligne - N/Réf. SNE/2026/EC-1142",
               "<sne.2026.ec1142.01@dgccrf.finances.gouv.fr>", "2026-11-05T10:30:00+01:00", attachments=["u31"]),
    kind="regulator", name="Julien Ferrand",
    org="Direction générale de la concurrence, de la consommation et de la répression des fraudes",
    mail="julien.ferrand@dgccrf.finances.gouv.fr", theirs="SNE/2026/EC-1142", case="new:dgccrf-verdier",
    note="covering email; reference only in the subject; no date in the email itself"))

add(doc("u31", "docx", "fr", "2026-11-05", """
MINISTÈRE DE L'ÉCONOMIE, DES FINANCES ET DE LA SOUVERAINETÉ INDUSTRIELLE ET NUMÉRIQUE
Direction générale de la concurrence, de la consommation et de la répression des fraudes
Service national des enquêtes – Pôle numérique
8, rue Froissart – 91420 Morangis

Trustpilot A/S
À l'attention du service juridique
Pilestræde 58
1112 Copenhague K
Danemark

Morangis, le 3 novembre 2026

N/Réf. : SNE/2026/EC-1142
Dossier suivi par : Julien Ferrand – julien.ferrand@dgccrf.finances.gouv.fr – 01 69 35 44 17

Objet : demande de communication de documents et d'informations

Madame, Monsieur,

Dans le cadre d'une enquête portant sur les pratiques commerciales de la société Maison Verdier Literie SAS, qui commercialise des matelas et articles de literie en ligne, les agents de la DGCCRF s'intéressent aux avis de consommateurs publiés sur la page https://fr.trustpilot.com/review/maisonverdier-literie.fr.

Les éléments recueillis laissent présumer qu'une partie significative des avis positifs publiés entre mars et septembre 2026 auraient été rédigés ou sollicités contre rémunération par le professionnel lui-même, ce qui serait susceptible de constituer une pratique commerciale trompeuse au sens des articles L. 121-2 et L. 121-4 du code de la consommation.

En application de l'article L. 512-8 du code de la consommation, je vous demande de bien vouloir me communiquer les éléments suivants :

1. le nombre d'avis publiés, signalés et supprimés sur cette page, mois par mois, depuis le 1er janvier 2026 ;
2. pour chaque avis publié entre le 1er mars et le 30 septembre 2026 : la date, la note, le pays déclaré et le canal d'invitation éventuellement utilisé (invitation du professionnel ou avis spontané) ;
3. les échanges intervenus entre vos services et la société Maison Verdier Literie SAS au sujet de la modération de ces avis ;
4. toute mesure prise à l'encontre du compte professionnel de cette société.

Je vous remercie de me faire parvenir ces éléments dans un délai de quinze jours ouvrés à compter de la date du présent courrier.

Je vous rappelle que le fait de s'opposer à l'exercice des fonctions des agents habilités est puni des peines prévues à l'article L. 512-4 du code de la consommation.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Pour la directrice générale et par délégation,
P.O. l'inspecteur principal

Julien Ferrand
""", kind="regulator", name="Julien Ferrand",
    org="Direction générale de la concurrence, de la consommation et de la répression des fraudes",
    mail="julien.ferrand@dgccrf.finances.gouv.fr", theirs="SNE/2026/EC-1142",
    urls=["https://fr.trustpilot.com/review/maisonverdier-literie.fr"],
    deadline=plus_working_days("2026-11-03", 15, "FR"),
    basis="dans un délai de quinze jours ouvrés à compter de la date du présent courrier",
    bases=["consumer_law"], case="new:dgccrf-verdier", part_name="SNE-2026-EC-1142 courrier Trustpilot.docx",
    note="15 French working days from the letter date skip 11 November (Armistice); p.o. signature; "
         "the handler's own address is given in the letter"))

# --------------------------------------------------------------------------- u40  photographer, copyright
add(doc("u40", "docx", "fr", "2026-11-10", f"""
Élodie Garnier
Photographe – Architecture & Hôtellerie
27, rue Saint-Rémi – 33000 Bordeaux
06 71 28 44 90 – contact@elodiegarnier-photo.fr
SIRET 812 447 390 00028

Trustpilot A/S
Service juridique
Pilestræde 58
1112 Copenhague K
Danemark

Bordeaux, le 6 novembre 2026

Réf. : PHX 26.311

Objet : notification de contrefaçon – photographies reproduites sans autorisation

Madame, Monsieur,

Je suis photographe professionnelle et l'auteure des photographies de l'Hôtel Les Chartrons (Bordeaux), réalisées en avril 2025 dans le cadre d'une commande de l'hôtel. Les droits d'exploitation cédés à l'hôtel sont limités à son propre site internet et à ses brochures ; je reste seule titulaire de tous les autres droits.

J'ai constaté que trois de ces photographies (la façade de nuit, la chambre « Garonne » et le patio) sont reproduites dans un avis publié sur votre site, sur la page d'un établissement concurrent, à l'adresse suivante :

{FR}{R['photo']}

L'auteur de cet avis utilise mes photographies pour comparer les deux hôtels. Il ne les a ni prises lui-même ni obtenues auprès de moi, et elles sont reproduites sans mention de mon nom. Cette reproduction, réalisée sans mon autorisation, constitue une contrefaçon au sens des articles L. 122-4 et L. 335-3 du code de la propriété intellectuelle et porte atteinte à mon droit moral de paternité (article L. 121-1 du même code).

Je joins à la présente les fichiers originaux avec leurs métadonnées, ainsi qu'une copie du contrat de commande.

Je vous demande de supprimer ces trois photographies de l'avis concerné, au plus tard le 4 décembre 2026, et de me confirmer leur retrait par courriel. Je n'ai pas d'objection à ce que le texte de l'avis reste en ligne.

Je certifie sur l'honneur que les informations contenues dans la présente notification sont exactes et que je suis titulaire des droits sur les photographies concernées.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Élodie Garnier
""", kind="ip_notice", name="Élodie Garnier", org=None, mail="contact@elodiegarnier-photo.fr", theirs="PHX 26.311",
    urls=[FR + R["photo"]], ids=[R["photo"]], deadline="2026-12-04", basis="au plus tard le 4 décembre 2026",
    bases=["copyright"], case="new:garnier-photos", note="rights holder writing for herself"))

# --------------------------------------------------------------------------- u41  Belgian court order (foreign court)
add(doc("u41", "pdf", "fr", "2026-11-20", f"""
TRIBUNAL DE L'ENTREPRISE FRANCOPHONE DE BRUXELLES
Boulevard de Waterloo 70 – 1000 Bruxelles

ORDONNANCE SUR REQUÊTE UNILATÉRALE
(articles 584 et 1025 et suivants du Code judiciaire)

R.R. n° 26/3317/B
Répertoire n° 2026/8841

En cause de :
Atelier Vandersmissen SRL, BCE 0745.218.903, dont le siège est établi rue du Page 41 à 1050 Ixelles, représentée par son gérant,
requérante,
ayant pour conseil Me Thomas Verhaegen, avocat au barreau de Bruxelles,

Contre :
Trustpilot A/S, société de droit danois, Pilestræde 58, 1112 Copenhague K, Danemark.

Nous, Pierre-Yves Dumont, juge au tribunal de l'entreprise francophone de Bruxelles, siégeant en remplacement du président légitimement empêché, assisté de la greffière,

Vu la requête déposée le 13 novembre 2026 et les pièces qui y sont jointes ;

Attendu que la requérante, atelier d'ébénisterie, expose qu'un avis publié le 30 octobre 2026 à l'adresse https://fr-be.trustpilot.com/reviews/{R['brux']} contient les affirmations suivantes : « Vandersmissen revend des meubles chinois en les faisant passer pour du fait main belge. » et « Ils ont été condamnés pour fraude en 2023. » ;

Attendu qu'il résulte des pièces produites que la requérante n'a jamais fait l'objet d'une condamnation et que ses meubles sont fabriqués dans son atelier d'Ixelles ; que ces allégations, manifestement calomnieuses, portent une atteinte grave et actuelle à sa réputation commerciale ; que l'extrême urgence et l'absolue nécessité justifient de déroger au principe du contradictoire ;

PAR CES MOTIFS,
Ordonnons à Trustpilot A/S de retirer l'avis précité dans les cinq jours de la signification de la présente ordonnance, sous peine d'une astreinte de 250 euros par jour de retard, avec un maximum de 25.000 euros ;
Disons que toute partie intéressée peut former tierce opposition conformément à l'article 1033 du Code judiciaire ;
Réservons les dépens.

Ainsi prononcé en notre cabinet, à Bruxelles, le 16 novembre 2026.
La cause pourra être ramenée devant nous à l'audience du 14 janvier 2027.

Le greffier                          Le juge
                                     P.-Y. Dumont
""", kind="court_order", name="Pierre-Yves Dumont", org="Tribunal de l'entreprise francophone de Bruxelles", mail=None,
    rep="Atelier Vandersmissen SRL", theirs="26/3317/B", urls=[f"https://fr-be.trustpilot.com/reviews/{R['brux']}"],
    ids=[R["brux"]],
    quotes=["Vandersmissen revend des meubles chinois en les faisant passer pour du fait main belge.",
            "Ils ont été condamnés pour fraude en 2023."],
    deadline=plus_days("2026-11-20", 5), basis="dans les cinq jours de la signification de la présente ordonnance",
    bases=["court_order", "defamation"], case="new:vandersmissen",
    note="foreign (Belgian) court; 14 January 2027 hearing is a decoy; R.R. number is the reference"))

# --------------------------------------------------------------------------- u45  gendarmerie réquisition (foreign authority)
add(doc("u45", "pdf", "fr", "2026-11-17", f"""
GENDARMERIE NATIONALE
Groupement de gendarmerie départementale de la Drôme
Brigade de recherches de Valence
12, avenue de Romans – 26000 Valence
Tél. : 04 75 82 33 17 – br.valence@gendarmerie.interieur.gouv.fr

RÉQUISITION JUDICIAIRE
(articles 60-1 et 60-2 du code de procédure pénale)

Procédure n° 02187/2026
Enquête de flagrance – Extorsion (article 312-1 du code pénal)

Le 13 novembre 2026,

Nous, Laurent Chabert, adjudant-chef, officier de police judiciaire en résidence à Valence,

Agissant dans le cadre d'une enquête de flagrance ouverte sur plainte de M. Denis Faure, gérant du restaurant « Le Comptoir du Rhône » à Valence, pour des faits d'extorsion ;

Vu les articles 60-1 et 60-2 du code de procédure pénale ;

Requérons la société Trustpilot A/S, Pilestræde 58, 1112 Copenhague K (Danemark),

De bien vouloir nous communiquer, concernant le compte utilisateur ayant publié l'avis accessible à l'adresse {FR}{R['gend']} :
– l'identité déclarée, l'adresse électronique et le numéro de téléphone associés au compte ;
– les adresses IP de création du compte et de publication de l'avis, avec date, heure et fuseau horaire ;
– la liste des autres avis publiés depuis ce compte.

Exposé sommaire des faits : le plaignant a reçu, le 2 novembre 2026, un message lui réclamant le versement de 500 euros en échange du retrait d'un avis négatif. L'avis précité, publié le lendemain, contient la phrase suivante :

« Ce restaurant sert de la viande avariée, et ce n'est que le premier avis, il y en aura d'autres tant que le patron ne paiera pas. »

Nous vous prions de nous adresser votre réponse dans un délai de 10 jours à compter de la réception de la présente réquisition, par courriel à l'adresse ci-dessous.

Nous vous rappelons que le refus de répondre sans motif légitime à une réquisition est puni d'une amende de 3 750 euros (article 60-1, alinéa 2, du code de procédure pénale).

L'officier de police judiciaire
Adjudant-chef Laurent Chabert
laurent.chabert@gendarmerie.interieur.gouv.fr
""", kind="law_enforcement", name="Laurent Chabert", org="Gendarmerie nationale",
    mail="laurent.chabert@gendarmerie.interieur.gouv.fr", theirs="02187/2026", urls=[FR + R["gend"]], ids=[R["gend"]],
    quotes=["Ce restaurant sert de la viande avariée, et ce n'est que le premier avis, il y en aura d'autres tant que le patron ne paiera pas."],
    deadline=plus_days("2026-11-17", 10), basis="dans un délai de 10 jours à compter de la réception de la présente réquisition",
    bases=["criminal"], case="new:gendarmerie-valence",
    note="unit mailbox in the letterhead vs the officer's own address in the signature; rank excluded from the name"))

# --------------------------------------------------------------------------- u55  business owner's own mise en demeure (html-only)
add(doc("u55", "eml", "fr", "2026-11-26", f"""
Madame, Monsieur,

Je suis le gérant de la Boulangerie-Pâtisserie Dumoulin, située 14, rue de la Marne à Nantes, et je vous écris au sujet d'un avis publié le 19 novembre 2026 sur votre site :

{FR}{R['fr_owner']}

Cet avis contient les affirmations suivantes :

« Le patron est un voleur qui rend la monnaie en trichant sur les billets. »

« La boulangerie a été fermée par les services d'hygiène l'an dernier. »

Ces deux affirmations sont fausses. Notre établissement n'a jamais fait l'objet d'une fermeture administrative ; le dernier contrôle de la DDPP, en mars 2026, a donné lieu au niveau « Très satisfaisant » affiché sur le site Alim'confiance. Quant à l'accusation de vol, elle vise ma personne, et je ne peux pas laisser dire cela alors que nous tenons cette boulangerie en famille depuis vingt-deux ans.

Ces propos sont diffamatoires au sens de la loi du 29 juillet 1881 sur la liberté de la presse. J'ai signalé l'avis à deux reprises par le bouton prévu à cet effet, sans résultat.

Je vous demande de procéder au retrait de cet avis dans un délai de 8 jours. À défaut, je saisirai le tribunal compétent et je porterai plainte pour diffamation.

Salutations distinguées,

Fabrice Dumoulin
Gérant – Boulangerie-Pâtisserie Dumoulin
14, rue de la Marne – 44000 Nantes
02 40 48 17 62
""", email=mail("Fabrice Dumoulin", "boulangerie.dumoulin@orange-mail.fr", "Mise en demeure - avis diffamatoire",
               "<b2c9f7e1.20261126@orange-mail.fr>", "2026-11-26T06:52:00+01:00", html_only=True),
    kind="legal_demand", name="Fabrice Dumoulin", org="Boulangerie-Pâtisserie Dumoulin",
    mail="boulangerie.dumoulin@orange-mail.fr", urls=[FR + R["fr_owner"]], ids=[R["fr_owner"]],
    quotes=["Le patron est un voleur qui rend la monnaie en trichant sur les billets.",
            "La boulangerie a été fermée par les services d'hygiène l'an dernier."],
    deadline=plus_days("2026-11-26", 8), basis="dans un délai de 8 jours", bases=["defamation"], case="new:dumoulin",
    note="business owner writing for himself (represented null); no anchor -> from the email date"))
