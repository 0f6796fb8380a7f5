"""German documents d33-d46. Each carries `calc`: how its gold deadline is computed (see common.py)."""
from common import RID, doc, mail

DE = lambda i: f"https://de.trustpilot.com/reviews/{RID[i]}"  # noqa: E731
AT = lambda i: f"https://at.trustpilot.com/reviews/{RID[i]}"  # noqa: E731

DOCS = []

# d33 -- Wochentag, Datum und Uhrzeit nach der Aufforderung
DOCS.append(doc("d33", "pdf", "de", "2026-10-09", f"""
RIEGER HAUPT RECHTSANWÄLTE PartG mbB
Ballindamm 17 · 20095 Hamburg
Tel. +49 40 3009 7710 · h.voss@rieger-haupt.de

Rieger Haupt Rechtsanwälte PartG mbB · Ballindamm 17 · 20095 Hamburg

Trustpilot A/S
Rechtsabteilung
Pilestræde 58
1112 Kopenhagen K
Dänemark

Hamburg, 7. Oktober 2026

Unser Zeichen: 2611/26 VO

Elbstrand Immobilien GmbH ./. Trustpilot A/S
Bewertung unter {DE(37)}

Sehr geehrte Damen und Herren,

wir vertreten die Elbstrand Immobilien GmbH, Hamburg. Eine auf uns lautende Vollmacht fügen wir bei.

Auf Ihrem Portal ist seit dem 22. September 2026 unter der oben genannten Adresse eine Bewertung abrufbar, in der es heißt:

„Elbstrand hat meine Mietkaution einfach einbehalten und auf Nachfragen nie reagiert.“

„Die Makler dort fälschen Besichtigungsprotokolle.“

Beide Aussagen sind unwahre Tatsachenbehauptungen. Unsere Mandantin hat die Kaution des einzigen in Betracht kommenden Mieters am 3. August 2026 vollständig zurückgezahlt; der Überweisungsbeleg liegt bei. Besichtigungsprotokolle werden bei unserer Mandantin digital erstellt und von beiden Seiten gegengezeichnet. Der Vorwurf der Fälschung unterstellt ihren Mitarbeitern zudem strafbares Verhalten.

Die Äußerungen verletzen unsere Mandantin in ihrem Unternehmenspersönlichkeitsrecht. Als Hostprovider sind Sie nach Kenntnis der Rechtsverletzung zur Prüfung und Entfernung verpflichtet; mit diesem Schreiben erhalten Sie diese Kenntnis.

Namens und im Auftrag unserer Mandantin fordern wir Sie auf, die Bewertung bis spätestens Mittwoch, den 21. Oktober 2026, 12 Uhr, zu entfernen und uns die Entfernung schriftlich zu bestätigen.

Sollte die Frist fruchtlos verstreichen, werden wir unserer Mandantin empfehlen, ohne weitere Ankündigung gerichtliche Hilfe in Anspruch zu nehmen.

Mit freundlichen Grüßen

Henrike Voss
Rechtsanwältin
""", letter="2026-10-07", calc=("date", "2026-10-21"), family=["explicit+words", "weekday", "time"],
    kind="legal_demand", name="Henrike Voss", org="Rieger Haupt Rechtsanwälte PartG mbB", mail="h.voss@rieger-haupt.de",
    rep="Elbstrand Immobilien GmbH", theirs="2611/26 VO", urls=[DE(37)], ids=[RID[37]],
    quotes=["Elbstrand hat meine Mietkaution einfach einbehalten und auf Nachfragen nie reagiert.",
            "Die Makler dort fälschen Besichtigungsprotokolle."],
    basis="bis spätestens Mittwoch, den 21. Oktober 2026, 12 Uhr", bases=["defamation"], case="new:elbstrand"))

# d34 -- Passiv: "ist bis zum ... einzureichen", Datum numerisch
DOCS.append(doc("d34", "docx", "de", "2026-10-21", f"""
Brandauer & Kolb Rechtsanwälte
Marienstraße 41 · 70178 Stuttgart
Telefon 0711 6489 220 · m.kolb@brandauer-kolb.de

Trustpilot A/S
z. Hd. Rechtsabteilung
Pilestræde 58
1112 København K
Dänemark

Stuttgart, den 19.10.2026

Az.: 448/26 K/bs

Weinhaus Merklinger KG – Ihre Bewertungsplattform
hier: Bewertung {RID[38]}

Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit zeigen wir die Vertretung der Weinhaus Merklinger KG, Esslingen, an.

Die Bewertung mit der Kennung {RID[38]} behauptet, unsere Mandantin verkaufe „gepanschten Wein aus dem Tankwagen als Lagenwein“. Diese Behauptung ist unwahr. Sämtliche Weine unserer Mandantin stammen aus eigenen, im Weinbergsregister eingetragenen Lagen und werden auf dem eigenen Weingut abgefüllt; die amtliche Prüfnummer ist auf jedem Etikett angegeben. Die Bewertung wurde zudem unter einem Namen verfasst, der in der Kundendatei unserer Mandantin nicht vorkommt.

Unsere Mandantin hat die Bewertung am 5. Oktober 2026 über Ihr Meldeformular gemeldet. Sie erhielt lediglich eine automatisierte Antwort, wonach die Bewertung nicht gegen Ihre Richtlinien verstoße.

Wir bitten Sie, den Sachverhalt erneut zu prüfen und dabei beim Verfasser einen Nachweis über den behaupteten Kauf anzufordern. Ihre Stellungnahme ist bis zum 30.10.2026 bei uns einzureichen; sollte der Verfasser keinen Nachweis erbringen, erwarten wir die Löschung der Bewertung.

Wir weisen vorsorglich darauf hin, dass die Verbreitung unwahrer, geschäftsschädigender Tatsachen einen Unterlassungsanspruch unserer Mandantin begründet.

Mit freundlichen Grüßen

Martin Kolb
Rechtsanwalt
""", letter="2026-10-19", calc=("date", "2026-10-30"), family=["passive", "numeric-dotted"],
    kind="legal_demand", name="Martin Kolb", org="Brandauer & Kolb Rechtsanwälte", mail="m.kolb@brandauer-kolb.de",
    rep="Weinhaus Merklinger KG", theirs="448/26 K/bs", ids=[RID[38]],
    quotes=["gepanschten Wein aus dem Tankwagen als Lagenwein"],
    basis="Ihre Stellungnahme ist bis zum 30.10.2026 bei uns einzureichen", bases=["defamation"],
    case="new:merklinger"))

# d35 -- DSGVO-Auskunft, "innerhalb eines Monats ab Zugang"
DOCS.append(doc("d35", "eml", "de", "2026-10-19", """
Sehr geehrte Damen und Herren,

hiermit mache ich mein Recht auf Auskunft nach Art. 15 DSGVO geltend.

Ich nutze Trustpilot seit etwa 2021 mit dieser E-Mail-Adresse und dem Anzeigenamen „Katha W.“. Im September wurde eine meiner Bewertungen ohne Begründung entfernt und mein Konto vorübergehend gesperrt. Ich möchte wissen, welche Daten Sie über mich gespeichert haben und auf welcher Grundlage diese Entscheidungen getroffen wurden.

Bitte teilen Sie mir insbesondere mit:

– welche personenbezogenen Daten Sie zu meiner Person verarbeiten (einschließlich IP-Adressen, Geräteinformationen und interner Vermerke);
– zu welchen Zwecken und auf welcher Rechtsgrundlage dies geschieht;
– an welche Empfänger Daten weitergegeben wurden, insbesondere an bewertete Unternehmen;
– ob automatisierte Entscheidungen einschließlich Profiling stattfinden und welche Logik dabei verwendet wird;
– wie lange die Daten gespeichert werden.

Außerdem bitte ich um eine Kopie der Daten nach Art. 15 Abs. 3 DSGVO, gern als PDF oder in einem gängigen elektronischen Format.

Ich erwarte Ihre Auskunft innerhalb eines Monats ab Zugang dieser E-Mail, wie es Art. 12 Abs. 3 DSGVO vorsieht.

Mit freundlichen Grüßen

Katharina Wöllner
Gneisenaustraße 66
10961 Berlin
""", email=mail("Katharina Wöllner", "k.woellner@gmx.de", "Auskunftsersuchen nach Art. 15 DSGVO",
                "<trinity-4c1e9a2b-7f3d@3c-app-gmx-bap12>", "2026-10-19T21:10:00+02:00"),
    letter="2026-10-19", calc=("month", "2026-10-19"), family=["gdpr-statutory", "relative-receipt"],
    kind="data_request", name="Katharina Wöllner", mail="k.woellner@gmx.de",
    basis="innerhalb eines Monats ab Zugang dieser E-Mail", bases=["data_protection"], case="new:woellner"))

# d36 -- "innerhalb von zwei Wochen" ohne Anknüpfung: ab Datum des Schreibens
DOCS.append(doc("d36", "pdf", "de", "2026-11-05", f"""
SEILER TAMM RECHTSANWÄLTE
Hohenzollernring 52 · 50672 Köln
Tel. 0221 2719 330 · Fax 0221 2719 339
a.tamm@seiler-tamm.de

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

Köln, 2. November 2026

Unser Zeichen: T-0917/26

Physiotherapie am Rheinufer GbR
Bewertung vom 17. Oktober 2026 – {DE(39)}

Sehr geehrte Damen und Herren,

wir zeigen an, dass uns die Physiotherapie am Rheinufer GbR, vertreten durch ihre Gesellschafterinnen, mit der Wahrnehmung ihrer rechtlichen Interessen beauftragt hat.

In der oben genannten Bewertung heißt es:

„Der Therapeut hat mir bei der Behandlung die Schulter ausgerenkt und es dann abgestritten.“

Ein solcher Vorfall hat sich in der Praxis unserer Mandantin nicht ereignet. Unsere Mandantin führt zu jeder Behandlung eine Dokumentation. Für den in der Bewertung genannten Zeitraum ist weder eine Verletzung noch eine Beschwerde verzeichnet; auch die Berufshaftpflichtversicherung wurde nie informiert. Die Bewertung erweckt den Eindruck, unsere Mandantin behandle fahrlässig und vertusche Behandlungsfehler. Das ist für eine Heilmittelpraxis existenzgefährdend.

Es handelt sich um eine unwahre Tatsachenbehauptung, die unsere Mandantin in ihrem sozialen Geltungsanspruch als Wirtschaftsunternehmen verletzt. Sie ist daher nicht von der Meinungsfreiheit gedeckt.

Wir fordern Sie auf, die Bewertung innerhalb von zwei Wochen zu entfernen und uns dies schriftlich zu bestätigen. Sollten Sie der Auffassung sein, dass der Bewertung ein tatsächlicher Behandlungskontakt zugrunde liegt, bitten wir um Mitteilung der Nachweise, die Ihnen der Verfasser vorgelegt hat.

Mit freundlichen Grüßen

Anja Tamm
Rechtsanwältin
Fachanwältin für Medizinrecht
""", letter="2026-11-02", calc=("days", "2026-11-02", 14), family=["relative-no-anchor"],
    kind="legal_demand", name="Anja Tamm", org="Seiler Tamm Rechtsanwälte", mail="a.tamm@seiler-tamm.de",
    rep="Physiotherapie am Rheinufer GbR", theirs="T-0917/26", urls=[DE(39)], ids=[RID[39]],
    quotes=["Der Therapeut hat mir bei der Behandlung die Schulter ausgerenkt und es dann abgestritten."],
    basis="innerhalb von zwei Wochen", bases=["defamation"], case="new:rheinufer"))

# d37 -- Österreich: zehn Arbeitstage ab Datum des Schreibens, Mariä Empfängnis (8.12.) zählt nicht
DOCS.append(doc("d37", "pdf", "de", "2026-12-02", f"""
PICHLER-HAAS RECHTSANWÄLTE GMBH
Wipplingerstraße 23 · 1010 Wien
T +43 1 532 18 40 · m.pichler-haas@pichler-haas.at

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
DÄNEMARK

Wien, am 30. November 2026

GZ: PH/2026/0733

Gasthof Zur Linde Steindl OG – Bewertung auf at.trustpilot.com

Sehr geehrte Damen und Herren,

wir vertreten die Gasthof Zur Linde Steindl OG mit Sitz in Mondsee, Oberösterreich, und berufen uns gemäß § 8 Abs. 1 RAO auf die erteilte Vollmacht.

Auf Ihrer Plattform ist unter {AT(40)} eine Bewertung veröffentlicht, in der behauptet wird:

„In der Küche laufen Mäuse herum, das Lebensmittelinspektorat war schon dreimal da.“

Diese Behauptung ist unwahr. Der Betrieb unserer Mandantin wurde zuletzt am 14. Mai 2026 routinemäßig von der Lebensmittelaufsicht des Landes Oberösterreich kontrolliert; es gab keinerlei Beanstandung. Weitere Kontrollen haben nicht stattgefunden. Ein Schädlingsbefall lag zu keinem Zeitpunkt vor, was durch die Protokolle des beauftragten Schädlingsbekämpfungsunternehmens belegt ist.

Die Verbreitung dieser unwahren Tatsachen gefährdet den Kredit, den Erwerb und das Fortkommen unserer Mandantin im Sinne des § 1330 Abs. 2 ABGB und ist zudem ehrenrührig.

Wir ersuchen Sie daher, die Bewertung binnen zehn Arbeitstagen ab dem Datum dieses Schreibens zu entfernen und uns die Entfernung schriftlich zu bestätigen. Für den Fall, dass dies nicht geschieht, haben wir Auftrag, ohne weitere Aufforderung Klage beim Handelsgericht Wien einzubringen.

Mit freundlichen Grüßen

Matthias Pichler-Haas
Rechtsanwalt
""", letter="2026-11-30", calc=("wdays", "2026-11-30", 10, "AT", None), family=["working-days", "holidays"],
    kind="legal_demand", name="Matthias Pichler-Haas", org="Pichler-Haas Rechtsanwälte GmbH", mail="m.pichler-haas@pichler-haas.at",
    rep="Gasthof Zur Linde Steindl OG", theirs="PH/2026/0733", urls=[AT(40)], ids=[RID[40]],
    quotes=["In der Küche laufen Mäuse herum, das Lebensmittelinspektorat war schon dreimal da."],
    basis="binnen zehn Arbeitstagen ab dem Datum dieses Schreibens", bases=["defamation"], case="new:steindl",
    note="Austrian sender: 8 December (Mariä Empfängnis) is a public holiday"))

# d38 -- Unternehmer, "bis Ende des Monats"
DOCS.append(doc("d38", "eml", "de", "2026-11-12", f"""
Hallo Trustpilot-Team,

ich hatte vor zwei Wochen eine Bewertung gemeldet und heute die Antwort bekommen, dass sie online bleibt. Das kann ich so nicht hinnehmen.

Es geht um diese Bewertung: {DE(41)}

Der Verfasser schreibt, wir hätten ihm ein „gebrauchtes Rad als neu verkauft“. Wir bauen in unserer Werkstatt in Freiburg jedes Rad auf Bestellung von Grund auf neu auf, jedes Rad hat eine Rahmennummer, die bei uns registriert ist. Einen Kunden mit diesem Namen gibt es bei uns nicht, und der Verfasser hat uns auch nie kontaktiert, obwohl wir unter der Bewertung öffentlich um eine Kontaktaufnahme gebeten haben.

Nach Ihren eigenen Richtlinien muss eine Bewertung auf einer echten Erfahrung beruhen. Ich bitte Sie deshalb, beim Verfasser einen Kaufnachweis anzufordern und die Bewertung zu entfernen, wenn er keinen vorlegen kann.

Ich bitte um eine Antwort bis Ende des Monats, da wir im Dezember unsere Wintersaison beginnen und die Bewertung ganz oben auf unserer Seite steht.

Viele Grüße

Sven Kuhlmann
Inhaber
Kuhlmann Fahrradmanufaktur
Wiehrestraße 9, 79100 Freiburg im Breisgau
Tel. 0761 4589 120
""", email=mail("Sven Kuhlmann", "sven@kuhlmann-rad.de", "Gemeldete Bewertung – bitte erneut prüfen",
                "<7d21f0e4-31c9-4a8b-b1c2-kuhlmann@kuhlmann-rad.de>", "2026-11-12T14:44:00+01:00"),
    letter="2026-11-12", calc=("month_end", "2026-11-12"), family=["informal"],
    kind="business_appeal", name="Sven Kuhlmann", org="Kuhlmann Fahrradmanufaktur", mail="sven@kuhlmann-rad.de",
    urls=[DE(41)], ids=[RID[41]], quotes=["gebrauchtes Rad als neu verkauft"], basis="bis Ende des Monats",
    bases=["platform_guidelines"], case="new:kuhlmann"))

# d39 -- Fristverlängerung durch die Gegenseite; die ursprüngliche Frist wird nur erinnert
DOCS.append(doc("d39", "pdf", "de", "2026-11-23", f"""
ALBERS RUHNKE RECHTSANWÄLTE
Am Wall 140 · 28195 Bremen
Tel. 0421 3398 560 · l.albers@albers-ruhnke.de

Trustpilot A/S
Rechtsabteilung
Pilestræde 58
1112 Kopenhagen K
Dänemark

Bremen, 20. November 2026

Ihr Zeichen: CI-2026-0817
Unser Zeichen: OB-118/26 AL

Sanitär Obermaier GmbH ./. Trustpilot A/S
Bewertung {DE(21)}

Sehr geehrte Damen und Herren,

wir nehmen Bezug auf Ihre E-Mail vom 17. November 2026, mit der Sie um Verlängerung der in unserem Schreiben vom 6. November 2026 gesetzten Frist bitten, weil der Verfasser der Bewertung noch Gelegenheit zur Stellungnahme erhalten soll.

Unsere Mandantin hat wenig Verständnis dafür, dass die Prüfung eines so eindeutigen Sachverhalts mehr als zwei Wochen in Anspruch nimmt. Die ursprüngliche Frist, die heute abläuft, halten wir für angemessen. Gleichwohl möchte unsere Mandantin Ihnen die Möglichkeit geben, das Stellungnahmeverfahren ordnungsgemäß durchzuführen.

Wir verlängern die Frist daher einmalig bis zum 4. Dezember 2026. Eine weitere Verlängerung wird es nicht geben.

Bis dahin erwarten wir entweder die Bestätigung, dass die Bewertung entfernt wurde, oder eine begründete Mitteilung, weshalb Sie die Bewertung für zulässig halten, zusammen mit den Belegen, die der Verfasser Ihnen vorgelegt hat. Nach fruchtlosem Fristablauf werden wir unserer Mandantin empfehlen, den Erlass einer einstweiligen Verfügung zu beantragen.

Zur Vermeidung von Missverständnissen weisen wir darauf hin, dass die Behauptung, unsere Mandantin habe „einen Wasserschaden verursacht und dann die Rechnung verdoppelt“, nach wie vor unwahr ist und ihre Verbreitung unsere Mandantin in ihrem Unternehmenspersönlichkeitsrecht verletzt.

Mit freundlichen Grüßen

Lena Albers
Rechtsanwältin
""", letter="2026-11-20", calc=("date", "2026-12-04"), family=["extension", "deadline-noun"],
    kind="legal_demand", name="Lena Albers", org="Albers Ruhnke Rechtsanwälte", mail="l.albers@albers-ruhnke.de",
    rep="Sanitär Obermaier GmbH", theirs="OB-118/26 AL", ours="CI-2026-0817", urls=[DE(21)], ids=[RID[21]],
    quotes=["einen Wasserschaden verursacht und dann die Rechnung verdoppelt"],
    basis="Wir verlängern die Frist daher einmalig bis zum 4. Dezember 2026", bases=["defamation"],
    case="CI-2026-0817"))

# d40 -- interne Eskalation, "bis Donnerstag"
DOCS.append(doc("d40", "eml", "de", "2026-11-16", f"""
Hallo zusammen,

ich leite euch einen Fall von einem meiner Kunden weiter, dem Café Gretchen in Leipzig (Premium-Paket, drei Standorte).

Es geht um diese Bewertung: {DE(42)}

Der Verfasser behauptet, im Café gebe es „Schimmel in der Kuchenvitrine“, und hat dazu ein Foto hochgeladen. Die Inhaberin sagt, das Foto stamme gar nicht aus ihrem Café – die Vitrine, die Fliesen und die Kuchenschilder seien ganz andere, und sie hat mir Fotos ihrer Vitrine zum Vergleich geschickt. Ich finde, das sieht man auch auf den ersten Blick. Die Meldung über das normale Formular wurde trotzdem abgelehnt.

Die Kundin ist inzwischen ziemlich verärgert und hat angedeutet, dass sie ihren Anwalt einschalten will, falls sich nichts tut. Der Kunde erwartet bis Donnerstag eine Rückmeldung von uns, ob wir uns die Bewertung noch einmal ansehen. Könnt ihr mir sagen, wer das übernimmt? Die Vergleichsfotos schicke ich gern weiter.

Danke euch!

Annika Lorenz
Key Account Managerin DACH
Trustpilot GmbH, Berlin
annika.lorenz@trustpilot.com
""", email=mail("Annika Lorenz", "annika.lorenz@trustpilot.com", "Eskalation: Café Gretchen Leipzig – Foto nicht aus dem Café",
                "<FR2P281MB0447.alorenz@trustpilot.com>", "2026-11-16T08:55:00+01:00"),
    letter="2026-11-16", calc=("next_weekday", "2026-11-16", 3), family=["informal"],
    kind="internal_escalation", name="Annika Lorenz", org="Trustpilot", mail="annika.lorenz@trustpilot.com",
    rep="Café Gretchen", urls=[DE(42)], ids=[RID[42]], quotes=["Schimmel in der Kuchenvitrine"],
    basis="bis Donnerstag", bases=[], case="new:gretchen"))

# d41 -- Behörde mit Formularfeld "Fristablauf"
DOCS.append(doc("d41", "pdf", "de", "2026-11-23", f"""
Bundesnetzagentur
Koordinierungsstelle für digitale Dienste
Tulpenfeld 4 · 53113 Bonn

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

Bonn, 20.11.2026

Aktenzeichen: DSC-2026-0419
Bearbeiter: Tobias Reimers, Referat DSC 3
E-Mail: tobias.reimers@bnetza.de
Fristablauf: 07.12.2026

Beschwerde nach Art. 53 der Verordnung (EU) 2022/2065 (Gesetz über digitale Dienste)

Sehr geehrte Damen und Herren,

bei der Koordinierungsstelle für digitale Dienste ist eine Beschwerde eines in Deutschland ansässigen Unternehmens eingegangen. Das Unternehmen trägt vor, es habe am 2. September 2026 über Ihr Meldeverfahren nach Art. 16 DSA eine Bewertung gemeldet ({DE(43)}), in der ein Mitarbeiter namentlich genannt und einer Straftat bezichtigt werde. Eine Entscheidung mit Begründung nach Art. 17 DSA habe es nicht erhalten; auf Nachfrage sei lediglich auf die laufende Prüfung verwiesen worden.

Da Trustpilot A/S ihre Hauptniederlassung in Dänemark hat, ist für die Durchsetzung der Pflichten aus dem DSA grundsätzlich der dänische Koordinator zuständig. Wir werden die Beschwerde gemäß Art. 53 DSA an diesen weiterleiten. Um die Weiterleitung vorzubereiten, bitten wir Sie um Auskunft zu folgenden Punkten:

1. Ist die Meldung vom 2. September 2026 bei Ihnen eingegangen, und wie wurde sie bearbeitet?
2. Wurde dem meldenden Unternehmen eine begründete Entscheidung übermittelt, und wenn ja, wann?
3. Wie lange dauert die Bearbeitung von Meldungen dieser Art bei Ihnen durchschnittlich?

Wir bitten um Beantwortung unter Angabe des oben genannten Aktenzeichens per E-Mail.

Mit freundlichen Grüßen
Im Auftrag

Tobias Reimers
""", letter="2026-11-20", calc=("date", "2026-12-07"), family=["labelled-field", "numeric-dotted", "deadline-noun"],
    kind="regulator", name="Tobias Reimers", org="Bundesnetzagentur", mail="tobias.reimers@bnetza.de",
    theirs="DSC-2026-0419", urls=[DE(43)], ids=[RID[43]], basis="Fristablauf: 07.12.2026", bases=["dsa"],
    case="new:bnetza"))

# d42 -- Terminsmitteilung: Verhandlungstermin und eigene Zusage der Kanzlei -> null
DOCS.append(doc("d42", "docx", "de", "2026-11-25", f"""
Hüttner & Raabe Rechtsanwälte
Habsburgerring 2 · 50674 Köln
Telefon 0221 9345 70 · j.raabe@huettner-raabe.de

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

Köln, den 23. November 2026

Ihr Zeichen: CI-2026-0819
Unser Zeichen: HR 4471/26

Brauhaus Sieberling GmbH ./. Trustpilot A/S
Landgericht Köln, Az. 28 O 311/26

Sehr geehrte Damen und Herren,

in der oben bezeichneten Sache teilen wir Ihnen mit, dass das Landgericht Köln Termin zur mündlichen Verhandlung auf den 15. Dezember 2026, 11:00 Uhr, Saal 212, bestimmt hat. Die Terminsverfügung ist Ihren Prozessbevollmächtigten nach unserer Kenntnis ebenfalls zugegangen; wir übersenden sie Ihnen zur Information in Kopie.

Gegenstand des Verfahrens ist, wie Ihnen bekannt, die Bewertung vom 3. August 2026 unter {DE(23)}, in der unserer Mandantin vorgeworfen wird, „abgelaufenes Bier frisch gezapft“ auszuschenken. Unsere Mandantin hält an ihrem Unterlassungsantrag fest.

Wir beabsichtigen, zu der Klageerwiderung vom 30. Oktober 2026 noch schriftsätzlich Stellung zu nehmen, und werden Ihnen bzw. Ihren Prozessbevollmächtigten den Schriftsatz voraussichtlich bis zum 4. Dezember 2026 zuleiten. Das persönliche Erscheinen der Parteien hat das Gericht nicht angeordnet.

Unabhängig vom Verfahren ist unsere Mandantin weiterhin für eine gütliche Einigung offen. Sollten Sie hierzu Gesprächsbereitschaft haben, können Sie sich jederzeit an den Unterzeichner wenden.

Mit freundlichen Grüßen

Jonas Raabe
Rechtsanwalt
""", letter="2026-11-23", calc=None, family=["null", "hearing-date", "sender-own-date", "past-dates"],
    kind="legal_demand", name="Jonas Raabe", org="Hüttner & Raabe Rechtsanwälte", mail="j.raabe@huettner-raabe.de",
    rep="Brauhaus Sieberling GmbH", theirs="HR 4471/26", ours="CI-2026-0819", urls=[DE(23)], ids=[RID[23]],
    quotes=["abgelaufenes Bier frisch gezapft"], basis=None, bases=["defamation"], case="CI-2026-0819",
    note="hearing date, the sender's own 4 December and past dates; nothing is demanded of us by a date"))

# d43 -- Nachfass-E-Mail "unverzüglich", die alte Frist steht nur im Zitat -> null
DOCS.append(doc("d43", "eml", "de", "2026-11-04", f"""
Sehr geehrte Damen und Herren,

die Frist aus meiner E-Mail unten ist abgelaufen, ohne dass irgendetwas passiert ist. Die Bewertung steht weiterhin online, und heute hat mich schon der zweite Fahrschüler darauf angesprochen.

Ich fordere Sie jetzt auf, die Bewertung unverzüglich zu löschen; andernfalls gebe ich die Sache an meinen Anwalt. Es handelt sich um eine glatte Lüge, und ich lasse mir nicht nachsagen, ich würde Prüfungen verkaufen.

Jens Brückner
Fahrschule Brückner
Kasseler Straße 18, 34560 Fritzlar
Tel. 05622 918 44

Am 26.10.2026 um 18:03 schrieb Jens Brückner <info@fahrschule-brueckner.de>:
> Sehr geehrte Damen und Herren,
>
> Ihr Zeichen CI-2026-0818
>
> in der Bewertung {DE(22)} steht, bei mir könne man „den Führerschein gegen Bares ohne Prüfung“ bekommen. Das ist Verleumdung. Ich bitte Sie, die Bewertung bis zum 2. November 2026 zu löschen.
>
> Mit freundlichen Grüßen
> Jens Brückner
""", email=mail("Jens Brückner", "info@fahrschule-brueckner.de", "AW: Bewertung löschen – Fahrschule Brückner",
                "<8a3c1d77-5e20-4f19-bb02-brueckner@fahrschule-brueckner.de>", "2026-11-04T16:21:00+01:00",
                in_reply_to="<5f2e8d1a-0c44-4b7e-9a31-brueckner@fahrschule-brueckner.de>",
                references=["<5f2e8d1a-0c44-4b7e-9a31-brueckner@fahrschule-brueckner.de>"]),
    letter="2026-11-04", calc=None, family=["chaser-immediately", "null"],
    kind="legal_demand", name="Jens Brückner", org="Fahrschule Brückner", mail="info@fahrschule-brueckner.de",
    ours="CI-2026-0818", urls=[DE(22)], ids=[RID[22]], quotes=["den Führerschein gegen Bares ohne Prüfung"],
    basis=None, bases=["defamation"], case="CI-2026-0818",
    note="'unverzüglich' -> null; 2 November is only in the quoted earlier email"))

# d44 -- Polizei, Passiv "Um Beantwortung bis zum ... wird gebeten"
DOCS.append(doc("d44", "pdf", "de", "2026-11-09", f"""
Polizeipräsidium Mittelfranken
Kriminalpolizeiinspektion Nürnberg – K 12
Kommissariat Cybercrime
Richard-Wagner-Platz 1 · 90443 Nürnberg

Trustpilot A/S
Legal Department
Pilestræde 58
1112 Kopenhagen K
Dänemark

Nürnberg, 05.11.2026

Az.: 2611-004417-26/8
Sachbearbeiter: KHK Stefan Lautenbacher
Telefon: 0911 2112 3412
E-Mail: stefan.lautenbacher@polizei.bayern.de

Ermittlungsverfahren gegen Unbekannt wegen Bedrohung (§ 241 StGB)
Auskunftsersuchen

Sehr geehrte Damen und Herren,

die Kriminalpolizeiinspektion Nürnberg führt im Auftrag der Staatsanwaltschaft Nürnberg-Fürth ein Ermittlungsverfahren gegen Unbekannt. Der Inhaber eines Nürnberger Handwerksbetriebs wurde am 11. Oktober 2026 in einer auf Ihrer Plattform veröffentlichten Bewertung ({DE(44)}) mit den Worten bedroht: „Wir wissen, wo deine Kinder zur Schule gehen.“

Zur Identifizierung des Verfassers bitten wir um Übermittlung folgender Daten zu dem Nutzerkonto, über das die Bewertung veröffentlicht wurde:

– bei der Registrierung angegebener Name und E-Mail-Adresse,
– IP-Adressen mit Zeitstempel (UTC) der Registrierung und der Veröffentlichung der Bewertung,
– gegebenenfalls hinterlegte Telefonnummern.

Die Anfrage ergeht auf Grundlage der §§ 161, 163 StPO. Wir bitten darum, den Nutzer nicht über dieses Ersuchen zu informieren, um den Ermittlungserfolg nicht zu gefährden.

Um Beantwortung bis zum 20.11.2026 wird gebeten. Die Bewertung selbst ist als Beweismittel gesichert; gegen ihre Entfernung bestehen keine Bedenken.

Mit freundlichen Grüßen

Stefan Lautenbacher
Kriminalhauptkommissar
""", letter="2026-11-05", calc=("date", "2026-11-20"), family=["passive", "numeric-dotted"],
    kind="law_enforcement", name="Stefan Lautenbacher", org="Polizeipräsidium Mittelfranken",
    mail="stefan.lautenbacher@polizei.bayern.de", theirs="2611-004417-26/8", urls=[DE(44)], ids=[RID[44]],
    quotes=["Wir wissen, wo deine Kinder zur Schule gehen."],
    basis="Um Beantwortung bis zum 20.11.2026 wird gebeten", bases=["criminal"], case="new:nuernberg"))

# d45 -- Eingangsbestätigung und spätere inhaltliche Stellungnahme im selben Schreiben
DOCS.append(doc("d45", "docx", "de", "2026-11-26", f"""
Falkenberg Wirtz Rechtsanwälte
Königsallee 61 · 40215 Düsseldorf
Tel. 0211 8761 40 · c.wirtz@falkenberg-wirtz.de

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

Düsseldorf, 24. November 2026

Unser Zeichen: W-2260/26

Orthopädie-Schuhtechnik Krämer e.K.
Bewertung {DE(45)}

Sehr geehrte Damen und Herren,

wir vertreten die Interessen der Orthopädie-Schuhtechnik Krämer e.K., Inhaber Herr Bernd Krämer, Düsseldorf.

In der oben genannten Bewertung wird behauptet:

„Die Einlagen waren falsch angepasst, meine Tochter hat jetzt eine Fehlstellung, und Krämer weigert sich, das zuzugeben.“

Unser Mandant hat die Versorgung der Tochter der Verfasserin anhand seiner Unterlagen geprüft. Die Einlagen wurden nach ärztlicher Verordnung und auf Grundlage einer Fußdruckmessung gefertigt, die Anpassung wurde bei zwei Kontrollterminen überprüft, und die behandelnde Orthopädin hat die Passform schriftlich bestätigt. Eine Beschwerde der Verfasserin ist bei unserem Mandanten nie eingegangen.

Die Bewertung enthält damit eine unwahre Tatsachenbehauptung über die fachliche Qualität der Arbeit unseres Mandanten. Sie ist geeignet, ihn in der Öffentlichkeit herabzuwürdigen und seinen Betrieb zu schädigen.

Wir bitten Sie, die Bewertung zu prüfen und zu entfernen. Bitte bestätigen Sie uns den Eingang dieses Schreibens bis zum 27. November 2026. Ihre inhaltliche Stellungnahme erwarten wir bis spätestens 9. Dezember 2026.

Sollten Sie für Ihre Prüfung weitere Unterlagen benötigen, stellen wir Ihnen diese gern zur Verfügung.

Mit freundlichen Grüßen

Clara Wirtz
Rechtsanwältin
""", letter="2026-11-24", calc=("date", "2026-12-09"), family=["ack-vs-substantive"],
    kind="legal_demand", name="Clara Wirtz", org="Falkenberg Wirtz Rechtsanwälte", mail="c.wirtz@falkenberg-wirtz.de",
    rep="Orthopädie-Schuhtechnik Krämer e.K.", theirs="W-2260/26", urls=[DE(45)], ids=[RID[45]],
    quotes=["Die Einlagen waren falsch angepasst, meine Tochter hat jetzt eine Fehlstellung, und Krämer weigert sich, das zuzugeben."],
    basis="Ihre inhaltliche Stellungnahme erwarten wir bis spätestens 9. Dezember 2026", bases=["defamation"],
    case="new:kraemer", note="the substantive date, not the acknowledgment date"))

# d46 -- "Frist bis zum 3. Dezember" ohne Jahreszahl
DOCS.append(doc("d46", "pdf", "de", "2026-11-27", f"""
LINDEMANN OSWALD RECHTSANWÄLTE
Maximiliansplatz 12 · 80333 München
Telefon 089 2154 880 · p.oswald@lindemann-oswald.de

Lindemann Oswald · Maximiliansplatz 12 · 80333 München

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

München, 26. November 2026

Unser Az.: LO 1903/26 – bitte stets angeben

Bäckerei Huber-Stadler GmbH
Bewertung auf de.trustpilot.com – {RID[46]}

Sehr geehrte Damen und Herren,

die Bäckerei Huber-Stadler GmbH, München, hat uns mit der Wahrnehmung ihrer Interessen beauftragt.

Unter der Kennung {RID[46]} ist auf Ihrer Plattform eine Bewertung veröffentlicht, in der es heißt, unsere Mandantin verkaufe „Aufbackware aus Polen als handwerkliches Brot“. Diese Behauptung ist unwahr. Sämtliche Backwaren unserer Mandantin werden in ihrer Backstube in Giesing aus eigenen Teigen hergestellt. Unsere Mandantin ist Mitglied der Bäckerinnung München und lässt dies jährlich prüfen; der letzte Prüfbericht datiert vom 9. Juni 2026 und liegt bei.

Die Bewertung ist geeignet, den Ruf unserer Mandantin als Handwerksbetrieb erheblich zu beschädigen. Eine Meinungsäußerung liegt nicht vor, da die Behauptung dem Beweis zugänglich und widerlegt ist.

Wir fordern Sie auf, die Bewertung zu entfernen oder, falls Sie meinen, hierzu nicht verpflichtet zu sein, uns die Gründe mitzuteilen. Wir setzen Ihnen hierfür eine Frist bis zum 3. Dezember. Bitte richten Sie Ihre Antwort an die Unterzeichnerin.

Mit freundlichen Grüßen

Pia Oswald
Rechtsanwältin
""", letter="2026-11-26", calc=("date", "2026-12-03"), family=["deadline-noun", "no-year"],
    kind="legal_demand", name="Pia Oswald", org="Lindemann Oswald Rechtsanwälte", mail="p.oswald@lindemann-oswald.de",
    rep="Bäckerei Huber-Stadler GmbH", theirs="LO 1903/26", ids=[RID[46]],
    quotes=["Aufbackware aus Polen als handwerkliches Brot"], basis="eine Frist bis zum 3. Dezember",
    bases=["defamation"], case="new:huberstadler"))
