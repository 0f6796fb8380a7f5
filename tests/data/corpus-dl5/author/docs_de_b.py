"""German documents f33–f36 (Germany, Austria)."""
from common import RID, doc, mail

R33 = RID[64]
R34 = RID[66]
R36 = RID[70]
C1705 = RID[155]

F33 = doc("f33", "pdf", "de", "DE", "2026-11-18", f"""
SEEBACHER KIENLE RECHTSANWÄLTE
Maximilianstraße 35 · 80539 München
Tel. 089 555 71 40 · kanzlei@seebacher-kienle.de

Trustpilot A/S
Rechtsabteilung
Pilestræde 58
1112 Kopenhagen K, Dänemark

München, 16. November 2026
Unser Az.: SK 1520/26

Alpenglück Ferienwohnungen GmbH ./. Florian Wenzeis
Landgericht München I, Az. 9 O 11842/26

Sehr geehrte Damen und Herren,

wir vertreten die Alpenglück Ferienwohnungen GmbH, Garmisch-Partenkirchen, in einem Rechtsstreit gegen den Verfasser der Bewertung https://de.trustpilot.com/reviews/{R33}, Herrn Florian Wenzeis.

Zu Ihrer Information teilen wir mit, dass das Landgericht München I Termin zur mündlichen Verhandlung auf Donnerstag, den 10. Dezember 2026, 9:30 Uhr, Sitzungssaal B 224, bestimmt hat. Der Beklagte hat die Klageerwiderung bereits eingereicht; wir werden bis zum 30. November 2026 hierauf erwidern.

Von Ihnen begehren wir derzeit nichts. Sollte das Gericht die Entfernung der Bewertung anordnen, werden wir Ihnen das Urteil unaufgefordert übermitteln. Wir bitten lediglich darum, die Bewertung bis zum Abschluss des Verfahrens nicht ohne Rücksprache zu verändern, da sie Gegenstand der Beweisaufnahme ist.

Mit freundlichen Grüßen

Benedikt Kienle
Rechtsanwalt
""", letter="2026-11-16", calc=None,
    family=["null_hearing_date", "null_sender_plans"],
    kind="legal_demand", name="Benedikt Kienle", org="Seebacher Kienle Rechtsanwälte", mail="kanzlei@seebacher-kienle.de",
    rep="Alpenglück Ferienwohnungen GmbH", theirs="SK 1520/26",
    urls=[f"https://de.trustpilot.com/reviews/{R33}"], ids=[R33], bases=["defamation"], case="new:alpenglueck",
    note="Null: the hearing (10 Dec) is the court's and 30 Nov is the sender's own filing date. The request not to "
         "alter the review 'bis zum Abschluss des Verfahrens' has no calendar date. legal_bases: the underlying "
         "claim against the reviewer is about the review's content (Rechtsstreit gegen den Verfasser) – defamation "
         "is the closest fit; no order exists yet (not court_order).")

F34 = doc("f34", "eml", "de", "DE", "2026-10-29", f"""
Hallo Legal-Team,

ich eskaliere hier einen Fall für meinen Kunden Weingut Hessenauer aus Eltville (Rheingau), Premium-Paket seit 2023.

Es geht um diese Bewertung: https://de.trustpilot.com/reviews/{R34}

Der Verfasser schreibt, das Weingut habe ihm „verdorbenen Wein verkauft und die Rücknahme verweigert“. Laut Herrn Hessenauer gibt es zu dem Namen keine Bestellung, weder im Onlineshop noch im Hofladen. Der Kunde hat die Bewertung am 20.10. über das Business-Portal gemeldet und hat seitdem nur die automatische Eingangsbestätigung bekommen.

Herr Hessenauer war heute am Telefon ziemlich verärgert. Er möchte bis kommenden Mittwoch eine Rückmeldung, ob die Bewertung geprüft wird, und hat angedeutet, sonst seinen Anwalt einzuschalten und den Vertrag nicht zu verlängern.

Könnt ihr euch das anschauen? Ich kann gern einen Call mit ihm organisieren.

Danke und viele Grüße
Lea Vorderwinkler
Account Managerin DACH
Trustpilot
lea.vorderwinkler@trustpilot.com
""", letter="2026-10-29", calc=("next_weekday", "2026-10-29", 2),
    email=mail("Lea Vorderwinkler", "lea.vorderwinkler@trustpilot.com", "Eskalation: Weingut Hessenauer – Bewertung",
               "<AM0PR83MB0611.vorderwinkler.20261029@trustpilot.com>", "2026-10-29T15:02:00+01:00"),
    family=["informal_weekday", "reported_moechte"],
    kind="internal_escalation", name="Lea Vorderwinkler", org="Trustpilot", mail="lea.vorderwinkler@trustpilot.com",
    rep="Weingut Hessenauer",
    urls=[f"https://de.trustpilot.com/reviews/{R34}"], ids=[R34],
    quotes=["verdorbenen Wein verkauft und die Rücknahme verweigert"],
    basis="bis kommenden Mittwoch", bases=[], case="new:hessenauer",
    note="'bis kommenden Mittwoch' in an email of Thu 29 Oct = the next Wednesday, 4 Nov. The customer's deadline "
         "relayed by the colleague. 20.10. is a past event.")

F35 = doc("f35", "eml", "de", "DE", "2026-11-04", """
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht.

Vom 4. November bis einschließlich 18. November 2026 bin ich nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Angelegenheiten wenden Sie sich bitte an meine Kollegin, Frau Rechtsanwältin Wiebke Rathjens (w.rathjens@rathjens-wischhusen.de), oder an unser Sekretariat unter 040 555 389 0.

Bitte beachten Sie, dass unsere Kanzlei am 31. Oktober und am 24. Dezember geschlossen ist.

Mit freundlichen Grüßen

Malte Wischhusen
Rechtsanwalt
Rathjens Wischhusen Rechtsanwälte
Ballindamm 17 · 20095 Hamburg

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.
""", letter="2026-11-04", calc=None,
    email=mail("Malte Wischhusen", "m.wischhusen@rathjens-wischhusen.de",
               "Automatische Antwort: Elbtal Sanitär GmbH ./. Trustpilot [CI-2026-1705]",
               "<HE1PR07MB5520.auto.20261104@rathjens-wischhusen.de>", "2026-11-04T14:02:40+01:00",
               in_reply_to="<20261104140233.CI-2026-1705.4410@mail.trustpilot.com>",
               references=["<20261104140233.CI-2026-1705.4410@mail.trustpilot.com>"]),
    family=["null_out_of_office", "null_closure"],
    kind="legal_demand", name="Malte Wischhusen", org="Rathjens Wischhusen Rechtsanwälte", mail="m.wischhusen@rathjens-wischhusen.de",
    ours="CI-2026-1705", case="CI-2026-1705",
    note="Auto-reply: the absence to 18 November and the closure days are the sender's; nothing is demanded -> null. "
         "Kind follows the matter. The client is named only in our subject line, not by the sender: represented_party "
         "null, legal_bases []. "
         "Hamburg closure on 31 Oct (Reformationstag) mentioned only as a closure.")

F36 = doc("f36", "docx", "de", "AT", "2026-10-21", f"""
Mag. Dr. Helene Zach-Burgstaller
Rechtsanwältin
Landstraßer Hauptstraße 71/2/14, 1030 Wien
T +43 1 555 19 30 · office@zach-burgstaller.at

An
Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K, Dänemark

Wien, am 19. Oktober 2026
GZ: ZB 26/0417

Betrifft: Heuriger Gschwendtner KG – Bewertung https://at.trustpilot.com/reviews/{R36}

Sehr geehrte Damen und Herren!

Ich vertrete die Heuriger Gschwendtner KG, Wien-Stammersdorf. Die Vollmacht wird gemäß § 8 RAO behauptet.

In der genannten Bewertung wird behauptet, im Heurigen würde „Wein aus dem Tetrapack als Eigenbau ausgeschenkt“. Weiters heißt es: „Die Wirtin hat mich vor allen Gästen als Lügner beschimpft.“ Beide Behauptungen sind unrichtig und kreditschädigend im Sinne des § 1330 ABGB. Meine Mandantin schenkt ausschließlich Wein aus eigenem Anbau aus, was die Kellerbücher belegen.

Namens meiner Mandantin fordere ich Sie auf, die Bewertung innerhalb von sieben Arbeitstagen ab dem Datum dieses Schreibens zu löschen. Andernfalls wird meine Mandantin ohne weitere Ankündigung eine Klage samt Antrag auf Erlassung einer einstweiligen Verfügung einbringen.

Mit freundlichen Grüßen

Mag. Dr. Helene Zach-Burgstaller
""", letter="2026-10-19", calc=("wdays", "2026-10-19", 7, "AT", "9"), subdiv="9",
    family=["relative_working_days", "holiday_crossed", "relative_letter_date", "imperative_auffordern"],
    kind="legal_demand", name="Helene Zach-Burgstaller", org=None, mail="office@zach-burgstaller.at",
    rep="Heuriger Gschwendtner KG", theirs="ZB 26/0417",
    urls=[f"https://at.trustpilot.com/reviews/{R36}"], ids=[R36],
    quotes=["Wein aus dem Tetrapack als Eigenbau ausgeschenkt", "Die Wirtin hat mich vor allen Gästen als Lügner beschimpft."],
    basis="innerhalb von sieben Arbeitstagen ab dem Datum dieses Schreibens", bases=["defamation"], case="new:gschwendtner",
    note="Vienna sender (subdivision 9). Seven Austrian working days from Mon 19 Oct skip the Nationalfeiertag (Mon "
         "26 Oct) -> Thu 29 Oct; weekends only would give Wed 28 Oct. A sole practitioner with no firm name: "
         "organisation null. 'Mag. Dr.' are titles. § 1330 ABGB (Ehrenbeleidigung/Kreditschädigung) = defamation.")

DOCS = [F33, F34, F35, F36]
