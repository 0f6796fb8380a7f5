from common import D, G, E

# ---------------------------------------------------------------- 1 Uhr-Zeit + Wochentag, "dem"
D("alpenblick", "de", "pdf", "2026-11-25", "2026-11-23", "new:alpenblick-zahnarzt", """
KANZLEI BRANDSTÄTTER & VOGL
Rechtsanwälte
Maximilianstraße 31, 80539 München
Tel. +49 89 2155 7730
E-Mail: k.vogl@brandstaetter-vogl.de

München, 23. November 2026

Unser Zeichen: KV/2026/1418

Trustpilot A/S
Rechtsabteilung
Pilestræde 58
1112 Kopenhagen K
Dänemark

Bewertung der Alpenblick Zahnarztpraxis GmbH – https://de.trustpilot.com/reviews/{R1}

Sehr geehrte Damen und Herren,

wir vertreten die Alpenblick Zahnarztpraxis GmbH, Garmisch-Partenkirchen. Auf Ihrer Plattform ist seit dem 9. November 2026 eine Bewertung abrufbar, in der es heißt: „Dr. Keller zieht gesunde Zähne, nur um mehr abrechnen zu können.“

Diese Behauptung ist unwahr. Sie ist ehrverletzend und verletzt unsere Mandantin in ihrem Unternehmenspersönlichkeitsrecht.

Wir fordern Sie auf, die Bewertung zu löschen und uns dies bis spätestens 15:00 Uhr am Dienstag, dem 1. Dezember 2026, schriftlich zu bestätigen. Andernfalls werden wir unserer Mandantin empfehlen, den Erlass einer einstweiligen Verfügung zu beantragen.

Mit freundlichen Grüßen

Katharina Vogl
Rechtsanwältin
Kanzlei Brandstätter & Vogl
""", G("legal_demand", "Katharina Vogl", "Kanzlei Brandstätter & Vogl", "k.vogl@brandstaetter-vogl.de",
       "Alpenblick Zahnarztpraxis GmbH", "KV/2026/1418", ["https://de.trustpilot.com/reviews/{R1}"],
       ["Dr. Keller zieht gesunde Zähne, nur um mehr abrechnen zu können."],
       "bis spätestens 15:00 Uhr am Dienstag, dem 1. Dezember 2026", ["defamation"]),
  ("date", "2026-12-01"), "2026-12-01")

# ---------------------------------------------------------------- 2 18.00 Uhr MEZ, "am 3. Dezember" ohne Jahr
D("nordlicht", "de", "eml", "2026-11-27", "2026-11-27", "new:nordlicht-reisen", """
Sehr geehrte Damen und Herren,

am 20. November haben Sie auf unserer Unternehmensseite https://de.trustpilot.com/review/nordlicht-reisen.de einen Warnhinweis veröffentlicht, wonach wir Bewertungen „auf unzulässige Weise beeinflusst“ haben sollen. Eine Begründung haben wir bis heute nicht erhalten.

Wir laden seit Jahren alle Kundinnen und Kunden nach der Reise automatisch über Ihr eigenes Einladungssystem ein. Eine Auswahl findet nicht statt, Gegenleistungen für Bewertungen gibt es keine.

Der Hinweis schadet uns mitten in der Buchungssaison erheblich. Wir bitten Sie daher, den Hinweis zu entfernen oder uns die konkreten Gründe mitzuteilen, und zwar bis 18.00 Uhr MEZ am 3. Dezember. Andernfalls werden wir rechtliche Schritte prüfen.

Mit freundlichen Grüßen

Jonas Reimers
Leiter Kundenservice
Nordlicht Reisen GmbH
Kiel
""", G("business_appeal", "Jonas Reimers", "Nordlicht Reisen GmbH", "j.reimers@nordlicht-reisen.de",
       None, None, ["https://de.trustpilot.com/review/nordlicht-reisen.de"],
       ["auf unzulässige Weise beeinflusst"], "bis 18.00 Uhr MEZ am 3. Dezember", []),
  ("date", "2026-12-03"), "2026-12-03",
  E("Jonas Reimers", "j.reimers@nordlicht-reisen.de", "Widerspruch gegen Warnhinweis auf unserem Profil",
    "2026-11-27T14:30:00+01:00", "<f3c1a9d2.4e77.nordlicht@nordlicht-reisen.de>"))

# ---------------------------------------------------------------- 3 Punktdatum mit Wochentag
D("sennewald", "de", "txt", "2026-12-02", "2026-11-30", "new:maler-sennewald", """
Malerbetrieb Sennewald
Inh. Uwe Sennewald
Lindenstraße 12, 04109 Leipzig
Tel. 0341 2289 4410 · E-Mail: u.sennewald@maler-sennewald.de

Leipzig, 30.11.2026

An: Trustpilot A/S, Rechtsabteilung

Betreff: Falsche Bewertung – https://de.trustpilot.com/reviews/{R1}

Sehr geehrte Damen und Herren,

seit dem 14.11.2026 steht auf Ihrer Seite eine Bewertung über meinen Betrieb, in der behauptet wird: „Die Maler haben schwarz gearbeitet und keine Rechnung gestellt.“ Das ist falsch. Der Kunde hat am 06.10.2026 eine ordnungsgemäße Rechnung erhalten und sie per Überweisung bezahlt. Eine Kopie lege ich gerne vor.

Der Vorwurf der Schwarzarbeit ist unwahr und rufschädigend; er verletzt mich und meinen Betrieb in unseren Persönlichkeitsrechten. Ich habe die Bewertung bereits am 16.11.2026 über Ihr Meldeformular gemeldet, aber keine Antwort erhalten.

Ich fordere Sie auf, die Bewertung zu entfernen, und erwarte Ihre Stellungnahme bis Donnerstag, den 10.12.2026.

Mit freundlichen Grüßen

Uwe Sennewald
Malermeister, Inhaber
Malerbetrieb Sennewald
""", G("legal_demand", "Uwe Sennewald", "Malerbetrieb Sennewald", "u.sennewald@maler-sennewald.de",
       None, None, ["https://de.trustpilot.com/reviews/{R1}"],
       ["Die Maler haben schwarz gearbeitet und keine Rechnung gestellt."],
       "bis Donnerstag, den 10.12.2026", ["defamation"]),
  ("date", "2026-12-10"), "2026-12-10")

# ---------------------------------------------------------------- 4 Modal "Sie haben ... zu", Österreich
D("weinmann", "de", "pdf", "2026-11-26", "2026-11-24", "new:cafe-weinmann", """
HOFBAUER RECHTSANWALTS GMBH
Graben 17, 1010 Wien, Österreich
Tel. +43 1 532 4471
E-Mail: m.hofbauer@hofbauer-law.at

Wien, am 24. November 2026

GZ: MH-26/0773

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K, Dänemark

Betrifft: Café Konditorei Weinmann GmbH – rechtswidrige Bewertung

Sehr geehrte Damen und Herren!

Wir vertreten die Café Konditorei Weinmann GmbH, 1070 Wien. Unter https://at.trustpilot.com/reviews/{R1} wurde am 12. November 2026 eine Bewertung veröffentlicht, die lautet: „In der Küche laufen Mäuse herum, das Marktamt weiß Bescheid.“

Die Behauptung ist unwahr; die letzte Kontrolle des Marktamts vom 2. Oktober 2026 verlief ohne jede Beanstandung. Die Veröffentlichung gefährdet den Kredit, den Erwerb und das Fortkommen unserer Mandantin und ist ehrenrührig (§ 1330 ABGB).

Sie haben die Bewertung bis zum 4. Dezember 2026 zu entfernen. Sollte dies nicht geschehen, wird unsere Mandantin ohne weitere Aufforderung Klage beim Handelsgericht Wien einbringen.

Mit freundlichen Grüßen

Dr. Martin Hofbauer
Rechtsanwalt
Hofbauer Rechtsanwalts GmbH
""", G("legal_demand", "Martin Hofbauer", "Hofbauer Rechtsanwalts GmbH", "m.hofbauer@hofbauer-law.at",
       "Café Konditorei Weinmann GmbH", "MH-26/0773", ["https://at.trustpilot.com/reviews/{R1}"],
       ["In der Küche laufen Mäuse herum, das Marktamt weiß Bescheid."],
       "Sie haben die Bewertung bis zum 4. Dezember 2026 zu entfernen", ["defamation"]),
  ("date", "2026-12-04"), "2026-12-04")

# ---------------------------------------------------------------- 5 Passiv "sind bis ... zu erteilen", Polizei, docx
D("hannover", "de", "docx", "2026-11-30", "2026-11-25", "new:polizei-hannover-drohung", """
POLIZEIDIREKTION HANNOVER
Zentraler Kriminaldienst – Fachkommissariat Cybercrime
Waterlooplatz 9, 30169 Hannover
Tel. 0511 109 5523
E-Mail: petra.lindemann@polizei.niedersachsen.de

Hannover, 25.11.2026

Unser Zeichen: ZKD-CC 2026/31187

Trustpilot A/S
Pilestræde 58, 1112 Kopenhagen K, Dänemark

Auskunftsersuchen im Ermittlungsverfahren wegen Bedrohung

Sehr geehrte Damen und Herren,

die Staatsanwaltschaft Hannover führt seit dem 12. Oktober 2026 ein Ermittlungsverfahren wegen Bedrohung (§ 241 StGB) gegen Unbekannt. Der Tatverdächtige soll am 9. Oktober 2026 unter https://de.trustpilot.com/reviews/{R1} eine Bewertung veröffentlicht haben, in der er dem Inhaber eines Restaurants droht: „Ich weiß, wo du wohnst, und ich komme vorbei.“

Im Auftrag der Staatsanwaltschaft bitte ich um Auskunft über die Bestandsdaten des Nutzerkontos (Name, E-Mail-Adresse, Telefonnummer) sowie über die bei der Registrierung und der Veröffentlichung verwendeten IP-Adressen mit Zeitstempel.

Die Auskünfte sind bis zum 7. Dezember 2026 zu erteilen. Bitte informieren Sie den Kontoinhaber nicht über dieses Ersuchen.

Mit freundlichen Grüßen

Im Auftrag
Petra Lindemann
Kriminaloberkommissarin
""", G("law_enforcement", "Petra Lindemann", "Polizeidirektion Hannover", "petra.lindemann@polizei.niedersachsen.de",
       None, "ZKD-CC 2026/31187", ["https://de.trustpilot.com/reviews/{R1}"],
       ["Ich weiß, wo du wohnst, und ich komme vorbei."],
       "Die Auskünfte sind bis zum 7. Dezember 2026 zu erteilen", ["criminal"]),
  ("date", "2026-12-07"), "2026-12-07")

# ---------------------------------------------------------------- 6 "Ablauf der Frist am"
D("aydin", "de", "pdf", "2026-11-20", "2026-11-18", "new:physio-stadtpark", """
RECHTSANWÄLTE OSTERKAMP PARTNERSCHAFT MBB
Neuer Wall 54, 20354 Hamburg
Tel. 040 3008 5210
E-Mail: j.osterkamp@osterkamp-recht.de

Hamburg, 18. November 2026

Unser Az.: 488/26 JO

Trustpilot A/S, Rechtsabteilung

Bewertung der Physiotherapie am Stadtpark, Inh. Miriam Aydin
https://de.trustpilot.com/reviews/{R1}

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Frau Miriam Aydin, Inhaberin der Physiotherapie am Stadtpark, anwaltlich vertreten.

Die oben genannte Bewertung vom 1. November 2026 behauptet, in der Praxis werde „regelmäßig privat abgerechnet, obwohl die Kasse zahlt“. Unsere Mandantin rechnet ausschließlich ordnungsgemäß ab; ein Behandlungskontakt mit dem Verfasser ist in der Patientenkartei nicht feststellbar. Die Behauptung ist unwahr und verletzt unsere Mandantin in ihrem allgemeinen Persönlichkeitsrecht.

Wir fordern Sie auf, Ihrer Prüfpflicht nachzukommen, die Beanstandung dem Verfasser zur Stellungnahme weiterzuleiten und die Bewertung bis zum Abschluss der Prüfung zu sperren. Sollten wir bis zum Ablauf der Frist am 2. Dezember 2026 keine Sperrung feststellen, werden wir ohne weitere Ankündigung gerichtliche Hilfe in Anspruch nehmen.

Mit freundlichen Grüßen

Jan Osterkamp
Rechtsanwalt
""", G("legal_demand", "Jan Osterkamp", "Rechtsanwälte Osterkamp Partnerschaft mbB", "j.osterkamp@osterkamp-recht.de",
       "Miriam Aydin", "488/26 JO", ["https://de.trustpilot.com/reviews/{R1}"],
       ["regelmäßig privat abgerechnet, obwohl die Kasse zahlt"],
       "bis zum Ablauf der Frist am 2. Dezember 2026", ["defamation"]),
  ("date", "2026-12-02"), "2026-12-02")

# ---------------------------------------------------------------- 7 Formularfeld "Antwort bis:"
D("bnetza", "de", "eml", "2026-11-20", "2026-11-20", "new:bnetza-dsc-0394", """
Sehr geehrte Damen und Herren,

bei der Koordinierungsstelle für digitale Dienste ist eine Beschwerde nach Art. 53 DSA eingegangen. Der Beschwerdeführer, ein Online-Händler aus Köln, trägt vor, dass seine Meldung vom 3. September 2026 zu der Bewertung https://de.trustpilot.com/reviews/{R1} ohne Begründung zurückgewiesen worden sei.

Wir bitten Sie um Stellungnahme zu folgenden Punkten:
1. Wie wurde die Meldung bearbeitet, und wurde dem Melder eine Begründung nach Art. 16 Abs. 5 DSA übermittelt?
2. Welche Möglichkeiten der internen Beschwerdebearbeitung nach Art. 20 DSA standen dem Melder offen?

Aktenzeichen: DSC-2026-0394
Antwort bis: 04.12.2026

Mit freundlichen Grüßen

Tobias Gerlach
Referent, Koordinierungsstelle für digitale Dienste
Bundesnetzagentur
""", G("regulator", "Tobias Gerlach", "Bundesnetzagentur", "tobias.gerlach@bnetza.de",
       None, "DSC-2026-0394", ["https://de.trustpilot.com/reviews/{R1}"], [],
       "Antwort bis: 04.12.2026", ["dsa"]),
  ("date", "2026-12-04"), "2026-12-04",
  E("Tobias Gerlach", "tobias.gerlach@bnetza.de", "Auskunftsersuchen DSC-2026-0394 – Beschwerde nach Art. 53 DSA",
    "2026-11-20T09:40:00+01:00", "<DSC-2026-0394.1120@bnetza.de>"))

# ---------------------------------------------------------------- 8 "innerhalb von 10 Tagen ab Zugang"
D("gerke", "de", "pdf", "2026-11-13", "2026-11-10", "new:gerke-loeschung", """
WEBERSTEDT RECHTSANWÄLTE
Königsallee 60, 40212 Düsseldorf
Tel. 0211 8795 3320
E-Mail: s.weberstedt@weberstedt-ra.de

Düsseldorf, 10.11.2026

Unser Zeichen: SW-2026-611

Trustpilot A/S
z. Hd. Datenschutzbeauftragte/r

Antrag auf Löschung personenbezogener Daten – Herr Florian Gerke

Sehr geehrte Damen und Herren,

wir vertreten Herrn Florian Gerke, Filialleiter eines Elektronikmarkts in Neuss. In der Bewertung https://de.trustpilot.com/reviews/{R1} vom 28. Oktober 2026 wird unser Mandant mit vollem Namen genannt und als „der unfähigste und unfreundlichste Filialleiter Deutschlands“ bezeichnet.

Die Nennung seines Namens ist für die Bewertung der Leistung des Marktes nicht erforderlich. Namens und in Vollmacht unseres Mandanten verlangen wir gemäß Art. 17 DSGVO die Löschung seiner personenbezogenen Daten aus der Bewertung.

Wir erwarten die Umsetzung und eine entsprechende Bestätigung innerhalb von 10 Tagen ab Zugang dieses Schreibens.

Mit freundlichen Grüßen

Sabine Weberstedt
Rechtsanwältin
Weberstedt Rechtsanwälte
""", G("data_request", "Sabine Weberstedt", "Weberstedt Rechtsanwälte", "s.weberstedt@weberstedt-ra.de",
       "Florian Gerke", "SW-2026-611", ["https://de.trustpilot.com/reviews/{R1}"],
       ["der unfähigste und unfreundlichste Filialleiter Deutschlands"],
       "innerhalb von 10 Tagen ab Zugang dieses Schreibens", ["data_protection"]),
  ("days", "received", 10), "2026-11-23")

# ---------------------------------------------------------------- 9 "binnen zwei Wochen", undatiertes Formular
D("strassburger", "de", "txt", "2026-11-18", None, "new:fewo-strassburger", """
Kontaktformular – Rechtliche Anfrage

Name: Heike Strassburger
Firma: Ferienwohnungen Strassburger GbR
E-Mail: heike@fewo-strassburger.de
Telefon: 04651 8827 140
Betreff: Gefälschte Bewertung unserer Ferienwohnungen

Nachricht:
Guten Tag,

unter https://de.trustpilot.com/reviews/{R1} hat jemand eine Bewertung über unsere Ferienwohnungen auf Sylt geschrieben, in der steht: „Schimmel an allen Wänden, die Vermieterin hat die Kaution einfach behalten.“ Wir hatten in dem genannten Zeitraum gar keine Buchung unter diesem Namen, und wir haben noch nie eine Kaution einbehalten. Ich vermute, dass ein Mitbewerber dahintersteckt.

Die Bewertung verstößt gegen Ihre eigenen Richtlinien, weil sie nicht auf einer echten Erfahrung beruht. Außerdem ist sie eine unwahre, rufschädigende Tatsachenbehauptung; mein Anwalt spricht von Verleumdung.

Bitte löschen Sie die Bewertung binnen zwei Wochen. Falls Sie Nachweise benötigen, schicke ich Ihnen gern unseren Belegungskalender.

Mit freundlichen Grüßen
Heike Strassburger
""", G("legal_demand", "Heike Strassburger", "Ferienwohnungen Strassburger GbR", "heike@fewo-strassburger.de",
       None, None, ["https://de.trustpilot.com/reviews/{R1}"],
       ["Schimmel an allen Wänden, die Vermieterin hat die Kaution einfach behalten."],
       "binnen zwei Wochen", ["defamation", "platform_guidelines"]),
  ("days", "letter", 14), "2026-12-02")

# ---------------------------------------------------------------- 10 15 Arbeitstage ab Zugang, über Weihnachten
D("bbdi", "de", "pdf", "2026-12-04", "2026-12-01", "new:bbdi-krueger", """
BERLINER BEAUFTRAGTE FÜR DATENSCHUTZ UND INFORMATIONSFREIHEIT
Alt-Moabit 59–61, 10555 Berlin
E-Mail: r.hansen@datenschutz-berlin.de

Berlin, 1. Dezember 2026

Geschäftszeichen: 521.4417.9

Trustpilot A/S
z. Hd. Datenschutzbeauftragte/r
Pilestræde 58, 1112 Kopenhagen K, Dänemark

Beschwerde von Frau Anja Krüger

Sehr geehrte Damen und Herren,

Frau Anja Krüger hat sich am 17. November 2026 bei uns beschwert. Sie trägt vor, dass sie am 2. September 2026 Auskunft nach Art. 15 DSGVO über die zu ihrem Nutzerkonto gespeicherten Daten verlangt und bis heute lediglich eine automatische Eingangsbestätigung erhalten habe.

Da die Trustpilot A/S ihre Hauptniederlassung in Dänemark hat, prüfen wir derzeit die Abgabe des Verfahrens an die dänische Aufsichtsbehörde. Zur Aufklärung des Sachverhalts bitten wir Sie, uns innerhalb von 15 Arbeitstagen ab Zugang dieses Schreibens mitzuteilen, ob und wann die Auskunft erteilt wurde, und uns gegebenenfalls eine Kopie des Antwortschreibens zu übersenden.

Mit freundlichen Grüßen

Im Auftrag
Rasmus Hansen
Referent
""", G("regulator", "Rasmus Hansen", "Berliner Beauftragte für Datenschutz und Informationsfreiheit", "r.hansen@datenschutz-berlin.de",
       None, "521.4417.9", [], [], "innerhalb von 15 Arbeitstagen ab Zugang dieses Schreibens", ["data_protection"]),
  ("wd", "received", 15, "DE"), "2026-12-28")

# ---------------------------------------------------------------- 11 NULL: unverzüglich
D("behrendt", "de", "eml", "2026-11-09", "2026-11-09", "new:behrendt-doxxing", """
Sehr geehrte Damen und Herren,

hiermit melde ich nach Art. 16 DSA folgenden Inhalt: https://de.trustpilot.com/reviews/{R1}

In dieser Bewertung eines Fitnessstudios werden meine private Handynummer und meine Wohnadresse veröffentlicht, verbunden mit dem Satz: „Wer dem Typen mal die Meinung sagen will, hier ist seine Nummer.“ Ich habe mit dem Studio nichts zu tun und kenne den Verfasser nicht. Seit gestern erhalte ich Anrufe und Nachrichten von Fremden.

Die Veröffentlichung meiner Daten ist rechtswidrig. Sie verstößt gegen die DSGVO und ist nach meiner Einschätzung eine strafbare gefährdende Verbreitung personenbezogener Daten (§ 126a StGB).

Ich bitte Sie, den Inhalt unverzüglich zu entfernen und mir Ihre Entscheidung mitzuteilen.

Ich versichere, dass die Angaben in dieser Meldung nach bestem Wissen richtig und vollständig sind.

Lukas Behrendt
Leipzig
""", G("illegal_content_notice", "Lukas Behrendt", None, "lukas.behrendt@posteo.de",
       None, None, ["https://de.trustpilot.com/reviews/{R1}"],
       ["Wer dem Typen mal die Meinung sagen will, hier ist seine Nummer."],
       None, ["dsa", "data_protection", "criminal"]),
  None, None,
  E("Lukas Behrendt", "lukas.behrendt@posteo.de", "Meldung rechtswidriger Inhalte nach Art. 16 DSA",
    "2026-11-09T08:15:00+01:00", "<7b2e91c4-behrendt@posteo.de>"))

# ---------------------------------------------------------------- 12 "unverzüglich, spätestens jedoch bis zum" -> date counts
D("kunz", "de", "txt", "2026-11-23", "2026-11-20", "new:schwarzwald-sanitaer", """
Rechtsanwaltskanzlei Pohlmann
Bahnhofstraße 8, 79098 Freiburg im Breisgau
Tel. 0761 4589 220 · E-Mail: e.pohlmann@kanzlei-pohlmann.de

Freiburg, den 20.11.2026

Unser Zeichen: 26/0931-EP

Trustpilot A/S – Rechtsabteilung – per E-Mail an legal@trustpilot.com

Sehr geehrte Damen und Herren,

in Sachen Schwarzwald-Sanitär Kunz GmbH ./. unbekannter Verfasser zeigen wir an, dass wir die Schwarzwald-Sanitär Kunz GmbH vertreten.

Die Bewertung unter https://de.trustpilot.com/reviews/{R1} enthält die Aussage: „Die Firma hat bei mir eine Gasleitung ohne Zulassung verlegt.“ Unsere Mandantin ist im Installateurverzeichnis des Gasnetzbetreibers eingetragen; die Behauptung ist nachweislich unwahr und verletzt unsere Mandantin in ihrem Unternehmenspersönlichkeitsrecht.

Wir fordern Sie hiermit auf, die Bewertung unverzüglich, spätestens jedoch bis zum 30. November 2026, zu sperren. Die Geltendmachung der außergerichtlichen Kosten behalten wir uns vor.

Mit freundlichen Grüßen

Eva Pohlmann
Rechtsanwältin
""", G("legal_demand", "Eva Pohlmann", "Rechtsanwaltskanzlei Pohlmann", "e.pohlmann@kanzlei-pohlmann.de",
       "Schwarzwald-Sanitär Kunz GmbH", "26/0931-EP", ["https://de.trustpilot.com/reviews/{R1}"],
       ["Die Firma hat bei mir eine Gasleitung ohne Zulassung verlegt."],
       "spätestens jedoch bis zum 30. November 2026", ["defamation"]),
  ("date", "2026-11-30"), "2026-11-30")

# ---------------------------------------------------------------- 13 NULL: Einspruch mit Daten, keine Frist
D("hollerith", "de", "eml", "2026-11-30", "2026-11-30", "new:hollerith-einspruch", """
Hallo Trustpilot-Team,

am 4. Oktober 2026 habe ich eine Bewertung über den Online-Shop Gartenwelt Brehm geschrieben, weil meine Bestellung vom 21. September erst nach fünf Wochen und beschädigt angekommen ist. Am 26. November habe ich eine E-Mail bekommen, dass meine Bewertung entfernt wurde, weil sie angeblich nicht auf einer echten Erfahrung beruht.

Das stimmt nicht. Ich habe die Bestellbestätigung, die Versandmitteilung vom 27. Oktober und Fotos des beschädigten Pakets. Alles habe ich am 27. November über Ihr Formular hochgeladen, aber keine Antwort erhalten.

Meine Bewertung war hier: https://de.trustpilot.com/reviews/{R1}

Ich bitte Sie, die Entscheidung zu überprüfen und die Bewertung wiederherzustellen.

Viele Grüße
Sabine Hollerith
""", G("consumer_appeal", "Sabine Hollerith", None, "s.hollerith@web.de",
       None, None, ["https://de.trustpilot.com/reviews/{R1}"], [], None, []),
  None, None,
  E("Sabine Hollerith", "s.hollerith@web.de", "Einspruch gegen Löschung meiner Bewertung",
    "2026-11-30T19:05:00+01:00", "<trinity-5c7e0a1b-hollerith@web.de>"))
