"""corpus-s, Danish documents s56-s60."""
from __future__ import annotations

from common import R, doc, mail, plus_days, plus_working_days, rurl

DOCS = []

# s56 - the party of a CLOSED case writes about a NEW review -> new matter
DOCS.append(doc("s56", "eml", "da", "2026-11-09", f"""
Hej Trustpilot

Vi har rapporteret en ny anmeldelse på vores side, og I har svaret, at den "overholder retningslinjerne". Det er vi ikke enige i, og vi vil gerne have den vurderet igen.

Anmeldelsen: {rurl("dk", "linde_new")}

Der står blandt andet: "Kagerne er købt frosne i Netto og bagt op, men de tager 65 kr. stykket for hjemmebag." Det er forkert. Vi bager alt selv i køkkenet bag caféen hver morgen, og vi har kun to leverandører, begge lokale bagere på Fyn, som leverer brød – ikke kager. Vores fødevarekontrol fra i år kan ses på Findsmiley, og vi viser gerne enhver rundt.

Anmeldelsen er skrevet af en profil, der er oprettet samme dag og kun har skrevet denne ene anmeldelse. Der står en dato for besøget, hvor vi havde lukket på grund af privat arrangement (vi har kalenderen og fakturaen på arrangementet).

Vi har haft en sag med jer før, i sommer, om en helt anden anmeldelse, som I endte med at fjerne. Det her er noget nyt, og vi beder jer bare behandle det på samme måde: spørg anmelderen om dokumentation for besøget.

Mange hilsner

Signe Lindgaard Bech
Medindehaver
Café Lindegården I/S
Lindegårdsvej 4 · 5700 Svendborg
""", email=mail("Café Lindegården", "mail@cafelindegaarden.dk", "Ny anmeldelse - beder om ny vurdering",
                "<8b2f4d6a-1c9e-4a73-b5d0-e7f3a2c1b984@cafelindegaarden.dk>", "2026-11-09T10:15:00+01:00"),
    kind="business_appeal", name="Signe Lindgaard Bech", org="Café Lindegården I/S", mail="mail@cafelindegaarden.dk",
    rep=None, urls=[rurl("dk", "linde_new")], ids=[R["linde_new"]],
    quotes=["Kagerne er købt frosne i Netto og bagt op, men de tager 65 kr. stykket for hjemmebag."],
    bases=["platform_guidelines"], case="new:lindegaarden-2",
    note="closed case's party, different review -> new case"))

# s57 - the firm of open case CI-2026-0731 for a DIFFERENT client; signed p.o.; deadline from receipt
DOCS.append(doc("s57", "pdf", "da", "2026-11-16", f"""
KJÆRGAARD & HOLM
ADVOKATPARTNERSELSKAB
Vesterbrogade 74, 3. · 1620 København V
T +45 33 55 41 90 · mk@kjaergaard-holm.dk · CVR 39 88 21 04

Trustpilot A/S
Att.: Juridisk afdeling
Pilestræde 58
1112 København K

Sendt pr. e-mail til legal@trustpilot.com

København, den 13. november 2026

Vores ref.: 2026-0588/MK

Anmeldelse af Lyngby Autoværksted ApS – {rurl("dk", "lyngby")}

Jeg skriver på vegne af Lyngby Autoværksted ApS, et autoriseret værksted i Kongens Lyngby, der har bedt mig bistå i forbindelse med ovennævnte anmeldelse.

Anmeldelsen indeholder bl.a. følgende udsagn: "Lyngby Autoværksted skifter aldrig de dele, de fakturerer for." og "De snød min mor for 9.000 kr. på et bremseskift, der aldrig blev lavet."

Min klient har gennemgået sine ordresedler og kan dokumentere, at bremseskiftet på den pågældende bil blev udført den 2. oktober 2026. De udskiftede dele blev udleveret til kunden i en pose sammen med bilen, hvilket er kvitteret på arbejdskortet. Udsagnene er således faktuelt forkerte og beskylder min klient for bedrageri. De er egnede til at skade min klients omdømme alvorligt i lokalområdet.

Jeg skal derfor anmode om, at anmeldelsen fjernes inden 8 dage fra modtagelsen af dette brev. Modtager jeg ikke svar inden da, vil min klient overveje at anlægge sag mod anmelderen og i den forbindelse anmode retten om at pålægge jer at udlevere oplysninger om anmelderens identitet.

Sagen har ingen forbindelse til den anden sag, som vores kontor har verserende hos jer.

Med venlig hilsen

p.o.
Mads Kjærgaard
advokat (H)
""", kind="legal_demand", name="Mads Kjærgaard", org="Kjærgaard & Holm Advokatpartnerselskab",
    mail="mk@kjaergaard-holm.dk", rep="Lyngby Autoværksted ApS", theirs="2026-0588/MK",
    urls=[rurl("dk", "lyngby")], ids=[R["lyngby"]],
    quotes=["Lyngby Autoværksted skifter aldrig de dele, de fakturerer for.",
            "De snød min mor for 9.000 kr. på et bremseskift, der aldrig blev lavet."],
    deadline=plus_days("2026-11-16", 8), basis="inden 8 dage fra modtagelsen af dette brev",
    bases=["defamation"], case="new:lyngby-auto",
    note="same firm and advokat as an open case, different client -> new; p.o. signature"))

# s58 + s59 - a secretary's covering email with the advokat's letter attached (shared new case with s60)
DOCS.append(doc("s58", "eml", "da", "2026-11-20", """
Til Trustpilot

Vedhæftet fremsendes brev af dags dato fra advokat Johanne Wulff vedrørende to anmeldelser af vores klient Munk Møbler A/S på jeres platform.

Vi beder venligst om, at al korrespondance i sagen sendes direkte til advokat Johanne Wulff på jw@brixwulff.dk med angivelse af vores reference 1187-26/JW.

Med venlig hilsen

Lone Dahl
Advokatsekretær

Brix & Wulff Advokatfirma
Banegårdspladsen 2 · 7100 Vejle
Tlf. 75 55 08 60 · ld@brixwulff.dk
""", email=mail("Brix & Wulff – Sekretariatet", "sekretariat@brixwulff.dk",
                "Munk Møbler A/S – anmeldelser på Trustpilot – brev fra advokat Johanne Wulff",
                "<4c7e9a2b-d318-4f65-9b0a-2e6d8c1f7a53@brixwulff.dk>", "2026-11-20T13:02:00+01:00",
                cc=["jw@brixwulff.dk"], attachments=["s59"]),
    kind="legal_demand", name="Lone Dahl", org="Brix & Wulff Advokatfirma", mail="ld@brixwulff.dk",
    rep="Munk Møbler A/S", theirs="1187-26/JW", case="new:munk",
    note="covering email signed by a secretary: she is the sender of the email row"))

DOCS.append(doc("s59", "docx", "da", "2026-11-20", f"""
BRIX & WULFF ADVOKATFIRMA
Banegårdspladsen 2 · 7100 Vejle
Tlf. 75 55 08 60 · jw@brixwulff.dk

Trustpilot A/S
Pilestræde 58
1112 København K

Vejle, den 20. november 2026

Vores ref.: 1187-26/JW

Vedr.: Munk Møbler A/S – anmeldelser på trustpilot.com

Jeg repræsenterer Munk Møbler A/S, der siden 1958 har produceret massivtræsmøbler på egen fabrik i Vejle.

I løbet af oktober er der på min klients side blevet offentliggjort to anmeldelser:

{rurl("dk", "munk")}
{rurl("dk", "munk2")}

Den første påstår, at "Munk Møbler er produceret i Kina, og 'dansk design' er bare et klistermærke." Den anden, at "Bordet revnede efter to måneder, og de nægtede at overholde reklamationsretten."

Begge udsagn er usande. Min klient har ingen produktion uden for Danmark, hvilket kan dokumenteres ved fabrikkens produktionsregnskab og leverandøraftaler. Min klient har ingen registreret henvendelse om et revnet bord, og den ordre, som anmelderen henviser til, findes ikke. De to anmeldelser er skrevet med få dages mellemrum fra nyoprettede profiler og ligner til forveksling tekster, der er lagt op om en anden dansk møbelproducent. Min klient har derfor en begrundet mistanke om, at anmeldelserne stammer fra en konkurrent, hvilket i givet fald vil være i strid med markedsføringslovens § 3 om god markedsføringsskik.

Udsagnene er desuden ærekrænkende over for min klient.

Jeg skal på den baggrund anmode om, at begge anmeldelser fjernes senest 7 hverdage efter modtagelsen af dette brev, og at I bekræfter dette skriftligt over for mig.

Med venlig hilsen

Johanne Wulff
advokat, partner
""", kind="legal_demand", name="Johanne Wulff", org="Brix & Wulff Advokatfirma", mail="jw@brixwulff.dk",
    rep="Munk Møbler A/S", theirs="1187-26/JW", urls=[rurl("dk", "munk"), rurl("dk", "munk2")],
    ids=[R["munk"], R["munk2"]],
    quotes=["Munk Møbler er produceret i Kina, og 'dansk design' er bare et klistermærke.",
            "Bordet revnede efter to måneder, og de nægtede at overholde reklamationsretten."],
    deadline=plus_working_days("2026-11-20", 7, "DK"), basis="senest 7 hverdage efter modtagelsen af dette brev",
    bases=["defamation", "consumer_law"], case="new:munk", part_name="Brev til Trustpilot 20.11.2026.docx",
    note="attachment row; Danish working days from receipt"))

# s60 - internal escalation for the same customer (third document of new:munk)
DOCS.append(doc("s60", "eml", "da", "2026-11-30", f"""
Hej Legal

Jeg har fået en opringning fra Peter Munk, administrerende direktør i Munk Møbler A/S, som er en af mine største kunder i Jylland. Han siger, at deres advokat skrev til jer for over en uge siden om to anmeldelser, og at de ikke har hørt noget.

Den ene er {rurl("dk", "munk")}, hvor der står, at møblerne skulle være lavet i Kina. Han er meget oprørt over den, fordi de netop har brugt mange penge på en kampagne om, at alt er lavet i Vejle.

Jeg ved godt, at I ikke kan love noget, og jeg har sagt til ham, at det er jer, der vurderer sagen og ikke mig. Men vil I give mig en kort status inden torsdag den 3. december? Jeg har møde med ham den dag om deres fornyelse.

Tak!

Kasper Thygesen
Key Account Manager, Nordics
Trustpilot A/S
kasper.thygesen@trustpilot.com
""", email=mail("Kasper Thygesen", "kasper.thygesen@trustpilot.com", "Munk Møbler - status på deres sag?",
                "<b7e2c4f1-0a93-4d58-8f16-3c9d5a7e2b40@trustpilot.com>", "2026-11-30T14:44:00+01:00",
                to="content-integrity@trustpilot.com"),
    kind="internal_escalation", name="Kasper Thygesen", org="Trustpilot A/S", mail="kasper.thygesen@trustpilot.com",
    rep="Munk Møbler A/S", urls=[rurl("dk", "munk")], ids=[R["munk"]],
    deadline="2026-12-03", basis="inden torsdag den 3. december", case="new:munk",
    note="colleague escalating for the party of a new matter opened days before by its lawyer"))
