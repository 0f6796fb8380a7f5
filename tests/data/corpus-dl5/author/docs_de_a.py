"""German documents f29–f32 (Germany)."""
from common import RID, doc, mail

R29 = RID[56]
R30a, R30b = RID[58], RID[59]
R31 = RID[60]
R32 = RID[62]
R33 = RID[64]
R34 = RID[66]

F29 = doc("f29", "pdf", "de", "DE", "2026-11-16", f"""
KANZLEI WEISSFLOG & DRECHSLER
Rechtsanwälte · Fachanwälte für Urheber- und Medienrecht
Karl-Liebknecht-Straße 41 · 04107 Leipzig
Tel. 0341 555 3870 · post@weissflog-drechsler.de

Trustpilot A/S
Rechtsabteilung
Pilestræde 58
1112 Kopenhagen K
Dänemark

Unser Zeichen: 2611/26 WD
Leipzig, 12. November 2026

Bäckerei Pfützner GmbH ./. Trustpilot A/S
Bewertung https://de.trustpilot.com/reviews/{R29}

Sehr geehrte Damen und Herren,

wir vertreten die Bäckerei Pfützner GmbH, Markkleeberg. Eine Vollmacht fügen wir bei.

Die oben bezeichnete Bewertung des Nutzers „Sachsenkind77“ enthält die Aussage: „In der Backstube laufen die Mäuse über die Bleche, das hat mir eine Verkäuferin selbst erzählt.“ Diese Behauptung ist unwahr. Die Lebensmittelüberwachung hat den Betrieb zuletzt am 2. Oktober 2026 ohne Beanstandung kontrolliert; der Bericht liegt uns vor. Eine Verkäuferin, die eine solche Äußerung getan haben soll, gibt es nicht.

Es handelt sich um eine unwahre, kreditgefährdende Tatsachenbehauptung (§§ 824, 823 Abs. 1, 1004 BGB analog). Als Hostprovider sind Sie nach Kenntnis zur Prüfung und Entfernung verpflichtet.

Wir fordern Sie auf, die Bewertung binnen fünf Arbeitstagen nach Zugang dieses Schreibens zu entfernen und uns die Entfernung schriftlich zu bestätigen. Nach fruchtlosem Fristablauf werden wir unserer Mandantin empfehlen, gerichtliche Hilfe in Anspruch zu nehmen.

Mit freundlichen Grüßen

Friederike Drechsler
Rechtsanwältin
""", letter="2026-11-12", calc=("wdays", "2026-11-16", 5, "DE", "SN"), subdiv="SN",
    family=["relative_working_days", "relative_receipt", "holiday_crossed_regional", "imperative_auffordern"],
    kind="legal_demand", name="Friederike Drechsler", org="Kanzlei Weißflog & Drechsler", mail="post@weissflog-drechsler.de",
    rep="Bäckerei Pfützner GmbH", theirs="2611/26 WD",
    urls=[f"https://de.trustpilot.com/reviews/{R29}"], ids=[R29],
    quotes=["In der Backstube laufen die Mäuse über die Bleche, das hat mir eine Verkäuferin selbst erzählt."],
    basis="binnen fünf Arbeitstagen nach Zugang dieses Schreibens", bases=["defamation"], case="new:pfuetzner",
    note="REGIONAL HOLIDAY: Leipzig (Saxony) sender; Buß- und Bettag (Wed 18 Nov) is a public holiday only in "
         "Saxony. Letter 12 Nov, received Mon 16 Nov; five working days from receipt -> Tue 24 Nov; without the "
         "Saxon holiday, Mon 23 Nov. §§ 824/823 BGB (Kreditgefährdung) read as defamation. Organisation normalised "
         "from the capitalised letterhead.")

F30 = doc("f30", "eml", "de", "DE", "2026-10-14", f"""
Sehr geehrte Damen und Herren,

in der Angelegenheit

Rheinblick Zahnästhetik MVZ GmbH ./. Trustpilot
Az. 0412/26-KH

zeigen wir die Vertretung der Rheinblick Zahnästhetik MVZ GmbH, Köln, an.

Unter https://de.trustpilot.com/reviews/{R30a} sowie unter https://de.trustpilot.com/reviews/{R30b} finden sich zwei Beiträge desselben Verfassers. Darin heißt es u. a.: „Die Zahnärztin hat während der Behandlung getrunken.“ Ferner: „Die rechnen Leistungen ab, die nie erbracht wurden.“

Beide Behauptungen sind frei erfunden. Ein Behandlungskontakt mit dem Verfasser ist in der Praxissoftware nicht verzeichnet. Der Vorwurf des Abrechnungsbetrugs ist strafrechtlich relevant (§ 187 StGB) und verletzt unsere Mandantin in ihrem Unternehmenspersönlichkeitsrecht.

Die beiden Beiträge sind bis spätestens Freitag, den 23. Oktober 2026, 12:00 Uhr (MESZ) vollständig zu entfernen. Ferner bitten wir um Mitteilung, welche Daten zum Verfasserkonto bei Ihnen gespeichert sind, damit unsere Mandantin ihre Ansprüche gegen ihn geltend machen kann.

Mit freundlichen Grüßen

Dr. Konstantin Hülsbeck
Rechtsanwalt

HÜLSBECK ROSENTRETER Partnerschaft mbB
Hohenzollernring 58 · 50672 Köln
k.huelsbeck@huelsbeck-rosentreter.de
""", letter="2026-10-14", calc=("date", "2026-10-23"),
    email=mail("Konstantin Hülsbeck", "k.huelsbeck@huelsbeck-rosentreter.de", "Rheinblick Zahnästhetik MVZ GmbH ./. Trustpilot – Az. 0412/26-KH",
               "<FR2P281MB0913.huelsbeck.20261014@huelsbeck-rosentreter.de>", "2026-10-14T09:12:00+02:00"),
    family=["passive_ist_zu", "cue_material_between", "weekday", "time_of_day", "time_zone", "brackets"],
    kind="legal_demand", name="Konstantin Hülsbeck", org="Hülsbeck Rosentreter Partnerschaft mbB",
    mail="k.huelsbeck@huelsbeck-rosentreter.de", rep="Rheinblick Zahnästhetik MVZ GmbH", theirs="0412/26-KH",
    urls=[f"https://de.trustpilot.com/reviews/{R30a}", f"https://de.trustpilot.com/reviews/{R30b}"], ids=[R30a, R30b],
    quotes=["Die Zahnärztin hat während der Behandlung getrunken.", "Die rechnen Leistungen ab, die nie erbracht wurden."],
    basis="bis spätestens Freitag, den 23. Oktober 2026, 12:00 Uhr (MESZ)", bases=["defamation", "criminal"],
    case="new:rheinblick",
    note="'Dr.' dropped from the name. § 187 StGB (Verleumdung) is invoked, so criminal as well as defamation. "
         "The data request in the second sentence has no date of its own.")

F31 = doc("f31", "eml", "de", "DE", "2026-11-17", f"""
Hallo,

ich habe vor drei Wochen eine Bewertung über die Fahrschule Lindenhof in Berlin-Pankow geschrieben. Die war ehrlich und sachlich: dass meine Fahrstunden mehrmals kurzfristig abgesagt wurden und ich trotzdem zahlen sollte. Jetzt bekomme ich eine Mail, dass die Bewertung „wegen einer Meldung des Unternehmens“ entfernt wurde und ich einen Nachweis hochladen soll.

Den Nachweis habe ich am 10. November hochgeladen (Rechnung und Screenshots der Absagen per WhatsApp). Seitdem höre ich nichts. Der Link war https://de.trustpilot.com/reviews/{R31}, der geht jetzt ins Leere.

Ich verstehe nicht, was an der Bewertung gegen Ihre Richtlinien verstoßen soll. Ich möchte, dass sie wieder online geht. Bitte geben Sie mir bis Monatsende Bescheid, ob das passiert oder was genau noch fehlt. Sonst wende ich mich an die Verbraucherzentrale.

Viele Grüße
Jannik Ostrowski
jannik.ostrowski@posteo.de
""", letter="2026-11-17", calc=("eom", "2026-11-17", 0),
    email=mail("Jannik Ostrowski", "jannik.ostrowski@posteo.de", "Meine Bewertung wurde entfernt",
               "<a71c90e2-44f8-4d1b-9c0e.ostrowski@posteo.de>", "2026-11-17T20:31:00+01:00"),
    family=["informal_month_end", "imperative_bitte"],
    kind="consumer_appeal", name="Jannik Ostrowski", mail="jannik.ostrowski@posteo.de",
    urls=[f"https://de.trustpilot.com/reviews/{R31}"], ids=[R31],
    basis="bis Monatsende", bases=["platform_guidelines"], case="new:ostrowski-fahrschule",
    note="'bis Monatsende' in an email of 17 Nov = the last day of November, Mon 30 Nov. 10 November is a past event. "
         "The quoted words are our notice: no quoted_statements.")

F32 = doc("f32", "scan", "de", "DE", "2026-11-20", f"""
POLIZEIPRÄSIDIUM FREIBURG
Kriminalinspektion 5 – Cybercrime
Heinrich-von-Stephan-Straße 4 · 79100 Freiburg im Breisgau

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
DÄNEMARK

Freiburg, 18.11.2026

AUSKUNFTSERSUCHEN

Aktenzeichen: ST/0784213/2026
Sachbearbeiter: KOK Matthias Vöhringer
Telefon: 0761 555 2614
E-Mail: freiburg.ki5@polizei.bwl.de
Delikt: Bedrohung (§ 241 StGB), Nachstellung (§ 238 StGB)
Betroffener Inhalt (Bewertung):
https://de.trustpilot.com/reviews/{R32}
Erbetene Daten: Bestandsdaten des Nutzerkontos (Name, E-Mail-Adresse), IP-Adressen bei Registrierung und Veröffentlichung mit Zeitstempel
Erledigung bis: 27.11.2026

Sehr geehrte Damen und Herren,

im Rahmen eines Ermittlungsverfahrens der Staatsanwaltschaft Freiburg wegen Bedrohung bitten wir um Auskunft zu dem oben genannten Nutzerkonto. Die Bewertung richtet sich gegen die Inhaberin eines Tattoostudios in Freiburg und enthält den Satz: „Ich weiß, wo dein Auto steht, und ich komme wieder.“

Die Geschädigte hat Strafantrag gestellt. Wir bitten, den Nutzer über dieses Ersuchen nicht zu informieren.

Mit freundlichen Grüßen
Im Auftrag

Vöhringer
Kriminaloberkommissar
""", letter="2026-11-18", calc=("date", "2026-11-27"),
    family=["form_field", "numeric_de", "scan"],
    kind="law_enforcement", name="Matthias Vöhringer", org="Polizeipräsidium Freiburg",
    mail="freiburg.ki5@polizei.bwl.de", theirs="ST/0784213/2026",
    urls=[f"https://de.trustpilot.com/reviews/{R32}"], ids=[R32],
    quotes=["Ich weiß, wo dein Auto steht, und ich komme wieder."],
    basis="Erledigung bis: 27.11.2026", bases=["criminal", "harassment"], case="new:pp-freiburg",
    note="Labelled header field 'Erledigung bis:' in a scanned request. Name from the Sachbearbeiter line without the "
         "rank (KOK). Nachstellung (§ 238 StGB) read as harassment alongside criminal.")

DOCS = [F29, F30, F31, F32]
