"""corpus-s, English documents s01-s05."""
from __future__ import annotations

from common import R, doc, mail, plus_days, rurl

DOCS = []

# s01 - solicitors chase on the Thornbury case, quoting our reference (Your ref) beside their own (Our ref)
DOCS.append(doc("s01", "pdf", "en", "2026-10-19", f"""
PENROSE KILBRIDE LLP
Solicitors
9 Queen Square, Bristol BS1 4JQ
Tel 0117 496 0382 | k.mercer@penrosekilbride.co.uk | www.penrosekilbride.co.uk

Trustpilot A/S
Legal Team
Pilestræde 58
1112 Copenhagen K
Denmark

By email to legal@trustpilot.com

16 October 2026

Your ref: CI-2026-0712
Our ref: 4471 KM

Dear Sirs

Thornbury Lock & Key Ltd – review at {rurl("uk", "thorn")}

Thank you for your email acknowledging our letter of 4 September. You told us that the review was "under assessment". Six weeks on, it remains visible on our client's profile and has now been marked as "useful" by more than forty readers.

We remind you of the two statements our client takes issue with:

"Charged me £340 for a ten-minute job and then refused to give a receipt."

"This firm preys on people who are locked out late at night."

Our client's job sheet for the call-out on 12 August shows an invoice of £95 plus VAT, paid by card, and an emailed receipt sent at 23:41 the same evening. We enclose both, together with the card terminal record. The first statement is therefore simply untrue, and the second is a serious charge against a family business that has held its Master Locksmiths Association approval since 2009.

Both statements are defamatory of our client and have caused, and are likely to cause, serious financial loss within the meaning of section 1(2) of the Defamation Act 2013: our client has seen a marked drop in emergency call-outs booked through its website since the review appeared. Because the author knows the real price he paid, the first statement is also a malicious falsehood.

We ask you to remove the review within 7 days of the date of this letter and to confirm to us in writing once you have done so. If you are not prepared to do that, please explain what further evidence you would need. Our client reserves all its rights, including in relation to the period during which you have been on notice.

Yours faithfully

Kieran Mercer
Solicitor
For and on behalf of Penrose Kilbride LLP
""", kind="legal_demand", name="Kieran Mercer", org="Penrose Kilbride LLP",
    mail="k.mercer@penrosekilbride.co.uk", rep="Thornbury Lock & Key Ltd", theirs="4471 KM", ours="CI-2026-0712",
    urls=[rurl("uk", "thorn")], ids=[R["thorn"]],
    quotes=["Charged me £340 for a ten-minute job and then refused to give a receipt.",
            "This firm preys on people who are locked out late at night."],
    deadline="2026-10-23", basis="within 7 days of the date of this letter",
    bases=["defamation", "malicious_falsehood"], case="CI-2026-0712",
    note="follow-up quoting our ref; Your ref vs Our ref"))

# s02 - the reviewer of the Thornbury review appeals; display name differs from signature; no reference
DOCS.append(doc("s02", "eml", "en", "2026-10-22", f"""
Hello,

I got an email from you on Monday saying my review of Thornbury Lock & Key has been taken offline "while we assess a report we have received". Nobody has asked me for anything, so I am writing to give you my side before you decide.

This is the review: {rurl("uk", "thorn")}

Everything in it is true. I was locked out of my flat in Bedminster at about half ten at night on 12 August. The locksmith was in and out in ten minutes. The price on the phone was "from £95" and when he'd finished he said it was £340 because of the time of night and the type of lock. I paid because I had no choice and I needed to get inside. I asked for a receipt three times and he said it would be emailed. It never was.

So when I wrote "Charged me £340 for a ten-minute job and then refused to give a receipt." that is exactly what happened. I have my bank statement showing £340 to THORNBURY LK on 12/08 and I can send you a screenshot of it (with my account number blacked out) if that helps.

I don't think it's right that a business can get an honest review hidden just by getting solicitors involved. Please put it back up, or tell me what else you need from me.

Thanks,
Jonah Pettifer

Sent from my phone
""", email=mail("Jonny P", "jpettifer.bristol@gmail.com", "My review has been hidden - Thornbury Lock & Key",
                "<CAK7wq3Lr0pX2v_9Hd5eZs1mN4yTg8u@mail.gmail.com>", "2026-10-22T19:48:00+01:00"),
    kind="consumer_appeal", name="Jonah Pettifer", org=None, mail="jpettifer.bristol@gmail.com", rep=None,
    urls=[rurl("uk", "thorn")], ids=[R["thorn"]],
    quotes=["Charged me £340 for a ten-minute job and then refused to give a receipt."],
    case="CI-2026-0712", note="different person (the reviewer) on the review an open case concerns"))

# s03 + s04 - same firm and same solicitor as CI-2026-0712, but a different client: a NEW matter.
# Their reference appears only in the covering email's subject.
DOCS.append(doc("s03", "eml", "en", "2026-10-27", f"""
Dear Legal Team,

Please see the attached letter, sent on behalf of our client Fairmead Orthodontics Ltd, about the review published at {rurl("uk", "fairmead")}.

In short, the author of that review has been restrained by an interim injunction of the High Court from publishing the allegations it contains, but has not taken it down. A copy of the sealed order is enclosed with the letter. We would be grateful if you would treat this as urgent and reply to me directly.

Please note that this is a new instruction and is unrelated to the other matter on which we are corresponding with you.

Kind regards

Kieran Mercer
Solicitor | Penrose Kilbride LLP
9 Queen Square, Bristol BS1 4JQ
DD 0117 496 0382 | k.mercer@penrosekilbride.co.uk

Penrose Kilbride LLP is a limited liability partnership registered in England and Wales (OC398812), authorised and regulated by the Solicitors Regulation Authority (SRA no. 8011274). This email is confidential and may be privileged.
""", email=mail("PK Litigation Support", "litigation@penrosekilbride.co.uk",
                "Fairmead Orthodontics Ltd - urgent - Our ref 4502 KM",
                "<LO2P265MB44109C1E8A2B7F0D3C6E5A90B1C33@LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM>",
                "2026-10-27T12:06:00+00:00", attachments=["s04"]),
    kind="legal_demand", name="Kieran Mercer", org="Penrose Kilbride LLP", mail="k.mercer@penrosekilbride.co.uk",
    rep="Fairmead Orthodontics Ltd", theirs="4502 KM", urls=[rurl("uk", "fairmead")], ids=[R["fairmead"]],
    bases=["court_order"], case="new:fairmead",
    note="same firm/person as an open case, different client -> new; ref only in subject; display name differs"))

DOCS.append(doc("s04", "docx", "en", "2026-10-27", f"""
PENROSE KILBRIDE LLP
9 Queen Square, Bristol BS1 4JQ
T 0117 496 0300 | E k.mercer@penrosekilbride.co.uk

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

By email: legal@trustpilot.com

27 October 2026

Our ref: 4502 KM

Dear Sir or Madam

Fairmead Orthodontics Ltd v Rowan Ashdale – Claim No. KB-2026-004173
Review at {rurl("uk", "fairmead")}

We act for Fairmead Orthodontics Ltd, which runs specialist orthodontic clinics in Cheltenham and Gloucester.

On 21 October 2026 Mr Justice Halloran, sitting in the King's Bench Division, granted our client an interim injunction against Mr Rowan Ashdale, the Defendant, restraining him until trial or further order from publishing or causing to be published the allegations in the review referred to above, and requiring him to remove that review within 48 hours. A copy of the sealed order is enclosed. Trustpilot is not a party to the proceedings and the order is not directed at you.

Mr Ashdale was personally served on 22 October. The review is still online. Among other things it says:

"Fairmead fitted my daughter's braces wrongly and then refused to fix them unless we paid again."

"Their so-called specialist is not even registered."

The court has found, on the evidence before it, that our client has a strong prima facie case that both statements are false and defamatory; the clinician concerned has been on the GDC specialist list since 2014.

We invite you, in the light of the order and of your own guidelines, to remove or at least suspend the review pending trial. Please let us know your decision within 14 days of receipt of this letter.

Nothing in this letter is intended to waive any privilege or right of our client.

Yours faithfully

Kieran Mercer
Solicitor
Penrose Kilbride LLP

Enc. Sealed order of 21 October 2026
""", kind="legal_demand", name="Kieran Mercer", org="Penrose Kilbride LLP", mail="k.mercer@penrosekilbride.co.uk",
    rep="Fairmead Orthodontics Ltd", theirs="4502 KM", urls=[rurl("uk", "fairmead")], ids=[R["fairmead"]],
    quotes=["Fairmead fitted my daughter's braces wrongly and then refused to fix them unless we paid again.",
            "Their so-called specialist is not even registered."],
    deadline=plus_days("2026-10-27", 14), basis="within 14 days of receipt of this letter",
    bases=["defamation", "court_order"], case="new:fairmead",
    part_name="PK letter to Trustpilot 27.10.26 (4502 KM).docx",
    note="letter merely enclosing an order against the reviewer -> legal_demand; claim number is not their ref"))

# s05 - the appellant of CI-2026-0740 chases; no reference, no review id
DOCS.append(doc("s05", "eml", "en", "2026-10-28", """
Hi,

I'm writing again about my review of Pendle Valley Caravans that you took down at the start of the month. I sent you a long email on the 9th explaining what happened with the van (the soft floor, the damp readings, the dealer refusing to look at it) and attached the surveyor's report. All I've had back is an automatic reply with a ticket number, and now I've lost that email.

I've since found out that the dealer is telling people in the village that Trustpilot "agreed the review was lies". That is not what you told me. You told me it was removed because the business had reported it and you needed to check it. If you have decided it breaks a rule then I'd like to know which rule, because I wrote what happened and nothing else.

I'm not trying to cause trouble. I just don't think it's fair that the only review that warns people about them has gone and the five-star ones from their mates are all still there.

If I haven't heard from a real person by Friday 6 November I will be taking this up with Citizens Advice and my MP, and I will also be telling the local paper, who have already been in touch.

Regards

Gareth Lloyd-Price
07700 900 623
""", email=mail("Gareth & Sue", "garethlp@btinternet.com", "still waiting - caravan review",
                "<000301dc4a7f$2e1b9c40$8a52d4c0$@btinternet.com>", "2026-10-28T08:17:00+00:00"),
    kind="consumer_appeal", name="Gareth Lloyd-Price", org=None, mail="garethlp@btinternet.com", rep=None,
    deadline="2026-11-06", basis="by Friday 6 November", case="CI-2026-0740",
    note="party of exactly one open case, no ref, no review id; display name differs"))
