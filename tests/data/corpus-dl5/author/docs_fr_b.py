"""French documents f45–f48 (France, Belgium)."""
from common import RID, doc, mail

R47 = RID[92]
R48 = RID[94]
C1708 = RID[158]
C1709 = RID[159]

F45 = doc("f45", "eml", "fr", "FR", "2026-11-12", f"""
Madame, Monsieur,

Menuiserie Lacombe-Ribot SAS / Trustpilot – avis {C1708}
V/Réf. : CI-2026-1708 – N/Réf. : CM/MLR/26-204

Par courrier du 19 octobre dernier, je vous ai mis en demeure de retirer l'avis susvisé avant le 2 novembre 2026. Votre service m'a adressé le 26 octobre un accusé de réception indiquant que la demande était « en cours d'examen ».

Plus de trois semaines se sont écoulées depuis ma mise en demeure. L'avis est toujours en ligne et continue de causer à ma cliente un préjudice commercial certain, deux prospects ayant expressément renoncé à un devis en le citant.

Je vous demande en conséquence de procéder sans délai au retrait de cet avis dénigrant. À défaut, ma cliente vous assignera devant le président du tribunal judiciaire statuant en référé, sur le fondement de l'article 6 de la loi pour la confiance dans l'économie numérique et de l'article 1240 du Code civil.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Charles Maurepas
Avocat à la Cour
Cabinet Maurepas Saint-Aubin
8, rue de Castiglione, 75001 Paris
""", letter="2026-11-12", calc=None,
    email=mail("Charles Maurepas", "c.maurepas@maurepas-avocats.fr", "Menuiserie Lacombe-Ribot – relance [CI-2026-1708]",
               "<MR1P264MB0445.maurepas.20261112@maurepas-avocats.fr>", "2026-11-12T16:05:00+01:00",
               in_reply_to="<20261026110402.CI-2026-1708.6170@mail.trustpilot.com>",
               references=["<20261026110402.CI-2026-1708.6170@mail.trustpilot.com>"]),
    family=["null_immediately_chaser", "null_recalled_date"],
    kind="legal_demand", name="Charles Maurepas", org="Cabinet Maurepas Saint-Aubin", mail="c.maurepas@maurepas-avocats.fr",
    rep="Menuiserie Lacombe-Ribot SAS", theirs="CM/MLR/26-204", ours="CI-2026-1708", ids=[C1708], case="CI-2026-1708",
    bases=["defamation"],
    note="Chaser: 2 November 2026 is the recalled deadline of the earlier letter; the new demand is 'sans délai' -> "
         "null. Dénigrement / art. 1240 C. civ. and LCEN art. 6 (host liability) read as defamation.")

F46 = doc("f46", "eml", "fr", "FR", "2026-11-18", f"""
Bonjour Madame,

Merci pour votre message. Je vous envoie ce soir le ticket de caisse et la copie de notre registre des commandes de gâteaux, vous verrez que personne n'a commandé de pièce montée pour le 24 octobre. La cliente qui a écrit l'avis {C1709} n'est jamais venue chez nous, j'en suis sûre.

Je serai au fournil toute la journée de demain, mais je peux vous appeler vendredi si besoin.

Bien à vous,
Odile Perrichon
Boulangerie Perrichon SARL
3, place du Marché, 49400 Saumur
odile.perrichon@boulangerie-perrichon.fr

Le lun. 16 nov. 2026 à 09:30, Trustpilot Content Integrity <content-integrity@trustpilot.com> a écrit :
> Madame,
>
> Notre réf. : CI-2026-1709
>
> Nous avons bien reçu votre signalement. Afin de l'examiner, nous vous remercions de nous transmettre, d'ici le 27 novembre 2026, tout document établissant que l'auteure de l'avis n'a pas été cliente de votre établissement. Sans réponse de votre part à cette date, nous clôturerons le signalement.
>
> Cordialement,
> L'équipe Content Integrity
""", letter="2026-11-18", calc=None,
    email=mail("Odile Perrichon", "odile.perrichon@boulangerie-perrichon.fr", "RE: Votre signalement [CI-2026-1709]",
               "<1f0c7d33.perrichon.20261118@boulangerie-perrichon.fr>", "2026-11-18T13:12:00+01:00",
               in_reply_to="<20261116093018.CI-2026-1709.6402@mail.trustpilot.com>",
               references=["<20261116093018.CI-2026-1709.6402@mail.trustpilot.com>"]),
    family=["null_quoted_older_email", "null_sender_plans", "null_past_events"],
    kind="business_appeal", name="Odile Perrichon", org="Boulangerie Perrichon SARL",
    mail="odile.perrichon@boulangerie-perrichon.fr", ours="CI-2026-1709", ids=[C1709], case="CI-2026-1709",
    note="Null: 'd'ici le 27 novembre 2026' is our own deadline to her, only in the quoted email; 'ce soir', 'demain' "
         "and 'vendredi' are her own plans; 24 October is a past event. The quoted header reads 'Le lun. 16 nov. "
         "2026 … a écrit :' (French mail client) rather than 'On … wrote:'.")

F47 = doc("f47", "pdf", "fr", "BE", "2026-11-10", f"""
DEWAELE & STASSART
Avocats – Advocaten
Avenue Louise 287 · 1050 Bruxelles
Tél. +32 2 555 63 40 · n.stassart@dewaele-stassart.be

Bruxelles, le 9 novembre 2026

Trustpilot A/S
Pilestræde 58
1112 Copenhague K
Danemark

Nos réf. : NS/2026/4410

Concerne : Friterie Chez Mimile SRL – avis publié sur https://fr-be.trustpilot.com/reviews/{R47}

Madame, Monsieur,

J'interviens pour la SRL Friterie Chez Mimile, établie à Namur.

L'avis référencé ci-dessus affirme que ma cliente « utilise la même huile pendant trois semaines » et que « l'AFSCA a fermé la friterie l'an dernier ». La seconde affirmation est matériellement fausse : l'AFSCA n'a jamais ordonné la fermeture de l'établissement, dont le dernier contrôle, en juin 2026, s'est conclu par un résultat favorable. La première est présentée comme un fait, sans le moindre élément.

Ces allégations portent atteinte à l'honneur et à la réputation commerciale de ma cliente au sens des articles 443 et suivants du Code pénal et engagent la responsabilité de leur auteur.

Je vous saurais gré de retirer cet avis dans les cinq jours ouvrés de la présente et de m'en confirmer le retrait. À défaut, ma cliente se réserve le droit d'agir en justice, tant contre l'auteur de l'avis que contre votre société.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Nathalie Stassart
Avocate
""", letter="2026-11-09", calc=("wdays", "2026-11-09", 5, "BE", None),
    family=["relative_working_days", "holiday_crossed", "polite_saurais_gre", "relative_letter_date"],
    kind="legal_demand", name="Nathalie Stassart", org="Dewaele & Stassart", mail="n.stassart@dewaele-stassart.be",
    rep="Friterie Chez Mimile SRL", theirs="NS/2026/4410",
    urls=[f"https://fr-be.trustpilot.com/reviews/{R47}"], ids=[R47],
    quotes=["utilise la même huile pendant trois semaines", "l'AFSCA a fermé la friterie l'an dernier"],
    basis="dans les cinq jours ouvrés de la présente", bases=["defamation", "criminal"], case="new:chez-mimile",
    note="Five Belgian working days from Mon 9 Nov skip Armistice (Wed 11 Nov) -> Tue 17 Nov; weekends only would give "
         "Mon 16 Nov. 'jours ouvrés' = Monday to Friday (unlike 'jours ouvrables'). Art. 443 ff. Code pénal (atteinte "
         "à l'honneur) invoked: criminal as well as defamation.")

F48 = doc("f48", "scan", "fr", "BE", "2026-11-26", f"""
CABINET RENSONNET
Avocats
Rue de la Régence 41 · 4000 Liège
Tél. +32 4 555 20 81 · secretariat@cabinet-rensonnet.be

Liège, le 24 novembre 2026

Trustpilot A/S
Pilestræde 58
1112 Copenhague K
Danemark

N. réf. : PR/26/0619

Concerne : SRL Carrosserie Meuse-Ourthe c/ M. Xavier Lhoest

Madame, Monsieur,

Je vous informe que ma cliente, la SRL Carrosserie Meuse-Ourthe, a fait citer M. Xavier Lhoest devant le tribunal de l'entreprise de Liège, division Liège, en raison de l'avis qu'il a publié sur votre site sous la référence {R48}.

L'audience d'introduction est fixée au lundi 14 décembre 2026 à 9 heures. Je déposerai mes conclusions pour le 4 janvier 2027 au plus tard, conformément au calendrier que les parties ont convenu.

La présente vous est adressée à titre d'information. Ma cliente ne formule, à ce stade, aucune demande à l'égard de Trustpilot. Je vous saurais toutefois gré de conserver les données relatives à cet avis, qui pourraient être demandées ultérieurement par le tribunal.

Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Pierre Rensonnet
Avocat
""", letter="2026-11-24", calc=None,
    family=["null_hearing_date", "null_sender_plans", "scan"],
    kind="legal_demand", name="Pierre Rensonnet", org="Cabinet Rensonnet", mail="secretariat@cabinet-rensonnet.be",
    rep="SRL Carrosserie Meuse-Ourthe", theirs="PR/26/0619", ids=[R48], bases=[], case="new:meuse-ourthe",
    note="Null: the hearing (14 Dec) and the sender's own filing date (4 Jan 2027) are not demands on us; the "
         "preservation request has no date. No legal basis named (the citation's grounds are not stated): []. "
         "'au plus tard' here governs the sender's own filing.")

DOCS = [F45, F46, F47, F48]
