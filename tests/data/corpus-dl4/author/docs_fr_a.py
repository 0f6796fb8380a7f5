"""corpus-dl4 French documents e47-e54 (France, Belgium)."""
from common import RID, doc, mail

DOCS = []

# e47 -- mise en demeure: "sous quinzaine à compter de la réception"
r = RID[92]
DOCS.append(doc("e47", "pdf", "fr", "FR", "2026-10-09", f"""
VASSEUR-DUMOULIN AVOCATS
12, rue de Miromesnil · 75008 Paris
Tél. 01 55 50 41 82 · a.vasseur@vd-avocats.fr

Paris, le 7 octobre 2026

N/Réf. : AVD/2026/0318

LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION
Trustpilot A/S
Service juridique

Objet : Maison Rabourdin SAS – avis https://fr.trustpilot.com/reviews/{r}

Madame, Monsieur,

J'interviens en qualité de conseil de la société Maison Rabourdin SAS, chocolatier à Tours.

L'avis publié sur votre site à l'adresse ci-dessus affirme que ma cliente « achète ses chocolats en gros chez un industriel belge et les revend comme faits maison ». Cette allégation est fausse : l'ensemble de la production est réalisé dans l'atelier de la rue Colbert, ce que les factures de cacao et les contrôles de la DDPP permettent d'établir.

Ces propos, qui imputent à ma cliente une tromperie sur l'origine de ses produits, portent atteinte à son honneur et à sa considération et constituent une diffamation au sens de l'article 29 de la loi du 29 juillet 1881.

Je vous mets en demeure de procéder au retrait de cet avis sous quinzaine à compter de la réception de la présente. À défaut, ma cliente se réserve le droit de saisir la juridiction compétente.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Apolline Vasseur-Dumoulin
Avocat au Barreau de Paris
""", letter="2026-10-07", calc=("days", "2026-10-09", 15), family=["quinzaine", "relative_receipt"],
    kind="legal_demand", name="Apolline Vasseur-Dumoulin", org="Vasseur-Dumoulin Avocats", mail="a.vasseur@vd-avocats.fr",
    rep="Maison Rabourdin SAS", theirs="AVD/2026/0318", urls=[f"https://fr.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["achète ses chocolats en gros chez un industriel belge et les revend comme faits maison"],
    basis="sous quinzaine à compter de la réception de la présente", bases=["defamation"], case="new:rabourdin",
    note="'sous quinzaine' = 15 calendar days, counted from receipt (9 Oct) -> 24 Oct."))

# e48 -- restaurateur's email: "d'ici lundi"
r = RID[94]
DOCS.append(doc("e48", "eml", "fr", "FR", "2026-10-13", f"""
Bonjour,

Je suis le gérant du Bouchon des Canuts, à Lyon (Croix-Rousse). Un avis a été publié samedi sur notre page :

https://fr.trustpilot.com/reviews/{r}

L'auteur écrit : « J'ai trouvé un cheveu dans mon tablier de sapeur et le serveur s'est moqué de moi. » Le problème, c'est que samedi midi nous étions fermés pour un mariage privé, et le soir nous n'avions pas de tablier de sapeur à la carte. Cette personne n'est jamais venue chez nous.

Vos règles disent qu'un avis doit reposer sur une expérience réelle. Ce n'est pas le cas ici. C'est de la diffamation pure et simple, et ça tombe en pleine semaine de la gastronomie.

Merci de retirer cet avis d'ici lundi. Je peux vous envoyer le planning du week-end et la confirmation de la privatisation.

Cordialement,

Baptiste Cormerais
Gérant – Le Bouchon des Canuts
14, rue d'Austerlitz, 69004 Lyon
04 78 55 09 31
""", letter="2026-10-13", calc=("next_weekday", "2026-10-13", 0), family=["informal_weekday", "imperative_request"],
    email=mail("Baptiste Cormerais", "contact@bouchondescanuts.fr", "Faux avis sur notre restaurant",
               "<4d7f1e2a-bouchon-canuts-1013@bouchondescanuts.fr>", "2026-10-13T10:37:00+02:00"),
    kind="legal_demand", name="Baptiste Cormerais", org="Le Bouchon des Canuts", mail="contact@bouchondescanuts.fr",
    urls=[f"https://fr.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["J'ai trouvé un cheveu dans mon tablier de sapeur et le serveur s'est moqué de moi."],
    basis="d'ici lundi", bases=["defamation", "platform_guidelines"], case="new:bouchon-canuts",
    note="'d'ici lundi' from Tuesday 13 Oct = Monday 19 Oct. Kind legal_demand (he invokes diffamation), "
         "though he also relies on the guidelines."))

# e49 -- Belgium: cinq jours ouvrables from the letter's date, crossing 11 November
r = RID[96]
DOCS.append(doc("e49", "docx", "fr", "BE", "2026-11-06", f"""
VERHAEGEN & DELVAUX AVOCATS
Avenue Louise 287 · 1050 Bruxelles · +32 2 555 18 64 · g.verhaegen@verhaegen-delvaux.be

Bruxelles, le 5 novembre 2026

Nos réf. : GV/2026/1452

Trustpilot A/S
Service juridique

Concerne : Pharmacie du Sablon SRL – avis https://fr-be.trustpilot.com/reviews/{r}

Madame, Monsieur,

Nous intervenons pour la Pharmacie du Sablon SRL, dont le siège est établi à 1000 Bruxelles.

L'avis visé ci-dessus, publié le 30 octobre 2026 sous le pseudonyme « Bruxellois_en_colère », affirme que la pharmacienne titulaire « délivre des antidépresseurs sans ordonnance à qui paie en liquide ». Cette affirmation est fausse et extrêmement grave : elle impute à notre cliente une infraction pénale et un manquement déontologique. L'Ordre des pharmaciens n'a jamais été saisi d'une quelconque plainte.

Ces propos portent atteinte à l'honneur et à la réputation de notre cliente et engagent la responsabilité de leur auteur sur la base de l'article 1382 de l'ancien Code civil.

Nous vous prions de bien vouloir retirer cet avis dans un délai de cinq jours ouvrables à dater de la présente et de nous en informer par retour de courriel.

Veuillez agréer, Madame, Monsieur, l'expression de nos sentiments distingués.

Gaëlle Verhaegen
Avocate
Verhaegen & Delvaux Avocats
""", letter="2026-11-05", calc=("wdays", "2026-11-05", 5, "BE", None),
    family=["working_days", "holiday_crossed", "relative_letter_date", "polite"],
    kind="legal_demand", name="Gaëlle Verhaegen", org="Verhaegen & Delvaux Avocats", mail="g.verhaegen@verhaegen-delvaux.be",
    rep="Pharmacie du Sablon SRL", theirs="GV/2026/1452", urls=[f"https://fr-be.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["délivre des antidépresseurs sans ordonnance à qui paie en liquide"],
    basis="dans un délai de cinq jours ouvrables à dater de la présente", bases=["defamation"], case="new:sablon",
    note="Belgian working days from Thu 5 Nov skip Wed 11 Nov (Armistice): 13 Nov, not the weekends-only 12 Nov. "
         "'par retour de courriel' only says how to reply."))

# e50 -- French GDPR request: one month from receipt of the request
r = RID[98]
DOCS.append(doc("e50", "eml", "fr", "FR", "2026-10-16", f"""
Madame, Monsieur,

Je suis psychologue clinicienne à Nantes. Un avis publié sur la page de mon cabinet (https://fr.trustpilot.com/reviews/{r}) mentionne mon nom complet, le nom de mon ancien conjoint et le fait que « sa propre fille ne lui parle plus depuis le divorce ».

Ces informations relèvent de ma vie privée et familiale et n'ont aucun rapport avec mon activité. Sur le fondement des articles 17 et 21 du RGPD, je m'oppose au traitement de ces données et vous demande leur effacement, soit par la suppression de l'avis, soit par la suppression des passages concernés.

Je vous demande de me répondre dans un délai d'un mois à compter de la réception de ma demande, conformément à l'article 12 du RGPD. À défaut, je saisirai la CNIL.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Clémence Aubertin-Lefaure
Psychologue
12, quai de Versailles, 44000 Nantes
""", letter="2026-10-16", calc=("month", "2026-10-16"), family=["one_month", "relative_receipt"],
    email=mail("Clémence Aubertin-Lefaure", "c.aubertin.lefaure@orange.fr", "Demande d'effacement – RGPD",
               "<1021546788.40311.1760612345@orange.fr>", "2026-10-16T11:05:00+02:00"),
    kind="data_request", name="Clémence Aubertin-Lefaure", mail="c.aubertin.lefaure@orange.fr",
    urls=[f"https://fr.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["sa propre fille ne lui parle plus depuis le divorce"],
    basis="dans un délai d'un mois à compter de la réception de ma demande", bases=["data_protection"],
    case="new:aubertin",
    note="One month from receipt (the email's day, 16 Oct) -> 16 Nov. She writes for herself (no represented party)."))

# e51 -- passive "les contenus doivent être retirés avant le 6 novembre 2026"
r1, r2 = RID[100], RID[101]
DOCS.append(doc("e51", "pdf", "fr", "FR", "2026-10-28", f"""
LARTIGAU & ASSOCIÉS
Avocats au Barreau de Bordeaux
18, cours de Verdun · 33000 Bordeaux
Tél. 05 56 55 07 13 · h.lartigau@lartigau-avocats.fr

Bordeaux, le 26 octobre 2026

Nos références : HL/CMC/26-207

Trustpilot A/S
Service juridique

Objet : Château Moncaillou SCEA – avis {r1} et {r2}

Madame, Monsieur,

Nous sommes le conseil de la SCEA Château Moncaillou, exploitant viticole à Saint-Émilion.

Deux avis publiés sur votre site à quelques heures d'intervalle, sous des pseudonymes différents mais depuis, selon toute vraisemblance, la même personne, affirment :

« Ils coupent leur grand cru avec du vin espagnol acheté en citerne. »

« Le propriétaire a été condamné pour fraude, tout le village le sait. »

Ces allégations sont mensongères. Le château n'a jamais fait l'objet d'une quelconque poursuite et ses volumes sont contrôlés par les services des douanes. Ces propos constituent une diffamation publique envers notre cliente et un dénigrement fautif de ses produits engageant la responsabilité de leur auteur sur le fondement de l'article 1240 du Code civil.

Dans ces conditions, les contenus doivent être retirés avant le 6 novembre 2026. Nous vous remercions de bien vouloir nous confirmer ce retrait par écrit.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Hugues Lartigau
Associé
Lartigau & Associés
""", letter="2026-10-26", calc=("date", "2026-11-06"), family=["passive", "explicit_long"],
    kind="legal_demand", name="Hugues Lartigau", org="Lartigau & Associés", mail="h.lartigau@lartigau-avocats.fr",
    rep="Château Moncaillou SCEA", theirs="HL/CMC/26-207", ids=[r1, r2],
    quotes=["Ils coupent leur grand cru avec du vin espagnol acheté en citerne.",
            "Le propriétaire a été condamné pour fraude, tout le village le sait."],
    basis="les contenus doivent être retirés avant le 6 novembre 2026", bases=["defamation"], case="new:moncaillou",
    note="'avant le 6 novembre' is taken as the written date (6 Nov), the ordinary reading of a French time "
         "limit; strictly 'before' could mean 5 Nov - a judgment call. 'dénigrement' is mapped to defamation."))

# e52 -- chaser: "sans délai", the old date only in her own quoted email: null
r = RID[159]
DOCS.append(doc("e52", "eml", "fr", "FR", "2026-11-18", f"""
Madame, Monsieur,

Je reviens vers vous dans le dossier Garage Pelletier Frères SARL (votre référence CI-2026-1909), à la suite de mon courriel du 12 octobre reproduit ci-dessous.

Plus d'un mois plus tard, l'avis https://fr.trustpilot.com/reviews/{r} est toujours en ligne et aucune décision ne nous a été communiquée. Ma cliente continue de subir les conséquences de l'affirmation selon laquelle elle « facture des pièces neuves et monte des pièces de casse ».

En conséquence, je vous mets en demeure de procéder sans délai au retrait de cet avis. À défaut, ma cliente saisira le juge des référés sans autre avis.

Bien à vous,

Sidonie Arnoux
Avocate associée
Cabinet Arnoux-Devèze
5, place du Martroi, 45000 Orléans
N/Réf. : SA/GPF/26-118

Le 12 oct. 2026 à 09:12, Sidonie Arnoux <s.arnoux@arnoux-deveze-avocats.fr> a écrit :
> Madame, Monsieur,
>
> Je vous prie de trouver ci-joint ma mise en demeure concernant l'avis précité, publié le 29 septembre 2026. Je vous remercie de procéder à son retrait avant le 26 octobre 2026.
>
> Sidonie Arnoux
""", letter="2026-11-18", calc=None, family=["chaser_immediately", "quoted_old_date"],
    email=mail("Sidonie Arnoux", "s.arnoux@arnoux-deveze-avocats.fr", "RE: Garage Pelletier Frères SARL – mise en demeure",
               "<9a22e5b7.SA-GPF-26-118@arnoux-deveze-avocats.fr>", "2026-11-18T17:22:00+01:00",
               in_reply_to="<6e1f0c2d.SA-GPF-26-118@arnoux-deveze-avocats.fr>",
               references=["<6e1f0c2d.SA-GPF-26-118@arnoux-deveze-avocats.fr>"]),
    kind="legal_demand", name="Sidonie Arnoux", org="Cabinet Arnoux-Devèze", mail="s.arnoux@arnoux-deveze-avocats.fr",
    rep="Garage Pelletier Frères SARL", theirs="SA/GPF/26-118", ours="CI-2026-1909",
    urls=[f"https://fr.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["facture des pièces neuves et monte des pièces de casse"], bases=[], case="CI-2026-1909",
    note="26 October appears only in her quoted earlier email; the new demand is 'sans délai' -> null."))

# e53 -- Belgian DSA notice by email: "dans les meilleurs délais", past dates only: null
r = RID[104]
DOCS.append(doc("e53", "eml", "fr", "BE", "2026-11-12", f"""
Madame, Monsieur,

Par la présente, je vous notifie un contenu illicite au sens de l'article 16 du règlement (UE) 2022/2065 sur les services numériques.

Je suis la gérante de la Boucherie Marchal-Stiénon à Namur. L'avis publié le 2 novembre 2026 à l'adresse https://fr-be.trustpilot.com/reviews/{r} cite nommément une de nos vendeuses et affirme qu'elle « a fait de la prison pour vol et que personne ne devrait la laisser toucher à la caisse ». Cette employée n'a jamais été condamnée. Elle l'a appris par une cliente le 4 novembre et est en arrêt maladie depuis.

Il s'agit d'une allégation calomnieuse visant une personne identifiable, qui n'est même pas l'objet de l'avis. Nous avons signalé l'avis via le bouton prévu à cet effet le 5 novembre, sans réponse à ce jour.

Je déclare de bonne foi que les informations ci-dessus sont exactes et complètes.

Nous vous remercions de traiter ce signalement dans les meilleurs délais.

Véronique Stiénon
Gérante
Boucherie Marchal-Stiénon
Rue de Fer 41, 5000 Namur
""", letter="2026-11-12", calc=None, family=["null_asap", "null_past_events"],
    email=mail("Véronique Stiénon", "veronique@boucherie-marchal-stienon.be", "Notification de contenu illicite (DSA art. 16)",
               "<CAPv7s=stienon.1112@mail.gmail.com>", "2026-11-12T13:50:00+01:00"),
    kind="illegal_content_notice", name="Véronique Stiénon", org="Boucherie Marchal-Stiénon",
    mail="veronique@boucherie-marchal-stienon.be", urls=[f"https://fr-be.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["a fait de la prison pour vol et que personne ne devrait la laisser toucher à la caisse"],
    bases=["dsa", "defamation"], case="new:marchal-stienon",
    note="'dans les meilleurs délais' (as soon as possible) names no date -> null; the November dates are past events."))

# e54 -- scanned référé order: eight days from service (signification = the day it reached us)
r = RID[106]
DOCS.append(doc("e54", "scan", "fr", "FR", "2026-11-23", f"""
TRIBUNAL JUDICIAIRE DE NANTERRE
ORDONNANCE DE RÉFÉRÉ rendue le 17 novembre 2026

N° RG 26/01847 – N° Portalis DB3R-W-B7K-ZQ4T

DEMANDERESSE : Optique Vauclair SARL, 9, avenue Charles-de-Gaulle, 92200 Neuilly-sur-Seine, représentée par Maître Octave Reverdin, avocat au barreau des Hauts-de-Seine

DÉFENDERESSE : Trustpilot A/S

Nous, Laure Chassagne-Ibarra, vice-présidente, statuant en référé,

Vu l'assignation délivrée le 3 novembre 2026 ;

Attendu que l'avis accessible à l'adresse https://fr.trustpilot.com/reviews/{r} affirme que la demanderesse « vend des verres progressifs d'entrée de gamme au prix de verres haut de gamme en falsifiant les étiquettes » ; que ce propos, qui impute un fait précis de tromperie, est diffamatoire et cause un trouble manifestement illicite ;

PAR CES MOTIFS,

Ordonnons à la société Trustpilot A/S de supprimer l'avis susvisé dans un délai de huit jours à compter de la signification de la présente ordonnance, sous astreinte de 300 euros par jour de retard passé ce délai ;

Rappelons que la présente ordonnance est exécutoire de plein droit.

Fait à Nanterre, le 17 novembre 2026

La vice-présidente, Laure Chassagne-Ibarra
Le greffier

Signifiée à Trustpilot A/S le 23 novembre 2026 par Maître Roland Peyrefitte, commissaire de justice
""", letter="2026-11-17", calc=("days", "2026-11-23", 8), family=["relative_service", "eight_days"],
    kind="court_order", name="Laure Chassagne-Ibarra", org="Tribunal judiciaire de Nanterre",
    theirs="RG 26/01847", urls=[f"https://fr.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["vend des verres progressifs d'entrée de gamme au prix de verres haut de gamme en falsifiant les étiquettes"],
    basis="dans un délai de huit jours à compter de la signification de la présente ordonnance",
    bases=["court_order", "defamation"], case="new:vauclair",
    note="Counted from service (signification, 23 Nov = received), not from the order's date (17 Nov): "
         "service is how the order reached us, like 'from delivery' in SCHEMA -> 1 Dec. Sender: the judge who "
         "signed, of the court; represented_party null (the court acts for no one)."))
