"""French documents d47-d60. Each carries `calc`: how its gold deadline is computed (see common.py)."""
from common import RID, doc, mail

FR = lambda i: f"https://fr.trustpilot.com/reviews/{RID[i]}"  # noqa: E731
BE = lambda i: f"https://fr-be.trustpilot.com/reviews/{RID[i]}"  # noqa: E731

DOCS = []

# d47 -- date explicite précédée du jour de la semaine, heure et fuseau entre parenthèses
DOCS.append(doc("d47", "pdf", "fr", "2026-10-08", f"""
CABINET VASSEUR & RIBEIRO
Avocats à la Cour
112, boulevard Haussmann – 75008 Paris
Tél. 01 42 96 18 30 – h.vasseur@vasseur-ribeiro.fr

Trustpilot A/S
Service juridique
Pilestræde 58
1112 Copenhague K
Danemark

Paris, le 6 octobre 2026

N/Réf. : HV/POI/26-412

Lettre recommandée avec accusé de réception
Copie par courriel : legal@trustpilot.com

Objet : Les Ateliers Poitevin SAS – avis publié sur {FR(47)}

Madame, Monsieur,

J'interviens en qualité de conseil de la société Les Ateliers Poitevin SAS, ébénisterie d'art établie à Saint-Ouen.

Un avis mis en ligne le 24 septembre 2026 sur votre site contient les propos suivants :

« Ils m'ont vendu une commode présentée comme d'époque alors que c'est une copie fabriquée en Chine. »

« Cette maison arnaque les clients âgés. »

Ces allégations sont fausses. Ma cliente ne commercialise aucun meuble ancien ; elle fabrique exclusivement des pièces neuves dans son propre atelier, et ses factures le mentionnent expressément. Elle n'a par ailleurs aucune trace d'une vente au nom de l'auteur de l'avis. Imputer à une entreprise la vente de contrefaçons et l'escroquerie de personnes âgées porte atteinte à son honneur et à sa considération ; ces propos sont constitutifs de diffamation publique au sens de l'article 29 de la loi du 29 juillet 1881.

En votre qualité d'hébergeur, il vous appartient, maintenant que vous avez connaissance du caractère manifestement illicite de ce contenu, d'agir promptement pour le retirer.

Je vous mets en conséquence en demeure de procéder au retrait de cet avis et de m'en informer par écrit au plus tard le vendredi 16 octobre 2026 à 17h00 (heure de Paris).

À défaut, ma cliente se réserve le droit de saisir la juridiction compétente sans autre préavis.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hélène Vasseur
Avocate associée
""", letter="2026-10-06", calc=("date", "2026-10-16"), family=["explicit+words", "weekday", "time"],
    kind="legal_demand", name="Hélène Vasseur", org="Cabinet Vasseur & Ribeiro", mail="h.vasseur@vasseur-ribeiro.fr",
    rep="Les Ateliers Poitevin SAS", theirs="HV/POI/26-412", urls=[FR(47)], ids=[RID[47]],
    quotes=["Ils m'ont vendu une commode présentée comme d'époque alors que c'est une copie fabriquée en Chine.",
            "Cette maison arnaque les clients âgés."],
    basis="au plus tard le vendredi 16 octobre 2026 à 17h00 (heure de Paris)", bases=["defamation"],
    case="new:poitevin"))

# d48 -- "sous huitaine" sans point de départ : à compter de la date de la lettre
DOCS.append(doc("d48", "docx", "fr", "2026-10-15", f"""
SELARL Dumont-Kergall Avocats
7, quai Lamennais – 35000 Rennes
02 99 78 41 05 – y.kergall@dumont-kergall.fr

Rennes, le 13 octobre 2026

Trustpilot A/S
Pilestræde 58
1112 Copenhague K
Danemark

Nos réf. : YK/2026/0588

Objet : Crêperie Ty Breizh SARL – demande de retrait d'un avis

Madame, Monsieur,

Je vous écris au nom de la Crêperie Ty Breizh SARL, qui exploite un restaurant rue Saint-Georges à Rennes.

L'avis consultable à l'adresse {FR(48)} affirme que « la crêperie a été fermée par les services d'hygiène l'été dernier ». Ce n'est pas le cas. L'établissement a fait l'objet d'un contrôle de la direction départementale de la protection des populations le 18 juin 2026, à l'issue duquel le niveau d'hygiène « très satisfaisant » lui a été attribué ; le résultat est d'ailleurs consultable publiquement sur le site Alim'confiance. Il n'a jamais été fermé.

Cette affirmation, précise et vérifiable, est fausse et porte atteinte à la réputation de ma cliente, dont la clientèle est en grande partie touristique et consulte les avis en ligne avant de réserver.

Je vous demande en conséquence de bien vouloir retirer cet avis sous huitaine, ou à tout le moins la phrase litigieuse, et de m'en tenir informé.

Ma cliente n'entend nullement empêcher ses clients d'exprimer leur opinion sur ses galettes ; elle demande seulement que des faits inexacts ne soient pas présentés comme vrais.

Je vous prie de croire, Madame, Monsieur, à l'assurance de mes sentiments distingués.

Yannick Kergall
Avocat au Barreau de Rennes
""", letter="2026-10-13", calc=("days", "2026-10-13", 8), family=["relative-no-anchor"],
    kind="legal_demand", name="Yannick Kergall", org="SELARL Dumont-Kergall Avocats", mail="y.kergall@dumont-kergall.fr",
    rep="Crêperie Ty Breizh SARL", theirs="YK/2026/0588", urls=[FR(48)], ids=[RID[48]],
    quotes=["la crêperie a été fermée par les services d'hygiène l'été dernier"], basis="sous huitaine",
    bases=["defamation"], case="new:tybreizh"))

# d49 -- droit d'accès RGPD, un mois à compter de la réception
DOCS.append(doc("d49", "eml", "fr", "2026-10-20", """
Madame, Monsieur,

En application de l'article 15 du règlement général sur la protection des données (RGPD), je vous demande de me communiquer l'ensemble des données à caractère personnel me concernant que vous détenez.

J'utilise votre service depuis 2022 avec l'adresse électronique depuis laquelle je vous écris, sous le pseudonyme « Mathilde A. ». Début octobre, une entreprise que j'avais évaluée m'a écrit directement, à mon adresse personnelle, pour me demander de retirer mon avis. Je souhaite donc savoir précisément quelles données vous lui avez transmises, et à quel moment.

Je vous remercie de m'indiquer :
– les données me concernant et leur source ;
– les finalités et la base juridique de chaque traitement ;
– les destinataires auxquels ces données ont été communiquées, en particulier les entreprises évaluées ;
– la durée de conservation prévue.

Je vous remercie de me répondre dans un délai d'un mois à compter de la réception de la présente demande, conformément à l'article 12, paragraphe 3, du RGPD. À défaut de réponse, je me réserve la possibilité de saisir la CNIL.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Mathilde Arnoux
14, rue des Carmes
31000 Toulouse
""", email=mail("Mathilde Arnoux", "mathilde.arnoux@laposte.net", "Demande d'accès à mes données personnelles (article 15 RGPD)",
                "<1839201744.88213.1792508400@laposte.net>", "2026-10-20T10:02:00+02:00"),
    letter="2026-10-20", calc=("month", "2026-10-20"), family=["gdpr-statutory", "relative-receipt"],
    kind="data_request", name="Mathilde Arnoux", mail="mathilde.arnoux@laposte.net",
    basis="dans un délai d'un mois à compter de la réception de la présente demande", bases=["data_protection"],
    case="new:arnoux"))

# d50 -- courrier scanné, tournure passive "devront nous parvenir au plus tard le", nom "délai"
DOCS.append(doc("d50", "scan", "fr", "2026-11-03", f"""
Maître Jean-Baptiste Ferrand
Avocat au Barreau de Marseille
27, rue Paradis – 13001 Marseille
Tél. 04 91 54 22 17 – jb.ferrand@ferrand-avocat.fr

Marseille, le 30 octobre 2026

Trustpilot A/S
Pilestræde 58
1112 Copenhague K
DANEMARK

Réf. : JBF/2611/PVP

Objet : Pharmacie du Vieux-Port – avis du 12 octobre 2026

Madame, Monsieur,

Je suis le conseil de la SELARL Pharmacie du Vieux-Port, officine située quai de Rive-Neuve à Marseille.

Un avis publié le 12 octobre 2026 sur votre plateforme ({FR(49)}) affirme :

« Le pharmacien m'a vendu des médicaments périmés et a refusé de me rembourser. »

Ma cliente conteste formellement ces faits. Son logiciel de gestion des stocks interdit la délivrance de tout produit dont la date de péremption est dépassée, et aucune réclamation de cette nature n'a été enregistrée. Une telle accusation, portée contre un professionnel de santé, est d'une particulière gravité.

Avant d'envisager toute action, ma cliente souhaite toutefois vérifier si l'auteur de l'avis a réellement été client de l'officine. Je vous demande donc de bien vouloir m'indiquer si vous avez sollicité de sa part une preuve de son expérience et, le cas échéant, de me la communiquer sous une forme respectant ses données personnelles.

Le délai qui vous est imparti est bref, compte tenu du préjudice subi : votre réponse et les justificatifs éventuels devront nous parvenir au plus tard le 13 novembre 2026. À défaut, je considérerai que l'avis ne repose sur aucune expérience réelle et j'en tirerai toutes les conséquences.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Jean-Baptiste Ferrand
""", letter="2026-10-30", calc=("date", "2026-11-13"), family=["passive", "deadline-noun", "scan"],
    kind="legal_demand", name="Jean-Baptiste Ferrand", mail="jb.ferrand@ferrand-avocat.fr",
    rep="Pharmacie du Vieux-Port", theirs="JBF/2611/PVP", urls=[FR(49)], ids=[RID[49]],
    quotes=["Le pharmacien m'a vendu des médicaments périmés et a refusé de me rembourser."],
    basis="devront nous parvenir au plus tard le 13 novembre 2026", bases=["defamation"], case="new:vieuxport"))

# d51 -- "d'ici jeudi" dans un courriel envoyé un lundi
DOCS.append(doc("d51", "eml", "fr", "2026-11-02", f"""
Bonjour,

Je me permets de vous relancer au sujet de l'avis que j'ai signalé le 20 octobre : {FR(50)}

La personne dit avoir eu « une brûlure au visage après un soin » dans notre institut. Nous n'avons jamais reçu cette personne : son nom ne figure pas dans notre agenda, ni dans notre fichier clients, et aucune de nos esthéticiennes ne l'a reconnue sur sa photo de profil. Nous utilisons d'ailleurs des produits certifiés et chaque soin du visage est précédé d'un test de tolérance.

Votre réponse automatique dit que l'avis ne contrevient pas à vos lignes directrices. Pourtant vos propres règles prévoient qu'un avis doit reposer sur une expérience réelle. Pouvez-vous demander à cette personne une preuve de son rendez-vous ?

Pouvez-vous me répondre d'ici jeudi ? Nous lançons nos cartes cadeaux de Noël en fin de semaine et cet avis est le premier que l'on voit sur notre page.

Merci d'avance,

Gaëlle Marchetti
Gérante – Institut Beauté Sérénité
8, place du Marché – 69300 Caluire-et-Cuire
06 12 48 77 30
""", email=mail("Gaëlle Marchetti", "contact@institut-serenite.fr", "Relance – avis signalé le 20 octobre",
                "<b7e2a9c0-1f5d-4e3b-9c8a-serenite@institut-serenite.fr>", "2026-11-02T09:40:00+01:00"),
    letter="2026-11-02", calc=("next_weekday", "2026-11-02", 3), family=["informal"],
    kind="business_appeal", name="Gaëlle Marchetti", org="Institut Beauté Sérénité", mail="contact@institut-serenite.fr",
    urls=[FR(50)], ids=[RID[50]], quotes=["une brûlure au visage après un soin"], basis="d'ici jeudi",
    bases=["platform_guidelines"], case="new:serenite"))

# d52 -- Belgique, "1er décembre"
DOCS.append(doc("d52", "pdf", "fr", "2026-11-20", f"""
VAN ACKER & DEWAEL
Avocats – Advocaten
Avenue Louise 221 – 1050 Bruxelles
T +32 2 640 17 55 – m.dewael@vanacker-dewael.be

Bruxelles, le 18 novembre 2026

Trustpilot A/S
Pilestræde 58
1112 Copenhague K
Danemark

Nos références : MD/2026/1147

Concerne : Chocolaterie Delvaux-Marchal SRL – avis en ligne

Madame, Monsieur,

Nous agissons pour le compte de la Chocolaterie Delvaux-Marchal SRL, maison artisanale fondée en 1964 et établie au Sablon.

Un avis publié sur votre site ({BE(51)}) affirme que notre cliente « revend sous sa marque des pralines industrielles achetées en gros ». Cette affirmation est inexacte : toutes les pralines de notre cliente sont fabriquées dans son atelier d'Anderlecht, ce que peuvent constater les nombreux visiteurs de ses ateliers ouverts et ce qu'attestent ses fournisseurs de matières premières.

Il s'agit d'une allégation de fait, précise, qui porte atteinte à la réputation d'une entreprise dont l'artisanat constitue l'identité même. Elle engage la responsabilité de son auteur sur la base de l'article 1382 ancien du Code civil et de l'article 6.5 du Code civil, et votre responsabilité d'hébergeur dès lors que vous en avez connaissance.

Nous vous prions de bien vouloir procéder au retrait de cet avis et de nous le confirmer au plus tard le mardi 1er décembre 2026. Nous restons naturellement à votre disposition pour vous transmettre tout document utile.

Veuillez agréer, Madame, Monsieur, l'expression de nos sentiments distingués.

Marie Dewael
Avocate
""", letter="2026-11-18", calc=("date", "2026-12-01"), family=["ordinal-1er", "weekday"],
    kind="legal_demand", name="Marie Dewael", org="Van Acker & Dewael", mail="m.dewael@vanacker-dewael.be",
    rep="Chocolaterie Delvaux-Marchal SRL", theirs="MD/2026/1147", urls=[BE(51)], ids=[RID[51]],
    quotes=["revend sous sa marque des pralines industrielles achetées en gros"],
    basis="au plus tard le mardi 1er décembre 2026", bases=["defamation"], case="new:delvaux"))

# d53 -- régulateur, champ "Date limite de réponse" en jj/mm/aaaa
DOCS.append(doc("d53", "docx", "fr", "2026-11-20", f"""
Autorité de régulation de la communication audiovisuelle et numérique (Arcom)
Direction des plateformes en ligne
39-43, quai André-Citroën – 75015 Paris

Paris, le 19 novembre 2026

Trustpilot A/S
À l'attention du point de contact unique (article 11 du RSN)
Pilestræde 58
1112 Copenhague K
Danemark

Référence : DPL/2026/3391
Dossier suivi par : Camille Roussel – camille.roussel@arcom.fr
Date limite de réponse : 04/12/2026

Objet : Réclamation d'un utilisateur – article 53 du règlement (UE) 2022/2065

Madame, Monsieur,

L'Arcom, coordinateur pour les services numériques en France, a été saisie d'une réclamation par une utilisatrice résidant en France. Celle-ci indique avoir signalé le 8 octobre 2026, au moyen de votre mécanisme de notification, un avis ({FR(52)}) qui divulguerait son adresse personnelle et son numéro de téléphone, et n'avoir reçu à ce jour aucune décision motivée.

Trustpilot A/S étant établie au Danemark, la réclamation a vocation à être transmise au coordinateur danois. Afin de compléter le dossier avant cette transmission, je vous saurais gré de bien vouloir m'indiquer :

1. si le signalement du 8 octobre 2026 a bien été reçu et quelle suite lui a été donnée ;
2. si une décision motivée au sens de l'article 17 du règlement a été adressée à l'utilisatrice ;
3. le cas échéant, les raisons du délai de traitement.

Je vous remercie de votre collaboration et vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Camille Roussel
Chargée de mission
Direction des plateformes en ligne
""", letter="2026-11-19", calc=("date", "2026-12-04"), family=["labelled-field", "numeric-fr"],
    kind="regulator", name="Camille Roussel", org="Arcom", mail="camille.roussel@arcom.fr",
    theirs="DPL/2026/3391", urls=[FR(52)], ids=[RID[52]], basis="Date limite de réponse : 04/12/2026",
    bases=["dsa"], case="new:arcom"))

# d54 -- prorogation accordée par courriel ; l'ancienne échéance n'est que rappelée
DOCS.append(doc("d54", "eml", "fr", "2026-11-26", f"""
Madame,

Je fais suite à votre courriel d'hier.

Ma cliente comprend que vous souhaitiez recueillir les explications de l'auteur de l'avis avant de prendre position, et qu'un délai de quelques jours y soit nécessaire. Dans ces conditions, et à titre exceptionnel, nous reportons l'échéance au lundi 7 décembre 2026.

Je vous rappelle toutefois que l'avis affirme que ma cliente « utilise de la farine avariée », ce qui est faux et continue de lui causer un préjudice chaque jour où il reste en ligne. Aucun nouveau report ne pourra être accordé.

Bien cordialement,

Sophie Lacombe
Avocate
Lacombe Avocats
12, cours de l'Intendance – 33000 Bordeaux
05 56 44 91 20
s.lacombe@lacombe-avocats.fr
N/Réf. : SL/FRA/2611

Le mer. 25 nov. 2026 à 16:44, Trustpilot Legal <legal@trustpilot.com> a écrit :
> Maître,
>
> Notre référence : CI-2026-0820
>
> Nous accusons réception de votre mise en demeure du 9 novembre concernant la Boulangerie Fradin SARL et l'avis {FR(24)}, qui nous demandait de répondre avant le 27 novembre.
>
> Nous avons invité l'auteur de l'avis à nous fournir une preuve de son expérience. Pourriez-vous nous accorder un délai supplémentaire afin qu'il puisse y répondre ?
>
> Bien cordialement,
> Astrid Holm, Legal Counsel
""", email=mail("Sophie Lacombe", "s.lacombe@lacombe-avocats.fr", "RE: CI-2026-0820 – Boulangerie Fradin – demande de délai",
                "<20261126101522.SL-FRA-2611@lacombe-avocats.fr>", "2026-11-26T10:15:00+01:00",
                in_reply_to="<20261125164402.CI-2026-0820.7781@mail.trustpilot.com>",
                references=["<20261125164402.CI-2026-0820.7781@mail.trustpilot.com>"]),
    letter="2026-11-26", calc=("date", "2026-12-07"), family=["extension", "chaser-new-date", "weekday"],
    kind="legal_demand", name="Sophie Lacombe", org="Lacombe Avocats", mail="s.lacombe@lacombe-avocats.fr",
    rep="Boulangerie Fradin SARL", theirs="SL/FRA/2611", ours="CI-2026-0820", urls=[FR(24)], ids=[RID[24]],
    quotes=["utilise de la farine avariée"], basis="nous reportons l'échéance au lundi 7 décembre 2026",
    bases=["defamation"], case="CI-2026-0820"))

# d55 -- dix jours ouvrés à compter de la réception ; le 11 novembre est férié en France
DOCS.append(doc("d55", "pdf", "fr", "2026-11-03", f"""
CABINET ROCHE-AUBRY
Avocats
18, cours de Verdun – 33000 Bordeaux
Tél. 05 57 14 60 80 – c.roche@roche-aubry.fr

Bordeaux, le 2 novembre 2026

Trustpilot A/S
Pilestræde 58
1112 Copenhague K
Danemark

Envoi par courriel et par lettre recommandée internationale

Réf. : CR/MDU/26-077

Objet : SCEA Château Marcillac-Duprat – avis {RID[53]}

Madame, Monsieur,

Le Château Marcillac-Duprat, propriété viticole de l'Entre-deux-Mers dont je suis le conseil, fait l'objet sur votre site d'un avis (identifiant {RID[53]}) dont l'auteur affirme :

« On m'a servi en dégustation un vin coupé à l'eau et on a refusé de me montrer les cuves. »

Le domaine conteste ces faits avec la plus grande fermeté. Les dégustations sont servies directement à partir de bouteilles ouvertes devant les visiteurs, et le chai est visitable à chaque dégustation. Au demeurant, le mouillage du vin constitue une fraude, et l'imputation de ce fait à un producteur est de nature à porter gravement atteinte à son honneur et à sa considération.

Je vous demande en conséquence de procéder au retrait de cet avis dans un délai de dix jours ouvrés à compter de la réception de la présente, et de m'en informer par écrit.

Si vous estimez disposer d'éléments permettant de justifier la réalité de l'expérience décrite, je vous remercie de me les communiquer dans le même délai.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Claire Roche
Avocate
""", letter="2026-11-02", calc=("wdays", "2026-11-03", 10, "FR", None), family=["working-days", "holidays", "relative-receipt"],
    kind="legal_demand", name="Claire Roche", org="Cabinet Roche-Aubry", mail="c.roche@roche-aubry.fr",
    rep="SCEA Château Marcillac-Duprat", theirs="CR/MDU/26-077", ids=[RID[53]],
    quotes=["On m'a servi en dégustation un vin coupé à l'eau et on a refusé de me montrer les cuves."],
    basis="dans un délai de dix jours ouvrés à compter de la réception de la présente", bases=["defamation"],
    case="new:marcillac", note="11 November (Armistice) is a French public holiday"))

# d56 -- signalement en texte brut sans date : "sous 15 jours" compté depuis la réception
DOCS.append(doc("d56", "txt", "fr", "2026-11-09", f"""
Signalement de contenu illicite

Nom : Yasmina Belkacem
Courriel : yasmina.belkacem@orange.fr
Qualité : gérante du salon de coiffure Atelier Yasmina, Villeurbanne
Contenu signalé : {FR(54)}

Bonjour,

Je vous signale cet avis au titre de l'article 16 du règlement européen sur les services numériques.

L'auteur ne parle pas de la coiffure. Il écrit que « les gens comme elle devraient retourner dans leur pays », et la suite est du même ordre. Ce sont des propos racistes, qui me visent personnellement puisque je suis la seule personne qui travaille au salon et que mon prénom apparaît dans le nom du salon. Ce type de propos est puni par la loi en France.

Je n'ai jamais eu de conflit avec un client, et je pense que cette personne n'est jamais venue au salon. Mais même si elle était venue, cela ne justifierait pas ces propos.

Je vous demande de retirer ce contenu sous 15 jours et de me tenir informée de votre décision. J'ai déposé une main courante au commissariat.

Je certifie que les informations ci-dessus sont exactes et complètes.

Yasmina Belkacem
""", letter=None, calc=("days", "2026-11-09", 15), family=["relative-no-anchor", "no-letter-date"],
    kind="illegal_content_notice", name="Yasmina Belkacem", org="Atelier Yasmina", mail="yasmina.belkacem@orange.fr",
    urls=[FR(54)], ids=[RID[54]], quotes=["les gens comme elle devraient retourner dans leur pays"],
    basis="sous 15 jours", bases=["dsa", "criminal"], case="new:belkacem"))

# d57 -- date d'audience et engagement de l'expéditeur lui-même -> null
DOCS.append(doc("d57", "pdf", "fr", "2026-11-12", f"""
SCP GUÉRIN-MAILLARD
Avocats associés
4, place de la Défense – 92400 Courbevoie
Tél. 01 47 17 52 90 – p.maillard@guerin-maillard.fr

Courbevoie, le 10 novembre 2026

Trustpilot A/S
Pilestræde 58
1112 Copenhague K
Danemark

V/Réf. : CI-2026-0821
N/Réf. : GM/26/0391

Objet : Clinique vétérinaire des Tilleuls c/ Trustpilot A/S – référé

Madame, Monsieur,

Comme suite à l'assignation qui vous a été délivrée le 21 octobre 2026, je vous informe que l'affaire a été appelée à l'audience du 5 novembre 2026 et renvoyée, à la demande de votre conseil, à l'audience du jeudi 10 décembre 2026 à 9h30 devant le président du tribunal judiciaire de Nanterre statuant en référé.

Pour mémoire, ma cliente demande le retrait de l'avis publié le 2 juillet 2026 à l'adresse {FR(25)}, qui lui impute d'avoir « laissé mourir un chien par négligence pendant la nuit », propos qu'elle estime diffamatoires.

Conformément au calendrier convenu entre conseils, je communiquerai mes pièces complémentaires et mes conclusions en réplique au plus tard le 30 novembre 2026. Je vous adresse la présente pour votre parfaite information, une copie étant également transmise à votre conseil.

Ma cliente reste ouverte à toute solution amiable, dont votre conseil a connaissance.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Pauline Maillard
Avocate associée
""", letter="2026-11-10", calc=None, family=["null", "hearing-date", "sender-own-date", "past-dates"],
    kind="legal_demand", name="Pauline Maillard", org="SCP Guérin-Maillard", mail="p.maillard@guerin-maillard.fr",
    rep="Clinique vétérinaire des Tilleuls", theirs="GM/26/0391", ours="CI-2026-0821", urls=[FR(25)], ids=[RID[25]],
    quotes=["laissé mourir un chien par négligence pendant la nuit"], basis=None, bases=["defamation"],
    case="CI-2026-0821",
    note="hearing 10 December and the sender's own 30 November; nothing is demanded of us by a date"))

# d58 -- recours d'un auteur d'avis : dates passées et "sans délai" -> null
DOCS.append(doc("d58", "eml", "fr", "2026-11-17", f"""
Bonjour,

Je vous écris une nouvelle fois au sujet de mon avis sur le garage Autos Rive Gauche, qui a été supprimé : {FR(55)}

Pour rappel :
– j'ai fait réparer ma voiture chez eux le 2 septembre ;
– j'ai publié mon avis le 14 septembre ;
– le garage l'a signalé et vous l'avez supprimé le 2 octobre, au motif qu'il contiendrait des « informations personnelles » ;
– je vous ai répondu le 5 octobre en expliquant que le seul nom cité est celui du garage lui-même, et je n'ai jamais reçu de réponse.

Mon avis décrivait simplement ce qui s'est passé : une facture de 640 euros pour un embrayage qui a lâché trois semaines plus tard. Il n'y avait ni insulte ni donnée personnelle. Vos propres règles autorisent les avis négatifs dès lors qu'ils reposent sur une expérience réelle, et j'ai la facture.

Je vous demande de rétablir mon avis sans délai, ou au moins de m'expliquer précisément quelle phrase pose problème pour que je puisse la modifier.

Cordialement,

Bertrand Lefranc
""", email=mail("Bertrand Lefranc", "b.lefranc@free.fr", "Mon avis supprimé – Autos Rive Gauche – deuxième demande",
                "<5c8f1e2a.lefranc@free.fr>", "2026-11-17T20:12:00+01:00"),
    letter="2026-11-17", calc=None, family=["null", "past-dates", "immediately"],
    kind="consumer_appeal", name="Bertrand Lefranc", mail="b.lefranc@free.fr", urls=[FR(55)], ids=[RID[55]],
    basis=None, bases=["platform_guidelines"], case="new:lefranc"))

# d59 -- effacement RGPD : l'avocate fixe son propre délai, plus court que le mois légal
DOCS.append(doc("d59", "docx", "fr", "2026-11-16", f"""
Maître Inès Belhadj
Avocate au Barreau de Montpellier
3, rue Foch – 34000 Montpellier
04 67 60 28 14 – ines.belhadj@belhadj-avocat.fr

Montpellier, le 13 novembre 2026

Trustpilot A/S
À l'attention du délégué à la protection des données
Pilestræde 58
1112 Copenhague K
Danemark

Réf. : IB/GAR/2026-58

Objet : Demande d'effacement – M. Thibault Garnier

Madame, Monsieur,

J'interviens pour le compte de M. Thibault Garnier, conseiller de vente salarié d'une concession automobile de Montpellier, dont le pouvoir est joint.

Deux avis publiés sur la page de son employeur ({FR(56)} et {FR(57)}) le désignent nommément, par son prénom et son nom, et lui prêtent des comportements qu'il conteste (« Thibault Garnier ment sur le kilométrage pour faire signer »). Ces avis sont désormais le premier résultat qui apparaît lorsqu'on recherche son nom sur internet.

Ces mentions constituent des données à caractère personnel au sens de l'article 4 du RGPD. Leur maintien en ligne n'est nécessaire à aucune finalité légitime qui prévaudrait sur les intérêts et droits de mon client, les avis pouvant parfaitement subsister sans son nom. M. Garnier s'oppose donc à ce traitement et en demande l'effacement en application des articles 17 et 21 du RGPD.

Compte tenu du préjudice que subit quotidiennement mon client dans sa vie professionnelle, je vous demande de procéder à l'effacement de son nom dans un délai de quinze jours à compter de la réception de la présente, le délai d'un mois prévu à l'article 12, paragraphe 3, du RGPD constituant un maximum et non un délai de principe.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Inès Belhadj
""", letter="2026-11-13", calc=("days", "2026-11-16", 15), family=["gdpr-own-period", "relative-receipt"],
    kind="data_request", name="Inès Belhadj", mail="ines.belhadj@belhadj-avocat.fr", rep="Thibault Garnier",
    theirs="IB/GAR/2026-58", urls=[FR(56), FR(57)], ids=[RID[56], RID[57]],
    quotes=["Thibault Garnier ment sur le kilométrage pour faire signer"],
    basis="dans un délai de quinze jours à compter de la réception de la présente", bases=["data_protection"],
    case="new:garnier", note="the sender's own fifteen days from receipt, not the statutory month"))

# d60 -- accusé de réception sans date et "date butoir" pour la réponse au fond
DOCS.append(doc("d60", "pdf", "fr", "2026-12-03", f"""
CABINET MORVAN
Avocats
22, rue de Strasbourg – 44000 Nantes
Tél. 02 40 35 71 90 – e.morvan@cabinet-morvan.fr

Nantes, le 1er décembre 2026

Trustpilot A/S
Pilestræde 58
1112 Copenhague K
Danemark

Nos réf. : EM/JDA/26-219

Objet : Les Jardins d'Armor SAS – avis mensongers

Madame, Monsieur,

Je représente la société Les Jardins d'Armor SAS, entreprise paysagiste établie à Vertou.

Depuis le 10 novembre 2026, trois avis ont été publiés sur sa page ({FR(58)}, {FR(59)} et {FR(60)}). Ils sont rédigés dans des termes très proches, ont été publiés à quelques heures d'intervalle et reprennent la même accusation : « ils encaissent l'acompte et ne reviennent jamais finir le chantier ».

Ma cliente n'a identifié aucun client correspondant aux auteurs. Elle a en revanche licencié un salarié le 6 novembre 2026, lequel lui a alors annoncé qu'il « ferait en sorte que plus personne ne l'appelle ». Ces éléments laissent penser que les avis ne reflètent aucune expérience réelle et ont été publiés dans le seul but de nuire.

Je vous demande de procéder au retrait de ces trois avis, qui sont diffamatoires, et de vérifier s'ils émanent d'un même compte ou d'une même adresse IP.

Je vous remercie d'accuser réception de la présente dès sa réception. La date butoir pour votre réponse est fixée au vendredi 11 décembre 2026 ; passé ce délai, ma cliente saisira le juge des référés.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Erwan Morvan
Avocat
""", letter="2026-12-01", calc=("date", "2026-12-11"), family=["ack-vs-substantive", "deadline-noun", "weekday"],
    kind="legal_demand", name="Erwan Morvan", org="Cabinet Morvan", mail="e.morvan@cabinet-morvan.fr",
    rep="Les Jardins d'Armor SAS", theirs="EM/JDA/26-219", urls=[FR(58), FR(59), FR(60)],
    ids=[RID[58], RID[59], RID[60]], quotes=["ils encaissent l'acompte et ne reviennent jamais finir le chantier"],
    basis="La date butoir pour votre réponse est fixée au vendredi 11 décembre 2026", bases=["defamation"],
    case="new:jardinsarmor"))
