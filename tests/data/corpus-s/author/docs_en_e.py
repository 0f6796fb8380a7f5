"""corpus-s, English documents s21-s25 (authorities outside the UK and EU)."""
from __future__ import annotations

from common import R, doc, mail, plus_days, plus_working_days, rurl

DOCS = []

# s21 - Australia: eSafety Commissioner removal notice (regulator)
DOCS.append(doc("s21", "eml", "en", "2026-11-13", f"""
OFFICIAL

Removal notice – Online Safety Act 2021 (Cth), section 88
eSafety reference: ACA-26-0074415

To: Trustpilot A/S (the provider of the Trustpilot service)

The eSafety Commissioner has received a complaint from an Australian adult about material provided on your service at:

{rurl("au", "esafety")}

The material is presented as a review of a home cleaning business in Geelong, Victoria, but it names the complainant, who is a cleaner employed by that business, and includes the following statements: "She lives on Pakington Street above the chemist, go and tell her what you think of her." and "Someone should teach that thief a lesson she won't forget."

The Commissioner is satisfied that the material is cyber-abuse material targeted at an Australian adult: an ordinary reasonable person would conclude that it was likely intended to have an effect of causing serious harm to the complainant, and that it is menacing, harassing or offensive in all the circumstances. The complainant reported the material to you on 6 November 2026 and it was not removed within 48 hours.

Under section 88 of the Act, you are required to take all reasonable steps to ensure the removal of the material from your service by 2:00 pm AEDT on Saturday 14 November 2026.

Please confirm by reply email when the material has been removed. Failure to comply with a removal notice may result in civil penalties or other enforcement action under Part 10 of the Act.

This notice is accompanied by a statement of reasons and information about review rights, which will follow in a separate email.

Lachlan Pereira
Senior Investigator, Adult Cyber Abuse
Office of the eSafety Commissioner
PO Box Q500, Queen Victoria Building NSW 1230

OFFICIAL
""", email=mail("eSafety Notices", "notices@esafety.gov.au",
                "Removal notice under s88 Online Safety Act - ACA-26-0074415 - Trustpilot",
                "<ME3PR01MB6643A9B8C7D6E5F4A3B2C1D0E9F8@ME3PR01MB6643.ausprd01.prod.outlook.com>",
                "2026-11-13T10:04:00+11:00"),
    kind="regulator", name="Lachlan Pereira", org="Office of the eSafety Commissioner",
    mail="notices@esafety.gov.au", rep=None, theirs="ACA-26-0074415",
    urls=[rurl("au", "esafety")], ids=[R["esafety"]],
    quotes=["She lives on Pakington Street above the chemist, go and tell her what you think of her.",
            "Someone should teach that thief a lesson she won't forget."],
    deadline="2026-11-14", basis="by 2:00 pm AEDT on Saturday 14 November 2026", bases=["harassment"],
    case="new:esafety", note="Australian regulator; personal address not given so From address"))

# s22 - Australia: NSW Police Force; Event number with an internal space; no deadline
DOCS.append(doc("s22", "pdf", "en", "2026-11-17", f"""
NSW POLICE FORCE
Inner West Police Area Command – Detectives Office
222 Marrickville Road, Marrickville NSW 2204
Ph (02) 9555 0188

13 November 2026

Event No: E 82417365

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark
(by email to legal@trustpilot.com)

Re: Request for voluntary disclosure of subscriber information

I am a detective at the Inner West Police Area Command investigating an allegation of stalking and intimidation under section 13 of the Crimes (Domestic and Personal Violence) Act 2007 (NSW). The victim operates a café in Newtown, Sydney.

Since August 2026 the victim has received a large number of abusive messages, and a review was posted on the café's page on your site which the victim believes was written by the same person:

{rurl("au", "nsw")}

It states "Ask the owner why her ex still has a key to the back door." The victim says that only the suspect could know this detail.

I respectfully request that Trustpilot voluntarily disclose the following information relating to the account that posted the review, so that I can confirm or exclude the suspect: the email address and name registered to the account, any telephone number, and the IP address and timestamp of the posting.

I understand that Trustpilot is not located in Australia and may not be compelled by an Australian warrant. If you require a request through the mutual assistance channel, please advise and I will arrange it, although that process takes several months. In the meantime I ask that the data be preserved.

I would be grateful for your assistance as soon as practicable.

Yours faithfully,

Brianna Koutsoukis
Detective Senior Constable
Inner West Police Area Command
NSW Police Force
koutsbri@police.nsw.gov.au
""", kind="law_enforcement", name="Brianna Koutsoukis", org="NSW Police Force", mail="koutsbri@police.nsw.gov.au",
    rep=None, theirs="E 82417365", urls=[rurl("au", "nsw")], ids=[R["nsw"]],
    quotes=["Ask the owner why her ex still has a key to the back door."],
    bases=["criminal", "harassment"], case="new:nsw",
    note="Australian state police; rank typed after the name"))

# s23 - India: police notice under BNSS, scanned; deadline from receipt
DOCS.append(doc("s23", "scan", "en", "2026-11-19", f"""
BENGALURU CITY POLICE
Office of the Police Inspector, CEN Crime Police Station, South Division
Jayanagar 4th Block, Bengaluru – 560 011 · Phone 080-2555-0172

Crime No. CEN-S/412/2026
Date: 12.11.2026

NOTICE UNDER SECTION 94 OF THE BHARATIYA NAGARIK SURAKSHA SANHITA, 2023

To,
The Grievance Officer / Nodal Officer,
Trustpilot A/S,
Pilestræde 58, 1112 Copenhagen K, Denmark.
(through e-mail: legal@trustpilot.com)

Sub: Furnishing of information – reg.

A complaint has been registered at this police station by the proprietor of a dental clinic in Jayanagar, Bengaluru, stating that an unknown person has posted a false and defamatory review against the clinic on your platform, at the following URL:

{rurl("www", "blr")}

The said review states: "This doctor is fake and her degree certificate is purchased." Based on the complaint a case has been registered under Section 356 (defamation) and Section 336 (forgery for the purpose of harming reputation) of the Bharatiya Nyaya Sanhita, 2023, and Section 66D of the Information Technology Act, 2000, and is under investigation.

For the purpose of investigation, you are hereby directed to furnish the following information within 7 days from the receipt of this notice:

1. Registered name, e-mail ID and mobile number of the user who posted the above review;
2. IP addresses used at the time of registration and at the time of posting the review, with date, time and time zone;
3. Any other reviews posted from the same account.

You are also requested to remove or disable access to the said review in accordance with Section 79(3)(b) of the Information Technology Act, 2000.

Raghavendra S. Kulkarni
Police Inspector
CEN Crime Police Station, South Division
Bengaluru City
cen-south@ksp.gov.in
""", kind="law_enforcement", name="Raghavendra S. Kulkarni", org="Bengaluru City Police",
    mail="cen-south@ksp.gov.in", rep=None, theirs="CEN-S/412/2026", urls=[rurl("www", "blr")], ids=[R["blr"]],
    quotes=["This doctor is fake and her degree certificate is purchased."],
    deadline=plus_days("2026-11-19", 7), basis="within 7 days from the receipt of this notice",
    bases=["criminal", "defamation"], case="new:blr", note="Indian police notice; deadline from receipt"))

# s24 - Brazil: federal consumer secretariat (regulator); business days skip 20 November
DOCS.append(doc("s24", "pdf", "en", "2026-11-10", """
MINISTÉRIO DA JUSTIÇA E SEGURANÇA PÚBLICA
Secretaria Nacional do Consumidor
Department of Consumer Protection and Defence
Esplanada dos Ministérios, Bloco T, Brasília – DF, 70064-900

Brasília, 6 November 2026

NOTIFICATION No. 318/2026/CGEMM/DPDC/SENACON
Process SEI No. 08012.004127/2026-31

To: Trustpilot A/S – Pilestræde 58, 1112 Copenhagen K, Denmark (legal@trustpilot.com)

Subject: Request for information – consumer reviews of Vitalar Comércio de Suplementos Ltda.

Dear Sirs,

The National Consumer Secretariat (Senacon), in the exercise of the powers conferred by Articles 55 and 106 of Law No. 8,078 of 11 September 1990 (Consumer Defence Code) and Decree No. 2,181/1997, has opened an administrative preliminary investigation into the online supplement retailer Vitalar Comércio de Suplementos Ltda. (CNPJ 41.207.633/0001-58).

Consumers have complained to the Consumidor.gov.br platform and to state PROCONs that the company advertises its products with a "4.9 rating on Trustpilot", and that negative reviews posted on its profile at https://www.trustpilot.com/review/vitalar.com.br disappear within days of being published. Reviews that are hidden from consumers may constitute misleading advertising under Article 37 of the Consumer Defence Code.

We therefore request Trustpilot A/S to provide, within 10 (ten) business days from receipt of this notification:

a) the number of reviews on the profile since 1 January 2026, by star rating;
b) the number of reviews reported by the company and the outcome of each report;
c) whether the company has used any paid service that affects how reviews are displayed;
d) any measures taken by Trustpilot regarding the profile.

The response may be submitted in English or Portuguese, by email to cgemm.senacon@mj.gov.br, quoting the Process SEI number above.

Respectfully,

Fernanda Albuquerque Rocha
General Coordinator for Consumer Market Studies and Monitoring
Secretaria Nacional do Consumidor
""", kind="regulator", name="Fernanda Albuquerque Rocha", org="Secretaria Nacional do Consumidor",
    mail="cgemm.senacon@mj.gov.br", rep=None, theirs="08012.004127/2026-31",
    urls=["https://www.trustpilot.com/review/vitalar.com.br"],
    deadline=plus_working_days("2026-11-10", 10, "BR"),
    basis="within 10 (ten) business days from receipt of this notification", bases=["consumer_law"],
    case="new:senacon",
    note="Brazil; 20 Nov is a national holiday; two references (notification no. and process) - gold takes the process SEI no. it asks to be quoted"))

# s25 - Singapore Police Force; From is a shared mailbox; officer signs with rank
DOCS.append(doc("s25", "eml", "en", "2026-11-20", f"""
Dear Sir/Madam,

ORDER TO PRODUCE DOCUMENTS – SECTION 20 OF THE CRIMINAL PROCEDURE CODE 2010
Our Ref: TCIB/IP/2026/11874

The Technology Crime Investigation Branch of the Singapore Police Force is investigating an investment scam in which victims in Singapore were persuaded to transfer funds to a purported crypto-trading platform. Victims told us that before investing they checked the platform's Trustpilot page and were reassured by its reviews. Two of those reviews are at:

{rurl("www", "sq")}
{rurl("www", "sq2")}

Both were posted within an hour of each other in September, and both contain the sentence "I withdrew my profits within 24 hours, no problems at all." We believe they were posted by members of the syndicate.

Pursuant to section 20 of the Criminal Procedure Code 2010, you are required to produce the following records for the accounts that posted the reviews above: registered name and email address, telephone number (if any), IP addresses and timestamps of account creation and of each review, and any other accounts associated with the same email domain or device.

We recognise that Trustpilot is incorporated outside Singapore. We would nevertheless be grateful for your cooperation, and ask that the records be provided by 27 November 2026 as the victims' losses exceed S$1.4 million and funds are still being moved.

Please do not disclose this request to the account holders.

Yours faithfully,

ASP Tan Hui Min
Investigation Officer
Technology Crime Investigation Branch, Criminal Investigation Department
Singapore Police Force
DID +65 6555 0139 | tan_hui_min@spf.gov.sg
""", email=mail("SPF TCIB Requests", "spf_tcib_requests@spf.gov.sg",
                "Order to produce - TCIB/IP/2026/11874 - Trustpilot A/S",
                "<SG2PR04MB5520C1D2E3F4A5B6C7D8E9F0A1B2@SG2PR04MB5520.apcprd04.prod.outlook.com>",
                "2026-11-20T15:33:00+08:00"),
    kind="law_enforcement", name="Tan Hui Min", org="Singapore Police Force", mail="tan_hui_min@spf.gov.sg",
    rep=None, theirs="TCIB/IP/2026/11874", urls=[rurl("www", "sq"), rurl("www", "sq2")], ids=[R["sq"], R["sq2"]],
    quotes=["I withdrew my profits within 24 hours, no problems at all."],
    deadline="2026-11-27", basis="by 27 November 2026", bases=["criminal"], case="new:sg-scam",
    note="Singapore police; rank ASP not part of name; complaint is about positive (fake) reviews"))
