"""corpus-dl4 German documents e33-e40 (Germany, Austria, Switzerland)."""
from common import RID, doc, mail

DOCS = []

# e33 -- Abmahnung: weekday, "den", numeric date, time after the date
r = RID[64]
DOCS.append(doc("e33", "pdf", "de", "DE", "2026-10-08", f"""
WOLKENHAUER RECHTSANWÄLTE
Hohenzollernring 52 · 50672 Köln
Tel. 0221 555 8140 · h.wolkenhauer@wolkenhauer-recht.de

Köln, 6. Oktober 2026

Unser Zeichen: HA 1187/26

Trustpilot A/S
Rechtsabteilung
Kopenhagen, Dänemark

Bewertung https://de.trustpilot.com/reviews/{r}
hier: Feinkost Lindemeyer GmbH

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die Feinkost Lindemeyer GmbH, Ehrenstraße 14, 50672 Köln, anwaltlich vertreten. Eine auf uns lautende Vollmacht liegt bei.

Unter der oben genannten Adresse ist seit dem 28. September 2026 eine Bewertung eines Nutzers „K. Brandt“ abrufbar, in der es heißt: „Der Schinken ist abgelaufene Supermarktware, die umetikettiert und zum dreifachen Preis verkauft wird.“

Diese Behauptung ist unwahr. Unsere Mandantin bezieht ihre Schinken ausschließlich von zwei Erzeugern aus dem Schwarzwald und aus Parma; sämtliche Lieferscheine liegen vor. Die Äußerung ist eine unwahre Tatsachenbehauptung, die den Tatbestand der üblen Nachrede (§ 186 StGB) erfüllt und unsere Mandantin in ihrem Unternehmenspersönlichkeitsrecht verletzt. Ihr steht ein Unterlassungs- und Beseitigungsanspruch aus §§ 823, 1004 BGB analog zu.

Wir fordern Sie namens und in Vollmacht unserer Mandantin auf, die Bewertung bis spätestens Freitag, den 23.10.2026, 12:00 Uhr zu löschen und uns die Löschung schriftlich zu bestätigen.

Nach fruchtlosem Fristablauf werden wir unserer Mandantin empfehlen, gerichtliche Hilfe in Anspruch zu nehmen.

Mit freundlichen Grüßen

Dr. Henrike Wolkenhauer
Rechtsanwältin
Wolkenhauer Rechtsanwälte
""", letter="2026-10-06", calc=("date", "2026-10-23"), family=["weekday", "numeric_de", "time_of_day", "imperative_request"],
    kind="legal_demand", name="Henrike Wolkenhauer", org="Wolkenhauer Rechtsanwälte", mail="h.wolkenhauer@wolkenhauer-recht.de",
    rep="Feinkost Lindemeyer GmbH", theirs="HA 1187/26", urls=[f"https://de.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["Der Schinken ist abgelaufene Supermarktware, die umetikettiert und zum dreifachen Preis verkauft wird."],
    basis="bis spätestens Freitag, den 23.10.2026, 12:00 Uhr", bases=["defamation"], case="new:lindemeyer",
    note="§ 186 StGB is cited as the civil-law measure of the statement (üble Nachrede), not as a criminal complaint: "
         "legal_bases defamation only."))

# e34 -- tradesman's email: "bis Ende der Woche"
r = RID[66]
DOCS.append(doc("e34", "eml", "de", "DE", "2026-10-12", f"""
Guten Tag,

ich bin Malermeister und führe seit 22 Jahren meinen Betrieb in Bielefeld. Seit letzter Woche steht bei Ihnen diese Bewertung über uns:

https://de.trustpilot.com/reviews/{r}

Da steht, wir hätten „die Wohnung mit schimmelhaltiger Farbe gestrichen, und meine Tochter hat seitdem Asthma“. Das ist frei erfunden. Wir verarbeiten seit Jahren nur zertifizierte Innenfarben, das Datenblatt kann ich Ihnen schicken. Den Namen des Verfassers finden wir in keinem einzigen Auftrag.

So etwas ist Rufmord und üble Nachrede. Ich habe schon zwei Anfragen von Stammkunden bekommen, die das gelesen haben.

Bitte löschen Sie das bis Ende der Woche. Wenn nicht, gebe ich es meinem Anwalt.

Mit freundlichen Grüßen

Jürgen Pohlschröder
Pohlschröder Malerbetrieb
Detmolder Straße 201
33604 Bielefeld
Tel. 0521 555 3390
""", letter="2026-10-12", calc=("weekday", "2026-10-12", 4, 0), family=["informal_week", "imperative_request"],
    email=mail("Jürgen Pohlschröder", "info@pohlschroeder-maler.de", "Falsche Bewertung - bitte löschen",
               "<000001dc5a3e$b1c2d3e4$@pohlschroeder-maler.de>", "2026-10-12T07:58:00+02:00"),
    kind="legal_demand", name="Jürgen Pohlschröder", org="Pohlschröder Malerbetrieb", mail="info@pohlschroeder-maler.de",
    urls=[f"https://de.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["die Wohnung mit schimmelhaltiger Farbe gestrichen, und meine Tochter hat seitdem Asthma"],
    basis="bis Ende der Woche", bases=["defamation"], case="new:pohlschroeder",
    note="'bis Ende der Woche' in an email of Monday 12 Oct = Friday 16 Oct (end of the working week), "
         "not Sunday."))

# e35 -- scanned letter: "binnen 10 Tagen nach Zugang"
r = RID[68]
DOCS.append(doc("e35", "scan", "de", "DE", "2026-10-19", f"""
WILMSMEIER & KOLBE RECHTSANWÄLTE
Karl-Liebknecht-Straße 88 · 04275 Leipzig
Telefon 0341 555 2267 · t.wilmsmeier@wilmsmeier-kolbe.de

Leipzig, 14. Oktober 2026

Az.: WK 0392/26

Trustpilot A/S
Rechtsabteilung

Löschung einer Bewertung – Physiotherapie Saalblick GbR
Ihre Bewertungs-ID: {r}

Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit vertreten wir die Physiotherapie Saalblick GbR, Leipzig.

Die Bewertung mit der oben genannten ID enthält die Behauptung, die Inhaberin „lässt sich von den Kassen Termine bezahlen, zu denen nie ein Patient erschienen ist“. Dies ist unwahr und ehrverletzend. Es handelt sich um eine unwahre Tatsachenbehauptung, die das Persönlichkeitsrecht unserer Mandantin und ihrer Inhaberin verletzt.

Wir fordern Sie auf, die Bewertung binnen 10 Tagen nach Zugang dieses Schreibens zu entfernen. Sollten Sie der Auffassung sein, die Bewertung beruhe auf einem tatsächlichen Behandlungskontakt, bitten wir innerhalb derselben Frist um Mitteilung, welche Nachweise der Verfasser vorgelegt hat.

Mit freundlichen Grüßen

Torben Wilmsmeier
Rechtsanwalt
""", letter="2026-10-14", calc=("days", "2026-10-19", 10), family=["relative_receipt"],
    kind="legal_demand", name="Torben Wilmsmeier", org="Wilmsmeier & Kolbe Rechtsanwälte", mail="t.wilmsmeier@wilmsmeier-kolbe.de",
    rep="Physiotherapie Saalblick GbR", theirs="WK 0392/26", ids=[r],
    quotes=["lässt sich von den Kassen Termine bezahlen, zu denen nie ein Patient erschienen ist"],
    basis="binnen 10 Tagen nach Zugang dieses Schreibens", bases=["defamation"], case="new:saalblick",
    note="Counted from Zugang = received (19 Oct), not the letter date (14 Oct) -> 29 Oct."))

# e36 -- Austria: zehn Arbeitstage from the letter's date, crossing the Nationalfeiertag (26 Oct)
r = RID[70]
DOCS.append(doc("e36", "docx", "de", "AT", "2026-10-21", f"""
GSCHWANDTNER RECHTSANWALT GMBH
Wollzeile 17 · 1010 Wien · T +43 1 555 6204 · f.gschwandtner@gschwandtner-law.at

Wien, am 19. Oktober 2026

GZ: FG/2611/26

Trustpilot A/S
Rechtsabteilung

Betrifft: Konditorei Weißhappel GmbH – Bewertung https://at.trustpilot.com/reviews/{r}

Sehr geehrte Damen und Herren,

ich vertrete die Konditorei Weißhappel GmbH, Wien-Josefstadt, und berufe mich auf die erteilte Vollmacht.

In der oben angeführten Bewertung wird behauptet, meine Mandantin verwende „statt Butter nur billiges Palmfett, obwohl sie überall mit echter Butter wirbt“, und es habe „zwei Anzeigen beim Marktamt“ gegeben. Beides ist unrichtig. Meine Mandantin verarbeitet ausschließlich österreichische Teebutter; Anzeigen beim Marktamt gab es nie.

Die Äußerungen sind geeignet, den Kredit, den Erwerb und das Fortkommen meiner Mandantin zu gefährden (§ 1330 Abs 2 ABGB). Als Host-Provider sind Sie nach Kenntnis zur Entfernung verpflichtet.

Ich ersuche Sie daher, die Bewertung innerhalb von zehn Arbeitstagen ab dem Datum dieses Schreibens zu entfernen und mir dies schriftlich zu bestätigen. Andernfalls wird meine Mandantin ohne weitere Ankündigung gerichtliche Schritte einleiten.

Mit freundlichen Grüßen

Mag. Ferdinand Gschwandtner
Rechtsanwalt
Gschwandtner Rechtsanwalt GmbH
""", letter="2026-10-19", calc=("wdays", "2026-10-19", 10, "AT", None),
    family=["working_days", "holiday_crossed", "relative_letter_date"],
    kind="legal_demand", name="Ferdinand Gschwandtner", org="Gschwandtner Rechtsanwalt GmbH",
    mail="f.gschwandtner@gschwandtner-law.at", rep="Konditorei Weißhappel GmbH", theirs="FG/2611/26",
    urls=[f"https://at.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["statt Butter nur billiges Palmfett, obwohl sie überall mit echter Butter wirbt", "zwei Anzeigen beim Marktamt"],
    basis="innerhalb von zehn Arbeitstagen ab dem Datum dieses Schreibens", bases=["defamation"], case="new:weisshappel",
    note="Austrian working days skip Mon 26 Oct (Nationalfeiertag): 3 Nov, not the weekends-only 2 Nov. "
         "'ab dem Datum dieses Schreibens' anchors on the letter date, not on receipt."))

# e37 -- DSGVO access request: "innerhalb eines Monats" with no anchor (= the email's date)
DOCS.append(doc("e37", "eml", "de", "DE", "2026-11-02", """
Sehr geehrte Damen und Herren,

hiermit mache ich mein Auskunftsrecht nach Art. 15 DSGVO geltend.

Ich habe auf Ihrer Plattform unter dem Namen „WiebkeT“ seit 2021 etwa zwanzig Bewertungen geschrieben. Am 19. Oktober 2026 wurden drei davon ohne nachvollziehbare Begründung entfernt, und seitdem kann ich keine neuen Bewertungen mehr veröffentlichen.

Ich bitte um:
1. eine Kopie aller zu meiner Person gespeicherten Daten, einschließlich der Protokolle zu Anmeldungen und IP-Adressen;
2. Auskunft darüber, an wen diese Daten weitergegeben wurden, insbesondere ob bewertete Unternehmen meine E-Mail-Adresse erhalten haben;
3. Informationen über die Logik einer etwaigen automatisierten Entscheidung, die zur Sperrung geführt hat (Art. 22 DSGVO).

Bitte erteilen Sie mir die Auskunft innerhalb eines Monats. Die Identität können Sie über diese E-Mail-Adresse prüfen, die in meinem Konto hinterlegt ist.

Mit freundlichen Grüßen

Wiebke Tiedemann-Ohm
Lübeck
""", letter="2026-11-02", calc=("month", "2026-11-02"), family=["one_month", "no_anchor"],
    email=mail("Wiebke Tiedemann-Ohm", "w.tiedemann-ohm@posteo.de", "Auskunftsersuchen nach Art. 15 DSGVO",
               "<a91f3c7e-5b0d-4e21-8f6a-tiedemann@posteo.de>", "2026-11-02T19:33:00+01:00"),
    kind="data_request", name="Wiebke Tiedemann-Ohm", mail="w.tiedemann-ohm@posteo.de",
    basis="innerhalb eines Monats", bases=["data_protection"], case="new:tiedemann",
    note="No anchor named: from the email's own date (2 Nov, also the day received) -> 2 Dec."))

# e38 -- extension granted; our quoted request names the old and a different proposed date
r = RID[156]
DOCS.append(doc("e38", "eml", "de", "DE", "2026-11-05", f"""
Sehr geehrte Frau Lindgren,

vielen Dank für Ihre Nachricht vom 3. November.

Unsere Mandantin, die Autohaus Kreutzmann GmbH, ist mit einer Verlängerung einverstanden, allerdings nicht in dem von Ihnen erbetenen Umfang. Im Hinblick auf die fortdauernde Abrufbarkeit der Bewertung https://de.trustpilot.com/reviews/{r} verlängern wir die Frist letztmalig bis zum 13. November 2026. Eine weitere Verlängerung wird es nicht geben.

Mit freundlichen Grüßen

Dr. Katrin Lohmeier
Rechtsanwältin
Voßkuhl & Partner Rechtsanwälte
Königsallee 61, 40212 Düsseldorf
Az.: LK 2291/26

Am 03.11.2026 um 16:05 schrieb Trustpilot Legal <legal@trustpilot.com>:
> Sehr geehrte Frau Dr. Lohmeier,
>
> in der Sache Autohaus Kreutzmann GmbH (unser Zeichen CI-2026-1906) haben Sie uns eine Frist bis zum 6. November 2026 gesetzt. Da wir die Stellungnahme des Verfassers noch abwarten, bitten wir um Verlängerung bis zum 20. November 2026.
>
> Mit freundlichen Grüßen
> Elin Lindgren
> Trustpilot Legal
""", letter="2026-11-05", calc=("date", "2026-11-13"), family=["extension", "quoted_old_date", "explicit_long"],
    email=mail("Katrin Lohmeier", "k.lohmeier@vosskuhl-partner.de", "AW: [CI-2026-1906] Autohaus Kreutzmann GmbH – Fristverlängerung",
               "<VP-LK-2291-26.20261105.1012@vosskuhl-partner.de>", "2026-11-05T10:12:00+01:00",
               in_reply_to="<20261103160512.CI-2026-1906.5127@mail.trustpilot.com>",
               references=["<20261103160512.CI-2026-1906.5127@mail.trustpilot.com>"]),
    kind="legal_demand", name="Katrin Lohmeier", org="Voßkuhl & Partner Rechtsanwälte", mail="k.lohmeier@vosskuhl-partner.de",
    rep="Autohaus Kreutzmann GmbH", theirs="LK 2291/26", ours="CI-2026-1906",
    urls=[f"https://de.trustpilot.com/reviews/{r}"], ids=[r],
    basis="bis zum 13. November 2026", bases=[], case="CI-2026-1906",
    note="New date 13 Nov; 6 Nov (old deadline) and 20 Nov (our request) appear only in the quoted email."))

# e39 -- court hearing date and the sender's own "bis zum" filing plan: null
r = RID[157]
DOCS.append(doc("e39", "pdf", "de", "DE", "2026-11-11", f"""
BRODERSEN FEDDERSEN RECHTSANWÄLTE
Ballindamm 9 · 20095 Hamburg
Tel. 040 555 71 30 · m.brodersen@brodersen-feddersen.de

Hamburg, 9. November 2026

Unser Zeichen: BF-0617/26
Ihr Zeichen: CI-2026-1907

Trustpilot A/S
Rechtsabteilung

Tjarks Umzüge GmbH ./. Trustpilot A/S – Landgericht Hamburg
Bewertung https://de.trustpilot.com/reviews/{r}

Sehr geehrte Damen und Herren,

in dem oben bezeichneten Rechtsstreit teilen wir Ihnen zur Information mit, dass das Landgericht Hamburg Termin zur mündlichen Verhandlung auf Mittwoch, den 9. Dezember 2026, 10:30 Uhr, Sitzungssaal B 214, bestimmt hat. Das persönliche Erscheinen der Parteien ist nicht angeordnet.

Wir werden für unsere Mandantin bis zum 25. November 2026 ergänzend zu der von Ihnen bestrittenen Behauptung vortragen, das Umzugsunternehmen habe „die Hälfte der Möbel beschädigt und dann die Rechnung verdoppelt“, und dabei die Schadensprotokolle des Auftrags vorlegen.

Eine Stellungnahme Ihrerseits zu diesem Schreiben ist nicht erforderlich. Ihre Prozessbevollmächtigten erhalten eine Abschrift.

Mit freundlichen Grüßen

Malte Brodersen
Rechtsanwalt
Brodersen Feddersen Rechtsanwälte
""", letter="2026-11-09", calc=None, family=["null_hearing", "null_own_plan"],
    kind="legal_demand", name="Malte Brodersen", org="Brodersen Feddersen Rechtsanwälte", mail="m.brodersen@brodersen-feddersen.de",
    rep="Tjarks Umzüge GmbH", theirs="BF-0617/26", ours="CI-2026-1907",
    urls=[f"https://de.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["die Hälfte der Möbel beschädigt und dann die Rechnung verdoppelt"], bases=[], case="CI-2026-1907",
    note="9 Dec is the hearing; 'bis zum 25. November' is the sender's own filing plan; no reply is requested "
         "-> null. Kind: a claimant's lawyer's letter in pending proceedings, not an order (legal_demand); the letter "
         "itself invokes no law."))

# e40 -- Switzerland: passive "ist bis zum 20. November zu löschen", no year
r = RID[78]
DOCS.append(doc("e40", "eml", "de", "CH", "2026-11-10", f"""
Sehr geehrte Damen und Herren

Wir vertreten die Speichenglück Velowerkstatt GmbH, Winterthur. Eine Vollmacht legen wir auf Wunsch gerne vor.

Auf Ihrer Plattform ist unter https://ch.trustpilot.com/reviews/{r} eine Bewertung aufgeschaltet, wonach der Geschäftsführer unserer Mandantin „gestohlene Velos aus dem Ausland weiterverkauft“. Diese Behauptung ist haltlos. Unsere Mandantin kauft Occasionen ausschliesslich mit Kaufvertrag und Ausweiskopie an; die Kantonspolizei Zürich hat dies bei einer Routinekontrolle im Frühjahr bestätigt.

Die Bewertung verletzt unsere Mandantin widerrechtlich in ihrer Persönlichkeit (Art. 28 ZGB). Sie ist bis zum 20. November zu löschen. Für den Fall, dass Sie die Löschung ablehnen, bitten wir innert derselben Frist um eine kurze Begründung, damit wir unsere Mandantin über das weitere Vorgehen beraten können.

Freundliche Grüsse

Corina Bächtold
Rechtsanwältin
Bächtold Rechtsanwälte AG
Stadthausstrasse 39, 8400 Winterthur
Tel. +41 52 555 18 40
c.baechtold@baechtold-law.ch
""", letter="2026-11-10", calc=("date", "2026-11-20"), family=["passive", "yearless", "explicit_long"],
    email=mail("Corina Bächtold", "c.baechtold@baechtold-law.ch", "Speichenglück Velowerkstatt GmbH – Löschung einer Bewertung",
               "<ZRAP278MB0412.cb.20261110@baechtold-law.ch>", "2026-11-10T14:26:00+01:00"),
    kind="legal_demand", name="Corina Bächtold", org="Bächtold Rechtsanwälte AG", mail="c.baechtold@baechtold-law.ch",
    rep="Speichenglück Velowerkstatt GmbH", urls=[f"https://ch.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["gestohlene Velos aus dem Ausland weiterverkauft"],
    basis="bis zum 20. November zu löschen", bases=["defamation"], case="new:speichenglueck",
    note="Swiss Persönlichkeitsverletzung (Art. 28 ZGB) by false factual allegation, mapped to defamation."))
