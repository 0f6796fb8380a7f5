"""Danish."""

from __future__ import annotations

from lexicon.schema import ReplyHeader

LEXICON: dict[str, object] = {
    "months": (
        ("januari",), ("februar",), ("marts",), ("april",), ("maj",), ("juni",), ("juli",), ("august",),
        ("september",), ("oktober",), ("november",), ("december",),
    ),
    "weekdays": (
        ("mandag", "man"), ("tirsdag", "tir"), ("onsdag", "ons"), ("torsdag", "tor"), ("fredag", "fre"),
        ("lørdag", "lør"), ("søndag", "søn"),
    ),
    "salutations": (r"k[æa]re", r"hej", r"goddag"),
    "signoffs": (
        r"Med\s+venlig(?:e|st)?\s+hils(?:en|ner)", r"Venlig(?:st)?\s+hilsen", r"(?:De\s+)?[Bb]edste\s+hilsner",
        r"Mvh\.?", r"Vh\.?", r"Hilsen", r"Kærlig\s+hilsen",
    ),
    "forwarded_markers": (r"Videresendt\s+(?:meddelelse|besked)",),
    "original_markers": (r"Oprindelig\s+(?:meddelelse|besked)", r"Original\s+meddelelse"),
    "forward_intros": (r"Start\s+på\s+videresendt\s+(?:besked|meddelelse)",),
    "reply_headers": (ReplyHeader(r"Den|D\.", "skrev", writer_after=True),),
    "header_from": ("Fra",),
    "header_sent": ("Sendt", "Dato"),
    "header_to": ("Til",),
    "header_subject": ("Emne",),
    "honorifics": ("Advokat", r"Cand\. ?jur", "[Hh]r", "[Ff]ru", "[Ff]rk"),
    "ranks": ("Politiassistent", "Politikommissær", "Kriminalassistent"),
    "legal_forms": ("A/S", "ApS", "I/S", "K/S", "P/S", "IVS"),
    "post_nominals": (r"\(H\)", r"\(L\)", r"cand\.\s?jur\.", r"LL\.\s?M\.?"),
    "degrees": (r"cand\.\s?(?:jur|merc|polit|scient)\.", r"lic\.\s?jur\."),
    "judicial_titles": (
        r"(?:konstitueret\s+)?dommer", "retsassessor", "dommerfuldmægtig", r"(?:vice)?retspræsident",
        r"(?:senior)?anklager", "politiadvokat", "statsadvokat",
    ),
    "clerk_titles": ("retssekretær", "kontorfuldmægtig"),
    "applicant_roles": (
        r"rekvirent(?:en)?", r"sagsøger(?:en)?", r"klager(?:en)?", r"appellant(?:en)?", r"ansøger(?:en)?",
    ),
    "respondent_roles": (r"rekvis(?:itus|itten)", r"sagsøgte", r"indklagede", r"modpart(?:en)?"),
    "institution_heads": (
        r"\w*[Bb]yret(?:ten)?", r"\w*[Ll]andsret(?:ten)?", r"Højesteret", r"Retten", r"\w*[Hh]andelsretten",
        r"\w*[Pp]oliti(?:et)?", r"\w+styrelsen", r"\w*[Tt]ilsynet", r"\w+ministeriet", r"\w+nævnet",
        r"\w*[Oo]mbudsmand(?:en)?", r"Anklagemyndigheden", r"\w*[Mm]yndighed(?:en)?",
    ),
    "court_heads": (
        r"\w*[Bb]yret(?:ten)?", r"\w*[Ll]andsret(?:ten)?", r"Højesteret", r"Retten", r"\w*[Hh]andelsretten",
        r"Fogedretten",
    ),
    "institution_links": (r"i", r"for", r"og", r"ved"),
    "signs_for_marks": (r"p\.\s?o\.", r"e\.\s?b\.", r"efter\s+bemyndigelse", r"sign\."),
    "business_roles": (r"(?:adm\.\s+)?direktør", r"indehaver", r"ejer", r"stifter", r"medejer", r"leder",
                       r"daglig\s+leder"),
    "proprietor_marks": (r"v/", r"indehaver", r"ejer"),
    "stopwords": tuple(
        "og det er en at til af på med som ikke har vi jeres de den for vores skal kan".split()
    ),
    "number_units": (
        ("en", 1), ("et", 1), ("to", 2), ("tre", 3), ("fire", 4), ("fem", 5), ("seks", 6), ("syv", 7), ("otte", 8),
        ("ni", 9), ("ti", 10), ("elleve", 11), ("tolv", 12), ("tretten", 13), ("fjorten", 14), ("femten", 15),
        ("seksten", 16), ("sytten", 17), ("atten", 18), ("nitten", 19),
    ),
    "number_tens": (
        ("tyve", 20), ("tredive", 30), ("fyrre", 40), ("fyrretyve", 40), ("halvtreds", 50), ("tres", 60),
        ("halvfjerds", 70), ("firs", 80), ("halvfems", 90),
    ),
    "deadline_cues": (
        (r"senest(?:\s+(?:den|d\.|på|inden))?|inden\s+(?:den|d\.)|fristen\s+(?:er|udløber)(?:\s+den)?|"
         r"frist\s+(?:til|indtil)(?:\s+den)?", 1.0),
        # "inden mødet den": the date of a meeting the reader's action must precede
        (r"f[øo]r", 0.8),
        (r"inden|innen", 0.85),  # "before"; "inden for" opens a period and never ends at a date
        (r"(?:f[øo]r|inden)\s+(?:mødet|opkaldet|samtalen|retsmødet|fornyelsen)\s+(?:den|d\.|på)", 0.85),
    ),
    "deadline_fillers": (
        "den", r"d\.", "til", "klokken", r"kl\.",
        "på", r"på\s+den", "middag", r"(?:dansk|lokal)\s+tid", "tid",
    ),
    "latest_markers": (r"senest",),
    "limit_nouns": (
        r"(?:\w+)?frist(?:en)?",
        "fristudløb",
    ),
    "limit_verbs": (
        "er",
        "udløber",
        "til",
        "indtil",
    ),
    "requested_by": (
        r"(?:ønskes|udbedes|forventes|kræves)\s+(?:senest|inden)",
        "senest",
    ),
    "weekday_cues": (
        "innen",
        "senest",
        "inden",
    ),
    "next_week_words": (r"(?:i\s+)?n[æa]ste\s+uge",),
    "coming_words": (
        "n[æa]ste",
        "på",
    ),
    "demand_cues": (
        # a polite request: "gerne senest på fredag"
        r"gerne\s+(?:senest|inden|før)",
        # a wish relayed or a limit set: "ejeren vil gerne have besked senest", "vi sætter en frist"
        r"vil\s+gerne\s+have\s+(?:et\s+|en\s+)?(?:svar|afgørelse|besked|tilbagemelding)",
        r"s[æa]tter\s+(?:hermed\s+)?(?:en\s+)?\w*frist",
        # en bøn som tak eller ønske: "på forhånd tak for svar senest", "det ville være dejligt, hvis"
        r"p[åa]\s+forh[åa]nd\s+tak",
        r"det\s+ville\s+v[æa]re\s+(?:super|dejligt|fint|godt|skønt|en\s+hjælp)",
        # a wish stated: "vi vil gerne have en afgørelse"
        r"(?:vi|jeg)\s+vil\s+gerne\s+(?:have|bede)",
        r"(?:vi|jeg)\s+ønsker",
        # obligation in the passive or the third person
        "bedes",
        "b[øo]r",
        r"m[åa]\s+(?:jeres|Deres|svaret|oplysningerne)",
        r"hvis\b[^.?!]{0,160}\bvil\s+(?:vi|jeg)",
        "bedes",
        "beder",
        "venligst",
        r"anmod\w*",
        "kræver",
        "forventer",
        "imødeser",
        "skal",
        r"i\s+modsat\s+fald",
        "medmindre",
        "ellers",
        # a court's operative words: "pålægges"
        "p[åa]l[æa]gges",
        "tilpligtes",
    ),
    "court_nouns": (
        r"(?:By|Lands|Sø-\s+og\s+Handels|Højeste\s*)ret(?:ten)?",
        r"Retten\s+i\s+\w+",
        r"Østre\s+Landsret",
        r"Vestre\s+Landsret",
    ),
    "order_titles": (
        "Kendelse",
        "Dom",
        "Retsbog",
        "Påbud",
    ),
    "police_nouns": (
        r"\w*[Pp]oliti(?:kreds|et)?\w*",
        r"Anklagemyndighed\w*",
        r"Statsadvokat\w*",
        "Rigspolitiet",
    ),
    "authority_nouns": (
        r"\w+styrelsen",
        r"\w*[Tt]ilsynet",
        r"\w+ministeriet",
        r"\w+nævnet",
        r"(?:[\w-]+\s+)?[Oo]mbudsmand(?:en)?",
        r"\w*[Mm]yndighed(?:en)?",
        r"\w+rådet",
    ),
    "law_firm_nouns": (
        r"Advokat\w*",
        r"Advokatfirma\w*",
        "Advokatpartnerselskab",
    ),
    "operative_headings": (
        r"thi\s+(?:bestemmes|kendes\s+for\s+ret)",
        "p[åa]l[æa]gges",
    ),
    "reader_cues": (
        "jer",
        "jeres",
        "deres",
        "svar",
        "frist",
    ),
    "report_cues": (
        "udl[øo]b",
        "var",
        "blev",
        "bad",
        r"brev\s+af",
    ),
    "condition_words": (
        "hvis",
    ),
    "named_days": (
        (r"jul(?:eaften)?", 1224), (r"nyt[åa]rsaften", 1231), (r"[åa]rets\s+udgang", 1231),
        (r"udgangen\s+af\s+[åa]ret", 1231),
    ),
    "order_made": (
        r"(?:kendelse|dom|afg[øo]relse|forbud)\w*\b[^.]{0,80}?\b(?:afsagt|afsagde|dateret|truffet)\b",
    ),
    "deadline_moves": (
        # "vi forlænger fristen til", "udsætte svarfristen til"
        r"(?:forl[æa]ng|uds[æa]t|udskyd)\w*\s+(?:\w+\s+){0,2}?\w*frist(?:en)?\s+(?:til|indtil)(?:\s+den)?",
        # the passive: "svarfristen forlænges til"
        r"\w*frist(?:en)?\s+(?:forl[æa]ng|udskyd|uds[æa]tt)\w*\s+(?:\w+\s+){0,2}?(?:til|indtil)(?:\s+den)?",
        # the noun: "vi kan acceptere en forlængelse til onsdag den"
        r"(?:en\s+)?(?:forl[æa]ngelse|udsættelse)(?:\s+af\s+\w*fristen)?\s+(?:til|indtil)(?:\s+den)?",
    ),
    "not_applicable": (r"finder\s+ikke\s+anvendelse", r"g[æa]lder\s+ikke", r"er\s+ikke\s+anvendelig"),
    "absence_words": (
        r"frav[æa]rende", r"p[åa]\s+ferie", r"lukket", r"tilbage\s+(?:p[åa]\s+kontoret\s+)?den",
        r"ikke\s+p[åa]\s+kontoret",
    ),
    "own_plans": (
        # afsenderens egen plan: "vi forventer at kunne vende tilbage senest", "jeg vil skrive igen inden"
        r"(?:vi|jeg)\s+(?:forventer\s+at\s+(?:kunne|have|modtage)|"
        r"vil\s+(?:\w+\s+){0,2}?(?:vende\s+tilbage|skrive|svare|sende|fremsende))",
        # afsenderens side i sagen: "vores klient vil indlevere sit svar senest"
        r"(?:vores|min)\s+klient\s+(?:vil|agter\s+at|forventer\s+at)",
    ),
    "immediate_words": (
        "straks", r"omg[åa]ende", r"uden\s+(?:yderligere\s+)?(?:ophold|forsinkelse)", r"med\s+det\s+samme",
    ),
    "law_statements": (
        r"(?:efter|if[øo]lge|i\s+henhold\s+til)\s+(?:artikel|art\.|§|databeskyttelses\w+|GDPR|loven)",
        r"(?:en|enhver)\s+dataansvarlig",
        r"loven\s+(?:kræver|siger)",
    ),
    "acknowledgement_cues": (
        "kvitter",
        r"bekr[æa]ft\w*\s+(?:\w+\s+){0,2}?modtagelsen",
    ),
    "empty_values": ("ingen", r"ikke\s+relevant"),
    "person_labels": (
        "underskrift",
        "signatur",
        "sagsbehandler",
        "kontaktperson",
        "navn",
        r"fulde\s+navn",
        # a form addressing the one who fills it: "Dit navn:", "Dit fulde navn:"
        r"(?:dit|jeres)\s+(?:fulde\s+)?navn",
        "afsender",
    ),
    "organisation_labels": (
        "virksomhed",
        "organisation",
        "myndighed",
        "politikreds",
    ),
    "email_labels": (
        "mail",
    ),
    "date_labels": (
        "dato",
    ),
    "received_stamps": (
        "modtaget",
    ),
    # the sender's reference (extract.parties.refshapes); class 3 their own, 2 a file number, 1 a bare word
    "reference_labels": (
        (r"(?:vores|min)\s+(?:ref(?:erence)?|j\.?\s?nr|journal(?:nummer|nr)|sags?nr|sagsnummer|sag)\.?", 3),
        (r"Sagsnr\.?|Sagsnummer|J\.\s?nr\.?|Journal\s?nr\.?|Journalnummer|(?-i:Sag)(?:\s+nr\.?)?|"
         r"Reference(?:nr\.?|nummer)|"
         r"Anmeldelses-?(?:ID|nr\.?)|Rettens\s+(?:j\.?\s?nr|sagsnr)\.?", 2),
    ),
    "our_reference_labels": (
        r"(?:deres|jeres)\s+(?:ref(?:erence)?|j\.?\s?nr|journal(?:nummer|nr)|sags?nr)\.?",
    ),
}
