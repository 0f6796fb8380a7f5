"""German documents, part a: r02 r07 r13 r19 r22."""
from common import R, doc, mail, plus_days, plus_one_month

DOCS = []

# r02 — Kemmerich Voss chase on CI-2026-0725, quoting our reference; recalls the earlier Frist
DOCS.append(doc("r02", "pdf", "de", "2026-10-21", f"""
KEMMERICH VOSS RECHTSANWÄLTE PARTG MBB
Am Wall 151 · 28195 Bremen
Tel. 0421 555 30 80 · voss@kemmerich-voss.de

Kemmerich Voss Rechtsanwälte PartG mbB · Am Wall 151 · 28195 Bremen

Trustpilot A/S
Rechtsabteilung
Pilestræde 58
1112 Kopenhagen K
Dänemark

Vorab per E-Mail: legal@trustpilot.com

Ihr Zeichen: CI-2026-0725
Unser Zeichen: KV 1184/26 Vo/ts
Bremen, 19. Oktober 2026

Sanitär Ohlendorf GmbH ./. Trustpilot A/S
Bewertung unter https://de.trustpilot.com/reviews/{R['ohlen']}

Sehr geehrte Damen und Herren,

wir nehmen Bezug auf unser Schreiben vom 21. September 2026, mit dem wir Sie namens und in Vollmacht der Sanitär Ohlendorf GmbH unter Fristsetzung bis zum 5. Oktober 2026 aufgefordert hatten, die oben bezeichnete Bewertung zu entfernen. Außer Ihrer Eingangsbestätigung unter dem obigen Zeichen haben wir bislang nichts von Ihnen gehört.

Die Bewertung ist unverändert abrufbar. Sie enthält unter anderem die Behauptungen:

„Die haben mir das Bad für 18.000 Euro komplett vermurkst und dann die Gewährleistung verweigert.“

„Herr Ohlendorf lässt seine Leute schwarz arbeiten, das weiß hier jeder.“

Wie bereits dargelegt, handelt es sich um unwahre Tatsachenbehauptungen. Ein Auftrag über 18.000 Euro ist bei unserer Mandantin unter dem Namen des Verfassers nicht nachweisbar; der Vorwurf der Schwarzarbeit erfüllt zudem den Tatbestand der üblen Nachrede (§ 186 StGB). Unserer Mandantin steht ein Unterlassungsanspruch aus §§ 823 Abs. 1, 1004 Abs. 1 BGB analog zu. Spätestens mit Zugang unseres ersten Schreibens hatten Sie Kenntnis von der Rechtsverletzung, sodass Sie sich auch nicht mehr auf die Haftungsprivilegierung des Art. 6 DSA berufen können.

Wir fordern Sie daher letztmalig auf, die Bewertung bis spätestens Freitag, 30.10.2026, 12:00 Uhr zu löschen und uns die Löschung schriftlich zu bestätigen.

Nach fruchtlosem Ablauf dieser Frist werden wir unserer Mandantin empfehlen, ohne weitere Ankündigung den Erlass einer einstweiligen Verfügung beim Landgericht Bremen zu beantragen.

Mit freundlichen Grüßen

Dr. Henrik Voss
Rechtsanwalt
Fachanwalt für Urheber- und Medienrecht
""", kind="legal_demand", name="Henrik Voss", org="Kemmerich Voss Rechtsanwälte PartG mbB",
    mail="voss@kemmerich-voss.de", rep="Sanitär Ohlendorf GmbH", theirs="KV 1184/26 Vo/ts", ours="CI-2026-0725",
    urls=[f"https://de.trustpilot.com/reviews/{R['ohlen']}"], ids=[R["ohlen"]],
    quotes=["Die haben mir das Bad für 18.000 Euro komplett vermurkst und dann die Gewährleistung verweigert.",
            "Herr Ohlendorf lässt seine Leute schwarz arbeiten, das weiß hier jeder."],
    deadline="2026-10-30", basis="bis spätestens Freitag, 30.10.2026, 12:00 Uhr", bases=["defamation", "dsa"],
    case="CI-2026-0725", note="The Frist of 5 October is recalled from the earlier letter."))

# r07 — scanned lawyer's letter for a dental practice; period from Zugang
DOCS.append(doc("r07", "scan", "de", "2026-10-23", f"""
FELDHOFF MEDIZINRECHT
Rechtsanwältin Dr. Jana Feldhoff
Prinzipalmarkt 38 · 48143 Münster
Telefon 0251 555 71 20 · feldhoff@feldhoff-medizinrecht.de

Trustpilot A/S
- Rechtsabteilung -
Pilestræde 58
1112 Kopenhagen K
DÄNEMARK

Münster, den 20.10.2026
Az.: F-0412/26

Zahnarztpraxis Dr. Wiegand & Kollegen, Münster
Ihre Bewertungsplattform, Bewertung ID {R['wiegand']}

Sehr geehrte Damen und Herren,

hiermit zeige ich an, dass ich die Zahnarztpraxis Dr. Wiegand & Kollegen anwaltlich vertrete. Eine auf mich lautende Vollmacht ist beigefügt.

Auf dem Profil meiner Mandantschaft wird seit dem 2. Oktober 2026 eine Bewertung angezeigt, in der es heißt:

„Dr. Wiegand hat mir ohne Aufklärung zwei gesunde Zähne abgeschliffen, nur um teure Kronen zu verkaufen.“

Diese Behauptung ist unwahr. Nach der Patientenkartei hat sich in dem genannten Zeitraum kein Patient mit Kronenversorgung über fehlende Aufklärung beschwert; sämtliche Aufklärungsbögen sind unterschrieben. Der Vorwurf, aus Gewinnstreben gesunde Zähne zu behandeln, ist ehrenrührig und geeignet, das Vertrauen der Patienten in die Praxis nachhaltig zu beschädigen. Es handelt sich um eine unwahre Tatsachenbehauptung, die das Unternehmenspersönlichkeitsrecht meiner Mandantschaft und das allgemeine Persönlichkeitsrecht von Herrn Dr. Wiegand verletzt.

Ich fordere Sie auf, die Bewertung binnen 10 Tagen ab Zugang dieses Schreibens zu entfernen. Sollten Sie der Auffassung sein, zunächst eine Stellungnahme des Verfassers einholen zu müssen, bitte ich um entsprechende Mitteilung innerhalb derselben Frist.

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen

Dr. Jana Feldhoff
Rechtsanwältin
Fachanwältin für Medizinrecht
""", kind="legal_demand", name="Jana Feldhoff", org="Feldhoff Medizinrecht", mail="feldhoff@feldhoff-medizinrecht.de",
    rep="Zahnarztpraxis Dr. Wiegand & Kollegen", theirs="F-0412/26", ids=[R["wiegand"]],
    quotes=["Dr. Wiegand hat mir ohne Aufklärung zwei gesunde Zähne abgeschliffen, nur um teure Kronen zu verkaufen."],
    deadline=plus_days("2026-10-23", 10), basis="binnen 10 Tagen ab Zugang dieses Schreibens",
    bases=["defamation"], case="new:r-wiegand", note="Period from Zugang: from the received date."))

# r13 — Art. 15 GDPR access request; signed with initial only (full name in the From header)
DOCS.append(doc("r13", "eml", "de", "2026-10-29", f"""
Sehr geehrte Damen und Herren,

hiermit mache ich mein Recht auf Auskunft nach Art. 15 DSGVO geltend.

Ich bin seit 2022 bei Trustpilot registriert und habe rund zwanzig Bewertungen geschrieben. Anfang Oktober wurden zwei davon ohne nachvollziehbare Begründung entfernt, und seitdem erhalte ich bei jeder neuen Bewertung den Hinweis, sie werde „geprüft“. Ich möchte wissen, welche Daten Sie über mich verarbeiten und auf welcher Grundlage diese Entscheidungen getroffen wurden.

Bitte teilen Sie mir insbesondere mit:

- welche personenbezogenen Daten Sie zu mir gespeichert haben (einschließlich IP-Adressen, Geräteinformationen und interner Vermerke oder „Scores“);
- zu welchen Zwecken und auf welcher Rechtsgrundlage diese Daten verarbeitet werden;
- ob und von wem meine Bewertungen gemeldet wurden;
- ob eine automatisierte Entscheidung im Sinne von Art. 22 DSGVO getroffen wurde, und wenn ja, die involvierte Logik;
- wie lange die Daten gespeichert werden.

Zudem bitte ich um eine Kopie der Daten nach Art. 15 Abs. 3 DSGVO in einem gängigen elektronischen Format.

Ich erwarte Ihre Auskunft innerhalb eines Monats nach Eingang dieser E-Mail. Zur Identifizierung: Ich schreibe von der bei Ihnen hinterlegten E-Mail-Adresse.

Mit freundlichen Grüßen
K. Wolff

Bremen
""", email=mail("Katharina Wolff", "k.wolff-hb@posteo.de", "Auskunftsersuchen nach Art. 15 DSGVO",
                "<a71c0e4d-2b91-4f0e-8d1a-kwolff@posteo.de>", "2026-10-29T18:26:00+01:00",
                to="privacy@trustpilot.com"),
    kind="data_request", name="Katharina Wolff", mail="k.wolff-hb@posteo.de",
    deadline=plus_one_month("2026-10-29"), basis="innerhalb eines Monats nach Eingang dieser E-Mail",
    bases=["data_protection"], case="new:r-wolff",
    note="Full name only in the From display name; the body is signed 'K. Wolff'."))

# r19 — Swiss prosecutor (outside UK/EU): request for voluntary production; period "seit Erhalt"
DOCS.append(doc("r19", "pdf", "de", "2026-11-03", f"""
Kanton Zürich
Staatsanwaltschaft Zürich-Sihl
Stauffacherstrasse 55, 8004 Zürich
Telefon +41 44 555 21 40 · beat.imhof@ji.zh.ch

Einschreiben / vorab per E-Mail an legal@trustpilot.com

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

Geschäfts-Nr.: ST.2026.11873
Zürich, 29. Oktober 2026

Strafuntersuchung gegen Unbekannt wegen Verleumdung (Art. 174 StGB)
Ersuchen um freiwillige Herausgabe von Daten

Sehr geehrte Damen und Herren

Die Staatsanwaltschaft Zürich-Sihl führt auf Strafantrag von Herrn Roman Gasser, Treuhänder in Zürich, eine Strafuntersuchung gegen Unbekannt wegen Verleumdung, eventuell übler Nachrede (Art. 173 f. StGB).

Gegenstand ist die am 9. September 2026 auf Ihrer Plattform veröffentlichte Bewertung https://www.trustpilot.com/reviews/{R['zurich']}, in welcher unter anderem behauptet wird: „Der Treuhänder Roman Gasser hat Kundengelder veruntreut, ich habe Beweise.“ Der Geschädigte bestreitet dies; gegen ihn ist kein Verfahren hängig.

Da Sie Ihren Sitz nicht in der Schweiz haben, ersuchen wir Sie um freiwillige Herausgabe folgender Daten zum Benutzerkonto, über welches die Bewertung veröffentlicht wurde:

1. Name, E-Mail-Adresse und allenfalls Telefonnummer;
2. IP-Adressen mit Zeitstempel (UTC) der Registrierung und der Veröffentlichung;
3. weitere Bewertungen desselben Kontos.

Wir bitten Sie, die Daten innert 20 Tagen seit Erhalt dieses Schreibens an die oben genannte Adresse zu übermitteln. Sollte eine freiwillige Herausgabe nicht möglich sein, bitten wir um kurze Mitteilung; in diesem Fall würde ein Rechtshilfeersuchen an die dänischen Behörden gestellt.

Wir ersuchen Sie, die betroffene Person nicht über dieses Ersuchen zu informieren.

Freundliche Grüsse

Staatsanwaltschaft Zürich-Sihl

lic. iur. Beat Imhof
Staatsanwalt
""", kind="law_enforcement", name="Beat Imhof", org="Staatsanwaltschaft Zürich-Sihl", mail="beat.imhof@ji.zh.ch",
    theirs="ST.2026.11873", urls=[f"https://www.trustpilot.com/reviews/{R['zurich']}"], ids=[R["zurich"]],
    quotes=["Der Treuhänder Roman Gasser hat Kundengelder veruntreut, ich habe Beweise."],
    deadline=plus_days("2026-11-03", 20), basis="innert 20 Tagen seit Erhalt dieses Schreibens",
    bases=["criminal", "defamation"], case="new:r-zurich",
    note="Swiss prosecutor; 'innert ... seit Erhalt' is a receipt anchor."))

# r22 — German data-protection authority; time-limit noun
DOCS.append(doc("r22", "docx", "de", "2026-11-05", f"""
Die Landesbeauftragte für den Datenschutz Niedersachsen
Prinzenstraße 5 · 30159 Hannover
Telefon 0511 555 45 00 · sandra.kuehl@lfd.niedersachsen.de

Trustpilot A/S
z. Hd. Datenschutzbeauftragte/r
Pilestræde 58
1112 Kopenhagen K
Dänemark

Aktenzeichen: LfD 32.4-0917/26
(bitte bei allen Schreiben angeben)

Hannover, 2. November 2026

Beschwerde von Herrn Jens Pahlke
Anhörung

Sehr geehrte Damen und Herren,

bei mir ist eine Beschwerde von Herrn Jens Pahlke, wohnhaft in Oldenburg, eingegangen. Herr Pahlke ist als Fahrlehrer bei der Fahrschule Meyerdierks tätig. Er wendet sich gegen eine auf Ihrer Plattform veröffentlichte Bewertung der Fahrschule (ID {R['lfd_rev']}), in der er namentlich genannt wird. Dort heißt es:

„Herr Pahlke schreit seine Fahrschüler an und hat mir beim Einparken auf die Hand geschlagen.“

Herr Pahlke trägt vor, er habe Sie am 14. September 2026 unter Berufung auf Art. 17 und Art. 21 DSGVO aufgefordert, seinen Namen zu entfernen, und darauf lediglich eine automatisierte Antwort erhalten.

Mir ist bewusst, dass für Ihr Unternehmen die dänische Datenschutzbehörde federführend zuständig ist. Bevor ich die Angelegenheit im Verfahren nach Art. 56 DSGVO abgebe, gebe ich Ihnen Gelegenheit zur Stellungnahme, insbesondere zu folgenden Fragen:

1. Ist der Antrag von Herrn Pahlke bei Ihnen eingegangen, und wie wurde er beschieden?
2. Auf welche Rechtsgrundlage stützen Sie die Veröffentlichung des Namens eines Beschäftigten in einer Unternehmensbewertung?
3. Welche Abwägung haben Sie im Hinblick auf den Widerspruch nach Art. 21 Abs. 1 DSGVO vorgenommen?

Für Ihre Stellungnahme setze ich Ihnen eine Frist bis zum 27. November 2026.

Mit freundlichen Grüßen
Im Auftrag

Dr. Sandra Kühl
Referentin
""", kind="regulator", name="Sandra Kühl", org="Die Landesbeauftragte für den Datenschutz Niedersachsen",
    mail="sandra.kuehl@lfd.niedersachsen.de", theirs="LfD 32.4-0917/26", ids=[R["lfd_rev"]],
    quotes=["Herr Pahlke schreit seine Fahrschüler an und hat mir beim Einparken auf die Hand geschlagen."],
    deadline="2026-11-27", basis="eine Frist bis zum 27. November 2026", bases=["data_protection"],
    case="new:r-pahlke", note="Signed 'Im Auftrag'; sender is the official who signs."))
