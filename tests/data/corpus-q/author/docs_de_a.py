"""corpus-q German documents q25–q30."""
from common import RID, add_days, doc, email

DE = "https://de.trustpilot.com/reviews/"

DOCS = [
    doc("q25", "pdf", "de", "2026-10-14", f"""
BRETTSCHNEIDER & ILGNER
Rechtsanwälte PartGmbB
Friedrich-Ebert-Straße 112 · 34119 Kassel
Tel. 0561 555 38 40 · kanzlei@brettschneider-ilgner.de

Brettschneider & Ilgner · Friedrich-Ebert-Straße 112 · 34119 Kassel

Trustpilot A/S
Rechtsabteilung
Pilestræde 58
1112 Kopenhagen K
Dänemark

Unser Zeichen: BI 2207/26 Ha/mk
Ihr Zeichen: CI-2026-0922

Kassel, 12.10.2026

Malerbetrieb Quandt GmbH ./. Trustpilot A/S
Bewertung vom 29. August 2026 – {DE}{RID['quandt']}

Sehr geehrte Damen und Herren,

wir bedanken uns für Ihre E-Mail vom 7. Oktober 2026, mit der Sie um Verlängerung der mit unserem Schreiben vom 18. September 2026 gesetzten Frist gebeten haben.

Unsere Mandantin ist bereit, Ihnen entgegenzukommen. Die ursprünglich bis zum 9. Oktober 2026 laufende Frist verlängern wir hiermit letztmalig bis Mittwoch, den 21. Oktober 2026, 12:00 Uhr.

Wir erinnern daran, dass die beanstandete Bewertung unter anderem folgende Behauptung enthält:

„Quandt hat uns einen Pfusch an die Fassade geschmiert und die Rechnung um 2.000 Euro aufgeblasen.“

Die Schlussrechnung unserer Mandantin entspricht auf den Cent dem vom Bewerter unterschriebenen Angebot; beides liegt Ihnen seit dem 18. September 2026 in Kopie vor. Es handelt sich um eine unwahre Tatsachenbehauptung, die unsere Mandantin in ihrem Unternehmenspersönlichkeitsrecht verletzt (§§ 823 Abs. 1, 1004 Abs. 1 S. 2 BGB analog). Als Hostprovider sind Sie nach Kenntnis der Rechtsverletzung zur Prüfung und Entfernung verpflichtet.

Sollte die Bewertung bis zum Fristablauf nicht entfernt sein, werden wir ohne weitere Ankündigung den Erlass einer einstweiligen Verfügung beim Landgericht Kassel beantragen.

Mit freundlichen Grüßen

Dr. Konstantin Hartung
Rechtsanwalt
Fachanwalt für Urheber- und Medienrecht
hartung@brettschneider-ilgner.de
""", kind="legal_demand", case="CI-2026-0922", name="Konstantin Hartung",
        org="Brettschneider & Ilgner Rechtsanwälte PartGmbB", addr="hartung@brettschneider-ilgner.de",
        rep="Malerbetrieb Quandt GmbH", theirs="BI 2207/26 Ha/mk", ours="CI-2026-0922",
        urls=[DE + RID["quandt"]], ids=[RID["quandt"]],
        quotes=["Quandt hat uns einen Pfusch an die Fassade geschmiert und die Rechnung um 2.000 Euro aufgeblasen."],
        deadline="2026-10-21", basis="bis Mittwoch, den 21. Oktober 2026", bases=["defamation"],
        note="Our reference quoted as 'Ihr Zeichen'. Extension: the extended date is the deadline; 9 October is "
             "only recalled. 'Dr.' is a title, not part of the name."),

    doc("q26", "eml", "de", "2026-10-22", f"""
Sehr geehrte Damen und Herren,

ich vertrete Frau Ulrike Demmel aus Baunatal. Eine auf mich lautende Vollmacht ist beigefügt.

Meine Mandantin hat am 29. August 2026 unter {DE}{RID['quandt']} eine Bewertung über den Malerbetrieb Quandt GmbH veröffentlicht. Seit dem 5. Oktober ist die Bewertung nicht mehr sichtbar. Meine Mandantin hat lediglich eine automatische Nachricht erhalten, wonach die Bewertung „vorübergehend ausgeblendet“ sei, weil ein Unternehmen Einwände erhoben habe. Eine Begründung hat sie nicht erhalten.

Die Bewertung gibt die Erfahrungen meiner Mandantin wahrheitsgemäß wieder. Ihre Aussage „Quandt hat uns einen Pfusch an die Fassade geschmiert und die Rechnung um 2.000 Euro aufgeblasen.“ ist durch ein Sachverständigengutachten vom 14. August 2026 zu den Mängeln sowie durch den Vergleich zwischen Angebot und Schlussrechnung belegt; beides übersende ich gern.

Nach Art. 17 DSA hätte meine Mandantin eine klare und spezifische Begründung erhalten müssen. Hiermit legen wir zugleich Beschwerde im Sinne von Art. 20 DSA gegen die Entscheidung ein.

Ich fordere Sie auf, die Bewertung binnen zwei Wochen ab Zugang dieser E-Mail wieder freizuschalten oder mir bis dahin die Gründe für die Ausblendung mitzuteilen. Ich weise vorsorglich darauf hin, dass meine Mandantin die Bewertung nicht zurückzieht.

Mit freundlichen Grüßen

Dr. Friederike Lanzinger, LL.M.
Rechtsanwältin

LANZINGER MEDIENRECHT
Leopoldstraße 61, 80802 München
T +49 89 555 217 40
lanzinger@lanzinger-medienrecht.de
Unser Az.: 311/26 La
""", email=email("Friederike Lanzinger", "lanzinger@lanzinger-medienrecht.de",
                 "Bewertung Frau Demmel / Malerbetrieb Quandt – Beschwerde nach Art. 20 DSA",
                 "<b7a0c2f1-3e49-4d8a-9c61-lanzinger.31126@lanzinger-medienrecht.de>",
                 "2026-10-22T09:30:00+02:00"),
        kind="consumer_appeal", case="CI-2026-0922", name="Friederike Lanzinger", org="Lanzinger Medienrecht",
        addr="lanzinger@lanzinger-medienrecht.de", rep="Ulrike Demmel", theirs="311/26 La",
        urls=[DE + RID["quandt"]], ids=[RID["quandt"]],
        quotes=["Quandt hat uns einen Pfusch an die Fassade geschmiert und die Rechnung um 2.000 Euro aufgeblasen."],
        deadline=add_days("2026-10-22", 14), basis="binnen zwei Wochen ab Zugang dieser E-Mail",
        bases=["dsa"],
        note="The reviewer's lawyer (a different person) about the review of open CI-2026-0922: same matter. "
             "'Ab Zugang' runs from the received date: 5 Nov. Degree 'LL.M.' and title 'Dr.' not in the name."),

    doc("q27", "eml", "de", "2026-11-03", """
Sehr geehrte Damen und Herren,

in der Angelegenheit

Hofbäckerei Wendeborn GmbH & Co. KG ./. Trustpilot A/S
Unser Zeichen: BI 2391/26 Il/ms

übersenden wir Ihnen im Auftrag von Herrn Rechtsanwalt Jonas Ilgner das anliegende Schreiben vom heutigen Tage mit der Bitte um Kenntnisnahme.

Rückfragen richten Sie bitte direkt an Herrn Rechtsanwalt Ilgner.

Mit freundlichen Grüßen

i.A. Marlene Sieverding
Rechtsanwaltsfachangestellte

BRETTSCHNEIDER & ILGNER Rechtsanwälte PartGmbB
Friedrich-Ebert-Straße 112 · 34119 Kassel
Tel. 0561 555 38 40 · Fax 0561 555 38 49
sieverding@brettschneider-ilgner.de

Sitz der Partnerschaft: Kassel, Partnerschaftsregister AG Essen PR 4417. Diese Nachricht ist vertraulich.
""", email=email("Marlene Sieverding", "sieverding@brettschneider-ilgner.de",
                 "Hofbäckerei Wendeborn ./. Trustpilot – BI 2391/26 Il/ms",
                 "<20261103151207.6f2a@brettschneider-ilgner.de>", "2026-11-03T15:12:00+01:00",
                 attachments=["q28"]),
        kind="legal_demand", case="new:q-wendeborn", name="Marlene Sieverding",
        org="Brettschneider & Ilgner Rechtsanwälte PartGmbB", addr="sieverding@brettschneider-ilgner.de",
        rep="Hofbäckerei Wendeborn GmbH & Co. KG", theirs="BI 2391/26 Il/ms",
        note="'i.A.' signature: the person who signs (the paralegal) is the sender. Cover email with no demand of "
             "its own: no deadline. Same firm as open CI-2026-0922 but another client: new matter."),

    doc("q28", "docx", "de", "2026-11-03", f"""
BRETTSCHNEIDER & ILGNER
Rechtsanwälte PartGmbB · Friedrich-Ebert-Straße 112 · 34119 Kassel

Vorab per E-Mail: legal@trustpilot.com

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

Unser Zeichen: BI 2391/26 Il/ms
Kassel, den 3. November 2026

Hofbäckerei Wendeborn GmbH & Co. KG ./. Trustpilot A/S
Aufforderung zur Entfernung einer Bewertung

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die Hofbäckerei Wendeborn GmbH & Co. KG, Weender Landstraße 40, 37075 Göttingen, anwaltlich vertreten. Eine Vollmacht liegt bei.

Auf Ihrer Plattform ist unter {DE}{RID['hfw']} eine Bewertung vom 21. Oktober 2026 abrufbar, in der es heißt:

„Die Brötchen vom Vortag werden morgens einfach neu aufgebacken und als frisch verkauft.“

Diese Behauptung ist unwahr. Unsere Mandantin backt in jeder ihrer sechs Filialen ausschließlich am Tag des Verkaufs; Ware vom Vortag wird gekennzeichnet und zum halben Preis als „Brot von gestern“ angeboten oder an die Göttinger Tafel abgegeben. Der Verfasser ist unserer Mandantin bekannt: Es handelt sich um einen ehemaligen Mitarbeiter, dem im September gekündigt wurde.

Die Bewertung verletzt unsere Mandantin in ihrem Unternehmenspersönlichkeitsrecht und ist geeignet, ihren Kredit zu gefährden. Wir fordern Sie daher auf, die Bewertung binnen 10 Tagen nach Zugang dieses Schreibens zu entfernen und uns dies schriftlich zu bestätigen.

Mit freundlichen Grüßen

Jonas Ilgner
Rechtsanwalt
""", kind="legal_demand", case="new:q-wendeborn", name="Jonas Ilgner",
        org="Brettschneider & Ilgner Rechtsanwälte PartGmbB", rep="Hofbäckerei Wendeborn GmbH & Co. KG",
        theirs="BI 2391/26 Il/ms", urls=[DE + RID["hfw"]], ids=[RID["hfw"]],
        quotes=["Die Brötchen vom Vortag werden morgens einfach neu aufgebacken und als frisch verkauft."],
        deadline=add_days("2026-11-03", 10), basis="binnen 10 Tagen nach Zugang dieses Schreibens",
        bases=["defamation"], part_name="2026-11-03 Schreiben an Trustpilot (BI 2391-26).docx",
        note="Attached letter: calendar days from receipt (3 Nov, the day the email arrived): 13 Nov. The letter "
             "gives no personal email; the firm's address is in the cover email only: sender_email null."),

    doc("q29", "pdf", "de", "2026-11-11", f"""
REPUBLIK ÖSTERREICH
HANDELSGERICHT WIEN
Marxergasse 1a, 1030 Wien

39 Cg 77/26k

BESCHLUSS

Das Handelsgericht Wien hat durch die Richterin Mag. Katharina Pürstl in der Rechtssache der Antragstellerin Weingut Pöltl-Rabensteiner OG, Kellergasse 12, 2170 Poysdorf, vertreten durch Dr. Anselm Wiesinger, Rechtsanwalt in Wien, gegen die Antragsgegnerin Trustpilot A/S, Pilestræde 58, 1112 Kopenhagen, Dänemark, wegen Auskunft nach § 18 Abs. 4 ECG, beschlossen:

1. Die Antragsgegnerin ist schuldig, der Antragstellerin binnen acht Tagen ab Zustellung dieses Beschlusses den Namen und die Adresse jenes Nutzers bekanntzugeben, der am 2. September 2026 unter https://at.trustpilot.com/reviews/{RID['at_rev']} eine Bewertung mit unter anderem folgendem Wortlaut veröffentlicht hat:

„Beim Pöltl wird der Wein mit Wasser gestreckt, das weiß im ganzen Ort jeder.“

2. Die Antragstellerin hat die Kosten ihres Antrags vorläufig selbst zu tragen.

BEGRÜNDUNG

Die Antragstellerin hat glaubhaft gemacht, dass die genannte Äußerung den Tatbestand der Kreditschädigung nach § 1330 Abs. 2 ABGB erfüllen kann und dass die Kenntnis von Namen und Adresse des Nutzers eine wesentliche Voraussetzung für die Rechtsverfolgung bildet. Ein überwiegendes rechtliches Interesse der Antragstellerin im Sinne des § 18 Abs. 4 ECG liegt daher vor.

RECHTSMITTELBELEHRUNG

Gegen diesen Beschluss ist der Rekurs an das Oberlandesgericht Wien zulässig. Er ist binnen 14 Tagen ab Zustellung beim Handelsgericht Wien einzubringen.

Handelsgericht Wien, Abteilung 39
Wien, 4. November 2026

Mag. Katharina Pürstl
Richterin

Elektronische Ausfertigung gemäß § 79 GOG
""", kind="court_order", case="new:q-poeltl", name="Katharina Pürstl", org="Handelsgericht Wien",
        theirs="39 Cg 77/26k", urls=["https://at.trustpilot.com/reviews/" + RID["at_rev"]], ids=[RID["at_rev"]],
        quotes=["Beim Pöltl wird der Wein mit Wasser gestreckt, das weiß im ganzen Ort jeder."],
        deadline=add_days("2026-11-11", 8), basis="binnen acht Tagen ab Zustellung dieses Beschlusses",
        bases=["court_order", "defamation"],
        note="A non-UK court's order served by the court itself: the judge who signs is the sender, the court the "
             "organisation, the court file number their reference; no represented party (the applicant is a party, "
             "not the court's client). Service = received (11 Nov): 19 Nov. The 14-day Rekurs period is our right "
             "of appeal, not a demand. 'Mag.' is a degree."),

    doc("q30", "scan", "de", "2026-11-09", """
Hartmut Schöllgen
Stapenhorststraße 88
33615 Bielefeld
h.schoellgen@posteo.de

An
Trustpilot A/S
– Datenschutzbeauftragter –
Pilestræde 58
1112 Kopenhagen K
DÄNEMARK

Bielefeld, den 6. November 2026

Auskunftsersuchen nach Art. 15 DSGVO und Widerspruch nach Art. 21 DSGVO

Sehr geehrte Damen und Herren,

seit dem 19. Oktober 2026 ist mein Nutzerkonto bei Ihnen gesperrt. Die E-Mail, die ich dazu erhalten habe, spricht nur von „auffälligem Bewertungsverhalten“. Ich habe in sieben Jahren etwa vierzig Bewertungen geschrieben, alle über Firmen, bei denen ich tatsächlich Kunde war.

Ich verlange hiermit Auskunft nach Art. 15 DSGVO über alle personenbezogenen Daten, die Sie über mich speichern, insbesondere

– die Daten, auf deren Grundlage mein Konto gesperrt wurde, und die Logik einer etwaigen automatisierten Entscheidung (Art. 15 Abs. 1 lit. h DSGVO),
– alle Meldungen, die Unternehmen oder andere Nutzer über meine Bewertungen gemacht haben,
– eine Kopie der Daten nach Art. 15 Abs. 3 DSGVO in einem gängigen elektronischen Format.

Zugleich widerspreche ich nach Art. 21 DSGVO jeder Verarbeitung meiner Daten zu Zwecken der Profilbildung, soweit sie auf berechtigte Interessen gestützt wird.

Ich bitte um Ihre Antwort bis zum 30.11. an die oben genannte E-Mail-Adresse. Die gesetzliche Monatsfrist ist mir bekannt; ich bitte Sie dennoch, sie nicht auszuschöpfen, da ich das Konto beruflich nutze.

Mit freundlichen Grüßen

Hartmut Schöllgen
""", kind="data_request", case="new:q-schoellgen", name="Hartmut Schöllgen", addr="h.schoellgen@posteo.de",
        deadline="2026-11-30", basis="bis zum 30.11.", bases=["data_protection"],
        note="Date without a year: 30 November 2026. The statutory month is mentioned but the writer asks for an "
             "earlier date; his date is the deadline."),
]
