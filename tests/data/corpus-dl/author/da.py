from common import D, G, E

# ---------------------------------------------------------------- 1 "senest kl. 16.00 den 3. december 2026"
D("bjerg", "da", "pdf", "2026-11-24", "2026-11-20", "new:toemrer-bjerg", """
ADVOKATFIRMAET HOLM & RASMUSSEN
Store Kongensgade 40, 1264 København K
Tlf. 33 15 62 80
E-mail: mh@holm-rasmussen.dk

København, den 20. november 2026

Vores ref.: MH/2026-0871

Trustpilot A/S
Juridisk afdeling
Pilestræde 58
1112 København K

Vedr.: Ærekrænkende anmeldelse af Tømrerfirmaet Bjerg ApS

Til rette vedkommende

Jeg repræsenterer Tømrerfirmaet Bjerg ApS, Roskilde. Den 6. november 2026 blev der på https://dk.trustpilot.com/reviews/{R1} offentliggjort en anmeldelse, hvori det hedder: "Bjerg snyder ældre kunder og tager betaling for arbejde, de aldrig udfører."

Påstanden er usand og ærekrænkende. Min klient har dokumentation for samtlige udførte opgaver for den pågældende kunde, herunder underskrevne afleveringsprotokoller.

Jeg skal derfor anmode om, at anmeldelsen fjernes, og at dette bekræftes over for mig senest kl. 16.00 den 3. december 2026. Hører jeg ikke fra Dem inden da, vil min klient indlede retslige skridt.

Med venlig hilsen

Mette Holm
Advokat
Advokatfirmaet Holm & Rasmussen
""", G("legal_demand", "Mette Holm", "Advokatfirmaet Holm & Rasmussen", "mh@holm-rasmussen.dk",
       "Tømrerfirmaet Bjerg ApS", "MH/2026-0871", ["https://dk.trustpilot.com/reviews/{R1}"],
       ["Bjerg snyder ældre kunder og tager betaling for arbejde, de aldrig udfører."],
       "senest kl. 16.00 den 3. december 2026", ["defamation"]),
  ("date", "2026-12-03"), "2026-12-03")

# ---------------------------------------------------------------- 2 felt "Frist for svar: 02.12.2026", politi
D("oestjylland", "da", "eml", "2026-11-23", "2026-11-23", "new:politi-frisoer", """
Til Trustpilot A/S

ANMODNING OM UDLEVERING AF OPLYSNINGER

Journalnr.: 3700-80241-00417-26
Sagstype: Trusler (straffelovens § 266)
Frist for svar: 02.12.2026

Politiet efterforsker en sag om trusler mod en frisør i Aarhus. Den 15. november 2026 blev der offentliggjort en anmeldelse på https://dk.trustpilot.com/reviews/{R1}, som indeholder sætningen: "Du skal ikke regne med at have en salon ret meget længere." Forurettede anmeldte forholdet den 16. november 2026.

Politiet anmoder om følgende oplysninger om den profil, der har skrevet anmeldelsen: navn, e-mailadresse, telefonnummer samt IP-adresser ved oprettelse og ved offentliggørelse.

Oplysningerne sendes krypteret til undertegnede. Kontoindehaveren må ikke underrettes om anmodningen.

Med venlig hilsen

Kasper Vinther
Politiassistent
Østjyllands Politi, Efterforskning
E-mail: kvi005@politi.dk
""", G("law_enforcement", "Kasper Vinther", "Østjyllands Politi", "kvi005@politi.dk",
       None, "3700-80241-00417-26", ["https://dk.trustpilot.com/reviews/{R1}"],
       ["Du skal ikke regne med at have en salon ret meget længere."],
       "Frist for svar: 02.12.2026", ["criminal"]),
  ("date", "2026-12-02"), "2026-12-02",
  E("Østjyllands Politi", "oestjylland.efterforskning@politi.dk", "Anmodning om udlevering af oplysninger – j.nr. 3700-80241-00417-26",
    "2026-11-23T12:10:00+01:00", "<3700-80241-00417-26.20261123@politi.dk>"))

# ---------------------------------------------------------------- 3 modal "De skal ... senest fredag den 27. november 2026"
D("vinkaelder", "da", "txt", "2026-11-19", "2026-11-17", "new:vinkaelderen-odense", """
Vinkælderen i Odense ApS
Vestergade 71, 5000 Odense C
Tlf. 66 12 48 03 · E-mail: lars@vinkaelderen-odense.dk

Odense, den 17. november 2026

Til Trustpilot A/S

Vedr.: Falsk anmeldelse – https://dk.trustpilot.com/reviews/{R1}

Til rette vedkommende

Den 10. november 2026 blev der skrevet en anmeldelse af vores vinhandel, hvor der står: "De sælger fortyndet vin på dåse som dyre årgangsvine." Det er ikke sandt. Vi har aldrig solgt vin på dåse, og alle vores vine købes direkte hos producenterne med fuld dokumentation.

Anmeldelsen er skrevet af en tidligere medarbejder, som blev afskediget den 2. november 2026, og den overholder ikke jeres egne retningslinjer, som kræver en ægte kundeoplevelse.

De skal fjerne anmeldelsen senest fredag den 27. november 2026. Ellers vil vi gå videre med sagen, da der efter vores opfattelse er tale om injurier.

Med venlig hilsen

Lars Kjeldsen
Direktør
Vinkælderen i Odense ApS
""", G("legal_demand", "Lars Kjeldsen", "Vinkælderen i Odense ApS", "lars@vinkaelderen-odense.dk",
       None, None, ["https://dk.trustpilot.com/reviews/{R1}"],
       ["De sælger fortyndet vin på dåse som dyre årgangsvine."],
       "De skal fjerne anmeldelsen senest fredag den 27. november 2026", ["platform_guidelines", "defamation"]),
  ("date", "2026-11-27"), "2026-11-27")

# ---------------------------------------------------------------- 4 passiv "bedes sendt senest", Datatilsynet
D("datatilsynet", "da", "pdf", "2026-11-23", "2026-11-19", "new:datatilsynet-klage", """
DATATILSYNET
Carl Jacobsens Vej 35, 2500 Valby
E-mail: asj@datatilsynet.dk

Valby, den 19. november 2026

J.nr. 2026-31-8842
Sagsbehandler: Anne Sofie Juhl

Trustpilot A/S
Att.: Databeskyttelsesrådgiver
Pilestræde 58
1112 København K

Klage over manglende sletning

Datatilsynet har den 5. november 2026 modtaget en klage fra en borger, som har anmodet Trustpilot om at slette en anmeldelse, hvori klageren nævnes ved fulde navn og arbejdsplads. Anmeldelsen findes på https://dk.trustpilot.com/reviews/{R1}. Klageren oplyser, at Trustpilot den 12. oktober 2026 afviste anmodningen uden begrundelse.

Datatilsynet skal på den baggrund anmode om en udtalelse i sagen, herunder om jeres vurdering efter databeskyttelsesforordningens artikel 17, stk. 3, og om, hvorvidt klageren er blevet vejledt om muligheden for at klage til Datatilsynet.

Oplysningerne bedes sendt senest den 4. december 2026 med angivelse af ovenstående journalnummer.

Med venlig hilsen

Anne Sofie Juhl
Specialkonsulent
""", G("regulator", "Anne Sofie Juhl", "Datatilsynet", "asj@datatilsynet.dk",
       None, "2026-31-8842", ["https://dk.trustpilot.com/reviews/{R1}"], [],
       "Oplysningerne bedes sendt senest den 4. december 2026", ["data_protection"]),
  ("date", "2026-12-04"), "2026-12-04")

# ---------------------------------------------------------------- 5 "tidsfrist til mandag den 7. december 2026"
D("cykelsmed", "da", "eml", "2026-11-30", "2026-11-30", "new:cykelsmeden-aalborg", """
Hej Trustpilot

Vi har den 24. november fået en advarsel på vores profil https://dk.trustpilot.com/review/cykelsmeden-aalborg.dk, hvor der står, at vi har "forsøgt at manipulere med anmeldelser". Vi forstår ikke hvorfor.

Vi sender kun invitationer gennem jeres eget system efter hver reparation, og vi har aldrig tilbudt rabat eller gaver for en anmeldelse. Vi har heller ikke sorteret nogen kunder fra invitationerne.

Advarslen skader os, fordi mange kunder nu spørger, om vi snyder. Vi beder jer fjerne advarslen eller forklare, hvad den bygger på. Vi har sat en tidsfrist til mandag den 7. december 2026 for et svar, fordi vi ellers vil søge juridisk rådgivning.

Venlig hilsen
Mads Friis
Indehaver
Cykelsmeden Aalborg
Tlf. 98 12 77 41
""", G("business_appeal", "Mads Friis", "Cykelsmeden Aalborg", "mads.friis@cykelsmeden-aalborg.dk",
       None, None, ["https://dk.trustpilot.com/review/cykelsmeden-aalborg.dk"],
       ["forsøgt at manipulere med anmeldelser"],
       "tidsfrist til mandag den 7. december 2026", []),
  ("date", "2026-12-07"), "2026-12-07",
  E("Mads Friis", "mads.friis@cykelsmeden-aalborg.dk", "Klage over advarsel på vores profil",
    "2026-11-30T13:25:00+01:00", "<b94d1e02-cykelsmeden@cykelsmeden-aalborg.dk>"))

# ---------------------------------------------------------------- 6 "inden 8 dage fra modtagelsen af dette brev"
D("havnely", "da", "pdf", "2026-11-23", "2026-11-17", "new:restaurant-havnely", """
ADVOKATFIRMAET NØRGAARD LUND
Åboulevarden 34, 8000 Aarhus C
Tlf. 86 13 44 90
E-mail: sn@norgaardlund.dk

Aarhus, den 17. november 2026

Vores j.nr.: 26-1190/SN

Trustpilot A/S
Pilestræde 58
1112 København K

Vedr.: Restaurant Havnely ApS – anmeldelse på https://dk.trustpilot.com/reviews/{R1}

Til rette vedkommende

Undertegnede repræsenterer Restaurant Havnely ApS.

I den ovennævnte anmeldelse, offentliggjort den 1. november 2026, anføres det, at "køkkenet blev lukket af Fødevarestyrelsen sidste år på grund af rotter". Det er urigtigt. Restauranten har ved samtlige kontrolbesøg, senest den 22. september 2026, fået den bedste smiley, og den har aldrig været lukket.

Udsagnet er egnet til at skade min klients omdømme og er ærekrænkende.

På vegne af min klient skal jeg anmode om, at anmeldelsen fjernes inden 8 dage fra modtagelsen af dette brev.

Med venlig hilsen

Søren Nørgaard
Advokat
Advokatfirmaet Nørgaard Lund
""", G("legal_demand", "Søren Nørgaard", "Advokatfirmaet Nørgaard Lund", "sn@norgaardlund.dk",
       "Restaurant Havnely ApS", "26-1190/SN", ["https://dk.trustpilot.com/reviews/{R1}"],
       ["køkkenet blev lukket af Fødevarestyrelsen sidste år på grund af rotter"],
       "inden 8 dage fra modtagelsen af dette brev", ["defamation"]),
  ("days", "received", 8), "2026-12-01")

# ---------------------------------------------------------------- 7 "inden for en måned", docx
D("vestergaard", "da", "docx", "2026-11-18", "2026-11-16", "new:vestergaard-indsigt", """
Camilla Vestergaard
Nørrebrogade 118, 3. tv.
2200 København N
camilla.vestergaard@mail.dk

København, den 16. november 2026

Trustpilot A/S
Att.: Databeskyttelsesrådgiver
Pilestræde 58
1112 København K

Anmodning om indsigt, jf. databeskyttelsesforordningens artikel 15

Kære Trustpilot

Jeg har haft en brugerprofil hos Trustpilot siden 2021. Den 3. november 2026 fik jeg besked om, at min profil var blevet spærret, fordi jeg angiveligt havde skrevet anmeldelser på vegne af en virksomhed. Det har jeg aldrig gjort.

Jeg anmoder hermed om indsigt i alle de personoplysninger, I behandler om mig, herunder de oplysninger og eventuelle automatiske vurderinger, der ligger til grund for spærringen, samt oplysning om, hvor I har oplysningerne fra.

Jeg forventer at modtage oplysningerne inden for en måned.

Med venlig hilsen

Camilla Vestergaard
""", G("data_request", "Camilla Vestergaard", None, "camilla.vestergaard@mail.dk",
       None, None, [], [], "inden for en måned", ["data_protection"]),
  ("month", "letter"), "2026-12-16")

# ---------------------------------------------------------------- 8 "inden 10 arbejdsdage"
D("nordhavn", "da", "txt", "2026-11-23", "2026-11-20", "new:nordhavn-design", """
Nordhavn Design A/S
Juridisk afdeling
Sundkaj 9, 2150 Nordhavn
Tlf. 70 22 18 60 · E-mail: jtr@nordhavndesign.dk

Nordhavn, fredag den 20. november 2026

Til: Trustpilot A/S, juridisk afdeling

Vedr.: Krænkelse af varemærket NORDHAVN DESIGN (EU-varemærke nr. 018447612)

Til rette vedkommende

Nordhavn Design A/S er indehaver af EU-varemærket NORDHAVN DESIGN, registreret for møbler og belysning.

Virksomhedsprofilen https://dk.trustpilot.com/review/nordhavn-design-outlet.com tilhører en webshop, som uden tilladelse bruger vores varemærke og logo og sælger efterligninger af vores lamper. Kunder skriver anmeldelser på profilen i den tro, at de har handlet hos os.

Brugen udgør en krænkelse af vores varemærkeret, jf. varemærkeforordningens artikel 9.

Vi anmoder om, at profilen lukkes eller omdøbes, så vores varemærke ikke længere fremgår, inden 10 arbejdsdage.

Med venlig hilsen

Julie Trier
Juridisk rådgiver
Nordhavn Design A/S
""", G("ip_notice", "Julie Trier", "Nordhavn Design A/S", "jtr@nordhavndesign.dk",
       None, None, ["https://dk.trustpilot.com/review/nordhavn-design-outlet.com"], [],
       "inden 10 arbejdsdage", ["trademark"]),
  ("wd", "letter", 10, "DK"), "2026-12-04")

# ---------------------------------------------------------------- 9 NULL: straks
D("damgaard", "da", "eml", "2026-11-04", "2026-11-04", "new:damgaard-barn", """
Hej

I en anmeldelse af den private børnehave Solsikken i Vejle, https://dk.trustpilot.com/reviews/{R1}, skriver en anden forælder mit barns fulde navn og påstår, at "Emil Damgaard på 5 år slår de andre børn hver dag, og forældrene er ligeglade." Anmeldelsen blev lagt op den 2. november 2026.

Det er et lille barn, der bliver hængt ud med navn på en offentlig side. Det er i strid med GDPR, og jeg mener, at det er ulovligt indhold, som I skal fjerne efter DSA.

Jeg beder jer fjerne anmeldelsen straks og give mig besked, når det er sket.

Venlig hilsen
Line Damgaard
Vejle
""", G("illegal_content_notice", "Line Damgaard", None, "line.damgaard@hotmail.dk",
       None, None, ["https://dk.trustpilot.com/reviews/{R1}"],
       ["Emil Damgaard på 5 år slår de andre børn hver dag, og forældrene er ligeglade."],
       None, ["data_protection", "dsa"]),
  None, None,
  E("Line Damgaard", "line.damgaard@hotmail.dk", "Anmeldelse med mit barns navn – skal fjernes",
    "2026-11-04T07:45:00+01:00", "<AM0PR07MB4121D3@AM0PR07MB4121.eurprd07.prod.outlook.com>"))

# ---------------------------------------------------------------- 10 NULL: klage, kun tidligere datoer
D("boegh", "da", "txt", "2026-11-13", "2026-11-12", "new:boegh-klage", """
Fra: Henrik Bøgh
E-mail: henrik.boegh@jubii.dk
Dato: 12. november 2026
Emne: Min anmeldelse er blevet fjernet

Hej Trustpilot

Jeg skrev den 20. oktober 2026 en anmeldelse af VVS-firmaet Tappen & Søn, fordi de tog 4.800 kr. for at skifte et blandingsbatteri, der stadig drypper. Den 9. november fik jeg en mail om, at min anmeldelse var fjernet, fordi virksomheden havde indberettet den for at indeholde personoplysninger.

Jeg skrev kun, at "montøren hed Jesper og var der i 20 minutter". Det er vel ikke personoplysninger på den måde, og det er jo bare sandt. Jeg har fakturaen fra den 15. oktober.

Anmeldelsen lå her: https://dk.trustpilot.com/reviews/{R1}

Jeg vil gerne have, at I genovervejer sagen og sætter anmeldelsen op igen, eventuelt uden navnet, hvis det er problemet.

Mvh
Henrik Bøgh
""", G("consumer_appeal", "Henrik Bøgh", None, "henrik.boegh@jubii.dk",
       None, None, ["https://dk.trustpilot.com/reviews/{R1}"],
       ["montøren hed Jesper og var der i 20 minutter"], None, []),
  None, None)

# ---------------------------------------------------------------- 11 "inden 14 dage", udateret formular
D("lauridsen", "da", "txt", "2026-11-25", None, "new:lauridsen-rengoering", """
Kontaktformular – juridiske henvendelser

Navn: Birgitte Lauridsen
Virksomhed: Lauridsen Rengøring ApS
E-mail: birgitte@lauridsen-rengoering.dk
Telefon: 22 48 19 06

Besked:
Hej

En anmeldelse på https://dk.trustpilot.com/reviews/{R1} påstår, at "rengøringsdamerne stjæler smykker fra kunderne". Det er en meget alvorlig beskyldning mod mine medarbejdere, og den er helt grundløs. Vi har ingen kunde med det navn, som anmeldelsen er skrevet under, og ingen af vores kunder har nogensinde meldt noget savnet.

Jeg mener, at anmeldelsen er ærekrænkende, og den strider mod jeres retningslinjer om ægte oplevelser.

Jeg beder jer fjerne anmeldelsen inden 14 dage. Hvis I har brug for dokumentation, sender jeg gerne vores kundeliste for perioden.

Venlig hilsen
Birgitte Lauridsen
""", G("legal_demand", "Birgitte Lauridsen", "Lauridsen Rengøring ApS", "birgitte@lauridsen-rengoering.dk",
       None, None, ["https://dk.trustpilot.com/reviews/{R1}"],
       ["rengøringsdamerne stjæler smykker fra kunderne"], "inden 14 dage", ["defamation", "platform_guidelines"]),
  ("days", "letter", 14), "2026-12-09")

# ---------------------------------------------------------------- 12 NULL: påmindet frist, ingen ny
D("soenderaa", "da", "eml", "2026-11-20", "2026-11-20", "new:soenderaa-kro", """
Til Trustpilot

Jeg henviser til mit brev af 30. oktober 2026 vedrørende anmeldelsen på https://dk.trustpilot.com/reviews/{R1}, hvori min klient, Sønderå Kro ApS, beskyldes for at "servere genopvarmet mad fra dagen før som dagens ret".

Jeg bad om jeres svar senest den 13. november 2026. I svarede ikke inden denne dato, og jeg har heller ikke siden hørt fra jer.

Min klient har derfor besluttet at anlægge sag ved Retten i Sønderborg mod anmeldelsens forfatter med påstand om mortifikation og tortgodtgørelse for ærekrænkelse. Vi vil i den forbindelse anmode retten om at pålægge Trustpilot at udlevere oplysninger om forfatterens identitet.

Jeg gør opmærksom på, at oplysningerne om den pågældende profil skal opbevares, indtil sagen er afgjort.

Med venlig hilsen

Peter Lykke
Advokat
Lykke Advokater, Sønderborg
""", G("legal_demand", "Peter Lykke", "Lykke Advokater", "pl@lykke-advokater.dk",
       "Sønderå Kro ApS", None, ["https://dk.trustpilot.com/reviews/{R1}"],
       ["servere genopvarmet mad fra dagen før som dagens ret"], None, ["defamation"]),
  None, None,
  E("Advokat Peter Lykke", "pl@lykke-advokater.dk", "Sag om anmeldelse af Sønderå Kro – retssag",
    "2026-11-20T10:30:00+01:00", "<20261120103000.PL0417@lykke-advokater.dk>"))
