"""corpus-s, German documents s31-s35."""
from __future__ import annotations

from common import R, doc, mail, plus_days, rurl

DOCS = []

# s31 - Haberland Vogt write again on CI-2026-0718: "Unser Zeichen" repeated and their own letter cited by date; no URL
DOCS.append(doc("s31", "pdf", "de", "2026-10-20", """
HABERLAND VOGT RECHTSANWÄLTE PARTG MBB
Rosenheimer Straße 141 · 81671 München
Tel. 089 555 418-0 · f.haberland@haberland-vogt.de

Haberland Vogt · Rosenheimer Straße 141 · 81671 München

Trustpilot A/S
Rechtsabteilung
Pilestræde 58
1112 Kopenhagen K
Dänemark

Vorab per E-Mail: legal@trustpilot.com

München, 16.10.2026

Unser Zeichen: 187/26 HV/ts
Ihr Zeichen: –

Bäckerei Sonnleitner GmbH ./. Trustpilot A/S
Bewertung vom 2. September 2026 zur Filiale Giesing

Sehr geehrte Damen und Herren,

wir nehmen Bezug auf unser Schreiben vom 11. September 2026, mit dem wir Sie namens und in Vollmacht der Bäckerei Sonnleitner GmbH zur Entfernung der oben genannten Bewertung aufgefordert haben. Eine inhaltliche Antwort haben wir bis heute nicht erhalten; Ihre Eingangsbestätigung vom 14. September verweist lediglich auf eine „Prüfung“.

Zur Erinnerung: Die Bewertung enthält unter anderem folgende Behauptungen:

„Hinter der Theke lief eine Maus herum, und die Verkäuferin hat nur gelacht.“

„Das Brot ist vom Vortag und wird als frisch verkauft.“

Beide Aussagen sind unwahre Tatsachenbehauptungen. Die Filiale Giesing wurde am 19. September 2026 unangekündigt von der Lebensmittelüberwachung der Landeshauptstadt München kontrolliert; der Bericht, den wir beifügen, enthält keinerlei Hinweis auf Schädlingsbefall. Sämtliche Backwaren werden täglich frisch aus der Backstube in Haidhausen geliefert, Vortagsware wird ausschließlich gekennzeichnet und reduziert verkauft.

Die Verbreitung dieser Behauptungen verletzt das Unternehmenspersönlichkeitsrecht unserer Mandantin und erfüllt den Tatbestand der üblen Nachrede. Als Hostprovider sind Sie nach Kenntnis der Rechtsverletzung zur Prüfung und Entfernung verpflichtet.

Wir fordern Sie daher nochmals auf, die Bewertung bis zum 30. Oktober 2026 zu entfernen und uns dies schriftlich zu bestätigen. Nach fruchtlosem Fristablauf werden wir unserer Mandantin empfehlen, ohne weitere Ankündigung gerichtliche Hilfe in Anspruch zu nehmen.

Mit freundlichen Grüßen

Florian Haberland
Rechtsanwalt
Fachanwalt für Gewerblichen Rechtsschutz

Anlage: Kontrollbericht vom 19.09.2026
""", kind="legal_demand", name="Florian Haberland", org="Haberland Vogt Rechtsanwälte PartG mbB",
    mail="f.haberland@haberland-vogt.de", rep="Bäckerei Sonnleitner GmbH", theirs="187/26 HV/ts",
    quotes=["Hinter der Theke lief eine Maus herum, und die Verkäuferin hat nur gelacht.",
            "Das Brot ist vom Vortag und wird als frisch verkauft."],
    deadline="2026-10-30", basis="bis zum 30. Oktober 2026", bases=["defamation"], case="CI-2026-0718",
    note="Unser Zeichen repeated; own earlier letter by date; no review id"))

# s32 - the reviewer's lawyer appeals for the reviewer, named once; same review URL as CI-2026-0718
DOCS.append(doc("s32", "eml", "de", "2026-10-26", f"""
Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die rechtlichen Interessen von Frau Theresa Albrecht, München, vertreten. Eine auf uns lautende Vollmacht liegt in Kopie bei.

Unsere Mandantin ist Verfasserin der Bewertung {rurl("de", "sonn")}. Sie wurde am 19. Oktober 2026 von Ihnen per E-Mail darüber informiert, dass die Bewertung „aufgrund einer rechtlichen Beanstandung vorübergehend nicht sichtbar“ sei. Eine Begründung, welche Aussage beanstandet wird und auf welcher Grundlage, enthielt die Nachricht nicht.

Unsere Mandantin hat die Filiale am 1. September 2026 besucht und schildert dort ein eigenes Erlebnis. Sie ist bereit, ihre Angaben zu belegen; insbesondere liegt ein mit Zeitstempel versehenes Foto vor, das sie noch am selben Tag der Filialleitung per E-Mail übersandt hat. Es handelt sich um eine zulässige Meinungsäußerung auf wahrer Tatsachengrundlage.

Wir legen hiermit namens unserer Mandantin Beschwerde gegen Ihre Entscheidung ein und verlangen

1. eine Begründung nach Art. 17 DSA, welche Inhalte aus welchem Grund eingeschränkt wurden,
2. die Behandlung dieser Beschwerde im internen Beschwerdemanagementsystem nach Art. 20 DSA sowie
3. die Wiederherstellung der Sichtbarkeit der Bewertung.

Wir bitten um Ihre Stellungnahme innerhalb von 14 Tagen. Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

Dr. Miriam Drexler, LL.M.
Rechtsanwältin

Drexler Rechtsanwälte
Leopoldstraße 62 · 80802 München
Tel. 089 555 7730 · m.drexler@drexler-recht.de
Unser Az.: 311/26 DR
""", email=mail("Kanzlei Drexler | Sekretariat", "sekretariat@drexler-recht.de",
                "Bewertung Bäckerei Sonnleitner - Beschwerde unserer Mandantin",
                "<a3f7c2e9-14b8-4d6a-9e05-b27c8d1f4a60@drexler-recht.de>", "2026-10-26T10:41:00+01:00"),
    kind="consumer_appeal", name="Miriam Drexler", org="Drexler Rechtsanwälte", mail="m.drexler@drexler-recht.de",
    rep="Theresa Albrecht", theirs="311/26 DR", urls=[rurl("de", "sonn")], ids=[R["sonn"]],
    deadline=plus_days("2026-10-26", 14), basis="innerhalb von 14 Tagen", bases=["dsa"], case="CI-2026-0718",
    note="the reviewer's lawyer on a review an open case concerns; mailbox display name differs"))

# s33 - newly instructed lawyer for the data subject of CI-2026-0749 ("für unsere Mandantin Frau Dr. ...")
DOCS.append(doc("s33", "docx", "de", "2026-10-30", f"""
WEISSGERBER & TANN
Rechtsanwälte
Neuer Wall 36 · 20354 Hamburg
Telefon 040 555 9120 · b.tann@weissgerber-tann.de

Trustpilot A/S
Datenschutz / Rechtsabteilung
Pilestræde 58
1112 Kopenhagen K
Dänemark

Hamburg, den 28. Oktober 2026

Unser Zeichen: T-0412/26

Löschungs- und Auskunftsverlangen nach Art. 15, 17 DSGVO

Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass uns Frau Dr. Ilse Brandauer, Hamburg, mit der Wahrnehmung ihrer Interessen beauftragt hat. Ordnungsgemäße Bevollmächtigung wird anwaltlich versichert.

Unsere Mandantin ist Chefärztin eines Rehabilitationszentrums in Schleswig-Holstein. In der Bewertung {rurl("de", "brand")} wird sie mit vollem Namen und Titel genannt; außerdem werden Angaben über ihren Gesundheitszustand und ihr Privatleben gemacht, die sie als Person betreffen und mit der bewerteten Leistung der Einrichtung nichts zu tun haben.

Unsere Mandantin hat Sie bereits selbst zur Löschung aufgefordert. Eine Entscheidung ist uns nicht bekannt. Wir fordern Sie daher namens unserer Mandantin auf,

1. die sie betreffenden personenbezogenen Daten in der genannten Bewertung gemäß Art. 17 Abs. 1 lit. d DSGVO zu löschen, hilfsweise die Bewertung insgesamt zu entfernen,
2. unserer Mandantin gemäß Art. 15 DSGVO Auskunft darüber zu erteilen, welche personenbezogenen Daten über sie verarbeitet werden, insbesondere ob und an wen Daten aus ihrer eigenen Meldung weitergegeben wurden,

und uns dies binnen zwei Wochen ab Zugang dieses Schreibens zu bestätigen. Die Verarbeitung von Gesundheitsdaten Dritter ohne Rechtsgrundlage ist nach Art. 9 DSGVO unzulässig; auf eine Abwägung mit der Meinungsfreiheit des Verfassers kommt es insoweit nicht an.

Sollte die Frist ungenutzt verstreichen, wird unsere Mandantin Beschwerde bei der zuständigen Aufsichtsbehörde einlegen und gerichtliche Schritte prüfen.

Mit freundlichen Grüßen

Benedikt Tann
Rechtsanwalt
""", kind="data_request", name="Benedikt Tann", org="Weißgerber & Tann", mail="b.tann@weissgerber-tann.de",
    rep="Ilse Brandauer", theirs="T-0412/26", urls=[rurl("de", "brand")], ids=[R["brand"]],
    deadline=plus_days("2026-10-30", 14), basis="binnen zwei Wochen ab Zugang dieses Schreibens",
    bases=["data_protection"], case="CI-2026-0749",
    note="newly instructed lawyer; client named with title once; deadline from receipt"))

# s34 - a German court (not UK) serves a preliminary injunction on the platform; scanned; signed i.A.
DOCS.append(doc("s34", "scan", "de", "2026-11-04", f"""
LANDGERICHT OSNABRÜCK
12. Zivilkammer – Geschäftsstelle
Neumarkt 2 · 49074 Osnabrück
Telefon 0541 315-0 · poststelle@lg-osnabrueck.niedersachsen.de

Landgericht Osnabrück · Postfach 3340 · 49023 Osnabrück

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

Aktenzeichen: 12 O 2291/26
Datum: 29.10.2026

Zustellung nach der Verordnung (EU) 2020/1784

In dem einstweiligen Verfügungsverfahren
Kurz Haustechnik GmbH, Antragstellerin,
Verfahrensbevollmächtigte: Rechtsanwälte Sommerfeld & Kranz, Osnabrück,
gegen
Trustpilot A/S, Antragsgegnerin,

wird Ihnen anliegend eine beglaubigte Abschrift des Beschlusses der Kammer vom 27.10.2026 nebst Antragsschrift zugestellt. Der Tenor des Beschlusses lautet:

„1. Der Antragsgegnerin wird im Wege der einstweiligen Verfügung – wegen Dringlichkeit ohne mündliche Verhandlung – bei Meidung eines vom Gericht für jeden Fall der Zuwiderhandlung festzusetzenden Ordnungsgeldes bis zu 250.000,00 EUR, ersatzweise Ordnungshaft, untersagt, die unter {rurl("de", "kurz")} abrufbare Bewertung mit der Äußerung ‚Kurz Haustechnik hat bei uns die Heizung absichtlich falsch eingestellt, damit sie wiederkommen können.‘ öffentlich zugänglich zu machen oder zugänglich machen zu lassen.

2. Die Kosten des Verfahrens trägt die Antragsgegnerin.

3. Der Streitwert wird auf 10.000,00 EUR festgesetzt.“

Die Kammer hat die Äußerung als unwahre Tatsachenbehauptung gewertet, die geeignet ist, die Antragstellerin in ihrem Ruf als Handwerksbetrieb herabzusetzen (§§ 823 Abs. 1, 1004 Abs. 1 Satz 2 BGB analog, § 186 StGB).

Gegen den Beschluss kann Widerspruch eingelegt werden. Auf die beigefügte Rechtsbehelfsbelehrung wird hingewiesen.

i.A.
Marlene Petersen
Justizfachangestellte
als Urkundsbeamtin der Geschäftsstelle
""", kind="court_order", name="Marlene Petersen", org="Landgericht Osnabrück",
    mail="poststelle@lg-osnabrueck.niedersachsen.de", rep=None, theirs="12 O 2291/26",
    urls=[rurl("de", "kurz")], ids=[R["kurz"]],
    quotes=["Kurz Haustechnik hat bei uns die Heizung absichtlich falsch eingestellt, damit sie wiederkommen können."],
    bases=["court_order", "defamation"], case="new:kurz-osnabrueck",
    note="court as sender (full name); Aktenzeichen as their ref; injunction without a date -> no deadline; i.A. signature"))

# s35 - lawyer for a person named once; letter merely mentions and encloses a judgment against the reviewer
DOCS.append(doc("s35", "pdf", "de", "2026-11-10", f"""
WENDLING RECHTSANWÄLTE
Dr. Carola Wendling, LL.M. · Rechtsanwältin
Hohenzollernring 57 · 50672 Köln
Tel. 0221 555 3318 · wendling@wendling-recht.de

Trustpilot A/S
z. Hd. Rechtsabteilung
Pilestræde 58
1112 Kopenhagen K
Dänemark

Köln, 6. November 2026

Unser Zeichen: WE 2611/26

Bewertung {rurl("de", "physio")}

Sehr geehrte Damen und Herren,

ich vertrete unsere Mandantin Frau Heike Lorenz, Inhaberin der Praxis „Physiotherapie am Dom“ in Köln.

In der oben genannten Bewertung behauptet ein ehemaliger Patient, unsere Mandantin habe ihn „während der Behandlung unsittlich berührt“, und weiter: „Frau Lorenz rechnet Behandlungen ab, die nie stattgefunden haben.“

Unsere Mandantin hat gegen den Verfasser, der sich uns gegenüber zu erkennen gegeben hat, Unterlassungsklage erhoben. Das Landgericht Köln hat den Beklagten mit Urteil vom 21. Oktober 2026 (Az. 28 O 117/26) verurteilt, diese Behauptungen zu unterlassen und die Bewertung zu löschen. Eine Kopie des Urteils füge ich bei. Der Beklagte ist dem bislang nicht nachgekommen und reagiert auf Schreiben nicht.

Das Urteil richtet sich nicht gegen Sie. Es belegt jedoch, dass es sich um unwahre und ehrverletzende Tatsachenbehauptungen handelt. Ich fordere Sie daher namens unserer Mandantin auf, die Bewertung bis spätestens 24.11.2026 zu entfernen.

Mit freundlichen Grüßen

Dr. Carola Wendling, LL.M.
Rechtsanwältin

Anlage: Urteil LG Köln vom 21.10.2026
""", kind="legal_demand", name="Carola Wendling", org="Wendling Rechtsanwälte", mail="wendling@wendling-recht.de",
    rep="Heike Lorenz", theirs="WE 2611/26", urls=[rurl("de", "physio")], ids=[R["physio"]],
    quotes=["während der Behandlung unsittlich berührt", "Frau Lorenz rechnet Behandlungen ab, die nie stattgefunden haben."],
    deadline="2026-11-24", basis="bis spätestens 24.11.2026", bases=["defamation", "court_order"],
    case="new:physio-lorenz",
    note="judgment against the reviewer merely enclosed -> legal_demand; court Az. is not their reference"))
