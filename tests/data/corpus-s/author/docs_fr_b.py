"""corpus-s, French documents s46-s50."""
from __future__ import annotations

from common import R, doc, mail, plus_months, rurl

DOCS = []

# s46 - a reviewer's GDPR access request on paper (scanned); one month from receipt
DOCS.append(doc("s46", "scan", "fr", "2026-11-23", f"""
Odile Perrin-Lacaze
14, rue Paul-Louis Lande
33000 Bordeaux
odile.perrin33@free.fr

Trustpilot A/S
À l'attention du délégué à la protection des données
Pilestræde 58
1112 Copenhague K
DANEMARK

Lettre recommandée avec accusé de réception

Bordeaux, le 18 novembre 2026

Objet : demande d'accès à mes données personnelles (article 15 du RGPD)

Madame, Monsieur,

Je suis utilisatrice de Trustpilot depuis 2021. Le 2 octobre dernier, mon avis sur une jardinerie de Mérignac (identifiant {R["perrin"]}) a été supprimé, après un signalement de l'entreprise, m'a-t-on dit. Je n'ai jamais su ce qui m'était reproché.

En application de l'article 15 du règlement général sur la protection des données, je vous demande de me communiquer :

1. l'ensemble des données personnelles me concernant que vous traitez, y compris les données techniques (adresses IP, appareils) ;
2. le contenu du signalement déposé contre mon avis et les données me concernant qui y figurent ;
3. les notes ou décisions internes relatives à la suppression de cet avis ;
4. les destinataires auxquels mes données ont été communiquées, et notamment si mon nom ou mon adresse ont été transmis à l'entreprise concernée ;
5. la durée de conservation de ces données.

Je vous remercie de me répondre dans le délai d'un mois à compter de la réception de la présente, comme le prévoit l'article 12 du RGPD. À défaut, je saisirai la CNIL.

Je joins une copie de ma pièce d'identité.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Odile Perrin-Lacaze
""", kind="data_request", name="Odile Perrin-Lacaze", org=None, mail="odile.perrin33@free.fr", rep=None,
    ids=[R["perrin"]], deadline=plus_months("2026-11-23", 1),
    basis="dans le délai d'un mois à compter de la réception de la présente", bases=["data_protection"],
    case="new:perrin", note="individual; review id in text without URL; one month from receipt"))

# s47 - a restaurant disputes the rejection of its report about a review on its own page
DOCS.append(doc("s47", "eml", "fr", "2026-11-25", f"""
Bonjour,

Je me permets de revenir vers vous au sujet de l'avis que nous avons signalé le 12 novembre, et pour lequel vous nous avez répondu hier qu'il « respecte les lignes directrices ».

L'avis : {rurl("fr", "comptoir")}

Son auteur écrit : « Le chef réchauffe des plats surgelés au micro-ondes et les vend comme faits maison. » Nous avons de bonnes raisons de penser qu'il s'agit d'un ancien commis, licencié en septembre pour absences répétées. Le pseudonyme est le surnom qu'on lui donnait en cuisine, l'avis a été publié le lendemain de l'audience de conciliation aux prud'hommes, et il mentionne la chambre froide et le nom de notre fournisseur, que seul quelqu'un de l'équipe pouvait connaître. Aucune réservation ni aucune note à ce nom n'existe à la date indiquée.

Vos lignes directrices précisent qu'un avis doit reposer sur une véritable expérience de client et que les salariés ou anciens salariés ne doivent pas évaluer leur employeur. C'est exactement le cas ici. Je vous demande donc de réexaminer votre décision et, au besoin, de demander une preuve de passage à l'auteur.

Nous sommes attachés aux avis de nos clients, y compris les mauvais, et nous répondons à chacun. Mais celui-ci n'en est pas un.

Bien cordialement,

Mathieu Ravel
Gérant
SARL Comptoir des Halles
9, rue des Halles – 69001 Lyon
04 78 55 02 61
""", email=mail("Mathieu Ravel", "contact@comptoirdeshalles-lyon.fr", "Réexamen de votre décision – avis signalé",
                "<20261125151002.4f7e21a9@comptoirdeshalles-lyon.fr>", "2026-11-25T15:10:00+01:00"),
    kind="business_appeal", name="Mathieu Ravel", org="SARL Comptoir des Halles",
    mail="contact@comptoirdeshalles-lyon.fr", rep=None, urls=[rurl("fr", "comptoir")], ids=[R["comptoir"]],
    quotes=["Le chef réchauffe des plats surgelés au micro-ondes et les vend comme faits maison."],
    bases=["platform_guidelines"], case="new:comptoir", note="business appeal about a review on its own page"))

# s48 - a lawyer for a person named once ("notre cliente Madame ..."); deadline counted from the letter
DOCS.append(doc("s48", "docx", "fr", "2026-11-27", f"""
CABINET ROYER-SANDOZ
Avocats
5, quai de la Fosse – 44000 Nantes
Tél. 02 40 55 18 63 – c.royersandoz@royer-sandoz-avocats.fr

Trustpilot A/S
Service juridique
Pilestræde 58
1112 Copenhague K
Danemark

Nantes, le 24 novembre 2026

N/Réf. : CRS/VID/1126

Objet : avis publié à l'adresse {rurl("fr", "vidal")}

Madame, Monsieur,

J'interviens en qualité de conseil de notre cliente Madame Sophie Vidal, directrice de la micro-crèche « Les Petits Hérons » à Rezé.

L'avis cité en objet, publié le 15 novembre 2026 sur la page de l'établissement, la désigne nommément et affirme : « La directrice, Sophie Vidal, enferme les enfants dans le noir quand ils pleurent. » Il ajoute : « Elle a déjà été virée d'une autre crèche pour la même chose. »

Ces allégations sont totalement fausses. La micro-crèche a fait l'objet d'une visite de contrôle de la protection maternelle et infantile le 20 novembre 2026, qui n'a relevé aucun manquement, et ma cliente n'a jamais fait l'objet d'un licenciement. Imputer à une professionnelle de la petite enfance des actes de maltraitance constitue une diffamation publique envers un particulier au sens des articles 29 et 32 de la loi du 29 juillet 1881.

En outre, cet avis ne porte pas sur le service rendu par l'établissement, mais sur la personne de ma cliente, dont il divulgue le nom et le prétendu parcours professionnel. Ce traitement de ses données personnelles n'est fondé sur aucune base légale au sens de l'article 6 du RGPD, et ma cliente s'y oppose.

Je vous demande de supprimer cet avis dans les quinze jours de la présente et de m'en informer. Ma cliente se réserve le droit de saisir le juge des référés.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Camille Royer-Sandoz
Avocat à la Cour
""", kind="legal_demand", name="Camille Royer-Sandoz", org="Cabinet Royer-Sandoz",
    mail="c.royersandoz@royer-sandoz-avocats.fr", rep="Sophie Vidal", theirs="CRS/VID/1126",
    urls=[rurl("fr", "vidal")], ids=[R["vidal"]],
    quotes=["La directrice, Sophie Vidal, enferme les enfants dans le noir quand ils pleurent.",
            "Elle a déjà été virée d'une autre crèche pour la même chose."],
    deadline="2026-12-09", basis="dans les quinze jours de la présente", bases=["defamation", "data_protection"],
    case="new:vidal", note="person named once as 'notre cliente Madame'; 15 days from the letter's date"))

# s49 - CNIL (French regulator) signing "par délégation"
DOCS.append(doc("s49", "pdf", "fr", "2026-12-03", f"""
RÉPUBLIQUE FRANÇAISE
Commission nationale de l'informatique et des libertés
Direction de la protection des droits et des sanctions
3, place de Fontenoy – TSA 80715 – 75334 Paris Cedex 07
Tél. 01 53 73 22 22

Trustpilot A/S
À l'attention du délégué à la protection des données
Pilestræde 58
1112 Copenhague K
Danemark

Paris, le 30 novembre 2026

N/Réf. : PLT-26-118743
(à rappeler dans toute correspondance)

Objet : plainte de M. Yannick Le Bihan

Madame, Monsieur,

La CNIL a été saisie d'une plainte de M. Yannick Le Bihan, résidant en France, relative à la fermeture de son compte utilisateur et à la suppression de l'ensemble de ses avis, dont l'avis identifié {R["cnil"]}, le 8 septembre 2026.

Le plaignant indique avoir demandé, par courriel du 10 septembre 2026 adressé à votre délégué à la protection des données, à connaître les motifs de cette décision, les données le concernant utilisées pour la prendre et l'éventuelle existence d'une décision automatisée. Il n'aurait reçu aucune réponse.

Dans le cadre de la coopération prévue par le chapitre VII du RGPD, et sans préjudice de la compétence de l'autorité chef de file, je vous remercie de bien vouloir m'indiquer :

– si la demande du plaignant vous est bien parvenue et, le cas échéant, les suites qui y ont été données ;
– si la fermeture du compte résulte, en tout ou partie, d'un traitement automatisé au sens de l'article 22 du RGPD ;
– les informations communiquées au plaignant sur les motifs de la décision.

Je vous saurais gré de me faire parvenir votre réponse dans un délai d'un mois à compter de la réception du présent courrier.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Pour la présidente de la CNIL et par délégation,

Arnaud Le Goff
Chef du service de l'exercice des droits et des plaintes
""", kind="regulator", name="Arnaud Le Goff", org="Commission nationale de l'informatique et des libertés",
    mail=None, rep=None, theirs="PLT-26-118743", ids=[R["cnil"]],
    deadline=plus_months("2026-12-03", 1),
    basis="dans un délai d'un mois à compter de la réception du présent courrier", bases=["data_protection"],
    case="new:cnil-lebihan", note="French regulator; signature after a delegation line; no email address given"))

# s50 - trade mark notice via web form from an in-house IP lawyer for her own company (represented_party null)
DOCS.append(doc("s50", "txt", "fr", "2026-10-15", """
Trustpilot – Signalement d'atteinte à la propriété intellectuelle
Date d'envoi : 15/10/2026 09:27 (CEST)
Langue du formulaire : français

Type de droit : Marque
Vous êtes : Le titulaire des droits
Nom : Inès Barthélemy
Fonction : Juriste propriété intellectuelle
Société : Savonnerie du Lubéron SAS
Adresse e-mail : i.barthelemy@savonnerie-luberon.fr
Téléphone : +33 4 90 55 71 18

Contenu signalé (URL) : https://fr.trustpilot.com/review/savonnerie-luberon-outlet.com

Droits invoqués :
Marque française SAVONNERIE DU LUBÉRON n° 4512876 (classes 3 et 35) et marque de l'Union européenne n° 018733412 (classe 3).

Description :
La page signalée a été créée au nom de « Savonnerie du Lubéron Outlet » et renvoie vers un site marchand qui vend des contrefaçons de nos savons, avec notre logo, à moitié prix. Nous n'avons aucun lien avec ce site. Plusieurs clientes nous ont écrit après avoir reçu des produits de mauvaise qualité en pensant les avoir achetés chez nous, et les avis publiés sur cette page sont lus comme des avis sur notre entreprise. Notre propre page est celle de notre domaine officiel. Nous demandons la suppression ou la désactivation de la page signalée, qui utilise notre marque sans autorisation.

Déclaration : J'atteste sur l'honneur que les informations fournies sont exactes et que je suis autorisée à agir au nom du titulaire des droits. Oui
""", kind="ip_notice", name="Inès Barthélemy", org="Savonnerie du Lubéron SAS", mail="i.barthelemy@savonnerie-luberon.fr",
    rep=None, urls=["https://fr.trustpilot.com/review/savonnerie-luberon-outlet.com"], bases=["trademark"],
    case="new:luberon", note="in-house counsel for her own company: represented_party null"))
