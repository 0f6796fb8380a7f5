"""German documents f37–f40 (Austria, Switzerland)."""
from common import RID, doc, mail

R38 = RID[74]
R39 = RID[76]
C1706 = RID[156]
C1707 = RID[157]

F37 = doc("f37", "eml", "de", "AT", "2026-11-23", f"""
Sehr geehrte Damen und Herren,

Tischlerei Gschwandtner ./. Trustpilot A/S – Bewertung {C1706}
Ihr Zeichen: CI-2026-1706 / Unser Zeichen: PÖ 318/26

ich bestätige den Erhalt Ihres Schreibens vom 20. November, in dem Sie mitteilen, dass der Verfasser der Bewertung zur Stellungnahme aufgefordert wurde.

Die in meinem Schreiben vom 11. November gesetzte Frist (24. November) kann unter diesen Umständen nicht sinnvoll eingehalten werden. Meine Mandantin ist daher einverstanden, dass Ihre Entscheidung bis längstens 9. Dezember 2026 erfolgt. Einer neuerlichen Verlängerung wird nicht zugestimmt werden.

Ich ersuche, mir die Stellungnahme des Verfassers nach Einlangen in Kopie zu übermitteln, soweit dies datenschutzrechtlich zulässig ist.

Mit freundlichen Grüßen

Mag. Thomas Pöchhacker
Rechtsanwalt
Rechtsanwaltskanzlei Pöchhacker
Hauptplatz 9, 4020 Linz
office@ra-poechhacker.at
""", letter="2026-11-23", calc=("date", "2026-12-09"),
    email=mail("Rechtsanwaltskanzlei Pöchhacker", "office@ra-poechhacker.at",
               "AW: Tischlerei Gschwandtner [CI-2026-1706]", "<VI1PR09MB3344.office.20261123@ra-poechhacker.at>",
               "2026-11-23T10:40:00+01:00",
               in_reply_to="<20261120101147.CI-2026-1706.5021@mail.trustpilot.com>",
               references=["<20261120101147.CI-2026-1706.5021@mail.trustpilot.com>"]),
    family=["extension_new_date", "old_date_recalled", "passive_decision_erfolgt"],
    kind="legal_demand", name="Thomas Pöchhacker", org="Rechtsanwaltskanzlei Pöchhacker", mail="office@ra-poechhacker.at",
    rep="Tischlerei Gschwandtner", theirs="PÖ 318/26", ours="CI-2026-1706", ids=[C1706],
    basis="bis längstens 9. Dezember 2026", bases=[], case="CI-2026-1706",
    note="Extension: old date 24 November is recalled in brackets; the new long stop 'bis längstens 9. Dezember 2026' "
         "is the deadline (8 Dec Mariä Empfängnis just before it plays no role: explicit date). The email comes "
         "from the office address (From name = firm); the signer is the sender. No law invoked in this email.")

F38 = doc("f38", "txt", "de", "AT", "2026-11-12", f"""
Betreff: Bewertung von "Gerti_S" – Beschwerde über Ihre Entscheidung
Von: Hofbäckerei Leitgeb e.U., Graz
Datum: 12.11.2026

Sehr geehrtes Trustpilot-Team,

am 6. Oktober haben wir die Bewertung https://at.trustpilot.com/reviews/{R38} gemeldet, weil die Verfasserin nie bei uns eingekauft hat. Sie schreibt, unsere Krapfen seien „vom Vortag und aufgebacken“. Wir backen jeden Tag frisch, das kann jeder in der Backstube sehen.

Laut Ihren eigenen Richtlinien hat der Verfasser nach einer Meldung 14 Tage Zeit, einen Nachweis über seinen Besuch vorzulegen. Diese Frist war nach unserer Rechnung am 20. Oktober abgelaufen. Trotzdem haben Sie uns am 9. November geschrieben, die Bewertung bleibe online, weil ein Nachweis eingegangen sei.

Wir möchten wissen, welchen Nachweis Sie bekommen haben und warum er nach Ablauf der Frist noch berücksichtigt wurde. Wir verlangen keine Sonderbehandlung, nur dass Ihre Regeln auch für die Verfasser gelten. Im Übrigen würden wir uns über eine Antwort freuen, wann immer es Ihnen möglich ist.

Freundliche Grüße
Roswitha Leitgeb
Hofbäckerei Leitgeb e.U.
Sporgasse 12, 8010 Graz
r.leitgeb@hofbaeckerei-leitgeb.at
""", letter="2026-11-12", calc=None,
    family=["null_policy_period_described", "null_past_events"],
    kind="business_appeal", name="Roswitha Leitgeb", org="Hofbäckerei Leitgeb e.U.", mail="r.leitgeb@hofbaeckerei-leitgeb.at",
    urls=[f"https://at.trustpilot.com/reviews/{R38}"], ids=[R38], quotes=["vom Vortag und aufgebacken"],
    bases=["platform_guidelines"], case="new:leitgeb",
    note="Null: the 14 days are our own rule for reviewers, merely described, and expired on 20 Oct (a past event); "
         "'wann immer es Ihnen möglich ist' sets no date.")

F39 = doc("f39", "pdf", "de", "CH", "2026-12-03", f"""
HOFSTETTER AMREIN RECHTSANWÄLTE AG
Pilatusstrasse 18 · 6003 Luzern
Telefon 041 555 48 20 · info@hofstetter-amrein.ch

Einschreiben
Trustpilot A/S
Pilestræde 58
1112 Kopenhagen K
Dänemark

Luzern, 1. Dezember 2026
Unsere Referenz: HA-26-2093 / ra

Bewertung https://ch.trustpilot.com/reviews/{R39} – Seehotel Rigiblick AG, Weggis

Sehr geehrte Damen und Herren

Wir zeigen an, dass uns die Seehotel Rigiblick AG mit der Wahrung ihrer Interessen betraut hat.

Die genannte Bewertung behauptet, im Hotel seien „Bettwanzen in mindestens drei Zimmern“ gefunden worden, und die Direktion habe dies „bewusst verschwiegen“. Beides trifft nicht zu. Das Hotel wurde im Oktober durch eine zertifizierte Schädlingsbekämpfungsfirma kontrolliert, ohne jeden Befund; der Bericht kann Ihnen vorgelegt werden.

Die Bewertung verletzt unsere Klientin widerrechtlich in ihrer Persönlichkeit (Art. 28 ZGB) und erfüllt den Tatbestand des unlauteren Wettbewerbs (Art. 3 Abs. 1 lit. a UWG).

Namens unserer Klientin ersuchen wir Sie höflich, die Bewertung innert 7 Arbeitstagen zu entfernen und uns dies zu bestätigen. Nach unbenütztem Ablauf der Frist werden wir ohne weitere Mitteilung superprovisorische Massnahmen beim zuständigen Gericht beantragen.

Freundliche Grüsse

HOFSTETTER AMREIN RECHTSANWÄLTE AG

lic. iur. Corinne Amrein
Rechtsanwältin
""", letter="2026-12-01", calc=("wdays", "2026-12-01", 7, "CH", "LU"), subdiv="LU",
    family=["relative_working_days", "holiday_crossed_regional", "polite_ersuchen", "swiss_innert"],
    kind="legal_demand", name="Corinne Amrein", org="Hofstetter Amrein Rechtsanwälte AG", mail="info@hofstetter-amrein.ch",
    rep="Seehotel Rigiblick AG", theirs="HA-26-2093 / ra",
    urls=[f"https://ch.trustpilot.com/reviews/{R39}"], ids=[R39],
    quotes=["Bettwanzen in mindestens drei Zimmern", "bewusst verschwiegen"],
    basis="innert 7 Arbeitstagen", bases=["defamation"], case="new:rigiblick",
    note="REGIONAL HOLIDAY: Lucerne sender; Mariä Empfängnis (Tue 8 Dec) is a public holiday in the canton of Lucerne "
         "(not in Zurich or Bern). Seven working days from the letter's date (Tue 1 Dec, received 3 Dec; no anchor "
         "named) -> Fri 11 Dec; without the cantonal holiday, Thu 10 Dec. Art. 28 ZGB (personality) read as "
         "defamation; the UWG claim (unfair competition between traders) fits no listed basis and is not mapped.")

F40 = doc("f40", "eml", "de", "CH", "2026-11-19", f"""
Grüezi

Ich beziehe mich auf Ihre Nachricht vom 12. November (Ihr Zeichen CI-2026-1707) zur Bewertung {C1707}.

Sie schreiben, Sie hätten von uns keine Unterlagen erhalten. Das stimmt nicht: Wir haben Ihnen am 13. November geantwortet und den Werkstattauftrag sowie die Quittung der Reparatur beigelegt. Ich habe die Mail nochmals an diese Adresse weitergeleitet; sie ist am 13. November um 08:52 Uhr rausgegangen.

Die Kundin hat ihr Velo bei uns am 3. Oktober abgeholt und den Empfang unterschrieben. Dass wir ihr ein „gestohlenes Velo verkauft“ hätten, ist schlicht falsch, das Velo war ihr eigenes und wurde bei uns nur repariert.

Wir sind bis 24. Dezember normal erreichbar, danach bleibt das Geschäft bis am 5. Januar geschlossen. Ich bitte Sie, die Unterlagen nochmals anzuschauen, und danke Ihnen für die Bearbeitung.

Freundliche Grüsse

Urs Brunnacher
Geschäftsführer
Velohaus Brunnacher AG
Badenerstrasse 233, 8003 Zürich
u.brunnacher@velohaus-brunnacher.ch
""", letter="2026-11-19", calc=None,
    email=mail("Urs Brunnacher", "u.brunnacher@velohaus-brunnacher.ch", "AW: Ihre Nachricht [CI-2026-1707]",
               "<ZR0P278MB0771.brunnacher.20261119@velohaus-brunnacher.ch>", "2026-11-19T11:25:00+01:00",
               in_reply_to="<20261112163305.CI-2026-1707.5588@mail.trustpilot.com>",
               references=["<20261112163305.CI-2026-1707.5588@mail.trustpilot.com>"]),
    family=["null_we_replied_on", "null_closure", "null_past_events"],
    kind="business_appeal", name="Urs Brunnacher", org="Velohaus Brunnacher AG", mail="u.brunnacher@velohaus-brunnacher.ch",
    ours="CI-2026-1707", ids=[C1707], quotes=["gestohlenes Velo verkauft"], case="CI-2026-1707",
    note="Null: 'am 13. November geantwortet' is the sender's past reply; 3 Oct is a past event; 24 Dec / 5 Jan are "
         "the shop's own availability and closure; the request to look again has no date. Kind business_appeal "
         "(disputes our handling of its report); no law or guideline invoked.")

DOCS = [F37, F38, F39, F40]
