"""corpus-p French documents p33–p37."""
from common import RID, add_days, add_working_days, doc, email

FR = "https://fr.trustpilot.com/reviews/"

DOCS = [
    doc("p33", "pdf", "fr", "2026-10-23", """
ESCOFFIER-MALLARD AVOCATS
Société d'exercice libéral à responsabilité limitée
12, cours Pasteur – 33000 Bordeaux
Tél. 05 56 44 18 20 – contact@escoffier-mallard-avocats.fr
Toque 1187 – Barreau de Bordeaux

Bordeaux, le 20 octobre 2026

Trustpilot A/S
Service juridique
Pilestræde 58
1112 Copenhague K
Danemark

Par courriel : legal@trustpilot.com

N/Réf. : AEM/2026-0612
V/Réf. : CI-2026-1530

Objet : SAS Garage du Pont-Neuf – avis publié sur votre plateforme

Madame, Monsieur,

Je reviens vers vous dans le dossier cité en référence.

Votre courriel du 5 octobre indique que l'avis litigieux, publié à l'adresse https://fr.trustpilot.com/reviews/6f91eef1d6d77cb7a4b927b1, a été « masqué dans l'attente de l'examen ». Or, à ce jour, il demeure visible depuis un navigateur non connecté, ce dont j'ai fait dresser constat.

Je rappelle que cet avis affirme notamment :

« Ils ont facturé un embrayage neuf et remonté l'ancien, je l'ai vu de mes propres yeux. »

Cette allégation impute à ma cliente une escroquerie. Elle est fausse et porte atteinte à son honneur et à sa considération, au sens de l'article 29 de la loi du 29 juillet 1881. Elle constitue en outre un dénigrement fautif de ses prestations.

Je vous remercie de procéder au retrait effectif de cet avis et de m'en justifier au plus tard le 2 novembre 2026. À défaut, ma cliente saisira le juge des référés sans autre avertissement.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Aurélien Escoffier
Avocat associé
a.escoffier@escoffier-mallard-avocats.fr
""", kind="legal_demand", case="CI-2026-1530", name="Aurélien Escoffier", org="Escoffier-Mallard Avocats",
        addr="a.escoffier@escoffier-mallard-avocats.fr", rep="SAS Garage du Pont-Neuf", theirs="AEM/2026-0612",
        ours="CI-2026-1530", urls=(FR + RID["pontneuf"],), ids=(RID["pontneuf"],),
        quotes=("Ils ont facturé un embrayage neuf et remonté l'ancien, je l'ai vu de mes propres yeux.",),
        deadline="2026-11-02", basis="au plus tard le 2 novembre 2026",
        bases=("defamation", "malicious_falsehood"),
        note="Our reference quoted as 'V/Réf.' plus their N/Réf. and the case's review. Diffamation (loi de 1881) "
             "-> defamation; dénigrement of the business's services -> malicious_falsehood. Organisation the name "
             "in the letterhead, not the SELARL form line."),

    doc("p34", "txt", "fr", "2026-11-02", """
TRUSTPILOT – CONTESTER UNE DÉCISION DE MODÉRATION
Numéro de demande : APL-FR-2026-448193
Date : 02/11/2026 19:36

Votre nom : Yannick Kerbiriou
Adresse e-mail : yannick.kerbiriou29@orange.fr
Lien vers l'avis concerné : https://fr.trustpilot.com/reviews/6f91eef1d6d77cb7a4b927b1
Décision contestée : Avis masqué / en cours d'examen suite à un signalement

Expliquez pourquoi vous contestez cette décision :
Bonjour,
Mon avis sur le Garage du Pont-Neuf est masqué depuis début octobre et on me dit qu'il est « en cours d'examen ». Cela fait bientôt un mois. J'ai écrit dans mon avis : « Ils ont facturé un embrayage neuf et remonté l'ancien, je l'ai vu de mes propres yeux. » C'est la stricte vérité : quand j'ai récupéré la voiture, l'ancien embrayage était encore sous le capot dans un sac, avec ma facture de 1 240 euros. Un autre garage à Quimper me l'a confirmé par écrit.

Je sais que le garage a pris un avocat et je pense que c'est pour ça que vous avez masqué mon avis. Je demande qu'il soit remis en ligne. J'ai les pièces (facture, attestation du deuxième garage, photos) et je peux les envoyer. Le règlement sur les services numériques oblige les plateformes à traiter les réclamations de façon objective, et vos propres lignes directrices permettent de parler d'une expérience réelle, même négative.

Merci de me répondre.

Pièces jointes : facture_pontneuf.pdf ; attestation_garage_kerfeunteun.pdf
""", kind="consumer_appeal", case="CI-2026-1530", name="Yannick Kerbiriou", addr="yannick.kerbiriou29@orange.fr",
        urls=(FR + RID["pontneuf"],), ids=(RID["pontneuf"],),
        quotes=("Ils ont facturé un embrayage neuf et remonté l'ancien, je l'ai vu de mes propres yeux.",),
        bases=("dsa", "platform_guidelines"),
        note="A different person (the reviewer) about the review of open case CI-2026-1530: linked by its URL. His "
             "own review sentence is the quoted statement. The appeal number is ours. 'Merci de me répondre' sets "
             "no date: null."),

    doc("p35", "eml", "fr", "2026-11-18", """
Madame, Monsieur,

Je vous prie de trouver ci-joint, pour signification, l'ordonnance de référé rendue le 13 novembre 2026 par le président du tribunal judiciaire de Lyon dans l'affaire opposant ma cliente, la SARL Les Jardins de Fourvière, à Trustpilot A/S (RG n° 26/01842).

L'ordonnance vous enjoint de retirer l'avis visé dans un délai de huit jours à compter de sa signification, sous astreinte de 300 euros par jour de retard. La présente signification est également adressée par voie de commissaire de justice à votre siège.

Afin d'éviter toute difficulté d'exécution, je vous remercie de me confirmer la suppression de l'avis d'ici vendredi.

Je reste à votre disposition.

Bien cordialement,

Me Capucine Ravanel
Avocate au Barreau de Lyon
RAVANEL AVOCATS
28, quai Saint-Antoine – 69002 Lyon
Tél. 04 78 92 61 05
c.ravanel@ravanel-avocats.fr
N/Réf. : CR/2611
""", email=email("Capucine Ravanel", "c.ravanel@ravanel-avocats.fr",
                 "Signification – Ordonnance de référé TJ Lyon 13/11/2026 – RG 26/01842",
                 "<a41f9c7e-2d11-4f8b-9a77-0e3c5b6d8f21@ravanel-avocats.fr>", "2026-11-18T10:47:00+01:00",
                 attachments=("p36",)),
        kind="court_order", case="new:p-fourviere", name="Capucine Ravanel", org="Ravanel Avocats",
        addr="c.ravanel@ravanel-avocats.fr", rep="SARL Les Jardins de Fourvière", theirs="CR/2611",
        deadline="2026-11-20", basis="d'ici vendredi", bases=("court_order",),
        note="Cover email serving the order (p36): kind court_order, sender the avocate, their_reference her N/Réf. "
             "not the RG number. The order's own eight-day period is recited; her own demand 'd'ici vendredi' (email "
             "of Wed 18 Nov -> Fri 20 Nov) is the deadline of this email. 'Me' dropped."),

    doc("p36", "pdf", "fr", "2026-11-18", """
TRIBUNAL JUDICIAIRE DE LYON
ORDONNANCE DE RÉFÉRÉ

RG n° 26/01842
Minute n° 26/1377

Audience publique du 6 novembre 2026
Ordonnance rendue le 13 novembre 2026

DEMANDERESSE :
SARL Les Jardins de Fourvière, paysagiste, 7 montée du Gourguillon, 69005 Lyon
représentée par Me Capucine Ravanel, avocate au barreau de Lyon

DÉFENDERESSE :
Trustpilot A/S, société de droit danois, Pilestræde 58, 1112 Copenhague K (Danemark)
non comparante

Nous, Anne-Sophie Quenouille, vice-présidente, statuant en référé, assistée de Léa Chaumont, greffière,

Vu l'article 835 du code de procédure civile ;

Attendu que l'avis publié le 2 septembre 2026 à l'adresse https://fr.trustpilot.com/reviews/6b1131cbfad1959a5357de84 contient la phrase suivante : « Ils ont arraché les rosiers de ma mère et facturé des plantations qu'ils n'ont jamais faites. » ; que la demanderesse justifie, par les bons de livraison et les photographies produites, de la réalité des plantations facturées ; que l'imputation, qui jette le discrédit sur ses prestations, caractérise un dénigrement constitutif d'un trouble manifestement illicite ;

PAR CES MOTIFS,

Ordonnons à Trustpilot A/S de retirer l'avis susvisé dans un délai de huit jours à compter de la signification de la présente ordonnance, sous astreinte provisoire de 300 euros par jour de retard pendant trois mois ;

Condamnons Trustpilot A/S aux dépens ;

Rappelons que la présente ordonnance est exécutoire de droit à titre provisoire.

La greffière                         La vice-présidente
Léa Chaumont                         Anne-Sophie Quenouille
""", kind="court_order", case="new:p-fourviere", name="Anne-Sophie Quenouille", org="Tribunal judiciaire de Lyon",
        theirs="26/01842", urls=(FR + RID["lyon"],), ids=(RID["lyon"],),
        quotes=("Ils ont arraché les rosiers de ma mère et facturé des plantations qu'ils n'ont jamais faites.",),
        deadline=add_days("2026-11-18", 8),
        basis="dans un délai de huit jours à compter de la signification de la présente ordonnance",
        bases=("court_order", "malicious_falsehood"),
        part_name="Ordonnance_refere_TJ_Lyon_RG26-01842.pdf",
        note="A non-UK court's own order, attached to p35. Sender the judge who signs (not the greffière); "
             "organisation the court; their_reference the RG number; represented party null; no email. Signified "
             "by p35 on 18 Nov -> + 8 days = 26 Nov. Dénigrement -> malicious_falsehood. The three-month astreinte "
             "period is not a deadline."),

    doc("p37", "docx", "fr", "2026-11-09", """
Cabinet Lambrechts & Noirhomme
Avocats au barreau de Liège-Huy
Boulevard d'Avroy 118 – 4000 Liège – Belgique
T +32 4 221 47 60 – info@lambrechts-noirhomme.be

Liège, le 6 novembre 2026

Trustpilot A/S
Pilestræde 58
DK-1112 Copenhague K

Par courrier électronique : legal@trustpilot.com

Nos réf. : GL/26.311
Vos réf. : –

Concerne : notification de contenu illicite – article 16 du règlement (UE) 2022/2065

Madame, Monsieur,

Nous intervenons pour la SRL Boucherie Mathonet, établie rue Saint-Gilles 204 à 4000 Liège, et vous adressons la présente notification au sens de l'article 16 du règlement sur les services numériques.

Contenu visé : l'avis publié à l'adresse https://fr-be.trustpilot.com/reviews/6426de6f1cc81e4129f56e34, sous le pseudonyme « Dédé4000 ».

Cet avis contient les affirmations suivantes :

« Viande avariée vendue comme fraîche, l'AFSCA devrait fermer cette boucherie. »

« Le patron est un voleur qui trafique ses balances. »

Motifs de l'illicéité : ces affirmations imputent à notre cliente et à son gérant des faits précis de nature à porter atteinte à leur honneur et à les exposer au mépris public, au sens des articles 443 et suivants du Code pénal (calomnie et diffamation). Le dernier contrôle de l'AFSCA, du 14 octobre 2026, n'a relevé aucune non-conformité ; les balances ont été vérifiées par le Service Métrologie en septembre.

Nous déclarons de bonne foi que les informations et allégations contenues dans la présente notification sont exactes et complètes.

Nous vous prions de retirer cet avis et de nous informer de votre décision dans les cinq jours ouvrables.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Gauthier Lambrechts
Avocat
p.o. Julie Noirhomme, avocate
""", kind="illegal_content_notice", case="new:p-mathonet", name="Gauthier Lambrechts",
        org="Cabinet Lambrechts & Noirhomme", addr=None, rep="SRL Boucherie Mathonet", theirs="GL/26.311",
        urls=("https://fr-be.trustpilot.com/reviews/" + RID["liege"],), ids=(RID["liege"],),
        quotes=("Viande avariée vendue comme fraîche, l'AFSCA devrait fermer cette boucherie.",
                "Le patron est un voleur qui trafique ses balances."),
        deadline=add_working_days("2026-11-06", 5, "BE"), basis="dans les cinq jours ouvrables",
        bases=("dsa", "defamation", "criminal"),
        note="DSA Art. 16 notice sent by a lawyer ('Nous intervenons pour'). Signed 'p.o.' by Julie Noirhomme under "
             "Gauthier Lambrechts's name: the letter is his (reference GL/...), so he is the sender; only the "
             "firm's general address appears -> sender_email null. Unanchored working days from the letter date (Fri 6 Nov), Belgian Armistice "
             "(11 Nov) skipped -> 16 Nov. Calomnie/diffamation under the Code pénal -> defamation and criminal."),
]
