"""German (Germany, Austria, Switzerland)."""

from __future__ import annotations

from lexicon.schema import ReplyHeader

# "Grüße", "Gruesse", "Grüßen": how the sign-offs spell their greeting
_GR = r"Gr(?:ü|ue)(?:ß|ss)(?:e|en)?"

LEXICON: dict[str, object] = {
    "months": (
        ("januar", "jänner", "jaenner"), ("februar",), ("märz", "maerz", "mär.", "mrz."), ("april",), ("mai",),
        ("juni",), ("juli",), ("august",), ("september",), ("oktober", "okt."), ("november",),
        ("dezember", "dez."),
    ),
    # the two-letter short forms ("Mo", "Di") count only with a following comma (extract.time.dates)
    "weekdays": (
        ("montag", "mo"), ("dienstag", "di"), ("mittwoch", "mi"), ("donnerstag", "do"), ("freitag", "fr"),
        ("samstag", "sonnabend", "sa"), ("sonntag", "so"),
    ),
    "salutations": (r"sehr\s+geehrte", r"liebe", r"lieber", r"hallo", r"guten\s+tag"),
    "signoffs": (
        rf"Mit\s+(?:den\s+)?(?:freundlichen|besten|kollegialen|freundlichem)\s+{_GR}",
        rf"(?:Freundliche|Viele|Beste|Herzliche|Liebe)\s+{_GR}",
        r"Hochachtungsvoll", r"MfG", r"Gruß",
    ),
    "forwarded_markers": (r"Weitergeleitete\s+Nachricht",),
    "original_markers": (r"Ursprüngliche\s+Nachricht", r"Originalnachricht"),
    "forward_intros": (r"Anfang\s+der\s+weitergeleiteten\s+Nachricht",),
    "reply_headers": (ReplyHeader("Am", "schrieb", writer_after=True),),
    "header_from": ("Von",),
    "header_sent": ("Gesendet", "Datum"),
    "header_to": ("An",),
    "header_subject": ("Betreff",),
    "honorifics": (
        "Herr", "Herrn", "Frau", "Hr", "Fr", "RA", "RAin", "Rechtsanwalt", "Rechtsanwältin", "Notar", "Notarin",
    ),
    "ranks": ("Kriminalkommissar", "Kriminalhauptkommissar", "KHK", "KK", "KOK", "POK", "PHK",
              # Austria's and Liechtenstein's police ranks
              "Korporal", "Wachtmeister",
              "Gruppeninspektor", "Bezirksinspektor", "Revierinspektor",
              # and their abbreviations: "BezInsp", "GrInsp", "RevInsp", "KontrInsp", "ChefInsp", "AbtInsp"
              "BezInsp", "GrInsp", "RevInsp", "KontrInsp", "ChefInsp", "AbtInsp"),
    "legal_forms": (
        "GmbH", "gGmbH", "mbH", "mbB", "AG", "KG", "KGaA", "SE", "UG", r"e\.\s?V\.", r"e\.\s?K\.", "eG", "PartG",
        "PartGmbB", "OHG", "GbR",
        # Austria: "OG" (offene Gesellschaft), "KEG"
        r"(?<=[^\W\d] )OG", "KEG",
    ),
    "post_nominals": (
        r"LL\.\s?M\.(?:\s?\([^)]{1,20}\))?", r"M\.\s?A\.", r"B\.\s?A\.", r"M\.\s?Sc\.", "MLaw", "BLaw", "EMBA", "MBL",
    ),
    "degrees": (
        r"Dr\.\s?(?:iur|jur|rer\.\s?(?:nat|pol|oec|soc)|phil|med|h\.\s?c)\.(?:\s?utr\.)?", r"Dr\.-Ing\.",
        r"Mag\.(?:a\b|\s?(?:iur|rer\.\s?soc\.\s?oec|phil)\.)?", r"MMag\.", r"Dipl\.-[A-Z][\w.]*\.?",
        r"lic\.\s?(?:iur|oec|phil|rer\.\s?pol)\.", r"Ass\.\s?(?:iur|jur)\.", r"Univ\.-Prof\.", r"Priv\.-Doz\.",
        # Austria's engineers' and graduates' titles, often several before one name: "Ing. Mag.", "DI", "Bakk."
        r"Ing\.", r"Dipl\.-Ing\.", r"Bakk\.",
    ),
    "judicial_titles": (
        r"(?:Vorsitzende[rn]?\s+)?(?:Einzel)?[Rr]ichter(?:in)?(?:\s+am\s+\w*gericht(?:shof)?)?",
        r"(?:Ober|General|Leitende[rn]?\s+Ober)?[Ss]taatsanw(?:alt|ältin)", r"Rechtspfleger(?:in)?",
        r"Präsident(?:in)?\s+des\s+\w*gerichts",
    ),
    "clerk_titles": (
        r"(?:als\s+)?Urkundsbeamt(?:in|e[rn]?)(?:\s+der\s+Geschäftsstelle)?", "JAng", "JHS",
        r"Justiz(?:angestellte|beschäftigte|sekretär|obersekretär|hauptsekretär)(?:in|r)?",
    ),
    "applicant_roles": (
        r"Antragsteller(?:in|innen)?", r"(?:Verfügungs)?[Kk]läger(?:in|innen)?",
        r"klagende(?:\s+und\s+gefährdete)?\s+Partei",
        r"gefährdete\s+Partei", r"Beschwerdeführer(?:in)?", r"Gläubiger(?:in)?",
    ),
    "respondent_roles": (
        r"Antragsgegner(?:in|innen)?", r"(?:Verfügungs)?[Bb]eklagte[rn]?",
        r"beklagte\s+Partei(?:\s+und\s+Gegner(?:in)?\s+der\s+gefährdeten\s+Partei)?",
        r"Gegner(?:in)?\s+der\s+gefährdeten\s+Partei", r"Schuldner(?:in)?",
    ),
    "institution_heads": (
        r"\w*[Gg]ericht(?:shof)?", r"\w*[Pp]olizei\w*", r"\w*[Ss]taatsanwaltschaft", r"\w*[Bb]ehörde",
        r"\w*[Mm]inisterium", r"\w*[Aa]mt", r"\w*direktion", r"\w*präsidium", r"\w*[Bb]eauftragte[rn]?",
        r"\w*[Kk]ommission", r"\w*[Aa]nstalt",
        r"\w*[Aa]ufsicht", r"\w*inspektion",
    ),
    "court_heads": (r"\w*[Gg]ericht(?:shof)?",),
    "institution_links": (r"für", r"des", r"der", r"am", r"in", r"und", r"von"),
    "signs_for_marks": (r"i\.\s?A\.", r"i\.\s?V\.", r"ppa\.?", r"Im\s+Auftrag", r"In\s+Vertretung", r"gez\."),
    "business_roles": (r"Inhaber(?:in)?", r"Geschäftsführer(?:in)?", r"Gründer(?:in)?", r"Leiter(?:in)?",
                       r"Chef(?:in)?",
                       r"Vorstand", r"Betreiber(?:in)?"),
    "proprietor_marks": (r"Inh\.", r"Inhaber(?:in)?", r"Prop\."),
    "stopwords": tuple(
        "der die das und ist nicht ein eine zu den von mit sich des auf für wir unsere sie ihre bitte".split()
    ),
    "number_units": (
        ("ein", 1), ("eine", 1), ("einen", 1), ("einem", 1), ("einer", 1), ("eines", 1), ("zwei", 2), ("drei", 3),
        ("vier", 4), ("fünf", 5), ("fuenf", 5), ("sechs", 6), ("sieben", 7), ("acht", 8), ("neun", 9),
        ("zehn", 10), ("elf", 11), ("zwölf", 12), ("zwoelf", 12), ("dreizehn", 13), ("vierzehn", 14),
        ("fünfzehn", 15), ("fuenfzehn", 15), ("sechzehn", 16), ("siebzehn", 17), ("achtzehn", 18),
        ("neunzehn", 19),
    ),
    "number_tens": (
        ("zwanzig", 20), ("dreißig", 30), ("dreissig", 30), ("vierzig", 40), ("fünfzig", 50), ("fuenfzig", 50),
        ("sechzig", 60), ("siebzig", 70), ("achtzig", 80), ("neunzig", 90),
    ),
    "deadline_cues": (
        (r"bis\s+(?:sp[äa]testens|l[äa]ngstens|einschlie(?:ß|ss)lich|zum|zu[mr]|am)|sp[äa]testens(?:\s+(?:bis|zum|am|bis\s+zum))*|"
         r"(?:frist|stichtag)(?:\s+(?:bis|zum|bis\s+zum|am|auf\s+den|endet\s+am|l[äa]uft\s+am))*|"
         r"l[äa]ngstens\s+bis", 1.0),
        (r"vor", 0.8),
        (r"bis", 0.65),  # after "bis zum": tried in this order, the stronger reading first
        # "vor unserem Termin am": the date of a meeting the reader's action must precede
        (r"vor\s+(?:dem|unserem|ihrem|Ihrem|deren)\s+(?:[\w-]+\s+){0,2}?(?:Termin|Treffen|Gespr[äa]ch|Meeting|"
         r"Anruf|Verhandlung|Telefonat)\s+am", 0.85),
    ),
    "deadline_fillers": (
        r"ablauf\s+des",
        "des",
        "den", "am", "zum",
        "dem", "der", "zur", "um", "uhr", "mittags?", "(?:gesch[äa]fts|dienst)schluss", "mez", "mesz", "kommenden",
        "n[äa]chsten",
    ),
    "latest_markers": (
        # the writer has noted the date for the reply: "… den 1.12. notiert"
        "notiert",
        "vorgemerkt",
        r"sp[äa]testens",
    ),
    "limit_nouns": (
        r"(?:\w+)?frist",
        "stichtag",
        r"ablauf\s+der\s+frist",
    ),
    "limit_verbs": (
        "ist",
        r"endet(?:\s+am)?",
        r"l[äa]uft(?:\s+am)?(?:\s+ab)?",
        r"bis(?:\s+zum)?",
        "am",
    ),
    "requested_by": (
        r"(?:erbeten|erwartet|erforderlich|f[äa]llig|gew[üu]nscht)\s+(?:bis(?:\s+(?:zum|sp[äa]testens))?|am)",
        r"bis\s+(?:zum|sp[äa]testens)",
        # a form's "Erledigung bis:", "Rückäußerung bis:": what is to be done, by when
        r"(?:erledigung|rück(?:äußerung|meldung)|vorlage|übermittlung)\s+bis",
    ),
    "weekday_cues": (
        r"bis(?:\s+sp[äa]testens)?",
        "sp[äa]testens",
    ),
    "next_week_words": (r"(?:der\s+)?n[äa]chste[nr]?\s+woche",),
    "coming_words": (
        "kommenden",
        "n[äa]chsten",
    ),
    "demand_cues": (
        # a polite request: "gerne bis Freitag", "ich würde mich freuen, wenn … bis"
        r"(?:gerne|möglichst)\s+bis",
        # a wish relayed or a limit set: "der Kunde möchte eine Antwort bis", "setze Ihnen eine Frist"
        r"(?:möchte|möchten|will|wollen|erwartet|erwarten|braucht|brauchen)\s+(?:eine\s+|die\s+)?(?:antwort|rückmeldung|entscheidung)",
        r"setze\w*\s+(?:ihnen\s+)?(?:hiermit\s+)?(?:eine\s+)?\w*frist",
        # eine Bitte als Dank oder Wunsch: "für Nachricht bis … danke ich Ihnen", "es wäre schön, wenn"
        r"danke\s+ich\s+(?:Ihnen|dir|euch)",
        r"(?:wären|wäre|sind|bin)\s+(?:Ihnen|dir|euch)\s+(?:sehr\s+)?dankbar",
        r"(?:wäre|wär)\s+(?:es\s+)?(?:super|toll|schön|gut|klasse|prima|nett|hilfreich)",
        r"(?:würde?|würden)\s+(?:mich|uns)\s+freuen",
        # a wish stated
        r"(?:wir|ich)\s+(?:möchten|m[öo]chte|h[äa]tten\s+gern)",
        # obligation in the passive or the third person
        r"(?:sind|ist|haben\s+Sie|hat)\b[^?!\n]{0,120}?\bzu\s+\w+(?:en|ern|eln)",
        r"wenn\b[^.?!]{0,160}\b(?:werden\s+wir|werde\s+ich)",
        "bitte[nt]?",
        "erbitte[nt]?",
        "fordern",
        "fordert",
        "auffordern",
        # "ich fordere Sie (daher erneut) auf", "wir fordern Sie hiermit auf"
        r"forder[en]?\s+(?:Sie|dich|euch)\s+(?:\w+\s+){0,3}?auf\b",
        "erwarte[nt]?",
        "verlangen",
        "ersuche[nt]?",
        "ersucht",
        "m[üu]ssen",
        "andernfalls",
        "widrigenfalls",
        r"(?:wird|werden)\s+gebeten",
        # a court's operative words: "wird aufgegeben"
        r"(?:wird|werden)\s+(?:\w+\s+){0,4}(?:aufgegeben|untersagt|verurteilt)",
    ),
    "court_nouns": (
        "(?:Land|Amts|Oberlandes|Bundes|Handels|Verwaltungs|Arbeits|Bezirks|Kantons|Kreis|Ober|Sozial|Finanz)?[Gg]ericht(?:shof)?",
        r"(?:Landes|Handels)gericht\s+\w+",
    ),
    "order_titles": (
        "Beschluss",
        "Urteil",
        r"(?:Einstweilige\s+)?Verfügung",
        "Versäumnisurteil",
        "Anerkenntnisurteil",
    ),
    "police_nouns": (
        r"Polizei\w*",
        r"\w*[Kk]riminal(?:polizei|amt|inspektion)\w*",
        "Staatsanwaltschaft",
        "Generalstaatsanwaltschaft",
        "Polizeipräsidium",
        r"Landespolizei\w*",
    ),
    "authority_nouns": (
        r"\w*[Bb]ehörde",
        r"\w*[Mm]inisterium",
        r"(?:Bundes|Landes)(?:amt|anstalt|agentur)\w*",
        r"\w*[Aa]ufsicht",
        r"(?:Bundes|Landes)?[Bb]eauftragte[rn]?\s+für",
        r"Regulierungs\w+",
        r"\w*[Mm]edienanstalt",
        r"\w*[Kk]ommission",
        r"Koordinator\s+für\s+digitale\s+Dienste",
        r"Staatssekretariat", r"Eidgenössische[sn]?\s+Departement", r"Bundesamt",
        # a federal or a Land's commissioner: "Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter"
        r"Eidgenössische[rsn]?\s+\w+",
    ),
    "law_firm_nouns": (
        r"Rechtsanw(?:alt|ält)\w*",
        "(?:Anwalts)?[Kk]anzlei",
        r"PartG(?:\s+mbB)?",
        "Anwaltssozietät",
    ),
    "operative_headings": (
        r"(?:beschlossen|entschieden|erkannt|verf[üu]gt)\s*:",
        r"(?:wird|werden)\s+(?:\w+\s+){0,4}aufgegeben",
        "tenor",
    ),
    "reader_cues": (
        "sie",
        "ihr(?:e[rnms]?)?",
        "antwort",
        "stellungnahme",
        "best[äa]tigung",
        "frist",
    ),
    "report_cues": (
        "wurde",
        "war",
        "waren",
        "abgelaufen",
        "verstrichen",
        "gebeten",
        r"schreiben\s+vom",
        # reported speech: "dort heißt es, man könne binnen eines Monats …"
        r"hei(?:ß|ss)t\s+es",
        "könne",
    ),
    "condition_words": (
        "sofern",
        "falls",
        "wenn",
    ),
    "named_days": (
        ("weihnachten", 1224), ("heiligabend", 1224), ("silvester", 1231), (r"(?:dem\s+)?jahresende", 1231),
        (r"ende\s+(?:des|dieses)\s+jahres", 1231),
    ),
    "order_made": (
        r"(?:beschluss|urteil|verfügung)\w*\b[^.]{0,80}?\b(?:vom|erlassen|verkündet|datiert)\b",
    ),
    "deadline_moves": (
        # "verlängern wir die Frist auf den", "verschieben den Termin bis zum"
        r"(?:verl[äa]nger|versch[ie]eb|erstreck)\w*\s+(?:\w+\s+){0,2}?\w*(?:frist|termin)\s+"
        r"(?:auf\s+den|bis\s+(?:zum|am))",
        # "die Frist auf den … verlängern": the verb after the date
        r"\w*frist\s+auf\s+den",
        # "die Frist verlängert sich bis zum", "die Frist wird hiermit bis zum"
        r"\w*frist\s+(?:verl[äa]ngert\s+sich|wird\s+(?:\w+\s+)?)\s*(?:bis\s+(?:zum|am)|auf\s+den)",
        # the noun: "eine Verlängerung bis zum", "Fristverlängerung bis zum"
        r"\w*[Vv]erl[äa]ngerung\s+(?:der\s+\w*frist\s+)?(?:bis\s+(?:zum|am|längstens|spätestens)?|auf\s+den)",
    ),
    "not_applicable": (
        r"findet\s+keine\s+Anwendung", r"(?:ist|sind)\s+nicht\s+anwendbar", r"gilt\s+nicht", r"gelten\s+nicht",
    ),
    "absence_words": (
        r"nicht\s+im\s+B[üu]ro", r"abwesend", r"Urlaub", r"Betriebsferien", r"geschlossen", r"zur[üu]ck\s+am",
        r"eingeschr[äa]nkt(?:en)?\s+Zugriff",
    ),
    "own_plans": (
        # der eigene Plan des Schreibers: "werden Ihnen den Schriftsatz voraussichtlich bis … zuleiten"
        r"(?:wir|ich)\s+(?:werden?|beabsichtigen|planen)",
        r"(?:werden|werde)\s+(?:wir|ich)",
        "voraussichtlich",
        # die Seite des Schreibers im Verfahren: "unsere Mandantschaft wird ihre Erwiderung bis … einreichen"
        r"(?:unsere|meine)\s+Mandant\w*\s+(?:wird|werden|beabsichtigt)",
    ),
    "immediate_words": (
        "sofort", "umgehend", "unverzüglich", r"ohne\s+(?:weitere[ns]?\s+)?(?:verzug|verzögerung)",
    ),
    "law_statements": (
        r"(?:gemäß|nach|laut)\s+(?:art(?:ikel|\.)|§)\s*\d", r"(?:ein|jeder)\s+verantwortliche",
        r"das\s+gesetz\s+(?:verlangt|sieht\s+vor)",
    ),
    "acknowledgement_cues": (
        r"eingang\s+(?:zu\s+)?best[äa]tigen",
        "eingangsbest[äa]tigung",
        r"best[äa]tig\w*\s+(?:\w+\s+){0,3}?(?:den\s+)?(?:eingang|erhalt|empfang)\b",
    ),
    "empty_values": ("keine?", r"entf(?:ällt|\.)", r"nicht\s+zutreffend"),
    "person_labels": (
        "unterschrift",
        "sachbearbeiter(?:in)?",
        "bearbeiter(?:in)?",
        "ansprechpartner(?:in)?",
        "ansprechperson",
        "absender",
        r"vor-?\s*und\s+nachname",
        r"vollständiger\s+name",
        # a form addressing the one who fills it: "Ihr Name:", "Name der meldenden Person:"
        r"ihr\s+(?:vollständiger\s+)?name", r"name(?:\s+der\s+meldenden\s+person)?",
    ),
    "organisation_labels": (
        "unternehmen",
        "firma",
        "organisation",
        "behörde",
        "dienststelle",
    ),
    "email_labels": (
        "mail",
    ),
    "date_labels": (
        "datum",
    ),
    "received_stamps": (
        "eingegangen",
        "eingang",
    ),
    # the sender's reference (extract.parties.refshapes); class 3 their own, 2 a file number, 1 a bare word
    "reference_labels": (
        # German declines the label in running text: "unter Angabe unseres Aktenzeichens X"
        (r"(?:unser|mein)(?:e|es|em|er)?\s+(?:(?:Vorgangs|Akten|Gesch(?:ä|ae)fts|Bearbeitungs)?[Zz]eichens?|Az\.?|"
         r"G[Zz]\.?|Referenz(?:-?(?:Nr\.?|nummer))?|(?:Vorgangs|Akten|Gesch(?:ä|ae)fts)(?:nummer|zahl))", 3),
        # the sender's own file in a form: "Interne Vorgangsnummer:", "Eigenes Aktenzeichen:"
        (r"(?:interne|eigene)s?\s+(?:Vorgangs|Akten|Fall|Referenz)(?:nummer|zeichen)", 3),
        (r"Aktenzeichens?|Az\.?|Gesch(?:ä|ae)fts(?:zeichen|nummer|zahl)|G[Zz]\.|(?-i:GZ)|"
         r"Vorgang(?:s(?:nummer|zeichen|-?ID|-?Nr\.?))?|Verfahrens(?:nummer|-Nr\.?)|Fallnummer|Meldungs(?:nummer|-?ID)|"
         r"(?:Dossier|Fall|Gesch(?:ä|ae)fts|Akten|Beschwerde)-Nr\.?|Beschwerdenummer|Tagebuch(?:nummer|-Nr\.?)|"
         # abbreviated: "Gesch.-Z.", "Gesch.-Nr."; an Austrian authority's "Zl."
         r"Gesch\.-?(?:Z|Nr)\.?|Zl\.", 2),
        (r"Zeichen|Referenz(?:-?(?:Nr\.?|nummer))?", 1),
    ),
    "our_reference_labels": (
        r"Ihr(?:e|es|em|er)?\s+(?:Zeichen|Az\.?|Aktenzeichen|Gesch(?:ä|ae)ftszeichen|Schreiben|Referenz|Nachricht)",
    ),
}
