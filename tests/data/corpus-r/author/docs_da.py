"""Danish documents: r05 r10 r11 r17 r24 r32 r38 r48."""
from common import R, doc, mail, plus_days, plus_working_days

DOCS = []

# r05 — a different person (the reviewer) about the review open case CI-2026-0760 concerns
DOCS.append(doc("r05", "eml", "da", "2026-10-22", f"""
Hej

Jeg har fået en mail fra jer om, at min anmeldelse af Tømrerfirma Brask ApS er blevet skjult midlertidigt, fordi virksomhedens advokat har klaget over den. Jeg vil gerne gøre indsigelse.

Det drejer sig om denne anmeldelse: https://dk.trustpilot.com/reviews/{R['brask']}

Jeg skrev blandt andet: "Brask lovede at taget var tæt, men det regnede ind i soveværelset tre uger efter." Det er præcis, hvad der skete. Jeg har billeder af vandskaden fra den 2. august og en rapport fra mit forsikringsselskab, som konkluderer, at inddækningen omkring kviste var lavet forkert. Jeg har også mails, hvor Brask først lover at komme og kigge på det og derefter holder op med at svare.

Jeg har ikke kaldt nogen for svindlere eller brugt grimme ord. Jeg har beskrevet min egen oplevelse, og det må vel være hele idéen med jeres side. Ifølge jeres egne retningslinjer må virksomheder ikke få fjernet anmeldelser, bare fordi de er negative.

Jeg sender gerne billeder og forsikringsrapport, hvis det hjælper. Sig bare til, hvor de skal sendes hen.

Min anmeldelse blev skjult den 14. oktober. Jeg håber, den kommer op igen, så andre kan se den, inden de vælger tømrer.

Venlig hilsen
Mikkel Dahl Sørensen
Viby J
""", email=mail("Mikkel Dahl Sørensen", "mikkel.dahl.s@gmail.com", "Min anmeldelse af Brask er skjult",
                "<CAO5vN1qBrask1022@mail.gmail.com>", "2026-10-22T19:37:00+02:00", to="support@trustpilot.com"),
    kind="consumer_appeal", name="Mikkel Dahl Sørensen", mail="mikkel.dahl.s@gmail.com",
    urls=[f"https://dk.trustpilot.com/reviews/{R['brask']}"], ids=[R["brask"]],
    quotes=["Brask lovede at taget var tæt, men det regnede ind i soveværelset tre uger efter."],
    bases=["platform_guidelines"], case="CI-2026-0760",
    note="The reviewer, not the complaining party, about the review of open case CI-2026-0760. No deadline (past dates only)."))

# r10 — attached to r11: lawyer's letter, eight Danish working days from receipt
DOCS.append(doc("r10", "docx", "da", "2026-10-28", f"""
VINTHER & AAGAARD ADVOKATFIRMA
Bredgade 22, 7400 Herning
Tlf. 96 55 40 10 · rv@vinther-aagaard.dk · CVR 38 55 12 09

Trustpilot A/S
Att.: Juridisk afdeling
Pilestræde 58
1112 København K

Herning, den 27. oktober 2026
Vores ref.: RV/26-1147

Vedr.: Vestjysk Tagdækning ApS – krav om fjernelse af anmeldelse

Undertegnede repræsenterer Vestjysk Tagdækning ApS, der udfører tagarbejde for private og landbrug i Midt- og Vestjylland.

Den 11. oktober 2026 blev der på jeres platform offentliggjort en anmeldelse af min klient, https://dk.trustpilot.com/reviews/{R['vestjysk']}, hvori det blandt andet anføres:

"Vestjysk Tagdækning snyder ældre mennesker med falske skader på taget."

"De fik min far på 82 til at skrive under på et nyt tag, han slet ikke havde brug for."

Udsagnene er usande. Min klient har gennemgået sine ordrer for de seneste tre år og kan ikke identificere en kunde, som svarer til beskrivelsen. Beskyldningen for systematisk at bedrage ældre er en sigtelse for strafbart forhold og er egnet til at nedsætte min klient i medborgeres agtelse, jf. straffelovens § 267. Anmeldelsen har allerede ført til, at to kunder har annulleret aftaler.

Jeg skal herefter anmode om, at anmeldelsen fjernes inden 8 hverdage fra modtagelsen af dette brev. Såfremt anmeldelsen ikke er fjernet inden fristens udløb, har jeg instruks om at indlede retslige skridt uden yderligere varsel.

Med venlig hilsen

Rasmus Vinther
Advokat (L)
Vinther & Aagaard Advokatfirma
""", kind="legal_demand", name="Rasmus Vinther", org="Vinther & Aagaard Advokatfirma", mail="rv@vinther-aagaard.dk",
    rep="Vestjysk Tagdækning ApS", theirs="RV/26-1147",
    urls=[f"https://dk.trustpilot.com/reviews/{R['vestjysk']}"], ids=[R["vestjysk"]],
    quotes=["Vestjysk Tagdækning snyder ældre mennesker med falske skader på taget.",
            "De fik min far på 82 til at skrive under på et nyt tag, han slet ikke havde brug for."],
    deadline=plus_working_days("2026-10-28", 8, "DK"), basis="inden 8 hverdage fra modtagelsen af dette brev",
    bases=["defamation"], case="new:r-vestjysk", part_name="Brev til Trustpilot 27.10.2026.docx",
    note="'Advokat (L)' is a title, not part of the name. Working days from receipt."))

# r11 — cover email from the lawyer's secretary (she signs; she is the sender); reference in the subject
DOCS.append(doc("r11", "eml", "da", "2026-10-28", """
Til Trustpilot

På vegne af advokat Rasmus Vinther fremsendes vedhæftede brev af 27. oktober 2026 vedrørende en ærekrænkende anmeldelse af vores klient, Vestjysk Tagdækning ApS.

Brevet sendes samtidig med almindelig post.

Bemærk venligst fristen i brevet. Vi beder om, at al korrespondance i sagen sendes direkte til advokat Rasmus Vinther på rv@vinther-aagaard.dk med angivelse af vores reference.

Jeg skal for god ordens skyld oplyse, at advokat Vinther er på kursus torsdag og fredag i denne uge, men han kan træffes på mobil i nødstilfælde.

Med venlig hilsen

Tina Holt
Advokatsekretær
Vinther & Aagaard Advokatfirma
Bredgade 22, 7400 Herning
Tlf. 96 55 40 10
th@vinther-aagaard.dk

Denne e-mail kan indeholde fortrolige oplysninger. Hvis du har modtaget den ved en fejl, bedes du give afsender besked og slette den.
""", email=mail("Tina Holt", "th@vinther-aagaard.dk",
                "Vestjysk Tagdækning ApS – anmeldelse – vores ref. RV/26-1147",
                "<000b01dd4f2e$8a1c3b20$9e54b160$@vinther-aagaard.dk>", "2026-10-28T13:12:00+01:00",
                attachments=["r10"]),
    kind="legal_demand", name="Tina Holt", org="Vinther & Aagaard Advokatfirma", mail="th@vinther-aagaard.dk",
    rep="Vestjysk Tagdækning ApS", theirs="RV/26-1147", bases=["defamation"], case="new:r-vestjysk",
    note="Cover email: the secretary signs, so she is the sender. It points to the letter's Frist but states none: "
         "deadline null. The lawyer's course dates are his own plans."))

# r17 — KFST (Danish DSC) writes again on CI-2026-0741 by its journal number; grants an extension
DOCS.append(doc("r17", "pdf", "da", "2026-11-02", f"""
Konkurrence- og Forbrugerstyrelsen
Carl Jacobsens Vej 35 · 2500 Valby
Tlf. 41 71 50 00 · frlm@kfst.dk

Trustpilot A/S
Pilestræde 58
1112 København K

Sendt med Digital Post og e-mail til legal@trustpilot.com

30. oktober 2026
J.nr. 26/08117

Forlængelse af frist og supplerende spørgsmål – jeres behandling af indberetninger

Konkurrence- og Forbrugerstyrelsen har som koordinator for digitale tjenester modtaget jeres mail af 28. oktober 2026, hvori I anmoder om forlængelse af fristen for besvarelse af styrelsens brev af 29. september 2026. Fristen var oprindeligt fastsat til den 2. november 2026.

Styrelsen imødekommer anmodningen. Fristen forlænges herved til mandag den 16. november 2026 kl. 12.00.

Styrelsen har desuden modtaget en fornyet henvendelse fra Lyngholt Køkkener ApS vedrørende virksomhedens profil, https://dk.trustpilot.com/review/lyngholt-koekkener.dk. Samtidig beder styrelsen jer derfor om at besvare følgende supplerende spørgsmål:

1. Hvor mange indberetninger om anmeldelser på virksomhedens profil har I modtaget i 2026, og hvor mange har ført til fjernelse?

2. Hvordan og hvornår har I underrettet virksomheden om jeres afgørelser og om mulighederne for at klage, jf. artikel 16, stk. 5, og artikel 20 i forordning (EU) 2022/2065?

3. Hvilken andel af afgørelserne er truffet ved hjælp af automatiserede midler?

Besvarelsen bedes sendt til undertegnede med angivelse af styrelsens journalnummer.

Med venlig hilsen

Freja Lund Mortensen
Specialkonsulent
Center for Digitale Platforme
""", kind="regulator", name="Freja Lund Mortensen", org="Konkurrence- og Forbrugerstyrelsen", mail="frlm@kfst.dk",
    theirs="26/08117", urls=["https://dk.trustpilot.com/review/lyngholt-koekkener.dk"],
    deadline="2026-11-16", basis="Fristen forlænges herved til mandag den 16. november 2026 kl. 12.00",
    bases=["dsa"], case="CI-2026-0741",
    note="Extension: the extended date is the deadline; the original 2 November is recalled."))

# r24 — Faroese police (outside the EU), Danish-language request; "hurtigst muligt", preservation period
DOCS.append(doc("r24", "eml", "da", "2026-11-06", f"""
Til Trustpilot A/S

Politiet på Færøerne efterforsker en sag om trusler (straffelovens § 266) mod en butiksindehaver i Tórshavn. Vores journalnummer er 5900-80121-00318-26.

Den 30. oktober 2026 blev der på forurettedes virksomhedsside offentliggjort følgende anmeldelse:

https://dk.trustpilot.com/reviews/{R['faroe']}

Heri skrives blandt andet: "Vi ved godt hvor du bor, og du slipper ikke så let næste gang."

Forurettede har tidligere modtaget lignende beskeder pr. sms fra et skjult nummer. Vi har en formodning om, hvem der står bag, men har behov for at kunne knytte anmeldelsen til en bestemt person.

Vi skal derfor anmode om, at I oplyser:

- navn og e-mailadresse på den konto, der har oprettet anmeldelsen,
- IP-adresse(r) med tidspunkt for oprettelse af kontoen og for anmeldelsen.

Vi er opmærksomme på, at Færøerne ikke er en del af EU, og at I muligvis vil kræve en retskendelse. Hvis I ikke kan udlevere oplysningerne frivilligt, beder vi jer om at opbevare dem i 90 dage, så vi kan nå at indhente en kendelse fra Føroya Rættur.

Vi vil sætte pris på et svar hurtigst muligt. Kontohaveren bør ikke orienteres om henvendelsen.

Med venlig hilsen

Rúni Joensen
Kriminalassistent
Politiet på Færøerne / Føroya Politi
Yviri við Strond 19, FO-100 Tórshavn
Tlf. +298 35 14 48
rjo001@politi.fo
""", email=mail("Rúni Joensen", "rjo001@politi.fo", "Anmodning om oplysninger – j.nr. 5900-80121-00318-26",
                "<7c2f0ab1e44d4f61a0f2@politi.fo>", "2026-11-06T11:20:00+00:00"),
    kind="law_enforcement", name="Rúni Joensen", org="Politiet på Færøerne", mail="rjo001@politi.fo",
    theirs="5900-80121-00318-26", urls=[f"https://dk.trustpilot.com/reviews/{R['faroe']}"], ids=[R["faroe"]],
    quotes=["Vi ved godt hvor du bor, og du slipper ikke så let næste gang."],
    bases=["criminal"], case="new:r-faroe",
    note="No deadline: 'hurtigst muligt'; 90-day preservation is a retention period."))

# r32 — scanned private letter; GDPR "inden for en måned" from the letter's date
DOCS.append(doc("r32", "scan", "da", "2026-11-13", f"""
Birthe Kjærgaard Nielsen
Rosengårdvej 14, 2. th.
5220 Odense SØ
Tlf. 61 55 82 30
birthe.kn@mail.dk

Trustpilot A/S
Pilestræde 58
1112 København K

Odense, den 10. november 2026

Anmodning om sletning af mit navn

Jeg arbejder som rengøringsassistent hos Fyns Rengøringsservice. På firmaets side hos jer står der en anmeldelse (nr. {R['odense_rev']}), hvor jeg bliver nævnt ved fornavn og arbejdssted, og hvor der står:

"Birthe fra rengøringen stjal min mors smykker, det ved alle i opgangen."

Det er ikke rigtigt. Politiet talte med mig i august, og sagen blev henlagt, fordi smykkerne blev fundet hos familien. Men anmeldelsen står der stadig, og folk i mit område ved godt, hvem "Birthe fra rengøringen" er. Min chef har sagt, at det ikke er firmaets ansvar, og at jeg selv må skrive til jer.

Jeg er ikke firmaet, jeg er en privatperson. Jeg har ikke givet lov til, at mit navn bliver brugt, og det er oplysninger om en påstået forbrydelse. Jeg beder derfor om, at mit navn og beskyldningen bliver slettet efter databeskyttelsesforordningens artikel 17, og at I giver mig svar inden for en måned.

Jeg har ikke en computer derhjemme, så jeg skriver med almindelig post, men I må gerne svare på e-mail.

Med venlig hilsen

Birthe Kjærgaard Nielsen
""", kind="data_request", name="Birthe Kjærgaard Nielsen", mail="birthe.kn@mail.dk", ids=[R["odense_rev"]],
    quotes=["Birthe fra rengøringen stjal min mors smykker, det ved alle i opgangen."],
    deadline="2026-12-10", basis="inden for en måned", bases=["data_protection"], case="new:r-kjaergaard",
    note="No anchor named: one month from the letter's own date (10 November)."))

# r38 — business appeal against a restriction; period from the letter's date
DOCS.append(doc("r38", "pdf", "da", "2026-11-18", f"""
GULVMESTER KOLDING ApS
Slipning · lakering · lægning af trægulve
Platinvej 7, 6000 Kolding · Tlf. 75 55 31 90 · kbm@gulvmester-kolding.dk

Trustpilot A/S
Pilestræde 58
1112 København K

Kolding, den 16. november 2026

Indsigelse mod begrænsning af vores virksomhedskonto

Vi modtog den 10. november en meddelelse om, at vores mulighed for at indberette anmeldelser er suspenderet i 30 dage på grund af "et usædvanligt højt antal grundløse indberetninger".

Vi har i alt indberettet fire anmeldelser i år. Tre af dem kom fra den samme person, som aldrig har været kunde hos os, men som ejer et konkurrerende firma i Fredericia. Den fjerde er denne:

https://dk.trustpilot.com/reviews/{R['dk_biz']}

Her skriver anmelderen, at "Gulvet var ødelagt efter en uge, og de nægtede at komme tilbage." Vi har aldrig lagt gulv for den pågældende. Vi har kun slebet en trappe for en kunde med samme efternavn, og den sag blev afsluttet uden klager.

Vi mener ikke, at fire indberetninger på et år er grundløse eller usædvanligt mange, og vi forstår ikke, hvordan jeres regler er blevet anvendt. Vi er et lille firma med fem ansatte, og vores profil hos jer betyder meget for, om vi får opgaver.

Vi anmoder om, at begrænsningen ophæves, og at anmeldelsen ovenfor bliver vurderet på ny. Vi beder om jeres svar senest 14 dage efter dette brevs dato.

Med venlig hilsen

Kenneth Bach Møller
Indehaver
Gulvmester Kolding ApS
""", kind="business_appeal", name="Kenneth Bach Møller", org="Gulvmester Kolding ApS", mail="kbm@gulvmester-kolding.dk",
    urls=[f"https://dk.trustpilot.com/reviews/{R['dk_biz']}"], ids=[R["dk_biz"]],
    quotes=["Gulvet var ødelagt efter en uge, og de nægtede at komme tilbage."],
    deadline=plus_days("2026-11-16", 14), basis="senest 14 dage efter dette brevs dato",
    bases=["platform_guidelines"], case="new:r-gulvmester"))

# r48 — DSA notice from a café owner on behalf of an employee named once; no deadline
DOCS.append(doc("r48", "eml", "da", "2026-11-27", f"""
Hej Trustpilot

Jeg ejer Café Hjørnet på Nørrebro og skriver på vegne af en af mine medarbejdere, Jonas Krogh, som ikke selv har overskuddet til det lige nu.

I går blev der lagt en "anmeldelse" op på vores side, som ikke handler om caféen, men om ham:

https://dk.trustpilot.com/reviews/{R['dk_doxx']}

Den indeholder hans fulde navn, hans adresse i Nordvest og oplysninger om hans helbred. Den slutter med: "Han bor alene på tredje sal, hvis nogen har lyst til at sige det til ham personligt."

Det er en person, Jonas har haft et forhold til, som står bag. Jonas har anmeldt det til politiet i går aftes.

Jeg indberetter hermed indholdet som ulovligt efter artikel 16 i forordningen om digitale tjenester. Offentliggørelse af hans adresse og helbredsoplysninger er efter min opfattelse en overtrædelse af databeskyttelsesforordningen og straffelovens § 264 d, og den sidste sætning er en opfordring til andre om at opsøge ham.

Fjern det venligst. Jeg har selv forsøgt at indberette det via knappen på siden, men jeg ved ikke, om det er gået igennem.

Venlig hilsen
Amalie Fog
Indehaver, Café Hjørnet
Jagtvej 118, 2200 København N
""", email=mail("Amalie Fog", "amalie@cafehjoernet.dk", "Ulovligt indhold på vores side – haster",
                "<D4F1C0A2-3B8E-4E7A-9C11-cafehjoernet@cafehjoernet.dk>", "2026-11-27T08:05:00+01:00"),
    kind="illegal_content_notice", name="Amalie Fog", org="Café Hjørnet", mail="amalie@cafehjoernet.dk",
    rep="Jonas Krogh", urls=[f"https://dk.trustpilot.com/reviews/{R['dk_doxx']}"], ids=[R["dk_doxx"]],
    quotes=["Han bor alene på tredje sal, hvis nogen har lyst til at sige det til ham personligt."],
    bases=["dsa", "data_protection", "criminal"], case="new:r-krogh",
    note="Writes for an employee named once. 'haster' in the subject sets no date."))
