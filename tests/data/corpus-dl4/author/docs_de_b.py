"""corpus-dl4 German documents e41-e46 (Switzerland, Germany, Austria)."""
from common import RID, doc, mail

DOCS = []

# e41 -- Swiss letter with a labelled "Frist:" line, numeric date
r = RID[80]
DOCS.append(doc("e41", "pdf", "de", "CH", "2026-11-18", f"""
ZWAHLEN SUTTER ANWÄLTE
Bundesgasse 26 · 3011 Bern
Telefon +41 31 555 62 10 · u.zwahlen@zwahlen-sutter.ch

Bern, 16. November 2026

Unser Zeichen: UZ 26/0871

Einschreiben
Trustpilot A/S
Rechtsabteilung

Hotel Sonnmatt Grindelwald AG – Bewertung https://ch.trustpilot.com/reviews/{r}
Frist: 30.11.2026

Sehr geehrte Damen und Herren

Wir vertreten die Hotel Sonnmatt Grindelwald AG.

Die obgenannte Bewertung nennt eine Mitarbeiterin unserer Mandantin mit vollem Namen und behauptet, sie sei „wegen Diebstahls aus Gästezimmern bereits in Interlaken entlassen worden“. Die Mitarbeiterin war nie in Interlaken tätig und wurde nie eines Diebstahls bezichtigt. Die Bewertung verletzt ihre Persönlichkeit und jene unserer Mandantin (Art. 28 ZGB) und bearbeitet Personendaten der Mitarbeiterin widerrechtlich (Art. 30 DSG).

Wir ersuchen Sie, die Bewertung zu entfernen oder zumindest den Namen der Mitarbeiterin unkenntlich zu machen, und uns innert der oben angegebenen Frist Bericht zu erstatten.

Freundliche Grüsse

Urs Zwahlen
Fürsprecher
Zwahlen Sutter Anwälte
""", letter="2026-11-16", calc=("date", "2026-11-30"), family=["request_noun", "form_field", "numeric_de"],
    kind="legal_demand", name="Urs Zwahlen", org="Zwahlen Sutter Anwälte", mail="u.zwahlen@zwahlen-sutter.ch",
    rep="Hotel Sonnmatt Grindelwald AG", theirs="UZ 26/0871", urls=[f"https://ch.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["wegen Diebstahls aus Gästezimmern bereits in Interlaken entlassen worden"],
    basis="Frist: 30.11.2026", bases=["defamation", "data_protection"], case="new:sonnmatt"))

# e42 -- internal escalation in German: reported expectation "bis Donnerstag"
r = RID[82]
DOCS.append(doc("e42", "eml", "de", "DE", "2026-11-17", f"""
Hallo Legal-Team,

ich eskaliere einen Fall für meinen Kunden Sanitätshaus Rehmkamp GmbH (Bremen, 11 Filialen, Vertrag seit 2023).

Es geht um diese Bewertung: https://de.trustpilot.com/reviews/{r}

Der Verfasser schreibt, das Sanitätshaus habe ihm „einen gebrauchten Rollstuhl als neu verkauft und der Krankenkasse den Neupreis berechnet“. Laut Kunde gibt es keinen Auftrag unter dem Namen, und die Beschreibung des Modells passt zu keinem Gerät aus ihrem Sortiment. Die Meldung über das Business-Portal wurde am 9. November abgelehnt.

Die Geschäftsführerin, Frau Dörte Rehmkamp, hat mich heute früh angerufen und war ziemlich aufgebracht, weil die Bewertung in einer Facebook-Gruppe geteilt wird. Sie erwartet eine Rückmeldung von uns bis Donnerstag, weil am Freitag die Gesellschafterversammlung ist.

Könnt ihr euch das bitte anschauen? Ich kann gern einen Call mit ihr aufsetzen.

Danke und viele Grüße
Jannik

Jannik Vorderbrügge
Senior Account Manager DACH
Trustpilot
jannik.vorderbruegge@trustpilot.com
""", letter="2026-11-17", calc=("next_weekday", "2026-11-17", 3), family=["reported", "informal_weekday"],
    email=mail("Jannik Vorderbrügge", "jannik.vorderbruegge@trustpilot.com", "Eskalation: Sanitätshaus Rehmkamp – Bewertung",
               "<CAJv=eskalation.rehmkamp.1117@mail.gmail.com>", "2026-11-17T09:48:00+01:00"),
    kind="internal_escalation", name="Jannik Vorderbrügge", org="Trustpilot", mail="jannik.vorderbruegge@trustpilot.com",
    rep="Sanitätshaus Rehmkamp GmbH", urls=[f"https://de.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["einen gebrauchten Rollstuhl als neu verkauft und der Krankenkasse den Neupreis berechnet"],
    basis="bis Donnerstag", bases=["platform_guidelines"], case="new:rehmkamp",
    note="'bis Donnerstag' from Tuesday 17 Nov = Thursday 19 Nov; 'am Freitag' is the customer's own meeting."))

# e43 -- Austrian out-of-office with an office closure ("Jänner"): null
DOCS.append(doc("e43", "eml", "de", "AT", "2026-11-19", """
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 30. November nicht im Büro und habe in dieser Zeit nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Angelegenheiten wenden Sie sich bitte an mein Sekretariat unter +43 662 555 417 oder office@ra-strasserhuber.at.

Bitte beachten Sie, dass unsere Kanzlei vom 23. Dezember bis einschließlich 6. Jänner geschlossen ist.

Mit freundlichen Grüßen

Mag. Leopoldine Strasser-Huber
Rechtsanwältin
Kanzlei Strasser-Huber
Getreidegasse 31, 5020 Salzburg
l.strasser-huber@ra-strasserhuber.at

Diese Nachricht ist vertraulich und kann dem Anwaltsgeheimnis unterliegen. Sollten Sie nicht der beabsichtigte Empfänger sein, informieren Sie uns bitte und löschen Sie die Nachricht.
""", letter="2026-11-19", calc=None, family=["null_out_of_office", "null_office_closure"],
    email=mail("Leopoldine Strasser-Huber", "l.strasser-huber@ra-strasserhuber.at",
               "Abwesenheitsnotiz: AW: [CI-2026-1908] Weingut Pfeifenberger – Ihr Schreiben vom 4. November",
               "<RA-SH-autoreply-20261119114058@ra-strasserhuber.at>", "2026-11-19T11:40:58+01:00",
               in_reply_to="<20261119114050.CI-2026-1908.6034@mail.trustpilot.com>",
               references=["<20261119114050.CI-2026-1908.6034@mail.trustpilot.com>"]),
    kind="legal_demand", name="Leopoldine Strasser-Huber", org="Kanzlei Strasser-Huber",
    mail="l.strasser-huber@ra-strasserhuber.at", ours="CI-2026-1908", bases=[], case="CI-2026-1908",
    note="Auto-reply: 'bis einschließlich 30. November' is her absence, 23 Dec-6 Jan the office closure -> null. "
         "Kind follows the matter; no client is named in the body, represented_party null."))

# e44 -- German DSA web form: review date, date of knowledge, empty deadline field: null
r = RID[86]
DOCS.append(doc("e44", "txt", "de", "DE", "2026-11-23", f"""
TRUSTPILOT – MELDUNG RECHTSWIDRIGER INHALTE (EU/EWR)
Meldung nach Art. 16 der Verordnung (EU) 2022/2065 (Gesetz über digitale Dienste)
--------------------------------------------------------------------

Eingereicht am: 23.11.2026, 21:17 Uhr (MEZ)

1. IHRE ANGABEN
Name: Holger Austermann
E-Mail: holger@fahrrad-austermann.de
Organisation (optional): Fahrradladen Austermann
Land: Deutschland

2. GEMELDETER INHALT
URL: https://de.trustpilot.com/reviews/{r}
Datum der Bewertung: 14.11.2026
Datum, an dem Sie davon Kenntnis erlangt haben: 20.11.2026
Art des Inhalts: Beleidigung / üble Nachrede

3. BEGRÜNDUNG
In der Bewertung steht: „Der Alte im Laden ist ein Betrüger, der E-Bike-Akkus aus Diebstahl verkauft.“ Ich bin der einzige ältere Mitarbeiter, gemeint bin also ich. Ich habe nie gestohlene Akkus verkauft; alle Akkus kommen direkt vom Hersteller mit Rechnung. Die Behauptung ist ehrverletzend und unwahr. Der Verfasser war laut unserem Kassensystem nie Kunde.

4. GEWÜNSCHTE MASSNAHME
Maßnahme: Entfernung
Gewünschte Bearbeitungsfrist (optional): –

5. ERKLÄRUNG
[x] Ich bestätige, dass die Angaben nach bestem Wissen richtig und vollständig sind.
Unterschrift: Holger Austermann

--------------------------------------------------------------------
Dies ist eine automatisch erstellte Kopie Ihrer Meldung.
""", letter="2026-11-23", calc=None, family=["null_form_dates", "null_review_date"],
    kind="illegal_content_notice", name="Holger Austermann", org="Fahrradladen Austermann",
    mail="holger@fahrrad-austermann.de", urls=[f"https://de.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["Der Alte im Laden ist ein Betrüger, der E-Bike-Akkus aus Diebstahl verkauft."],
    bases=["dsa", "defamation"], case="new:austermann",
    note="Both dated fields are past events (review date, date of knowledge); the optional deadline field is "
         "left empty -> null."))

# e45 -- Munich docx: year-less numeric "3.12." with "12 Uhr mittags"
r = RID[88]
DOCS.append(doc("e45", "docx", "de", "DE", "2026-11-26", f"""
KANZLEI OBERHAUSER RIETZLER
Prinzregentenstraße 68 · 81675 München · Tel. 089 555 409 20 · rietzler@oberhauser-rietzler.de

München, 24. November 2026

Az.: OR-2026-1188/BR

Trustpilot A/S
Rechtsabteilung

Hausverwaltung Isarbogen GmbH – Bewertung https://de.trustpilot.com/reviews/{r}

Sehr geehrte Damen und Herren,

wir vertreten die Hausverwaltung Isarbogen GmbH, München.

In der genannten Bewertung wird die Privatanschrift sowie die Mobilfunknummer des Geschäftsführers unserer Mandantin veröffentlicht, verbunden mit der Aufforderung an „alle geprellten Mieter“, ihn „mal abends zu Hause zu besuchen“. Zudem heißt es, er habe „die Nebenkostenabrechnungen jahrelang gefälscht“.

Die Veröffentlichung der Privatanschrift und der Mobilfunknummer ist eine unrechtmäßige Verarbeitung personenbezogener Daten (Art. 6 DSGVO); die Fälschungsbehauptung ist unwahr und ehrverletzend. Die Aufforderung, den Geschäftsführer zu Hause aufzusuchen, ist angesichts der aufgeheizten Stimmung in der Wohnanlage eine ernstzunehmende Gefahr.

Wir fordern Sie auf, die Bewertung bis zum 3.12. 12 Uhr mittags vollständig zu entfernen. Wegen der Eilbedürftigkeit erbitten wir die Bestätigung per E-Mail.

Mit freundlichen Grüßen

Benedikt Rietzler
Rechtsanwalt
Kanzlei Oberhauser Rietzler
""", letter="2026-11-24", calc=("date", "2026-12-03"), family=["numeric_yearless", "time_of_day"],
    kind="legal_demand", name="Benedikt Rietzler", org="Kanzlei Oberhauser Rietzler", mail="rietzler@oberhauser-rietzler.de",
    rep="Hausverwaltung Isarbogen GmbH", theirs="OR-2026-1188/BR", urls=[f"https://de.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["die Nebenkostenabrechnungen jahrelang gefälscht"],
    basis="bis zum 3.12. 12 Uhr mittags", bases=["data_protection", "defamation"], case="new:isarbogen",
    note="'3.12.' without a year = the next 3 December after the letter of 24 Nov -> 2026-12-03. Fragments quoted "
         "inside the sentence ('alle geprellten Mieter') are left out of quoted_statements; only the full claim is kept."))

# e46 -- Austrian chaser after her return: "unverzüglich" over the recalled 18.11.2026: null
r = RID[158]
DOCS.append(doc("e46", "eml", "de", "AT", "2026-12-01", f"""
Sehr geehrte Damen und Herren,

zurück im Büro, nehme ich Bezug auf Ihre Nachricht vom 19. November 2026 und auf unser Schreiben vom 4. November 2026.

Die darin gesetzte Frist zum 18.11.2026 ist ungenützt verstrichen. Die Bewertung https://at.trustpilot.com/reviews/{r}, in der behauptet wird, das Weingut meiner Mandantin „panscht seinen Grünen Veltliner mit Zucker und Aroma“, ist nach wie vor abrufbar. Ihre Mitteilung, die Prüfung sei „noch nicht abgeschlossen“, ist nach mehr als vier Wochen nicht nachvollziehbar.

Namens meiner Mandantin (Weingut Pfeifenberger) fordere ich Sie nunmehr auf, die Bewertung unverzüglich zu entfernen. Ich habe meiner Mandantin empfohlen, ohne weitere Vorankündigung eine einstweilige Verfügung beim Landesgericht Salzburg zu beantragen.

Mit freundlichen Grüßen

Mag. Leopoldine Strasser-Huber
Rechtsanwältin
Kanzlei Strasser-Huber
Getreidegasse 31, 5020 Salzburg
GZ: SH/PF/26-077
""", letter="2026-12-01", calc=None, family=["chaser_immediately", "recalled_date"],
    email=mail("Leopoldine Strasser-Huber", "l.strasser-huber@ra-strasserhuber.at",
               "AW: [CI-2026-1908] Weingut Pfeifenberger – Ihr Schreiben vom 4. November",
               "<RA-SH-20261201-0907.lsh@ra-strasserhuber.at>", "2026-12-01T09:07:00+01:00",
               in_reply_to="<20261119114050.CI-2026-1908.6034@mail.trustpilot.com>",
               references=["<20261119114050.CI-2026-1908.6034@mail.trustpilot.com>"]),
    kind="legal_demand", name="Leopoldine Strasser-Huber", org="Kanzlei Strasser-Huber",
    mail="l.strasser-huber@ra-strasserhuber.at", rep="Weingut Pfeifenberger", theirs="SH/PF/26-077", ours="CI-2026-1908",
    urls=[f"https://at.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["panscht seinen Grünen Veltliner mit Zucker und Aroma"], bases=[], case="CI-2026-1908",
    note="18.11.2026 is recalled (lapsed deadline); the new demand is 'unverzüglich' -> null per SCHEMA."))
