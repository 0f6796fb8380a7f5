"""corpus-q German documents q31–q34."""
from common import RID, add_working_days, doc, email

DOCS = [
    doc("q31", "pdf", "de", "2026-11-12", f"""
Die Sächsische Datenschutz- und Transparenzbeauftragte
Devrientstraße 5 · 01067 Dresden
Telefon 0351 555 4910 · saechsdsb@slt.sachsen.de

Die Sächsische Datenschutz- und Transparenzbeauftragte · Postfach 11 01 32 · 01330 Dresden

Trustpilot A/S
z. Hd. Datenschutzbeauftragte/r
Pilestræde 58
1112 Kopenhagen K
Dänemark

Aktenzeichen: 4-2211/316/26
Bearbeiter: Herr Zschoche
Datum: 11.11.2026

Beschwerde von Frau Anett Kieslich, Chemnitz

Sehr geehrte Damen und Herren,

Frau Anett Kieslich hat sich bei uns darüber beschwert, dass Sie ihren Antrag auf Löschung ihrer personenbezogenen Daten vom 3. September 2026 nicht beantwortet hätten. Gegenstand ist eine Bewertung unter https://de.trustpilot.com/reviews/{RID['sax']}, in der Frau Kieslich als Filialleiterin eines Chemnitzer Optikergeschäfts namentlich genannt und mit gesundheitsbezogenen Angaben in Verbindung gebracht wird.

Da Ihre Hauptniederlassung in Dänemark liegt, ist federführende Aufsichtsbehörde die dänische Datatilsynet. Wir werden die Beschwerde nach Art. 56 DSGVO dorthin abgeben. Um dies vorzubereiten, bitten wir Sie um eine kurze Stellungnahme zu folgenden Fragen:

1. Ist der Antrag von Frau Kieslich bei Ihnen eingegangen, und wenn ja, wann?
2. Wurde er beantwortet? Falls nicht: aus welchem Grund?
3. Auf welche Rechtsgrundlage stützen Sie die weitere Veröffentlichung der Angaben über Frau Kieslich?

Wir bitten um Ihre Antwort innerhalb von zehn Arbeitstagen nach Zugang dieses Schreibens. Bitte geben Sie dabei unser Aktenzeichen an.

Mit freundlichen Grüßen

Im Auftrag

Dr. Benedikt Zschoche
Referent
benedikt.zschoche@sdtb.sachsen.de
""", kind="regulator", case="new:q-kieslich",
        name="Benedikt Zschoche", org="Die Sächsische Datenschutz- und Transparenzbeauftragte",
        addr="benedikt.zschoche@sdtb.sachsen.de", theirs="4-2211/316/26",
        urls=["https://de.trustpilot.com/reviews/" + RID["sax"]], ids=[RID["sax"]],
        deadline=add_working_days("2026-11-12", 10, "DE", "SN"),
        basis="innerhalb von zehn Arbeitstagen nach Zugang dieses Schreibens", bases=["data_protection"],
        note="Working days from receipt (12 Nov) skipping Saxony's Buß- und Bettag (18 Nov): 27 Nov. 'Im Auftrag' "
             "above the name: the person who signs is the sender. 3 September is a past event."),

    doc("q32", "txt", "de", "2026-11-17", f"""
TRUSTPILOT – MELDUNG RECHTSWIDRIGER INHALTE
gemäß Art. 16 der Verordnung (EU) 2022/2065 (Gesetz über digitale Dienste)
==============================================================

Eingereicht am: 16.11.2026, 18:41 Uhr (MEZ)
Sprache: Deutsch

1. ANGABEN ZUR MELDENDEN PERSON
Name: Henrik Vosskuhl-Ebert
E-Mail: vosskuhl@vosskuhl-ebert.de
Organisation: Kanzlei Vosskuhl Ebert, Münster
Land: Deutschland
Meldung im Namen einer anderen Person? Ja – Rechtsanwalt für Herrn Till Overbeck (Az. 0977/26 VE)

2. GEMELDETER INHALT
URL: https://de.trustpilot.com/reviews/{RID['dsa_de']}
Art des Inhalts: Üble Nachrede / Verleumdung; Beleidigung

3. BEGRÜNDUNG
Mein Mandant betreibt als Einzelunternehmer eine Fahrschule in Münster-Hiltrup. In der gemeldeten Bewertung heißt es wörtlich:

„Overbeck kassiert für Prüfungen, die nie angemeldet werden, und steckt das Geld ein.“

Die Behauptung ist nachweislich unwahr; sämtliche Prüfungsanmeldungen und Zahlungen sind beim TÜV und in der Buchhaltung meines Mandanten dokumentiert. Die Aussage erfüllt den Tatbestand der Verleumdung (§ 187 StGB) und ist damit ein rechtswidriger Inhalt im Sinne des Art. 3 lit. h DSA. Der Verfasser ist meinem Mandanten unbekannt; ein Fahrschüler dieses Namens existiert nicht.

Ich bitte um unverzügliche Entfernung des Inhalts und um eine Begründung Ihrer Entscheidung nach Art. 16 Abs. 5 DSA.

4. ERKLÄRUNG
[x] Ich erkläre, dass die in dieser Meldung enthaltenen Angaben und Behauptungen nach meiner festen Überzeugung richtig und vollständig sind.

Unterschrift (getippt): RA Henrik Vosskuhl-Ebert
--------------------------------------------------------------
Automatisch erstellte Kopie Ihrer Meldung. Wir informieren Sie über unsere Entscheidung.
""", kind="illegal_content_notice", case="new:q-overbeck", name="Henrik Vosskuhl-Ebert",
        org="Kanzlei Vosskuhl Ebert", addr="vosskuhl@vosskuhl-ebert.de", rep="Till Overbeck", theirs="0977/26 VE",
        urls=["https://de.trustpilot.com/reviews/" + RID["dsa_de"]], ids=[RID["dsa_de"]],
        quotes=["Overbeck kassiert für Prüfungen, die nie angemeldet werden, und steckt das Geld ein."],
        bases=["dsa", "defamation", "criminal"],
        note="A DSA Art. 16 notice sent by a lawyer for a client: kind stays illegal_content_notice. "
             "'Unverzüglich' sets no date. 'RA' is a title."),

    doc("q33", "eml", "de", "2026-11-19", f"""
Sehr geehrte Damen und Herren

Die Landespolizei des Fürstentums Liechtenstein führt ein Ermittlungsverfahren wegen Betrugs (§ 146 StGB) zum Nachteil mehrerer Kunden eines Online-Händlers für Werkzeugmaschinen. Der Tatverdächtige hat nach unseren Erkenntnissen unter verschiedenen Namen positive Bewertungen über den eigenen, inzwischen abgeschalteten Shop veröffentlicht, unter anderem unter https://www.trustpilot.com/reviews/{RID['lie']}.

Liechtenstein ist nicht Mitglied der Europäischen Union. Wir ersuchen Sie dennoch, uns auf freiwilliger Basis folgende Angaben zu übermitteln:

Ersuchen um Datenauskunft
Geschäftszahl: KP 2026.11834 / Fr
Betroffenes Konto: Verfasser der oben genannten Bewertung
Benötigte Daten: Registrierungsdaten (Name, E-Mail), IP-Adressen der Registrierung und der Veröffentlichung, weitere mit derselben E-Mail-Adresse oder IP-Adresse verknüpfte Konten
Frist: 27.11.2026

Sollte eine freiwillige Auskunft nicht möglich sein, teilen Sie uns bitte mit, welcher Weg der Rechtshilfe aus Ihrer Sicht erforderlich ist. Wir bitten, den Kontoinhaber nicht über dieses Ersuchen zu informieren.

Freundliche Grüsse

Korporal Lukas Frommelt
Kriminalpolizei – Wirtschaftsdelikte
Landespolizei des Fürstentums Liechtenstein
Gewerbeweg 4, 9490 Vaduz
T +423 555 78 21
lukas.frommelt@landespolizei.li
""", email=email("Frommelt Lukas", "lukas.frommelt@landespolizei.li",
                 "Ersuchen um Datenauskunft – KP 2026.11834 / Fr",
                 "<5c1e8a2b04d3.KP2026-11834@landespolizei.li>", "2026-11-19T10:02:00+01:00"),
        kind="law_enforcement", case="new:q-liechtenstein", name="Lukas Frommelt",
        org="Landespolizei des Fürstentums Liechtenstein", addr="lukas.frommelt@landespolizei.li",
        theirs="KP 2026.11834 / Fr", urls=["https://www.trustpilot.com/reviews/" + RID["lie"]], ids=[RID["lie"]],
        deadline="2026-11-27", basis="Frist: 27.11.2026", bases=["criminal"],
        note="Authority outside the EU. Form field 'Frist:'. The rank 'Korporal' is not part of the name; the From "
             "display name is surname-first."),

    doc("q34", "docx", "de", "2026-11-30", f"""
TISCHLEREI HASLINGER GMBH
Meisterbetrieb seit 1987
Brunner Straße 72 · 1230 Wien · Österreich
Tel. +43 1 555 8820 · office@tischlerei-haslinger.at · FN 184402 t

An
Trustpilot A/S
Abteilung Content Integrity
Pilestræde 58
1112 Kopenhagen K, Dänemark

Unser Zeichen: VH/2026-114
Wien, am 27. November 2026

Einspruch gegen die Ablehnung unserer Meldung – Bewertung https://at.trustpilot.com/reviews/{RID['at2']}

Sehr geehrte Damen und Herren,

am 18. November 2026 haben wir die oben genannte Bewertung gemeldet, weil sie nach unserer Überzeugung nicht von einem Kunden stammt. Ihre Antwort vom 24. November 2026 lautet lediglich, die Bewertung verstoße „nicht gegen unsere Richtlinien“.

Wir haben unsere Auftragsbücher seit 2023 vollständig durchgesehen. Einen Auftrag über eine Einbauküche in Mödling, wie ihn die Bewertung beschreibt, hat es bei uns nie gegeben. Auch der Satz „Die Fronten waren nach drei Wochen verzogen und der Chef hat nur gelacht.“ passt zu keinem Reklamationsfall unseres Betriebs. Nach Ihren eigenen Richtlinien muss eine Bewertung auf einer echten Erfahrung beruhen.

Wir ersuchen Sie, die Entscheidung zu überprüfen und uns innerhalb von zehn Arbeitstagen ab dem Datum dieses Schreibens mitzuteilen, welche Nachweise Sie vom Verfasser angefordert haben. Gerne übermitteln wir Ihnen einen Auszug aus unserem Auftragsbuch.

Mit freundlichen Grüßen

Ing. Mag. Verena Haslinger, MBA
Geschäftsführerin
v.haslinger@tischlerei-haslinger.at
""", kind="business_appeal", case="new:q-haslinger", name="Verena Haslinger", org="Tischlerei Haslinger GmbH",
        addr="v.haslinger@tischlerei-haslinger.at", theirs="VH/2026-114",
        urls=["https://at.trustpilot.com/reviews/" + RID["at2"]], ids=[RID["at2"]],
        quotes=["Die Fronten waren nach drei Wochen verzogen und der Chef hat nur gelacht."],
        deadline=add_working_days("2026-11-27", 10, "AT"),
        basis="innerhalb von zehn Arbeitstagen ab dem Datum dieses Schreibens", bases=["platform_guidelines"],
        note="Austrian sender: working days skip Mariä Empfängnis (8 Dec): 14 Dec. Degrees 'Ing. Mag.' and 'MBA' "
             "are not part of the name. 18 and 24 November are past events."),
]
