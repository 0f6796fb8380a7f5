DOCS = []
KEYS = ["kind", "sender_name", "sender_organisation", "sender_email", "represented_party",
        "their_reference", "our_reference", "cited_urls", "cited_review_ids", "quoted_statements",
        "deadline", "deadline_basis", "legal_bases", "case"]

def doc(id, fmt, lang, received, text, email=None, **g):
    gold = {k: g.get(k, [] if k in ("cited_urls", "cited_review_ids", "quoted_statements", "legal_bases") else None) for k in KEYS}
    extra = set(g) - set(KEYS)
    assert not extra, extra
    if email is not None:
        e = {"from_name": None, "from_addr": None, "to": "legal@trustpilot.com", "cc": [], "subject": None,
             "message_id": None, "in_reply_to": None, "references": [], "date": None, "attachments": []}
        e.update(email)
        email = e
    DOCS.append({"id": id, "format": fmt, "language": lang, "received": received, "email": email,
                 "text": text.strip("\n"), "gold": gold})
