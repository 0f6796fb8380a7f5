"""corpus-dl4 French documents e55-e60 (France, Belgium)."""
from common import RID, doc, mail

DOCS = []

# e55 -- information letter: the sender's own filing date, a preservation request without date: null
r = RID[108]
DOCS.append(doc("e55", "eml", "fr", "FR", "2026-11-25", f"""
Madame, Monsieur,

Je suis le conseil de la société Cave Saint-Amand SARL, caviste à Lille.

Pour votre parfaite information, ma cliente a décidé de déposer plainte avec constitution de partie civile du chef de diffamation publique envers un particulier à raison de l'avis publié le 3 novembre 2026 sur votre site (https://fr.trustpilot.com/reviews/{r}), selon lequel le gérant « revend des bouteilles volées lors du cambriolage de la cave Duquesnoy ».

La plainte sera déposée le 30 novembre auprès du doyen des juges d'instruction du tribunal judiciaire de Lille. Une copie vous sera adressée dès son enregistrement.

Aucune démarche n'est attendue de votre part à ce stade. Je vous demande néanmoins de conserver l'ensemble des données d'identification de l'auteur de l'avis, qui pourront vous être réclamées par le juge d'instruction.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Eudes Castagnier
Avocat au Barreau de Lille
Castagnier Avocats
27, rue Nationale, 59800 Lille
N/Réf. : EC/CSA/2611
""", letter="2026-11-25", calc=None, family=["null_own_plan", "null_review_date"],
    email=mail("Eudes Castagnier", "e.castagnier@castagnier-avocats.fr", "Cave Saint-Amand SARL – information",
               "<CA-EC-2611.20261125.1540@castagnier-avocats.fr>", "2026-11-25T15:40:00+01:00"),
    kind="legal_demand", name="Eudes Castagnier", org="Castagnier Avocats", mail="e.castagnier@castagnier-avocats.fr",
    rep="Cave Saint-Amand SARL", theirs="EC/CSA/2611", urls=[f"https://fr.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["revend des bouteilles volées lors du cambriolage de la cave Duquesnoy"],
    bases=["defamation"], case="new:saint-amand",
    note="30 novembre is the sender's own filing date; the preservation request sets no date -> null. A "
         "complaint is announced, not a criminal-law basis invoked against us: legal_bases defamation only."))

# e56 -- French DSA web form with a labelled numeric date
r = RID[110]
DOCS.append(doc("e56", "txt", "fr", "FR", "2026-11-20", f"""
TRUSTPILOT – SIGNALER UN CONTENU ILLICITE (UE/EEE)
Notification au titre de l'article 16 du règlement (UE) 2022/2065 (règlement sur les services numériques)
--------------------------------------------------------------------

Soumis le : 20/11/2026 à 07:41 (heure de Paris)

1. VOS COORDONNÉES
Nom complet : Yannick Le Quéméner
Adresse e-mail : yannick@crepeatymenez.bzh
Organisation (facultatif) : Crêperie Ty Menez
Pays : France

2. CONTENU SIGNALÉ
URL : https://fr.trustpilot.com/reviews/{r}
Type de contenu illicite : Harcèlement / menaces

3. POURQUOI CE CONTENU EST-IL ILLICITE ?
C'est le quatrième « avis » de la même personne depuis septembre. Celui-ci dit : « Je repasserai un soir de fermeture, on verra si le patron fait toujours le malin. » Ce n'est pas un avis, c'est une menace. Cette personne m'envoie aussi des messages sur Instagram. J'ai déposé une main courante à la gendarmerie de Quimperlé. Ces messages répétés constituent un harcèlement.

4. MESURE DEMANDÉE
Mesure : Retrait et blocage du compte
Délai de réponse souhaité : 30/11/2026

5. DÉCLARATION
[x] Je confirme de bonne foi que les informations et allégations contenues dans la présente notification sont exactes et complètes.
Signature : Yannick Le Quéméner

--------------------------------------------------------------------
Ceci est une copie générée automatiquement de votre notification.
""", letter="2026-11-20", calc=("date", "2026-11-30"), family=["form_field", "request_noun", "numeric_fr"],
    kind="illegal_content_notice", name="Yannick Le Quéméner", org="Crêperie Ty Menez", mail="yannick@crepeatymenez.bzh",
    urls=[f"https://fr.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["Je repasserai un soir de fermeture, on verra si le patron fait toujours le malin."],
    basis="Délai de réponse souhaité : 30/11/2026", bases=["dsa", "harassment"], case="new:ty-menez"))

# e57 -- Belgian letter: polite "Nous vous saurions gré ... au plus tard le lundi 7 décembre 2026 à 17h00"
r = RID[112]
DOCS.append(doc("e57", "pdf", "fr", "BE", "2026-11-25", f"""
CABINET DUJARDIN-PIRET
Boulevard de la Sauvenière 112 · 4000 Liège
Tél. +32 4 555 27 90 · a.dujardin@dujardin-piret.be

Liège, le 23 novembre 2026

Nos réf. : AD/AEM/26-0419

Trustpilot A/S
Service juridique

Concerne : Auto-École Meuse Permis SRL – avis https://fr-be.trustpilot.com/reviews/{r}

Madame, Monsieur,

Nous sommes le conseil de l'Auto-École Meuse Permis SRL, établie à Liège.

L'avis référencé ci-dessus affirme qu'un moniteur de notre cliente « fait repasser l'examen exprès pour encaisser des heures supplémentaires » et que « les résultats sont arrangés avec l'examinateur contre des enveloppes ». Ces affirmations sont dénuées de tout fondement. Le taux de réussite de notre cliente est publié par le SPW et l'examen pratique est organisé par un centre agréé totalement indépendant.

Ces propos portent gravement atteinte à la réputation de notre cliente et de son moniteur. Ils sont constitutifs de calomnie et engagent la responsabilité civile de leur auteur.

Nous vous saurions gré de bien vouloir nous confirmer le retrait de cet avis au plus tard le lundi 7 décembre 2026 à 17h00.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos sentiments distingués.

Arnaud Dujardin
Avocat
Cabinet Dujardin-Piret
""", letter="2026-11-23", calc=("date", "2026-12-07"), family=["polite", "weekday", "time_of_day", "explicit_long"],
    kind="legal_demand", name="Arnaud Dujardin", org="Cabinet Dujardin-Piret", mail="a.dujardin@dujardin-piret.be",
    rep="Auto-École Meuse Permis SRL", theirs="AD/AEM/26-0419", urls=[f"https://fr-be.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["fait repasser l'examen exprès pour encaisser des heures supplémentaires",
            "les résultats sont arrangés avec l'examinateur contre des enveloppes"],
    basis="au plus tard le lundi 7 décembre 2026 à 17h00", bases=["defamation"], case="new:meuse-permis"))

# e58 -- French out-of-office in an existing matter: absence and office closure: null
DOCS.append(doc("e58", "eml", "fr", "FR", "2026-11-27", """
Bonjour,

Je vous remercie pour votre message.

Je suis actuellement en audience puis en congé, et serai absente du cabinet jusqu'au 2 décembre inclus. Je n'aurai qu'un accès très limité à ma messagerie durant cette période et votre message ne sera pas transféré.

Pour toute urgence, vous pouvez joindre mon assistante, Mme Nadège Fourcroy, au 02 38 55 61 07 ou à l'adresse secretariat@arnoux-deveze-avocats.fr.

Veuillez noter que le cabinet sera fermé du 24 décembre au 4 janvier inclus.

Bien cordialement,

Sidonie Arnoux
Avocate associée
Cabinet Arnoux-Devèze
5, place du Martroi, 45000 Orléans

Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel. S'ils ne vous sont pas destinés, merci d'en avertir l'expéditeur et de les détruire.
""", letter="2026-11-27", calc=None, family=["null_out_of_office", "null_office_closure"],
    email=mail("Sidonie Arnoux", "s.arnoux@arnoux-deveze-avocats.fr",
               "Réponse automatique : [CI-2026-1909] Garage Pelletier Frères SARL",
               "<AD-auto.20261127102031.sarnoux@arnoux-deveze-avocats.fr>", "2026-11-27T10:20:31+01:00",
               in_reply_to="<20261127102015.CI-2026-1909.8123@mail.trustpilot.com>",
               references=["<20261127102015.CI-2026-1909.8123@mail.trustpilot.com>"]),
    kind="legal_demand", name="Sidonie Arnoux", org="Cabinet Arnoux-Devèze", mail="s.arnoux@arnoux-deveze-avocats.fr",
    ours="CI-2026-1909", bases=[], case="CI-2026-1909",
    note="Auto-reply: 'jusqu'au 2 décembre inclus' is her absence, 24 Dec-4 Jan the office closure -> null."))

# e59 -- 48 heures from receipt of the letter
r = RID[116]
DOCS.append(doc("e59", "docx", "fr", "FR", "2026-12-01", f"""
BELKACEM-ROUX AVOCATS
34, rue Paradis · 13001 Marseille · 04 91 55 38 26 · i.belkacem@belkacem-roux.fr

Marseille, le 27 novembre 2026

N/Réf. : IBR/MFT/26-331

Trustpilot A/S
Service juridique

Objet : Massilia Fit SAS – avis https://fr.trustpilot.com/reviews/{r}

Madame, Monsieur,

J'ai l'honneur de vous informer que j'assiste la société Massilia Fit SAS, qui exploite une salle de sport dans le 8e arrondissement de Marseille.

L'avis référencé ci-dessus donne le prénom, le nom et l'adresse personnelle d'une coach de ma cliente, et se termine ainsi : « Je sais où elle habite maintenant, elle va regretter de m'avoir exclu. » L'auteur, exclu de la salle en octobre pour des faits de harcèlement envers cette même coach, a déjà fait l'objet d'une plainte.

La publication de l'adresse personnelle d'une salariée, associée à une menace, constitue un traitement illicite de données personnelles et caractérise un harcèlement au sens de l'article 222-33-2-2 du Code pénal. La sécurité de cette personne est en jeu.

Je vous prie en conséquence de bien vouloir procéder à la suppression de cet avis dans les 48 heures de la réception de la présente, et de conserver les données de connexion de son auteur.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Inès Belkacem-Roux
Avocate au Barreau de Marseille
""", letter="2026-11-27", calc=("hours", "2026-12-01", 48), family=["hours", "relative_receipt"],
    kind="legal_demand", name="Inès Belkacem-Roux", org="Belkacem-Roux Avocats", mail="i.belkacem@belkacem-roux.fr",
    rep="Massilia Fit SAS", theirs="IBR/MFT/26-331", urls=[f"https://fr.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["Je sais où elle habite maintenant, elle va regretter de m'avoir exclu."],
    basis="dans les 48 heures de la réception de la présente", bases=["data_protection", "harassment", "criminal"],
    case="new:massilia-fit",
    note="48 hours from receipt (1 Dec) -> 3 Dec, not from the letter date (27 Nov, which would give 29 Nov)."))

# e60 -- Belgian extension: "jusqu'au vendredi 11 décembre", old date in the quoted request
r = RID[160]
DOCS.append(doc("e60", "eml", "fr", "BE", "2026-11-26", f"""
Chère Madame Lindgren,

Je fais suite à votre courriel du 24 novembre.

Après avoir consulté ma cliente, la Brasserie du Vieux Quai SRL, je vous confirme qu'elle accepte de prolonger le délai jusqu'au vendredi 11 décembre pour vous permettre de recueillir les observations de l'auteur de l'avis https://fr-be.trustpilot.com/reviews/{r}. Ma cliente n'accordera pas de nouvelle prolongation.

Je vous remercie de me faire part de votre décision dans ce délai.

Bien à vous,

Thibault Lambotte
Avocat
Maes & Lambotte Avocats
Quai de Rome 25, 4000 Liège
Réf. : TL/2026/0871

De : Trustpilot Legal <legal@trustpilot.com>
Envoyé : mardi 24 novembre 2026 10:22
Objet : [CI-2026-1910] Brasserie du Vieux Quai SRL

> Cher Maître,
>
> Votre lettre du 12 novembre nous demande de nous prononcer au plus tard le 27 novembre. Nous avons contacté l'auteur de l'avis, qui dispose d'un délai pour nous répondre. Pourriez-vous accepter une prolongation ?
>
> Bien cordialement,
> Elin Lindgren
""", letter="2026-11-26", calc=("date", "2026-12-11"), family=["extension", "quoted_old_date", "weekday", "yearless"],
    email=mail("Thibault Lambotte", "t.lambotte@maeslambotte.be", "RE: [CI-2026-1910] Brasserie du Vieux Quai SRL",
               "<ML-TL-0871-20261126.0915@maeslambotte.be>", "2026-11-26T09:15:00+01:00",
               in_reply_to="<20261124102210.CI-2026-1910.7719@mail.trustpilot.com>",
               references=["<20261124102210.CI-2026-1910.7719@mail.trustpilot.com>"]),
    kind="legal_demand", name="Thibault Lambotte", org="Maes & Lambotte Avocats", mail="t.lambotte@maeslambotte.be",
    rep="Brasserie du Vieux Quai SRL", theirs="TL/2026/0871", ours="CI-2026-1910",
    urls=[f"https://fr-be.trustpilot.com/reviews/{r}"], ids=[r],
    basis="jusqu'au vendredi 11 décembre", bases=[], case="CI-2026-1910",
    note="The extended date (11 Dec) replaces 27 Nov, which is only in the quoted request."))
