"""corpus-dl4 Danish documents e61-e68."""
from common import RID, doc, mail

DOCS = []

# e61 -- advokatbrev: "inden 14 dage fra dags dato"
r = RID[120]
DOCS.append(doc("e61", "pdf", "da", "DK", "2026-10-14", f"""
ROSENSTAND ADVOKATFIRMA
Bredgade 45 · 1260 København K
Tlf. 33 55 70 12 · mr@rosenstand-advokat.dk

København, den 12. oktober 2026

J.nr.: MR-2026-0733

Trustpilot A/S
Juridisk afdeling

Vedr.: Kystlys Tandklinik ApS – anmeldelse https://dk.trustpilot.com/reviews/{r}

Til rette vedkommende

Jeg repræsenterer Kystlys Tandklinik ApS, Helsingør.

Den nævnte anmeldelse, som blev offentliggjort den 1. oktober 2026, indeholder bl.a. følgende udsagn: "Tandlægen trak en sund tand ud for at kunne sælge mig et implantat til 30.000 kr." Udsagnet er usandt. Klinikkens journal viser, at tanden var frakturet og ikke kunne bevares, hvilket patienten skriftligt blev oplyst om.

Udsagnet beskylder klinikken for bevidst at skade en patient for egen vindings skyld og er en ærekrænkelse, jf. straffelovens § 267. Klinikken har allerede mistet flere nye patienter.

På vegne af min klient skal jeg anmode om, at anmeldelsen fjernes inden 14 dage fra dags dato, og at I bekræfter dette skriftligt over for mig.

Med venlig hilsen

Mikkel Rosenstand
Advokat
Rosenstand Advokatfirma
""", letter="2026-10-12", calc=("days", "2026-10-12", 14), family=["relative_letter_date", "polite"],
    kind="legal_demand", name="Mikkel Rosenstand", org="Rosenstand Advokatfirma", mail="mr@rosenstand-advokat.dk",
    rep="Kystlys Tandklinik ApS", theirs="MR-2026-0733", urls=[f"https://dk.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["Tandlægen trak en sund tand ud for at kunne sælge mig et implantat til 30.000 kr."],
    basis="inden 14 dage fra dags dato", bases=["defamation"], case="new:kystlys",
    note="'fra dags dato' = from the letter's own date (12 Oct) -> 26 Oct."))

# e62 -- florist's email: "senest på torsdag"
r = RID[122]
DOCS.append(doc("e62", "eml", "da", "DK", "2026-10-20", f"""
Hej,

Jeg ejer Bisgaards Blomster i Roskilde. I weekenden er der kommet en anmeldelse af os, som jeg er sikker på er skrevet af en tidligere ansat:

https://dk.trustpilot.com/reviews/{r}

Der står, at vi "sælger døende buketter fra Holland og sprøjter dem med maling, så de ser friske ud". Det er simpelthen løgn. Vi køber hos to danske gartnerier, og det kan jeg dokumentere med fakturaer. Personen har aldrig handlet hos os, men hun var ansat her i tre måneder i foråret og gik i vrede.

Det her er injurier, og det rammer os lige før julesæsonen, hvor vi tjener halvdelen af årets omsætning.

Fjern venligst anmeldelsen senest på torsdag. Jeg sender gerne fakturaerne og hendes ansættelseskontrakt, hvis I har brug for det.

Venlig hilsen
Lone Bisgaard-Mørch
Bisgaards Blomster
Algade 12, 4000 Roskilde
Tlf. 46 55 02 18
""", letter="2026-10-20", calc=("next_weekday", "2026-10-20", 3), family=["informal_weekday", "imperative_request"],
    email=mail("Lone Bisgaard-Mørch", "lone@bisgaardsblomster.dk", "Falsk anmeldelse af Bisgaards Blomster",
               "<8c3d1f00a2.lone@bisgaardsblomster.dk>", "2026-10-20T08:31:00+02:00"),
    kind="legal_demand", name="Lone Bisgaard-Mørch", org="Bisgaards Blomster", mail="lone@bisgaardsblomster.dk",
    urls=[f"https://dk.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["sælger døende buketter fra Holland og sprøjter dem med maling, så de ser friske ud"],
    basis="senest på torsdag", bases=["defamation"], case="new:bisgaard",
    note="'senest på torsdag' from Tuesday 20 Oct = Thursday 22 Oct."))

# e63 -- passive "Svar bedes sendt senest den 6. november 2026 kl. 12.00"
r = RID[124]
DOCS.append(doc("e63", "docx", "da", "DK", "2026-10-30", f"""
ADVOKATFIRMAET VESTERGAARD HOLM
Åboulevarden 33 · 8000 Aarhus C · Tlf. 86 55 41 90 · kvh@vestergaardholm.dk

Aarhus, den 28. oktober 2026

Vores ref.: KVH/4412-26

Trustpilot A/S
Juridisk afdeling

Vedr.: Aarhus Elbilservice ApS – anmeldelse https://dk.trustpilot.com/reviews/{r}

Kære Trustpilot

Vi repræsenterer Aarhus Elbilservice ApS, der servicerer elbiler i Østjylland.

Anmeldelsen ovenfor påstår, at værkstedet "udskifter gode batterimoduler med brugte og beholder de nye til videresalg". Påstanden er grundløs. Alle udskiftede moduler registreres med serienummer hos producenten, og vores klient har aldrig solgt batterimoduler videre.

Påstanden er egnet til at nedsætte vores klient i omdømme og udgør en ærekrænkende sigtelse. Vi skal derfor anmode om, at anmeldelsen fjernes, eller at I redegør for, hvorfor I mener, at den kan forblive offentliggjort.

Svar bedes sendt senest den 6. november 2026 kl. 12.00 til undertegnede.

Med venlig hilsen

Karoline Vestergaard-Holm
Advokat (H)
Advokatfirmaet Vestergaard Holm
""", letter="2026-10-28", calc=("date", "2026-11-06"), family=["passive", "time_of_day", "explicit_long"],
    kind="legal_demand", name="Karoline Vestergaard-Holm", org="Advokatfirmaet Vestergaard Holm", mail="kvh@vestergaardholm.dk",
    rep="Aarhus Elbilservice ApS", theirs="KVH/4412-26", urls=[f"https://dk.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["udskifter gode batterimoduler med brugte og beholder de nye til videresalg"],
    basis="Svar bedes sendt senest den 6. november 2026 kl. 12.00", bases=["defamation"], case="new:aarhus-elbil"))

# e64 -- GDPR access request: "inden for en måned fra modtagelsen"
DOCS.append(doc("e64", "eml", "da", "DK", "2026-11-04", """
Til Trustpilot

Jeg anmoder hermed om indsigt i de personoplysninger, I behandler om mig, jf. databeskyttelsesforordningens artikel 15.

Baggrunden er, at en virksomhed, jeg har anmeldt, Skovlunde Autoophug ApS, har ringet til mig på min private mobil og henvist til min anmeldelse. Jeg har aldrig oplyst mit nummer til dem, og jeg vil derfor gerne vide, om I har videregivet oplysninger om mig til virksomheden, og i givet fald hvilke og hvornår.

Jeg beder om:
- en kopi af alle oplysninger, I har registreret om mig;
- en oversigt over, hvem I har videregivet oplysninger til;
- oplysning om, hvor længe I opbevarer oplysningerne.

Jeg forventer svar inden for en måned fra modtagelsen af denne anmodning. Hvis jeg ikke hører fra jer, klager jeg til Datatilsynet.

Min konto er oprettet med denne e-mailadresse.

Med venlig hilsen
Rasmus Therkildsen
Ballerup
""", letter="2026-11-04", calc=("month", "2026-11-04"), family=["one_month", "relative_receipt"],
    email=mail("Rasmus Therkildsen", "rasmus.therkildsen@outlook.dk", "Anmodning om indsigt – artikel 15",
               "<AM0PR07MB6123.rasmus.1104@outlook.dk>", "2026-11-04T21:02:00+01:00"),
    kind="data_request", name="Rasmus Therkildsen", mail="rasmus.therkildsen@outlook.dk",
    basis="inden for en måned fra modtagelsen af denne anmodning", bases=["data_protection"], case="new:therkildsen",
    note="One month from receipt (4 Nov, the email's day) -> 4 Dec. The question about retention is part of the "
         "request, not a date."))

# e65 -- scanned letter: "inden 8 dage fra modtagelsen af dette brev"
r = RID[128]
DOCS.append(doc("e65", "scan", "da", "DK", "2026-11-10", f"""
BRØNDUM & LUND ADVOKATER
Vestergade 70 · 5000 Odense C
Tlf. 66 55 19 34 · jb@broendumlund.dk

Odense, den 6. november 2026

Sagsnr.: 26-1187/JB

Trustpilot A/S
Juridisk afdeling

Vedr.: Fyns Vinduespolering I/S – anmeldelse ID {r}

Til rette vedkommende

Undertegnede repræsenterer Fyns Vinduespolering I/S.

I anmeldelsen med ovennævnte ID skriver brugeren "Pia H.", at vores klients medarbejdere "kigger ind ad vinduerne hos enlige kvinder og tager billeder". Udsagnet er fuldstændig udokumenteret og beskylder vores klients ansatte for strafbar adfærd. Ingen kunder har nogensinde klaget over noget lignende, og politiet har ikke rettet henvendelse.

Udsagnet er ærekrænkende over for vores klient og dets to medarbejdere.

Vi anmoder om, at anmeldelsen fjernes inden 8 dage fra modtagelsen af dette brev. Såfremt I ikke finder grundlag for at fjerne den, bedes I inden for samme frist oplyse, hvilken dokumentation brugeren har fremlagt for sin oplevelse.

Med venlig hilsen

Jesper Brøndum
Advokat
Brøndum & Lund Advokater
""", letter="2026-11-06", calc=("days", "2026-11-10", 8), family=["relative_receipt"],
    kind="legal_demand", name="Jesper Brøndum", org="Brøndum & Lund Advokater", mail="jb@broendumlund.dk",
    rep="Fyns Vinduespolering I/S", theirs="26-1187/JB", ids=[r],
    quotes=["kigger ind ad vinduerne hos enlige kvinder og tager billeder"],
    basis="inden 8 dage fra modtagelsen af dette brev", bases=["defamation"], case="new:fyns-vinduer",
    note="Counted from receipt (10 Nov), not the letter date (6 Nov) -> 18 Nov."))

# e66 -- owner's chaser: "straks", his earlier date only recalled and quoted: null
r = RID[161]
DOCS.append(doc("e66", "eml", "da", "DK", "2026-11-16", f"""
Hej igen,

Jeg har stadig ikke hørt fra jer, selvom fristen i min mail nedenfor var den 9. november. Jeres sagsnummer er CI-2026-1911, står der i jeres automatiske svar.

Anmeldelsen https://dk.trustpilot.com/reviews/{r} ligger der stadig, og nu har to kunder aflyst deres forårsopgaver med henvisning til, at vi "efterlader asbeststøv i hele huset og er ligeglade". Vi har aldrig arbejdet med asbest, og vi har ikke haft en opgave på den adresse, som anmelderen nævner.

Fjern anmeldelsen straks. Ellers går jeg til en advokat.

Bo Kjærsgaard
Malerfirmaet Kjærsgaard ApS
Tlf. 98 55 31 07

Den tor. 29. okt. 2026 kl. 07:52 skrev Bo Kjærsgaard <bo@kjaersgaard-maler.dk>:
> Til Trustpilot
>
> Anmeldelsen af mit firma er falsk og injurierende. Jeg kræver, at den fjernes senest den 9. november.
>
> Bo Kjærsgaard
""", letter="2026-11-16", calc=None, family=["chaser_immediately", "recalled_date", "quoted_old_date"],
    email=mail("Bo Kjærsgaard", "bo@kjaersgaard-maler.dk", "Sv: Falsk anmeldelse - Malerfirmaet Kjærsgaard",
               "<c0ffe21a78.bo@kjaersgaard-maler.dk>", "2026-11-16T06:55:00+01:00",
               in_reply_to="<c0ffe21a77.bo@kjaersgaard-maler.dk>", references=["<c0ffe21a77.bo@kjaersgaard-maler.dk>"]),
    kind="legal_demand", name="Bo Kjærsgaard", org="Malerfirmaet Kjærsgaard ApS", mail="bo@kjaersgaard-maler.dk",
    ours="CI-2026-1911", urls=[f"https://dk.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["efterlader asbeststøv i hele huset og er ligeglade"], bases=["defamation"], case="CI-2026-1911",
    note="9. november is recalled and in his quoted mail; the new demand is 'straks' -> null. legal_bases from "
         "'injurierende' in the quoted part of the same thread."))

# e67 -- Danish DSA web form: labelled "Svarfrist" with an ISO date
r = RID[132]
DOCS.append(doc("e67", "txt", "da", "DK", "2026-11-19", f"""
TRUSTPILOT – ANMELD ULOVLIGT INDHOLD (EU/EØS)
Anmeldelse efter artikel 16 i forordning (EU) 2022/2065 (forordningen om digitale tjenester)
--------------------------------------------------------------------

Indsendt: 19.11.2026 kl. 14:06

1. DINE OPLYSNINGER
Navn: Mette Kragelund
E-mail: mette@kragelund-hundepension.dk
Organisation (valgfri): Kragelund Hundepension
Land: Danmark

2. DET ANMELDTE INDHOLD
URL: https://dk.trustpilot.com/reviews/{r}
Type af ulovligt indhold: Ulovlig offentliggørelse af personoplysninger

3. HVORFOR ER INDHOLDET ULOVLIGT?
Anmeldelsen indeholder min private adresse og mit cpr-nummer, som anmelderen må have set på en faktura. Der står: "Hun bor på Bakkevej 4 og har cpr-nummer 140379-xxxx, så kan I selv hente jeres hund." Offentliggørelse af cpr-nummer og privatadresse er i strid med databeskyttelsesreglerne. Jeg er bange for, at nogen møder op ved mit hjem.

4. ØNSKET HANDLING
Handling: Fjernelse
Svarfrist (ÅÅÅÅ-MM-DD): 2026-11-27

5. ERKLÆRING
[x] Jeg bekræfter i god tro, at oplysningerne i denne anmeldelse er korrekte og fuldstændige.
Underskrift: Mette Kragelund

--------------------------------------------------------------------
Dette er en automatisk genereret kopi af din anmeldelse.
""", letter="2026-11-19", calc=("date", "2026-11-27"), family=["form_field", "request_noun", "iso_date"],
    kind="illegal_content_notice", name="Mette Kragelund", org="Kragelund Hundepension",
    mail="mette@kragelund-hundepension.dk", urls=[f"https://dk.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["Hun bor på Bakkevej 4 og har cpr-nummer 140379-xxxx, så kan I selv hente jeres hund."],
    basis="Svarfrist (ÅÅÅÅ-MM-DD): 2026-11-27", bases=["dsa", "data_protection"], case="new:kragelund"))

# e68 -- erasure request mentioning retention periods and old dates, no deadline: null
DOCS.append(doc("e68", "eml", "da", "DK", "2026-11-23", """
Hej Trustpilot

Jeg vil gerne have slettet min brugerkonto og alle oplysninger om mig, jf. databeskyttelsesforordningens artikel 17.

Jeg oprettede kontoen den 2. marts 2019 og skrev min sidste anmeldelse i august 2022. Jeg har ikke brugt kontoen siden. I jeres privatlivspolitik står der, at oplysninger om inaktive brugere opbevares i 36 måneder efter sidste aktivitet, og at logfiler gemmes i 13 måneder. Efter min beregning burde mine oplysninger derfor allerede være slettet, men jeg fik en nyhedsmail fra jer den 18. november.

Jeg beder jer derfor om:
- at slette kontoen og mine anmeldelser;
- at bekræfte sletningen skriftligt;
- at oplyse, om I har videregivet mine oplysninger til andre.

Jeg ser frem til at høre fra jer.

Venlig hilsen
Søren Vindeløv
Viborg
""", letter="2026-11-23", calc=None, family=["null_retention", "null_past_events"],
    email=mail("Søren Vindeløv", "soren.vindelov@gmail.com", "Sletning af min konto",
               "<CAM5s=vindelov.1123@mail.gmail.com>", "2026-11-23T12:14:00+01:00"),
    kind="data_request", name="Søren Vindeløv", mail="soren.vindelov@gmail.com",
    bases=["data_protection"], case="new:vindelov",
    note="36 and 13 months are our retention periods, the dates are past events, and he sets no period of his own "
         "(no statutory month is cited either) -> null."))
