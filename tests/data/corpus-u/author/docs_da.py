"""Danish documents of corpus-u."""
from common import R, doc, mail, plus_days, plus_working_days

DK = "https://dk.trustpilot.com/reviews/"
DOCS = []
add = DOCS.append

Q_AARHUS = ["Klar Udsigt snyder ældre kunder og tager betaling for vinduer, de aldrig har pudset.",
            "Ejeren har fået bøde for sort arbejde, det ved alle i Viby."]

# --------------------------------------------------------------------------- u07  same person writes again, no ref, no id (CI-0430)
add(doc("u07", "eml", "da", "2026-11-09", """
Hej

Jeg skriver igen, fordi jeg stadig ikke har hørt fra jer.

Den 2. oktober bad jeg jer om at fjerne mit fulde navn fra en anmeldelse af Vestkystens Ejendomsservice, hvor jeg bliver nævnt som den ansatte, der "ikke gad svare på telefonen". Jeg har aldrig arbejdet hos dem. Jeg arbejdede for deres tidligere samarbejdspartner, og det er fem år siden. Men det er mit navn, der står der, og det er det første, man finder, når man søger på mig.

I sendte et automatisk svar om, at sagen var modtaget og at I ville vende tilbage. Jeg bad om svar senest den 30. oktober. Det har jeg ikke fået, og anmeldelsen står der stadig med mit navn.

Efter databeskyttelsesforordningen skal I svare på en anmodning om sletning inden for en måned. Den frist er overskredet.

Jeg kræver, at mit navn bliver fjernet fra anmeldelsen straks. Hvis det ikke sker, klager jeg til Datatilsynet.

Jeg vil også gerne have at vide, om I har givet mine oplysninger videre til nogen, og i givet fald til hvem.

Med venlig hilsen
Mette Kjærgaard
Tlf. 23 41 87 09
""", email=mail("Mette Kjærgaard", "mette.kjaergaard@mail.dk", "Sletning af mit navn - igen",
               "<9d0e4b7a-11c3-4f62-a5e8-2b7c9d1f3e55@mail.dk>", "2026-11-09T07:14:00+01:00"),
    kind="data_request", name="Mette Kjærgaard", mail="mette.kjaergaard@mail.dk", bases=["data_protection"],
    case="CI-2026-0430",
    note="party of exactly one open case writes again without reference or review id; "
         "'straks' while recalling her old 30 October date -> no deadline"))

# --------------------------------------------------------------------------- u08  regulator writes again (CI-0377)
add(doc("u08", "pdf", "da", "2026-11-20", f"""
Forbrugerombudsmanden
Carl Jacobsens Vej 35
2500 Valby
Tlf. 41 71 50 00
forbrugerombudsmanden@kfst.dk
www.forbrugerombudsmanden.dk

Trustpilot A/S
Att.: Juridisk afdeling
Pilestræde 58, 5. sal
1112 København K

Dato: 18. november 2026
Sagsnr.: 26/08213
Jeres ref.: CI-2026-0377
Sagsbehandler: LHP

Anmodning om supplerende oplysninger – anmeldelser på profilen for Nordlys Rejser ApS

Forbrugerombudsmanden henviser til vores brev af 22. september 2026 og til jeres svar af 9. oktober 2026 om anmeldelser af Nordlys Rejser ApS på https://dk.trustpilot.com/review/nordlysrejser.dk.

Det fremgår af jeres svar, at I i perioden fra maj til august 2026 har fjernet 41 anmeldelser af virksomheden, fordi de ikke levede op til jeres retningslinjer. Vi har efterfølgende modtaget yderligere henvendelser fra forbrugere, som oplyser, at de er blevet tilbudt et gavekort på 500 kr. mod at skrive en anmeldelse med fem stjerner, blandt andet i forbindelse med anmeldelsen {R['nordlys2']}.

Vi undersøger fortsat, om Nordlys Rejser ApS har handlet i strid med markedsføringslovens § 5 og bilag 1, nr. 23 b og 23 c, om falske og vildledende forbrugeranmeldelser. Vi skal derfor bede jer oplyse følgende:

1. Hvor mange anmeldelser af Nordlys Rejser ApS er fjernet i perioden fra den 1. september 2026 og frem til i dag, og med hvilken begrundelse?
2. Har I registreret, at virksomheden har sendt invitationer til at skrive anmeldelser med tilbud om gavekort eller andre fordele?
3. Har I truffet foranstaltninger over for virksomhedens profil, fx en advarsel til forbrugerne, og i så fald hvornår?

Vi skal bede om at modtage oplysningerne senest fredag den 4. december 2026 kl. 12.00.

Forbrugerombudsmanden gør opmærksom på, at henvendelsen ikke er udtryk for, at vi har taget stilling til, om Trustpilot A/S har overtrådt lovgivningen.

Med venlig hilsen

Lise Holm Pedersen
Specialkonsulent
Direkte tlf. 41 71 52 38
lhp@kfst.dk
""", kind="regulator", name="Lise Holm Pedersen", org="Forbrugerombudsmanden", mail="lhp@kfst.dk",
    theirs="26/08213", ours="CI-2026-0377", urls=["https://dk.trustpilot.com/review/nordlysrejser.dk"],
    ids=[R["nordlys2"]], deadline="2026-12-04", basis="senest fredag den 4. december 2026 kl. 12.00",
    bases=["consumer_law"], case="CI-2026-0377", note="regulator writing again in an open case"))

# --------------------------------------------------------------------------- u15  lawyer's follow-up, working days from receipt (CI-0399)
add(doc("u15", "docx", "da", "2026-11-19", f"""
HOLM & BRINK
Advokatpartnerselskab
Bredgade 30 · 1260 København K
Tlf. 33 14 52 00 · www.holmbrink.dk

Trustpilot A/S
Juridisk afdeling
Pilestræde 58
1112 København K

Pr. e-mail: legal@trustpilot.com

København, den 17. november 2026
Vores j.nr.: 4471-0093 SBH

Solveig Design A/S – krænkelse af ophavsret til produktfotografier

Vi henviser til vores brev af 2. oktober 2026, hvor vi på vegne af Solveig Design A/S gjorde opmærksom på, at vores klients produktfotografier anvendes uden tilladelse i to anmeldelser på jeres platform:

{DK}{R['solveig1']}
{DK}{R['solveig2']}

Vi har den 6. oktober 2026 modtaget jeres bekræftelse på, at sagen var under behandling, men har ikke siden hørt fra jer. Begge anmeldelser er fortsat tilgængelige med de pågældende billeder.

Som anført i vores brev er fotografierne af lampeserien "Havgus" optaget af fotograf Nina Ravn for vores klient i 2024 og anvendt i vores klients kataloger og webshop. Vores klient har erhvervet samtlige rettigheder til billederne. Anmeldelserne er skrevet på profilen for en forhandler af kopiprodukter og viser vores klients billeder ved siden af tekst, der giver indtryk af, at de viste lamper er dem, forhandleren sælger. Det udgør en eksemplarfremstilling og tilgængeliggørelse for almenheden i strid med ophavsretslovens § 2, og det er egnet til at vildlede forbrugerne.

Vi skal derfor på ny anmode jer om at fjerne billederne fra de to anmeldelser og bekræfte dette skriftligt over for os inden 10 arbejdsdage fra modtagelsen af dette brev.

Såfremt billederne ikke er fjernet inden fristens udløb, har vi instruks om at indgive en anmodning om midlertidigt forbud til fogedretten uden yderligere varsel.

Med venlig hilsen

Sebastian Brink-Hansen
Advokat, partner
Holm & Brink Advokatpartnerselskab
Direkte: 33 14 52 17 · sbh@holmbrink.dk
""", kind="ip_notice", name="Sebastian Brink-Hansen", org="Holm & Brink Advokatpartnerselskab", mail="sbh@holmbrink.dk",
    rep="Solveig Design A/S", theirs="4471-0093 SBH", urls=[DK + R["solveig1"], DK + R["solveig2"]],
    ids=[R["solveig1"], R["solveig2"]], deadline=plus_working_days("2026-11-19", 10, "DK"),
    basis="inden 10 arbejdsdage fra modtagelsen af dette brev", bases=["copyright"], case="CI-2026-0399",
    note="refers back to own letter of 2 October; reference with handler initials"))

# --------------------------------------------------------------------------- u16  reviewer of a CI-0399 review, txt
add(doc("u16", "txt", "da", "2026-11-24", f"""
Til Trustpilot

Emne: Min anmeldelse er blevet fjernet – klage over afgørelsen

Jeg har i dag fået en mail om, at min anmeldelse af Lysstuen.dk er fjernet efter en klage fra Solveig Design. Anmeldelsen havde id {R['solveig1']}.

Jeg forstår ikke afgørelsen. Billederne i min anmeldelse er nogle, jeg selv har taget af den lampe, jeg købte hos Lysstuen i august. Jeg satte dem ved siden af et skærmbillede fra Solveigs hjemmeside, fordi jeg ville vise, at lampen slet ikke ligner den, der var vist i annoncen. Det var jo hele pointen med min anmeldelse: at man ikke får det, man tror, man køber.

Jeg har ikke noget imod at fjerne skærmbilledet fra Solveigs hjemmeside, hvis det er det, der er problemet. Men mine egne billeder og min tekst vil jeg gerne have lagt op igen. Jeg har originalfilerne fra min telefon med dato og tidspunkt, og jeg kan sende dem, hvis I vil se dem.

Jeg vil også gerne vide, om det er muligt at redigere anmeldelsen i stedet for at den bare forsvinder. Jeg kan ikke se nogen mulighed for det, når jeg logger ind.

Jeg håber, I vil se på sagen igen.

Venlig hilsen
Jesper Krogh
Skovvej 14, 8600 Silkeborg
jesper.krogh@silkeborgmail.dk
""", kind="consumer_appeal", name="Jesper Krogh", mail="jesper.krogh@silkeborgmail.dk", ids=[R["solveig1"]],
    case="CI-2026-0399", note="reviewer of a review in open CI-2026-0399 appeals removal"))

# --------------------------------------------------------------------------- u20  closed case reopened with our ref, scan, past deadline
add(doc("u20", "scan", "da", "2026-11-11", f"""
ADVOKATFIRMAET LUND KJELDSEN
Vestergade 18 · 8000 Aarhus C
Tlf. 86 12 40 77 · lkj@lundkjeldsen.dk
CVR 38 44 19 02

Trustpilot A/S
Juridisk afdeling
Pilestræde 58
1112 København K

Aarhus, den 26. oktober 2026

Vores ref.: 22-0817/LKJ
Deres ref.: CI-2026-0358

MODTAGET 11 NOV 2026

Vedr.: Klinik Havblik ApS – anmeldelse på {DK}{R['havblik']}

Undertegnede repræsenterer Klinik Havblik ApS, tandklinik i Skagen.

Klinikken klagede selv til jer i august over den ovennævnte anmeldelse. Den 8. september 2026 meddelte I klinikken, at I havde lukket sagen, fordi I ikke fandt, at anmeldelsen var i strid med jeres retningslinjer.

Der foreligger nu nye oplysninger. Anmelderen har den 14. oktober 2026 i en offentlig Facebook-gruppe skrevet, at hun "aldrig har sat sine ben på den klinik", men at hun skrev anmeldelsen for at "hjælpe en veninde", som er tidligere ansat på klinikken. Vi vedlægger skærmbilleder af opslaget.

Anmeldelsen indeholder blandt andet følgende udsagn:

"Tandlægen borede i den forkerte tand og nægtede bagefter at indrømme det."

"De tager sig betalt for behandlinger, de aldrig udfører."

Udsagnene er usande og ærekrænkende og beskylder klinikken og dens tandlæger for uredelighed og svindel. Da anmeldelsen efter anmelderens egen indrømmelse ikke bygger på en reel oplevelse, er den desuden i strid med jeres egne retningslinjer.

Vi skal på den baggrund anmode jer om at genoptage sagen og fjerne anmeldelsen inden 14 dage fra dags dato. Vi forbeholder os ellers at indbringe sagen for domstolene.

Med venlig hilsen

Lars Kjeldsen
Advokat, partner
""", kind="legal_demand", name="Lars Kjeldsen", org="Advokatfirmaet Lund Kjeldsen", mail="lkj@lundkjeldsen.dk",
    rep="Klinik Havblik ApS", theirs="22-0817/LKJ", ours="CI-2026-0358", urls=[DK + R["havblik"]], ids=[R["havblik"]],
    quotes=["Tandlægen borede i den forkerte tand og nægtede bagefter at indrømme det.",
            "De tager sig betalt for behandlinger, de aldrig udfører."],
    deadline=plus_days("2026-10-26", 14), basis="inden 14 dage fra dags dato",
    bases=["defamation", "platform_guidelines"], case="CI-2026-0358",
    note="reopens the CLOSED case CI-2026-0358 about the same review, quoting our reference; "
         "deadline already past on arrival; the received stamp is not the letter date"))

# --------------------------------------------------------------------------- u36  threats notice, txt
add(doc("u36", "txt", "da", "2026-11-26", f"""
Indberetning af ulovligt indhold (forordning (EU) 2022/2065, artikel 16)
Indsendt: 26-11-2026 kl. 06:58
Sag: DSA-NTC-7790218

Navn: Camilla Vestergaard
E-mail: camilla.vestergaard@fynmail.dk
Indberetter du på vegne af en organisation? Nej

Link til indholdet:
{DK}{R['threat']}

Hvorfor er indholdet ulovligt?
Anmeldelsen er skrevet på siden for Café Kastanje i Odense, hvor jeg er souschef. Den handler ikke om maden eller servicen, men om mig. Jeg bad en gæst om at gå, fordi han var meget beruset og råbte ad personalet, og to dage senere kom denne anmeldelse, hvor der blandt andet står:

"Den rødhårede souschef Camilla skal passe på, når hun går hjem om aftenen, jeg ved hvor hun bor."

Det er en trussel mod mig, og jeg er bange. Jeg går ikke længere alene hjem fra arbejde. Jeg mener, at det er en trussel efter straffelovens § 266, og jeg har anmeldt det til Fyns Politi. Anmeldelsen nævner også mit fornavn og beskriver mig, så alle der kender caféen, ved hvem det er.

Jeg beder jer fjerne anmeldelsen hurtigst muligt og gemme oplysningerne om den, der har skrevet den, så politiet kan få dem.

Erklæring:
[x] Jeg bekræfter i god tro, at oplysningerne og påstandene i denne indberetning er korrekte og fuldstændige.
""", kind="illegal_content_notice", name="Camilla Vestergaard", mail="camilla.vestergaard@fynmail.dk",
    urls=[DK + R["threat"]], ids=[R["threat"]],
    quotes=["Den rødhårede souschef Camilla skal passe på, når hun går hjem om aftenen, jeg ved hvor hun bor."],
    bases=["dsa", "criminal"], case="new:kastanje", note="form export; 'hurtigst muligt' is not a date"))

# --------------------------------------------------------------------------- u42  fogedret injunction, scan (new matter, 2nd doc)
add(doc("u42", "scan", "da", "2026-11-30", f"""
RETTEN I AARHUS
Fogedretten
Vester Allé 10 · 8000 Aarhus C

KENDELSE
afsagt den 26. november 2026

Sagsnr.: FS 14-8841/2026

Rekvirent:
Aarhus Vinduespolering ApS, CVR 41 22 87 16, Bernhard Jensens Boulevard 97, 8220 Brabrand
(advokat Camilla Bech Nørgaard, Advokatfirmaet Bech Nørgaard)

mod

Rekvisitus:
Trustpilot A/S, Pilestræde 58, 1112 København K

Sagens baggrund:
Rekvirenten driver virksomhed med vinduespolering under navnet "Klar Udsigt". Den 19. oktober 2026 blev der på rekvisitus' platform offentliggjort en anmeldelse, som kan ses på {DK}{R['aarhus']}, og som indeholder følgende udsagn:

"{Q_AARHUS[0]}"

"{Q_AARHUS[1]}"

Rekvirenten har ved advokatbrev af 2. november 2026 anmodet rekvisitus om at fjerne anmeldelsen. Det er ikke sket.

Fogedrettens begrundelse og resultat:
Rekvirenten har ved fremlagte kundekvitteringer og erklæring fra SKAT godtgjort, at udsagnene er usande. Udsagnene er egnede til at nedsætte rekvirenten i omdømme og må anses som ærekrænkende. Betingelserne i retsplejelovens § 413 er opfyldt, og forbuddet kan nedlægges uden sikkerhedsstillelse.

Derfor bestemmes:

Fogedretten nedlægger forbud mod, at Trustpilot A/S fortsat gør den nævnte anmeldelse tilgængelig for offentligheden.

Forbuddet har virkning fra forkyndelsen.

Rekvirenten skal inden 2 uger anlægge sag til prøvelse af forbuddet (justifikationssag), jf. retsplejelovens § 425.

Dommerfuldmægtig
Anne-Sofie Lauritsen
""", kind="court_order", name="Anne-Sofie Lauritsen", org="Retten i Aarhus", mail=None,
    rep="Aarhus Vinduespolering ApS", theirs="FS 14-8841/2026", urls=[DK + R["aarhus"]], ids=[R["aarhus"]],
    quotes=Q_AARHUS, bases=["court_order", "defamation"], case="new:aarhus-vindue",
    note="the 2-week period binds the applicant, not us -> no deadline; signature after the title line"))

# --------------------------------------------------------------------------- u43  advokat demand, trading name (new matter, 1st doc)
add(doc("u43", "docx", "da", "2026-11-04", f"""
ADVOKATFIRMAET BECH NØRGAARD
Åboulevarden 23, 3. sal · 8000 Aarhus C
Tlf. 87 30 11 40 · www.bechnoergaard.dk

Trustpilot A/S
Pilestræde 58
1112 København K

Sendt pr. e-mail til legal@trustpilot.com

Aarhus, den 2. november 2026
Sagsnr. 7731-14 / CBN

Krav om fjernelse af anmeldelse – Aarhus Vinduespolering ApS ("Klar Udsigt")

Jeg repræsenterer Aarhus Vinduespolering ApS, der driver virksomhed med vinduespolering i Aarhus-området under navnet "Klar Udsigt", og hvis profil hos jer findes på https://dk.trustpilot.com/review/klarudsigt.dk.

Den 19. oktober 2026 blev følgende anmeldelse offentliggjort på profilen:

{DK}{R['aarhus']}

Anmeldelsen indeholder blandt andet disse udsagn:

"{Q_AARHUS[0]}"

"{Q_AARHUS[1]}"

Begge udsagn er usande. Min klient har dokumentation for samtlige udførte opgaver i form af kvitteringer med fotos før og efter pudsning, og min klient eller dens ejer har aldrig fået bøde for sort arbejde eller i øvrigt været i konflikt med skattemyndighederne. Min klient har fået en erklæring herom fra Skattestyrelsen, som jeg gerne fremsender.

Udsagnene er ærekrænkende, idet de beskylder min klient og dens ejer for bedrageri og skatteunddragelse. De er egnede til at skade min klients omdømme væsentligt i et lokalt marked, hvor kunderne i høj grad vælger leverandør på baggrund af anmeldelser.

På vegne af min klient skal jeg anmode jer om at fjerne anmeldelsen og bekræfte dette skriftligt over for mig senest mandag den 9. november 2026.

Såfremt anmeldelsen ikke er fjernet inden da, vil min klient uden yderligere varsel anmode fogedretten i Aarhus om at nedlægge forbud.

Med venlig hilsen

Camilla Bech Nørgaard
Advokat (L)
cbn@bechnoergaard.dk
""", kind="legal_demand", name="Camilla Bech Nørgaard", org="Advokatfirmaet Bech Nørgaard", mail="cbn@bechnoergaard.dk",
    rep="Aarhus Vinduespolering ApS", theirs="7731-14 / CBN",
    urls=["https://dk.trustpilot.com/review/klarudsigt.dk", DK + R["aarhus"]], ids=[R["aarhus"]],
    quotes=Q_AARHUS, deadline="2026-11-09", basis="senest mandag den 9. november 2026", bases=["defamation"],
    case="new:aarhus-vindue", note="trading name 'Klar Udsigt' vs registered company"))

# --------------------------------------------------------------------------- u46  Danish police, labelled 'Svarfrist'
add(doc("u46", "docx", "da", "2026-11-13", f"""
FYNS POLITI
Efterforskning – Personfarlig kriminalitet
Hans Mules Gade 1 · 5000 Odense C
Tlf. 114 · fyn@politi.dk

Trustpilot A/S
Juridisk afdeling
Pilestræde 58
1112 København K

Dato: 12. november 2026
Journalnr.: 2200-80151-00093-26
Svarfrist: 20.11.2026

Anmodning om udlevering af oplysninger

Fyns Politi efterforsker en sag om trusler, jf. straffelovens § 266, og uberettiget videregivelse af oplysninger om en andens private forhold, jf. straffelovens § 264 d.

Forurettede er indehaver af en frisørsalon i Svendborg. Den 30. oktober 2026 blev der på jeres platform offentliggjort en anmeldelse af salonen, som indeholder forurettedes fulde navn, privatadresse og oplysninger om hendes helbred. Anmeldelsen kan ses på {DK}{R['fyn']}. I anmeldelsen står bl.a.:

"Hun har været sygemeldt med stress halvdelen af året, så hvis I vil snakke med hende, så bank på hos hende på Ørkildsgade."

Forurettede har siden modtaget anonyme opringninger og breve på sin privatadresse. Politiet har grund til at antage, at afsenderen er den samme person.

Til brug for efterforskningen anmoder Fyns Politi om at få udleveret følgende oplysninger om den bruger, der har oprettet anmeldelsen:

1. navn, e-mailadresse og eventuelt telefonnummer,
2. IP-adresser med tidspunkt for oprettelse af profilen og for offentliggørelse af anmeldelsen,
3. eventuelle andre anmeldelser fra samme profil.

Anmodningen fremsættes som en anmodning om frivillig udlevering. Hvis oplysningerne ikke udleveres frivilligt, vil politiet anmode retten om en kendelse om edition, jf. retsplejelovens § 804.

Jeg skal bede om, at anmeldelsen og de tilhørende data ikke slettes, før sagen er afsluttet.

Med venlig hilsen

Politikommissær
Rasmus Juhl Thomsen
Direkte tlf. 72 58 14 93
rjt002@politi.dk
""", kind="law_enforcement", name="Rasmus Juhl Thomsen", org="Fyns Politi", mail="rjt002@politi.dk",
    theirs="2200-80151-00093-26", urls=[DK + R["fyn"]], ids=[R["fyn"]],
    quotes=["Hun har været sygemeldt med stress halvdelen af året, så hvis I vil snakke med hende, så bank på hos hende på Ørkildsgade."],
    deadline="2026-11-20", basis="Svarfrist: 20.11.2026", bases=["criminal"], case="new:fyns-politi",
    note="labelled numeric deadline; rank line before the name"))

# --------------------------------------------------------------------------- u51  internal escalation in Danish
add(doc("u51", "eml", "da", "2026-11-16", f"""
Hej Legal

Jeg vil gerne eskalere en sag for en af mine kunder, Fjordhus Ejendomme A/S (ejendomsadministration, ca. 1.400 lejemål i Vejle og Fredericia, kunde hos os siden 2022).

Kunden har siden september fået otte 1-stjernede anmeldelser, som de er overbevist om er skrevet af den samme tidligere lejer. Lejeren blev sat ud i juli efter en lang sag i Boligretten og har ifølge kunden truet med at "ødelægge dem på nettet". Den seneste anmeldelse er denne:

{DK}{R['int_da']}

Der står bl.a.: "Fjordhus smider enlige mødre på gaden midt om vinteren og griner af dem bagefter."

Kunden har meldt alle otte anmeldelser. Tre er fjernet, fem er afvist med standardsvaret. De forstår ikke, hvorfor vi behandler dem forskelligt, når stilen og indholdet er det samme, og det forstår jeg sådan set godt.

Hvis det er én person med flere profiler, er det vel et klart brud på vores retningslinjer? Kunden har sendt mig en liste med de otte anmeldelser og datoerne for udsættelsessagen, som jeg kan videresende.

Kunden har sagt direkte, at de overvejer ikke at forny aftalen i januar, hvis de ikke får en ordentlig forklaring. Jeg har et møde med deres direktør fredag, så jeg vil meget gerne have et svar senest torsdag d. 19/11.

På forhånd tak!

Mads Thygesen
Key Account Manager, Nordics
Trustpilot A/S
mads.thygesen@trustpilot.com
""", email=mail("Mads Thygesen", "mads.thygesen@trustpilot.com", "Eskalering: Fjordhus Ejendomme - anmeldelser fra tidligere lejer",
               "<CAM4kP2xVq8=Rt5nZ0wL7e@mail.gmail.com>", "2026-11-16T13:26:00+01:00"),
    kind="internal_escalation", name="Mads Thygesen", org="Trustpilot A/S", mail="mads.thygesen@trustpilot.com",
    rep="Fjordhus Ejendomme A/S", urls=[DK + R["int_da"]], ids=[R["int_da"]],
    quotes=["Fjordhus smider enlige mødre på gaden midt om vinteren og griner af dem bagefter."],
    deadline="2026-11-19", basis="senest torsdag d. 19/11", bases=["platform_guidelines"], case="new:fjordhus",
    note="date without year; 'fredag' meeting is a decoy"))
