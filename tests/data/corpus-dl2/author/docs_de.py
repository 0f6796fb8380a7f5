"""German-language documents of corpus-dl2 (Germany, Austria, Switzerland)."""
from common import D, E, G

DE = ("DE", None)
SN = ("DE", "SN")
AT = ("AT", None)
CH = ("CH", "ZH")

DOCS = [
# ---------------------------------------------------------------- e31
D(id="e31", lang="de", fmt="pdf", received="2026-11-12", letter="2026-11-10", country=DE,
  dl=("date", "2026-11-20"), expect="2026-11-20", basis="eine Frist bis zum 20.11.2026",
  family="time-limit noun (Frist) with numeric date; earlier letter recalled",
  text="""STURM BEHRENDT
Rechtsanwälte PartG mbB
Kurfürstendamm 187 · 10707 Berlin
Tel. 030 5557 4410 · kanzlei@sturm-behrendt.de

Trustpilot A/S
Rechtsabteilung
Pilestræde 58, 5. Etage
1112 Kopenhagen K
Dänemark

Vorab per E-Mail: legal@trustpilot.com

Unser Zeichen: 611/26 SB/ko
Berlin, 10. November 2026

Dr. Lena Voigt ./. Trustpilot A/S
Bewertung vom 14. Oktober 2026

Sehr geehrte Damen und Herren,

wir vertreten die Zahnärztin Dr. Lena Voigt, Berlin-Steglitz. Eine Vollmacht liegt Ihnen bereits vor.

Mit Schreiben vom 22. Oktober 2026 hatten wir Sie aufgefordert, die Bewertung unter https://de.trustpilot.com/reviews/{R:e31} zu entfernen. Eine Antwort haben wir bis heute nicht erhalten.

Die Bewertung enthält die Behauptung: „Die Ärztin hat mir ohne Betäubung einen gesunden Zahn gezogen.“ Diese Tatsachenbehauptung ist unwahr. Der Verfasser war nach den Unterlagen der Praxis nie Patient unserer Mandantin. Die Äußerung erfüllt den Tatbestand der üblen Nachrede (§ 186 StGB) und verletzt unsere Mandantin in ihrem allgemeinen Persönlichkeitsrecht; sie kann Unterlassung nach §§ 823, 1004 BGB analog verlangen. Als Hostingdiensteanbieter sind Sie nach Kenntnis zum Tätigwerden verpflichtet (Art. 6 DSA).

Wir fordern Sie letztmalig auf, die Bewertung zu löschen und uns dies schriftlich zu bestätigen. Hierfür haben wir uns eine Frist bis zum 20.11.2026 notiert.

Nach fruchtlosem Fristablauf werden wir unserer Mandantin empfehlen, gerichtliche Hilfe in Anspruch zu nehmen.

Mit freundlichen Grüßen

Stefan Behrendt
Rechtsanwalt
behrendt@sturm-behrendt.de""",
  gold=G("legal_demand", "Stefan Behrendt", "Sturm Behrendt Rechtsanwälte PartG mbB",
         "behrendt@sturm-behrendt.de", rep="Lena Voigt", their="611/26 SB/ko",
         quotes=["Die Ärztin hat mir ohne Betäubung einen gesunden Zahn gezogen."],
         bases=["defamation", "dsa"], case="new:voigt")),

# ---------------------------------------------------------------- e32
D(id="e32", lang="de", fmt="eml", received="2026-11-20", letter="2026-11-19", country=DE,
  dl=("next", "letter", 2), expect="2026-11-25", basis="bis nächsten Mittwoch",
  family="informal relative weekday",
  email=E("Jens Ruppert", "jens.ruppert@gmx.de", "Meine Bewertung wurde gelöscht!!",
          "2026-11-19T20:14:00+01:00", "<trinity-5c1e7f02-9a3b-4d71@3c-app-gmx-bap41>"),
  text="""Hallo Trustpilot-Team,

meine Bewertung über den Fahrradladen Radhaus Kessler in Bielefeld ist seit gestern weg. In der Mail stand nur, das Unternehmen hätte sie gemeldet und sie würde geprüft. Ich hab da im September ein E-Bike gekauft, der Motor war nach 3 Wochen kaputt und die haben 5 Wochen für die Reparatur gebraucht. Das hab ich geschrieben, nix anderes. Rechnung und Reparaturauftrag kann ich gerne schicken.

Ich finde das echt nicht ok dass ein Laden einfach eine ehrliche Bewertung wegmelden kann. Ich würd mich freuen wenn das bis nächsten Mittwoch geklärt ist und die Bewertung wieder online ist, ich will nämlich auch noch bei der Verbraucherzentrale nachfragen.

Gruß
Jens Ruppert""",
  gold=G("consumer_appeal", "Jens Ruppert", None, "jens.ruppert@gmx.de", bases=[], case="new:ruppert")),

# ---------------------------------------------------------------- e33
D(id="e33", lang="de", fmt="pdf", received="2026-11-16", letter="2026-11-12", country=SN,
  dl=("wd", "letter", 10), expect="2026-11-27",
  basis="innerhalb von zehn Arbeitstagen ab dem Datum dieses Schreibens",
  family="working days over Buß- und Bettag (Saxony only)",
  text="""ALBRECHT & WENDLAND
Rechtsanwälte
Karl-Liebknecht-Straße 45 · 04275 Leipzig
Telefon 0341 5558 230 · post@albrecht-wendland.de

Trustpilot A/S
Pilestræde 58, 5. Etage
1112 Kopenhagen K
Dänemark

per E-Mail an legal@trustpilot.com

Leipzig, den 12.11.2026
Unser Az.: 2026/0417-W

Pension Elstertal GmbH – Bewertung auf Ihrer Plattform

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die Pension Elstertal GmbH, Leipzig, vertreten.

Am 3. November 2026 erschien auf Ihrer Plattform eine Bewertung über unsere Mandantin (https://de.trustpilot.com/reviews/{R:e33}). Darin heißt es: „In den Zimmern gibt es Bettwanzen, das Gesundheitsamt war schon zweimal da.“ Beides ist frei erfunden. Das Gesundheitsamt hat den Betrieb nie beanstandet; eine Schädlingsbekämpfungsfirma hat zuletzt am 28. Oktober 2026 Befallsfreiheit bestätigt (Anlage).

Die Behauptung ist geeignet, den Betrieb unserer Mandantin erheblich zu schädigen, und stellt eine üble Nachrede im Sinne des § 186 StGB dar.

Wir fordern Sie auf, die Bewertung innerhalb von zehn Arbeitstagen ab dem Datum dieses Schreibens zu entfernen und uns die Entfernung schriftlich zu bestätigen. Sollte die Frist ungenutzt verstreichen, werden wir ohne weitere Ankündigung den Erlass einer einstweiligen Verfügung beantragen.

Mit freundlichen Grüßen

Dr. Ulrike Wendland
Rechtsanwältin
wendland@albrecht-wendland.de""",
  gold=G("legal_demand", "Ulrike Wendland", "Albrecht & Wendland Rechtsanwälte", "wendland@albrecht-wendland.de",
         rep="Pension Elstertal GmbH", their="2026/0417-W",
         quotes=["In den Zimmern gibt es Bettwanzen, das Gesundheitsamt war schon zweimal da."],
         bases=["defamation"], case="new:elstertal")),

# ---------------------------------------------------------------- e34
D(id="e34", lang="de", fmt="docx", received="2026-12-03", letter="2026-12-01", country=AT,
  dl=("wd", "letter", 5), expect="2026-12-09", basis="binnen fünf Arbeitstagen",
  family="Austrian working days over 8 December; hearing in 'Jänner' as distractor",
  text="""Dr. Katharina Pichler
Rechtsanwältin
Wipplingerstraße 24/8, 1010 Wien
T +43 1 555 47 20 · office@ra-pichler.at

Trustpilot A/S
Pilestræde 58, 5. Stock
1112 Kopenhagen K
Dänemark

per E-Mail: legal@trustpilot.com

Wien, am 1. Dezember 2026
GZ: KP/2611/Gru

Hotel Alpenrose Grubinger GmbH – Bewertung vom 20. November 2026

Sehr geehrte Damen und Herren,

ich vertrete die Hotel Alpenrose Grubinger GmbH mit Sitz in Saalbach-Hinterglemm. Auf Ihrer österreichischen Seite ist unter https://at.trustpilot.com/reviews/{R:e34} eine Bewertung abrufbar, in der behauptet wird: „Der Chef hat uns beim Check-out 300 Euro extra abgeknöpft und mit der Polizei gedroht.“

Diese Behauptung ist unrichtig. Die Rechnung des Gastes weist ausschließlich die vereinbarten Leistungen aus; eine Drohung hat es nie gegeben. Die Verbreitung unwahrer, kreditschädigender Tatsachen ist nach § 1330 ABGB unzulässig und begründet Unterlassungs- und Widerrufsansprüche meiner Mandantin.

Namens meiner Mandantin fordere ich Sie auf, die Bewertung binnen fünf Arbeitstagen zu entfernen und mir dies zu bestätigen. Gegen den Verfasser wird parallel ein Verfahren geführt; die Tagsatzung ist für den 19. Jänner 2027 anberaumt.

Mit freundlichen Grüßen

Dr. Katharina Pichler""",
  gold=G("legal_demand", "Katharina Pichler", None, "office@ra-pichler.at",
         rep="Hotel Alpenrose Grubinger GmbH", their="KP/2611/Gru",
         quotes=["Der Chef hat uns beim Check-out 300 Euro extra abgeknöpft und mit der Polizei gedroht."],
         bases=["defamation"], case="new:alpenrose")),

# ---------------------------------------------------------------- e35
D(id="e35", lang="de", fmt="scan", received="2026-11-25", letter="2026-11-23", country=DE,
  dl=("weeks", "received", 2), expect="2026-12-09",
  basis="binnen zwei Wochen nach Zustellung dieses Beschlusses",
  family="court order served by the party: weeks from service (= receipt); order date as distractor",
  text="""DORNBUSCH & KAYA
Rechtsanwälte
Hohenstaufenring 57a · 50674 Köln
Tel. 0221 555 3190 · kanzlei@dornbusch-kaya.de

Trustpilot A/S
Pilestræde 58, 5. Etage
1112 Kopenhagen K
Dänemark

Einschreiben mit Rückschein

Köln, 23.11.2026
Unser Zeichen: 1187/26 DK

Zustellung im Parteibetrieb – LG Köln, Az. 28 O 412/26

Sehr geehrte Damen und Herren,

in der Sache Malerbetrieb Sassenberg GmbH ./. Trustpilot A/S stellen wir Ihnen anliegend eine beglaubigte Abschrift des Beschlusses des Landgerichts Köln vom 16.11.2026 zu. Der Tenor lautet:

„1. Der Antragsgegnerin wird aufgegeben, der Antragstellerin binnen zwei Wochen nach Zustellung dieses Beschlusses Auskunft über Namen, E-Mail-Adresse und die bei Veröffentlichung verwendete IP-Adresse des Nutzers zu erteilen, der am 2. Oktober 2026 die Bewertung https://de.trustpilot.com/reviews/{R:e35} veröffentlicht hat.
2. Die Kosten des Verfahrens trägt die Antragstellerin.“

Die Bewertung enthält die Behauptung: „Die Firma beschäftigt Schwarzarbeiter und rechnet Stunden ab, die nie geleistet wurden.“ Das Gericht hat eine üble Nachrede (§ 186 StGB) als glaubhaft gemacht angesehen.

Wir bitten, die Auskunft an die Unterzeichnerin zu richten.

Mit freundlichen Grüßen

Deniz Kaya
Rechtsanwältin
kaya@dornbusch-kaya.de""",
  gold=G("court_order", "Deniz Kaya", "Dornbusch & Kaya Rechtsanwälte", "kaya@dornbusch-kaya.de",
         rep="Malerbetrieb Sassenberg GmbH", their="1187/26 DK",
         quotes=["Die Firma beschäftigt Schwarzarbeiter und rechnet Stunden ab, die nie geleistet wurden."],
         bases=["court_order", "defamation"], case="new:sassenberg")),

# ---------------------------------------------------------------- e36
D(id="e36", lang="de", fmt="eml", received="2026-11-20", letter="2026-11-20", country=DE,
  dl=("date", "2026-11-30"), expect="2026-11-30", basis="Erledigung bis: 30.11.2026",
  family="police: labelled field in a list; offence time as distractor",
  email=E("KHK Sven Lübbert", "sven.luebbert@polizei.nrw.de", "Auskunftsersuchen – Vorgang 260118-4471-K34",
          "2026-11-20T11:02:00+01:00", "<5f0b2c11-8d4e-4a3f-b1e2-7c90a4d2e611@polizei.nrw.de>"),
  text="""Sehr geehrte Damen und Herren,

im Rahmen eines Ermittlungsverfahrens bitte ich um Auskunft zu dem unten bezeichneten Nutzerkonto. Die Angaben im Überblick:

Dienststelle: Polizeipräsidium Dortmund, KK 34
Sachbearbeiter: KHK Sven Lübbert
Vorgangsnummer: 260118-4471-K34
Tatvorwurf: Bedrohung (§ 241 StGB)
Tatzeit: 08.11.2026, 21:47 Uhr
Betroffener Inhalt: https://de.trustpilot.com/reviews/{R:e36}
Erledigung bis: 30.11.2026

In der Bewertung eines Dortmunder Kioskbetreibers heißt es: „Ich weiß, wo du wohnst, und komme bald vorbei.“ Der Geschädigte fühlt sich bedroht.

Benötigt werden die Bestandsdaten (Name, E-Mail-Adresse, ggf. Telefonnummer) sowie die IP-Adressen mit Zeitstempel (UTC) der Registrierung und der Veröffentlichung. Die Anfrage erfolgt auf Grundlage von § 161 StPO.

Eine Benachrichtigung des Kontoinhabers ist nicht erwünscht.

Mit freundlichen Grüßen
Sven Lübbert
Kriminalhauptkommissar
Polizeipräsidium Dortmund – Kriminalkommissariat 34
Tel. 0231 555 4471""",
  gold=G("law_enforcement", "Sven Lübbert", "Polizeipräsidium Dortmund", "sven.luebbert@polizei.nrw.de",
         their="260118-4471-K34", quotes=["Ich weiß, wo du wohnst, und komme bald vorbei."],
         bases=["criminal"], case="new:dortmund-kiosk")),

# ---------------------------------------------------------------- e37
D(id="e37", lang="de", fmt="pdf", received="2026-11-09", letter="2026-11-04", country=DE,
  dl=("months", "letter", 1), expect="2026-12-04", basis="innerhalb eines Monats",
  family="one month, no anchor (from the letter's date)",
  text="""Petra Sommerfeld
Podbielskistraße 112
30177 Hannover
p.sommerfeld@posteo.de

Trustpilot A/S
Datenschutzbeauftragter
Pilestræde 58
1112 Kopenhagen K
Dänemark

Hannover, 4. November 2026

Auskunftsersuchen nach Art. 15 DSGVO

Sehr geehrte Damen und Herren,

im Oktober hat mir ein Handwerksbetrieb, den ich auf Ihrer Plattform bewertet hatte, einen Brief an meine Privatanschrift geschickt und mich zur Löschung meiner Bewertung aufgefordert. Meine Anschrift habe ich dem Betrieb nie mitgeteilt. Ich möchte daher wissen, welche Daten Sie über mich gespeichert haben und an wen Sie diese weitergegeben haben.

Ich bitte Sie gemäß Art. 15 DSGVO um
1. eine Kopie aller zu meiner Person gespeicherten Daten,
2. Auskunft über die Empfänger, insbesondere ob Daten an bewertete Unternehmen übermittelt wurden,
3. Auskunft über die Herkunft der Daten und die Speicherdauer.

Bitte erteilen Sie mir die Auskunft innerhalb eines Monats, wie es Art. 12 Abs. 3 DSGVO vorsieht. Mein Nutzerkonto ist unter der oben genannten E-Mail-Adresse registriert.

Mit freundlichen Grüßen

Petra Sommerfeld""",
  gold=G("data_request", "Petra Sommerfeld", None, "p.sommerfeld@posteo.de",
         bases=["data_protection"], case="new:sommerfeld")),

# ---------------------------------------------------------------- e38
D(id="e38", lang="de", fmt="txt", received="2026-11-03", letter=None, country=DE,
  dl=None, expect=None, basis=None, family="no deadline (consumer appeal)",
  text="""Betreff: Entfernte Bewertung – Bitte um erneute Prüfung

Sehr geehrte Damen und Herren,

am 27. Oktober habe ich eine Bewertung über die Autowerkstatt Krüger in Gelsenkirchen geschrieben. Heute habe ich eine E-Mail bekommen, dass die Bewertung entfernt wurde, weil ich angeblich keinen Nachweis für eine echte Erfahrung erbracht habe. Ich habe aber nie eine Anfrage nach einem Nachweis bekommen, vielleicht ist die im Spam gelandet.

Die Rechnung vom 14. Oktober über 1.280 Euro für Bremsen und Zahnriemen habe ich noch und schicke sie gerne. In der Bewertung habe ich nur geschrieben, dass die Reparatur länger gedauert hat als versprochen und die Kommunikation schlecht war. Das ist meine ehrliche Meinung.

Ich bitte um erneute Prüfung und Wiederherstellung der Bewertung.

Mit freundlichen Grüßen
Thomas Brückner
thomas.brueckner@t-online.de""",
  gold=G("consumer_appeal", "Thomas Brückner", None, "thomas.brueckner@t-online.de", bases=[],
         case="new:brueckner")),

# ---------------------------------------------------------------- e39
D(id="e39", lang="de", fmt="pdf", received="2026-11-06", letter="2026-10-30", country=DE,
  dl=("date", "2026-11-04"), expect="2026-11-04",
  basis="bis spätestens Mittwoch, den 4. November 2026",
  family="weekday, comma and time between cue and date; already past on arrival",
  text="""VOGL REINHART
Rechtsanwälte · Urheber- und Medienrecht
Leopoldstraße 70 · 80802 München
Tel. 089 5550 6120 · info@vogl-reinhart.de

Trustpilot A/S
Pilestræde 58, 5. Etage
1112 Kopenhagen K
Dänemark

München, 30.10.2026
Az.: VR-26-0981/mr

Urheberrechtsverletzung – Fotografien von Herrn Markus Eder

Sehr geehrte Damen und Herren,

wir vertreten den Berufsfotografen Markus Eder, Garmisch-Partenkirchen.

Auf dem Unternehmensprofil https://de.trustpilot.com/review/alpenblick-ferienwohnungen.de werden als Profilbild und in der Galerie drei Fotografien unseres Mandanten gezeigt, darunter die Aufnahme „Zugspitze im Morgenlicht“ aus dem Jahr 2024. Eine Lizenz hierfür wurde weder Ihnen noch dem Profilinhaber erteilt. Die öffentliche Zugänglichmachung verletzt die Rechte unseres Mandanten aus §§ 15, 19a UrhG; er kann nach § 97 UrhG Beseitigung und Unterlassung verlangen.

Wir fordern Sie auf, die Fotografien bis spätestens Mittwoch, den 4. November 2026, 12:00 Uhr, zu entfernen und uns dies schriftlich zu bestätigen. Die Geltendmachung von Schadensersatz gegenüber dem Profilinhaber behalten wir uns vor.

Mit freundlichen Grüßen

Johanna Reinhart
Rechtsanwältin
reinhart@vogl-reinhart.de""",
  gold=G("ip_notice", "Johanna Reinhart", "Vogl Reinhart Rechtsanwälte", "reinhart@vogl-reinhart.de",
         rep="Markus Eder", their="VR-26-0981/mr", bases=["copyright"], case="new:eder")),

# ---------------------------------------------------------------- e40
D(id="e40", lang="de", fmt="eml", received="2026-11-26", letter="2026-11-26", country=DE,
  dl=("date", "2026-12-03"), expect="2026-12-03", basis="bis spätestens 3.12.",
  family="internal escalation relaying the customer's date (day and month only); meeting date as distractor",
  email=E("Lukas Feldhaus", "lukas.feldhaus@trustpilot.com",
          "WG: Bewertungen Autohaus Kemper – Kunde droht mit Kündigung",
          "2026-11-26T09:41:00+01:00", "<CAL4fH2x8kQd1p@mail.gmail.com>"),
  text="""Hallo zusammen,

anbei die Mail von Herrn Kemper (Geschäftsführer Autohaus Kemper GmbH, Osnabrück, Premium-Kunde seit 2022). Er meint, dass zwei Bewertungen von einem ehemaligen Verkäufer stammen, der im Streit gegangen ist. Seine Meldungen wurden Anfang November abgelehnt.

Er möchte bis spätestens 3.12. eine verbindliche Rückmeldung, sonst schaltet er seinen Anwalt ein und kündigt zum Jahresende. Könnt ihr euch das anschauen? Ich habe am 4.12. ohnehin ein Jahresgespräch mit ihm.

Danke und viele Grüße
Lukas

Lukas Feldhaus
Senior Account Manager DACH
Trustpilot, Berlin

-------- Weitergeleitete Nachricht --------
Von: Heiko Kemper <h.kemper@autohaus-kemper.de>
Datum: 25.11.2026, 17:22
Betreff: Bewertungen

Hallo Herr Feldhaus,

es geht um diese beiden Bewertungen:
https://de.trustpilot.com/reviews/{R:e40a}
https://de.trustpilot.com/reviews/{R:e40b}

In einer steht: „Kemper dreht bei Gebrauchtwagen die Tachos zurück, das weiß im Betrieb jeder.“ Das ist eine glatte Lüge. Nach Ihren eigenen Richtlinien dürfen ehemalige Mitarbeiter ihren Arbeitgeber nicht bewerten.

Wir erwarten eine verbindliche Rückmeldung bis spätestens 3.12.

Heiko Kemper""",
  gold=G("internal_escalation", "Lukas Feldhaus", "Trustpilot", "lukas.feldhaus@trustpilot.com",
         rep="Autohaus Kemper GmbH",
         quotes=["Kemper dreht bei Gebrauchtwagen die Tachos zurück, das weiß im Betrieb jeder."],
         bases=["platform_guidelines"], case="new:kemper")),

# ---------------------------------------------------------------- e41
D(id="e41", lang="de", fmt="pdf", received="2026-11-30", letter="2026-11-26", country=DE,
  dl=("weeks", "received", 3), expect="2026-12-21",
  basis="eine Frist von drei Wochen ab Zugang dieses Schreibens",
  family="regulator: acknowledgement date beside a period from receipt (Zugang)",
  text="""BUNDESNETZAGENTUR
Koordinierungsstelle für digitale Dienste
Tulpenfeld 4 · 53113 Bonn

Trustpilot A/S
Pilestræde 58, 5. Etage
1112 Kopenhagen K
Dänemark

per E-Mail: legal@trustpilot.com

Mein Zeichen: DSC-B-2026-00871
Bearbeiterin: Dr. Annika Brauer
Telefon: 0228 555 1874
E-Mail: annika.brauer@bnetza.de
Datum: 26.11.2026

Beschwerde nach Art. 53 der Verordnung (EU) 2022/2065 (DSA)

Sehr geehrte Damen und Herren,

bei der Koordinierungsstelle ist eine Beschwerde der Fliesen Maurer GmbH, Kassel, eingegangen. Die Beschwerdeführerin trägt vor, sie habe am 5. Oktober 2026 über Ihr Meldeverfahren nach Art. 16 DSA eine Bewertung (https://de.trustpilot.com/reviews/{R:e41}) gemeldet und bis heute weder eine Eingangsbestätigung noch eine begründete Entscheidung erhalten.

Vor einer etwaigen Weiterleitung an die zuständige dänische Behörde bitte ich Sie um Stellungnahme, insbesondere dazu, ob und wann die Meldung bearbeitet wurde und ob der Beschwerdeführerin eine Begründung nach Art. 17 DSA übermittelt wurde.

Bitte bestätigen Sie den Eingang dieses Schreibens bis zum 4. Dezember 2026. Für Ihre Stellungnahme setze ich Ihnen eine Frist von drei Wochen ab Zugang dieses Schreibens.

Mit freundlichen Grüßen
Im Auftrag

Dr. Annika Brauer""",
  gold=G("regulator", "Annika Brauer", "Bundesnetzagentur", "annika.brauer@bnetza.de",
         their="DSC-B-2026-00871", bases=["dsa"], case="new:fliesen-maurer")),

# ---------------------------------------------------------------- e42
D(id="e42", lang="de", fmt="eml", received="2026-11-17", letter="2026-11-17", country=DE,
  dl=("date", "2026-11-27"), expect="2026-11-27", basis="bis zum 27.11.2026",
  family="follow-up: extended date above quoted old Frist",
  email=E("Dr. Can Özdemir", "oezdemir@hartmann-oezdemir.de",
          "AW: Feinkost Lindqvist GmbH ./. Trustpilot – Bewertung – Ihr Zeichen CI-2026-0437",
          "2026-11-17T10:05:00+01:00", "<a81c2e90-44f1-4b0c-9e3d-hoe20261117@hartmann-oezdemir.de>",
          in_reply_to="<CI-2026-0437.20261116@trustpilot.com>",
          references=["<7d2f0a61-hoe20261105@hartmann-oezdemir.de>", "<CI-2026-0437.20261116@trustpilot.com>"]),
  text="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre gestrige Nachricht, in der Sie um Fristverlängerung gebeten haben, weil die Prüfung der Bewertung noch andauert.

Unsere Mandantin ist ausnahmsweise einverstanden. Wir verlängern die Frist zur Entfernung der Bewertung bis zum 27.11.2026. Eine weitere Verlängerung wird es nicht geben.

Mit freundlichen Grüßen

Dr. Can Özdemir
Rechtsanwalt
Hartmann Özdemir Rechtsanwälte
Eschersheimer Landstraße 14, 60322 Frankfurt am Main

Am 05.11.2026 um 14:12 schrieb Dr. Can Özdemir:
> Sehr geehrte Damen und Herren,
>
> namens der Feinkost Lindqvist GmbH fordern wir Sie auf, die Bewertung https://de.trustpilot.com/reviews/{R:e42} zu entfernen. Die darin aufgestellte Behauptung „Die verkaufen abgelaufene Ware mit neuen Etiketten.“ ist unwahr und geschäftsschädigend.
>
> Frist: 16.11.2026.
>
> Mit freundlichen Grüßen
> Dr. Can Özdemir""",
  gold=G("legal_demand", "Can Özdemir", "Hartmann Özdemir Rechtsanwälte", "oezdemir@hartmann-oezdemir.de",
         rep="Feinkost Lindqvist GmbH", our="CI-2026-0437",
         quotes=["Die verkaufen abgelaufene Ware mit neuen Etiketten."], bases=[], case="new:lindqvist")),

# ---------------------------------------------------------------- e43
D(id="e43", lang="de", fmt="docx", received="2026-11-18", letter="2026-11-16", country=CH,
  dl=("days", "letter", 10), expect="2026-11-26", basis="innert 10 Tagen",
  family="Swiss German 'innert', calendar days, no anchor",
  text="""Advokatur Giger Baumann
Bahnhofstrasse 12 · 8001 Zürich
Tel. +41 44 555 38 10 · giger@giger-baumann.ch

Einschreiben / vorab per E-Mail
Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

Zürich, 16. November 2026
Unser Zeichen: RG/2026/188

Bäckerei Huber AG / Bewertung auf trustpilot.com

Sehr geehrte Damen und Herren

Wir vertreten die Bäckerei Huber AG, Winterthur, welche uns mit der Wahrung ihrer Interessen beauftragt hat.

Am 29. Oktober 2026 wurde unter https://www.trustpilot.com/reviews/{R:e43} eine Bewertung aufgeschaltet, in welcher behauptet wird: «Die Backwaren kommen tiefgefroren aus Polen, nichts wird hier selbst gebacken.» Diese Behauptung ist nachweislich falsch; sämtliche Produkte werden in der eigenen Backstube in Winterthur hergestellt.

Die Äusserung verletzt unsere Mandantin widerrechtlich in ihrer Persönlichkeit (Art. 28 ZGB) und erfüllt den Tatbestand der üblen Nachrede (Art. 173 StGB).

Wir ersuchen Sie deshalb, die Bewertung innert 10 Tagen zu entfernen und uns dies zu bestätigen. Andernfalls sehen wir uns gezwungen, ohne weitere Mitteilung gerichtliche Schritte einzuleiten.

Freundliche Grüsse

lic. iur. Reto Giger
Rechtsanwalt""",
  gold=G("legal_demand", "Reto Giger", "Advokatur Giger Baumann", "giger@giger-baumann.ch",
         rep="Bäckerei Huber AG", their="RG/2026/188",
         quotes=["Die Backwaren kommen tiefgefroren aus Polen, nichts wird hier selbst gebacken."],
         bases=["defamation"], case="new:huber")),

# ---------------------------------------------------------------- e44
D(id="e44", lang="de", fmt="eml", received="2026-11-10", letter="2026-11-10", country=DE,
  dl=("eom", "letter"), expect="2026-11-30", basis="bis Monatsende", family="end of month",
  email=E("Sabine Haferkamp", "info@haferkamp-hoerakustik.de",
          "Widerspruch – abgelehnte Meldungen / Profil Haferkamp Hörakustik",
          "2026-11-10T15:30:00+01:00", "<3e8a-44c2-haferkamp-20261110@haferkamp-hoerakustik.de>"),
  text="""Sehr geehrte Damen und Herren,

ich bin Inhaberin von Haferkamp Hörakustik in Münster (https://de.trustpilot.com/review/haferkamp-hoerakustik.de). Am 2. November habe ich drei Bewertungen gemeldet, die innerhalb einer Stunde von Konten ohne weitere Bewertungen abgegeben wurden. Keiner der Namen ist in unserer Kundenkartei. Am 6. November kam die Antwort, die Bewertungen verstießen nicht gegen Ihre Richtlinien.

Das kann ich nicht nachvollziehen. Ihre Richtlinien verlangen eine echte Kundenerfahrung. Die Bewertungen sind erkennbar koordiniert, vermutlich von einem Mitbewerber, der im Oktober zwei Straßen weiter eröffnet hat.

Ich lege hiermit Widerspruch gegen die Entscheidung ein und bitte um eine erneute Prüfung durch einen Mitarbeiter bis Monatsende.

Mit freundlichen Grüßen
Sabine Haferkamp
Inhaberin
Haferkamp Hörakustik
Tel. 0251 555 7721""",
  gold=G("business_appeal", "Sabine Haferkamp", "Haferkamp Hörakustik", "info@haferkamp-hoerakustik.de",
         bases=["platform_guidelines"], case="new:haferkamp")),

# ---------------------------------------------------------------- e45
D(id="e45", lang="de", fmt="pdf", received="2026-11-11", letter="2026-11-09", country=DE,
  dl=None, expect=None, basis=None, family="no deadline: lapsed Frist only recalled",
  text="""KANZLEI DRESCHER
Rechtsanwalt Bernd Drescher
Marktplatz 9 · 97070 Würzburg
Tel. 0931 555 8821 · drescher@kanzlei-drescher.de

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

Würzburg, 9. November 2026
Mein Zeichen: 88/26 D

Weingut Stahl KG ./. Trustpilot A/S – Bewertung vom 11.10.2026

Sehr geehrte Damen und Herren,

mit Schreiben vom 19. Oktober 2026 hatte ich Sie im Namen des Weinguts Stahl KG aufgefordert, die Bewertung unter https://de.trustpilot.com/reviews/{R:e45} zu entfernen, und Ihnen hierfür eine Frist bis zum 2. November 2026 gesetzt. Sie haben diese Frist verstreichen lassen, ohne zu reagieren.

Die Bewertung behauptet weiterhin: „Der Wein wird mit Zucker gepanscht, das hat ein Labor festgestellt.“ Ein solches Labor gibt es nicht; die amtliche Weinkontrolle hat den Betrieb nie beanstandet.

Meine Mandantin prüft derzeit, gerichtliche Schritte wegen Verletzung ihres Unternehmenspersönlichkeitsrechts (§§ 823, 1004 BGB) einzuleiten. Ich werde unaufgefordert auf die Angelegenheit zurückkommen. Bis dahin bleiben sämtliche Rechte vorbehalten.

Mit freundlichen Grüßen

Bernd Drescher
Rechtsanwalt""",
  gold=G("legal_demand", "Bernd Drescher", "Kanzlei Drescher", "drescher@kanzlei-drescher.de",
         rep="Weingut Stahl KG", their="88/26 D",
         quotes=["Der Wein wird mit Zucker gepanscht, das hat ein Labor festgestellt."],
         bases=["defamation"], case="new:weingut-stahl")),
]
