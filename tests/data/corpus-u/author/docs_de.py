"""German documents of corpus-u."""
from common import R, doc, mail, plus_days, plus_one_month

DE = "https://de.trustpilot.com/reviews/"
DOCS = []
add = DOCS.append

# --------------------------------------------------------------------------- u03  lawyer's email serving an eV (court_order), CI-0418
add(doc("u03", "eml", "de", "2026-11-18", f"""
Sehr geehrte Damen und Herren,

in der Sache Bäckerei Lindemann GmbH ./. Trustpilot A/S (Ihr Zeichen: CI-2026-0418) nehmen wir Bezug auf unser Schreiben vom 20. Oktober 2026, mit dem wir Sie zur Entfernung der Bewertung unter {DE}{R['lind']} aufgefordert hatten.

Da Sie dieser Aufforderung nicht nachgekommen sind, hat unsere Mandantin den Erlass einer einstweiligen Verfügung beantragt. Das Landgericht Hamburg hat dem Antrag mit Beschluss vom 13. November 2026 ohne mündliche Verhandlung stattgegeben. Eine beglaubigte Abschrift des Beschlusses übersenden wir Ihnen vorab per E-Mail in der Anlage. Die förmliche Zustellung nach der Verordnung (EU) 2020/1784 ist veranlasst; sie ändert nichts daran, dass Sie ab heute positive Kenntnis vom Inhalt des Beschlusses haben.

Nach dem Beschluss ist es Ihnen untersagt, die dort wiedergegebenen Äußerungen über unsere Mandantin weiter zu verbreiten. Für jeden Fall der Zuwiderhandlung ist ein Ordnungsgeld von bis zu 250.000,00 EUR angedroht.

Wir fordern Sie daher auf, die Bewertung unverzüglich zu entfernen und uns die Entfernung bis spätestens Mittwoch, den 25. November 2026, 12:00 Uhr MEZ schriftlich zu bestätigen. Sollte die Bewertung nach diesem Zeitpunkt noch abrufbar sein, werden wir ohne weitere Ankündigung einen Ordnungsmittelantrag beim Landgericht Hamburg stellen.

Zugleich fordern wir Sie zur Abgabe einer Abschlusserklärung auf, mit der Sie die einstweilige Verfügung als endgültige und zwischen den Parteien verbindliche Regelung anerkennen. Hierzu werden wir Ihnen gesondert schreiben.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Dr. Felix Rinke
Rechtsanwalt
Fachanwalt für Gewerblichen Rechtsschutz

Vogt Rinke Rechtsanwälte PartG mbB
Am Sande 12 · 21335 Lüneburg
Tel. +49 4131 70 88 20 · Fax +49 4131 70 88 29
rinke@vogt-rinke.de · www.vogt-rinke.de
Sitz Lüneburg · AG Hannover PR 1204
""", email=mail("Dr. Felix Rinke", "rinke@vogt-rinke.de",
               "Bäckerei Lindemann GmbH ./. Trustpilot A/S - einstweilige Verfügung LG Hamburg - Unser Zeichen 1187/26 RI",
               "<7f3e2a10c4d84b1e9a55@vogt-rinke.de>", "2026-11-18T14:22:00+01:00", attachments=["u04"]),
    kind="court_order", name="Felix Rinke", org="Vogt Rinke Rechtsanwälte PartG mbB", mail="rinke@vogt-rinke.de",
    rep="Bäckerei Lindemann GmbH", theirs="1187/26 RI", ours="CI-2026-0418",
    urls=[DE + R["lind"]], ids=[R["lind"]],
    deadline="2026-11-25", basis="bis spätestens Mittwoch, den 25. November 2026, 12:00 Uhr MEZ",
    bases=["court_order"], case="CI-2026-0418",
    note="lawyer's email serving an injunction: kind court_order; the court file number is only in the attachment"))

add(doc("u04", "pdf", "de", "2026-11-18", f"""
LANDGERICHT HAMBURG
Zivilkammer 24
Sievekingplatz 1 · 20355 Hamburg

Beglaubigte Abschrift

Aktenzeichen: 324 O 598/26

Beschluss

In der Sache

Bäckerei Lindemann GmbH, vertreten durch den Geschäftsführer Heiko Lindemann, Am Markt 4, 21335 Lüneburg
- Antragstellerin -

Prozessbevollmächtigte: Vogt Rinke Rechtsanwälte PartG mbB, Am Sande 12, 21335 Lüneburg, Gz.: 1187/26 RI

gegen

Trustpilot A/S, vertreten durch den Vorstand, Pilestræde 58, 1112 Kopenhagen K, Dänemark
- Antragsgegnerin -

wegen Unterlassung

beschließt das Landgericht Hamburg - Zivilkammer 24 - durch die Richterin am Landgericht Dr. Henrike Sauer als Einzelrichterin am 13.11.2026:

1. Der Antragsgegnerin wird im Wege der einstweiligen Verfügung - wegen besonderer Dringlichkeit ohne mündliche Verhandlung - bei Meidung eines vom Gericht für jeden Fall der Zuwiderhandlung festzusetzenden Ordnungsgeldes bis zu 250.000,00 EUR, ersatzweise Ordnungshaft, oder einer Ordnungshaft bis zu sechs Monaten untersagt,

in Bezug auf die Antragstellerin zu verbreiten und/oder verbreiten zu lassen:

„In der Backstube laufen Mäuse herum, das hat mir eine ehemalige Mitarbeiterin erzählt.“

und/oder

„Das Lebensmittelamt hat den Laden im Sommer schon zweimal dichtgemacht.“

wie geschehen in der unter {DE}{R['lind']} abrufbaren Bewertung.

2. Die Kosten des Verfahrens hat die Antragsgegnerin zu tragen.

3. Der Streitwert wird auf 20.000,00 EUR festgesetzt.

Gründe:

Die Antragstellerin hat einen Verfügungsanspruch aus §§ 823 Abs. 1, 1004 Abs. 1 Satz 2 BGB analog in Verbindung mit ihrem Unternehmenspersönlichkeitsrecht glaubhaft gemacht. Bei den angegriffenen Äußerungen handelt es sich um unwahre Tatsachenbehauptungen, die geeignet sind, den Ruf der Antragstellerin erheblich herabzusetzen. Die Antragstellerin hat durch eidesstattliche Versicherung ihres Geschäftsführers sowie durch die Bescheinigung des zuständigen Veterinär- und Lebensmittelüberwachungsamts glaubhaft gemacht, dass Betriebsschließungen nicht stattgefunden haben. Die Antragsgegnerin haftet als Hostproviderin, nachdem sie durch das Schreiben der Prozessbevollmächtigten der Antragstellerin vom 20.10.2026 von der Rechtsverletzung Kenntnis erlangt und die Bewertung gleichwohl nicht entfernt hat. Der Verfügungsgrund folgt aus der fortdauernden Abrufbarkeit der Bewertung.

Dr. Sauer
Richterin am Landgericht

Beglaubigt
Hamburg, 13.11.2026
Urkundsbeamtin der Geschäftsstelle
""", kind="court_order", name="Henrike Sauer", org="Landgericht Hamburg", mail=None,
    rep="Bäckerei Lindemann GmbH", theirs="324 O 598/26", urls=[DE + R["lind"]], ids=[R["lind"]],
    quotes=["In der Backstube laufen Mäuse herum, das hat mir eine ehemalige Mitarbeiterin erzählt.",
            "Das Lebensmittelamt hat den Laden im Sommer schon zweimal dichtgemacht."],
    bases=["court_order", "defamation"], case="CI-2026-0418", part_name="LG Hamburg 324 O 598-26 Beschluss.pdf",
    note="the court's own file number is the reference (the lawyers' Gz. is a decoy); Antragstellerin = represented party"))

# --------------------------------------------------------------------------- u09  prosecutor, different party, same review (CI-0433)
add(doc("u09", "pdf", "de", "2026-11-16", f"""
STAATSANWALTSCHAFT MÜNCHEN I
Linprunstraße 25 · 80335 München
Telefon 089 5597-07 · Telefax 089 5597-4131

Staatsanwaltschaft München I · 80097 München

Trustpilot A/S
Rechtsabteilung
Pilestræde 58
1112 Kopenhagen K
DÄNEMARK

Aktenzeichen: 251 Js 118734/26
(bitte bei allen Schreiben angeben)
Polizeiliches Vorgangszeichen: BY8510-004417-26

München, 11. November 2026

Ermittlungsverfahren gegen Unbekannt wegen Bedrohung u.a.
hier: Ersuchen um Auskunft über Bestands- und Nutzungsdaten

Sehr geehrte Damen und Herren,

die Staatsanwaltschaft München I führt gegen Unbekannt ein Ermittlungsverfahren wegen des Verdachts der Bedrohung und der Beleidigung (§§ 241, 185 StGB). Gegenstand des Verfahrens ist eine am 18. Oktober 2026 auf Ihrer Plattform veröffentlichte Bewertung der Tierarztpraxis Dr. Aumüller in München-Pasing (Bewertungs-ID {R['muc']}), in der es unter anderem heißt:

„Wer meinen Hund sterben lässt, dem fackle ich die Praxis ab, Frau Doktor.“

Das Polizeipräsidium München hat Sie bereits mit E-Mail vom 29. Oktober 2026 um Sicherung der vorhandenen Daten ersucht. Für Ihre Bestätigung vom 3. November 2026 danke ich.

Ich ersuche Sie, mir folgende Daten zu dem Nutzerkonto mitzuteilen, über das die Bewertung veröffentlicht wurde:

1. bei der Registrierung angegebener Name und E-Mail-Adresse sowie gegebenenfalls Telefonnummer,
2. IP-Adressen mit Datum und Uhrzeit (einschließlich Zeitzone) der Registrierung und der Veröffentlichung der Bewertung,
3. etwaige weitere Bewertungen, die über dasselbe Konto veröffentlicht wurden.

Da das Königreich Dänemark an der Richtlinie 2014/41/EU über die Europäische Ermittlungsanordnung nicht teilnimmt, ergeht dieses Ersuchen auf freiwilliger Grundlage. Sollten Sie eine Auskunft nur auf Grundlage eines förmlichen Rechtshilfeersuchens erteilen können, bitte ich um kurze Mitteilung, damit ein solches unverzüglich auf den Weg gebracht werden kann.

Ich bitte um Beantwortung binnen zwei Wochen nach Zugang dieses Schreibens. Die Geschädigte ist erheblich verunsichert; eine zeitnahe Identifizierung des Verfassers ist daher geboten.

Mit freundlichen Grüßen

Dr. Lukas Brandhuber
Staatsanwalt
lukas.brandhuber@sta-m1.bayern.de
""", kind="law_enforcement", name="Lukas Brandhuber", org="Staatsanwaltschaft München I",
    mail="lukas.brandhuber@sta-m1.bayern.de", theirs="251 Js 118734/26", ids=[R["muc"]],
    quotes=["Wer meinen Hund sterben lässt, dem fackle ich die Praxis ab, Frau Doktor."],
    deadline=plus_days("2026-11-16", 14), basis="binnen zwei Wochen nach Zugang dieses Schreibens",
    bases=["criminal"], case="CI-2026-0433",
    note="prosecutor (another authority) about the review of an open police case; police number is a secondary reference"))

# --------------------------------------------------------------------------- u10  police thread reply, reference only in subject (CI-0433)
add(doc("u10", "eml", "de", "2026-11-05", """
Sehr geehrte Damen und Herren,

vielen Dank für Ihre schnelle Bestätigung, dass die Daten zu dem betreffenden Nutzerkonto gesichert wurden.

In dem Ermittlungsverfahren wegen Bedrohung (§ 241 StGB) wird das förmliche Auskunftsersuchen in den nächsten Tagen durch die Staatsanwaltschaft München I an Sie gerichtet. Um das Ersuchen so zu fassen, dass Sie es ohne Rückfragen beantworten können, wäre ich Ihnen für eine kurze Mitteilung zu folgenden Punkten dankbar:

1. Speichern Sie die IP-Adresse nur für die Registrierung oder auch für jede einzelne Veröffentlichung?
2. Wie lange werden diese Daten bei Ihnen vorgehalten?
3. Ist eine Telefonnummer bei der Registrierung Pflicht, oder nur optional?
4. An welche Stelle bzw. E-Mail-Adresse sollen Ersuchen deutscher Strafverfolgungsbehörden künftig gerichtet werden?

Für eine Rückmeldung bis 19.11.2026 wäre ich dankbar, damit die Staatsanwaltschaft das Ersuchen entsprechend formulieren kann.

Die Geschädigte hat inzwischen eine weitere anonyme Nachricht auf ihrem Praxis-Anrufbeantworter erhalten. Wir gehen derzeit davon aus, dass diese vom selben Täter stammt.

Mit freundlichen Grüßen
i.A.

Kriminalhauptkommissar
Stefan Aigner

Polizeipräsidium München
Kriminalfachdezernat 1 - Kommissariat 15
Ettstraße 2 · 80333 München
Tel. +49 89 2910-4417
stefan.aigner@polizei.bayern.de

Am 03.11.2026 um 16:20 schrieb Trustpilot Legal <legal@trustpilot.com>:
> Sehr geehrter Herr Aigner,
>
> wir bestätigen, dass die Daten zu dem von Ihnen genannten Nutzerkonto gesichert wurden und bis auf Weiteres nicht gelöscht werden.
>
> Mit freundlichen Grüßen
> Trustpilot Legal
""", email=mail("PP München K 15", "pp-mue.k15@polizei.bayern.de",
               "AW: Datensicherung - Ihr Zeichen CI-2026-0433 / unser Vorgang BY8510-004417-26",
               "<20261105091233.K15.5120@polizei.bayern.de>", "2026-11-05T09:12:00+01:00",
               in_reply_to="<CI-2026-0433.20261103.162011@mail.trustpilot.com>",
               references=["<20261029144512.K15.4417@polizei.bayern.de>",
                           "<CI-2026-0433.20261103.162011@mail.trustpilot.com>"]),
    kind="law_enforcement", name="Stefan Aigner", org="Polizeipräsidium München", mail="stefan.aigner@polizei.bayern.de",
    theirs="BY8510-004417-26", ours="CI-2026-0433", deadline="2026-11-19", basis="bis 19.11.2026",
    bases=["criminal"], case="CI-2026-0433",
    note="both references only in the subject; signature after the title line 'Kriminalhauptkommissar'; "
         "the offence is named in the body"))

# --------------------------------------------------------------------------- u24  LOOK-ALIKE: same company name, other town
add(doc("u24", "docx", "de", "2026-11-25", f"""
Bäckerei Lindemann
Inh. Georg Lindemann e.K.
Münchener Straße 41 · 83022 Rosenheim
Tel. 08031 / 2 47 19 · info@lindemann-rosenheim.de

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

Rosenheim, 23.11.2026

Widerspruch gegen die Ablehnung meiner Meldungen
Unternehmensprofil https://de.trustpilot.com/review/lindemann-rosenheim.de

Sehr geehrte Damen und Herren,

ich führe die Bäckerei Lindemann in Rosenheim in dritter Generation, mit unserem Stammhaus in der Münchener Straße und einer Filiale in Kolbermoor. Am 2. und am 4. November 2026 sind auf unserem Profil zwei Bewertungen erschienen (IDs {R['rosen1']} und {R['rosen2']}), die nach meiner festen Überzeugung nicht von echten Kunden stammen.

In der ersten heißt es:

„Die Brezen sind vom Vortag und werden nur aufgebacken, das weiß in Rosenheim jeder.“

In der zweiten:

„Seit der neue Chef da ist, kommt alles aus der Fabrik.“

Beides ist falsch. Wir backen jeden Morgen ab 2 Uhr frisch in unserer eigenen Backstube, und einen „neuen Chef“ gibt es nicht – ich leite den Betrieb seit 1998. Beide Bewertungen wurden innerhalb von zehn Minuten abgegeben, beide Verfasser haben sonst nichts bewertet, und beide erwähnen keinen einzigen konkreten Einkauf.

Ich habe beide Bewertungen über Ihr Unternehmensportal gemeldet. Am 16. November 2026 habe ich zweimal die gleiche Antwort erhalten, dass kein Verstoß gegen Ihre Richtlinien festgestellt worden sei. Nach Ihren eigenen Richtlinien müssen Bewertungen auf einer echten Erfahrung beruhen. Ich bitte Sie deshalb, die Entscheidung von einem Mitarbeiter überprüfen zu lassen und die Verfasser aufzufordern, einen Nachweis ihres Einkaufs zu erbringen.

Bitte teilen Sie mir Ihre Entscheidung binnen einer Frist von zwei Wochen ab Datum dieses Schreibens mit.

Mit freundlichen Grüßen

Georg Lindemann
Bäckermeister
""", kind="business_appeal", name="Georg Lindemann", org="Bäckerei Lindemann", mail="info@lindemann-rosenheim.de",
    urls=["https://de.trustpilot.com/review/lindemann-rosenheim.de"], ids=[R["rosen1"], R["rosen2"]],
    quotes=["Die Brezen sind vom Vortag und werden nur aufgebacken, das weiß in Rosenheim jeder.",
            "Seit der neue Chef da ist, kommt alles aus der Fabrik."],
    deadline=plus_days("2026-11-23", 14), basis="binnen einer Frist von zwei Wochen ab Datum dieses Schreibens",
    bases=["platform_guidelines"], case="new:lindemann-rosenheim",
    note="LOOK-ALIKE: same business name as the Lüneburg company of open CI-2026-0418, another town and owner"))

# --------------------------------------------------------------------------- u26  LOOK-ALIKE: same police HQ, other matter
add(doc("u26", "pdf", "de", "2026-11-24", f"""
POLIZEIPRÄSIDIUM MÜNCHEN
Kriminalfachdezernat 3 – Kommissariat 34 (Betrug)
Ettstraße 2 · 80333 München

Polizeipräsidium München · Postfach · 80281 München

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark
per E-Mail: legal@trustpilot.com

Vorgangs-Nr.: BY8516-021377-26/2
Sachbearbeiter: KOK Markus Oberhauser
Telefon: +49 89 2910-3417
Datum: 20.11.2026
Erledigung bis: 2026-12-08

Ermittlungsverfahren wegen gewerbsmäßigen Betrugs (§ 263 Abs. 1, Abs. 3 Nr. 1 StGB)
hier: Auskunftsersuchen zu einem Unternehmensprofil

Sehr geehrte Damen und Herren,

das Kommissariat 34 ermittelt gegen bislang unbekannte Täter, die seit August 2026 unter der Bezeichnung „Isar Umzüge & Entrümpelung“ Umzugsleistungen im Raum München anbieten. Die Geschädigten leisten eine Anzahlung von 300 bis 900 Euro; die vereinbarten Umzüge finden nicht statt, die angegebene Telefonnummer ist danach nicht mehr erreichbar. Bislang liegen 23 Anzeigen vor.

Nach den Angaben mehrerer Geschädigter haben diese sich vor der Beauftragung auf Ihrer Plattform über das Unternehmen informiert. Das Profil https://de.trustpilot.com/review/isar-umzuege-muenchen.de weist zahlreiche positive Bewertungen auf, die nach unseren Erkenntnissen zumindest teilweise von den Tätern selbst stammen dürften. In der Bewertung {R['muc2']} schildert eine Geschädigte den Ablauf der Tat.

Ich bitte Sie um Übermittlung folgender Daten:

1. Angaben zu der Person oder dem Konto, die bzw. das das Unternehmensprofil beansprucht hat oder verwaltet (Name, E-Mail-Adresse, Telefonnummer, Zahlungsdaten eines etwaigen Abonnements),
2. IP-Adressen der Zugriffe auf das Unternehmenskonto seit dem 1. August 2026,
3. Angaben zu den Konten, über die positive Bewertungen des Profils abgegeben wurden, soweit Ihnen Verbindungen zum Unternehmenskonto bekannt sind.

Ich wäre Ihnen zudem dankbar, wenn Sie die Daten bis zum Abschluss des Verfahrens sichern würden.

Mit freundlichen Grüßen

Im Auftrag

Markus Oberhauser, KOK
markus.oberhauser@polizei.bayern.de
""", kind="law_enforcement", name="Markus Oberhauser", org="Polizeipräsidium München",
    mail="markus.oberhauser@polizei.bayern.de", theirs="BY8516-021377-26/2",
    urls=["https://de.trustpilot.com/review/isar-umzuege-muenchen.de"], ids=[R["muc2"]],
    deadline="2026-12-08", basis="Erledigung bis: 2026-12-08", bases=["criminal"], case="new:isar-umzuege",
    note="LOOK-ALIKE: same police HQ as open CI-2026-0433, different unit, offence and content"))

# --------------------------------------------------------------------------- u29  Bundesnetzagentur (DSC)
add(doc("u29", "pdf", "de", "2026-11-12", f"""
Bundesnetzagentur für Elektrizität, Gas, Telekommunikation, Post und Eisenbahnen
Koordinierungsstelle für digitale Dienste
Tulpenfeld 4 · 53113 Bonn

Bundesnetzagentur · Postfach 80 01 · 53105 Bonn

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

Ihr Zeichen, Ihre Nachricht vom: –
Mein Zeichen: DSC 42 – 1784/2026
Bonn, 9. November 2026

Beschwerde nach Art. 53 der Verordnung (EU) 2022/2065 (Digital Services Act)
hier: Bitte um Stellungnahme

Sehr geehrte Damen und Herren,

die Bundesnetzagentur ist nach § 12 Digitale-Dienste-Gesetz als Koordinator für digitale Dienste in Deutschland zuständig. Uns liegt die Beschwerde einer in Dortmund wohnhaften Nutzerin vor, die Ihnen am 2. September 2026 über Ihr Meldeformular eine Bewertung als rechtswidrig gemeldet hat. Die Bewertung ist unter der ID {R['bnetza']} abrufbar und nennt nach Angaben der Beschwerdeführerin ihren vollständigen Namen sowie ihren Arbeitgeber.

Die Beschwerdeführerin trägt vor, sie habe auf ihre Meldung weder eine Eingangsbestätigung nach Art. 16 Abs. 4 DSA noch eine Mitteilung über Ihre Entscheidung und deren Begründung nach Art. 16 Abs. 5 und Art. 17 DSA erhalten. Die Bewertung sei weiterhin abrufbar.

Die Zuständigkeit für die Aufsicht über Ihr Unternehmen liegt nach Art. 56 Abs. 1 DSA beim Koordinator für digitale Dienste des Mitgliedstaats Ihrer Hauptniederlassung. Wir beabsichtigen, die Beschwerde nach Art. 53 Satz 3 DSA an die dänische Behörde weiterzuleiten. Um der dänischen Behörde einen vollständigen Sachverhalt übermitteln zu können, geben wir Ihnen zuvor Gelegenheit, sich zu äußern, insbesondere zu der Frage, ob und wann die Meldung eingegangen ist, wie sie bearbeitet wurde und ob der Beschwerdeführerin eine Begründung übermittelt wurde.

Wir bitten um Ihre Stellungnahme innerhalb eines Monats nach Zugang dieses Schreibens. Die Stellungnahme kann in deutscher oder englischer Sprache abgegeben werden.

Mit freundlichen Grüßen

Im Auftrag

Dr. Hanna Wieczorek
Referentin
hanna.wieczorek@bnetza.de
""", kind="regulator", name="Hanna Wieczorek",
    org="Bundesnetzagentur für Elektrizität, Gas, Telekommunikation, Post und Eisenbahnen",
    mail="hanna.wieczorek@bnetza.de", theirs="DSC 42 – 1784/2026", ids=[R["bnetza"]],
    deadline=plus_one_month("2026-11-12"), basis="innerhalb eines Monats nach Zugang dieses Schreibens",
    bases=["dsa"], case="new:bnetza-dsc", note="foreign (German) DSC; one month from receipt"))

# --------------------------------------------------------------------------- u33  erasure request by a named employee
add(doc("u33", "eml", "de", "2026-11-06", f"""
Sehr geehrte Damen und Herren,

ich bin Physiotherapeut in der Praxis „Physiotherapie am Stadtpark“ in Bremen. Auf Ihrer Plattform ist seit dem 21. Oktober 2026 eine Bewertung der Praxis veröffentlicht, in der ich mit vollem Vor- und Nachnamen genannt werde:

{DE}{R['wendt']}

Dort heißt es unter anderem:

„Herr Tobias Wendt hat während der Behandlung ständig auf sein Handy geschaut und wirkte, als wäre er nicht ganz nüchtern.“

Diese Behauptung ist unwahr und für mich beruflich äußerst schädlich. Meine Patientinnen und Patienten finden die Bewertung, wenn sie meinen Namen googeln. Ich bin nicht Inhaber der Praxis, sondern angestellt; die Bewertung könnte ihre Kritik auch ohne meinen Namen äußern.

Ich mache hiermit folgende Rechte aus der Datenschutz-Grundverordnung geltend:

1. Löschung meiner personenbezogenen Daten (Art. 17 DSGVO), also meines Namens, aus der genannten Bewertung;
2. vorsorglich Widerspruch gegen die Verarbeitung (Art. 21 Abs. 1 DSGVO). Ein überwiegendes berechtigtes Interesse, meinen Namen zu veröffentlichen, ist nicht ersichtlich;
3. Auskunft darüber, welche Daten Sie über mich im Zusammenhang mit dieser Bewertung verarbeiten (Art. 15 DSGVO).

Bitte bearbeiten Sie meinen Antrag unverzüglich, spätestens jedoch innerhalb eines Monats (Art. 12 Abs. 3 DSGVO), und bestätigen Sie mir die Umsetzung per E-Mail.

Sollte ich bis dahin nichts von Ihnen hören, werde ich mich an die zuständige Datenschutzaufsichtsbehörde wenden.

Mit freundlichen Grüßen

Tobias Wendt
Am Dobben 88
28203 Bremen
""", email=mail("Tobias Wendt", "t.wendt@posteo-mail.de", "Antrag auf Löschung meines Namens (Art. 17 DSGVO)",
               "<e41b7c2d-0f55-4a8e-b1d9-3c0a7e9f2b64@posteo-mail.de>", "2026-11-06T20:31:00+01:00"),
    kind="data_request", name="Tobias Wendt", mail="t.wendt@posteo-mail.de",
    urls=[DE + R["wendt"]], ids=[R["wendt"]],
    quotes=["Herr Tobias Wendt hat während der Behandlung ständig auf sein Handy geschaut und wirkte, als wäre er nicht ganz nüchtern."],
    deadline=plus_one_month("2026-11-06"), basis="innerhalb eines Monats",
    bases=["data_protection"], case="new:wendt",
    note="'unverzüglich, spätestens jedoch innerhalb eines Monats' -> one month from the email date"))

# --------------------------------------------------------------------------- u35  lawyer's DSA Art. 16 notice (kind trap)
add(doc("u35", "pdf", "de", "2026-11-18", f"""
STRAUB HEINEMANN
Rechtsanwälte
Hohenzollernring 72 · 50672 Köln
Tel. 0221 168 433-0 · Fax 0221 168 433-99 · kanzlei@straub-heinemann.de

Trustpilot A/S
– Meldestelle nach Art. 16 DSA –
Pilestræde 58
1112 Kopenhagen K
Dänemark

Unser Az.: 88/26 DS:kb
Köln, 16. November 2026

Meldung rechtswidriger Inhalte gemäß Art. 16 der Verordnung (EU) 2022/2065 (Digital Services Act)

Sehr geehrte Damen und Herren,

wir vertreten Herrn Dr. Matthias Greiner, Steuerberater in Köln-Lindenthal. Namens unseres Mandanten melden wir den nachfolgend bezeichneten Inhalt als rechtswidrig.

1. Genaue elektronische Fundstelle
{DE}{R['dsa_law']}

2. Begründung
In der Bewertung vom 8. November 2026 heißt es:

„Greiner hat Mandantengelder veruntreut und ist deshalb aus der Kammer geflogen.“

Die Behauptung ist unwahr. Unser Mandant ist seit 2009 ununterbrochen Mitglied der Steuerberaterkammer Köln; gegen ihn ist weder ein berufsrechtliches noch ein strafrechtliches Verfahren anhängig oder jemals anhängig gewesen. Eine Bescheinigung der Kammer fügen wir bei. Die Äußerung unterstellt unserem Mandanten eine Straftat und erfüllt den Straftatbestand der Verleumdung (§ 187 StGB), jedenfalls aber den der üblen Nachrede (§ 186 StGB). Sie ist damit ein rechtswidriger Inhalt im Sinne von Art. 3 lit. h DSA.

3. Name und E-Mail-Adresse der meldenden Person
Rechtsanwältin Daniela Straub, LL.M., d.straub@straub-heinemann.de, für Herrn Dr. Matthias Greiner

4. Erklärung
Wir erklären, dass wir in gutem Glauben davon überzeugt sind, dass die in dieser Meldung enthaltenen Angaben und Anführungen richtig und vollständig sind.

Wir bitten um eine Eingangsbestätigung nach Art. 16 Abs. 4 DSA sowie um Mitteilung Ihrer Entscheidung und der Begründung nach Art. 16 Abs. 5 und Art. 17 DSA an die oben genannte E-Mail-Adresse.

Mit freundlichen Grüßen

Daniela Straub, LL.M.
Rechtsanwältin

Anlage: Bescheinigung der Steuerberaterkammer Köln vom 12.11.2026
""", kind="illegal_content_notice", name="Daniela Straub", org="Straub Heinemann Rechtsanwälte",
    mail="d.straub@straub-heinemann.de", rep="Matthias Greiner", theirs="88/26 DS:kb",
    urls=[DE + R["dsa_law"]], ids=[R["dsa_law"]],
    quotes=["Greiner hat Mandantengelder veruntreut und ist deshalb aus der Kammer geflogen."],
    bases=["dsa", "criminal", "defamation"], case="new:greiner",
    note="a lawyer's formal Art. 16 notice without demand or threat -> illegal_content_notice; no deadline"))

# --------------------------------------------------------------------------- u48  reviewer of the CI-0418 review (html-only)
add(doc("u48", "eml", "de", "2026-11-27", f"""
Hallo,

ich habe heute eine E-Mail von Ihnen bekommen, dass meine Bewertung der Bäckerei Lindemann in Lüneburg „aufgrund einer gerichtlichen Entscheidung“ entfernt wurde. Es geht um diese Bewertung:

{DE}{R['lind']}

Ich möchte dagegen Einspruch einlegen bzw. wissen, was ich tun kann.

Ich habe bei der Bäckerei fast zwei Jahre lang jeden Morgen eingekauft. Das mit den Mäusen hat mir eine Verkäuferin erzählt, die dort bis zum Sommer gearbeitet hat und die ich privat kenne. Sie würde das auch bestätigen. Das mit der Schließung habe ich so von mehreren Leuten in der Nachbarschaft gehört, und im Juli war der Laden tatsächlich drei Tage zu, ohne dass ein Zettel an der Tür hing.

Von einem Gerichtsverfahren wusste ich überhaupt nichts. Mich hat niemand gefragt oder informiert, und ich hatte keine Gelegenheit, meine Sicht darzulegen. Das finde ich nicht in Ordnung.

Mir geht es nicht darum, der Bäckerei zu schaden. Wenn einzelne Sätze das Problem sind, bin ich auch bereit, die Bewertung umzuschreiben und nur das zu schreiben, was ich selbst erlebt habe (zum Beispiel, dass die Brötchen zweimal verschimmelt waren). Dann möchte ich aber, dass der Rest wieder online geht. Ist das möglich?

Außerdem würde ich gern wissen, ob Sie meine Daten an die Bäckerei oder deren Anwälte weitergegeben haben.

Viele Grüße
Sabine Ohlendorf
""", email=mail("Sabine Ohlendorf", "s.ohlendorf@lueneburg-online.de", "Meine Bewertung wurde gelöscht",
               "<3b9e7d11a2@lueneburg-online.de>", "2026-11-27T18:09:00+01:00", to="support@trustpilot.com",
               html_only=True),
    kind="consumer_appeal", name="Sabine Ohlendorf", mail="s.ohlendorf@lueneburg-online.de",
    urls=[DE + R["lind"]], ids=[R["lind"]], case="CI-2026-0418",
    note="reviewer of the review in open CI-2026-0418 appeals its removal"))

# --------------------------------------------------------------------------- u54  lawyer's demand, passive 'Frist notiert', trading name
add(doc("u54", "pdf", "de", "2026-11-13", f"""
KLEMENT RECHTSANWÄLTE
Kaiserstraße 26 · 55116 Mainz
Telefon 06131 97 42 60 · klement@klement-recht.de

Klement Rechtsanwälte · Kaiserstraße 26 · 55116 Mainz

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

Vorab per E-Mail: legal@trustpilot.com

Ihr Zeichen: –
Unser Zeichen: 2026/0712 – Dr. Kl/ha
Mainz, 11. November 2026

Weinhaus Kessler GmbH & Co. KG ./. Trustpilot A/S
Bewertung {DE}{R['kessler']}

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die Weinhaus Kessler GmbH & Co. KG, Rheinallee 9, 55283 Nierstein, anwaltlich vertreten. Unsere Mandantin betreibt unter der Bezeichnung „Rheinterrassen Weinversand“ einen Online-Weinhandel; ihr Profil auf Ihrer Plattform ist unter https://de.trustpilot.com/review/rheinterrassen-weinversand.de abrufbar.

Am 30. Oktober 2026 wurde auf diesem Profil die oben bezeichnete Bewertung veröffentlicht. Darin heißt es:

„Die verkaufen gepanschten Wein, mit Zucker gestreckt – das ist Betrug am Kunden.“

Diese Behauptung ist unwahr. Sämtliche von unserer Mandantin vertriebenen Weine stammen aus eigenem Anbau und werden in ihrem Weingut ausgebaut. Sie unterliegen der amtlichen Qualitätsweinprüfung; die Prüfnummern der beanstandeten Weine und die Analyseergebnisse stellen wir Ihnen gern zur Verfügung. Eine unzulässige Anreicherung oder Süßung hat zu keinem Zeitpunkt stattgefunden.

Die Äußerung ist eine unwahre, ehrenrührige Tatsachenbehauptung, die den wirtschaftlichen Ruf unserer Mandantin erheblich beeinträchtigt. Unserer Mandantin steht ein Anspruch auf Entfernung aus §§ 823 Abs. 1, 1004 Abs. 1 Satz 2 BGB analog zu. Als Hostprovider sind Sie ab Kenntnis dieses Schreibens zur Prüfung und Entfernung verpflichtet.

Wir fordern Sie namens und im Auftrag unserer Mandantin auf, die Bewertung zu entfernen und uns dies schriftlich zu bestätigen. Für den Eingang Ihrer Bestätigung haben wir uns eine Frist bis zum 27.11.2026 notiert.

Nach fruchtlosem Fristablauf werden wir unserer Mandantin empfehlen, gerichtliche Hilfe in Anspruch zu nehmen.

Mit freundlichen Grüßen

Dr. Julia Klement, LL.M. (Cardiff)
Rechtsanwältin
Fachanwältin für Handels- und Gesellschaftsrecht
""", kind="legal_demand", name="Julia Klement", org="Klement Rechtsanwälte", mail="klement@klement-recht.de",
    rep="Weinhaus Kessler GmbH & Co. KG", theirs="2026/0712 – Dr. Kl/ha",
    urls=[DE + R["kessler"], "https://de.trustpilot.com/review/rheinterrassen-weinversand.de"], ids=[R["kessler"]],
    quotes=["Die verkaufen gepanschten Wein, mit Zucker gestreckt – das ist Betrug am Kunden."],
    deadline="2026-11-27", basis="bis zum 27.11.2026", bases=["defamation"], case="new:kessler",
    note="'Frist ... notiert' (third-person style); trading name vs registered company"))
