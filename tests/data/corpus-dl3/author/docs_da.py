"""Danish documents d61-d72. Each carries `calc`: how its gold deadline is computed (see common.py)."""
from common import RID, doc, mail

DK = lambda i: f"https://dk.trustpilot.com/reviews/{RID[i]}"  # noqa: E731

DOCS = []

# d61 -- passiv anmodning med ugedag, dato og klokkeslæt
DOCS.append(doc("d61", "pdf", "da", "2026-10-16", f"""
ADVOKATFIRMAET BECH RIIS
Amaliegade 31 · 1256 København K
Tlf. 33 14 62 80 · ms@bechriis.dk

Trustpilot A/S
Att.: Juridisk afdeling
Pilestræde 58
1112 København K

København, den 15. oktober 2026

Vores ref.: MS/2026-3318

Vedr.: Nørrebro Cykelservice ApS – anmeldelse på dk.trustpilot.com

Undertegnede repræsenterer Nørrebro Cykelservice ApS, der driver cykelværksted på Nørrebrogade.

På jeres platform er der den 29. september 2026 offentliggjort en anmeldelse under {DK(61)}, hvori det anføres:

"De skiftede mine bremseklodser til nogle brugte, og jeg var tæt på at blive kørt ned."

"Ejeren sælger stjålne cykler bagfra."

Begge udsagn er usande. Min klients værkstedssystem viser, at der på den pågældende dag alene blev udført et dækskift på anmelderens cykel, og at der aldrig er solgt cykler uden stelnummerkontrol. Beskyldningen for at handle med tyvekoster er en beskyldning for strafbart forhold, og udsagnene er ærekrænkende og skadelige for min klients virksomhed.

Jeg skal på denne baggrund anmode om, at anmeldelsen fjernes senest fredag den 23. oktober 2026 kl. 15.00, og at I bekræfter fjernelsen skriftligt over for mig.

Såfremt anmeldelsen ikke fjernes, har jeg instruks om at tage de nødvendige retlige skridt uden yderligere varsel.

Med venlig hilsen

Mette Skovgaard
Advokat
""", letter="2026-10-15", calc=("date", "2026-10-23"), family=["passive", "weekday", "time"],
    kind="legal_demand", name="Mette Skovgaard", org="Advokatfirmaet Bech Riis", mail="ms@bechriis.dk",
    rep="Nørrebro Cykelservice ApS", theirs="MS/2026-3318", urls=[DK(61)], ids=[RID[61]],
    quotes=["De skiftede mine bremseklodser til nogle brugte, og jeg var tæt på at blive kørt ned.",
            "Ejeren sælger stjålne cykler bagfra."],
    basis="anmeldelsen fjernes senest fredag den 23. oktober 2026 kl. 15.00", bases=["defamation"],
    case="new:noerrebro"))

# d62 -- indsigtsanmodning, en måned fra modtagelsen
DOCS.append(doc("d62", "eml", "da", "2026-10-14", """
Kære Trustpilot

Jeg anmoder hermed om indsigt i de personoplysninger, I behandler om mig, jf. databeskyttelsesforordningens artikel 15.

Jeg har haft en profil hos jer siden 2020 med denne e-mailadresse og visningsnavnet "Rasmus K". For nylig fik jeg en opringning fra et firma, jeg har anmeldt, og de kendte både mit fulde navn og mit telefonnummer, som jeg ikke selv har oplyst i anmeldelsen. Jeg vil derfor gerne vide, hvilke oplysninger I har om mig, og hvem I har videregivet dem til.

Jeg beder om:

- en kopi af alle personoplysninger, I har registreret om mig,
- formålene med behandlingen og retsgrundlaget,
- hvilke modtagere, herunder anmeldte virksomheder, der har fået oplysninger om mig, og hvornår,
- hvor længe oplysningerne opbevares.

Jeg forventer at modtage svar inden for en måned fra modtagelsen af denne anmodning, som forordningens artikel 12, stk. 3, foreskriver.

Med venlig hilsen

Rasmus Kjeldgaard
Vestergade 41, 2. th.
8000 Aarhus C
""", email=mail("Rasmus Kjeldgaard", "rasmus.kjeldgaard@gmail.com", "Indsigtsanmodning efter artikel 15",
                "<CAJm5Vq8Kj1d=kjeldgaard@mail.gmail.com>", "2026-10-14T20:31:00+02:00"),
    letter="2026-10-14", calc=("month", "2026-10-14"), family=["gdpr-statutory", "relative-receipt"],
    kind="data_request", name="Rasmus Kjeldgaard", mail="rasmus.kjeldgaard@gmail.com",
    basis="inden for en måned fra modtagelsen af denne anmodning", bases=["data_protection"],
    case="new:kjeldgaard"))

# d63 -- "inden 8 dage fra dags dato": fra brevets dato
DOCS.append(doc("d63", "docx", "da", "2026-10-28", f"""
Winther & Dahl Advokater
Åboulevarden 22 · 8000 Aarhus C
Tlf. 86 12 47 00 · lw@wintherdahl.dk

Trustpilot A/S
Pilestræde 58
1112 København K

Aarhus, den 26. oktober 2026

J.nr. 26-1044/LW

Anmeldelse af Salon Lykke ApS

Jeg har modtaget anmodning fra Salon Lykke ApS, frisørsalon i Aarhus, om at rette henvendelse til jer vedrørende en anmeldelse af salonen, offentliggjort under {DK(62)}.

I anmeldelsen skriver anmelderen, at salonen "farvede mit hår med en billig grossistfarve og påstod, at det var Olaplex". Salonen anvender alene de produkter, der fremgår af dens prisliste, og har fakturaer fra leverandøren, der dokumenterer det. Anmelderen har desuden ikke en booking hos salonen i den periode, anmeldelsen omtaler.

Udsagnet beskylder reelt min klient for at snyde sine kunder. Det er ikke korrekt og skader salonens omdømme i et lokalt marked, hvor kunderne i høj grad vælger frisør på baggrund af anmeldelser.

Jeg skal derfor anmode jer om inden 8 dage fra dags dato at fjerne anmeldelsen eller at dokumentere over for mig, at anmelderen faktisk har været kunde i salonen.

Jeg står naturligvis til rådighed, hvis I har brug for yderligere oplysninger.

Med venlig hilsen

Lars Winther
Advokat (L)
""", letter="2026-10-26", calc=("days", "2026-10-26", 8), family=["relative-letter-date"],
    kind="legal_demand", name="Lars Winther", org="Winther & Dahl Advokater", mail="lw@wintherdahl.dk",
    rep="Salon Lykke ApS", theirs="26-1044/LW", urls=[DK(62)], ids=[RID[62]],
    quotes=["farvede mit hår med en billig grossistfarve og påstod, at det var Olaplex"],
    basis="inden 8 dage fra dags dato", bases=["defamation"], case="new:lykke"))

# d64 -- scannet brev; datoen var allerede passeret, da brevet nåede frem
DOCS.append(doc("d64", "scan", "da", "2026-11-10", f"""
ADVOKATKONTORET HOLMGAARD
Vestergade 72 · 5000 Odense C
Tlf. 66 11 39 05 · kh@advokat-holmgaard.dk

Trustpilot A/S
Pilestræde 58
1112 København K

Odense, den 4. november 2026

Sag: 2026-0287 KH

Fynsk Tagdækning ApS – anmeldelse

Jeg skriver på vegne af Fynsk Tagdækning ApS, der udfører tagarbejde på Fyn og øerne.

Den 19. oktober 2026 blev der på jeres platform offentliggjort en anmeldelse ({DK(63)}), hvor der blandt andet står:

"Taget blev lagt uden undertag, og nu drypper det ned i soveværelset."

Min klient har gennemgået sagen. Undertaget fremgår af tilbud, materialeliste og de fotos, der blev taget under arbejdet, og kunden har kvitteret for afleveringen uden bemærkninger. Min klient har tilbudt kunden et gratis eftersyn, hvilket kunden ikke har svaret på.

Anmeldelsen indeholder således en faktuel påstand, der er forkert, og som er egnet til at skade min klients omdømme.

Jeg skal anmode om, at I undersøger sagen og enten fjerner anmeldelsen eller oplyser, hvilken dokumentation anmelderen har fremlagt. Svaret bedes fremsendt senest den 9. november 2026.

Med venlig hilsen

Karsten Holmgaard
Advokat
""", letter="2026-11-04", calc=("date", "2026-11-09"), family=["passive", "past-on-arrival", "scan"],
    kind="legal_demand", name="Karsten Holmgaard", org="Advokatkontoret Holmgaard", mail="kh@advokat-holmgaard.dk",
    rep="Fynsk Tagdækning ApS", theirs="2026-0287 KH", urls=[DK(63)], ids=[RID[63]],
    quotes=["Taget blev lagt uden undertag, og nu drypper det ned i soveværelset."],
    basis="Svaret bedes fremsendt senest den 9. november 2026", bases=["defamation"], case="new:fynsktag",
    note="received 10 November, after the date it demands: still the deadline"))

# d65 -- myndighed med formularfelt "Frist for svar"
DOCS.append(doc("d65", "pdf", "da", "2026-11-13", """
Forbrugerombudsmanden
Carl Jacobsens Vej 35 · 2500 Valby
Tlf. 41 71 50 00

Trustpilot A/S
Pilestræde 58
1112 København K

Dato: 12.11.2026
J.nr.: 26/08814
Sagsbehandler: Sofie Brandt, fuldmægtig
E-mail: sofie.brandt@kfst.dk
Frist for svar: 27.11.2026

Anmodning om oplysninger – anmeldelser af Skagen Solcelle Service ApS

Forbrugerombudsmanden undersøger, om Skagen Solcelle Service ApS har overtrådt markedsføringslovens regler om urigtige og vildledende forbrugeranmeldelser, herunder ved selv at have skrevet eller betalt for positive anmeldelser af virksomheden.

Virksomhedens profil på jeres platform findes på https://dk.trustpilot.com/review/skagensolcelle.dk.

Vi beder jer venligst oplyse følgende for perioden 1. januar 2026 til 31. oktober 2026:

1. Antallet af anmeldelser af virksomheden pr. måned.
2. Om jeres systemer har markeret anmeldelser af virksomheden som mistænkelige, og hvad I i så fald har foretaget jer.
3. Om virksomheden har anvendt jeres invitationsværktøjer, og i givet fald i hvilket omfang.
4. Om I har fjernet anmeldelser af virksomheden, og med hvilken begrundelse.

Oplysningerne indhentes med hjemmel i markedsføringslovens § 26. Vi gør opmærksom på, at oplysninger, der udgør forretningshemmeligheder, vil blive behandlet fortroligt.

Med venlig hilsen

Sofie Brandt
Fuldmægtig
""", letter="2026-11-12", calc=("date", "2026-11-27"), family=["labelled-field", "numeric-dotted"],
    kind="regulator", name="Sofie Brandt", org="Forbrugerombudsmanden", mail="sofie.brandt@kfst.dk",
    theirs="26/08814", urls=["https://dk.trustpilot.com/review/skagensolcelle.dk"],
    basis="Frist for svar: 27.11.2026", bases=["consumer_law"], case="new:forbrugerombudsmanden"))

# d66 -- intern eskalering, "senest på fredag" sendt en tirsdag
DOCS.append(doc("d66", "eml", "da", "2026-11-10", f"""
Hej allesammen

Jeg sender lige en sag videre fra en af mine kunder, Hotel Strandlyst i Skagen.

Det drejer sig om denne anmeldelse: {DK(65)}

Anmelderen skriver, at der var "væggelus i sengene, og receptionen grinede af os". Hotellet har tjekket alle bookinger i den periode, anmelderen nævner, og der er ingen gæst med det navn. Derudover har de haft skadedyrsfirmaet ude i september som led i den faste kontrol, og der blev ikke fundet noget. Rapporten har jeg fået tilsendt.

Anmeldelsen blev meldt via det almindelige flow, men blev afvist med et standardsvar. Direktøren er ret frustreret og har sagt, at hun overvejer at skifte udbyder, hvis ikke der sker noget.

Kunden vil gerne have et svar senest på fredag, så jeg vil sætte stor pris på, hvis en af jer kan kigge på den og give mig en melding om, hvem der tager den.

Tak!

Kasper Nyholm
Account Manager, Nordics
Trustpilot
kasper.nyholm@trustpilot.com
""", email=mail("Kasper Nyholm", "kasper.nyholm@trustpilot.com", "Eskalering: Hotel Strandlyst – afvist rapport",
                "<HE1PR07MB3321.knyholm@trustpilot.com>", "2026-11-10T10:48:00+01:00"),
    letter="2026-11-10", calc=("weekday", "2026-11-10", 4, 0), family=["informal"],
    kind="internal_escalation", name="Kasper Nyholm", org="Trustpilot", mail="kasper.nyholm@trustpilot.com",
    rep="Hotel Strandlyst", urls=[DK(65)], ids=[RID[65]], quotes=["væggelus i sengene, og receptionen grinede af os"],
    basis="senest på fredag", bases=["platform_guidelines"], case="new:strandlyst"))

# d67 -- politiets afslutningsbrev med opbevaringsperiode -> null
DOCS.append(doc("d67", "pdf", "da", "2026-11-18", f"""
NORDSJÆLLANDS POLITI
Efterforskning, IT-kriminalitet
Prøvestensvej 2 · 3000 Helsingør
Tlf. 114

Trustpilot A/S
Pilestræde 58
1112 København K

Helsingør, den 16. november 2026

Journalnr.: 0900-80213-00417-26
Sagsbehandler: politiassistent Jonas Friis
E-mail: jfr014@politi.dk

Vedr.: Jeres udlevering af oplysninger i sag om trusler

Nordsjællands Politi takker for jeres hurtige udlevering af oplysninger den 2. november 2026 i forbindelse med vores efterforskning af trusler fremsat i en anmeldelse på jeres platform ({DK(66)}), jf. straffelovens § 266.

På baggrund af oplysningerne har vi kunnet identificere den formodede gerningsmand, som er blevet afhørt den 12. november 2026. Sagen er herefter oversendt til anklagemyndigheden, der vil tage stilling til spørgsmålet om tiltale.

Politiet har ikke yderligere anmodninger til jer i sagen på nuværende tidspunkt. Anmeldelsen er sikret som bevis, og politiet har ingen indvendinger mod, at den fjernes efter jeres egne retningslinjer.

Til jeres orientering opbevares de modtagne oplysninger i sagen i overensstemmelse med reglerne i retsplejeloven og lov om retshåndhævende myndigheders behandling af personoplysninger, som udgangspunkt i 5 år efter sagens afslutning, hvorefter de slettes.

Skulle der blive behov for yderligere bistand, herunder vidneforklaring, vil I blive kontaktet af anklagemyndigheden.

Med venlig hilsen

Jonas Friis
Politiassistent
""", letter="2026-11-16", calc=None, family=["null", "retention-period", "past-dates"],
    kind="law_enforcement", name="Jonas Friis", org="Nordsjællands Politi", mail="jfr014@politi.dk",
    theirs="0900-80213-00417-26", urls=[DK(66)], ids=[RID[66]], basis=None, bases=["criminal"],
    case="new:nordsjaelland"))

# d68 -- ny e-mail med en ny, sidste frist; den gamle frist står i det citerede
DOCS.append(doc("d68", "eml", "da", "2026-11-24", f"""
Hej igen

Jeg har stadig ikke hørt fra jer, og anmeldelsen ligger der endnu. Fristen i min mail herunder er for længst overskredet.

Jeg giver jer hermed en sidste frist til mandag den 30. november. Hvis anmeldelsen ikke er fjernet til den tid, eller jeg ikke har fået en ordentlig forklaring, går jeg til min advokat.

Det er ikke rimeligt, at en person, der aldrig har været kunde hos os, kan skrive, at vi bruger råddent træ, og at I bare lader det stå.

Venlig hilsen

Henrik Holm
Tømrerfirmaet Holm & Søn ApS
Industrivej 14, 7400 Herning
Tlf. 97 12 33 48

Den 12. nov. 2026 kl. 08.17 skrev Henrik Holm <henrik@holmogsoen.dk>:
> Til Trustpilot
>
> Jeres sagsnr. CI-2026-0822
>
> Anmeldelsen {DK(26)} påstår, at vi "bruger råddent træ og skjuler det med maling". Det passer ikke, og anmelderen har aldrig været kunde hos os.
>
> Jeg beder jer fjerne anmeldelsen senest den 20. november.
>
> Henrik Holm
""", email=mail("Henrik Holm", "henrik@holmogsoen.dk", "SV: Anmeldelse af Holm & Søn – sidste frist",
                "<f52c9a18e0.henrik@holmogsoen.dk>", "2026-11-24T07:58:00+01:00",
                in_reply_to="<e41b7c90d2.henrik@holmogsoen.dk>", references=["<e41b7c90d2.henrik@holmogsoen.dk>"]),
    letter="2026-11-24", calc=("date", "2026-11-30"), family=["chaser-new-date", "deadline-noun", "no-year", "weekday"],
    kind="legal_demand", name="Henrik Holm", org="Tømrerfirmaet Holm & Søn ApS", mail="henrik@holmogsoen.dk",
    ours="CI-2026-0822", urls=[DK(26)], ids=[RID[26]], quotes=["bruger råddent træ og skjuler det med maling"],
    basis="en sidste frist til mandag den 30. november", bases=[], case="CI-2026-0822",
    note="30 November in the new email; 20 November only in the quoted one"))

# d69 -- ti arbejdsdage fra modtagelsen
DOCS.append(doc("d69", "docx", "da", "2026-11-19", f"""
Advokatfirmaet Lund Asmussen
Boulevarden 13 · 9000 Aalborg
Tlf. 98 13 27 60 · pa@lundasmussen.dk

Trustpilot A/S
Pilestræde 58
1112 København K

Aalborg, den 17. november 2026

Vores sag: 2611-PA-0934

Aalborg Autolakering ApS – krav om fjernelse af anmeldelse

Jeg repræsenterer Aalborg Autolakering ApS, der udfører lakering og pladearbejde for private og forsikringsselskaber.

I en anmeldelse af virksomheden ({DK(67)}) anfører anmelderen, at virksomheden "snyder forsikringsselskaberne ved at fakturere for reparationer, der aldrig bliver lavet".

Udsagnet er en beskyldning for forsikringssvig. Det er usandt. Samtlige skadesager gennemgås af forsikringsselskabernes taksatorer, som besigtiger bilerne både før og efter reparationen. Ingen forsikringsselskab har nogensinde rejst indsigelse mod min klients fakturering.

Anmeldelsen er ærekrænkende og har allerede haft konsekvenser, idet en samarbejdspartner har bedt om en redegørelse.

Jeg skal derfor anmode jer om at fjerne anmeldelsen inden 10 arbejdsdage fra modtagelsen af dette brev og bekræfte det skriftligt over for mig. Hvis I mener, at anmeldelsen bør blive stående, beder jeg om en begrundelse inden for samme frist.

Med venlig hilsen

Peter Asmussen
Advokat
""", letter="2026-11-17", calc=("wdays", "2026-11-19", 10, "DK", None), family=["working-days", "relative-receipt"],
    kind="legal_demand", name="Peter Asmussen", org="Advokatfirmaet Lund Asmussen", mail="pa@lundasmussen.dk",
    rep="Aalborg Autolakering ApS", theirs="2611-PA-0934", urls=[DK(67)], ids=[RID[67]],
    quotes=["snyder forsikringsselskaberne ved at fakturere for reparationer, der aldrig bliver lavet"],
    basis="inden 10 arbejdsdage fra modtagelsen af dette brev", bases=["defamation"], case="new:autolakering"))

# d70 -- anmelders klage med datoer i fortiden og en rejseperiode -> null
DOCS.append(doc("d70", "eml", "da", "2026-11-25", f"""
Hej

Min anmeldelse af Bådudlejning Limfjorden er blevet fjernet, og jeg forstår ikke hvorfor. Den lå her: {DK(68)}

Jeg lejede en båd hos dem den 9. august. Jeg skrev min anmeldelse den 12. oktober, og den blev fjernet den 28. oktober, efter at virksomheden havde meldt den. I bad mig om dokumentation, og jeg sendte kvitteringen fra MobilePay den 30. oktober. Den 3. november skrev jeg igen og spurgte, om I havde modtaget den, men jeg har ikke fået svar.

Anmeldelsen handlede om, at motoren satte ud midt på fjorden, og at vi måtte vente to timer på hjælp. Det er min ærlige oplevelse, og jeg har brugt et ordentligt sprog. Jeg kan ikke se, hvordan den strider mod jeres retningslinjer.

Jeg vil gerne have anmeldelsen lagt op igen.

Jeg er i øvrigt bortrejst fra den 28. november til den 6. december, men jeg læser mails.

Venlig hilsen
Birgitte Mørch
""", email=mail("Birgitte Mørch", "birgitte.moerch@hotmail.dk", "Min anmeldelse er fjernet",
                "<AS8PR02MB6917.bmoerch@hotmail.dk>", "2026-11-25T19:15:00+01:00"),
    letter="2026-11-25", calc=None, family=["null", "past-dates", "sender-own-date"],
    kind="consumer_appeal", name="Birgitte Mørch", mail="birgitte.moerch@hotmail.dk", urls=[DK(68)], ids=[RID[68]],
    basis=None, bases=["platform_guidelines"], case="new:moerch"))

# d71 -- fristforlængelse ("tidsfristen"); den oprindelige frist nævnes kun
DOCS.append(doc("d71", "pdf", "da", "2026-12-01", f"""
THORSEN ADVOKATFIRMA
Store Kongensgade 40 · 1264 København K
Tlf. 33 91 08 44 · ct@thorsenadvokat.dk

Trustpilot A/S
Pilestræde 58
1112 København K

København, den 30. november 2026

Jeres ref.: CI-2026-0823
Vores ref.: CT/SOL/26-204

Klinik Solsikken ApS – anmeldelserne {RID[27]} og {RID[28]}

Jeg henviser til min skrivelse af 3. november 2026, hvori jeg på vegne af Klinik Solsikken ApS anmodede om fjernelse af de to ovennævnte anmeldelser med frist den 1. december 2026, samt til vores telefonsamtale den 27. november 2026.

Som aftalt telefonisk forlænger vi hermed tidsfristen til onsdag den 9. december 2026, så I kan nå at modtage anmelderens dokumentation.

Jeg skal samtidig gentage, at anmeldelserne efter min klients opfattelse er ærekrænkende. Den ene påstår, at klinikken "behandler uden autorisation", hvilket er i direkte modstrid med de autorisationer, som jeg vedlagde mit første brev, og som kan kontrolleres i Autorisationsregistret.

Hører jeg ikke fra jer inden den nye frist, vil min klient tage stilling til at anlægge sag.

Med venlig hilsen

Camilla Thorsen
Advokat
""", letter="2026-11-30", calc=("date", "2026-12-09"), family=["extension", "deadline-noun", "weekday"],
    kind="legal_demand", name="Camilla Thorsen", org="Thorsen Advokatfirma", mail="ct@thorsenadvokat.dk",
    rep="Klinik Solsikken ApS", theirs="CT/SOL/26-204", ours="CI-2026-0823", ids=[RID[27], RID[28]],
    quotes=["behandler uden autorisation"], basis="forlænger vi hermed tidsfristen til onsdag den 9. december 2026",
    bases=["defamation"], case="CI-2026-0823"))

# d72 -- sletning efter GDPR; afsenderen sætter sin egen svarfrist
DOCS.append(doc("d72", "eml", "da", "2026-12-02", f"""
Hej Trustpilot

Jeg skriver, fordi jeg er nævnt ved fulde navn i en anmeldelse af den tandlægeklinik, hvor jeg arbejder som klinikassistent: {DK(69)}

Der står, at "klinikassistenten Thea Vestergaard var hårdhændet og var ligeglad med, at jeg havde ondt". Jeg har ikke selv skrevet noget på Trustpilot, og jeg har ingen konto hos jer. Men når man søger på mit navn, er det den første ting, der kommer frem, og jeg synes ikke, det er i orden.

Jeg beder om, at mit navn bliver slettet fra anmeldelsen, jf. artikel 17 i databeskyttelsesforordningen. Jeg gør også indsigelse mod, at I behandler mit navn, jf. artikel 21. Resten af anmeldelsen må gerne blive stående, hvis klinikken og anmelderen er enige om det.

Jeg ved godt, at I efter artikel 12 har op til en måned til at svare, men jeg sætter en svarfrist på 14 dage, fordi det påvirker mig hver dag på arbejdet.

Venlig hilsen
Thea Vestergaard
Tlf. 22 48 91 07
""", email=mail("Thea Vestergaard", "thea.vestergaard@outlook.dk", "Sletning af mit navn i en anmeldelse",
                "<VI1PR09MB4410.tvestergaard@outlook.dk>", "2026-12-02T12:05:00+01:00"),
    letter="2026-12-02", calc=("days", "2026-12-02", 14), family=["gdpr-own-period", "deadline-noun"],
    kind="data_request", name="Thea Vestergaard", mail="thea.vestergaard@outlook.dk", urls=[DK(69)], ids=[RID[69]],
    quotes=["klinikassistenten Thea Vestergaard var hårdhændet og var ligeglad med, at jeg havde ondt"],
    basis="svarfrist på 14 dage", bases=["data_protection"], case="new:vestergaard",
    note="her own 14 days, not the month she mentions"))
