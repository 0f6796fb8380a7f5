"""English. Irish letters in English (their Irish sign-off) and the English-speaking world's
company forms are here too."""

from __future__ import annotations

from lexicon.schema import ReplyHeader

LEXICON: dict[str, object] = {
    "months": (
        ("january", "jan."), ("february", "feb."), ("march", "mar."), ("april", "apr."), ("may",),
        ("june", "jun."), ("july", "jul."), ("august", "aug."), ("september", "sep.", "sept."),
        ("october", "oct."), ("november", "nov."), ("december", "dec."),
    ),
    "weekdays": (
        ("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thur", "thurs"),
        ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun"),
    ),
    "salutations": (
        r"dear", r"hi", r"hello", r"hey", r"good\s+(?:morning|afternoon|evening)",
        r"to\s+whom(?:\s+it\s+may\s+concern)?",
    ),
    "signoffs": (
        r"Yours\s+(?:very\s+)?(?:faithfully|sincerely|truly)", r"(?:Very\s+)?truly\s+yours",
        r"Sincerely(?:\s+yours)?", r"Respectfully(?:\s+(?:yours|submitted))?",
        r"(?:With\s+)?(?:Kind|Kindest|Best|Warm|Warmest|Many)\s+(?:regards|wishes|thanks)",
        r"Regards", r"Best", r"All\s+the\s+best", r"Thanks(?:\s+(?:again|in\s+advance|and\s+regards))?",
        r"Thank\s+you", r"Cheers",
        # Irish letters in English: "Is mise le meas" = "Yours faithfully"
        r"(?:Is\s+mise\s+)?le\s+meas",
        r"By\s+(?:order(?:\s+of\s+the\s+court)?|the\s+court)",
    ),
    "forwarded_markers": (r"Forwarded\s+message",),
    "original_markers": (r"Original\s+Message",),
    "forward_intros": (r"Begin\s+forwarded\s+message",),
    "reply_headers": (ReplyHeader("On", r"wrote|writes"),),
    "header_from": ("From",),
    "header_sent": ("Sent", "Date"),
    "header_to": ("To",),
    "header_subject": ("Subject",),
    "honorifics": (
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Esq",
    ),
    "ranks": (
        "DC", "DS", "DI", "DCI", "DSU", "DSI", "PC", "PS", "Sgt", "Insp", "Inspector", "Det", "Detective",
        "Constable", "Sergeant", "Superintendent", "Officer", "Ch", "Chief", "Cpl", "Corporal", "Cst", "Const",
        "Supt", r"S/Sgt", "Snr",
        # Commonwealth and US forces: "ASP" (Assistant Superintendent), "Sr Insp", "Deputy", "Sheriff"
        "ASP", "DSP", "SP", "ACP", "SI", "Sr", "Deputy", "Sheriff", "Trooper", "Agent", r"Special\s+Agent",
        "Lieutenant", "Lt", "Captain", "Capt", "Investigator",
        r"(?:Leading\s+)?Senior\s+Constable", r"Senior\s+Sergeant", r"Probationary\s+Constable",
    ),
    "legal_forms": (
        r"Ltd\.?", "Limited", "LLP", r"L\.L\.P\.", "LLC", r"L\.L\.C\.", "PLLC", r"P\.L\.L\.C\.", r"P\.C\.", "LP",
        "PLC", "plc", r"Inc\.?", "Incorporated", r"Corp\.?", "Corporation",
        # "Co." ends a company's name ("Smith & Co."), but "Co." before an Irish county's name is part of an address
        r"Co\.(?![ \t]+(?!(?:Ltd|Limited|Inc|LLC|KG)\b)[A-Z][a-z])",
        "Pty", "CLG", "DAC", "CIC",  # Australia; Ireland; a UK community interest company
    ),
    "post_nominals": (
        r"LL\.?B\.?", r"LL\.?M\.?", r"LL\.?D\.?", r"B\.?A\.?", r"M\.?A\.?", r"B\.?Sc\.?", r"M\.?Sc\.?", "BCL", "BL",
        "SC", r"K\.?C\.?", r"Q\.?C\.?", r"Ph\.?D\.?", "DPhil", "MBA", r"J\.?D\.?", r"Esq\.?", r"Jr\.?", r"Sr\.?",
        "BComm", "MSt", "PGDip", "DipLP", "DipL", "NP", "TEP", "FCIArb", "MCIArb", "ACIArb", "FCA", "ACA", "ACCA",
        "CPA", r"CIPP/[A-Z]+", "CIPM", "CIPT", "MRICS", "FRICS", "MPSI", "MPharm", "MCIPD", "FCIPD", "MBE", "OBE",
        "CBE", "MP", "JP", r"Solicitor[- ]Advocate",
        r"\((?:Hons|Oxon|Cantab|Lond|Pharm|Dubl|Econ)\.?\)", "Hons",
    ),
    "degrees": (r"Prof\.", r"Dr\.\s?h\.\s?c\.",),
    "judicial_titles": (
        r"(?:The\s+)?(?:Right\s+)?(?:Honourable|Honorable|Hon\.?)(?:\s+(?:Mr|Mrs|Ms|Madam|Lord|Lady))?(?:\s+Justice)?",
        r"(?:Mr|Mrs|Ms|Madam|Lord|Lady)\s+Justice", r"(?:Chief\s+)?Justice",
        r"(?:His|Her)\s+Honou?r\s+Judge",
        r"(?:United\s+States\s+)?(?:District|Circuit|Magistrate|Deputy|Senior)\s+Judge",
        "Judge", r"(?:Deputy\s+|Chief\s+)?Master", r"(?:Assistant\s+|Local\s+|Deputy\s+|District\s+)?Registrar",
        r"(?:Senior\s+)?(?:Crown\s+)?Prosecutor",
    ),
    "clerk_titles": (r"(?:Deputy\s+)?(?:Court\s+)?Clerk(?:\s+of\s+(?:the\s+)?Court)?",),
    "applicant_roles": (
        r"(?:Intended\s+)?(?:Applicant|Claimant|Plaintiff|Petitioner|Appellant|Pursuer|Moving\s+Party)s?",
    ),
    "respondent_roles": (
        r"(?:Non-Party\s+|Proposed\s+|First\s+|Second\s+)?(?:Respondent|Defendant|Defender)s?",
        r"Third\s+Part(?:y|ies)",
    ),
    "institution_heads": (
        "Court", "Tribunal", "Police", r"Police\s+Service", "Constabulary", "Garda", "Commission", "Commissioner",
        "Authority", "Ombudsman", "Ministry", "Department", "Agency", "Office", "Directorate", "Inspectorate",
        "Regulator", r"Prosecution\s+Service", r"Prosecutor['’]?s\s+Office", "Bureau", "Council", "Coordinator",
    ),
    "court_heads": (r"Court", r"Tribunal"),
    "institution_links": (r"of(?:\s+the)?", r"for(?:\s+the)?", r"at", r"in", r"and"),
    "signs_for_marks": (
        r"p\.\s?p\.", r"pp\.?", r"per\s+pro(?:curationem)?\.?", r"signed:?", r"sgd\.?", r"\((?:signed|sgd\.?)\)",
    ),
    "business_roles": (r"owner", r"co-?owner", r"(?:managing\s+)?director", r"founder", r"co-?founder", r"CEO", r"MD",
                       r"(?:general\s+|practice\s+|office\s+)?manager", r"proprietor", r"principal", r"partner"),
    "proprietor_marks": (r"prop\.", "proprietor", "owner", r"t/a"),
    "stopwords": tuple(
        "the and of to in that is for this with you your we our have are be on not by please".split()
    ),
    "number_units": (
        ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
        ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13),
        ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18),
        ("nineteen", 19),
    ),
    "number_tens": (
        ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70),
        ("eighty", 80), ("ninety", 90),
    ),
    "deadline_cues": (
        (r"(?:by\s+)?(?:no|not)\s+later\s+than|at\s+the\s+latest\s+(?:by|on)|on\s+or\s+before", 1.0),
        (r"(?:response|reply|answer|action|information|compliance)\s+(?:is\s+)?(?:required|requested|due|needed)"
         r"\s+(?:by|before|on)|deadline(?:\s+for\s+(?:\w+\s+){0,3}?is|\s+(?:is|of|set\s+(?:at|for)))?|"
         r"due\s+(?:by|on)|"
         r"return\s+date", 1.0),
        # the writer waits for a reply until then: "awaiting your reply by"
        (r"(?:wait(?:ing)?|await(?:ing)?|expect(?:ing)?)\s+(?:for\s+)?(?:\w+\s+){0,2}(?:answer|reply|response|news)"
         r"\s+(?:until|till|by|before|not\s+later\s+than)", 1.0),
        (r"by", 0.9),
        (r"before", 0.85),
        # the date of a meeting the reader's action must precede: "before the renewal call on"
        (r"before\s+(?:the|your|our|their|my|his|her|this|next)\s+(?:[\w-]+\s+){0,3}?(?:call|meeting|renewal|"
         r"review|launch|hearing|appointment|visit|presentation|conference|event|session)\s+(?:on|at)", 0.85),
        (r"(?:have|has|giv(?:e|en|ing)|allow(?:s|ed|ing)?|grant(?:s|ed|ing)?)(?:\s+(?:you|us|them|your\s+\w+))?"
         r"\s+(?:until|till)", 0.9),
        (r"until|till", 0.45),  # "suspended until", "remains until": seldom a demand on its own
    ),
    "named_days": (
        (r"christmas(?:\s+eve)?", 1224), ("xmas", 1224), (r"new\s+year['’]?s\s+eve", 1231),
        (r"(?:the\s+)?end\s+of\s+(?:the|this)\s+year", 1231), (r"year[- ]end", 1231),
    ),
    "deadline_fillers": (
        "the", "on", "at", "of", "noon", "midday", "midnight", r"close\s+of\s+(?:business|play)", "cob", "eod",
        r"end\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day",
        r"(?:uk|gmt|bst|cet|cest|utc|london|local)(?:\s+time)?", "time",
        "this", "coming", "next", r"close\s+of\s+(?:business|play)", r"(?:[a-z]+\s+)?time", "gmt", "bst", "cet",
        "cest", "utc", "edt", "pst", "aest", "aedt", r"end\s+of\s+play", "eop", r"close\s+of\s+day",
    ),
    "latest_markers": (r"at\s+the\s+latest",),
    "limit_nouns": (
        r"final\s+date",
        r"last\s+date",
        r"latest\s+date",
        r"closing\s+date",
        r"cut-?off(?:\s+date)?",
        "deadline",
        r"time\s+limit",
        r"due\s+date",
    ),
    "limit_verbs": (
        "is",
        r"will\s+be",
        r"expires?(?:\s+on)?",
        r"ends?(?:\s+on)?",
        r"falls\s+on",
    ),
    "requested_by": (
        r"(?:required|requested|needed|expected|due|wanted)\s+(?:by|before|on|no\s+later\s+than)",
    ),
    "weekday_cues": (
        "by",
        "before",
        "until",
    ),
    "next_week_words": (r"(?:of\s+)?next\s+week",),
    "coming_words": (
        "this",
        "next",
        "coming",
    ),
    "demand_cues": (
        # a polite request: "ideally by Friday", "I'd be glad if it were sorted by"
        r"(?:ideally|preferably|if\s+possible)",
        r"(?:I|we)(?:['’]d|\s+would)\s+be\s+(?:glad|happy|pleased)",
        # a wish stated: "we would like a decision by"
        r"(?:we|i)(?:['’]d|\s+would)\s+like",
        r"(?:we|i)\s+want",
        # a need or a court's direction: "we need the warning taken off", "THE COURT ORDERS THAT"
        r"(?:we|i)\s+(?:really\s+|urgently\s+|now\s+)?need",
        r"orders?\s+that",
        r"(?:is|are)\s+(?:hereby\s+)?directed\s+to",
        # obligation in the passive or the third person
        r"(?:is|are)\s+to\s+be",
        r"(?:must|should|shall|needs?\s+to)\s+be",
        "please",
        "kindly",
        r"we\s+(?:therefore\s+|now\s+|hereby\s+|also\s+)?(?:require|request|ask|demand|expect|invite|call\s+upon|look\s+forward)",
        # a wish relayed or a limit set: "the owner wants a reply by", "I set a deadline of"
        r"(?:want|wants|need|needs|expect|expects)\s+(?:an?\s+|the\s+|our\s+|your\s+)?(?:answer|reply|response|decision|update)",
        r"(?:set|give|allow)\s+(?:you\s+)?(?:a\s+)?(?:deadline|time\s+limit)",
        # a request put as thanks or as a wish: "thank you in advance for your reply by", "it would be great if"
        r"thank\s+you\s+(?:in\s+advance\s+)?for\s+(?:your\s+|a\s+)?(?:reply|response|answer|confirmation|assistance)",
        r"(?:would|['’]d)\s+be\s+(?:great|good|helpful|brilliant|lovely|ideal|grateful)\s+if",
        r"i\s+(?:would\s+|therefore\s+|now\s+)?(?:want|ask|expect|request|need|require)",
        r"i['’]d\s+like",
        "must",
        "shall",
        r"(?:can|could|would|will)\s+(?:you|someone|somebody)",
        "grateful",
        "appreciate",
        r"requires?\s+you",
        # an authority asks in the third person: "the Commissioner requests"
        "requests",
        "asks",
        "invites",
        r"(?:is|are)\s+(?:required|requested|asked|invited)\s+to",
        # the passive without "to": "your response is requested no later than", "a reply is expected by"
        r"(?:is|are)\s+(?:hereby\s+|therefore\s+)?(?:requested|required|expected)\s+(?:by|before|no\s+later|not\s+later|on|within)",
        # a wish relayed by a colleague: "they've asked for an answer by", "the owner has asked us to"
        r"(?:they|he|she)(?:['’]ve|\s+have|\s+has|['’]s)?\s+asked\s+(?:for|us|me|that|to)",
        r"let\s+(?:me|us)\s+(?:have|know)",
        "unless",
        "failing",
        "otherwise",
        r"in\s+the\s+absence\s+of",
        # a condition and a threat: "if I haven't had an answer within 10 days I'll complain"
        r"if\b[^.?!]{0,160}\b(?:i|we)(?:['’]ll|\s+will|\s+shall)",
        # a court's operative words order the reader: "IT IS ORDERED"
        r"(?:is|are)\s+(?:hereby\s+)?ordered",
        r"it\s+is\s+ordered",
        # the writer waits for the answer: "we await your reply"
        r"(?:i|we)\s+(?:am\s+|are\s+|will\s+|shall\s+)?(?:wait(?:ing)?|await(?:ing)?)\b(?:\s+for)?",
    ),
    "court_nouns": (
        r"(?:Supreme|High|District|Federal|Superior|County|Circuit|Magistrates['’]?|Crown|Family|Appeal|Appellate|Provincial|Sheriff|Commercial|Circuit)\s+Court",
        r"Court\s+of\s+(?:Appeal|Session|Justice|King['’]s\s+Bench|Queen['’]s\s+Bench|First\s+Instance|Common\s+Pleas)",
        r"(?:King['’]s|Queen['’]s|Chancery)\s+(?:Bench\s+)?Division",
        r"[A-Z][a-z]+\s+Tribunal",
    ),
    "order_titles": (
        r"(?:SEALED\s+|GENERAL\s+FORM\s+OF\s+|FINAL\s+|INTERIM\s+)?(?:ORDER|JUDGMENT|INJUNCTION|DECREE)(?:\s+(?:FOR|OF|GRANTING)\b.*)?",
        "ORDERS?",
    ),
    "police_nouns": (
        r"Police(?:\s+(?:Service|Force|Department|Scotland))?",
        "Constabulary",
        "Garda",
        r"Sheriff['’]s\s+Office",
        r"(?:Public\s+|District\s+|Crown\s+)?Prosecutor['’]?s?(?:\s+Office)?",
        r"Crime\s+Agency",
        r"Mounted\s+Police",
        r"Bureau\s+of\s+Investigation",
        r"(?:District|County|State['’]s|Prosecuting)\s+Attorney(?:['’]s\s+Office)?",
    ),
    "authority_nouns": (
        r"Office\s+of\s+the\s+(?:[\w-]+\s+){0,4}?(?:Commissioner|Ombudsman|Regulator)",
        r"(?:[\w-]+\s+){0,3}?(?:Commissioner|Ombudsman|Regulator)(?:['’]s\s+Office)?",
        r"(?:[\w-]+\s+){1,4}?(?:Authority|Commission|Agency|Inspectorate)",
        r"(?:Ministry|Department)\s+(?:of|for)\s+\w+",
        r"(?:Office\s+of\s+the\s+)?(?:State\s+)?Attorney\s+General",
        r"Trading\s+Standards",
        r"Digital\s+Services\s+Coordinator|Coordinator\s+for\s+Digital\s+Services",
    ),
    "law_firm_nouns": (
        "Solicitors?",
        "LLP",
        # not an Attorney General's office, nor a District Attorney's: public offices
        r"(?<!District\s)(?<!County\s)(?<!State['’]s\s)Attorneys?(?!\s+General|['’]s\s+Office)(?:\s+at\s+Law)?",
        "Barristers?",
        r"Law\s+(?:Firm|Offices?|Group|Chambers)",
        "Lawyers",
        r"Legal\s+(?:Services|Practice)",
    ),
    "operative_headings": (
        r"(?:the\s+)?court\s+(?:hereby\s+)?orders?(?:\s+that)?",
        r"it\s+is\s+(?:hereby\s+)?ordered(?:\s+that)?",
        r"orders?\s+(?:as\s+follows|that)",
        r"(?:is|are)\s+ordered\s+to",
    ),
    "reader_cues": (
        "you",
        "your",
        "i",
        "reply",
        "respond",
        "response",
        "answer",
        "confirm",
        "confirmation",
        "hear",
    ),
    "report_cues": (
        "was",
        "were",
        "went",
        "had",
        "expired",
        "elapsed",
        "lapsed",
        "asked",
        "requested",
        "gave",
        "told",
        r"may\s+apply",
        r"can\s+apply",
        r"liberty\s+to\s+apply",
        r"(?:letter|email|e-mail)\s+(?:of|dated)",
    ),
    "condition_words": (
        "if",
        "unless",
    ),
    "order_made": (
        r"(?:order|judgment|injunction)\b[^.]{0,80}?\b(?:made|granted|dated|issued|pronounced|sealed|handed\s+down)\b",
        r"(?:granted|made|issued|pronounced)\s+(?:the|an|this|that)\s+(?:order|injunction|judgment)",
    ),
    "deadline_moves": (
        # "we are prepared to extend the deadline to", "postpone the date until"
        r"(?:extend|extending|extended|move|moving|postpon\w+|push\w*\s+back)\s+(?:\w+\s+){0,2}?"
        r"(?:deadline|time\s+limit|period|date|time(?:\s+for\s+(?:\w+\s+){0,2}?\w+)?)\s+(?:to|until|till)",
        # "an extension of time until", "a further extension to"
        r"(?:an?\s+)?(?:further\s+)?extension(?:\s+of\s+time)?\s+(?:to|until|till)",
        # the passive: "the deadline is (hereby) extended to"
        r"(?:deadline|time\s+limit|date)\s+(?:is|has\s+been|will\s+be)\s+(?:\w+\s+)?(?:extended|moved|postponed)\s+"
        r"(?:to|until|till)",
    ),
    "not_applicable": (
        r"do(?:es)?\s+not\s+apply", r"(?:is|are)\s+not\s+applicable", r"(?:has|have)\s+no\s+application",
    ),
    "absence_words": (
        r"out\s+of\s+(?:the\s+)?office", r"on\s+(?:annual\s+|parental\s+|sick\s+)?leave",
        r"away\s+from\s+(?:the\s+|my\s+)?(?:office|desk)",
        r"(?:office|offices|practice|firm)\s+(?:is|are|will\s+be)\s+closed", r"closed\s+(?:from|between|over)",
        r"back\s+(?:in\s+the\s+office\s+)?on", r"returning\s+on", r"limited\s+access\s+to\s+(?:my\s+)?e-?mail",
    ),
    "own_plans": (
        # the writer's own plan: "we expect to have her instructions by", "I would expect to be able to
        # write again by", "we will revert by", "we intend to file by"
        r"(?:expect|hope|intend|plan|aim|propose)\s+to\s+(?:have|be\s+able|write|revert|respond|reply|come\s+back|"
        r"receive|get|provide|send|file|take|be\s+in\s+a\s+position)",
        r"(?:we|i)\s+(?:will|shall|['’]ll)\s+(?:\w+\s+){0,2}?(?:write|revert|respond|reply|come\s+back|be\s+in\s+touch|"
        r"send|provide|file|update)",
        # the writer's side in a case: "our client will file any evidence in reply by"
        r"(?:our|my)\s+clients?\s+(?:will|shall|intends?\s+to|proposes?\s+to|expects?\s+to)\s+(?:\w+\s+){0,2}?"
        r"(?:file|serve|lodge|issue|apply|submit|send|provide)",
    ),
    "immediate_words": (
        r"immediately", "forthwith", r"without\s+(?:any\s+(?:further\s+)?)?delay", r"at\s+once", r"straight\s+away",
    ),
    "law_statements": (
        r"under\s+(?:article|art\.|section|s\.|regulation|rule)\s*\d",
        r"(?:in\s+accordance\s+with|pursuant\s+to|according\s+to)\s+(?:article|art\.|section)",
        r"(?:a|any|every)\s+(?:data\s+)?controller",
        r"under\s+(?:the\s+)?(?:uk\s+|eu\s+)?gdpr",
        r"the\s+law\s+(?:requires|says|provides)",
        r"(?:is|are)\s+required\s+by\s+law",
    ),
    "acknowledgement_cues": (
        "acknowledge",
        "acknowledgement",
        r"confirm\s+receipt",
        r"confirm\s+(?:\w+\s+){0,3}?(?:received|receipt\s+of)",
    ),
    "empty_values": ("none", r"n/?a", "nil", r"not\s+applicable", r"no\s+organi[sz]ation"),
    "person_labels": (
        r"full\s+name",
        r"your\s+(?:full\s+)?name",
        r"name(?:\s+of\s+(?:notifier|complainant|sender|requester|applicant))?",
        "notifier",
        "complainant",
        "from",
        r"contact(?:\s+person)?",
        r"requesting\s+officer",
        r"officer(?:\s+in\s+(?:charge|the\s+case))?",
        r"investigating\s+officer",
        r"case\s+officer",
        r"signature\s*\(typed\)",
        r"typed\s+signature",
        "signed",
        "signature",
    ),
    "organisation_labels": (
        r"organi[sz]ation(?:\s*\(optional\))?",
        r"company(?:\s+name)?",
        r"business(?:\s+name)?",
        "firm",
        "force",
        r"police\s+force",
        "authority",
        "employer",
        r"on\s+behalf\s+of\s+organi[sz]ation",
    ),
    "email_labels": (
        r"e-?mail(?:\s+address)?",
        r"your\s+e-?mail",
    ),
    "date_labels": (
        "date(?:d)?(?: this| of (?:letter|request|notice))?",
    ),
    "received_stamps": (
        "received",
        "scanned",
        "stamp",
    ),
    # the sender's reference (extract.parties.refshapes); class 3 their own, 2 a file number, 1 a bare word
    "reference_labels": (
        (r"(?:our|my)\s+(?:(?:crime|case|file|matter|client|internal|complaint|incident|claim)\s+)?"
         r"ref(?:erence)?(?:\s+(?:no|number|id|#))?\.?", 3),
        (r"(?:our|my)\s+(?:crime|case|file|matter|claim)\s+(?:no|number|id|#)\.?", 3),
        (r"(?:our|my)\s+(?:file|matter)", 3),
        (r"(?:crime|incident|occurrence)(?:\s*/\s*(?:crime|incident))?\s+"
         r"(?:ref(?:erence)?(?:\s+(?:no|number))?|number|no|#)\.?", 2),
        (r"(?:court\s+)?(?:case|matter|file|complaint|claim|record|index|docket|action|notice|notification|report|"
         r"investigation|inquiry|enquiry|request|submission)\s+(?:ref(?:erence)?(?:\s+(?:no|number))?|number|no|id|#)\.?",
         2),
        # "please quote reference X": the reference the writer goes by
        (r"quot(?:e|ing)\s+(?:the\s+)?ref(?:erence)?(?:\s+(?:no|number))?\.?", 2),
        (r"court\s+ref(?:erence)?\.?", 2),
        # a UK police force's unique reference number
        (r"(?-i:URN)", 2),
        (r"ref(?:erence)?(?:\s+(?:no|number|id|#))?\.?", 1),
        # "Case: 2:26-cv-01234": with a colon only
        (r"case|matter|claim|file", 1),
    ),
    "our_reference_labels": (
        r"your\s+(?:(?:case|file|complaint|ticket)\s+)?ref(?:erence)?s?(?:\s+(?:no|number))?\.?",
        r"your\s+(?:case|file|ticket)\s+(?:no|number)\.?",
    ),
    "reference_foreign_qualifiers": (
        r"reviews?", "reviewer", "customer", "user", "account", "member(?:ship)?", "order", "invoice", "booking",
        "transaction", "payment", "ticket", "content", "listing", "profile", "tracking", "parcel", "policy",
        "VAT", "company", "registration",
    ),
}
