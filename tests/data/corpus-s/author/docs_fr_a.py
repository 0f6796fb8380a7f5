"""corpus-s, French documents s41-s45."""
from __future__ import annotations

from common import R, doc, mail, plus_days, rurl

DOCS = []

# s41 - Aubry & Lenoir write again on CI-2026-0723, citing their own letter by date; deadline from receipt
DOCS.append(doc("s41", "pdf", "fr", "2026-10-21", f"""
AUBRY & LENOIR AVOCATS
Bérénice Aubry – Avocat à la Cour
42, rue de Courcelles – 75008 Paris
Tél. 01 55 50 41 72 – b.aubry@aubry-lenoir-avocats.fr – Toque P 0318

Trustpilot A/S
Service juridique
Pilestræde 58
1112 Copenhague K
Danemark

Paris, le 19 octobre 2026

N/Réf. : BA/FER/2026-044
Par courriel : legal@trustpilot.com

Objet : Maison Ferrand SAS – avis en ligne {rurl("fr", "ferrand")}

Madame, Monsieur,

Par mon courrier du 21 septembre 2026, je vous ai signalé, pour le compte de la société Maison Ferrand SAS, le caractère diffamatoire de l'avis cité en objet. Vous m'avez répondu le 25 septembre que le contenu était « en cours d'examen ». Près d'un mois plus tard, l'avis est toujours en ligne.

Je vous rappelle que cet avis affirme notamment :

« Le canapé est arrivé déchiré et Maison Ferrand a refusé tout remboursement en me traitant de menteuse. »

« Cette entreprise vit des arnaques sur les acomptes. »

Ma cliente vous a fait parvenir le bon de livraison signé sans réserve par l'auteure de l'avis, ainsi que la preuve du remboursement intégral effectué le 14 août 2026 à la suite de sa réclamation. L'affirmation d'un refus de remboursement est donc matériellement fausse, et l'accusation d'« arnaques » porte atteinte à l'honneur et à la considération d'une entreprise familiale implantée à Angers depuis 1962.

Votre silence prolongé, alors que vous disposez des éléments permettant d'apprécier le caractère manifestement illicite de ces propos, est de nature à engager votre responsabilité d'hébergeur.

Je vous demande en conséquence de procéder au retrait de cet avis dans un délai de dix jours à compter de la réception de la présente. À défaut, ma cliente se réserve de saisir la juridiction compétente sans autre préavis.

Je vous prie de croire, Madame, Monsieur, à l'assurance de mes sentiments distingués.

Bérénice Aubry
Avocat à la Cour
""", kind="legal_demand", name="Bérénice Aubry", org="Aubry & Lenoir Avocats", mail="b.aubry@aubry-lenoir-avocats.fr",
    rep="Maison Ferrand SAS", theirs="BA/FER/2026-044", urls=[rurl("fr", "ferrand")], ids=[R["ferrand"]],
    quotes=["Le canapé est arrivé déchiré et Maison Ferrand a refusé tout remboursement en me traitant de menteuse.",
            "Cette entreprise vit des arnaques sur les acomptes."],
    deadline=plus_days("2026-10-21", 10), basis="dans un délai de dix jours à compter de la réception de la présente",
    bases=["defamation"], case="CI-2026-0723",
    note="own earlier letter by date + N/Réf.; 'Avocat à la Cour' post-nominal"))

# s42 - the author of the Ferrand review appeals; display name differs
DOCS.append(doc("s42", "eml", "fr", "2026-10-28", f"""
Bonjour,

J'ai reçu hier un message m'informant que mon avis sur Maison Ferrand était « masqué temporairement suite à un signalement ». Je conteste cette décision.

Voici l'avis en question : {rurl("fr", "ferrand")}

Je n'ai rien inventé. Le canapé a été livré le 2 août avec une déchirure de dix centimètres sur l'accoudoir. J'ai signé le bon de livraison parce que le livreur m'a dit que c'était obligatoire pour qu'il puisse repartir, et que la réclamation se faisait après. J'ai fait la réclamation le soir même, avec photos. Pendant trois semaines on m'a répondu que c'était moi qui l'avais abîmé et la responsable au téléphone m'a bien dit que je mentais. Ils ont fini par me rembourser, mais seulement après que j'ai écrit l'avis et fait une réclamation auprès de ma banque.

Quand j'ai écrit « Le canapé est arrivé déchiré et Maison Ferrand a refusé tout remboursement en me traitant de menteuse. », c'était vrai au moment où je l'ai écrit. Je veux bien ajouter une mise à jour pour dire que j'ai finalement été remboursée, mais je ne vois pas pourquoi tout mon avis devrait disparaître.

Je peux vous envoyer les photos, les mails et le relevé bancaire. Merci de me dire ce que je dois faire pour que l'avis soit de nouveau visible.

Cordialement,

Nathalie Guérin-Baudet
Angers
""", email=mail("nath.gb", "nathalie.guerinbaudet@orange.fr", "Mon avis masqué - contestation",
                "<002d01dc4d5e$8f3a61b0$add02510$@orange.fr>", "2026-10-28T20:34:00+01:00"),
    kind="consumer_appeal", name="Nathalie Guérin-Baudet", org=None, mail="nathalie.guerinbaudet@orange.fr", rep=None,
    urls=[rurl("fr", "ferrand")], ids=[R["ferrand"]],
    quotes=["Le canapé est arrivé déchiré et Maison Ferrand a refusé tout remboursement en me traitant de menteuse."],
    case="CI-2026-0723", note="the reviewer on a review an open case concerns"))

# s43 - closed case's firm and client, a NEW review; quotes the closed reference as V/Réf. -> new matter
DOCS.append(doc("s43", "docx", "fr", "2026-11-05", f"""
CABINET DELMAS-ROCHE
Avocats au Barreau de Lyon
27, rue de la République – 69002 Lyon
Tél. 04 72 55 90 36 – m.delmasroche@delmas-roche-avocats.fr

Trustpilot A/S
Département juridique
Pilestræde 58
1112 Copenhague K
Danemark

Lyon, le 3 novembre 2026

N/Réf. : DR/RIV/26-133
V/Réf. : CI-2026-0689 (ancien dossier, clos)

Objet : Transports Rivoire SARL – nouvel avis diffamatoire

Madame, Monsieur,

Vous vous souvenez sans doute que, cet été, j'étais intervenue pour la société Transports Rivoire SARL au sujet d'un avis que vous aviez finalement retiré, ce dont ma cliente vous remercie.

Un nouvel avis, rédigé par un autre utilisateur, a été publié le 26 octobre 2026 à l'adresse suivante : {rurl("fr", "rivoire_new")}

Il contient le passage suivant : « Les chauffeurs de Rivoire roulent sans permis et l'entreprise le sait très bien. »

Cette affirmation est fausse. Ma cliente vérifie la validité des permis de conduire et des cartes de qualification de ses quarante-deux conducteurs chaque trimestre, par consultation du fichier national, et tient ces vérifications à votre disposition. Imputer à un transporteur routier le fait de faire circuler sciemment des conducteurs sans permis, c'est lui imputer un délit pénal ; ces propos sont constitutifs de diffamation au sens de l'article 29 de la loi du 29 juillet 1881.

Je vous serais reconnaissante de bien vouloir supprimer cet avis au plus tard le 20 novembre 2026 et de m'en informer.

Ce dossier étant distinct du précédent, je vous remercie de rappeler ma nouvelle référence dans toute correspondance.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Mathilde Delmas-Roche
Avocat à la Cour
""", kind="legal_demand", name="Mathilde Delmas-Roche", org="Cabinet Delmas-Roche",
    mail="m.delmasroche@delmas-roche-avocats.fr", rep="Transports Rivoire SARL", theirs="DR/RIV/26-133",
    ours="CI-2026-0689", urls=[rurl("fr", "rivoire_new")], ids=[R["rivoire_new"]],
    quotes=["Les chauffeurs de Rivoire roulent sans permis et l'entreprise le sait très bien."],
    deadline="2026-11-20", basis="au plus tard le 20 novembre 2026", bases=["defamation"], case="new:rivoire-2",
    note="closed case's party about a new review -> new case, though it quotes the closed ref"))

# s44 - French court order (référé) served by the claimant's lawyer; deadline runs from the stated date of service
DOCS.append(doc("s44", "pdf", "fr", "2026-11-16", f"""
VANNIER ASSOCIÉS
Société d'avocats
18, avenue Hoche – 75008 Paris
Tél. 01 55 50 27 90 – lm.vannier@vannier-associes.fr

Trustpilot A/S
Pilestræde 58
1112 Copenhague K
Danemark

Paris, le 13 novembre 2026

N/Réf. : LMV/2611/CAS
Par courriel (legal@trustpilot.com) et LRAR

Objet : SAS Immobilière Casteran c/ Trustpilot A/S – Tribunal judiciaire de Paris, RG n° 26/58213

Madame, Monsieur,

En ma qualité de conseil de la SAS Immobilière Casteran, demanderesse à l'instance en référé citée en objet, je vous informe que l'ordonnance rendue le 10 novembre 2026 par le président du tribunal judiciaire de Paris vous a été signifiée ce jour, 13 novembre 2026, par commissaire de justice, selon les modalités du règlement (UE) 2020/1784.

Le dispositif de l'ordonnance est le suivant :

« Ordonnons à la société Trustpilot A/S de supprimer l'avis accessible à l'adresse {rurl("fr", "casteran")}, dans un délai de huit jours à compter de la signification de la présente ordonnance, sous astreinte provisoire de 500 euros par jour de retard pendant trois mois ;

Disons que les propos « Casteran encaisse les dépôts de garantie et ne les rend jamais, c'est leur fonds de commerce. » constituent un trouble manifestement illicite ;

Condamnons la société Trustpilot A/S à payer à la SAS Immobilière Casteran la somme de 2 000 euros au titre de l'article 700 du code de procédure civile. »

Je vous remercie de bien vouloir me confirmer l'exécution de cette décision dans le délai imparti. Je reste à votre disposition pour toute question relative aux modalités de paiement de la somme allouée.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments dévoués.

Louis-Marie Vannier
Avocat au Barreau de Paris
Associé
""", kind="court_order", name="Louis-Marie Vannier", org="Vannier Associés", mail="lm.vannier@vannier-associes.fr",
    rep="SAS Immobilière Casteran", theirs="LMV/2611/CAS", urls=[rurl("fr", "casteran")], ids=[R["casteran"]],
    quotes=["Casteran encaisse les dépôts de garantie et ne les rend jamais, c'est leur fonds de commerce."],
    deadline=plus_days("2026-11-13", 8),
    basis="dans un délai de huit jours à compter de la signification de la présente ordonnance",
    bases=["court_order"], case="new:casteran",
    note="order carried in the letter; 'demanderesse' beside the party; deadline from the stated service date (13 Nov), not receipt"))

# s45 - Canada (Montréal police) in French; shared mailbox as From; officer with rank and badge number
DOCS.append(doc("s45", "eml", "fr", "2026-11-19", f"""
Bonjour,

Numéro d'événement : 38-261103-014

La Section des crimes technologiques du Service de police de la Ville de Montréal enquête sur des faits d'extorsion visant le propriétaire d'un restaurant du Plateau-Mont-Royal. Le suspect exige des paiements en cryptomonnaie et menace, à défaut, de « noyer » l'établissement sous les mauvais avis.

L'avis suivant a été publié sur votre site le 3 novembre 2026, quelques heures après un refus de paiement de la victime :

{rurl("ca", "spvm")}

On peut y lire : « Dernier avertissement au patron : tu sais ce que tu as à faire avant vendredi. » Le même texte figurait dans le message d'extorsion reçu par la victime.

Afin d'identifier l'auteur, je sollicite votre collaboration volontaire pour obtenir les renseignements suivants concernant le compte ayant publié cet avis : nom et adresse courriel fournis à l'inscription, numéro de téléphone le cas échéant, adresses IP et horodatages (avec fuseau horaire) de la création du compte et de la publication. Je vous demande également de conserver ces données en attendant, au besoin, une ordonnance de communication.

Je vous serais reconnaissante de me transmettre ces renseignements d'ici le 3 décembre 2026 et de ne pas aviser le titulaire du compte.

Veuillez agréer mes salutations distinguées.

Sergente-détective Julie Archambault, matricule 5521
Section des crimes technologiques
Service de police de la Ville de Montréal
514 555-0167 | julie.archambault@spvm.qc.ca
""", email=mail("SPVM – Cybercriminalité", "cybercriminalite@spvm.qc.ca",
                "Demande de renseignements – événement 38-261103-014",
                "<YT3PR01MB9122B7C6D5E4F3A2B1C0D9E8F7A6@YT3PR01MB9122.CANPRD01.PROD.OUTLOOK.COM>",
                "2026-11-19T11:52:00-05:00"),
    kind="law_enforcement", name="Julie Archambault", org="Service de police de la Ville de Montréal",
    mail="julie.archambault@spvm.qc.ca", rep=None, theirs="38-261103-014", urls=[rurl("ca", "spvm")], ids=[R["spvm"]],
    quotes=["Dernier avertissement au patron : tu sais ce que tu as à faire avant vendredi."],
    deadline="2026-12-03", basis="d'ici le 3 décembre 2026", bases=["criminal"], case="new:spvm",
    note="Canadian police in French; rank and badge not part of the name"))
