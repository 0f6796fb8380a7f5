"""French (France, Belgium, Switzerland, Luxembourg)."""

from __future__ import annotations

from lexicon.schema import ReplyHeader

LEXICON: dict[str, object] = {
    "months": (
        ("janvier", "janv."), ("février", "fevrier", "févr.", "fevr."), ("mars",), ("avril", "avr."), ("mai",),
        ("juin",), ("juillet", "juil."), ("août", "aout"), ("septembre",), ("octobre",), ("novembre",),
        ("décembre", "decembre", "déc."),
    ),
    "weekdays": (("lundi",), ("mardi",), ("mercredi",), ("jeudi",), ("vendredi",), ("samedi",), ("dimanche",)),
    "salutations": (
        r"madame", r"monsieur", r"mesdames", r"messieurs", r"ma[iî]tre", r"ch[eè]re?s?", r"bonjour",
    ),
    "signoffs": (
        r"(?:Bien\s+)?[Cc]ordialement", r"Bien\s+à\s+(?:vous|toi)", r"(?:Sincères|Meilleures)\s+salutations",
        r"Salutations\s+distinguées", r"Respectueusement", r"Merci(?:\s+(?:d['’]avance|beaucoup|bien))?",
    ),
    # "Veuillez agréer, Maître, l'expression de mes salutations distinguées.", often wrapped over lines
    "closing_sentences": (
        r"(?:prie|prions|veuillez|voudrez|recevez)[^.]{0,200}?(?:agréer|recevoir|croire)[^.]{0,300}?"
        r"(?:salutations|sentiments|considération|respect|dévouement)[^.\n]*\.?",
    ),
    "forwarded_markers": (r"Message\s+transf[ée]r[ée]",),
    "original_markers": (r"Message\s+d['’]origine",),
    "forward_intros": (r"Début\s+du\s+message\s+(?:ré)?expédié",),
    "reply_headers": (ReplyHeader("Le", r"a\s+[ée]crit"),),
    "header_from": ("De",),
    "header_sent": ("Envoy[ée]",),
    "header_to": ("À",),
    "header_subject": ("Objet",),
    "honorifics": ("Maître", "Maitre", "Me", "Monsieur", "Madame", "Mademoiselle", "M", "Mme", "Mlle"),
    "ranks": (
        "Capitaine", "Lieutenant", "Commandant", r"Brigadier(?:-chef)?", r"Adjudant(?:-chef)?", "Gendarme", "Major",
        "Colonel", "Lieutenant-colonel", r"Maréchal\s+des\s+logis(?:-chef)?", r"Chef\s+d['’]escadron", "Commissaire",
        r"Gardien\s+de\s+la\s+paix",
        # Québec and Switzerland: "Sergente-détective", "Agent", "Inspecteur"
        r"Sergente?(?:-d[ée]tective)?", r"D[ée]tective", r"Agente?", r"Inspect(?:eur|rice)(?:\s+principale?)?",
        r"Enquêt(?:eur|rice)",
    ),
    "legal_forms": (
        "SAS", "SASU", "SARL", r"S\.A\.R\.L\.", "SA", r"S\.A\.", "SNC", "SCP", "SELARL", "SELAS", "EURL",
        # civil and farming companies: "SCI", "SCEA", "GAEC", "EARL"
        "SCI", "SCEA", "SCM", "GAEC", "EARL", "SEL",
        # Quebec writes its forms in lower case: "inc.", "ltée"
        r"inc\.", r"[Ll]tée",
        # Belgium, Luxembourg, Switzerland
        r"S\.à\s?r\.l\.", "Sàrl", "SPRL", "SRL", "ASBL", "SCRL",
    ),
    "post_nominals": (r"LL\.\s?M\.?", "DEA", "DESS", "MBA"),
    "degrees": (r"Pr\.?(?=\s)",),
    "judicial_titles": (
        r"(?:premi[eè]re?\s+)?(?:vice-)?présidente?(?:\s+de\s+(?:chambre|section))?",
        r"juge(?:\s+(?:des\s+référés|d['’]instruction|unique))?", r"procureure?(?:\s+de\s+la\s+République)?",
        r"substitut(?:e)?(?:\s+du\s+procureur)?", r"magistrate?",
    ),
    "clerk_titles": (r"greffi(?:er|ère)(?:\s+en\s+chef)?", r"commis-greffi(?:er|ère)"),
    "applicant_roles": (r"(?:partie\s+)?demande(?:ur|resse)s?", r"requérante?s?", r"appelante?s?"),
    "respondent_roles": (r"(?:partie\s+)?défende(?:ur|resse)s?", r"intimée?s?"),
    "institution_heads": (
        "Tribunal", "Cour", "Conseil", "Direction", "Brigade", "Commissariat", "Gendarmerie", "Police", "Préfecture",
        "Parquet", "Commission", r"(?:Haute\s+)?Autorité", "Institut", "Ministère", "Office", "Agence", "Coordinateur",
    ),
    "court_heads": (r"Tribunal", r"Cour", r"Conseil\s+de\s+prud['’]hommes"),
    "institution_links": (r"de\s+la", r"de\s+l['’]", r"d['’]", r"des", r"du", r"de", r"et", r"pour", r"près\s+le"),
    "signs_for_marks": (r"p\.\s?o\.", r"P/O", r"pour\s+ordre", r"par\s+délégation"),
    "business_roles": (r"g[ée]rante?", r"directeur(?:\s+g[ée]n[ée]ral)?", r"directrice(?:\s+g[ée]n[ée]rale)?",
                       r"pr[ée]sidente?", r"fondateur", r"fondatrice", r"propriétaire", r"patronne?"),
    "proprietor_marks": (r"prop\.", r"propriétaire", r"gérante?"),
    "stopwords": tuple(
        "le la les et est des une un du que pour dans nous vous pas sur avec notre votre au".split()
    ),
    "number_units": (
        ("un", 1), ("une", 1), ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5), ("six", 6), ("sept", 7),
        ("huit", 8), ("neuf", 9), ("dix", 10), ("onze", 11), ("douze", 12), ("treize", 13), ("quatorze", 14),
        ("quinze", 15), ("seize", 16), ("dix-sept", 17), ("dix-huit", 18), ("dix-neuf", 19),
    ),
    "number_tens": (("vingt", 20), ("trente", 30), ("quarante", 40), ("cinquante", 50), ("soixante", 60)),
    "deadline_cues": (
        (r"au\s+plus\s+tard(?:\s+(?:le|pour\s+le|jusqu['’]au))?|(?:avant|d['’]ici)\s+le|d['’]ici\s+au|"
         r"date\s+limite(?:\s+(?:du|fix[ée]e\s+au))?|jusqu['’]au|dans\s+un\s+d[ée]lai\s+expirant\s+le", 0.95),
        (r"d['’]ici|avant", 0.85),
        # "un délai au 3 mars vous est imparti"
        (r"d[ée]lai\s+(?:au|jusqu['’]au)", 1.0),
        (r"pour\s+le", 0.6),
        # "avant notre réunion du": the date of a meeting the reader's action must precede
        (r"avant\s+(?:la|le|notre|votre|leur)\s+(?:[\w-]+\s+){0,2}?(?:r[ée]union|rendez-vous|appel|audience|"
         r"renouvellement)\s+(?:du|le)", 0.85),
    ),
    "deadline_fillers": (
        "le", "heure", "heures",
        "le", "la", "du", "ce", "à", "vers", "midi", "minuit", r"fin\s+de\s+(?:la\s+)?journ[ée]e",
        r"heure\s+(?:de\s+\w+|locale)", "heures?", "prochain",
    ),
    "latest_markers": (r"au\s+plus\s+tard",),
    "limit_nouns": (
        r"(?:date|d[ée]lai)\s+limite",
        r"date\s+butoir",
        r"(?:ultime\s+)?d[ée]lai",
        "[ée]ch[ée]ance",
    ),
    "limit_verbs": (
        r"est(?:\s+fix[ée]e?\s+(?:au|à))?",
        "expire",
        "expirant",
        r"fix[ée]e?\s+(?:au|à)",
        r"court\\s+jusqu['’]au",
        "jusqu['’]au",
    ),
    "requested_by": (
        r"(?:attendue?s?|requise?s?|demand[ée]e?s?|souhait[ée]e?s?|exig[ée]e?s?)\s+(?:avant\s+le|le|pour\s+le|au\s+plus\s+tard\s+le)",
    ),
    "weekday_cues": (
        "d['’]ici",
        "avant",
    ),
    "next_week_words": (r"(?:de\s+)?la\s+semaine\s+prochaine",),
    "coming_words": (
        "prochain",
    ),
    "demand_cues": (
        # a polite request: "d'ici jeudi si possible"
        r"si\s+possible",
        # a wish relayed or a limit set: "le client souhaite une réponse d'ici", "je vous impartis un délai"
        r"(?:souhaite|souhaitent|veut|veulent|attend|attendent)\s+(?:une\s+|la\s+|votre\s+)?(?:r[ée]ponse|d[ée]cision|retour)",
        r"impart\w*\s+(?:un\s+)?d[ée]lai",
        # une demande en remerciement ou en souhait : "merci de votre retour avant le", "ce serait parfait si"
        r"(?:je\s+vous\s+remercie|nous\s+vous\s+remercions|merci)\s+(?:par\s+avance\s+|d['’]avance\s+)?(?:de|pour)",
        r"(?:ce|ça)\s+serait\s+(?:super|top|bien|génial|parfait|idéal)",
        r"(?:je|nous)\s+(?:serais|serions)\s+(?:reconnaissante?s?|ravie?s?)",
        # a wish stated
        r"(?:nous|je)\s+(?:souhaitons|souhaite|voudrions|voudrais)",
        # obligation in the passive or the third person
        "doi(?:t|vent|vez)",
        "devr(?:a|ont|ez|ait|aient)",
        r"il\s+(?:vous\s+)?appartient",
        r"si\b[^.?!]{0,160}\b(?:nous|je)\s+(?:serons|serai|saisirons|saisirai|engagerons|engagerai)",
        "veuillez",
        r"merci\s+de",
        r"(?:je|nous)\s+vous\s+(?:demande|prie|remerci|mets|invite)\w*",
        "demandons",
        "prions",
        "invitons",
        "sollicitons",
        r"saurai[st]\s+gr[ée]",
        r"saurions\s+gr[ée]",
        r"vous\s+est\s+demand[ée]",
        r"mets?\s+en\s+demeure",
        r"exige\w*",
        r"[àa]\s+d[ée]faut",
        r"faute\s+de",
        # a court's operative words: "ORDONNONS"
        "ordonn(?:ons|e)",
        "enjoign(?:ons|ent)",
        "enjoint",
        "condamnons",
    ),
    "court_nouns": (
        r"Tribunal\s+(?:judiciaire|de\s+commerce|de\s+grande\s+instance|d['’]instance|administratif|de\s+première\s+instance|de\s+l['’]entreprise|civil)",
        r"Cour\s+(?:d['’]appel|de\s+cassation|administrative|supérieure)",
        r"(?:Président|Juge)\s+(?:du\s+tribunal|des\s+référés)",
        r"Justice\s+de\s+paix",
    ),
    "order_titles": (
        r"Ordonnance(?:\s+(?:de\s+référé|sur\s+requête|de\s+(?:la\s+)?\w+))?",
        "Jugement",
        "Arrêt",
    ),
    "police_nouns": (
        r"Police(?:\s+(?:nationale|judiciaire|locale|fédérale))?",
        r"Zone\s+de\s+police",
        r"Gendarmerie(?:\s+nationale)?",
        r"Parquet(?:\s+(?:de|du|général))?",
        r"Procureur(?:\s+du\s+Roi|\s+de\s+la\s+République)?",
        r"Brigade\s+\w+",
    ),
    "authority_nouns": (
        r"Autorit[ée]\s+\w+",
        r"Commission\s+\w+",
        r"Minist[èe]re\s+\w+",
        r"Direction\s+(?:générale|départementale|régionale)",
        r"Agence\s+\w+",
        "Médiateur",
        r"Défenseur\s+des\s+droits",
        r"Institut\s+(?:belge|national|luxembourgeois|fédéral)",
        r"Coordinat(?:eur|ion)\s+(?:pour|des)\s+(?:les\s+)?services\s+numériques",
        r"Service\s+public\s+fédéral",
        # Switzerland's federal administration: "Département fédéral de …", "Secrétariat d'État à …", "Office fédéral"
        r"Département\s+fédéral", r"Secrétariat\s+d['’]État", r"Office\s+fédéral",
    ),
    "law_firm_nouns": (
        r"Avocats?(?:\s+(?:au|à\s+la)\s+\w+)?",
        r"Cabinet\s+d['’]avocats",
        "SELARL",
        "AARPI",
        r"Société\s+d['’]avocats",
    ),
    "operative_headings": (
        r"par\s+ces\s+motifs",
        "ordonnons",
        "enjoignons",
        "condamnons",
    ),
    "reader_cues": (
        "vous",
        "votre",
        "vos",
        "r[ée]ponse",
    ),
    "report_cues": (
        r"a\s+[ée]t[ée]",
        r"avons\s+demand[ée]",
        "expir[ée]",
        r"courrier\s+du",
    ),
    "condition_words": (
        "si",
    ),
    "named_days": (
        (r"no[ëe]l", 1224), (r"(?:le\s+)?r[ée]veillon(?:\s+de\s+no[ëe]l)?", 1224),
        (r"(?:la\s+)?fin\s+(?:de\s+l['’]|d['’]|de\s+cette\s+)ann[ée]e", 1231),
    ),
    "order_made": (
        r"(?:ordonnance|jugement|d[ée]cision|arr[êe]t)\b[^.]{0,80}?\b(?:rendue?|prononc[ée]e?|en\s+date\s+du|dat[ée]e?\s+du)\b",
    ),
    "deadline_moves": (
        # "l'échéance est reportée au", "prolonger le délai jusqu'au"
        r"(?:report|prolong|repouss)\w*\s+(?:\w+\s+){0,2}?(?:l['’]|le\s+|la\s+|votre\s+|notre\s+)?"
        r"(?:[ée]ch[ée]ance|d[ée]lai|date(?:\s+(?:limite|butoir))?|terme)\s+(?:au|jusqu['’]au|à)",
        # the passive: "le délai est prorogé au", "l'échéance est reportée au"
        r"(?:[ée]ch[ée]ance|d[ée]lai|date(?:\s+limite)?)\s+(?:est|sera|a\s+été)\s+(?:\w+\s+)?(?:prorog|prolong|report|repouss)"
        r"[ée]e?\s+(?:au|jusqu['’]au)",
        # the noun: "une prolongation jusqu'au", "un report au"
        r"(?:une\s+|la\s+)?(?:prolongation|prorogation|report)(?:\s+du\s+d[ée]lai)?\s+(?:au|jusqu['’]au)",
    ),
    "not_applicable": (r"ne\s+s['’]applique(?:nt)?\s+pas", r"n['’]est\s+pas\s+applicable", r"inapplicable"),
    "absence_words": (
        r"absente?", r"en\s+cong[ée]s?", r"ferm[ée]e?s?", r"fermeture", r"de\s+retour\s+le", r"hors\s+du\s+bureau",
    ),
    "own_plans": (
        # le projet de l'auteur : "nous reviendrons vers vous d'ici le", "je compte vous écrire avant le"
        r"(?:nous|je)\s+(?:vous\s+)?(?:reviendr(?:ons|ai)|[ée]crir(?:ons|ai)|r[ée]pondr(?:ons|ai)|transmettr(?:ons|ai)|"
        r"comptons|compte|pensons|pense|pr[ée]voyons|pr[ée]vois)\b",
        # le camp de l'auteur : "notre cliente déposera ses conclusions avant le"
        r"(?:notre|mon|ma)\s+client(?:e)?\s+(?:d[ée]poser|signifier|produir|transmettr|entend|va)\w*",
        # the writer's own future: "je déposerai mes conclusions pour le", "nous signifierons avant le"
        r"(?:je|nous)\s+(?:vous\s+)?\w+(?:erai|erons|irai|irons|rai|rons)\b",
    ),
    "immediate_words": (
        r"imm[ée]diatement",
        r"sans\s+(?:aucun\s+)?d[ée]lai",
        r"sans\s+attendre",
        r"sur\s+le\s+champ",
        r"d[èe]s\s+(?:à\s+pr[ée]sent|maintenant)",
    ),
    "law_statements": (
        r"(?:conform[ée]ment\s+à|en\s+vertu\s+de|selon)\s+l['’]?(?:article|art\.)",
        r"(?:un|tout)\s+responsable\s+(?:du|de)\s+traitement",
        r"la\s+loi\s+(?:impose|pr[ée]voit|exige)",
    ),
    "acknowledgement_cues": (
        r"accus(?:er|ez)\s+r[ée]ception",
        r"accus[ée]\s+de\s+r[ée]ception",
        r"confirm\w*\s+(?:\w+\s+){0,2}?(?:la\s+)?(?:bonne\s+)?r[ée]ception",
    ),
    "empty_values": ("aucun(?:e)?", r"sans(?:\s+objet)?", r"néant"),
    "person_labels": (
        r"dossier\s+suivi\s+par",
        r"affaire\s+suivie\s+par",
        "interlocuteur",
        r"nom(?:\s+et\s+prénom|\s+complet)?",
        r"prénom\s+et\s+nom",
        # a form addressing the one who fills it: "Votre nom :", "Vos nom et prénom :"
        r"votre\s+(?:nom(?:\s+complet)?|identité)", r"vos\s+(?:nom\s+et\s+prénom|prénom\s+et\s+nom)",
        "exp[ée]diteur",
    ),
    "organisation_labels": (
        "société",
        "entreprise",
        "organisme",
    ),
    "email_labels": (
        "courriel",
        r"adresse\s+e-?mail",
    ),
    "date_labels": (
        "le",
        "fait le",
        "en date du",
        "date d'envoi",
    ),
    "received_stamps": (
        "re[çc]u",
    ),
    # the sender's reference (extract.parties.refshapes); class 3 their own, 2 a file number, 1 a bare word
    "reference_labels": (
        (r"(?:n/|notre\s+|nos\s+)r[ée]f(?:[ée]rence)?s?\.?", 3),
        (r"(?:notre|mon)\s+dossier(?:\s+n[°o]\.?)?", 3),
        # a court's roll number ("RG n°", "N° RG", "R.R. n°"), a procedure's, a police record's
        (r"(?:n[°o]|num[ée]ro)\.?\s*(?:de\s+|d['’]|du\s+)?(?:la\s+)?(?:proc[ée]dure|dossier|r[ôo]le|"
         r"(?-i:R\.?G\.?)|affaire|proc[èe]s[\s-]verbal|(?-i:PV)|notification|signalement|plainte|parquet)", 2),
        # a police or prosecutor's requisition, numbered: "Réquisition n° :", "Réquisition judiciaire n°"
        (r"R[ée]quisition(?:\s+judiciaire)?\s+n[°o]\.?", 2),
        (r"(?-i:R\.?[GR]\.?)(?:\s*n[°o]\.?)?", 2),
        (r"(?:R[ôo]le|Minute|R[ée]pertoire\s+g[ée]n[ée]ral)\s+n[°o]\.?", 2),
        # "enregistrée sous la référence X"
        (r"sous\s+(?:la\s+)?r[ée]f[ée]rence", 2),
        (r"(?:Affaire|Notification|Signalement|Plainte|Parquet|Proc[èe]s[\s-]verbal|(?-i:PV)|Proc[ée]dure)\s+n[°o]\.?",
         2),
        (r"Dossier(?:\s+n[°o]\.?)?", 2),
        (r"(?:identifiant|r[ée]f[ée]rence|num[ée]ro)\s+(?:de\s+(?:la\s+)?|du\s+)"
         r"(?:notification|signalement|dossier|plainte|proc[ée]dure)", 2),
        (r"r[ée]f(?:[ée]rence)?s?\.?(?:\s+n[°o]\.?)?", 1),
        (r"affaire", 1),
    ),
    "our_reference_labels": (
        r"(?:v/|votre\s+|vos\s+)r[ée]f(?:[ée]rence)?s?\.?",
    ),
}
