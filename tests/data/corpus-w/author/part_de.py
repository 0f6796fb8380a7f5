from common import *

# ---------------------------------------------------------------- w07 StA München I (pdf)
doc("w07", "de", "pdf", "2026-11-06", f"""STAATSANWALTSCHAFT MÜNCHEN I
Linprunstraße 25, 80335 München
Telefon 089 5597-07

Staatsanwaltschaft München I · 80097 München

Trustpilot A/S
Rechtsabteilung
Pilestræde 58
1112 Kopenhagen K
Dänemark

Aktenzeichen: 251 Js 184733/26
(bitte bei allen Schreiben angeben)
Sachbearbeiter: StA Dr. Weidinger
Telefon: 089 5597-4412
E-Mail: poststelle@sta-m1.bayern.de
Datum: 3. November 2026

Ermittlungsverfahren gegen Unbekannt wegen Bedrohung (§ 241 StGB)
hier: Auskunftsersuchen

Sehr geehrte Damen und Herren,

die Staatsanwaltschaft München I führt ein Ermittlungsverfahren gegen Unbekannt. Dem Verfahren liegt eine Strafanzeige der Zahnärztin Dr. med. dent. Sabine Kreuzer, Praxis am Rotkreuzplatz, München, vom 14. Oktober 2026 zugrunde.

Auf Ihrer Plattform wurde am 11. Oktober 2026 unter der Adresse https://de.trustpilot.com/reviews/{R['STA']} eine Bewertung der Praxis veröffentlicht, die unter anderem folgenden Satz enthält:

„Wenn ich die Kreuzer noch einmal in der Stadt sehe, wird sie es bereuen, das verspreche ich.“

Es besteht der Anfangsverdacht einer Bedrohung gemäß § 241 Abs. 1 StGB. Zur Ermittlung der Verfasserin oder des Verfassers werden Sie gebeten, folgende Daten zu übermitteln, soweit sie bei Ihnen vorhanden sind:

1. Name, Benutzername und E-Mail-Adresse(n) des Nutzerkontos, über das die Bewertung veröffentlicht wurde;
2. die bei der Registrierung und bei der Veröffentlichung der Bewertung verwendeten IP-Adressen einschließlich Datum, Uhrzeit und Zeitzone;
3. etwaige weitere Bewertungen, die über dieses Konto veröffentlicht wurden.

Das Ersuchen stützt sich auf §§ 161, 163 StPO. Es wird gebeten, die Auskunft binnen zwei Wochen nach Zugang dieses Schreibens schriftlich oder per E-Mail unter Angabe des oben genannten Aktenzeichens zu erteilen. Sollte eine freiwillige Auskunft nicht möglich sein, wird um kurze Mitteilung gebeten, damit eine Europäische Ermittlungsanordnung erlassen werden kann.

Ich bitte, die Kontoinhaberin bzw. den Kontoinhaber über dieses Ersuchen nicht zu informieren, um den Untersuchungszweck nicht zu gefährden.

Mit freundlichen Grüßen

Dr. Florian Weidinger
Staatsanwalt""",
    G("law_enforcement", "Florian Weidinger", "Staatsanwaltschaft München I", "poststelle@sta-m1.bayern.de", None,
      "251 Js 184733/26", None, [f"https://de.trustpilot.com/reviews/{R['STA']}"], [R['STA']],
      ["Wenn ich die Kreuzer noch einmal in der Stadt sehe, wird sie es bereuen, das verspreche ich."],
      add_days("2026-11-06", 14), "binnen zwei Wochen nach Zugang dieses Schreibens", ["criminal"], "new:sta-kreuzer"))

# ---------------------------------------------------------------- w08 Reto Imhof — Swiss reviewer, review of open case 0463
doc("w08", "de", "eml", "2026-11-09", f"""Grüezi

Am Freitag habe ich von Ihnen die Nachricht erhalten, meine Bewertung der Garage Zollinger AG in Winterthur sei „vorübergehend nicht sichtbar“, weil eine Meldung eingegangen sei. Es geht um diese Bewertung:
https://de.trustpilot.com/reviews/{R['ZOLL']}

Ich erhebe hiermit Einsprache gegen diese Massnahme. Ich habe meinen Skoda am 18. August 2026 zum Service gebracht und musste ihn am 21. August mit einer Rechnung über CHF 2'340.– abholen, obwohl man mir am Telefon höchstens CHF 900.– genannt hatte. Für mehrere Positionen auf der Rechnung konnte mir niemand erklären, was genau gemacht wurde. Die Rechnung und die SMS der Garage schicke ich Ihnen gerne. Was ich geschrieben habe, entspricht genau dem, was passiert ist.

Ich weiss inzwischen auch, dass die Garage einen Anwalt eingeschaltet hat, denn ich habe vor zwei Wochen selbst einen eingeschriebenen Brief einer Zürcher Kanzlei bekommen. Davon lasse ich mich nicht einschüchtern. Eine ehrliche Bewertung muss möglich sein, auch wenn sie dem Betrieb nicht gefällt.

Ich bitte Sie, die Bewertung wieder freizuschalten und mir mitzuteilen, was genau an meinem Text beanstandet wird. Falls Sie weitere Belege brauchen, melden Sie sich bitte.

Freundliche Grüsse
Reto Imhof
Wülflingerstrasse 88
8400 Winterthur
079 448 21 60""",
    G("consumer_appeal", "Reto Imhof", None, "reto.imhof@bluewin.ch", None, None, None,
      [f"https://de.trustpilot.com/reviews/{R['ZOLL']}"], [R['ZOLL']], [], None, None, [], "CI-2026-0463"),
    E("Reto Imhof", "reto.imhof@bluewin.ch", "Einsprache: meine Bewertung Garage Zollinger ausgeblendet",
      "<000a01dd4f7e$2c51b8e0$84f52aa0$@bluewin.ch>", "2026-11-08T19:05:00+01:00"))

# ---------------------------------------------------------------- w13 Pichler Stadlmayr email enclosing EV + w14 the order
doc("w13", "de", "eml", "2026-11-11", f"""Sehr geehrte Damen und Herren,

in der oben bezeichneten Angelegenheit nehmen wir Bezug auf unser Schreiben vom 30. September 2026 sowie auf Ihre Eingangsbestätigung vom 2. Oktober 2026.

Da die beanstandete Bewertung (https://at.trustpilot.com/reviews/{R['HUB']}) trotz unserer Aufforderung weiterhin abrufbar ist, hat unsere Mandantin beim Handelsgericht Wien die Erlassung einer einstweiligen Verfügung beantragt. Das Gericht hat dem Antrag mit Beschluss vom 6. November 2026 stattgegeben. Eine Ausfertigung der einstweiligen Verfügung übermitteln wir Ihnen in der Anlage.

Die einstweilige Verfügung ist sofort vollstreckbar und wegen Kreditschädigung nach § 1330 ABGB ergangen. Wir fordern Sie auf, die Bewertung unverzüglich zu entfernen und uns die Umsetzung bis spätestens Montag, 16. November 2026, 12:00 Uhr MEZ, schriftlich zu bestätigen. Nach fruchtlosem Ablauf dieser Frist werden wir ohne weitere Ankündigung einen Exekutionsantrag stellen.

Zur Klarstellung: Unsere Mandantin ist die Huber Backwaren GmbH mit Sitz in 1100 Wien, Favoritenstraße 212 (FN 284117 t), die unter der Marke „Bäckerei Huber“ zwölf Filialen in Wien betreibt.

Mit freundlichen Grüßen

Dr. Theresa Stadlmayr
Rechtsanwältin

PICHLER STADLMAYR Rechtsanwälte OG
Schottenring 19, 1010 Wien
T +43 1 532 18 44-20
t.stadlmayr@pichler-stadlmayr.at
Unser Zeichen: PS-2026/0318/ST

Anlage: HG Wien 17 Cg 84-26k EV vom 06.11.2026.pdf""",
    G("court_order", "Theresa Stadlmayr", "Pichler Stadlmayr Rechtsanwälte OG", "t.stadlmayr@pichler-stadlmayr.at",
      "Huber Backwaren GmbH", "PS-2026/0318/ST", None, [f"https://at.trustpilot.com/reviews/{R['HUB']}"], [R['HUB']], [],
      "2026-11-16", "bis spätestens Montag, 16. November 2026, 12:00 Uhr MEZ", ["court_order", "defamation"],
      "CI-2026-0415"),
    E("Kanzlei Pichler Stadlmayr", "office@pichler-stadlmayr.at",
      "Huber Backwaren GmbH ./. Trustpilot A/S – HG Wien 17 Cg 84/26k – einstweilige Verfügung",
      "<PS-2026-0318-ST.20261111103702@pichler-stadlmayr.at>", "2026-11-11T10:37:00+01:00", attachments=["w14"]))

doc("w14", "de", "pdf", "2026-11-11", f"""HANDELSGERICHT WIEN
Marxergasse 1a, 1030 Wien

17 Cg 84/26k - 3

BESCHLUSS

Klagende und gefährdete Partei: Huber Backwaren GmbH, Favoritenstraße 212, 1100 Wien, vertreten durch Pichler Stadlmayr Rechtsanwälte OG, Schottenring 19, 1010 Wien

Beklagte Partei und Gegnerin der gefährdeten Partei: Trustpilot A/S, Pilestræde 58, 1112 Kopenhagen K, Dänemark

wegen Unterlassung und Beseitigung (Streitwert EUR 36.000,--), hier: Antrag auf Erlassung einer einstweiligen Verfügung

EINSTWEILIGE VERFÜGUNG

Zur Sicherung des Anspruchs der klagenden Partei auf Unterlassung und Beseitigung kreditschädigender Behauptungen wird der beklagten Partei bis zur Rechtskraft des über die Klage ergehenden Urteils geboten,

1. die auf der von ihr betriebenen Website unter der Adresse https://at.trustpilot.com/reviews/{R['HUB']} veröffentlichte Bewertung mit den Aussagen „In der Filiale Favoriten wird seit Wochen mit abgelaufenem Mehl gebacken, das weiß dort jeder.“ und „Die Hygiene ist eine Katastrophe, in der Backstube laufen Mäuse herum.“ zu entfernen, und

2. es zu unterlassen, diese oder sinngleiche Behauptungen über die klagende Partei zu verbreiten oder verbreiten zu lassen.

BEGRÜNDUNG

Die klagende Partei hat bescheinigt, dass die in der Bewertung vom 12. September 2026 aufgestellten Tatsachenbehauptungen unwahr sind (Beilagen ./C bis ./F, insbesondere Kontrollbericht des Marktamts vom 18. September 2026). Wer Tatsachen verbreitet, die den Kredit, den Erwerb oder das Fortkommen eines anderen gefährden, und deren Unwahrheit er kennt oder kennen muss, ist nach § 1330 Abs 2 ABGB zur Unterlassung und zum Widerruf verpflichtet. Die beklagte Partei wurde mit Schreiben vom 30. September 2026 auf die Rechtsverletzung hingewiesen und hat die Bewertung nicht entfernt; sie haftet daher als Host-Provider ab Kenntnis. Eine Gefährdung im Sinne des § 381 EO ist bescheinigt.

Handelsgericht Wien, Abteilung 17
Wien, 6. November 2026

Mag. Eva Rainer, Richterin

Elektronische Ausfertigung gemäß § 79 GOG""",
    G("court_order", "Eva Rainer", "Handelsgericht Wien", None, None, "17 Cg 84/26k", None,
      [f"https://at.trustpilot.com/reviews/{R['HUB']}"], [R['HUB']],
      ["In der Filiale Favoriten wird seit Wochen mit abgelaufenem Mehl gebacken, das weiß dort jeder.",
       "Die Hygiene ist eine Katastrophe, in der Backstube laufen Mäuse herum."],
      None, None, ["court_order", "defamation"], "CI-2026-0415"))

# ---------------------------------------------------------------- w19 Photographer (docx)
doc("w19", "de", "docx", "2026-11-13", f"""SEIDEL & KORN
Rechtsanwälte · Urheber- und Medienrecht
Karl-Liebknecht-Straße 54 · 04275 Leipzig
Tel. 0341 308 77 20 · Fax 0341 308 77 29
kanzlei@seidel-korn.de

Seidel & Korn Rechtsanwälte · Karl-Liebknecht-Straße 54 · 04275 Leipzig

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

vorab per E-Mail: legal@trustpilot.com

Leipzig, 11.11.2026
Unser Az.: 318/26 SE
Bearbeiterin: RAin Dr. Seidel

Urheberrechtsverletzung – Lichtbild „Völkerschlachtdenkmal im Nebel“

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir den Berufsfotografen Herrn Matthias Görlitz, Leipzig, vertreten. Ordnungsgemäße Bevollmächtigung wird anwaltlich versichert.

Unser Mandant ist Urheber der Fotografie „Völkerschlachtdenkmal im Nebel“ aus dem Jahr 2023, die er unter anderem über seine Website lizenziert. Er hat festgestellt, dass diese Fotografie als Bild in einer Bewertung auf Ihrer Plattform erscheint:

https://de.trustpilot.com/reviews/{R['PHOTO']}

Die Bewertung betrifft ein Leipziger Hotel. Der Verfasser hat die Fotografie offensichtlich von der Website unseres Mandanten kopiert und hochgeladen; eine Lizenz wurde für diese Nutzung weder ihm noch Dritten erteilt. Die öffentliche Zugänglichmachung verletzt das Recht unseres Mandanten aus §§ 19a, 72 UrhG.

Wir fordern Sie daher auf, die Fotografie aus der Bewertung zu entfernen. Der Text der Bewertung ist nicht Gegenstand dieser Meldung. Urheberschaft und Rechteinhaberschaft können wir durch die Originaldatei mit vollständigen EXIF-Daten belegen.

Für den Eingang Ihrer Bestätigung, dass das Lichtbild entfernt wurde, haben wir uns den 24.11.2026 notiert.

Wir versichern, dass die vorstehenden Angaben nach bestem Wissen zutreffen und die beanstandete Nutzung weder vom Rechteinhaber noch durch das Gesetz gestattet ist.

Mit freundlichen Grüßen

Dr. Katrin Seidel
Rechtsanwältin
Fachanwältin für Urheber- und Medienrecht""",
    G("ip_notice", "Katrin Seidel", "Seidel & Korn Rechtsanwälte", "kanzlei@seidel-korn.de", "Matthias Görlitz",
      "318/26 SE", None, [f"https://de.trustpilot.com/reviews/{R['PHOTO']}"], [R['PHOTO']], [],
      "2026-11-24", "Für den Eingang Ihrer Bestätigung, dass das Lichtbild entfernt wurde, haben wir uns den 24.11.2026 notiert",
      ["copyright"], "new:goerlitz"))

# ---------------------------------------------------------------- w35 Brändli Vogt chaser (docx)
doc("w35", "de", "docx", "2026-11-24", """BRÄNDLI VOGT
Rechtsanwälte AG
Bahnhofstrasse 61
8001 Zürich
T +41 44 215 38 00
www.braendlivogt.ch

Einschreiben / vorab per E-Mail an legal@trustpilot.com
Trustpilot A/S
Rechtsabteilung
Pilestræde 58
1112 Kopenhagen K
Dänemark

Zürich, 23. November 2026
Unser Zeichen: BV 26 0912 / mr
Ihr Zeichen: CI-2026/463
Direktwahl: +41 44 215 38 14
E-Mail: m.ruegg@braendlivogt.ch

Garage Zollinger AG, Winterthur – Bewertung auf Trustpilot

Sehr geehrte Damen und Herren

Wir nehmen Bezug auf unser Schreiben vom 15. Oktober 2026 sowie auf Ihre E-Mail vom 19. Oktober 2026, mit der Sie uns Ihr obiges Zeichen mitgeteilt haben.

Wir haben zur Kenntnis genommen, dass die beanstandete Bewertung inzwischen nicht mehr öffentlich sichtbar ist. Nach unseren Informationen handelt es sich dabei jedoch nur um eine vorläufige Massnahme. Unsere Mandantin hat ein schutzwürdiges Interesse an der definitiven Löschung.

Die Bewertung enthält die Behauptung, die Garage „verrechnet systematisch Arbeiten, die nie ausgeführt wurden“. Diese Tatsachenbehauptung ist unwahr und verletzt unsere Mandantin in ihrer wirtschaftlichen Persönlichkeit im Sinne von Art. 28 ZGB. Wie Ihnen bekannt ist, hat unsere Mandantin auch gegen den Verfasser ein Schlichtungsgesuch beim Friedensrichteramt Winterthur eingereicht (Geschäfts-Nr. FV260417); die Schlichtungsverhandlung findet am 14. Januar 2027 statt.

Die Ihnen mit unserem Schreiben vom 15. Oktober 2026 angesetzte Frist bis zum 30. Oktober 2026 ist ungenutzt abgelaufen. Wir ersuchen Sie deshalb, die Bewertung definitiv zu löschen und uns dies bis Montag, 7. Dezember 2026 schriftlich zu bestätigen. Eine weitere Fristerstreckung wird nicht gewährt. Nach unbenütztem Ablauf der Frist werden wir unserer Mandantin empfehlen, auch gegen Ihre Gesellschaft gerichtlich vorzugehen.

Freundliche Grüsse

Brändli Vogt Rechtsanwälte AG

lic. iur. Martina Rüegg, LL.M.
Rechtsanwältin""",
    G("legal_demand", "Martina Rüegg", "Brändli Vogt Rechtsanwälte AG", "m.ruegg@braendlivogt.ch", "Garage Zollinger AG",
      "BV 26 0912 / mr", "CI-2026-0463", [], [], ["verrechnet systematisch Arbeiten, die nie ausgeführt wurden"],
      "2026-12-07", "bis Montag, 7. Dezember 2026", ["defamation"], "CI-2026-0463"))

# ---------------------------------------------------------------- w38 LG Hamburg Beschlussverfügung (scan)
doc("w38", "de", "scan", "2026-11-25", f"""Landgericht Hamburg
Zivilkammer 24
Sievekingplatz 1, 20355 Hamburg

Geschäftsnummer: 324 O 412/26

Beschluss

In der Sache

Autohaus Kessler GmbH, vertreten durch den Geschäftsführer Ralf Kessler, Wandsbeker Chaussee 201, 22089 Hamburg
– Antragstellerin –

Prozessbevollmächtigte: Krüger Reinholdt Rechtsanwälte PartG mbB, Ballindamm 17, 20095 Hamburg

gegen

Trustpilot A/S, Pilestræde 58, 1112 Kopenhagen K, Dänemark
– Antragsgegnerin –

beschließt das Landgericht Hamburg – Zivilkammer 24 – durch die Richterin am Landgericht Dr. Judith Bertram als Einzelrichterin am 19. November 2026:

1. Im Wege der einstweiligen Verfügung – der Dringlichkeit wegen ohne mündliche Verhandlung – wird der Antragsgegnerin bei Vermeidung eines vom Gericht für jeden Fall der Zuwiderhandlung festzusetzenden Ordnungsgeldes bis zu 250.000,00 EUR, ersatzweise Ordnungshaft, oder der Ordnungshaft bis zu sechs Monaten

verboten,

in Bezug auf die Antragstellerin zu verbreiten und/oder verbreiten zu lassen:

„Kessler dreht bei den Gebrauchten die Tachos zurück, das weiß in Wandsbek jeder.“

und/oder

„Mein Wagen hatte laut Werkstatt 80.000 km mehr drauf als angegeben.“

wie geschehen in der Bewertung unter https://de.trustpilot.com/reviews/{R['KESSLER']}.

2. Die Kosten des Verfahrens hat die Antragsgegnerin zu tragen.

3. Der Streitwert wird auf 30.000,00 EUR festgesetzt.

Gründe:

Der Antragstellerin steht der geltend gemachte Unterlassungsanspruch aus §§ 823 Abs. 1, 1004 Abs. 1 S. 2 BGB analog i.V.m. Art. 2 Abs. 1, 19 Abs. 3 GG zu. Die angegriffenen Äußerungen sind unwahre Tatsachenbehauptungen. Die Antragstellerin hat durch eidesstattliche Versicherung ihres Geschäftsführers und die Fahrzeughistorie glaubhaft gemacht, dass ein Verkauf an den Verfasser nicht stattgefunden hat. Die Antragsgegnerin haftet als Hostprovider, nachdem sie mit Schreiben vom 29. Oktober 2026 auf die Rechtsverletzung hingewiesen worden ist und die Bewertung nicht binnen angemessener Frist geprüft und entfernt hat.

Dr. Bertram
Richterin am Landgericht

Ausgefertigt
Hamburg, 20.11.2026
Schulze, JAng
als Urkundsbeamtin der Geschäftsstelle""",
    G("court_order", "Judith Bertram", "Landgericht Hamburg", None, None, "324 O 412/26", None,
      [f"https://de.trustpilot.com/reviews/{R['KESSLER']}"], [R['KESSLER']],
      ["Kessler dreht bei den Gebrauchten die Tachos zurück, das weiß in Wandsbek jeder.",
       "Mein Wagen hatte laut Werkstatt 80.000 km mehr drauf als angegeben."],
      None, None, ["court_order", "defamation"], "new:kessler"))

# ---------------------------------------------------------------- w48 DSGVO Auskunft (docx)
doc("w48", "de", "docx", "2026-11-30", """Dipl.-Ing. Wolfgang Reuter
Am Lindenhof 7
91054 Erlangen
w.reuter@t-online.de

Trustpilot A/S
z. Hd. des Datenschutzbeauftragten
Pilestræde 58
1112 Kopenhagen K
Dänemark

Erlangen, den 26. November 2026

Auskunftsersuchen nach Art. 15 DSGVO

Sehr geehrte Damen und Herren,

ich bin seit 2020 unter der oben genannten E-Mail-Adresse bei Trustpilot registriert und habe seitdem etwa 30 Bewertungen verfasst.

Im Oktober hat mich ein Handwerksbetrieb, den ich negativ bewertet hatte, unter meiner Privatanschrift angeschrieben, obwohl meine Anschrift in meinem Profil nirgends erscheint. Ich möchte daher wissen, welche Daten Trustpilot über mich verarbeitet und an wen sie weitergegeben wurden.

Ich bitte Sie gemäß Art. 15 DSGVO um Auskunft über

– die zu meiner Person gespeicherten Daten, einschließlich IP-Adressen und Geräteinformationen,
– die Zwecke der Verarbeitung und die jeweiligen Rechtsgrundlagen,
– sämtliche Empfänger, insbesondere ob und wann Unternehmen, die ich bewertet habe, Daten über mich erhalten haben (etwa im Rahmen einer Überprüfung meiner Bewertung),
– die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden.

Bitte stellen Sie mir außerdem eine Kopie der Daten gemäß Art. 15 Abs. 3 DSGVO zur Verfügung.

Ich erwarte Ihre Antwort innerhalb eines Monats nach Eingang dieses Schreibens (Art. 12 Abs. 3 DSGVO). Auf mein Schreiben vom 2. Februar 2025 zu einem anderen Thema haben Sie seinerzeit erst nach drei Monaten geantwortet; ich hoffe, dass es diesmal schneller geht.

Mit freundlichen Grüßen

Wolfgang Reuter""",
    G("data_request", "Wolfgang Reuter", None, "w.reuter@t-online.de", None, None, None, [], [], [],
      add_month("2026-11-30"), "innerhalb eines Monats nach Eingang dieses Schreibens", ["data_protection"], "new:reuter"))

# ---------------------------------------------------------------- w51 Krüger Reinholdt Abschlussschreiben (pdf)
doc("w51", "de", "pdf", "2026-12-02", """KRÜGER REINHOLDT
Rechtsanwälte PartG mbB
Ballindamm 17 · 20095 Hamburg
Tel. 040 3250 887-0 · Fax 040 3250 887-99
info@krueger-reinholdt.de

Krüger Reinholdt Rechtsanwälte PartG mbB · Ballindamm 17 · 20095 Hamburg

Trustpilot A/S
Legal Department
Pilestræde 58
1112 Kopenhagen K
Dänemark

Unser Zeichen: KR-1187/26 Ke
Ihr Zeichen: –
Durchwahl: -14
E-Mail: h.krueger@krueger-reinholdt.de
Frist: 16.12.2026

Hamburg, 30. November 2026

Autohaus Kessler GmbH ./. Trustpilot A/S
LG Hamburg, Az. 324 O 412/26
Aufforderung zur Abgabe einer Abschlusserklärung

Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit vertreten wir bekanntlich die Autohaus Kessler GmbH.

Das Landgericht Hamburg hat Ihnen mit Beschluss vom 19. November 2026 im Wege der einstweiligen Verfügung untersagt, die dort wiedergegebenen Äußerungen über unsere Mandantin zu verbreiten. Die Beschlussverfügung ist Ihnen am 25. November 2026 zugestellt worden. Wir stellen fest, dass die Bewertung seit dem 27. November 2026 nicht mehr abrufbar ist.

Um ein Hauptsacheverfahren zu vermeiden, geben wir Ihnen Gelegenheit, die einstweilige Verfügung als endgültige und zwischen den Parteien verbindliche Regelung anzuerkennen und auf die Rechte aus §§ 924, 926 und 927 ZPO zu verzichten (Abschlusserklärung). Einen Formulierungsvorschlag fügen wir bei.

Die Abschlusserklärung ist uns bis zum oben genannten Fristablauf im Original oder als unterzeichnetes PDF zu übermitteln. Nach fruchtlosem Fristablauf werden wir unserer Mandantin empfehlen, Hauptsacheklage zu erheben.

Die Kosten dieses Abschlussschreibens in Höhe einer 1,3-Geschäftsgebühr aus dem Streitwert von 30.000,00 EUR sind von Ihnen zu erstatten.

Mit freundlichen Grüßen

Dr. Henrik Krüger, LL.M. (Cambridge)
Rechtsanwalt | Fachanwalt für gewerblichen Rechtsschutz

Anlage: Entwurf Abschlusserklärung""",
    G("legal_demand", "Henrik Krüger", "Krüger Reinholdt Rechtsanwälte PartG mbB", "h.krueger@krueger-reinholdt.de",
      "Autohaus Kessler GmbH", "KR-1187/26 Ke", None, [], [], [],
      "2026-12-16", "Frist: 16.12.2026", ["court_order"], "new:kessler"))

# ---------------------------------------------------------------- w53 BNetzA cover email + w54 letter
doc("w53", "de", "eml", "2026-12-03", """Sehr geehrte Damen und Herren,

in der Anlage übersenden wir Ihnen das Schreiben der Bundesnetzagentur vom heutigen Tag mit der Bitte um Kenntnisnahme.

Um Stellungnahme bis 11.12.2026 wird gebeten. Bitte richten Sie Ihre Antwort ausschließlich an dieses Funktionspostfach.

Mit freundlichen Grüßen
Im Auftrag

Tobias Wendland

Bundesnetzagentur
Koordinierungsstelle für digitale Dienste (KDD)
Referat DS 2 – Verfahren nach dem Digital Services Act
Tulpenfeld 4, 53113 Bonn

Hinweis: Diese E-Mail wurde aus einem Funktionspostfach versandt. Sie kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht. Die Übermittlung elektronischer Dokumente mit qualifizierter elektronischer Signatur an dieses Postfach ist nicht möglich.""",
    G("regulator", "Tobias Wendland", "Bundesnetzagentur", "kdd-verfahren@bnetza.de", None, None, None, [], [], [],
      "2026-12-11", "Um Stellungnahme bis 11.12.2026 wird gebeten", ["dsa"], "new:bnetza"),
    E("Bundesnetzagentur – KDD", "kdd-verfahren@bnetza.de",
      "Schreiben der Bundesnetzagentur – Trustpilot A/S – Beschwerde nach Art. 53 DSA",
      "<bnetza.kdd.20261203092711.55812@bnetza.de>", "2026-12-03T09:27:00+01:00", attachments=["w54"]))

doc("w54", "de", "pdf", "2026-12-03", """BUNDESNETZAGENTUR
für Elektrizität, Gas, Telekommunikation, Post und Eisenbahnen
Koordinierungsstelle für digitale Dienste
Tulpenfeld 4, 53113 Bonn

Bundesnetzagentur · Postfach 80 01 · 53105 Bonn

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

Ihr Zeichen: –
Mein Zeichen: DS 2 – 3917/26-0873
Bearbeitet von: Tobias Wendland
Telefon: +49 228 14-5833
E-Mail: kdd-verfahren@bnetza.de
Datum: 03.12.2026

Beschwerde nach Art. 53 der Verordnung (EU) 2022/2065 (DSA)
hier: Bitte um Stellungnahme

Sehr geehrte Damen und Herren,

bei der Bundesnetzagentur als Koordinator für digitale Dienste in Deutschland ist am 12. November 2026 eine Beschwerde des Vereins „Faire Bewertung e. V.“, Köln, eingegangen. Der Beschwerdeführer rügt, dass Trustpilot Bewertungen von Verbraucherinnen und Verbrauchern nach Meldungen bewerteter Unternehmen vorläufig ausblende, ohne die Verfasser entsprechend Art. 17 DSA mit einer Begründung zu informieren, und dass das interne Beschwerdemanagementsystem nach Art. 20 DSA für betroffene Verfasser nicht hinreichend zugänglich sei. Der Beschwerde sind 23 Einzelfälle aus dem Zeitraum Juli bis Oktober 2026 beigefügt.

Zuständig ist der Koordinator für digitale Dienste des Niederlassungsmitgliedstaats, also die dänische Behörde. Die Bundesnetzagentur wird die Beschwerde gemäß Art. 53 Satz 3 DSA dorthin weiterleiten, möchte ihr jedoch eine erste Stellungnahme Ihres Hauses beifügen.

Wir bitten Sie daher um Stellungnahme zu folgenden Punkten:

1. Werden Verfasser einer Bewertung informiert, wenn ihre Bewertung aufgrund einer Meldung vorläufig ausgeblendet wird, und wenn ja, in welcher Form und mit welcher Begründung?
2. Auf welchem Weg können Verfasser gegen eine solche Maßnahme Beschwerde einlegen?
3. Wie viele Bewertungen wurden in Deutschland im Zeitraum Juli bis Oktober 2026 nach einer Meldung vorläufig ausgeblendet?

Ihre Stellungnahme wird bis zum Ablauf des 11. Dezember 2026 erbeten. Die Einzelfälle übermitteln wir Ihnen auf Anfrage in anonymisierter Form.

Mit freundlichen Grüßen
Im Auftrag

Dr. Annette Vollrath
Referatsleiterin""",
    G("regulator", "Annette Vollrath", "Bundesnetzagentur", "kdd-verfahren@bnetza.de", None, "DS 2 – 3917/26-0873", None,
      [], [], [], "2026-12-11", "bis zum Ablauf des 11. Dezember 2026", ["dsa"], "new:bnetza"))
