"""French documents f49–f52 (Switzerland, Québec)."""
from common import RID, doc, mail

R49 = RID[96]
R50 = RID[98]
R51a, R51b = RID[100], RID[101]
R52 = RID[102]

F49 = doc("f49", "docx", "fr", "CH", "2026-12-04", f"""
ÉTUDE BONVIN & ZUFFEREY
Avocats et notaires
Rue de Lausanne 25 · 1950 Sion
Tél. 027 555 31 60 · mbonvin@bonvin-zufferey.ch

Recommandé
Trustpilot A/S
Pilestræde 58
1112 Copenhague K
Danemark

Sion, le 3 décembre 2026
Notre réf. : MB/26-774

Concerne : Domaine des Trois Abbesses Sàrl, Salquenen – avis https://ch.trustpilot.com/reviews/{R49}

Madame, Monsieur,

Nous consultons pour le Domaine des Trois Abbesses Sàrl, encaveur à Salquenen.

L'avis cité en référence prétend que notre mandante « coupe son Cornalin avec du vin espagnol en vrac ». Cette allégation, présentée comme un fait, est fausse : la cave est soumise au contrôle de l'Organisme intercantonal de certification et aucune irrégularité n'a jamais été constatée. Elle porte une atteinte illicite à la personnalité de notre mandante (art. 28 CC).

Nous vous prions par conséquent de bien vouloir supprimer cet avis dans un délai de cinq jours ouvrés et de nous le confirmer par écrit. Faute de quoi, nous saisirons sans autre avis le Tribunal de district de Sion d'une requête de mesures provisionnelles.

Nous vous présentons, Madame, Monsieur, nos salutations distinguées.

Me Mathilde Bonvin
Avocate
""", letter="2026-12-03", calc=("wdays", "2026-12-03", 5, "CH", "VS"), subdiv="VS",
    family=["relative_working_days", "holiday_crossed_regional", "polite_prier"],
    kind="legal_demand", name="Mathilde Bonvin", org="Étude Bonvin & Zufferey", mail="mbonvin@bonvin-zufferey.ch",
    rep="Domaine des Trois Abbesses Sàrl", theirs="MB/26-774",
    urls=[f"https://ch.trustpilot.com/reviews/{R49}"], ids=[R49],
    quotes=["coupe son Cornalin avec du vin espagnol en vrac"],
    basis="dans un délai de cinq jours ouvrés", bases=["defamation"], case="new:trois-abbesses",
    note="REGIONAL HOLIDAY: Sion (Valais) sender; the Immaculée Conception (Tue 8 Dec) is a public holiday in Valais "
         "(not in Geneva or Vaud). Five working days from the letter (Thu 3 Dec; received 4 Dec) -> Fri 11 Dec; "
         "without it, Thu 10 Dec. 'Me' is a title. Art. 28 CC read as defamation.")

F50 = doc("f50", "eml", "fr", "CH", "2026-10-30", f"""
Bonjour,

Je vous adresse ci-dessous ma demande d'accès au sens de l'art. 25 de la loi fédérale sur la protection des données (LPD).

Demandeur : Lucien Morerod
Adresse : Chemin des Crêts-de-Champel 8, 1206 Genève
Courriel : lucien.morerod@bluewin.ch
Nature de la demande : droit d'accès et de rectification
Contenu concerné : avis https://ch.trustpilot.com/reviews/{R50}
Réponse attendue au plus tard le : 30.11.2026

Motif : L'avis cité, que je n'ai pas rédigé, a été publié sous mon nom complet et avec ma photo de profil LinkedIn. Je souhaite savoir quelles données me concernant vous traitez, d'où elles proviennent, et à qui elles ont été communiquées. Je demande également la rectification ou la suppression du nom et de la photo, qui me sont attribués à tort.

Une copie de ma pièce d'identité est jointe à un envoi séparé.

Avec mes remerciements,

Lucien Morerod
""", letter="2026-10-30", calc=("date", "2026-11-30"),
    email=mail("Lucien Morerod", "lucien.morerod@bluewin.ch", "Demande d'accès LPD – art. 25",
               "<GV0P278MB1191.morerod.20261030@bluewin.ch>", "2026-10-30T08:55:00+01:00"),
    family=["form_field", "numeric_day_first_dotted"],
    kind="data_request", name="Lucien Morerod", mail="lucien.morerod@bluewin.ch",
    urls=[f"https://ch.trustpilot.com/reviews/{R50}"], ids=[R50],
    basis="Réponse attendue au plus tard le : 30.11.2026", bases=["data_protection"], case="new:morerod-lpd",
    note="Labelled field with a Swiss dotted date (day first). The Swiss LPD allows 30 days (here 31 from the email), "
         "but the letter names its own date, which is the deadline.")

F51 = doc("f51", "pdf", "fr", "CA", "2026-11-05", f"""
LAPOINTE LAFRENIÈRE AVOCATS S.E.N.C.R.L.
1250, boulevard René-Lévesque Ouest, bureau 2200
Montréal (Québec) H3B 4W8
Tél. : 514 555-0187 · glafreniere@lapointelafreniere.ca

Montréal, le 3 novembre 2026

SOUS TOUTES RÉSERVES
PAR COURRIEL ET PAR MESSAGERIE

Trustpilot A/S
Pilestræde 58
1112 Copenhague K, Danemark

N/D : 8841-002

Objet : Érablière Gingras-Paquin inc. – avis publiés sur ca.trustpilot.com

Madame, Monsieur,

Nous agissons pour le compte d'Érablière Gingras-Paquin inc., de Saint-Georges de Beauce.

Deux avis publiés sur votre plateforme, aux adresses https://ca.trustpilot.com/reviews/{R51a} et https://ca.trustpilot.com/reviews/{R51b}, affirment que notre cliente « ajoute du sirop de maïs dans son sirop d'érable ». Cette affirmation est fausse; les lots de notre cliente sont classés et inspectés par les Producteurs et productrices acéricoles du Québec, et aucune non-conformité n'a été relevée.

Ces avis portent atteinte à la réputation de notre cliente, en violation des articles 3 et 35 du Code civil du Québec et de l'article 4 de la Charte des droits et libertés de la personne.

Nous vous demandons de retirer ces avis dans les dix (10) jours ouvrables suivant la réception de la présente. À défaut, nous avons reçu le mandat d'entreprendre, sans autre avis ni délai, les procédures judiciaires appropriées.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Geneviève Lafrenière
Avocate
""", letter="2026-11-03", calc=("wdays", "2026-11-05", 10, "CA", "QC"), subdiv="QC",
    family=["relative_working_days", "relative_receipt", "regional_non_holiday"],
    kind="legal_demand", name="Geneviève Lafrenière", org="Lapointe Lafrenière Avocats S.E.N.C.R.L.",
    mail="glafreniere@lapointelafreniere.ca", rep="Érablière Gingras-Paquin inc.", theirs="8841-002",
    urls=[f"https://ca.trustpilot.com/reviews/{R51a}", f"https://ca.trustpilot.com/reviews/{R51b}"], ids=[R51a, R51b],
    quotes=["ajoute du sirop de maïs dans son sirop d'érable"],
    basis="dans les dix (10) jours ouvrables suivant la réception de la présente", bases=["defamation"],
    case="new:gingras-paquin",
    note="REGIONAL NON-HOLIDAY: Québec sender; Remembrance Day (Wed 11 Nov) is not a statutory holiday in Québec, so "
         "ten business days from receipt (Thu 5 Nov) -> Thu 19 Nov. Counting 11 Nov as a holiday (as in Alberta) "
         "would give Fri 20 Nov. In Québec usage 'jours ouvrables' = Monday to Friday business days. 'dans les dix "
         "jours suivant' = the tenth business day after receipt.")

F52 = doc("f52", "eml", "fr", "CA", "2026-12-02", f"""
Bonjour,

Je vous écris au nom de la Fromagerie du Rang Saint-Joseph, à Saint-Hyacinthe, au sujet de l'avis https://ca.trustpilot.com/reviews/{R52}.

L'auteur y affirme que nos fromages « ont rendu toute sa famille malade pendant une semaine ». Aucun signalement n'a été fait au MAPAQ, et le lot mentionné a été analysé par un laboratoire indépendant le 20 octobre, sans résultat anormal. Je vous ai transmis le rapport par le formulaire en ligne le 23 novembre.

Nous vous prions de bien vouloir réexaminer cet avis et de nous répondre dans les meilleurs délais.

Veuillez noter que nos bureaux seront fermés du 24 décembre au 4 janvier inclusivement pour la période des Fêtes. D'ici là, vous pouvez me joindre directement au numéro ci-dessous.

Merci à l'avance,

Josée Lachapelle-Ouimet
Copropriétaire
Fromagerie du Rang Saint-Joseph inc.
450 555-0163
josee@fromagerierangstjoseph.ca
""", letter="2026-12-02", calc=None,
    email=mail("Josée Lachapelle-Ouimet", "josee@fromagerierangstjoseph.ca", "Avis mensonger – demande de réexamen",
               "<YT2PR01MB7760.josee.20261202@fromagerierangstjoseph.ca>", "2026-12-02T14:30:00+00:00"),
    family=["null_as_soon_as_possible", "null_closure", "null_past_events"],
    kind="business_appeal", name="Josée Lachapelle-Ouimet", org="Fromagerie du Rang Saint-Joseph inc.",
    mail="josee@fromagerierangstjoseph.ca",
    urls=[f"https://ca.trustpilot.com/reviews/{R52}"], ids=[R52],
    quotes=["ont rendu toute sa famille malade pendant une semaine"], bases=[], case="new:rang-st-joseph",
    note="Null: 'dans les meilleurs délais' is 'as soon as possible' (no date); the 24 Dec – 4 Jan closure is the "
         "sender's own; 20 Oct and 23 Nov are past events. 'D'ici là' refers to the closure, not a deadline. "
         "Organisation as in the signature (with 'inc.').")

DOCS = [F49, F50, F51, F52]
