"""corpus-q French documents q35–q40."""
from common import RID, add_days, add_month, add_working_days, doc, email

FR = "https://fr.trustpilot.com/reviews/"

DOCS = [
    doc("q35", "pdf", "fr", "2026-10-08", """
GARRIGOU AVOCATS
Solène Garrigou – Avocat à la Cour
Barreau de Toulouse
14, allées Jean-Jaurès – 31000 Toulouse
Tél. 05 61 55 02 47 – s.garrigou@garrigou-avocats.fr

Trustpilot A/S
Service juridique
Pilestræde 58
1112 Copenhague K
DANEMARK

Toulouse, le 6 octobre 2026

Lettre recommandée avec accusé de réception
Copie par courriel

Objet : Menuiseries Aubrac SARL – avis diffamatoire – relance

Madame, Monsieur,

Je fais suite à mon courrier du 14 septembre 2026, demeuré à ce jour sans réponse autre qu'un accusé de réception automatique.

Pour mémoire, j'interviens pour le compte de la société Menuiseries Aubrac SARL, entreprise familiale de menuiserie installée à Rodez, au sujet de l'avis publié sur votre site le 3 septembre 2026, qui affirme notamment :

« Le poseur, Quentin Vidalenc, est arrivé ivre et a cassé deux vitrages. »

Ma cliente conteste formellement ces allégations. Le chantier concerné s'est achevé sans incident, le procès-verbal de réception a été signé sans réserve par le client et aucun vitrage n'a été remplacé. L'imputation d'un état d'ivresse à un salarié nommément désigné porte atteinte à l'honneur et à la considération de ma cliente comme de son salarié et constitue une diffamation au sens de l'article 29 de la loi du 29 juillet 1881.

En votre qualité d'hébergeur, vous avez eu connaissance du caractère illicite de ce contenu dès réception de mon premier courrier et n'avez pas agi promptement pour le retirer, contrairement aux obligations qui vous incombent.

Je vous mets donc en demeure de procéder au retrait de cet avis sous huitaine. À défaut, j'ai d'ores et déjà reçu instruction de saisir le juge des référés.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Solène Garrigou
Avocat à la Cour
""", kind="legal_demand", case="CI-2026-0937", name="Solène Garrigou", org="Garrigou Avocats",
        addr="s.garrigou@garrigou-avocats.fr", rep="Menuiseries Aubrac SARL",
        quotes=["Le poseur, Quentin Vidalenc, est arrivé ivre et a cassé deux vitrages."],
        deadline=add_days("2026-10-06", 8), basis="sous huitaine", bases=["defamation"],
        note="'Je fais suite à mon courrier du 14 septembre' from the same firm and client as open CI-2026-0937, "
             "with no reference, URL or review id. 'Sous huitaine' = eight days from the letter's date (6 Oct): "
             "14 Oct."),

    doc("q36", "eml", "fr", "2026-10-13", f"""
Bonjour,

Je m'appelle Quentin Vidalenc et je suis menuisier poseur salarié chez Menuiseries Aubrac à Rodez.

Un avis publié sur votre site à cette adresse : {FR}{RID['aubrac']} me cite par mon nom et prénom. Il dit : « Le poseur, Quentin Vidalenc, est arrivé ivre et a cassé deux vitrages. »

C'est faux, mais ce n'est pas le sujet de mon message : mon employeur s'en occupe avec son avocate. Ce que je demande, c'est que mon nom disparaisse de votre site. Quand on tape mon nom sur internet, cet avis sort en deuxième position. Je suis père de famille, je fais aussi des chantiers chez des particuliers le samedi, et des gens m'en ont déjà parlé.

Je vous demande donc, sur le fondement de l'article 17 du RGPD, d'effacer mes données personnelles de cet avis (mon nom et mon prénom), et sur le fondement de l'article 21, je m'oppose à ce qu'elles continuent d'être publiées.

Merci de me répondre dans un délai d'un mois à compter de la réception de la présente demande, comme le prévoit le règlement.

Cordialement,

Quentin Vidalenc
06 55 41 27 83
""", email=email("Quentin Vidalenc", "quentin.vidalenc@orange.fr", "Demande d'effacement de mon nom – avis Menuiseries Aubrac",
                 "<1b8e2d7a-4c0f-41d9-a6b3-vidalenc.1310@orange.fr>", "2026-10-13T21:14:00+02:00"),
        kind="data_request", case="CI-2026-0937", name="Quentin Vidalenc", addr="quentin.vidalenc@orange.fr",
        urls=[FR + RID["aubrac"]], ids=[RID["aubrac"]],
        quotes=["Le poseur, Quentin Vidalenc, est arrivé ivre et a cassé deux vitrages."],
        deadline=add_month("2026-10-13"), basis="dans un délai d'un mois à compter de la réception de la présente demande",
        bases=["data_protection"],
        note="A data subject (a different person) writing about the review of open CI-2026-0937: same matter. "
             "He writes for himself: no represented party, no organisation (his employer is named only as context)."),

    doc("q37", "pdf", "fr", "2026-11-20", f"""
Département fédéral de l'économie, de la formation et de la recherche DEFR
Secrétariat d'État à l'économie SECO
Secteur Droit – Concurrence déloyale
Holzikofenweg 36, 3003 Berne, Suisse

Recommandé
Trustpilot A/S
Pilestræde 58
1112 Copenhague K
Danemark

Notre référence : 624.1-0317/26 / BAM
Berne, le 17 novembre 2026

Demande de renseignements – évaluations concernant Léman Express Déménagements Sàrl

Madame, Monsieur,

Le SECO peut intenter une action civile au sens de l'art. 10, al. 3, de la loi fédérale contre la concurrence déloyale (LCD) lorsque les intérêts collectifs des consommateurs sont menacés. Nous avons reçu depuis le mois d'août onze plaintes de consommateurs de Genève et de Vaud visant l'entreprise de déménagement Léman Express Déménagements Sàrl, dont la page se trouve à l'adresse https://www.trustpilot.com/review/leman-express-demenagements.ch.

Selon les plaignants, de nombreuses évaluations très positives de cette entreprise auraient été rédigées par l'entreprise elle-même ou par des personnes rémunérées, ce qui pourrait constituer un procédé déloyal au sens de l'art. 3, al. 1, let. b, LCD. Une plaignante signale en particulier l'évaluation https://www.trustpilot.com/reviews/{RID['ch_rev']}, publiée selon elle le jour même où son déménagement a été annulé.

La Suisse n'étant pas membre de l'Union européenne, le règlement sur les services numériques ne s'applique pas ici. Nous vous prions néanmoins de bien vouloir nous indiquer :
1. si des mesures ont été prises concernant des évaluations de cette entreprise ;
2. de quelle manière vous vérifiez l'authenticité des évaluations ;
3. si vous êtes disposés à collaborer avec nos services dans cette affaire.

Nous vous saurions gré de nous faire parvenir votre réponse d'ici au 4 décembre 2026.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Bastien Amaudruz
Juriste, Secteur Droit
bastien.amaudruz@seco.admin.ch
""", kind="regulator", case="new:q-leman", name="Bastien Amaudruz", org="Secrétariat d'État à l'économie SECO",
        addr="bastien.amaudruz@seco.admin.ch", theirs="624.1-0317/26 / BAM",
        urls=["https://www.trustpilot.com/review/leman-express-demenagements.ch",
              "https://www.trustpilot.com/reviews/" + RID["ch_rev"]],
        ids=[RID["ch_rev"]], deadline="2026-12-04", basis="d'ici au 4 décembre 2026", bases=["consumer_law"],
        note="A government body abroad (Swiss federal department's state secretariat). Organisation: the SECO, the "
             "unit that writes, not the whole department. The DSA is mentioned only to say it does not apply: not a "
             "legal basis."),

    doc("q38", "pdf", "fr", "2026-10-16", f"""
Anaïs Ferrand-Lacoste
Avocat au Barreau de Lyon
DEA Droit des médias – LL.M. (King's College London)
27, quai Jules-Courmont – 69002 Lyon
Tél. 04 78 55 19 62 – contact@ferrand-lacoste-avocat.fr

Trustpilot A/S
À l'attention du Délégué à la protection des données
Pilestræde 58
1112 Copenhague K – Danemark

Nos réf. : AFL/BERTH 26.0412

Lyon, le 14 octobre 2026

Objet : Mme Clémence Berthomieu – opposition et demande d'effacement (art. 17 et 21 RGPD)

Madame, Monsieur,

J'ai l'honneur de vous informer que j'assiste Mme Clémence Berthomieu, kinésithérapeute à Villeurbanne.

Un avis publié le 22 septembre 2026 à l'adresse {FR}{RID['fr_obj']} sur la page d'un cabinet de kinésithérapie où ma cliente a exercé jusqu'en juin révèle son nom, son adresse personnelle et le fait qu'elle a été placée en arrêt maladie. Ces données relatives à la santé relèvent de l'article 9 du RGPD et ne peuvent faire l'objet d'aucun traitement en l'absence des conditions que ce texte prévoit.

Ma cliente s'oppose à la poursuite de ce traitement et vous demande l'effacement des données la concernant, en application des articles 17 et 21 du règlement. Elle ne demande pas la suppression de l'avis dans son ensemble.

Pour votre parfaite information, l'auteur présumé de l'avis, ancien associé du cabinet, est cité à comparaître devant le tribunal correctionnel de Lyon pour des faits de harcèlement à l'encontre de ma cliente ; l'audience est fixée au 8 décembre 2026. Je ne manquerai pas de vous faire connaître la décision.

Je vous remercie de bien vouloir donner suite à la présente dans les meilleurs délais et de m'adresser toute correspondance relative à ce dossier.

Je vous prie de croire, Madame, Monsieur, en l'assurance de mes sentiments dévoués.

Anaïs Ferrand-Lacoste
Avocat
""", kind="data_request", case="new:q-berthomieu", name="Anaïs Ferrand-Lacoste", addr="contact@ferrand-lacoste-avocat.fr",
        org=None, rep="Clémence Berthomieu", theirs="AFL/BERTH 26.0412",
        urls=[FR + RID["fr_obj"]], ids=[RID["fr_obj"]], bases=["data_protection"],
        note="Lawyer for the data subject. No deadline: 'dans les meilleurs délais'; 8 December is a criminal court "
             "hearing, not a date demanded. A sole practitioner with no firm name: organisation null; her "
             "chambers' general address is the only one given. Harassment is only the hearing's subject, not a basis "
             "she invokes against us."),

    doc("q39", "pdf", "fr", "2026-11-04", f"""
HIRTZEL MOOG AVOCATS
Société d'exercice libéral d'avocats
6, place Broglie – 67000 Strasbourg
Tél. 03 88 55 71 30 – cabinet@hirtzelmoog-avocats.fr

Strasbourg, le 2 novembre 2026

Trustpilot A/S
Pilestræde 58
1112 Copenhague K
Danemark

Nos réf. : LHI/KUN/26-209
Vos réf. : –

Par courriel et lettre recommandée internationale

Objet : Pâtisserie Kuntzmann SARL – demande de retrait d'un avis

Madame, Monsieur,

Nous sommes le conseil de la société Pâtisserie Kuntzmann SARL, qui exploite deux pâtisseries à Strasbourg.

Le 25 octobre 2026 a été publié sur votre site, à l'adresse {FR}{RID['strasbourg']}, un avis signé « Alsacien déçu » comportant le passage suivant :

« Les bredele sont achetés en gros chez un industriel et revendus comme faits maison. »

Cette affirmation est fausse. Notre cliente dispose de son propre laboratoire, soumis aux contrôles de la direction départementale de la protection des populations, et l'ensemble de ses bredele y sont fabriqués. L'avis, publié à l'approche de la période de Noël qui représente près de 40 % de son chiffre d'affaires annuel, impute à notre cliente une tromperie sur la marchandise et porte atteinte à son honneur et à sa considération ; il constitue une diffamation au sens de l'article 29 de la loi du 29 juillet 1881.

Nous vous demandons de retirer cet avis dans un délai de dix jours ouvrés à compter de la réception de la présente et de nous en informer.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pour le cabinet,
Lucie Hirtzel
Avocate associée
l.hirtzel@hirtzelmoog-avocats.fr
""", kind="legal_demand", case="new:q-kuntzmann", name="Lucie Hirtzel", org="Hirtzel Moog Avocats",
        addr="l.hirtzel@hirtzelmoog-avocats.fr", rep="Pâtisserie Kuntzmann SARL", theirs="LHI/KUN/26-209",
        urls=[FR + RID["strasbourg"]], ids=[RID["strasbourg"]],
        quotes=["Les bredele sont achetés en gros chez un industriel et revendus comme faits maison."],
        deadline=add_working_days("2026-11-04", 10, "FR"),
        basis="dans un délai de dix jours ouvrés à compter de la réception de la présente", bases=["defamation"],
        note="Jours ouvrés from receipt (4 Nov), skipping 11 November (Armistice): 19 Nov."),

    doc("q40", "pdf", "fr", "2026-11-24", f"""
TRIBUNAL JUDICIAIRE DE NANTERRE
Service des référés

N° RG 26/04129 – N° Portalis DB3R-W-B7K-CZQ4T

ORDONNANCE DE RÉFÉRÉ rendue le 19 novembre 2026

DEMANDERESSE
SAS Garage Rouvière Automobiles, 118 avenue Georges-Clemenceau, 92000 Nanterre, représentée par Me Hugo Castagnède, avocat au barreau des Hauts-de-Seine

DÉFENDERESSE
Trustpilot A/S, société de droit danois, Pilestræde 58, 1112 Copenhague K, Danemark, non comparante

Nous, Claire Mauduit-Fabre, vice-présidente au tribunal judiciaire de Nanterre, statuant en référé, assistée de Mme Sonia Belkhir, greffière,

Vu l'article 6 de la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique et l'article 145 du code de procédure civile ;

Attendu que la demanderesse justifie d'un motif légitime de connaître l'identité de l'auteur de l'avis publié le 12 octobre 2026 à l'adresse {FR}{RID['nanterre']}, qui lui impute d'avoir « facturé des pièces jamais posées » ;

PAR CES MOTIFS,

Ordonnons à la société Trustpilot A/S de communiquer à la demanderesse, par l'intermédiaire de son conseil, dans un délai de huit jours à compter de la notification de la présente ordonnance, les données de nature à permettre l'identification de l'auteur de cet avis qu'elle détient, au sens de l'article 6, II de la loi précitée ;

Disons que, passé ce délai, la défenderesse sera redevable d'une astreinte provisoire de 200 euros par jour de retard pendant trois mois ;

Condamnons la demanderesse aux dépens.

Fait à Nanterre, le 19 novembre 2026

La greffière                La vice-présidente
Sonia Belkhir               Claire Mauduit-Fabre
""", kind="court_order", case="new:q-rouviere", name="Claire Mauduit-Fabre", org="Tribunal judiciaire de Nanterre",
        theirs="26/04129", urls=[FR + RID["nanterre"]], ids=[RID["nanterre"]],
        deadline=add_days("2026-11-24", 8),
        basis="dans un délai de huit jours à compter de la notification de la présente ordonnance",
        bases=["court_order"], part_name="Ordonnance de référé TJ Nanterre RG 26-04129.pdf",
        note="The order itself, attached to q41: the judge is the sender, the court the organisation, the RG number "
             "their reference; no represented party. Notified by the email that carries it (received 24 Nov): 2 Dec. "
             "'facturé des pièces jamais posées' is a fragment, not a quoted sentence."),
]
