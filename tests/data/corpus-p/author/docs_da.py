"""corpus-p Danish documents p43–p50."""
from common import RID, add_days, add_working_days, doc, email

DK = "https://dk.trustpilot.com/reviews/"

DOCS = [
    doc("p43", "pdf", "da", "2026-10-28", """
FORBRUGEROMBUDSMANDEN
Carl Jacobsens Vej 35
2500 Valby
Tlf. 41 71 50 00
forbrugerombudsmanden@kfst.dk

Trustpilot A/S
Att.: Juridisk afdeling
Pilestræde 58
1112 København K

Dato: 27. oktober 2026
J.nr. 26/07719
Sagsbehandler: Ditte Vejlby Rasmussen

Rykker – anmodning om oplysninger

Forbrugerombudsmanden skrev til jer den 8. september 2026 i anledning af en klage fra Lasse Hvidtfeldt Rømer over jeres håndtering af anmeldelser af et håndværksfirma. Vi bad om svar senest den 12. oktober 2026.

Vi har ikke modtaget svar og har heller ikke fået en anmodning om fristforlængelse.

Vi skal derfor igen bede jer om at redegøre for:

1. hvordan I kontrollerer, at anmeldelser stammer fra forbrugere, der faktisk har købt en ydelse hos den anmeldte virksomhed;
2. om og hvordan I oplyser brugerne om, at virksomheder kan rapportere anmeldelser, og hvad der sker med de rapporterede anmeldelser;
3. hvilke oplysninger I har om de 14 anmeldelser, som klageren har nævnt i sin henvendelse.

Vi skal bede om jeres svar senest den 16. november 2026. Forbrugerombudsmanden kan efter markedsføringslovens § 27, stk. 2, kræve de oplysninger, som er nødvendige for at afgøre, om loven er overholdt. Hvis vi ikke modtager svar, vil vi overveje at træffe afgørelse om påbud om at give oplysningerne.

Med venlig hilsen

Ditte Vejlby Rasmussen
Specialkonsulent
""", kind="regulator", case="CI-2026-1533", name="Ditte Vejlby Rasmussen", org="Forbrugerombudsmanden",
        theirs="26/07719", deadline="2026-11-16", basis="senest den 16. november 2026",
        bases=("consumer_law",),
        note="The regulator writes again (rykker): linked to CI-2026-1533 by the journal number and the "
             "complainant's name. The earlier date 12 Oct is only recalled; the new date is the deadline. Only the "
             "authority's general mailbox appears: sender_email null."),

    doc("p44", "eml", "da", "2026-11-03", """
Hej

Jeg skriver igen angående min anmodning om indsigt efter databeskyttelsesforordningens artikel 15, som I har givet sagsnummer CI-2026-1544.

Jeg sendte anmodningen den 29. september. Efter artikel 12, stk. 3, skulle I have svaret inden for en måned, altså senest den 29. oktober. Det har I ikke. Jeg har kun fået en automatisk kvittering.

Jeg vil gerne minde om, hvad jeg bad om: en kopi af alle de oplysninger, I har om mig, herunder hvorfor min profil blev spærret i august, hvem der har rapporteret mine anmeldelser, og hvilke af mine anmeldelser der er blevet fjernet og hvorfor.

Jeg forventer at modtage oplysningerne inden for 5 hverdage. Hvis ikke, klager jeg til Datatilsynet.

Venlig hilsen
Mikkel Thorsø Rahbek
Tlf. 28 41 67 09
""", email=email("Mikkel Rahbek", "mikkel.rahbek@mail.dk", "Indsigtsanmodning – rykker",
                 "<4f8a2b17-93cd-4e01-b5a6-7d2c1e0f9a38@mail.dk>", "2026-11-03T07:58:00+01:00"),
        kind="data_request", case="CI-2026-1544", name="Mikkel Thorsø Rahbek", addr="mikkel.rahbek@mail.dk",
        ours="CI-2026-1544", deadline=add_working_days("2026-11-03", 5, "DK"),
        basis="inden for 5 hverdage", bases=("data_protection",),
        note="Our reference in the body. 29 Oct is recalled as the missed statutory date, not the deadline. "
             "Unanchored 'inden for 5 hverdage' from the email date (Tue 3 Nov) -> Tue 10 Nov. Datatilsynet is "
             "named only as a threat."),

    doc("p45", "docx", "da", "2026-11-06", """
KRAGH & MØLLESKOV
Advokatpartnerselskab
Vestergade 19, 8600 Silkeborg
Tlf. 86 82 40 11 · mail@kragh-molleskov.dk · CVR 38 41 72 05

Trustpilot A/S
Pilestræde 58
1112 København K

Sendt pr. e-mail til legal@trustpilot.com

Silkeborg, den 5. november 2026
Vores ref.: 4471-26 / HSL

Vedr.: Anmeldelse af Restaurant Søbredden ApS

Som advokat for Restaurant Søbredden ApS, Søtorvet 2, 8600 Silkeborg, skal jeg henvende mig til jer om en anmeldelse, der blev offentliggjort den 30. oktober 2026 på https://dk.trustpilot.com/reviews/6456b9327e713699d894ef56.

Anmeldelsen indeholder bl.a. følgende udsagn:

"Køkkenet er fyldt med rotter, det ved alle der har arbejdet der."

"Ejeren snyder sine ansatte for løn og tips."

Udsagnene er usande. Restauranten fik senest den 22. september 2026 en elitesmiley fra Fødevarestyrelsen, og der har aldrig været skadedyr i køkkenet. Alle ansatte aflønnes efter overenskomst, og drikkepenge fordeles efter en skriftlig ordning, som personalet selv har godkendt. Anmeldelsen er efter min klients opfattelse skrevet af en tidligere medarbejder, der blev afskediget i oktober.

Udsagnene er ærekrænkende, jf. straffelovens § 267, og kan skade restaurantens omdømme alvorligt.

Min klient har tidligere haft en sag hos jer om en anden anmeldelse, som blev afsluttet. Den foreliggende henvendelse angår udelukkende den nye anmeldelse.

Jeg skal anmode om, at anmeldelsen fjernes, og at I bekræfter dette over for mig inden 8 dage fra dato.

Med venlig hilsen

Henrik Saxtorph Lund
Advokat (L)
hsl@kragh-molleskov.dk
""", kind="legal_demand", case="new:p-sobredden", name="Henrik Saxtorph Lund", org="Kragh & Mølleskov",
        addr="hsl@kragh-molleskov.dk", rep="Restaurant Søbredden ApS", theirs="4471-26 / HSL",
        urls=(DK + RID["sobredden_new"],), ids=(RID["sobredden_new"],),
        quotes=("Køkkenet er fyldt med rotter, det ved alle der har arbejdet der.",
                "Ejeren snyder sine ansatte for løn og tips."),
        deadline=add_days("2026-11-05", 8), basis="inden 8 dage fra dato", bases=("defamation",),
        note="Look-alike: Restaurant Søbredden ApS is the party of closed case CI-2026-1509; the letter recalls "
             "that earlier matter but concerns a new review -> new matter. 'som advokat for' introduces the client. "
             "'fra dato' = from the letter date (5 Nov) + 8 = 13 Nov. Organisation the firm's name without "
             "'Advokatpartnerselskab'; 'Advokat (L)' dropped. Straffelovens § 267 is the defamation provision."),

    doc("p46", "scan", "da", "2026-11-26", """
RETTEN I ODENSE
Albanigade 28, 5000 Odense C

KENDELSE

afsagt den 20. november 2026

Sag BS-48213/2026-ODE

Tagfirmaet Bellinge ApS
(advokat Malene Ørsted Knudsen)
mod
Trustpilot A/S

Sagens baggrund

Tagfirmaet Bellinge ApS har anmodet retten om at pålægge Trustpilot A/S at udlevere oplysninger om identiteten på den bruger, der den 4. september 2026 offentliggjorde en anmeldelse på https://dk.trustpilot.com/reviews/60044ed7ea44caf0991af673. Anmeldelsen indeholder bl.a. udsagnet "De bruger sort arbejdskraft og betaler ikke moms af noget som helst." Sagsøgeren agter at anlægge sag mod forfatteren for bagvaskelse.

Trustpilot A/S har ikke afgivet bemærkninger.

Rettens begrundelse og resultat

Retten finder, at oplysningerne må antages at have betydning som bevis i den påtænkte sag, og at betingelserne for editionspålæg efter retsplejelovens § 299 er opfyldt.

Thi bestemmes:

Trustpilot A/S skal senest 14 dage efter forkyndelsen af denne kendelse udlevere navn, e-mailadresse og IP-adresser knyttet til den profil, der har offentliggjort anmeldelsen, til sagsøgerens advokat.

Birgitte Lykkegaard Hviid
dommer
""", kind="court_order", case="new:p-bellinge", name="Birgitte Lykkegaard Hviid", org="Retten i Odense",
        theirs="BS-48213/2026-ODE", urls=(DK + RID["odense"],), ids=(RID["odense"],),
        quotes=("De bruger sort arbejdskraft og betaler ikke moms af noget som helst.",),
        deadline=add_days("2026-11-26", 14), basis="senest 14 dage efter forkyndelsen af denne kendelse",
        bases=("court_order", "defamation"),
        note="A court's own order (kendelse), scanned. Sender the judge, organisation the court, their_reference "
             "the case number; represented party and sender_email null. 'efter forkyndelsen' (service) -> "
             "received 26 Nov + 14 = 10 Dec. Bagvaskelse is the intended claim -> defamation."),

    doc("p47", "eml", "da", "2026-11-19", """
Til Trustpilot

Nordsjællands Politi efterforsker en sag om trusler, jf. straffelovens § 266, mod indehaveren af en frisørsalon i Helsingør.

Truslen er fremsat i en anmeldelse på jeres side:
https://dk.trustpilot.com/reviews/6f821f9f9abce21e7260328c

Anmeldelsen lyder bl.a.: "Du skal ikke regne med at have en salon ret meget længere, jeg ved hvor du bor."

Til brug for efterforskningen anmoder vi om følgende oplysninger om den profil, der har skrevet anmeldelsen: navn, e-mailadresse, telefonnummer, IP-adresse ved oprettelse og ved offentliggørelse af anmeldelsen med tidsangivelse, samt eventuelle andre anmeldelser skrevet fra profilen.

Vi skal bede om oplysningerne senest fredag den 27. november 2026. Såfremt I kun kan udlevere oplysningerne på grundlag af en retskendelse, bedes I oplyse dette hurtigst muligt, så vi kan indhente en.

Henvendelsen bedes ikke videregivet til profilens indehaver.

Kasper Friis Mortensen
Politiassistent
Efterforskningsafdelingen, Nordsjællands Politi
Journalnr. 0900-80171-00412-26
Direkte tlf. 72 58 83 41
kfm007@politi.dk
""", email=email("Kasper Friis Mortensen", "kfm007@politi.dk",
                 "Anmodning om oplysninger – journalnr. 0900-80171-00412-26",
                 "<2f7d9a1c.0b4e.4c3f.9e21.88a0c6d4b512@politi.dk>", "2026-11-19T13:22:00+01:00"),
        kind="law_enforcement", case="new:p-helsingor", name="Kasper Friis Mortensen", org="Nordsjællands Politi",
        addr="kfm007@politi.dk", theirs="0900-80171-00412-26",
        urls=(DK + RID["dk_pol"],), ids=(RID["dk_pol"],),
        quotes=("Du skal ikke regne med at have en salon ret meget længere, jeg ved hvor du bor.",),
        deadline="2026-11-27", basis="senest fredag den 27. november 2026", bases=("criminal",),
        note="Signature without a sign-off. Rank 'Politiassistent' not part of the name. 'hurtigst muligt' "
             "concerns only telling them whether a court order is needed; the dated request is the deadline."),

    doc("p48", "eml", "da", "2026-11-30", """
Hej Trustpilot

Jeg er fotograf og driver Kloster Dam Fotografi i Roskilde. Jeg har opdaget, at et af mine billeder bliver brugt uden tilladelse på en virksomhedsside hos jer:

https://dk.trustpilot.com/review/vinterby-ejendom.dk

Billedet er det, der ligger som baggrund øverst på siden (en snedækket villa i solnedgang). Jeg tog det i januar 2025 på en opgave for et ejendomsmæglerfirma, og det ligger på min hjemmeside med tydelig angivelse af ophavsret. Vinterby Ejendomsservice har aldrig købt en licens, og jeg har ikke givet dem lov til at bruge det.

Efter ophavsretsloven er det mig, der bestemmer, hvem der må bruge mine billeder. Jeg vil derfor bede jer fjerne billedet fra siden hurtigst muligt. Jeg kan sende originalfilen med metadata, hvis I har brug for dokumentation.

I samme omgang vil jeg nævne, at en af anmeldelserne på siden (https://dk.trustpilot.com/reviews/66ee9872cd0df17d5e2ad2cc) også har mit billede vedhæftet. Det skal også fjernes.

Venlig hilsen

Josefine Kloster Dam
Kloster Dam Fotografi
Skomagergade 41, 4000 Roskilde
www.klosterdamfoto.dk
""", email=email("Kloster Dam Fotografi", "kontakt@klosterdamfoto.dk", "Ophavsretskrænkelse – mit foto på jeres side",
                 "<8e1c7a93-5bd2-4d6f-a0e4-21c9f3b7d650@klosterdamfoto.dk>", "2026-11-30T09:14:00+01:00"),
        kind="ip_notice", case="new:p-klosterdam", name="Josefine Kloster Dam", org="Kloster Dam Fotografi",
        addr="kontakt@klosterdamfoto.dk",
        urls=("https://dk.trustpilot.com/review/vinterby-ejendom.dk", DK + RID["vinterby"]),
        ids=(RID["vinterby"],), bases=("copyright",),
        note="Photographer writing for her own business (represented party null; organisation her trading name). "
             "From display name is the business; the signer is the sender and the From address is used. "
             "'hurtigst muligt' -> deadline null. Her own website is not a cited URL."),

    doc("p49", "txt", "da", "2026-10-07", """
TRUSTPILOT – ANMELD ULOVLIGT INDHOLD (DSA ARTIKEL 16)
Sags-id: DSA-DK-2026-0319552
Indsendt: 07-10-2026 22:41

Dit navn: Rasmus Vindahl
Din e-mail: rasmus.vindahl@gmail.com
Anmelder du på vegne af en anden? Nej

Link til indholdet: https://dk.trustpilot.com/reviews/619596e1085ed77b917c7828
Hvilken slags indhold? Anmeldelse
Hvorfor er indholdet ulovligt? Ærekrænkelse / injurier
Land: Danmark

Beskrivelse:
Anmeldelsen handler om min fars tømrerfirma i Ringkøbing, men den nævner min far ved fulde navn og hans privatadresse. Der står: "Poul Vindahl er en svindler der har taget pengene fra halvdelen af byens pensionister." Det er ikke sandt. Min far har haft firma i 31 år og har aldrig været anklaget for noget. Anmeldelsen er skrevet af en nabo, som han har haft en strid med om et skel.

Min far er 72 og bruger ikke internettet, så jeg anmelder det for ham, selv om der står nej ovenfor, fordi jeg ikke kunne finde ud af, hvad jeg skulle vælge. Han har givet mig lov.

Jeg vil gerne have anmeldelsen fjernet.

[x] Jeg bekræfter, at oplysningerne er korrekte og fuldstændige efter min bedste overbevisning.
""", kind="illegal_content_notice", case="new:p-vindahl", name="Rasmus Vindahl", addr="rasmus.vindahl@gmail.com",
        rep="Poul Vindahl", urls=(DK + RID["dk_icn"],), ids=(RID["dk_icn"],),
        quotes=("Poul Vindahl er en svindler der har taget pengene fra halvdelen af byens pensionister.",),
        bases=("dsa", "defamation"),
        note="Web-form copy. The form field says he reports for himself, but the text says he reports for his "
             "father with his permission -> represented party Poul Vindahl (judgment call against the form field). "
             "No date asked for: null."),

    doc("p50", "eml", "da", "2026-12-02", """
Hej

Min profil hos jer blev lukket i sidste uge, og alle mine 23 anmeldelser er forsvundet. I mailen står der, at jeg har "overtrådt retningslinjerne for brugere", men ikke hvordan.

Jeg har skrevet anmeldelser i fire år, mest om restauranter og butikker i Aalborg, og jeg har aldrig fået penge eller noget andet for dem. Den eneste forklaring, jeg kan komme på, er at jeg i november skrev en kritisk anmeldelse af et fitnesscenter, og at de har klaget over mig. Den anmeldelse lå her: https://dk.trustpilot.com/reviews/6eb7c0d14a92f35b18e6a0c7 – og der stod kun, at der var defekte maskiner og ingen personale om aftenen, hvilket er rigtigt.

Jeg vil gerne have min profil og mine anmeldelser tilbage, eller i det mindste en ordentlig begrundelse, som jeg har krav på efter forordningen om digitale tjenester. Jeg vil gerne have svar inden den 10/12, da jeg ellers vil klage til Konkurrence- og Forbrugerstyrelsen.

Mvh
Nanna Steengaard Holt
""", email=email("Nanna Holt", "nannaholt@hotmail.dk", "Min profil er lukket",
                 "<AM0PR07MB5123C9D4E1@AM0PR07MB5123.eurprd07.prod.outlook.com>", "2026-12-02T20:12:00+01:00"),
        kind="consumer_appeal", case="new:p-holt", name="Nanna Steengaard Holt", addr="nannaholt@hotmail.dk",
        urls=(DK + RID["holt"],), ids=(RID["holt"],),
        deadline="2026-12-10", basis="inden den 10/12", bases=("dsa", "platform_guidelines"),
        note="Reviewer appealing the closure of her account. Date without a year (10/12, day first) -> 10 Dec "
             "2026. Her paraphrase of her own review is not a quotation: quoted_statements empty. The agency is "
             "named only as a threat."),
]
