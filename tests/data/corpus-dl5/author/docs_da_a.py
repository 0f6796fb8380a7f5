"""Danish documents f53–f56."""
from common import RID, doc, mail

R53a, R53b = RID[104], RID[105]
R54 = RID[106]
R55 = RID[108]
R56 = RID[110]

F53 = doc("f53", "pdf", "da", "DK", "2026-10-08", f"""
ADVOKATFIRMAET KRAGELUND & FÆRCH
Store Torv 9, 8000 Aarhus C
Tlf. 86 55 21 40 · jf@kragelund-faerch.dk

Trustpilot A/S
Att.: Juridisk afdeling
Pilestræde 58
1112 København K

Aarhus, den 6. oktober 2026
Vores ref.: JF/2026-3318

Vedr.: Anmeldelser af Tandlægerne Vestergade ApS

Jeg skriver til Dem som advokat for Tandlægerne Vestergade ApS, Aarhus.

På Deres platform er der under https://dk.trustpilot.com/reviews/{R53a} og https://dk.trustpilot.com/reviews/{R53b} offentliggjort to anmeldelser, som min klient finder krænkende. I den første anmeldelse står der: "Tandlægen trak den forkerte tand ud og nægtede at indrømme det." I den anden står der, at klinikken "snyder med regningerne til Sygesikringen".

Begge udsagn er usande. Klinikkens journaler viser, at der ikke er foretaget nogen ekstraktion på anmelderen, og klinikken har aldrig været genstand for en sag hos regionen. Udsagnene er egnede til at nedsætte klinikken i omdømme og er efter min opfattelse omfattet af straffelovens § 267.

Jeg skal derfor anmode om, at anmeldelserne fjernes, og at De bekræfter dette over for mig, senest fredag den 16. oktober 2026 kl. 12.00. Såfremt det ikke sker, har jeg instruks om at indgive politianmeldelse og anlægge sag om mortifikation og erstatning.

Med venlig hilsen

Jesper Færch
Advokat (H)
Advokatfirmaet Kragelund & Færch
""", letter="2026-10-06", calc=("date", "2026-10-16"),
    family=["cue_material_between", "weekday", "time_of_day", "polite_anmode"],
    kind="legal_demand", name="Jesper Færch", org="Advokatfirmaet Kragelund & Færch", mail="jf@kragelund-faerch.dk",
    rep="Tandlægerne Vestergade ApS", theirs="JF/2026-3318",
    urls=[f"https://dk.trustpilot.com/reviews/{R53a}", f"https://dk.trustpilot.com/reviews/{R53b}"], ids=[R53a, R53b],
    quotes=["Tandlægen trak den forkerte tand ud og nægtede at indrømme det.", "snyder med regningerne til Sygesikringen"],
    basis="senest fredag den 16. oktober 2026 kl. 12.00", bases=["defamation", "criminal"], case="new:tandlaegerne-vestergade",
    note="The cue ('anmode om') is separated from the date by the objects of the request. Straffelovens § 267 "
         "(ærekrænkelse) and a threatened politianmeldelse: criminal as well as defamation. '(H)' is a title.")

F54 = doc("f54", "eml", "da", "DK", "2026-11-23", f"""
Hej

Jeg skrev en anmeldelse af Låsesmeden på Amager for to uger siden, fordi de tog 2.400 kr. for at åbne min dør en søndag, selvom de havde sagt 900 kr. i telefonen. I fredags fik jeg en mail om, at anmeldelsen er skjult, fordi virksomheden har "rapporteret den". Den lå her: https://dk.trustpilot.com/reviews/{R54}

Jeg har sendt jer kvitteringen fra MobilePay og et skærmbillede af opkaldsloggen, så I kan se, at jeg faktisk var kunde. Jeg kan ikke se, hvad jeg har skrevet, som skulle være i strid med jeres retningslinjer.

Kan I ikke se på den igen og give mig besked inden ugens udgang? Ellers klager jeg til Forbrugerombudsmanden.

Mvh
Mikkel Thorsager
2300 København S
mikkel.thorsager@outlook.dk
""", letter="2026-11-23", calc=("weekday", "2026-11-23", 4, 0),
    email=mail("Mikkel Thorsager", "mikkel.thorsager@outlook.dk", "Min anmeldelse er skjult",
               "<DB8P189MB0557.thorsager.20261123@outlook.dk>", "2026-11-23T07:58:00+01:00"),
    family=["informal_end_of_week", "polite_question", "conditional_threat"],
    kind="consumer_appeal", name="Mikkel Thorsager", mail="mikkel.thorsager@outlook.dk",
    urls=[f"https://dk.trustpilot.com/reviews/{R54}"], ids=[R54],
    basis="inden ugens udgang", bases=["platform_guidelines"], case="new:thorsager-laas",
    note="'inden ugens udgang' in an email of Mon 23 Nov = end of the current (working) week, Fri 27 Nov; a calendar "
         "reading (Sunday) would give 29 Nov. 'I fredags' is a past event.")

F55 = doc("f55", "docx", "da", "DK", "2026-10-28", f"""
Birgitte Holmsted
Rosenvænget 14
5700 Svendborg
birgitte.holmsted@mail.dk

Trustpilot A/S
Att.: Databeskyttelsesrådgiver
Pilestræde 58
1112 København K

Svendborg, den 26. oktober 2026

Anmodning om indsigt og sletning efter databeskyttelsesforordningens artikel 15 og 17

Jeg har opdaget, at der på Deres side ligger en anmeldelse af min frisørsalon, hvor anmelderen skriver mit fulde navn og oplyser, at jeg "er blevet dømt for tyveri". Anmeldelsen har id {R55}. Oplysningen er forkert, og den er under alle omstændigheder en oplysning om strafbare forhold, som ikke må offentliggøres på denne måde.

Jeg anmoder hermed om:

1. indsigt i alle personoplysninger, De behandler om mig, herunder hvor oplysningerne stammer fra,
2. sletning af anmeldelsen, eller som minimum af mit navn og udsagnet om tyveri.

Jeg forventer et svar inden for en måned fra modtagelsen af denne anmodning. Hører jeg ikke fra Dem, vil jeg klage til Datatilsynet.

Med venlig hilsen

Birgitte Holmsted
""", letter="2026-10-26", calc=("month", "2026-10-28"),
    family=["one_month", "relative_receipt", "first_person_expect"],
    kind="data_request", name="Birgitte Holmsted", mail="birgitte.holmsted@mail.dk",
    ids=[R55], quotes=["er blevet dømt for tyveri"],
    basis="inden for en måned fra modtagelsen af denne anmodning", bases=["data_protection"], case="new:holmsted",
    note="Letter of Mon 26 Oct received Wed 28 Oct; 'fra modtagelsen' anchors on received -> 28 Nov. She writes for "
         "herself; the salon is not named, so organisation null.")

F56 = doc("f56", "eml", "da", "DK", "2026-11-12", f"""
Hej Legal

Jeg sender lige denne videre. Det drejer sig om min kunde Nordlys Solcelleservice ApS i Esbjerg, som har en Premium-aftale med os.

Der er kommet en anmeldelse i går, hvor det bl.a. hedder, at firmaet "monterer brugte paneler og sælger dem som nye": https://dk.trustpilot.com/reviews/{R56}

Direktøren, Henrik Skovbjerg, ringede til mig i formiddag. Han siger, at anmelderen er en tidligere ansat, der blev opsagt i september, og at han kan dokumentere det. Han har allerede meldt anmeldelsen via portalen, men har kun fået et standardsvar.

Kunden forventer svar inden for 48 timer og har nævnt, at de ellers går til deres advokat. Jeg har lovet, at I kigger på det. Skal jeg sætte et møde op med ham?

Tak!

Mvh
Maja Kirkegaard
Key Account Manager, Danmark
Trustpilot
maja.kirkegaard@trustpilot.com
""", letter="2026-11-12", calc=("hours", "2026-11-12", 48),
    email=mail("Maja Kirkegaard", "maja.kirkegaard@trustpilot.com", "Eskalering: Nordlys Solcelleservice – anmeldelse fra tidligere ansat",
               "<AS8PR83MB0720.kirkegaard.20261112@trustpilot.com>", "2026-11-12T11:40:00+01:00"),
    family=["hours", "reported_expects"],
    kind="internal_escalation", name="Maja Kirkegaard", org="Trustpilot", mail="maja.kirkegaard@trustpilot.com",
    rep="Nordlys Solcelleservice ApS",
    urls=[f"https://dk.trustpilot.com/reviews/{R56}"], ids=[R56],
    quotes=["monterer brugte paneler og sælger dem som nye"],
    basis="inden for 48 timer", bases=[], case="new:nordlys-sol",
    note="48 hours from the email (Thu 12 Nov, no other anchor) = two calendar days -> Sat 14 Nov; no working-day "
         "adjustment for hours. The customer's deadline reported by the colleague.")

DOCS = [F53, F54, F55, F56]
