"""corpus-dl4 Danish documents e69-e72."""
from common import RID, doc, mail

DOCS = []

# e69 -- "senest mandag den 23. november 2026"
r = RID[136]
DOCS.append(doc("e69", "pdf", "da", "DK", "2026-11-16", f"""
OVERGAARD & SKOV ADVOKATER
Boulevarden 19 · 9000 Aalborg
Tlf. 98 55 62 40 · no@overgaardskov.dk

Aalborg, den 13. november 2026

Vores j.nr.: 2026-0518/NO

Trustpilot A/S
Juridisk afdeling

Vedr.: Limfjord Camping A/S – anmeldelse https://dk.trustpilot.com/reviews/{r}

Til rette vedkommende

Vi repræsenterer Limfjord Camping A/S, der driver en campingplads ved Løgstør.

I ovennævnte anmeldelse hævdes det, at campingpladsen "hælder spildevand direkte ud i fjorden om natten" og "har fået flere bøder af kommunen, som de holder skjult". Begge påstande er usande. Pladsens spildevand ledes til det kommunale renseanlæg, og Vesthimmerlands Kommune har ved seneste tilsyn ikke haft bemærkninger. Der er aldrig udstedt bøder til pladsen.

Påstandene er ærekrænkende og har allerede skadet pladsens bookinger for næste sæson.

Vi skal anmode om, at anmeldelsen fjernes senest mandag den 23. november 2026. Vi står gerne til rådighed med yderligere dokumentation.

Med venlig hilsen

Nanna Overgaard
Advokat
Overgaard & Skov Advokater
""", letter="2026-11-13", calc=("date", "2026-11-23"), family=["weekday", "polite", "explicit_long"],
    kind="legal_demand", name="Nanna Overgaard", org="Overgaard & Skov Advokater", mail="no@overgaardskov.dk",
    rep="Limfjord Camping A/S", theirs="2026-0518/NO", urls=[f"https://dk.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["hælder spildevand direkte ud i fjorden om natten", "har fået flere bøder af kommunen, som de holder skjult"],
    basis="senest mandag den 23. november 2026", bases=["defamation"], case="new:limfjord"))

# e70 -- the sender's own filing date and an expected hearing: null
r = RID[138]
DOCS.append(doc("e70", "eml", "da", "DK", "2026-11-26", f"""
Kære Trustpilot

Jeg skriver på vegne af Glostrup Køreskole ApS i anledning af anmeldelsen https://dk.trustpilot.com/reviews/{r}, hvor det påstås, at køreskolens indehaver "tager imod penge for at lade elever bestå køreprøven".

Til jeres orientering vil vi indlevere stævning mod anmelderen ved Retten i Glostrup den 14. december 2026. Vi forventer, at det første retsmøde bliver berammet i løbet af foråret 2027. Anmelderens identitet kender vi allerede, så der er ikke tale om en anmodning om udlevering af oplysninger.

Vi forventer ikke svar fra jer på nuværende tidspunkt, men vi vil sætte pris på, at anmeldelsen og tilhørende data bevares, indtil sagen er afgjort.

Med venlig hilsen

Frederik Maltesen
Advokat
Maltesen Advokatanpartsselskab
Hovedvejen 112, 2600 Glostrup
Tlf. 43 55 80 21
fm@maltesen-advokat.dk
""", letter="2026-11-26", calc=None, family=["null_own_plan", "null_hearing"],
    email=mail("Frederik Maltesen", "fm@maltesen-advokat.dk", "Glostrup Køreskole ApS – orientering om retssag",
               "<MA-FM-20261126.1109@maltesen-advokat.dk>", "2026-11-26T11:09:00+01:00"),
    kind="legal_demand", name="Frederik Maltesen", org="Maltesen Advokatanpartsselskab", mail="fm@maltesen-advokat.dk",
    rep="Glostrup Køreskole ApS", urls=[f"https://dk.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["tager imod penge for at lade elever bestå køreprøven"], bases=[], case="new:glostrup-koreskole",
    note="14 Dec is the sender's own filing date and spring 2027 a hearing estimate; no reply is requested "
         "and the preservation request has no date -> null. No law is invoked."))

# e71 -- Danish extension: "fristen forlænges til fredag den 4. december"
r = RID[162]
DOCS.append(doc("e71", "eml", "da", "DK", "2026-11-25", f"""
Kære Elin Lindgren

Tak for jeres mail af 23. november.

Min klient, Frisør Nørrevang, er indforstået med en kort forlængelse, så I kan nå at indhente anmelderens bemærkninger til anmeldelsen https://dk.trustpilot.com/reviews/{r}. Fristen forlænges til fredag den 4. december. Min klient kan ikke acceptere en længere forlængelse, da anmeldelsen fortsat skader salonen i julemåneden.

Med venlig hilsen

Signe Damsgaard
Advokat
Advokatfirmaet Lykke Damsgaard
Vestergade 8, 8600 Silkeborg
Ref.: SD-4471

Den man. 23. nov. 2026 kl. 13:30 skrev Trustpilot Legal <legal@trustpilot.com>:
> Kære Signe Damsgaard
>
> I jeres brev af 10. november beder I om svar senest den 27. november. Vi har kontaktet anmelderen og afventer svar. Kan vi få forlænget fristen til den 11. december?
>
> Venlig hilsen
> Elin Lindgren, Trustpilot Legal (sag CI-2026-1912)
""", letter="2026-11-25", calc=("date", "2026-12-04"), family=["extension", "quoted_old_date", "weekday", "yearless"],
    email=mail("Signe Damsgaard", "sd@lykkedamsgaard.dk", "SV: [CI-2026-1912] Frisør Nørrevang – forlængelse af frist",
               "<LD-SD-4471.20261125.0840@lykkedamsgaard.dk>", "2026-11-25T08:40:00+01:00",
               in_reply_to="<20261123133001.CI-2026-1912.8250@mail.trustpilot.com>",
               references=["<20261123133001.CI-2026-1912.8250@mail.trustpilot.com>"]),
    kind="legal_demand", name="Signe Damsgaard", org="Advokatfirmaet Lykke Damsgaard", mail="sd@lykkedamsgaard.dk",
    rep="Frisør Nørrevang", theirs="SD-4471", ours="CI-2026-1912", urls=[f"https://dk.trustpilot.com/reviews/{r}"], ids=[r],
    basis="Fristen forlænges til fredag den 4. december", bases=[], case="CI-2026-1912",
    note="New date 4 Dec; 27 Nov (old) and 11 Dec (our request) are only in the quoted mail."))

# e72 -- Danish internal escalation: "inden udgangen af næste uge"
r = RID[142]
DOCS.append(doc("e72", "eml", "da", "DK", "2026-12-03", f"""
Hej Legal

Jeg eskalerer en sag for min kunde Svanholm Møbler A/S (Enterprise, 14 butikker).

Det drejer sig om https://dk.trustpilot.com/reviews/{r}, hvor anmelderen skriver, at Svanholm "sælger sofaer med brandfarligt skum, som er forbudt i EU". Kunden oplyser, at alle deres sofaer er testet efter gældende standarder, og at de har certifikaterne. De har markeret anmeldelsen i portalen to gange (16. og 24. november) og fået afslag begge gange.

Deres kommunikationschef, Ida Holmsgaard, ringede i går. Kunden forventer svar inden udgangen af næste uge, da de ellers vil overveje at gå til Forbrugerombudsmanden med en klage over anmeldelsen og over vores behandling af den.

Kan en af jer kigge på den? Jeg er med på et opkald, hvis det hjælper.

Tak!
Freja

Freja Lindhardt-Beck
Key Account Manager, Nordics
Trustpilot
freja.lindhardtbeck@trustpilot.com
""", letter="2026-12-03", calc=("weekday", "2026-12-03", 4, 1), family=["reported", "informal_week"],
    email=mail("Freja Lindhardt-Beck", "freja.lindhardtbeck@trustpilot.com", "Eskalering: Svanholm Møbler – anmeldelse",
               "<CAFlb=eskalering.svanholm.1203@mail.gmail.com>", "2026-12-03T10:05:00+01:00"),
    kind="internal_escalation", name="Freja Lindhardt-Beck", org="Trustpilot", mail="freja.lindhardtbeck@trustpilot.com",
    rep="Svanholm Møbler A/S", urls=[f"https://dk.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["sælger sofaer med brandfarligt skum, som er forbudt i EU"],
    basis="inden udgangen af næste uge", bases=["platform_guidelines"], case="new:svanholm",
    note="'inden udgangen af næste uge' from Thursday 3 Dec = Friday 11 Dec (end of next working week)."))
