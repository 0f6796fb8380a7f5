"""corpus-q Danish documents q45–q52."""
from common import RID, add_month, add_working_days, doc, email

DK = "https://dk.trustpilot.com/reviews/"

DOCS = [
    doc("q45", "pdf", "da", "2026-10-15", """
DATATILSYNET
Carl Jacobsens Vej 35
2500 Valby
T 33 19 32 00
dt@datatilsynet.dk

Trustpilot A/S
Att.: Databeskyttelsesrådgiver
Pilestræde 58
1112 København K

Sendt med Digital Post

14. oktober 2026

J.nr. 2026-812-4470
Sagsbehandler: Ida Refslund Kvist
Direkte: 33 19 32 47

Rykker – klage over manglende besvarelse af anmodning om indsigt

Datatilsynet sendte den 21. september 2026 en klage fra Søren Buhl Vestervig til Trustpilot A/S i høring og bad om en udtalelse senest den 12. oktober 2026.

Datatilsynet har endnu ikke modtaget jeres udtalelse. Vi har heller ikke modtaget en anmodning om fristforlængelse.

Klagen angår, at Søren Buhl Vestervig den 2. juli 2026 anmodede om indsigt efter databeskyttelsesforordningens artikel 15 og efter det oplyste alene modtog en kopi af sine egne anmeldelser, men ingen oplysninger om de indberetninger, som virksomheder har foretaget om hans anmeldelser.

Datatilsynet skal på denne baggrund anmode om at modtage jeres udtalelse senest den 26. oktober 2026. Udtalelsen bedes indeholde de oplysninger, der blev anmodet om i høringsbrevet af 21. september 2026, herunder en redegørelse for, hvorfor oplysninger om indberetninger ikke blev udleveret.

Hvis vi ikke modtager en udtalelse inden fristen, vil Datatilsynet træffe afgørelse på det foreliggende grundlag.

Med venlig hilsen

Ida Refslund Kvist
Specialkonsulent
irk@datatilsynet.dk
""", kind="regulator", case="CI-2026-0945", name="Ida Refslund Kvist", org="Datatilsynet",
        addr="irk@datatilsynet.dk", theirs="2026-812-4470",
        deadline="2026-10-26", basis="senest den 26. oktober 2026", bases=["data_protection"],
        note="Regulator writing again on open CI-2026-0945 (journal number, complainant). A chaser that sets a new "
             "date while quoting the old one (12 October, only recalled). 2 July is a past event."),

    doc("q46", "eml", "da", "2026-10-19", f"""
Hej Trustpilot

Jeg skrev en anmeldelse af VVS-Service Hvidbjerg i august, efter at de havde skiftet mit fjernvarmeanlæg. Den ligger her: {DK}{RID['hvidbjerg']}

I dag kan jeg se, at den er skjult, og der står, at den er "under vurdering". Jeg har fået en mail om, at virksomheden har klaget over den gennem en advokat. Jeg har ikke fået at vide, hvad de klager over.

Det jeg skrev var:

"Montøren gik midt i arbejdet og kom aldrig tilbage, og regningen var på det dobbelte af tilbuddet."

"Da jeg ringede, fik jeg at vide, at det var min egen skyld."

Det er præcis, hvad der skete. Jeg har tilbuddet på 14.800 kr. og regningen på 29.350 kr., og jeg har sms'erne fra montøren. Jeg har ikke overtrådt jeres retningslinjer, og jeg synes ikke, det er rimeligt, at en virksomhed kan få en anmeldelse skjult bare ved at sende en advokat.

Jeg vil gerne have anmeldelsen vist igen. Skal I bruge dokumentation, så sender jeg den gerne hurtigst muligt.

Venlig hilsen
Mette Kjærgaard Bolt
Holstebro
""", email=email("Mette Kjærgaard Bolt", "mette.kbolt@gmail.com", "Min anmeldelse er skjult",
                 "<CAN8vY2bT5eMk0bolt-19102026@mail.gmail.com>", "2026-10-19T20:31:00+02:00"),
        kind="consumer_appeal", case="CI-2026-0948", name="Mette Kjærgaard Bolt", addr="mette.kbolt@gmail.com",
        urls=[DK + RID["hvidbjerg"]], ids=[RID["hvidbjerg"]],
        quotes=["Montøren gik midt i arbejdet og kom aldrig tilbage, og regningen var på det dobbelte af tilbuddet.",
                "Da jeg ringede, fik jeg at vide, at det var min egen skyld."],
        bases=["platform_guidelines"],
        note="The reviewer (a different person) about the review of open CI-2026-0948: same matter. No date demanded "
             "('hurtigst muligt' is about her own documents)."),

    doc("q47", "pdf", "da", "2026-11-02", """
SKAARUP & PRÆST
Advokatpartnerselskab
Åboulevarden 70, 8000 Aarhus C
Tlf. 86 55 40 12 · mail@skaaruppraest.dk · CVR 39 41 72 06

Trustpilot A/S
Juridisk afdeling
Pilestræde 58
1112 København K

Aarhus, den 29. oktober 2026

Vores ref.: CVL/24871-003
Deres ref.:

Krænkelse af varemærket KLARSYN – virksomhedsprofil på Trustpilot

Vi repræsenterer Klarsyn Optik A/S, der driver 23 optikerforretninger i Jylland og på Fyn, og som er indehaver af det danske ordmærke KLARSYN (reg.nr. VR 2011 02874) og figurmærket med det stiliserede øje.

På jeres platform findes en virksomhedsprofil på adressen https://dk.trustpilot.com/review/klarsyn-outlet.dk. Profilen tilhører en netbutik, der ikke har nogen forbindelse til vores klient, men som benytter navnet Klarsyn og vores klients figurmærke som profilbillede. Flere forbrugere har på profilen skrevet anmeldelser, der tydeligvis er ment til vores klient, og vores klients kundeservice modtager klager over varer, som er købt i netbutikken.

Brugen udgør en krænkelse af vores klients varemærkeret, jf. varemærkelovens § 4, stk. 1, nr. 1 og 2.

Vi skal derfor anmode om, at I inden 10 hverdage fra modtagelsen af dette brev fjerner figurmærket fra profilen og tydeligt angiver, at profilen ikke tilhører Klarsyn Optik A/S. Vi forbeholder os at tage yderligere skridt over for netbutikkens indehaver.

Med venlig hilsen

Caroline Vestergaard Skaarup
Advokat (H), partner
cvl@skaaruppraest.dk
""", kind="ip_notice", case="new:q-klarsyn", name="Caroline Vestergaard Skaarup",
        org="Skaarup & Præst Advokatpartnerselskab", addr="cvl@skaaruppraest.dk", rep="Klarsyn Optik A/S",
        theirs="CVL/24871-003", urls=["https://dk.trustpilot.com/review/klarsyn-outlet.dk"],
        deadline=add_working_days("2026-11-02", 10, "DK"),
        basis="inden 10 hverdage fra modtagelsen af dette brev", bases=["trademark"],
        note="Hverdage from receipt (2 Nov): 16 Nov. '(H)' (right of audience at the Supreme Court) is a title. "
             "The business page complained about is the infringer's, not the sender's."),

    doc("q48", "eml", "da", "2026-11-06", f"""
Til Trustpilot

Jeg ønsker at få slettet min profil hos jer og alle oplysninger om mig, jf. databeskyttelsesforordningens artikel 17.

Det gælder også min anmeldelse af et bryllupsfotografi-firma fra 2024, som ligger her: {DK}{RID['dk_dp']}. Jeg har selv prøvet at slette den, men den står stadig på virksomhedens side under mit fulde navn.

Jeg beder desuden om en bekræftelse på, hvilke oplysninger I har slettet, og om I har givet mine oplysninger videre til andre, fx virksomheden.

Jeg forventer svar inden for en måned.

Mvh
Lærke Søndergaard Friis
Vestergade 19, 2. th.
5000 Odense C
""", email=email("Lærke Søndergaard Friis", "laerke.friis@outlook.dk", "Sletning af profil og data",
                 "<AM9P195MB1423D0F6laerke0611@AM9P195MB1423.EURP195.PROD.OUTLOOK.COM>", "2026-11-06T07:58:00+01:00"),
        kind="data_request", case="new:q-friis", name="Lærke Søndergaard Friis", addr="laerke.friis@outlook.dk",
        urls=[DK + RID["dk_dp"]], ids=[RID["dk_dp"]],
        deadline=add_month("2026-11-06"), basis="inden for en måned", bases=["data_protection"],
        note="'Inden for en måned' with no anchor runs from the email's date (6 Nov): 6 Dec."),

    doc("q49", "scan", "da", "2026-11-10", f"""
MIDT- OG VESTJYLLANDS POLITI
Efterforskning Nord
Søvej 4, 7400 Herning
Tlf. 114

Trustpilot A/S
Pilestræde 58
1112 København K

Herning, den 6. november 2026

Journalnr.: 4100-84120-00417-26
Vores ref.: ROB

Anmodning om udlevering af oplysninger

Midt- og Vestjyllands Politi efterforsker en sag om trusler efter straffelovens § 266 mod indehaveren af en frisørsalon i Herning.

Den 28. oktober 2026 blev der på jeres platform offentliggjort en anmeldelse af salonen på adressen {DK}{RID['dk_pol']}. Anmeldelsen indeholder bl.a. følgende:

"Jeg ved, hvor du parkerer om aftenen, og næste gang nøjes jeg ikke med at skrive."

Politiet anmoder om at få udleveret følgende oplysninger om den bruger, der har oprettet anmeldelsen: navn, e-mailadresse, telefonnummer, samt IP-adresser og tidspunkter for oprettelse af profilen og for offentliggørelse af anmeldelsen.

Vi anmoder samtidig om, at oplysningerne sikres, og at brugeren ikke orienteres om henvendelsen.

Oplysningerne bedes sendt til undertegnede senest kl. 12.00 fredag den 20. november 2026. Hvis udlevering kræver en retskendelse, beder vi om at blive orienteret hurtigst muligt, så vi kan indhente den.

Rasmus Østergaard Bech
Politiassistent
rob004@politi.dk
""", kind="law_enforcement", case="new:q-herning", name="Rasmus Østergaard Bech", org="Midt- og Vestjyllands Politi",
        addr="rob004@politi.dk", theirs="4100-84120-00417-26", urls=[DK + RID["dk_pol"]], ids=[RID["dk_pol"]],
        quotes=["Jeg ved, hvor du parkerer om aftenen, og næste gang nøjes jeg ikke med at skrive."],
        deadline="2026-11-20", basis="senest kl. 12.00 fredag den 20. november 2026", bases=["criminal"],
        note="Time of day between the cue and the date. their_reference: the journal number (the handler's "
             "initials 'ROB' are a secondary reference). 'Politiassistent' is a rank. Signature with no sign-off."),

    doc("q50", "eml", "da", "2026-11-23", f"""
Hej Legal

Jeg skriver på vegne af Hornbæk Cykler ApS, som er en af mine kunder på Sjælland (fire butikker, Premium-abonnement).

De har fået en anmeldelse, som de mener er skrevet af en tidligere medarbejder, der blev afskediget i oktober: {DK}{RID['hornbaek']}

Anmeldelsen påstår bl.a.: "De sælger brugte elcykler som nye og sletter stelnumrene." Ifølge ejeren er det helt grebet ud af luften, og han har været i kontakt med en advokat, men vil helst løse det med os uden.

Deres indberetning er blevet afvist med standardsvaret om, at anmeldelsen ikke overtræder retningslinjerne. Ejeren forstår ikke hvorfor, og jeg ved ærligt talt heller ikke, hvad jeg skal sige til ham.

Kan I kigge på den og give mig en tilbagemelding inden torsdag d. 26/11? Jeg har et møde med ham om fornyelsen af abonnementet om en uge.

Tak!

Signe Bækgaard Rask
Account Manager, Nordics
Trustpilot
sira@trustpilot.com
""", email=email("Signe Bækgaard Rask", "sira@trustpilot.com", "Hornbæk Cykler – afvist indberetning",
                 "<CAE2kP7wQ4rSira-hornbaek-2311@mail.gmail.com>", "2026-11-23T13:45:00+01:00"),
        kind="internal_escalation", case="new:q-hornbaek", name="Signe Bækgaard Rask", org="Trustpilot",
        addr="sira@trustpilot.com", rep="Hornbæk Cykler ApS", urls=[DK + RID["hornbaek"]], ids=[RID["hornbaek"]],
        quotes=["De sælger brugte elcykler som nye og sletter stelnumrene."],
        deadline="2026-11-26", basis="inden torsdag d. 26/11", bases=["platform_guidelines"],
        note="The asked-for date is the deadline; the renewal meeting in a week is the sender's own plan."),

    doc("q51", "docx", "da", "2026-11-25", f"""
FORENINGEN TRYG PÅ NETTET
Betroet anmelder efter artikel 22 i forordning (EU) 2022/2065
Nørrebrogade 184, 2200 København N
anmeldelser@trygpaanettet.dk

Trustpilot A/S
Pilestræde 58
1112 København K

Vores ref.: DT-2026-1187
Dato: 24.11.2026

Anmeldelse af ulovligt indhold (artikel 16 og 22 i retsakten om digitale tjenester)

Foreningen Tryg på Nettet er udpeget som betroet anmelder af Digitaliseringsstyrelsen. Vi anmelder hermed følgende indhold på jeres platform:

URL: {DK}{RID['dk_tf']}

Indholdet er en "anmeldelse" af et bosted for unge i Vejle. Den indeholder en navngiven medarbejders fulde navn og følgende udsagn:

"Hun skal passe på, når hun går hjem fra nattevagt, for vi ved hvor hun bor."

Efter vores vurdering udgør udsagnet en trussel omfattet af straffelovens § 266 og er dermed ulovligt indhold. Anmeldelsen indeholder ingen beskrivelse af en kundeoplevelse.

Som betroet anmelder beder vi om, at anmeldelsen behandles med prioritet, jf. artikel 22, stk. 1, og at vi orienteres om jeres afgørelse, jf. artikel 16, stk. 5.

Med venlig hilsen

Jonas Kirkegaard Møller
Juridisk konsulent, cand.jur.
jkm@trygpaanettet.dk
""", kind="illegal_content_notice", case="new:q-vejle", name="Jonas Kirkegaard Møller",
        org="Foreningen Tryg på Nettet", addr="jkm@trygpaanettet.dk", theirs="DT-2026-1187",
        urls=[DK + RID["dk_tf"]], ids=[RID["dk_tf"]],
        quotes=["Hun skal passe på, når hun går hjem fra nattevagt, for vi ved hvor hun bor."],
        bases=["dsa", "criminal"],
        note="Trusted flagger: priority handling is asked for but no date. 'cand.jur.' is a degree."),

    doc("q52", "eml", "da", "2026-12-03", f"""
Kære Trustpilot

Vi har fået en advarsel på vores side, https://dk.trustpilot.com/review/egeskraenten-tand.dk, om, at der "muligvis er fjernet negative anmeldelser", og at nogle af vores anmeldelser er "under undersøgelse". Vi forstår ikke hvorfor.

Vi har aldrig bedt om at få en negativ anmeldelse fjernet, bortset fra én gang i sommer, hvor vi indberettede en anmeldelse, og den sag blev afsluttet uden at anmeldelsen blev fjernet. Det accepterede vi.

Den eneste ændring, jeg kan komme i tanke om, er, at vi i oktober begyndte at sende invitationer til alle patienter efter hver behandling. Det har givet mange nye anmeldelser på kort tid, men de er alle fra rigtige patienter. Den nyeste negative anmeldelse fra november står stadig på siden, så vi har tydeligvis ikke fået noget fjernet.

Vi vil gerne have advarslen fjernet eller i det mindste vide, hvad den bygger på. Vores patienter spørger til den i receptionen.

Med venlig hilsen

Louise Dam Hvass
Tandlæge og klinikejer
Tandklinikken Egeskrænten ApS
Egeskrænten 3, 8600 Silkeborg
Tlf. 86 55 31 90
""", email=email("Tandklinikken Egeskrænten", "kontakt@egeskraenten-tand.dk", "Advarsel på vores side",
                 "<008a01db4512$3c7e9a10$b57bce30$@egeskraenten-tand.dk>", "2026-12-03T12:20:00+01:00"),
        kind="business_appeal", case="new:q-egeskraenten", name="Louise Dam Hvass", org="Tandklinikken Egeskrænten ApS",
        addr="kontakt@egeskraenten-tand.dk", urls=["https://dk.trustpilot.com/review/egeskraenten-tand.dk"],
        bases=["platform_guidelines"],
        note="Party (and address) of closed CI-2026-0911 writing about a new matter (a consumer warning): new case. "
             "The summer matter is only recalled. The From name is the clinic; the person who signs is the sender. "
             "The business page is what the appeal is about."),
]
