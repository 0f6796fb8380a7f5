"""French documents, part b: r31 r35 r42 r45 r49."""
from common import R, doc, mail, plus_days, plus_one_month

DOCS = []

# r31 — Montreal police (outside UK/EU): date with weekday, time and zone
DOCS.append(doc("r31", "eml", "fr", "2026-11-12", f"""
Bonjour,

Je suis enquêtrice à la Division des crimes contre la personne du Service de police de la Ville de Montréal (SPVM). Je vous écris dans le cadre de l'événement n° 38-261107-014, ouvert à la suite d'une plainte d'un restaurateur du Plateau-Mont-Royal pour extorsion (art. 346 du Code criminel) et harcèlement criminel (art. 264 C.cr.).

Depuis septembre, le plaignant reçoit des messages d'un ancien fournisseur qui exige le paiement d'une somme qu'il prétend lui être due. L'un de ces messages a été publié sous forme d'avis sur votre site :

https://fr-ca.trustpilot.com/reviews/{R['spvm']}

On peut y lire : « Tant que tu ne m'auras pas remboursé 2 000 $, je publierai un avis par semaine et j'irai plus loin. »

Nous comprenons que Trustpilot est établie au Danemark et que la communication de renseignements se fait sur une base volontaire, à défaut d'une ordonnance de communication obtenue par voie d'entraide. Nous vous demandons :

1. de conserver dès maintenant toutes les données liées au compte auteur de l'avis ;
2. de nous communiquer, si vos politiques le permettent, l'adresse courriel d'inscription et les adresses IP de création du compte et de publication de l'avis.

Une réponse d'ici le mercredi 2 décembre 2026, 16 h (heure de l'Est), nous permettrait de présenter le dossier au procureur aux poursuites criminelles et pénales avant la fin de l'année.

Merci de ne pas aviser le titulaire du compte.

Isabelle Gagnon-Roy
Sergente-détective
Division des crimes contre la personne – Section Sud
Service de police de la Ville de Montréal
514 555-0127 | isabelle.gagnon-roy@spvm.qc.ca
""", email=mail("Gagnon-Roy, Isabelle (SPVM)", "isabelle.gagnon-roy@spvm.qc.ca",
                "Événement 38-261107-014 – demande de conservation et de communication",
                "<YT3PR01MB6204E1C5A9@YT3PR01MB6204.CANPRD01.PROD.OUTLOOK.COM>", "2026-11-12T08:45:00-05:00"),
    kind="law_enforcement", name="Isabelle Gagnon-Roy", org="Service de police de la Ville de Montréal",
    mail="isabelle.gagnon-roy@spvm.qc.ca", theirs="38-261107-014",
    urls=[f"https://fr-ca.trustpilot.com/reviews/{R['spvm']}"], ids=[R["spvm"]],
    quotes=["Tant que tu ne m'auras pas remboursé 2 000 $, je publierai un avis par semaine et j'irai plus loin."],
    deadline="2026-12-02", basis="d'ici le mercredi 2 décembre 2026, 16 h (heure de l'Est)",
    bases=["criminal", "harassment"], case="new:r-spvm"))

# r35 — Belgian business disputes a restriction on its profile
DOCS.append(doc("r35", "eml", "fr", "2026-11-17", f"""
Madame, Monsieur,

Depuis le 9 novembre, notre profil (https://fr-be.trustpilot.com/review/comptoirnamurois.be) affiche un bandeau indiquant que nous ne pouvons temporairement plus inviter nos clients à laisser un avis, « en raison d'une activité inhabituelle ». Aucune explication ne nous a été donnée au-delà de ce message.

Nous sommes une brasserie-restaurant de quarante couverts à Namur. La seule « activité inhabituelle » que je vois, c'est qu'en octobre nous avons organisé une soirée pour les vingt ans de la maison, avec près de deux cents personnes sur trois jours, et que beaucoup de clients ont laissé un avis dans la foulée, via le lien imprimé sur nos additions comme d'habitude. Nous n'avons jamais offert quoi que ce soit en échange d'un avis, et nous n'en avons jamais écrit nous-mêmes.

Cette restriction nous pénalise à un moment où nous préparons les fêtes de fin d'année. Je vous demande de la lever, ou à tout le moins de m'expliquer précisément ce qui vous pose problème, afin que je puisse y répondre. Je tiens à votre disposition la liste des réservations et les justificatifs de la soirée.

Je vous remercie de me répondre avant le vendredi 27 novembre.

Bien à vous,

Sophie Delvaux
Gérante
Le Comptoir Namurois SRL
Rue de Fer 31, 5000 Namur, Belgique
+32 81 55 02 47 – sophie@comptoirnamurois.be
""", email=mail("Sophie Delvaux", "sophie@comptoirnamurois.be", "Restriction des invitations sur notre profil",
                "<CAE4rN7pLeComptoir1117@mail.gmail.com>", "2026-11-17T10:48:00+01:00", to="support@trustpilot.com"),
    kind="business_appeal", name="Sophie Delvaux", org="Le Comptoir Namurois SRL", mail="sophie@comptoirnamurois.be",
    urls=["https://fr-be.trustpilot.com/review/comptoirnamurois.be"],
    deadline="2026-11-27", basis="avant le vendredi 27 novembre", bases=["platform_guidelines"],
    case="new:r-comptoir-namurois"))

# r42 — impersonation notice from a private person; past dates only
DOCS.append(doc("r42", "pdf", "fr", "2026-11-20", f"""
Camille Vandamme
18, rue Jean-Sans-Peur
59800 Lille
camille.vandamme59@orange.fr

Trustpilot A/S
Pilestræde 58
1112 Copenhague K
Danemark

Lille, le 17 novembre 2026

Objet : signalement d'un contenu illicite – usurpation de mon identité

Madame, Monsieur,

Le 3 novembre 2026, un avis a été publié sur votre site, sur la page d'une pharmacie lilloise, sous mon nom complet et avec une photo de moi récupérée sur mon compte Facebook :

https://fr.trustpilot.com/reviews/{R['photo1']}

Je n'ai jamais écrit cet avis. Son texte est le suivant : « Je suis Camille Vandamme, infirmière au CHU de Lille, et je vends mes arrêts de travail à qui veut. »

Je suis effectivement infirmière, et ce message, qui a déjà été vu par plusieurs collègues, met en cause ma probité professionnelle et pourrait me valoir une procédure disciplinaire. Il s'agit d'une usurpation d'identité au sens de l'article 226-4-1 du code pénal. J'ai déposé plainte au commissariat central de Lille le 10 novembre 2026 (je peux vous transmettre le récépissé sur demande).

Je vous adresse la présente notification au titre de l'article 16 du règlement européen sur les services numériques et vous demande de retirer cet avis et la photo qui l'accompagne. Je vous demande également de conserver les données du compte qui l'a publié, car la police pourrait vous les réclamer.

Je vous remercie de m'informer de la suite donnée.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Camille Vandamme
""", kind="illegal_content_notice", name="Camille Vandamme", mail="camille.vandamme59@orange.fr",
    urls=[f"https://fr.trustpilot.com/reviews/{R['photo1']}"], ids=[R["photo1"]],
    quotes=["Je suis Camille Vandamme, infirmière au CHU de Lille, et je vends mes arrêts de travail à qui veut."],
    bases=["dsa", "criminal"], case="new:r-vandamme",
    note="No deadline: 3 and 10 November are past events."))

# r45 — erasure request through a contact form (txt); GDPR month from the form's date
DOCS.append(doc("r45", "txt", "fr", "2026-11-24", f"""
TRUSTPILOT – FORMULAIRE DE CONTACT : PROTECTION DES DONNÉES
-----------------------------------------------------------
Date : 24/11/2026 08:57
Type de demande : Effacement (article 17 RGPD)
Nom : Lesueur
Prénom : Jean-Marc
Adresse e-mail : jm.lesueur@free.fr
Pays : France
Êtes-vous titulaire d'un compte Trustpilot ? Oui

Message :
Bonjour,

Je souhaite la suppression complète de mon compte et de toutes les données me concernant, y compris les onze avis que j'ai publiés entre 2019 et 2024.

Je demande en particulier la suppression rapide de l'avis https://fr.trustpilot.com/reviews/{R['fr_form']}, que j'ai signé de mon nom et prénom et dans lequel je mentionne mon ancien employeur. Je viens de changer de poste dans le même secteur et je ne souhaite plus que cet avis soit associé à mon nom.

J'ai essayé de supprimer mon compte depuis les paramètres, mais le bouton renvoie une erreur depuis plusieurs jours (capture d'écran disponible).

Je vous remercie de me confirmer l'effacement dans le délai d'un mois prévu à l'article 12 du RGPD et de m'indiquer si certaines données doivent être conservées, et pour quelle durée.

Jean-Marc Lesueur

Pièce jointe : aucune
-----------------------------------------------------------
Ce message a été transmis au délégué à la protection des données.
""", kind="data_request", name="Jean-Marc Lesueur", mail="jm.lesueur@free.fr",
    urls=[f"https://fr.trustpilot.com/reviews/{R['fr_form']}"], ids=[R["fr_form"]],
    deadline=plus_one_month("2026-11-24"), basis="dans le délai d'un mois prévu à l'article 12 du RGPD",
    bases=["data_protection"], case="new:r-lesueur",
    note="The review is his own, cited as content to delete. No anchor: one month from the form's date."))

# r49 — trade mark notice: acknowledgement in 48 h vs removal in ten days from receipt
DOCS.append(doc("r49", "pdf", "fr", "2026-11-30", f"""
CABINET VAUQUELIN IP
Conseils en propriété industrielle
14, rue de Londres – 75009 Paris
Tél. 01 55 35 90 12 – e.marchal@vauquelin-ip.fr

Trustpilot A/S
Service juridique
Pilestræde 58
1112 Copenhague K
Danemark

Par courriel et lettre recommandée internationale

Paris, le 26 novembre 2026

Notre réf. : VIP/TM/26-0871

Objet : Maison Ardelle – atteinte à la marque sur la page https://fr.trustpilot.com/review/maison-ardelle-outlet.com

Madame, Monsieur,

Nous représentons la société Maison Ardelle SAS, fabricant français de cosmétiques, titulaire de la marque verbale française « MAISON ARDELLE » n° 4712093 et de la marque de l'Union européenne n° 018774512, toutes deux enregistrées pour les produits de la classe 3.

Une page d'entreprise a été créée sur votre plateforme sous le nom « Maison Ardelle Outlet », à l'adresse citée en objet. Elle reproduit notre marque et le logo de notre cliente et renvoie vers un site qui vend des contrefaçons à prix cassés. Notre cliente n'a aucun lien avec ce site. Plusieurs consommateurs, trompés, ont laissé sur cette page des avis dénonçant des produits de mauvaise qualité, qu'ils attribuent à notre cliente.

L'usage du signe « MAISON ARDELLE » pour désigner une activité de vente de cosmétiques constitue une contrefaçon de marque au sens des articles L. 713-2 du code de la propriété intellectuelle et 9 du règlement (UE) 2017/1001.

Nous vous demandons de bien vouloir accuser réception de la présente sous 48 heures, puis de supprimer la page concernée, ou à tout le moins d'en retirer la marque et le logo de notre cliente, sous dix jours à compter de la réception de la présente.

Nous nous tenons à votre disposition pour vous communiquer les certificats d'enregistrement.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Élodie Marchal
Conseil en propriété industrielle
Cabinet Vauquelin IP
""", kind="ip_notice", name="Élodie Marchal", org="Cabinet Vauquelin IP", mail="e.marchal@vauquelin-ip.fr",
    rep="Maison Ardelle SAS", theirs="VIP/TM/26-0871",
    urls=["https://fr.trustpilot.com/review/maison-ardelle-outlet.com"],
    deadline=plus_days("2026-11-30", 10), basis="sous dix jours à compter de la réception de la présente",
    bases=["trademark"], case="new:r-ardelle",
    note="Acknowledgement within 48 hours vs removal in ten days: the substantive demand is the deadline."))
