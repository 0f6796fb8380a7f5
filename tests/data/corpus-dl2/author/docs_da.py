"""Danish documents of corpus-dl2."""
from common import D, E, G

DK = ("DK", None)

DOCS = [
# ---------------------------------------------------------------- e60
D(id="e60", lang="da", fmt="pdf", received="2026-11-11", letter="2026-11-09", country=DK,
  dl=("days", "letter", 8), expect="2026-11-17", basis="inden 8 dage fra dags dato",
  family="calendar days from the letter's date ('fra dags dato')",
  text="""ADVOKATFIRMAET HOLM & RASMUSSEN
Amaliegade 22 · 1256 København K
Tlf. 33 55 40 12 · mail@holmrasmussen.dk

Trustpilot A/S
Att.: Juridisk afdeling
Pilestræde 58, 5. sal
1112 København K

Sendt pr. e-mail til legal@trustpilot.com

København, den 9. november 2026
Vores ref.: MK/2026-0388

Vedr.: Vestkystens Tagdækning ApS – anmeldelse på Trustpilot

Kære Trustpilot

Vi repræsenterer Vestkystens Tagdækning ApS, Esbjerg.

Den 27. oktober 2026 blev der på https://dk.trustpilot.com/reviews/{R:e60} offentliggjort en anmeldelse, hvori det bl.a. hedder: »De tager forudbetaling og dukker aldrig op, det er ren svindel.« Udsagnet er usandt. Vores klient har gennemført samtlige bestilte opgaver i 2026 og har aldrig opkrævet forudbetaling.

Udsagnet er egnet til at nedsætte vores klient i medborgeres agtelse og udgør en ærekrænkelse, jf. straffelovens § 267.

Vi skal derfor anmode Dem om at fjerne anmeldelsen inden 8 dage fra dags dato og bekræfte dette skriftligt over for undertegnede. Hører vi ikke fra Dem, vil vi uden yderligere varsel anlægge sag.

Med venlig hilsen

Mette Kjærgaard
Advokat
mk@holmrasmussen.dk""",
  gold=G("legal_demand", "Mette Kjærgaard", "Advokatfirmaet Holm & Rasmussen", "mk@holmrasmussen.dk",
         rep="Vestkystens Tagdækning ApS", their="MK/2026-0388",
         quotes=["De tager forudbetaling og dukker aldrig op, det er ren svindel."],
         bases=["defamation"], case="new:vestkystens")),

# ---------------------------------------------------------------- e61
D(id="e61", lang="da", fmt="eml", received="2026-11-16", letter="2026-11-16", country=DK,
  dl=("next", "letter", 4), expect="2026-11-20", basis="senest på fredag",
  family="informal weekday ('på fredag' = the coming Friday)",
  email=E("Kasper Nygaard", "kaspernygaard@hotmail.dk", "min anmeldelse er væk",
          "2026-11-16T07:55:00+01:00", "<DU0P189MB2011F3A1@DU0P189MB2011.EURP189.PROD.OUTLOOK.COM>"),
  text="""Hej

Min anmeldelse af Jyllands Bilpleje er blevet fjernet i weekenden. I skrev at virksomheden havde anmeldt den og at den ikke levede op til jeres retningslinjer. Jeg skrev bare at de havde ridset min lak under en polering og ikke ville betale for at få det udbedret. Det passer og jeg har billeder og deres sms'er.

Kan I kigge på det igen og sætte den op igen? Gerne senest på fredag, for jeg har fået et brev fra deres advokat og vil gerne kunne vise at anmeldelsen var ok.

Mvh
Kasper Nygaard
Vejle""",
  gold=G("consumer_appeal", "Kasper Nygaard", None, "kaspernygaard@hotmail.dk", bases=[],
         case="new:nygaard")),

# ---------------------------------------------------------------- e62
D(id="e62", lang="da", fmt="pdf", received="2026-12-01", letter="2026-11-26", country=DK,
  dl=("wd", "received", 10), expect="2026-12-15",
  basis="inden 10 arbejdsdage fra modtagelsen af dette brev",
  family="working days from receipt",
  text="""BRØNDUM ADVOKATER
Åboulevarden 31 · 8000 Aarhus C
Tlf. 86 55 12 40 · lb@brondum-advokater.dk

Trustpilot A/S
Pilestræde 58, 5. sal
1112 København K

Aarhus, 26. november 2026
J.nr. 26-1042/LB

Café Mols ApS – krav om fjernelse af anmeldelse

Til Trustpilot

Jeg repræsenterer Café Mols ApS, Ebeltoft.

Den 15. november 2026 blev der under https://dk.trustpilot.com/reviews/{R:e62} offentliggjort en anmeldelse med udsagnet: »Køkkenet har rotter, og ejeren ved det godt.«

Fødevarestyrelsen gav ved sin seneste kontrol den 2. november 2026 en elite-smiley, og der er ingen tegn på skadedyr. Påstanden er usand og skadelig for min klients forretning, og den udgør en ærekrænkelse efter straffelovens § 267. Denne henvendelse er samtidig en anmeldelse efter artikel 16 i forordningen om digitale tjenester (DSA).

Jeg skal anmode om, at anmeldelsen fjernes inden 10 arbejdsdage fra modtagelsen af dette brev, og at jeg får skriftlig bekræftelse herpå.

Med venlig hilsen

Lars Brøndum
Advokat""",
  gold=G("legal_demand", "Lars Brøndum", "Brøndum Advokater", "lb@brondum-advokater.dk",
         rep="Café Mols ApS", their="26-1042/LB",
         quotes=["Køkkenet har rotter, og ejeren ved det godt."],
         bases=["defamation", "dsa"], case="new:cafe-mols")),

# ---------------------------------------------------------------- e63
D(id="e63", lang="da", fmt="eml", received="2026-11-18", letter="2026-11-18", country=DK,
  dl=("date", "2026-11-26"), expect="2026-11-26", basis="Svarfrist: 26.11.2026",
  family="police: labelled field with time-limit noun (svarfrist)",
  email=E("Rikke Damgaard", "rda005@politi.dk",
          "Anmodning om udlevering af oplysninger – j.nr. 4100-80120-00417-26",
          "2026-11-18T13:20:00+01:00", "<9c1e4a2b-0f77-4d1a-a3b8-rda005@politi.dk>"),
  text="""Til Trustpilot A/S

Midt- og Vestjyllands Politi efterforsker en sag om trusler, jf. straffelovens § 266. I den forbindelse anmodes om udlevering af oplysninger om den bruger, der har skrevet nedenstående anmeldelse.

Myndighed: Midt- og Vestjyllands Politi, Efterforskningsafdelingen, Holstebro
Sagsbehandler: Politiassistent Rikke Damgaard
Journalnr.: 4100-80120-00417-26
Anmeldelse: https://dk.trustpilot.com/reviews/{R:e63}
Gerningstidspunkt: 7. november 2026
Svarfrist: 26.11.2026

Anmeldelsen indeholder bl.a. sætningen: »Jeg ved, hvor du bor, og jeg kommer efter dig.«

Der anmodes om brugerens navn, e-mailadresse og telefonnummer samt IP-adresser med tidsstempler for oprettelsen af profilen og offentliggørelsen af anmeldelsen.

Brugeren bedes ikke underrettet om henvendelsen.

Med venlig hilsen
Rikke Damgaard
Politiassistent
Midt- og Vestjyllands Politi
Tlf. 72 55 14 60""",
  gold=G("law_enforcement", "Rikke Damgaard", "Midt- og Vestjyllands Politi", "rda005@politi.dk",
         their="4100-80120-00417-26", quotes=["Jeg ved, hvor du bor, og jeg kommer efter dig."],
         bases=["criminal"], case="new:holstebro-trusler")),

# ---------------------------------------------------------------- e64
D(id="e64", lang="da", fmt="pdf", received="2026-11-30", letter="2026-11-27", country=DK,
  dl=("date", "2026-12-14"), expect="2026-12-14", basis="senest den 14. december 2026",
  family="regulator: third-person polite request; acknowledgement period beside it; statutory month recited",
  text="""DATATILSYNET
Carl Jacobsens Vej 35 · 2500 Valby
T 33 19 32 00 · dt@datatilsynet.dk

Trustpilot A/S
Att.: Databeskyttelsesrådgiver
Pilestræde 58, 5. sal
1112 København K

27. november 2026
J.nr. 2026-832-1147
Sagsbehandler: Jonas Thybo

Klage over manglende svar på anmodning om indsigt

Datatilsynet har modtaget en klage fra Susanne Holt over, at Trustpilot A/S ikke har besvaret hendes anmodning om indsigt af 2. september 2026, jf. databeskyttelsesforordningens artikel 15.

Ifølge klagen har Susanne Holt alene modtaget en automatisk kvittering. Efter forordningens artikel 12, stk. 3, skal den dataansvarlige besvare en sådan anmodning uden unødig forsinkelse og senest en måned efter modtagelsen.

Datatilsynet skal anmode om Deres udtalelse til sagen, herunder om hvornår og hvordan anmodningen er besvaret, senest den 14. december 2026. Vi beder Dem samtidig bekræfte modtagelsen af dette brev inden 3 hverdage.

Kopi af klagen vedlægges.

Med venlig hilsen

Jonas Thybo
Fuldmægtig
jth@datatilsynet.dk""",
  gold=G("regulator", "Jonas Thybo", "Datatilsynet", "jth@datatilsynet.dk", their="2026-832-1147",
         bases=["data_protection"], case="new:holt")),

# ---------------------------------------------------------------- e65
D(id="e65", lang="da", fmt="txt", received="2026-11-12", letter=None, country=DK,
  dl=None, expect=None, basis=None, family="no deadline (consumer appeal)",
  text="""Til Trustpilot

Jeg skriver, fordi min anmeldelse af tandlægeklinikken på Østergade i Randers er blevet skjult. Jeg fik en mail den 4. november om, at klinikken havde indsendt en anmodning, og at jeg skulle dokumentere mit besøg. Det gjorde jeg samme dag med et billede af min faktura, men anmeldelsen er stadig ikke synlig.

Jeg har ikke skrevet noget groft, kun at ventetiden var lang, og at jeg fik en regning, der var dobbelt så stor som overslaget. Det står jeg ved.

Jeg håber, I vil se på sagen igen og lade anmeldelsen komme frem.

Venlig hilsen
Birgitte Lund
Randers
birgitte.lund@mail.dk""",
  gold=G("consumer_appeal", "Birgitte Lund", None, "birgitte.lund@mail.dk", bases=[], case="new:lund")),

# ---------------------------------------------------------------- e66
D(id="e66", lang="da", fmt="docx", received="2026-11-05", letter="2026-11-03", country=DK,
  dl=("months", "letter", 1), expect="2026-12-03", basis="inden for en måned",
  family="one month, no anchor (from the letter's date)",
  text="""Henrik Skov
Vestergade 41, 2. th.
5000 Odense C
henrik.skov@live.dk

Trustpilot A/S
Databeskyttelsesrådgiveren
Pilestræde 58
1112 København K

Odense, 3. november 2026

Anmodning om indsigt, jf. artikel 15 i databeskyttelsesforordningen

Til rette vedkommende

Jeg har i flere år haft en profil hos Trustpilot. I oktober modtog jeg en henvendelse fra en virksomhed, jeg har anmeldt, som kendte mit telefonnummer, selv om jeg aldrig har givet dem det.

Jeg anmoder derfor om indsigt i alle personoplysninger, som I behandler om mig, herunder:
– hvilke oplysninger I har registreret,
– hvem I har videregivet oplysninger til, og hvornår,
– hvor oplysningerne stammer fra.

Jeg beder om at modtage svar inden for en måned. Svaret kan sendes til min e-mailadresse ovenfor.

Med venlig hilsen

Henrik Skov""",
  gold=G("data_request", "Henrik Skov", None, "henrik.skov@live.dk", bases=["data_protection"],
         case="new:skov")),

# ---------------------------------------------------------------- e67
D(id="e67", lang="da", fmt="eml", received="2026-11-20", letter="2026-11-20", country=DK,
  dl=("eom", "letter"), expect="2026-11-30", basis="inden udgangen af november",
  family="internal escalation, end of named month relayed",
  email=E("Sofie Lindholm", "sofie.lindholm@trustpilot.com", "VS: Nordlys Optik – anmeldelser fra tidligere ansat",
          "2026-11-20T09:15:00+01:00", "<CAM8sL3p0Wq5nD@mail.gmail.com>"),
  text="""Hej Legal

Jeg videresender en mail fra Anders Bjerre, direktør hos Nordlys Optik A/S (kunde hos os siden 2021, 14 butikker). Han mener, at to anmeldelser er skrevet af en butikschef, de afskedigede i september.

Anders vil have svar inden udgangen af november, ellers overvejer han at opsige aftalen ved fornyelsen. Kan en af jer tage et kig?

Tak!
Sofie

Sofie Lindholm
Key Account Manager, Nordics
Trustpilot

---------- Videresendt besked ----------
Fra: Anders Bjerre <ab@nordlysoptik.dk>
Dato: tor. 19. nov. 2026 kl. 16.48
Emne: Anmeldelser

Hej Sofie

Det drejer sig om https://dk.trustpilot.com/reviews/{R:e67a} og https://dk.trustpilot.com/reviews/{R:e67b}. Den ene skriver: »Nordlys sælger brugte stel som nye og snyder ældre kunder.« Det er løgn, og efter jeres egne retningslinjer må tidligere ansatte ikke anmelde deres arbejdsgiver.

Vi forventer en afklaring inden udgangen af november.

Anders""",
  gold=G("internal_escalation", "Sofie Lindholm", "Trustpilot", "sofie.lindholm@trustpilot.com",
         rep="Nordlys Optik A/S", quotes=["Nordlys sælger brugte stel som nye og snyder ældre kunder."],
         bases=["platform_guidelines"], case="new:nordlys")),

# ---------------------------------------------------------------- e68
D(id="e68", lang="da", fmt="pdf", received="2026-11-19", letter="2026-11-17", country=DK,
  dl=("days", "received", 14), expect="2026-12-03",
  basis="inden 14 dage fra forkyndelsen af denne kendelse",
  family="court order served by this letter: days from service (= receipt); order date and court hearing as distractors",
  text="""VINTHER ADVOKATPARTNERSELSKAB
Store Kongensgade 40 · 1264 København K
Tlf. 33 55 90 28 · pv@vinther-law.dk

Trustpilot A/S
Pilestræde 58, 5. sal
1112 København K

Anbefalet

København, den 17. november 2026
J.nr. 2211-26/PV

Forkyndelse af Københavns Byrets kendelse af 10. november 2026 (BS-41877/2026)

Kære Trustpilot

Vedlagt fremsendes til forkyndelse Københavns Byrets kendelse af 10. november 2026 i sagen Hansen & Søn Murerforretning ApS mod Trustpilot A/S. Kendelsens slutning lyder:

»Trustpilot A/S pålægges inden 14 dage fra forkyndelsen af denne kendelse at udlevere navn, e-mailadresse og IP-adresser vedrørende den bruger, der den 30. september 2026 offentliggjorde anmeldelsen på https://dk.trustpilot.com/reviews/{R:e68}. Sagen udsættes til retsmøde den 12. januar 2027.«

Anmeldelsen indeholder udsagnet: »Murerne var fulde på arbejdet, og væggen styrtede sammen ugen efter.«

Oplysningerne bedes sendt til undertegnede.

Med venlig hilsen

Peter Vinther
Advokat (H)""",
  gold=G("court_order", "Peter Vinther", "Vinther Advokatpartnerselskab", "pv@vinther-law.dk",
         rep="Hansen & Søn Murerforretning ApS", their="2211-26/PV",
         quotes=["Murerne var fulde på arbejdet, og væggen styrtede sammen ugen efter."],
         bases=["court_order"], case="new:hansen-murer")),

# ---------------------------------------------------------------- e69
D(id="e69", lang="da", fmt="eml", received="2026-11-23", letter="2026-11-23", country=DK,
  dl=("date", "2026-11-30"), expect="2026-11-30", basis="fristen til mandag den 30. november 2026",
  family="follow-up: extended frist above quoted old frist; weekday + time",
  email=E("Anne Mose", "am@moseadvokater.dk",
          "SV: Tandklinikken Viborg ApS – anmeldelse – jeres sagsnr. CI-2026-0471",
          "2026-11-23T08:40:00+01:00", "<20261123084002.AM.2231@moseadvokater.dk>",
          in_reply_to="<CI-2026-0471.20261119@trustpilot.com>",
          references=["<20261110100210.AM.2231@moseadvokater.dk>", "<CI-2026-0471.20261119@trustpilot.com>"]),
  text="""Kære Trustpilot

Tak for jeres mail af 19. november, hvor I oplyser, at sagen fortsat er under behandling, og beder om mere tid.

På vegne af min klient forlænger jeg hermed fristen til mandag den 30. november 2026 kl. 12.00. Herefter vil vi uden yderligere varsel indlevere stævning.

Med venlig hilsen

Anne Mose
Advokat
Mose Advokater, Viborg
Tlf. 86 55 30 11

Den 10. nov. 2026 kl. 10.02 skrev Anne Mose <am@moseadvokater.dk>:
> Kære Trustpilot
>
> Jeg repræsenterer Tandklinikken Viborg ApS. Anmeldelsen https://dk.trustpilot.com/reviews/{R:e69} indeholder udsagnet »Tandlægen arbejder påvirket af piller.«, som er usandt og ærekrænkende, jf. straffelovens § 267.
>
> Jeg skal anmode om, at anmeldelsen fjernes, og sætter frist til den 20. november 2026.
>
> Med venlig hilsen
> Anne Mose""",
  gold=G("legal_demand", "Anne Mose", "Mose Advokater", "am@moseadvokater.dk",
         rep="Tandklinikken Viborg ApS", our="CI-2026-0471",
         quotes=["Tandlægen arbejder påvirket af piller."], bases=["defamation"], case="new:tandklinikken")),

# ---------------------------------------------------------------- e70
D(id="e70", lang="da", fmt="pdf", received="2026-11-24", letter="2026-11-23", country=DK,
  dl=("hours", "received", 72), expect="2026-11-27",
  basis="inden 72 timer fra modtagelsen af denne anmeldelse",
  family="hours from receipt (DSA trusted flagger)",
  text="""FORENINGEN DIGITAL TRYGHED
Nørrebrogade 66 · 2200 København N
Tlf. 35 55 81 00 · anmeldelser@digitaltryghed.dk

Trustpilot A/S
Pilestræde 58, 5. sal
1112 København K

23. november 2026
Vores ref.: DT-TF-2026-0552

Anmeldelse af ulovligt indhold, jf. artikel 16 i forordning (EU) 2022/2065

Foreningen Digital Tryghed er udpeget som betroet indberetter efter DSA artikel 22.

Indhold: https://dk.trustpilot.com/reviews/{R:e70}
Offentliggjort: 21. november 2026
Begrundelse: Anmeldelsen af en frisørsalon i Roskilde nævner en medarbejder ved navn og indeholder sætningen »Hun fortjener at få smadret sine ruder på Maglegårdsvej 14.« Indholdet kan udgøre en trussel efter straffelovens § 266 og en krænkelse af privatlivets fred efter § 264 d.

Vi anmoder om, at indholdet fjernes eller gøres utilgængeligt inden 72 timer fra modtagelsen af denne anmeldelse, og at vi underrettes om Deres afgørelse, jf. artikel 16, stk. 5.

Vi bekræfter i god tro, at oplysningerne i denne anmeldelse er nøjagtige og fuldstændige.

Med venlig hilsen

Mikkel Aagaard
Analytiker, Foreningen Digital Tryghed
ma@digitaltryghed.dk""",
  gold=G("illegal_content_notice", "Mikkel Aagaard", "Foreningen Digital Tryghed", "ma@digitaltryghed.dk",
         their="DT-TF-2026-0552",
         quotes=["Hun fortjener at få smadret sine ruder på Maglegårdsvej 14."],
         bases=["dsa", "criminal"], case="new:digital-tryghed")),

# ---------------------------------------------------------------- e71
D(id="e71", lang="da", fmt="eml", received="2026-11-25", letter="2026-11-25", country=DK,
  dl=None, expect=None, basis=None, family="no deadline: a promised date only recalled",
  email=E("Jesper Vang", "jesper@vangvvs.dk", "Advarsel på vores profil – stadig intet svar",
          "2026-11-25T14:02:00+01:00", "<b7e3a0c1-vangvvs-20261125@vangvvs.dk>"),
  text="""Hej

Vi skrev til jer den 27. oktober om advarslen på vores profil (https://dk.trustpilot.com/review/vangvvs.dk), hvor der står, at vi har brudt retningslinjerne for invitationer. Jeres support lovede svar senest den 10. november, men vi har ikke hørt noget siden.

Vi har aldrig tilbudt rabat eller gaver for anmeldelser. Vi sender en standardinvitation efter hver opgave via jeres eget system, og det er det hele.

Advarslen skader os, og vi vil gerne have den fjernet. Vi håber på en hurtig afklaring.

Venlig hilsen
Jesper Vang
Indehaver, Vang VVS ApS
Tlf. 22 55 61 09""",
  gold=G("business_appeal", "Jesper Vang", "Vang VVS ApS", "jesper@vangvvs.dk",
         bases=["platform_guidelines"], case="new:vang-vvs")),

# ---------------------------------------------------------------- e72
D(id="e72", lang="da", fmt="pdf", received="2026-11-04", letter="2026-10-29", country=DK,
  dl=("date", "2026-11-02"), expect="2026-11-02", basis="senest mandag den 2. november 2026",
  family="weekday + time; already past on arrival",
  text="""HAAHR & BECH ADVOKATER
Kongensgade 88 · 6700 Esbjerg
Tlf. 75 55 22 10 · sh@haahrbech.dk

Trustpilot A/S
Pilestræde 58, 5. sal
1112 København K

Esbjerg, 29. oktober 2026
Sagsnr. 26-0733

Krænkelse af ophavsret – fotografier tilhørende fotograf Line Ravn

Kære Trustpilot

Jeg repræsenterer fotograf Line Ravn, Ribe.

På virksomhedsprofilen https://dk.trustpilot.com/review/vadehavs-sommerhuse.dk anvendes fire af min klients fotografier af Vadehavet uden tilladelse. Min klient har ophavsret til billederne efter ophavsretslovens § 1, og offentliggørelsen sker uden licens.

Jeg skal derfor anmode om, at fotografierne fjernes senest mandag den 2. november 2026 kl. 12.00, og at jeg modtager bekræftelse herpå.

Min klient forbeholder sig ret til at kræve vederlag og erstatning for den uberettigede brug.

Med venlig hilsen

Søren Haahr
Advokat""",
  gold=G("ip_notice", "Søren Haahr", "Haahr & Bech Advokater", "sh@haahrbech.dk", rep="Line Ravn",
         their="26-0733", bases=["copyright"], case="new:ravn")),

# ---------------------------------------------------------------- e73
D(id="e73", lang="da", fmt="docx", received="2026-11-17", letter="2026-11-13", country=DK,
  dl=("weeks", "letter", 2), expect="2026-11-27", basis="inden 2 uger",
  family="weeks, no anchor (from the letter's date); rejection date as distractor",
  text="""Mikkelsens Blomster
Algade 17 · 4000 Roskilde
Tlf. 46 55 30 70 · tina@mikkelsensblomster.dk

Trustpilot A/S
Pilestræde 58
1112 København K

Roskilde, 13. november 2026

Anmeldelse af min butik – krav om fjernelse

Til Trustpilot

Jeg ejer Mikkelsens Blomster i Roskilde. Den 8. november blev der skrevet en anmeldelse om min butik: https://dk.trustpilot.com/reviews/{R:e73}

Den påstår: »Blomsterne er købt i supermarkedet og omdøbt, og ejeren snyder på vægten.« Det er simpelthen ikke rigtigt. Vi køber alle vores blomster hos en grossist i Taastrup, og vi sælger ikke efter vægt.

Jeg mener, at anmeldelsen er injurierende, og den har allerede kostet mig kunder op til julesæsonen. Jeg har prøvet at melde den via jeres system, men fik afslag den 11. november.

Jeg kræver, at anmeldelsen bliver fjernet inden 2 uger. Ellers tager jeg sagen videre til en advokat.

Venlig hilsen

Tina Mikkelsen
Indehaver""",
  gold=G("legal_demand", "Tina Mikkelsen", "Mikkelsens Blomster", "tina@mikkelsensblomster.dk",
         quotes=["Blomsterne er købt i supermarkedet og omdøbt, og ejeren snyder på vægten."],
         bases=["defamation"], case="new:mikkelsens")),
]
