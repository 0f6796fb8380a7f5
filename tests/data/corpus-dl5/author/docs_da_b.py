"""Danish documents f57–f60."""
from common import RID, doc, mail

R58 = RID[114]
R59 = RID[116]
R60 = RID[118]
C1712 = RID[162]

F57 = doc("f57", "eml", "da", "DK", "2026-11-20", f"""
Kære Content Integrity

Vognmand Tøttrup A/S – anmeldelse {C1712}
Jeres ref.: CI-2026-1712 · Vores ref.: AH/1457

Tak for jeres mail af 19. november, hvor I oplyser, at I har bedt anmelderen om dokumentation og afventer svar.

I mit brev af 9. november bad jeg om, at anmeldelsen blev fjernet senest den 25. november. Min klient kan godt se, at I har brug for tid til at høre anmelderen, og vi kan acceptere en forlængelse til onsdag den 2. december. Længere kan vi ikke strække os, da anmeldelsen fortsat skader min klients forhold til en større ordregiver.

Hvis anmeldelsen ikke er fjernet eller berigtiget inden da, vil jeg på min klients vegne indlevere stævning uden yderligere varsel.

Med venlig hilsen

Anders Hjortshøj
Advokat
Advokathuset Hjortshøj
Vestergade 40, 7100 Vejle
ah@advokathuset-hjortshoj.dk
""", letter="2026-11-20", calc=("date", "2026-12-02"),
    email=mail("Anders Hjortshøj", "ah@advokathuset-hjortshoj.dk", "SV: Vognmand Tøttrup A/S [CI-2026-1712]",
               "<VI1P189MB0330.hjortshoj.20261120@advokathuset-hjortshoj.dk>", "2026-11-20T09:15:00+01:00",
               in_reply_to="<20261119144020.CI-2026-1712.7460@mail.trustpilot.com>",
               references=["<20261119144020.CI-2026-1712.7460@mail.trustpilot.com>"]),
    family=["extension_new_date", "old_date_recalled", "weekday", "year_less"],
    kind="legal_demand", name="Anders Hjortshøj", org="Advokathuset Hjortshøj", mail="ah@advokathuset-hjortshoj.dk",
    rep="Vognmand Tøttrup A/S", theirs="AH/1457", ours="CI-2026-1712", ids=[C1712],
    basis="en forlængelse til onsdag den 2. december", bases=[], case="CI-2026-1712",
    note="Extension: 'senest den 25. november' is the recalled old date; the new date is Wed 2 Dec (year-less, next "
         "one after the email). 'inden da' points back to it. No law named in this email.")

F58 = doc("f58", "txt", "da", "DK", "2026-11-24", f"""
TRUSTPILOT – KONTAKTFORMULAR FOR VIRKSOMHEDER
Indsendt: 24.11.2026 kl. 16:02
Sag oprettet: WEB-DK-40917

Virksomhed: Blomsterhuset Vinkel I/S
CVR: 38 55 21 07
Kontaktperson: Pernille Vinkel
E-mail: pernille@blomsterhuset-vinkel.dk
Telefon: 61 55 38 20

Emne: Advarsel på vores profil
Link til profil: https://dk.trustpilot.com/review/blomsterhuset-vinkel.dk
Berørt anmeldelse (valgfri): {R58}

Beskrivelse:
I har sat en advarsel på vores side om, at vi "kan have overtrådt retningslinjerne for invitationer". Vi har kun sendt invitationer til kunder, der har købt buketter gennem vores webshop, og vi har aldrig tilbudt rabat for en anmeldelse. Den eneste anmeldelse, I har nævnt som eksempel, er skrevet af en kunde, der har købt en brudebuket hos os, og vi har ordrebekræftelsen.

Advarslen skal fjernes før julesæsonen. Vi vedlægger gerne vores invitationsliste.

Ønsket svar senest: 03.12.2026
Foretrukken kontaktform: E-mail

[x] Jeg bekræfter, at oplysningerne er korrekte.
""", letter="2026-11-24", calc=("date", "2026-12-03"),
    family=["form_field", "numeric_day_first_dotted"],
    kind="business_appeal", name="Pernille Vinkel", org="Blomsterhuset Vinkel I/S", mail="pernille@blomsterhuset-vinkel.dk",
    theirs="WEB-DK-40917", urls=["https://dk.trustpilot.com/review/blomsterhuset-vinkel.dk"], ids=[R58],
    basis="Ønsket svar senest: 03.12.2026", bases=["platform_guidelines"], case="new:blomsterhuset-vinkel",
    note="Labelled form field with a dotted numeric date. 'før julesæsonen' is vague and yields to the field. The "
         "words in quotation marks are our warning, not content complained of: no quoted_statements. The form's "
         "case number is treated as the sender's reference.")

F59 = doc("f59", "eml", "da", "DK", "2026-11-30", f"""
Til Trustpilot A/S

Anmodning om udlevering af oplysninger – journalnr. 4100-80147-00382-26

Fyns Politi efterforsker en sag om trusler (straffelovens § 266) mod indehaveren af en pizzeria i Odense. Truslerne er bl.a. fremsat i en anmeldelse på jeres platform: https://dk.trustpilot.com/reviews/{R59}

Anmeldelsen indeholder følgende: "Du har en uge til at lukke, ellers brænder det." Forurettede har oplyst, at han tidligere har haft en konflikt med en tidligere ansat.

Politiet skal med henvisning til retsplejelovens regler om edition anmode om, at følgende oplysninger om den profil, der har oprettet anmeldelsen, udleveres inden for 10 arbejdsdage fra modtagelsen af denne henvendelse: navn, e-mailadresse, telefonnummer, IP-adresser ved oprettelse og ved offentliggørelse af anmeldelsen med tidspunkt (UTC).

Såfremt I ikke kan udlevere oplysningerne frivilligt, bedes I meddele det hurtigst muligt, så politiet kan indhente en kendelse.

Med venlig hilsen

Kasper Dalsgaard Nørgaard
Politiassistent
Fyns Politi, Efterforskningsafdelingen
Tlf. 114 (lokal 4417)
kdn004@politi.dk
""", letter="2026-11-30", calc=("wdays", "2026-11-30", 10, "DK", None),
    email=mail("Kasper Dalsgaard Nørgaard", "kdn004@politi.dk", "Anmodning om udlevering af oplysninger – 4100-80147-00382-26",
               "<GVXP189MB1044.kdn004.20261130@politi.dk>", "2026-11-30T10:05:00+01:00"),
    family=["relative_working_days", "relative_receipt", "passive_third_person", "no_holiday_in_range"],
    kind="law_enforcement", name="Kasper Dalsgaard Nørgaard", org="Fyns Politi", mail="kdn004@politi.dk",
    theirs="4100-80147-00382-26",
    urls=[f"https://dk.trustpilot.com/reviews/{R59}"], ids=[R59],
    quotes=["Du har en uge til at lukke, ellers brænder det."],
    basis="inden for 10 arbejdsdage fra modtagelsen af denne henvendelse", bases=["criminal"], case="new:fyns-politi",
    note="Ten Danish working days from receipt (Mon 30 Nov, the day sent) -> Mon 14 Dec; no Danish holiday falls in "
         "range. 'Du har en uge' is inside the quoted review, not a deadline. 'Politiassistent' is a rank.")

F60 = doc("f60", "scan", "da", "DK", "2026-11-17", f"""
ADVOKAT LISBETH GRØNBORG
Jernbanegade 12, 1. sal · 9000 Aalborg
Tlf. 98 55 62 30 · lg@advokat-gronborg.dk

Trustpilot A/S
Pilestræde 58
1112 København K

Aalborg, den 13. november 2026
J.nr. 2026-0712 LG

ANBEFALET

Vedr.: Køreskolen Limfjorden ApS – anmeldelse {R60}

Jeg repræsenterer Køreskolen Limfjorden ApS, Aalborg.

Den ovennævnte anmeldelse på Deres hjemmeside indeholder påstanden om, at køreskolens indehaver "sælger køreprøver under bordet". Der er tale om en beskyldning for en strafbar handling, som er fuldstændig grundløs. Køreskolen har ikke på noget tidspunkt været genstand for en undersøgelse, hverken hos politiet eller Færdselsstyrelsen.

Jeg skal på vegne af min klient kræve anmeldelsen fjernet med en frist på 14 dage fra dags dato. Hvis anmeldelsen ikke er fjernet inden fristens udløb, vil jeg uden yderligere varsel anlægge sag ved Retten i Aalborg med påstand om mortifikation og godtgørelse efter straffelovens § 267 og erstatningsansvarslovens § 26.

Med venlig hilsen

Lisbeth Grønborg
Advokat
""", letter="2026-11-13", calc=("days", "2026-11-13", 14),
    family=["relative_letter_date", "conditional_threat", "scan"],
    kind="legal_demand", name="Lisbeth Grønborg", org=None, mail="lg@advokat-gronborg.dk",
    rep="Køreskolen Limfjorden ApS", theirs="2026-0712 LG", ids=[R60],
    quotes=["sælger køreprøver under bordet"],
    basis="med en frist på 14 dage fra dags dato", bases=["defamation"], case="new:koereskolen-limfjorden",
    note="'fra dags dato' = from the letter's date (Fri 13 Nov; received Tue 17 Nov) -> Fri 27 Nov. A sole "
         "practitioner: the letterhead is her own name, organisation null. § 267 (ærekrænkelse) is invoked for "
         "civil mortifikation and godtgørelse, so only defamation.")

DOCS = [F57, F58, F59, F60]
