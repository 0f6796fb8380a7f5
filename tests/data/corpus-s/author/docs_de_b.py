"""corpus-s, German documents s36-s40."""
from __future__ import annotations

from common import R, doc, mail, plus_days, rurl

DOCS = []

# s36 - same lawyer and address as CI-2026-0718 but a different client; notice expressly under Art. 16 DSA -> new matter
DOCS.append(doc("s36", "eml", "de", "2026-11-13", f"""
Sehr geehrte Damen und Herren,

namens und in Vollmacht unserer Mandantin, der Gasthof Brunnwirt GmbH & Co. KG, Bad Tölz, übermitteln wir Ihnen die folgende

Meldung rechtswidriger Inhalte gemäß Art. 16 der Verordnung (EU) 2022/2065 (Digital Services Act)

1. Genaue elektronische Fundstelle: {rurl("de", "brunn")}

2. Begründung: Die Bewertung enthält die Behauptungen „Der Wirt schenkt Bier aus, das schon abgelaufen ist, und panscht den Wein mit Wasser.“ sowie „Das Gesundheitsamt war schon dreimal da und hat den Laden fast zugemacht.“ Beide Behauptungen sind unwahr. Das Landratsamt Bad Tölz-Wolfratshausen hat uns schriftlich bestätigt, dass in den letzten fünf Jahren keine Beanstandung und keine Betriebsschließung angedroht wurde; die Bestätigung fügen wir bei. Die Behauptungen sind geeignet, unsere Mandantin verächtlich zu machen und in der öffentlichen Meinung herabzuwürdigen, und erfüllen den Straftatbestand der üblen Nachrede (§ 186 StGB), jedenfalls aber verletzen sie das Unternehmenspersönlichkeitsrecht unserer Mandantin (§§ 823, 1004 BGB analog).

3. Name und E-Mail-Adresse der meldenden Person: Florian Haberland, Rechtsanwalt, f.haberland@haberland-vogt.de, für die Gasthof Brunnwirt GmbH & Co. KG.

4. Erklärung: Ich bin in gutem Glauben davon überzeugt, dass die in dieser Meldung enthaltenen Angaben und Anschuldigungen richtig und vollständig sind.

Wir bitten um Entscheidung über diese Meldung innerhalb von sieben Tagen sowie um Mitteilung gemäß Art. 16 Abs. 5 DSA.

Bitte beachten Sie: Diese Meldung betrifft eine neue Mandantin und steht in keinem Zusammenhang mit der Angelegenheit Bäckerei Sonnleitner.

Mit freundlichen Grüßen

Florian Haberland
Rechtsanwalt

Haberland Vogt Rechtsanwälte PartG mbB
Rosenheimer Straße 141 · 81671 München
Unser Zeichen: 244/26 HV/ts
""", email=mail("Florian Haberland", "f.haberland@haberland-vogt.de",
                "DSA-Meldung Art. 16 - Gasthof Brunnwirt - 244/26 HV/ts",
                "<0b6e2d91-c4f7-4a38-8e15-7d9a3c2f60b4@haberland-vogt.de>", "2026-11-13T16:18:00+01:00"),
    kind="illegal_content_notice", name="Florian Haberland", org="Haberland Vogt Rechtsanwälte PartG mbB",
    mail="f.haberland@haberland-vogt.de", rep="Gasthof Brunnwirt GmbH & Co. KG", theirs="244/26 HV/ts",
    urls=[rurl("de", "brunn")], ids=[R["brunn"]],
    quotes=["Der Wirt schenkt Bier aus, das schon abgelaufen ist, und panscht den Wein mit Wasser.",
            "Das Gesundheitsamt war schon dreimal da und hat den Laden fast zugemacht."],
    deadline=plus_days("2026-11-13", 7), basis="innerhalb von sieben Tagen",
    bases=["dsa", "defamation", "criminal"], case="new:brunnwirt",
    note="lawyer's notice expressly under Art. 16 DSA; same firm, person and address as an open case, different client"))

# s37 - German public prosecutor (EU law enforcement); Js Aktenzeichen; deadline from receipt
DOCS.append(doc("s37", "pdf", "de", "2026-11-18", f"""
STAATSANWALTSCHAFT HANNOVER
Volgersweg 67 · 30175 Hannover
Telefon 0511 347-0 · Poststelle.StA-Hannover@justiz.niedersachsen.de

Staatsanwaltschaft Hannover · Postfach 3640 · 30036 Hannover

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

Aktenzeichen: 4172 Js 38814/26
(bitte stets angeben)
Hannover, 13.11.2026

Ermittlungsverfahren gegen Unbekannt wegen Bedrohung (§ 241 StGB)
hier: Ersuchen um Auskunft und Datensicherung

Sehr geehrte Damen und Herren,

die Staatsanwaltschaft Hannover führt das oben bezeichnete Ermittlungsverfahren. Der Geschädigte betreibt eine Kfz-Werkstatt in Hannover-Linden. Unter {rurl("de", "hann")} wurde am 2. November 2026 eine Bewertung veröffentlicht, in der es heißt: „Wenn ich dich noch einmal vor deiner Werkstatt sehe, brennt die Bude.“

Die Äußerung ist als Bedrohung mit einem Verbrechen gegen Sachen von bedeutendem Wert zu werten. Zur Identifizierung des Verfassers werden Sie gebeten, folgende Bestandsdaten und Nutzungsdaten des Kontos, von dem die Bewertung veröffentlicht wurde, mitzuteilen:

– bei der Registrierung angegebener Name und E-Mail-Adresse,
– gegebenenfalls hinterlegte Telefonnummer,
– IP-Adressen mit Datum und Uhrzeit (mit Zeitzone) der Registrierung und der Veröffentlichung der Bewertung.

Ich bitte ferner, die Daten bis zum Abschluss des Verfahrens zu sichern und den Kontoinhaber über dieses Ersuchen nicht zu unterrichten.

Um Beantwortung innerhalb von zwei Wochen nach Eingang dieses Schreibens wird gebeten. Sollten Sie für die Herausgabe eine Europäische Herausgabeanordnung oder ein Rechtshilfeersuchen für erforderlich halten, bitte ich um kurze Mitteilung.

Mit freundlichen Grüßen

Jan-Philipp Reese
Staatsanwalt
""", kind="law_enforcement", name="Jan-Philipp Reese", org="Staatsanwaltschaft Hannover",
    mail="Poststelle.StA-Hannover@justiz.niedersachsen.de", rep=None, theirs="4172 Js 38814/26",
    urls=[rurl("de", "hann")], ids=[R["hann"]],
    quotes=["Wenn ich dich noch einmal vor deiner Werkstatt sehe, brennt die Bude."],
    deadline=plus_days("2026-11-18", 14), basis="innerhalb von zwei Wochen nach Eingang dieses Schreibens",
    bases=["criminal"], case="new:sta-hannover", note="German prosecutor; Js Aktenzeichen"))

# s38 - Switzerland (outside the EU): cantonal prosecutor; "lic. iur." before the name
DOCS.append(doc("s38", "pdf", "de", "2026-11-23", f"""
Kanton Zürich
Staatsanwaltschaft Zürich-Limmat
Stauffacherstrasse 55 · Postfach · 8036 Zürich
Telefon +41 44 555 71 40 · reto.brunner@ji.zh.ch

Einschreiben / vorab per E-Mail an legal@trustpilot.com

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

Geschäfts-Nr.: A-4/2026/10041187
Zürich, 18. November 2026

Strafuntersuchung gegen Unbekannt betreffend üble Nachrede und Verleumdung (Art. 173 und 174 StGB)
Ersuchen um Herausgabe von Daten und Sicherstellung

Sehr geehrte Damen und Herren

Die Staatsanwaltschaft Zürich-Limmat führt auf Strafantrag der Garage Hürlimann AG, Dietikon, eine Strafuntersuchung gegen Unbekannt. Gegenstand ist die auf Ihrer Plattform veröffentlichte Bewertung {rurl("de", "zh")}, in der unter anderem behauptet wird: «Hürlimann verkauft Unfallautos als unfallfrei und fälscht dafür die Servicehefte.»

Nach den bisherigen Abklärungen ist die Behauptung unwahr. Sie ist geeignet, die Geschädigte in ihrem Ruf als ehrbares Unternehmen herabzusetzen.

Da Ihr Unternehmen seinen Sitz nicht in der Schweiz hat, ersuche ich Sie, die folgenden Daten auf freiwilliger Basis herauszugeben, soweit Ihr anwendbares Recht dies zulässt: Name, E-Mail-Adresse und allfällige Telefonnummer des Kontos, die IP-Adressen der Registrierung und der Veröffentlichung der Bewertung mit Zeitangabe, sowie allfällige weitere Bewertungen desselben Kontos. Andernfalls bitte ich um Mitteilung, damit der Weg der internationalen Rechtshilfe beschritten werden kann. Ich ersuche Sie zudem, die Daten bis auf Weiteres zu sichern.

Für Ihre Antwort bis 11. Dezember 2026 danke ich Ihnen.

Freundliche Grüsse

Staatsanwaltschaft Zürich-Limmat

lic. iur. Reto Brunner
Staatsanwalt
""", kind="law_enforcement", name="Reto Brunner", org="Staatsanwaltschaft Zürich-Limmat", mail="reto.brunner@ji.zh.ch",
    rep=None, theirs="A-4/2026/10041187", urls=[rurl("de", "zh")], ids=[R["zh"]],
    quotes=["Hürlimann verkauft Unfallautos als unfallfrei und fälscht dafür die Servicehefte."],
    deadline="2026-12-11", basis="bis 11. Dezember 2026", bases=["criminal", "defamation"], case="new:zh",
    note="Swiss authority; degree before the name"))

# s39 - look-alike: a bakery of the same name in Salzburg, its own review page, a different review
DOCS.append(doc("s39", "eml", "de", "2026-11-26", f"""
Grüß Gott,

wir haben am 17. November eine Bewertung auf unserer Seite gemeldet und heute die Antwort bekommen, dass sie „nicht gegen die Richtlinien verstößt“. Damit sind wir nicht einverstanden und bitten um eine nochmalige Prüfung.

Es geht um diese Bewertung: {rurl("de", "sonn_salz")}

Der Verfasser schreibt „Die Kipferl sind aus der Tiefkühltruhe vom Großhandel, hier wird nichts selbst gebacken.“ Das stimmt einfach nicht. Wir sind ein Familienbetrieb in dritter Generation, backen jede Nacht ab zwei Uhr in unserer eigenen Backstube in der Linzer Gasse und kaufen keine Tiefkühlware zu. Jeder, der will, kann sich die Backstube anschauen – das haben wir dem Verfasser in unserer öffentlichen Antwort auch angeboten, aber er hat nicht reagiert.

Außerdem war der Verfasser laut seinem Profil noch nie in Salzburg, alle seine anderen Bewertungen betreffen Betriebe in Wien, und eine Bestellung unter seinem Namen finden wir nicht. Nach Ihren eigenen Regeln muss eine Bewertung auf einem echten Erlebnis beruhen. Wir bitten Sie, den Verfasser um einen Nachweis zu bitten.

Vielen Dank und freundliche Grüße

Josef Sonnleitner
Bäckermeister, Geschäftsführer

Bäckerei Sonnleitner KG
Linzer Gasse 18 · 5020 Salzburg · Österreich
Tel. +43 662 555 871 · office@baeckerei-sonnleitner.at
""", email=mail("Bäckerei Sonnleitner", "office@baeckerei-sonnleitner.at",
                "Einspruch gegen Ihre Entscheidung - Bewertung",
                "<7c1a9e4f-2b58-4d03-a6e7-f8d1c5b93a20@baeckerei-sonnleitner.at>", "2026-11-26T13:47:00+01:00"),
    kind="business_appeal", name="Josef Sonnleitner", org="Bäckerei Sonnleitner KG",
    mail="office@baeckerei-sonnleitner.at", rep=None, urls=[rurl("de", "sonn_salz")], ids=[R["sonn_salz"]],
    quotes=["Die Kipferl sind aus der Tiefkühltruhe vom Großhandel, hier wird nichts selbst gebacken."],
    bases=["platform_guidelines"], case="new:sonnleitner-salzburg",
    note="same-named business (KG in Salzburg vs GmbH in Munich), different review -> new"))

# s40 - internal escalation in German, with the customer's message forwarded below
DOCS.append(doc("s40", "eml", "de", "2026-12-02", f"""
Hallo zusammen,

ich leite euch die Nachricht unten von Jörg Kellermann weiter, Geschäftsführer der Weinhaus Kellermann GmbH (Deidesheim). Die sind seit 2022 Kunde bei uns im Premium-Paket und verlängern im Januar.

Es geht um eine Bewertung, die sie vor drei Wochen gemeldet haben und zu der sie noch nichts gehört haben. Herr Kellermann hat mir am Telefon gesagt, dass er inzwischen mit seinem Anwalt spricht. Ich kann die Sache inhaltlich nicht beurteilen, aber es wäre super, wenn ihr mir bis Freitag, 4. Dezember sagen könntet, ob das bei euch in Bearbeitung ist, damit ich ihm wenigstens einen Zwischenstand geben kann.

Danke euch!
Lena

Lena Fuchs
Senior Account Manager DACH
Trustpilot GmbH · Berlin
lena.fuchs@trustpilot.com

---------- Weitergeleitete Nachricht ----------
Von: Jörg Kellermann <j.kellermann@weinhaus-kellermann.de>
Datum: Di., 1. Dez. 2026, 18:02
Betreff: Bewertung immer noch online
An: Lena Fuchs <lena.fuchs@trustpilot.com>

Hallo Frau Fuchs,

die Bewertung {rurl("de", "kellermann")} ist immer noch online. Da steht „Die Weine sind gepanscht, das Prädikat auf dem Etikett ist gelogen.“ Das ist glatte Verleumdung, wir werden jedes Jahr von der Landwirtschaftskammer geprüft. Können Sie da bitte Druck machen?

Gruß
Jörg Kellermann
""", email=mail("Lena Fuchs", "lena.fuchs@trustpilot.com", "WG: Bewertung immer noch online - Weinhaus Kellermann",
                "<5d0f3b8a-6e21-4c97-b4a3-19e7f2c8d056@trustpilot.com>", "2026-12-02T09:05:00+01:00",
                to="content-integrity@trustpilot.com"),
    kind="internal_escalation", name="Lena Fuchs", org="Trustpilot GmbH", mail="lena.fuchs@trustpilot.com",
    rep="Weinhaus Kellermann GmbH", urls=[rurl("de", "kellermann")], ids=[R["kellermann"]],
    quotes=["Die Weine sind gepanscht, das Prädikat auf dem Etikett ist gelogen."],
    deadline="2026-12-04", basis="bis Freitag, 4. Dezember", bases=["defamation"], case="new:kellermann",
    note="colleague escalating for a customer; forwarded message below"))
