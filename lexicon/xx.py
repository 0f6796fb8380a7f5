"""What belongs to no single desk language: other mail clients' reply and header lines (Spanish,
Italian, Portuguese, Swedish) met in forwarded mail, and other countries' company forms named in
letters."""

from __future__ import annotations

from lexicon.schema import ReplyHeader

LEXICON: dict[str, object] = {
    "reply_headers": (
        ReplyHeader("El", "escribió"), ReplyHeader("Il", r"ha\s+scritto"), ReplyHeader("Em", "escreveu"),
    ),
    "header_from": ("Från",),
    "header_sent": ("Skickat",),
    "header_to": ("A", "Till"),
    "header_subject": ("Ämne",),
    "legal_forms": (
        "AB", "ASA", "AS", "Oy", "Oyj", "SRL", "Srl", "SpA", r"S\.p\.A\.", r"S\.L\.", r"Sp\. z o\.o\.",
    ),
}
