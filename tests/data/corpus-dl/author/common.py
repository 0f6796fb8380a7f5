import hashlib
DOCS = []

def rid(case, n):
    return hashlib.md5(f"corpus-dl|{case}|{n}".encode()).hexdigest()[:24]

def D(key, lang, fmt, received, letter_date, case, text, gold, dl, expect, email=None):
    DOCS.append(dict(key=key, lang=lang, fmt=fmt, received=received, letter_date=letter_date,
                     case=case, text=text.strip("\n"), gold=gold, dl=dl, expect=expect, email=email))

def G(kind, name, org, mail, rep, theirs, urls, quotes, basis, bases):
    return dict(kind=kind, sender_name=name, sender_organisation=org, sender_email=mail,
                represented_party=rep, their_reference=theirs, our_reference=None,
                cited_urls=urls, quoted_statements=quotes, deadline_basis=basis, legal_bases=bases)

def E(from_name, from_addr, subject, date, msgid, in_reply_to=None, references=None, cc=None):
    return {"from_name": from_name, "from_addr": from_addr, "to": "legal@trustpilot.com", "cc": cc or [],
            "subject": subject, "message_id": msgid, "in_reply_to": in_reply_to,
            "references": references or [], "date": date, "attachments": []}
