"""corpus-p German documents p28–p32."""
from common import RID, add_days, add_working_days, doc, email

DOCS = [
    doc("p28", "eml", "de", "2026-11-10", """
Guten Tag

Ich habe Ihnen bereits im September wegen der Bewertung von "Familie R. aus Basel" auf unserer Seite geschrieben. Damals hiess es, man werde die Sache prüfen. Seither habe ich nichts mehr gehört, und die Bewertung steht immer noch online.

Ich wiederhole es gerne: Die Gäste, die diese Bewertung geschrieben haben, haben im August zwei Nächte bei uns verbracht und sind nach einem Streit über eine Hundegebühr abgereist. In der Bewertung wird unser Küchenchef mit Namen genannt und als Trinker bezeichnet. Das ist unwahr und verletzt ihn und unser Haus in der Persönlichkeit (Art. 28 ZGB). Herr Imboden arbeitet seit neunzehn Jahren bei uns, und mehrere Stammgäste haben ihn schon darauf angesprochen.

Ich erwarte jetzt eine klare Antwort, ob Sie die Bewertung entfernen oder wenigstens den Namen unseres Küchenchefs unkenntlich machen. Bitte melden Sie sich bis Freitag bei mir. Sonst muss ich unseren Anwalt einschalten, was ich eigentlich vermeiden wollte.

Freundliche Grüsse

Corinne Zbinden-Aebi
Direktorin
Hotel Alpenrose Lenk AG
Rawilstrasse 22, 3775 Lenk im Simmental
Tel. +41 33 736 14 80
""", email=email("Hotel Alpenrose Lenk – Direktion", "direktion@alpenrose-lenk.ch",
                 "Nochmals: Bewertung auf unserer Seite",
                 "<b7e2c9d1-3f44-4a8e-9c10-5d6e7f8a9b0c@alpenrose-lenk.ch>", "2026-11-10T08:31:00+01:00"),
        kind="legal_demand", case="CI-2026-1541", name="Corinne Zbinden-Aebi", org="Hotel Alpenrose Lenk AG",
        addr="direktion@alpenrose-lenk.ch", deadline="2026-11-13", basis="bis Freitag",
        bases=("defamation",),
        note="The same party writing again, without reference, URL or review id: linked to CI-2026-1541 by the "
             "sender address and company. Sent Tue 10 Nov: 'bis Freitag' -> 13 Nov. The From display name is the "
             "hotel's direction mailbox; the signer is the sender and the From address her address. Swiss "
             "Persönlichkeitsverletzung (Art. 28 ZGB) with an untrue factual allegation -> defamation. She writes for "
             "her own hotel (the chef is not her client): represented party null."),

    doc("p29", "scan", "de", "2026-11-12", """
Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter EDÖB
Direktionsbereich Datenschutz
Feldeggweg 1, 3003 Bern
Tel. +41 58 462 43 95, www.edoeb.admin.ch

Einschreiben
Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

Unser Zeichen: 2026-04417/GUM
Bern, 9. November 2026

Anzeige von Herrn Reto Bachofner betreffend Bearbeitung von Personendaten

Sehr geehrte Damen und Herren

Herr Reto Bachofner, wohnhaft in Winterthur, hat sich an den EDÖB gewandt. Er macht geltend, dass in einer Bewertung auf Ihrer Plattform sein voller Name, sein Arbeitgeber und seine Funktion genannt würden und dass Trustpilot auf sein Gesuch um Entfernung dieser Angaben vom 2. September 2026 nicht reagiert habe.

Der EDÖB prüft gestützt auf Art. 49 des Bundesgesetzes über den Datenschutz (DSG), ob Anlass zur Eröffnung einer Untersuchung besteht. Trustpilot bietet seine Dienste in der Schweiz an; das DSG ist daher nach Art. 3 Abs. 1 DSG anwendbar.

Wir ersuchen Sie, uns bis zum 30. November 2026 folgende Fragen zu beantworten:

1. Haben Sie das Gesuch von Herrn Bachofner erhalten, und wie haben Sie es behandelt?
2. Nach welchen Kriterien entscheiden Sie, ob Namen von Dritten in Bewertungen belassen oder entfernt werden?
3. Haben Sie nach Art. 14 DSG eine Vertretung in der Schweiz bezeichnet?

Wir danken Ihnen für Ihre Mitwirkung.

Freundliche Grüsse

Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter

lic. iur. Martina Gubler-Rohrer
Juristin, Direktionsbereich Datenschutz
""", kind="regulator", case="new:p-bachofner", name="Martina Gubler-Rohrer",
        org="Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter", theirs="2026-04417/GUM",
        deadline="2026-11-30", basis="bis zum 30. November 2026", bases=("data_protection",),
        note="Privacy authority abroad (Switzerland). Scan. Organisation the authority's full name without the "
             "'EDÖB' abbreviation; 'lic. iur.' dropped. No email address of the official: sender_email null. The "
             "complainant is not a client: represented party null. No review id or URL is given."),

    doc("p30", "pdf", "de", "2026-10-21", """
LANDESPOLIZEIDIREKTION WIEN
Landeskriminalamt
Ermittlungsbereich 11 – Cybercrime
Berggasse 43, 1090 Wien
Tel. +43 59133 91-4410

GZ: PAD/26/01877412/001/KRIM
Wien, am 20.10.2026

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

per E-Mail: legal@trustpilot.com

Ersuchen um Auskunft über Nutzerdaten

Sehr geehrte Damen und Herren!

Das Landeskriminalamt Wien führt im Auftrag der Staatsanwaltschaft Wien ein Ermittlungsverfahren wegen des Verdachts der gefährlichen Drohung (§ 107 StGB) gegen einen unbekannten Täter.

Auf Ihrer Plattform wurde unter https://at.trustpilot.com/reviews/6273656f0f1ad35a70653c83 eine Bewertung eines Friseursalons in Wien-Favoriten veröffentlicht. Darin heißt es unter anderem: "Beim nächsten Mal komme ich nicht zum Haareschneiden, sondern mit einem Kanister Benzin."

Gemäß Anordnung der Staatsanwaltschaft Wien ersuchen wir um Bekanntgabe der zum verfassenden Konto gespeicherten Stammdaten (Name, E-Mail-Adresse), der bei Registrierung und bei Veröffentlichung der Bewertung verwendeten IP-Adressen samt Zeitstempel sowie allfälliger weiterer Bewertungen dieses Kontos.

Um Übermittlung der Daten binnen 10 Arbeitstagen wird ersucht. Eine Verständigung des Kontoinhabers möge aus ermittlungstaktischen Gründen unterbleiben.

Für den Landespolizeidirektor:
i.A. BezInsp Ing. Stefan Hörtnagl
stefan.hoertnagl@polizei.gv.at
""", kind="law_enforcement", case="new:p-favoriten", name="Stefan Hörtnagl", org="Landespolizeidirektion Wien",
        addr="stefan.hoertnagl@polizei.gv.at", theirs="PAD/26/01877412/001/KRIM",
        urls=("https://at.trustpilot.com/reviews/" + RID["wien"],), ids=(RID["wien"],),
        quotes=("Beim nächsten Mal komme ich nicht zum Haareschneiden, sondern mit einem Kanister Benzin.",),
        deadline=add_working_days("2026-10-20", 10, "AT"), basis="binnen 10 Arbeitstagen",
        bases=("criminal",),
        note="'i.A.' signature: the official who signs for the Landespolizeidirektor is the sender; rank 'BezInsp' "
             "and 'Ing.' dropped. Organisation the Landespolizeidirektion (the LKA is its unit). Unanchored working "
             "days from the letter date (20 Oct) skip the Nationalfeiertag (Mon 26 Oct) -> 4 Nov."),

    doc("p31", "eml", "de", "2026-11-24", """
Sehr geehrte Damen und Herren,

in der Angelegenheit

Brauereigasthof Zum Schwarzen Ross GmbH ./. Trustpilot A/S
Unser Zeichen: OT 0917/26

übersenden wir Ihnen anbei das Schreiben von Herrn Rechtsanwalt Dr. Anton Obermaier vom heutigen Tag zur Kenntnisnahme.

Das Original geht Ihnen zusätzlich auf dem Postweg zu. Für Rückfragen steht Ihnen Herr Dr. Obermaier unter der unten angegebenen Durchwahl zur Verfügung; in seiner Abwesenheit wenden Sie sich bitte an das Sekretariat.

Mit freundlichen Grüßen

i.A. Melanie Riedinger
Rechtsanwaltsfachangestellte

OBERMAIER TRENKWALDER Rechtsanwälte Partnerschaft mbB
Prinzregentenstraße 74 · 81675 München
Tel. +49 89 411 552-0 · Durchwahl Dr. Obermaier -14
m.riedinger@obermaier-trenkwalder.de
""", email=email("Melanie Riedinger", "m.riedinger@obermaier-trenkwalder.de",
                 "Brauereigasthof Zum Schwarzen Ross GmbH ./. Trustpilot A/S – unser Zeichen OT 0917/26",
                 "<OT0917-26.20261124.1@obermaier-trenkwalder.de>", "2026-11-24T11:02:00+01:00",
                 attachments=("p32",)),
        kind="legal_demand", case="new:p-schwarzes-ross", name="Melanie Riedinger",
        org="Obermaier Trenkwalder Rechtsanwälte Partnerschaft mbB", addr="m.riedinger@obermaier-trenkwalder.de",
        rep="Brauereigasthof Zum Schwarzen Ross GmbH", theirs="OT 0917/26", bases=(),
        note="Cover email signed 'i.A.' by a paralegal: she is the sender. It only encloses the lawyer's letter "
             "(p32) and sets no date of its own: deadline null; kind that of the enclosed demand; it invokes no "
             "legal basis itself. Organisation as written in capitals in the signature, normalised casing."),

    doc("p32", "docx", "de", "2026-11-24", """
OBERMAIER TRENKWALDER
Rechtsanwälte Partnerschaft mbB
Prinzregentenstraße 74 · 81675 München
Telefon +49 89 411 552-0 · kanzlei@obermaier-trenkwalder.de

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

Unser Zeichen: OT 0917/26
München, 24.11.2026

Bewertung des Brauereigasthofs Zum Schwarzen Ross, Freising
https://de.trustpilot.com/reviews/6ef7a3eb051cd058a654d812

Sehr geehrte Damen und Herren,

hiermit zeigen wir die Vertretung der Brauereigasthof Zum Schwarzen Ross GmbH, Obere Hauptstraße 31, 85354 Freising, an.

Am 14. November 2026 wurde unter der oben genannten Adresse eine Bewertung veröffentlicht, in der es heißt:

"Das Schnitzel war aus der Tiefkühltruhe vom Discounter, das habe ich selbst in der Küche gesehen."

"Das Personal wird schwarz bezahlt, das weiß in Freising jeder."

Beide Aussagen sind unwahre Tatsachenbehauptungen. Unsere Mandantin bereitet sämtliche Schnitzel täglich frisch zu, was durch Lieferscheine ihres Metzgers belegt ist; Gäste haben keinen Zugang zur Küche. Alle Beschäftigten sind ordnungsgemäß angemeldet. Der Vorwurf der Schwarzarbeit unterstellt unserer Mandantin eine Straftat und ist geeignet, sie verächtlich zu machen (§ 186 StGB).

Wir haben Sie hiermit zugleich im Sinne von Art. 16 DSA über den rechtswidrigen Inhalt in Kenntnis gesetzt. Wir fordern Sie auf, die Bewertung zu entfernen und uns dies binnen zehn Tagen ab Zugang dieses Schreibens zu bestätigen.

Mit freundlichen Grüßen

Dr. Anton Obermaier
Rechtsanwalt
a.obermaier@obermaier-trenkwalder.de
""", kind="legal_demand", case="new:p-schwarzes-ross", name="Anton Obermaier",
        org="Obermaier Trenkwalder Rechtsanwälte Partnerschaft mbB", addr="a.obermaier@obermaier-trenkwalder.de",
        rep="Brauereigasthof Zum Schwarzen Ross GmbH", theirs="OT 0917/26",
        urls=("https://de.trustpilot.com/reviews/" + RID["muenchen"],), ids=(RID["muenchen"],),
        quotes=("Das Schnitzel war aus der Tiefkühltruhe vom Discounter, das habe ich selbst in der Küche gesehen.",
                "Das Personal wird schwarz bezahlt, das weiß in Freising jeder."),
        deadline=add_days("2026-11-24", 10), basis="binnen zehn Tagen ab Zugang dieses Schreibens",
        bases=("defamation", "dsa"),
        part_name="2026-11-24_Trustpilot_OT0917-26.docx",
        note="Attached to p31. 'hiermit zeigen wir die Vertretung ... an' introduces the client. 'ab Zugang' -> "
             "received 24 Nov + 10 = 4 Dec. Dr. dropped."),
]
