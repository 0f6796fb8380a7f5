"""Write the sample letters in examples/letters/ (fictional parties, made up for lexdesk).

    python examples/make_examples.py

The files are committed; this script documents how they were made and remakes them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from io import BytesIO
from pathlib import Path

from docx import Document
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

OUT = Path(__file__).parent / "letters"

SOLICITOR_LETTER = """Quillfield Marsh LLP
14 Bridge Street, Norwich NR2 1AB
Tel: 01603 555 0199  |  e.pryce@quillfieldmarsh.example.co.uk

2 November 2026

Our ref: EP/TWL/0042
Your ref: CI-2026-0904

Legal Team
Review Platform Ltd

Dear Sir or Madam

Our client: Tidewell Lofts Ltd – defamatory review

We act for Tidewell Lofts Ltd. Our client complains about a review published on your platform at
https://uk.trustpilot.com/reviews/70a1b2c3d4e5f60718293a4b which states:

"Tidewell took our money and left the loft open to the rain for a month."

and further that "The owner cheats every customer he meets."

These statements are false and defamatory of our client. The loft conversion was completed on schedule
and our client has never been accused of fraud. The statements mean that our client is dishonest.

We do not know the identity of the poster and our client does not have sufficient information to bring
proceedings against them. Our client consents to its name and our email address being provided to the
poster.

We ask that you remove the review within 14 days of the date of this letter, failing which our client
reserves its rights under the Defamation Act 2013.

Yours faithfully

Eleri Pryce
Partner
Quillfield Marsh LLP
"""

ERASURE_REQUEST = """Harlan Voss
7 Orchard Row, Bath BA1 2QQ
harlan.voss@example.net

30 October 2026

Data Protection Officer

Request for erasure under Article 17 UK GDPR

I am named in a review of my shop at https://uk.trustpilot.com/reviews/70b2c3d4e5f60718293a4b5c which says
"Harlan Voss overcharged me and lied about the warranty."

The review publishes my full name without my consent. Under Article 17 of the UK GDPR I ask you to
erase my personal data from this review, and under Article 15 to give me a copy of the personal data you
hold about me. Please respond within one month of receipt of this request.

Yours sincerely

Harlan Voss
"""

ESCALATION_BODY = """Hi team,

Forwarding a complaint from one of my accounts, Lindqvist Bakeries Ltd. They say the review below was
written by a former employee and breaches the guidelines. Could you take a look by Friday 4 December?

https://uk.trustpilot.com/reviews/70c3d4e5f60718293a4b5c6d

Thanks,
Maren Holt
Account Manager, Review Platform Ltd

---------- Forwarded message ---------
From: Ida Lindqvist <ida@lindqvistbakeries.example.com>
Subject: Fake review

The review says "The bread is stale and the staff are rude." The author worked for us until August.
"""

APPEAL_NOTICE = """Objet : contestation de la suppression de mon avis

Madame, Monsieur,

Mon avis https://fr.trustpilot.com/reviews/70d4e5f60718293a4b5c6d7e a été supprimé le 20 novembre 2026.
Il décrivait honnêtement mon expérience : « Livraison avec trois semaines de retard et aucun
remboursement. » Je conteste cette décision conformément à l'article 20 du règlement sur les services
numériques (DSA) et vous demande de rétablir l'avis sous quinzaine.

Cordialement,

Solène Arnaud
solene.arnaud@example.fr
"""


def pdf(text: str) -> bytes:
    buf = BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = A4[1] - 25 * mm
    for line in text.splitlines():
        if y < 25 * mm:
            c.showPage()
            y = A4[1] - 25 * mm
        c.setFont("Helvetica", 10)
        c.drawString(22 * mm, y, line)
        y -= 5 * mm
    c.save()
    return buf.getvalue()


def docx(text: str) -> bytes:
    d = Document()
    for para in text.split("\n\n"):
        d.add_paragraph(para.replace("\n", " "))
    buf = BytesIO()
    d.save(buf)
    return buf.getvalue()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "quillfield-defamation-letter.pdf").write_bytes(pdf(SOLICITOR_LETTER))
    (OUT / "voss-erasure-request.docx").write_bytes(docx(ERASURE_REQUEST))
    (OUT / "arnaud-appel.txt").write_text(APPEAL_NOTICE, encoding="utf-8")
    msg = EmailMessage()
    msg["From"] = "Maren Holt <maren.holt@trustpilot.com>"
    msg["To"] = "escalations@trustpilot.com"
    msg["Subject"] = "FW: Fake review – Lindqvist Bakeries"
    msg["Date"] = format_datetime(datetime(2026, 11, 30, 9, 12, tzinfo=UTC))
    msg["Message-ID"] = make_msgid(domain="mail.example.com")
    msg.set_content(ESCALATION_BODY)
    msg.add_attachment(
        docx("Statement from Lindqvist Bakeries Ltd\n\nThe author of the review was our employee until August 2026."),
        maintype="application", subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="statement.docx",
    )
    (OUT / "holt-escalation.eml").write_bytes(bytes(msg))


if __name__ == "__main__":
    main()
