from common import doc

# ---------------------------------------------------------------- v50  de scan LG Hamburg Beschluss (K2)
doc("v50", "scan", "de", "2026-12-02", """
Landgericht Hamburg
Zivilkammer 24
Sievekingplatz 1 · 20355 Hamburg

Geschäftsnummer: 324 O 512/26

Beschluss

In der Sache

Sanitätshaus Kröger GmbH, vertreten durch den Geschäftsführer Jens Kröger, Am Wall 118, 28195 Bremen
– Antragstellerin –

Verfahrensbevollmächtigte: Vogt Bärwald Rechtsanwälte PartGmbB, Mittelweg 141, 20148 Hamburg, Gz.: VB-127/26 ts

gegen

Trustpilot A/S, vertreten durch den Vorstand, Pilestræde 58, 1112 Kopenhagen K, Dänemark
– Antragsgegnerin –

beschließt das Landgericht Hamburg – Zivilkammer 24 – durch die Vorsitzende Richterin am Landgericht Dr. Hallmann wegen Dringlichkeit allein am 26.11.2026:

1. Im Wege der einstweiligen Verfügung – der Dringlichkeit wegen ohne mündliche Verhandlung – wird der Antragsgegnerin bei Meidung eines vom Gericht für jeden Fall der Zuwiderhandlung festzusetzenden Ordnungsgeldes bis zu 250.000 Euro, ersatzweise Ordnungshaft, oder Ordnungshaft bis zu sechs Monaten, zu vollziehen an ihren Vorstandsmitgliedern,

verboten,

in Bezug auf die Antragstellerin die Äußerung

„Mir wurden orthopädische Einlagen berechnet, die nie angefertigt wurden.“

zu verbreiten und/oder verbreiten zu lassen, wie geschehen in der Bewertung unter https://de.trustpilot.com/reviews/d3739d3958a3f0f5bad4c27e.

2. Die Kosten des Verfahrens hat die Antragsgegnerin zu tragen.

3. Der Wert des Verfahrens wird auf 20.000 Euro festgesetzt.

Gründe:

Die Antragstellerin hat Verfügungsanspruch und Verfügungsgrund glaubhaft gemacht (§§ 935, 940 ZPO). Die Antragsgegnerin ist mit Schreiben vom 2. Oktober 2026 und vom 4. November 2026 auf die Beanstandung hingewiesen worden und hat die Äußerung gleichwohl weiter verbreitet. Wegen der Einzelheiten wird auf die Antragsschrift vom 23. November 2026 Bezug genommen.

Rechtsbehelfsbelehrung:
Gegen diesen Beschluss kann Widerspruch eingelegt werden. Der Widerspruch ist bei dem Landgericht Hamburg einzulegen und zu begründen; er muss von einem Rechtsanwalt unterzeichnet sein.

Dr. Kerstin Hallmann
Vorsitzende Richterin am Landgericht

Ausgefertigt
Hamburg, 27.11.2026
Kowalski, JAng
als Urkundsbeamtin der Geschäftsstelle
""",
    kind="court_order", sender_name="Kerstin Hallmann", sender_organisation="Landgericht Hamburg",
    represented_party="Sanitätshaus Kröger GmbH", their_reference="324 O 512/26",
    cited_urls=["https://de.trustpilot.com/reviews/d3739d3958a3f0f5bad4c27e"],
    cited_review_ids=["d3739d3958a3f0f5bad4c27e"],
    quoted_statements=["Mir wurden orthopädische Einlagen berechnet, die nie angefertigt wurden."],
    legal_bases=["court_order"], case="CI-2026-0438")

# ---------------------------------------------------------------- v51  en K12 internal follow-up in thread
doc("v51", "eml", "en", "2026-12-02", """
Hi both,

Just picking this up again as Velora have been back in touch.

Hannah Cole, their MD, called me this morning. She says their solicitors, Pembridge Hale, wrote to you on 16 November and have had nothing back apart from the auto-reply. She is now quite frustrated. Their view is that they raised the steroid reviews with me at the end of October, I passed them straight to you, and six weeks later both reviews are still up.

Commercially this is getting tricky. Their contract renews on 15 January and Hannah said fairly directly that she won't be recommending renewal to her board unless she can see the complaint is being dealt with. They are one of the larger accounts in my book.

I completely understand that I can't promise her any particular outcome, and I'm not asking you to take the reviews down if they shouldn't come down. But it would really help if I could tell her one of the following: that legal are in direct contact with Pembridge Hale, or roughly when they can expect a substantive answer.

Is there anything I can pass on? Even a one-liner would be useful. If it's easier to talk, I'm free most of tomorrow afternoon.

Thanks,
Olivia

Olivia Brandt
Account Director, Enterprise UK
Trustpilot
obrandt@trustpilot.com

On 30 Oct 2026, at 10:05, Trustpilot Legal <legal@trustpilot.com> wrote:

> Hi Olivia,
>
> Thanks for flagging this. We've opened a matter and will look at the reviews and the material Velora sent. We'll let you know if we need anything further from the customer.
>
> Best,
> Legal
""",
    email={"from_name": "Olivia Brandt", "from_addr": "obrandt@trustpilot.com",
           "cc": ["mkaur@trustpilot.com"],
           "subject": "Re: Velora Skincare - reviews saying product contains steroids",
           "message_id": "<CAOB.velora.20261202.0932@trustpilot.com>",
           "in_reply_to": "<ci-2026-0530.2@legal.trustpilot.com>",
           "references": ["<CAOB.velora.20261029@trustpilot.com>", "<ci-2026-0530.2@legal.trustpilot.com>"],
           "date": "2026-12-02T09:32:00+00:00"},
    kind="internal_escalation", sender_name="Olivia Brandt", sender_organisation="Trustpilot",
    sender_email="obrandt@trustpilot.com", represented_party="Velora Skincare Ltd",
    case="CI-2026-0530")

# ---------------------------------------------------------------- v52  en CMA, 20 working days over Christmas
doc("v52", "pdf", "en", "2026-12-03", """
Competition and Markets Authority
The Cabot, 25 Cabot Square, London E14 4QZ
www.gov.uk/cma

Consumer Enforcement Directorate

Our reference: 51917/CPE/26

2 December 2026

By email: legal@trustpilot.com

Trustpilot Ltd
Legal Department

Dear Sir or Madam

Request for information: consumer reviews in the home improvement sector

1. The Competition and Markets Authority (CMA) is reviewing compliance with the prohibitions on fake consumer reviews and concealed incentivised reviews in Schedule 20 to the Digital Markets, Competition and Consumers Act 2024 (DMCCA) among businesses supplying windows, doors and conservatories. This letter follows the call between your team and CMA officials on 18 September 2026.

2. As part of that work we are looking at a number of businesses, including Prime Glaze Windows Ltd, whose page on your platform is at https://uk.trustpilot.com/review/prime-glaze-windows.co.uk. We are not at this stage making any finding about those businesses or about Trustpilot.

3. We would be grateful if you would provide the following information:
(a) for the page above, the number of reviews published and the number removed each month from 1 January 2025 to 30 November 2026, with the reason for each removal;
(b) any warnings or restrictions applied to the business's profile in that period, and the reasons for them;
(c) a description of the measures Trustpilot takes to detect and prevent fake reviews and concealed incentivised reviews, and how those measures were applied to this business.

4. This is a voluntary request. The CMA may, if necessary, use its formal information-gathering powers under the DMCCA. Please tell us if any of the information you provide is confidential, and why.

5. We would be grateful to receive your response within 20 working days of the date of this letter. If that timetable presents difficulties, please contact us as soon as possible.

6. We expect to publish an update on this work in spring 2027.

Yours faithfully

Eleanor Shah
Assistant Director, Consumer Enforcement
Competition and Markets Authority
eleanor.shah@cma.gov.uk
""",
    kind="regulator", sender_name="Eleanor Shah", sender_organisation="Competition and Markets Authority",
    sender_email="eleanor.shah@cma.gov.uk", their_reference="51917/CPE/26",
    cited_urls=["https://uk.trustpilot.com/review/prime-glaze-windows.co.uk"],
    deadline="2027-01-04", deadline_basis="within 20 working days of the date of this letter",
    legal_bases=["consumer_law"], case="new:cma-home-improvement")

# ---------------------------------------------------------------- v53  en OPC Canada cover email + v54 docx letter
doc("v53", "eml", "en", "2026-12-03", """
Good afternoon,

Please find attached a letter of notification from the Office of the Privacy Commissioner of Canada concerning a complaint filed with our Office against Trustpilot under the Personal Information Protection and Electronic Documents Act (PIPEDA). Our file number is PIPEDA-2026-004417; please quote it in all correspondence.

The letter sets out the allegations, the questions on which we are seeking Trustpilot's representations, and the date by which we ask you to respond. A French version of the letter is available on request.

I would be grateful if you could acknowledge receipt of this email and let me know the name and contact details of the person who will be our point of contact for this investigation. If Trustpilot is represented by counsel in Canada for this matter, please let me know as well.

Please note that our Office's investigation is confidential. We will not share information you provide with the complainant beyond what is necessary to conduct the investigation and report our findings.

Kind regards,

Anand Mehta
Senior Privacy Investigator
Compliance Directorate
Office of the Privacy Commissioner of Canada
30 Victoria Street, Gatineau, Quebec K1A 1H3
Tel.: 819-994-5517
anand.mehta@priv.gc.ca
""",
    email={"from_name": "Mehta, Anand", "from_addr": "anand.mehta@priv.gc.ca",
           "subject": "PIPEDA-2026-004417 - Letter of notification - Trustpilot",
           "message_id": "<f0e3a1b9c7d2.PIPEDA-2026-004417@priv.gc.ca>",
           "date": "2026-12-02T16:10:00-05:00", "attachments": ["v54"]},
    kind="regulator", sender_name="Anand Mehta",
    sender_organisation="Office of the Privacy Commissioner of Canada",
    sender_email="anand.mehta@priv.gc.ca", their_reference="PIPEDA-2026-004417",
    legal_bases=["data_protection"], case="new:opc")

doc("v54", "docx", "en", "2026-12-03", """
Office of the Privacy Commissioner of Canada
30 Victoria Street, Gatineau, Quebec K1A 1H3
Toll-free: 1-800-282-1376 | www.priv.gc.ca

December 2, 2026

PROTECTED B

Trustpilot A/S
Attention: Data Protection Officer
Pilestræde 58
1112 Copenhagen K
Denmark

Our file: PIPEDA-2026-004417

Subject: Notification of complaint under the Personal Information Protection and Electronic Documents Act

This letter is to notify you that the Office of the Privacy Commissioner of Canada (OPC) has accepted a complaint against Trustpilot under Part 1 of PIPEDA from Ms. Danielle Fortier of Toronto, Ontario.

The complaint

Ms. Fortier posted a review of a home renovation company on September 3, 2026, at https://ca.trustpilot.com/reviews/a3c6439edc106b45dfb81df8. She alleges that after the company reported her review, Trustpilot disclosed to the company, without her knowledge or consent, her full name and a copy of the invoice she had uploaded as proof of purchase, which included her home address. She states that the company's owner subsequently contacted her at home.

The complainant alleges that Trustpilot disclosed her personal information without consent, contrary to Principle 4.3 and subsection 7(3) of PIPEDA, and failed to inform her of the purposes for which documents uploaded for verification would be used, contrary to Principle 4.2.

Our request

To assist our investigation, please provide your written representations on the following:
1. your process for verifying reviews reported by businesses, and what information about the reviewer is shared with the business;
2. whether the complainant's name and invoice were shared with the company and, if so, on what basis;
3. the notice given to reviewers, at the time they upload documents, about how those documents will be used;
4. any safeguards in place to prevent disclosure of reviewers' contact details.

The final date for receipt of your representations is January 8, 2027. If you require additional time, please contact the investigator before that date.

Please note that the OPC may make public its findings in this matter.

Sincerely,

Anand Mehta
Senior Privacy Investigator
Compliance Directorate
anand.mehta@priv.gc.ca
""",
    kind="regulator", sender_name="Anand Mehta",
    sender_organisation="Office of the Privacy Commissioner of Canada",
    sender_email="anand.mehta@priv.gc.ca", their_reference="PIPEDA-2026-004417",
    cited_urls=["https://ca.trustpilot.com/reviews/a3c6439edc106b45dfb81df8"],
    cited_review_ids=["a3c6439edc106b45dfb81df8"],
    deadline="2027-01-08", deadline_basis="The final date for receipt of your representations is January 8, 2027",
    legal_bases=["data_protection"], case="new:opc")

# ---------------------------------------------------------------- v55  de internal escalation on K8
doc("v55", "eml", "de", "2026-12-04", """
Hallo Legal-Team,

ich melde mich wegen unseres Kunden Stellan Fitness GmbH aus München (Business-Abo seit Frühjahr 2024, drei Standorte). Der Geschäftsführer, Dominik Stellan, hat mich heute Morgen angerufen und war ziemlich aufgebracht.

Soweit ich verstanden habe, hat seine Anwältin, Frau Dr. Amsel, Ihnen Ende Oktober wegen einer Bewertung geschrieben. Es geht um diese hier:

https://de.trustpilot.com/reviews/66c8b99394a763e51eb1beaa

Darin steht unter anderem: „Die Trainer hier sind ungelernte Aushilfen und die Geräte werden seit Monaten nicht gewartet.“

Herr Stellan sagt, die Bewertung sei Anfang November kurz ausgeblendet gewesen und sei seit ein paar Tagen wieder sichtbar. Eine Erklärung dafür habe er nicht bekommen, und seine Anwältin angeblich auch nicht. Er versteht nicht, warum sich die Entscheidung geändert hat, und fragt, ob er jetzt noch einmal alle Unterlagen (Trainerlizenzen, Wartungsprotokolle) einreichen muss.

Er hat auch erwähnt, dass er über einen Wechsel zu einem anderen Anbieter nachdenkt, wenn das so weitergeht. Ich möchte ihm natürlich keine Zusagen machen, die ich nicht halten kann, wäre aber froh, wenn ich ihm zumindest sagen könnte, wer bei Ihnen zuständig ist und ob seine Anwältin noch eine Antwort bekommt.

Könnt ihr mir kurz Bescheid geben, wie der Stand ist? Ich würde mich dann wieder bei ihm melden.

Vielen Dank und viele Grüße

Lena Hoffmeister
Account Managerin DACH
Trustpilot
lhoffmeister@trustpilot.com
""",
    email={"from_name": "Lena Hoffmeister", "from_addr": "lhoffmeister@trustpilot.com",
           "subject": "Eskalation: Stellan Fitness GmbH - Bewertung wieder sichtbar",
           "message_id": "<CALH-stellan-20261204@trustpilot.com>",
           "date": "2026-12-04T11:12:00+01:00"},
    kind="internal_escalation", sender_name="Lena Hoffmeister", sender_organisation="Trustpilot",
    sender_email="lhoffmeister@trustpilot.com", represented_party="Stellan Fitness GmbH",
    cited_urls=["https://de.trustpilot.com/reviews/66c8b99394a763e51eb1beaa"],
    cited_review_ids=["66c8b99394a763e51eb1beaa"],
    quoted_statements=["Die Trainer hier sind ungelernte Aushilfen und die Geräte werden seit Monaten nicht gewartet."],
    case="CI-2026-0502")
