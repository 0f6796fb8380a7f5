"""German documents, part b: r29 r34 r40 r44 r51."""
from common import R, doc, mail

DOCS = []

# r29 — business appeal signed "i.A."; informal relative date
DOCS.append(doc("r29", "eml", "de", "2026-11-11", f"""
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht vom 6. November. Leider können wir Ihre Entscheidung, die beiden von uns gemeldeten Bewertungen online zu lassen, nicht nachvollziehen, und bitten um erneute Prüfung.

Es geht um diese Bewertungen:

https://de.trustpilot.com/reviews/{R['seeblick1']}
https://de.trustpilot.com/reviews/{R['seeblick2']}

In der ersten heißt es „Die Bungalows sind verschimmelt und das Personal ist unfreundlich.“, in der zweiten „Nie wieder Seeblick, da gibt es direkt nebenan viel bessere Unterkünfte.“ Beide Verfasser sind in unserem Buchungssystem für 2026 nicht zu finden, weder unter Namen noch unter E-Mail-Adresse. Beide Bewertungen wurden innerhalb von zwei Tagen veröffentlicht, und die zweite wirbt ganz offen für die Konkurrenz. Wir haben einen konkreten Verdacht, wer dahintersteckt, möchten das hier aber nicht schriftlich ausbreiten.

Ihre eigenen Richtlinien verlangen, dass eine Bewertung auf einer echten Erfahrung beruht. Wir bitten Sie daher, die Verfasser um einen Nachweis ihres Aufenthalts zu bitten. Unsere Buchungsübersicht für den betreffenden Zeitraum stellen wir Ihnen gerne zur Verfügung.

Wir wären Ihnen dankbar, wenn Sie uns bis Freitag nächster Woche eine Rückmeldung geben könnten, da wir die Zahlen für die Saisonplanung an unsere Gesellschafter melden müssen.

Mit freundlichen Grüßen

i.A. Markus Hennig
Teamleiter Gästeservice

Ferienpark Seeblick GmbH
Strandstraße 12 · 17459 Koserow (Usedom)
Tel. 038375 555 60 · m.hennig@ferienpark-seeblick.de
Geschäftsführer: Jörg Rathke · Amtsgericht Stralsund HRB 18820
""", email=mail("Gästeservice Ferienpark Seeblick", "gaesteservice@ferienpark-seeblick.de",
                "Erneute Prüfung – zwei Bewertungen Ferienpark Seeblick",
                "<20261111093355.6C41A2@ferienpark-seeblick.de>", "2026-11-11T09:33:00+01:00",
                to="support@trustpilot.com"),
    kind="business_appeal", name="Markus Hennig", org="Ferienpark Seeblick GmbH", mail="m.hennig@ferienpark-seeblick.de",
    urls=[f"https://de.trustpilot.com/reviews/{R['seeblick1']}", f"https://de.trustpilot.com/reviews/{R['seeblick2']}"],
    ids=[R["seeblick1"], R["seeblick2"]],
    quotes=["Die Bungalows sind verschimmelt und das Personal ist unfreundlich.",
            "Nie wieder Seeblick, da gibt es direkt nebenan viel bessere Unterkünfte."],
    deadline="2026-11-20", basis="bis Freitag nächster Woche", bases=["platform_guidelines"], case="new:r-seeblick",
    note="Sent from a team mailbox; the signer's own address is in the signature. 'Freitag nächster Woche' from a Wednesday."))

# r34 — German court order (Beschlussverfügung) served by the applicant's lawyer; no deadline
DOCS.append(doc("r34", "pdf", "de", "2026-11-16", f"""
REUTER LINDQVIST RECHTSANWÄLTE
Ballindamm 27 · 20095 Hamburg
Tel. 040 555 88 10 · reuter@reuter-lindqvist.de

Per Einschreiben/Rückschein und vorab per E-Mail

Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

Unser Zeichen: 2026/0733 TR
Hamburg, 12. November 2026

Elbstrand Immobilien GmbH ./. Trustpilot A/S
Landgericht Hamburg, Az. 324 O 417/26
Zustellung einer einstweiligen Verfügung im Parteibetrieb

Sehr geehrte Damen und Herren,

in vorbezeichneter Sache stellen wir Ihnen namens der Antragstellerin die beglaubigte Abschrift des Beschlusses des Landgerichts Hamburg vom 10. November 2026 zu. Der Tenor lautet auszugsweise:

„Der Antragsgegnerin wird im Wege der einstweiligen Verfügung wegen Dringlichkeit ohne mündliche Verhandlung bei Vermeidung eines vom Gericht für jeden Fall der Zuwiderhandlung festzusetzenden Ordnungsgeldes bis zu 250.000 Euro verboten, die unter https://de.trustpilot.com/reviews/{R['hh_order']} veröffentlichte Bewertung mit der Äußerung ‚Elbstrand Immobilien vermittelt Wohnungen nur gegen Schwarzgeld unter der Hand.‘ im Gebiet der Bundesrepublik Deutschland öffentlich zugänglich zu machen.“

Das Gericht hat die Äußerung als unwahre Tatsachenbehauptung gewertet, die die Antragstellerin in ihrem sozialen Geltungsanspruch als Wirtschaftsunternehmen verletzt (§§ 823 Abs. 1, 1004 Abs. 1 S. 2 BGB analog i. V. m. § 186 StGB).

Die Verfügung ist ab ihrer Zustellung zu beachten. Wir weisen vorsorglich darauf hin, dass jede weitere Abrufbarkeit der Bewertung aus Deutschland einen Verstoß darstellt, den wir zur Festsetzung eines Ordnungsgeldes bringen werden.

Der Vollständigkeit halber: Die Vollziehungsfrist nach § 929 Abs. 2 ZPO wahren wir mit dieser Zustellung; sie liefe am 10. Dezember 2026 ab. Gegen den Beschluss ist Widerspruch möglich, der an keine Frist gebunden ist.

Mit freundlichen Grüßen

Tobias Reuter
Rechtsanwalt

Anlage: beglaubigte Abschrift des Beschlusses vom 10.11.2026
""", kind="court_order", name="Tobias Reuter", org="Reuter Lindqvist Rechtsanwälte", mail="reuter@reuter-lindqvist.de",
    rep="Elbstrand Immobilien GmbH", theirs="2026/0733 TR",
    urls=[f"https://de.trustpilot.com/reviews/{R['hh_order']}"], ids=[R["hh_order"]],
    quotes=["Elbstrand Immobilien vermittelt Wohnungen nur gegen Schwarzgeld unter der Hand."],
    bases=["court_order", "defamation"], case="new:r-elbstrand",
    note="No deadline: the order binds from service (immediately); the Vollziehungsfrist of 10 December is the "
         "applicant's own time limit, not one set for us. their_reference is the firm's; the court file number is 324 O 417/26."))

# r40 — German DSA web form, no deadline
DOCS.append(doc("r40", "txt", "de", "2026-11-19", f"""
TRUSTPILOT – MELDUNG RECHTSWIDRIGER INHALTE
Meldung nach Art. 16 der Verordnung (EU) 2022/2065 (Gesetz über digitale Dienste)
========================================================

Eingereicht am: 18.11.2026, 22:41 Uhr (MEZ)

1. ANGABEN ZUR MELDENDEN PERSON
Name: Murat Aydın
E-Mail: kontakt@aydin-grill-kassel.de
Organisation: Aydın Grill & Kebap
Land: Deutschland
Meldung im Namen einer anderen Person? Nein

2. GEMELDETER INHALT
URL: https://de.trustpilot.com/reviews/{R['dsa_de']}
Art des Inhalts: Hassrede / Beleidigung

3. BEGRÜNDUNG
Ich betreibe seit elf Jahren einen Imbiss in Kassel-Wehlheiden. Die gemeldete „Bewertung“ ist keine Bewertung unseres Essens, sondern richtet sich gegen mich und meine Familie wegen unserer Herkunft. Dort steht wörtlich:

„Geht zurück in euer Land, hier will euch keiner haben.“

Außerdem werden meine Frau und meine Tochter, die im Laden mitarbeiten, mit einem Schimpfwort bezeichnet, das ich hier nicht wiederholen möchte.

Das ist Volksverhetzung (§ 130 StGB) und Beleidigung (§ 185 StGB). Ich habe Strafanzeige bei der Polizei Kassel erstattet. Die Bewertung wurde am Sonntag veröffentlicht, und seitdem sprechen uns Stammkunden darauf an. Bitte entfernen Sie den Beitrag.

4. ERKLÄRUNG
[x] Ich bestätige, dass die in dieser Meldung enthaltenen Angaben und Behauptungen nach meiner festen Überzeugung richtig und vollständig sind.

Unterschrift (getippt): Murat Aydın

--------------------------------------------------------
Dies ist eine automatisch erstellte Kopie Ihrer Meldung.
""", kind="illegal_content_notice", name="Murat Aydın", org="Aydın Grill & Kebap", mail="kontakt@aydin-grill-kassel.de",
    urls=[f"https://de.trustpilot.com/reviews/{R['dsa_de']}"], ids=[R["dsa_de"]],
    quotes=["Geht zurück in euer Land, hier will euch keiner haben."],
    bases=["dsa", "criminal"], case="new:r-aydin"))

# r44 — internal escalation from a Berlin colleague; weekday + informal date
DOCS.append(doc("r44", "eml", "de", "2026-11-23", f"""
Hallo zusammen,

ich muss euch leider eine Eskalation von einem meiner Kunden weitergeben: Weingut Kallenbach aus Rheinhessen, seit drei Jahren Kunde bei uns, Vertrag läuft im Februar aus.

Es geht um diese Bewertung:
https://de.trustpilot.com/reviews/{R['kallenbach']}

Der entscheidende Satz ist „Der Wein war gepanscht, mir ging es danach zwei Tage richtig schlecht.“ Frau Kallenbach (die Inhaberin) sagt, der Verfasser habe nie bei ihnen bestellt, die Bewertung sei kurz nach einem Streit mit einem ehemaligen Vertriebspartner aufgetaucht. Sie hat die Bewertung über das Business-Portal gemeldet und die Meldung wurde abgelehnt. Jetzt droht sie damit, zu kündigen, und hat im Telefonat gestern auch das Wort „Anwalt“ benutzt.

Ich habe ihr nichts zugesagt und klargestellt, dass ich auf Entscheidungen über Bewertungen keinen Einfluss habe. Ich würde ihr aber gern wenigstens sagen können, ob die Bewertung noch einmal angeschaut wird und wie lange das ungefähr dauert.

Könnt ihr mir bis Donnerstag, 26.11., eine kurze Einschätzung geben? Am Freitag habe ich den Verlängerungstermin mit ihr.

Danke euch und viele Grüße
Jule

Jule Brandstätter
Senior Account Managerin DACH
Trustpilot GmbH
Rosenthaler Straße 40/41 · 10178 Berlin
""", email=mail("Jule Brandstätter", "jule.brandstaetter@trustpilot.com", "Eskalation Weingut Kallenbach – Bewertung",
                "<CAB9fQ2kKallenbach1123@mail.gmail.com>", "2026-11-23T15:20:00+01:00",
                to="content-integrity@trustpilot.com"),
    kind="internal_escalation", name="Jule Brandstätter", org="Trustpilot GmbH", mail="jule.brandstaetter@trustpilot.com",
    rep="Weingut Kallenbach", urls=[f"https://de.trustpilot.com/reviews/{R['kallenbach']}"], ids=[R["kallenbach"]],
    quotes=["Der Wein war gepanscht, mir ging es danach zwei Tage richtig schlecht."],
    deadline="2026-11-26", basis="bis Donnerstag, 26.11.", bases=["platform_guidelines"], case="new:r-kallenbach",
    note="Organisation as signed (Trustpilot GmbH). The Friday meeting is the sender's own plan."))

# r51 — reviewer's internal complaint under Art. 20 DSA; a six-month window that is not our deadline
DOCS.append(doc("r51", "pdf", "de", "2026-12-02", f"""
Hans-Peter Gröning
Lindenweg 4
31134 Hildesheim
hp.groening@t-online.de

An
Trustpilot A/S
Beschwerdestelle
Pilestræde 58
1112 Kopenhagen K
Dänemark

Hildesheim, 28. November 2026

Beschwerde nach Art. 20 DSA gegen die Entfernung meiner Bewertung

Sehr geehrte Damen und Herren,

mit E-Mail vom 19.11.2026 haben Sie mir mitgeteilt, dass meine Bewertung des Möbelhauses Lindemann KG (https://de.trustpilot.com/reviews/{R['de_appeal']}) entfernt wurde, weil sie angeblich gegen Ihre Richtlinien verstößt. Welche Richtlinie das sein soll, wurde nicht gesagt. In derselben E-Mail heißt es, ich könne binnen sechs Monaten über Ihr internes Beschwerdemanagementsystem Beschwerde einlegen. Das tue ich hiermit.

Meine Bewertung lautete im Kern: „Lieferung kam mit drei Wochen Verspätung und der Schrank war an zwei Stellen beschädigt.“ Außerdem habe ich geschrieben, dass mir am Telefon zweimal ein Rückruf versprochen wurde, der nie kam. Das ist alles wahr, ich habe die Lieferpapiere mit dem Vermerk des Fahrers und Fotos der Schäden. Ich habe niemanden beleidigt und keine Namen genannt.

Ich gehe davon aus, dass das Möbelhaus die Bewertung gemeldet hat, weil sie ihm nicht gefällt. Eine negative Erfahrung zu schildern, muss aber erlaubt sein.

Ich bitte Sie, die Entscheidung zu überprüfen, meine Bewertung wiederherzustellen und mir die Gründe Ihrer Entscheidung nach Art. 17 DSA mitzuteilen. Sollte meiner Beschwerde nicht abgeholfen werden, behalte ich mir vor, eine außergerichtliche Streitbeilegungsstelle nach Art. 21 DSA anzurufen.

Mit freundlichen Grüßen

Hans-Peter Gröning
""", kind="consumer_appeal", name="Hans-Peter Gröning", mail="hp.groening@t-online.de",
    urls=[f"https://de.trustpilot.com/reviews/{R['de_appeal']}"], ids=[R["de_appeal"]],
    quotes=["Lieferung kam mit drei Wochen Verspätung und der Schrank war an zwei Stellen beschädigt."],
    bases=["dsa", "platform_guidelines"], case="new:r-groening",
    note="No deadline: the six-month complaint window is the sender's, set by us; 19.11. is a past event."))
