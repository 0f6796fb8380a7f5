from common import *

# ---------------------------------------------------------------- w02 Datatilsynet rykker (pdf)
doc("w02", "da", "pdf", "2026-11-03", """DATATILSYNET
Carl Jacobsens Vej 35
2500 Valby
T 33 19 32 00
dt@datatilsynet.dk

Trustpilot A/S
Att.: Juridisk afdeling
Pilestræde 58, 5. sal
1112 København K

Sendt med Digital Post

2. november 2026
J.nr. 2026-31-7714
Sagsbehandler: Line Bech Thorsen
Direkte telefon: 33 19 32 47

Rykker for udtalelse – klage over Trustpilot A/S' behandling af en anmodning om sletning

Datatilsynet henviser til vores brev af 6. oktober 2026, hvor vi bad Trustpilot A/S om en udtalelse til brug for behandlingen af en klage, som tilsynet modtog den 14. september 2026. Klagen angår, at Trustpilot efter klagers opfattelse ikke har efterkommet klagers anmodning af 2. juli 2026 om sletning af personoplysninger, jf. databeskyttelsesforordningens artikel 17.

I brevet af 6. oktober 2026 bad vi om at modtage jeres udtalelse senest den 27. oktober 2026. Datatilsynet har ikke modtaget en udtalelse og har heller ikke modtaget en anmodning om udsættelse.

Datatilsynet skal derfor igen anmode om en udtalelse i sagen. Udtalelsen bedes navnlig indeholde:

1. en redegørelse for, hvornår og hvordan Trustpilot har modtaget og behandlet klagers anmodning om sletning, og hvilket svar klager har fået,
2. oplysning om, hvilke personoplysninger om klager Trustpilot fortsat behandler, til hvilke formål og med hvilket retsgrundlag, jf. forordningens artikel 6,
3. Trustpilots bemærkninger til klagers oplysning om, at klagers fulde navn og bopælsby fortsat fremgår af en virksomheds offentlige svar på en af klagers anmeldelser.

Udtalelsen bedes sendt til dt@datatilsynet.dk med angivelse af ovenstående journalnummer, og Datatilsynet skal bede om at modtage den senest fredag den 20. november 2026.

Datatilsynet gør opmærksom på, at tilsynet, hvis der ikke modtages en udtalelse inden fristen, vil kunne træffe afgørelse i sagen på det foreliggende grundlag. Vi henleder samtidig opmærksomheden på tilsynets beføjelser efter forordningens artikel 58.

Klager er orienteret om denne rykker.

Med venlig hilsen

Line Bech Thorsen
Specialkonsulent""",
    G("regulator", "Line Bech Thorsen", "Datatilsynet", "dt@datatilsynet.dk", None, "2026-31-7714", None, [], [], [],
      "2026-11-20", "senest fredag den 20. november 2026", ["data_protection"], "CI-2026-0433"))

# ---------------------------------------------------------------- w06 Brink Lund reply in thread (eml)
doc("w06", "da", "eml", "2026-11-06", """Kære Trustpilot

Tak for jeres svar af 4. november.

Jeg har noteret mig, at I ikke finder grundlag for at fjerne anmeldelsen, fordi den efter jeres opfattelse giver udtryk for anmelderens subjektive oplevelse. Det er min klient ikke enig i.

Anmeldelsen indeholder ikke kun vurderinger. Den fastslår som et faktum, at "Kjeldsen snyder med timesedlerne og fakturerer timer, der aldrig er blevet arbejdet." og at "Halvdelen af folkene på pladsen er sort arbejdskraft." Der er tale om konkrete beskyldninger for strafbare forhold, og de er usande. Min klient kan dokumentere, at samtlige medarbejdere er fastansatte og korrekt registreret, og kan fremlægge de underskrevne timesedler for den pågældende opgave i Hasseris.

Udsagnene er ærekrænkende og retsstridige, og min klient vil om nødvendigt nedlægge påstand om mortifikation og tortgodtgørelse efter erstatningsansvarslovens § 26. Som vært for indholdet er Trustpilot forpligtet til at handle, når I er gjort bekendt med det, og det er I nu.

Jeg må derfor fastholde kravet om, at anmeldelsen fjernes. Har jeg ikke modtaget jeres bekræftelse senest onsdag den 18. november 2026 kl. 12.00, vil sagen blive indbragt for domstolene uden yderligere varsel.

Med venlig hilsen

Anne-Birgitte Lund
Advokat

Advokatfirmaet Brink Lund
Vesterbro 112, 9000 Aalborg
Tlf. 98 12 40 66
abl@brinklund.dk
Vores ref.: 1187-26/ABL

Den 4. nov. 2026 kl. 09.31 skrev Trustpilot Legal <legal@trustpilot.com>:
> Kære Anne-Birgitte Lund
>
> Tak for din henvendelse af 28. oktober 2026 på vegne af Tømrerfirmaet Kjeldsen ApS.
>
> Vi har gennemgået den anmeldelse, du henviser til, i forhold til vores retningslinjer og gældende ret. Anmeldelsen beskriver anmelderens egen oplevelse af et byggeprojekt, og vi finder på det foreliggende grundlag ikke, at den er åbenbart ulovlig. Vi fjerner den derfor ikke.
>
> Hvis din klient har dokumentation for, at de konkrete udsagn er usande, er du velkommen til at sende den til os, så ser vi på sagen igen.
>
> Med venlig hilsen
> Trustpilot Legal""",
    G("legal_demand", "Anne-Birgitte Lund", "Advokatfirmaet Brink Lund", "abl@brinklund.dk", "Tømrerfirmaet Kjeldsen ApS",
      "1187-26/ABL", None, [], [],
      ["Kjeldsen snyder med timesedlerne og fakturerer timer, der aldrig er blevet arbejdet.",
       "Halvdelen af folkene på pladsen er sort arbejdskraft."],
      "2026-11-18", "senest onsdag den 18. november 2026 kl. 12.00", ["defamation"], "CI-2026-0409"),
    E("Anne-Birgitte Lund", "abl@brinklund.dk", "SV: Anmeldelse af Tømrerfirmaet Kjeldsen ApS på Trustpilot",
      "<b81f3e07-2c6a-4d19-9e55-brinklund-0611@brinklund.dk>", "2026-11-06T14:22:00+01:00",
      in_reply_to="<ci-2026-0409.20261104.0931@legal.trustpilot.com>",
      references=["<a3f1c7e2-5d40-4f1e-9a8b-brinklund-2810@brinklund.dk>",
                  "<ci-2026-0409.20261104.0931@legal.trustpilot.com>"]))

# ---------------------------------------------------------------- w12 Anders Bøgh Nielsen — sletning (txt)
doc("w12", "da", "txt", "2026-11-10", f"""Anders Bøgh Nielsen
Møllergade 41, 2. th.
5700 Svendborg
anders.bogh.nielsen@mail.dk

Svendborg, 9. november 2026

Til Trustpilot A/S
Databeskyttelsesrådgiver (DPO)
Pilestræde 58
1112 København K

Anmodning om sletning af min profil og mine oplysninger

Jeg har haft en brugerprofil hos Trustpilot siden 2019, oprettet med ovenstående e-mailadresse. Jeg ønsker ikke længere at være bruger og anmoder hermed om, at I sletter min profil og alle personoplysninger om mig, jf. databeskyttelsesforordningens artikel 17.

Det gælder også mine anmeldelser. Jeg har forsøgt at slette profilen selv under "Indstillinger", men får hver gang fejlmeddelelsen "Noget gik galt". Det har jeg prøvet flere gange siden den 20. oktober.

Det er især vigtigt for mig, at min anmeldelse af et plejehjem (https://dk.trustpilot.com/reviews/{R['DK_ERASE']}) bliver fjernet, fordi den indeholder oplysninger om min mors helbred, som jeg ikke længere ønsker skal være offentlige.

Hvis I mener, at I har ret til at beholde nogle af oplysningerne, beder jeg om en begrundelse og om at få at vide, hvilke oplysninger der er tale om.

Jeg forventer at modtage svar inden for en måned, som forordningen foreskriver.

Venlig hilsen
Anders Bøgh Nielsen""",
    G("data_request", "Anders Bøgh Nielsen", None, "anders.bogh.nielsen@mail.dk", None, None, None,
      [f"https://dk.trustpilot.com/reviews/{R['DK_ERASE']}"], [R['DK_ERASE']], [],
      add_month("2026-11-09"), "inden for en måned", ["data_protection"], "new:boegh-nielsen"))

# ---------------------------------------------------------------- w20 Nordlys — new lawyer names client (docx)
doc("w20", "da", "docx", "2026-11-16", """HOLM & VESTERGAARD
Advokatpartnerselskab
Store Torv 9, 8000 Aarhus C
Tlf. 86 12 44 90 · CVR 38417206
sv@holmvestergaard.dk

Trustpilot A/S
Juridisk afdeling
Pilestræde 58, 5.
1112 København K

Aarhus, den 13. november 2026
Sagsnr.: 26-3318 SV/lkj

Nordlys Design ApS – krænkelse af ophavsret til produktfotografier

Undertegnede er blevet antaget af Nordlys Design ApS i den sag, som selskabets direktør, Camilla Nordahl, selv rejste over for Trustpilot i oktober. Al korrespondance i sagen bedes fremover rettet til mig.

Som det vil være jer bekendt, indeholder en anmeldelse på jeres platform tre fotografier af min klients lamper fra kollektionen "Vinterlys". Fotografierne er taget af en professionel fotograf efter aftale med min klient, som har den eksklusive ret til at udnytte dem. De er kopieret fra min klients webshop og uploadet sammen med anmeldelsen uden tilladelse.

Offentliggørelsen af fotografierne krænker min klients rettigheder efter ophavsretslovens § 70 om fotografiske billeder. At fotografierne indgår i en anmeldelse, ændrer ikke herved; anmelderen kunne uden videre have taget sine egne billeder.

Min klient ønsker ikke selve anmeldelsens tekst fjernet. Kravet angår alene fotografierne.

På vegne af min klient skal jeg anmode om, at fotografierne fjernes, og at I bekræfter dette skriftligt over for mig senest 14 dage fra modtagelsen af dette brev. Er fotografierne ikke fjernet inden fristen, har jeg instruks om at indgive begæring om forbud til fogedretten uden yderligere varsel.

Jeg har noteret mig, at Trustpilot den 22. oktober 2026 bekræftede over for min klient at have modtaget henvendelsen, men at der ikke er sket noget siden.

Med venlig hilsen

Søren Vestergaard
Advokat (H), partner""",
    G("ip_notice", "Søren Vestergaard", "Holm & Vestergaard Advokatpartnerselskab", "sv@holmvestergaard.dk",
      "Nordlys Design ApS", "26-3318 SV/lkj", None, [], [], [],
      add_days("2026-11-16", 14), "senest 14 dage fra modtagelsen af dette brev", ["copyright"], "CI-2026-0470"))

# ---------------------------------------------------------------- w23 Fjordkanten — Norwegian-flavoured Danish; party of closed case
doc("w23", "da", "eml", "2026-11-17", """Hej Trustpilot

Jeg skriver på vegne af Fjordkanten Bil AS i Bergen. Vi er en brugtbilforhandler med 14 ansatte og har brugt Trustpilot siden 2021.

Den 10. november fik vi en e-mail om, at vores adgang til at sende invitationer til anmeldelser er suspenderet i 30 dage, fordi vi efter jeres opfattelse kun har inviteret kunder, som var tilfredse ("selektiv invitation"). Det stemmer ikke. Vi sender invitation automatisk fra vores forhandlersystem til alle kunder som har kjøbt bil, uanset hvad. Det kan vi dokumentere med log fra systemet for hele perioden august til oktober.

Det vi tror er sket, er at systemet i to uger i september ikke sendte invitationer til kunder som havde betalt med finansiering, på grund af en feil hos vores leverandør. Det var ikke noget vi valgte, og det blev rettet så snart vi oppdaget det.

Vi har læst jeres retningslinjer for virksomheder og mener ikke at vi har brudt dem. Vi beder om at suspensionen bliver ophævet, og at advarselen på vores side https://no.trustpilot.com/review/fjordkantenbil.no bliver fjernet.

Vi havde en sag med jer i sommer om en anden anmeldelse. Den blev afsluttet, og vi var tilfredse med hvordan den blev håndteret, så vi håber at også denne kan løses hurtigt.

Vi vil gerne have en afgørelse innen fredag 27. november, da vi starter vores julekampagne den 30. november.

Med venlig hilsen
Øyvind Hauge
Daglig leder
Fjordkanten Bil AS
Sandsliveien 90, 5254 Sandsli
+47 55 98 31 20""",
    G("business_appeal", "Øyvind Hauge", "Fjordkanten Bil AS", "oyvind.hauge@fjordkantenbil.no", None, None, None,
      ["https://no.trustpilot.com/review/fjordkantenbil.no"], [], [],
      "2026-11-27", "innen fredag 27. november", ["platform_guidelines"], "new:fjordkanten-2"),
    E("Øyvind Hauge", "oyvind.hauge@fjordkantenbil.no", "Klage på suspendering af vores profil",
      "<CAGm2k7Zp4Vx8@mail.gmail.com>", "2026-11-17T10:02:00+01:00"))

# ---------------------------------------------------------------- w29 Mette — appeal against decision, no ref/no id
doc("w29", "da", "eml", "2026-11-20", """Hej

Jeg har fået jeres mail om at min anmeldelse af tandlægen IKKE kommer op igen fordi den "ikke er baseret på en reel oplevelse". Det er jo helt vildt. Jeg har været patient der i 6 år og jeg har sendt jer kvitteringen for behandlingen d. 4 august. hvad mere vil i have??

Jeg synes det er under al kritik at i bare tager klinikkens parti uden at spørge mig om noget som helst. Jeg skrev ingen skældsord, jeg skrev bare hvad der skete, at jeg ventede 1 time og 20 min og at regningen var 1.400 kr højere end overslaget. det er da ikke løgn??

Jeg vil gerne klage over afgørelsen og have at en anden kigger på den. Og så vil jeg gerne vide præcis hvem der har anmeldt min anmeldelse, var det klinikken selv?

Hvis i ikke kan hjælpe mig så går jeg til Forbrugerombudsmanden, det har jeg allerede snakket med min svoger om.

mvh Mette Kjærgaard

Sendt fra min iPhone""",
    G("consumer_appeal", "Mette Kjærgaard", None, "mette.kj@gmail.com", None, None, None, [], [], [],
      None, None, [], "CI-2026-0459"),
    E("Mette Kjærgaard", "mette.kj@gmail.com", "svar på jeres afgørelse",
      "<8C1E5F2A-44B7-4D0B-9B3E-71A2C6D0E5F9@gmail.com>", "2026-11-19T22:47:00+01:00"))

# ---------------------------------------------------------------- w31 Københavns Politi rykker (pdf, form fields)
doc("w31", "da", "pdf", "2026-11-23", f"""KØBENHAVNS POLITI
Efterforskningsenheden for IT-kriminalitet
Polititorvet 14
1780 København V
Telefon 114
kbh-itkrim@politi.dk

ANMODNING OM UDLEVERING AF OPLYSNINGER – RYKKER

Journalnr.: 0100-84211-00417-26
Dato: 20-11-2026
Modtager: Trustpilot A/S, Pilestræde 58, 1112 København K
Vedrørende: Politiets anmodning af 5. oktober 2026
Svarfrist: 01-12-2026

Københavns Politi efterforsker en sag om trusler, jf. straffelovens § 266, mod indehaveren af en frisørsalon på Nørrebro.

Den 5. oktober 2026 anmodede politiet Trustpilot A/S om at udlevere oplysninger om den bruger, der den 29. september 2026 offentliggjorde anmeldelsen på adressen https://dk.trustpilot.com/reviews/{R['DKPOL']}. Politiet har hverken modtaget oplysningerne eller anden henvendelse fra Trustpilot.

Politiet anmoder derfor på ny om følgende:

• brugerens navn, e-mailadresse og eventuelle telefonnummer
• IP-adresser med tidsstempel (UTC) for oprettelsen af profilen og for offentliggørelsen af anmeldelsen
• oplysning om andre anmeldelser afgivet fra samme profil

Oplysningerne bedes sendt til ovenstående e-mailadresse med angivelse af journalnummeret.

Såfremt Trustpilot ikke ønsker at udlevere oplysningerne frivilligt, vil politiet anmode retten om en kendelse om edition, jf. retsplejelovens § 804.

Med venlig hilsen

Kasper Lindholm
Politiassistent
Direkte telefon 72 58 14 36""",
    G("law_enforcement", "Kasper Lindholm", "Københavns Politi", "kbh-itkrim@politi.dk", None, "0100-84211-00417-26",
      None, [f"https://dk.trustpilot.com/reviews/{R['DKPOL']}"], [R['DKPOL']], [],
      "2026-12-01", "Svarfrist: 01-12-2026", ["criminal"], "CI-2026-0395"))

# ---------------------------------------------------------------- w40 Sofie Dam — internal escalation about a review of open case 0409
doc("w40", "da", "eml", "2026-11-25", f"""Hej Legal

Jeg har lige fået en henvendelse fra en af mine kunder, Tømrerfirmaet Kjeldsen ApS i Aalborg (Advanced-abonnement siden 2023), som er meget utilfreds med denne anmeldelse:

https://dk.trustpilot.com/reviews/{R['KJELD']}

Indehaveren, Jens Kjeldsen, ringede til mig i morges. Han siger, at anmeldelsen beskylder firmaet for at snyde med timesedler og bruge sort arbejdskraft, og at han har sat en advokat på sagen, men at han ikke har hørt noget fra jer i flere uger. Han fortalte også, at to private kunder har aflyst opgaver og henvist til anmeldelsen.

Han er en god og loyal kunde, som har anbefalet os til flere andre håndværkere i området, så jeg vil meget gerne kunne give ham et ordentligt svar.

Jeg ved ikke, om sagen allerede ligger hos jer via advokaten. Kan I give mig en kort status, så jeg kan vende tilbage til ham? Jeg har sagt til ham, at jeg ikke kan love noget om udfaldet.

Tak på forhånd!

Sofie Dam
Account Manager, SMB Danmark
Trustpilot A/S
sofie.dam@trustpilot.com
+45 31 42 77 09""",
    G("internal_escalation", "Sofie Dam", "Trustpilot A/S", "sofie.dam@trustpilot.com", "Tømrerfirmaet Kjeldsen ApS",
      None, None, [f"https://dk.trustpilot.com/reviews/{R['KJELD']}"], [R['KJELD']], [], None, None, [],
      "CI-2026-0409"),
    E("Sofie Dam", "sofie.dam@trustpilot.com", "Kunde: Tømrerfirmaet Kjeldsen - anmeldelse",
      "<CAHx0b3Lq8Rz5@mail.gmail.com>", "2026-11-25T10:14:00+01:00"))

# ---------------------------------------------------------------- w42 Forbrugerombudsmanden (pdf)
doc("w42", "da", "pdf", "2026-11-26", """FORBRUGEROMBUDSMANDEN
Carl Jacobsens Vej 35
2500 Valby
Tlf. 41 71 50 00
www.forbrugerombudsmanden.dk

Trustpilot A/S
Pilestræde 58
1112 København K

Sendt pr. e-mail til legal@trustpilot.com

Dato: 25. november 2026
Sagsnr.: 26/09871
Ref.: JFM

Anmodning om oplysninger – anmeldelser af Hvidovre Tag & Facade ApS

Forbrugerombudsmanden behandler en sag om, hvorvidt Hvidovre Tag & Facade ApS har købt eller på anden måde fremskaffet falske anmeldelser på Trustpilot, jf. markedsføringslovens § 5 og forbuddet mod falske forbrugeranmeldelser i lovens bilag 1.

Sagen er rejst på baggrund af henvendelser fra to forbrugere og en konkurrent. Det fremgår af virksomhedens profil (https://dk.trustpilot.com/review/hvidovretagfacade.dk), at den i perioden juni til september 2026 har modtaget over 300 anmeldelser med fem stjerner, mod ca. 20 om året tidligere.

Til brug for sagens behandling beder vi Trustpilot om følgende oplysninger:

1. antallet af anmeldelser af virksomheden pr. måned i 2026,
2. om Trustpilot har fjernet anmeldelser af virksomheden, og i givet fald hvor mange og med hvilken begrundelse,
3. om Trustpilot har konstateret tegn på, at anmeldelserne stammer fra forbundne profiler eller er afgivet mod betaling eller andre fordele,
4. om Trustpilot har taget skridt over for virksomheden, fx advarsler på profilen.

Forbrugerombudsmanden anmoder om oplysningerne i medfør af markedsføringslovens § 28, stk. 1. Vi skal bede om jeres svar senest 10 arbejdsdage efter modtagelsen af dette brev.

Spørgsmål til sagen kan rettes til undertegnede på direkte telefon 41 71 52 36 eller jfm@forbrug.dk.

Med venlig hilsen

Jesper Fogh Madsen
Chefkonsulent""",
    G("regulator", "Jesper Fogh Madsen", "Forbrugerombudsmanden", "jfm@forbrug.dk", None, "26/09871", None,
      ["https://dk.trustpilot.com/review/hvidovretagfacade.dk"], [], [],
      workdays("2026-11-26", 10, "DK"), "senest 10 arbejdsdage efter modtagelsen af dette brev",
      ["consumer_law"], "new:hvidovre-tag"))
