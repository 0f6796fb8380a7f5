"""French-language documents of corpus-dl2 (France, Belgium, Switzerland, Québec)."""
from common import D, E, G

FR = ("FR", None)
BE = ("BE", None)
CH = ("CH", "GE")
QC = ("CA", "QC")

DOCS = [
# ---------------------------------------------------------------- e46
D(id="e46", lang="fr", fmt="pdf", received="2026-11-09", letter="2026-11-05", country=FR,
  dl=("days", "received", 8), expect="2026-11-17",
  basis="dans un délai de huit jours à compter de la réception de la présente",
  family="time-limit noun (délai), days from receipt",
  text="""SELARL ABADIE FONTENAY
Avocats au Barreau de Paris
42, rue de Courcelles – 75008 Paris
Tél. 01 55 50 42 18 – cabinet@abadie-fontenay.fr

Trustpilot A/S
Service juridique
Pilestræde 58, 5e étage
1112 Copenhague K
Danemark

Par courriel (legal@trustpilot.com) et LRAR

Paris, le 5 novembre 2026
N/Réf. : CA/2026/0932

Objet : SARL Garage des Tilleuls – notification d'un contenu illicite – mise en demeure

Madame, Monsieur,

J'interviens en qualité de conseil de la SARL Garage des Tilleuls, garage automobile établi à Melun.

Le 18 octobre 2026, un avis a été publié sur votre site à l'adresse https://fr.trustpilot.com/reviews/{R:e46}. Son auteur y affirme : « Ce garage facture des pièces qu'il ne remplace jamais, c'est de l'escroquerie pure. » Cette allégation, qui impute à ma cliente la commission d'une infraction, est fausse et constitue une diffamation au sens de l'article 29 de la loi du 29 juillet 1881.

La présente vaut notification au sens de l'article 16 du règlement (UE) 2022/2065 (DSA).

Je vous mets en demeure de procéder au retrait de cet avis dans un délai de huit jours à compter de la réception de la présente. À défaut, ma cliente saisira le juge des référés sans autre avis.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Claire Abadie
Avocat associé
c.abadie@abadie-fontenay.fr""",
  gold=G("legal_demand", "Claire Abadie", "SELARL Abadie Fontenay", "c.abadie@abadie-fontenay.fr",
         rep="SARL Garage des Tilleuls", their="CA/2026/0932",
         quotes=["Ce garage facture des pièces qu'il ne remplace jamais, c'est de l'escroquerie pure."],
         bases=["defamation", "dsa"], case="new:tilleuls")),

# ---------------------------------------------------------------- e47
D(id="e47", lang="fr", fmt="eml", received="2026-11-30", letter="2026-11-30", country=FR,
  dl=("date", "2026-12-03"), expect="2026-12-03", basis="d'ici jeudi 3",
  family="informal weekday + day number without month",
  email=E("Mathilde Rousseau", "mathilde.rousseau88@orange.fr", "avis supprimé sans raison",
          "2026-11-30T19:22:00+01:00", "<1706542.9f3c@orange.fr>"),
  text="""Bonjour,

Mon avis sur l'agence de voyage Horizons Lointains (Bordeaux) a été supprimé ce week-end. J'ai reçu un mail disant qu'il ne respectait pas vos lignes directrices, mais sans dire pourquoi.

Dans mon avis je racontais juste que notre vol pour la Réunion avait été annulé et que l'agence avait mis 2 mois à nous rembourser, ce qui est vrai, j'ai tous les mails. Je n'ai insulté personne et je n'ai donné aucun nom.

Je voudrais que l'avis soit remis en ligne ou au moins qu'on m'explique précisément ce qui pose problème, d'ici jeudi 3 si possible car je dois répondre à l'agence avant le week-end.

Merci d'avance,
Mathilde Rousseau""",
  gold=G("consumer_appeal", "Mathilde Rousseau", None, "mathilde.rousseau88@orange.fr", bases=[],
         case="new:rousseau")),

# ---------------------------------------------------------------- e48
D(id="e48", lang="fr", fmt="pdf", received="2026-11-09", letter="2026-11-05", country=FR,
  dl=("wd", "letter", 10), expect="2026-11-20",
  basis="dans un délai de dix (10) jours ouvrés à compter de la date du présent courrier",
  family="French working days (jours ouvrés) over 11 November",
  text="""VELLARD IMMOBILIER
Direction juridique
18, quai Saint-Antoine – 69002 Lyon
Tél. 04 72 55 50 60

Trustpilot A/S
À l'attention du service juridique
Pilestræde 58, 1112 Copenhague K, Danemark
Par courriel : legal@trustpilot.com

Lyon, le 5 novembre 2026
Réf. : DJ/JM/26-114

Objet : Avis publiés sur la page de notre agence de Lyon 6e

Madame, Monsieur,

Notre agence du 6e arrondissement fait l'objet, depuis le 20 octobre 2026, de trois avis publiés par des comptes créés le même jour, dont https://fr.trustpilot.com/reviews/{R:e48a} et https://fr.trustpilot.com/reviews/{R:e48b}. L'un d'eux affirme : « Cette agence encaisse les dépôts de garantie et ne les rend jamais. » Aucun de ces auteurs n'a jamais été client ou locataire de nos agences.

Ces propos sont diffamatoires (article 29 de la loi du 29 juillet 1881) et contraires à vos propres lignes directrices, qui exigent une expérience réelle.

Nous vous demandons de retirer ces avis dans un délai de dix (10) jours ouvrés à compter de la date du présent courrier, et de nous indiquer les mesures prises à l'égard des comptes concernés.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Juliette Morand
Directrice juridique
j.morand@vellard-immobilier.fr""",
  gold=G("legal_demand", "Juliette Morand", "Vellard Immobilier", "j.morand@vellard-immobilier.fr",
         their="DJ/JM/26-114",
         quotes=["Cette agence encaisse les dépôts de garantie et ne les rend jamais."],
         bases=["defamation", "platform_guidelines"], case="new:vellard")),

# ---------------------------------------------------------------- e49
D(id="e49", lang="fr", fmt="docx", received="2026-11-25", letter="2026-11-23", country=BE,
  dl=("days", "letter", 8), expect="2026-12-01", basis="sous huitaine",
  family="idiom 'sous huitaine' (8 days from the letter)",
  text="""Thibault Verhaegen
Avocat au barreau de Bruxelles
Avenue Louise 231 – 1050 Bruxelles
T +32 2 555 18 40 – tv@verhaegen-avocat.be

Trustpilot A/S
Pilestræde 58
1112 Copenhague K
Danemark

Bruxelles, le 23 novembre 2026
Nos réf. : TV/26/417

Concerne : Mme Aurélie Dumont – avis publié sur Trustpilot

Madame, Monsieur,

Je vous écris au nom de Madame Aurélie Dumont, esthéticienne indépendante à Uccle.

Un avis publié le 14 novembre 2026 sur la page de son institut (https://www.trustpilot.com/reviews/{R:e49}) mentionne son nom complet et son numéro de téléphone privé, et affirme : « Aurélie a déjà été condamnée pour vol chez une ancienne cliente. » Ma cliente n'a jamais fait l'objet d'aucune condamnation.

Cette publication porte atteinte à son honneur (articles 443 et suivants du Code pénal) et constitue un traitement illicite de ses données à caractère personnel au sens du RGPD.

Je vous prie de bien vouloir supprimer cet avis sous huitaine et de me confirmer par écrit que cela a été fait.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Thibault Verhaegen""",
  gold=G("legal_demand", "Thibault Verhaegen", None, "tv@verhaegen-avocat.be",
         rep="Aurélie Dumont", their="TV/26/417",
         quotes=["Aurélie a déjà été condamnée pour vol chez une ancienne cliente."],
         bases=["defamation", "data_protection"], case="new:dumont")),

# ---------------------------------------------------------------- e50
D(id="e50", lang="fr", fmt="eml", received="2026-12-02", letter="2026-12-02", country=FR,
  dl=("hours", "letter", 48), expect="2026-12-04", basis="Délai de réponse : 48 heures",
  family="requisition form: labelled field with hours",
  email=E("Yannick Le Goff", "yannick.le-goff@gendarmerie.interieur.gouv.fr",
          "Réquisition judiciaire 2026/004512/BR-RNS",
          "2026-12-02T08:47:00+01:00", "<20261202084711.BRRNS.4512@gendarmerie.interieur.gouv.fr>"),
  text="""Madame, Monsieur,

Dans le cadre d'une enquête préliminaire, vous trouverez ci-dessous une réquisition prise en application de l'article 77-1-1 du code de procédure pénale.

Service requérant : Brigade de recherches de Rennes
Enquêteur : Adjudant-chef Yannick Le Goff, OPJ
Réquisition n° : 2026/004512/BR-RNS
Date : 02/12/2026
Infraction : menaces de mort réitérées (art. 222-17 du code pénal)
Contenu visé : https://fr.trustpilot.com/reviews/{R:e50}
Délai de réponse : 48 heures

Texte de l'avis : « Toi et ta famille vous allez payer, je connais ton adresse. »

Vous êtes requis de communiquer l'identité déclarée, l'adresse électronique et les adresses IP (création du compte et publication de l'avis, avec horodatage UTC) de l'auteur de l'avis susvisé.

Merci de ne pas informer l'utilisateur concerné.

Adjudant-chef Yannick Le Goff
Brigade de recherches de Rennes
02 99 55 50 17""",
  gold=G("law_enforcement", "Yannick Le Goff", "Brigade de recherches de Rennes",
         "yannick.le-goff@gendarmerie.interieur.gouv.fr", their="2026/004512/BR-RNS",
         quotes=["Toi et ta famille vous allez payer, je connais ton adresse."],
         bases=["criminal"], case="new:rennes-menaces")),

# ---------------------------------------------------------------- e51
D(id="e51", lang="fr", fmt="pdf", received="2026-11-16", letter="2026-11-12", country=FR,
  dl=("date", "2026-11-27"), expect="2026-11-27",
  basis="au plus tard le vendredi 27 novembre 2026",
  family="regulator: acknowledgement period beside substantive date; polite mood",
  text="""ARCOM
Autorité de régulation de la communication audiovisuelle et numérique
Direction des plateformes en ligne
39-43, quai André Citroën – 75015 Paris

Trustpilot A/S
Pilestræde 58
1112 Copenhague K
Danemark

Paris, le 12 novembre 2026
Réf. : DPL-2026-0612
Dossier suivi par : Louis Ferrand
louis.ferrand@arcom.fr

Objet : Réclamations relatives au traitement de notifications

Madame, Monsieur,

En sa qualité de coordinateur pour les services numériques en France, l'Arcom a été saisie de plusieurs réclamations de professionnels de santé concernant le traitement par Trustpilot des notifications prévues à l'article 16 du règlement (UE) 2022/2065. Ces réclamations portent notamment sur la page https://fr.trustpilot.com/review/cabinet-dentaire-riviere.fr.

Afin d'instruire ces réclamations, je vous remercie de bien vouloir me préciser : les délais moyens de traitement des notifications émanant de professionnels de santé depuis le 1er juillet 2026 ; les motifs des décisions de maintien des avis concernés ; les modalités d'information des notifiants.

Je vous saurais gré d'accuser réception du présent courrier sous trois jours ouvrés, et de bien vouloir me faire parvenir vos observations au plus tard le vendredi 27 novembre 2026.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Louis Ferrand
Chargé de mission, Direction des plateformes en ligne""",
  gold=G("regulator", "Louis Ferrand", "Arcom", "louis.ferrand@arcom.fr", their="DPL-2026-0612",
         bases=["dsa"], case="new:arcom-sante")),

# ---------------------------------------------------------------- e52
D(id="e52", lang="fr", fmt="eml", received="2026-11-24", letter="2026-11-24", country=QC,
  dl=("date", "2026-11-30"), expect="2026-11-30", basis="d'ici le lundi 30 novembre 2026",
  family="Québec: weekday, date, then time and zone in parentheses; ISO past date",
  email=E("Marc-André Gagnon", "ma.gagnon@erabliere-gagnon.ca", "Contestation – avertissement sur notre page",
          "2026-11-24T16:05:00-05:00", "<YQBPR01MB5521E0A4@YQBPR01MB5521.CANPRD01.PROD.OUTLOOK.COM>"),
  text="""Bonjour,

Je suis propriétaire de l'Érablière Gagnon & Fils inc. à Saint-Eustache. Depuis le 2026-11-02, notre page (https://fr-ca.trustpilot.com/review/erabliere-gagnon.ca) affiche un avertissement indiquant que des activités inhabituelles ont été détectées. Nous n'avons jamais acheté d'avis ni offert quoi que ce soit en échange d'un avis. La hausse d'avis s'explique simplement par notre journée portes ouvertes d'automne, où nous avons distribué des cartons avec un code QR menant à votre site, comme vos propres lignes directrices le permettent.

Cet avertissement nous cause un tort réel à l'approche des Fêtes, notre période de réservation la plus importante.

Nous exigeons le retrait de l'avertissement, ou à tout le moins une explication détaillée, d'ici le lundi 30 novembre 2026, 17 h (HNE).

Cordialement,

Marc-André Gagnon
Président
Érablière Gagnon & Fils inc.
450 555-0193""",
  gold=G("business_appeal", "Marc-André Gagnon", "Érablière Gagnon & Fils inc.", "ma.gagnon@erabliere-gagnon.ca",
         bases=["platform_guidelines"], case="new:erabliere-gagnon")),

# ---------------------------------------------------------------- e53
D(id="e53", lang="fr", fmt="txt", received="2026-11-16", letter="2026-11-12", country=FR,
  dl=None, expect=None, basis=None, family="no deadline (consumer appeal)",
  text="""Odile Perrin
12, rue des Lilas
37000 Tours

Tours, le 12 novembre 2026

Trustpilot – Service des réclamations

Madame, Monsieur,

Le 2 novembre dernier, j'ai publié un avis sur la pharmacie du Centre à Tours. J'y expliquais qu'on m'avait donné le mauvais dosage d'un médicament pour mon mari et que personne ne s'était excusé. Le 9 novembre, j'ai reçu un courriel m'informant que mon avis avait été retiré à la suite d'un signalement de l'entreprise, au motif qu'il contiendrait des informations personnelles.

Je ne comprends pas cette décision : je n'ai cité le nom d'aucun employé ni donné aucun renseignement sur mon mari en dehors du fait qu'il est client de cette pharmacie.

Je vous demande donc de bien vouloir réexaminer cette décision et, si possible, de rétablir mon avis. Je tiens à votre disposition l'ordonnance et le ticket de caisse.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Odile Perrin
odile.perrin@laposte.net""",
  gold=G("consumer_appeal", "Odile Perrin", None, "odile.perrin@laposte.net", bases=[], case="new:perrin")),

# ---------------------------------------------------------------- e54
D(id="e54", lang="fr", fmt="pdf", received="2026-11-23", letter="2026-11-20", country=FR,
  dl=("days", "received", 15), expect="2026-12-08",
  basis="dans un délai de quinze jours à compter de la signification de la présente ordonnance",
  family="court order served by post with this letter: days from service (= receipt); order date and hearing as distractors",
  text="""CARREL & ASSOCIÉS
Avocats au Barreau de Marseille
27, cours Pierre Puget – 13006 Marseille
Tél. 04 91 55 50 27 – b.carrel@carrel-avocats.fr

Trustpilot A/S
Pilestræde 58
1112 Copenhague K
Danemark

Envoi recommandé avec demande d'avis de réception

Marseille, le 20 novembre 2026
N/Réf. : BC/26/2210

Objet : SAS Les Calanques Plongée c/ Trustpilot A/S – ordonnance de référé du 17 novembre 2026 (RG n° 26/03418)

Madame, Monsieur,

Je vous prie de trouver ci-joint, aux fins de signification conformément à l'article 18 du règlement (UE) 2020/1784, l'ordonnance rendue le 17 novembre 2026 par le président du tribunal judiciaire de Marseille, dont le dispositif est le suivant :

« Ordonnons à la société Trustpilot A/S de communiquer à la SAS Les Calanques Plongée, dans un délai de quinze jours à compter de la signification de la présente ordonnance, les données de nature à permettre l'identification de l'auteur de l'avis publié le 1er octobre 2026 à l'adresse https://fr.trustpilot.com/reviews/{R:e54} ;
Disons n'y avoir lieu à astreinte ;
Renvoyons l'affaire à l'audience du 14 janvier 2027 pour vérification de l'exécution. »

L'avis litigieux affirme notamment : « Le moniteur a laissé un plongeur débutant remonter seul, il aurait pu mourir. »

Je vous remercie de bien vouloir adresser les éléments requis à mon cabinet.

Bastien Carrel
Avocat""",
  gold=G("court_order", "Bastien Carrel", "Carrel & Associés", "b.carrel@carrel-avocats.fr",
         rep="SAS Les Calanques Plongée", their="BC/26/2210",
         quotes=["Le moniteur a laissé un plongeur débutant remonter seul, il aurait pu mourir."],
         bases=["court_order"], case="new:calanques")),

# ---------------------------------------------------------------- e55
D(id="e55", lang="fr", fmt="eml", received="2026-11-24", letter="2026-11-24", country=FR,
  dl=("date", "2026-12-04"), expect="2026-12-04", basis="au vendredi 4 décembre 2026",
  family="follow-up: new échéance above quoted old date",
  email=E("Sophie Delaunay", "s.delaunay@delaunay-avocats.fr",
          "RE: Résidence Les Iris – avis diffamatoire – votre réf. CI-2026-0458",
          "2026-11-24T11:30:00+01:00", "<e4b1c9a2.delaunay.20261124@delaunay-avocats.fr>",
          in_reply_to="<CI-2026-0458.20261119@trustpilot.com>",
          references=["<7a0d.delaunay.20261110@delaunay-avocats.fr>", "<CI-2026-0458.20261119@trustpilot.com>"]),
  text="""Madame, Monsieur,

Je fais suite à votre courriel du 19 novembre par lequel vous sollicitiez un délai supplémentaire pour examiner notre demande.

Ma cliente, la SAS Résidence Les Iris, accepte de reporter l'échéance au vendredi 4 décembre 2026, date à laquelle l'avis devra avoir été retiré. Aucun nouveau report ne sera accordé.

Bien à vous,

Sophie Delaunay
Avocate – Delaunay Avocats, Nantes
02 40 55 50 80

Le 10/11/2026 à 09:14, Sophie Delaunay a écrit :
> Madame, Monsieur,
>
> Je vous mets en demeure de retirer avant le 20 novembre 2026 l'avis publié à l'adresse https://fr.trustpilot.com/reviews/{R:e55}, qui affirme : « Les résidents sont laissés des heures sans soins, la direction s'en moque. »
>
> Ces propos sont diffamatoires au sens de la loi du 29 juillet 1881.
>
> Sophie Delaunay""",
  gold=G("legal_demand", "Sophie Delaunay", "Delaunay Avocats", "s.delaunay@delaunay-avocats.fr",
         rep="SAS Résidence Les Iris", our="CI-2026-0458",
         quotes=["Les résidents sont laissés des heures sans soins, la direction s'en moque."],
         bases=["defamation"], case="new:les-iris")),

# ---------------------------------------------------------------- e56
D(id="e56", lang="fr", fmt="pdf", received="2026-11-19", letter="2026-11-17", country=CH,
  dl=("date", "2026-11-30"), expect="2026-11-30", basis="d'ici au 30 novembre 2026",
  family="Swiss French 'd'ici au' + date",
  text="""ÉTUDE ROCHAT & MIVELAZ
Avocats
Rue du Rhône 65 – 1204 Genève
T +41 22 555 71 30 – nm@rochat-mivelaz.ch

Recommandé et par courriel
Trustpilot A/S
Pilestræde 58
1112 Copenhague K
Danemark

Genève, le 17 novembre 2026
N/réf. : NM/1146

Clinique vétérinaire du Lac SA – avis du 6 novembre 2026

Madame, Monsieur,

Nous sommes consultés par la Clinique vétérinaire du Lac SA, à Nyon, qui nous a chargés de la défense de ses intérêts.

Un avis publié sur votre plateforme (https://www.trustpilot.com/reviews/{R:e56}) affirme : « Le vétérinaire a euthanasié notre chat sans notre accord pour libérer une cage. » Cette affirmation est fausse : le propriétaire a signé le formulaire de consentement, dont nous détenons l'original.

Ces propos portent une atteinte illicite à la personnalité de notre mandante (art. 28 CC) et sont constitutifs de diffamation (art. 173 CP).

Nous vous invitons dès lors à supprimer cet avis d'ici au 30 novembre 2026 et à nous en donner confirmation. Passé ce délai, nous saisirons les tribunaux genevois sans autre avertissement.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Nadia Mivelaz
Avocate""",
  gold=G("legal_demand", "Nadia Mivelaz", "Étude Rochat & Mivelaz", "nm@rochat-mivelaz.ch",
         rep="Clinique vétérinaire du Lac SA", their="NM/1146",
         quotes=["Le vétérinaire a euthanasié notre chat sans notre accord pour libérer une cage."],
         bases=["defamation"], case="new:clinique-lac")),

# ---------------------------------------------------------------- e57
D(id="e57", lang="fr", fmt="eml", received="2026-11-18", letter="2026-11-18", country=FR,
  dl=("eom", "letter"), expect="2026-11-30", basis="avant la fin du mois",
  family="internal escalation, end of month relayed",
  email=E("Camille Benhamou", "camille.benhamou@trustpilot.com", "TR: Hôtel Les Mouettes – avis contesté",
          "2026-11-18T10:12:00+01:00", "<PR1P264MB3377C0D2@PR1P264MB3377.FRAP264.PROD.OUTLOOK.COM>"),
  text="""Bonjour l'équipe juridique,

Je vous transfère la demande de M. Olivier Castaing, directeur de l'Hôtel Les Mouettes à Biarritz (client Premium depuis 2023). Il conteste un avis publié le 8 novembre qu'il estime rédigé par un ancien saisonnier licencié en août.

Le client souhaite une réponse avant la fin du mois ; le renouvellement de son contrat se discute en décembre, donc c'est un dossier sensible de mon côté. Pouvez-vous me dire qui peut le prendre ?

Merci beaucoup,
Camille

Camille Benhamou
Account Manager France
Trustpilot

---------- Message transféré ---------
De : Olivier Castaing <direction@hotel-lesmouettes.fr>
Date : mar. 17 nov. 2026 à 18:40
Objet : avis contesté

Bonjour Camille,

L'avis https://fr.trustpilot.com/reviews/{R:e57} prétend : « Le personnel vole dans les chambres, tout le monde le sait à Biarritz. » Il a été écrit par un ancien employé et vos propres règles l'interdisent. J'attends une réponse avant la fin du mois.

Olivier Castaing""",
  gold=G("internal_escalation", "Camille Benhamou", "Trustpilot", "camille.benhamou@trustpilot.com",
         rep="Hôtel Les Mouettes",
         quotes=["Le personnel vole dans les chambres, tout le monde le sait à Biarritz."],
         bases=["platform_guidelines"], case="new:mouettes")),

# ---------------------------------------------------------------- e58
D(id="e58", lang="fr", fmt="pdf", received="2026-11-24", letter="2026-11-20", country=FR,
  dl=("months", "received", 1), expect="2026-12-24",
  basis="dans un délai d'un mois à compter de la réception de la présente demande",
  family="one month from receipt",
  text="""Arnaud Lefèvre
8, allée des Demoiselles
31400 Toulouse
arnaud.lefevre@free.fr

Trustpilot A/S
Délégué à la protection des données
Pilestræde 58
1112 Copenhague K
Danemark

Toulouse, le 20 novembre 2026

Lettre recommandée avec accusé de réception

Objet : Demande d'effacement de données personnelles (article 17 du RGPD)

Madame, Monsieur,

Je dispose d'un compte utilisateur sur votre plateforme depuis 2020, associé à l'adresse électronique ci-dessus. J'ai décidé de cesser toute utilisation de vos services.

Conformément à l'article 17 du règlement général sur la protection des données (RGPD), je vous demande d'effacer l'ensemble des données personnelles me concernant, y compris mon compte, les avis que j'ai publiés et les données de connexion associées.

Je vous remercie de me confirmer l'effacement dans un délai d'un mois à compter de la réception de la présente demande, comme le prévoit l'article 12, paragraphe 3, du RGPD. À défaut de réponse, je me réserve la possibilité de saisir la CNIL.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Arnaud Lefèvre""",
  gold=G("data_request", "Arnaud Lefèvre", None, "arnaud.lefevre@free.fr", bases=["data_protection"],
         case="new:lefevre")),

# ---------------------------------------------------------------- e59
D(id="e59", lang="fr", fmt="eml", received="2026-12-01", letter="2026-12-01", country=BE,
  dl=None, expect=None, basis=None, family="no deadline (earlier letter recalled)",
  email=E("Nathalie Lambotte", "n.lambotte@skynet.be", "Toujours pas de réponse – mon compte bloqué",
          "2026-12-01T13:10:00+01:00", "<000a01dc62f1$4b7e2c10$e27a8430$@skynet.be>"),
  text="""Bonjour,

Je vous ai déjà écrit le 3 novembre au sujet de mon compte, bloqué depuis le 29 octobre, sans recevoir de réponse à part un accusé de réception automatique.

Pour rappel : j'ai publié quatre avis en deux ans, tous sur des commerces de Namur où j'ai réellement été cliente. Je ne vois pas ce qui a pu justifier ce blocage. On m'a parlé d'une activité suspecte, sans plus de précisions.

J'aimerais simplement pouvoir récupérer mon compte, ou au moins savoir ce qu'on me reproche. Merci de transmettre ma demande à la personne compétente.

Cordialement,
Nathalie Lambotte
Namur""",
  gold=G("consumer_appeal", "Nathalie Lambotte", None, "n.lambotte@skynet.be", bases=[],
         case="new:lambotte")),
]
