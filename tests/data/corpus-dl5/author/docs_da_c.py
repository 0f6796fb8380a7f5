"""Danish documents f61–f64 (null look-alikes)."""
from common import RID, doc, mail

R64 = RID[126]
C1711 = RID[161]
C1713 = RID[163]

F61 = doc("f61", "eml", "da", "DK", "2026-11-18", """
Tak for din mail.

Jeg er på ferie til og med fredag den 27. november 2026 og læser ikke mails i perioden. Din henvendelse bliver ikke videresendt.

Ved presserende sager vedrørende igangværende retssager kan du kontakte advokat Camilla Borup på cb@borupkjaerulff.dk eller vores sekretariat på telefon 33 55 47 00.

Bemærk venligst, at kontoret holder lukket mellem jul og nytår og igen åbner mandag den 4. januar 2027.

Med venlig hilsen

Kristoffer Kjærulff
Advokat
Advokatfirmaet Borup Kjærulff
Amaliegade 31, 1256 København K

Denne e-mail kan indeholde fortrolige oplysninger. Hvis du ikke er den rette modtager, bedes du slette e-mailen og underrette afsenderen.
""", letter="2026-11-18", calc=None,
    email=mail("Kristoffer Kjærulff", "kk@borupkjaerulff.dk", "Automatisk svar: Tagdækker Ravnholt ApS [CI-2026-1710]",
               "<DB9P189MB1411.auto.20261118@borupkjaerulff.dk>", "2026-11-18T12:15:03+01:00",
               in_reply_to="<20261118121455.CI-2026-1710.7033@mail.trustpilot.com>",
               references=["<20261118121455.CI-2026-1710.7033@mail.trustpilot.com>"]),
    family=["null_out_of_office", "null_closure"],
    kind="legal_demand", name="Kristoffer Kjærulff", org="Advokatfirmaet Borup Kjærulff", mail="kk@borupkjaerulff.dk",
    ours="CI-2026-1710", case="CI-2026-1710",
    note="Auto-reply: 'til og med fredag den 27. november 2026' is the sender's absence and 4 January the office's "
         "reopening; nothing is demanded -> null. Kind follows the matter; no client in the body (represented_party "
         "null, legal_bases []). 'bedes du slette' in the disclaimer is not a deadline.")

F62 = doc("f62", "eml", "da", "DK", "2026-10-30", f"""
Hej igen

Jeg skrev til jer den 20. oktober om anmeldelsen {C1711}, hvor der står, at vi "serverer frosne kager som hjemmebag". Jeg bad jer om at fjerne den senest den 27. oktober. Der er ikke sket noget, og jeg har ikke fået andet svar end jeres automatiske kvittering.

Vi bager ALT selv, hver morgen fra kl. 5. Anmelderen har aldrig været i caféen, det kan jeg se på vores kasseudskrifter for den dag, hun nævner.

Jeg forlanger, at anmeldelsen bliver fjernet straks. Jeg har talt med en advokat, og hvis den stadig ligger der i næste uge, tager vi sagen videre.

Mette Søholm
Café Søholm
Torvet 3, 8600 Silkeborg
mette@cafesoeholm.dk
""", letter="2026-10-30", calc=None,
    email=mail("Mette Søholm", "mette@cafesoeholm.dk", "Re: anmeldelse – stadig ikke fjernet!!",
               "<8ab2d4c3f1.mette@cafesoeholm.dk>", "2026-10-30T06:12:00+01:00",
               in_reply_to="<7fa1c3b2e0.mette@cafesoeholm.dk>", references=["<7fa1c3b2e0.mette@cafesoeholm.dk>"]),
    family=["null_immediately_chaser", "null_recalled_date"],
    kind="legal_demand", name="Mette Søholm", org="Café Søholm", mail="mette@cafesoeholm.dk",
    ids=[C1711], quotes=["serverer frosne kager som hjemmebag"], case="CI-2026-1711",
    note="Chaser: 27 October is the recalled earlier deadline; the new demand is 'straks' -> null. 'i næste uge' is a "
         "vague threat of her own next step, not a date set for us. She replies to her own earlier message (a "
         "message id already in the case). Kind legal_demand (removal demand, lawyer consulted) though no law is "
         "named: legal_bases []. No CI reference is quoted, so our_reference null.")

F63 = doc("f63", "eml", "da", "DK", "2026-11-05", f"""
Kære Trustpilot

Tak for jeres mail af 3. november, hvor I skriver, at I ikke har modtaget noget fra os.

Vi svarede faktisk den 28. oktober med en kopi af patientjournalen (anonymiseret) og en erklæring fra vores fodterapeut. Jeg har vedhæftet mailen igen. Behandlingen, som anmelderen i {C1713} beskriver, fandt sted den 12. august, og kunden gav selv udtryk for, at hun var tilfreds.

Vi har desuden besluttet at klage til Forbrugerklagenævnet over anmelderens fremgangsmåde, og jeg regner med at sende klagen i løbet af næste uge. Jeg holder selv ferie fra den 14. december, så det ville være dejligt at have en afklaring inden da, men jeg forstår godt, hvis det tager tid.

Med venlig hilsen

Susanne Lindahl
Statsautoriseret fodterapeut, indehaver
Klinik for Fodterapi Lindahl
Skolegade 22, 6700 Esbjerg
susanne@fodterapi-lindahl.dk
""", letter="2026-11-05", calc=None,
    email=mail("Susanne Lindahl", "susanne@fodterapi-lindahl.dk", "SV: Jeres henvendelse [CI-2026-1713]",
               "<AM9P189MB0622.lindahl.20261105@fodterapi-lindahl.dk>", "2026-11-05T15:44:00+01:00",
               in_reply_to="<20261103101500.CI-2026-1713.7702@mail.trustpilot.com>",
               references=["<20261103101500.CI-2026-1713.7702@mail.trustpilot.com>"]),
    family=["null_we_replied_on", "null_sender_plans", "null_past_events", "null_soft_wish"],
    kind="business_appeal", name="Susanne Lindahl", org="Klinik for Fodterapi Lindahl", mail="susanne@fodterapi-lindahl.dk",
    ours="CI-2026-1713", ids=[C1713], bases=[], case="CI-2026-1713",
    note="Null (judgment call): 'Vi svarede ... den 28. oktober' is the sender's past reply; 12 Aug is a past event; "
         "the complaint next week is her own plan; 'det ville være dejligt at have en afklaring inden da' (before her "
         "holiday from 14 Dec) is a wish she expressly waives ('jeg forstår godt, hvis det tager tid'), not a "
         "deadline. 'Statsautoriseret fodterapeut' is a title.")

F64 = doc("f64", "docx", "da", "DK", "2026-10-15", f"""
Autoværkstedet Brøgger ApS
Industrivej 7, 4200 Slagelse
Tlf. 58 55 90 12 · CVR 39 55 12 84
kontor@autobroegger.dk

Slagelse, den 13. oktober 2026

Trustpilot A/S
Pilestræde 58
1112 København K

Vedr.: anmeldelse af vores værksted – https://dk.trustpilot.com/reviews/{R64}

Til rette vedkommende

Vi har modtaget jeres brev af 5. oktober, hvor I beder os dokumentere, at anmelderen ikke har været kunde hos os.

Anmelderen skriver, at vi "skiftede bremserne med brugte dele fra en skrotbil". Bilen med den nummerplade, anmelderen nævner, var til service hos os den 14. september 2026, og der blev ikke skiftet bremser. Det fremgår af arbejdskortet.

Vi opbevarer arbejdskort og fakturaer i fem år efter bogføringsloven, så vi kan dokumentere alle reparationer tilbage til 2021. Kopi af arbejdskortet og fakturaen for den 14. september er vedlagt.

Vi vil gerne bede jer om at se på sagen igen med denne dokumentation. Vi har ikke nogen advokat på sagen og håber, at det kan løses uden.

Med venlig hilsen

Torben Brøgger
Direktør
Autoværkstedet Brøgger ApS
""", letter="2026-10-13", calc=None,
    family=["null_retention_period", "null_past_events", "null_no_date"],
    kind="business_appeal", name="Torben Brøgger", org="Autoværkstedet Brøgger ApS", mail="kontor@autobroegger.dk",
    urls=[f"https://dk.trustpilot.com/reviews/{R64}"], ids=[R64],
    quotes=["skiftede bremserne med brugte dele fra en skrotbil"], bases=[], case="new:broegger",
    note="Null: 'i fem år efter bogføringsloven' is a retention period; 5 Oct and 14 Sept are past events; the request to "
         "look again carries no date. Bogføringsloven is cited only for record keeping, not as a basis of the "
         "complaint: legal_bases [].")

DOCS = [F61, F62, F63, F64]
