"""French documents f41–f44 (France)."""
from common import RID, doc, mail

R41 = RID[80]
R42a, R42b = RID[82], RID[83]
R43 = RID[84]
R44 = RID[86]

F41 = doc("f41", "pdf", "fr", "FR", "2026-11-03", f"""
SELARL DUCHEMIN-ROUVIÈRE AVOCATS
Avocats au Barreau de Lyon
24, quai Romain Rolland · 69005 Lyon
Tél. 04 78 55 42 10 · contact@duchemin-rouviere.fr

Lyon, le 2 novembre 2026

LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION
et par courriel : legal@trustpilot.com

Trustpilot A/S
Pilestræde 58
1112 Copenhague K
Danemark

N/Réf. : 26/0983 – ED/lp

Objet : Mise en demeure – Traiteur Vaillancourt SARL – avis https://fr.trustpilot.com/reviews/{R41}

Madame, Monsieur,

Je suis le conseil de la société Traiteur Vaillancourt SARL, traiteur établi à Villeurbanne.

L'avis publié sur votre site à l'adresse visée en objet affirme que ma cliente aurait « servi du poulet avarié à un mariage de 120 personnes » et que « la moitié des invités ont fini aux urgences ». Ces allégations sont fausses : aucune intoxication n'a été signalée à l'Agence régionale de santé, et le mariage évoqué s'est déroulé sans incident, comme en atteste le courrier des mariés que je tiens à votre disposition.

Ces propos sont constitutifs de diffamation au sens de l'article 29 de la loi du 29 juillet 1881 et, à tout le moins, d'un dénigrement fautif engageant la responsabilité de leur auteur sur le fondement de l'article 1240 du Code civil.

En votre qualité d'hébergeur, vous êtes désormais informés du caractère manifestement illicite de ce contenu. Je vous mets en demeure de procéder à son retrait dans un délai de huit jours francs à compter de la réception de la présente. À défaut, ma cliente saisira le juge des référés sans autre avis.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Emmanuelle Duchemin
Avocate associée
""", letter="2026-11-02", calc=("franc", "2026-11-03", 8, "FR", None),
    family=["jours_francs", "relative_receipt", "imperative_mettre_en_demeure"],
    kind="legal_demand", name="Emmanuelle Duchemin", org="SELARL Duchemin-Rouvière Avocats",
    mail="contact@duchemin-rouviere.fr", rep="Traiteur Vaillancourt SARL", theirs="26/0983 – ED/lp",
    urls=[f"https://fr.trustpilot.com/reviews/{R41}"], ids=[R41],
    quotes=["servi du poulet avarié à un mariage de 120 personnes", "la moitié des invités ont fini aux urgences"],
    basis="dans un délai de huit jours francs à compter de la réception de la présente", bases=["defamation"],
    case="new:vaillancourt",
    note="Délai franc: neither the day of receipt (Tue 3 Nov) nor the last day counts -> act due Thu 12 Nov (3 + 8 + 1); "
         "a plain 8 calendar days would give 11 Nov. Not a weekend/holiday, so no carry-over. Dénigrement under "
         "art. 1240 C. civ. is folded into defamation (no separate basis in the list).")

F42 = doc("f42", "eml", "fr", "FR", "2026-12-02", f"""
Madame, Monsieur,

Je vous écris au nom de la société Maison Brévannes SAS, titulaire de la marque verbale française « BRÉVANNES » n° 4 812 336, enregistrée pour des articles de maroquinerie.

Un compte se présentant sous le nom « Brévannes Outlet » publie depuis plusieurs semaines des avis sur votre site, notamment https://fr.trustpilot.com/reviews/{R42a} et https://fr.trustpilot.com/reviews/{R42b}, dans lesquels il renvoie vers un site de vente de contrefaçons et se présente comme le « service client officiel » de la marque.

Cet usage de la marque, sans autorisation et dans la vie des affaires, constitue une contrefaçon au sens de l'article L. 713-2 du Code de la propriété intellectuelle et induit les consommateurs en erreur.

Je vous remercie de bien vouloir procéder au retrait de ces avis et à la suspension du compte au plus tard le lundi 7 décembre 2026 à 18 heures, et de m'en informer par retour de courriel. Je reste à votre disposition pour vous transmettre le certificat d'enregistrement de la marque.

Bien cordialement,

Clémence Aubertin-Lefort
Responsable propriété intellectuelle
Maison Brévannes SAS
12, rue du Faubourg Saint-Honoré, 75008 Paris
c.aubertin-lefort@maison-brevannes.fr
""", letter="2026-12-02", calc=("date", "2026-12-07"),
    email=mail("Clémence Aubertin-Lefort", "c.aubertin-lefort@maison-brevannes.fr",
               "Usage illicite de la marque BRÉVANNES – demande de retrait",
               "<PR1P264MB2280.aubertin.20261202@maison-brevannes.fr>", "2026-12-02T17:20:00+01:00"),
    family=["polite_remercie", "cue_material_between", "weekday", "time_of_day"],
    kind="ip_notice", name="Clémence Aubertin-Lefort", org="Maison Brévannes SAS", mail="c.aubertin-lefort@maison-brevannes.fr",
    urls=[f"https://fr.trustpilot.com/reviews/{R42a}", f"https://fr.trustpilot.com/reviews/{R42b}"], ids=[R42a, R42b],
    basis="au plus tard le lundi 7 décembre 2026 à 18 heures", bases=["trademark", "consumer_law"], case="new:brevannes",
    note="The brand owner's in-house counsel writes for her own company: represented_party null. The cue 'au plus tard' "
         "is separated from the request verb by the objects of the request. Misleading consumers -> consumer_law "
         "as well as trademark. 'service client officiel' is the account's self-description, quoted as a label, "
         "not a statement: no quoted_statements.")

F43 = doc("f43", "eml", "fr", "FR", "2026-10-07", f"""
Bonjour,

Je me permets de vous relancer au sujet de mon avis sur le garage Autos Frémicourt à Amiens, qui a été masqué le 29 septembre. Le lien était : https://fr.trustpilot.com/reviews/{R43}

On me dit qu'il a été signalé par l'entreprise pour « contenu diffamatoire ». Pourtant je n'ai fait que raconter ce qui s'est passé : on m'a facturé un embrayage complet alors que seule la butée a été changée, et le garagiste l'a reconnu devant moi. J'ai la facture et le devis, que j'ai envoyés à votre service le 1er octobre.

Je ne demande rien d'extraordinaire, juste que mon avis soit remis en ligne ou qu'on m'explique précisément ce qui pose problème. Merci de me répondre d'ici la fin de la semaine prochaine, sinon je saisirai le médiateur de la consommation.

Cordialement,
Yannick Deslandes
yannick.deslandes@laposte.net
""", letter="2026-10-07", calc=("weekday", "2026-10-07", 4, 1),
    email=mail("Yannick Deslandes", "yannick.deslandes@laposte.net", "Relance – mon avis masqué",
               "<5b2e90aa-11c7.deslandes@laposte.net>", "2026-10-07T12:48:00+02:00"),
    family=["informal_end_of_next_week", "imperative_merci_de", "conditional_threat"],
    kind="consumer_appeal", name="Yannick Deslandes", mail="yannick.deslandes@laposte.net",
    urls=[f"https://fr.trustpilot.com/reviews/{R43}"], ids=[R43],
    basis="d'ici la fin de la semaine prochaine", bases=["platform_guidelines"], case="new:deslandes-garage",
    note="'d'ici la fin de la semaine prochaine' in an email of Wed 7 Oct = Friday of the following week, 16 Oct. "
         "29 Sept and 1 Oct are past events. Appeal against our decision to hide his review: platform_guidelines "
         "(no law invoked; the médiateur is only threatened).")

F44 = doc("f44", "docx", "fr", "FR", "2026-11-20", f"""
AUTORITÉ DE RÉGULATION DE LA COMMUNICATION AUDIOVISUELLE ET NUMÉRIQUE
Direction des plateformes en ligne
Tour Mirabeau, 39-43 quai André Citroën, 75015 Paris

Paris, le 19 novembre 2026

Réf. : DPL/2026/1187/GBL

Trustpilot A/S
À l'attention du point de contact unique (article 11 du règlement (UE) 2022/2065)
Pilestræde 58, 1112 Copenhague K, Danemark

Objet : Demande d'informations – traitement des notifications relatives à l'avis https://fr.trustpilot.com/reviews/{R44}

Madame, Monsieur,

L'Autorité a été saisie par une société de pompes funèbres de la Sarthe d'une réclamation relative au traitement par votre service de sa notification du 5 octobre 2026, portant sur l'avis cité en objet. La réclamante soutient que sa notification, fondée sur l'article 16 du règlement sur les services numériques, n'a fait l'objet d'aucune décision motivée au sens de l'article 17.

Dans le cadre de la coopération prévue au chapitre IV du règlement, et en lien avec le coordinateur danois, nous vous prions de bien vouloir nous adresser vos observations dans un délai de quinze jours à compter de la date du présent courrier, en précisant notamment la date de réception de la notification, les mesures prises et l'information fournie à la réclamante.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de notre considération distinguée.

Guillaume Bastiat-Lenoir
Chef du pôle Plateformes
Arcom
""", letter="2026-11-19", calc=("days", "2026-11-19", 15),
    family=["relative_letter_date", "polite_prier", "regulator"],
    kind="regulator", name="Guillaume Bastiat-Lenoir", org="Arcom", mail=None, theirs="DPL/2026/1187/GBL",
    urls=[f"https://fr.trustpilot.com/reviews/{R44}"], ids=[R44],
    basis="dans un délai de quinze jours à compter de la date du présent courrier", bases=["dsa"], case="new:arcom-sarthe",
    note="Fifteen calendar days from the letter's own date (Thu 19 Nov; received 20 Nov) -> Fri 4 Dec. The later "
         "'date de réception' is about the complainant's notification, not the anchor. No email address given: "
         "sender_email null.")

DOCS = [F41, F42, F43, F44]
