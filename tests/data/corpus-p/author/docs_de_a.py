"""corpus-p German documents p23–p27."""
from common import RID, add_days, add_month, doc, email

DE = "https://de.trustpilot.com/reviews/"

DOCS = [
    doc("p23", "eml", "de", "2026-10-20", """
Sehr geehrte Damen und Herren,

vielen Dank für Ihre E-Mail vom 2. Oktober 2026.

Sie teilen mit, dass Sie die Bewertung unserer Mandantin, der Physiotherapie am Kastanienhain GmbH, derzeit prüfen und den Verfasser um eine Stellungnahme gebeten haben. Das nehmen wir zur Kenntnis. Die Behauptung, in der Praxis seien "Behandlungen abgerechnet worden, die nie stattgefunden haben", ist eine Tatsachenbehauptung, deren Wahrheit der Verfasser beweisen muss. Solange er dazu nichts vorlegt, ist die Bewertung zu entfernen.

Um Ihnen die Prüfung zu ermöglichen, verlängern wir die Ihnen gesetzte Frist einmalig bis zum 6. November 2026. Eine weitere Verlängerung wird es nicht geben. Geht bis dahin keine Bestätigung der Löschung ein, werden wir unserer Mandantin empfehlen, ohne weitere Ankündigung gerichtliche Hilfe in Anspruch zu nehmen.

Mit freundlichen Grüßen

Dr. Friederike Ruppmann
Rechtsanwältin | Fachanwältin für Medizinrecht

Wendtland Ruppmann Rechtsanwälte PartG mbB
Hohenstaufenring 57 · 50674 Köln
Tel. +49 221 888 413-20
ruppmann@wendtland-ruppmann.de

> Sehr geehrte Frau Dr. Ruppmann,
>
> wir bestätigen den Eingang Ihres Schreibens. Die beanstandete Bewertung wird derzeit geprüft; wir haben den Verfasser um eine Stellungnahme gebeten und melden uns, sobald diese vorliegt.
>
> Mit freundlichen Grüßen
> Trustpilot Content Integrity
""", email=email("Friederike Ruppmann", "ruppmann@wendtland-ruppmann.de",
                 "AW: [CI-2026-1526] Ihr Schreiben vom 24.09.2026 – Bewertung Physiotherapie am Kastanienhain",
                 "<4c1e8a7f2b@wendtland-ruppmann.de>", "2026-10-20T16:18:00+02:00",
                 in_reply_to="<20261002141207.CI-2026-1526.7730@mail.trustpilot.com>",
                 references=("<20261002141207.CI-2026-1526.7730@mail.trustpilot.com>",)),
        kind="legal_demand", case="CI-2026-1526", name="Friederike Ruppmann",
        org="Wendtland Ruppmann Rechtsanwälte PartG mbB", addr="ruppmann@wendtland-ruppmann.de",
        rep="Physiotherapie am Kastanienhain GmbH", ours="CI-2026-1526",
        deadline="2026-11-06", basis="bis zum 6. November 2026", bases=("defamation",),
        note="Our reference only in the subject (and In-Reply-To our Message-ID). Extension: the new date 6 Nov is "
             "the deadline. The quoted review phrase sits inside the writer's sentence (not a whole sentence): "
             "quoted_statements empty. 'Dr.' dropped."),

    doc("p24", "pdf", "de", "2026-11-16", """
WENDTLAND RUPPMANN
Rechtsanwälte PartG mbB
Hohenstaufenring 57 · 50674 Köln
Telefon +49 221 888 413-0 · kanzlei@wendtland-ruppmann.de

Wendtland Ruppmann Rechtsanwälte PartG mbB · Hohenstaufenring 57 · 50674 Köln

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

vorab per E-Mail: legal@trustpilot.com

Unser Zeichen: WR 318/26 Rp/sr
Köln, 12. November 2026

Physiotherapie am Kastanienhain GmbH ./. Trustpilot A/S
Landgericht Köln, Az. 28 O 377/26

Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit stellen wir Ihnen anliegend im Parteibetrieb die einstweilige Verfügung des Landgerichts Köln vom 10. November 2026 zu.

Darin wird Ihnen bei Meidung eines Ordnungsgeldes von bis zu 250.000 Euro untersagt, die unter https://de.trustpilot.com/reviews/683563f06d22aaffa4573292 abrufbare Bewertung mit der Aussage

"Die haben mir Behandlungen abgerechnet, die nie stattgefunden haben."

öffentlich zugänglich zu machen oder zugänglich machen zu lassen.

Die Verfügung ist mit der Zustellung wirksam. Wir fordern Sie auf, uns die Umsetzung binnen einer Woche ab Zugang dieses Schreibens schriftlich zu bestätigen. Sollten wir feststellen, dass die Bewertung nach Zustellung weiterhin abrufbar ist, werden wir ohne weitere Ankündigung einen Ordnungsmittelantrag stellen.

Mit freundlichen Grüßen

Jannik Wendtland
Rechtsanwalt
wendtland@wendtland-ruppmann.de

Anlage: Beschlussausfertigung LG Köln vom 10.11.2026
""", kind="court_order", case="CI-2026-1526", name="Jannik Wendtland",
        org="Wendtland Ruppmann Rechtsanwälte PartG mbB", addr="wendtland@wendtland-ruppmann.de",
        rep="Physiotherapie am Kastanienhain GmbH", theirs="WR 318/26 Rp/sr",
        urls=(DE + RID["kastanienhain"],), ids=(RID["kastanienhain"],),
        quotes=("Die haben mir Behandlungen abgerechnet, die nie stattgefunden haben.",),
        deadline=add_days("2026-11-16", 7), basis="binnen einer Woche ab Zugang dieses Schreibens",
        bases=("court_order",),
        note="Injunction served by the firm quoting its terms: sender the partner who signs (a colleague of the "
             "p23 writer), their_reference the firm's Zeichen, not the court's Az. Linked to CI-2026-1526 by that "
             "reference and the review. 'ab Zugang' -> received 16 Nov + 7 = 23 Nov. The firm letterhead is "
             "printed in capitals over two lines; organisation its full name."),

    doc("p25", "docx", "de", "2026-10-29", """
GARTENCENTER HOLLERHOF GMBH
Kärntner Straße 412 · 8054 Graz · Österreich
Tel. +43 316 28 44 90 · office@hollerhof-garten.at · FN 318842 t

Graz, am 27. Oktober 2026

An
Trustpilot A/S
Business Support

Betreff: Sperre unserer Bewertungseinladungen

Sehr geehrte Damen und Herren,

seit dem 19. Oktober können wir über unser Konto keine Bewertungseinladungen mehr versenden. In Ihrer Nachricht heißt es, wir hätten "selektiv" eingeladen, also nur Kundinnen und Kunden, von denen wir eine gute Bewertung erwarten.

Das trifft nicht zu. Unsere Kassensoftware schickt nach jedem Einkauf mit Kundenkarte automatisch eine Einladung, ohne jede Auswahl. Im September haben wir die Schnittstelle umgestellt; in den ersten zwei Wochen gingen dabei Einladungen nur an Onlinebestellungen hinaus, weil die Filialkassen noch nicht angebunden waren. Das war ein technischer Fehler und kein Aussieben. Ein Protokoll unseres IT-Dienstleisters liegt bei.

Unsere Seite https://at.trustpilot.com/review/hollerhof-garten.at ist für uns gerade jetzt vor der Adventsaison wichtig. Wir ersuchen Sie daher, die Sperre aufzuheben, und bitten um Ihre Rückmeldung bis spätestens 13.11.2026.

Für Rückfragen stehe ich gerne zur Verfügung.

Mit freundlichen Grüßen

Mag. Veronika Strasshofer
Geschäftsführerin
v.strasshofer@hollerhof-garten.at
""", kind="business_appeal", case="new:p-hollerhof", name="Veronika Strasshofer", org="Gartencenter Hollerhof GmbH",
        addr="v.strasshofer@hollerhof-garten.at", urls=("https://at.trustpilot.com/review/hollerhof-garten.at",),
        deadline="2026-11-13", basis="bis spätestens 13.11.2026", bases=("platform_guidelines",),
        note="Business whose review invitations were restricted. Managing director writing for her own company: "
             "represented party null. 'Mag.' dropped. The guideline (selective inviting) is invoked via our own "
             "decision: platform_guidelines."),

    doc("p26", "txt", "de", "2026-11-03", """
TRUSTPILOT – MELDUNG RECHTSWIDRIGER INHALTE (ART. 16 / ART. 22 DSA)
Meldungs-ID: DSA-DE-2026-0771904
Eingang: 03.11.2026, 10:14 MEZ
Meldeweg: Vertrauenswürdiger Hinweisgeber (Trusted Flagger)

[ Meldende Stelle ]
Organisation: Hinweisstelle Digitale Würde e.V.
Status: von der Bundesnetzagentur zugelassener vertrauenswürdiger Hinweisgeber nach Art. 22 DSA
Ansprechperson: Lea Marquardt-Osei, Referentin Meldemanagement
E-Mail: l.marquardt-osei@hinweisstelle-dw.de
Interne Vorgangsnummer: HDW-2026-08815

[ Gemeldete Inhalte ]
URL 1: https://de.trustpilot.com/reviews/6ae95cdff4fbccfe78db0dd9
URL 2: https://de.trustpilot.com/reviews/622e863a072bfcc6ce7fbbd5
Inhaltstyp: Bewertung
Kategorie: Hassrede / Volksverhetzung
Verletzte Vorschriften: § 130 StGB (Volksverhetzung), § 185 StGB (Beleidigung)

[ Begründung ]
Beide Bewertungen betreffen einen Imbissbetrieb in Offenbach und stammen nach Schreibstil und Zeitpunkt offenbar vom selben Verfasser. Sie enthalten keine Aussagen zu Leistung oder Service, sondern richten sich ausschließlich gegen die Herkunft der Inhaber.

Bewertung 1 enthält u. a.: "Solche Leute gehören nicht in unsere Stadt und sollten dorthin zurück, wo sie herkommen."
Bewertung 2 enthält u. a.: "Wer da isst, unterstützt das Pack."

Die Äußerungen stacheln zum Hass gegen eine durch ihre Herkunft bestimmte Gruppe auf. Wir bitten um unverzügliche Prüfung und Entfernung sowie um Mitteilung Ihrer Entscheidung nach Art. 16 Abs. 5 DSA.

[ Erklärung ]
[x] Die Angaben sind nach bestem Wissen richtig und vollständig.
""", kind="illegal_content_notice", case="new:p-offenbach", name="Lea Marquardt-Osei",
        org="Hinweisstelle Digitale Würde e.V.", addr="l.marquardt-osei@hinweisstelle-dw.de", theirs="HDW-2026-08815",
        urls=(DE + RID["flagger1"], DE + RID["flagger2"]), ids=(RID["flagger1"], RID["flagger2"]),
        quotes=("Solche Leute gehören nicht in unsere Stadt und sollten dorthin zurück, wo sie herkommen.",
                "Wer da isst, unterstützt das Pack."),
        bases=("dsa", "criminal"),
        note="Trusted flagger web-form copy. Their reference the flagger's internal Vorgangsnummer, not our "
             "Meldungs-ID. 'unverzüglich' -> deadline null. Beleidigung/Volksverhetzung are criminal provisions; "
             "not defamation of a person."),

    doc("p27", "pdf", "de", "2026-11-04", """
Brandhorst Yıldız Rechtsanwälte
Am Wall 141 · 28195 Bremen
Telefon 0421 696 712-0 · Telefax 0421 696 712-99
kanzlei@brandhorst-yildiz.de

Brandhorst Yıldız Rechtsanwälte · Am Wall 141 · 28195 Bremen

Trustpilot A/S
Datenschutzbeauftragter
Pilestræde 58
1112 Kopenhagen K
Dänemark

Aktenzeichen: 211/26 TB
Bremen, den 30. Oktober 2026

Auskunft und Löschung nach Art. 15, 17 DSGVO – Herr Florian Dettweiler

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Herrn Florian Dettweiler, Osterdeich 88, 28205 Bremen, anwaltlich vertreten. Eine auf uns lautende Vollmacht liegt bei.

Unser Mandant hatte bei Ihnen ein Nutzerkonto, über das er in den Jahren 2023 bis 2025 insgesamt elf Bewertungen verfasst hat. Im Juli 2026 wurde das Konto ohne vorherige Ankündigung gesperrt. Unser Mandant weiß bis heute nicht, welche Daten Sie über ihn gespeichert haben, woher sie stammen und an wen sie weitergegeben wurden.

Namens und in Vollmacht unseres Mandanten verlangen wir

1. Auskunft nach Art. 15 DSGVO über sämtliche zu seiner Person verarbeiteten Daten einschließlich einer Kopie der Daten, der Verarbeitungszwecke, der Empfänger und der Herkunft der Daten, insbesondere soweit die Sperre auf Hinweise Dritter zurückgeht;

2. nach Erteilung der Auskunft die Löschung aller Daten, die für die Abwicklung des Kontos nicht mehr erforderlich sind (Art. 17 DSGVO).

Die Auskunft ist innerhalb eines Monats ab Zugang dieses Schreibens zu erteilen. Wir bitten, sämtliche Korrespondenz ausschließlich über unsere Kanzlei zu führen.

Mit freundlichen Grüßen

Tobias Brandhorst, LL.M.
Rechtsanwalt
t.brandhorst@brandhorst-yildiz.de
""", kind="data_request", case="new:p-dettweiler", name="Tobias Brandhorst", org="Brandhorst Yıldız Rechtsanwälte",
        addr="t.brandhorst@brandhorst-yildiz.de", rep="Florian Dettweiler", theirs="211/26 TB",
        deadline=add_month("2026-11-04"), basis="innerhalb eines Monats ab Zugang dieses Schreibens",
        bases=("data_protection",),
        note="Lawyers for the data subject ('wir zeigen an, dass wir Herrn ... vertreten'). 'ab Zugang' -> one month "
             "from receipt (4 Nov) -> 4 Dec. 'LL.M.' dropped from the name. Their reference the Aktenzeichen "
             "without its label."),
]
