"""corpus-s, Danish documents s51-s55."""
from __future__ import annotations

from common import R, doc, mail, rurl

DOCS = []

# s51 - Kjærgaard & Holm reply in our thread on CI-2026-0731; "Vores ref." repeated; our ref in the quoted mail
DOCS.append(doc("s51", "eml", "da", "2026-10-22", f"""
Kære Trustpilot

Tak for jeres mail af 15. oktober.

Jeg har drøftet jeres spørgsmål med min klient, Vestegnens Tagdækning ApS. Som dokumentation for, at anmeldelsen er usand, vedhæfter jeg nu:

1. den underskrevne tilbudsaftale af 3. juni 2026, hvoraf det fremgår, at der ikke blev betalt depositum, men alene en a conto-rate på 12.000 kr. efter levering af materialer,
2. fotos af det færdige tag med dato og GPS-position, og
3. kundens egen sms af 28. juni 2026, hvor han takker for arbejdet.

Anmeldelsen påstår, at "Vestegnens Tagdækning tog 40.000 kr. i depositum og forsvandt." Det er i strid med dokumentationen og beskylder min klient for bedrageri. Der er tale om en ærekrænkende sigtelse, jf. straffelovens § 267, og min klient har lidt et dokumenterbart tab af ordrer siden anmeldelsen blev lagt op.

Jeg skal derfor på ny anmode om, at anmeldelsen {rurl("dk", "tag")} fjernes, og at I bekræfter dette over for mig senest fredag den 30. oktober 2026.

Med venlig hilsen

Mads Kjærgaard
Advokat (H), partner

Kjærgaard & Holm Advokatpartnerselskab
Vesterbrogade 74, 3. · 1620 København V
T +45 33 55 41 90 · mk@kjaergaard-holm.dk
Vores ref.: 2026-0419/MK

Den 15. okt. 2026 kl. 14.02 skrev Trustpilot Legal <legal@trustpilot.com>:

> Kære Mads Kjærgaard
>
> Vi bekræfter modtagelsen af jeres henvendelse. Vores sagsnr.: CI-2026-0731.
> For at kunne vurdere sagen beder vi om dokumentation for, at de faktiske oplysninger i anmeldelsen er forkerte.
>
> Med venlig hilsen
> Trustpilot Legal
""", email=mail("Mads Kjærgaard", "mk@kjaergaard-holm.dk", "SV: Anmeldelse af Vestegnens Tagdækning ApS",
                "<3e8a1f7c-52d9-4b06-8c4e-a9d0f6b27e13@kjaergaard-holm.dk>", "2026-10-22T11:30:00+02:00",
                in_reply_to="<6f1d2b7e-93a4-4c55-b0e2-8d7a1c3f9e21@mail.trustpilot.com>",
                references=["<6f1d2b7e-93a4-4c55-b0e2-8d7a1c3f9e21@mail.trustpilot.com>"]),
    kind="legal_demand", name="Mads Kjærgaard", org="Kjærgaard & Holm Advokatpartnerselskab",
    mail="mk@kjaergaard-holm.dk", rep="Vestegnens Tagdækning ApS", theirs="2026-0419/MK", ours="CI-2026-0731",
    urls=[rurl("dk", "tag")], ids=[R["tag"]],
    quotes=["Vestegnens Tagdækning tog 40.000 kr. i depositum og forsvandt."],
    deadline="2026-10-30", basis="senest fredag den 30. oktober 2026", bases=["defamation"], case="CI-2026-0731",
    note="reply in our thread; Vores ref.; our ref only in the quoted message"))

# s52 - the author of the Tagdækning review writes about the same review; display name differs
DOCS.append(doc("s52", "eml", "da", "2026-11-02", f"""
Hej

Jeg har fået en mail om, at min anmeldelse af Vestegnens Tagdækning er "skjult midlertidigt", fordi firmaet har klaget. Jeg vil gerne klage over det.

Det drejer sig om den her: {rurl("dk", "tag")}

Jeg skrev "Vestegnens Tagdækning tog 40.000 kr. i depositum og forsvandt." Jeg kan godt se nu, at ordet depositum måske ikke er det rigtige, for i kontrakten hedder det en a conto-rate. Men det ændrer ikke på, at vi betalte, og at der så ikke skete noget i over tre uger, og at de ikke tog telefonen. Taget blev først lagt, efter at min svigersøn, som er jurist, havde skrevet til dem. Det er den oplevelse, jeg beskriver.

Jeg vil gerne rette ordet, hvis det er det, der er problemet, men jeg synes ikke, at hele anmeldelsen skal væk. Kan I fortælle mig, hvad jeg skal gøre, og om jeg selv kan redigere den, mens den er skjult?

Venlig hilsen
Henrik Bøgh Mortensen
Albertslund
""", email=mail("Henrik og Lis", "hblis.mortensen@gmail.com", "Klage - min anmeldelse er skjult",
                "<CAJt5rM9xQ2p_Lw8eK3vB7nZ1dYh6sFg@mail.gmail.com>", "2026-11-02T19:21:00+01:00"),
    kind="consumer_appeal", name="Henrik Bøgh Mortensen", org=None, mail="hblis.mortensen@gmail.com", rep=None,
    urls=[rurl("dk", "tag")], ids=[R["tag"]], quotes=["Vestegnens Tagdækning tog 40.000 kr. i depositum og forsvandt."],
    case="CI-2026-0731", note="the reviewer on a review an open case concerns"))

# s53 - Datatilsynet writes again on its open case (J.nr. repeated)
DOCS.append(doc("s53", "pdf", "da", "2026-11-06", f"""
Datatilsynet
Carl Jacobsens Vej 35
2500 Valby
T 33 19 32 00
dt@datatilsynet.dk
datatilsynet.dk

Trustpilot A/S
Att.: Databeskyttelsesrådgiver
Pilestræde 58
1112 København K

Sendt med Digital Post

4. november 2026

J.nr. 2026-31-4482
Sagsbehandler: Ditte Holmgaard Friis

Klage over afvist anmodning om sletning – supplerende spørgsmål

Datatilsynet takker for jeres udtalelse af 22. oktober 2026 i sagen om Birthe Lykke Sørensens klage.

Det fremgår af udtalelsen, at I har afvist klagerens anmodning om sletning af anmeldelsen {rurl("dk", "birthe")}, fordi anmeldelsen efter jeres opfattelse vedrører frisørsalonens ydelser og ikke klageren som privatperson. Klageren har efterfølgende oplyst over for Datatilsynet, at anmeldelsen nævner hende ved fornavn og beskriver hendes helbred.

Datatilsynet beder jer derfor oplyse:

1. om I har taget stilling til, at anmeldelsen indeholder oplysninger om klagerens helbred, jf. databeskyttelsesforordningens artikel 9,
2. hvilken interesseafvejning efter artikel 6, stk. 1, litra f, I har foretaget, og
3. om I har overvejet at fjerne de dele af anmeldelsen, der vedrører klageren, i stedet for hele anmeldelsen.

Vi beder om jeres svar senest den 20. november 2026. Hvis vi ikke har modtaget jeres svar inden da, vil vi træffe afgørelse på det foreliggende grundlag.

Med venlig hilsen

Ditte Holmgaard Friis
Specialkonsulent
""", kind="regulator", name="Ditte Holmgaard Friis", org="Datatilsynet", mail="dt@datatilsynet.dk", rep=None,
    theirs="2026-31-4482", urls=[rurl("dk", "birthe")], ids=[R["birthe"]],
    deadline="2026-11-20", basis="senest den 20. november 2026", bases=["data_protection"], case="CI-2026-0736",
    note="regulator writing again on an open case"))

# s54 - the data subject of CI-2026-0736 chases herself; no reference, no URL; display name differs
DOCS.append(doc("s54", "eml", "da", "2026-11-24", """
Til Trustpilot

Jeg skriver igen angående anmeldelsen af salonen i Roskilde, hvor jeg bliver nævnt med navn, og hvor der står noget om min sygdom. Jeg bad jer slette den i august, og I sagde nej. Derfor klagede jeg til Datatilsynet.

Datatilsynet har fortalt mig, at de har skrevet til jer igen, og at I skulle svare senest den 20. november. Jeg har ikke hørt noget fra jer siden.

Jeg vil gerne gentage min anmodning om, at I sletter oplysningerne om mig. Det er ikke rart at være kunde i den by, hvor alle kan læse om ens helbred på internettet. Jeg har ikke noget imod, at folk skriver om salonen, men jeg er ikke salonen. Jeg var bare kunde, der gik ud af døren med en mavepine.

Jeg vil også gerne vide, om I har givet mit navn eller min mail videre til salonen eller til den, der skrev anmeldelsen, da jeg klagede.

Venlig hilsen

Birthe Lykke Sørensen
Sendt fra min iPad
""", email=mail("B. Lykke", "birthe.ls@mail.dk", "Anmeldelsen om mig - igen",
                "<F4A2C8E1-7B3D-4E9F-A06C-5D1B2E8F9A37@mail.dk>", "2026-11-24T07:48:00+01:00"),
    kind="data_request", name="Birthe Lykke Sørensen", org=None, mail="birthe.ls@mail.dk", rep=None,
    bases=["data_protection"], case="CI-2026-0736",
    note="party of exactly one open case; no reference; recalls a past date (20 Nov), which is not a deadline"))

# s55 - Nordkyst Camping refers to its own mail by date (Danish), business appeal
DOCS.append(doc("s55", "docx", "da", "2026-10-27", f"""
NORDKYST CAMPING ApS
Strandvejen 211 · 9850 Hirtshals
Tlf. 98 55 12 40 · kontakt@nordkystcamping.dk · CVR 38 41 77 20

Trustpilot A/S
Pilestræde 58
1112 København K

Hirtshals, 26. oktober 2026

Vedr.: anmeldelse {R["camp"]} – anmodning om fornyet vurdering

Til Trustpilot

Vi henviser til vores mail af 28. september, hvor vi bad jer se på anmeldelsen igen, efter at I havde afvist vores rapportering. Vi har ikke modtaget svar ud over en automatisk kvittering, og vi skriver derfor nu med brev.

Anmeldelsen siger blandt andet: "Toiletterne var ikke gjort rent i en uge, og ejeren truede os med politiet, da vi klagede."

Vi har en rengøringsplan, hvor hver rengøring kvitteres med tidspunkt og initialer, og den viser, at servicebygningen blev gjort rent to gange dagligt i hele den pågældende uge. Vi har kopier af planen og af vores kontrolrapport fra kommunen. Det er rigtigt, at vi bad den pågældende gæst forlade pladsen, men det var fordi han og hans selskab spillede høj musik efter kl. 23 tre nætter i træk og ikke ville stoppe. Politiet blev aldrig nævnt af os – det var gæsten, der sagde, at han ville ringe til politiet.

Vi mener, at anmeldelsen indeholder forkerte faktiske oplysninger og bryder jeres retningslinjer. Vi beder jer derfor om at tage anmeldelsen op igen og give os et svar inden den 10. november, da vi er ved at lægge næste sæsons priser og materiale ud.

Med venlig hilsen

Anders Nørgaard Vestergaard
Direktør og indehaver
Nordkyst Camping ApS
""", kind="business_appeal", name="Anders Nørgaard Vestergaard", org="Nordkyst Camping ApS",
    mail="kontakt@nordkystcamping.dk", rep=None, ids=[R["camp"]],
    quotes=["Toiletterne var ikke gjort rent i en uge, og ejeren truede os med politiet, da vi klagede."],
    deadline="2026-11-10", basis="inden den 10. november", bases=["platform_guidelines"], case="CI-2026-0752",
    note="own earlier mail by date; review id in text without URL"))
